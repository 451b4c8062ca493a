import { describe, expect, it } from 'vitest';
import { expandSynonyms, findSynonymTerms, SYNONYM_GROUPS, SYNONYM_TERMS } from './synonyms.ts';

describe('synonym table', () => {
  it.each([
    ['身份证', ['身份证', '居民身份证', '二代证']],
    ['二代证', ['二代证', '身份证', '居民身份证']],
    ['执照', ['执照', '营业执照']],
    ['户籍', ['户籍', '户口']],
    ['社会保险', ['社会保险', '社保']],
    ['医保', ['医保', '医疗保险']],
    ['公积金', ['公积金', '住房公积金']],
    ['婚姻登记', ['婚姻登记', '结婚']],
    ['出生证', ['出生证', '出生医学证明']],
    ['驾照', ['驾照', '驾驶证']],
    ['不动产', ['不动产', '房产证', '不动产权证书']],
    ['退休', ['退休', '养老保险待遇']],
    ['个体户', ['个体户', '个体工商户']],
    ['消防', ['消防', '消防安全检查']],
    ['餐馆', ['餐馆', '餐饮']],
    ['未收录', ['未收录']],
  ])('expandSynonyms(%s)', (term, expanded) => {
    expect(expandSynonyms(term)).toEqual(expanded);
  });

  it('is symmetric: every term of a group expands to the whole group', () => {
    for (const group of SYNONYM_GROUPS) {
      for (const term of group) expect(new Set(expandSynonyms(term))).toEqual(new Set(group));
    }
  });

  it('holds terms of at least two Han characters, in no more than one group each', () => {
    const seen = new Set<string>();
    for (const group of SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThan(1);
      for (const term of group) {
        expect(term).toMatch(/^\p{Script=Han}{2,}$/u);
        expect(seen.has(term), term).toBe(false);
        seen.add(term);
      }
    }
    expect(SYNONYM_TERMS).toHaveLength(seen.size);
  });

  it('finds every term occurrence, overlapping ones included, by position', () => {
    expect(findSynonymTerms('补办居民身份证')).toEqual([
      { term: '居民身份证', start: 2, end: 7 },
      { term: '身份证', start: 4, end: 7 },
    ]);
    expect(findSynonymTerms('不动产权证书')).toEqual([
      { term: '不动产权证书', start: 0, end: 6 },
      { term: '不动产', start: 0, end: 3 },
    ]);
    expect(findSynonymTerms('户口户口')).toEqual([
      { term: '户口', start: 0, end: 2 },
      { term: '户口', start: 2, end: 4 },
    ]);
    expect(findSynonymTerms('办理')).toEqual([]);
  });
});
