// What each lifecycle action does to the case row besides changing its state, and what its event records.
// The transition table (domain/transitions.ts) has already said the action is allowed for this actor with
// these inputs; here are the consequences: clocks, numbers, decisions, deliveries, notifications.
import type { FieldError, Guide } from '@msb/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, validationFailed } from '../../platform/errors.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import { users } from '../identity/identity.tables.ts';
import { chinaDate, clockOf, dueColumns } from './case-clock.ts';
import { nextCaseNumber } from './case-numbers.ts';
import {
  acceptanceTerms,
  missingNotice,
  openVerificationTask,
  recordMissingMaterials,
} from './case-obligation-effects.ts';
import { checkSubmission } from './case-submission.ts';
import { mayWorkAsAssignee } from './cases.policy.ts';
import type { CaseRow } from './cases.repo.ts';
import { caseMaterials, type cases } from './cases.tables.ts';
import { ART_42_LIMITS, type ClockPause, deemedAccepted, extensionAllowed } from './domain/deadline.ts';
import { type ChecklistEntry, checkAcceptanceChecklist } from './domain/material-checklist.ts';
import type { ActorRole, CaseAction } from './domain/transitions.ts';

export interface EffectContext {
  tx: Tx;
  deps: Deps;
  calendar: WorkingCalendar;
  row: CaseRow;
  guide: Guide;
  actorId: string | null;
  role: ActorRole;
  input: ActionInput;
  now: Date;
  today: string;
}

export interface ActionInput {
  comment?: string;
  reason?: string;
  materialsChecklist?: ChecklistEntry[];
  correctionItems?: { materialId?: string; problem: string; requirement?: string }[];
  opinion?: string;
  decisionReasons?: string;
  extension?: { amount: number; unit: 'workday' | 'natural' };
  procedure?: { name: string; duration: { amount: number; unit: 'workday' | 'natural' } };
  deliveryMethod?: 'window' | 'post' | 'download';
  trackingNumber?: string;
  signedReceipt?: string;
  assignee?: string;
  /** 容缺受理: materials accepted as missing, each with its due period in working days */
  missingMaterials?: { materialId: string; dueWorkdays?: number }[];
}

export interface Effect {
  set: Partial<typeof cases.$inferInsert>;
  payload: Record<string, unknown>;
  /** what the applicant is told (in-app message and SMS) */
  notice?: { title: string; body: string };
}

type EffectFn = (ctx: EffectContext) => Promise<Effect>;

function pick(input: ActionInput, keys: (keyof ActionInput)[]): Record<string, unknown> {
  return Object.fromEntries(keys.flatMap((k) => (input[k] === undefined ? [] : [[k, input[k]]])));
}

function requireAssignee(ctx: EffectContext): void {
  if (!ctx.actorId || !mayWorkAsAssignee(ctx.role, ctx.actorId, ctx.row.assigneeId)) {
    throw new AppError('FORBIDDEN', '本办件由其他承办人办理，请先转办或由首席代表处理');
  }
}

/** The clock columns after a change of pauses or extensions. */
function reclock(ctx: EffectContext, clock: CaseRow['clock']): Partial<typeof cases.$inferInsert> {
  const view = clockOf(ctx.calendar, ctx.deps.config, { ...ctx.row, clock }, ctx.today);
  return view ? { clock, ...dueColumns(view) } : { clock };
}

async function staffOfOrg(ctx: EffectContext, userId: string): Promise<{ id: string; displayName: string }> {
  const [user] = await ctx.tx
    .select({
      id: users.id,
      displayName: users.displayName,
      roles: users.roles,
      orgId: users.orgId,
      disabled: users.disabled,
    })
    .from(users)
    .where(eq(users.id, userId));
  const backOffice = user?.roles.some((r) => r === 'approver' || r === 'chief_representative');
  if (!user || user.disabled || user.orgId !== ctx.row.orgId || !backOffice) {
    throw validationFailed([{ field: 'assignee', message: '承办人须为本部门在岗的审批人员或首席代表' }]);
  }
  return user;
}

const submit: EffectFn = async (ctx) => {
  // a bundle member the platform submits once the member it waited for is approved: its materials were
  // collected and checked for the whole bundle (一件事: 一套材料)
  const problems: FieldError[] =
    ctx.role === 'system' && ctx.row.bundleCaseId
      ? []
      : await checkSubmission(ctx.tx, ctx.row, ctx.guide, ctx.now);
  if (problems.length > 0) throw validationFailed(problems, '申请尚不完整，请按提示修改后再提交');
  const caseNumber = ctx.row.caseNumber ?? (await nextCaseNumber(ctx.tx, ctx.row.regionCode, ctx.now));
  return {
    set: {
      caseNumber,
      receivedAt: ctx.now,
      // 行政许可法 第三十二条第一款第（四）项: 五日内一次告知 — counted from receipt
      correctionDue: ctx.calendar.addWorkdays(ctx.today, 5),
    },
    payload: { caseNumber, channel: ctx.row.channel },
    notice: { title: '申请已提交', body: `您的申请（${ctx.row.itemName}）已提交，办件编号 ${caseNumber}` },
  };
};

const accept: EffectFn = async (ctx) => {
  const checklist = ctx.input.materialsChecklist ?? [];
  const terms = await acceptanceTerms(ctx);
  const outcome = checkAcceptanceChecklist(
    {
      guide: ctx.guide,
      answers: ctx.row.situation,
      originalsRequired: ctx.role !== 'system' && (ctx.row.channel === 'window' || ctx.row.maturity === 'II'),
      committed: terms.committed,
    },
    checklist,
  );
  if (outcome.errors.length > 0) throw validationFailed(outcome.errors, '材料核验未通过，不能受理');
  const missing = await recordMissingMaterials(ctx, checklist, outcome.allowedMissing, terms);
  await markMaterialsChecked(ctx, checklist);
  // 第三十二条: no correction notice within five working days of receipt → accepted from the day of receipt
  const receivedOn = chinaDate(ctx.row.receivedAt ?? ctx.now);
  const deemed = deemedAccepted(ctx.calendar, {
    receivedOn,
    ...(ctx.row.correctionNoticeOn ? { correctionNoticeOn: ctx.row.correctionNoticeOn } : {}),
    asOf: ctx.today,
  });
  const acceptedOn = deemed.deemed && deemed.acceptedOn ? deemed.acceptedOn : ctx.today;
  const view = clockOf(ctx.calendar, ctx.deps.config, { ...ctx.row, acceptedOn }, ctx.today);
  return {
    set: {
      acceptedAt: ctx.now,
      acceptedOn,
      deemedAccepted: deemed.deemed || ctx.row.deemedAccepted,
      stepIndex: 0,
      stepStartedOn: acceptedOn,
      ...(view ? dueColumns(view) : {}),
    },
    payload: {
      materialsChecklist: checklist,
      allowedMissing: outcome.allowedMissing,
      missingMaterials: missing,
      ...(terms.commitment
        ? {
            commitment: {
              signedAt: terms.commitment.signedAt.toISOString(),
              materialIds: terms.commitment.materialIds,
              pdfSha256: terms.commitment.pdfSha256,
            },
          }
        : {}),
      acceptedOn,
      deemedAccepted: deemed.deemed,
      legalDue: view?.legalDue,
      promisedDue: view?.promisedDue,
    },
    notice: {
      title: '申请已受理',
      body: `办件 ${ctx.row.caseNumber ?? ''} 已受理，承诺办结日期 ${view?.promisedDue ?? ''}${missingNotice(missing)}`,
    },
  };
};

async function markMaterialsChecked(ctx: EffectContext, checklist: readonly ChecklistEntry[]): Promise<void> {
  const present = checklist.filter((e) => e.present);
  const existing = await ctx.tx.select().from(caseMaterials).where(eq(caseMaterials.caseId, ctx.row.id));
  // paper materials go in as one multi-row insert, not one statement each (issue 3's throughput target)
  const paper: (typeof caseMaterials.$inferInsert)[] = [];
  for (const entry of present) {
    const rows = existing.filter((m) => m.materialId === entry.materialId && m.status !== 'rejected');
    const set = {
      status: 'verified' as const,
      originalSeen: entry.originalSeen ?? false,
      copies: entry.copies ?? 0,
      ...(entry.note ? { note: entry.note } : {}),
      verifiedBy: ctx.actorId,
      verifiedAt: ctx.now,
    };
    if (rows.length > 0) {
      await ctx.tx
        .update(caseMaterials)
        .set(set)
        .where(
          and(
            eq(caseMaterials.caseId, ctx.row.id),
            inArray(
              caseMaterials.id,
              rows.map((r) => r.id),
            ),
          ),
        );
    } else if (ctx.actorId) {
      // a paper material handed in at the window
      const name = ctx.guide.materials.find((m) => m.id === entry.materialId)?.name ?? entry.materialId;
      paper.push({
        caseId: ctx.row.id,
        materialId: entry.materialId,
        name,
        source: 'paper',
        addedBy: ctx.actorId,
        ...set,
      });
    }
  }
  if (paper.length > 0) await ctx.tx.insert(caseMaterials).values(paper);
}

const requestCorrection: EffectFn = async (ctx) => {
  const late = ctx.row.correctionDue !== null && ctx.today > ctx.row.correctionDue;
  return {
    set: {
      correctionNoticeOn: ctx.row.correctionNoticeOn ?? ctx.today,
      // 第三十二条: a notice after the five days does not undo acceptance from receipt; flag the case
      deemedAccepted: ctx.row.deemedAccepted || late,
    },
    payload: { correctionItems: ctx.input.correctionItems, late },
    notice: {
      title: '请补正材料',
      body: `办件 ${ctx.row.caseNumber ?? ''} 需补正 ${ctx.input.correctionItems?.length ?? 0} 项材料，详见一次性告知书`,
    },
  };
};

const resubmit: EffectFn = async (ctx) => ({
  set: {},
  payload: { materialsChecklist: ctx.input.materialsChecklist },
});

const refuse: EffectFn = async (ctx) => ({
  set: { decisionReasons: ctx.input.decisionReasons ?? null, decidedAt: ctx.now, decidedBy: ctx.actorId },
  payload: pick(ctx.input, ['decisionReasons']),
  notice: { title: '申请不予受理', body: `办件 ${ctx.row.caseNumber ?? ''} 不予受理，理由见不予受理通知书` },
});

const assign: EffectFn = async (ctx) => {
  const assignee = await staffOfOrg(ctx, ctx.input.assignee ?? '');
  return {
    set: { assigneeId: assignee.id },
    payload: { assignee: assignee.id, assigneeName: assignee.displayName },
  };
};

const claim: EffectFn = async (ctx) => ({ set: { assigneeId: ctx.actorId }, payload: {} });

const recordOpinion: EffectFn = async (ctx) => {
  requireAssignee(ctx);
  const step = ctx.guide.steps[ctx.row.stepIndex];
  const last = Math.max(ctx.guide.steps.length - 1, 0);
  return {
    set: { stepIndex: Math.min(ctx.row.stepIndex + 1, last), stepStartedOn: ctx.today },
    payload: { opinion: ctx.input.opinion, stepIndex: ctx.row.stepIndex, stepName: step?.name ?? null },
  };
};

const transfer: EffectFn = async (ctx) => {
  requireAssignee(ctx);
  const assignee = await staffOfOrg(ctx, ctx.input.assignee ?? '');
  if (assignee.id === ctx.row.assigneeId) {
    throw validationFailed([{ field: 'assignee', message: '新承办人与原承办人相同' }]);
  }
  return {
    set: { assigneeId: assignee.id },
    payload: {
      from: ctx.row.assigneeId,
      assignee: assignee.id,
      assigneeName: assignee.displayName,
      reason: ctx.input.reason,
    },
  };
};

const extend: EffectFn = async (ctx) => {
  const extension = ctx.input.extension;
  if (!extension || !ctx.row.legalDue) throw new AppError('CONFLICT', '办件尚无法定期限，不能延期');
  // 行政许可法 第四十二条: 经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人
  const decision = extensionAllowed({
    requested: { ...extension, approvedOn: ctx.today },
    granted: ctx.row.clock.extensions,
    maximum: ART_42_LIMITS.ordinary.maxExtension,
    legalDue: ctx.row.legalDue,
  });
  if (!decision.allowed) {
    throw validationFailed([{ field: 'extension', message: decision.message ?? '不能延期' }]);
  }
  const clock = {
    ...ctx.row.clock,
    extensions: [...ctx.row.clock.extensions, { ...extension, approvedOn: ctx.today }],
  };
  const set = reclock(ctx, clock);
  return {
    set,
    payload: { extension, reason: ctx.input.reason, legalDue: set.legalDue, promisedDue: set.promisedDue },
    notice: {
      title: '办理期限延长',
      body: `办件 ${ctx.row.caseNumber ?? ''} 经批准延长 ${extension.amount} 日，理由：${ctx.input.reason ?? ''}`,
    },
  };
};

const startSpecial: EffectFn = async (ctx) => {
  const pause: ClockPause & { name: string } = {
    from: ctx.today,
    kind: 'special_procedure',
    name: ctx.input.procedure?.name ?? '',
  };
  return {
    set: reclock(ctx, { ...ctx.row.clock, pauses: [...ctx.row.clock.pauses, pause] }),
    payload: { procedure: ctx.input.procedure },
    // 第四十五条: 行政机关应当将所需时间书面告知申请人
    notice: {
      title: '进入特别程序',
      body: `办件 ${ctx.row.caseNumber ?? ''} 进入${ctx.input.procedure?.name ?? '特别程序'}，所需时间不计入办理时限`,
    },
  };
};

const endSpecial: EffectFn = async (ctx) => {
  const pauses = ctx.row.clock.pauses.map((p) =>
    p.to === undefined && p.kind === 'special_procedure' ? { ...p, to: ctx.today } : p,
  );
  const set = reclock(ctx, { ...ctx.row.clock, pauses });
  return {
    set,
    payload: { comment: ctx.input.comment, legalDue: set.legalDue, promisedDue: set.promisedDue },
  };
};

const decide =
  (outcome: 'approved' | 'denied'): EffectFn =>
  async (ctx) => {
    if (ctx.role !== 'window_clerk') requireAssignee(ctx);
    // 告知承诺: a decision to approve on a commitment is verified afterwards (事后核查)
    const verificationDueOn = outcome === 'approved' ? await openVerificationTask(ctx) : null;
    return {
      set: {
        decision: outcome,
        decisionReasons: ctx.input.decisionReasons ?? null,
        decidedAt: ctx.now,
        decidedBy: ctx.actorId,
      },
      payload: {
        decision: outcome,
        decisionReasons: ctx.input.decisionReasons,
        ...(verificationDueOn ? { verificationDue: verificationDueOn } : {}),
      },
      notice: {
        title: outcome === 'approved' ? '准予办理' : '不予办理',
        body: `办件 ${ctx.row.caseNumber ?? ''} 已作出${outcome === 'approved' ? '准予' : '不予'}决定`,
      },
    };
  };

const issue: EffectFn = async (ctx) => ({
  set: {},
  payload: { result: ctx.guide.result.name },
  notice: {
    title: '办理结果已出具',
    body:
      ctx.row.deliveryPreference === 'download'
        ? `办件 ${ctx.row.caseNumber ?? ''} 的办理结果可在“我的办件”中下载`
        : `办件 ${ctx.row.caseNumber ?? ''} 的办理结果已出具，将按您选择的方式送达`,
  },
});

const deliver: EffectFn = async (ctx) => ({
  set: {
    deliveryMethod: ctx.input.deliveryMethod ?? null,
    delivery: pick(ctx.input, ['deliveryMethod', 'trackingNumber', 'signedReceipt']),
    deliveredAt: ctx.now,
  },
  payload: pick(ctx.input, ['deliveryMethod', 'trackingNumber', 'signedReceipt']),
  notice:
    ctx.input.deliveryMethod === 'post'
      ? {
          title: '结果已寄出',
          body: `办件 ${ctx.row.caseNumber ?? ''} 的结果已邮寄，单号 ${ctx.input.trackingNumber ?? ''}`,
        }
      : undefined,
});

const close: EffectFn = async (ctx) => ({ set: { closedAt: ctx.now }, payload: {} });

const withdraw: EffectFn = async (ctx) => ({ set: {}, payload: pick(ctx.input, ['comment']) });

const revoke: EffectFn = async (ctx) => ({
  set: {},
  payload: pick(ctx.input, ['reason']),
  notice: {
    title: '准予决定已撤销',
    body: `办件 ${ctx.row.caseNumber ?? ''}（${ctx.row.itemName}）的准予决定已撤销，理由：${ctx.input.reason ?? ''}`,
  },
});

const terminate: EffectFn = async (ctx) => ({
  set: {},
  payload: pick(ctx.input, ['reason']),
  notice: {
    title: '办件已终止',
    body: `办件 ${ctx.row.caseNumber ?? ''} 已终止办理，理由：${ctx.input.reason ?? ''}`,
  },
});

export const EFFECTS: Record<CaseAction, EffectFn> = {
  submit,
  accept,
  request_correction: requestCorrection,
  resubmit,
  refuse,
  assign,
  claim,
  record_opinion: recordOpinion,
  transfer,
  extend,
  start_special_procedure: startSpecial,
  end_special_procedure: endSpecial,
  approve: decide('approved'),
  deny: decide('denied'),
  issue,
  deliver,
  close,
  withdraw,
  terminate,
  revoke,
};
