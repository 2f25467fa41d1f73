/**
 * The storage suite against SQLite (a temporary file per test) and against PostgreSQL
 * (a freshly created schema per test, dropped afterwards). PostgreSQL runs when
 * TEST_DATABASE_URL is set — and then fails, not skips, when the server cannot be reached.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropSchema } from "../helpers/pg-schema";
import { openDatabase } from "../../src/store/database";
import { defineStorageSuite } from "./storage-suite";

defineStorageSuite(
  "SQLite",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-store-"));
    const sqlitePath = join(dir, "nested", "test.db"); // the folder is created on open
    return {
      open: (options) => openDatabase({ sqlitePath, ...options }),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  { multiInstance: false },
);

const url = process.env.TEST_DATABASE_URL?.trim();

if (url) {
  defineStorageSuite(
    "PostgreSQL",
    async () => {
      const schema = `tj_test_${process.pid}_${randomBytes(4).toString("hex")}`;
      return {
        schema,
        open: (options) => openDatabase({ databaseUrl: url, schema, poolSize: 4, ...options }),
        dispose: async () => {
          await dropSchema(url, schema);
        },
      };
    },
    { multiInstance: true },
  );
} else {
  console.log("PostgreSQL suite not run: TEST_DATABASE_URL is unset");
}
