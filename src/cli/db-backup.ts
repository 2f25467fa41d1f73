/**
 * npm run db:backup — online, consistent copy of the SQLite database to
 * data/backups/tanyajamsos-<timestamp>.db (BACKUP_DIR overrides the folder).
 * With DATABASE_URL set (PostgreSQL) it refuses: use pg_dump.
 */
import { existsSync } from "node:fs";
import { config as loadDotenv } from "dotenv";
import { backupSqlite } from "../store/backup";
import { DEFAULT_SQLITE_PATH } from "../store/database";

loadDotenv({ quiet: true });

async function main(): Promise<number> {
  if (process.env.DATABASE_URL?.trim()) {
    console.error("DATABASE_URL is set: this is PostgreSQL. Back it up with pg_dump, e.g. pg_dump -Fc \"$DATABASE_URL\" > tanyajamsos.dump");
    return 1;
  }
  const sqlitePath = process.env.SQLITE_PATH?.trim() || DEFAULT_SQLITE_PATH;
  if (!existsSync(sqlitePath)) {
    console.error(`No SQLite database at ${sqlitePath}; nothing to back up.`);
    return 1;
  }
  const dest = await backupSqlite(sqlitePath, process.env.BACKUP_DIR?.trim() || "data/backups");
  console.log(dest);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
