import { describe, expect, it } from 'vitest';
import { RANK_TIERS, rankScore, rankTier } from './rank.ts';

const order = (q: string, names: string[]): string[] =>
  [...names].sort(
    (a, b) => rankScore({ name: b, popularity: 0 }, q) - rankScore({ name: a, popularity: 0 }, q),
  );

describe('rankTier', () => {
  it.each([
    ['营业执照', '营业执照', RANK_TIERS.exact],
    ['营业执照', '营业执照 ', RANK_TIERS.exact],
    ['营业执照办理', '营业执照 办理', RANK_TIERS.exact], // spaces separate, they do not count
    ['ETC卡办理', 'etc卡办理', RANK_TIERS.exact],
    ['营业执照变更登记', '营业执照', RANK_TIERS.prefix],
    ['个体工商户营业执照办理', '营业执照', RANK_TIERS.substring],
    ['身份证遗失证明', '身份证明', RANK_TIERS.allBigrams],
    ['证明材料办理', '办理 证明', RANK_TIERS.allBigrams], // two runs, found apart
    ['二代证补办', '身份证', RANK_TIERS.related], // only through a synonym
    ['不动产登记', '房产证', RANK_TIERS.related],
    ['营业执照', '不动产', RANK_TIERS.none],
    ['营业执照', '', RANK_TIERS.none],
    // pinyin queries rank by the keys
    ['营业执照', 'yyzz', RANK_TIERS.exact],
    ['营业执照', 'yingyezhizhao', RANK_TIERS.exact],
    ['营业执照变更', 'yyzz', RANK_TIERS.prefix],
    ['个体工商户营业执照', 'yyzz', RANK_TIERS.substring],
    ['不动产登记', 'yyzz', RANK_TIERS.none],
    ['ETC卡办理', 'etc', RANK_TIERS.prefix], // a Latin word that is also a "pinyin" query
  ] as const)('%s / %j → %i', (name, q, tier) => {
    expect(rankTier(name, q)).toBe(tier);
  });
});

describe('rankScore', () => {
  it('orders exact > prefix > substring > all bigrams > synonym > nothing', () => {
    expect(
      order('身份证明', ['身份证遗失证明', '开具身份证明', '户口迁移', '身份证明', '身份证明开具']),
    ).toEqual(['身份证明', '身份证明开具', '开具身份证明', '身份证遗失证明', '户口迁移']);
    expect(order('身份证', ['二代证补办', '营业执照', '居民身份证换领', '身份证'])).toEqual([
      '身份证',
      '居民身份证换领',
      '二代证补办',
      '营业执照',
    ]);
    expect(order('yyzz', ['个体工商户营业执照', '不动产登记', '营业执照', '营业执照变更'])).toEqual([
      '营业执照',
      '营业执照变更',
      '个体工商户营业执照',
      '不动产登记',
    ]);
  });

  it('lets the tier outweigh any popularity', () => {
    const prefix = rankScore({ name: '营业执照变更', popularity: 0 }, '营业执照');
    const substring = rankScore({ name: '个体营业执照', popularity: 10 ** 12 }, '营业执照');
    expect(prefix).toBeGreaterThan(substring);
  });

  it('breaks ties by popularity, then by the shorter name', () => {
    const q = '营业执照';
    const popular = rankScore({ name: '营业执照变更登记', popularity: 500 }, q);
    const quiet = rankScore({ name: '营业执照注销', popularity: 20 }, q);
    const quietLonger = rankScore({ name: '营业执照注销登记', popularity: 20 }, q);
    expect(popular).toBeGreaterThan(quiet);
    expect(quiet).toBeGreaterThan(quietLonger);
  });

  it('is deterministic and an exact integer, whatever the popularity', () => {
    for (const popularity of [0, -5, 1.7, Number.NaN, Number.POSITIVE_INFINITY, 10 ** 15]) {
      const a = rankScore({ name: '营业执照', popularity }, '营业执照');
      expect(rankScore({ name: '营业执照', popularity }, '营业执照')).toBe(a);
      expect(Number.isSafeInteger(a)).toBe(true);
    }
    expect(rankScore({ name: 'x', popularity: -5 }, 'y')).toBe(rankScore({ name: 'x', popularity: 0 }, 'y'));
  });
});
