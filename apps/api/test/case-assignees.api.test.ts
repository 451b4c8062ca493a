// GET /api/cases/:id/assignees: the workbench's choice for 转办 and 分派 — in-post approvers and chief
// representatives of the case's department only, and only for back-office staff who may see the case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  type Desk,
  fullChecklist,
  publishedItemWithStaff,
  readyDraft,
  registerCitizen,
} from './case-fixtures.ts';
import { createTestContext, makeOrg, makeStaff, type TestContext } from './harness.ts';

let ctx: TestContext;
let desk: Desk;
let caseId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  desk = await publishedItemWithStaff(ctx);
  const citizen = await registerCitizen(ctx);
  caseId = await readyDraft(ctx, desk, citizen);
  await act(ctx, citizen.cookie, caseId, 'submit');
  await act(ctx, desk.window.cookie, caseId, 'accept', {
    materialsChecklist: fullChecklist(desk.item.guide),
  });
  await act(ctx, desk.approver.cookie, caseId, 'claim');
});
afterAll(async () => ctx.close());

const assignees = (cookie: string, id = caseId) =>
  ctx.app.inject({ url: `/api/cases/${id}/assignees`, headers: { cookie } });

describe('case assignees', () => {
  it("lists the department's approvers and chief representative, marking the current assignee", async () => {
    // staff of another department in the same region, and a window clerk, are never offered
    const other = await makeOrg(ctx, '150203000000', '其他部门');
    await makeStaff(ctx, ['approver'], { regionCode: '150203000000', orgId: other.id });
    const res = await assignees(desk.approver.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: string; roleLabels: string[]; current: boolean }[];
    expect(items.map((i) => i.id).sort()).toEqual(
      [desk.approver.userId, desk.approver2.userId, desk.chief.userId].sort(),
    );
    expect(items.find((i) => i.id === desk.approver.userId)?.current).toBe(true);
    expect(items.find((i) => i.id === desk.chief.userId)?.roleLabels).toEqual(['首席代表']);
    expect((await assignees(desk.chief.cookie)).statusCode).toBe(200);
  });

  it('is refused to other roles and to approvers of another department', async () => {
    expect((await assignees(desk.window.cookie)).statusCode).toBe(403);
    expect((await assignees(desk.output.cookie)).statusCode).toBe(403);
    const other = await makeOrg(ctx, '150203000000', '另一部门');
    const outsider = await makeStaff(ctx, ['approver'], { regionCode: '150203000000', orgId: other.id });
    expect((await assignees(outsider.cookie)).statusCode).toBe(403);
    expect((await assignees(desk.approver.cookie, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
  });
});
