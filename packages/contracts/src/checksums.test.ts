import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  checkIdNumber,
  completeCreditCode,
  creditCodeCheckChar,
  idNumberCheckChar,
  isStatisticalOnlyCounty,
  isValidCreditCode,
  isValidIdNumber,
  isValidRegionCode,
  maskIdNumber,
  normaliseCreditCode,
  normaliseIdNumber,
  parentRegionCode,
  regionAncestors,
  regionLevelOf,
  validateCreditCode,
  validateIdNumber,
} from './checksums.ts';

// 2026-06-15 12:00 in China
const NOW = new Date('2026-06-15T04:00:00Z');

describe('公民身份号码 (GB 11643-1999, domain-facts §6.1)', () => {
  it.each([
    ['11010519491231002X'],
    ['440524188001010014'],
    ['34052419800101001X'],
    ['11010519491231002x'], // lowercase x accepted
    [' 440524 18800101 0014 '], // spaces pasted from a document
    ['４４０５２４１８８００１０１００１４'], // full-width digits from an IME
  ])('accepts %s', (value) => {
    expect(isValidIdNumber(value, NOW)).toBe(true);
    expect(validateIdNumber(value, NOW)).toBeNull();
  });

  it.each([
    ['110105194912310021', 'checksum'],
    ['440524188001010015', 'checksum'],
    ['340524198001010010', 'checksum'],
    ['11010519491231002', 'length'],
    ['11010519491231002XX', 'length'],
    ['110105491231002', 'length'], // 15-digit GB 11643-1989 number
    ['', 'length'],
    ['1101051949123100X2', 'format'],
    ['11010519491231002Y', 'format'],
    ['A1010519491231002X', 'format'],
    ['110105194902300021', 'birthDate'], // 30 February
    ['110105194913010021', 'birthDate'], // month 13
    ['110105194900010021', 'birthDate'], // month 00
    ['110105179901010021', 'birthDate'], // before 1800
    ['110105202606160021', 'birthDate'], // tomorrow in China
  ] as const)('refuses %s (%s)', (value, problem) => {
    expect(isValidIdNumber(value, NOW)).toBe(false);
    expect(checkIdNumber(value, NOW)?.problem).toBe(problem);
  });

  it('gives Chinese messages', () => {
    expect(validateIdNumber('123', NOW)).toBe('身份证号码应为 18 位');
    expect(validateIdNumber('1101051949123100X2', NOW)).toContain('格式');
    expect(validateIdNumber('110105194902300021', NOW)).toContain('出生日期');
    expect(validateIdNumber('110105194912310021', NOW)).toContain('校验位');
  });

  it('accepts a birth date of today in China, even when it is still yesterday in UTC', () => {
    const body = '11010520260615001';
    const id = `${body}${idNumberCheckChar(body)}`;
    expect(isValidIdNumber(id, new Date('2026-06-14T16:30:00Z'))).toBe(true); // 00:30 on the 15th in China
    expect(isValidIdNumber(id, new Date('2026-06-14T15:30:00Z'))).toBe(false); // 23:30 on the 14th
  });

  it('accepts 29 February only in leap years', () => {
    const leap = '11010520000229001';
    const notLeap = '11010519000229001';
    expect(isValidIdNumber(`${leap}${idNumberCheckChar(leap)}`, NOW)).toBe(true);
    expect(checkIdNumber(`${notLeap}${idNumberCheckChar(notLeap)}`, NOW)?.problem).toBe('birthDate');
  });

  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['34052419800101001', 'X'],
  ])('check character of %s is %s', (first17, check) => {
    expect(idNumberCheckChar(first17)).toBe(check);
  });

  it('maps every remainder through "10X98765432"', () => {
    // Vary the last body digit (weight 2): remainders cycle through all 11 values over the bodies below.
    const seen = new Set<string>();
    for (let n = 0; n < 100; n++) seen.add(idNumberCheckChar(`110105194912310${String(n).padStart(2, '0')}`));
    expect([...seen].sort().join('')).toBe('0123456789X');
  });

  it('refuses a body that is not 17 digits', () => {
    expect(() => idNumberCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => idNumberCheckChar('1101051949123100A')).toThrow(RangeError);
  });

  it('normalises and masks', () => {
    expect(normaliseIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(maskIdNumber('150102199003071234')).toBe('1501**********1234');
    expect(maskIdNumber('15010219900307123x')).toBe('1501**********123X');
    expect(maskIdNumber('15010219900307123x')).toHaveLength(18);
    expect(maskIdNumber('150102900307123')).toBe('1501*******7123');
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('统一社会信用代码 (GB 32100-2015, domain-facts §6.2)', () => {
  it.each([
    ['91350100M000100Y43'],
    ['11100000000013338W'],
    ['914403001922038216'],
    ['91440300708461136T'],
    ['11430000006122244L'],
    ['113700000045046442'],
    ['11330105002500287C'],
    ['11370800MB28559184'],
    ['91350100m000100y43'], // lower case is normalised
  ])('accepts %s', (value) => {
    expect(isValidCreditCode(value)).toBe(true);
    expect(validateCreditCode(value)).toBeNull();
  });

  it.each([
    ['91350100M000100Y4Z', 'charset'], // the worked example's invalid form
    ['91350100M000100Y44', 'checksum'],
    ['91350211M0000XUF46', 'checksum'], // real Fujian codes reported to fail the check
    ['91350100M0001TGQXM', 'checksum'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['', 'length'],
    ['91350100O000100Y43', 'charset'], // letter O
    ['91350100M000I00Y43', 'charset'],
    ['9135010SM000100Y43', 'charset'],
    ['913501V0M000100Y43', 'charset'],
    ['91350100M000100Y4-', 'charset'],
    ['9135A100M000100Y43', 'format'], // region part must be digits
  ] as const)('refuses %s (%s)', (value, problem) => {
    expect(isValidCreditCode(value)).toBe(false);
    expect(checkCreditCode(value)?.problem).toBe(problem);
  });

  it('gives Chinese messages', () => {
    expect(validateCreditCode('123')).toBe('统一社会信用代码应为 18 位');
    expect(validateCreditCode('91350100O000100Y43')).toContain('不使用 I、O、S、V、Z');
    expect(validateCreditCode('9135A100M000100Y43')).toContain('行政区划');
    expect(validateCreditCode('91350100M000100Y44')).toContain('校验位');
  });

  it.each([
    ['91350100M000100Y4', '3'],
    ['11100000000013338', 'W'],
    ['91440300708461136', 'T'],
    ['11370800MB2855918', '4'],
  ])('check character of %s is %s', (first17, check) => {
    expect(creditCodeCheckChar(first17)).toBe(check);
  });

  it('maps a remainder of 0 to check value 0, never 31', () => {
    // '00000000000000000' sums to 0 → 31 − 0 = 31 → 0
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('completes a body into a valid code', () => {
    expect(completeCreditCode('91350100M000100Y4')).toBe('91350100M000100Y43');
    expect(completeCreditCode('91150203mA0000000')).toMatch(/^91150203MA0000000[0-9A-HJ-NPQRTUWXY]$/);
    for (const body of ['91150203MA0N2XYL1', '12150000011601234', 'Y1150626123456789']) {
      expect(isValidCreditCode(completeCreditCode(body))).toBe(true);
    }
  });

  it.each([['91350100M000100Y'], ['91350100M000100YI'], ['91350100M00O100Y4'], ['9135A100M000100Y4']])(
    'refuses to complete %s',
    (body) => {
      expect(() => completeCreditCode(body)).toThrow(RangeError);
    },
  );

  it('normalises full-width and lower-case input', () => {
    expect(normaliseCreditCode(' ９１３５０１００ｍ０００１００ｙ４３ ')).toBe('91350100M000100Y43');
  });
});

describe('12-digit region codes (domain-facts §7)', () => {
  it.each([
    ['150000000000', 'province'],
    ['150200000000', 'city'],
    ['152900000000', 'city'],
    ['150203000000', 'county'],
    ['150626000000', 'county'],
    ['150271000000', 'county'],
    ['150203001000', 'township'],
    ['150203001002', 'village'],
    ['441900003000', 'township'], // 东莞 东城街道: no county level
    ['441900003001', 'village'],
  ] as const)('%s is a valid %s code', (code, level) => {
    expect(isValidRegionCode(code)).toBe(true);
    expect(regionLevelOf(code)).toBe(level);
  });

  it.each([
    ['15020300000'], // 11 digits
    ['1502030000000'], // 13 digits
    ['15020300000A'],
    ['000000000000'], // no province
    ['001000000000'], // city without province
    ['150003000000'], // county without city
    ['150000001000'], // township without city
    ['150203000001'], // village without township
    [' 150203000000'],
  ])('%s is invalid', (code) => {
    expect(isValidRegionCode(code)).toBe(false);
    expect(() => regionLevelOf(code)).toThrow(RangeError);
  });

  it.each([
    ['150000000000', null],
    ['150700000000', '150000000000'],
    ['150702000000', '150700000000'],
    ['150702001000', '150702000000'],
    ['150702001003', '150702001000'],
    ['441900003000', '441900000000'],
  ])('parent of %s is %s', (code, parent) => {
    expect(parentRegionCode(code)).toBe(parent);
  });

  it.each([
    ['150000000000', []],
    ['150200000000', ['150000000000']],
    ['150203000000', ['150000000000', '150200000000']],
    ['150203001002', ['150000000000', '150200000000', '150203000000', '150203001000']],
    ['441900003001', ['440000000000', '441900000000', '441900003000']],
  ])('ancestors of %s', (code, ancestors) => {
    expect(regionAncestors(code)).toEqual(ancestors);
  });

  it('throws for the parent or ancestors of an invalid code', () => {
    expect(() => parentRegionCode('150003000000')).toThrow(RangeError);
    expect(() => regionAncestors('abc')).toThrow(RangeError);
  });

  it.each([
    ['150271000000', true], // 包头稀土高新区
    ['150172000000', true], // 呼和浩特经济技术开发区
    ['150571000000', true],
    ['152571000000', true], // 乌拉盖管理区
    ['152971000000', true],
    ['150271001000', true], // a township inside the zone
    ['150203000000', false], // 昆都仑区
    ['150626000000', false], // 乌审旗
    ['150781000000', false], // 满洲里市
    ['150700000000', false],
    ['150000000000', false],
    ['15027100000', false], // not a code
  ] as const)('isStatisticalOnlyCounty(%s) = %s', (code, expected) => {
    expect(isStatisticalOnlyCounty(code)).toBe(expected);
  });
});
