// Tables of the cases module for what an applicant owes after acceptance: 容缺 materials still to come, a
// signed 告知承诺 and its 事后核查, and the credit marks a broken commitment leaves. Kept apart from
// cases.tables.ts so that file stays readable; the cases module owns both.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { files } from '../documents/documents.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { enterprises, persons } from '../identity/people.tables.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { cases } from './cases.tables.ts';
import { CREDIT_MARK_KINDS } from './domain/commitment.ts';

/** A material accepted as missing (容缺受理), with its due date, reminder, supply and expiry. */
export const caseMissingMaterials = pgTable(
  'case_missing_materials',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** the guide material's id in the case's version */
    materialId: text('material_id').notNull(),
    name: text('name').notNull(),
    dueWorkdays: integer('due_workdays').notNull(),
    /** the last day to supply it (working days from acceptance, through the calendar) */
    dueOn: date('due_on').notNull(),
    /** the item's rule as it stood at acceptance */
    holdUntil: text('hold_until', { enum: ['decision', 'result'] }).notNull(),
    onExpiry: text('on_expiry', { enum: ['suspend', 'terminate'] }).notNull(),
    /** who accepted the case with it missing (null: the platform, 收件即受理) */
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    /** the reminder before the due date went out (once) */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    /** the applicant uploaded it after acceptance; it waits for a clerk's check */
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }),
    /** a clerk checked it in: it no longer holds the case back */
    suppliedAt: timestamp('supplied_at', { withTimezone: true }),
    suppliedBy: uuid('supplied_by').references(() => users.id),
    supplyNote: text('supply_note'),
    /** the due date passed without it: the case was flagged and handled as the rule said */
    expiredAt: timestamp('expired_at', { withTimezone: true }),
    expiryAction: text('expiry_action', { enum: ['suspend', 'terminate', 'flag'] }),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.materialId] }),
    index('case_missing_open_idx').on(t.dueOn).where(sql`supplied_at is null`),
  ],
);

/** A signed 告知承诺: the text as signed, the materials it stands in for, the signer and the stored PDF. */
export const caseCommitments = pgTable('case_commitments', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  text: text('text').notNull(),
  materialIds: jsonb('material_ids').$type<string[]>().notNull(),
  signerUserId: uuid('signer_user_id')
    .notNull()
    .references(() => users.id),
  /** the full name the signer typed */
  signerName: text('signer_name').notNull(),
  signerRole: text('signer_role', { enum: ['applicant', 'agent', 'window_clerk'] }).notNull(),
  /** the drawn signature (PNG), when one was drawn */
  signatureSha256: varchar('signature_sha256', { length: 64 }).references(() => files.sha256),
  /** the signed commitment as a PDF in the file store */
  pdfSha256: varchar('pdf_sha256', { length: 64 })
    .notNull()
    .references(() => files.sha256),
  signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
});

/** 事后核查 of a decision made on a commitment: one task per case, due in working days after the decision. */
export const caseVerificationTasks = pgTable(
  'case_verification_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    dueOn: date('due_on').notNull(),
    status: text('status', { enum: ['open', 'confirmed', 'false'] }).notNull(),
    findings: text('findings'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('case_verification_open_idx').on(t.orgId, t.dueOn).where(sql`status = 'open'`)],
);

/** A credit mark on an applicant (person or enterprise), e.g. a broken commitment. Append-only. */
export const creditMarks = pgTable(
  'credit_marks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectKind: text('subject_kind', { enum: ['person', 'enterprise'] }).notNull(),
    personId: uuid('person_id').references(() => persons.id),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    kind: text('kind', { enum: CREDIT_MARK_KINDS }).notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    note: text('note').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('credit_marks_person_idx').on(t.personId),
    index('credit_marks_enterprise_idx').on(t.enterpriseId),
    check(
      'credit_marks_subject',
      sql`(subject_kind = 'person' and person_id is not null and enterprise_id is null) or (subject_kind = 'enterprise' and enterprise_id is not null and person_id is null)`,
    ),
  ],
);
