import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskMobile } from './mask.ts';

describe('maskIdNumber', () => {
  it.each([
    ['150203199001011234', '1502**********1234'],
    ['15020319900101123X', '1502**********123X'],
    // lowercase x is normalised before masking (domain-facts §6.1)
    ['15020319900101123x', '1502**********123X'],
    // legacy 15-digit numbers (GB 11643-1989) keep the same 4 + 4
    ['150203900101123', '1502*******1123'],
    ['１５０２０３１９９００１０１１２３４', '1502**********1234'],
    ['12345678', '********'],
    ['', ''],
  ])('%s → %s', (input, expected) => expect(maskIdNumber(input)).toBe(expected));

  it('hides the county and the birth date and keeps the length', () => {
    const masked = maskIdNumber('150203199001011234');
    expect(masked).toHaveLength(18);
    expect(masked).not.toContain('0203');
    expect(masked).not.toContain('19900101');
  });
});

describe('maskMobile', () => {
  it.each([
    ['13800000000', '138****0000'],
    ['19912345678', '199****5678'],
    ['138 0000 1234', '138****1234'],
    ['0472-0000123', '********0123'],
    ['1234', '****'],
    ['', ''],
  ])('%s → %s', (input, expected) => expect(maskMobile(input)).toBe(expected));

  it('passes a missing number through as null', () => expect(maskMobile(null)).toBeNull());
});
