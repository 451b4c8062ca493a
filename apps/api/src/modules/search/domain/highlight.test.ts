import { describe, expect, it } from 'vitest';
import { type HighlightRange, highlightRanges, mergeRanges } from './highlight.ts';

describe('highlightRanges', () => {
  it.each<[string, string, HighlightRange[]]>([
    // exact substrings
    ['营业执照办理', '营业执照', [[0, 4]]],
    [
      '办理营业执照、营业执照变更',
      '营业执照',
      [
        [2, 6],
        [7, 11],
      ],
    ],
    ['不动产登记', '不动产', [[0, 3]]],
    [
      '营业执照办理',
      '办理 营业',
      [
        [0, 2],
        [4, 6],
      ],
    ],
    // synonyms
    ['居民身份证换领', '身份证', [[0, 5]]],
    ['居民身份证换领', '二代证', [[0, 5]]],
    ['不动产登记', '房产证', [[0, 3]]],
    ['个体工商户设立登记', '个体户', [[0, 5]]],
    // bigrams found apart, when the run is not there whole
    [
      '身份证遗失证明',
      '身份证明',
      [
        [0, 3],
        [5, 7],
      ],
    ],
    // Latin words, folded, whole words only
    ['ETC卡办理', 'etc', [[0, 3]]],
    ['ＥＴＣ卡办理', 'ETC', [[0, 3]]],
    ['fetch ETC', 'etc', [[6, 9]]],
    // pinyin: initials, full, typed parts
    ['营业执照办理', 'yyzz', [[0, 4]]],
    ['营业执照办理', 'yingyezhizhao', [[0, 4]]],
    ['营业执照办理', 'zhizhao', [[2, 4]]],
    ['营业执照办理', 'zhzh', [[2, 4]]],
    ['营业执照办理', 'yingyezz', [[0, 4]]],
    ['营业执照办理', "ying'ye", [[0, 2]]],
    ['个体工商户营业执照', 'yyzz', [[5, 9]]],
    ['不动产登记', 'bdcdj', [[0, 5]]],
    ['银行开户', 'yinhang', [[0, 2]]],
    [
      '营业执照（个体）',
      'zzgt',
      [
        [2, 4],
        [5, 7],
      ],
    ], // keys skip non-Han characters, so the match spans them
    ['营业执照办理', 'xyz', []],
    // positions are UTF-16 offsets, also after characters outside the BMP
    ['𠀾营业执照', '营业', [[2, 4]]],
    ['𠀾营业执照', 'yy', [[2, 4]]],
    // nothing to light
    ['营业执照', '', []],
    ['营业执照', '   ', []],
    ['营业执照', '<b>', []],
    ['', '营业', []],
  ])('%s / %j → %j', (text, q, ranges) => {
    expect(highlightRanges(text, q)).toEqual(ranges);
  });

  it('returns sorted, disjoint ranges inside the text', () => {
    const text = '住房公积金提取（公积金 贷款）ETC etc';
    for (const q of ['公积金', '公积金 ETC', 'gjj', '积金提', '住房公积金']) {
      const ranges = highlightRanges(text, q);
      expect(ranges.length).toBeGreaterThan(0);
      let last = -1;
      for (const [start, end] of ranges) {
        expect(start).toBeGreaterThan(last);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(text.length);
        last = end;
      }
    }
  });
});

describe('mergeRanges', () => {
  it.each<[HighlightRange[], HighlightRange[]]>([
    [[], []],
    [
      [
        [3, 5],
        [0, 2],
      ],
      [
        [0, 2],
        [3, 5],
      ],
    ],
    [
      [
        [0, 2],
        [2, 4],
      ],
      [[0, 4]],
    ], // touching
    [
      [
        [0, 3],
        [1, 2],
      ],
      [[0, 3]],
    ], // contained
    [
      [
        [0, 3],
        [2, 6],
        [8, 9],
      ],
      [
        [0, 6],
        [8, 9],
      ],
    ],
    [[[4, 4]], []], // empty
  ])('%j → %j', (ranges, merged) => {
    expect(mergeRanges(ranges)).toEqual(merged);
  });
});
