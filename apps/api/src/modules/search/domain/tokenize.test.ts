import { describe, expect, it } from 'vitest';
import {
  characterBigrams,
  indexTokens,
  matchTokenGroups,
  normaliseSearchText,
  parseQuery,
  queryTokenGroups,
} from './tokenize.ts';

const matches = (q: string, ...texts: string[]): boolean =>
  matchTokenGroups(indexTokens(texts), queryTokenGroups(q));

describe('indexTokens', () => {
  it('holds segmenter words, characters, bigrams, Latin words and synonym terms, once each', () => {
    const tokens = indexTokens(['居民身份证换领', 'ETC卡 办理', '公安局']);
    for (const t of [
      '身份',
      '居民',
      '居',
      '证',
      '民身',
      '份证',
      '证换',
      '换领',
      'etc',
      '卡',
      '办理',
      '公安',
      '安局',
    ]) {
      expect(tokens).toContain(t);
    }
    expect(tokens).toContain('居民身份证');
    expect(tokens).toContain('身份证');
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('keeps 不动产 findable although the segmenter cuts it into 不动/产', () => {
    const tokens = indexTokens(['不动产登记']);
    expect(tokens).toEqual(expect.arrayContaining(['不动', '动产', '不动产']));
    expect(matches('不动产', '不动产登记')).toBe(true);
    expect(matches('动产', '不动产登记')).toBe(true);
    expect(matches('公积金', '住房公积金提取')).toBe(true);
  });

  it('folds case and full width', () => {
    expect(indexTokens(['ＥＴＣ办理'])).toContain('etc');
    expect(indexTokens(['4S店'])).toContain('4s');
  });

  it('gives nothing for empty texts', () => {
    expect(indexTokens([])).toEqual([]);
    expect(indexTokens(['', '  ', '，。'])).toEqual([]);
  });
});

describe('queryTokenGroups', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['证', [['证']]],
    ['办理', [['办理']]],
    ['迁移登记', [['迁移'], ['移登'], ['登记']]],
    ['办理办理', [['办理'], ['理办']]], // repeated groups collapse
    ['ETC', [['etc']]],
    ['ETC 卡', [['卡'], ['etc']]],
    ['ｅｔｃ', [['etc']]],
  ])('%j → %j', (q, groups) => {
    expect(queryTokenGroups(q)).toEqual(groups);
  });

  it('adds the synonyms of a table term to every bigram that overlaps it', () => {
    expect(queryTokenGroups('二代证')).toEqual([
      ['二代', '二代证', '身份证', '居民身份证'],
      ['代证', '二代证', '身份证', '居民身份证'],
    ]);
    const groups = queryTokenGroups('补办身份证');
    expect(groups[0]).toEqual(['补办']); // outside the term: literal only
    expect(groups[1]).toEqual(['办身', '身份证', '居民身份证', '二代证']); // straddles the term
  });
});

describe('matching (the in-memory twin of `tokens && ARRAY[...]` per group)', () => {
  it.each([
    // [query, item texts, matches]
    ['身份证', ['居民身份证换领'], true],
    ['二代证', ['居民身份证换领'], true],
    ['居民身份证', ['二代证补办'], true],
    ['补办身份证', ['补办居民身份证'], true],
    ['户籍', ['户口迁移'], true],
    ['社保', ['社会保险费缴纳'], true],
    ['医保', ['城乡居民医疗保险参保登记'], true],
    ['公积金', ['住房公积金提取'], true],
    ['结婚', ['内地居民婚姻登记'], true],
    ['出生证', ['出生医学证明办理'], true],
    ['驾照', ['机动车驾驶证换证'], true],
    ['房产证', ['不动产登记'], true],
    ['不动产', ['房产证补发'], true],
    ['退休', ['城镇职工养老保险待遇申领'], true],
    ['个体户', ['个体工商户设立登记'], true],
    ['消防', ['公众聚集场所投入使用、营业前消防安全检查'], true],
    ['餐馆', ['餐饮服务食品经营许可'], true],
    ['营业执照', ['不动产登记'], false],
    ['身份证', ['户口迁移'], false],
    ['个体户', ['营业执照（个体）'], false],
    // keywords and department name are indexed too
    ['公安', ['居民身份证换领', '二代证', '呼和浩特市公安局'], true],
    ['换证', ['驾驶证', '换证', '交管'], true],
    // Latin words match whole words
    ['ETC', ['ETC卡办理'], true],
    ['etc', ['ＥＴＣ卡办理'], true],
    ['et', ['ETC卡办理'], false],
    // trade-off: bigrams found apart still match (ranked below substring matches)
    ['身份证明', ['身份证遗失证明'], true],
  ] as const)('%s ~ %j → %s', (q, texts, expected) => {
    expect(matches(q, ...texts)).toBe(expected);
  });

  // The design guarantee: every substring of an item's name finds the item.
  it.each([
    ['不动产登记'],
    ['个体工商户设立登记'],
    ['住房公积金提取'],
    ['公众聚集场所投入使用、营业前消防安全检查'],
    ['鄂尔多斯市乌审旗𠀾字号变更'], // a character outside the BMP
  ])('every substring of %s matches it', (name) => {
    const tokens = indexTokens([name]);
    const chars = Array.from(name);
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 1; j <= chars.length; j++) {
        const sub = chars.slice(i, j).join('');
        const groups = queryTokenGroups(sub);
        if (groups.length === 0) continue; // punctuation only
        expect(matchTokenGroups(tokens, groups), sub).toBe(true);
      }
    }
  });

  it('matches a Mongolian-script word as a whole word', () => {
    expect(matches('ᠮᠣᠩᠭᠣᠯ', 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ')).toBe(true);
  });
});

describe('helpers', () => {
  it.each([
    ['', []],
    ['证', []],
    ['公积金', ['公积', '积金']],
    ['𠀾字', ['𠀾字']],
  ])('characterBigrams(%s)', (run, pairs) => {
    expect(characterBigrams(run)).toEqual(pairs);
  });

  it('parses a query into Han runs and words', () => {
    expect(parseQuery('ETC卡 办理 ETC')).toEqual({ hanRuns: ['卡', '办理'], words: ['etc'] });
    expect(normaliseSearchText('ＡＢＣ１２３')).toBe('abc123');
  });

  it('matches nothing for a group with no shared token, and everything for no groups', () => {
    expect(matchTokenGroups(['a'], [['b']])).toBe(false);
    expect(matchTokenGroups(['a'], [])).toBe(true);
  });
});
