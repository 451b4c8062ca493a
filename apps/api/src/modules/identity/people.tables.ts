import { index, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { files } from '../documents/documents.tables.ts';

/**
 * 自然人: one row per person the platform knows, with or without an account (a window clerk records walk-in
 * applicants). The ID number is stored once, here; presenters mask it and the full value is read only through
 * the audited call (CONVENTIONS.md "Personal data").
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    idNumber: varchar('id_number', { length: 18 }).notNull().unique(),
    mobile: varchar('mobile', { length: 11 }),
    /** how the identity was checked: 'checksum' (GB 11643 only) until a public-security adapter is connected */
    realNameMode: text('real_name_mode', { enum: ['checksum', 'public_security'] }).notNull(),
    realNameCheckedAt: timestamp('real_name_checked_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('persons_mobile_idx').on(t.mobile)],
);

/** 法人及其他组织, identified by the unified social credit code (GB 32100). */
export const enterprises = pgTable('enterprises', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  creditCode: varchar('credit_code', { length: 18 }).notNull().unique(),
  legalRepPersonId: uuid('legal_rep_person_id')
    .notNull()
    .references(() => persons.id),
  address: text('address'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * 授权委托: an agent person may act for a principal (a person or an enterprise) within a scope and a validity
 * period, on a recorded power of attorney (委托书, 行政许可法 第二十九条 委托代理人).
 */
export const authorisations = pgTable(
  'authorisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    principalPersonId: uuid('principal_person_id').references(() => persons.id),
    principalEnterpriseId: uuid('principal_enterprise_id').references(() => enterprises.id),
    agentPersonId: uuid('agent_person_id')
      .notNull()
      .references(() => persons.id),
    /** base item codes the agent may apply for; empty = every item */
    scope: text('scope').array().notNull(),
    validFrom: varchar('valid_from', { length: 10 }).notNull(),
    validTo: varchar('valid_to', { length: 10 }).notNull(),
    letterSha256: varchar('letter_sha256', { length: 64 }).references(() => files.sha256),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [
    index('authorisations_agent_idx').on(t.agentPersonId),
    // one of the two principals is always null: NULLS NOT DISTINCT makes the pair unique all the same
    unique('authorisations_once')
      .on(t.principalPersonId, t.principalEnterpriseId, t.agentPersonId, t.validFrom)
      .nullsNotDistinct(),
  ],
);
