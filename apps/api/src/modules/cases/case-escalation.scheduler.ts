// Runs the escalation sweep (case-escalation.service.ts) every config.escalationSweepMs in this process,
// the way startOutboxDispatcher (platform/outbox.ts) polls the outbox. 0 switches it off here, e.g. on all
// but one instance; running it on several is safe all the same (each step escalates once).
import type { Deps } from '../../platform/deps.ts';
import type { OutboxLog } from '../../platform/outbox.ts';
import { escalateOverdueSteps } from './case-escalation.service.ts';

/** Escalations per run; a full run sweeps again at once. */
const SWEEP_LIMIT = 100;

export function startEscalationSweep(
  deps: Deps,
  log?: OutboxLog,
  options: { limit?: number } = {},
): { stop(): Promise<void> } {
  const intervalMs = deps.config.escalationSweepMs;
  if (intervalMs <= 0) return { stop: async () => undefined };
  const limit = options.limit ?? SWEEP_LIMIT;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    let again = false;
    try {
      const run = await escalateOverdueSteps(deps, { limit });
      again = run.escalated >= limit;
    } catch (error) {
      log?.error({ err: error }, '办件环节超期督办出错');
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
