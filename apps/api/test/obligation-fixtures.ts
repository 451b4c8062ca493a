// Fixtures for 容缺受理 and 告知承诺 tests: a draft that leaves some materials out, a real PNG for a drawn
// signature, and the applicant's messages after the outbox has run.
import { deflateSync } from 'node:zlib';
import { dispatchOutbox } from '../src/platform/outbox.ts';
import {
  type Desk,
  PERSON_FORM,
  type PublicAccount,
  requiredMaterialIds,
  uploadMaterial,
} from './case-fixtures.ts';
import type { TestContext } from './harness.ts';

/** A citizen's online draft with every required material uploaded except `without`, ready to submit. */
export async function draftWithout(
  ctx: TestContext,
  desk: Desk,
  citizen: PublicAccount,
  without: readonly string[],
): Promise<string> {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie: citizen.cookie },
    payload: {
      implementationId: desk.item.id,
      channel: 'web',
      formData: PERSON_FORM,
      deliveryPreference: 'download',
    },
  });
  if (res.statusCode !== 201) throw new Error(`create case failed: ${res.body}`);
  const caseId = res.json().id as string;
  for (const materialId of requiredMaterialIds(desk.item.guide).filter((id) => !without.includes(id))) {
    const up = await uploadMaterial(ctx, citizen.cookie, caseId, materialId);
    if (up.statusCode !== 201) throw new Error(`upload failed: ${up.body}`);
  }
  return caseId;
}

/** The acceptance checklist of the materials a case has, originals seen. */
export function checklistWithout(desk: Desk, without: readonly string[]) {
  return requiredMaterialIds(desk.item.guide)
    .filter((id) => !without.includes(id))
    .map((materialId) => ({ materialId, present: true, originalSeen: true, copies: 1 }));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real greyscale PNG of the given size with a diagonal stroke: a drawn signature. */
export function signaturePng(width = 200, height = 80): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1, 255);
    row[0] = 0; // filter: none
    const x = Math.floor((y / height) * width);
    for (let dx = 0; dx < 3 && x + dx < width; dx++) row[1 + x + dx] = 0;
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Runs the outbox, then the message centre of an account: { title, body } of messages about one case. */
export async function messagesAbout(ctx: TestContext, cookie: string, caseId: string) {
  await dispatchOutbox(ctx.deps, { limit: 500 });
  const res = await ctx.app.inject({ url: '/api/messages?pageSize=100', headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(`messages failed: ${res.statusCode} ${res.body}`);
  return (res.json().items as { caseId: string | null; title: string; body: string }[]).filter(
    (m) => m.caseId === caseId,
  );
}
