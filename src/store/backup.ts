/** Consistent online backup of the SQLite file (safe while the bot runs: SQLite's backup API). */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";

/** 2026-11-24T10-05-03Z — file-name safe, sorts by time. */
export function backupTimestamp(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");
}

/** Copies `sqlitePath` to `<backupDir>/tanyajamsos-<timestamp>.db` and returns that path. */
export async function backupSqlite(sqlitePath: string, backupDir: string, now: Date = new Date()): Promise<string> {
  mkdirSync(resolve(backupDir), { recursive: true });
  const dest = join(backupDir, `tanyajamsos-${backupTimestamp(now)}.db`);
  const source = new BetterSqlite3(sqlitePath, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(dest);
  } finally {
    source.close();
  }
  return dest;
}
