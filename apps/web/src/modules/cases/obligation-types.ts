// Shapes of the 容缺受理 / 告知承诺 API (apps/api/src/modules/cases/case-obligations.routes.ts, case-views.ts
// `presentMissing` / `presentTask`, case-commitments.service.ts `getCommitment`), written by hand.

export type MissingMaterialStatus = 'open' | 'uploaded' | 'supplied' | 'expired';

/** A material accepted as missing (容缺), with its due date. */
export interface MissingMaterialView {
  materialId: string;
  name: string;
  dueWorkdays: number;
  dueOn: string;
  overdue: boolean;
  status: MissingMaterialStatus;
  statusLabel: string;
  holdUntil: 'decision' | 'result';
  onExpiry: 'suspend' | 'terminate';
  remindedAt: string | null;
  suppliedAt: string | null;
  expiredAt: string | null;
  expiryAction: 'suspend' | 'terminate' | 'flag' | null;
}

/** The signed commitment as the case view shows it. */
export interface CaseCommitmentView {
  signerName: string;
  signerRole: 'applicant' | 'agent' | 'window_clerk';
  signedAt: string;
  materialIds: string[];
  pdfUrl: string;
}

export type VerificationStatus = 'open' | 'confirmed' | 'false';
export interface VerificationTaskView {
  id: string;
  caseId: string;
  dueOn: string;
  overdue: boolean;
  status: VerificationStatus;
  statusLabel: string;
  findings: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** A row of the department's 事后核查 list. */
export interface VerificationListItem extends VerificationTaskView {
  caseNumber: string | null;
  itemName: string;
  applicantName: string;
  caseState: string;
  caseStateLabel: string;
}

export interface CreditMarkView {
  kind: 'broken_commitment';
  label: string;
  caseId: string | null;
  note: string;
  recordedAt: string;
}

/** GET /api/cases/:id/commitment */
export interface CommitmentOffer {
  available: boolean;
  text: string | null;
  verifyWithinWorkdays: number | null;
  materials: { materialId: string; name: string }[];
  excluded: string | null;
  canSign: boolean;
  signed: {
    signerName: string;
    signerRole: CaseCommitmentView['signerRole'];
    signerRoleLabel: string;
    signedAt: string;
    materials: { materialId: string; name: string }[];
    drawnSignature: boolean;
    pdfUrl: string;
  } | null;
}

export interface SignCommitmentInput {
  fullName: string;
  materialIds?: string[];
  /** base64 PNG of a drawn signature */
  signaturePng?: string;
}
