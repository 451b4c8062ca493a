// Personal identifiers leave the platform masked (CONVENTIONS.md "Personal data"): presenters call these,
// and the full ID number is read only through the audited reveal call (people.service.ts).
import { maskIdNumber as maskIdNumberShared } from '@msb/contracts';

/**
 * `150203199001011234` → `1502**********1234`; legacy 15-digit `150203900101123` → `1502*******1123`.
 *
 * Why first 4 and last 4: the first four digits name only the 盟市 (1502 包头市), never the county, and the
 * birth date (positions 7–14) is always hidden; the last four (sequence + check character) are what a person
 * reads out to confirm "that is my number" at a window. It is the display common on Chinese government
 * portals, not a rule of a law or standard. The web client masks the same way because both use the one
 * implementation in @msb/contracts. Values of 8 characters or fewer are masked entirely.
 */
export function maskIdNumber(idNumber: string): string {
  return maskIdNumberShared(idNumber);
}

/**
 * `13800000000` → `138****0000`: a mainland mobile keeps its 3-digit network prefix and last 4 digits.
 * Any other number keeps only its last 4 characters; 4 or fewer are masked entirely.
 */
export function maskMobile(mobile: string): string;
export function maskMobile(mobile: string | null): string | null;
export function maskMobile(mobile: string | null): string | null {
  if (mobile === null) return null;
  const v = mobile.replace(/\s+/g, '');
  const chars = Array.from(v);
  if (/^1\d{10}$/.test(v)) return `${v.slice(0, 3)}****${v.slice(7)}`;
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return `${'*'.repeat(chars.length - 4)}${chars.slice(-4).join('')}`;
}
