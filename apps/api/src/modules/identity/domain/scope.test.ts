import { describe, expect, it } from 'vitest';
import { inScope, regionWithin, trimRegion } from './scope.ts';

describe('region scope', () => {
  it.each([
    ['150000000000', '15'],
    ['150200000000', '1502'],
    ['150203000000', '150203'],
    ['150203001000', '150203001'],
    ['150203001002', '150203001002'],
  ])('trims %s to %s', (code, prefix) => expect(trimRegion(code)).toBe(prefix));

  it.each([
    ['150203000000', '150200000000', true],
    ['150203000000', '150000000000', true],
    ['150700000000', '150200000000', false],
    ['150200000000', '150203000000', false],
    ['150271000000', '150200000000', true],
  ])('%s within %s → %s', (code, scope, expected) => expect(regionWithin(code, scope)).toBe(expected));

  it('binds an org-scoped account to its org only', () => {
    expect(
      inScope({ regionCode: '150200000000', orgId: 'a' }, { regionCode: '150203000000', orgId: 'a' }),
    ).toBe(true);
    expect(
      inScope({ regionCode: '150200000000', orgId: 'a' }, { regionCode: '150203000000', orgId: 'b' }),
    ).toBe(false);
  });
  it('lets a region-scoped account reach the subtree and nothing else', () => {
    expect(
      inScope({ regionCode: '150200000000', orgId: null }, { regionCode: '150203000000', orgId: 'x' }),
    ).toBe(true);
    expect(
      inScope({ regionCode: '150200000000', orgId: null }, { regionCode: '150700000000', orgId: 'x' }),
    ).toBe(false);
    expect(inScope({ regionCode: null, orgId: null }, { regionCode: '150700000000', orgId: 'x' })).toBe(
      false,
    );
  });
});
