import type { Guide, Material } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { checkGuideForPublishing } from './guide-completeness.ts';
import { buildGuide, buildMaterial, invalid } from './test-guide.ts';
import { isBlankOrPlaceholder, isPhoneList } from './text-checks.ts';

/** The example guide with one material changed. */
function withMaterial(index: number, patch: Partial<Material>): Guide {
  const guide = buildGuide();
  return { ...guide, materials: guide.materials.map((m, i) => (i === index ? { ...m, ...patch } : m)) };
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _, ...rest } = value;
  return rest;
}

const APPLICATION = 0; // 食品经营许可申请书: a form, paper and electronic
const LAYOUT = 2; // 平面布局图: paper
const AGENT_PAPERS = 4; // conditional on 委托代理人

const base = buildGuide();
const steps = (patch: Partial<Guide['steps'][number]>, index = 1): Guide['steps'] =>
  base.steps.map((step, i) => (i === index ? { ...step, ...patch } : step));

const sameDaySteps = base.steps.map((step) => ({ ...step, limit: { amount: 0, unit: 'workday' as const } }));

describe('checkGuideForPublishing', () => {
  it('accepts the complete example guide', () => {
    expect(checkGuideForPublishing(buildGuide())).toEqual([]);
  });

  it.each<[string, Guide, string, number | undefined]>([
    // 指标12
    [
      '法定时限单位不明',
      buildGuide({ legalLimit: { amount: 20, unit: invalid('月') } }),
      'legalLimit.unit',
      12,
    ],
    [
      '承诺件法定时限为 0',
      buildGuide({ legalLimit: { amount: 0, unit: 'natural' } }),
      'legalLimit.amount',
      12,
    ],
    // 指标13
    [
      '承诺时限超过法定时限',
      buildGuide({ promisedLimit: { amount: 25, unit: 'workday' } }),
      'promisedLimit.amount',
      13,
    ],
    [
      '承诺时限单位不明',
      buildGuide({ promisedLimit: { amount: 10, unit: invalid('') } }),
      'promisedLimit.unit',
      13,
    ],
    ['即办件承诺时限不为 0', buildGuide({ instant: true }), 'promisedLimit.amount', 13],
    [
      '当场办结却标为承诺件',
      buildGuide({ promisedLimit: { amount: 0, unit: 'workday' }, steps: sameDaySteps }),
      'instant',
      13,
    ],
    // 指标14
    ['街道为空', buildGuide({ location: { ...base.location, address: ' ' } }), 'location.address', 14],
    [
      '地址无街道名称',
      buildGuide({ location: { ...base.location, address: '呼伦贝尔市政务服务中心' } }),
      'location.address',
      14,
    ],
    [
      '门牌号为“无”',
      buildGuide({ location: { ...base.location, doorNumber: '无' } }),
      'location.doorNumber',
      14,
    ],
    [
      '门牌号无号码',
      buildGuide({ location: { ...base.location, doorNumber: '中心大楼' } }),
      'location.doorNumber',
      14,
    ],
    ['房间号待定', buildGuide({ location: { ...base.location, room: '待定' } }), 'location.room', 14],
    ['窗口号为“/”', buildGuide({ location: { ...base.location, window: '／' } }), 'location.window', 14],
    // 指标15
    ['无办理时间', buildGuide({ hours: [] }), 'hours', 15],
    [
      '开始晚于结束',
      buildGuide({ hours: [{ days: [1, 2, 3, 4, 5], start: '17:00', end: '09:00' }] }),
      'hours.0',
      15,
    ],
    ['未选星期', buildGuide({ hours: [{ days: [], start: '09:00', end: '17:00' }] }), 'hours.0.days', 15],
    [
      '时间段重叠',
      buildGuide({
        hours: [
          { days: [1, 2, 3, 4, 5], start: '09:00', end: '12:00' },
          { days: [5], start: '11:00', end: '17:00' },
        ],
      }),
      'hours.1',
      15,
    ],
    // 指标16 and 监督投诉
    ['咨询电话不是号码', buildGuide({ consultPhone: '请到窗口咨询' }), 'consultPhone', 16],
    ['咨询电话缺区号', buildGuide({ consultPhone: '8218123' }), 'consultPhone', 16],
    ['投诉电话为空', buildGuide({ complaintPhone: '' }), 'complaintPhone', undefined],
    // 指标17
    [
      '中介服务无依据',
      buildGuide({ intermediaries: [{ name: '消防安全评估', basis: '' }] }),
      'intermediaries.0.basis',
      17,
    ],
    [
      '特殊环节无依据',
      buildGuide({
        specialProcedures: [{ name: '专家评审', maxDuration: { amount: 15, unit: 'workday' }, basis: '无' }],
      }),
      'specialProcedures.0.basis',
      17,
    ],
    // 指标18–20
    ['材料无出具单位', withMaterial(LAYOUT, { issuer: '待定' }), `materials.${LAYOUT}.issuer`, 18],
    ['纸质材料份数为 0', withMaterial(LAYOUT, { originals: 0 }), `materials.${LAYOUT}.originals`, 19],
    ['材料形式不明', withMaterial(LAYOUT, { media: invalid('光盘') }), `materials.${LAYOUT}.media`, 20],
    // 指标21
    ['无办理流程', buildGuide({ steps: [] }), 'steps', 21],
    ['环节无审查标准', buildGuide({ steps: steps({ standard: '' }) }), 'steps.1.standard', 21],
    ['环节无办理人员', buildGuide({ steps: steps({ handlerRole: '无' }) }), 'steps.1.handlerRole', 21],
    ['环节无办理结果', buildGuide({ steps: steps({ result: '-' }) }), 'steps.1.result', 21],
    [
      '环节时限合计超过承诺时限',
      buildGuide({ steps: steps({ limit: { amount: 9, unit: 'workday' } }) }),
      'steps',
      21,
    ],
    // 指标22
    ['IV级却要到现场', buildGuide({ visits: 1 }), 'visits', 22],
    ['III级到现场 2 次', buildGuide({ maturity: 'III', visits: 2 }), 'visits', 22],
    ['不到现场却不是 IV级', buildGuide({ maturity: 'III' }), 'maturity', 22],
    ['网办深度无网上渠道', buildGuide({ channels: ['window'] }), 'channels', 22],
    ['要到现场却无窗口渠道', buildGuide({ maturity: 'III', visits: 1, channels: ['web'] }), 'channels', 22],
    ['不到现场却只能窗口领取', buildGuide({ delivery: ['window'] }), 'delivery', 22],
    // 指标23–24
    [
      '表格无空白表',
      {
        ...base,
        materials: base.materials.map((m, i) => (i === APPLICATION ? withoutKey(m, 'blankForm') : m)),
      },
      `materials.${APPLICATION}.blankForm`,
      23,
    ],
    [
      '表格无样表',
      {
        ...base,
        materials: base.materials.map((m, i) => (i === APPLICATION ? withoutKey(m, 'sampleForm') : m)),
      },
      `materials.${APPLICATION}.sampleForm`,
      24,
    ],
    // internal consistency
    ['事项名称为空', buildGuide({ name: '  ' }), 'name', undefined],
    ['受理条件为“无”', buildGuide({ conditions: '无' }), 'conditions', undefined],
    ['无申请材料', buildGuide({ materials: [] }), 'materials', undefined],
    ['材料标识重复', withMaterial(LAYOUT, { id: 'application' }), `materials.${LAYOUT}.id`, undefined],
    [
      '按情形提交但无情形',
      withMaterial(AGENT_PAPERS, { whenOptions: [] }),
      `materials.${AGENT_PAPERS}.whenOptions`,
      undefined,
    ],
    [
      '引用不存在的情形选项',
      withMaterial(AGENT_PAPERS, { whenOptions: ['by-post'] }),
      `materials.${AGENT_PAPERS}.whenOptions`,
      undefined,
    ],
    [
      '必要材料设了情形',
      withMaterial(LAYOUT, { whenOptions: ['by-agent'] }),
      `materials.${LAYOUT}.whenOptions`,
      undefined,
    ],
    [
      '情形选项标识重复',
      buildGuide({
        situations: [
          ...base.situations,
          {
            id: 'chain',
            question: '是否为连锁经营？',
            multiple: false,
            options: [
              { id: 'by-agent', label: '是' },
              { id: 'not-chain', label: '否' },
            ],
          },
        ],
      }),
      'situations',
      undefined,
    ],
    [
      '不收费却有收费项目',
      buildGuide({ fees: { free: true, items: [{ name: '工本费', basis: '某文件', amountFen: 500 }] } }),
      'fees.items',
      undefined,
    ],
    ['收费却无项目', buildGuide({ fees: { free: false, items: [] } }), 'fees.items', undefined],
    [
      '收费项目无依据',
      buildGuide({ fees: { free: false, items: [{ name: '工本费', basis: '', amountFen: 500 }] } }),
      'fees.items.0.basis',
      undefined,
    ],
    [
      '收费项目金额和费率都填',
      buildGuide({
        fees: {
          free: false,
          items: [{ name: '登记费', basis: '某文件', amountFen: 500, rateBasisPoints: 5, rateOf: '价款' }],
        },
      }),
      'fees.items.0',
      undefined,
    ],
    [
      '收费项目金额和费率都没填',
      buildGuide({ fees: { free: false, items: [{ name: '登记费', basis: '某文件' }] } }),
      'fees.items.0',
      undefined,
    ],
    [
      '费率无计算基数',
      buildGuide({ fees: { free: false, items: [{ name: '登记费', basis: '某文件', rateBasisPoints: 5 }] } }),
      'fees.items.0.rateOf',
      undefined,
    ],
    // seed 003 三(一)5
    ['模糊性表述', withMaterial(LAYOUT, { name: '平面图等材料' }), `materials.${LAYOUT}.name`, undefined],
    // DESIGN.md forms: application forms ask registered data elements only
    [
      '申请表字段不是数据元',
      buildGuide({ applicationForm: { fields: [{ key: 'pet.name', required: true }] } }),
      'applicationForm.fields.0.key',
      undefined,
    ],
  ])('%s', (_, guide, field, indicator) => {
    const findings = checkGuideForPublishing(guide);
    expect(findings.map((finding) => [finding.field, finding.indicator])).toEqual([[field, indicator]]);
    const [finding] = findings;
    expect(finding?.message).toMatch(/\p{Script=Han}/u);
    expect(finding?.fix).toMatch(/\p{Script=Han}/u);
  });

  it('accepts fees with a basis and one of amount or rate', () => {
    const fees = {
      free: false,
      items: [
        { name: '工本费', basis: '《内蒙古自治区行政事业性收费目录清单》', amountFen: 1000 },
        {
          name: '登记费',
          basis: '《内蒙古自治区行政事业性收费目录清单》',
          rateBasisPoints: 5,
          rateOf: '成交价款',
        },
      ],
    };
    expect(checkGuideForPublishing(buildGuide({ fees }))).toEqual([]);
  });

  it('accepts an instant item with a promised limit of 0', () => {
    const guide = buildGuide({
      instant: true,
      promisedLimit: { amount: 0, unit: 'workday' },
      steps: sameDaySteps,
    });
    expect(checkGuideForPublishing(guide)).toEqual([]);
  });

  it('compares promised with legal only in the same unit', () => {
    const guide = buildGuide({
      legalLimit: { amount: 10, unit: 'natural' },
      promisedLimit: { amount: 10, unit: 'workday' },
    });
    expect(checkGuideForPublishing(guide)).toEqual([]);
  });

  it('names the material in the message', () => {
    const [finding] = checkGuideForPublishing(withMaterial(LAYOUT, { issuer: '' }));
    expect(finding?.message).toContain('申请材料第3项「经营场所平面布局图及设备布局、工艺流程图」');
  });

  it('reports every flaw of a poor guide', () => {
    const guide = buildGuide({
      location: { address: '无', doorNumber: '无', room: '无', window: '无' },
      consultPhone: '无',
      materials: [buildMaterial({ issuer: '', isForm: true })],
    });
    const indicators = new Set(checkGuideForPublishing(guide).map((finding) => finding.indicator));
    expect([...indicators]).toEqual(expect.arrayContaining([14, 16, 18, 23, 24]));
  });
});

describe('text checks', () => {
  it.each([
    ['0470-8218123', true],
    ['04708218123', true],
    ['(0470)8218123', true],
    ['０４７０－８２１８１２３', true],
    ['0470-8218123转801', true],
    ['010-12345678', true],
    ['12345', true],
    ['12315', true],
    ['400-810-1234', true],
    ['13947012345', true],
    ['0470-8218123、12345', true],
    ['0470-8218123；13947012345', true],
    ['8218123', false],
    ['1394701234', false],
    ['12345678901', false],
    ['无', false],
    ['', false],
    ['请咨询窗口', false],
  ])('isPhoneList(%s) = %s', (text, valid) => {
    expect(isPhoneList(text)).toBe(valid);
  });

  it.each([
    ['', true],
    ['  ', true],
    ['无', true],
    [' 暂无 ', true],
    ['待定', true],
    ['N/A', true],
    ['XXX', true],
    ['——', true],
    ['／', true],
    ['12号窗口', false],
    ['申请人', false],
    ['户口所在地派出所', false],
  ])('isBlankOrPlaceholder(%j) = %s', (text, blank) => {
    expect(isBlankOrPlaceholder(text)).toBe(blank);
  });
});
