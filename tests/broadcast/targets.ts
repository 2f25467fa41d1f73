/**
 * Database targets for the broadcast tests, like tests/store/storage.test.ts: SQLite (a temp
 * file per test) always; PostgreSQL (a fresh schema per test, dropped afterwards) when
 * TEST_DATABASE_URL is set — and then an unreachable server FAILS the tests, it does not skip them.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropSchema } from "../helpers/pg-schema";
import { afterEach, beforeEach } from "vitest";
import { openDatabase, type Store } from "../../src/store/database";
import { createHarness, type Harness } from "../helpers/harness";

export interface BroadcastTarget {
  /** Opens another Store (own connection / pool) on this target's database. */
  open(): Promise<Store>;
  /** How a child process (worker-child.ts) reaches this database. */
  childEnv: Record<string, string>;
  dispose(): Promise<void>;
}

export interface EngineDef {
  name: "SQLite" | "PostgreSQL";
  /** Two stores may write concurrently (PostgreSQL). */
  multiInstance: boolean;
  makeTarget(): Promise<BroadcastTarget>;
}

const sqliteEngine: EngineDef = {
  name: "SQLite",
  multiInstance: false,
  makeTarget: async () => {
    const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-broadcast-"));
    const sqlitePath = join(dir, "broadcast.db");
    return {
      childEnv: { BC_SQLITE: sqlitePath },
      open: () => openDatabase({ sqlitePath }),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

function postgresEngine(url: string): EngineDef {
  return {
    name: "PostgreSQL",
    multiInstance: true,
    makeTarget: async () => {
      const schema = `tj_bc_${process.pid}_${randomBytes(4).toString("hex")}`;
      return {
        childEnv: { BC_DATABASE_URL: url, BC_SCHEMA: schema },
        open: () => openDatabase({ databaseUrl: url, schema, poolSize: 4 }),
        dispose: async () => {
          await dropSchema(url, schema);
        },
      };
    },
  };
}

/** The engines to run on; logs one line when PostgreSQL is not configured. */
export function engines(file: string): EngineDef[] {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) {
    console.log(`${file}: PostgreSQL broadcast tests not run: TEST_DATABASE_URL is unset`);
    return [sqliteEngine];
  }
  return [sqliteEngine, postgresEngine(url)];
}

/** A fresh store on the engine for each test of the describe block, disposed after it. */
export function storePerTest(engine: EngineDef): () => Store {
  let target: BroadcastTarget | undefined;
  let store: Store | undefined;
  beforeEach(async () => {
    target = await engine.makeTarget();
    store = await target.open();
  });
  afterEach(async () => {
    await store?.close();
    await target?.dispose();
  });
  return () => store!;
}

/** The whole app over a fresh store on the engine for each test of the describe block (with `env`), closed after it. */
export function harnessPerTest(engine: EngineDef, env: Record<string, string>): () => Harness {
  const openStore = storePerTest(engine);
  let h: Harness | undefined;
  beforeEach(async () => {
    h = await createHarness({ store: openStore(), env });
  });
  // registered after storePerTest's: with vitest's stacked hooks, the app closes before its store
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  return () => h!;
}
