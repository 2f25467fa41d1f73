/** Consents: what a user agreed to, which text version, and when it was withdrawn. */
import type { Kysely } from "kysely";
import { nowIso, type ChatId, type Consent, type ConsentPurpose, type Database } from "../schema";

/** Records consent for `purpose` under `textVersion`; returns the existing row when that exact consent is already active. */
export async function grantConsent(
  db: Kysely<Database>,
  chatId: ChatId,
  purpose: ConsentPurpose,
  textVersion: string,
): Promise<Consent> {
  const active = await getActiveConsent(db, chatId, purpose);
  if (active && active.text_version === textVersion) return active;
  return db
    .insertInto("consents")
    .values({ chat_id: chatId, purpose, text_version: textVersion, granted_at: nowIso(), withdrawn_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Withdraws every active consent for `purpose`; returns how many were active. */
export async function withdrawConsent(db: Kysely<Database>, chatId: ChatId, purpose: ConsentPurpose): Promise<number> {
  const result = await db
    .updateTable("consents")
    .set({ withdrawn_at: nowIso() })
    .where("chat_id", "=", chatId)
    .where("purpose", "=", purpose)
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The newest active (not withdrawn) consent for `purpose`. */
export async function getActiveConsent(
  db: Kysely<Database>,
  chatId: ChatId,
  purpose: ConsentPurpose,
): Promise<Consent | undefined> {
  return db
    .selectFrom("consents")
    .selectAll()
    .where("chat_id", "=", chatId)
    .where("purpose", "=", purpose)
    .where("withdrawn_at", "is", null)
    .orderBy("id", "desc")
    .executeTakeFirst();
}

export async function hasActiveConsent(db: Kysely<Database>, chatId: ChatId, purpose: ConsentPurpose): Promise<boolean> {
  return (await getActiveConsent(db, chatId, purpose)) !== undefined;
}

/** Full history, oldest first. */
export async function listConsents(db: Kysely<Database>, chatId: ChatId): Promise<Consent[]> {
  return db.selectFrom("consents").selectAll().where("chat_id", "=", chatId).orderBy("id").execute();
}
