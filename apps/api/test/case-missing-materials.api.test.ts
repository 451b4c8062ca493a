// 容缺受理 through HTTP (issue 4 §4): the window accepts with materials the guide marks allowMissing still to
// come, each due in working days (through the calendar); the applicant is told; the decision (or only the
// result, by the item's rule) waits for them; the sweep reminds once and, past the due date, terminates or
// suspends the case as the item says; a clerk checks in what is supplied; a credit mark can exclude 容缺.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../src/modules/calendar/domain/iso-date.ts';
import { sweepMissingMaterials } from '../src/modules/cases/case-missing-sweep.service.ts';
import { creditMarks } from '../src/modules/cases/case-obligations.tables.ts';
import {
  act,
  type Desk,
  fieldsOf,
  fullChecklist,
  type PublicAccount,
  publishedItemWithStaff,
  registerCitizen,
  signIn,
  uploadMaterial,
} from './case-fixtures.ts';
import { createTestContext, type TestContext } from './harness.ts';
import { checklistWithout, draftWithout, messagesAbout } from './obligation-fixtures.ts';

const DAY = 86_400_000;
const MISSING = 'safety-rules'; // 食品安全管理制度文本: required, allowMissing in the test guide
let ctx: TestContext;
let strict: Desk; // no decision before supplied; terminate on expiry; bad credit excluded
let lenient: Desk; // result held back only; suspend on expiry

beforeAll(async () => {
  ctx = await createTestContext();
  strict = await publishedItemWithStaff(ctx, {
    missingMaterialRules: {
      dueWorkdays: 3,
      holdUntil: 'decision',
      onExpiry: 'terminate',
      excludeBadCredit: true,
    },
  });
  lenient = await publishedItemWithStaff(ctx, {
    missingMaterialRules: {
      dueWorkdays: 2,
      holdUntil: 'result',
      onExpiry: 'suspend',
      excludeBadCredit: false,
    },
  });
});
afterAll(async () => ctx.close());

/** Sessions end while the clock moves on: the desk signs in again. */
async function signInDesk(desk: Desk) {
  for (const staff of [desk.window, desk.approver, desk.chief, desk.output])
    staff.cookie = await signIn(ctx, staff.username);
}

/** A submitted online case of a new citizen, the 容缺 material left out. */
async function submittedWithout(desk: Desk): Promise<{ id: string; citizen: PublicAccount }> {
  const citizen = await registerCitizen(ctx);
  const id = await draftWithout(ctx, desk, citizen, [MISSING]);
  const submitted = await act(ctx, citizen.cookie, id, 'submit');
  expect(submitted.statusCode, submitted.body).toBe(200);
  return { id, citizen };
}

const getCase = async (cookie: string, id: string) =>
  (await ctx.app.inject({ url: `/api/cases/${id}`, headers: { cookie } })).json();

describe('容缺受理: bad input', () => {
  it('refuses a material not marked allowMissing, an unknown one and a due period past the item’s, naming the field', async () => {
    await signInDesk(strict);
    const { id } = await submittedWithout(strict);
    const accept = (missingMaterials: object[]) =>
      act(ctx, strict.window.cookie, id, 'accept', {
        materialsChecklist: checklistWithout(strict, [MISSING]),
        missingMaterials,
      });

    const notAllowed = await accept([{ materialId: 'layout' }]);
    expect(notAllowed.statusCode).toBe(422);
    expect(fieldsOf(notAllowed)).toContain('missingMaterials.0.materialId');
    expect(notAllowed.body).toContain('不是可容缺受理的材料');

    const unknown = await accept([{ materialId: MISSING }, { materialId: 'no-such-material' }]);
    expect(unknown.statusCode).toBe(422);
    expect(fieldsOf(unknown)).toEqual(['missingMaterials.1.materialId']);

    const tooLong = await accept([{ materialId: MISSING, dueWorkdays: 9 }]);
    expect(tooLong.statusCode).toBe(422);
    expect(fieldsOf(tooLong)).toEqual(['missingMaterials.0.dueWorkdays']);
    expect(tooLong.body).toContain('3 个工作日');

    const malformed = await accept([{ materialId: MISSING, dueWorkdays: 0 }]);
    expect(malformed.statusCode).toBe(422);
    expect(fieldsOf(malformed)).toEqual(['missingMaterials.0.dueWorkdays']);

    expect((await getCase(strict.window.cookie, id)).state).toBe('submitted');
  });
});

describe('容缺受理: the decision waits, the sweep reminds and terminates', () => {
  it('accepts with a working-day due date, refuses the decision with 409, reminds once and terminates when time runs out', async () => {
    await signInDesk(strict);
    const { id, citizen } = await submittedWithout(strict);
    const accepted = await act(ctx, strict.window.cookie, id, 'accept', {
      materialsChecklist: checklistWithout(strict, [MISSING]),
      missingMaterials: [{ materialId: MISSING, dueWorkdays: 2 }],
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const today = chinaDate(ctx.deps.now());
    // the due date is the calendar's: the same arithmetic as the public deadline calculator
    const deadline = await ctx.app.inject({
      url: `/api/calendar/deadline?start=${today}&amount=2&unit=workday`,
    });
    expect(accepted.json().missingMaterials).toEqual([
      expect.objectContaining({
        materialId: MISSING,
        name: '食品安全管理制度文本',
        dueWorkdays: 2,
        dueOn: deadline.json().due,
        status: 'open',
        holdUntil: 'decision',
        onExpiry: 'terminate',
      }),
    ]);
    const told = await messagesAbout(ctx, citizen.cookie, id);
    expect(told.find((m) => m.title === '申请已受理')?.body).toContain(
      '容缺受理，请补交：“食品安全管理制度文本”',
    );

    expect((await act(ctx, strict.approver.cookie, id, 'claim')).statusCode).toBe(200);
    const approve = await act(ctx, strict.approver.cookie, id, 'approve', { decisionReasons: '符合条件' });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error.code).toBe('CONFLICT');
    expect(approve.json().error.message).toContain('容缺受理的材料尚有 1 项未补齐');
    const deny = await act(ctx, strict.approver.cookie, id, 'deny', { decisionReasons: '不符合' });
    expect(deny.statusCode).toBe(409);
    const view = await getCase(strict.approver.cookie, id);
    expect(view.actions.map((a: { action: string }) => a.action)).not.toContain('approve');

    // two working days left at most: reminded at once, and only once however often (and wherever) it runs
    const runs = await Promise.all([sweepMissingMaterials(ctx.deps), sweepMissingMaterials(ctx.deps)]);
    expect(runs.reduce((n, r) => n + r.reminded, 0)).toBe(1);
    expect((await sweepMissingMaterials(ctx.deps)).reminded).toBe(0);
    const reminders = (await messagesAbout(ctx, citizen.cookie, id)).filter(
      (m) => m.title === '容缺材料补交提醒',
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.body).toContain('食品安全管理制度文本');

    // two weeks later the due date is long past: the item says terminate
    ctx.advanceClock(14 * DAY);
    const expired = await sweepMissingMaterials(ctx.deps);
    expect(expired.expired).toBeGreaterThanOrEqual(1);
    expect((await sweepMissingMaterials(ctx.deps)).expired).toBe(0);
    await signInDesk(strict);
    const after = await getCase(strict.chief.cookie, id);
    expect(after.state).toBe('terminated');
    expect(after.missingMaterials[0]).toMatchObject({
      status: 'expired',
      expiryAction: 'terminate',
      overdue: true,
    });
    const last = after.events.at(-1);
    expect(last).toMatchObject({ action: 'terminate', actorRole: 'system', toState: 'terminated' });
    expect(last.comment).toContain('逾期未补交');

    citizen.cookie = await signIn(ctx, citizen.mobile);
    const applicantTold = await messagesAbout(ctx, citizen.cookie, id);
    expect(applicantTold.map((m) => m.title)).toContain('办件已终止');
    const chiefTold = await messagesAbout(ctx, strict.chief.cookie, id);
    expect(chiefTold.filter((m) => m.title === '容缺材料逾期未补交')).toHaveLength(1);
  });
});

describe('容缺受理: the result is held back, expiry suspends the clock', () => {
  it('lets the decision through but not the result until a clerk checks the material in', async () => {
    await signInDesk(lenient);
    const { id } = await submittedWithout(lenient);
    const accepted = await act(ctx, lenient.window.cookie, id, 'accept', {
      materialsChecklist: checklistWithout(lenient, [MISSING]),
      // not listed: a required 容缺 material left off the checklist is missing with the item's due period
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().missingMaterials).toEqual([
      expect.objectContaining({ materialId: MISSING, dueWorkdays: 2, holdUntil: 'result' }),
    ]);
    await act(ctx, lenient.approver.cookie, id, 'claim');
    const approved = await act(ctx, lenient.approver.cookie, id, 'approve', { decisionReasons: '符合条件' });
    expect(approved.statusCode, approved.body).toBe(200);
    const issue = await act(ctx, lenient.output.cookie, id, 'issue');
    expect(issue.statusCode).toBe(409);
    expect(issue.json().error.message).toContain('暂不出具办理结果');

    // handed in on paper to the back office
    const supplied = await ctx.app.inject({
      method: 'POST',
      url: `/api/cases/${id}/missing-materials/${MISSING}/supplied`,
      headers: { cookie: lenient.approver.cookie },
      payload: { note: '窗口收取纸质原件' },
    });
    expect(supplied.statusCode, supplied.body).toBe(200);
    expect(supplied.json().missingMaterials[0]).toMatchObject({ status: 'supplied' });
    expect(supplied.json().materials).toContainEqual(
      expect.objectContaining({ materialId: MISSING, source: 'paper', status: 'verified' }),
    );
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/cases/${id}/missing-materials/${MISSING}/supplied`,
      headers: { cookie: lenient.approver.cookie },
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect((await act(ctx, lenient.output.cookie, id, 'issue')).statusCode).toBe(200);
  });

  it('suspends the clock when the due date passes and resumes it once the uploaded material is checked', async () => {
    await signInDesk(lenient);
    const { id, citizen } = await submittedWithout(lenient);
    await act(ctx, lenient.window.cookie, id, 'accept', {
      materialsChecklist: checklistWithout(lenient, [MISSING]),
      missingMaterials: [{ materialId: MISSING }],
    });
    await act(ctx, lenient.approver.cookie, id, 'claim');
    ctx.advanceClock(10 * DAY);
    expect((await sweepMissingMaterials(ctx.deps)).expired).toBeGreaterThanOrEqual(1);
    await signInDesk(lenient);
    const suspended = await getCase(lenient.approver.cookie, id);
    expect(suspended.state).toBe('in_review');
    expect(suspended.clock.clockStopped).toBe(true);
    expect(suspended.missingMaterials[0]).toMatchObject({ status: 'expired', expiryAction: 'suspend' });

    // the applicant may upload the outstanding material after acceptance; nothing else
    citizen.cookie = await signIn(ctx, citizen.mobile);
    expect((await uploadMaterial(ctx, citizen.cookie, id, 'layout')).statusCode).toBe(409);
    expect((await uploadMaterial(ctx, citizen.cookie, id, MISSING)).statusCode).toBe(201);
    expect((await getCase(citizen.cookie, id)).missingMaterials[0].status).toBe('uploaded');
    const told = await messagesAbout(ctx, citizen.cookie, id);
    expect(told.map((m) => m.title)).toContain('容缺材料逾期未补交');

    ctx.advanceClock(2 * DAY);
    await signInDesk(lenient);
    const checked = await ctx.app.inject({
      method: 'POST',
      url: `/api/cases/${id}/missing-materials/${MISSING}/supplied`,
      headers: { cookie: lenient.window.cookie },
      payload: {},
    });
    expect(checked.statusCode, checked.body).toBe(200);
    const resumed = checked.json();
    expect(resumed.missingMaterials[0].status).toBe('supplied');
    expect(resumed.materials).toContainEqual(
      expect.objectContaining({ materialId: MISSING, source: 'upload', status: 'verified' }),
    );
    expect(resumed.clock.clockStopped).toBe(false);
    expect(resumed.clock.legalDue > suspended.clock.originalLegalDue).toBe(true);
  });
});

describe('容缺受理: credit', () => {
  it('refuses 容缺 to an applicant with a credit mark when the item excludes bad credit, with the reason', async () => {
    await signInDesk(strict);
    const { id, citizen } = await submittedWithout(strict);
    const profile = await ctx.app.inject({ url: '/api/me/profile', headers: { cookie: citizen.cookie } });
    await ctx.deps.db.insert(creditMarks).values({
      subjectKind: 'person',
      personId: profile.json().person.id,
      kind: 'broken_commitment',
      note: '示例：此前承诺不实',
      recordedAt: ctx.deps.now(),
    });
    for (const missingMaterials of [[{ materialId: MISSING }], undefined]) {
      const res = await act(ctx, strict.window.cookie, id, 'accept', {
        materialsChecklist: checklistWithout(strict, [MISSING]),
        ...(missingMaterials ? { missingMaterials } : {}),
      });
      expect(res.statusCode).toBe(422);
      expect(fieldsOf(res)).toEqual(['missingMaterials']);
      expect(res.json().error.message).toContain('本事项不适用容缺受理');
      expect(res.json().error.message).toContain('违背告知承诺');
    }
    // staff see the mark on the case; the applicant is not shown it there
    expect((await getCase(strict.window.cookie, id)).creditMarks).toHaveLength(1);
    expect((await getCase(citizen.cookie, id)).creditMarks).toEqual([]);
    // with every material present there is nothing missing, and no exclusion
    await uploadMaterial(ctx, strict.window.cookie, id, MISSING);
    const full = await act(ctx, strict.window.cookie, id, 'accept', {
      materialsChecklist: fullChecklist(strict.item.guide),
    });
    expect(full.statusCode, full.body).toBe(200);
    expect(full.json().missingMaterials).toEqual([]);
    const marks = await ctx.deps.db
      .select()
      .from(creditMarks)
      .where(eq(creditMarks.personId, profile.json().person.id));
    expect(marks).toHaveLength(1);
  });
});
