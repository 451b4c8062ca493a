// The applicant's side of one bundle case (issue 4 §3): one questionnaire and one form create the bundle case
// and a member case per selected member; materials are uploaded once and attached to every member needing them;
// one submission. At the 一件事 window the clerk files it for the applicant, already received.
import { randomUUID } from 'node:crypto';
import type { BundleAnswers, BundleOutputMode } from '@msb/contracts';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { workingCalendar } from '../calendar/calendar.service.ts';
import { applyAction } from '../cases/case-actions.service.ts';
import {
  type Applicant,
  accountMobile,
  applicantOf,
  composeForm,
  earlierAnswers,
  insertMemberCases,
  isUniqueViolation,
  mobileField,
  withoutMasked,
} from '../cases/case-apply.service.ts';
import { uploadMaterial } from '../cases/case-materials.service.ts';
import { nextCaseNumbers } from '../cases/case-numbers.ts';
import { listCaseMaterials, lockCase, updateCase } from '../cases/cases.repo.ts';
import { isOpen } from '../cases/domain/transitions.ts';
import { regionWithin } from '../identity/domain/scope.ts';
import {
  type BundleCaseRow,
  findBundleCase,
  findBundleCaseByKey,
  lockBundleCase,
  updateBundleCase,
} from './bundle-cases.repo.ts';
import { checkedPlan, loadPublishedBundle } from './bundle-catalog.service.ts';
import { type BundleContext, bundleContext } from './bundle-context.ts';
import { tellBundleApplicant } from './bundle-notices.ts';
import { acceptMembers } from './bundle-window.service.ts';
import { bundleRelation } from './bundles.policy.ts';
import { bundleCaseMembers, bundleCases } from './bundles.tables.ts';
import { bundleFormErrors } from './domain/bundle-plan.ts';

export interface NewBundleCase {
  bundleId: string;
  answers: BundleAnswers;
  formData?: Record<string, unknown>;
  outputMode?: BundleOutputMode;
  postalAddress?: string;
  contactMobile?: string;
  /** the window files for an applicant it has found (or registered) */
  applicant?: { personId: string } | { enterpriseId: string };
  channel?: 'web' | 'phone';
}

export async function createBundleCase(
  deps: Deps,
  actor: Actor,
  input: NewBundleCase,
  idempotencyKey: string | undefined,
): Promise<{ id: string; created: boolean }> {
  if (idempotencyKey) {
    const existing = await findBundleCaseByKey(deps.db, actor.userId, idempotencyKey);
    if (existing) return { id: existing, created: false };
  }
  const b = await loadPublishedBundle(deps, input.bundleId);
  const atWindow = actor.kind === 'staff';
  if (atWindow) {
    // 一窗受理 within the clerk's region; issue 4: a bundle whose lead department lies outside → 403
    if (!actor.regionCode || !regionWithin(b.bundle.regionCode, actor.regionCode))
      throw forbidden('该一件事不在本窗口的受理范围内');
    if (!input.applicant) throw validationFailed([{ field: 'applicant', message: '请先查找或登记申请人' }]);
  }
  const applicant = await applicantOf(
    deps.db,
    atWindow && input.applicant
      ? input.applicant
      : actor.enterpriseId
        ? { enterpriseId: actor.enterpriseId }
        : { personId: actor.personId ?? '' },
  );
  if (applicant.kind !== b.definition.audience)
    throw new AppError(
      'CONFLICT',
      b.definition.audience === 'person' ? '本一件事只面向自然人办理' : '本一件事只面向企业办理',
    );
  const { plan, answers } = checkedPlan(b, input.answers, { complete: true });
  const contactMobile =
    input.contactMobile ?? applicant.mobile ?? (atWindow ? null : await accountMobile(deps, actor)) ?? '';
  if (!/^1[3-9]\d{9}$/.test(contactMobile))
    throw validationFailed([{ field: 'contactMobile', message: '请填写申请人的手机号码' }]);
  const asked = new Set<string>(plan.form.definition.fields.map((f) => f.key));
  const formData = onlyAsked(
    {
      ...(atWindow ? {} : await earlierAnswers(deps, applicant)),
      ...mobileField(applicant.kind, contactMobile),
      ...(input.formData ?? {}),
      ...applicant.known,
    },
    asked,
  );
  const outputMode = input.outputMode ?? b.definition.outputModes[0] ?? 'together';
  const output = outputProblems(b.definition.outputModes, outputMode, input.postalAddress);
  if (atWindow) {
    const problems = [...bundleFormErrors(plan.form, formData, deps.now()), ...output];
    if (problems.length > 0) throw validationFailed(problems, '申请表未通过校验');
  } else if (output.length > 0) {
    throw validationFailed(output);
  }
  const selected = b.members.filter((m) => plan.members.some((p) => p.key === m.key));
  const waiting = new Set(plan.members.filter((m) => m.dependsOn.length > 0).map((m) => m.key));
  const calendar = await workingCalendar(deps);
  const now = deps.now();
  const id = randomUUID();
  const channel = atWindow ? 'window' : (input.channel ?? 'web');
  try {
    await deps.db.transaction(async (tx) => {
      // one number for the bundle and one for each member received now (at the window); online ones on submit
      const received = selected.filter((m) => !waiting.has(m.key)).length;
      const numbers = atWindow ? await nextCaseNumbers(tx, b.bundle.regionCode, now, 1 + received) : [];
      await tx.insert(bundleCases).values({
        id,
        caseNumber: numbers[0] ?? null,
        bundleId: b.bundle.id,
        versionId: b.version.id,
        bundleName: b.definition.name,
        regionCode: b.bundle.regionCode,
        leadOrgId: b.definition.leadOrgId,
        intakeState: atWindow ? 'submitted' : 'draft',
        channel,
        applicantKind: applicant.kind,
        applicantPersonId: applicant.personId,
        applicantEnterpriseId: applicant.enterpriseId,
        applicantName: applicant.name,
        contactMobile,
        filedBy: actor.userId,
        idempotencyKey: idempotencyKey ?? null,
        answers,
        formData,
        outputMode,
        postalAddress: input.postalAddress ?? null,
        promisedLimit: b.definition.promisedLimit,
        receivedAt: atWindow ? now : null,
        isDemo: b.bundle.isDemo,
        createdAt: now,
        updatedAt: now,
      });
      let n = 1;
      const caseIds = await insertMemberCases(
        tx,
        deps,
        calendar,
        {
          id,
          actor,
          applicant,
          channel,
          contactMobile,
          deliveryPreference: outputMode === 'post' ? 'post' : 'window',
          postalAddress: input.postalAddress ?? null,
        },
        selected.map((m) => {
          const now = atWindow && !waiting.has(m.key);
          return {
            published: m.published,
            formData,
            situation: { ...(answers.members[m.key] ?? {}) },
            state: now ? 'submitted' : 'draft',
            caseNumber: now ? (numbers[n++] ?? null) : null,
          } as const;
        }),
      );
      await tx.insert(bundleCaseMembers).values(
        selected.map((m, i) => ({
          bundleCaseId: id,
          memberKey: m.key,
          caseId: caseIds[i] ?? '',
          position: i,
          dependsOn: plan.members.find((p) => p.key === m.key)?.dependsOn ?? [],
          held: waiting.has(m.key),
        })),
      );
    });
  } catch (error) {
    if (idempotencyKey && isUniqueViolation(error)) {
      const existing = await findBundleCaseByKey(deps.db, actor.userId, idempotencyKey);
      if (existing) return { id: existing, created: false };
    }
    throw error;
  }
  return { id, created: true };
}

/** The applicant edits the one form and the output choice until submitting. */
export async function saveBundleDraft(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { formData?: Record<string, unknown>; outputMode?: BundleOutputMode; postalAddress?: string },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const ctx = await partyContext(deps, tx, actor, await lockBundleCase(tx, id));
    if (ctx.bc.intakeState !== 'draft' && ctx.bc.intakeState !== 'awaiting_correction')
      throw new AppError('INVALID_TRANSITION', '一件事申请已提交，不能再修改申请内容');
    const applicant = await applicantOfCase(tx, ctx.bc);
    const asked = new Set<string>(ctx.plan.form.definition.fields.map((f) => f.key));
    const formData = onlyAsked(
      { ...ctx.bc.formData, ...withoutMasked(input.formData ?? {}), ...applicant.known },
      asked,
    );
    await updateBundleCase(tx, id, {
      formData,
      ...(input.outputMode ? { outputMode: input.outputMode } : {}),
      ...(input.postalAddress !== undefined ? { postalAddress: input.postalAddress } : {}),
      updatedAt: deps.now(),
    });
  });
}

/** A material is uploaded once and attached to every member case that needs it (一套材料). */
export async function uploadBundleMaterial(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { materialId: string; bytes: Uint8Array; fileName: string },
) {
  const ctx = await partyContext(deps, deps.db, actor, await findBundleCase(deps.db, id));
  if (ctx.bc.intakeState !== 'draft' && ctx.bc.intakeState !== 'awaiting_correction')
    throw new AppError('INVALID_TRANSITION', '一件事申请已提交，不能再上传材料');
  const material = ctx.plan.materials.find((m) => m.materialId === input.materialId);
  if (!material)
    throw validationFailed([
      { field: 'materialId', message: `本一件事的材料清单中没有“${input.materialId}”` },
    ]);
  const editable = ctx.members.filter(
    (m) =>
      material.members.includes(m.link.memberKey) &&
      (m.row.state === 'draft' || m.row.state === 'awaiting_correction'),
  );
  for (const m of editable)
    await uploadMaterial(deps, actor, m.row.id, { ...input, materialId: material.guideMaterialId });
  return {
    materialId: material.materialId,
    fileName: input.fileName,
    members: editable.map((m) => m.link.memberKey),
  };
}

/**
 * One submission: the one form and the shared materials are checked for every member (422 listing each failing
 * field with the members asking it, and each missing material), then every member that waits for no other is
 * submitted in one transaction; the bundle gets its number. When every member accepts on receipt (收件即受理),
 * the submission is the acceptance.
 */
export async function submitBundleCase(deps: Deps, actor: Actor, id: string): Promise<void> {
  const calendar = await workingCalendar(deps);
  await deps.db.transaction(async (tx) => {
    const ctx = await partyContext(deps, tx, actor, await lockBundleCase(tx, id));
    if (ctx.bc.intakeState !== 'draft') throw new AppError('INVALID_TRANSITION', '一件事申请已经提交');
    const now = deps.now();
    const problems = [
      ...bundleFormErrors(ctx.plan.form, ctx.bc.formData, now),
      ...(await missingUploads(tx, ctx)),
      ...outputProblems(ctx.definition.outputModes, ctx.bc.outputMode, ctx.bc.postalAddress ?? undefined),
    ];
    if (problems.length > 0) throw validationFailed(problems, '申请尚不完整，请按提示修改后再提交');
    const applicant = await applicantOfCase(tx, ctx.bc);
    const [number] = await nextCaseNumbers(tx, ctx.bc.regionCode, now, 1);
    for (const m of ctx.members) {
      const row = await lockCase(tx, m.row.id);
      if (!row) continue;
      const formData = composeForm(m.resolved.guide, applicant, {}, ctx.bc.formData);
      const delivery = ctx.bc.outputMode === 'post' ? 'post' : 'window';
      const ready = {
        ...row,
        formData,
        deliveryPreference: delivery,
        postalAddress: ctx.bc.postalAddress,
      } as const;
      await updateCase(tx, row.id, {
        formData,
        deliveryPreference: delivery,
        postalAddress: ctx.bc.postalAddress,
        updatedAt: now,
      });
      if (m.link.held) continue;
      await applyAction(
        tx,
        deps,
        calendar,
        { kind: 'bundle', actor, role: 'applicant' },
        ready,
        'submit',
        {},
      );
    }
    await updateBundleCase(tx, id, {
      intakeState: 'submitted',
      caseNumber: number ?? null,
      receivedAt: now,
      updatedAt: now,
    });
    if (ctx.members.every((m) => m.resolved.guide.acceptOnReceipt)) {
      // seed 001 二(二)2 收件即受理: when every member accepts on receipt, the online submission is the one acceptance;
      // a member that waits is accepted on the strength of this one acceptance later, so it must be one of them
      const fresh = await bundleContext(deps, tx, await lockBundleCase(tx, id));
      const checklist = fresh.plan.materials.map((p) => ({ materialId: p.materialId, present: true }));
      await acceptMembers(tx, deps, calendar, fresh, { kind: 'system' }, checklist, [], '收件即受理');
    }
    await tellBundleApplicant(
      tx,
      ctx.members,
      {
        title: '一件事申请已提交',
        body: `您的“${ctx.bc.bundleName}”申请已提交，编号 ${number}，共 ${ctx.members.length} 个事项，将一次受理、并联办理。`,
      },
      `bundle:${id}:submit`,
    );
  });
}

/** The applicant withdraws the whole bundle: every open member is withdrawn, with one notice. */
export async function withdrawBundleCase(
  deps: Deps,
  actor: Actor,
  id: string,
  comment?: string,
): Promise<void> {
  const calendar = await workingCalendar(deps);
  await deps.db.transaction(async (tx) => {
    const ctx = await partyContext(deps, tx, actor, await lockBundleCase(tx, id));
    if (ctx.bc.intakeState === 'refused' || ctx.bc.intakeState === 'withdrawn')
      throw new AppError('INVALID_TRANSITION', '一件事办件已结束，不能撤回');
    const open = ctx.members.filter((m) => isOpen(m.row.state));
    if (open.length === 0) throw new AppError('INVALID_TRANSITION', '各事项均已办结，不能撤回');
    // first, so the members' withdrawals below read as the bundle's own doing (no per-member cascade notices)
    await updateBundleCase(tx, id, { intakeState: 'withdrawn', updatedAt: deps.now() });
    for (const m of open) {
      const row = await lockCase(tx, m.row.id);
      if (row && isOpen(row.state))
        await applyAction(tx, deps, calendar, { kind: 'bundle', actor, role: 'applicant' }, row, 'withdraw', {
          ...(comment ? { comment } : {}),
        });
    }
    await tellBundleApplicant(
      tx,
      ctx.members,
      {
        title: '一件事已撤回',
        body: `您的“${ctx.bc.bundleName}”${ctx.bc.caseNumber ? `（编号 ${ctx.bc.caseNumber}）` : ''}已撤回，在办的 ${open.length} 个事项一并撤回；已办结的事项不受影响。`,
      },
      `bundle:${id}:withdraw`,
    );
  });
}

async function partyContext(
  deps: Deps,
  db: Parameters<typeof bundleContext>[1],
  actor: Actor,
  bc: BundleCaseRow | undefined,
): Promise<BundleContext> {
  if (!bc) throw notFound('一件事办件');
  const relation = bundleRelation(actor, bc, []);
  if (relation.kind !== 'party') throw notFound('一件事办件');
  return bundleContext(deps, db, bc);
}

export async function applicantOfCase(
  db: Parameters<typeof applicantOf>[0],
  bc: BundleCaseRow,
): Promise<Applicant> {
  return applicantOf(
    db,
    bc.applicantKind === 'enterprise'
      ? { enterpriseId: bc.applicantEnterpriseId ?? '' }
      : { personId: bc.applicantPersonId ?? '' },
  );
}

/** Materials the submission needs that a member requiring them does not have on file. */
async function missingUploads(db: Parameters<typeof listCaseMaterials>[0], ctx: BundleContext) {
  const onFile = new Map<string, Set<string>>();
  for (const m of ctx.members)
    onFile.set(m.link.memberKey, new Set((await listCaseMaterials(db, m.row.id)).map((x) => x.materialId)));
  return ctx.plan.materials
    .filter((m) => !m.commitmentAllowed)
    .map((m) => ({ m, lacking: m.requiredBy.filter((k) => !onFile.get(k)?.has(m.guideMaterialId)) }))
    .filter(({ lacking }) => lacking.length > 0)
    .map(({ m, lacking }) => ({
      field: `materials.${m.materialId}`,
      message: `请上传：${m.name}`,
      members: lacking,
    }));
}

export function outputProblems(
  allowed: readonly BundleOutputMode[],
  mode: BundleOutputMode,
  postalAddress: string | undefined,
) {
  const problems: { field: string; message: string }[] = [];
  if (!allowed.includes(mode))
    problems.push({ field: 'outputMode', message: '本一件事不提供所选的领取方式' });
  if (mode === 'post' && !postalAddress?.trim())
    problems.push({ field: 'postalAddress', message: '选择邮寄送达时请填写邮寄地址' });
  return problems;
}

function onlyAsked(data: Record<string, unknown>, asked: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([k, v]) => asked.has(k) && v !== undefined && v !== ''),
  );
}
