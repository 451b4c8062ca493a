import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../catalog/domain/test-guide.ts';
import { checkAcceptanceChecklist } from './material-checklist.ts';

const guide = buildGuide();
const required = guide.materials.filter((m) => m.requirement === 'required');

describe('acceptance checklist', () => {
  it('the example guide has required materials with originals (fixture sanity)', () => {
    expect(required.length).toBeGreaterThan(0);
  });

  it('accepts when every required material is present and originals were seen at the window', () => {
    const checklist = required.map((m) => ({ materialId: m.id, present: true, originalSeen: true }));
    expect(checkAcceptanceChecklist({ guide, answers: {}, originalsRequired: true }, checklist)).toEqual({
      errors: [],
      allowedMissing: [],
    });
  });

  it('names each missing required material and an unknown one', () => {
    const [first, ...rest] = required;
    if (!first) throw new Error('fixture');
    const checklist = [
      ...rest.map((m) => ({ materialId: m.id, present: true, originalSeen: true })),
      { materialId: 'no-such', present: true },
    ];
    const { errors } = checkAcceptanceChecklist({ guide, answers: {}, originalsRequired: false }, checklist);
    expect(errors.map((e) => e.message).join('\n')).toContain(first.name);
    expect(errors.some((e) => e.field === `materialsChecklist.${rest.length}.materialId`)).toBe(true);
  });

  it('records a missing material the guide allows to be supplied later (容缺) instead of refusing', () => {
    const [first, ...rest] = required;
    if (!first) throw new Error('fixture');
    const lenient = {
      ...guide,
      materials: guide.materials.map((m) => (m.id === first.id ? { ...m, allowMissing: true } : m)),
    };
    const outcome = checkAcceptanceChecklist(
      { guide: lenient, answers: {}, originalsRequired: false },
      rest.map((m) => ({ materialId: m.id, present: true })),
    );
    expect(outcome).toEqual({ errors: [], allowedMissing: [first.id] });
  });

  it('does not ask for a material a signed commitment stands in for (告知承诺)', () => {
    const [first, ...rest] = required;
    if (!first) throw new Error('fixture');
    const checklist = rest.map((m) => ({ materialId: m.id, present: true, originalSeen: true }));
    const ctx = { guide, answers: {}, originalsRequired: true };
    expect(checkAcceptanceChecklist({ ...ctx, committed: new Set([first.id]) }, checklist)).toEqual({
      errors: [],
      allowedMissing: [],
    });
    expect(checkAcceptanceChecklist(ctx, checklist).errors).not.toEqual([]);
  });

  it('asks for the original where one is due, only when originals are required', () => {
    const withOriginal = required.find((m) => m.originals > 0);
    if (!withOriginal) throw new Error('fixture needs a material with an original');
    const checklist = required.map((m) => ({ materialId: m.id, present: true, originalSeen: false }));
    const window = checkAcceptanceChecklist({ guide, answers: {}, originalsRequired: true }, checklist);
    expect(
      window.errors.some((e) => e.field.endsWith('.originalSeen') && e.message.includes(withOriginal.name)),
    ).toBe(true);
    expect(
      checkAcceptanceChecklist({ guide, answers: {}, originalsRequired: false }, checklist).errors,
    ).toEqual([]);
  });
});
