import { boolean, index, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';

/** GB/T 2260 region tree (12-digit statistical codes), village level added by administrators. */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    name: text('name').notNull(),
    parentCode: varchar('parent_code', { length: 12 }),
    level: text('level', { enum: ['province', 'city', 'county', 'township', 'village'] }).notNull(),
    /** codes with 7x in positions 5–6 are statistical-only zones, not administrative divisions (domain-facts §7) */
    statisticalOnly: boolean('statistical_only').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by'),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);
