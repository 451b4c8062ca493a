// An item's application form asks registered data elements only (DESIGN.md "forms": one element key means
// one thing everywhere, so forms merge and prefill). Visits against maturity are guide-process-checks.ts.
import type { Guide } from '@msb/contracts';
import { applicationFormProblems } from '../../forms/domain/item-form.ts';
import { type Finding, makeFinding } from './finding.ts';

export function checkApplicationForm(guide: Guide): Finding[] {
  return applicationFormProblems(guide).map((p) => makeFinding(p.field, p.message, p.fix));
}
