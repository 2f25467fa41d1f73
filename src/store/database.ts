/**
 * Opens the database: SQLite (better-sqlite3) by default, PostgreSQL (pg Pool) when a
 * postgres:// URL is given. Migrations run at open unless `migrate: false`.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type DialectAdapter,
  type Migration,
  type MigrationProvider,
} from "kysely";
import { migrations as defaultMigrations } from "./migrations";
import { createPgChatLock, type ChatLock } from "./chat-lock";
import type { Database } from "./schema";

export type DialectName = "sqlite" | "postgres";

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /**
   * PostgreSQL: serialises one chat's updates across instances (see chat-lock.ts). Absent on
   * SQLite, where one process serves the bot and sequentialize already orders a chat's updates.
   */
  chatLock?: ChatLock;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// or postgresql:// URL; unset or empty: SQLite. */
  databaseUrl?: string;
  /** SQLite file (default data/tanyajamsos.db); ":memory:" for an in-memory database. */
  sqlitePath?: string;
  /** PostgreSQL only: schema to use (created if missing) via search_path. */
  schema?: string;
  /** Apply pending migrations at open (default true). */
  migrate?: boolean;
  /** Migrations to apply instead of the built-in list (tests). */
  migrations?: Record<string, Migration>;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** PostgreSQL: connections for the per-chat update locks (default: poolSize). */
  lockPoolSize?: number;
  /** PostgreSQL: told when a chat's lock was not taken in time and its update is handled without it. */
  onChatLockTimeout?: (chatId: number, reason: string) => void;
  /** PostgreSQL: called on errors of idle pool clients (default: ignored; the next query fails instead). */
  onPoolError?: (error: Error) => void;
}

export const DEFAULT_SQLITE_PATH = "data/tanyajamsos.db";

const PG_URL = /^postgres(ql)?:\/\//i;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const PG_INT8_OID = 20;

/**
 * SQLite supports transactional DDL, but Kysely's SqliteAdapter says it does not, which
 * would make the Migrator run migrations outside a transaction. This adapter says yes, so
 * a migration that fails half-way leaves nothing behind.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/** int8 (bigint, count(*)) as JS numbers for this pool only; everything else as pg's defaults. */
const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === PG_INT8_OID && format !== "binary") {
      return (value: string) => {
        const n = Number(value);
        if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} does not fit in a JS number`);
        return n;
      };
    }
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && PG_URL.test(url);
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Store> {
  const url = options.databaseUrl?.trim() || undefined;
  let store: Store;
  if (url === undefined) {
    store = openSqlite(options.sqlitePath ?? DEFAULT_SQLITE_PATH);
  } else if (isPostgresUrl(url)) {
    store = await openPostgres(url, options);
  } else {
    throw new Error("databaseUrl must start with postgres:// or postgresql:// (leave it unset for SQLite)");
  }
  if (options.migrate ?? true) {
    try {
      await migrateToLatest(store.db, options.migrations);
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
  }
  return store;
}

function openSqlite(path: string): Store {
  const inMemory = path === ":memory:";
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // deleted rows (a /hapusdata, an expired lead) are overwritten with zeros, not left readable in
  // free pages of the file; the cost is writing the freed pages, small for this bot's deletions
  sqlite.pragma("secure_delete = ON");
  const db = new Kysely<Database>({ dialect: new TransactionalSqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: "sqlite", close: () => db.destroy() };
}

/**
 * Kysely asks better-sqlite3 to prepare every query anew; the bot runs the same
 * few dozen statements over and over, so prepared statements are kept by SQL text.
 * DDL is never cached (a schema change invalidates statements).
 */
function withStatementCache(sqlite: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return new Proxy(sqlite, {
    get(target, prop, receiver) {
      if (prop !== "prepare") return Reflect.get(target, prop, receiver);
      return (source: string) => {
        if (!/^\s*(select|insert|update|delete|with)\b/i.test(source)) return prepare(source);
        let statement = cache.get(source);
        if (!statement) {
          statement = prepare(source);
          if (cache.size > 500) cache.clear();
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`schema "${schema}" must be lower-case letters, digits and _ (starting with a letter or _)`);
  }
  if (schema !== undefined) {
    // Create the schema first with a one-off client, so every pooled connection can use it.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`create schema if not exists "${schema}"`).catch((error: { code?: string }) => {
        // Two instances creating it at the same moment: one wins, the other sees a duplicate.
        if (error.code !== "23505" && error.code !== "42P06") throw error;
      });
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types: pgTypes,
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on("error", options.onPoolError ?? (() => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const chatLock = createPgChatLock(url, { poolSize: options.lockPoolSize ?? options.poolSize ?? 10, onTimeout: options.onChatLockTimeout });
  return {
    db,
    dialect: "postgres",
    chatLock,
    close: async () => {
      await chatLock.close().catch(() => undefined);
      await db.destroy();
    },
  };
}

function staticProvider(list: Record<string, Migration>): MigrationProvider {
  return { getMigrations: async () => list };
}

/**
 * Applies pending migrations one by one, each in its own transaction (with the
 * Migrator's lock, so two instances starting together do not both run one).
 * Returns the names applied now; throws on the first failure.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  list: Record<string, Migration> = defaultMigrations,
): Promise<string[]> {
  const migrator = new Migrator({ db, provider: staticProvider(list) });
  const applied: string[] = [];
  for (;;) {
    const { error, results } = await migrator.migrateUp();
    const failed = results?.find((r) => r.status === "Error");
    if (error || failed) {
      const name = failed?.migrationName ?? "(migration setup)";
      const cause = error instanceof Error ? error : new Error(String(error));
      throw new Error(`Migration ${name} failed and was rolled back: ${cause.message}`, { cause });
    }
    const done = (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
    if (done.length === 0) return applied;
    applied.push(...done);
  }
}

/** Names of migrations already applied, in order. */
export async function appliedMigrations(db: Kysely<Database>, list: Record<string, Migration> = defaultMigrations): Promise<string[]> {
  const migrator = new Migrator({ db, provider: staticProvider(list) });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}
