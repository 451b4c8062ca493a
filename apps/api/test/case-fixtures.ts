// Factories for case tests: published items, registered citizens and enterprises, staff of the item's
// department, and a case taken to a given point of its lifecycle — all through HTTP.
import { completeCreditCode, type Guide, idNumberCheckChar } from '@msb/contracts';
import { createItem, publishableGuide, submitAndPublish, tinyPdf } from './catalog-fixtures.ts';
import { makeStaff, TEST_PASSWORD, type TestContext } from './harness.ts';

let n = 0;
const unique = () => {
  n++;
  return n + (process.pid % 97) * 1000;
};

/** A made-up GB 11643 number in 昆都仑区 (150203) with a correct check character. */
export function newIdNumber(): string {
  const k = unique();
  const body = `150203${1950 + (Math.floor(k / 900) % 50)}0101${String(100 + (k % 900)).padStart(3, '0')}`;
  return `${body}${idNumberCheckChar(body)}`;
}
export function newMobile(): string {
  return `137${String(unique()).padStart(8, '0')}`;
}
export function newCreditCode(): string {
  return completeCreditCode(`91150203D${String(unique()).padStart(8, '0')}`);
}

export const cookieOf = (res: { headers: Record<string, unknown> }) => {
  const raw = res.headers['set-cookie'];
  return String(Array.isArray(raw) ? raw[0] : raw).split(';')[0] ?? '';
};

export const fieldsOf = (res: { json: () => unknown }) =>
  ((res.json() as { error: { details?: { fields?: { field: string }[] } } }).error.details?.fields ?? []).map(
    (f) => f.field,
  );

export interface PublicAccount {
  cookie: string;
  userId: string;
  mobile: string;
  name: string;
  idNumber: string;
}

export async function registerCitizen(ctx: TestContext): Promise<PublicAccount> {
  const body = {
    mobile: newMobile(),
    name: `示例居民${unique()}`,
    idNumber: newIdNumber(),
    password: TEST_PASSWORD,
  };
  const res = await ctx.app.inject({ method: 'POST', url: '/api/register/citizen', payload: body });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.body}`);
  return {
    cookie: cookieOf(res),
    userId: res.json().actor.userId,
    mobile: body.mobile,
    name: body.name,
    idNumber: body.idNumber,
  };
}

export async function registerEnterprise(ctx: TestContext): Promise<PublicAccount & { creditCode: string }> {
  const body = {
    mobile: newMobile(),
    password: TEST_PASSWORD,
    operatorName: `经办人${unique()}`,
    operatorIdNumber: newIdNumber(),
    enterpriseName: `示例科技有限公司${unique()}`,
    creditCode: newCreditCode(),
    legalRepName: `法人${unique()}`,
    legalRepIdNumber: newIdNumber(),
  };
  const res = await ctx.app.inject({ method: 'POST', url: '/api/register/enterprise', payload: body });
  if (res.statusCode !== 201) throw new Error(`register enterprise failed: ${res.body}`);
  return {
    cookie: cookieOf(res),
    userId: res.json().actor.userId,
    mobile: body.mobile,
    name: body.enterpriseName,
    idNumber: body.operatorIdNumber,
    creditCode: body.creditCode,
  };
}

type Staff = { cookie: string; userId: string; username: string };
export interface Desk {
  item: { id: string; versionId: string; orgId: string; guide: Guide };
  window: Staff;
  approver: Staff;
  approver2: Staff;
  chief: Staff;
  output: Staff;
}

/** A published item in 昆都仑区 with its own department, and the staff who work on its cases. */
export async function publishedItemWithStaff(
  ctx: TestContext,
  overrides: Partial<Guide> = {},
): Promise<Desk> {
  const region = '150203000000';
  const editor = await makeStaff(ctx, ['catalog_editor'], { regionCode: region });
  const reviewer = await makeStaff(ctx, ['catalog_reviewer'], { regionCode: region });
  const guide = await publishableGuide(ctx, editor.cookie, {
    maturity: 'IV',
    visits: 0,
    delivery: ['download', 'post', 'window'],
    channels: ['web', 'mobile', 'window'],
    acceptOnReceipt: false,
    audience: ['person', 'legal_person'],
    instant: false,
    ...overrides,
  });
  const item = await createItem(ctx, editor.cookie, { regionCode: region, guide });
  await submitAndPublish(ctx, editor.cookie, reviewer.cookie, item.versionId);
  const scope = { regionCode: region, orgId: item.orgId };
  return {
    item: { id: item.id, versionId: item.versionId, orgId: item.orgId, guide: item.guide },
    window: await makeStaff(ctx, ['window_clerk'], { regionCode: region }),
    approver: await makeStaff(ctx, ['approver'], scope),
    approver2: await makeStaff(ctx, ['approver'], scope),
    chief: await makeStaff(ctx, ['chief_representative'], scope),
    output: await makeStaff(ctx, ['output_clerk'], { regionCode: region }),
  };
}

export function requiredMaterialIds(guide: Guide): string[] {
  return guide.materials.filter((m) => m.requirement === 'required').map((m) => m.id);
}

/** Everything a person applicant's basic form needs besides what the platform holds. */
export const PERSON_FORM = { 'applicant.address': '示例路 1 号（示例）' };

export async function act(
  ctx: TestContext,
  cookie: string,
  caseId: string,
  action: string,
  payload: object = {},
) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/actions/${action}`,
    headers: { cookie },
    payload,
  });
}

export async function uploadMaterial(
  ctx: TestContext,
  cookie: string,
  caseId: string,
  materialId: string,
  bytes?: Uint8Array,
  filename = '材料.pdf',
  contentType = 'application/pdf',
) {
  const boundary = `----msb${Math.random().toString(16).slice(2)}`;
  const content = bytes ?? (await tinyPdf(`material-${materialId}-${Math.random()}`));
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(filename)}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/materials?materialId=${encodeURIComponent(materialId)}`,
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([head, Buffer.from(content), tail]),
  });
}

/** A citizen's online draft with every required material uploaded, ready to submit. */
export async function readyDraft(ctx: TestContext, desk: Desk, citizen: PublicAccount, key?: string) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie: citizen.cookie, ...(key ? { 'idempotency-key': key } : {}) },
    payload: {
      implementationId: desk.item.id,
      channel: 'web',
      formData: PERSON_FORM,
      deliveryPreference: 'download',
    },
  });
  if (res.statusCode !== 201 && res.statusCode !== 200)
    throw new Error(`create case failed: ${res.statusCode} ${res.body}`);
  const caseId = res.json().id as string;
  for (const materialId of requiredMaterialIds(desk.item.guide)) {
    const up = await uploadMaterial(ctx, citizen.cookie, caseId, materialId);
    if (up.statusCode !== 201) throw new Error(`upload failed: ${up.body}`);
  }
  return caseId;
}

/** The acceptance checklist a clerk ticks: every required material present, originals seen. */
export function fullChecklist(guide: Guide) {
  return requiredMaterialIds(guide).map((materialId) => ({
    materialId,
    present: true,
    originalSeen: true,
    copies: 1,
  }));
}

/** A fresh session for a test account (after advancing the clock past session expiry). */
export async function signIn(ctx: TestContext, username: string): Promise<string> {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return cookieOf(res);
}
