// Starts the platform: open the database (embedded unless DATABASE_URL), migrate, load the region tree
// and the demo data at first start, listen, and shut down gracefully on SIGINT/SIGTERM.
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { startEscalationSweep } from './modules/cases/case-escalation.scheduler.ts';
import { startMissingMaterialSweep } from './modules/cases/case-missing.scheduler.ts';
import { openDatabase } from './platform/db.ts';
import { startOutboxDispatcher } from './platform/outbox.ts';
import { warmUpPdf } from './platform/pdf.ts';
import { bootstrap } from './seed/bootstrap.ts';

const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  poolMax: config.pgPoolMax,
}).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
const app = await buildApp({ database, config });
await bootstrap({ db: database.db, database, config, now: () => new Date() }, app.log);

const vacuumTimer =
  database.kind === 'pglite' && config.vacuumIntervalHours > 0
    ? setInterval(() => {
        database.vacuum().catch((error: unknown) => app.log.error({ err: error }, 'scheduled vacuum failed'));
      }, config.vacuumIntervalHours * 3_600_000)
    : undefined;
vacuumTimer?.unref();

let closing = false;
let outboxDispatcher: { stop(): Promise<void> } | undefined;
let escalationSweep: { stop(): Promise<void> } | undefined;
let missingMaterialSweep: { stop(): Promise<void> } | undefined;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  clearInterval(vacuumTimer);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await outboxDispatcher?.stop();
  await escalationSweep?.stop();
  await missingMaterialSweep?.stop();
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

// the first PDF compiles the font subsetter (≈0.4 s); do it before the first citizen waits for it
await warmUpPdf();
await app.listen({ port: config.port, host: config.host });
outboxDispatcher = startOutboxDispatcher(
  { db: database.db, database, config, now: () => new Date() },
  app.log,
);
escalationSweep = startEscalationSweep({ db: database.db, database, config, now: () => new Date() }, app.log);
missingMaterialSweep = startMissingMaterialSweep(
  { db: database.db, database, config, now: () => new Date() },
  app.log,
);
app.log.info(
  `蒙速办 平台已启动：http://localhost:${config.port}（数据库：${database.kind === 'pglite' ? `内嵌 PGlite，目录 ${config.dataDir}` : 'PostgreSQL 服务器'}）`,
);
