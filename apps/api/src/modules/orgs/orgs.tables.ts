import { boolean, index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { regions } from '../regions/regions.tables.ts';

/** Departments, service centres and public utilities, each in a region. */
export const orgs = pgTable(
  'orgs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** stable short key used by imports and seeds, e.g. "hlbe-fgw" */
    key: text('key').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['government_department', 'service_centre', 'public_utility'] }).notNull(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    creditCode: varchar('credit_code', { length: 18 }).unique(),
    phone: text('phone'),
    address: text('address'),
    /** demo data is labelled 示例 and never mistaken for real contact data */
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('orgs_region_idx').on(t.regionCode)],
);
