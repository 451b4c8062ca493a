import { BundleDefinition } from '@msb/contracts';
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { findCycle, longestChain } from '../../modules/bundles/domain/member-graph.ts';
import { applicationFormOf, basicFields } from '../../modules/forms/domain/item-form.ts';
import { mergeForms } from '../../modules/forms/domain/merge-forms.ts';
import { demoBundles, demoItems, demoOrgs } from './index.ts';

const checkDefinition = Compile(BundleDefinition);
const SOME_UUID = '00000000-0000-4000-8000-000000000000';
/** 行政许可法 第四十二条第二款: 统一办理、联合办理、集中办理 within 45 (working) days */
const JOINT_LIMIT_WORKDAYS = 45;

function implementationOf(baseCode: string, orgKey: string) {
  return demoItems.find((i) => i.baseCode === baseCode)?.implementations.find((x) => x.orgKey === orgKey);
}

function guideOf(baseCode: string, orgKey: string) {
  const guide = implementationOf(baseCode, orgKey)?.guide;
  if (!guide) throw new Error(`${baseCode}@${orgKey} is not a demo implementation`);
  return guide;
}

const cases = demoBundles.map((b) => [b.code, b] as const);

describe('demo bundles (一件事)', () => {
  it('are the six bundles with unique codes, in demo regions, led by a department of the region', () => {
    expect(demoBundles.map((b) => b.definition.name).sort()).toEqual(
      [
        '开办餐饮店一件事',
        '新生儿出生一件事',
        '企业开办一件事',
        '企业职工退休一件事',
        '公民身后一件事',
        '二手房转移登记及水电气过户一件事',
      ].sort(),
    );
    expect(new Set(demoBundles.map((b) => b.code)).size).toBe(demoBundles.length);
    for (const b of demoBundles) {
      expect(b.code, b.code).toMatch(/^DEMO-[A-Z]+-[A-Z-]+$/);
      const lead = demoOrgs.find((o) => o.key === b.leadOrgKey);
      expect(lead?.regionCode, b.code).toBe(b.regionCode);
      // the loader adds 示例; the definition carries the real wording
      expect(`${b.definition.name}${b.definition.summary}`, b.code).not.toMatch(/示例/);
    }
  });

  it.each(cases)('%s is a valid definition once ids are filled in', (_, b) => {
    const { members, ...rest } = b.definition;
    const definition = {
      ...rest,
      leadOrgId: SOME_UUID,
      members: members.map(({ baseCode: _b, orgKey: _o, ...m }) => ({ ...m, implementationId: SOME_UUID })),
    };
    expect(checkDefinition.Check(definition) ? [] : [...checkDefinition.Errors(definition)]).toEqual([]);
  });

  it.each(cases)('%s: every member is a published implementation in the region, of its audience', (_, b) => {
    const audience = b.definition.audience === 'enterprise' ? 'legal_person' : 'person';
    for (const m of b.definition.members) {
      const impl = implementationOf(m.baseCode, m.orgKey);
      expect(impl?.regionCode, m.key).toBe(b.regionCode);
      expect(impl?.status ?? 'published', m.key).toBe('published');
      expect(impl?.flaw, m.key).toBeUndefined();
      expect(impl?.guide.audience, m.key).toContain(audience);
    }
    // the lead department handles one of the members
    expect(b.definition.members.map((m) => m.orgKey)).toContain(b.leadOrgKey);
  });

  it.each(cases)('%s: keys, dependencies and question options are consistent and acyclic', (_, b) => {
    const { members, questions } = b.definition;
    const keys = members.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    const options = new Set(questions.flatMap((q) => q.options.map((o) => o.id)));
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(options.size).toBe(questions.reduce((n, q) => n + q.options.length, 0));
    for (const m of members) {
      for (const d of m.dependsOn) expect(keys, `${m.key} → ${d}`).toContain(d);
      expect(m.dependsOn, m.key).not.toContain(m.key);
      for (const o of m.whenOptions ?? []) expect(options.has(o), `${m.key} when ${o}`).toBe(true);
    }
    // every question picks members, and at least one member always applies
    for (const q of questions)
      expect(
        members.some((m) => q.options.some((o) => m.whenOptions?.includes(o.id))),
        q.id,
      ).toBe(true);
    expect(members.some((m) => (m.whenOptions ?? []).length === 0)).toBe(true);
    expect(findCycle(members)).toBeNull();
  });

  it.each(cases)(
    '%s promises at most 45 working days and no less than its longest dependency chain',
    (_, b) => {
      const { promisedLimit, members } = b.definition;
      expect(promisedLimit.unit).toBe('workday');
      expect(promisedLimit.amount).toBeLessThanOrEqual(JOINT_LIMIT_WORKDAYS);
      const limits = members.map((m) => {
        const limit = implementationOf(m.baseCode, m.orgKey)?.guide.promisedLimit;
        expect(limit?.unit, m.key).toBe('workday');
        return { key: m.key, dependsOn: m.dependsOn, limit: limit?.amount ?? Number.NaN };
      });
      const chain = longestChain(limits);
      expect(promisedLimit.amount, chain.chain.join(' → ')).toBeGreaterThanOrEqual(chain.total);
    },
  );

  it.each(cases)('%s merges its members’ forms without conflicts, asking each shared fact once', (_, b) => {
    const kind = b.definition.audience;
    const merged = mergeForms(
      b.definition.members.map((m) => {
        const guide = guideOf(m.baseCode, m.orgKey);
        expect(guide.applicationForm?.fields.length ?? 0, m.key).toBeGreaterThan(0);
        return { memberId: m.key, form: applicationFormOf(guide, kind) };
      }),
    );
    expect(merged.conflicts).toEqual([]);
    const keys = merged.form.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    // a fact beyond the basic block is asked by several members
    const basic = basicFields(kind);
    const shared = merged.provenance.filter(
      (p) => p.members.length > 1 && !basic.some((f) => f.key === p.key),
    );
    expect(shared.length, b.code).toBeGreaterThan(0);
  });

  it('merge the newborn’s facts once, with the stricter name length and the spouse under one condition', () => {
    const birth = demoBundles.find((b) => b.code === 'DEMO-KDL-BIRTH');
    if (!birth) throw new Error('no birth bundle');
    const merged = mergeForms(
      birth.definition.members.map((m) => ({
        memberId: m.key,
        form: applicationFormOf(guideOf(m.baseCode, m.orgKey), 'person'),
      })),
    );
    const field = (key: string) => merged.form.fields.find((f) => f.key === key);
    const rule = (key: string) => merged.provenance.find((p) => p.key === key);
    expect(field('child.name')).toMatchObject({ required: true, overrides: { maxLength: 30 } });
    expect(rule('child.name')?.members).toEqual([
      'birth-certificate',
      'birth-registration',
      'social-security-card',
      'medical-insurance',
    ]);
    expect(rule('child.name')?.rule).toContain('最大长度取较严的 30（birth-certificate）');
    expect(field('spouse.name')).toMatchObject({
      required: true,
      when: { key: 'marriage.status', equals: '20' },
    });
    expect(field('marriage.status')?.overrides?.enum).toEqual(['10', '20', '30', '40']);
  });
});
