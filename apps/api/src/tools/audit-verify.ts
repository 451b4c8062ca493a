// npm run audit:verify — recomputes every case's event chain (issue 3 §6) and names the first broken link.
// Opens the database exactly as the server does (DATA_DIR embedded, or DATABASE_URL), streams case_events in
// (case_id, seq) order in keyset batches so memory stays bounded however many millions of events there are,
// checks each chain with verifyChain and the chain head stored on the case row (event_count, last_event_hash).
// Exit code: 0 every chain intact, 1 a broken chain (printed), 2 the check could not run.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { asc, inArray, sql } from 'drizzle-orm';
import { loadConfig } from '../config.ts';
import { caseEvents, cases } from '../modules/cases/cases.tables.ts';
import { type ChainedEvent, type ChainVerdict, verifyChain } from '../modules/cases/domain/event-chain.ts';
import { type Db, openDatabase } from '../platform/db.ts';

type BrokenVerdict = Extract<ChainVerdict, { ok: false }>;
/** verifyChain's problems, plus a chain head on the case row that does not match the last event */
export type ChainProblem = BrokenVerdict['problem'] | 'head';

export interface AuditProgress {
  cases: number;
  events: number;
}

export type AuditResult =
  | ({ ok: true } & AuditProgress)
  | ({
      ok: false;
      caseId: string;
      caseNumber: string | null;
      seq: number;
      problem: ChainProblem;
      message: string;
    } & AuditProgress);

export interface VerifyOptions {
  /** called after every batch with the counts so far */
  onProgress?: (progress: AuditProgress) => void;
  /** events read per query (default 5,000) */
  batchSize?: number;
}

export const PROBLEM_LABELS: Record<ChainProblem, string> = {
  sequence: '事件缺失或顺序错误',
  link: '前后事件链接不符',
  hash: '事件内容与摘要不符',
  head: '办件记录的链头与事件不符',
};

interface Head {
  caseNumber: string | null;
  eventCount: number;
  lastEventHash: string | null;
}

const eventColumns = {
  caseId: caseEvents.caseId,
  seq: caseEvents.seq,
  at: caseEvents.at,
  actorId: caseEvents.actorId,
  actorRole: caseEvents.actorRole,
  action: caseEvents.action,
  fromState: caseEvents.fromState,
  toState: caseEvents.toState,
  comment: caseEvents.comment,
  payload: caseEvents.payload,
  prevHash: caseEvents.prevHash,
  hash: caseEvents.hash,
};

/** Checks every case's chain; stops at the first broken link. */
export async function verifyAllChains(db: Db, options: VerifyOptions = {}): Promise<AuditResult> {
  const batchSize = options.batchSize ?? 5_000;
  const counts: AuditProgress = { cases: 0, events: 0 };
  // the case being read: its events may continue in the next batch
  let current: { caseId: string; head: Head | undefined; events: ChainedEvent[] } | undefined;
  let cursor: { caseId: string; seq: number } | undefined;

  const finish = (c: NonNullable<typeof current>): AuditResult | undefined => {
    counts.cases++;
    counts.events += c.events.length;
    const broken = checkCase(c.events, c.head);
    return (
      broken && { ok: false, caseId: c.caseId, caseNumber: c.head?.caseNumber ?? null, ...broken, ...counts }
    );
  };

  for (;;) {
    const rows = await db
      .select(eventColumns)
      .from(caseEvents)
      .where(
        cursor
          ? sql`(${caseEvents.caseId}, ${caseEvents.seq}) > (${cursor.caseId}::uuid, ${cursor.seq}::int)`
          : undefined,
      )
      .orderBy(asc(caseEvents.caseId), asc(caseEvents.seq))
      .limit(batchSize);
    const heads = await loadHeads(db, [...new Set(rows.map((r) => r.caseId))]);
    for (const row of rows) {
      if (current?.caseId !== row.caseId) {
        const broken = current && finish(current);
        if (broken) return broken;
        current = { caseId: row.caseId, head: heads.get(row.caseId), events: [] };
      }
      current.events.push({ ...row, at: row.at.toISOString() });
    }
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) break;
    cursor = { caseId: last.caseId, seq: last.seq };
    options.onProgress?.({ cases: counts.cases, events: counts.events + (current?.events.length ?? 0) });
  }
  if (current) {
    const broken = finish(current);
    if (broken) return broken;
  }
  options.onProgress?.({ ...counts });
  // every case is created with a "create" event: a case with none has lost its whole chain
  const [orphan] = await db
    .select({ id: cases.id, caseNumber: cases.caseNumber, eventCount: cases.eventCount })
    .from(cases)
    .where(sql`not exists (select 1 from ${caseEvents} where ${caseEvents.caseId} = ${cases.id})`)
    .orderBy(asc(cases.id))
    .limit(1);
  if (orphan) {
    return {
      ok: false,
      caseId: orphan.id,
      caseNumber: orphan.caseNumber,
      seq: 1,
      problem: 'head',
      message: `办件没有任何事件记录（办件记录的事件数为 ${orphan.eventCount}）`,
      ...counts,
    };
  }
  return { ok: true, ...counts };
}

async function loadHeads(db: Db, caseIds: string[]): Promise<Map<string, Head>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      eventCount: cases.eventCount,
      lastEventHash: cases.lastEventHash,
    })
    .from(cases)
    .where(inArray(cases.id, caseIds));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The first problem of one case's chain, or undefined when the chain and its head agree. */
function checkCase(
  events: readonly ChainedEvent[],
  head: Head | undefined,
): { seq: number; problem: ChainProblem; message: string } | undefined {
  const verdict = verifyChain(events);
  if (!verdict.ok) return { seq: verdict.seq, problem: verdict.problem, message: verdict.message };
  const lastEvent = events.at(-1);
  if (!head) return { seq: 1, problem: 'head', message: '事件所属的办件不存在' };
  if (head.eventCount !== events.length) {
    // the first event the head and the log disagree on: a missing last event, or one appended unrecorded
    const seq = Math.min(head.eventCount, events.length) + 1;
    return {
      seq,
      problem: 'head',
      message:
        head.eventCount > events.length
          ? `办件记录有 ${head.eventCount} 条事件，事件表只有 ${events.length} 条（第 ${seq} 条起缺失）`
          : `事件表有 ${events.length} 条事件，办件记录只有 ${head.eventCount} 条（第 ${seq} 条未记入链头）`,
    };
  }
  if (head.lastEventHash !== (lastEvent?.hash ?? null)) {
    return {
      seq: events.length,
      problem: 'head',
      message: `办件记录的最后摘要与第 ${events.length} 条事件的摘要不符`,
    };
  }
  return undefined;
}

function describeCase(result: { caseId: string; caseNumber: string | null }): string {
  return result.caseNumber
    ? `办件 ${result.caseNumber}（${result.caseId}）`
    : `办件（草稿，无编号，${result.caseId}）`;
}

async function main(): Promise<number> {
  const config = loadConfig();
  if (!config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'pgdata', 'PG_VERSION'))) {
    console.error(
      `数据目录 ${config.dataDir} 中没有数据库（用 DATA_DIR 指定平台的数据目录，或设置 DATABASE_URL）`,
    );
    return 2;
  }
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolMax: 2,
  });
  const started = Date.now();
  let lastPrinted = started;
  try {
    const result = await verifyAllChains(database.db, {
      onProgress: (p) => {
        if (Date.now() - lastPrinted < 2_000) return;
        lastPrinted = Date.now();
        console.error(`核验中：办件 ${p.cases} 件、事件 ${p.events} 条……`);
      },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.ok) {
      console.log(
        `事件链核验通过：共核验办件 ${result.cases} 件、事件 ${result.events} 条，全部完整（用时 ${seconds} 秒）。`,
      );
      return 0;
    }
    console.log(
      [
        `事件链核验未通过：${describeCase(result)} 第 ${result.seq} 条事件`,
        `  问题：${PROBLEM_LABELS[result.problem]}（${result.problem}）`,
        `  说明：${result.message}`,
        `  已读取办件 ${result.cases} 件、事件 ${result.events} 条（用时 ${seconds} 秒）。`,
      ].join('\n'),
    );
    return 1;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`事件链核验无法完成：${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
