import type { Config } from '../config.ts';
import type { Database, Db } from './db.ts';

/** What every use case receives: the database, the settings and the clock (injected for tests). */
export interface Deps {
  db: Db;
  database: Database;
  config: Config;
  now: () => Date;
}
