// Tests of the case documents (../case-documents.ts). The file sits in domain/ only because that is where
// the unit project of vitest.config.ts looks for tests of this module; the renderers are not domain rules.
import fontkit from '@pdf-lib/fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChineseDocument, warmUpPdf } from '../../../platform/pdf.ts';
import { inspectPdf, readPdfText } from '../../../platform/pdf-inspect.testkit.ts';
import { NO_FURTHER_CORRECTIONS } from '../case-documents/correction-notice.ts';
import { RIGHTS_SENTENCE } from '../case-documents/layout.ts';
import { readPdfTextItems, readQrCodes } from '../case-documents/pdf-read.testkit.ts';
import {
  type CaseDocumentView,
  progressUrl,
  renderAcceptanceReceipt,
  renderCorrectionNotice,
  renderDecisionNotice,
  renderRefusalNotice,
} from '../case-documents.ts';

const CASE_NUMBER = '150203000000-20260305-000123';

const view = (overrides: Partial<CaseDocumentView> = {}): CaseDocumentView => ({
  caseNumber: CASE_NUMBER,
  itemName: '食品经营许可（新办）',
  departmentName: '包头市昆都仑区市场监督管理局',
  centreName: '昆都仑区政务服务中心 12号综合窗口',
  applicantName: '包头市某某餐饮有限公司',
  applicantIdMasked: '9115**********123X',
  receivedAt: '2026-03-05T01:32:00.000Z', // 09:32 in Beijing
  acceptedOn: '2026-03-05',
  legalDue: '2026-04-02',
  promisedDue: '2026-03-10',
  legalLimitText: '20个工作日',
  promisedLimitText: '3个工作日',
  consultPhone: '0472-2100123',
  complaintPhone: '12345',
  progressUrl: progressUrl('https://msb.example.gov.cn/', CASE_NUMBER),
  issuedAt: '2026-03-05T02:05:00.000Z',
  materials: [
    { name: '食品经营许可申请书', originals: 1, copies: 0 },
    { name: '法定代表人身份证', originals: 0, copies: 2, note: '原件已核验' },
    { name: '经营场所平面布局图', originals: 1, copies: 1 },
  ],
  ...overrides,
});

const squash = (text: string) => text.replace(/\s/g, '');

/**
 * All pages' text, and the same without whitespace: a viewer puts a space between a label and its value,
 * and a wrapped line may drop a space at its break.
 */
async function textOf(bytes: Uint8Array): Promise<{ pages: string[]; all: string; flat: string }> {
  const pages = await readPdfText(bytes);
  const all = pages.join('\n');
  return { pages, all, flat: squash(all) };
}

/** The Noto Sans SC font is embedded once, subset to the characters used (stack-notes: PDF with Chinese). */
async function expectSubsetChineseFont(bytes: Uint8Array, sample: string): Promise<void> {
  const { fontFiles } = await inspectPdf(bytes);
  expect(fontFiles).toHaveLength(1);
  const font = fontkit.create(fontFiles[0] ?? new Uint8Array());
  expect(font.numGlyphs).toBeLessThan(600);
  for (const ch of sample) expect(font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)).toBe(true);
}

beforeAll(() => warmUpPdf(), 30_000);

describe('progressUrl', () => {
  it('points at the progress page with the case number as a query parameter', () => {
    expect(progressUrl('https://msb.example.gov.cn', CASE_NUMBER)).toBe(
      `https://msb.example.gov.cn/progress?no=${CASE_NUMBER}`,
    );
    expect(progressUrl('https://msb.example.gov.cn/portal//', CASE_NUMBER)).toBe(
      `https://msb.example.gov.cn/portal/progress?no=${CASE_NUMBER}`,
    );
    expect(progressUrl('https://x.cn', 'A B&c=1')).toBe('https://x.cn/progress?no=A%20B%26c%3D1');
  });
});

describe('the QR reader of the tests', () => {
  it('reads back a long UTF-8 code drawn by the PDF writer (version ≥ 7, several blocks)', async () => {
    const content = `https://msb.example.gov.cn/progress?no=${CASE_NUMBER}&事项=${'食品经营许可'.repeat(12)}`;
    const w = await createChineseDocument();
    await w.qrCode(content);
    expect(await readQrCodes(await w.save())).toEqual([content]);
  });
});

describe('renderAcceptanceReceipt', () => {
  it('writes the dated receipt with materials, due dates, seal area and a QR code to the progress page', async () => {
    const v = view();
    const bytes = await renderAcceptanceReceipt(v);
    const { pages, all, flat } = await textOf(bytes);

    expect(pages).toHaveLength(1);
    expect(all).toContain('受理凭证');
    expect(flat).toContain(`办件编号${CASE_NUMBER}`);
    expect(flat).toContain('申请事项食品经营许可（新办）');
    expect(flat).toContain('申请人包头市某某餐饮有限公司');
    expect(flat).toContain('证件号码9115**********123X');
    expect(flat).toContain(squash('收件时间2026年3月5日 09:32'));
    expect(flat).toContain('受理日期2026年3月5日');
    expect(flat).toContain(squash('受理地点昆都仑区政务服务中心 12号综合窗口'));
    expect(flat).toContain('第三十二条');
    // the materials received, with originals and copies
    expect(flat).toContain('序号材料名称原件（份）复印件（份）备注');
    expect(flat).toContain('1食品经营许可申请书10');
    expect(flat).toContain('2法定代表人身份证02原件已核验');
    expect(flat).toContain('3经营场所平面布局图11');
    // the statutory and the promised limit with their due dates
    expect(flat).toContain('法定办结时限20个工作日（最迟于2026年4月2日办结）');
    expect(flat).toContain('承诺办结时限3个工作日（最迟于2026年3月10日办结）');
    expect(flat).toContain('不计算在上述期限内');
    // how to follow the case, the footer and its seal area
    expect(flat).toContain(v.progressUrl);
    expect(all).toContain('咨询电话：0472-2100123');
    expect(all).toContain('投诉电话：12345');
    expect(all).toContain('扫码查询办理进度');
    expect(all).toMatch(/包头市昆都仑区市场监督管理局\s*（受理专用章）\s*2026年3月5日/);
    expect(flat).toContain(squash(`办件编号 ${CASE_NUMBER} 生成于 2026年3月5日 10:05`));
    expect(all).toContain('第 1 页 共 1 页');

    expect(await readQrCodes(bytes)).toEqual([`https://msb.example.gov.cn/progress?no=${CASE_NUMBER}`]);
    await expectSubsetChineseFont(bytes, '受理凭证扫码查询');
  });

  it('says so when no paper material was received and no limit is known', async () => {
    const bytes = await renderAcceptanceReceipt(
      view({
        materials: [],
        legalDue: undefined,
        promisedDue: undefined,
        legalLimitText: undefined,
        promisedLimitText: undefined,
      }),
    );
    const { all } = await textOf(bytes);
    expect(all).toContain('本次未收取纸质申请材料。');
    expect(all).toContain('办理时限以本机关公示的办事指南为准。');
    expect(all).not.toContain('法定办结时限');
  });

  it('refuses to issue a receipt for a case that has not been accepted', async () => {
    await expect(renderAcceptanceReceipt(view({ acceptedOn: undefined }))).rejects.toThrow('受理日期');
  });
});

describe('renderCorrectionNotice', () => {
  const items = [
    { material: '经营场所平面布局图', problem: '未标注各功能区面积', requirement: '按比例绘制并标注面积' },
    { material: '法定代表人身份证', problem: '复印件模糊不清' },
    { problem: '申请书第3页缺少法定代表人签字', requirement: '由法定代表人本人签字' },
  ];

  it('lists every correction once, numbered, and promises nothing more will be asked', async () => {
    const v = view({ acceptedOn: undefined, legalDue: undefined, promisedDue: undefined });
    const bytes = await renderCorrectionNotice(v, {
      items,
      deadlineNote: '请于2026年3月20日前补正',
    });
    const { all, flat } = await textOf(bytes);

    expect(all).toContain('补正材料一次性告知书');
    expect(flat).toContain(`办件编号${CASE_NUMBER}`);
    expect(flat).toContain('第三十二条第一款第（四）项');
    expect(flat).toContain('1经营场所平面布局图未标注各功能区面积按比例绘制并标注面积');
    expect(flat).toContain('2法定代表人身份证复印件模糊不清—');
    expect(flat).toContain('3申请整体申请书第3页缺少法定代表人签字由法定代表人本人签字');
    expect(all).toContain('补正期限：请于2026年3月20日前补正');
    expect(flat).toContain(NO_FURTHER_CORRECTIONS);
    expect(all).toMatch(/（受理专用章）\s*2026年3月5日/);
    expect(await readQrCodes(bytes)).toEqual([v.progressUrl]);
    await expectSubsetChineseFont(bytes, '补正告知');
  });

  it('continues a list of 40 corrections over pages without running off any page', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      material: `第${i + 1}项材料：申请人、法定代表人及委托代理人的身份证明`,
      problem: `第${i + 1}项问题：材料复印件不清晰，且与原件核对不一致，无法确认申请人身份信息的真实性`,
      requirement: `第${i + 1}项要求：重新提供清晰的复印件一份，并加盖申请单位公章`,
    }));
    const v = view({ acceptedOn: undefined });
    const bytes = await renderCorrectionNotice(v, { items: many });
    const { pages, flat } = await textOf(bytes);

    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i <= 40; i++) {
      expect(flat).toContain(`第${i}项材料`);
      expect(flat).toContain(`第${i}项问题`);
      expect(flat).toContain(`第${i}项要求`);
    }
    pages.forEach((page, i) => {
      expect(page).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`);
      expect(page).toContain(`办件编号 ${CASE_NUMBER}`); // every loose page still names its case
    });
    expect(pages[1]).toMatch(/^序号\s*材料\s*存在的问题\s*补正要求/); // the table header repeats
    // the closing sentence, the seal area and the QR code come once, at the end
    const last = pages.at(-1) ?? '';
    expect(last.replace(/\s/g, '')).toContain(NO_FURTHER_CORRECTIONS);
    expect(last).toContain('（受理专用章）');
    expect(last).toContain('扫码查询办理进度');
    expect(await readQrCodes(bytes)).toEqual([v.progressUrl]);

    // nothing but the page foot is drawn in the bottom margin, and nothing crosses the page edges
    const positioned = await readPdfTextItems(bytes);
    positioned.forEach((page, i) => {
      const foot = page.items.filter((item) => item.y < 56);
      expect(squash(foot.map((item) => item.str).join(''))).toBe(
        squash(`第 ${i + 1} 页 共 ${pages.length} 页 办件编号 ${CASE_NUMBER} 生成于 2026年3月5日 10:05`),
      );
      for (const item of page.items) {
        expect(item.y).toBeGreaterThan(20);
        expect(item.y).toBeLessThan(page.height - 40);
        expect(item.x).toBeGreaterThanOrEqual(40);
        expect(item.x + item.width).toBeLessThanOrEqual(page.width - 40);
      }
    });
  });

  it('refuses a notice without any correction', async () => {
    await expect(renderCorrectionNotice(view(), { items: [] })).rejects.toThrow('补正');
  });
});

describe('renderRefusalNotice', () => {
  it('gives the reasons, where to apply instead and the right to reconsideration or a lawsuit', async () => {
    const v = view({ acceptedOn: undefined });
    const bytes = await renderRefusalNotice(v, {
      reasons: '申请事项属于建设工程消防设计审查，不属于本机关的法定职责。',
      redirectTo: '包头市住房和城乡建设局',
    });
    const { all, flat } = await textOf(bytes);

    expect(all).toContain('不予受理通知书');
    expect(flat).toContain(`办件编号${CASE_NUMBER}`);
    expect(flat).toContain('本机关决定不予受理。理由如下：');
    expect(flat).toContain('申请事项属于建设工程消防设计审查，不属于本机关的法定职责。');
    expect(flat).toContain('该申请事项不属于本机关职权范围，请向包头市住房和城乡建设局提出申请。');
    expect(flat).toContain(RIGHTS_SENTENCE);
    expect(flat).toContain('行政复议');
    expect(flat).toContain('行政诉讼');
    expect(all).toMatch(/（受理专用章）\s*2026年3月5日/);
    expect(await readQrCodes(bytes)).toEqual([v.progressUrl]);
    await expectSubsetChineseFont(bytes, '不予受理');
  });

  it('names no other authority when the matter is within competence', async () => {
    const bytes = await renderRefusalNotice(view(), { reasons: '申请事项依法不需要取得行政许可。' });
    const { flat } = await textOf(bytes);
    expect(flat).toContain('申请事项依法不需要取得行政许可。');
    expect(flat).not.toContain('不属于本机关职权范围');
    expect(flat).toContain(RIGHTS_SENTENCE);
  });

  it('refuses a notice without reasons', async () => {
    await expect(renderRefusalNotice(view(), { reasons: '  ' })).rejects.toThrow('理由');
  });
});

describe('renderDecisionNotice', () => {
  it('grants the licence, names the result and how and when it is delivered', async () => {
    const v = view();
    const bytes = await renderDecisionNotice(v, {
      outcome: 'approved',
      reasons: '经现场核查，经营场所与设备设施符合要求。',
      decidedOn: '2026-03-09',
      resultName: '食品经营许可证',
    });
    const { all, flat } = await textOf(bytes);

    expect(all).toContain('准予行政许可决定书');
    expect(all).not.toContain('不予行政许可');
    expect(flat).toContain(`办件编号${CASE_NUMBER}`);
    expect(flat).toContain('决定日期2026年3月9日');
    expect(flat).toContain('本机关已于2026年3月5日依法受理');
    expect(flat).toContain('第三十八条第一款');
    expect(flat).toContain('经现场核查，经营场所与设备设施符合要求。');
    expect(flat).toContain('许可结果食品经营许可证');
    expect(flat).toContain('送达方式到昆都仑区政务服务中心12号综合窗口领取，或者按申请时选择的方式送达');
    expect(flat).toContain('十日内向你（单位）颁发、送达食品经营许可证');
    expect(flat).not.toContain(RIGHTS_SENTENCE);
    expect(all).toMatch(/（行政许可专用章）\s*2026年3月9日/);
    expect(await readQrCodes(bytes)).toEqual([v.progressUrl]);
    await expectSubsetChineseFont(bytes, '准予许可');
  });

  it('prints the delivery chosen by the caller', async () => {
    const bytes = await renderDecisionNotice(view(), {
      outcome: 'approved',
      reasons: '',
      decidedOn: '2026-03-09',
      resultName: '食品经营许可证',
      delivery: '邮政寄递（EMS）',
    });
    expect((await textOf(bytes)).flat).toContain('送达方式邮政寄递（EMS）');
  });

  it('denies with reasons and the right to reconsideration or a lawsuit', async () => {
    const v = view();
    const bytes = await renderDecisionNotice(v, {
      outcome: 'denied',
      reasons: '经现场核查，经营场所与有毒、有害场所的距离不符合要求。',
      decidedOn: '2026-03-09',
    });
    const { all, flat } = await textOf(bytes);

    expect(all).toContain('不予行政许可决定书');
    expect(flat).toContain('第三十八条第二款');
    expect(flat).toContain('本机关决定不予行政许可。理由如下：');
    expect(flat).toContain('经现场核查，经营场所与有毒、有害场所的距离不符合要求。');
    expect(flat).toContain(RIGHTS_SENTENCE);
    expect(all).not.toContain('许可结果');
    expect(all).toMatch(/（行政许可专用章）\s*2026年3月9日/);
    expect(await readQrCodes(bytes)).toEqual([v.progressUrl]);
  });

  it('refuses a denial without reasons', async () => {
    await expect(
      renderDecisionNotice(view(), { outcome: 'denied', reasons: '', decidedOn: '2026-03-09' }),
    ).rejects.toThrow('理由');
  });
});
