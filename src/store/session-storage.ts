/**
 * grammY StorageAdapter over the `sessions` table, for sessions and for
 * @grammyjs/conversations v2 state (which is JSON-serialisable).
 *
 *   bot.use(session({ initial, storage: createSessionStorage(db) }));
 *   bot.use(conversations({ storage: { type: "key", adapter: createSessionStorage(db, { prefix: "conv:" }) } }));
 *
 * Use distinct prefixes for different users of the table so keys do not collide.
 * Keys should contain the chat id (grammY's default) so privacy export/delete finds them.
 */
import type { StorageAdapter } from "grammy";
import type { Kysely } from "kysely";
import { nowIso, type Database } from "./schema";

export interface SessionStorageOptions {
  /** Prepended to every key, e.g. "conv:". */
  prefix?: string;
}

export interface SessionStorage<T> extends StorageAdapter<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  has(key: string): Promise<boolean>;
  /** Keys without the prefix. */
  readAllKeys(): AsyncIterable<string>;
}

export function createSessionStorage<T>(db: Kysely<Database>, options: SessionStorageOptions = {}): SessionStorage<T> {
  const prefix = options.prefix ?? "";
  const full = (key: string) => prefix + key;

  const remove = async (key: string) => {
    await db.deleteFrom("sessions").where("key", "=", full(key)).execute();
  };

  return {
    async read(key) {
      const row = await db.selectFrom("sessions").select("value").where("key", "=", full(key)).executeTakeFirst();
      return row === undefined ? undefined : (JSON.parse(row.value) as T);
    },
    async write(key, value) {
      if (value === undefined) return remove(key);
      const now = nowIso();
      const json = JSON.stringify(value);
      await db
        .insertInto("sessions")
        .values({ key: full(key), value: json, updated_at: now })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value: json, updated_at: now }))
        .execute();
    },
    delete: remove,
    async has(key) {
      const row = await db.selectFrom("sessions").select("key").where("key", "=", full(key)).executeTakeFirst();
      return row !== undefined;
    },
    async *readAllKeys() {
      const rows = await db.selectFrom("sessions").select("key").where("key", "like", `${prefix}%`).orderBy("key").execute();
      for (const { key } of rows) if (key.startsWith(prefix)) yield key.slice(prefix.length);
    },
  };
}
