// 告知承诺 (seed 000 二(六); seed 001: 明确承诺内容、法律责任、监管细则): the applicant signs the item's
// commitment text, the commitment stands in for the materials the guide marks commitmentAllowed, the case is
// decided on that basis, and the department verifies it afterwards (事后核查). A false commitment revokes the
// decision and leaves a credit mark, which the item's settings may use to refuse 告知承诺 or 容缺 next time.
// Pure: which materials a commitment covers, when verification is due, who is excluded, and whether a
// drawn signature is a small real PNG.
import {
  applicableMaterials,
  type Commitment,
  type FieldError,
  type Guide,
  type SituationAnswers,
} from '@msb/contracts';
import type { IsoDate } from '../../calendar/domain/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar.ts';
import { computeDeadline } from './deadline.ts';
import type { EffectiveMissingRules } from './missing-materials.ts';

export const CREDIT_MARK_KINDS = ['broken_commitment'] as const;
export type CreditMarkKind = (typeof CREDIT_MARK_KINDS)[number];
export const CREDIT_MARK_LABELS: Record<CreditMarkKind, string> = {
  broken_commitment: '违背告知承诺',
};

/**
 * The materials a commitment stands in for: those the applicant names, or every applicable material the
 * guide lets a commitment replace. An item with a commitment text and no such material is decided on the
 * commitment as to its conditions (受理条件) only: the list is empty.
 */
export function commitmentMaterials(
  guide: Guide,
  answers: SituationAnswers,
  requested?: readonly string[],
): { errors: FieldError[]; materialIds: string[] } {
  const offered = applicableMaterials(guide, answers).filter((m) => m.commitmentAllowed);
  if (requested === undefined) return { errors: [], materialIds: offered.map((m) => m.id) };
  const errors: FieldError[] = [];
  requested.forEach((id, i) => {
    const material = guide.materials.find((m) => m.id === id);
    if (!material) errors.push({ field: `materialIds.${i}`, message: `办事指南中没有材料“${id}”` });
    else if (!offered.some((m) => m.id === id))
      errors.push({ field: `materialIds.${i}`, message: `“${material.name}”不能以告知承诺代替` });
    else if (requested.indexOf(id) !== i)
      errors.push({ field: `materialIds.${i}`, message: `“${material.name}”重复列出` });
  });
  return { errors, materialIds: errors.length > 0 ? [] : [...requested] };
}

/** The last day of the 事后核查 of a decision made on `decidedOn` (working days through the calendar). */
export function verificationDue(calendar: WorkingCalendar, decidedOn: IsoDate, workdays: number): IsoDate {
  return computeDeadline(calendar, { start: decidedOn, amount: workdays, unit: 'workday' }).due;
}

export interface CreditMarkFact {
  kind: CreditMarkKind;
}

/** Why this applicant may not decide on a commitment, or null when they may (the item's setting). */
export function commitmentExclusion(
  commitment: Pick<Commitment, 'excludeBrokenCommitment'>,
  marks: readonly CreditMarkFact[],
): string | null {
  if (!commitment.excludeBrokenCommitment) return null;
  return marks.some((m) => m.kind === 'broken_commitment')
    ? '申请人曾有违背告知承诺的记录，本事项不再适用告知承诺，请按办事指南提交全部材料'
    : null;
}

/** Why this applicant may not be accepted with missing materials, or null (seed 000: 根据申请人信用状况). */
export function missingExclusion(
  rules: Pick<EffectiveMissingRules, 'excludeBadCredit'>,
  marks: readonly CreditMarkFact[],
): string | null {
  if (!rules.excludeBadCredit || marks.length === 0) return null;
  const kinds = [...new Set(marks.map((m) => CREDIT_MARK_LABELS[m.kind]))].join('、');
  return `申请人有信用记录（${kinds}），本事项不适用容缺受理，缺少的材料请一次性告知补正`;
}

export interface SignatureLimits {
  maxBytes: number;
  maxWidth: number;
  maxHeight: number;
}

export const SIGNATURE_LIMITS: SignatureLimits = { maxBytes: 200_000, maxWidth: 2000, maxHeight: 1000 };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A drawn signature: a PNG by its bytes (not its name), small, with sane dimensions. */
export function checkSignaturePng(
  bytes: Uint8Array,
  limits: SignatureLimits = SIGNATURE_LIMITS,
): { ok: true; width: number; height: number } | { ok: false; message: string } {
  if (bytes.length > limits.maxBytes)
    return { ok: false, message: `手写签名图片不能超过 ${Math.floor(limits.maxBytes / 1000)} KB` };
  const isPng = bytes.length >= 33 && PNG_MAGIC.every((b, i) => bytes[i] === b);
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (!isPng || ihdr !== 'IHDR') return { ok: false, message: '手写签名须为 PNG 图片' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width < 20 || height < 10 || width > limits.maxWidth || height > limits.maxHeight)
    return {
      ok: false,
      message: `手写签名图片尺寸应在 20×10 至 ${limits.maxWidth}×${limits.maxHeight} 像素之间`,
    };
  return { ok: true, width, height };
}
