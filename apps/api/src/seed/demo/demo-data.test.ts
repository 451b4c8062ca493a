import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Guide, isValidCreditCode } from '@msb/contracts';
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { checkGuideForPublishing } from '../../modules/catalog/domain/guide-completeness.ts';
import { demoBaseCodes, demoItems, demoOrgs, FLAW_NO_FORMS, FLAW_PREFIX } from './index.ts';

// the region tree the platform ships (a copy of ../shared/reference/regions-inner-mongolia.csv)
const REGIONS_CSV = path.resolve(
  import.meta.dirname,
  '../../modules/regions/data/regions-inner-mongolia.csv',
);
const regionCodes = new Set(
  readFileSync(REGIONS_CSV, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0])
    .filter((code): code is string => Boolean(code)),
);

const DEMO_PHONE = /^0\d{2,3}-0000\d{3}$/;
const VAGUE = /等材料|其他相关材料|其他材料|规定的其他/;
const implementations = demoItems.flatMap((item) => item.implementations.map((impl) => ({ item, impl })));
const unflawed = implementations.filter(({ impl }) => !impl.flaw);
const orgKeys = new Set(demoOrgs.map((o) => o.key));
const checkGuide = Compile(Guide);

describe('demo orgs', () => {
  it('have unique keys and valid, unique, demo-marked credit codes', () => {
    expect(orgKeys.size).toBe(demoOrgs.length);
    expect(new Set(demoOrgs.map((o) => o.creditCode)).size).toBe(demoOrgs.length);
    for (const org of demoOrgs) {
      expect(isValidCreditCode(org.creditCode), `${org.key} ${org.creditCode}`).toBe(true);
      expect(org.creditCode.charAt(8), org.key).toBe('D');
      expect(org.creditCode.slice(2, 8), org.key).toBe(org.regionCode.slice(0, 6));
    }
  });

  it('use demo contact data only', () => {
    for (const org of demoOrgs) {
      expect(org.address, org.key).toMatch(/示例(路|大街)/);
      expect(org.phone, org.key).toMatch(DEMO_PHONE);
    }
  });

  it('sit in regions of the statistical division list', () => {
    expect(regionCodes.size).toBeGreaterThan(1000);
    for (const org of demoOrgs) expect(regionCodes.has(org.regionCode), org.key).toBe(true);
    expect(demoOrgs.filter((o) => o.regionCode === '150271000000').map((o) => o.name)).toEqual(
      expect.arrayContaining([
        '包头稀土高新区组织人社部',
        '包头稀土高新区经济发展局',
        '包头稀土高新区供电局',
      ]),
    );
    expect(demoOrgs.filter((o) => o.kind === 'public_utility')).toHaveLength(3);
  });
});

describe('demo implementations', () => {
  it('number at least 120 across the four regions', () => {
    expect(implementations.length).toBeGreaterThanOrEqual(120);
    const regions = new Set(implementations.map(({ impl }) => impl.regionCode));
    for (const code of ['150700000000', '150203000000', '150271000000', '150626000000']) {
      expect(regions.has(code), code).toBe(true);
    }
  });

  it('validate against the Guide schema', () => {
    for (const { impl } of implementations) {
      const ok = checkGuide.Check(impl.guide);
      expect(ok ? [] : checkGuide.Errors(impl.guide), impl.code).toEqual([]);
    }
  });

  it('point at existing orgs and regions, with unique codes', () => {
    const codes = new Set<string>();
    for (const { item, impl } of implementations) {
      expect(orgKeys.has(impl.orgKey), impl.orgKey).toBe(true);
      const org = demoOrgs.find((o) => o.key === impl.orgKey);
      expect(impl.regionCode).toBe(org?.regionCode);
      expect(regionCodes.has(impl.regionCode), impl.regionCode).toBe(true);
      expect(impl.code.startsWith(`${org?.creditCode}${item.baseCode}`), impl.code).toBe(true);
      expect(codes.has(impl.code), impl.code).toBe(false);
      codes.add(impl.code);
    }
    expect(new Set(demoItems.map((i) => i.baseCode)).size).toBe(demoItems.length);
  });

  it('keep name, code, type and basis identical at every level (三级N同) except the flagged deviation', () => {
    for (const { item, impl } of implementations) {
      expect(impl.guide.baseCode).toBe(item.baseCode);
      expect(impl.guide.itemType).toBe(item.itemType);
      expect(impl.guide.basis).toBe(item.basis);
      if (!impl.flaw?.includes('三级N同')) expect(impl.guide.name, impl.code).toBe(item.baseName);
    }
  });

  it('use demo addresses and phones', () => {
    for (const { impl } of implementations) {
      const g = impl.guide;
      expect(g.location.address, impl.code).toMatch(/^内蒙古自治区.*示例(路|大街)/);
      expect(g.consultPhone, impl.code).toMatch(DEMO_PHONE);
      expect(g.complaintPhone === '12345' || DEMO_PHONE.test(g.complaintPhone), impl.code).toBe(true);
    }
  });

  it('have complete locations, hours, FAQs and keywords', () => {
    for (const { impl } of unflawed) {
      const g = impl.guide;
      for (const part of [g.location.address, g.location.doorNumber, g.location.room, g.location.window]) {
        expect(part.length, impl.code).toBeGreaterThan(0);
      }
      expect(g.hours.length, impl.code).toBeGreaterThan(0);
      expect(g.hoursNote, impl.code).toContain('法定节假日除外');
      expect(g.faqs.length, impl.code).toBeGreaterThanOrEqual(1);
      expect(g.faqs.length, impl.code).toBeLessThanOrEqual(3);
      expect(g.keywords.length, impl.code).toBeGreaterThan(0);
    }
  });

  it('have precise materials whose conditions refer to situation options', () => {
    for (const { impl } of implementations) {
      const g = impl.guide;
      const optionIds = new Set(g.situations.flatMap((s) => s.options.map((o) => o.id)));
      const ids = g.materials.map((m) => m.id);
      expect(new Set(ids).size, impl.code).toBe(ids.length);
      for (const m of g.materials) {
        expect(m.blankForm, `${impl.code} ${m.id}`).toBeUndefined();
        expect(m.sampleForm, `${impl.code} ${m.id}`).toBeUndefined();
        expect(m.issuer.length, `${impl.code} ${m.id}`).toBeGreaterThan(0);
        expect(m.originals + m.copies + m.certifiedCopies, `${impl.code} ${m.id}`).toBeGreaterThanOrEqual(
          m.media === 'electronic' ? 0 : 1,
        );
        if (m.requirement === 'conditional') {
          expect(m.whenOptions?.length, `${impl.code} ${m.id}`).toBeGreaterThan(0);
          for (const option of m.whenOptions ?? [])
            expect(optionIds.has(option), `${impl.code} ${option}`).toBe(true);
        } else {
          expect(m.whenOptions, `${impl.code} ${m.id}`).toBeUndefined();
        }
        if (!impl.flaw) expect(m.name, impl.code).not.toMatch(VAGUE);
      }
    }
  });

  it('show situational materials in at least 30% of guides (seed 002 附件1 指标11)', () => {
    const situational = implementations.filter(({ impl }) =>
      impl.guide.materials.some((m) => m.requirement === 'conditional' && (m.whenOptions?.length ?? 0) > 0),
    );
    expect(situational.length / implementations.length).toBeGreaterThanOrEqual(0.3);
  });

  it('keep time limits consistent: instant items, time reduction and steps within the promise', () => {
    for (const { impl } of implementations) {
      const g = impl.guide;
      expect(g.promisedLimit.unit).toBe(g.legalLimit.unit);
      expect(g.promisedLimit.amount, impl.code).toBeLessThanOrEqual(g.legalLimit.amount);
      if (g.instant) {
        expect(g.promisedLimit.amount, impl.code).toBe(0);
        for (const step of g.steps) expect(step.limit.amount, `${impl.code} ${step.name}`).toBe(0);
      } else {
        expect(g.promisedLimit.amount, impl.code).toBeGreaterThan(0);
        const total = g.steps.reduce((sum, s) => sum + s.limit.amount, 0);
        expect(total, impl.code).toBeLessThanOrEqual(g.promisedLimit.amount);
        if (!impl.flaw)
          expect(g.promisedLimit.amount * 2, impl.code).toBeLessThanOrEqual(g.legalLimit.amount);
      }
    }
    const instantShare =
      implementations.filter(({ impl }) => impl.guide.instant).length / implementations.length;
    expect(instantShare).toBeGreaterThanOrEqual(0.2);
    expect(instantShare).toBeLessThanOrEqual(0.35);
  });

  it('match visits and channels to the maturity level', () => {
    const maxVisits = { I: 2, II: 2, III: 1, IV: 0 } as const;
    for (const { impl } of implementations) {
      const g = impl.guide;
      expect(g.visits, impl.code).toBeLessThanOrEqual(maxVisits[g.maturity]);
      if (g.maturity === 'IV')
        expect(
          g.channels.some((c) => c === 'web' || c === 'mobile'),
          impl.code,
        ).toBe(true);
      for (const step of g.steps.filter((s) => s.applicantAttends)) {
        expect(step.waitMinutes, `${impl.code} ${step.name}`).toBeTypeOf('number');
        expect(step.counterMinutes, `${impl.code} ${step.name}`).toBeTypeOf('number');
      }
    }
  });

  it('state fees with a basis when not free', () => {
    for (const { impl } of implementations) {
      const { fees } = impl.guide;
      if (fees.free) expect(fees.items, impl.code).toEqual([]);
      else {
        expect(fees.items.length, impl.code).toBeGreaterThan(0);
        for (const fee of fees.items) expect(fee.basis).toMatch(/《.+》/);
      }
    }
  });

  it('pass the publishing checks when published (the loader publishes them; forms are attached by it)', () => {
    const HASH = '0'.repeat(64);
    for (const { impl } of implementations.filter(({ impl }) => impl.status === 'published')) {
      const guide = {
        ...impl.guide,
        materials: impl.guide.materials.map((m) =>
          m.isForm ? { ...m, blankForm: HASH, sampleForm: HASH } : m,
        ),
      };
      expect(checkGuideForPublishing(guide), impl.code).toEqual([]);
    }
  });

  it('contain exactly five labelled flaws', () => {
    const flawed = implementations.filter(({ impl }) => impl.flaw !== undefined);
    expect(flawed).toHaveLength(5);
    for (const { impl } of flawed) expect(impl.flaw?.startsWith(FLAW_PREFIX)).toBe(true);
    expect(flawed.filter(({ impl }) => impl.status === 'draft')).toHaveLength(3);
    // load-demo.ts generates no blank/sample forms for the one flaw whose label mentions 表格
    const withoutForms = flawed.filter(({ impl }) => impl.flaw?.includes('表格'));
    expect(withoutForms.map(({ impl }) => impl.flaw)).toEqual([FLAW_NO_FORMS]);
    expect(withoutForms[0]?.impl.guide.materials.some((m) => m.isForm)).toBe(true);
    expect(unflawed.every(({ impl }) => impl.status === 'published')).toBe(true);
  });

  it('provide every bundle member named in demoBaseCodes', () => {
    const codes = new Set(demoItems.map((i) => i.baseCode));
    for (const [name, code] of Object.entries(demoBaseCodes)) expect(codes.has(code), name).toBe(true);
  });
});
