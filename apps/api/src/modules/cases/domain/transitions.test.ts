import { STAFF_ROLES } from '@msb/contracts';
import { describe, expect, it } from 'vitest';
import {
  type ActorRole,
  availableActions,
  CASE_ACTION_LABELS,
  CASE_ACTIONS,
  CASE_STATE_LABELS,
  CASE_STATES,
  type CaseAction,
  type CaseState,
  decideTransition,
  findTransition,
  INTAKE_CHANNELS,
  intakeState,
  isOpen,
  isTerminal,
  TRANSITION_INPUT_LABELS,
  TRANSITIONS,
  type Transition,
  type TransitionContext,
  type TransitionInput,
} from './transitions.ts';

const ACTORS: readonly ActorRole[] = ['applicant', 'agent', ...STAFF_ROLES, 'system'];

// Written out from DESIGN.md "The case lifecycle" and the issue, independently of the table under test.
const PENDING: readonly CaseState[] = [
  'draft',
  'submitted',
  'awaiting_correction',
  'accepted',
  'in_review',
  'special_procedure',
];
const EXPECTED: ReadonlyMap<string, CaseState> = new Map<string, CaseState>([
  ['draft:submit', 'submitted'],
  ['submitted:accept', 'accepted'],
  ['submitted:request_correction', 'awaiting_correction'],
  ['submitted:refuse', 'refused'],
  ['awaiting_correction:resubmit', 'submitted'],
  ['accepted:assign', 'in_review'],
  ['accepted:claim', 'in_review'],
  ['accepted:approve', 'approved'], // 即办件 only
  ['accepted:deny', 'denied'], // 即办件 only
  ['in_review:record_opinion', 'in_review'],
  ['in_review:transfer', 'in_review'],
  ['in_review:extend', 'in_review'],
  ['in_review:start_special_procedure', 'special_procedure'],
  ['special_procedure:end_special_procedure', 'in_review'],
  ['in_review:approve', 'approved'],
  ['in_review:deny', 'denied'],
  ['approved:issue', 'result_issued'],
  ['result_issued:deliver', 'delivered'],
  ['denied:deliver', 'delivered'],
  ['delivered:close', 'closed'],
  ...PENDING.map((s): [string, CaseState] => [`${s}:withdraw`, 'withdrawn']),
  ...PENDING.map((s): [string, CaseState] => [`${s}:terminate`, 'terminated']),
  // 撤销 of an approval, e.g. after a 告知承诺 proved false in 事后核查
  ['approved:revoke', 'revoked'],
  ['result_issued:revoke', 'revoked'],
  ['delivered:revoke', 'revoked'],
  ['closed:revoke', 'revoked'],
]);

// Inputs that satisfy every requirement; deliveryMethod 'post' also needs trackingNumber.
const VALID_INPUT: Record<TransitionInput, unknown> = {
  comment: '专家评审已结束，评审意见已归档',
  reason: '申请人主体已注销',
  materialsChecklist: [{ materialId: 'business-licence', result: 'ok' }],
  correctionItems: ['法定代表人身份证明未签字'],
  opinion: '材料齐全，符合法定条件',
  decisionReasons: '符合《食品经营许可和备案管理办法》规定的许可条件',
  extension: { amount: 10, unit: 'workday' },
  procedure: { name: '专家评审', duration: { amount: 15, unit: 'workday' } },
  deliveryMethod: 'post',
  trackingNumber: 'EA123456789CN',
  signedReceipt: 'a'.repeat(64),
  assignee: 'user-approver-2',
  missingMaterials: [{ materialId: 'safety-rules', dueWorkdays: 3 }],
};

/** A context in which every row may apply: an instant item, an approval, no open 容缺 materials. */
const INSTANT: TransitionContext = { instantItem: true, decision: 'approved' };
const without = (key: TransitionInput): Record<string, unknown> => {
  const { [key]: _, ...rest } = VALID_INPUT;
  return rest;
};
const statesOf = (t: Transition): readonly CaseState[] => (t.from === 'open' ? PENDING : [t.from]);
const firstRole = (t: Transition): ActorRole => t.roles[0] ?? 'admin';

describe('the transition table', () => {
  it('has at most one row for each (state, action)', () => {
    for (const state of CASE_STATES) {
      for (const action of CASE_ACTIONS) {
        const rows = TRANSITIONS.filter(
          (t) => t.action === action && (t.from === state || (t.from === 'open' && isOpen(state))),
        );
        expect(rows.length, `${state} × ${action}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('has exactly the lifecycle of DESIGN.md', () => {
    const allowed = CASE_STATES.flatMap((s) =>
      CASE_ACTIONS.filter((a) => findTransition(s, a)).map((a) => `${s}:${a}`),
    );
    expect(new Set(allowed)).toEqual(new Set(EXPECTED.keys()));
  });

  it('lists a role, a record and only known inputs on every row', () => {
    for (const t of TRANSITIONS) {
      expect(t.roles.length).toBeGreaterThan(0);
      expect(t.records).toMatch(/\p{Script=Han}/u);
      for (const role of t.roles) expect(ACTORS).toContain(role);
      for (const key of t.requires) expect(TRANSITION_INPUT_LABELS[key]).toBeTruthy();
    }
  });

  it('has a distinct Chinese label for every state and action', () => {
    const states = Object.values(CASE_STATE_LABELS);
    const actions = Object.values(CASE_ACTION_LABELS);
    expect(states).toHaveLength(CASE_STATES.length);
    expect(new Set(states).size).toBe(states.length);
    expect(new Set(actions).size).toBe(CASE_ACTIONS.length);
    for (const label of [...states, ...actions]) expect(label).toMatch(/^\p{Script=Han}/u);
  });

  it('cites the law on the rows DESIGN.md ties to it', () => {
    const law = (s: CaseState, a: CaseAction) => findTransition(s, a)?.law ?? '';
    expect(law('submitted', 'request_correction')).toContain('第三十二条');
    expect(law('in_review', 'deny')).toContain('第三十八条');
    expect(law('in_review', 'extend')).toContain('第四十二条');
    expect(law('approved', 'issue')).toContain('第四十四条');
    expect(law('in_review', 'start_special_procedure')).toContain('第四十五条');
    expect(law('accepted', 'approve')).toContain('第三十四条');
    // 撤销: the reference facts confirm no article of the licensing law on it, so the seed is cited
    expect(law('closed', 'revoke')).toContain('seed 001');
    expect(law('closed', 'revoke')).not.toContain('条');
  });
});

describe.each(CASE_STATES)('in state %s', (state) => {
  it.each(CASE_ACTIONS)('%s', (action) => {
    const expected = EXPECTED.get(`${state}:${action}`);
    const t = findTransition(state, action);
    if (expected === undefined || t === undefined) {
      expect(t).toBeUndefined();
      for (const role of ACTORS) {
        const d = decideTransition(state, action, { role }, VALID_INPUT, INSTANT);
        expect(d).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
        if (!d.ok) {
          expect(d.message).toContain(CASE_STATE_LABELS[state]);
          expect(d.message).toContain(CASE_ACTION_LABELS[action]);
        }
      }
      return;
    }
    for (const role of t.roles) {
      const d = decideTransition(state, action, { role }, VALID_INPUT, INSTANT);
      expect(d).toEqual({ ok: true, to: expected, transition: t });
    }
  });
});

describe.each(TRANSITIONS.map((t) => [`${t.from} × ${t.action}`, t] as const))('%s', (_, t) => {
  it.each(statesOf(t))('refuses every role not listed, from %s', (state) => {
    const others = ACTORS.filter((r) => !t.roles.includes(r));
    for (const role of others) {
      const d = decideTransition(state, t.action, { role }, VALID_INPUT, INSTANT);
      expect(d, role).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      if (!d.ok) expect(d.message).toContain(CASE_ACTION_LABELS[t.action]);
    }
  });

  it.each(t.requires.map((k) => [k]))('refuses a missing %s, naming it', (key) => {
    for (const state of statesOf(t)) {
      const d = decideTransition(state, t.action, { role: firstRole(t) }, without(key), INSTANT);
      expect(d).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', missing: [key] });
      if (!d.ok) {
        expect(d.message).toContain(TRANSITION_INPUT_LABELS[key]);
        expect(d.message).toContain(CASE_STATE_LABELS[state]);
      }
    }
  });

  it('names every missing input at once', () => {
    const state = statesOf(t)[0] ?? 'draft';
    const d = decideTransition(state, t.action, { role: firstRole(t) }, {}, INSTANT);
    if (t.requires.length === 0) expect(d.ok).toBe(true);
    else expect(d).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', missing: [...t.requires] });
  });
});

describe('terminal states', () => {
  it.each(['refused', 'withdrawn', 'terminated', 'revoked'] as const)('%s allows nothing', (state) => {
    expect(isTerminal(state)).toBe(true);
    expect(isOpen(state)).toBe(false);
    for (const action of CASE_ACTIONS) {
      for (const role of ACTORS) {
        const d = decideTransition(state, action, { role }, VALID_INPUT, INSTANT);
        expect(d).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
      }
    }
    for (const role of ACTORS) expect(availableActions(state, role, INSTANT)).toEqual([]);
  });

  it('an archived case can still have its approval revoked (事后核查 of a 告知承诺), nothing else', () => {
    expect(isTerminal('closed')).toBe(false);
    const open = CASE_ACTIONS.filter((a) => findTransition('closed', a));
    expect(open).toEqual(['revoke']);
  });

  it('every other state has a way forward', () => {
    for (const state of CASE_STATES.filter((s) => !isTerminal(s))) {
      expect(
        CASE_ACTIONS.some((a) => findTransition(state, a)),
        state,
      ).toBe(true);
    }
  });
});

describe('open states (在办)', () => {
  it('are the states before a decision', () => {
    expect(CASE_STATES.filter(isOpen)).toEqual(PENDING);
  });

  it.each(['approved', 'denied', 'result_issued', 'delivered'] as const)(
    '%s is decided: it can no longer be withdrawn or terminated',
    (state) => {
      expect(decideTransition(state, 'withdraw', { role: 'applicant' }, {})).toMatchObject({
        code: 'INVALID_TRANSITION',
      });
      expect(
        decideTransition(state, 'terminate', { role: 'chief_representative' }, { reason: '误操作' }),
      ).toMatchObject({ code: 'INVALID_TRANSITION' });
    },
  );
});

describe('即办件 at the window (行政许可法 第三十四条第二款)', () => {
  const input = { decisionReasons: '材料齐全，当场核准' };

  it.each(['approve', 'deny'] as const)('%s from accepted is only for instant items', (action) => {
    const d = decideTransition('accepted', action, { role: 'window_clerk' }, input);
    expect(d).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    if (!d.ok) expect(d.message).toContain('即办件');
    expect(availableActions('accepted', 'window_clerk').map((a) => a.action)).not.toContain(action);
  });

  it('lets a window clerk or a chief representative decide on the spot', () => {
    for (const role of ['window_clerk', 'chief_representative'] as const) {
      expect(decideTransition('accepted', 'approve', { role }, input, INSTANT)).toMatchObject({
        ok: true,
        to: 'approved',
      });
      expect(decideTransition('accepted', 'deny', { role }, input, INSTANT)).toMatchObject({
        ok: true,
        to: 'denied',
      });
    }
  });

  it('does not let a window clerk decide a case in review', () => {
    const d = decideTransition('in_review', 'approve', { role: 'window_clerk' }, input);
    expect(d).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    if (!d.ok) expect(d.message).toBe('综合窗口无权在“审查中”状态下执行“作出准予决定”');
  });
});

describe('guards: facts of the case that block a row (容缺 materials, the decision)', () => {
  const reasons = { decisionReasons: '符合条件' };
  const open = (holdUntil: 'decision' | 'result'): TransitionContext => ({
    openMissingMaterials: 2,
    missingHoldUntil: holdUntil,
  });

  it.each(['approve', 'deny'] as const)(
    '%s waits for open 容缺 materials when they hold the decision',
    (a) => {
      const d = decideTransition('in_review', a, { role: 'approver' }, reasons, open('decision'));
      expect(d).toMatchObject({ ok: false, code: 'CONFLICT' });
      if (!d.ok) expect(d.message).toContain('容缺受理的材料尚有 2 项未补齐');
      const instant = decideTransition('accepted', a, { role: 'window_clerk' }, reasons, {
        ...open('decision'),
        instantItem: true,
      });
      expect(instant).toMatchObject({ ok: false, code: 'CONFLICT' });
      expect(availableActions('in_review', 'approver', open('decision')).map((x) => x.action)).not.toContain(
        a,
      );
    },
  );

  it('lets the decision through and holds the result when the item says so', () => {
    expect(
      decideTransition('in_review', 'approve', { role: 'approver' }, reasons, open('result')),
    ).toMatchObject({ ok: true, to: 'approved' });
    const issue = decideTransition('approved', 'issue', { role: 'output_clerk' }, {}, open('result'));
    expect(issue).toMatchObject({ ok: false, code: 'CONFLICT' });
    if (!issue.ok) expect(issue.message).toContain('暂不出具办理结果');
    expect(availableActions('approved', 'output_clerk', open('result'))).toEqual([]);
    expect(decideTransition('approved', 'issue', { role: 'output_clerk' }, {}, {})).toMatchObject({
      ok: true,
    });
  });

  it('revokes approvals only', () => {
    const reason = { reason: '事后核查发现承诺不实' };
    for (const state of ['delivered', 'closed'] as const) {
      const d = decideTransition(state, 'revoke', { role: 'chief_representative' }, reason, {
        decision: 'denied',
      });
      expect(d).toMatchObject({ ok: false, code: 'CONFLICT' });
      if (!d.ok) expect(d.message).toContain('只有准予决定可以撤销');
      expect(
        decideTransition(state, 'revoke', { role: 'chief_representative' }, reason, { decision: 'approved' }),
      ).toMatchObject({ ok: true, to: 'revoked' });
    }
    expect(availableActions('closed', 'approver', { decision: 'denied' })).toEqual([]);
    expect(availableActions('closed', 'approver', { decision: 'approved' }).map((a) => a.action)).toEqual([
      'revoke',
    ]);
  });

  it('checks the role before the guard: a window clerk may never revoke', () => {
    const d = decideTransition('closed', 'revoke', { role: 'window_clerk' }, { reason: 'x' }, {});
    expect(d).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('inputs', () => {
  it.each([
    ['comment', '   '],
    ['reason', ''],
    ['materialsChecklist', []],
    ['correctionItems', []],
    ['opinion', 42],
    ['decisionReasons', null],
    ['extension', { amount: 0, unit: 'workday' }],
    ['extension', { amount: 2.5, unit: 'workday' }],
    ['extension', { amount: 10, unit: 'week' }],
    ['procedure', { name: '听证' }],
    ['procedure', { name: '', duration: { amount: 5, unit: 'workday' } }],
    ['deliveryMethod', 'pigeon'],
    ['assignee', ['u1']],
  ] as const)('%s = %j is refused', (key, value) => {
    const t = TRANSITIONS.find((r) => r.requires.includes(key));
    if (!t) throw new Error(`no transition requires ${key}`);
    const state = statesOf(t)[0] ?? 'draft';
    const d = decideTransition(
      state,
      t.action,
      { role: firstRole(t) },
      { ...VALID_INPUT, [key]: value },
      INSTANT,
    );
    expect(d).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', missing: [key] });
  });

  it.each([
    ['window', { signedReceipt: 'b'.repeat(64) }, ['signedReceipt']],
    ['post', { trackingNumber: 'EA123456789CN' }, ['trackingNumber']],
    ['download', {}, []],
  ] as const)('delivery by %s needs %j', (method, extra, needed) => {
    for (const state of ['result_issued', 'denied'] as const) {
      const ok = decideTransition(
        state,
        'deliver',
        { role: 'output_clerk' },
        { deliveryMethod: method, ...extra },
      );
      expect(ok).toMatchObject({ ok: true, to: 'delivered' });
      const bare = decideTransition(state, 'deliver', { role: 'output_clerk' }, { deliveryMethod: method });
      if (needed.length === 0) expect(bare.ok).toBe(true);
      else expect(bare).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', missing: needed });
    }
  });

  it('refuses a blank tracking number or receipt', () => {
    const post = { deliveryMethod: 'post', trackingNumber: '  ' };
    const window = { deliveryMethod: 'window', signedReceipt: '' };
    expect(decideTransition('result_issued', 'deliver', { role: 'output_clerk' }, post)).toMatchObject({
      code: 'VALIDATION_FAILED',
      missing: ['trackingNumber'],
    });
    expect(decideTransition('denied', 'deliver', { role: 'output_clerk' }, window)).toMatchObject({
      code: 'VALIDATION_FAILED',
      missing: ['signedReceipt'],
    });
  });

  it.each([
    [[{ dueWorkdays: 3 }]],
    [[{ materialId: 'safety-rules', dueWorkdays: 0 }]],
    [[{ materialId: '', dueWorkdays: 2 }]],
    ['safety-rules'],
  ])('checks the optional missingMaterials of accept when given: %j is refused', (value) => {
    const input = { materialsChecklist: VALID_INPUT.materialsChecklist, missingMaterials: value };
    expect(decideTransition('submitted', 'accept', { role: 'window_clerk' }, input)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      missing: ['missingMaterials'],
    });
    const { missingMaterials: _, ...without } = input;
    expect(decideTransition('submitted', 'accept', { role: 'window_clerk' }, without).ok).toBe(true);
  });

  it('names the inputs in Chinese', () => {
    const d = decideTransition('in_review', 'transfer', { role: 'approver' }, {});
    expect(d).toEqual({
      ok: false,
      code: 'VALIDATION_FAILED',
      message: '“审查中”状态下执行“转办”，缺少或不符合要求：承办人、理由',
      missing: ['assignee', 'reason'],
    });
  });
});

describe('availableActions', () => {
  const actions = (state: CaseState, role: ActorRole) => availableActions(state, role).map((a) => a.action);

  it('offers the back office its review steps', () => {
    expect(actions('in_review', 'approver')).toEqual([
      'record_opinion',
      'transfer',
      'start_special_procedure',
      'approve',
      'deny',
      'terminate',
    ]);
    expect(actions('in_review', 'chief_representative')).toContain('extend');
  });

  it('offers the applicant only what is theirs', () => {
    expect(actions('draft', 'applicant')).toEqual(['submit', 'withdraw']);
    expect(actions('awaiting_correction', 'applicant')).toEqual(['resubmit', 'withdraw']);
    expect(actions('in_review', 'applicant')).toEqual(['withdraw']);
    expect(actions('approved', 'applicant')).toEqual([]);
  });

  it('offers nothing to roles outside the case flow', () => {
    for (const role of ['admin', 'supervisor', 'consultant', 'catalog_editor', 'catalog_reviewer'] as const) {
      for (const state of CASE_STATES) expect(actions(state, role), `${role} ${state}`).toEqual([]);
    }
  });

  it('resolves "same" to the current state and agrees with decideTransition', () => {
    for (const state of CASE_STATES) {
      for (const role of ACTORS) {
        for (const a of availableActions(state, role, INSTANT)) {
          expect(decideTransition(state, a.action, { role }, VALID_INPUT, INSTANT)).toMatchObject({
            ok: true,
            to: a.to,
          });
        }
      }
    }
    expect(availableActions('in_review', 'approver').find((a) => a.action === 'transfer')?.to).toBe(
      'in_review',
    );
  });
});

describe('intake', () => {
  it('creates window cases already submitted, every other channel as a draft', () => {
    expect(Object.fromEntries(INTAKE_CHANNELS.map((c) => [c, intakeState(c)]))).toEqual({
      web: 'draft',
      phone: 'draft',
      window: 'submitted',
      kiosk: 'draft',
      proxy: 'draft',
    });
  });
});
