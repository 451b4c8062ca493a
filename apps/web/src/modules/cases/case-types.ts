// Shapes of the case API's requests and responses (apps/api/src/modules/cases/case-views.ts `presentCase`,
// case-queries.service.ts, identity/people.schemas.ts, messages/messages.routes.ts), written by hand.
// ---------------------------------------------------------------------------------------------------------
import type {
  CaseCommitmentView,
  CreditMarkView,
  MissingMaterialView,
  VerificationTaskView,
} from './obligation-types.ts';

export type CaseState =
  | 'draft'
  | 'submitted'
  | 'awaiting_correction'
  | 'accepted'
  | 'refused'
  | 'in_review'
  | 'special_procedure'
  | 'approved'
  | 'denied'
  | 'result_issued'
  | 'delivered'
  | 'closed'
  | 'withdrawn'
  | 'terminated'
  | 'revoked';

export type CaseAction =
  | 'submit'
  | 'accept'
  | 'request_correction'
  | 'resubmit'
  | 'refuse'
  | 'assign'
  | 'claim'
  | 'record_opinion'
  | 'transfer'
  | 'extend'
  | 'start_special_procedure'
  | 'end_special_procedure'
  | 'approve'
  | 'deny'
  | 'issue'
  | 'deliver'
  | 'close'
  | 'withdraw'
  | 'terminate'
  | 'revoke';

export type DeliveryMethod = 'window' | 'post' | 'download';
export type IntakeChannel = 'web' | 'phone' | 'window' | 'kiosk' | 'proxy';
export type ClockWarning = 'normal' | 'yellow' | 'red';
export type DurationInput = { amount: number; unit: 'workday' | 'natural' };

/** A JSON Schema object as the API sends it (draft-07, flat dotted property keys). */
export type JsonSchemaObject = { [keyword: string]: unknown };

export interface ClockView {
  legalDue: string;
  promisedDue: string;
  originalLegalDue: string;
  originalPromisedDue: string;
  pausedWorkdays: number;
  remainingWorkdays: number;
  warning: ClockWarning;
  clockStopped: boolean;
  legalOverdue: boolean;
}

export interface CaseMaterialView {
  id: string;
  materialId: string;
  name: string;
  source: string;
  fileName: string | null;
  status: string;
  originalSeen: boolean | null;
  copies: number | null;
  note: string | null;
  addedAt: string;
  downloadUrl: string | null;
}

export interface ChecklistEntryView {
  materialId: string;
  name: string;
  requirement: 'required' | 'conditional' | 'optional';
  originals: number;
  copies: number;
  allowMissing: boolean;
  isForm: boolean;
  provided: boolean;
}

export interface SituationView {
  id: string;
  question: string;
  multiple: boolean;
  options: { id: string; label: string }[];
}

export interface CaseEventView {
  seq: number;
  at: string;
  actorRole: string;
  actorLabel: string;
  action: string;
  actionLabel: string;
  fromState: string | null;
  toState: string;
  toStateLabel: string;
  comment: string | null;
  payload: Record<string, unknown>;
}

export interface AvailableActionView {
  action: CaseAction;
  label: string;
  to: CaseState;
  requires: string[];
}

export type CaseDocumentKind = 'receipt' | 'correction' | 'refusal' | 'decision';
export interface CaseDocumentView {
  kind: CaseDocumentKind;
  label: string;
  url: string;
}

export interface CaseView {
  id: string;
  caseNumber: string | null;
  state: CaseState;
  stateLabel: string;
  itemName: string;
  implementationId: string;
  versionId: string;
  maturity: string;
  instant: boolean;
  channel: IntakeChannel;
  channelLabel: string;
  org: { id: string; name: string };
  regionCode: string;
  applicant: {
    kind: 'person' | 'enterprise';
    name: string;
    idNumberMasked: string | null;
    creditCode: string | null;
    personId: string | null;
    enterpriseId: string | null;
  };
  filedByAgent: boolean;
  contactMobile: string;
  formData: Record<string, unknown>;
  form: { schema: JsonSchemaObject; readOnly: string[] };
  situation: Record<string, string[]>;
  situations: SituationView[];
  deliveryPreference: DeliveryMethod | null;
  deliveryOptions: { value: DeliveryMethod; label: string }[];
  postalAddress: string | null;
  receivedAt: string | null;
  acceptedOn: string | null;
  correctionDue: string | null;
  correctionNoticeOn: string | null;
  deemedAccepted: boolean;
  art32Overdue: boolean;
  clock: ClockView | null;
  assignee: { id: string; name: string } | null;
  step: { index: number; name: string | null; count: number; names: string[] };
  decision: string | null;
  decisionReasons: string | null;
  decidedAt: string | null;
  deliveryMethod: DeliveryMethod | null;
  delivery: unknown;
  deliveredAt: string | null;
  closedAt: string | null;
  materials: CaseMaterialView[];
  checklist: ChecklistEntryView[];
  specialProcedures: { name: string; maxDuration: unknown }[];
  events: CaseEventView[];
  actions: AvailableActionView[];
  documents: CaseDocumentView[];
  /** 容缺受理, 告知承诺, 事后核查 and (staff only) the applicant's credit marks: obligation-types.ts */
  missingMaterials: MissingMaterialView[];
  commitment: CaseCommitmentView | null;
  commitmentOffered: boolean;
  verification: VerificationTaskView | null;
  creditMarks: CreditMarkView[];
  /** 一件事: the bundle case this case is a member of (its number and name when the API sends them) */
  bundle?: { id: string; caseNumber?: string | null; name?: string } | null;
}

/** One row of 我的办件 and of the staff work lists. */
export interface CaseListItem {
  id: string;
  caseNumber: string | null;
  itemName: string;
  applicantName: string;
  state: CaseState;
  stateLabel: string;
  channel: IntakeChannel;
  channelLabel: string;
  receivedAt: string | null;
  acceptedOn: string | null;
  decidedAt: string | null;
  promisedDue: string | null;
  legalDue: string | null;
  remainingWorkdays: number | null;
  warning: ClockWarning;
  pausedWorkdays: number;
  assigneeId: string | null;
  deemedAccepted: boolean;
  art32Overdue: boolean;
  deliveryPreference: DeliveryMethod | null;
  decision: string | null;
}
export interface CaseListView {
  items: CaseListItem[];
  total: number;
}

export interface ProgressView {
  caseNumber: string;
  itemName: string;
  departmentName: string;
  applicantName: string;
  state: CaseState;
  stateLabel: string;
  receivedAt: string | null;
  acceptedOn: string | null;
  clock: ClockView | null;
  steps: { at: string; actionLabel: string; stateLabel: string }[];
}

export interface ReusableMaterialView {
  materialId: string;
  name: string;
  fromId: string;
  fileName: string | null;
  caseNumber: string | null;
  verifiedAt: string | null;
}

/** The row POST /materials and /materials/reuse answer with (the case_materials row). */
export interface AddedMaterialView {
  id: string;
  caseId: string;
  materialId: string;
  name: string;
  source: string;
  fileName: string | null;
  status: string;
}

export interface DraftInput {
  formData?: Record<string, unknown>;
  situation?: Record<string, string[]>;
  deliveryPreference?: DeliveryMethod;
  postalAddress?: string;
}

export interface CreateCaseInput extends DraftInput {
  implementationId: string;
  channel: 'web' | 'phone';
  authorisationId?: string;
}

export interface WindowCaseInput extends DraftInput {
  implementationId: string;
  applicant: { personId: string } | { enterpriseId: string };
  contactMobile: string;
}

export interface ActionInput {
  comment?: string;
  reason?: string;
  materialsChecklist?: {
    materialId: string;
    present: boolean;
    originalSeen?: boolean;
    copies?: number;
    note?: string;
  }[];
  correctionItems?: { materialId?: string; problem: string; requirement?: string }[];
  opinion?: string;
  decisionReasons?: string;
  extension?: DurationInput;
  procedure?: { name: string; duration: DurationInput };
  deliveryMethod?: DeliveryMethod;
  trackingNumber?: string;
  signedReceipt?: string;
  assignee?: string;
  /** 容缺受理: materials accepted as missing and their due periods (working days) */
  missingMaterials?: { materialId: string; dueWorkdays?: number }[];
}

export type WorklistQueue = 'window' | 'department' | 'assigned' | 'output' | 'supervision';
export interface WorklistParams {
  page?: number;
  pageSize?: number;
  q?: string;
  state?: CaseState;
  /** 时限预警, filtered by the API over the whole scope */
  warning?: ClockWarning;
}

export interface MessageView {
  id: string;
  title: string;
  body: string;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
}
export interface MessageListView {
  items: MessageView[];
  total: number;
  unread: number;
}

export interface ActorView {
  userId: string;
  username: string;
  displayName: string;
  kind: string;
  roles: string[];
  roleLabels: string[];
  regionCode: string | null;
  orgId: string | null;
}
export interface SignedInView {
  actor: ActorView;
  expiresAt: string;
}

export type RealNameMode = 'checksum' | 'public_security';
export interface RealNameModeView {
  mode: RealNameMode;
  label: string;
  description: string;
}

export interface ProfileView {
  person: { id: string; name: string; idNumberMasked: string; mobile: string | null };
  enterprise: { id: string; name: string; creditCode: string; legalRepName: string } | null;
  realName: { mode: RealNameMode; label: string };
  actingFor: {
    authorisationId: string;
    principalKind: 'person' | 'enterprise';
    principalName: string;
    scope: string[];
    validFrom: string;
    validTo: string;
  }[];
}

export interface RegisterCitizenInput {
  mobile: string;
  password: string;
  name: string;
  idNumber: string;
}
export interface RegisterEnterpriseInput {
  mobile: string;
  password: string;
  operatorName: string;
  operatorIdNumber: string;
  enterpriseName: string;
  creditCode: string;
  legalRepName: string;
  legalRepIdNumber: string;
}
