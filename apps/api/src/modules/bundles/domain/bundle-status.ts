// The state of a bundle case as the applicant sees it: its intake (one submission, one acceptance) until it is
// accepted, then derived from its members — 办理中 while any member is still open or undelivered, 已办结 when
// every member has reached its end.
import type { CaseState } from '../../cases/domain/transitions.ts';

export const BUNDLE_INTAKE_STATES = [
  'draft',
  'submitted',
  'awaiting_correction',
  'accepted',
  'refused',
  'withdrawn',
] as const;
export type BundleIntakeState = (typeof BUNDLE_INTAKE_STATES)[number];
export type BundleStatus = Exclude<BundleIntakeState, 'accepted'> | 'in_progress' | 'completed';

export const BUNDLE_STATUS_LABELS: Record<BundleStatus, string> = {
  draft: '草稿',
  submitted: '待受理',
  awaiting_correction: '待补正',
  in_progress: '办理中',
  completed: '已办结',
  refused: '不予受理',
  withdrawn: '已撤回',
};

export const BUNDLE_INTAKE_LABELS: Record<BundleIntakeState, string> = {
  draft: '草稿',
  submitted: '待受理',
  awaiting_correction: '待补正',
  accepted: '已受理',
  refused: '不予受理',
  withdrawn: '已撤回',
};

/**
 * A member has nothing more to come: its result handed over, or it ended without one (every terminal case
 * state, including an approval revoked (撤销), which allows nothing more).
 */
const MEMBER_DONE: readonly CaseState[] = [
  'delivered',
  'closed',
  'refused',
  'withdrawn',
  'terminated',
  'revoked',
];

export function memberDone(state: CaseState): boolean {
  return MEMBER_DONE.includes(state);
}

export function bundleStatus(
  intake: BundleIntakeState,
  members: readonly { state: CaseState }[],
): BundleStatus {
  if (intake !== 'accepted') return intake;
  return members.every((m) => memberDone(m.state)) ? 'completed' : 'in_progress';
}

/** Members whose result waits at the output window (or for the post) to go out with the others. */
export function readyForOutput(state: CaseState): boolean {
  return state === 'result_issued' || state === 'denied';
}
