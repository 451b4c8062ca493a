// Persons, enterprises, authorisations and the audited full view of ID numbers, through HTTP.
import { completeCreditCode, idNumberCheckChar } from '@msb/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { findActingAuthorisation } from '../src/modules/identity/authorisations.service.ts';
import { chinaDate } from '../src/modules/identity/domain/people-rules.ts';
import { users } from '../src/modules/identity/identity.tables.ts';
import { persons } from '../src/modules/identity/people.tables.ts';
import { createRealNameVerifier } from '../src/modules/identity/real-name.ts';
import { auditLog } from '../src/platform/audit.tables.ts';
import { type Desk, PERSON_FORM, publishedItemWithStaff } from './case-fixtures.ts';
import { createTestContext, makeOrg, makeStaff, TEST_PASSWORD, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

// ---- factories: made-up numbers with valid check characters, unique per call --------------------------
let n = 0;
/** A GB 11643 number in 昆都仑区 (150203), born in the 1950s–90s, with a correct check character. */
function newIdNumber(): string {
  n++;
  const body = `150203${1950 + Math.floor(n / 900)}0101${String(100 + (n % 900)).padStart(3, '0')}`;
  return `${body}${idNumberCheckChar(body)}`;
}
const withWrongCheck = (id: string) => `${id.slice(0, 17)}${id.endsWith('1') ? '2' : '1'}`;
function newMobile(): string {
  n++;
  return `139${String(process.pid % 1000).padStart(3, '0')}${String(n).padStart(5, '0')}`;
}
function newCreditCode(): string {
  n++;
  return completeCreditCode(`91150203D${String(n).padStart(8, '0')}`);
}
const today = () => chinaDate(ctx.deps.now());
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const cookieOf = (res: { headers: Record<string, unknown> }) => {
  const raw = res.headers['set-cookie'];
  return String(Array.isArray(raw) ? raw[0] : raw).split(';')[0] ?? '';
};
const fieldsOf = (res: { json: () => unknown }) =>
  ((res.json() as { error: { details?: { fields?: { field: string }[] } } }).error.details?.fields ?? []).map(
    (f) => f.field,
  );

const post = (url: string, payload: unknown, cookie?: string) =>
  ctx.app.inject({ method: 'POST', url, payload: payload as object, headers: cookie ? { cookie } : {} });
const get = (url: string, cookie?: string) => ctx.app.inject({ url, headers: cookie ? { cookie } : {} });

interface Citizen {
  cookie: string;
  mobile: string;
  name: string;
  idNumber: string;
  userId: string;
}
async function registerCitizen(
  overrides: Partial<Omit<Citizen, 'cookie' | 'userId'>> = {},
): Promise<Citizen> {
  const body = { mobile: newMobile(), name: `居民${n}`, idNumber: newIdNumber(), ...overrides };
  const res = await post('/api/register/citizen', { ...body, password: TEST_PASSWORD });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.body}`);
  return { ...body, cookie: cookieOf(res), userId: res.json().actor.userId };
}

function enterpriseBody() {
  return {
    mobile: newMobile(),
    password: TEST_PASSWORD,
    operatorName: `经办人${n}`,
    operatorIdNumber: newIdNumber(),
    enterpriseName: `示例商贸有限公司${n}`,
    creditCode: newCreditCode(),
    legalRepName: `法人${n}`,
    legalRepIdNumber: newIdNumber(),
  };
}

// ---------------------------------------------------------------------------------------------------------

describe('real-name mode', () => {
  it('says plainly that only the GB 11643 check digit is verified', async () => {
    const res = await get('/api/real-name/mode');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mode: 'checksum', label: '身份证号码校验模式' });
    expect(res.json().description).toMatch(/GB 11643/);
    expect(res.json().description).toMatch(/未接入公安部门实名认证系统/);
  });

  it('refuses to start in public-security mode, because no adapter is installed', async () => {
    expect(() => createRealNameVerifier('public_security', { now: () => new Date() })).toThrow(
      /未安装接口适配器/,
    );
    await expect(
      buildApp({
        database: ctx.deps.database,
        config: { ...ctx.config, realNameMode: 'public_security' },
        serveWeb: false,
      }),
    ).rejects.toThrow(/REAL_NAME_MODE=public_security/);
  });
});

describe('citizen registration', () => {
  it('creates the person and a citizen account, signs in, and records the real-name mode', async () => {
    const c = await registerCitizen();
    const me = await get('/api/auth/me', c.cookie);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: c.mobile, roles: ['citizen'], kind: 'public' });
    const [user] = await ctx.deps.db.select().from(users).where(eq(users.id, c.userId));
    expect(user?.mobile).toBe(c.mobile);
    const [person] = await ctx.deps.db
      .select()
      .from(persons)
      .where(eq(persons.id, user?.personId ?? ''));
    expect(person).toMatchObject({ name: c.name, idNumber: c.idNumber, realNameMode: 'checksum' });
    // and the account signs in with the mobile number like any other
    const login = await post('/api/auth/login', { username: c.mobile, password: TEST_PASSWORD });
    expect(login.statusCode).toBe(200);
  });

  it('shows the profile with the ID number and mobile masked', async () => {
    const c = await registerCitizen();
    const res = await get('/api/me/profile', c.cookie);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.person.idNumberMasked).toBe(`${c.idNumber.slice(0, 4)}**********${c.idNumber.slice(-4)}`);
    expect(body.person.mobile).toBe(`${c.mobile.slice(0, 3)}****${c.mobile.slice(-4)}`);
    expect(body).toMatchObject({ enterprise: null, realName: { mode: 'checksum' }, actingFor: [] });
    expect(res.body).not.toContain(c.idNumber);
  });

  it('links a walk-in person recorded at a window with the same ID number and name', async () => {
    const clerk = await makeStaff(ctx, ['window_clerk'], { regionCode: '150203000000' });
    const idNumber = newIdNumber();
    const walkIn = await post('/api/persons', { name: '巴特尔·额尔德尼', idNumber }, clerk.cookie);
    expect(walkIn.statusCode).toBe(201);
    // a different middle-dot variant is the same name
    const c = await registerCitizen({ name: '巴特尔•额尔德尼', idNumber });
    const profile = (await get('/api/me/profile', c.cookie)).json();
    expect(profile.person.id).toBe(walkIn.json().id);
    const rows = await ctx.deps.db.select().from(persons).where(eq(persons.idNumber, idNumber));
    expect(rows).toHaveLength(1);
  });

  it('refuses an ID number on record under another name (409 naming idNumber)', async () => {
    const clerk = await makeStaff(ctx, ['window_clerk'], { regionCode: '150203000000' });
    const idNumber = newIdNumber();
    await post('/api/persons', { name: '张三', idNumber }, clerk.cookie);
    const res = await post('/api/register/citizen', {
      mobile: newMobile(),
      password: TEST_PASSWORD,
      name: '李四',
      idNumber,
    });
    expect(res.statusCode).toBe(409);
    expect(fieldsOf(res)).toEqual(['idNumber']);
    expect(res.json().error.message).toMatch(/身份证号码.*其他姓名/);
  });

  it('answers 422 naming the field for a wrong check digit, a bad mobile and a short password', async () => {
    const base = { mobile: newMobile(), password: TEST_PASSWORD, name: '王五', idNumber: newIdNumber() };
    const badId = await post('/api/register/citizen', { ...base, idNumber: withWrongCheck(base.idNumber) });
    expect(badId.statusCode).toBe(422);
    expect(fieldsOf(badId)).toEqual(['idNumber']);
    expect(badId.json().error.message).toMatch(/校验位不正确/);
    const badMobile = await post('/api/register/citizen', { ...base, mobile: '12800000000' });
    expect(badMobile.statusCode).toBe(422);
    expect(fieldsOf(badMobile)).toEqual(['mobile']);
    const shortPassword = await post('/api/register/citizen', { ...base, password: 'short' });
    expect(shortPassword.statusCode).toBe(422);
    expect(fieldsOf(shortPassword)).toEqual(['password']);
    const blankName = await post('/api/register/citizen', { ...base, name: '   ' });
    expect(blankName.statusCode).toBe(422);
    expect(fieldsOf(blankName)).toEqual(['name']);
    // nothing was written
    expect(await ctx.deps.db.select().from(persons).where(eq(persons.idNumber, base.idNumber))).toEqual([]);
  });

  it('refuses a mobile already registered and an ID number that already has an account (409)', async () => {
    const c = await registerCitizen();
    const sameMobile = await post('/api/register/citizen', {
      mobile: c.mobile,
      password: TEST_PASSWORD,
      name: '赵六',
      idNumber: newIdNumber(),
    });
    expect(sameMobile.statusCode).toBe(409);
    expect(fieldsOf(sameMobile)).toEqual(['mobile']);
    const sameId = await post('/api/register/citizen', {
      mobile: newMobile(),
      password: TEST_PASSWORD,
      name: c.name,
      idNumber: c.idNumber.toLowerCase(),
    });
    expect(sameId.statusCode).toBe(409);
    expect(fieldsOf(sameId)).toEqual(['idNumber']);
    expect(sameId.json().error.message).toMatch(/已注册/);
  });
});

describe('enterprise registration', () => {
  it('creates both persons, the enterprise and an enterprise account for the operator', async () => {
    const body = enterpriseBody();
    const res = await post('/api/register/enterprise', body);
    expect(res.statusCode).toBe(201);
    expect(res.json().actor.roles).toEqual(['enterprise']);
    const profile = await get('/api/me/profile', cookieOf(res));
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({
      person: { name: body.operatorName },
      enterprise: { name: body.enterpriseName, creditCode: body.creditCode, legalRepName: body.legalRepName },
    });
    expect(profile.body).not.toContain(body.operatorIdNumber);
    expect(profile.body).not.toContain(body.legalRepIdNumber);
  });

  it('answers 422 for a credit code with a wrong check character and for bad ID numbers', async () => {
    const body = enterpriseBody();
    const wrong = body.creditCode.endsWith('0') ? '1' : '0';
    const res = await post('/api/register/enterprise', {
      ...body,
      creditCode: `${body.creditCode.slice(0, 17)}${wrong}`,
      legalRepIdNumber: withWrongCheck(body.legalRepIdNumber),
    });
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res).sort()).toEqual(['creditCode', 'legalRepIdNumber']);
    expect(res.json().error.message).toMatch(/统一社会信用代码校验位不正确/);
  });

  it('refuses an enterprise that already has an account, and a legal representative under another name', async () => {
    const body = enterpriseBody();
    expect((await post('/api/register/enterprise', body)).statusCode).toBe(201);
    const again = await post('/api/register/enterprise', { ...enterpriseBody(), ...pick(body) });
    expect(again.statusCode).toBe(409);
    expect(fieldsOf(again)).toEqual(['creditCode']);

    const other = enterpriseBody();
    const renamedRep = await post('/api/register/enterprise', {
      ...other,
      legalRepIdNumber: body.legalRepIdNumber,
      legalRepName: '另一个名字',
    });
    expect(renamedRep.statusCode).toBe(409);
    expect(fieldsOf(renamedRep)).toEqual(['legalRepIdNumber']);
  });

  it('links an enterprise recorded at a window when name and legal representative match', async () => {
    const clerk = await makeStaff(ctx, ['window_clerk'], { regionCode: '150203000000' });
    const body = enterpriseBody();
    const recorded = await post(
      '/api/enterprises',
      {
        name: body.enterpriseName,
        creditCode: body.creditCode,
        legalRepName: body.legalRepName,
        legalRepIdNumber: body.legalRepIdNumber,
      },
      clerk.cookie,
    );
    expect(recorded.statusCode).toBe(201);
    const res = await post('/api/register/enterprise', body);
    expect(res.statusCode).toBe(201);
    expect((await get('/api/me/profile', cookieOf(res))).json().enterprise.id).toBe(recorded.json().id);
  });
});

function pick(b: ReturnType<typeof enterpriseBody>) {
  return {
    enterpriseName: b.enterpriseName,
    creditCode: b.creditCode,
    legalRepName: b.legalRepName,
    legalRepIdNumber: b.legalRepIdNumber,
  };
}

describe('authorisations (委托书, 行政许可法 第二十九条)', () => {
  it('lets a citizen authorise an agent, who then acts for them within scope and period', async () => {
    const principal = await registerCitizen();
    const agent = await registerCitizen();
    const res = await post(
      '/api/authorisations',
      {
        agentName: agent.name,
        agentIdNumber: agent.idNumber,
        scope: ['ITEM-0001'],
        validFrom: today(),
        validTo: addDays(today(), 30),
      },
      principal.cookie,
    );
    expect(res.statusCode).toBe(201);
    const auth = res.json();
    expect(auth).toMatchObject({ principalKind: 'person', principalName: principal.name, status: 'active' });
    expect(res.body).not.toContain(agent.idNumber);

    const mine = (await get('/api/authorisations', principal.cookie)).json();
    expect(mine.granted.map((a: { id: string }) => a.id)).toEqual([auth.id]);
    const theirs = (await get('/api/authorisations', agent.cookie)).json();
    expect(theirs.received.map((a: { id: string }) => a.id)).toEqual([auth.id]);

    const profile = (await get('/api/me/profile', agent.cookie)).json();
    expect(profile.actingFor).toEqual([
      {
        authorisationId: auth.id,
        principalKind: 'person',
        principalName: principal.name,
        scope: ['ITEM-0001'],
        validFrom: today(),
        validTo: addDays(today(), 30),
      },
    ]);

    const agentPersonId = profile.person.id;
    const query = { authorisationId: auth.id, agentPersonId, baseCode: 'ITEM-0001', on: today() };
    expect(await findActingAuthorisation(ctx.deps.db, query)).toMatchObject({
      kind: 'person',
      name: principal.name,
    });
    expect(await findActingAuthorisation(ctx.deps.db, { ...query, baseCode: 'ITEM-0002' })).toBeNull();
    expect(await findActingAuthorisation(ctx.deps.db, { ...query, on: addDays(today(), 31) })).toBeNull();
    expect(await findActingAuthorisation(ctx.deps.db, { ...query, on: addDays(today(), -1) })).toBeNull();
    // someone else cannot use the authorisation
    const stranger = (await get('/api/me/profile', principal.cookie)).json().person.id;
    expect(await findActingAuthorisation(ctx.deps.db, { ...query, agentPersonId: stranger })).toBeNull();
  });

  it('lets only the principal revoke; others get 404; a revoked authorisation no longer acts', async () => {
    const principal = await registerCitizen();
    const agent = await registerCitizen();
    const auth = (
      await post(
        '/api/authorisations',
        {
          agentName: agent.name,
          agentIdNumber: agent.idNumber,
          scope: [],
          validFrom: today(),
          validTo: today(),
        },
        principal.cookie,
      )
    ).json();
    expect((await post(`/api/authorisations/${auth.id}/revoke`, {}, agent.cookie)).statusCode).toBe(404);
    const outsider = await registerCitizen();
    expect((await post(`/api/authorisations/${auth.id}/revoke`, {}, outsider.cookie)).statusCode).toBe(404);

    const revoked = await post(`/api/authorisations/${auth.id}/revoke`, {}, principal.cookie);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', statusLabel: '已撤销' });
    expect((await post(`/api/authorisations/${auth.id}/revoke`, {}, principal.cookie)).statusCode).toBe(409);

    const agentProfile = (await get('/api/me/profile', agent.cookie)).json();
    expect(agentProfile.actingFor).toEqual([]);
    expect(
      await findActingAuthorisation(ctx.deps.db, {
        authorisationId: auth.id,
        agentPersonId: agentProfile.person.id,
        baseCode: 'ANY-ITEM',
        on: today(),
      }),
    ).toBeNull();
  });

  it('lets an enterprise account authorise in the name of the enterprise, creating the agent person', async () => {
    const body = enterpriseBody();
    const ent = await post('/api/register/enterprise', body);
    const agentId = newIdNumber();
    const res = await post(
      '/api/authorisations',
      {
        agentName: '代办员甲',
        agentIdNumber: agentId,
        scope: [],
        validFrom: today(),
        validTo: addDays(today(), 5),
      },
      cookieOf(ent),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ principalKind: 'enterprise', principalName: body.enterpriseName });
    const [agent] = await ctx.deps.db.select().from(persons).where(eq(persons.idNumber, agentId));
    expect(agent?.name).toBe('代办员甲');
    expect(
      await findActingAuthorisation(ctx.deps.db, {
        authorisationId: res.json().id,
        agentPersonId: agent?.id ?? '',
        baseCode: 'ANY-ITEM',
        on: today(),
      }),
    ).toMatchObject({ kind: 'enterprise', name: body.enterpriseName });
  });

  it('refuses bad periods, unknown letters, oneself, a mismatched agent name and duplicates', async () => {
    const principal = await registerCitizen();
    const agent = await registerCitizen();
    const ok = {
      agentName: agent.name,
      agentIdNumber: agent.idNumber,
      scope: [],
      validFrom: today(),
      validTo: addDays(today(), 10),
    };
    const grant = (body: object) => post('/api/authorisations', body, principal.cookie);

    const backwards = await grant({ ...ok, validFrom: addDays(today(), 5), validTo: today() });
    expect(backwards.statusCode).toBe(422);
    expect(fieldsOf(backwards)).toEqual(['validTo']);
    const unreal = await grant({ ...ok, validFrom: '2026-02-30' });
    expect(unreal.statusCode).toBe(422);
    expect(fieldsOf(unreal)).toEqual(['validFrom']);
    const letter = await grant({ ...ok, letterSha256: 'a'.repeat(64) });
    expect(letter.statusCode).toBe(422);
    expect(fieldsOf(letter)).toEqual(['letterSha256']);
    const self = await grant({ ...ok, agentName: principal.name, agentIdNumber: principal.idNumber });
    expect(self.statusCode).toBe(422);
    expect(fieldsOf(self)).toEqual(['agentIdNumber']);
    const wrongName = await grant({ ...ok, agentName: '不是本人' });
    expect(wrongName.statusCode).toBe(409);
    expect(fieldsOf(wrongName)).toEqual(['agentIdNumber']);
    const badId = await grant({ ...ok, agentIdNumber: withWrongCheck(agent.idNumber) });
    expect(badId.statusCode).toBe(422);
    expect(fieldsOf(badId)).toEqual(['agentIdNumber']);

    expect((await grant(ok)).statusCode).toBe(201);
    const dup = await grant(ok);
    expect(dup.statusCode).toBe(409);
    // a longer period than a year is allowed: no rule limits it
    expect(
      (await grant({ ...ok, validFrom: addDays(today(), 1), validTo: addDays(today(), 800) })).statusCode,
    ).toBe(201);
  });

  it('is not acting any more once the period has passed', async () => {
    const principal = await registerCitizen();
    const agent = await registerCitizen();
    const auth = (
      await post(
        '/api/authorisations',
        {
          agentName: agent.name,
          agentIdNumber: agent.idNumber,
          scope: [],
          validFrom: today(),
          validTo: today(),
        },
        principal.cookie,
      )
    ).json();
    const before = (await get('/api/me/profile', agent.cookie)).json();
    expect(before.actingFor.map((a: { authorisationId: string }) => a.authorisationId)).toEqual([auth.id]);

    ctx.advanceClock(2 * 86_400_000);
    const relogin = await post('/api/auth/login', { username: agent.mobile, password: TEST_PASSWORD });
    const after = (await get('/api/me/profile', cookieOf(relogin))).json();
    expect(after.actingFor).toEqual([]);
    const listed = (await get('/api/authorisations', cookieOf(relogin))).json();
    expect(listed.received[0]).toMatchObject({ id: auth.id, status: 'expired', statusLabel: '已过期' });
  });
});

describe('window-side lookup and recording', () => {
  it('lets the desk roles look up and record persons, masked, and no one else', async () => {
    const idNumber = newIdNumber();
    const clerk = await makeStaff(ctx, ['window_clerk'], { regionCode: '150203000000' });
    const created = await post(
      '/api/persons',
      { name: '钱七', idNumber, mobile: '13800000000' },
      clerk.cookie,
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: '钱七',
      idNumberMasked: `1502**********${idNumber.slice(-4)}`,
      mobile: '138****0000',
      realNameMode: 'checksum',
    });
    expect(created.body).not.toContain(idNumber);

    for (const role of ['window_clerk', 'chief_representative', 'consultant', 'proxy_agent'] as const) {
      const staff = await makeStaff(ctx, [role], { regionCode: '150203000000' });
      const res = await get(`/api/persons?idNumber=${idNumber}`, staff.cookie);
      expect(res.statusCode, role).toBe(200);
      expect(res.json().items.map((p: { id: string }) => p.id)).toEqual([created.json().id]);
      expect(res.body).not.toContain(idNumber);
    }
    for (const role of ['approver', 'output_clerk', 'catalog_editor'] as const) {
      const staff = await makeStaff(ctx, [role], { regionCode: '150203000000' });
      expect((await get(`/api/persons?idNumber=${idNumber}`, staff.cookie)).statusCode, role).toBe(403);
    }
    const citizen = await registerCitizen();
    expect((await get(`/api/persons?idNumber=${idNumber}`, citizen.cookie)).statusCode).toBe(403);
    expect((await post('/api/persons', { name: '钱七', idNumber }, citizen.cookie)).statusCode).toBe(403);
    expect((await get('/api/enterprises?creditCode=x', citizen.cookie)).statusCode).toBe(403);
    expect((await get(`/api/persons?idNumber=${idNumber}`)).statusCode).toBe(401);
    expect((await post('/api/enterprises', {})).statusCode).toBe(401);
  });

  it('answers 200 for the same person again, 409 for another name, 422 for a bad number, [] when unknown', async () => {
    const clerk = await makeStaff(ctx, ['window_clerk'], { regionCode: '150203000000' });
    const idNumber = newIdNumber();
    const first = await post('/api/persons', { name: '孙八', idNumber }, clerk.cookie);
    const again = await post(
      '/api/persons',
      { name: ' 孙八 ', idNumber, mobile: '13900000000' },
      clerk.cookie,
    );
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.json().id, mobile: '139****0000' });
    const other = await post('/api/persons', { name: '周九', idNumber }, clerk.cookie);
    expect(other.statusCode).toBe(409);
    expect(fieldsOf(other)).toEqual(['idNumber']);
    const bad = await get(`/api/persons?idNumber=${withWrongCheck(idNumber)}`, clerk.cookie);
    expect(bad.statusCode).toBe(422);
    expect(fieldsOf(bad)).toEqual(['idNumber']);
    expect((await get(`/api/persons?idNumber=${newIdNumber()}`, clerk.cookie)).json()).toEqual({ items: [] });
  });

  it('records and finds enterprises by credit code', async () => {
    const clerk = await makeStaff(ctx, ['chief_representative'], { regionCode: '150203000000' });
    const creditCode = newCreditCode();
    const repId = newIdNumber();
    const body = {
      name: '示例建材有限公司',
      creditCode,
      legalRepName: '吴十',
      legalRepIdNumber: repId,
      address: '示例路 9 号',
    };
    const created = await post('/api/enterprises', body, clerk.cookie);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ creditCode, legalRepName: '吴十', address: '示例路 9 号' });
    expect(created.body).not.toContain(repId);
    expect((await post('/api/enterprises', body, clerk.cookie)).statusCode).toBe(200);
    const renamed = await post('/api/enterprises', { ...body, name: '另一家公司' }, clerk.cookie);
    expect(renamed.statusCode).toBe(409);
    expect(fieldsOf(renamed)).toEqual(['creditCode']);
    const found = await get(`/api/enterprises?creditCode=${creditCode.toLowerCase()}`, clerk.cookie);
    expect(found.json().items.map((e: { id: string }) => e.id)).toEqual([created.json().id]);
    const bad = await get(`/api/enterprises?creditCode=${creditCode.slice(0, 17)}I`, clerk.cookie);
    expect(bad.statusCode).toBe(422);
    expect(fieldsOf(bad)).toEqual(['creditCode']);
  });
});

describe('the audited full view of an ID number', () => {
  // staff see the full number of a person who applies in a case of their scope, and of no one else
  let desk: Desk;
  beforeAll(async () => {
    desk = await publishedItemWithStaff(ctx);
  });
  const fileAtWindow = async (personId: string, contactMobile: string) => {
    const res = await post(
      '/api/window/cases',
      {
        implementationId: desk.item.id,
        applicant: { personId },
        contactMobile,
        formData: PERSON_FORM,
        deliveryPreference: 'window',
      },
      desk.window.cookie,
    );
    expect(res.statusCode, res.body).toBe(201);
  };

  it('shows the full number to staff with a reason and writes one audit row in the same request', async () => {
    const clerk = desk.window;
    const idNumber = newIdNumber();
    const person = (await post('/api/persons', { name: '郑一', idNumber }, clerk.cookie)).json();
    // recorded, but applying for nothing yet: as unknown, and nothing written
    const early = await post(`/api/persons/${person.id}/reveal-id-number`, { reason: '核对' }, clerk.cookie);
    expect(early.statusCode).toBe(404);
    await fileAtWindow(person.id, newMobile());
    const requestId = crypto.randomUUID();
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/persons/${person.id}/reveal-id-number`,
      headers: { cookie: clerk.cookie, 'x-request-id': requestId },
      payload: { reason: '录入部门业务系统' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ idNumber });
    const rows = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'person'), eq(auditLog.subjectId, person.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUserId: clerk.userId,
      action: 'reveal_id_number',
      requestId,
      detail: { reason: '录入部门业务系统', roles: ['window_clerk'], self: false },
    });
    // the audit row never holds the number itself
    expect(JSON.stringify(rows[0])).not.toContain(idNumber);
  });

  it('lets staff whose scope holds the case and the person themself see it, and nobody else', async () => {
    const c = await registerCitizen();
    const personId = (await get('/api/me/profile', c.cookie)).json().person.id;
    await fileAtWindow(personId, newMobile());
    const reveal = (cookie: string, reason = '核对身份') =>
      post(`/api/persons/${personId}/reveal-id-number`, { reason }, cookie);
    const inScope = [
      desk.approver,
      desk.chief,
      await makeStaff(ctx, ['supervisor'], { regionCode: '150200000000' }),
      await makeStaff(ctx, ['admin'], { regionCode: '150203000000' }),
    ];
    for (const staff of inScope)
      expect((await reveal(staff.cookie)).json()).toEqual({ idNumber: c.idNumber });
    expect((await reveal(c.cookie)).json()).toEqual({ idNumber: c.idNumber });
    // outside the case's scope: another region, another department, a proxy agent who did not file it
    const outside = [
      await makeStaff(ctx, ['window_clerk'], { regionCode: '150102000000' }),
      await makeStaff(ctx, ['supervisor'], { regionCode: '150100000000' }),
      await makeStaff(ctx, ['approver'], { regionCode: '150203000000', orgId: (await makeOrg(ctx)).id }),
      await makeStaff(ctx, ['proxy_agent'], { regionCode: '150203000000' }),
      await registerCitizen(),
    ];
    for (const who of outside) expect((await reveal(who.cookie)).statusCode).toBe(404);
    const output = await makeStaff(ctx, ['output_clerk'], { regionCode: '150203000000' });
    expect((await reveal(output.cookie)).statusCode).toBe(403);
    expect((await post(`/api/persons/${personId}/reveal-id-number`, { reason: 'x' })).statusCode).toBe(401);
    const blank = await reveal(c.cookie, '   ');
    expect(blank.statusCode).toBe(422);
    expect(fieldsOf(blank)).toEqual(['reason']);

    const rows = await ctx.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, personId));
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => (r.detail as { self?: boolean }).self)).toHaveLength(1);
  });

  it('answers 404 for an unknown person and writes nothing', async () => {
    const clerk = await makeStaff(ctx, ['window_clerk'], { regionCode: '150203000000' });
    const unknown = crypto.randomUUID();
    const res = await post(`/api/persons/${unknown}/reveal-id-number`, { reason: '核对' }, clerk.cookie);
    expect(res.statusCode).toBe(404);
    expect(await ctx.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, unknown))).toEqual([]);
  });

  it('cannot be altered or erased: the database refuses UPDATE and DELETE on audit_log', async () => {
    const person = (
      await post('/api/persons', { name: '冯二', idNumber: newIdNumber() }, desk.window.cookie)
    ).json();
    await fileAtWindow(person.id, newMobile());
    await post(`/api/persons/${person.id}/reveal-id-number`, { reason: '核对' }, desk.window.cookie);
    const [row] = await ctx.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, person.id));
    expect(row).toBeTruthy();
    const refusal = (query: Promise<unknown>) =>
      query.then(
        () => 'accepted',
        (error: unknown) => `${String(error)} ${String((error as { cause?: unknown }).cause ?? '')}`,
      );
    const id = row?.id ?? 0;
    expect(
      await refusal(ctx.deps.db.execute(sql`UPDATE audit_log SET detail = '{}'::jsonb WHERE id = ${id}`)),
    ).toMatch(/audit_log is append-only: UPDATE refused/);
    expect(await refusal(ctx.deps.db.execute(sql`DELETE FROM audit_log WHERE id = ${id}`))).toMatch(
      /audit_log is append-only: DELETE refused/,
    );
    const [still] = await ctx.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.id, row?.id ?? 0));
    expect(still?.detail).toMatchObject({ reason: '核对' });
  });
});
