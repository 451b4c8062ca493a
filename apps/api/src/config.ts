// Every setting the platform reads from the environment, with its default, in one place.
// docs/CONFIGURATION.md lists the same table for operators.
import path from 'node:path';

export interface Config {
  /** HTTP port (PORT, default 3000) */
  port: number;
  /** listen address (HOST, default 0.0.0.0) */
  host: string;
  /** folder of the embedded database and stored files (DATA_DIR, default ./data) */
  dataDir: string;
  /** postgres://… to use a PostgreSQL server instead of the embedded database (DATABASE_URL) */
  databaseUrl: string | undefined;
  /** PostgreSQL connections of this process (PG_POOL_MAX, default 10) */
  pgPoolMax: number;
  /** load the demo data (示例) at first start (DEMO_DATA, default true) */
  demoData: boolean;
  /** session lifetime in minutes without activity (SESSION_IDLE_MINUTES, default 30) */
  sessionIdleMinutes: number;
  /** absolute session lifetime in hours (SESSION_MAX_HOURS, default 12) */
  sessionMaxHours: number;
  /** failed logins before an account is locked (LOGIN_MAX_FAILURES, default 5) */
  loginMaxFailures: number;
  /** minutes an account stays locked (LOGIN_LOCK_MINUTES, default 15) */
  loginLockMinutes: number;
  /** login attempts per IP per minute (LOGIN_RATE_PER_MINUTE, default 10) */
  loginRatePerMinute: number;
  /** largest upload in bytes (UPLOAD_MAX_BYTES, default 10 MiB) */
  uploadMaxBytes: number;
  /** hours between scheduled VACUUM ANALYZE of the embedded database (VACUUM_INTERVAL_HOURS, default 6) */
  vacuumIntervalHours: number;
  /** how long a published guide is served from this process's memory before it is read again; a publish
   * in this process clears it at once (GUIDE_CACHE_TTL_MS, default 60000) */
  guideCacheTtlMs: number;
  /** how stale this process's search index may be before a search re-reads changed documents written by
   * other instances (SEARCH_SYNC_MS, default 2000) */
  searchSyncMs: number;
  /** whether make-up working days (调休上班日) count as working days (COUNT_MAKE_UP_DAYS, default true):
   * NOT CONFIRMED for 行政许可法 第八十二条 by any text found (domain-facts §1), so a setting */
  countMakeUpDays: boolean;
  /** a natural-day period whose last day is a holiday ends on the next working day
   * (NATURAL_DAY_ROLLS_TO_WORKDAY, default true; not confirmed by the reference facts, so a setting) */
  naturalDayRollsToWorkday: boolean;
  /** 行政备案's item type code (ITEM_TYPE_CODE_FILING): NOT CONFIRMED in any source, so unset by default */
  itemTypeCodeFiling: string | null;
  /** the address citizens reach the platform at, printed in QR codes on receipts and notices
   * (PUBLIC_BASE_URL, default http://localhost:3000) */
  publicBaseUrl: string;
  /** SMS/HTTP gateway that outbox notifications are POSTed to (SMS_GATEWAY_URL); unset = SMS is not sent
   * and each skipped message is recorded as such */
  smsGatewayUrl: string | null;
  /** milliseconds between outbox dispatcher polls (OUTBOX_POLL_MS, default 1000; 0 = no dispatcher) */
  outboxPollMs: number;
  /** milliseconds between sweeps for process steps past their limit, which notify the department's chief
   * representatives and the supervisors once (ESCALATION_SWEEP_MS, default 60000; 0 = no sweep here) */
  escalationSweepMs: number;
  /** 容缺受理: working days an applicant has to supply a missing material, for items whose guide sets none
   * (MISSING_MATERIAL_DUE_WORKDAYS, default 5; a setting, not law) */
  missingMaterialDueWorkdays: number;
  /** 容缺受理: the applicant is reminded once when this many working days or fewer are left before a missing
   * material is due (MISSING_MATERIAL_REMIND_WORKDAYS, default 2) */
  missingMaterialRemindWorkdays: number;
  /** milliseconds between sweeps that remind applicants of 容缺 materials coming due and handle those past
   * due as the item's rule says (MISSING_MATERIAL_SWEEP_MS, default 60000; 0 = no sweep here) */
  missingMaterialSweepMs: number;
  /** a case turns yellow when this many working days or fewer remain (WARNING_YELLOW_WORKDAYS, default 2) */
  warningYellowWorkdays: number;
  /** progress lookups (case number + phone) per IP per minute (PROGRESS_LOOKUP_RATE_PER_MINUTE, default 10) */
  progressLookupRatePerMinute: number;
  /** real-name verification: 'checksum' (GB 11643 checksum only, the only mode this build ships) or
   * 'public_security' once an adapter to the public-security system is connected (REAL_NAME_MODE) */
  realNameMode: 'checksum' | 'public_security';
  /** log level (LOG_LEVEL, default info; "silent" in tests) */
  logLevel: string;
  /** built web pages to serve (WEB_DIST, default apps/web/dist) */
  webDist: string;
  /** send the Secure flag on cookies (COOKIE_SECURE, default false; true behind HTTPS) */
  cookieSecure: boolean;
}

const int = (value: string | undefined, fallback: number): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`配置项取值无效：${value}`);
  return n;
};
const bool = (value: string | undefined, fallback: boolean): boolean =>
  value === undefined || value === '' ? fallback : ['1', 'true', 'yes'].includes(value.toLowerCase());

const positive = (name: string, n: number): number => {
  if (n < 1) throw new Error(`配置项 ${name} 应为正整数：${n}`);
  return n;
};

const realNameMode = (value: string | undefined): Config['realNameMode'] => {
  if (value === undefined || value === '' || value === 'checksum') return 'checksum';
  if (value === 'public_security') return 'public_security';
  throw new Error(`配置项 REAL_NAME_MODE 取值无效：${value}（可选 checksum、public_security）`);
};

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  return {
    port: int(env.PORT, 3000),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, 'data')),
    databaseUrl: env.DATABASE_URL || undefined,
    pgPoolMax: int(env.PG_POOL_MAX, 10),
    demoData: bool(env.DEMO_DATA, true),
    sessionIdleMinutes: int(env.SESSION_IDLE_MINUTES, 30),
    sessionMaxHours: int(env.SESSION_MAX_HOURS, 12),
    loginMaxFailures: int(env.LOGIN_MAX_FAILURES, 5),
    loginLockMinutes: int(env.LOGIN_LOCK_MINUTES, 15),
    loginRatePerMinute: int(env.LOGIN_RATE_PER_MINUTE, 10),
    uploadMaxBytes: int(env.UPLOAD_MAX_BYTES, 10 * 1024 * 1024),
    vacuumIntervalHours: int(env.VACUUM_INTERVAL_HOURS, 6),
    searchSyncMs: int(env.SEARCH_SYNC_MS, 2000),
    guideCacheTtlMs: int(env.GUIDE_CACHE_TTL_MS, 60_000),
    itemTypeCodeFiling: env.ITEM_TYPE_CODE_FILING || null,
    countMakeUpDays: bool(env.COUNT_MAKE_UP_DAYS, true),
    naturalDayRollsToWorkday: bool(env.NATURAL_DAY_ROLLS_TO_WORKDAY, true),
    publicBaseUrl: (env.PUBLIC_BASE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
    smsGatewayUrl: env.SMS_GATEWAY_URL || null,
    outboxPollMs: int(env.OUTBOX_POLL_MS, 1000),
    escalationSweepMs: int(env.ESCALATION_SWEEP_MS, 60_000),
    missingMaterialDueWorkdays: positive(
      'MISSING_MATERIAL_DUE_WORKDAYS',
      int(env.MISSING_MATERIAL_DUE_WORKDAYS, 5),
    ),
    missingMaterialRemindWorkdays: int(env.MISSING_MATERIAL_REMIND_WORKDAYS, 2),
    missingMaterialSweepMs: int(env.MISSING_MATERIAL_SWEEP_MS, 60_000),
    warningYellowWorkdays: int(env.WARNING_YELLOW_WORKDAYS, 2),
    progressLookupRatePerMinute: int(env.PROGRESS_LOOKUP_RATE_PER_MINUTE, 10),
    realNameMode: realNameMode(env.REAL_NAME_MODE),
    logLevel: env.LOG_LEVEL || 'info',
    webDist: path.resolve(env.WEB_DIST || path.join(repoRoot, 'apps/web/dist')),
    cookieSecure: bool(env.COOKIE_SECURE, false),
    ...overrides,
  };
}
