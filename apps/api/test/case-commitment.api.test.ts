// 告知承诺 through HTTP (issue 4 §5): the applicant reads the item's commitment text and signs it (typed full
// name, a drawn PNG checked by content); the signed PDF is stored; the material it covers needs no upload; the
// approval opens a 事后核查 task due in working days; a false commitment revokes the approval, records a credit
// mark and tells the applicant, in one transaction; and the item can then refuse that applicant 告知承诺.
import type { Guide } from '@msb/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../src/modules/calendar/domain/iso-date.ts';
import { creditMarks } from '../src/modules/cases/case-obligations.tables.ts';
import { buildGuide } from '../src/modules/catalog/domain/test-guide.ts';
import { readPdfText } from '../src/platform/pdf-inspect.testkit.ts';
import {
  act,
  type Desk,
  fieldsOf,
  type PublicAccount,
  publishedItemWithStaff,
  registerCitizen,
} from './case-fixtures.ts';
import { createTestContext, makeOrg, makeStaff, type TestContext } from './harness.ts';
import { checklistWithout, draftWithout, messagesAbout, signaturePng } from './obligation-fixtures.ts';

const COMMITTED = 'layout'; // 平面布局图: required; this item lets a commitment stand in for it
const COMMITMENT_TEXT =
  '本人承诺：经营场所平面布局及设备布局、工艺流程符合食品安全要求，所填信息真实、准确。\n如承诺不实，愿意承担相应法律责任，接受撤销许可的处理。';
let ctx: TestContext;
let desk: Desk;
let otherApprover: { cookie: string };

function commitmentGuide(): Partial<Guide> {
  return {
    materials: buildGuide().materials.map((m) =>
      m.id === COMMITTED ? { ...m, commitmentAllowed: true } : m,
    ),
    commitment: { text: COMMITMENT_TEXT, verifyWithinWorkdays: 5, excludeBrokenCommitment: true },
  };
}

beforeAll(async () => {
  ctx = await createTestContext();
  desk = await publishedItemWithStaff(ctx, commitmentGuide());
  otherApprover = await makeStaff(ctx, ['approver'], {
    regionCode: '150203000000',
    orgId: (await makeOrg(ctx)).id,
  });
});
afterAll(async () => ctx.close());

const get = (url: string, cookie: string) => ctx.app.inject({ url, headers: { cookie } });
const sign = (cookie: string, caseId: string, payload: object) =>
  ctx.app.inject({ method: 'POST', url: `/api/cases/${caseId}/commitment`, headers: { cookie }, payload });

async function draftFor(citizen: PublicAccount) {
  return draftWithout(ctx, desk, citizen, [COMMITTED]);
}

describe('告知承诺: reading and signing', () => {
  it('shows the text, refuses a wrong name or a fake PNG, stores the signed PDF, and then needs no upload', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await draftFor(citizen);
    const offered = await get(`/api/cases/${id}/commitment`, citizen.cookie);
    expect(offered.statusCode).toBe(200);
    expect(offered.json()).toMatchObject({
      available: true,
      text: COMMITMENT_TEXT,
      verifyWithinWorkdays: 5,
      materials: [{ materialId: COMMITTED }],
      excluded: null,
      canSign: true,
      signed: null,
    });

    const early = await act(ctx, citizen.cookie, id, 'submit');
    expect(early.statusCode).toBe(422);
    expect(fieldsOf(early)).toEqual([`materials.${COMMITTED}`]);

    const wrong = await sign(citizen.cookie, id, { fullName: '张三' });
    expect(wrong.statusCode).toBe(422);
    expect(fieldsOf(wrong)).toEqual(['fullName']);
    const fake = await sign(citizen.cookie, id, {
      fullName: citizen.name,
      signaturePng: Buffer.from('%PDF-1.7 not a picture at all').toString('base64'),
    });
    expect(fake.statusCode).toBe(422);
    expect(fieldsOf(fake)).toEqual(['signaturePng']);
    const huge = await sign(citizen.cookie, id, {
      fullName: citizen.name,
      signaturePng: signaturePng(4000, 80).toString('base64'),
    });
    expect(fieldsOf(huge)).toEqual(['signaturePng']);
    const notOffered = await sign(citizen.cookie, id, {
      fullName: citizen.name,
      materialIds: ['application'],
    });
    expect(fieldsOf(notOffered)).toEqual(['materialIds.0']);

    const signed = await sign(citizen.cookie, id, {
      fullName: citizen.name,
      signaturePng: signaturePng().toString('base64'),
    });
    expect(signed.statusCode, signed.body).toBe(201);
    expect(signed.json().signed).toMatchObject({
      signerName: citizen.name,
      signerRole: 'applicant',
      drawnSignature: true,
      materials: [{ materialId: COMMITTED, name: '经营场所平面布局图及设备布局、工艺流程图' }],
    });
    expect(signed.json().canSign).toBe(false);
    expect((await sign(citizen.cookie, id, { fullName: citizen.name })).statusCode).toBe(409);

    const pdf = await get(`/api/cases/${id}/commitment/pdf`, citizen.cookie);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await readPdfText(new Uint8Array(pdf.rawPayload))).join('\n').replace(/\s+/g, '');
    expect(text).toContain('告知承诺书');
    expect(text).toContain('经营场所平面布局及设备布局');
    expect(text).toContain(citizen.name);
    // another citizen cannot read it
    const stranger = await registerCitizen(ctx);
    expect((await get(`/api/cases/${id}/commitment/pdf`, stranger.cookie)).statusCode).toBe(404);

    const submitted = await act(ctx, citizen.cookie, id, 'submit');
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().commitment).toMatchObject({ signerName: citizen.name, materialIds: [COMMITTED] });
  });
});

describe('告知承诺: decided on the commitment, verified, revoked', () => {
  it('opens a verification task on approval; a false commitment revokes, marks credit and tells the applicant', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await draftFor(citizen);
    expect((await sign(citizen.cookie, id, { fullName: citizen.name })).statusCode).toBe(201);
    expect((await act(ctx, citizen.cookie, id, 'submit')).statusCode).toBe(200);
    // the window accepts without the material the commitment covers
    const accepted = await act(ctx, desk.window.cookie, id, 'accept', {
      materialsChecklist: checklistWithout(desk, [COMMITTED]),
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().events.at(-1).payload.commitment).toMatchObject({ materialIds: [COMMITTED] });
    await act(ctx, desk.approver.cookie, id, 'claim');
    const approved = await act(ctx, desk.approver.cookie, id, 'approve', {
      decisionReasons: '依申请人承诺准予',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const today = chinaDate(ctx.deps.now());
    const due = (
      await ctx.app.inject({ url: `/api/calendar/deadline?start=${today}&amount=5&unit=workday` })
    ).json().due;
    expect(approved.json().verification).toMatchObject({ status: 'open', dueOn: due, overdue: false });

    const tasks = await get('/api/verification-tasks', desk.approver.cookie);
    expect(tasks.statusCode).toBe(200);
    const task = tasks.json().items.find((t: { caseId: string }) => t.caseId === id);
    expect(task).toMatchObject({ dueOn: due, status: 'open', statusLabel: '待核查', caseState: 'approved' });
    // another department sees none of it and may not decide it
    expect((await get('/api/verification-tasks', otherApprover.cookie)).json().items).toEqual([]);
    const outcome = (cookie: string, payload: object) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/verification-tasks/${task.id}/outcome`,
        headers: { cookie },
        payload,
      });
    expect((await outcome(otherApprover.cookie, { outcome: 'confirmed' })).statusCode).toBe(403);
    const bare = await outcome(desk.approver.cookie, { outcome: 'false' });
    expect(bare.statusCode).toBe(422);
    expect(fieldsOf(bare)).toEqual(['findings']);

    // the result went out and the case was archived before the department verified
    await act(ctx, desk.output.cookie, id, 'issue');
    await get(`/api/cases/${id}/documents/decision.pdf`, citizen.cookie); // 电子送达, then archived
    expect((await get(`/api/cases/${id}`, citizen.cookie)).json().state).toBe('closed');

    const found = await outcome(desk.approver.cookie, {
      outcome: 'false',
      findings: '现场核查：经营场所未按承诺设置分区，平面布局与承诺不符',
    });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({ status: 'false', statusLabel: '承诺不实' });
    expect((await outcome(desk.approver.cookie, { outcome: 'confirmed' })).statusCode).toBe(409);

    const revoked = (await get(`/api/cases/${id}`, desk.chief.cookie)).json();
    expect(revoked.state).toBe('revoked');
    expect(revoked.stateLabel).toBe('已撤销');
    expect(revoked.events.at(-1)).toMatchObject({
      action: 'revoke',
      fromState: 'closed',
      toState: 'revoked',
    });
    expect(revoked.events.at(-1).comment).toContain('平面布局与承诺不符');
    expect(revoked.actions).toEqual([]);
    const profile = await get('/api/me/profile', citizen.cookie);
    const marks = await ctx.deps.db
      .select()
      .from(creditMarks)
      .where(eq(creditMarks.personId, profile.json().person.id));
    expect(marks).toEqual([
      expect.objectContaining({ kind: 'broken_commitment', caseId: id, recordedBy: desk.approver.userId }),
    ]);
    expect(revoked.creditMarks).toEqual([expect.objectContaining({ kind: 'broken_commitment', caseId: id })]);

    const told = await messagesAbout(ctx, citizen.cookie, id);
    expect(told.find((m) => m.title === '准予决定已撤销')?.body).toContain('事后核查发现承诺不实');
    expect(told.find((m) => m.title === '信用记录告知')?.body).toContain('违背告知承诺');
    // the record of what happened cannot be edited
    await expect(
      ctx.deps.db.update(creditMarks).set({ note: '改' }).where(eq(creditMarks.caseId, id)),
    ).rejects.toThrow();
  });

  it('refuses 告知承诺 to an applicant who broke one, with the reason, and lets them apply with every material', async () => {
    const citizen = await registerCitizen(ctx);
    const profile = await get('/api/me/profile', citizen.cookie);
    await ctx.deps.db.insert(creditMarks).values({
      subjectKind: 'person',
      personId: profile.json().person.id,
      kind: 'broken_commitment',
      note: '示例：此前承诺不实',
      recordedAt: ctx.deps.now(),
    });
    const id = await draftFor(citizen);
    const offered = (await get(`/api/cases/${id}/commitment`, citizen.cookie)).json();
    expect(offered.canSign).toBe(false);
    expect(offered.excluded).toContain('违背告知承诺');
    const refused = await sign(citizen.cookie, id, { fullName: citizen.name });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('本事项不再适用告知承诺');
    expect(fieldsOf(refused)).toEqual(['commitment']);
  });

  it('lets only the applicant, their agent or the window sign, and only before acceptance', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await draftFor(citizen);
    // staff out of the desk and applicants of other cases
    expect((await sign(desk.approver.cookie, id, { fullName: citizen.name })).statusCode).toBe(403);
    expect((await sign((await registerCitizen(ctx)).cookie, id, { fullName: citizen.name })).statusCode).toBe(
      404,
    );
    // the window records the applicant's on-screen signature once the case is at the window
    expect((await sign(desk.window.cookie, id, { fullName: citizen.name })).statusCode).toBe(409);
    const plain = await draftWithout(ctx, desk, citizen, []);
    await act(ctx, citizen.cookie, plain, 'submit');
    const atWindow = await sign(desk.window.cookie, plain, { fullName: citizen.name });
    expect(atWindow.statusCode, atWindow.body).toBe(201);
    expect(atWindow.json().signed.signerRole).toBe('window_clerk');
  });
});
