import { describe, expect, it } from 'vitest';
import {
  isPinyinQuery,
  normalisePinyinQuery,
  pinyinKeys,
  pinyinMatches,
  pinyinSyllables,
} from './pinyin-keys.ts';

describe('pinyinKeys', () => {
  it.each([
    ['营业执照', 'yingyezhizhao', 'yyzz'],
    ['不动产登记', 'budongchandengji', 'bdcdj'],
    ['住房公积金提取', 'zhufanggongjijintiqu', 'zfgjjtq'],
    ['银行开户', 'yinhangkaihu', 'yhkh'], // polyphone 行 read hang
    ['重新办理', 'chongxinbanli', 'cxbl'], // polyphone 重 read chong
    ['女职工生育津贴', 'nvzhigongshengyujintie', 'nzgsyjt'], // ü written v
    ['ETC卡（个人）办理', 'kagerenbanli', 'kgrbl'], // non-Han removed
    ['', '', ''],
  ])('%s → %s / %s', (name, full, initials) => {
    expect(pinyinKeys(name)).toEqual({ full, initials });
  });

  it('gives letters a–z only', () => {
    const { full, initials } = pinyinKeys('鄂尔多斯市乌审旗 2026 年度·绿色通道');
    expect(full).toMatch(/^[a-z]+$/);
    expect(initials).toMatch(/^[a-z]+$/);
  });
});

describe('isPinyinQuery / normalisePinyinQuery', () => {
  it.each([
    ['yyzz', true],
    ['YYZZ', true],
    ['ying ye zhi zhao', true],
    ["xi'an", true],
    ['ｙｙｚｚ', true], // full-width letters from an IME
    ['营业执照', false],
    ['yy营业', false],
    ['yy1', false],
    ['', false],
    ['   ', false],
    ["'", false],
  ])('isPinyinQuery(%j) = %s', (q, expected) => {
    expect(isPinyinQuery(q)).toBe(expected);
  });

  it.each([
    ["Xi'an", 'xian'],
    [' ying ye ', 'yingye'],
    ['ＹＹＺＺ', 'yyzz'],
    ['lü', 'lv'],
    ['', ''],
  ])('normalisePinyinQuery(%j) = %s', (q, expected) => {
    expect(normalisePinyinQuery(q)).toBe(expected);
  });
});

describe('pinyinMatches (contains-match on the initials or full key)', () => {
  it.each([
    ['营业执照', 'yyzz', true],
    ['营业执照办理', 'yyzz', true],
    ['个体工商户营业执照', 'yyzz', true], // in the middle
    ['营业执照', 'yyz', true],
    ['营业执照', 'YY ZZ', true],
    ['营业执照', 'yingye', true],
    ['营业执照', 'zhizhao', true],
    ['营业执照', 'yyzzz', false],
    ['营业执照', 'zzyy', false],
    ['不动产登记', 'bdc', true],
    ['不动产登记', 'budongchan', true],
    ['银行开户', 'yinhang', true],
    ['银行开户', 'yinxing', false],
    ['营业执照', '', false],
  ])('%s ~ %j → %s', (name, q, expected) => {
    expect(pinyinMatches(pinyinKeys(name), q)).toBe(expected);
  });
});

describe('pinyinSyllables', () => {
  it('reads each Han character in context, at its UTF-16 position', () => {
    const text = 'ETC 银行𠀾卡';
    const syllables = pinyinSyllables(text);
    expect(syllables.map((s) => s.syllable)).toEqual(['yin', 'hang', 'ka']);
    expect(syllables.map((s) => text.slice(s.start, s.end))).toEqual(['银', '行', '卡']);
  });
});
