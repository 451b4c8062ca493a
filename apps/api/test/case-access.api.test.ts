// Who may do what to whose case: every case, work-list, message and people route × every kind of caller
// (anonymous, the applicant, another citizen, an enterprise, an agent, each staff role in and out of scope),
// asserted against one table of expected statuses. Others' cases are 404 to citizens, never revealing that
// they exist; out-of-scope cases are 403 to staff. A route under these prefixes without a row fails the test.
import { randomUUID } from 'node:crypto';
import type { Role } from '@msb/contracts';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../src/modules/calendar/domain/iso-date.ts';
import { listCaseEvents } from '../src/modules/cases/cases.repo.ts';
import { CASE_ACTIONS } from '../src/modules/cases/domain/transitions.ts';
import { dispatchOutbox } from '../src/platform/outbox.ts';
import {
  act,
  type Desk,
  fullChecklist,
  newCreditCode,
  newIdNumber,
  PERSON_FORM,
  type PublicAccount,
  publishedItemWithStaff,
  readyDraft,
  registerCitizen,
  registerEnterprise,
  requiredMaterialIds,
} from './case-fixtures.ts';
import { tinyPdf } from './catalog-fixtures.ts';
import { createTestContext, makeOrg, makeStaff, type TestContext } from './harness.ts';

const REGION = '150203000000'; // 包头市昆都仑区, where the item is implemented
const FAR_REGION = '150102000000'; // 呼和浩特市新城区

/** The callers, in the column order of the table below. */
const WHO = [
  'anon', // not signed in
  'app', // the applicant (citizen)
  'str', // another citizen
  'ent', // an enterprise account with no part in the case
  'agt', // a citizen holding the applicant's authorisation, who did not file this case
  'adm', // administrator of the region
  'edi', // catalogue editor
  'rev', // catalogue reviewer
  'con', // consultation desk
  'win', // window clerk of the region
  'wFar', // window clerk of another region
  'apr', // approver of the item's department
  'aOth', // approver of another department in the region
  'chf', // chief representative of the item's department
  'out', // output window clerk of the region
  'prx', // proxy agent of the region (files cases for others; sees only those)
  'sup', // supervisor of the city above the region
  'sFar', // supervisor of another city
] as const;
type Who = (typeof WHO)[number];

const ROLE_OF: Record<Who, Role | null> = {
  anon: null,
  app: 'citizen',
  str: 'citizen',
  ent: 'enterprise',
  agt: 'citizen',
  adm: 'admin',
  edi: 'catalog_editor',
  rev: 'catalog_reviewer',
  con: 'consultant',
  win: 'window_clerk',
  wFar: 'window_clerk',
  apr: 'approver',
  aOth: 'approver',
  chf: 'chief_representative',
  out: 'output_clerk',
  prx: 'proxy_agent',
  sup: 'supervisor',
  sFar: 'supervisor',
};

// One row per probe: METHOD url (what it is sent to), then the status each caller gets. Cases: `draft`,
// `submitted` and `accepted` are the applicant's; `agent-case` is a draft the agent filed for the applicant.
const TABLE = `
                                                              anon app str ent agt adm edi rev con win wFar apr aOth chf out prx sup sFar
POST /api/cases (create-draft)                                 401 201 201 201 201 403 403 403 403 403 403  403 403  403 403 403 403 403
GET /api/cases/mine                                            401 200 200 200 200 403 403 403 403 403 403  403 403  403 403 403 403 403
GET /api/cases/:id (submitted)                                 401 200 404 404 404 200 403 403 403 200 403  200 403  200 200 403 200 403
GET /api/cases/:id (agent-case)                                401 200 404 404 200 200 403 403 403 200 403  200 403  200 200 403 200 403
PUT /api/cases/:id/draft (draft)                               401 200 404 404 404 403 403 403 403 403 403  403 403  403 403 403 403 403
PUT /api/cases/:id/draft (submitted)                           401 409 404 404 404 403 403 403 403 403 403  403 403  403 403 403 403 403
PUT /api/cases/:id/draft (agent-case)                          401 200 404 404 200 403 403 403 403 403 403  403 403  403 403 403 403 403
POST /api/cases/:id/actions/:action (accept-without-checklist) 401 403 404 404 404 403 403 403 403 422 403  403 403  422 403 403 403 403
POST /api/cases/:id/actions/:action (terminate-without-reason) 401 403 404 404 404 403 403 403 403 422 403  422 403  422 403 403 403 403
POST /api/cases/:id/actions/:action (claim-submitted)          401 403 404 404 404 403 403 403 403 403 403  409 403  409 403 403 403 403
POST /api/cases/:id/actions/:action (submit-again)             401 409 404 404 404 403 403 403 403 403 403  403 403  403 403 403 403 403
POST /api/cases/:id/materials (draft)                          401 201 404 404 404 403 403 403 403 201 403  403 403  201 403 403 403 403
POST /api/cases/:id/materials (submitted)                      401 409 404 404 404 403 403 403 403 201 403  403 403  201 403 403 403 403
GET /api/cases/:id/reusable-materials (draft)                  401 200 404 404 404 403 403 403 403 200 403  403 403  200 403 403 403 403
POST /api/cases/:id/materials/reuse (draft-unknown-source)     401 422 404 404 404 403 403 403 403 422 403  403 403  422 403 403 403 403
DELETE /api/cases/:id/materials/:materialRowId (verified)      401 409 404 404 404 403 403 403 403 409 403  403 403  409 403 403 403 403
GET /api/cases/:id/materials/:materialRowId/file (submitted)   401 200 404 404 404 200 403 403 403 200 403  200 403  200 200 403 200 403
GET /api/cases/:id/documents/:file (receipt)                   401 200 404 404 404 200 403 403 403 200 403  200 403  200 200 403 200 403
GET /api/cases/:id/assignees (submitted)                       401 403 403 403 403 403 403 403 403 403 403  200 403  200 403 403 403 403
GET /api/cases/:id/commitment (submitted)                      401 200 404 404 404 200 403 403 403 200 403  200 403  200 200 403 200 403
POST /api/cases/:id/commitment (item-without-commitment)       401 409 404 404 404 403 403 403 403 409 403  403 403  409 403 403 403 403
GET /api/cases/:id/commitment/pdf (none-signed)                401 404 404 404 404 404 403 403 403 404 403  404 403  404 404 403 404 403
POST /api/cases/:id/missing-materials/:materialId/supplied (nothing-missing) 401 403 403 403 403 403 403 403 403 404 403  404 403  404 403 403 403 403
GET /api/verification-tasks                                    401 403 403 403 403 403 403 403 403 403 403  200 200  200 403 403 403 403
POST /api/verification-tasks/:id/outcome (unknown-task)        401 403 403 403 403 403 403 403 403 403 403  404 404  404 403 403 403 403
POST /api/window/cases (intake)                                401 403 403 403 403 403 403 403 403 201 403  403 403  201 403 403 403 403
GET /api/worklists/:queue (window)                             401 403 403 403 403 403 403 403 403 200 200  403 403  200 403 403 403 403
GET /api/worklists/:queue (department)                         401 403 403 403 403 403 403 403 403 403 403  200 200  200 403 403 403 403
GET /api/worklists/:queue (assigned)                           401 403 403 403 403 403 403 403 403 403 403  200 200  200 403 403 403 403
GET /api/worklists/:queue (output)                             401 403 403 403 403 403 403 403 403 403 403  403 403  200 200 403 403 403
GET /api/worklists/:queue (supervision)                        401 403 403 403 403 200 403 403 403 403 403  403 403  403 403 403 200 200
GET /api/progress (number-and-mobile)                          200 200 200 200 200 200 200 200 200 200 200  200 200  200 200 200 200 200
GET /api/progress (wrong-mobile)                               404 404 404 404 404 404 404 404 404 404 404  404 404  404 404 404 404 404
GET /api/messages                                              401 200 200 200 200 200 200 200 200 200 200  200 200  200 200 200 200 200
GET /api/messages/unread-count                                 401 200 200 200 200 200 200 200 200 200 200  200 200  200 200 200 200 200
POST /api/messages/:id/read (applicant-message)                401 200 404 404 404 404 404 404 404 404 404  404 404  404 404 404 404 404
POST /api/messages/read-all                                    401 200 200 200 200 200 200 200 200 200 200  200 200  200 200 200 200 200
GET /api/me/profile                                            401 200 200 200 200 403 403 403 403 403 403  403 403  403 403 403 403 403
GET /api/authorisations                                        401 200 200 200 200 403 403 403 403 403 403  403 403  403 403 403 403 403
POST /api/authorisations (period-backwards)                    401 422 422 422 422 403 403 403 403 403 403  403 403  403 403 403 403 403
POST /api/authorisations/:id/revoke (applicant-grant)          401 200 404 404 404 403 403 403 403 403 403  403 403  403 403 403 403 403
GET /api/persons (applicant)                                   401 403 403 403 403 403 403 403 200 200 200  403 403  200 403 200 403 403
POST /api/persons (applicant-again)                            401 403 403 403 403 403 403 403 200 200 200  403 403  200 403 200 403 403
GET /api/enterprises (known)                                   401 403 403 403 403 403 403 403 200 200 200  403 403  200 403 200 403 403
POST /api/enterprises (bad-credit-code)                        401 403 403 403 403 403 403 403 422 422 422  403 403  422 403 422 403 403
POST /api/persons/:id/reveal-id-number (applicant)             401 200 404 404 404 200 403 403 404 200 404  200 404  200 403 404 200 404
`;

/** Every route under these prefixes must have at least one row. */
const PREFIXES = [
  '/api/cases',
  '/api/window',
  '/api/worklists',
  '/api/progress',
  '/api/messages',
  '/api/me',
  '/api/authorisations',
  '/api/persons',
  '/api/enterprises',
  '/api/verification-tasks',
];
const covered = (url: string) => PREFIXES.some((p) => url === p || url.startsWith(`${p}/`));

interface Row {
  probe: string;
  route: string;
  expected: Record<Who, number>;
}

function parseTable(text: string): Row[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').trim().split(/\s+/);
  if (header.join(' ') !== WHO.join(' ')) throw new Error(`table header is not ${WHO.join(' ')}`);
  return lines.map((line) => {
    const match = /^(\S+) (\S+)((?: \([^)]+\))?)\s+((?:\d{3}\s*)+)$/.exec(line.trim());
    if (!match) throw new Error(`unreadable row: ${line}`);
    const [, method, url, qualifier, codes] = match;
    const statuses = (codes ?? '').trim().split(/\s+/).map(Number);
    if (statuses.length !== WHO.length) throw new Error(`row needs ${WHO.length} statuses: ${line}`);
    return {
      probe: `${method} ${url}${qualifier}`,
      route: `${method} ${url}`,
      expected: Object.fromEntries(WHO.map((w, i) => [w, statuses[i]])) as Record<Who, number>,
    };
  });
}
const ROWS = parseTable(TABLE);

let ctx: TestContext;
let desk: Desk;
const cookies = {} as Record<Who, string | undefined>;
const f = {
  draft: '',
  submitted: '',
  accepted: '',
  agentCase: '',
  submittedMaterial: '',
  verifiedMaterial: '',
  caseNumber: '',
  applicantMobile: '',
  applicantPersonId: '',
  applicantMessage: '',
  spareAuthorisation: '',
  enterpriseCreditCode: '',
  applicant: undefined as unknown as PublicAccount,
  stranger: undefined as unknown as PublicAccount,
  pdf: new Uint8Array() as Uint8Array,
};

const today = () => chinaDate(ctx.deps.now());
const inject = (options: InjectOptions) => ctx.app.inject(options);
const get = (url: string, cookie?: string) => inject({ url, headers: cookie ? { cookie } : {} });

async function grant(principal: PublicAccount, agent: PublicAccount): Promise<string> {
  const res = await inject({
    method: 'POST',
    url: '/api/authorisations',
    headers: { cookie: principal.cookie },
    payload: {
      agentName: agent.name,
      agentIdNumber: agent.idNumber,
      scope: [],
      validFrom: today(),
      validTo: addDays(today(), 30),
    },
  });
  if (res.statusCode !== 201) throw new Error(`authorisation failed: ${res.body}`);
  return res.json().id;
}

beforeAll(async () => {
  ctx = await createTestContext({ progressLookupRatePerMinute: 100_000 });
  desk = await publishedItemWithStaff(ctx);
  const applicant = await registerCitizen(ctx);
  const stranger = await registerCitizen(ctx);
  const agent = await registerCitizen(ctx);
  const enterprise = await registerEnterprise(ctx);
  const staff = async (role: Role, regionCode: string, orgId?: string) =>
    (await makeStaff(ctx, [role], { regionCode, orgId: orgId ?? null })).cookie;
  Object.assign(cookies, {
    anon: undefined,
    app: applicant.cookie,
    str: stranger.cookie,
    ent: enterprise.cookie,
    agt: agent.cookie,
    adm: await staff('admin', REGION),
    edi: await staff('catalog_editor', REGION),
    rev: await staff('catalog_reviewer', REGION),
    con: await staff('consultant', REGION),
    win: desk.window.cookie,
    wFar: await staff('window_clerk', FAR_REGION),
    apr: desk.approver.cookie,
    aOth: await staff('approver', REGION, (await makeOrg(ctx, REGION)).id),
    chf: desk.chief.cookie,
    out: desk.output.cookie,
    prx: await staff('proxy_agent', REGION),
    sup: await staff('supervisor', '150200000000'),
    sFar: await staff('supervisor', '150100000000'),
  } satisfies Record<Who, string | undefined>);

  f.applicant = applicant;
  f.stranger = stranger;
  f.pdf = await tinyPdf('matrix');
  f.applicantMobile = applicant.mobile;
  f.enterpriseCreditCode = enterprise.creditCode;
  f.applicantPersonId = (await get('/api/me/profile', applicant.cookie)).json().person.id;
  const authorisation = await grant(applicant, agent);
  f.spareAuthorisation = await grant(applicant, stranger);

  f.draft = await readyDraft(ctx, desk, applicant);
  f.submitted = await readyDraft(ctx, desk, applicant);
  const submitted = await act(ctx, applicant.cookie, f.submitted, 'submit');
  f.caseNumber = submitted.json().caseNumber;
  f.submittedMaterial = submitted.json().materials[0].id;
  f.accepted = await readyDraft(ctx, desk, applicant);
  await act(ctx, applicant.cookie, f.accepted, 'submit');
  const accepted = await act(ctx, desk.window.cookie, f.accepted, 'accept', {
    materialsChecklist: fullChecklist(desk.item.guide),
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  f.verifiedMaterial = accepted.json().materials.find((m: { status: string }) => m.status === 'verified').id;

  const agentCase = await inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie: agent.cookie },
    payload: { implementationId: desk.item.id, channel: 'web', authorisationId: authorisation },
  });
  if (agentCase.statusCode !== 201) throw new Error(`agent case failed: ${agentCase.body}`);
  f.agentCase = agentCase.json().id;

  await dispatchOutbox(ctx.deps, { limit: 100 });
  f.applicantMessage = (await get('/api/messages', applicant.cookie)).json().items[0].id;
});
afterAll(async () => ctx.close());

function multipart(bytes: Uint8Array, filename: string) {
  const boundary = `----msb${randomUUID()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`;
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

/** The same code with another check character (GB 32100 uses 0–9 and A–Y without I, O, S, V, Z). */
const withWrongCheck = (code: string) => `${code.slice(0, 17)}${code.endsWith('0') ? '1' : '0'}`;

type Probe = () => InjectOptions;
const action =
  (caseId: () => string, name: string, payload: object = {}): Probe =>
  () => ({
    method: 'POST',
    url: `/api/cases/${caseId()}/actions/${name}`,
    payload,
  });
const upload =
  (caseId: () => string): Probe =>
  () => ({
    method: 'POST',
    url: `/api/cases/${caseId()}/materials?materialId=${requiredMaterialIds(desk.item.guide)[0]}`,
    ...multipart(f.pdf, '材料.pdf'),
  });
const queue =
  (name: string): Probe =>
  () => ({ method: 'GET', url: `/api/worklists/${name}` });

/** What each row sends (without the caller's cookie). */
const PROBES: Record<string, Probe> = {
  'POST /api/cases (create-draft)': () => ({
    method: 'POST',
    url: '/api/cases',
    payload: { implementationId: desk.item.id, channel: 'web' },
  }),
  'GET /api/cases/mine': () => ({ method: 'GET', url: '/api/cases/mine' }),
  'GET /api/cases/:id (submitted)': () => ({ method: 'GET', url: `/api/cases/${f.submitted}` }),
  'GET /api/cases/:id (agent-case)': () => ({ method: 'GET', url: `/api/cases/${f.agentCase}` }),
  'PUT /api/cases/:id/draft (draft)': () => ({
    method: 'PUT',
    url: `/api/cases/${f.draft}/draft`,
    payload: {},
  }),
  'PUT /api/cases/:id/draft (submitted)': () => ({
    method: 'PUT',
    url: `/api/cases/${f.submitted}/draft`,
    payload: {},
  }),
  'PUT /api/cases/:id/draft (agent-case)': () => ({
    method: 'PUT',
    url: `/api/cases/${f.agentCase}/draft`,
    payload: { formData: PERSON_FORM },
  }),
  'POST /api/cases/:id/actions/:action (accept-without-checklist)': action(() => f.submitted, 'accept'),
  'POST /api/cases/:id/actions/:action (terminate-without-reason)': action(() => f.submitted, 'terminate'),
  'POST /api/cases/:id/actions/:action (claim-submitted)': action(() => f.submitted, 'claim'),
  'POST /api/cases/:id/actions/:action (submit-again)': action(() => f.submitted, 'submit'),
  'POST /api/cases/:id/materials (draft)': upload(() => f.draft),
  'POST /api/cases/:id/materials (submitted)': upload(() => f.submitted),
  'GET /api/cases/:id/reusable-materials (draft)': () => ({
    method: 'GET',
    url: `/api/cases/${f.draft}/reusable-materials`,
  }),
  'POST /api/cases/:id/materials/reuse (draft-unknown-source)': () => ({
    method: 'POST',
    url: `/api/cases/${f.draft}/materials/reuse`,
    payload: { materialId: requiredMaterialIds(desk.item.guide)[0], fromId: randomUUID() },
  }),
  'DELETE /api/cases/:id/materials/:materialRowId (verified)': () => ({
    method: 'DELETE',
    url: `/api/cases/${f.accepted}/materials/${f.verifiedMaterial}`,
  }),
  'GET /api/cases/:id/materials/:materialRowId/file (submitted)': () => ({
    method: 'GET',
    url: `/api/cases/${f.submitted}/materials/${f.submittedMaterial}/file`,
  }),
  'GET /api/cases/:id/documents/:file (receipt)': () => ({
    method: 'GET',
    url: `/api/cases/${f.accepted}/documents/receipt.pdf`,
  }),
  'GET /api/cases/:id/assignees (submitted)': () => ({
    method: 'GET',
    url: `/api/cases/${f.submitted}/assignees`,
  }),
  'GET /api/cases/:id/commitment (submitted)': () => ({
    method: 'GET',
    url: `/api/cases/${f.submitted}/commitment`,
  }),
  'POST /api/cases/:id/commitment (item-without-commitment)': () => ({
    method: 'POST',
    url: `/api/cases/${f.submitted}/commitment`,
    payload: { fullName: f.applicant.name },
  }),
  'GET /api/cases/:id/commitment/pdf (none-signed)': () => ({
    method: 'GET',
    url: `/api/cases/${f.submitted}/commitment/pdf`,
  }),
  'POST /api/cases/:id/missing-materials/:materialId/supplied (nothing-missing)': () => ({
    method: 'POST',
    url: `/api/cases/${f.accepted}/missing-materials/${requiredMaterialIds(desk.item.guide)[0]}/supplied`,
    payload: {},
  }),
  'GET /api/verification-tasks': () => ({ method: 'GET', url: '/api/verification-tasks' }),
  'POST /api/verification-tasks/:id/outcome (unknown-task)': () => ({
    method: 'POST',
    url: `/api/verification-tasks/${randomUUID()}/outcome`,
    payload: { outcome: 'confirmed' },
  }),
  'POST /api/window/cases (intake)': () => ({
    method: 'POST',
    url: '/api/window/cases',
    payload: {
      implementationId: desk.item.id,
      applicant: { personId: f.applicantPersonId },
      contactMobile: f.applicantMobile,
      formData: PERSON_FORM,
      deliveryPreference: 'window',
    },
  }),
  'GET /api/worklists/:queue (window)': queue('window'),
  'GET /api/worklists/:queue (department)': queue('department'),
  'GET /api/worklists/:queue (assigned)': queue('assigned'),
  'GET /api/worklists/:queue (output)': queue('output'),
  'GET /api/worklists/:queue (supervision)': queue('supervision'),
  'GET /api/progress (number-and-mobile)': () => ({
    method: 'GET',
    url: `/api/progress?caseNumber=${f.caseNumber}&mobile=${f.applicantMobile}`,
  }),
  'GET /api/progress (wrong-mobile)': () => ({
    method: 'GET',
    url: `/api/progress?caseNumber=${f.caseNumber}&mobile=13900000009`,
  }),
  'GET /api/messages': () => ({ method: 'GET', url: '/api/messages' }),
  'GET /api/messages/unread-count': () => ({ method: 'GET', url: '/api/messages/unread-count' }),
  'POST /api/messages/:id/read (applicant-message)': () => ({
    method: 'POST',
    url: `/api/messages/${f.applicantMessage}/read`,
  }),
  'POST /api/messages/read-all': () => ({ method: 'POST', url: '/api/messages/read-all' }),
  'GET /api/me/profile': () => ({ method: 'GET', url: '/api/me/profile' }),
  'GET /api/authorisations': () => ({ method: 'GET', url: '/api/authorisations' }),
  'POST /api/authorisations (period-backwards)': () => ({
    method: 'POST',
    url: '/api/authorisations',
    payload: {
      agentName: f.stranger.name,
      agentIdNumber: f.stranger.idNumber,
      scope: [],
      validFrom: addDays(today(), 5),
      validTo: today(),
    },
  }),
  'POST /api/authorisations/:id/revoke (applicant-grant)': () => ({
    method: 'POST',
    url: `/api/authorisations/${f.spareAuthorisation}/revoke`,
  }),
  'GET /api/persons (applicant)': () => ({
    method: 'GET',
    url: `/api/persons?idNumber=${f.applicant.idNumber}`,
  }),
  'POST /api/persons (applicant-again)': () => ({
    method: 'POST',
    url: '/api/persons',
    payload: { name: f.applicant.name, idNumber: f.applicant.idNumber },
  }),
  'GET /api/enterprises (known)': () => ({
    method: 'GET',
    url: `/api/enterprises?creditCode=${f.enterpriseCreditCode}`,
  }),
  'POST /api/enterprises (bad-credit-code)': () => ({
    method: 'POST',
    url: '/api/enterprises',
    payload: {
      name: '示例有限公司',
      creditCode: withWrongCheck(newCreditCode()),
      legalRepName: '示例',
      legalRepIdNumber: newIdNumber(),
    },
  }),
  'POST /api/persons/:id/reveal-id-number (applicant)': () => ({
    method: 'POST',
    url: `/api/persons/${f.applicantPersonId}/reveal-id-number`,
    payload: { reason: '核对身份' },
  }),
};

async function send(probe: Probe, who: Who) {
  const options = probe();
  const cookie = cookies[who];
  return inject({ ...options, headers: { ...(options.headers ?? {}), ...(cookie ? { cookie } : {}) } });
}

describe('the case authorisation table', () => {
  it('has a row for every case, work-list, message and people route, and no row for a route that is gone', () => {
    const routes = ctx.app.accessTable.filter((r) => covered(r.url)).map((r) => `${r.method} ${r.url}`);
    const rows = new Set(ROWS.map((r) => r.route));
    expect(
      routes.filter((r) => !rows.has(r)),
      'routes without a row in TABLE',
    ).toEqual([]);
    expect(
      [...rows].filter((r) => !routes.includes(r)),
      'rows for routes that do not exist',
    ).toEqual([]);
    expect(Object.keys(PROBES).sort()).toEqual(ROWS.map((r) => r.probe).sort());
  });

  it('agrees with what each route declares: 401 anonymous, 403 to a role it does not name', () => {
    const wrong: string[] = [];
    for (const row of ROWS) {
      const route = ctx.app.accessTable.find((r) => `${r.method} ${r.url}` === row.route);
      const access = route?.access;
      for (const who of WHO) {
        const role = ROLE_OF[who];
        const refused =
          access !== 'public' && access !== 'authenticated' && role !== null && !access?.includes(role);
        if (access !== 'public' && role === null && row.expected[who] !== 401)
          wrong.push(`${row.probe} ${who}`);
        if (refused && row.expected[who] !== 403) wrong.push(`${row.probe} ${who}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers every caller of every route as the table says', async () => {
    const mismatches: string[] = [];
    for (const row of ROWS) {
      const probe = PROBES[row.probe];
      if (!probe) continue;
      for (const who of WHO) {
        const res = await send(probe, who);
        if (res.statusCode !== row.expected[who]) {
          mismatches.push(
            `${row.probe} as ${who}: expected ${row.expected[who]}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe("own data and others' data", () => {
  it('answers another citizen exactly as for a case that does not exist, on every case route', async () => {
    const stranger = cookies.str ?? '';
    const strangersOwn = await readyDraft(ctx, desk, f.stranger);
    const pairs: [string, string][] = [
      [`/api/cases/${f.submitted}`, `/api/cases/${randomUUID()}`],
      [`/api/cases/${f.accepted}/documents/receipt.pdf`, `/api/cases/${randomUUID()}/documents/receipt.pdf`],
      [`/api/cases/${f.draft}/reusable-materials`, `/api/cases/${randomUUID()}/reusable-materials`],
      [`/api/cases/${f.submitted}/commitment`, `/api/cases/${randomUUID()}/commitment`],
      [
        `/api/cases/${f.submitted}/materials/${f.submittedMaterial}/file`,
        `/api/cases/${randomUUID()}/materials/${randomUUID()}/file`,
      ],
    ];
    for (const [others, unknown] of pairs) {
      const a = (await get(others, stranger)).json().error;
      const b = (await get(unknown, stranger)).json().error;
      expect({ code: a.code, message: a.message }, others).toEqual({ code: b.code, message: b.message });
      expect(a.code).toBe('NOT_FOUND');
    }
    // the applicant's material through the stranger's own case is no way round
    const detour = await get(`/api/cases/${strangersOwn}/materials/${f.submittedMaterial}/file`, stranger);
    expect(detour.statusCode).toBe(404);
    const save = await inject({
      method: 'PUT',
      url: `/api/cases/${f.draft}/draft`,
      headers: { cookie: stranger },
      payload: { formData: { 'applicant.address': '改写' } },
    });
    expect(save.statusCode).toBe(404);
    expect((await get(`/api/cases/${f.draft}`, cookies.app)).json().formData['applicant.address']).not.toBe(
      '改写',
    );
  });

  it('lists each caller only their own cases and each clerk only the cases of their scope', async () => {
    const ids = async (url: string, who: Who) =>
      ((await get(url, cookies[who])).json().items as { id: string }[]).map((i) => i.id);
    expect(await ids('/api/cases/mine?pageSize=100', 'app')).toEqual(
      expect.arrayContaining([f.draft, f.submitted, f.accepted, f.agentCase]),
    );
    const agents = await ids('/api/cases/mine?pageSize=100', 'agt');
    expect(agents).toContain(f.agentCase);
    expect(agents).not.toContain(f.submitted);
    const strangers = await ids('/api/cases/mine?pageSize=100', 'str');
    expect(strangers).not.toContain(f.submitted);
    expect(strangers).not.toContain(f.agentCase);

    expect(await ids('/api/worklists/window?pageSize=100', 'win')).toContain(f.submitted);
    expect(await ids('/api/worklists/window?pageSize=100', 'wFar')).not.toContain(f.submitted);
    expect(await ids('/api/worklists/department?pageSize=100', 'apr')).toContain(f.accepted);
    expect(await ids('/api/worklists/department?pageSize=100', 'aOth')).not.toContain(f.accepted);
    expect(await ids('/api/worklists/supervision?pageSize=100', 'sup')).toEqual(
      expect.arrayContaining([f.submitted, f.accepted]),
    );
    expect(await ids('/api/worklists/supervision?pageSize=100', 'sFar')).toEqual([]);
  });

  it('lets a supervisor read a case but refuses every action with 403, whatever the state', async () => {
    const supervisor = cookies.sup ?? '';
    for (const caseId of [f.submitted, f.accepted]) {
      const before = await listCaseEvents(ctx.deps.db, caseId);
      expect((await get(`/api/cases/${caseId}`, supervisor)).statusCode).toBe(200);
      const view = (await get(`/api/cases/${caseId}`, supervisor)).json();
      expect(view.actions).toEqual([]);
      for (const name of CASE_ACTIONS) {
        const res = await act(ctx, supervisor, caseId, name, {
          reason: '督查',
          decisionReasons: '督查',
          materialsChecklist: fullChecklist(desk.item.guide),
        });
        expect(res.statusCode, `${name} on ${view.state}`).toBe(403);
      }
      expect(await listCaseEvents(ctx.deps.db, caseId)).toHaveLength(before.length);
    }
  });
});
