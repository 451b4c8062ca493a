import { bigint, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** Content-addressed files: the bytes live under DATA_DIR/files by SHA-256. */
export const files = pgTable('files', {
  sha256: varchar('sha256', { length: 64 }).primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mime: text('mime').notNull(),
  ext: text('ext').notNull(),
  originalName: text('original_name').notNull(),
  /** catalog_form files (blank and sample forms, result samples) are public downloads; others need authorisation */
  purpose: text('purpose', { enum: ['catalog_form', 'case_material', 'generated'] }).notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
