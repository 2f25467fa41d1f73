/**
 * npm run db:migrate — applies pending migrations to DATABASE_URL (PostgreSQL) or, when it
 * is unset, to the SQLite file at SQLITE_PATH (default data/tanyajamsos.db).
 */
import { config as loadDotenv } from "dotenv";
import { DEFAULT_SQLITE_PATH, appliedMigrations, migrateToLatest, openDatabase } from "../store/database";

loadDotenv({ quiet: true });

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
  const sqlitePath = process.env.SQLITE_PATH?.trim() || DEFAULT_SQLITE_PATH;
  const store = await openDatabase({ databaseUrl, sqlitePath, migrate: false });
  try {
    const target = store.dialect === "postgres" ? "PostgreSQL (DATABASE_URL)" : `SQLite ${sqlitePath}`;
    const applied = await migrateToLatest(store.db);
    if (applied.length === 0) console.log(`${target}: up to date, no migration to apply.`);
    else for (const name of applied) console.log(`${target}: applied ${name}`);
    const all = await appliedMigrations(store.db);
    console.log(`${all.length} migration(s) applied in total; latest ${all.at(-1) ?? "(none)"}.`);
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
