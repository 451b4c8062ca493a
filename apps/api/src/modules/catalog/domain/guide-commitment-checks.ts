// 告知承诺 and 容缺受理 settings of a guide. seed 001: 梳理公布告知承诺和可容缺受理事项清单，明确承诺内容、
// 法律责任、监管细则 — so a guide that lets a material be replaced by a commitment must say what the applicant
// commits to before it goes out; the applicant signs exactly that text.
import { type Guide, labelPath } from '@msb/contracts';
import { type Finding, makeFinding } from './finding.ts';
import { isBlankOrPlaceholder } from './text-checks.ts';

export function checkCommitmentText(guide: Guide): Finding[] {
  const offered = guide.materials.findIndex((m) => m.commitmentAllowed);
  const hasText = guide.commitment !== undefined && !isBlankOrPlaceholder(guide.commitment.text);
  if (hasText) return [];
  if (offered >= 0) {
    return [
      makeFinding(
        'commitment.text',
        `${labelPath(`materials.${offered}`, guide)}可告知承诺，但未填写承诺书内容`,
        '填写申请人签署的承诺书内容：承诺的事项与条件、违背承诺的法律责任，以及事后核查的方式',
      ),
    ];
  }
  if (guide.commitment !== undefined) {
    return [
      makeFinding(
        'commitment.text',
        '设置了告知承诺，但承诺书内容为空',
        '填写承诺书内容，或删除告知承诺设置',
      ),
    ];
  }
  return [];
}
