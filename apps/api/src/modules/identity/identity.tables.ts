import { boolean, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/orgs.tables.ts';
import { regions } from '../regions/regions.tables.ts';
import { enterprises, persons } from './people.tables.ts';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  displayName: text('display_name').notNull(),
  kind: text('kind', { enum: ['staff', 'public'] }).notNull(),
  roles: text('roles').array().notNull(),
  regionCode: varchar('region_code', { length: 12 }).references(() => regions.code),
  orgId: uuid('org_id').references(() => orgs.id),
  /** public accounts: the mobile number they registered with (also their login name) */
  mobile: varchar('mobile', { length: 11 }).unique(),
  /** public accounts: the person behind the account (citizen, or the enterprise's operator) */
  personId: uuid('person_id').references(() => persons.id),
  /** enterprise accounts: the enterprise the account acts for */
  enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  disabled: boolean('disabled').notNull().default(false),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Server-side sessions; the cookie holds a random token, the table its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
