/** Subscriptions to regional announcements: one per chat, a province, an optional regency, topics. */
import type { Kysely } from "kysely";
import { nowIso, type ChatId, type Database, type Subscription } from "../store/schema";
import { dropQueuedAnnouncements, grantConsent, withdrawConsent } from "../store/repos/consents";
import { inTransaction } from "../store/repos/counters";
import { areaIncludes, type AreaTarget } from "./area";

/**
 * What a subscription can receive: event announcements. "rules" (rule changes) was offered
 * once but nothing ever sent it, so it is no longer offered nor read; rows still listing it
 * receive events when they list "events" too.
 */
export const TOPICS = ["events"] as const;
export type Topic = (typeof TOPICS)[number];

/** Version of the subscription consent text (locale key sub-consent-text); bump when the text changes. */
export const SUBSCRIPTION_CONSENT_VERSION = "subscription-2026-11-v2";

export interface SubscriptionInput {
  provinceCode: string;
  regencyCode?: string | null;
  topics: Topic[];
}

export function topicsOf(sub: Pick<Subscription, "topics">): Topic[] {
  return sub.topics.split(",").map((t) => t.trim()).filter((t): t is Topic => (TOPICS as readonly string[]).includes(t));
}

export async function getSubscription(db: Kysely<Database>, chatId: ChatId): Promise<Subscription | undefined> {
  return db.selectFrom("subscriptions").selectAll().where("chat_id", "=", chatId).executeTakeFirst();
}

/** Consent and subscription in one transaction. */
export async function subscribe(db: Kysely<Database>, chatId: ChatId, input: SubscriptionInput): Promise<Subscription> {
  return inTransaction(db, async (trx) => {
    await grantConsent(trx, chatId, "subscription", SUBSCRIPTION_CONSENT_VERSION);
    const now = nowIso();
    const values = { province_code: input.provinceCode, regency_code: input.regencyCode ?? null, topics: input.topics.join(","), updated_at: now };
    return trx
      .insertInto("subscriptions")
      .values({ chat_id: chatId, created_at: now, ...values })
      .onConflict((oc) => oc.column("chat_id").doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** Removes the subscription and withdraws its consent, and drops announcements queued for the chat but not yet sent; true when there was one. */
export async function unsubscribe(db: Kysely<Database>, chatId: ChatId): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const r = await trx.deleteFrom("subscriptions").where("chat_id", "=", chatId).executeTakeFirst();
    const withdrawn = await withdrawConsent(trx, chatId, "subscription");
    await dropQueuedAnnouncements(trx, chatId);
    return Number(r.numDeletedRows) > 0 || withdrawn > 0;
  });
}

/**
 * Chats subscribed to `topic` whom the area includes (areaIncludes: the rule /acara, "Saya
 * hadir" and the reminders follow too), leaving out users who blocked the bot.
 * Regencies narrow only their own province (a regency code starts with its province's):
 * "Sulsel (Makassar); Papua" reaches Makassar and the whole-Sulsel subscribers, and all of
 * Papua. Within a narrowed province, whole-province subscribers are included too.
 */
export async function subscribersFor(
  db: Kysely<Database>,
  target: AreaTarget & { topic: Topic },
): Promise<number[]> {
  if (target.provinceCodes.length === 0) return [];
  const rows = await reachableSubscriptions(db)
    .select(["s.chat_id", "s.topics", "s.province_code", "s.regency_code"])
    .where("s.province_code", "in", [...target.provinceCodes])
    .orderBy("s.chat_id")
    .execute();
  return rows
    .filter((r) => topicsOf(r).includes(target.topic) && areaIncludes(target, { provinceCode: r.province_code, regencyCode: r.regency_code }))
    .map((r) => r.chat_id);
}

/** Subscriptions whose chat has not blocked the bot: those a broadcast can reach. */
function reachableSubscriptions(db: Kysely<Database>) {
  return db
    .selectFrom("subscriptions as s")
    .leftJoin("users as u", "u.chat_id", "s.chat_id")
    .where((eb) => eb.or([eb("u.blocked", "is", null), eb("u.blocked", "=", 0)]));
}

/**
 * Per province (one province when given), how many an event announcement for the whole
 * province reaches now: subscribed to events, not blocking the bot. What /statistik shows,
 * so its figures match the announcements'.
 */
export async function eventSubscriberCounts(db: Kysely<Database>, provinceCode?: string): Promise<{ provinceCode: string; n: number }[]> {
  let q = reachableSubscriptions(db)
    .select(["s.province_code", db.fn.countAll<number>().as("n")])
    // topics is a comma list of known codes, none of which contains another
    .where("s.topics", "like", "%events%");
  if (provinceCode) q = q.where("s.province_code", "=", provinceCode);
  const rows = await q.groupBy("s.province_code").orderBy("s.province_code").execute();
  return rows.map((r) => ({ provinceCode: r.province_code, n: Number(r.n) }));
}
