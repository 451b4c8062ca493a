import { describe, expect, it } from 'vitest';
import { CASE_STATES, type CaseState, isTerminal } from '../../cases/domain/transitions.ts';
import {
  BUNDLE_INTAKE_STATES,
  BUNDLE_STATUS_LABELS,
  type BundleIntakeState,
  bundleStatus,
  memberDone,
  readyForOutput,
} from './bundle-status.ts';

const members = (...states: CaseState[]) => states.map((state) => ({ state }));

describe('bundleStatus', () => {
  it.each<BundleIntakeState>(['draft', 'submitted', 'awaiting_correction', 'refused', 'withdrawn'])(
    'intake state %s passes through, whatever the members',
    (intake) => {
      expect(bundleStatus(intake, members('in_review', 'delivered'))).toBe(intake);
      expect(bundleStatus(intake, members('draft', 'draft'))).toBe(intake);
    },
  );

  it.each<[string, CaseState[], 'in_progress' | 'completed']>([
    ['every member just accepted', ['accepted', 'accepted'], 'in_progress'],
    [
      'a member held as a draft until the one it waits for is approved',
      ['in_review', 'draft'],
      'in_progress',
    ],
    ['one member still in review', ['delivered', 'in_review'], 'in_progress'],
    ['one member in a special procedure', ['closed', 'special_procedure'], 'in_progress'],
    ['approved but no result yet', ['delivered', 'approved'], 'in_progress'],
    ['a result waiting at the output window', ['delivered', 'result_issued'], 'in_progress'],
    ['a member denied but the decision not yet delivered', ['delivered', 'denied'], 'in_progress'],
    ['every member delivered', ['delivered', 'delivered', 'delivered'], 'completed'],
    ['delivered and archived', ['delivered', 'closed'], 'completed'],
    ['a denied member delivered, its dependant terminated', ['delivered', 'terminated'], 'completed'],
    ['refused and withdrawn members', ['refused', 'withdrawn', 'closed'], 'completed'],
    ['a revoked approval ends a member too', ['closed', 'revoked'], 'completed'],
  ])('accepted, %s → %s', (_, states, expected) => {
    expect(bundleStatus('accepted', members(...states))).toBe(expected);
  });

  it('has a label for every status', () => {
    for (const intake of BUNDLE_INTAKE_STATES) {
      const status = bundleStatus(intake, members('in_review'));
      expect(BUNDLE_STATUS_LABELS[status]).toBeTruthy();
    }
    expect(BUNDLE_STATUS_LABELS.completed).toBe('已办结');
    expect(BUNDLE_STATUS_LABELS.in_progress).toBe('办理中');
  });
});

describe('memberDone', () => {
  const DONE: CaseState[] = ['delivered', 'closed', 'refused', 'withdrawn', 'terminated', 'revoked'];

  it.each(CASE_STATES.map((s) => [s, DONE.includes(s)] as const))('%s → %s', (state, done) => {
    expect(memberDone(state)).toBe(done);
  });

  it('counts every terminal case state as done, so a bundle cannot stay open forever', () => {
    for (const state of CASE_STATES) if (isTerminal(state)) expect(memberDone(state)).toBe(true);
  });
});

describe('readyForOutput', () => {
  const READY: CaseState[] = ['result_issued', 'denied'];

  it.each(CASE_STATES.map((s) => [s, READY.includes(s)] as const))('%s → %s', (state, ready) => {
    expect(readyForOutput(state)).toBe(ready);
  });
});
