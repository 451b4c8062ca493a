// Presenters: what a case looks like to the one asking. Personal ID numbers are masked in every view; the
// applicant never sees internal review opinions; the available actions come from the transition table.
import {
  applicableMaterials,
  DELIVERY_LABELS,
  type Guide,
  labelOf,
  type SituationAnswers,
} from '@msb/contracts';
import type { Config } from '../../config.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import { isBlankOrPlaceholder } from '../catalog/domain/text-checks.ts';
import { findDataElement } from '../forms/domain/data-elements.ts';
import { toJsonSchema } from '../forms/domain/form-schema.ts';
import { applicationFormOf } from '../forms/domain/item-form.ts';
import { maskIdNumber, maskMobile } from '../identity/domain/mask.ts';
import { chinaDate, clockOf } from './case-clock.ts';
import {
  type CommitmentRow,
  type CreditMarkRow,
  type MissingMaterialRow,
  missingContext,
  type VerificationTaskRow,
} from './case-obligations.repo.ts';
import type { CaseEventRow, CaseMaterialRow, CaseRow } from './cases.repo.ts';
import { CREDIT_MARK_LABELS } from './domain/commitment.ts';
import {
  type ActorRole,
  actorLabel,
  availableActions,
  CASE_ACTION_LABELS,
  CASE_STATE_LABELS,
  type CaseAction,
  type CaseState,
  type IntakeChannel,
} from './domain/transitions.ts';

export const CASE_CHANNEL_LABELS: Record<IntakeChannel, string> = {
  web: '网上办理',
  phone: '掌上办理',
  window: '窗口受理',
  kiosk: '自助终端',
  proxy: '帮办代办',
};

/** Events whose content stays inside the administration (internal review). */
const INTERNAL_ACTIONS = new Set<string>(['record_opinion', 'transfer', 'assign', 'claim']);

export function maskFormData(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      typeof value === 'string' && findDataElement(key)?.format === 'idNumber' ? maskIdNumber(value) : value,
    ]),
  );
}

export interface ClockSummary {
  legalDue: string;
  promisedDue: string;
  originalLegalDue: string;
  originalPromisedDue: string;
  pausedWorkdays: number;
  remainingWorkdays: number;
  warning: 'normal' | 'yellow' | 'red';
  clockStopped: boolean;
  legalOverdue: boolean;
}

/** The identity facts the platform holds (registration, real-name record): a form shows them, never edits them. */
const HELD_FACT_KEYS: readonly string[] = [
  'applicant.name',
  'applicant.idNumber',
  'enterprise.name',
  'enterprise.creditCode',
  'enterprise.legalRepresentative.name',
  'enterprise.legalRepresentative.idNumber',
];

export function heldFacts(keys: readonly string[]): string[] {
  return keys.filter((k) => HELD_FACT_KEYS.includes(k));
}

/** What a case's clock is read from. */
export type ClockRow = Pick<
  CaseRow,
  | 'acceptedOn'
  | 'closedAt'
  | 'decidedAt'
  | 'legalDue'
  | 'promisedDue'
  | 'originalLegalDue'
  | 'originalPromisedDue'
  | 'pausedWorkdays'
  | 'legalLimit'
  | 'promisedLimit'
  | 'clock'
>;

export function clockSummary(
  calendar: WorkingCalendar,
  config: Config,
  row: ClockRow,
  now: Date,
): ClockSummary | null {
  if (!row.acceptedOn || row.closedAt) {
    return row.legalDue && row.promisedDue
      ? {
          legalDue: row.legalDue,
          promisedDue: row.promisedDue,
          originalLegalDue: row.originalLegalDue ?? row.legalDue,
          originalPromisedDue: row.originalPromisedDue ?? row.promisedDue,
          pausedWorkdays: row.pausedWorkdays,
          remainingWorkdays: 0,
          warning: 'normal',
          clockStopped: false,
          legalOverdue: false,
        }
      : null;
  }
  const decided = row.decidedAt !== null;
  const view = clockOf(calendar, config, row, chinaDate(decided && row.decidedAt ? row.decidedAt : now));
  if (!view) return null;
  return {
    legalDue: view.legalDue,
    promisedDue: view.promisedDue,
    originalLegalDue: view.originalLegalDue,
    originalPromisedDue: view.originalPromisedDue,
    pausedWorkdays: view.pausedWorkdays,
    remainingWorkdays: view.remainingWorkdays,
    // the clock stops with the decision: a decided case is judged on the day it was decided
    warning: decided && view.warning !== 'red' ? 'normal' : view.warning,
    clockStopped: view.clockStopped,
    legalOverdue: view.legalOverdue,
  };
}

/** 第三十二条: submitted, no correction notice, and the five working days are over. */
export function art32Overdue(row: CaseRow, today: string): boolean {
  return (
    (row.state === 'submitted' || row.deemedAccepted) &&
    row.correctionNoticeOn === null &&
    row.correctionDue !== null &&
    today > row.correctionDue
  );
}

export interface ViewContext {
  calendar: WorkingCalendar;
  config: Config;
  now: Date;
  guide: Guide;
  /** roles the viewer may act in on this case */
  roles: readonly ActorRole[];
  isParty: boolean;
  orgName: string;
  assigneeName: string | null;
  applicantIdMasked: string | null;
  creditCode: string | null;
  /** 容缺 materials, the signed 告知承诺, its 事后核查, the applicant's credit marks (staff only) */
  obligations: CaseObligations;
}

export interface CaseObligations {
  missing: MissingMaterialRow[];
  commitment: CommitmentRow | undefined;
  verification: VerificationTaskRow | undefined;
  creditMarks: CreditMarkRow[];
}

export function presentCase(
  row: CaseRow,
  materials: CaseMaterialRow[],
  events: CaseEventRow[],
  ctx: ViewContext,
) {
  const today = chinaDate(ctx.now);
  const guide = ctx.guide;
  const answers = row.situation as SituationAnswers;
  const form = applicationFormOf(guide, row.applicantKind);
  const { obligations } = ctx;
  const context = {
    instantItem: row.instant,
    decision: row.decision,
    ...missingContext(obligations.missing),
  };
  const actions = uniqueActions(ctx.roles.flatMap((role) => availableActions(row.state, role, context)));
  const staffView = !ctx.isParty;
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    state: row.state,
    stateLabel: CASE_STATE_LABELS[row.state],
    itemName: row.itemName,
    implementationId: row.implementationId,
    versionId: row.versionId,
    maturity: row.maturity,
    instant: row.instant,
    channel: row.channel,
    channelLabel: CASE_CHANNEL_LABELS[row.channel as IntakeChannel] ?? row.channel,
    org: { id: row.orgId, name: ctx.orgName },
    regionCode: row.regionCode,
    applicant: {
      kind: row.applicantKind,
      name: row.applicantName,
      idNumberMasked: ctx.applicantIdMasked,
      creditCode: ctx.creditCode,
      personId: row.applicantPersonId,
      enterpriseId: row.applicantEnterpriseId,
    },
    filedByAgent: row.agentPersonId !== null,
    contactMobile: maskMobile(row.contactMobile),
    formData: maskFormData(row.formData),
    form: {
      schema: toJsonSchema(form),
      /** facts the platform holds: shown, not editable */
      readOnly: heldFacts(form.fields.map((f) => f.key)),
    },
    situation: row.situation,
    situations: guide.situations,
    deliveryPreference: row.deliveryPreference,
    deliveryOptions: guide.delivery.map((d) => ({ value: d, label: labelOf(DELIVERY_LABELS, d) })),
    postalAddress: row.postalAddress,
    receivedAt: row.receivedAt?.toISOString() ?? null,
    acceptedOn: row.acceptedOn,
    correctionDue: row.correctionDue,
    correctionNoticeOn: row.correctionNoticeOn,
    deemedAccepted: row.deemedAccepted,
    art32Overdue: art32Overdue(row, today),
    clock: clockSummary(ctx.calendar, ctx.config, row, ctx.now),
    assignee: row.assigneeId ? { id: row.assigneeId, name: ctx.assigneeName ?? '' } : null,
    step: {
      index: row.stepIndex,
      name: guide.steps[row.stepIndex]?.name ?? null,
      count: guide.steps.length,
      names: guide.steps.map((s) => s.name),
    },
    decision: row.decision,
    decisionReasons: row.decisionReasons,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    /** 一件事: the bundle case this case is a member of */
    bundle: row.bundleCaseId ? { id: row.bundleCaseId } : null,
    deliveryMethod: row.deliveryMethod,
    delivery: row.delivery,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    materials: materials.map((m) => ({
      id: m.id,
      materialId: m.materialId,
      name: m.name,
      source: m.source,
      fileName: m.fileName,
      status: m.status,
      originalSeen: m.originalSeen,
      copies: m.copies,
      note: m.note,
      addedAt: m.addedAt.toISOString(),
      downloadUrl: m.fileSha256 ? `/api/cases/${row.id}/materials/${m.id}/file` : null,
    })),
    checklist: applicableMaterials(guide, answers).map((m) => ({
      materialId: m.id,
      name: m.name,
      requirement: m.requirement,
      originals: m.originals,
      copies: m.copies,
      allowMissing: m.allowMissing,
      isForm: m.isForm,
      provided: materials.some((r) => r.materialId === m.id && r.status !== 'rejected'),
    })),
    specialProcedures: guide.specialProcedures.map((p) => ({ name: p.name, maxDuration: p.maxDuration })),
    events: events.map((e) =>
      presentEvent(e, ctx.isParty && ctx.roles.every((r) => r === 'applicant' || r === 'agent')),
    ),
    actions,
    documents: caseDocuments(row),
    missingMaterials: obligations.missing.map((m) => presentMissing(m, today)),
    commitment: obligations.commitment
      ? {
          signerName: obligations.commitment.signerName,
          signerRole: obligations.commitment.signerRole,
          signedAt: obligations.commitment.signedAt.toISOString(),
          materialIds: obligations.commitment.materialIds,
          pdfUrl: `/api/cases/${row.id}/commitment/pdf`,
        }
      : null,
    commitmentOffered: guide.commitment !== undefined && !isBlankOrPlaceholder(guide.commitment.text),
    verification: obligations.verification ? presentTask(obligations.verification, today) : null,
    // what the window weighs for 容缺 and 告知承诺 (seed 000: 根据申请人信用状况); not shown to the applicant here
    creditMarks: staffView
      ? obligations.creditMarks.map((m) => ({
          kind: m.kind,
          label: CREDIT_MARK_LABELS[m.kind],
          caseId: m.caseId,
          note: m.note,
          recordedAt: m.recordedAt.toISOString(),
        }))
      : [],
  };
}

const MISSING_STATUS_LABELS = {
  open: '待补交',
  uploaded: '已上传，待核验',
  supplied: '已补交',
  expired: '逾期未补交',
} as const;

function presentMissing(m: MissingMaterialRow, today: string) {
  const status = m.suppliedAt ? 'supplied' : m.uploadedAt ? 'uploaded' : m.expiredAt ? 'expired' : 'open';
  return {
    materialId: m.materialId,
    name: m.name,
    dueWorkdays: m.dueWorkdays,
    dueOn: m.dueOn,
    overdue: status !== 'supplied' && today > m.dueOn,
    status,
    statusLabel: MISSING_STATUS_LABELS[status],
    holdUntil: m.holdUntil,
    onExpiry: m.onExpiry,
    remindedAt: m.remindedAt?.toISOString() ?? null,
    suppliedAt: m.suppliedAt?.toISOString() ?? null,
    expiredAt: m.expiredAt?.toISOString() ?? null,
    expiryAction: m.expiryAction,
  };
}

export type CaseView = ReturnType<typeof presentCase>;

function uniqueActions<T extends { action: CaseAction }>(list: T[]): T[] {
  return list.filter((a, i) => list.findIndex((b) => b.action === a.action) === i);
}

function presentEvent(e: CaseEventRow, forApplicant: boolean) {
  const internal = forApplicant && INTERNAL_ACTIONS.has(e.action);
  return {
    seq: e.seq,
    at: e.at.toISOString(),
    actorRole: e.actorRole,
    actorLabel: actorLabel(e.actorRole as ActorRole),
    action: e.action,
    actionLabel:
      e.action === 'create' ? '创建办件' : (CASE_ACTION_LABELS[e.action as CaseAction] ?? e.action),
    fromState: e.fromState,
    toState: e.toState,
    toStateLabel: CASE_STATE_LABELS[e.toState as CaseState] ?? e.toState,
    comment: internal ? null : e.comment,
    payload: internal ? {} : e.payload,
  };
}

export type CaseDocumentKind = 'receipt' | 'correction' | 'refusal' | 'decision';

export const CASE_DOCUMENT_LABELS: Record<CaseDocumentKind, string> = {
  receipt: '受理凭证',
  correction: '补正材料一次性告知书',
  refusal: '不予受理通知书',
  decision: '行政许可决定书',
};

/** The notices this case has, as PDF links. */
export function caseDocuments(row: CaseRow): { kind: CaseDocumentKind; label: string; url: string }[] {
  const kinds: CaseDocumentKind[] = [];
  if (row.acceptedAt) kinds.push('receipt');
  if (row.correctionNoticeOn) kinds.push('correction');
  if (row.state === 'refused') kinds.push('refusal');
  if (row.decision) kinds.push('decision');
  return kinds.map((kind) => ({
    kind,
    label: CASE_DOCUMENT_LABELS[kind],
    url: `/api/cases/${row.id}/documents/${kind}.pdf`,
  }));
}

export const VERIFICATION_STATUS_LABELS: Record<VerificationTaskRow['status'], string> = {
  open: '待核查',
  confirmed: '核查属实',
  false: '承诺不实',
};

export function presentTask(task: VerificationTaskRow, today: string) {
  return {
    id: task.id,
    caseId: task.caseId,
    dueOn: task.dueOn,
    overdue: task.status === 'open' && today > task.dueOn,
    status: task.status,
    statusLabel: VERIFICATION_STATUS_LABELS[task.status],
    findings: task.findings,
    createdAt: task.createdAt.toISOString(),
    decidedAt: task.decidedAt?.toISOString() ?? null,
  };
}
