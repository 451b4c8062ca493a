// The case lifecycle as ONE table (DESIGN.md "The case lifecycle"): state × action → state, who may do it,
// which inputs it needs and what its event records. Pure: the cases service loads the case (FOR UPDATE),
// calls decideTransition, then writes the new state and one event in the same transaction.
import {
  DELIVERY_METHODS,
  LIMIT_UNITS,
  type MissingMaterialHold,
  ROLE_LABELS,
  type StaffRole,
} from '@msb/contracts';

export const CASE_STATES = [
  'draft',
  'submitted',
  'awaiting_correction',
  'accepted',
  'refused',
  'in_review',
  'special_procedure',
  'approved',
  'denied',
  'result_issued',
  'delivered',
  'closed',
  'withdrawn',
  'terminated',
  'revoked',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_STATE_LABELS: Record<CaseState, string> = {
  draft: '草稿',
  submitted: '待受理',
  awaiting_correction: '待补正',
  accepted: '已受理',
  refused: '不予受理',
  in_review: '审查中',
  special_procedure: '特别程序中',
  approved: '准予办理',
  denied: '不予办理',
  result_issued: '结果已出具',
  delivered: '已送达',
  closed: '已归档',
  withdrawn: '已撤回',
  terminated: '已终止',
  revoked: '已撤销',
};

/**
 * States that allow nothing more. 'closed' (归档) is not among them: a decision made on a commitment
 * (告知承诺) is verified afterwards, usually once the case is archived, and a false commitment revokes it.
 */
export const TERMINAL_STATES = [
  'refused',
  'withdrawn',
  'terminated',
  'revoked',
] as const satisfies readonly CaseState[];

/**
 * 在办: not yet decided. "Any open state" in DESIGN.md (withdraw, terminate) means these. Once a decision is
 * made (行政许可法 第三十八条 written decision) the case is 办结 and only moves on to result, delivery and
 * archive: the applicant can no longer withdraw the application. Undoing an approval is the `revoke` row
 * below (撤销), from a decided state, never `withdraw` or `terminate`.
 */
export const OPEN_STATES = [
  'draft',
  'submitted',
  'awaiting_correction',
  'accepted',
  'in_review',
  'special_procedure',
] as const satisfies readonly CaseState[];

export function isOpen(state: CaseState): boolean {
  return OPEN_STATES.some((s) => s === state);
}

export function isTerminal(state: CaseState): boolean {
  return TERMINAL_STATES.some((s) => s === state);
}

export const CASE_ACTIONS = [
  'submit',
  'accept',
  'request_correction',
  'resubmit',
  'refuse',
  'assign',
  'claim',
  'record_opinion',
  'transfer',
  'extend',
  'start_special_procedure',
  'end_special_procedure',
  'approve',
  'deny',
  'issue',
  'deliver',
  'close',
  'withdraw',
  'terminate',
  'revoke',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CASE_ACTION_LABELS: Record<CaseAction, string> = {
  submit: '提交申请',
  accept: '受理',
  request_correction: '一次性告知补正',
  resubmit: '提交补正材料',
  refuse: '不予受理',
  assign: '分派承办人',
  claim: '认领',
  record_opinion: '填写审查意见',
  transfer: '转办',
  extend: '延长办理期限',
  start_special_procedure: '启动特别程序',
  end_special_procedure: '结束特别程序',
  approve: '作出准予决定',
  deny: '作出不予决定',
  issue: '出具办理结果',
  deliver: '送达',
  close: '归档',
  withdraw: '撤回申请',
  terminate: '终止办理',
  revoke: '撤销准予决定',
};

/**
 * Who acts on a case. `applicant` and `agent` (委托代理人, 行政许可法 第二十九条) are relations to the case that
 * the service resolves from the signed-in citizen or enterprise; `system` is the platform itself (收件即受理
 * online, acceptance deemed by 第三十二条第一款第（四）项, electronic delivery, automatic archiving).
 */
export type ActorRole = 'applicant' | 'agent' | StaffRole | 'system';

export function actorLabel(role: ActorRole): string {
  switch (role) {
    case 'applicant':
      return '申请人';
    case 'agent':
      return '委托代理人';
    case 'system':
      return '系统';
    default:
      return ROLE_LABELS[role];
  }
}

export const TRANSITION_INPUTS = [
  'comment',
  'reason',
  'materialsChecklist',
  'correctionItems',
  'opinion',
  'decisionReasons',
  'extension',
  'procedure',
  'deliveryMethod',
  'trackingNumber',
  'signedReceipt',
  'assignee',
  'missingMaterials',
] as const;
export type TransitionInput = (typeof TRANSITION_INPUTS)[number];

export const TRANSITION_INPUT_LABELS: Record<TransitionInput, string> = {
  comment: '情况说明',
  reason: '理由',
  materialsChecklist: '材料核验清单',
  correctionItems: '补正事项清单',
  opinion: '审查意见',
  decisionReasons: '决定理由',
  extension: '延长期限',
  procedure: '特别程序名称及所需时间',
  deliveryMethod: '送达方式',
  trackingNumber: '邮寄单号',
  signedReceipt: '签收回执',
  assignee: '承办人',
  missingMaterials: '容缺材料及补交期限',
};

/**
 * Facts of the case that block a row although state, role and inputs allow it; each answers with the
 * reason in Chinese (409). The service gathers the facts into TransitionContext.
 */
export const TRANSITION_GUARDS = [
  'missing_before_decision',
  'missing_before_result',
  'approval_only',
] as const;
export type TransitionGuard = (typeof TRANSITION_GUARDS)[number];

export interface Transition {
  /** a state, or 'open' for every state in OPEN_STATES */
  from: CaseState | 'open';
  action: CaseAction;
  /** 'same' keeps the state (an event is still recorded) */
  to: CaseState | 'same';
  roles: readonly ActorRole[];
  requires: readonly TransitionInput[];
  /** inputs the row takes when given (checked for shape; the effect validates their content) */
  optional?: readonly TransitionInput[];
  /** facts of the case that block the row (TRANSITION_GUARDS) */
  blockedBy?: readonly TransitionGuard[];
  /** inputs needed only when another input has a given value */
  requiresWhen?: readonly { input: TransitionInput; equals: string; requires: readonly TransitionInput[] }[];
  /** only for 即办件 (TransitionContext.instantItem) */
  instantOnly?: true;
  /** what the event records, in Chinese */
  records: string;
  law?: string;
}

const BACK_OFFICE: readonly ActorRole[] = ['approver', 'chief_representative'];
const FRONT_DESK: readonly ActorRole[] = ['window_clerk', 'chief_representative'];
const FILERS: readonly ActorRole[] = ['applicant', 'agent', 'proxy_agent'];
const DELIVERY_RULES: Transition['requiresWhen'] = [
  { input: 'deliveryMethod', equals: 'window', requires: ['signedReceipt'] },
  { input: 'deliveryMethod', equals: 'post', requires: ['trackingNumber'] },
];

export const TRANSITIONS: readonly Transition[] = [
  {
    from: 'draft',
    action: 'submit',
    to: 'submitted',
    // system: a 一件事 member that waited for another member's approval is submitted by the platform
    roles: [...FILERS, 'system'],
    requires: [],
    records: '提交申请：记录提交渠道与申请材料，以提交时间为收件时间（补正告知期限自收件起算）',
    law: '行政许可法 第二十九条、第三十三条',
  },
  {
    from: 'submitted',
    action: 'accept',
    to: 'accepted',
    // system: 收件即受理 online (seed 001 二(二)2) and acceptance deemed when no 补正 notice came in time
    roles: [...FRONT_DESK, 'system'],
    requires: ['materialsChecklist'],
    optional: ['missingMaterials'],
    records:
      '受理：记录材料核验清单（容缺受理另记容缺材料及补交期限，告知承诺另记承诺书），出具加盖专用印章并注明日期的受理凭证；办理时限自受理之日起算',
    law: '行政许可法 第三十二条',
  },
  {
    from: 'submitted',
    action: 'request_correction',
    to: 'awaiting_correction',
    roles: FRONT_DESK,
    requires: ['correctionItems'],
    records: '一次性告知补正：记录需要补正的全部内容，出具补正告知书（当场或者五日内一次告知）',
    law: '行政许可法 第三十二条第一款第（四）项',
  },
  {
    from: 'submitted',
    action: 'refuse',
    to: 'refused',
    roles: FRONT_DESK,
    requires: ['decisionReasons'],
    records:
      '不予受理：记录理由，出具加盖专用印章并注明日期的不予受理书面凭证；不属本机关职权范围的，告知向有关行政机关申请；告知申请行政复议或者提起行政诉讼的权利',
    law: '行政许可法 第三十二条、第三十八条第二款',
  },
  {
    from: 'awaiting_correction',
    action: 'resubmit',
    to: 'submitted',
    roles: [...FILERS, 'window_clerk'],
    requires: ['materialsChecklist'],
    records: '提交补正材料：记录补交的材料清单，回到待受理重新核验',
    law: '行政许可法 第三十二条第一款第（五）项',
  },
  {
    from: 'accepted',
    action: 'assign',
    to: 'in_review',
    roles: ['chief_representative'],
    requires: ['assignee'],
    records: '分派承办人：记录分派人与后台承办人',
  },
  {
    from: 'accepted',
    action: 'claim',
    to: 'in_review',
    roles: BACK_OFFICE,
    requires: [],
    records: '认领：记录认领人为承办人',
  },
  {
    from: 'accepted',
    action: 'approve',
    to: 'approved',
    roles: FRONT_DESK,
    requires: ['decisionReasons'],
    instantOnly: true,
    blockedBy: ['missing_before_decision'],
    records:
      '即办件当场准予：首席代表或经部门授权的综合窗口当场作出书面决定，记录决定理由（seed 003 五(三)）',
    law: '行政许可法 第三十四条第二款、第三十八条第一款',
  },
  {
    from: 'accepted',
    action: 'deny',
    to: 'denied',
    roles: FRONT_DESK,
    requires: ['decisionReasons'],
    instantOnly: true,
    blockedBy: ['missing_before_decision'],
    records: '即办件当场不予：作出书面决定，说明理由并告知申请人依法申请行政复议或者提起行政诉讼的权利',
    law: '行政许可法 第三十四条第二款、第三十八条第二款',
  },
  {
    from: 'in_review',
    action: 'record_opinion',
    to: 'same',
    roles: BACK_OFFICE,
    requires: ['opinion'],
    records: '填写审查意见：记录本环节的审查意见、经办人与时间（实质核查由两名以上工作人员进行）',
    law: '行政许可法 第三十四条第三款',
  },
  {
    from: 'in_review',
    action: 'transfer',
    to: 'same',
    roles: BACK_OFFICE,
    requires: ['assignee', 'reason'],
    records: '转办：记录原承办人、新承办人与转办理由；办理时限不因转办重新计算',
  },
  {
    from: 'in_review',
    action: 'extend',
    to: 'same',
    // 第四十二条: 经本行政机关负责人批准 — the chief representative holds the department's delegated authority
    roles: ['chief_representative'],
    requires: ['extension', 'reason'],
    records: '延长办理期限：记录延长期限、批准人与理由，并将延长理由告知申请人；新的到期日由时限规则计算',
    law: '行政许可法 第四十二条',
  },
  {
    from: 'in_review',
    action: 'start_special_procedure',
    to: 'special_procedure',
    roles: BACK_OFFICE,
    requires: ['procedure'],
    records:
      '启动特别程序：记录程序名称（听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审等）与所需时间，书面告知申请人；期间不计入办理时限',
    law: '行政许可法 第四十五条',
  },
  {
    from: 'special_procedure',
    action: 'end_special_procedure',
    to: 'in_review',
    roles: BACK_OFFICE,
    requires: ['comment'],
    records: '结束特别程序：记录结束时间与结果说明，办理时限恢复计算',
    law: '行政许可法 第四十五条',
  },
  {
    from: 'in_review',
    action: 'approve',
    to: 'approved',
    roles: BACK_OFFICE,
    requires: ['decisionReasons'],
    blockedBy: ['missing_before_decision'],
    records: '作出准予决定：记录决定理由，出具准予的书面决定',
    law: '行政许可法 第三十八条第一款',
  },
  {
    from: 'in_review',
    action: 'deny',
    to: 'denied',
    roles: BACK_OFFICE,
    requires: ['decisionReasons'],
    blockedBy: ['missing_before_decision'],
    records: '作出不予决定：出具书面决定，说明理由并告知申请人依法申请行政复议或者提起行政诉讼的权利',
    law: '行政许可法 第三十八条第二款',
  },
  {
    from: 'approved',
    action: 'issue',
    to: 'result_issued',
    roles: [...BACK_OFFICE, 'output_clerk'],
    requires: [],
    blockedBy: ['missing_before_result'],
    records: '出具办理结果：制作加盖印章的许可证件或其他办理结果（电子证照同时签发），自作出决定之日起十日内',
    law: '行政许可法 第四十四条',
  },
  {
    from: 'result_issued',
    action: 'deliver',
    to: 'delivered',
    roles: ['output_clerk', 'system'],
    requires: ['deliveryMethod'],
    requiresWhen: DELIVERY_RULES,
    records: '送达办理结果：记录送达方式；窗口领取记录签收回执，邮寄记录邮寄单号，电子送达记录下载时间',
    law: 'seed 000 二(六)：统一窗口出件，办理结果通过现场或邮寄方式一次送达',
  },
  {
    from: 'denied',
    action: 'deliver',
    to: 'delivered',
    roles: ['output_clerk', 'system'],
    requires: ['deliveryMethod'],
    requiresWhen: DELIVERY_RULES,
    records: '送达不予决定书：记录送达方式；窗口领取记录签收回执，邮寄记录邮寄单号，电子送达记录下载时间',
    law: '行政许可法 第三十八条第二款',
  },
  {
    from: 'delivered',
    action: 'close',
    to: 'closed',
    roles: ['output_clerk', 'system'],
    requires: [],
    records: '归档：办件归档，事件链封存，申请人可对本次办理进行评价',
  },
  {
    from: 'open',
    action: 'withdraw',
    to: 'withdrawn',
    roles: ['applicant', 'agent'],
    requires: [],
    records: '撤回申请：记录撤回人与说明（如有）；已交材料按规定退还或归档',
  },
  {
    from: 'open',
    action: 'terminate',
    to: 'terminated',
    // system: a 容缺 material past its due date, where the item's rule says terminate (onExpiry)
    roles: ['window_clerk', ...BACK_OFFICE, 'system'],
    requires: ['reason'],
    records: '终止办理：记录终止理由并告知申请人（容缺材料逾期未补交且事项规定终止的，由系统终止）',
  },
  // 撤销: a decision to approve is undone, e.g. when the 事后核查 of a 告知承诺 finds the commitment false
  // (seed 001: 明确承诺内容、法律责任、监管细则). The article of the licensing law on 撤销 is not among those the
  // reference facts confirm (domain-facts §1), so no article is cited here.
  ...(['approved', 'result_issued', 'delivered', 'closed'] as const).map(
    (from): Transition => ({
      from,
      action: 'revoke',
      to: 'revoked',
      roles: BACK_OFFICE,
      requires: ['reason'],
      blockedBy: ['approval_only'],
      records:
        '撤销准予决定：记录撤销理由与撤销人并书面告知申请人；因告知承诺不实撤销的，同时记录申请人的信用记录',
      law: 'seed 001：告知承诺须明确承诺内容、法律责任、监管细则',
    }),
  ),
];

/** Facts about the case's item that some transitions depend on. */
export interface TransitionContext {
  /** 即办件: decidable on the spot (行政许可法 第三十四条第二款) */
  instantItem?: boolean;
  /** 容缺 materials accepted as missing and not yet supplied */
  openMissingMaterials?: number;
  /** what open 容缺 materials hold back, by the item's rule (decision, or only the result) */
  missingHoldUntil?: MissingMaterialHold;
  /** the decision on the case, once made */
  decision?: 'approved' | 'denied' | null;
}

/** Why a guard blocks the row in this context, or null when it does not. */
export function guardBlocks(guard: TransitionGuard, context: TransitionContext): string | null {
  const open = context.openMissingMaterials ?? 0;
  switch (guard) {
    case 'missing_before_decision':
      return open > 0 && (context.missingHoldUntil ?? 'decision') === 'decision'
        ? `容缺受理的材料尚有 ${open} 项未补齐，补齐并核验前不能作出决定`
        : null;
    case 'missing_before_result':
      return open > 0 ? `容缺受理的材料尚有 ${open} 项未补齐，补齐并核验前暂不出具办理结果` : null;
    case 'approval_only':
      return context.decision === 'approved' ? null : '只有准予决定可以撤销';
    default: {
      const unreachable: never = guard;
      return unreachable;
    }
  }
}

export type TransitionDecision =
  | { ok: true; to: CaseState; transition: Transition }
  | {
      ok: false;
      code: 'INVALID_TRANSITION' | 'FORBIDDEN' | 'VALIDATION_FAILED' | 'CONFLICT';
      message: string;
      missing?: string[];
    };

/** The row for (state, action), if the lifecycle has one. */
export function findTransition(state: CaseState, action: CaseAction): Transition | undefined {
  return TRANSITIONS.find(
    (t) => t.action === action && (t.from === state || (t.from === 'open' && isOpen(state))),
  );
}

/** May `actor` do `action` to a case in `state` with `input`? Changes nothing; the service applies the answer. */
export function decideTransition(
  state: CaseState,
  action: CaseAction,
  actor: { role: ActorRole },
  input: Record<string, unknown>,
  context: TransitionContext = {},
): TransitionDecision {
  const where = `“${CASE_STATE_LABELS[state]}”状态下`;
  const what = `“${CASE_ACTION_LABELS[action]}”`;
  const transition = findTransition(state, action);
  if (!transition) {
    return { ok: false, code: 'INVALID_TRANSITION', message: `${where}不能执行${what}` };
  }
  if (transition.instantOnly && !context.instantItem) {
    return {
      ok: false,
      code: 'INVALID_TRANSITION',
      message: `${where}不能执行${what}：只有即办件可以在受理后当场决定，其他办件须先分派审查`,
    };
  }
  if (!transition.roles.includes(actor.role)) {
    return { ok: false, code: 'FORBIDDEN', message: `${actorLabel(actor.role)}无权在${where}执行${what}` };
  }
  for (const guard of transition.blockedBy ?? []) {
    const reason = guardBlocks(guard, context);
    if (reason) return { ok: false, code: 'CONFLICT', message: `${where}不能执行${what}：${reason}` };
  }
  const missing = missingInputs(transition, input);
  if (missing.length > 0) {
    const names = missing.map((m) => TRANSITION_INPUT_LABELS[m]).join('、');
    return {
      ok: false,
      code: 'VALIDATION_FAILED',
      message: `${where}执行${what}，缺少或不符合要求：${names}`,
      missing,
    };
  }
  return { ok: true, to: transition.to === 'same' ? state : transition.to, transition };
}

export interface AvailableAction {
  action: CaseAction;
  label: string;
  to: CaseState;
  requires: readonly TransitionInput[];
}

/** What a user with `role` may do now, for the buttons of the case page. */
export function availableActions(
  state: CaseState,
  role: ActorRole,
  context: TransitionContext = {},
): AvailableAction[] {
  return CASE_ACTIONS.flatMap((action) => {
    const t = findTransition(state, action);
    if (!t?.roles.includes(role) || (t.instantOnly && !context.instantItem)) return [];
    if ((t.blockedBy ?? []).some((g) => guardBlocks(g, context) !== null)) return [];
    return [
      { action, label: CASE_ACTION_LABELS[action], to: t.to === 'same' ? state : t.to, requires: t.requires },
    ];
  });
}

/** Required inputs (unconditional, then conditional) that are absent or malformed, in table order. */
export function missingInputs(transition: Transition, input: Record<string, unknown>): TransitionInput[] {
  const needed = [...transition.requires];
  for (const rule of transition.requiresWhen ?? []) {
    if (input[rule.input] === rule.equals) needed.push(...rule.requires);
  }
  // an optional input is checked only when given
  for (const key of transition.optional ?? []) if (input[key] !== undefined) needed.push(key);
  return needed.filter((key, i) => needed.indexOf(key) === i && !INPUT_CHECKS[key](input[key]));
}

const isText = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;
const isNonEmptyList = (v: unknown): boolean => Array.isArray(v) && v.length > 0;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
// { amount, unit }: the TimeLimit shape of the catalogue; 工作日 unless a law says otherwise (第八十二条)
const isDuration = (v: unknown): boolean =>
  isRecord(v) &&
  typeof v.amount === 'number' &&
  Number.isInteger(v.amount) &&
  v.amount >= 1 &&
  LIMIT_UNITS.some((u) => u === v.unit);

const INPUT_CHECKS: Record<TransitionInput, (v: unknown) => boolean> = {
  comment: isText,
  reason: isText,
  materialsChecklist: isNonEmptyList,
  // 第三十二条第一款第（四）项: one notice naming every correction, so never an empty list
  correctionItems: isNonEmptyList,
  opinion: isText,
  decisionReasons: isText,
  // the legal maximum (第四十二条: 10 日, 联合办理 15 日) depends on the item; the deadline rules check it
  extension: isDuration,
  // 第四十五条: the applicant is told in writing how long the procedure takes
  procedure: (v) => isRecord(v) && isText(v.name) && isDuration(v.duration),
  deliveryMethod: (v) => DELIVERY_METHODS.some((m) => m === v),
  trackingNumber: isText,
  signedReceipt: isText,
  assignee: isText,
  // 容缺: [{ materialId, dueWorkdays? }]; which materials may be missing is the guide's (missing-materials.ts)
  missingMaterials: (v) =>
    Array.isArray(v) &&
    v.every(
      (e) =>
        isRecord(e) &&
        isText(e.materialId) &&
        (e.dueWorkdays === undefined || (Number.isInteger(e.dueWorkdays) && Number(e.dueWorkdays) >= 1)),
    ),
};

/** Where a case starts (DESIGN.md: window intake creates the case already submitted). */
export const INTAKE_CHANNELS = ['web', 'phone', 'window', 'kiosk', 'proxy'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

/**
 * The state a new case is created in. At the window the clerk receives the materials (收件), so the case is
 * `submitted`; everywhere else (portal, 蒙速办 app, hall kiosk, a 帮办代办 agent filling in for the applicant)
 * it starts as a `draft` that `submit` files. For 收件即受理 items the service applies `accept` in the same
 * transaction — by the window clerk, or by `system` online — so the acceptance is still one recorded event.
 */
export function intakeState(channel: IntakeChannel): 'draft' | 'submitted' {
  switch (channel) {
    case 'window':
      return 'submitted';
    case 'web':
    case 'phone':
    case 'kiosk':
    case 'proxy':
      return 'draft';
    default: {
      const unreachable: never = channel;
      return unreachable;
    }
  }
}
