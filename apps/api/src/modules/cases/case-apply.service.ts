// Filing a case: online (portal, phone) as a draft the applicant completes and submits, or at the window,
// where the clerk records the application as received. Either way one case, whatever the channel.
import { randomUUID } from 'node:crypto';
import type { Guide } from '@msb/contracts';
import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { DbOrTx, Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { workingCalendar } from '../calendar/calendar.service.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import {
  getFiledVersionGuide,
  getPublishedGuide,
  type PublishedGuideView,
} from '../catalog/catalog-public.service.ts';
import { validateForm } from '../forms/domain/form-schema.ts';
import { applicationFormOf } from '../forms/domain/item-form.ts';
import { findActingAuthorisation } from '../identity/authorisations.service.ts';
import { inScope } from '../identity/domain/scope.ts';
import { users } from '../identity/identity.tables.ts';
import { findEnterpriseById, findPersonById } from '../identity/people.repo.ts';
import { chinaDate } from './case-clock.ts';
import { nextLink, writeWithLink, writeWithLinks } from './case-events.ts';
import { nextCaseNumber } from './case-numbers.ts';
import { deliveryProblems } from './case-submission.ts';
import { relationTo } from './cases.policy.ts';
import { type CaseRow, lockCase, updateCase } from './cases.repo.ts';
import { cases } from './cases.tables.ts';
import { type IntakeChannel, intakeState } from './domain/transitions.ts';

export interface Applicant {
  kind: 'person' | 'enterprise';
  personId: string | null;
  enterpriseId: string | null;
  name: string;
  /** the facts the platform already holds: they fill the form and cannot be changed in it */
  known: Record<string, string>;
  mobile: string | null;
}

export interface DraftInput {
  formData?: Record<string, unknown>;
  situation?: Record<string, string[]>;
  deliveryPreference?: 'window' | 'post' | 'download';
  postalAddress?: string;
}

export interface OnlineApplication extends DraftInput {
  implementationId: string;
  channel: 'web' | 'phone';
  /** act for another person or an enterprise under a recorded authorisation (委托书) */
  authorisationId?: string;
}

export interface WindowApplication extends DraftInput {
  implementationId: string;
  applicant: { personId: string } | { enterpriseId: string };
  contactMobile: string;
}

const GUIDE_CHANNEL: Record<'web' | 'phone', Guide['channels'][number]> = { web: 'web', phone: 'mobile' };

export async function applicantOf(
  db: DbOrTx,
  ref: { personId?: string; enterpriseId?: string },
): Promise<Applicant> {
  if (ref.enterpriseId) {
    const e = await findEnterpriseById(db, ref.enterpriseId);
    if (!e) throw notFound('企业');
    return {
      kind: 'enterprise',
      personId: null,
      enterpriseId: e.id,
      name: e.name,
      mobile: null,
      known: {
        'enterprise.name': e.name,
        'enterprise.creditCode': e.creditCode,
        'enterprise.legalRepresentative.name': e.legalRep.name,
        'enterprise.legalRepresentative.idNumber': e.legalRep.idNumber,
        ...(e.address ? { 'enterprise.registeredAddress': e.address } : {}),
      },
    };
  }
  const p = ref.personId ? await findPersonById(db, ref.personId) : undefined;
  if (!p) throw notFound('申请人');
  return {
    kind: 'person',
    personId: p.id,
    enterpriseId: null,
    name: p.name,
    mobile: p.mobile,
    known: { 'applicant.name': p.name, 'applicant.idNumber': p.idNumber },
  };
}

/**
 * Earlier answers of the same applicant: the platform does not ask twice what it holds (seed 001). The recent
 * cases' answers together, the newest answer of each fact winning — the last case alone may be of an item that
 * asked other facts (a bundle member, say).
 */
export async function earlierAnswers(deps: Deps, applicant: Applicant): Promise<Record<string, unknown>> {
  const recent = await deps.db
    .select({ formData: cases.formData })
    .from(cases)
    .where(
      applicant.kind === 'person'
        ? eq(cases.applicantPersonId, applicant.personId ?? '')
        : eq(cases.applicantEnterpriseId, applicant.enterpriseId ?? ''),
    )
    .orderBy(desc(cases.createdAt))
    .limit(EARLIER_CASES);
  return Object.assign({}, ...recent.reverse().map((r) => r.formData));
}

/** How many recent cases prefill a new application. */
const EARLIER_CASES = 20;

/** The form data to store: what was entered, over what the platform knew, with the held facts on top. */
export function composeForm(
  guide: Guide,
  applicant: Applicant,
  base: Record<string, unknown>,
  entered: Record<string, unknown>,
): Record<string, unknown> {
  const form = applicationFormOf(guide, applicant.kind);
  const asked = new Set<string>(form.fields.map((f) => f.key));
  const merged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries({ ...base, ...entered })) if (asked.has(key)) merged[key] = value;
  for (const [key, value] of Object.entries(applicant.known)) if (asked.has(key)) merged[key] = value;
  return merged;
}

export async function createOnlineCase(
  deps: Deps,
  actor: Actor,
  input: OnlineApplication,
  idempotencyKey: string | undefined,
): Promise<{ id: string; created: boolean }> {
  const published = await getPublishedGuide(deps, input.implementationId);
  const { guide } = published;
  // 指标4–6: 一级 only publishes the guide online; applications start at 二级
  if (guide.maturity === 'I') throw new AppError('CONFLICT', '本事项暂未开通网上申请，请到窗口办理');
  if (!guide.channels.includes(GUIDE_CHANNEL[input.channel])) {
    throw new AppError('CONFLICT', input.channel === 'web' ? '本事项未开通网上办理' : '本事项未开通掌上办理');
  }
  const today = chinaDate(deps.now());
  let applicant: Applicant;
  let agentPersonId: string | null = null;
  if (input.authorisationId) {
    const principal = actor.personId
      ? await findActingAuthorisation(deps.db, {
          authorisationId: input.authorisationId,
          agentPersonId: actor.personId,
          baseCode: published.baseCode,
          on: today,
        })
      : null;
    if (!principal) {
      throw validationFailed([
        { field: 'authorisationId', message: '授权委托不存在、已撤销、已过期或不含本事项' },
      ]);
    }
    applicant = await applicantOf(
      deps.db,
      principal.kind === 'enterprise'
        ? { enterpriseId: principal.enterpriseId }
        : { personId: principal.personId },
    );
    agentPersonId = actor.personId;
  } else if (actor.enterpriseId) {
    applicant = await applicantOf(deps.db, { enterpriseId: actor.enterpriseId });
  } else if (actor.personId) {
    applicant = await applicantOf(deps.db, { personId: actor.personId });
  } else {
    throw forbidden('请先完成个人或企业注册');
  }
  checkAudience(guide, applicant);
  const contactMobile = applicant.mobile ?? (await accountMobile(deps, actor)) ?? '';
  const formData = composeForm(
    guide,
    applicant,
    { ...(await earlierAnswers(deps, applicant)), ...mobileField(applicant.kind, contactMobile) },
    input.formData ?? {},
  );
  return insertCase(deps, published, {
    actor,
    applicant,
    agentPersonId,
    authorisationId: input.authorisationId ?? null,
    channel: input.channel,
    contactMobile,
    formData,
    draft: input,
    idempotencyKey,
  });
}

export async function createWindowCase(
  deps: Deps,
  actor: Actor,
  input: WindowApplication,
  idempotencyKey: string | undefined,
): Promise<{ id: string; created: boolean }> {
  const published = await getPublishedGuide(deps, input.implementationId);
  if (
    !inScope(
      { regionCode: actor.regionCode, orgId: actor.orgId },
      { regionCode: published.region.code, orgId: published.org.id },
    )
  ) {
    throw forbidden('该事项不在本窗口的受理范围内');
  }
  const applicant = await applicantOf(deps.db, input.applicant);
  checkAudience(published.guide, applicant);
  const formData = composeForm(
    published.guide,
    applicant,
    mobileField(applicant.kind, input.contactMobile),
    input.formData ?? {},
  );
  const form = applicationFormOf(published.guide, applicant.kind);
  const problems = [
    ...validateForm(form, formData, { now: deps.now() }).map((e) => ({
      field: `formData.${e.field}`,
      message: e.message,
    })),
    ...deliveryProblems(
      { deliveryPreference: input.deliveryPreference ?? null, postalAddress: input.postalAddress ?? null },
      published.guide,
    ),
  ];
  if (problems.length > 0) throw validationFailed(problems, '申请表未通过校验');
  return insertCase(deps, published, {
    actor,
    applicant,
    agentPersonId: null,
    authorisationId: null,
    channel: 'window',
    contactMobile: input.contactMobile,
    formData,
    draft: input,
    idempotencyKey,
  });
}

export function mobileField(kind: Applicant['kind'], mobile: string): Record<string, string> {
  if (!mobile) return {};
  return kind === 'person' ? { 'applicant.mobile': mobile } : { 'enterprise.contactMobile': mobile };
}

function checkAudience(guide: Guide, applicant: Applicant): void {
  const audience = applicant.kind === 'person' ? 'person' : 'legal_person';
  if (!guide.audience.includes(audience)) {
    throw new AppError(
      'CONFLICT',
      applicant.kind === 'person' ? '本事项只面向法人办理' : '本事项只面向自然人办理',
    );
  }
}

export async function accountMobile(deps: Deps, actor: Actor): Promise<string | null> {
  const [row] = await deps.db.select({ mobile: users.mobile }).from(users).where(eq(users.id, actor.userId));
  return row?.mobile ?? null;
}

interface NewCase {
  actor: Actor;
  applicant: Applicant;
  agentPersonId: string | null;
  authorisationId: string | null;
  channel: IntakeChannel;
  contactMobile: string;
  formData: Record<string, unknown>;
  draft: DraftInput;
  idempotencyKey: string | undefined;
  bundleCaseId?: string;
}

async function insertCase(
  deps: Deps,
  published: PublishedGuideView,
  c: NewCase,
): Promise<{ id: string; created: boolean }> {
  const calendar = await workingCalendar(deps);
  const state = intakeState(c.channel);
  const now = deps.now();
  const received = state === 'submitted';
  if (c.idempotencyKey) {
    // a repeated request is answered before anything is taken or written (a race is settled by the unique
    // index below)
    const existing = await findByKey(deps.db, c.actor.userId, c.idempotencyKey);
    if (existing) return { id: existing, created: false };
  }
  // The number is taken in its own statement before the transaction: the counter row of the region and day
  // is then locked for that one statement, not until the case is written. Inside the transaction every
  // window of a hall queued behind it (issue 3 throughput, docs/BENCHMARKS.md). A transaction that fails
  // afterwards leaves a gap in the day's sequence; numbers stay unique and increasing.
  const caseNumber = received ? await nextCaseNumber(deps.db, published.region.code, now) : null;
  const { values, link } = newCaseRow(published, c, { state, caseNumber, now, calendar });
  const caseRow = deps.db.insert(cases).values(values);
  // One statement writes the case and its first event: atomic without BEGIN/COMMIT, and three round trips
  // fewer per intake than a transaction of two inserts (issue 3 throughput, docs/BENCHMARKS.md "办件引擎").
  try {
    await writeWithLink(deps.db, caseRow, link);
    return { id: values.id, created: true };
  } catch (error) {
    // the same key sent twice at once: the loser of the unique index reads the winner's case
    if (c.idempotencyKey && isUniqueViolation(error)) {
      const existing = await findByKey(deps.db, c.actor.userId, c.idempotencyKey);
      if (existing) return { id: existing, created: false };
    }
    throw error;
  }
}

/** The row of a new case and the first link of its event chain, computed before the insert. */
function newCaseRow(
  published: PublishedGuideView,
  c: NewCase,
  at: { state: 'draft' | 'submitted'; caseNumber: string | null; now: Date; calendar: WorkingCalendar },
) {
  const { guide } = published;
  const { state, caseNumber, now, calendar } = at;
  const id = randomUUID();
  // the first link of the chain is computed before the insert, so the row carries its head from the start
  const link = nextLink(
    { id, eventCount: 0, lastEventHash: null },
    {
      at: now,
      actorId: c.actor.userId,
      actorRole: creatorRole(c.actor, c),
      action: 'create',
      fromState: null,
      toState: state,
      comment: null,
      payload: {
        channel: c.channel,
        caseNumber,
        versionId: published.versionId,
        ...(c.bundleCaseId ? { bundleCaseId: c.bundleCaseId } : {}),
      },
    },
  );
  const values = {
    id,
    caseNumber,
    implementationId: published.id,
    versionId: published.versionId,
    itemName: guide.name,
    orgId: published.org.id,
    regionCode: published.region.code,
    state,
    channel: c.channel,
    applicantKind: c.applicant.kind,
    applicantPersonId: c.applicant.personId,
    applicantEnterpriseId: c.applicant.enterpriseId,
    applicantName: c.applicant.name,
    contactMobile: c.contactMobile,
    filedBy: c.actor.userId,
    agentPersonId: c.agentPersonId,
    authorisationId: c.authorisationId,
    idempotencyKey: c.idempotencyKey ?? null,
    formData: c.formData,
    situation: c.draft.situation ?? {},
    legalLimit: guide.legalLimit,
    promisedLimit: guide.promisedLimit,
    instant: guide.instant,
    maturity: guide.maturity,
    deliveryPreference: c.draft.deliveryPreference ?? null,
    postalAddress: c.draft.postalAddress ?? null,
    bundleCaseId: c.bundleCaseId ?? null,
    isDemo: published.isDemo,
    ...(state === 'submitted'
      ? { receivedAt: now, correctionDue: calendar.addWorkdays(chinaDate(now), 5) }
      : {}),
    eventCount: link.head.eventCount,
    lastEventHash: link.head.lastEventHash,
    createdAt: now,
    updatedAt: now,
  } satisfies typeof cases.$inferInsert;
  return { values, link };
}

/** 一件事: one member case of a bundle case, filed in the bundle's transaction. */
export interface MemberCase {
  published: PublishedGuideView;
  /** the bundle's form data; each member keeps the keys its own form asks */
  formData: Record<string, unknown>;
  situation: Record<string, string[]>;
  /** draft: online before submission, or waiting for a member it depends on; submitted: window intake */
  state: 'draft' | 'submitted';
  caseNumber: string | null;
}

/**
 * Writes the member cases of one bundle case (each with its first event) inside the caller's transaction, in one
 * statement. The applicant and channel are the bundle's; delivery is the bundle's output.
 */
export async function insertMemberCases(
  tx: Tx,
  deps: Deps,
  calendar: WorkingCalendar,
  bundle: {
    id: string;
    actor: Actor;
    applicant: Applicant;
    channel: IntakeChannel;
    contactMobile: string;
    deliveryPreference: DraftInput['deliveryPreference'];
    postalAddress: string | null;
  },
  members: readonly MemberCase[],
): Promise<string[]> {
  const now = deps.now();
  const rows: ReturnType<typeof newCaseRow>['values'][] = [];
  const links: ReturnType<typeof newCaseRow>['link'][] = [];
  for (const m of members) {
    checkAudience(m.published.guide, bundle.applicant);
    const c: NewCase = {
      actor: bundle.actor,
      applicant: bundle.applicant,
      agentPersonId: null,
      authorisationId: null,
      channel: bundle.channel,
      contactMobile: bundle.contactMobile,
      formData: composeForm(m.published.guide, bundle.applicant, {}, m.formData),
      draft: {
        situation: m.situation,
        ...(bundle.deliveryPreference ? { deliveryPreference: bundle.deliveryPreference } : {}),
        ...(bundle.postalAddress ? { postalAddress: bundle.postalAddress } : {}),
      },
      idempotencyKey: undefined,
      bundleCaseId: bundle.id,
    };
    const { values, link } = newCaseRow(m.published, c, {
      state: m.state,
      caseNumber: m.caseNumber,
      now,
      calendar,
    });
    rows.push(values);
    links.push(link);
  }
  // every member case and its first event in one statement (docs/BENCHMARKS.md "一件事")
  if (rows.length > 0) await writeWithLinks(tx, tx.insert(cases).values(rows), links);
  return rows.map((r) => r.id);
}

function creatorRole(actor: Actor, row: Pick<CaseRow, 'agentPersonId'>): string {
  if (actor.kind === 'staff')
    return (
      actor.roles.find((r) => r === 'window_clerk' || r === 'chief_representative' || r === 'proxy_agent') ??
      actor.roles[0] ??
      'staff'
    );
  return row.agentPersonId ? 'agent' : 'applicant';
}

async function findByKey(db: Deps['db'] | Tx, userId: string, key: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.filedBy, userId), eq(cases.idempotencyKey, key)));
  return row?.id;
}

export function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    if ((e as { code?: unknown }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Saves a draft, or the answers to a correction notice; the held identity facts stay as they are. */
export async function saveDraft(deps: Deps, actor: Actor, caseId: string, input: DraftInput): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await lockCase(tx, caseId);
    if (!row) throw notFound('办件');
    const relation = relationTo(actor, row);
    if (relation.kind !== 'party') throw notFound('办件');
    if (row.state !== 'draft' && row.state !== 'awaiting_correction') {
      throw new AppError('INVALID_TRANSITION', '办件已提交，不能再修改申请内容');
    }
    const guide = await getFiledVersionGuide(deps, row.versionId, tx);
    const applicant = await applicantOf(
      tx,
      row.applicantKind === 'enterprise'
        ? { enterpriseId: row.applicantEnterpriseId ?? '' }
        : { personId: row.applicantPersonId ?? '' },
    );
    await updateCase(tx, row.id, {
      formData: composeForm(guide, applicant, row.formData, withoutMasked(input.formData ?? {})),
      ...(input.situation ? { situation: input.situation } : {}),
      ...(input.deliveryPreference ? { deliveryPreference: input.deliveryPreference } : {}),
      ...(input.postalAddress !== undefined ? { postalAddress: input.postalAddress } : {}),
      updatedAt: deps.now(),
    });
  });
}

/** Masked values sent back unchanged (e.g. "1502**********1234") mean "keep what is stored". */
export function withoutMasked(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([, v]) => !(typeof v === 'string' && v.includes('*'))),
  );
}
