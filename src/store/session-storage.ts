/**
 * A session storage over the `sessions` table. The bot plugs it into grammY's session
 * middleware (src/bot/create-bot.ts); the form state of @grammyjs/conversations lives inside
 * the session value (the plugin's `type: "context"` storage), not under keys of its own:
 *
 *   bot.use(session({ initial, storage: createSessionStorage(db, { prefix: "s:" }) }));
 *
 * Another user of the table takes a distinct prefix so keys do not collide. Keys must contain
 * the chat id (grammY's default) so privacy export/delete (sessionKeysFor) finds them.
 */
import type { Kysely } from "kysely";
import { nowIso, type Database } from "./schema";

export interface SessionStorageOptions {
  /** Prepended to every key, e.g. "conv:". */
  prefix?: string;
}

/**
 * The three methods grammY's session middleware calls; declared here so src/store needs no grammY
 * import. Structurally the same as grammY's `StorageAdapter<T>`, so a SessionStorage is one.
 */
export interface SessionStorageAdapter<T> {
  read(key: string): Promise<T | undefined> | T | undefined;
  write(key: string, value: T): Promise<void> | void;
  delete(key: string): Promise<void> | void;
}

export interface SessionStorage<T> extends SessionStorageAdapter<T> {
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

/**
 * Drops the form state (`conversation`) of sessions untouched since `before`: a form nobody
 * answered for that long has ended anyway, and its saved state holds what was typed into it
 * (the conversations plugin keeps the updates it replays), so nothing typed into an abandoned
 * form is kept longer than that. The rest of the session (the chosen language) stays.
 * Returns how many sessions were cleaned.
 */
export async function dropAbandonedForms(db: Kysely<Database>, before: Date): Promise<number> {
  const rows = await db
    .selectFrom("sessions")
    .select(["key", "value"])
    .where("updated_at", "<", before.toISOString())
    .where("value", "like", '%"conversation"%')
    .limit(500)
    .execute();
  let cleaned = 0;
  for (const row of rows) {
    const { conversation, ...rest } = JSON.parse(row.value) as Record<string, unknown>;
    if (conversation === undefined) continue;
    // updated_at is kept: cleaning is no use of the session
    await db.updateTable("sessions").set({ value: JSON.stringify(rest) }).where("key", "=", row.key).where("value", "=", row.value).execute();
    cleaned++;
  }
  return cleaned;
}
