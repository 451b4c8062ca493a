// Runs a sweep every `intervalMs` in this process, like the outbox dispatcher polls: a run that handled its
// full `limit` runs again at once, errors are logged and the next run still comes, 0 switches it off here
// (e.g. on all but one instance). The sweeps themselves are safe to run on several instances at once.
import type { OutboxLog } from './outbox.ts';

export interface PeriodicSweep {
  intervalMs: number;
  limit: number;
  /** one run over at most `limit` rows; answers how many it handled */
  run(limit: number): Promise<number>;
  /** logged in Chinese when a run fails */
  failure: string;
}

export function startPeriodicSweep(sweep: PeriodicSweep, log?: OutboxLog): { stop(): Promise<void> } {
  if (sweep.intervalMs <= 0) return { stop: async () => undefined };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    let again = false;
    try {
      again = (await sweep.run(sweep.limit)) >= sweep.limit;
    } catch (error) {
      log?.error({ err: error }, sweep.failure);
    }
    if (!stopped) schedule(again ? 0 : sweep.intervalMs);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      running = tick();
    }, ms);
    timer.unref();
  };
  schedule(sweep.intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
