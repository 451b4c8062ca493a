import type { TimeLimit } from '@msb/contracts';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { implementations, implementationVersions } from '../catalog/catalog.tables.ts';
import { files } from '../documents/documents.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { authorisations, enterprises, persons } from '../identity/people.tables.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { regions } from '../regions/regions.tables.ts';
import type { ClockExtension, ClockPause } from './domain/deadline.ts';
import type { CaseState } from './domain/transitions.ts';

/** Pauses (第四十五条 special procedures) and extensions (第四十二条) that move a case's due dates. */
export interface CaseClockRecord {
  pauses: (ClockPause & { name?: string })[];
  extensions: ClockExtension[];
}

/** 办件: one application for one item version, whatever the channel it came through. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** given on submission (or window intake): region code + date + sequence; a draft has none yet */
    caseNumber: text('case_number').unique(),
    implementationId: uuid('implementation_id')
      .notNull()
      .references(() => implementations.id),
    /** the published version the case was filed under; it never changes under the case */
    versionId: uuid('version_id')
      .notNull()
      .references(() => implementationVersions.id),
    itemName: text('item_name').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    state: text('state').$type<CaseState>().notNull(),
    channel: text('channel').notNull(),
    applicantKind: text('applicant_kind', { enum: ['person', 'enterprise'] }).notNull(),
    applicantPersonId: uuid('applicant_person_id').references(() => persons.id),
    applicantEnterpriseId: uuid('applicant_enterprise_id').references(() => enterprises.id),
    applicantName: text('applicant_name').notNull(),
    /** the phone that, with the case number, opens progress lookup */
    contactMobile: varchar('contact_mobile', { length: 11 }).notNull(),
    /** the account that filed it: the applicant, an agent, or the window clerk */
    filedBy: uuid('filed_by')
      .notNull()
      .references(() => users.id),
    agentPersonId: uuid('agent_person_id').references(() => persons.id),
    authorisationId: uuid('authorisation_id').references(() => authorisations.id),
    idempotencyKey: text('idempotency_key'),
    formData: jsonb('form_data').$type<Record<string, unknown>>().notNull().default({}),
    situation: jsonb('situation').$type<Record<string, string[]>>().notNull().default({}),
    assigneeId: uuid('assignee_id').references(() => users.id),
    stepIndex: integer('step_index').notNull().default(0),
    /** the day the current process step started, for its own limit and escalation */
    stepStartedOn: date('step_started_on'),
    /** the item's limits as filed (snapshot of the version's guide), so clocks need no guide lookup */
    legalLimit: jsonb('legal_limit').$type<TimeLimit>().notNull(),
    promisedLimit: jsonb('promised_limit').$type<TimeLimit>().notNull(),
    /** 即办件 / 收件即受理 / maturity of the version filed under */
    instant: boolean('instant').notNull().default(false),
    maturity: text('maturity').notNull(),
    /** how the applicant asked to receive the result: window, post (with address) or download */
    deliveryPreference: text('delivery_preference'),
    postalAddress: text('postal_address'),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** 第三十二条: the last day a correction notice may be issued (5 working days after receipt) */
    correctionDue: date('correction_due'),
    /** the day the one correction notice was issued (第三十二条: 一次告知) */
    correctionNoticeOn: date('correction_notice_on'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedOn: date('accepted_on'),
    /** 第三十二条第一款第（四）项: no correction notice in time, so accepted from receipt */
    deemedAccepted: boolean('deemed_accepted').notNull().default(false),
    legalDue: date('legal_due'),
    promisedDue: date('promised_due'),
    originalLegalDue: date('original_legal_due'),
    originalPromisedDue: date('original_promised_due'),
    pausedWorkdays: integer('paused_workdays').notNull().default(0),
    clock: jsonb('clock').$type<CaseClockRecord>().notNull().default({ pauses: [], extensions: [] }),
    decision: text('decision', { enum: ['approved', 'denied'] }),
    decisionReasons: text('decision_reasons'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    deliveryMethod: text('delivery_method'),
    delivery: jsonb('delivery').$type<Record<string, unknown>>(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    eventCount: integer('event_count').notNull().default(0),
    lastEventHash: varchar('last_event_hash', { length: 64 }),
    /**
     * 一件事: the bundle case this case is a member of (bundles module, bundle_case_members holds the link with
     * its foreign keys); null for a case filed on its own
     */
    bundleCaseId: uuid('bundle_case_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_bundle_idx').on(t.bundleCaseId),
    unique('cases_idempotency').on(t.filedBy, t.idempotencyKey),
    index('cases_person_idx').on(t.applicantPersonId, t.createdAt),
    index('cases_enterprise_idx').on(t.applicantEnterpriseId, t.createdAt),
    index('cases_filed_by_idx').on(t.filedBy, t.createdAt),
    // work lists: partial indexes keep each queue small however many cases are closed
    index('cases_backoffice_queue_idx')
      .on(t.orgId, t.promisedDue)
      .where(sql`state in ('accepted', 'in_review', 'special_procedure')`),
    index('cases_window_queue_idx')
      .on(t.regionCode, t.receivedAt)
      .where(sql`state in ('submitted', 'awaiting_correction')`),
    index('cases_output_queue_idx')
      .on(t.regionCode, t.decidedAt)
      .where(sql`state in ('approved', 'denied', 'result_issued')`),
    index('cases_assignee_idx').on(t.assigneeId, t.promisedDue),
    // 督查: every open case of a region subtree, by due date (docs/BENCHMARKS.md "工作台")
    index('cases_supervision_queue_idx')
      .on(t.regionCode, t.promisedDue, t.acceptedAt)
      .where(
        sql`state in ('submitted', 'awaiting_correction', 'accepted', 'in_review', 'special_procedure', 'approved', 'denied', 'result_issued')`,
      ),
  ],
);

/** A material of a case: uploaded, reused from an earlier case, or a paper original checked at the window. */
export const caseMaterials = pgTable(
  'case_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** the guide material's id in the case's version */
    materialId: text('material_id').notNull(),
    name: text('name').notNull(),
    source: text('source', { enum: ['upload', 'reuse', 'paper'] }).notNull(),
    fileSha256: varchar('file_sha256', { length: 64 }).references(() => files.sha256),
    fileName: text('file_name'),
    reusedFrom: uuid('reused_from'),
    status: text('status', { enum: ['submitted', 'verified', 'rejected'] }).notNull(),
    originalSeen: boolean('original_seen').notNull().default(false),
    copies: integer('copies').notNull().default(0),
    note: text('note'),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    verifiedBy: uuid('verified_by').references(() => users.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
  },
  (t) => [index('case_materials_case_idx').on(t.caseId), index('case_materials_file_idx').on(t.fileSha256)],
);

/**
 * The case event log: one row per transition, chained by hash (DESIGN.md). Append-only — a trigger refuses
 * UPDATE and DELETE — and `npm run audit:verify` recomputes every chain.
 */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    comment: text('comment'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    prevHash: varchar('prev_hash', { length: 64 }),
    hash: varchar('hash', { length: 64 }).notNull(),
  },
  (t) => [unique('case_events_seq').on(t.caseId, t.seq)],
);

/** Case number sequences: one counter per region and day, incremented under the row lock of an upsert. */
export const caseNumberCounters = pgTable(
  'case_number_counters',
  {
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    day: varchar('day', { length: 8 }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.day] })],
);

/** Escalations already sent (a step running past its limit notifies once). */
export const caseEscalations = pgTable(
  'case_escalations',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    stepIndex: integer('step_index').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    notified: jsonb('notified').$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.stepIndex] })],
);
