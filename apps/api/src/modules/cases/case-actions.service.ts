// One use case for every lifecycle action: lock the case, ask the transition table, apply the action's
// effects, write the new state and one hash-chained event, queue the applicant's notification — all in one
// transaction, so an illegal or failed action changes nothing (issue 3 §3).
import { eq, or } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { enqueueNotification } from '../../platform/outbox.ts';
import { workingCalendar } from '../calendar/calendar.service.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import { getFiledVersionGuide } from '../catalog/catalog-public.service.ts';
import { users } from '../identity/identity.tables.ts';
import { chinaDate } from './case-clock.ts';
import { type ActionInput, EFFECTS } from './case-effects.ts';
import { nextLink, writeWithLink } from './case-events.ts';
import { runBundleMemberHooks } from './case-hooks.ts';
import { transitionContextOf } from './case-obligations.repo.ts';
import { actingRole, mayEverTake, relationTo } from './cases.policy.ts';
import { type CaseRow, caseUpdate, lockCase } from './cases.repo.ts';
import { caseMaterials } from './cases.tables.ts';
import {
  type ActorRole,
  CASE_ACTION_LABELS,
  CASE_STATE_LABELS,
  type CaseAction,
  decideTransition,
  findTransition,
  TRANSITION_INPUT_LABELS,
  type TransitionInput,
} from './domain/transitions.ts';

export type { ActionInput } from './case-effects.ts';

/** Actions a bundle member takes only through its bundle case (one submission, one acceptance). */
const BUNDLE_INTAKE_ACTIONS: ReadonlySet<CaseAction> = new Set([
  'submit',
  'resubmit',
  'accept',
  'request_correction',
  'refuse',
]);
/** Actions whose notice the bundle sends for all its members at once. */
const BUNDLE_NOTICE_ACTIONS: ReadonlySet<CaseAction> = new Set([
  'submit',
  'resubmit',
  'accept',
  'request_correction',
  'refuse',
  'deny',
  'withdraw',
]);

export interface ActionResult {
  id: string;
  state: CaseRow['state'];
  stateLabel: string;
  caseNumber: string | null;
}

/**
 * Who acts: a signed-in user, or the platform itself (收件即受理 online, electronic delivery, archiving), or a
 * user acting on a member case through its bundle case (一件事: the comprehensive window accepts, the output
 * window hands over, for every member department at once), whose role the bundles policy has established.
 */
export type CaseActor =
  | { kind: 'user'; actor: Actor }
  | { kind: 'system' }
  | { kind: 'bundle'; actor: Actor; role: ActorRole };

export async function performAction(
  deps: Deps,
  who: CaseActor,
  caseId: string,
  action: CaseAction,
  input: ActionInput,
): Promise<ActionResult> {
  const calendar = await workingCalendar(deps);
  return deps.db.transaction(async (tx) => {
    const row = await lockCase(tx, caseId);
    if (!row) throw notFound('办件');
    if (row.bundleCaseId && BUNDLE_INTAKE_ACTIONS.has(action)) {
      // 一件事: one submission and one acceptance for every member (seed 000 一次受理)
      throw new AppError(
        'INVALID_TRANSITION',
        '该事项属于“一件事”办件，请在一件事办件中统一提交、受理或补正',
      );
    }
    const updated = await applyAction(tx, deps, calendar, who, row, action, input);
    return {
      id: updated.id,
      state: updated.state,
      stateLabel: CASE_STATE_LABELS[updated.state],
      caseNumber: updated.caseNumber,
    };
  });
}

/** Applies one action to a locked row inside the caller's transaction; returns the row as it now stands. */
export async function applyAction(
  tx: Tx,
  deps: Deps,
  calendar: WorkingCalendar,
  who: CaseActor,
  row: CaseRow,
  action: CaseAction,
  input: ActionInput,
): Promise<CaseRow> {
  const role = roleFor(who, row, action);
  // the facts the table's guards read are loaded only for rows that have guards
  const guarded = (findTransition(row.state, action)?.blockedBy ?? []).length > 0;
  const context = guarded
    ? await transitionContextOf(tx, row)
    : { instantItem: row.instant, decision: row.decision };
  const decision = decideTransition(row.state, action, { role }, input as Record<string, unknown>, context);
  if (!decision.ok) {
    if (decision.code === 'VALIDATION_FAILED') {
      const fields = (decision.missing ?? []).map((key) => ({
        field: key,
        message: `请填写${TRANSITION_INPUT_LABELS[key as TransitionInput]}`,
      }));
      throw new AppError('VALIDATION_FAILED', decision.message, { fields });
    }
    throw new AppError(decision.code, decision.message);
  }
  const now = deps.now();
  const actorId = who.kind === 'system' ? null : who.actor.userId;
  const guide = await getFiledVersionGuide(deps, row.versionId, tx);
  const effect = await EFFECTS[action]({
    tx,
    deps,
    calendar,
    row,
    guide,
    actorId,
    role,
    input,
    now,
    today: chinaDate(now),
  });
  const next: CaseRow = { ...row, ...effect.set, state: decision.to, updatedAt: now } as CaseRow;
  const link = nextLink(row, {
    at: now,
    actorId,
    actorRole: role,
    action,
    fromState: row.state,
    toState: decision.to,
    comment: input.comment ?? input.reason ?? null,
    payload: effect.payload,
  });
  // the new state, the chain head and the event in one statement (appendEvent would take three)
  const { head } = link;
  const caseWrite = caseUpdate(tx, row.id, {
    ...effect.set,
    state: decision.to,
    updatedAt: now,
    eventCount: head.eventCount,
    lastEventHash: head.lastEventHash,
  });
  await writeWithLink(tx, caseWrite, link);
  const after: CaseRow = { ...next, eventCount: head.eventCount, lastEventHash: head.lastEventHash };
  // a bundle member's intake and denial reach the applicant once, in the bundle's own notice
  const bundleSpeaks = after.bundleCaseId !== null && BUNDLE_NOTICE_ACTIONS.has(action);
  if (effect.notice && !bundleSpeaks) await notifyApplicant(tx, after, effect.notice);
  await runBundleMemberHooks({ tx, deps, calendar, row: after, action });
  return followUp(tx, deps, calendar, after, action);
}

/** Steps the platform takes at once after another: 收件即受理 online, and archiving after delivery. */
async function followUp(
  tx: Tx,
  deps: Deps,
  calendar: WorkingCalendar,
  row: CaseRow,
  action: CaseAction,
): Promise<CaseRow> {
  const system: CaseActor = { kind: 'system' };
  // a bundle member is accepted once, with the others, by its bundle case
  if (
    action === 'submit' &&
    row.state === 'submitted' &&
    !row.bundleCaseId &&
    (await acceptsOnReceipt(tx, deps, row))
  ) {
    // seed 001 二(二)2 收件即受理: the online submission is the acceptance
    const uploaded = await materialsOnFile(tx, row.id);
    return applyAction(tx, deps, calendar, system, row, 'accept', {
      materialsChecklist: uploaded.map((materialId) => ({ materialId, present: true })),
      comment: '收件即受理',
    });
  }
  if (action === 'deliver' && row.state === 'delivered') {
    return applyAction(tx, deps, calendar, system, row, 'close', { comment: '送达后自动归档' });
  }
  return row;
}

async function acceptsOnReceipt(tx: Tx, deps: Deps, row: CaseRow): Promise<boolean> {
  const guide = await getFiledVersionGuide(deps, row.versionId, tx);
  return guide.acceptOnReceipt && row.channel !== 'window';
}

async function materialsOnFile(tx: Tx, caseId: string): Promise<string[]> {
  const rows = await tx
    .select({ materialId: caseMaterials.materialId })
    .from(caseMaterials)
    .where(eq(caseMaterials.caseId, caseId));
  return [...new Set(rows.map((r) => r.materialId))];
}

function roleFor(who: CaseActor, row: CaseRow, action: CaseAction): ActorRole {
  if (who.kind === 'system') return 'system';
  if (who.kind === 'bundle') return who.role;
  const relation = relationTo(who.actor, row);
  switch (relation.kind) {
    case 'hidden':
      throw notFound('办件');
    case 'out_of_scope':
      throw new AppError('FORBIDDEN', '该办件不在您的办理范围内');
    case 'party':
    case 'staff':
      // a role that can never take this action (a supervisor, who only reads) is refused whatever the state
      if (!mayEverTake(relation.roles, action))
        throw new AppError('FORBIDDEN', `当前账号无权执行“${CASE_ACTION_LABELS[action]}”`);
      return actingRole(relation.roles, row.state, action);
    default: {
      const unreachable: never = relation;
      return unreachable;
    }
  }
}

/**
 * The applicant's accounts (and the agent who filed it) get an in-app message; the contact phone an SMS.
 * `key` makes the message once-only (default: once per event of the case).
 */
export async function notifyApplicant(
  tx: Tx,
  row: CaseRow,
  notice: { title: string; body: string },
  key = `case:${row.id}:${row.eventCount}`,
): Promise<void> {
  const conditions = [eq(users.id, row.filedBy)];
  if (row.applicantPersonId) conditions.push(eq(users.personId, row.applicantPersonId));
  if (row.applicantEnterpriseId) conditions.push(eq(users.enterpriseId, row.applicantEnterpriseId));
  const accounts = await tx
    .select({ id: users.id, kind: users.kind })
    .from(users)
    .where(or(...conditions));
  const publicAccounts = accounts.filter((a) => a.kind === 'public');
  for (const [i, account] of publicAccounts.entries()) {
    await enqueueNotification(tx, {
      userId: account.id,
      // one SMS per event, to the contact phone of the case
      mobile: i === 0 ? row.contactMobile : null,
      sms: i === 0,
      title: notice.title,
      body: notice.body,
      caseId: row.id,
      key: `${key}:${account.id}`,
    });
  }
  if (publicAccounts.length === 0) {
    await enqueueNotification(tx, {
      mobile: row.contactMobile,
      sms: true,
      title: notice.title,
      body: notice.body,
      caseId: row.id,
    });
  }
}
