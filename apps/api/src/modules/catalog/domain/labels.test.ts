import {
  AUDIENCE_LABELS,
  AUDIENCES,
  BUSINESS_KIND_LABELS,
  BUSINESS_KINDS,
  CHANNEL_LABELS,
  CHANNELS,
  CROSS_REGION_LABELS,
  CROSS_REGION_MODES,
  DELIVERY_LABELS,
  DELIVERY_METHODS,
  type EnumLabels,
  FIELD_LABELS,
  formatTimeLimit,
  ITEM_TYPE_LABELS,
  ITEM_TYPES,
  LIMIT_UNIT_LABELS,
  LIMIT_UNITS,
  labelOf,
  labelPath,
  MATERIAL_MEDIA,
  MATERIAL_MEDIA_LABELS,
  MATERIAL_REQUIREMENT_LABELS,
  MATERIAL_REQUIREMENTS,
  MATERIAL_SOURCE_LABELS,
  MATERIAL_SOURCES,
  MATURITY_LABELS,
  MATURITY_LEVELS,
  RESULT_KIND_LABELS,
  RESULT_KINDS,
  WINDOW_CATEGORIES,
  WINDOW_CATEGORY_LABELS,
} from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { buildGuide } from './test-guide.ts';

describe('labelPath', () => {
  it.each([
    ['legalLimit', '法定办结时限'],
    ['legalLimit.unit', '法定办结时限·计算单位（工作日/自然日）'],
    ['location.window', '办理地点·窗口号'],
    ['materials', '申请材料'],
    ['materials.2.issuer', '申请材料第3项·材料来源或出具单位'],
    ['materials.0.whenOptions.1', '申请材料第1项·适用情形第2项'],
    ['steps.0.limit.amount', '办理流程第1项·环节办理时限·时长'],
    ['situations.1.options.0.label', '办理情形第2项·选项第1项·选项名称'],
    ['fees.items.0.amountFen', '收费·收费项目第1项·收费金额（分）'],
    ['hours.1.start', '办理时间第2项·开始时间'],
    ['channels.0', '办理渠道第1项'],
    ['unknownField.deeper', 'unknownField·deeper'],
  ])('%s → %s', (path, label) => {
    expect(labelPath(path)).toBe(label);
  });

  it.each([
    ['materials.1.issuer', '申请材料第2项「营业执照」·材料来源或出具单位'],
    [
      'situations.0.options.1.label',
      '办理情形第1项「由谁到窗口或在网上提交申请？」·选项第2项「委托代理人」·选项名称',
    ],
    ['steps.2', '办理流程第3项「决定」'],
    ['materials.9.issuer', '申请材料第10项·材料来源或出具单位'],
  ])('names the element when given the guide: %s', (path, label) => {
    expect(labelPath(path, buildGuide())).toBe(label);
  });

  it('labels every top-level element of the guide', () => {
    const unlabelled = Object.keys(buildGuide()).filter((key) => FIELD_LABELS[key] === undefined);
    expect(unlabelled).toEqual([]);
  });
});

describe('enum labels', () => {
  it.each<[string, readonly string[], EnumLabels]>([
    ['事项类型', ITEM_TYPES, ITEM_TYPE_LABELS],
    ['时限单位', LIMIT_UNITS, LIMIT_UNIT_LABELS],
    ['业务办理项', BUSINESS_KINDS, BUSINESS_KIND_LABELS],
    ['办理深度', MATURITY_LEVELS, MATURITY_LABELS],
    ['办理渠道', CHANNELS, CHANNEL_LABELS],
    ['服务对象', AUDIENCES, AUDIENCE_LABELS],
    ['窗口类别', WINDOW_CATEGORIES, WINDOW_CATEGORY_LABELS],
    ['送达方式', DELIVERY_METHODS, DELIVERY_LABELS],
    ['跨域通办', CROSS_REGION_MODES, CROSS_REGION_LABELS],
    ['材料必要性', MATERIAL_REQUIREMENTS, MATERIAL_REQUIREMENT_LABELS],
    ['材料来源', MATERIAL_SOURCES, MATERIAL_SOURCE_LABELS],
    ['材料形式', MATERIAL_MEDIA, MATERIAL_MEDIA_LABELS],
    ['结果类型', RESULT_KINDS, RESULT_KIND_LABELS],
  ])('%s: every contract value has a Chinese label', (_, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });

  it.each([
    [ITEM_TYPE_LABELS, 'licensing', '行政许可'],
    [ITEM_TYPE_LABELS, 'filing', '行政备案'],
    [MATURITY_LABELS, 'IV', 'IV级 全程网办'],
    [CROSS_REGION_LABELS, 'remote_proxy', '异地代收代办'],
    [MATERIAL_REQUIREMENT_LABELS, 'conditional', '按情形提交'],
    [AUDIENCE_LABELS, 'legal_person', '法人'],
    [ITEM_TYPE_LABELS, 'unknown', 'unknown'],
  ])('labelOf(%#) → %s', (labels, value, label) => {
    expect(labelOf(labels, value)).toBe(label);
  });

  it.each([
    [{ amount: 20, unit: 'workday' as const }, '20个工作日'],
    [{ amount: 30, unit: 'natural' as const }, '30个自然日'],
    [{ amount: 0, unit: 'workday' as const }, '当场办结'],
  ])('formatTimeLimit(%j) → %s', (limit, text) => {
    expect(formatTimeLimit(limit)).toBe(text);
  });
});
