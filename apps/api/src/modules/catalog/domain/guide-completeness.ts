// What blocks publishing a guide version: the per-guide indicators of seed 002 附件 (指标12–24), vague
// wording (seed 003 三(一)5) and internal consistency. A published version never changes (seed 002
// 一网办(六) 数据同源), so it has to be right before it goes out.
import type { Guide } from '@msb/contracts';
import type { Finding } from './finding.ts';
import { checkComplaintPhone } from './guide-basic-checks.ts';
import { checkCommitmentText } from './guide-commitment-checks.ts';
import { checkApplicationForm } from './guide-form-checks.ts';
import { checkGuideIndicators } from './guide-indicator-checks.ts';
import { checkGuideIntegrity } from './guide-integrity.ts';
import { checkGuideWording } from './vague-wording.ts';

export type { Finding } from './finding.ts';

/** Every problem that keeps this guide from being published; an empty list means it may go out. */
export function checkGuideForPublishing(guide: Guide): Finding[] {
  return [
    ...checkGuideIntegrity(guide),
    ...checkGuideIndicators(guide),
    ...checkComplaintPhone(guide),
    ...checkGuideWording(guide),
    ...checkApplicationForm(guide),
    ...checkCommitmentText(guide),
  ];
}
