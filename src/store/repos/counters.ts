/** Named counters: reference numbers (TJ-2026-000123 and friends) and daily question counts. */
import type { Kysely } from "kysely";
import type { Database } from "../schema";

/**
 * Increments counter `name` and returns the new value (1 for a new counter).
 * One atomic upsert: on PostgreSQL the row lock makes concurrent callers — also in other
 * instances — wait for each other; on SQLite the single writer does. Call it inside the
 * transaction that uses the number, so a rollback gives the number back (no gaps).
 */
export async function nextCounter(db: Kysely<Database>, name: string): Promise<number> {
  const row = await increment(db, name, 1).returning("value").executeTakeFirstOrThrow();
  return Number(row.value);
}

/** Adds `n` to counter `name` (created at `n`), atomically like nextCounter. */
export async function addToCounter(db: Kysely<Database>, name: string, n: number): Promise<void> {
  await increment(db, name, n).execute();
}

/** The one upsert both use: create the counter at `n`, or add `n` to it. */
function increment(db: Kysely<Database>, name: string, n: number) {
  return db
    .insertInto("counters")
    .values({ name, value: n })
    .onConflict((oc) => oc.column("name").doUpdateSet((eb) => ({ value: eb("counters.value", "+", n) })));
}

/** Counters whose name starts with `prefix`, from `from` on (names compare as text). */
export async function countersFrom(db: Kysely<Database>, prefix: string, from: string): Promise<{ name: string; value: number }[]> {
  const rows = await db
    .selectFrom("counters")
    .select(["name", "value"])
    .where("name", ">=", from)
    .where("name", "like", `${prefix}%`)
    .execute();
  return rows.map((r) => ({ name: r.name, value: Number(r.value) }));
}

/** Runs `fn` in a transaction, or directly when `db` already is one. */
export async function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
