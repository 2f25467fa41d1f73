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

/**
 * Withdraws every active consent of a chat and stops the processing that
 * rested on it, in one transaction: open leads are deleted, the subscription
 * removed (with the announcements queued for the chat but not yet sent), and answer
 * notifications cancelled. An audit row keeps the counts only.
 */
export async function withdrawAllConsents(db: Kysely<Database>, chatId: ChatId): Promise<{ consents: number; leads: number; subscriptions: number }> {
  return db.transaction().execute(async (trx) => {
    const consents = await trx.updateTable("consents").set({ withdrawn_at: nowIso() }).where("chat_id", "=", chatId).where("withdrawn_at", "is", null).executeTakeFirst();
    // every lead rested on this consent, a closed one too (its phone number and region stay otherwise)
    const leads = await trx.deleteFrom("leads").where("chat_id", "=", chatId).executeTakeFirst();
    const subscriptions = await trx.deleteFrom("subscriptions").where("chat_id", "=", chatId).executeTakeFirst();
    await trx.updateTable("unanswered_questions").set({ notify_chat_id: null }).where("notify_chat_id", "=", chatId).execute();
    await dropQueuedAnnouncements(trx, chatId);
    const counts = { consents: Number(consents.numUpdatedRows), leads: Number(leads.numDeletedRows), subscriptions: Number(subscriptions.numDeletedRows) };
    await trx.insertInto("audit_log").values({ actor: "anonymous", action: "consent_withdrawn", details: JSON.stringify(counts), created_at: nowIso() }).execute();
    return counts;
  });
}

/**
 * Takes the chat out of event announcements already queued but not yet sent: they rested on the
 * subscription just ended. (The broadcast worker also skips, at send time, an announcement to a
 * chat no longer subscribed, which covers one being queued at this very moment.)
 */
export async function dropQueuedAnnouncements(db: Kysely<Database>, chatId: ChatId): Promise<number> {
  const r = await db
    .deleteFrom("deliveries")
    .where("chat_id", "=", chatId)
    .where("status", "=", "pending")
    .where("broadcast_id", "in", (eb) => eb.selectFrom("broadcasts").select("broadcasts.id").where("broadcasts.kind", "=", "event"))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
