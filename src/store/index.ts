/** Persistence layer: open the database, then call repository functions with `store.db`. */
export { openDatabase, migrateToLatest, appliedMigrations, isPostgresUrl, DEFAULT_SQLITE_PATH } from "./database";
export type { Store, DialectName, OpenDatabaseOptions } from "./database";
export { createSessionStorage, dropAbandonedForms } from "./session-storage";
export type { SessionStorage, SessionStorageOptions } from "./session-storage";
export * from "./schema";
