/** Users: one row per private chat that talked to the bot. */
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { nowIso, type ChatId, type Database, type User } from "../schema";

function newUserRef(): string {
  return randomBytes(12).toString("base64url");
}

/**
 * Records that the user was seen now: creates the row on first contact, otherwise updates
 * last_seen (and language when given). A user who writes to the bot is no longer blocked.
 */
export async function touchUser(
  db: Kysely<Database>,
  chatId: ChatId,
  options: { language?: string | null } = {},
): Promise<User> {
  const now = nowIso();
  const language = options.language ?? null;
  return db
    .insertInto("users")
    .values({ chat_id: chatId, user_ref: newUserRef(), language, first_seen: now, last_seen: now, blocked: 0 })
    .onConflict((oc) =>
      oc.column("chat_id").doUpdateSet(
        language === null ? { last_seen: now, blocked: 0 } : { last_seen: now, blocked: 0, language },
      ),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function getUser(db: Kysely<Database>, chatId: ChatId): Promise<User | undefined> {
  return db.selectFrom("users").selectAll().where("chat_id", "=", chatId).executeTakeFirst();
}

export async function setLanguage(db: Kysely<Database>, chatId: ChatId, language: string): Promise<void> {
  await db.updateTable("users").set({ language }).where("chat_id", "=", chatId).execute();
}

/** Marks a user as having blocked the bot (403 from Telegram), or not. */
export async function setBlocked(db: Kysely<Database>, chatId: ChatId, blocked: boolean): Promise<void> {
  await db.updateTable("users").set({ blocked: blocked ? 1 : 0 }).where("chat_id", "=", chatId).execute();
}

export async function setNotifyOptIn(db: Kysely<Database>, chatId: ChatId, optIn: boolean): Promise<void> {
  await db.updateTable("users").set({ notify_opt_in: optIn ? 1 : 0 }).where("chat_id", "=", chatId).execute();
}

/**
 * The user's opaque reference for tables that must not hold the chat id
 * (unanswered_questions, feedback). Creates the user row if needed.
 */
export async function getUserRef(db: Kysely<Database>, chatId: ChatId): Promise<string> {
  // nearly always the row exists: one read; the insert (idempotent under races) only for a new chat
  const existing = await db.selectFrom("users").select("user_ref").where("chat_id", "=", chatId).executeTakeFirst();
  if (existing) return existing.user_ref;
  const now = nowIso();
  await db
    .insertInto("users")
    .values({ chat_id: chatId, user_ref: newUserRef(), language: null, first_seen: now, last_seen: now })
    .onConflict((oc) => oc.column("chat_id").doNothing())
    .execute();
  const row = await db.selectFrom("users").select("user_ref").where("chat_id", "=", chatId).executeTakeFirstOrThrow();
  return row.user_ref;
}

/** The province a chat already told us (subscription, else latest lead), if any; one round trip. */
export async function knownProvince(db: Kysely<Database>, chatId: number): Promise<string | undefined> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.fn
        .coalesce(
          eb.selectFrom("subscriptions").select("province_code").where("chat_id", "=", chatId).limit(1),
          eb.selectFrom("leads").select("province_code").where("chat_id", "=", chatId).where("province_code", "is not", null).orderBy("id", "desc").limit(1),
        )
        .as("province_code"),
    ])
    .executeTakeFirst();
  return row?.province_code ?? undefined;
}
