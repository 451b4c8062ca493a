import { deflateSync } from 'node:zlib';
import type { Guide } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import { SEEDED_YEAR_SCHEDULES } from '../../calendar/domain/holiday-data.ts';
import { createWorkingCalendar } from '../../calendar/domain/working-calendar.ts';
import { buildGuide } from '../../catalog/domain/test-guide.ts';
import {
  checkSignaturePng,
  commitmentExclusion,
  commitmentMaterials,
  missingExclusion,
  verificationDue,
} from './commitment.ts';

const calendar = createWorkingCalendar({ schedules: SEEDED_YEAR_SCHEDULES });
const guide: Guide = {
  ...buildGuide(),
  materials: buildGuide().materials.map((m) =>
    m.id === 'layout' || m.id === 'agent-papers' ? { ...m, commitmentAllowed: true } : m,
  ),
};

describe('commitmentMaterials', () => {
  it('covers every applicable material the guide lets a commitment replace, unless the signer names some', () => {
    expect(commitmentMaterials(guide, { 'who-applies': ['in-person'] })).toEqual({
      errors: [],
      materialIds: ['layout'],
    });
    expect(commitmentMaterials(guide, { 'who-applies': ['by-agent'] }).materialIds).toEqual([
      'layout',
      'agent-papers',
    ]);
    expect(commitmentMaterials(guide, { 'who-applies': ['by-agent'] }, ['agent-papers']).materialIds).toEqual(
      ['agent-papers'],
    );
    expect(commitmentMaterials(guide, {}, []).materialIds).toEqual([]);
  });

  it.each([
    [['application'], 'materialIds.0', '不能以告知承诺代替'],
    [['nope'], 'materialIds.0', '办事指南中没有材料'],
    [['layout', 'layout'], 'materialIds.1', '重复'],
  ])('refuses %j, naming %s', (requested, field, message) => {
    const { errors, materialIds } = commitmentMaterials(guide, { 'who-applies': ['in-person'] }, requested);
    expect(materialIds).toEqual([]);
    expect(errors).toEqual([{ field, message: expect.stringContaining(message) }]);
  });
});

describe('verificationDue: 事后核查 in working days', () => {
  it.each([
    ['2026-02-12', 5, '2026-02-26'],
    ['2026-09-18', 10, '2026-10-09'],
    ['2026-03-06', 1, '2026-03-09'],
  ])('%s + %i working days = %s', (decidedOn, workdays, due) => {
    expect(verificationDue(calendar, decidedOn, workdays)).toBe(due);
  });
});

describe('exclusions by credit', () => {
  const broken = [{ kind: 'broken_commitment' as const }];

  it('refuses 告知承诺 to an applicant who broke one, when the item says so', () => {
    expect(commitmentExclusion({ excludeBrokenCommitment: true }, broken)).toContain('违背告知承诺');
    expect(commitmentExclusion({ excludeBrokenCommitment: false }, broken)).toBeNull();
    expect(commitmentExclusion({ excludeBrokenCommitment: true }, [])).toBeNull();
  });

  it('refuses 容缺 to an applicant with any credit mark, when the item says so', () => {
    expect(missingExclusion({ excludeBadCredit: true }, broken)).toContain('本事项不适用容缺受理');
    expect(missingExclusion({ excludeBadCredit: false }, broken)).toBeNull();
    expect(missingExclusion({ excludeBadCredit: true }, [])).toBeNull();
  });
});

function png(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'ascii');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr[16] = 8;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      ihdr,
      deflateSync(Buffer.alloc(10)),
    ]),
  );
}

describe('checkSignaturePng: a drawn signature, by content and size', () => {
  it('accepts a PNG of sane size', () => {
    expect(checkSignaturePng(png(300, 100))).toEqual({ ok: true, width: 300, height: 100 });
  });

  it.each([
    ['a PDF renamed', new Uint8Array(Buffer.from('%PDF-1.7 0123456789012345678901234567890'))],
    ['too few bytes', png(300, 100).subarray(0, 20)],
    ['too wide', png(5000, 100)],
    ['a dot', png(5, 5)],
  ])('refuses %s', (_, bytes) => {
    expect(checkSignaturePng(bytes).ok).toBe(false);
  });

  it('refuses a file over the byte limit', () => {
    const result = checkSignaturePng(png(300, 100), { maxBytes: 10, maxWidth: 2000, maxHeight: 1000 });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('不能超过') });
  });
});
