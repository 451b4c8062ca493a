// The notices of a case as PDFs, from what the case recorded: the receipt from its acceptance, the one
// correction notice from the request_correction event, the refusal and the decision from the row.
import { formatTimeLimit } from '@msb/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { getFiledVersionGuide } from '../catalog/catalog-public.service.ts';
import { maskIdNumber } from '../identity/domain/mask.ts';
import { findPersonById } from '../identity/people.repo.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { performAction } from './case-actions.service.ts';
import { chinaDate } from './case-clock.ts';
import {
  type CaseDocumentView,
  progressUrl,
  renderAcceptanceReceipt,
  renderCorrectionNotice,
  renderDecisionNotice,
  renderRefusalNotice,
} from './case-documents.ts';
import { visibleCase } from './case-queries.service.ts';
import { CASE_DOCUMENT_LABELS, type CaseDocumentKind, caseDocuments } from './case-views.ts';
import { type CaseRow, listCaseEvents, listCaseMaterials } from './cases.repo.ts';

export async function caseDocumentPdf(
  deps: Deps,
  actor: Actor,
  caseId: string,
  kind: CaseDocumentKind,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  let { row, relation } = await visibleCase(deps, actor, caseId);
  if (!caseDocuments(row).some((d) => d.kind === kind)) {
    throw new AppError('NOT_FOUND', `本办件没有${CASE_DOCUMENT_LABELS[kind]}`);
  }
  // 电子送达: an applicant who chose download receives the result the first time they download it
  if (
    kind === 'decision' &&
    relation.kind === 'party' &&
    row.state === 'result_issued' &&
    row.deliveryPreference === 'download'
  ) {
    await performAction(deps, { kind: 'system' }, row.id, 'deliver', {
      deliveryMethod: 'download',
      comment: '申请人网上下载',
    });
    ({ row, relation } = await visibleCase(deps, actor, caseId));
  }
  const view = await documentView(deps, row);
  const bytes = await render(deps, row, view, kind);
  return { bytes, fileName: `${CASE_DOCUMENT_LABELS[kind]}-${row.caseNumber ?? row.id}.pdf` };
}

async function render(
  deps: Deps,
  row: CaseRow,
  view: CaseDocumentView,
  kind: CaseDocumentKind,
): Promise<Uint8Array> {
  switch (kind) {
    case 'receipt':
      return renderAcceptanceReceipt(view);
    case 'correction': {
      const events = await listCaseEvents(deps.db, row.id);
      const notice = events.find((e) => e.action === 'request_correction');
      const items = (notice?.payload.correctionItems ?? []) as {
        materialId?: string;
        problem: string;
        requirement?: string;
      }[];
      const guide = await getFiledVersionGuide(deps, row.versionId);
      return renderCorrectionNotice(view, {
        items: items.map((item) => ({
          problem: item.problem,
          ...(item.requirement ? { requirement: item.requirement } : {}),
          ...(item.materialId
            ? { material: guide.materials.find((m) => m.id === item.materialId)?.name ?? item.materialId }
            : {}),
        })),
      });
    }
    case 'refusal':
      return renderRefusalNotice(view, { reasons: row.decisionReasons ?? '' });
    case 'decision': {
      const guide = await getFiledVersionGuide(deps, row.versionId);
      return renderDecisionNotice(view, {
        outcome: row.decision === 'approved' ? 'approved' : 'denied',
        reasons: row.decisionReasons ?? '',
        decidedOn: chinaDate(row.decidedAt ?? deps.now()),
        resultName: guide.result.name,
      });
    }
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

async function documentView(deps: Deps, row: CaseRow): Promise<CaseDocumentView> {
  const [guide, materials, [org], person] = await Promise.all([
    getFiledVersionGuide(deps, row.versionId),
    listCaseMaterials(deps.db, row.id),
    deps.db.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, row.orgId)),
    row.applicantPersonId ? findPersonById(deps.db, row.applicantPersonId) : Promise.resolve(undefined),
  ]);
  const caseNumber = row.caseNumber ?? '';
  return {
    caseNumber,
    itemName: row.itemName,
    departmentName: org?.name ?? '',
    applicantName: row.applicantName,
    ...(person ? { applicantIdMasked: maskIdNumber(person.idNumber) } : {}),
    receivedAt: (row.receivedAt ?? row.createdAt).toISOString(),
    ...(row.acceptedOn ? { acceptedOn: row.acceptedOn } : {}),
    ...(row.legalDue ? { legalDue: row.legalDue } : {}),
    ...(row.promisedDue ? { promisedDue: row.promisedDue } : {}),
    legalLimitText: formatTimeLimit(row.legalLimit),
    promisedLimitText: formatTimeLimit(row.promisedLimit),
    consultPhone: guide.consultPhone,
    complaintPhone: guide.complaintPhone,
    progressUrl: progressUrl(deps.config.publicBaseUrl, caseNumber),
    issuedAt: deps.now().toISOString(),
    materials: materials
      .filter((m) => m.status === 'verified')
      .map((m) => ({
        name: m.name,
        originals: m.originalSeen ? 1 : 0,
        copies: m.copies,
        ...(m.note ? { note: m.note } : {}),
      })),
  };
}
