import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { backupSqlite, backupTimestamp } from "../../src/store/backup";
import { openDatabase } from "../../src/store/database";
import { touchUser, getUser } from "../../src/store/repos/users";
import { sessionKeyMentions } from "../../src/store/repos/privacy";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("SQLite backup", () => {
  it("copies a live database (WAL content included) to a timestamped file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-backup-"));
    dirs.push(dir);
    const source = join(dir, "live.db");
    const store = await openDatabase({ sqlitePath: source });
    try {
      await touchUser(store.db, 123, { language: "en" });
      const dest = await backupSqlite(source, join(dir, "backups"), new Date("2026-11-24T10:05:03.123Z"));
      expect(dest).toBe(join(dir, "backups", "tanyajamsos-2026-11-24T10-05-03Z.db"));
      expect(existsSync(dest)).toBe(true);
      const copy = await openDatabase({ sqlitePath: dest, migrate: false });
      try {
        expect((await getUser(copy.db, 123))?.language).toBe("en");
      } finally {
        await copy.close();
      }
    } finally {
      await store.close();
    }
  });

  it("names backups so they sort by time", () => {
    expect(backupTimestamp(new Date("2026-01-02T03:04:05.678Z"))).toBe("2026-01-02T03-04-05Z");
  });
});

describe("SQLite connection", () => {
  it("uses WAL, foreign keys, a busy timeout and synchronous=NORMAL", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-pragma-"));
    dirs.push(dir);
    const store = await openDatabase({ sqlitePath: join(dir, "p.db") });
    try {
      const one = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(store.db)).rows[0] as object)[0];
      expect(await one("journal_mode")).toBe("wal");
      expect(await one("foreign_keys")).toBe(1);
      expect(await one("busy_timeout")).toBe(5000);
      expect(await one("synchronous")).toBe(1);
      expect(store.dialect).toBe("sqlite");
    } finally {
      await store.close();
    }
  });
});

describe("session keys of a chat", () => {
  it("match the whole id only", () => {
    expect(sessionKeyMentions("123", 123)).toBe(true);
    expect(sessionKeyMentions("conv:123", 123)).toBe(true);
    expect(sessionKeyMentions("123:456", 123)).toBe(true);
    expect(sessionKeyMentions("1234", 123)).toBe(false);
    expect(sessionKeyMentions("0123", 123)).toBe(false);
    expect(sessionKeyMentions("-123", 123)).toBe(false);
    expect(sessionKeyMentions("-100123", -100123)).toBe(true);
    expect(sessionKeyMentions("x:-100123", -100123)).toBe(true);
  });
});
