// Demo cases (示例): a few applications of the demo citizen to 昆都仑区人社局's online items, taken through
// the real case engine to different points, so that every work list has something to show at first start.
import { idNumberCheckChar } from '@msb/contracts';
import { and, eq, isNotNull } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { performAction } from '../modules/cases/case-actions.service.ts';
import { createOnlineCase } from '../modules/cases/case-apply.service.ts';
import { uploadMaterial } from '../modules/cases/case-materials.service.ts';
import type { CaseAction } from '../modules/cases/domain/transitions.ts';
import { implementations } from '../modules/catalog/catalog.tables.ts';
import { getPublishedGuide } from '../modules/catalog/catalog-public.service.ts';
import { actorByUsername } from '../modules/identity/identity.service.ts';
import { orgs } from '../modules/orgs/orgs.tables.ts';
import type { Actor } from '../platform/access.ts';
import type { Deps } from '../platform/deps.ts';

/** How far each demo case goes: the actions after submission, in order. */
const STAGES: { label: string; steps: CaseAction[] }[] = [
  { label: '草稿', steps: [] },
  { label: '待受理', steps: ['submit'] },
  { label: '已受理', steps: ['submit', 'accept'] },
  { label: '审查中', steps: ['submit', 'accept', 'claim'] },
  { label: '准予办理', steps: ['submit', 'accept', 'claim', 'approve'] },
];

/** Made-up 公民身份号码 of the demo deceased (昆都仑区, born 1950-01-01), check character computed. */
const DECEASED_ID_FIRST17 = '15020319500101005';

/** Answers to the application forms of 昆都仑区人社局's online items (退休, 丧葬补助金), all plainly demo. */
const DEMO_FORM_DATA: Record<string, unknown> = {
  'applicant.address': '包头市昆都仑区示例路 1 号（示例）',
  'retirement.type': 'normal',
  'retirement.date': '2026-09-01',
  'retirement.contributionMonths': 396,
  'deceased.name': '示例逝者',
  'deceased.idNumber': `${DECEASED_ID_FIRST17}${idNumberCheckChar(DECEASED_ID_FIRST17)}`,
  'deceased.deathDate': '2026-01-10',
  'deceased.relationship': 'child',
};

async function demoMaterialPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('示例材料（演示用，非真实证件）');
  doc.addPage([595, 842]);
  return doc.save();
}

export async function loadDemoCases(deps: Deps): Promise<number> {
  const actors = await Promise.all(
    ['13800000001', 'window', 'approver'].map((u) => actorByUsername(deps, u)),
  );
  const [citizen, clerk, approver] = actors;
  if (!citizen || !clerk || !approver) return 0;
  const rows = await deps.db
    .select({ id: implementations.id })
    .from(implementations)
    .innerJoin(orgs, eq(orgs.id, implementations.orgId))
    .where(and(eq(orgs.key, 'kdl-rsj'), isNotNull(implementations.publishedVersionId)));
  const items = [];
  for (const row of rows) {
    const view = await getPublishedGuide(deps, row.id);
    const { guide } = view;
    // items whose online submission waits at the window (not 收件即受理), so the window's list has one
    const online = guide.maturity === 'IV' && guide.channels.includes('web');
    if (online && !guide.acceptOnReceipt && guide.audience.includes('person')) items.push(view);
  }
  if (items.length === 0) return 0;
  const pdf = await demoMaterialPdf();
  let made = 0;
  for (const [i, stage] of STAGES.entries()) {
    const item = items[i % items.length];
    if (!item) continue;
    const { guide } = item;
    const created = await createOnlineCase(
      deps,
      citizen,
      {
        implementationId: item.id,
        channel: 'web',
        deliveryPreference: guide.delivery.includes('download') ? 'download' : guide.delivery[0],
        ...(guide.delivery.includes('download') || !guide.delivery.includes('post')
          ? {}
          : { postalAddress: '示例路 1 号（示例）' }),
        // only the keys the item's form asks are kept (composeForm), so one set of answers serves every item
        formData: DEMO_FORM_DATA,
      },
      `demo-case-${i}`,
    );
    for (const material of guide.materials.filter((m) => m.requirement === 'required')) {
      await uploadMaterial(deps, citizen, created.id, {
        materialId: material.id,
        bytes: pdf,
        fileName: `${material.name}（示例）.pdf`,
      });
    }
    for (const action of stage.steps)
      await act(deps, action, { citizen, clerk, approver }, created.id, guide.materials);
    made++;
  }
  return made;
}

async function act(
  deps: Deps,
  action: CaseAction,
  who: { citizen: Actor; clerk: Actor; approver: Actor },
  caseId: string,
  materials: { id: string; requirement: string }[],
): Promise<void> {
  const as = (actor: Actor) => ({ kind: 'user' as const, actor });
  switch (action) {
    case 'submit':
      await performAction(deps, as(who.citizen), caseId, 'submit', {});
      return;
    case 'accept':
      await performAction(deps, as(who.clerk), caseId, 'accept', {
        materialsChecklist: materials
          .filter((m) => m.requirement === 'required')
          .map((m) => ({ materialId: m.id, present: true, originalSeen: false, copies: 0 })),
        comment: '示例：网上核验通过',
      });
      return;
    case 'claim':
      await performAction(deps, as(who.approver), caseId, 'claim', {});
      return;
    case 'approve':
      await performAction(deps, as(who.approver), caseId, 'approve', {
        decisionReasons: '示例：申请材料齐全，符合法定条件',
      });
      return;
    default:
      throw new Error(`示例办件不支持的操作：${action}`);
  }
}
