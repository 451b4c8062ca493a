import { describe, expect, it } from 'vitest';
import {
  type BaseItemRef,
  findLevelDeviations,
  type ImplementationGuide,
  normalizeElement,
} from './consistency.ts';
import { buildGuide } from './test-guide.ts';

const guide = buildGuide();
const baseItem: BaseItemRef = {
  code: guide.baseCode,
  name: guide.name,
  itemType: guide.itemType,
  basis: guide.basis,
};

const impl = (
  implementationId: string,
  regionCode: string,
  overrides: Parameters<typeof buildGuide>[0] = {},
): ImplementationGuide => ({
  implementationId,
  regionCode,
  orgName: '市场监督管理局',
  guide: buildGuide(overrides),
});

describe('normalizeElement', () => {
  it.each([
    ['食品经营许可（新办）', '食品经营许可(新办)'],
    ['食品经营许可 （新办）', '食品经营许可(新办)'],
    ['《食品安全法》第三十五条；', '《食品安全法》第三十五条;'],
    ['“一网办”', '"一网办"'],
    ['国发〔2022〕5号', '国发[2022]5号'],
    ['ＡＢ１２３', 'AB123'],
    ['第一条\u3000第二款', '第一条第二款'],
  ])('%s ≡ %s', (a, b) => {
    expect(normalizeElement(a)).toBe(normalizeElement(b));
  });

  it.each([
    ['食品经营许可', '食品经营许可（新办）'],
    ['第三十五条', '第三十六条'],
  ])('%s ≢ %s', (a, b) => {
    expect(normalizeElement(a)).not.toBe(normalizeElement(b));
  });
});

describe('findLevelDeviations (三级N同)', () => {
  it('accepts implementations at every level that share the base elements', () => {
    const impls = [
      impl('region', '150000'),
      impl('league', '150700', { name: '食品经营许可(新办)' }),
      impl('banner', '150702', { basis: ` ${guide.basis.replaceAll('；', ';')} ` }),
    ];
    expect(findLevelDeviations(baseItem, impls)).toEqual([]);
  });

  it.each([
    [
      'name',
      { name: '食品经营许可证核发（新办）' },
      '事项名称与基本目录不一致：基本目录为“食品经营许可（新办）”，实施清单为“食品经营许可证核发（新办）”',
    ],
    [
      'baseCode',
      { baseCode: '000117005001' },
      '事项编码与基本目录不一致：基本目录为“000117005000”，实施清单为“000117005001”',
    ],
    [
      'itemType',
      { itemType: 'confirmation' },
      '事项类型与基本目录不一致：基本目录为“行政许可”，实施清单为“行政确认”',
    ],
    ['basis', { basis: '《中华人民共和国食品安全法》' }, '设定和实施依据与基本目录不一致'],
  ] as const)('reports a different %s', (field, overrides, message) => {
    const deviations = findLevelDeviations(baseItem, [
      impl('ok', '150700'),
      impl('bad', '150781', overrides),
    ]);
    expect(deviations).toHaveLength(1);
    expect(deviations[0]).toMatchObject({
      implementationId: 'bad',
      regionCode: '150781',
      orgName: '市场监督管理局',
      field,
      message,
    });
    expect(deviations[0]?.expected).toBe(field === 'baseCode' ? baseItem.code : baseItem[field]);
    expect(deviations[0]?.actual).toBe(overrides[field as keyof typeof overrides]);
  });

  it('lists every differing element of one implementation', () => {
    const deviations = findLevelDeviations(baseItem, [
      impl('bad', '150702', { name: '食品经营许可', itemType: 'filing' }),
    ]);
    expect(deviations.map((d) => d.field)).toEqual(['name', 'itemType']);
  });
});
