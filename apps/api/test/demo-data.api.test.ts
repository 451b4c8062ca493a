// The demo data loads through the real services and leaves every work list with something to show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCaseEvents } from '../src/modules/cases/cases.repo.ts';
import { cases } from '../src/modules/cases/cases.tables.ts';
import { verifyChain } from '../src/modules/cases/domain/event-chain.ts';
import { loadDemoData } from '../src/seed/load-demo.ts';
import { act, newCreditCode, newIdNumber, newMobile } from './case-fixtures.ts';
import { createTestContext, makeStaff, type TestContext } from './harness.ts';

let ctx: TestContext;
let counts: Awaited<ReturnType<typeof loadDemoData>>;
beforeAll(async () => {
  ctx = await createTestContext();
  counts = await loadDemoData(ctx.deps);
}, 240_000);
afterAll(async () => ctx.close());

const DEMO_PASSWORD_LOGIN = async (username: string) => {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: 'Msb@demo2026' },
  });
  expect(res.statusCode).toBe(200);
  return String(res.headers['set-cookie']).split(';')[0] ?? '';
};

describe('demo cases (示例)', () => {
  it('puts a case in each work list of 昆都仑区人社局, every one with an intact event chain', async () => {
    expect(counts.cases).toBe(5);
    const list = async (user: string, queue: string) =>
      (
        await ctx.app.inject({
          url: `/api/worklists/${queue}`,
          headers: { cookie: await DEMO_PASSWORD_LOGIN(user) },
        })
      ).json();
    expect((await list('window', 'window')).items.map((i: { state: string }) => i.state)).toEqual([
      'submitted',
    ]);
    expect(
      (await list('approver', 'department')).items.map((i: { state: string }) => i.state).sort(),
    ).toEqual(['accepted', 'in_review']);
    expect((await list('output', 'output')).items.map((i: { state: string }) => i.state)).toEqual([
      'approved',
    ]);
    const mine = (
      await ctx.app.inject({
        url: '/api/cases/mine',
        headers: { cookie: await DEMO_PASSWORD_LOGIN('13800000001') },
      })
    ).json();
    expect(mine.total).toBe(5);
    for (const row of await ctx.deps.db.select({ id: cases.id, isDemo: cases.isDemo }).from(cases)) {
      expect(row.isDemo).toBe(true);
      const events = await listCaseEvents(ctx.deps.db, row.id);
      expect(verifyChain(events.map((e) => ({ ...e, at: e.at.toISOString() }))).ok).toBe(true);
    }
  });
});

describe('demo bundles (示例一件事), each end to end through HTTP', () => {
  type Schema = {
    type?: string;
    oneOf?: { const: string }[];
    format?: string;
    maxLength?: number;
    minimum?: number;
    pattern?: string;
  };
  /** A value that passes a field's schema, standing in for what the applicant types. */
  const sample = (key: string, s: Schema): unknown => {
    if (s.oneOf?.length) return s.oneOf[0]?.const;
    if (key.endsWith('idNumber')) return newIdNumber();
    if (key.endsWith('creditCode')) return newCreditCode();
    if (/mobile|Mobile/.test(key)) return newMobile();
    if (s.format === 'date' || /Date$/.test(key)) return '2026-11-02';
    if (s.type === 'integer' || s.type === 'number') return Math.max(s.minimum ?? 1, 1);
    if (s.type === 'boolean') return true;
    if (s.pattern === '^\\d{12}$') return '150203000000';
    if (s.pattern) return '1234567890'.slice(0, Math.max(s.maxLength ?? 10, 6));
    return '示例'.slice(0, s.maxLength ?? 2);
  };

  it('runs every published demo bundle: questionnaire, one window intake and acceptance, every member decided, one output', async () => {
    const bundles = (await ctx.app.inject({ url: '/api/bundles' })).json().items as {
      id: string;
      code: string;
      audience: 'person' | 'enterprise';
      regionCode: string;
    }[];
    expect(counts.bundles).toBe(6);
    expect(bundles.map((b) => b.code).sort()).toEqual([
      'DEMO-KDL-AFTER-DEATH',
      'DEMO-KDL-BIRTH',
      'DEMO-KDL-ENTERPRISE-OPENING',
      'DEMO-KDL-RESTAURANT',
      'DEMO-KDL-RETIREMENT',
      'DEMO-XT-HOUSE-TRANSFER',
    ]);
    for (const b of bundles) {
      const detail = (await ctx.app.inject({ url: `/api/bundles/${b.id}` })).json();
      const answers = {
        bundle: Object.fromEntries(
          detail.questions.map((q: { id: string; multiple: boolean; options: { id: string }[] }) => [
            q.id,
            q.multiple ? q.options.map((o) => o.id) : [q.options[0]?.id],
          ]),
        ),
        members: Object.fromEntries(
          detail.members.map(
            (m: { key: string; situations: { id: string; options: { id: string }[] }[] }) => [
              m.key,
              Object.fromEntries(m.situations.map((s) => [s.id, [s.options[0]?.id]])),
            ],
          ),
        ),
      };
      const plan = await ctx.app.inject({
        method: 'POST',
        url: `/api/bundles/${b.id}/plan`,
        payload: { answers },
      });
      expect(plan.statusCode, `${b.code} plan: ${plan.body}`).toBe(200);
      const { form, members } = plan.json();
      expect(members.length, b.code).toBeGreaterThan(0);
      const clerk = await makeStaff(ctx, ['window_clerk'], { regionCode: b.regionCode });
      const output = await makeStaff(ctx, ['output_clerk'], { regionCode: b.regionCode });
      const applicant =
        b.audience === 'person'
          ? await ctx.app.inject({
              method: 'POST',
              url: '/api/persons',
              headers: { cookie: clerk.cookie },
              payload: { name: '示例申请人', idNumber: newIdNumber() },
            })
          : await ctx.app.inject({
              method: 'POST',
              url: '/api/enterprises',
              headers: { cookie: clerk.cookie },
              payload: {
                name: '示例餐饮有限公司',
                creditCode: newCreditCode(),
                legalRepName: '示例法人',
                legalRepIdNumber: newIdNumber(),
              },
            });
      expect(applicant.statusCode, applicant.body).toBe(201);
      const properties = form.schema.properties as Record<string, Schema>;
      const formData: Record<string, unknown> = Object.fromEntries(
        Object.entries(properties).map(([key, s]) => [key, sample(key, s)]),
      );
      // a conditional field whose condition does not hold is refused: drop what the form reports and retry
      let created = await fileAtWindow(clerk.cookie, b, answers, formData, applicant.json().id);
      for (let tries = 0; created.statusCode === 422 && tries < 3; tries++) {
        for (const f of created.json().error.details.fields as { field: string }[]) {
          const key = f.field.replace(/^formData\./, '');
          if (key in formData) delete formData[key];
          else if (properties[key]) formData[key] = sample(key, properties[key]);
        }
        created = await fileAtWindow(clerk.cookie, b, answers, formData, applicant.json().id);
      }
      expect(created.statusCode, `${b.code} intake: ${created.body}`).toBe(201);
      let view = created.json();
      const accepted = await ctx.app.inject({
        method: 'POST',
        url: `/api/bundle-cases/${view.id}/accept`,
        headers: { cookie: clerk.cookie },
        payload: {
          materialsChecklist: view.plan.materials.map((m: { materialId: string; copies: number }) => ({
            materialId: m.materialId,
            present: true,
            originalSeen: true,
            copies: m.copies,
          })),
        },
      });
      expect(accepted.statusCode, `${b.code} accept: ${accepted.body}`).toBe(200);
      view = accepted.json();
      // decide every member as its department would, releasing those that wait, until none is open
      for (let round = 0; round < 6; round++) {
        const open = view.members.filter((m: { state: string }) =>
          ['accepted', 'in_review'].includes(m.state),
        );
        if (open.length === 0) break;
        for (const m of open as { caseId: string; state: string }[]) {
          const member = (
            await ctx.app.inject({ url: `/api/cases/${m.caseId}`, headers: { cookie: clerk.cookie } })
          ).json();
          const approve = { decisionReasons: '符合条件（示例）' };
          if (member.instant) {
            // 即办件: decided at the window (行政许可法 第三十四条第二款)
            const r = await act(ctx, clerk.cookie, m.caseId, 'approve', approve);
            expect(r.statusCode, `${b.code} instant ${r.body}`).toBe(200);
            continue;
          }
          const approver = await makeStaff(ctx, ['approver'], {
            regionCode: b.regionCode,
            orgId: member.org?.id ?? member.orgId,
          });
          if (m.state === 'accepted')
            expect((await act(ctx, approver.cookie, m.caseId, 'claim')).statusCode).toBe(200);
          const r = await act(ctx, approver.cookie, m.caseId, 'approve', approve);
          expect(r.statusCode, `${b.code} approve ${r.body}`).toBe(200);
        }
        view = (
          await ctx.app.inject({ url: `/api/bundle-cases/${view.id}`, headers: { cookie: clerk.cookie } })
        ).json();
      }
      expect(
        view.members.every((m: { decision: string | null }) => m.decision === 'approved'),
        b.code,
      ).toBe(true);
      const post = view.outputMode === 'post';
      const delivered = await ctx.app.inject({
        method: 'POST',
        url: `/api/bundle-cases/${view.id}/deliver`,
        headers: { cookie: output.cookie },
        payload: post
          ? { deliveryMethod: 'post', trackingNumber: 'SF0000000000（示例）' }
          : { deliveryMethod: 'window', signedReceipt: '示例申请人' },
      });
      expect(delivered.statusCode, `${b.code} deliver: ${delivered.body}`).toBe(200);
      expect(delivered.json().status, b.code).toBe('completed');
    }
  }, 240_000);

  async function fileAtWindow(
    cookie: string,
    b: { id: string; audience: 'person' | 'enterprise' },
    answers: object,
    formData: Record<string, unknown>,
    applicantId: string,
  ) {
    return ctx.app.inject({
      method: 'POST',
      url: '/api/bundle-cases',
      headers: { cookie },
      payload: {
        bundleId: b.id,
        answers,
        formData,
        contactMobile: newMobile(),
        applicant: b.audience === 'person' ? { personId: applicantId } : { enterpriseId: applicantId },
      },
    });
  }
});
