// Runs the escalation sweep (case-escalation.service.ts) every config.escalationSweepMs in this process,
// the way startOutboxDispatcher (platform/outbox.ts) polls the outbox. 0 switches it off here, e.g. on all
// but one instance; running it on several is safe all the same (each step escalates once).
import type { Deps } from '../../platform/deps.ts';
import type { OutboxLog } from '../../platform/outbox.ts';
import { startPeriodicSweep } from '../../platform/periodic-sweep.ts';
import { escalateOverdueSteps } from './case-escalation.service.ts';

/** Escalations per run; a full run sweeps again at once. */
const SWEEP_LIMIT = 100;

export function startEscalationSweep(deps: Deps, log?: OutboxLog, options: { limit?: number } = {}) {
  return startPeriodicSweep(
    {
      intervalMs: deps.config.escalationSweepMs,
      limit: options.limit ?? SWEEP_LIMIT,
      run: async (limit) => (await escalateOverdueSteps(deps, { limit })).escalated,
      failure: '办件环节超期督办出错',
    },
    log,
  );
}
