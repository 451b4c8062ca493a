import { describe, expect, it } from 'vitest';
import {
  DATA_ELEMENT_FORMATS,
  DATA_ELEMENT_TYPES,
  DATA_ELEMENTS,
  findDataElement,
  isDataElementKey,
} from './data-elements.ts';

describe('data element registry', () => {
  it('has about 40 elements with unique keys', () => {
    const keys = DATA_ELEMENTS.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(40);
  });

  it.each(DATA_ELEMENTS.map((e) => [e.key, e] as const))('%s is consistent', (key, e) => {
    expect(key).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/);
    expect(e.label).toMatch(/\p{Script=Han}/u);
    expect(DATA_ELEMENT_TYPES).toContain(e.type);
    if (e.format !== undefined) expect(DATA_ELEMENT_FORMATS).toContain(e.format);
    if (e.format === 'date') expect(e.type).toBe('date');
    if (e.format && e.format !== 'date') expect(e.type).toBe('string');
    if (e.type === 'enum') {
      expect(e.enum?.length ?? 0).toBeGreaterThan(0);
      const values = (e.enum ?? []).map((o) => o.value);
      expect(new Set(values).size).toBe(values.length);
      for (const o of e.enum ?? []) expect(o.label).not.toBe('');
    } else {
      expect(e.enum).toBeUndefined();
    }
    if (e.minLength !== undefined || e.maxLength !== undefined || e.pattern !== undefined)
      expect(e.type).toBe('string');
    if (e.minLength !== undefined && e.maxLength !== undefined)
      expect(e.minLength).toBeLessThanOrEqual(e.maxLength);
    if (e.minimum !== undefined || e.maximum !== undefined) expect(['integer', 'number']).toContain(e.type);
    if (e.minimum !== undefined && e.maximum !== undefined) expect(e.minimum).toBeLessThanOrEqual(e.maximum);
    if (e.pattern !== undefined) expect(() => new RegExp(e.pattern ?? '', 'u')).not.toThrow();
  });

  it.each([
    ['applicant.idNumber', 'idNumber', true],
    ['agent.idNumber', 'idNumber', true],
    ['enterprise.legalRepresentative.idNumber', 'idNumber', true],
    ['deceased.idNumber', 'idNumber', true],
    ['deceased.deathDate', 'date', true],
    ['enterprise.creditCode', 'creditCode', undefined],
    ['applicant.mobile', 'mobile', true],
    ['applicant.householdRegion', 'regionCode', undefined],
  ])('%s has format %s (personal: %s)', (key, format, personal) => {
    const e = findDataElement(key);
    expect(e?.format).toBe(format);
    expect(e?.personal).toBe(personal);
  });

  it('has the facts the 一件事 member forms ask (身后、开办餐饮店、水电气过户)', () => {
    expect(findDataElement('deceased.name')).toMatchObject({ type: 'string', maxLength: 50, personal: true });
    expect(findDataElement('deceased.relationship')?.enum?.map((o) => o.value)).toEqual([
      'spouse',
      'child',
      'parent',
      'sibling',
      'other',
    ]);
    expect(findDataElement('premises.address')).toMatchObject({ type: 'string', maxLength: 200 });
    expect(findDataElement('premises.areaSquareMetres')).toMatchObject({ type: 'number', minimum: 0 });
    expect(findDataElement('signboard.text')).toMatchObject({ type: 'string', minLength: 1, maxLength: 50 });
    expect(findDataElement('signboard.areaSquareMetres')).toMatchObject({ type: 'number', maximum: 1000 });
    // each utility numbers its own accounts: one key per utility, the same account rule for all
    const accounts = ['utility.accountNumber', 'electricity', 'water', 'gas'].map((k) =>
      findDataElement(k.includes('.') ? k : `utility.${k}AccountNumber`),
    );
    for (const e of accounts) expect(e?.pattern).toBe('^[0-9A-Za-z-]{4,30}$');
    expect(new Set(accounts.map((e) => e?.label)).size).toBe(4);
  });

  it('keeps money in integer fen', () => {
    for (const e of DATA_ELEMENTS.filter((x) => x.key.endsWith('Fen'))) expect(e.type).toBe('integer');
  });

  it('recognises registry keys only', () => {
    expect(isDataElementKey('applicant.name')).toBe(true);
    expect(isDataElementKey('applicant.nickname')).toBe(false);
    expect(findDataElement('applicant.nickname')).toBeUndefined();
  });
});
