import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { implementations } from '../catalog/catalog.tables.ts';

/** Denormalised search document of the published version of each implementation. */
export const searchDocs = pgTable(
  'search_docs',
  {
    implementationId: uuid('implementation_id')
      .primaryKey()
      .references(() => implementations.id),
    name: text('name').notNull(),
    orgName: text('org_name').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    orgId: uuid('org_id').notNull(),
    itemType: text('item_type').notNull(),
    audience: text('audience').array().notNull(),
    themes: text('themes').array().notNull(),
    maturity: text('maturity').notNull(),
    channels: text('channels').array().notNull(),
    /** words, character bigrams and synonyms of the name, keywords and department */
    tokens: text('tokens').array().notNull(),
    pinyin: text('pinyin').notNull(),
    initials: text('initials').notNull(),
    popularity: integer('popularity').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // searches run on the in-memory index; the table is read whole at start and by updated_at afterwards
  (t) => [index('search_docs_updated_idx').on(t.updatedAt)],
);

/** Queries that found nothing, for catalogue editors (issue: zero-result queries logged). */
export const searchMisses = pgTable('search_misses', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  query: text('query').notNull(),
  filters: jsonb('filters').$type<Record<string, unknown>>().notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});
