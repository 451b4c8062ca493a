import type {
  BundleAnswers,
  BundleDefinition,
  BundleExtensionView,
  BundleOutputMode,
  TimeLimit,
} from '@msb/contracts';
import {
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
import { cases } from '../cases/cases.tables.ts';
import { VERSION_STATUSES } from '../catalog/catalog.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { enterprises, persons } from '../identity/people.tables.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { regions } from '../regions/regions.tables.ts';
import { BUNDLE_INTAKE_STATES } from './domain/bundle-status.ts';

/** An extension as stored: what the view shows, and who recorded it. */
export type BundleExtension = BundleExtensionView & { recordedBy: string };

/** 一件事: one bundle per region; its definition lives in versions, like a catalogue implementation's guide. */
export const bundles = pgTable(
  'bundles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    publishedVersionId: uuid('published_version_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bundles_region_idx').on(t.regionCode)],
);

/** draft → in_review → published (→ superseded), as catalogue versions; a published definition never changes. */
export const bundleVersions = pgTable(
  'bundle_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bundleId: uuid('bundle_id')
      .notNull()
      .references(() => bundles.id),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: VERSION_STATUSES }).notNull(),
    definition: jsonb('definition').$type<BundleDefinition>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewComment: text('review_comment'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [unique('bundle_version_no_uq').on(t.bundleId, t.versionNo)],
);

/**
 * 一件事办件: one application for a bundle. Its members are ordinary cases (the one case engine); this row holds
 * what is asked and decided once for all of them: the answers, the one form, the one acceptance, the bundle's
 * own due date and how the results come out.
 */
export const bundleCases = pgTable(
  'bundle_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** given on submission, like a case's; an online draft has none yet */
    caseNumber: text('case_number').unique(),
    bundleId: uuid('bundle_id')
      .notNull()
      .references(() => bundles.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => bundleVersions.id),
    bundleName: text('bundle_name').notNull(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    leadOrgId: uuid('lead_org_id')
      .notNull()
      .references(() => orgs.id),
    /** one-stop intake: (draft →) submitted → (awaiting_correction → submitted) → accepted, or refused / withdrawn */
    intakeState: text('intake_state', { enum: BUNDLE_INTAKE_STATES }).notNull(),
    channel: text('channel').notNull(),
    applicantKind: text('applicant_kind', { enum: ['person', 'enterprise'] }).notNull(),
    applicantPersonId: uuid('applicant_person_id').references(() => persons.id),
    applicantEnterpriseId: uuid('applicant_enterprise_id').references(() => enterprises.id),
    applicantName: text('applicant_name').notNull(),
    contactMobile: varchar('contact_mobile', { length: 11 }).notNull(),
    filedBy: uuid('filed_by')
      .notNull()
      .references(() => users.id),
    idempotencyKey: text('idempotency_key'),
    answers: jsonb('answers').$type<BundleAnswers>().notNull(),
    formData: jsonb('form_data').$type<Record<string, unknown>>().notNull(),
    outputMode: text('output_mode').$type<BundleOutputMode>().notNull(),
    postalAddress: text('postal_address'),
    promisedLimit: jsonb('promised_limit').$type<TimeLimit>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** the one correction notice for the whole bundle (行政许可法 第三十二条: 一次告知) */
    correctionItems: jsonb('correction_items').$type<{ memberKey: string; items: string[] }[]>(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedOn: date('accepted_on'),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    promisedDue: date('promised_due'),
    /** 行政许可法 第四十二条第二款: the promise extended with the approval of the government's head */
    extensions: jsonb('extensions').$type<BundleExtension[]>().notNull().default([]),
    refusalReasons: text('refusal_reasons'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('bundle_cases_idempotency').on(t.filedBy, t.idempotencyKey),
    index('bundle_cases_person_idx').on(t.applicantPersonId, t.createdAt),
    index('bundle_cases_enterprise_idx').on(t.applicantEnterpriseId, t.createdAt),
    index('bundle_cases_lead_idx').on(t.leadOrgId, t.promisedDue),
    index('bundle_cases_region_idx').on(t.regionCode, t.receivedAt),
  ],
);

/** A member case of a bundle case. A member that depends on another waits (held) until that one is approved. */
export const bundleCaseMembers = pgTable(
  'bundle_case_members',
  {
    bundleCaseId: uuid('bundle_case_id')
      .notNull()
      .references(() => bundleCases.id),
    memberKey: text('member_key').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id),
    position: integer('position').notNull(),
    dependsOn: jsonb('depends_on').$type<string[]>().notNull(),
    /** waiting for the members it depends on; released (submitted and accepted) once they are approved */
    held: boolean('held').notNull(),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    /** the result handed over / posted with the others (统一出件) */
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.bundleCaseId, t.memberKey] })],
);
