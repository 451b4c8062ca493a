// What the 一件事 pages say in words, shared by the portal and the phone: the members' names, the merged
// form's intro, a member's state, how the results come out, and the lines of the 一次告知单. Pure, no UI
// library; only types come from @msb/contracts (see bundle-rules.ts).
import type { BundleCaseView, BundlePlanView } from '@msb/contracts';
import { t } from '../../app/i18n.ts';
import { memberNames } from './bundle-rules.ts';

/** The item names of members, in order ("出生医学证明办理、出生登记"). */
export const itemNames = (members: readonly { itemName: string }[]): string =>
  members.map((m) => m.itemName).join(t('common.listSeparator'));

/** The line above the merged form: how many members it serves, and which. */
export function bundleFormIntro(plan: Pick<BundleCaseView['plan'], 'members'>): string {
  return t('bundle.form.intro', {
    n: plan.members.length,
    members: memberNames(
      plan.members.map((m) => m.key),
      plan.members,
    ),
  });
}

/** A member's state in words: what a held member waits for, otherwise its case's state. */
export function memberStatus(
  member: Pick<BundleCaseView['members'][number], 'held' | 'waitingFor' | 'stateLabel'>,
  members: readonly { key: string; itemName: string }[],
): string {
  if (member.held && member.waitingFor.length > 0)
    return t('bundle.member.waiting', { members: memberNames(member.waitingFor, members) });
  return member.stateLabel;
}

/** "4 个事项中，已办结 2 个，已送达 1 个。" */
export function outputSummary(view: Pick<BundleCaseView, 'members'>): string {
  return t('bundle.output.summary', {
    decided: view.members.filter((m) => m.decision !== null).length,
    delivered: view.members.filter((m) => m.delivered).length,
    total: view.members.length,
  });
}

/** How the results come out: by post to the address, or at the window, each as decided or all together. */
export function outputNote(
  view: Pick<BundleCaseView, 'outputMode' | 'postalAddress' | 'outputWindow'>,
): string {
  if (view.outputMode === 'post') return t('bundle.output.post', { address: view.postalAddress ?? '' });
  return view.outputMode === 'each'
    ? t('bundle.output.each', { window: view.outputWindow })
    : t('bundle.output.together', { window: view.outputWindow });
}

/**
 * What the 一次告知单 lists, in words: each member with what it waits for, each member the answers leave out
 * with why, and each handling stage (members of a stage are handled in parallel).
 */
export function noticeLines(plan: Pick<BundlePlanView, 'members' | 'skipped' | 'stages'>) {
  return {
    members: plan.members.map((m) => ({
      key: m.key,
      itemName: m.itemName,
      orgName: m.orgName,
      after:
        m.dependsOn.length > 0
          ? t('bundle.notice.after', { members: memberNames(m.dependsOn, plan.members) })
          : null,
    })),
    skipped: plan.skipped.map((m) => ({
      key: m.key,
      text: t('text.withNote', { text: m.itemName, note: m.reason }),
    })),
    stages: plan.stages.map((stage, i) => ({
      key: stage.join(),
      text: t(stage.length > 1 ? 'bundle.notice.stageParallel' : 'bundle.notice.stage', {
        n: i + 1,
        members: memberNames(stage, plan.members),
      }),
    })),
  };
}
