// 一次告知单 (seed 002 一次办: 一次告知; 国办发〔2025〕24号 "一次告知、一表申请、一套材料"): the personalised notice for
// the applicant's answers — which items apply and in what order they are handled, every material listed once
// with the items that use it, the bundle's promise and where results come out.

import type { BundleAnswers } from '@msb/contracts';
import { BUNDLE_OUTPUT_LABELS, LIMIT_UNIT_LABELS, labelOf } from '@msb/contracts';
import type { Deps } from '../../platform/deps.ts';
import { createChineseDocument } from '../../platform/pdf.ts';
import { DEMO_NOTE } from '../catalog/catalog-pdf.ts';
import { planForAnswers } from './bundle-catalog.service.ts';

const REQUIREMENT_LABELS = { required: '必须提交', conditional: '符合情形时提交', optional: '可选' } as const;

export async function bundleNoticePdf(
  deps: Deps,
  bundleId: string,
  answers: BundleAnswers,
): Promise<Uint8Array> {
  const { bundle, plan } = await planForAnswers(deps, bundleId, answers);
  const d = bundle.definition;
  const demo = bundle.bundle.isDemo;
  const w = await createChineseDocument({
    title: `${d.name}一次告知单`,
    date: deps.now(),
    ...(demo ? { footerNote: DEMO_NOTE, watermark: '示例' } : {}),
  });
  w.title(`“${d.name}”一次告知单`);
  w.paragraph(d.summary, { color: [0.4, 0.4, 0.4] });
  w.keyValues([
    ['牵头部门', bundle.leadOrg.name],
    [
      '承诺办结时限',
      `受理后 ${d.promisedLimit.amount} 个${labelOf(LIMIT_UNIT_LABELS, d.promisedLimit.unit)}`,
    ],
    ['统一出件', d.outputWindow],
    ['领取方式', d.outputModes.map((m) => BUNDLE_OUTPUT_LABELS[m]).join('；')],
  ]);
  w.heading('一、根据您选择的情形，需要办理的事项');
  const byKey = new Map(plan.members.map((m) => [m.key, m]));
  w.table(
    [
      { header: '办理顺序', width: 1.2, align: 'center' },
      { header: '事项', width: 4 },
      { header: '办理部门', width: 3.4 },
      { header: '说明', width: 3.4 },
    ],
    plan.stages.flatMap((stage, i) =>
      stage.map((key) => {
        const m = byKey.get(key);
        const after = (m?.dependsOn ?? []).map((k) => byKey.get(k)?.itemName ?? k);
        return [
          `第${i + 1}批`,
          m?.itemName ?? key,
          m?.orgName ?? '',
          after.length > 0 ? `待${after.join('、')}办结后办理` : '受理后同步办理',
        ];
      }),
    ),
  );
  if (plan.skipped.length > 0) {
    w.paragraph(`无需办理：${plan.skipped.map((s) => `${s.itemName}（${s.reason}）`).join('；')}`, {
      color: [0.4, 0.4, 0.4],
    });
  }
  w.heading('二、需要准备的材料（多个事项共用的材料只需提交一份）');
  w.table(
    [
      { header: '序号', width: 0.8, align: 'center' },
      { header: '材料', width: 4 },
      { header: '要求', width: 2 },
      { header: '原件/复印件', width: 1.8, align: 'center' },
      { header: '用于事项', width: 3.6 },
    ],
    plan.materials.map((m, i) => [
      String(i + 1),
      m.name + (m.allowMissing ? '（可容缺）' : '') + (m.commitmentAllowed ? '（可告知承诺）' : ''),
      REQUIREMENT_LABELS[m.requirement],
      `${m.originals}/${m.copies}`,
      m.members.map((k) => byKey.get(k)?.itemName ?? k).join('、'),
    ]),
  );
  w.heading('三、办理方式');
  w.paragraph(
    `填写一张申请表（同一信息只填一次），提交一套材料，在一件事窗口或网上一次受理；各部门并联办理，办理结果在${d.outputWindow}统一出件。`,
  );
  w.paragraph(`依据：${d.basis}`, { size: 9, color: [0.4, 0.4, 0.4] });
  return w.save();
}
