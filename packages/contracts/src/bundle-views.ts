// 一件事一次办: the shapes the bundle HTTP API answers with (docs/BUNDLES.md "Views"), shared by the api's
// presenters and the web pages. Plain types only: nothing here is validated at run time.
import type { BundleAnswers, BundleAudience, BundleOutputMode, LifeStage } from './bundle.ts';
import type { Situation, TimeLimit } from './guide.ts';

export type BundleIntakeState =
  | 'draft'
  | 'submitted'
  | 'awaiting_correction'
  | 'accepted'
  | 'refused'
  | 'withdrawn';

export type BundleCaseStatus =
  | 'draft'
  | 'submitted'
  | 'awaiting_correction'
  | 'in_progress'
  | 'completed'
  | 'refused'
  | 'withdrawn';

export type BundleWarning = 'normal' | 'yellow' | 'red';

/** What the viewer may do to a bundle case now. */
export type BundleCaseAction =
  | 'edit'
  | 'submit'
  | 'upload'
  | 'resubmit'
  | 'withdraw'
  | 'accept'
  | 'request_correction'
  | 'refuse'
  | 'deliver'
  | 'chase'
  | 'extend';

/** 行政许可法 第四十二条第二款: a bundle's promise extended, with the approval it rests on. */
export interface BundleExtensionView {
  amount: number;
  unit: 'workday';
  approvedOn: string;
  reason: string;
  /** 本级人民政府负责人批准 (who approved, document number) */
  approval: string;
}

export interface BundleSummaryView {
  id: string;
  code: string;
  name: string;
  summary: string;
  audience: BundleAudience;
  lifeStage: LifeStage;
  lifeStageLabel: string;
  regionCode: string;
  leadOrg: { id: string; name: string };
  memberCount: number;
  promisedLimit: TimeLimit;
  isDemo: boolean;
}

export interface BundleMemberView {
  key: string;
  implementationId: string;
  itemName: string;
  orgName: string;
  whenOptions: string[];
  dependsOn: string[];
  promisedLimit: TimeLimit;
  /** the member's own guide situations, asked after the bundle's questions */
  situations: Situation[];
}

export interface BundleDetailView extends BundleSummaryView {
  versionId: string;
  questions: Situation[];
  members: BundleMemberView[];
  outputWindow: string;
  outputModes: BundleOutputMode[];
  basis: string;
}

export interface BundlePlanMaterialView {
  materialId: string;
  name: string;
  requirement: 'required' | 'conditional' | 'optional';
  /** keys of the members that use it: it is handed in once for all of them */
  members: string[];
  /** the members for which it must be submitted (required, or conditional and chosen) */
  requiredBy: string[];
  originals: number;
  copies: number;
  media: 'paper' | 'electronic' | 'both';
  allowMissing: boolean;
  commitmentAllowed: boolean;
  requirements?: string;
}

/** The personalised 一次告知单 of a bundle for one set of answers. */
export interface BundlePlanView {
  /** the members that apply, in handling order */
  members: { key: string; itemName: string; orgName: string; dependsOn: string[] }[];
  /** the members the answers leave out */
  skipped: { key: string; itemName: string; reason: string }[];
  /** member keys handled in parallel, stage by stage */
  stages: string[][];
  materials: BundlePlanMaterialView[];
  form: {
    schema: { [keyword: string]: unknown };
    provenance: { key: string; members: string[]; rule: string }[];
    conflicts: unknown[];
    /** facts the platform holds (name, ID number, credit code…): shown, not editable */
    readOnly: string[];
  };
  promisedLimit: TimeLimit;
}

export interface BundleCaseMemberView {
  key: string;
  caseId: string;
  caseNumber: string | null;
  itemName: string;
  orgName: string;
  state: string;
  stateLabel: string;
  /** waiting as a draft until the members it depends on are approved */
  held: boolean;
  /** keys of the members it still waits for */
  waitingFor: string[];
  promisedDue: string | null;
  warning: BundleWarning | null;
  decision: 'approved' | 'denied' | null;
  decisionReasons: string | null;
  delivered: boolean;
}

/** A bundle case as its lists show it (GET /api/bundle-cases/mine, GET /api/bundle-cases/queue). */
export interface BundleCaseSummaryView {
  id: string;
  caseNumber: string | null;
  bundleId: string;
  bundleName: string;
  intakeState: BundleIntakeState;
  intakeStateLabel: string;
  status: BundleCaseStatus;
  statusLabel: string;
  applicantName: string;
  acceptedOn: string | null;
  promisedDue: string | null;
  /** while in progress only */
  warning: BundleWarning | null;
  remainingWorkdays: number | null;
  createdAt: string;
  isDemo: boolean;
  members: BundleCaseMemberView[];
}

export interface BundleCaseView extends BundleCaseSummaryView {
  versionId: string;
  channel: string;
  /** masked (138****0001) */
  contactMobile: string;
  receivedAt: string | null;
  outputMode: BundleOutputMode;
  outputModeLabel: string;
  /** the modes the bundle offers */
  outputModes: BundleOutputMode[];
  outputWindow: string;
  postalAddress: string | null;
  leadOrg: { id: string; name: string };
  /** the one correction notice: what each member concerned asks for */
  correctionItems: { memberKey: string; items: string[] }[] | null;
  refusalReasons: string | null;
  /** approved extensions of the bundle's promise, oldest first */
  extensions: BundleExtensionView[];
  /** working days the bundle's promise may still be extended (第四十二条第二款: 15 in all) */
  extensionLeft: number;
  answers: BundleAnswers;
  formData: Record<string, unknown>;
  plan: BundlePlanView;
  questions: Situation[];
  materials: {
    materialId: string;
    name: string;
    members: string[];
    requiredBy: string[];
    files: { fileName: string; source: string }[];
  }[];
  actions: BundleCaseAction[];
}

/** One row of GET /api/bundle-cases/mine. */
export interface MyBundleCaseItem extends BundleCaseSummaryView {
  memberCount: number;
}
