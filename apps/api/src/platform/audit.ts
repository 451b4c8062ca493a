// The audit log of sensitive reads and administrative acts. Write it with the same transaction handle as the
// act itself, so the act and its record commit together or not at all. The table is append-only: migration
// 0004 installs triggers that refuse UPDATE, DELETE and TRUNCATE (CONVENTIONS.md "Data").
import { auditLog } from './audit.tables.ts';
import type { DbOrTx } from './db.ts';
import { AppError } from './errors.ts';

/**
 * What happened, snake_case verb first. Known actions:
 * - `reveal_id_number`: a full ID number was shown (subject `person`; detail.reason)
 * Other modules add theirs; the open string keeps this file from being every module's edit point.
 */
export type AuditAction = 'reveal_id_number' | (string & {});

export interface AuditEntry {
  /** the user who acted; null for the system */
  actorUserId: string | null;
  action: AuditAction;
  /** what the act concerned: `person`, `enterprise`, `case`, … */
  subjectType: string;
  subjectId: string;
  /** why and with what: reason, roles, parameters — never the sensitive value itself */
  detail?: Record<string, unknown>;
  /** the HTTP request id, so a row can be matched to the access log */
  requestId?: string | null;
}

export interface AuditRecord {
  id: number;
  at: Date;
}

/** Append one row to the audit log inside `tx`. */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry): Promise<AuditRecord> {
  const [row] = await tx
    .insert(auditLog)
    .values({
      actorUserId: entry.actorUserId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      detail: entry.detail ?? {},
      requestId: entry.requestId ?? null,
    })
    .returning({ id: auditLog.id, at: auditLog.at });
  if (!row) throw new AppError('INTERNAL', '写入审计日志失败');
  return row;
}
