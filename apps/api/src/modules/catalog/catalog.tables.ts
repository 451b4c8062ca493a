import type { Guide } from '@msb/contracts';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { regions } from '../regions/regions.tables.ts';

/** 基本目录: one row per base item (主项 or 子项); shared by every implementation of it. */
export const baseItems = pgTable('base_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  itemType: text('item_type').notNull(),
  basis: text('basis').notNull(),
  competentDept: text('competent_dept').notNull(),
  parentId: uuid('parent_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 实施清单: one row per implementing department and region. Its guide lives in versions. */
export const implementations = pgTable(
  'implementations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    baseItemId: uuid('base_item_id')
      .notNull()
      .references(() => baseItems.id),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    publishedVersionId: uuid('published_version_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    /** label of a deliberately flawed demo item (示例 · 缺陷), so the scorecard has findings */
    demoFlaw: text('demo_flaw'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('impl_base_idx').on(t.baseItemId),
    index('impl_org_idx').on(t.orgId),
    index('impl_region_idx').on(t.regionCode),
  ],
);

export const VERSION_STATUSES = ['draft', 'in_review', 'published', 'superseded'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** A published version is immutable (a trigger refuses changes to its guide); cases point at it. */
export const implementationVersions = pgTable(
  'implementation_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    implementationId: uuid('implementation_id')
      .notNull()
      .references(() => implementations.id),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: VERSION_STATUSES }).notNull(),
    guide: jsonb('guide').$type<Guide>().notNull(),
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
  (t) => [
    unique('impl_version_no_uq').on(t.implementationId, t.versionNo),
    index('impl_version_status_idx').on(t.status),
  ],
);
