// Pure: the window's material checklist (一窗受理) — one row per material that applies, what the clerk ticked,
// and what it becomes: the acceptance payload, the materials still missing, and the draft of the one-time
// correction notice (行政许可法 第三十二条第一款第（四）项: 一次告知申请人需要补正的全部内容).
import type { ActionInput, CaseEventView, ChecklistEntryView } from '../../cases/case-api.ts';

export interface ChecklistRow {
  materialId: string;
  name: string;
  requirement: ChecklistEntryView['requirement'];
  /** originals / copies the guide asks for */
  originals: number;
  copiesRequired: number;
  allowMissing: boolean;
  present: boolean;
  originalSeen: boolean;
  copies: number;
  note: string;
  /** 告知承诺: a signed commitment stands in for this material */
  committed?: boolean;
  /** 容缺: the due period the clerk sets for a material accepted as missing (blank: the item's) */
  dueWorkdays?: number;
}

export interface CorrectionItem {
  materialId?: string;
  problem: string;
  requirement?: string;
}

/** Materials a notice listed: asked for again, so not taken as handed in. */
function lastCorrection(events: readonly CaseEventView[]): CorrectionItem[] | null {
  const notice = events.findLast((e) => e.action === 'request_correction');
  const items = notice?.payload.correctionItems;
  return Array.isArray(items) ? (items as CorrectionItem[]) : null;
}

/** Material ids ticked present in the latest resubmission (补正材料) after the last notice. */
function resubmitted(events: readonly CaseEventView[]): Set<string> {
  const last = events.findLast((e) => e.action === 'resubmit');
  const list = last?.payload.materialsChecklist;
  if (!Array.isArray(list)) return new Set();
  return new Set(
    (list as { materialId?: unknown; present?: unknown }[])
      .filter((e) => e.present === true && typeof e.materialId === 'string')
      .map((e) => String(e.materialId)),
  );
}

/**
 * The rows the clerk starts from. A material on file counts as received; after a correction notice, what
 * the notice did not ask for was received at the first visit, and what a resubmission brought is received
 * too. Received materials start with their originals seen and the copies the guide asks for — the clerk
 * unticks what is not so.
 */
export function initialChecklist(
  checklist: readonly ChecklistEntryView[],
  events: readonly CaseEventView[],
  committed: readonly string[] = [],
): ChecklistRow[] {
  const notice = lastCorrection(events);
  const asked = new Set((notice ?? []).flatMap((i) => (i.materialId ? [i.materialId] : [])));
  const brought = resubmitted(events);
  return checklist.map((m) => {
    const present = m.provided || brought.has(m.materialId) || (notice !== null && !asked.has(m.materialId));
    return {
      ...checklistRow(m, present),
      ...(committed.includes(m.materialId) ? { committed: true } : {}),
    };
  });
}

/**
 * A material's row as the clerk first sees it: received ones with their originals seen and the copies asked
 * for (the clerk unticks what is not so), the others empty.
 */
export function checklistRow(
  m: Pick<
    ChecklistEntryView,
    'materialId' | 'name' | 'requirement' | 'originals' | 'copies' | 'allowMissing'
  >,
  present: boolean,
): ChecklistRow {
  return {
    materialId: m.materialId,
    name: m.name,
    requirement: m.requirement,
    originals: m.originals,
    copiesRequired: m.copies,
    allowMissing: m.allowMissing,
    present,
    originalSeen: present && m.originals > 0,
    copies: present ? m.copies : 0,
    note: '',
  };
}

/** Ticking 已收取 fills in the guide's numbers; unticking clears them. */
export function setPresent(row: ChecklistRow, present: boolean): ChecklistRow {
  return present
    ? { ...row, present, originalSeen: row.originals > 0, copies: row.copies || row.copiesRequired }
    : { ...row, present, originalSeen: false, copies: 0 };
}

/** materialsChecklist of accept (every row) — the server checks it against the guide. */
export function checklistPayload(
  rows: readonly ChecklistRow[],
): NonNullable<ActionInput['materialsChecklist']> {
  return rows.map((row) => ({
    materialId: row.materialId,
    present: row.present,
    ...(row.present ? { originalSeen: row.originals > 0 && row.originalSeen, copies: row.copies } : {}),
    ...(row.note.trim() ? { note: row.note.trim() } : {}),
  }));
}

/** materialsChecklist of resubmit: what was handed in, preferring the materials the notice asked for. */
export function resubmitPayload(
  rows: readonly ChecklistRow[],
  events: readonly CaseEventView[],
): NonNullable<ActionInput['materialsChecklist']> {
  const asked = new Set((lastCorrection(events) ?? []).flatMap((i) => (i.materialId ? [i.materialId] : [])));
  const present = rows.filter((r) => r.present);
  const answered = present.filter((r) => asked.has(r.materialId));
  return checklistPayload(answered.length > 0 ? answered : present);
}

/** The material must be there for acceptance (a required one, or a conditional one that applies). */
const needed = (row: ChecklistRow) => row.requirement !== 'optional';

export interface ChecklistGap {
  materialId: string;
  name: string;
  kind: 'missing' | 'original' | 'deferred';
}

/**
 * What stands between the checklist and acceptance, as the server judges it (material-checklist.ts):
 * a needed material missing, or its original not seen. 容缺 materials may follow later (`deferred`).
 */
export function checklistGaps(rows: readonly ChecklistRow[]): ChecklistGap[] {
  return rows.flatMap((row): ChecklistGap[] => {
    if (!needed(row)) return [];
    if (!row.present && row.committed) return [];
    if (!row.present)
      return [
        { materialId: row.materialId, name: row.name, kind: row.allowMissing ? 'deferred' : 'missing' },
      ];
    if (row.originals > 0 && !row.originalSeen)
      return [{ materialId: row.materialId, name: row.name, kind: 'original' }];
    return [];
  });
}

/** missingMaterials of accept: the 容缺 materials not handed in, each with the due period set (if any). */
export function missingPayload(rows: readonly ChecklistRow[]): NonNullable<ActionInput['missingMaterials']> {
  const deferred = new Set(
    checklistGaps(rows)
      .filter((g) => g.kind === 'deferred')
      .map((g) => g.materialId),
  );
  return rows
    .filter((row) => deferred.has(row.materialId))
    .map((row) => ({
      materialId: row.materialId,
      ...(row.dueWorkdays !== undefined ? { dueWorkdays: row.dueWorkdays } : {}),
    }));
}

/** Blocking gaps only: 容缺 materials do not stop acceptance. */
export const blockingGaps = (rows: readonly ChecklistRow[]) =>
  checklistGaps(rows).filter((g) => g.kind !== 'deferred');

/** The notice's draft: one entry per missing material and per original not shown, every problem at once. */
export function correctionDraft(rows: readonly ChecklistRow[]): CorrectionItem[] {
  return blockingGaps(rows).map((gap) => {
    const row = rows.find((r) => r.materialId === gap.materialId);
    const copies = row && row.copiesRequired > 0 ? `，并附复印件 ${row.copiesRequired} 份` : '';
    return gap.kind === 'missing'
      ? {
          materialId: gap.materialId,
          problem: `未提交“${gap.name}”`,
          requirement: `请补交“${gap.name}”${row && row.originals > 0 ? '原件' : ''}${copies}`,
        }
      : {
          materialId: gap.materialId,
          problem: `未出示“${gap.name}”原件`,
          requirement: '请携带原件到窗口核验',
        };
  });
}

/** correctionItems as the API takes them: blank entries dropped, text trimmed. */
export function correctionPayload(items: readonly Partial<CorrectionItem>[]): CorrectionItem[] {
  return items.flatMap((item) => {
    const problem = item.problem?.trim();
    if (!problem) return [];
    const requirement = item.requirement?.trim();
    return [
      {
        ...(item.materialId ? { materialId: item.materialId } : {}),
        problem,
        ...(requirement ? { requirement } : {}),
      },
    ];
  });
}
