import type { Guide, Material } from '@msb/contracts';
import fontkit from '@pdf-lib/fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { warmUpPdf } from '../../platform/pdf.ts';
import { inspectPdf, readPdfText } from '../../platform/pdf-inspect.testkit.ts';
import { formatDays, formatHours, formatYuan, renderFormPdf, renderGuideNotice } from './catalog-pdf.ts';

const material = (overrides: Partial<Material> & Pick<Material, 'id' | 'name'>): Material => ({
  requirement: 'required',
  source: 'applicant',
  issuer: '申请人',
  originals: 1,
  copies: 0,
  certifiedCopies: 0,
  media: 'paper',
  isForm: false,
  allowMissing: false,
  commitmentAllowed: false,
  ...overrides,
});

const foodLicenceGuide = (): Guide => ({
  name: '食品经营许可（新办）',
  baseCode: '000127001000',
  itemType: 'licensing',
  businessKind: 'new',
  basis: '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》',
  conditions: '申请人应当取得营业执照等合法主体资格，具有与经营的食品品种、数量相适应的经营场所和设备设施。',
  legalLimit: { amount: 10, unit: 'workday' },
  promisedLimit: { amount: 3, unit: 'workday' },
  instant: false,
  acceptOnReceipt: true,
  location: {
    address: '内蒙古自治区呼和浩特市新城区新华大街',
    doorNumber: '1号',
    room: '政务服务大厅二楼',
    window: '12号窗口',
  },
  hours: [
    { days: [1, 2, 3, 4, 5], start: '13:00', end: '17:00' },
    { days: [1, 2, 3, 4, 5], start: '09:00', end: '12:00' },
    { days: [6], start: '09:00', end: '12:00' },
  ],
  hoursNote: '法定节假日除外',
  consultPhone: '0471-6600123',
  complaintPhone: '12345',
  materials: [
    material({ id: 'application', name: '食品经营许可申请书', isForm: true, commitmentAllowed: true }),
    material({
      id: 'layout',
      name: '经营场所平面布局图',
      requirement: 'conditional',
      condition: '经营场所面积超过 300 平方米的',
      copies: 2,
      allowMissing: true,
    }),
    material({
      id: 'licence',
      name: '营业执照',
      source: 'government',
      issuer: '市场监督管理部门',
      licenceType: '营业执照',
    }),
  ],
  situations: [],
  steps: [
    {
      name: '受理',
      handlerRole: '综合受理窗口',
      limit: { amount: 0, unit: 'workday' },
      standard: '材料齐全、符合法定形式',
      result: '受理通知书',
      applicantAttends: true,
    },
    {
      name: '审查',
      handlerRole: '食品经营许可科',
      limit: { amount: 2, unit: 'workday' },
      standard: '对申请材料进行实质审查',
      result: '审查意见',
      applicantAttends: false,
    },
  ],
  fees: {
    free: false,
    items: [
      { name: '工本费', basis: '示例收费依据', amountFen: 1050 },
      { name: '登记费', basis: '示例', rateBasisPoints: 8, rateOf: '注册资本' },
    ],
  },
  visits: 1,
  maturity: 'III',
  channels: ['window', 'web'],
  specialProcedures: [
    {
      name: '现场核查',
      maxDuration: { amount: 5, unit: 'workday' },
      basis: '《食品经营许可和备案管理办法》',
    },
  ],
  intermediaries: [],
  result: { name: '食品经营许可证', kind: 'licence' },
  delivery: ['window', 'post'],
  crossRegion: 'none',
  audience: ['legal_person'],
  themes: ['开办企业'],
  windowCategory: 'business',
  faqs: [],
  keywords: ['食品'],
});

const meta = {
  orgName: '呼和浩特市新城区市场监督管理局',
  regionName: '呼和浩特市新城区',
  versionNo: 3,
  publishedAt: '2026-01-05T08:00:00.000Z',
  implementationCode: '11150102MB1234567X4000127001000',
  lookupUrl: 'https://msb.example.gov.cn/g/11150102MB1234567X4000127001000',
  demo: true,
};

beforeAll(() => warmUpPdf(), 30_000);

describe('formatting helpers', () => {
  it.each([
    [[1, 2, 3, 4, 5], '星期一至星期五'],
    [[6, 7], '星期六、星期日'],
    [[1, 3, 5], '星期一、星期三、星期五'],
    [[5, 1, 2, 3], '星期一至星期三、星期五'],
  ])('formatDays(%j) = %s', (days, text) => expect(formatDays(days)).toBe(text));

  it('groups opening hours that share days', () => {
    expect(formatHours(foodLicenceGuide().hours, '法定节假日除外')).toBe(
      '星期一至星期五 09:00-12:00、13:00-17:00；星期六 09:00-12:00（法定节假日除外）',
    );
  });

  it('formats limits and money', () => {
    expect(formatYuan(1050)).toBe('10.50 元');
    expect(formatYuan(5)).toBe('0.05 元');
  });
});

describe('renderGuideNotice', () => {
  it('writes a Chinese notice that reads back with its font, QR code and demo mark', async () => {
    const started = performance.now();
    const bytes = await renderGuideNotice(foodLicenceGuide(), meta);
    const elapsed = performance.now() - started;

    const text = (await readPdfText(bytes)).join('\n');
    expect(text).toContain('「食品经营许可（新办）」一次性告知单');
    expect(text).toContain('经营场所平面布局图');
    // a table cell may wrap at the space, so compare with whitespace removed
    expect(text.replace(/\s/g, '')).toContain('按情形：经营场所面积超过300平方米的');
    expect(text).toContain('0471-6600123');
    expect(text).toContain('10个工作日');
    expect(text).toContain('星期一至星期五 09:00-12:00、13:00-17:00');
    expect(text).toContain('10.50 元');
    expect(text).toContain('万分之8');
    expect(text).toContain('第四十五条');
    expect(text).toContain('示例数据，仅供演示');
    expect(text).toMatch(/第 1 页 共 \d 页/);

    const inventory = await inspectPdf(bytes);
    expect(inventory.imageCount).toBe(1);
    expect(inventory.fontFiles).toHaveLength(1);
    const embedded = fontkit.create(inventory.fontFiles[0] ?? new Uint8Array());
    // subset to the characters used: a few hundred glyphs, not the 30,000 of the full font
    expect(embedded.numGlyphs).toBeLessThan(600);
    expect(embedded.hasGlyphForCodePoint('告'.codePointAt(0) ?? 0)).toBe(true);
    expect(bytes.length).toBeLessThan(200_000);
    expect(elapsed).toBeLessThan(1_000); // ~50 ms warm on the reference machine; generous for CI noise
  });

  it('omits the demo line for real data', async () => {
    const text = (
      await readPdfText(await renderGuideNotice(foodLicenceGuide(), { ...meta, demo: false }))
    ).join('');
    expect(text).not.toContain('示例数据');
    expect(text).toContain('实施编码：11150102MB1234567X4000127001000');
  });
});

describe('renderFormPdf', () => {
  const fields = [
    { label: '申请人名称', value: '呼和浩特市某某餐饮有限公司' },
    { label: '统一社会信用代码', value: '91150102MA0XXXXXXX' },
    { label: '经营场所' },
  ];

  it('writes a blank form without the example values', async () => {
    const bytes = await renderFormPdf('食品经营许可申请书', fields, {
      sample: false,
      itemName: '食品经营许可（新办）',
    });
    const text = (await readPdfText(bytes)).join('');
    expect(text).toContain('食品经营许可申请书');
    expect(text).toContain('统一社会信用代码');
    expect(text).not.toContain('呼和浩特市某某餐饮有限公司');
    expect(text).not.toContain('样表');
  });

  it('writes a sample form filled in and marked 样表 and 示例', async () => {
    const bytes = await renderFormPdf('食品经营许可申请书', fields, {
      sample: true,
      itemName: '食品经营许可（新办）',
    });
    const text = (await readPdfText(bytes)).join('');
    expect(text).toContain('样表');
    expect(text).toContain('示例');
    expect(text).toContain('呼和浩特市某某餐饮有限公司');
    expect(text).toContain('91150102MA0XXXXXXX');
  });
});
