// The 容缺 sweep: a material accepted as missing is reminded once when its due date comes near
// (MISSING_MATERIAL_REMIND_WORKDAYS), and once past due it is flagged and handled as the item's rule says —
// suspend (the clock stops, like a correction period, until it is supplied) or terminate (the lifecycle's
// terminate by the platform). A case already decided cannot be terminated or suspended any more: it is
// flagged and the department told. Each step is claimed by a conditional update of its row inside a short
// transaction under the case lock, so several instances sweeping at once remind and expire each material once.
import { and, arrayOverlaps, asc, eq, gt, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { enqueueNotification } from '../../platform/outbox.ts';
import { workingCalendar } from '../calendar/calendar.service.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import { users } from '../identity/identity.tables.ts';
import { applyAction, notifyApplicant } from './case-actions.service.ts';
import { chinaDate } from './case-clock.ts';
import { formatChineseDate } from './case-documents/layout.ts';
import { MISSING_PAUSE_NAME, reclockCase } from './case-missing-materials.service.ts';
import type { MissingMaterialRow } from './case-obligations.repo.ts';
import { caseMissingMaterials } from './case-obligations.tables.ts';
import { type CaseRow, findCase, lockCase } from './cases.repo.ts';
import { cases } from './cases.tables.ts';
import { missingMaterialStage } from './domain/missing-materials.ts';
import { type CaseState, isOpen } from './domain/transitions.ts';

/** States in which an outstanding 容缺 material still matters (a denial needs nothing more). */
const WAITING_STATES = [
  'accepted',
  'in_review',
  'special_procedure',
  'approved',
] as const satisfies readonly CaseState[];
const PAGE = 200;

export interface MissingSweepRun {
  examined: number;
  reminded: number;
  expired: number;
}

type Candidate = Pick<
  MissingMaterialRow,
  'caseId' | 'materialId' | 'name' | 'dueOn' | 'remindedAt' | 'onExpiry'
>;

export async function sweepMissingMaterials(
  deps: Deps,
  options: { limit?: number } = {},
): Promise<MissingSweepRun> {
  const limit = options.limit ?? 100;
  const calendar = await workingCalendar(deps);
  const today = chinaDate(deps.now());
  const remindWorkdays = deps.config.missingMaterialRemindWorkdays;
  // nothing due later than this can need a reminder yet
  const horizon = calendar.addWorkdays(today, remindWorkdays);
  const run: MissingSweepRun = { examined: 0, reminded: 0, expired: 0 };
  let after: { caseId: string; materialId: string } | undefined;
  while (run.reminded + run.expired < limit) {
    const page = await candidates(deps, horizon, after);
    for (const c of page) {
      run.examined++;
      const stage = missingMaterialStage(calendar, { dueOn: c.dueOn, today, remindWorkdays });
      if (stage === 'remind' && c.remindedAt === null && (await remind(deps, c))) run.reminded++;
      if (stage === 'expired' && (await expire(deps, calendar, c, today))) run.expired++;
      if (run.reminded + run.expired >= limit) break;
    }
    if (page.length < PAGE) break;
    const last = page.at(-1);
    after = last ? { caseId: last.caseId, materialId: last.materialId } : undefined;
  }
  return run;
}

/** Outstanding materials (not supplied, not uploaded for checking, not yet expired) due by `horizon`. */
async function candidates(
  deps: Deps,
  horizon: string,
  after: { caseId: string; materialId: string } | undefined,
): Promise<Candidate[]> {
  const m = caseMissingMaterials;
  const conditions: (SQL | undefined)[] = [
    isNull(m.suppliedAt),
    isNull(m.uploadedAt),
    isNull(m.expiredAt),
    lte(m.dueOn, horizon),
    inArray(cases.state, [...WAITING_STATES]),
    after
      ? or(gt(m.caseId, after.caseId), and(eq(m.caseId, after.caseId), gt(m.materialId, after.materialId)))
      : undefined,
  ];
  return deps.db
    .select({
      caseId: m.caseId,
      materialId: m.materialId,
      name: m.name,
      dueOn: m.dueOn,
      remindedAt: m.remindedAt,
      onExpiry: m.onExpiry,
    })
    .from(m)
    .innerJoin(cases, eq(cases.id, m.caseId))
    .where(and(...conditions))
    .orderBy(asc(m.caseId), asc(m.materialId))
    .limit(PAGE);
}

const outstanding = (c: Pick<Candidate, 'caseId' | 'materialId'>) =>
  and(
    eq(caseMissingMaterials.caseId, c.caseId),
    eq(caseMissingMaterials.materialId, c.materialId),
    isNull(caseMissingMaterials.suppliedAt),
    isNull(caseMissingMaterials.uploadedAt),
  );

/** Once: the reminded_at stamp is claimed by whichever instance updates it first. */
async function remind(deps: Deps, c: Candidate): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(caseMissingMaterials)
      .set({ remindedAt: deps.now() })
      .where(and(outstanding(c), isNull(caseMissingMaterials.remindedAt)))
      .returning({ caseId: caseMissingMaterials.caseId });
    const row = claimed ? await findCase(tx, c.caseId) : undefined;
    if (!row) return false;
    await notifyApplicant(
      tx,
      row,
      {
        title: '容缺材料补交提醒',
        body: `办件 ${row.caseNumber ?? ''}（${row.itemName}）容缺受理的“${c.name}”请于${formatChineseDate(c.dueOn)}前补交，可在“我的办件”中上传或送至窗口`,
      },
      `missing-remind:${c.caseId}:${c.materialId}`,
    );
    return true;
  });
}

/** Under the case lock: flag the material once and handle the case as the item's rule says. */
async function expire(deps: Deps, calendar: WorkingCalendar, c: Candidate, today: string): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const row = await lockCase(tx, c.caseId);
    if (!row) return false;
    const action = !isOpen(row.state) ? 'flag' : c.onExpiry;
    const [claimed] = await tx
      .update(caseMissingMaterials)
      .set({ expiredAt: deps.now(), expiryAction: action })
      .where(and(outstanding(c), isNull(caseMissingMaterials.expiredAt)))
      .returning({ caseId: caseMissingMaterials.caseId });
    if (!claimed) return false;
    const due = formatChineseDate(c.dueOn);
    const what = `容缺受理的“${c.name}”逾期未补交（补交期限${due}）`;
    switch (action) {
      case 'terminate':
        await applyAction(tx, deps, calendar, { kind: 'system' }, row, 'terminate', {
          reason: `${what}，按本事项规定终止办理`,
        });
        break;
      case 'suspend':
        await suspend(tx, deps, calendar, row, today);
        await notifyApplicant(
          tx,
          row,
          {
            title: '容缺材料逾期未补交',
            body: `办件 ${row.caseNumber ?? ''} ${what}，办件中止办理，补交并核验后恢复`,
          },
          `missing-expired:${c.caseId}:${c.materialId}`,
        );
        break;
      case 'flag':
        await notifyApplicant(
          tx,
          row,
          { title: '容缺材料逾期未补交', body: `办件 ${row.caseNumber ?? ''} ${what}，办理结果暂不出具` },
          `missing-expired:${c.caseId}:${c.materialId}`,
        );
        break;
      default: {
        const unreachable: never = action;
        return unreachable;
      }
    }
    await notifyDepartment(tx, row, c, what, action);
    return true;
  });
}

/** The clock stops from today until the material comes (one open pause, however many materials expire). */
async function suspend(tx: Tx, deps: Deps, calendar: WorkingCalendar, row: CaseRow, today: string) {
  if (row.clock.pauses.some((p) => p.to === undefined && p.name === MISSING_PAUSE_NAME)) return;
  const pause = { from: today, kind: 'correction' as const, name: MISSING_PAUSE_NAME };
  await reclockCase(tx, deps, calendar, row, { ...row.clock, pauses: [...row.clock.pauses, pause] });
}

const ACTION_TEXT = { terminate: '已按事项规定终止办理', suspend: '已中止办理', flag: '办理结果暂缓出具' };

/** The department's chief representatives learn of every expiry, once per material. */
async function notifyDepartment(
  tx: Tx,
  row: CaseRow,
  c: Candidate,
  what: string,
  action: keyof typeof ACTION_TEXT,
): Promise<void> {
  const chiefs = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.kind, 'staff'),
        eq(users.disabled, false),
        eq(users.orgId, row.orgId),
        arrayOverlaps(users.roles, ['chief_representative']),
      ),
    );
  for (const chief of chiefs) {
    await enqueueNotification(tx, {
      userId: chief.id,
      title: '容缺材料逾期未补交',
      body: `办件 ${row.caseNumber ?? row.id}（${row.itemName}）${what}，${ACTION_TEXT[action]}`,
      caseId: row.id,
      key: `missing-expired-dept:${c.caseId}:${c.materialId}:${chief.id}`,
    });
  }
}
