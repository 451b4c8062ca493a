// 一件事一次办 through HTTP (issue 4 §3): questionnaire and one-time notice, one form and one set of materials,
// one submission and one acceptance creating parallel member cases, a member waiting for the one it depends on,
// member denial told once, one correction notice, one output; publishing checks; scope and idempotency.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../src/platform/outbox.tables.ts';
import { dispatchOutbox } from '../src/platform/outbox.ts';
import { readPdfText } from '../src/platform/pdf-inspect.testkit.ts';
import {
  ANSWERS_ALL,
  ANSWERS_NO_INSURANCE,
  type BundleDesk,
  bundleDefinition,
  CHILD_FORM,
  publishBundle,
  publishedBundle,
  REGION,
} from './bundle-fixtures.ts';
import { act, fieldsOf, newIdNumber, type PublicAccount, registerCitizen } from './case-fixtures.ts';
import { createTestContext, makeOrg, makeStaff, type TestContext } from './harness.ts';

let ctx: TestContext;
let desk: BundleDesk;
beforeAll(async () => {
  ctx = await createTestContext();
  desk = await publishedBundle(ctx);
}, 120_000);
afterAll(async () => {
  await ctx.close();
});

const get = (url: string, cookie?: string) =>
  ctx.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const post = (url: string, cookie: string, payload: object = {}, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload });

/** Uploads a file for one bundle material (multipart, like the portal). */
async function uploadBundle(cookie: string, id: string, materialId: string) {
  const boundary = `----msb${Math.random().toString(16).slice(2)}`;
  const { tinyPdf } = await import('./catalog-fixtures.ts');
  const content = await tinyPdf(`bundle-${materialId}-${Math.random()}`);
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="m.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/bundle-cases/${id}/materials?materialId=${materialId}`,
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([head, Buffer.from(content), tail]),
  });
}

async function onlineBundle(citizen: PublicAccount, answers = ANSWERS_ALL) {
  const created = await post('/api/bundle-cases', citizen.cookie, {
    bundleId: desk.bundleId,
    answers,
    formData: CHILD_FORM,
    outputMode: 'together',
  });
  if (created.statusCode !== 201) throw new Error(`create bundle case: ${created.body}`);
  const view = created.json();
  for (const m of view.materials.filter((x: { requiredBy: string[] }) => x.requiredBy.length > 0)) {
    const up = await uploadBundle(citizen.cookie, view.id, m.materialId);
    expect(up.statusCode).toBe(201);
  }
  return view.id as string;
}

const memberOf = (view: { members: { key: string }[] }, key: string) =>
  view.members.find((m) => m.key === key) as {
    key: string;
    caseId: string;
    state: string;
    held: boolean;
    caseNumber: string | null;
  };

async function bundleNotices(bundleCaseId: string) {
  return (
    await ctx.deps.db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(sql`payload->>'key' like ${`bundle:${bundleCaseId}:%`}`)
  ).map((r) => r.payload as { title: string; body: string; userId: string | null });
}

describe('questionnaire and one-time notice', () => {
  it('selects the members the answers call for, in handling order, with shared materials listed once', async () => {
    const res = await post(`/api/bundles/${desk.bundleId}/plan`, '', {
      answers: { bundle: { insure: ['ins-no'] }, members: {} },
    });
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    expect(plan.members.map((m: { key: string }) => m.key)).toEqual(['cert', 'hukou']);
    expect(plan.skipped).toEqual([
      expect.objectContaining({ key: 'insurance', reason: '根据您选择的情形，无需办理此事项' }),
    ]);
    expect(plan.stages).toEqual([['cert'], ['hukou']]);
    const application = plan.materials.find((m: { materialId: string }) => m.materialId === 'application');
    expect(application.members).toEqual(['cert', 'hukou']);
    expect(plan.materials.filter((m: { materialId: string }) => m.materialId === 'application')).toHaveLength(
      1,
    );
    // one form: child.name asked once by both, with the stricter maximum length
    expect(plan.form.schema.properties['child.name'].maxLength).toBe(15);
    const provenance = plan.form.provenance.find((p: { key: string }) => p.key === 'child.name');
    expect(provenance.members).toEqual(['cert', 'hukou']);
    expect(provenance.rule).toContain('最大长度取较严的 15');
    // what the platform holds is shown, never edited
    expect(plan.form.readOnly).toEqual(['applicant.name', 'applicant.idNumber']);
  });

  it('answers 422 naming the question when an answer is not one of its options', async () => {
    const res = await post(`/api/bundles/${desk.bundleId}/plan`, '', {
      answers: { bundle: { insure: ['maybe'] }, members: {} },
    });
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(['answers.bundle.insure']);
  });

  it('prints the one-time notice as a PDF in Chinese', async () => {
    const answers = Buffer.from(JSON.stringify(ANSWERS_ALL)).toString('base64url');
    const res = await get(`/api/bundles/${desk.bundleId}/notice.pdf?answers=${answers}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = (await readPdfText(new Uint8Array(res.rawPayload))).join('\n');
    expect(text).toContain('一次告知单');
    expect(text).toContain('出生登记（测试）');
    expect(text).toContain('待出生医学证明（测试）办结后办理');
    expect(text).toContain('多个事项共用的材料只需提交一份');
  });
});

describe('one application online, one acceptance, parallel handling, one output', () => {
  it('runs the whole bundle: the dependent member waits, is released by the approval, and all come out at once', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await onlineBundle(citizen);
    let view = (await get(`/api/bundle-cases/${id}`, citizen.cookie)).json();
    expect(view.status).toBe('draft');
    expect(view.members.map((m: { key: string }) => m.key)).toEqual(['cert', 'hukou', 'insurance']);
    // a material uploaded once sits on every member that needs it
    const application = view.materials.find((m: { materialId: string }) => m.materialId === 'application');
    expect(application.files).toHaveLength(1);

    const submitted = await post(`/api/bundle-cases/${id}/submit`, citizen.cookie);
    expect(submitted.statusCode).toBe(200);
    view = submitted.json();
    expect(view.status).toBe('submitted');
    expect(view.caseNumber).toMatch(/^150203000000-\d{8}-\d{6}$/);
    expect(memberOf(view, 'cert').state).toBe('submitted');
    expect(memberOf(view, 'insurance').state).toBe('submitted');
    expect(memberOf(view, 'hukou')).toMatchObject({ state: 'draft', held: true });

    // a member cannot be accepted on its own: one acceptance for the bundle
    const alone = await act(ctx, desk.members.cert.window.cookie, memberOf(view, 'cert').caseId, 'accept', {
      materialsChecklist: [],
    });
    expect(alone.statusCode).toBe(409);

    const checklist = view.materials.map((m: { materialId: string }) => ({
      materialId: m.materialId,
      present: true,
    }));
    const accepted = await post(`/api/bundle-cases/${id}/accept`, desk.members.cert.window.cookie, {
      materialsChecklist: checklist,
    });
    expect(accepted.statusCode).toBe(200);
    view = accepted.json();
    expect(view.status).toBe('in_progress');
    expect(view.promisedDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(memberOf(view, 'cert').state).toBe('accepted');
    expect(memberOf(view, 'insurance').state).toBe('accepted');
    expect(memberOf(view, 'hukou').state).toBe('draft');

    // the lead department (出生医学证明's) sees every member and chases one; another department cannot
    const cert = desk.members.cert;
    const leadView = (await get(`/api/bundle-cases/${id}`, cert.approver.cookie)).json();
    expect(leadView.actions).toContain('chase');
    const chase = await post(`/api/bundle-cases/${id}/chase`, cert.approver.cookie, {
      memberKey: 'insurance',
    });
    expect(chase.statusCode).toBe(200);
    expect(chase.json().notified).toBeGreaterThanOrEqual(2); // the insurance department's two approvers and its chief
    const notLead = await post(`/api/bundle-cases/${id}/chase`, desk.members.insurance.approver.cookie, {
      memberKey: 'cert',
    });
    expect(notLead.statusCode).toBe(403);
    // the lead department reads another department's member case (to chase it), and can do nothing on it
    const insuranceCase = memberOf(view, 'insurance').caseId;
    const read = await get(`/api/cases/${insuranceCase}`, cert.approver.cookie);
    expect(read.statusCode).toBe(200);
    expect(read.json().actions).toEqual([]);
    expect((await act(ctx, cert.approver.cookie, insuranceCase, 'claim')).statusCode).toBe(403);
    // …and the applicant's full ID number (audited); a department with no part in the bundle may not
    const personId = (await get('/api/me/profile', citizen.cookie)).json().person.id as string;
    const reveal = (cookie: string) =>
      post(`/api/persons/${personId}/reveal-id-number`, cookie, { reason: '督办核对' });
    expect((await reveal(cert.approver.cookie)).statusCode).toBe(200);
    const stranger = await makeStaff(ctx, ['approver'], {
      regionCode: REGION,
      orgId: (await makeOrg(ctx)).id,
    });
    expect((await reveal(stranger.cookie)).statusCode).toBe(404);
    expect(
      (await get(`/api/cases/${memberOf(view, 'cert').caseId}`, desk.members.insurance.approver.cookie))
        .statusCode,
    ).toBe(403);

    // each department handles its own member in parallel
    const certCase = memberOf(view, 'cert').caseId;
    expect((await act(ctx, cert.approver.cookie, certCase, 'claim')).statusCode).toBe(200);
    expect(
      (await act(ctx, cert.approver.cookie, certCase, 'approve', { decisionReasons: '符合条件' })).statusCode,
    ).toBe(200);
    view = (await get(`/api/bundle-cases/${id}`, citizen.cookie)).json();
    // the approval released the member that waited for it: submitted and accepted by the platform
    expect(memberOf(view, 'hukou')).toMatchObject({ state: 'accepted', held: false });
    expect(memberOf(view, 'hukou').caseNumber).toMatch(/^150203000000-/);

    // the output window will not hand over part of a "together" bundle
    const early = await post(`/api/bundle-cases/${id}/deliver`, desk.members.cert.output.cookie, {
      deliveryMethod: 'window',
      signedReceipt: '示例签收人',
    });
    expect(early.statusCode).toBe(409);

    for (const key of ['hukou', 'insurance'] as const) {
      const m = desk.members[key];
      const caseId = memberOf(view, key).caseId;
      expect((await act(ctx, m.approver.cookie, caseId, 'claim')).statusCode).toBe(200);
      expect(
        (await act(ctx, m.approver.cookie, caseId, 'approve', { decisionReasons: '符合条件' })).statusCode,
      ).toBe(200);
    }
    const lead = (await get('/api/bundle-cases/queue?queue=lead', cert.approver.cookie)).json();
    expect(lead.items.map((i: { id: string }) => i.id)).toContain(id);
    const outputQueue = (await get('/api/bundle-cases/queue?queue=output', cert.output.cookie)).json();
    expect(outputQueue.items.map((i: { id: string }) => i.id)).toContain(id);

    const delivered = await post(`/api/bundle-cases/${id}/deliver`, cert.output.cookie, {
      deliveryMethod: 'window',
      signedReceipt: '示例签收人',
    });
    expect(delivered.statusCode).toBe(200);
    view = delivered.json();
    expect(view.status).toBe('completed');
    expect(
      view.members.every((m: { delivered: boolean; state: string }) => m.delivered && m.state === 'closed'),
    ).toBe(true);
    const notices = await bundleNotices(id);
    expect(notices.map((n) => n.title)).toEqual(expect.arrayContaining(['一件事申请已提交', '一件事已受理']));
    // the member intake did not send its own notices: one submission notice per account, not one per member
    expect(notices.filter((n) => n.title === '一件事申请已提交')).toHaveLength(1);
  });

  it('lists every failing field with the members asking it, and every missing material', async () => {
    const citizen = await registerCitizen(ctx);
    const created = await post('/api/bundle-cases', citizen.cookie, {
      bundleId: desk.bundleId,
      answers: ANSWERS_ALL,
      formData: { 'child.name': '一个超过十五个字的很长很长的示例宝宝名字啊' },
    });
    expect(created.statusCode).toBe(201);
    const res = await post(`/api/bundle-cases/${created.json().id}/submit`, citizen.cookie);
    expect(res.statusCode).toBe(422);
    const fields = res.json().error.details.fields as { field: string; members?: string[] }[];
    expect(fields.find((f) => f.field === 'formData.child.name')?.members).toEqual([
      'cert',
      'hukou',
      'insurance',
    ]);
    expect(fields.find((f) => f.field === 'formData.marriage.status')?.members).toEqual(['hukou']);
    expect(fields.some((f) => f.field === 'materials.application')).toBe(true);
    // nothing half-written: the bundle and its members are still drafts
    const view = (await get(`/api/bundle-cases/${created.json().id}`, citizen.cookie)).json();
    expect(view.status).toBe('draft');
    expect(view.members.every((m: { state: string }) => m.state === 'draft')).toBe(true);
  });
});

describe('a member denied', () => {
  it('ends the members that depend on it, lets the others go on, and tells the applicant once', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await onlineBundle(citizen);
    let view = (await post(`/api/bundle-cases/${id}/submit`, citizen.cookie)).json();
    const checklist = view.materials.map((m: { materialId: string }) => ({
      materialId: m.materialId,
      present: true,
    }));
    view = (
      await post(`/api/bundle-cases/${id}/accept`, desk.members.cert.window.cookie, {
        materialsChecklist: checklist,
      })
    ).json();
    const cert = desk.members.cert;
    const certCase = memberOf(view, 'cert').caseId;
    await act(ctx, cert.approver.cookie, certCase, 'claim');
    const denied = await act(ctx, cert.approver.cookie, certCase, 'deny', {
      decisionReasons: '出生信息与医疗机构记录不符',
    });
    expect(denied.statusCode).toBe(200);
    view = (await get(`/api/bundle-cases/${id}`, citizen.cookie)).json();
    expect(memberOf(view, 'cert').state).toBe('denied');
    expect(memberOf(view, 'hukou').state).toBe('terminated');
    expect(memberOf(view, 'insurance').state).toBe('accepted');
    const told = (await bundleNotices(id)).filter((n) => n.title === '一件事办理情况变化');
    const perAccount = told.filter((n) => n.userId === told[0]?.userId);
    expect(perAccount).toHaveLength(1);
    expect(perAccount[0]?.body).toContain(
      '“出生医学证明（测试）”不予办理（理由：出生信息与医疗机构记录不符）',
    );
    expect(perAccount[0]?.body).toContain('因此依赖它的“出生登记（测试）”终止办理');
    expect(perAccount[0]?.body).toContain('其余事项“医保参保登记（测试）”继续办理');
  });
});

describe('one correction notice for the whole bundle', () => {
  it('sends the members concerned to correction and takes the answer once', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await onlineBundle(citizen);
    await post(`/api/bundle-cases/${id}/submit`, citizen.cookie);
    const clerk = desk.members.cert.window.cookie;
    const res = await post(`/api/bundle-cases/${id}/request-correction`, clerk, {
      items: [{ materialId: 'layout', problem: '平面布局图未标明面积' }],
    });
    expect(res.statusCode).toBe(200);
    let view = res.json();
    expect(view.status).toBe('awaiting_correction');
    expect(memberOf(view, 'cert').state).toBe('awaiting_correction');
    // every member whose materials include the layout plan; the dependent one waits as a draft
    expect(view.correctionItems.map((c: { memberKey: string }) => c.memberKey)).toEqual([
      'cert',
      'insurance',
    ]);
    expect(memberOf(view, 'hukou').state).toBe('draft');
    const notices = (await bundleNotices(id)).filter((n) => n.title === '一件事需要补正材料');
    expect(new Set(notices.map((n) => n.userId)).size).toBe(notices.length);
    expect(notices[0]?.body).toContain('平面布局图未标明面积');
    expect((await uploadBundle(citizen.cookie, id, 'layout')).statusCode).toBe(201);
    view = (await post(`/api/bundle-cases/${id}/resubmit`, citizen.cookie)).json();
    expect(view.status).toBe('submitted');
    expect(memberOf(view, 'cert').state).toBe('submitted');
  });
});

describe('scope, idempotency and the window', () => {
  it('hides a bundle case from other citizens and refuses staff outside its region', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await onlineBundle(citizen);
    await post(`/api/bundle-cases/${id}/submit`, citizen.cookie);
    const other = await registerCitizen(ctx);
    expect((await get(`/api/bundle-cases/${id}`, other.cookie)).statusCode).toBe(404);
    expect((await post(`/api/bundle-cases/${id}/withdraw`, other.cookie)).statusCode).toBe(404);
    // the applicant withdraws the whole bundle: every open member withdrawn, told once
    const withdrawn = await post(`/api/bundle-cases/${id}/withdraw`, citizen.cookie, { comment: '不再办理' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
    expect(withdrawn.json().members.map((m: { state: string }) => m.state)).toEqual([
      'withdrawn',
      'withdrawn',
      'withdrawn',
    ]);
    expect((await bundleNotices(id)).filter((n) => n.title === '一件事已撤回')).toHaveLength(1);
    expect((await post(`/api/bundle-cases/${id}/withdraw`, citizen.cookie)).statusCode).toBe(409);
    const elsewhere = await makeStaff(ctx, ['window_clerk'], { regionCode: '150700000000' });
    const accept = await post(`/api/bundle-cases/${id}/accept`, elsewhere.cookie, { materialsChecklist: [] });
    expect(accept.statusCode).toBe(403);
    const unrelated = await makeStaff(ctx, ['approver'], { regionCode: REGION, orgId: null });
    expect((await get(`/api/bundle-cases/${id}`, unrelated.cookie)).statusCode).toBe(403);
    // an approver of a member department reads it, but cannot accept for the window
    const approver = desk.members.insurance.approver.cookie;
    expect((await get(`/api/bundle-cases/${id}`, approver)).statusCode).toBe(200);
    expect(
      (await post(`/api/bundle-cases/${id}/accept`, approver, { materialsChecklist: [] })).statusCode,
    ).toBe(403);
  });

  it('makes one bundle case of a submission sent twice with one idempotency key', async () => {
    const citizen = await registerCitizen(ctx);
    const body = { bundleId: desk.bundleId, answers: ANSWERS_ALL, formData: CHILD_FORM };
    const headers = { 'idempotency-key': `bundle-${citizen.userId}` };
    const first = await post('/api/bundle-cases', citizen.cookie, body, headers);
    const second = await post('/api/bundle-cases', citizen.cookie, body, headers);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json().id).toBe(first.json().id);
    expect((await get('/api/bundle-cases/mine', citizen.cookie)).json().items).toHaveLength(1);
  });

  it('files at the window for a found applicant: received at once, with a number for the bundle and each member', async () => {
    const clerk = desk.members.cert.window.cookie;
    const person = await post('/api/persons', clerk, { name: '示例到窗家长', idNumber: newIdNumber() });
    if (person.statusCode !== 201) throw new Error(person.body);
    const res = await post('/api/bundle-cases', clerk, {
      bundleId: desk.bundleId,
      answers: ANSWERS_NO_INSURANCE,
      formData: CHILD_FORM,
      contactMobile: '13700000009',
      applicant: { personId: person.json().id },
    });
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view.status).toBe('submitted');
    expect(view.members.map((m: { key: string }) => m.key)).toEqual(['cert', 'hukou']);
    expect(memberOf(view, 'cert').caseNumber).toMatch(/^150203000000-/);
    expect(memberOf(view, 'hukou')).toMatchObject({ state: 'draft', held: true, caseNumber: null });
    const queue = (await get('/api/bundle-cases/queue?queue=window', clerk)).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(view.id);
  });
});

describe('publishing a bundle', () => {
  it('refuses a dependency cycle and a promise beyond the 45 working days of joint handling', async () => {
    const definition = bundleDefinition(desk.members, {
      members: [
        { key: 'cert', implementationId: desk.members.cert.item.id, dependsOn: ['hukou'] },
        { key: 'hukou', implementationId: desk.members.hukou.item.id, dependsOn: ['cert'] },
      ],
    });
    const created = await post('/api/admin/bundles', desk.editor.cookie, {
      code: `T-CYCLE-${Math.random().toString(36).slice(2, 8)}`,
      regionCode: REGION,
      definition,
    });
    expect(created.statusCode).toBe(201);
    const cyc = await post(
      `/api/admin/bundle-versions/${created.json().versionId}/submit`,
      desk.editor.cookie,
    );
    expect(cyc.statusCode).toBe(422);
    expect(cyc.json().error.details.fields[0]).toMatchObject({
      field: 'members',
      message: expect.stringContaining('循环依赖'),
    });

    const long = await post('/api/admin/bundles', desk.editor.cookie, {
      code: `T-LONG-${Math.random().toString(36).slice(2, 8)}`,
      regionCode: REGION,
      definition: bundleDefinition(desk.members, { promisedLimit: { amount: 46, unit: 'workday' } }),
    });
    const over = await post(`/api/admin/bundle-versions/${long.json().versionId}/submit`, desk.editor.cookie);
    expect(over.statusCode).toBe(422);
    expect(fieldsOf(over)).toEqual(['promisedLimit.amount']);
  });

  it('answers 422 with the reason when the answers select no member', async () => {
    const definition = bundleDefinition(desk.members, {
      members: [
        { key: 'cert', implementationId: desk.members.cert.item.id, whenOptions: ['ins-yes'], dependsOn: [] },
        {
          key: 'insurance',
          implementationId: desk.members.insurance.item.id,
          whenOptions: ['ins-yes'],
          dependsOn: [],
        },
      ],
    });
    const created = await post('/api/admin/bundles', desk.editor.cookie, {
      code: `T-NONE-${Math.random().toString(36).slice(2, 8)}`,
      regionCode: REGION,
      definition,
    });
    await publishBundle(ctx, desk.editor.cookie, desk.reviewer.cookie, created.json().versionId);
    const none = { bundle: { insure: ['ins-no'] }, members: {} };
    const plan = await post(`/api/bundles/${created.json().bundleId}/plan`, '', { answers: none });
    expect(plan.statusCode).toBe(422);
    expect(plan.json().error.details.fields).toEqual([
      { field: 'answers', message: '根据所选情形，本一件事没有需要办理的事项' },
    ]);
    const citizen = await registerCitizen(ctx);
    const apply = await post('/api/bundle-cases', citizen.cookie, {
      bundleId: created.json().bundleId,
      answers: none,
    });
    expect(apply.statusCode).toBe(422);
    expect((await get('/api/bundle-cases/mine', citizen.cookie)).json().items).toHaveLength(0);
  });

  it('lets a lead department with no member of its own see the applicant full ID number (audited)', async () => {
    const lead = await makeOrg(ctx, REGION, '牵头部门（测试）');
    const leadApprover = await makeStaff(ctx, ['approver'], { regionCode: REGION, orgId: lead.id });
    const created = await post('/api/admin/bundles', desk.editor.cookie, {
      code: `T-LEAD-${Math.random().toString(36).slice(2, 8)}`,
      regionCode: REGION,
      definition: bundleDefinition(desk.members, { leadOrgId: lead.id }),
    });
    expect(created.statusCode).toBe(201);
    await publishBundle(ctx, desk.editor.cookie, desk.reviewer.cookie, created.json().versionId);
    const citizen = await registerCitizen(ctx);
    const personId = (await get('/api/me/profile', citizen.cookie)).json().person.id as string;
    const reveal = (cookie: string) =>
      post(`/api/persons/${personId}/reveal-id-number`, cookie, { reason: '督办核对' });
    expect((await reveal(leadApprover.cookie)).statusCode).toBe(404);
    const filed = await post('/api/bundle-cases', citizen.cookie, {
      bundleId: created.json().bundleId,
      answers: ANSWERS_ALL,
      formData: CHILD_FORM,
    });
    expect(filed.statusCode).toBe(201);
    expect((await reveal(leadApprover.cookie)).json()).toEqual({ idNumber: citizen.idNumber });
  });

  it('keeps a published version immutable and changes it through a new version', async () => {
    const draft = await post(`/api/admin/bundles/${desk.bundleId}/versions`, desk.editor.cookie);
    expect(draft.statusCode).toBe(201);
    expect(draft.json().versionNo).toBe(2);
    const again = await ctx.app.inject({
      method: 'PUT',
      url: `/api/admin/bundle-versions/${desk.versionId}`,
      headers: { cookie: desk.editor.cookie },
      payload: { definition: bundleDefinition(desk.members, { name: '改名' }) },
    });
    expect(again.statusCode).toBe(409);
    await publishBundle(ctx, desk.editor.cookie, desk.reviewer.cookie, draft.json().id);
    const detail = (await get(`/api/bundles/${desk.bundleId}`)).json();
    expect(detail.versionId).toBe(draft.json().id);
  });
});

describe('延长一件事办理期限 (行政许可法 第四十二条第二款)', () => {
  it('lets the lead chief representative extend by up to 15 working days in all, with the approval, and tells the applicant', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await onlineBundle(citizen);
    const extend = (
      cookie: string,
      amount: number,
      reason = '需现场核查，经批准延期',
      approval = '示例：区政府分管负责人批准（示例〔2026〕1号）',
    ) => post(`/api/bundle-cases/${id}/extend`, cookie, { amount, reason, approval });
    const chief = await makeStaff(ctx, ['chief_representative'], {
      regionCode: REGION,
      orgId: desk.members.cert.item.orgId,
    });
    // not yet accepted: nothing to extend
    expect((await extend(chief.cookie, 5)).statusCode).toBe(409);
    await post(`/api/bundle-cases/${id}/submit`, citizen.cookie);
    const view = (await get(`/api/bundle-cases/${id}`, citizen.cookie)).json();
    const accepted = await post(`/api/bundle-cases/${id}/accept`, desk.members.cert.window.cookie, {
      materialsChecklist: view.materials.map((m: { materialId: string }) => ({
        materialId: m.materialId,
        present: true,
      })),
    });
    expect(accepted.statusCode).toBe(200);
    const before = accepted.json();
    expect(before.extensionLeft).toBe(15);

    // only the lead department's chief representative
    expect((await extend(desk.members.cert.approver.cookie, 5)).statusCode).toBe(403);
    expect((await extend(desk.members.insurance.chief.cookie, 5)).statusCode).toBe(403);
    expect((await get(`/api/bundle-cases/${id}`, chief.cookie)).json().actions).toContain('extend');
    const blank = await extend(chief.cookie, 5, '   ', ' ');
    expect(blank.statusCode).toBe(422);
    expect(fieldsOf(blank)).toEqual(['reason', 'approval']);

    const first = await extend(chief.cookie, 10);
    expect(first.statusCode).toBe(200);
    const after = first.json();
    expect(after.promisedDue > before.promisedDue).toBe(true);
    expect(after.extensions).toEqual([
      expect.objectContaining({ amount: 10, unit: 'workday', reason: '需现场核查，经批准延期' }),
    ]);
    expect(after.extensionLeft).toBe(5);
    // the 15 days are all the law allows
    const over = await extend(chief.cookie, 6);
    expect(over.statusCode).toBe(422);
    expect(over.json().error.details.fields[0]).toMatchObject({
      field: 'amount',
      message: expect.stringContaining('尚可延期 5 个工作日'),
    });
    expect((await extend(chief.cookie, 5)).json().extensionLeft).toBe(0);
    expect((await get(`/api/bundle-cases/${id}`, chief.cookie)).json().actions).not.toContain('extend');

    await dispatchOutbox(ctx.deps, { limit: 500 });
    const messages = (await get('/api/messages', citizen.cookie)).json().items as {
      title: string;
      body: string;
    }[];
    const told = messages.filter((m) => m.title === '一件事办理期限延长');
    expect(told).toHaveLength(2);
    expect(told.some((m) => m.body.includes(`现承诺 ${after.promisedDue} 前办结`))).toBe(true);
  });
});

describe('容缺受理 across a bundle', () => {
  it('accepts once with a material missing for every member needing it, and holds each decision until it is supplied', async () => {
    const citizen = await registerCitizen(ctx);
    const id = await onlineBundle(citizen);
    let view = (await post(`/api/bundle-cases/${id}/submit`, citizen.cookie)).json();
    const clerk = desk.members.cert.window.cookie;
    const checklist = view.materials
      .filter((m: { materialId: string }) => m.materialId !== 'safety-rules')
      .map((m: { materialId: string }) => ({ materialId: m.materialId, present: true }));
    const accepted = await post(`/api/bundle-cases/${id}/accept`, clerk, {
      materialsChecklist: [...checklist, { materialId: 'safety-rules', present: false }],
      missingMaterials: [{ materialId: 'safety-rules', dueWorkdays: 3 }],
    });
    expect(accepted.statusCode).toBe(200);
    view = accepted.json();
    const cert = desk.members.cert;
    const certCase = memberOf(view, 'cert').caseId;
    const member = (await get(`/api/cases/${certCase}`, cert.approver.cookie)).json();
    expect(JSON.stringify(member)).toContain('safety-rules');
    expect((await act(ctx, cert.approver.cookie, certCase, 'claim')).statusCode).toBe(200);
    const early = await act(ctx, cert.approver.cookie, certCase, 'approve', { decisionReasons: '符合条件' });
    expect(early.statusCode).toBe(409);
    const supplied = await post(`/api/cases/${certCase}/missing-materials/safety-rules/supplied`, clerk, {
      note: '已补交原件',
    });
    expect(supplied.statusCode).toBe(200);
    const approved = await act(ctx, cert.approver.cookie, certCase, 'approve', {
      decisionReasons: '符合条件',
    });
    expect(approved.statusCode).toBe(200);
  });
});
