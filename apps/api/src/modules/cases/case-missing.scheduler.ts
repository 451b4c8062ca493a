// Runs the 容缺 sweep (case-missing-sweep.service.ts) every config.missingMaterialSweepMs in this process, the
// way the escalation sweep runs. 0 switches it off here; running it on several instances is safe all the same
// (each material is reminded once and expires once).
import type { Deps } from '../../platform/deps.ts';
import type { OutboxLog } from '../../platform/outbox.ts';
import { startPeriodicSweep } from '../../platform/periodic-sweep.ts';
import { sweepMissingMaterials } from './case-missing-sweep.service.ts';

/** Reminders and expiries per run; a full run sweeps again at once. */
const SWEEP_LIMIT = 100;

export function startMissingMaterialSweep(deps: Deps, log?: OutboxLog, options: { limit?: number } = {}) {
  return startPeriodicSweep(
    {
      intervalMs: deps.config.missingMaterialSweepMs,
      limit: options.limit ?? SWEEP_LIMIT,
      run: async (limit) => {
        const run = await sweepMissingMaterials(deps, { limit });
        return run.reminded + run.expired;
      },
      failure: '容缺材料补交提醒与逾期处理出错',
    },
    log,
  );
}
