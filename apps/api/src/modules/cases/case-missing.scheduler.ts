// Runs the 容缺 sweep (case-missing-sweep.service.ts) every config.missingMaterialSweepMs in this process, the
// way the escalation sweep runs. 0 switches it off here; running it on several instances is safe all the same
// (each material is reminded once and expires once).
import type { Deps } from '../../platform/deps.ts';
import type { OutboxLog } from '../../platform/outbox.ts';
import { sweepMissingMaterials } from './case-missing-sweep.service.ts';

/** Reminders and expiries per run; a full run sweeps again at once. */
const SWEEP_LIMIT = 100;

export function startMissingMaterialSweep(
  deps: Deps,
  log?: OutboxLog,
  options: { limit?: number } = {},
): { stop(): Promise<void> } {
  const intervalMs = deps.config.missingMaterialSweepMs;
  if (intervalMs <= 0) return { stop: async () => undefined };
  const limit = options.limit ?? SWEEP_LIMIT;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    let again = false;
    try {
      const run = await sweepMissingMaterials(deps, { limit });
      again = run.reminded + run.expired >= limit;
    } catch (error) {
      log?.error({ err: error }, '容缺材料补交提醒与逾期处理出错');
    }
    if (!stopped) schedule(again ? 0 : intervalMs);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      running = tick();
    }, ms);
    timer.unref();
  };
  schedule(intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
