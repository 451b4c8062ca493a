// Pure rules of persons and authorisations (授权委托): names, dates, validity, scope. No I/O.
import type { FieldError } from '@msb/contracts';

export { chinaDate } from '../../calendar/domain/iso-date.ts';

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// Middle dots people type in transliterated names (e.g. Mongolian 巴特尔·额尔德尼): one form is stored.
const MIDDLE_DOTS = /[\u00B7\u2022\u2027\u2219\u22C5\u30FB\uFF65\u318D]/g;

/**
 * The form in which a name is stored and compared: full-width forms folded (NFKC), every middle-dot variant
 * written `·`, spaces trimmed and collapsed. Two names are the same person's name when these are equal.
 */
export function normalisePersonName(name: string): string {
  return name.normalize('NFKC').replace(MIDDLE_DOTS, '·').replace(/\s+/g, ' ').trim();
}

export type AuthorisationStatus = 'pending' | 'active' | 'expired' | 'revoked';

export const AUTHORISATION_STATUS_LABELS: Record<AuthorisationStatus, string> = {
  pending: '未生效',
  active: '有效',
  expired: '已过期',
  revoked: '已撤销',
};

export interface AuthorisationPeriod {
  validFrom: string;
  validTo: string;
  revokedAt: Date | null;
}

/** Status on `day` (YYYY-MM-DD, China): both ends of the period are days on which the agent may act. */
export function authorisationStatus(a: AuthorisationPeriod, day: string): AuthorisationStatus {
  if (a.revokedAt) return 'revoked';
  if (day < a.validFrom) return 'pending';
  if (day > a.validTo) return 'expired';
  return 'active';
}

/** An empty scope covers every item; otherwise the base item code must be listed. */
export function authorisationCovers(scope: readonly string[], baseCode: string): boolean {
  return scope.length === 0 || scope.includes(baseCode);
}

/**
 * What is wrong with a validity period entered today. No maximum length is imposed: no rule found in
 * 行政许可法 or the seeds limits how long a power of attorney may run, so the principal decides.
 */
export function checkAuthorisationPeriod(validFrom: string, validTo: string, today: string): FieldError[] {
  const fields: FieldError[] = [];
  if (!isIsoDate(validFrom))
    fields.push({ field: 'validFrom', message: '生效日期应为有效日期（YYYY-MM-DD）' });
  if (!isIsoDate(validTo)) fields.push({ field: 'validTo', message: '截止日期应为有效日期（YYYY-MM-DD）' });
  if (fields.length) return fields;
  if (validTo < validFrom) fields.push({ field: 'validTo', message: '截止日期不能早于生效日期' });
  else if (validTo < today) fields.push({ field: 'validTo', message: '截止日期已过，委托无法生效' });
  return fields;
}
