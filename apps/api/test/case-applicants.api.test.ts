// Who applies: an enterprise account (法人, its register facts prefilled and fixed), and an agent acting under
// a recorded authorisation (委托代理人, 行政许可法 第二十九条) for a citizen or an enterprise. Both the
// principal and the agent follow the case; an authorisation that is revoked, expired, out of scope or
// someone else's is refused as 422 on authorisationId.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../src/modules/calendar/domain/iso-date.ts';
import { dispatchOutbox } from '../src/platform/outbox.ts';
import {
  act,
  type Desk,
  fieldsOf,
  PERSON_FORM,
  type PublicAccount,
  publishedItemWithStaff,
  registerCitizen,
  registerEnterprise,
  requiredMaterialIds,
  signIn,
  uploadMaterial,
} from './case-fixtures.ts';
import { createTestContext, type TestContext } from './harness.ts';

let ctx: TestContext;
let desk: Desk;
beforeAll(async () => {
  ctx = await createTestContext();
  desk = await publishedItemWithStaff(ctx);
});
afterAll(async () => ctx.close());

const today = () => chinaDate(ctx.deps.now());
const get = (url: string, cookie: string) => ctx.app.inject({ url, headers: { cookie } });
const apply = (cookie: string, payload: Record<string, unknown>) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie },
    payload: { implementationId: desk.item.id, channel: 'web', ...payload },
  });
const mine = async (cookie: string) =>
  ((await get('/api/cases/mine?pageSize=100', cookie)).json().items as { id: string }[]).map((i) => i.id);

async function authorise(
  principal: { cookie: string },
  agent: PublicAccount,
  period: { scope?: string[]; validFrom?: string; validTo?: string } = {},
): Promise<string> {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/authorisations',
    headers: { cookie: principal.cookie },
    payload: {
      agentName: agent.name,
      agentIdNumber: agent.idNumber,
      scope: period.scope ?? [],
      validFrom: period.validFrom ?? today(),
      validTo: period.validTo ?? addDays(today(), 30),
    },
  });
  if (res.statusCode !== 201) throw new Error(`authorisation failed: ${res.body}`);
  return res.json().id;
}

/** Upload what the item requires, choose delivery and submit. */
async function complete(cookie: string, caseId: string, formData: Record<string, unknown> = PERSON_FORM) {
  for (const materialId of requiredMaterialIds(desk.item.guide)) {
    expect((await uploadMaterial(ctx, cookie, caseId, materialId)).statusCode).toBe(201);
  }
  const saved = await ctx.app.inject({
    method: 'PUT',
    url: `/api/cases/${caseId}/draft`,
    headers: { cookie },
    payload: { formData, deliveryPreference: 'download' },
  });
  expect(saved.statusCode).toBe(200);
  return act(ctx, cookie, caseId, 'submit');
}

describe('an enterprise applies', () => {
  it('gets the form prefilled with the register facts, which it cannot change, and follows its case', async () => {
    const enterprise = await registerEnterprise(ctx);
    const profile = (await get('/api/me/profile', enterprise.cookie)).json().enterprise;
    const created = await apply(enterprise.cookie, {});
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft.applicant).toMatchObject({
      kind: 'enterprise',
      name: enterprise.name,
      creditCode: enterprise.creditCode,
      enterpriseId: profile.id,
      personId: null,
    });
    expect(draft.formData).toMatchObject({
      'enterprise.name': enterprise.name,
      'enterprise.creditCode': enterprise.creditCode,
      'enterprise.legalRepresentative.name': profile.legalRepName,
      'enterprise.contactMobile': enterprise.mobile,
    });
    expect(draft.form.readOnly).toEqual(
      expect.arrayContaining([
        'enterprise.name',
        'enterprise.creditCode',
        'enterprise.legalRepresentative.name',
      ]),
    );
    expect(draft.form.schema.properties['applicant.idNumber']).toBeUndefined();

    // what the platform holds stays as held, whatever the draft sends
    const submitted = await complete(enterprise.cookie, draft.id, {
      'enterprise.name': '改名有限公司',
      'enterprise.registeredAddress': '示例路 8 号（示例）',
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().state).toBe('submitted');
    expect(submitted.json().formData['enterprise.name']).toBe(enterprise.name);
    expect(submitted.json().formData['enterprise.registeredAddress']).toBe('示例路 8 号（示例）');
    expect(await mine(enterprise.cookie)).toContain(draft.id);
    const queue = (await get('/api/worklists/window?pageSize=100', desk.window.cookie)).json();
    expect(queue.items.find((i: { id: string }) => i.id === draft.id)?.applicantName).toBe(enterprise.name);
  });

  it('is told plainly that an item for natural persons only is not for it (409)', async () => {
    const personsOnly = await publishedItemWithStaff(ctx, { audience: ['person'] });
    const enterprise = await registerEnterprise(ctx);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: enterprise.cookie },
      payload: { implementationId: personsOnly.item.id, channel: 'web' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('本事项只面向自然人办理');
  });
});

describe('an agent applies under an authorisation', () => {
  it("files for a citizen: the case is the principal's, and both of them follow it", async () => {
    const principal = await registerCitizen(ctx);
    const agent = await registerCitizen(ctx);
    const authorisationId = await authorise(principal, agent, { scope: [desk.item.guide.baseCode] });
    const created = await apply(agent.cookie, { authorisationId });
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c.applicant).toMatchObject({ kind: 'person', name: principal.name });
    expect(c.filedByAgent).toBe(true);
    expect(c.formData['applicant.name']).toBe(principal.name);
    expect(c.formData['applicant.idNumber']).toBe(
      `${principal.idNumber.slice(0, 4)}**********${principal.idNumber.slice(-4)}`,
    );

    const submitted = await complete(agent.cookie, c.id);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().events.at(-1)).toMatchObject({ action: 'submit', actorRole: 'agent' });
    expect(await mine(principal.cookie)).toContain(c.id);
    expect(await mine(agent.cookie)).toContain(c.id);
    expect((await get(`/api/cases/${c.id}`, principal.cookie)).statusCode).toBe(200);
    const outsider = await registerCitizen(ctx);
    expect((await get(`/api/cases/${c.id}`, outsider.cookie)).statusCode).toBe(404);

    // both are told that it was submitted
    await dispatchOutbox(ctx.deps, { limit: 200 });
    for (const who of [principal, agent]) {
      const messages = (await get('/api/messages', who.cookie)).json().items as {
        caseId: string;
        title: string;
      }[];
      expect(messages.filter((m) => m.caseId === c.id).map((m) => m.title)).toEqual(['申请已提交']);
    }
  });

  it('files for an enterprise: the enterprise account sees the case as its own', async () => {
    const enterprise = await registerEnterprise(ctx);
    const agent = await registerCitizen(ctx);
    const authorisationId = await authorise(enterprise, agent);
    const created = await apply(agent.cookie, { authorisationId });
    expect(created.statusCode).toBe(201);
    expect(created.json().applicant).toMatchObject({ kind: 'enterprise', name: enterprise.name });
    expect(created.json().formData['enterprise.creditCode']).toBe(enterprise.creditCode);
    expect(await mine(enterprise.cookie)).toContain(created.json().id);
    expect(await mine(agent.cookie)).toContain(created.json().id);
  });

  it('is refused with 422 on authorisationId for a revoked, out-of-scope or borrowed authorisation', async () => {
    const principal = await registerCitizen(ctx);
    const agent = await registerCitizen(ctx);
    const stranger = await registerCitizen(ctx);

    const otherItems = await authorise(principal, agent, {
      scope: ['ANOTHER-ITEM-0001'],
      validFrom: addDays(today(), -1),
    });
    const outOfScope = await apply(agent.cookie, { authorisationId: otherItems });
    expect(outOfScope.statusCode).toBe(422);
    expect(fieldsOf(outOfScope)).toEqual(['authorisationId']);

    const revokedId = await authorise(principal, agent);
    await ctx.app.inject({
      method: 'POST',
      url: `/api/authorisations/${revokedId}/revoke`,
      headers: { cookie: principal.cookie },
    });
    const revoked = await apply(agent.cookie, { authorisationId: revokedId });
    expect(revoked.statusCode).toBe(422);
    expect(fieldsOf(revoked)).toEqual(['authorisationId']);

    const notYet = await authorise(principal, agent, { validFrom: addDays(today(), 2) });
    expect(fieldsOf(await apply(agent.cookie, { authorisationId: notYet }))).toEqual(['authorisationId']);

    const good = await authorise(principal, agent, { validFrom: addDays(today(), -2) });
    const borrowed = await apply(stranger.cookie, { authorisationId: good });
    expect(borrowed.statusCode).toBe(422);
    expect(fieldsOf(borrowed)).toEqual(['authorisationId']);
    // none of the refusals left a case behind
    expect(await mine(principal.cookie)).toEqual([]);
  });

  it('is refused with 422 on authorisationId once the authorisation has expired', async () => {
    const principal = await registerCitizen(ctx);
    const agent = await registerCitizen(ctx);
    const authorisationId = await authorise(principal, agent, { validTo: today() });
    expect((await apply(agent.cookie, { authorisationId })).statusCode).toBe(201);
    ctx.advanceClock(2 * 86_400_000);
    // two days on, the session has expired too
    const cookie = await signIn(ctx, agent.mobile);
    const expired = await apply(cookie, { authorisationId });
    expect(expired.statusCode).toBe(422);
    expect(fieldsOf(expired)).toEqual(['authorisationId']);
  });
});
