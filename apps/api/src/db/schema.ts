// Every module's tables, for drizzle-kit and the typed database handle. Each module owns its own.

export * from '../modules/bundles/bundles.tables.ts';
export * from '../modules/calendar/calendar.tables.ts';
export * from '../modules/cases/case-obligations.tables.ts';
export * from '../modules/cases/cases.tables.ts';
export * from '../modules/catalog/catalog.tables.ts';
export * from '../modules/documents/documents.tables.ts';
export * from '../modules/identity/identity.tables.ts';
export * from '../modules/identity/people.tables.ts';
export * from '../modules/messages/messages.tables.ts';
export * from '../modules/orgs/orgs.tables.ts';
export * from '../modules/regions/regions.tables.ts';
export * from '../modules/search/search.tables.ts';
export * from '../platform/audit.tables.ts';
export * from '../platform/outbox.tables.ts';
