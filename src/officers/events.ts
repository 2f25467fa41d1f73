/**
 * Events officers announce to subscribers: storage, what recipients see, publishing through
 * the broadcast queue, scheduled sending, changes and cancellations, and the day-before reminders.
 * Functions that depend on time take `now`, so the app's timer and the tests control it.
 */
import type { Kysely, SelectQueryBuilder } from "kysely";
import type { Regions, TimeZoneName } from "../regions";
import { zoneIana } from "../regions";
import { inTransaction } from "../store/repos/counters";
import type { Database, Event } from "../store/schema";
import { cancelBroadcast, enqueueBroadcast, markSuperseded, type BroadcastButton, type BroadcastMessage } from "../broadcast/queue";
import { formatEventDate, type Language } from "./dates";
import { getSubscription, subscribersFor } from "./subscriptions";
import { areaIncludes, areaOfRow, type Place } from "./area";
import { logAudit } from "../store/repos/audit";
import { coversAll, localDateTime, officerRole, type OfficerRole } from "./roles";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;
/** Translations in any of the bot's languages. */
export type TranslateIn = (language: Language, key: string, vars?: Record<string, string | number>) => string;

// The two pure HTML helpers live here, in the domain, which words announcements; src/bot/html.ts re-exports them.

/** Escapes text for Telegram's HTML parse mode (only &, < and > are special there; quotes for attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Turns Telegram HTML into plain text, as a user would read it. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<a\s+href="([^"]*)"[^>]*>(.*?)<\/a>/g, (_m, href: string, label: string) => (label === href ? label : `${label} (${href})`))
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

export const LIMITS = { title: 100, place: 150, description: 600 } as const;

/**
 * Telegram's own limits (4096 for a message, 1024 for a caption) count UTF-16 units, where an
 * emoji takes 2 to 11 and a letter with combining marks many: a field may take at most this
 * many units per character of LIMITS, so title, place and description together stay well
 * within one message (the caption is checked on the whole announcement, longestAnnouncement).
 */
export const UNITS_PER_CHARACTER = 3;

const graphemes = typeof Intl.Segmenter === "function" ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : undefined;

/** How many characters the text has as people see them: 🎉 or 👨‍👩‍👧 or é is one (graphemes; code points without Intl.Segmenter). */
export function visibleLength(text: string): number {
  if (!graphemes) return [...text].length;
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

export interface EventDraft {
  title: string;
  startsAt: Date;
  zone: TimeZoneName;
  place: string;
  provinceCodes: string[];
  regencyCodes: string[];
  description: string;
  photoFileId?: string;
}

const IANA_TO_ZONE: Record<string, TimeZoneName> = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" };

export function zoneOfEvent(event: Pick<Event, "timezone">): TimeZoneName {
  return IANA_TO_ZONE[event.timezone] ?? "WIB";
}

export const list = (csv: string): string[] => csv.split(",").map((s) => s.trim()).filter(Boolean);

/** Stores the event as a draft (shown to nobody until it is sent). */
export async function createEventDraft(db: Kysely<Database>, draft: EventDraft, createdBy: number, now = new Date()): Promise<Event> {
  return db
    .insertInto("events")
    .values({
      title: draft.title,
      starts_at: draft.startsAt.toISOString(),
      timezone: zoneIana(draft.zone),
      place: draft.place,
      province_codes: draft.provinceCodes.join(","),
      regency_codes: draft.regencyCodes.join(","),
      description: draft.description,
      photo_file_id: draft.photoFileId ?? null,
      created_by: createdBy,
      status: "draft",
      send_at: null,
      created_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function getEvent(db: Kysely<Database>, id: number): Promise<Event | undefined> {
  return db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function deleteDraft(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom("events").where("id", "=", id).where("status", "=", "draft").execute();
}

/** Schedules a draft (or moves a scheduled one's time); false when it was sent or cancelled meanwhile (never un-sends). */
export async function scheduleEvent(db: Kysely<Database>, id: number, sendAt: Date): Promise<boolean> {
  const r = await db.updateTable("events").set({ status: "scheduled", send_at: sendAt.toISOString() }).where("id", "=", id).where("status", "in", ["draft", "scheduled"]).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Scheduled events whose send time has come (oldest first); the app's timer publishes them. */
export async function dueScheduledEvents(db: Kysely<Database>, now: Date): Promise<Event[]> {
  return db
    .selectFrom("events")
    .selectAll()
    .where("status", "=", "scheduled")
    .where("send_at", "<=", now.toISOString())
    .orderBy("send_at")
    .execute();
}

/** Events whose comma list of provinces holds `provinceCode` (all events when null). */
function inProvince<O>(q: SelectQueryBuilder<Database, "events", O>, provinceCode: string | null) {
  if (!provinceCode) return q;
  return q.where((eb) =>
    eb.or([
      eb("province_codes", "=", provinceCode),
      eb("province_codes", "like", `${provinceCode},%`),
      eb("province_codes", "like", `%,${provinceCode}`),
      eb("province_codes", "like", `%,${provinceCode},%`),
    ]),
  );
}

/** Titles of the announcements the chat scheduled and the timer has not sent yet (held if they delete their data). */
export async function scheduledBy(db: Kysely<Database>, chatId: number): Promise<string[]> {
  const rows = await db.selectFrom("events").select("title").where("created_by", "=", chatId).where("status", "=", "scheduled").orderBy("send_at").execute();
  return rows.map((r) => r.title);
}

/** Whether the event's area includes the place (areaIncludes: the same rule as its announcement's recipients). */
export function eventIncludes(event: Pick<Event, "province_codes" | "regency_codes">, place: Place): boolean {
  return areaIncludes(areaOfRow(event), place);
}

/**
 * Sent events not yet started whose area includes the place (a subscriber's province and
 * regency), soonest first; every one of them, as /acara pages through them.
 */
export async function upcomingEvents(db: Kysely<Database>, place: Place, now: Date): Promise<Event[]> {
  const q = db.selectFrom("events").selectAll().where("status", "=", "sent").where("starts_at", ">", now.toISOString());
  const rows = await inProvince(q, place.provinceCode).orderBy("starts_at").orderBy("id").execute();
  return rows.filter((e) => eventIncludes(e, place));
}

/** What officers see in /acara: sent and scheduled (not yet announced) events not yet started, every one (paged there). */
export async function officerEvents(db: Kysely<Database>, provinceCode: string | null, now: Date): Promise<Event[]> {
  const q = db.selectFrom("events").selectAll().where("status", "in", ["sent", "scheduled"]).where("starts_at", ">", now.toISOString());
  return inProvince(q, provinceCode).orderBy("starts_at").orderBy("id").execute();
}

/**
 * Whether the officer may cancel the event: owners and all-province officers any; a province
 * officer only one for their province alone (a shared event also concerns other provinces).
 */
export function canManageEvent(role: Pick<OfficerRole, "provinceCode">, event: Pick<Event, "province_codes">): boolean {
  return actsOnAll(role, list(event.province_codes));
}

/**
 * Whether the role may act on something for these provinces (cancel an event, stop its
 * broadcast): an all-province role always; a province officer only when it is for their
 * province alone, since a shared one also reaches other provinces' people.
 */
export function actsOnAll(role: Pick<OfficerRole, "provinceCode">, provinceCodes: readonly string[]): boolean {
  if (role.provinceCode === null) return true;
  return provinceCodes.length > 0 && provinceCodes.every((p) => p === role.provinceCode);
}

/** What every broadcast about an event carries: its id first (broadcastsOf matches the JSON's start), then what /siaran shows after a cancel. */
export function eventRef(event: Pick<Event, "id" | "title" | "province_codes">) {
  return { eventId: event.id, eventTitle: event.title, eventProvinceCodes: list(event.province_codes) };
}

/**
 * "added_soon": registered inside the reminder window, so no reminder will come (see remindersDue);
 * "not_here": the chat's subscription is in a place the event's area leaves out;
 * "not_reached": no subscription, and the announcement was never delivered to the chat (a forged
 * or forwarded button, an officer's /acara list).
 */
export type AttendResult = "added" | "added_soon" | "already" | "gone" | "not_here" | "not_reached";

/** How long before the start the reminder goes out. */
export const REMINDER_WINDOW_MS = 24 * 3600_000;

/** When the event's reminder window opens: who registers later has just seen the event and gets no reminder. */
const windowOpens = (startsAt: string) => new Date(new Date(startsAt).getTime() - REMINDER_WINDOW_MS).toISOString();

/**
 * Whether the chat may sign up for the event: only chats its announcement could reach, by the
 * area's one rule. A subscriber elsewhere (an old message, a forwarded one) is refused; without
 * a subscription (ended since, or never) only a chat the announcement was delivered to, or that
 * already signed up, counts — anyone else's press (a forged button) would inflate the count
 * officers read and the cancellation notice's recipients.
 */
async function attendRefusal(db: Kysely<Database>, event: Event, chatId: number): Promise<"not_here" | "not_reached" | undefined> {
  const sub = await getSubscription(db, chatId);
  if (sub) return eventIncludes(event, { provinceCode: sub.province_code, regencyCode: sub.regency_code }) ? undefined : "not_here";
  const signed = await db.selectFrom("event_attendees").select("chat_id").where("event_id", "=", event.id).where("chat_id", "=", chatId).executeTakeFirst();
  if (signed) return undefined;
  const announcements = (await broadcastsOf(db, event.id)).filter((b) => b.kind === "event").map((b) => b.id);
  if (announcements.length === 0) return "not_reached";
  const got = await db
    .selectFrom("deliveries")
    .select("chat_id")
    .where("broadcast_id", "in", announcements)
    .where("chat_id", "=", chatId)
    .where("status", "in", ["sent", "sending"])
    .executeTakeFirst();
  return got ? undefined : "not_reached";
}

export async function attend(db: Kysely<Database>, eventId: number, chatId: number, now: Date): Promise<AttendResult> {
  const event = await getEvent(db, eventId);
  if (!event || event.status !== "sent" || event.starts_at <= now.toISOString()) return "gone";
  const refused = await attendRefusal(db, event, chatId);
  if (refused) return refused;
  try {
    const r = await db
      .insertInto("event_attendees")
      .values({ event_id: eventId, chat_id: chatId, created_at: now.toISOString(), reminded: 0 })
      .onConflict((oc) => oc.columns(["event_id", "chat_id"]).doNothing())
      .executeTakeFirst();
    if (Number(r.numInsertedOrUpdatedRows ?? 0n) === 0) return "already";
    return now.toISOString() < windowOpens(event.starts_at) ? "added" : "added_soon";
  } catch (error) {
    // cancelled (deleted) in the meantime: the foreign key refuses the row
    if (!(await getEvent(db, eventId))) return "gone";
    throw error;
  }
}

export async function attendeeCounts(db: Kysely<Database>, eventIds: readonly number[]): Promise<Map<number, number>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("event_attendees")
    .select(["event_id", db.fn.countAll<number>().as("n")])
    .where("event_id", "in", eventIds)
    .groupBy("event_id")
    .execute();
  return new Map(rows.map((r) => [r.event_id, Number(r.n)]));
}

/** Sent events starting within the reminder window that still have attendees not reminded. */
function eventsAwaitingReminders(db: Kysely<Database>, now: Date) {
  return db
    .selectFrom("event_attendees as a")
    .innerJoin("events as e", "e.id", "a.event_id")
    .select(["a.event_id", "e.starts_at", "e.province_codes", "e.regency_codes"])
    .distinct()
    .where("e.status", "=", "sent")
    .where("e.starts_at", ">", now.toISOString())
    .where("e.starts_at", "<=", new Date(now.getTime() + REMINDER_WINDOW_MS).toISOString())
    .where("a.reminded", "=", 0)
    .orderBy("a.event_id")
    .execute();
}

/**
 * Attendees to remind now: of sent events starting within the next 24 hours, not yet
 * reminded, who pressed "Saya hadir" before that window opened. Someone who pressed it
 * within the last 24 hours has just read the event (and was told no reminder comes): a
 * "reminder" a minute later would only be noise. They are marked reminded in the same
 * transaction, so each gets one reminder even with several instances running the timer.
 */
export async function remindersDue(db: Kysely<Database>, now: Date): Promise<{ eventId: number; chatId: number }[]> {
  return inTransaction(db, async (trx) => {
    const events = await eventsAwaitingReminders(trx, now);
    const due: { eventId: number; chatId: number }[] = [];
    for (const e of events) for (const chatId of await markReminded(trx, { id: e.event_id, ...e })) due.push({ eventId: e.event_id, chatId });
    return due;
  });
}

/**
 * Marks the event's attendees due a reminder (registered before its window opened, not yet
 * reminded) as reminded and returns their chat ids. An attendee whose subscription is now in a
 * place the event's area leaves out is not reminded (nor marked: moving back in, they are).
 * Each row is marked by a conditional update,
 * so a concurrent instance marking the same attendee gets it, or this one does, never both.
 * Call it inside the transaction that queues the reminder.
 */
async function markReminded(trx: Kysely<Database>, event: Pick<Event, "id" | "starts_at" | "province_codes" | "regency_codes">): Promise<number[]> {
  const { id: eventId, starts_at: startsAt } = event;
  const rows = await trx
    .selectFrom("event_attendees")
    .select(["chat_id", "created_at"])
    .where("event_id", "=", eventId)
    .where("reminded", "=", 0)
    .orderBy("chat_id")
    .execute();
  const marked: number[] = [];
  const outside = await chatsOutside(trx, event, rows.map((r) => Number(r.chat_id)));
  // compared here, not in SQL: ISO strings compare alike on SQLite and PostgreSQL, date arithmetic does not
  for (const r of rows.filter((x) => x.created_at < windowOpens(startsAt) && !outside.has(Number(x.chat_id)))) {
    const u = await trx
      .updateTable("event_attendees")
      .set({ reminded: 1 })
      .where("event_id", "=", eventId)
      .where("chat_id", "=", r.chat_id)
      .where("reminded", "=", 0)
      .executeTakeFirst();
    if (Number(u.numUpdatedRows) > 0) marked.push(Number(r.chat_id));
  }
  return marked;
}

/** Of these chats, those subscribed in a place the event's area leaves out (no subscription: not outside). */
async function chatsOutside(db: Kysely<Database>, event: Pick<Event, "province_codes" | "regency_codes">, chatIds: readonly number[]): Promise<Set<number>> {
  const outside = new Set<number>();
  for (let i = 0; i < chatIds.length; i += LOOKUP_CHUNK) {
    const subs = await db.selectFrom("subscriptions").select(["chat_id", "province_code", "regency_code"]).where("chat_id", "in", chatIds.slice(i, i + LOOKUP_CHUNK)).execute();
    for (const sub of subs) if (!eventIncludes(event, { provinceCode: sub.province_code, regencyCode: sub.regency_code })) outside.add(Number(sub.chat_id));
  }
  return outside;
}

/**
 * "Sulawesi Selatan (Kota Makassar, Kabupaten Gowa); Sulawesi Barat". With `t`, a province
 * narrowed to most of its regencies is named by those left out, as the officer typed it
 * ("Sulawesi Selatan kecuali Kota Makassar"): a reader then sees at once whether theirs is in.
 */
export function areaLabel(regions: Regions, event: Pick<Event, "province_codes" | "regency_codes">, t?: Translate): string {
  const regencies = list(event.regency_codes);
  return list(event.province_codes)
    .map((p) => {
      const name = regions.get(p)?.name ?? p;
      const own = regencies.filter((r) => r.startsWith(`${p}.`));
      if (own.length === 0) return name;
      const all = regions.regenciesOf(p);
      const left = all.filter((a) => !own.includes(a.code));
      // every regency listed is the whole province
      if (all.length > 0 && left.length === 0 && own.every((r) => all.some((a) => a.code === r))) return name;
      if (t && left.length > 0 && left.length < own.length && own.every((r) => all.some((a) => a.code === r))) {
        return t("ev-area-except", { province: name, excluded: left.map((a) => a.name).join(", ") });
      }
      return `${name} (${own.map((r) => regions.get(r)?.name ?? r).join(", ")})`;
    })
    .join("; ");
}

/** Longer than this, the area line is counted instead of listed: "semua" would list 38 provinces. */
const AREA_LINE_MAX = 150;

/** The area named, or counted when naming it would crowd the announcement (and a poster's 1,024-character caption). */
function areaLine(regions: Regions, event: Pick<Event, "province_codes" | "regency_codes">, t: Translate): string {
  const named = areaLabel(regions, event, t);
  if (named.length <= AREA_LINE_MAX) return named;
  const provinces = list(event.province_codes).length;
  const regencies = list(event.regency_codes).length;
  return regencies > 0 ? t("ev-n-areas", { regencies, provinces }) : t("ev-n-provinces", { n: provinces });
}

/** The longest plain text of the announcement in any wording it is sent in: a poster's caption must fit Telegram's limit. */
export function longestAnnouncement(event: Event, regions: Regions, translate: TranslateIn): number {
  const zones = new Set([zoneOfEvent(event), ...list(event.province_codes).map((p) => regions.zoneOf(p))]);
  let longest = 0;
  for (const language of ["id", "en"] as const) {
    const t: Translate = (key, vars) => translate(language, key, vars);
    for (const zone of zones) longest = Math.max(longest, htmlToPlain(renderEvent(event, regions, t, language, zone)).length);
  }
  return longest;
}

/** The announcement exactly as recipients see it (Telegram HTML; everything officers typed is escaped). */
export function renderEvent(event: Event, regions: Regions, t: Translate, language: Language = "id", zone = zoneOfEvent(event)): string {
  const head = t("ev-message", {
    title: escapeHtml(event.title),
    when: formatEventDate(new Date(event.starts_at), zone, language),
    place: escapeHtml(event.place),
    area: escapeHtml(areaLine(regions, event, t)),
  });
  // the description's paragraph only when there is one: no trailing blank lines otherwise
  const description = event.description.trim();
  return description ? `${head}\n\n${escapeHtml(description)}` : head;
}

export const attendData = (eventId: number) => `ev:att:${eventId}`;

export interface PublishDeps {
  db: Kysely<Database>;
  regions: Regions;
  /** Translations in the bot's default language: the wording most recipients get. */
  t: Translate;
  /** The language `t` speaks (default "id"). */
  language?: Language;
  /** Translations for recipients who use another language (default: the wordings the bot layer registered, useWordings). */
  translate?: TranslateIn;
  /** A stored Telegram language code read as one of the bot's languages (default: as registered, useWordings). */
  languageOf?: LanguageOf;
}

export type LanguageOf = (telegramCode: string | undefined, fallback: Language) => Language;

/**
 * The bot layer's locale files and its reading of Telegram language codes, registered once by
 * the bot layer (useWordings): callers that pass no translator (the app's scripts, tests) still
 * word each recipient's copy in their language, while this module imports nothing from the bot.
 */
let registered: { translate: TranslateIn; languageOf: LanguageOf } | undefined;

export function useWordings(wordings: { translate: TranslateIn; languageOf: LanguageOf }): void {
  registered = wordings;
}

function translatorFor(deps: PublishDeps): (language: Language) => Translate {
  const main = deps.language ?? "id";
  const translate = deps.translate ?? registered?.translate;
  return (language) => {
    // nothing registered: everyone gets the default language's wording
    if (language === main || !translate) return deps.t;
    return (key, vars) => translate(language, key, vars);
  };
}

/** Who reads a message: the language of the bot's own words, the zone its times are shown in. */
export interface Reader {
  language: Language;
  zone: TimeZoneName;
}

const LOOKUP_CHUNK = 500;

/**
 * Each recipient's reader: their language as users.language (their Telegram client) has it, and
 * the zone of their subscription's province (else their enrollment's), where they will be;
 * someone with neither (unsubscribed since) sees the event's own zone, named beside the time.
 */
async function readersOf(deps: PublishDeps, db: Kysely<Database>, chatIds: readonly number[], main: Language, eventZone: TimeZoneName): Promise<Map<number, Reader>> {
  const regions = deps.regions;
  const languageOf = deps.languageOf ?? registered?.languageOf ?? ((_code: string | undefined, fallback: Language) => fallback);
  const languages = new Map<number, string | null>();
  const provinces = new Map<number, string>();
  for (let i = 0; i < chatIds.length; i += LOOKUP_CHUNK) {
    const chunk = chatIds.slice(i, i + LOOKUP_CHUNK);
    for (const u of await db.selectFrom("users").select(["chat_id", "language"]).where("chat_id", "in", chunk).execute()) languages.set(Number(u.chat_id), u.language);
    // an attendee who ended the subscription may still have said where they are in an enrollment
    for (const l of await db.selectFrom("leads").select(["chat_id", "province_code"]).where("chat_id", "in", chunk).where("province_code", "is not", null).orderBy("id").execute()) {
      provinces.set(Number(l.chat_id), l.province_code!);
    }
    // the subscription's province wins
    for (const s of await db.selectFrom("subscriptions").select(["chat_id", "province_code"]).where("chat_id", "in", chunk).execute()) provinces.set(Number(s.chat_id), s.province_code);
  }
  const out = new Map<number, Reader>();
  for (const chatId of chatIds) {
    const province = provinces.get(chatId);
    out.set(chatId, {
      language: languageOf(languages.get(chatId) ?? undefined, main),
      zone: province ? regions.zoneOf(province) : eventZone,
    });
  }
  return out;
}

type Wording = { text: string; buttons?: BroadcastButton[][] };

/**
 * The message rendered for each recipient's language and zone: the main wording for the
 * default language in the event's zone, a variant for each other (language, zone) pair.
 * Per recipient rather than one text listing every zone ("10.00 WITA / 09.00 WIB"): people
 * read a time as their local one, and the language needs a wording per recipient anyway.
 */
async function wordingsFor(
  deps: PublishDeps,
  db: Kysely<Database>,
  event: Event,
  recipients: readonly number[],
  render: (t: Translate, reader: Reader) => Wording,
): Promise<Pick<BroadcastMessage, "text" | "buttons" | "variants">> {
  const main: Reader = { language: deps.language ?? "id", zone: zoneOfEvent(event) };
  const translator = translatorFor(deps);
  const key = (r: Reader) => `${r.language} ${r.zone}`;
  const groups = new Map<string, { reader: Reader; chatIds: number[] }>();
  for (const [chatId, reader] of await readersOf(deps, db, recipients, main.language, main.zone)) {
    if (key(reader) === key(main)) continue;
    const g = groups.get(key(reader)) ?? { reader, chatIds: [] };
    g.chatIds.push(chatId);
    groups.set(key(reader), g);
  }
  const variants = [...groups.values()].map((g) => ({ chatIds: g.chatIds, ...render(translator(g.reader.language), g.reader) }));
  return { ...render(deps.t, main), ...(variants.length ? { variants } : {}) };
}

/**
 * Marks the event sent and queues its announcement to the event's subscribers, in one
 * transaction: the status change comes first and only from `from` (the draft the form shows,
 * or "scheduled" for the timer), so two presses of "Kirim" — on two instances, or a press
 * replayed — and two instances' timers publish it once; a failure anywhere rolls both back,
 * leaving the event as it was, to be sent by the next attempt. On PostgreSQL the first
 * UPDATE's row lock makes a concurrent publisher wait and then find the status changed.
 * When the event was already published (by the other press), the broadcast it got is returned
 * with `already: true` and nothing new is queued; EventGoneError when it was cancelled or is
 * no longer in `from` otherwise.
 */
export async function publishEvent(
  deps: PublishDeps,
  event: Event,
  options: { createdBy: number; statusChatId?: number; statusMessageId?: number; from?: "draft" | "scheduled" },
): Promise<{ broadcastId: number; recipients: number; already?: true }> {
  const from = options.from ?? "draft";
  const recipients = await subscribersFor(deps.db, {
    provinceCodes: list(event.province_codes),
    regencyCodes: list(event.regency_codes),
    topic: "events",
  });
  const broadcastId = await inTransaction(deps.db, async (trx) => {
    const claimed = await trx.updateTable("events").set({ status: "sent" }).where("id", "=", event.id).where("status", "=", from).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return undefined;
    // the row as it is now, not as the caller read it: an edit saved since (editEvent) is what goes out
    const current = (await getEvent(trx, event.id)) ?? event;
    return enqueueBroadcast(trx, {
      createdBy: options.createdBy,
      kind: "event",
      message: await announcementMessage(deps, trx, current, recipients),
      recipients,
      ...(options.statusChatId !== undefined ? { statusChatId: options.statusChatId, statusMessageId: options.statusMessageId } : {}),
    });
  });
  if (broadcastId !== undefined) return { broadcastId, recipients: recipients.length };
  // not in `from` any more: published by the other press, or cancelled/withheld meanwhile
  const now = await getEvent(deps.db, event.id);
  const announcement = now?.status === "sent" ? (await broadcastsOf(deps.db, event.id)).filter((b) => b.kind === "event").sort((a, b) => a.id - b.id)[0] : undefined;
  if (!announcement) throw new EventGoneError(event.id);
  const total = await deps.db.selectFrom("deliveries").select((eb) => eb.fn.countAll<number>().as("n")).where("broadcast_id", "=", announcement.id).executeTakeFirst();
  return { broadcastId: announcement.id, recipients: Number(total?.n ?? 0), already: true };
}

/** The announcement as each recipient reads it, with "Saya hadir" (and the poster, if any). */
async function announcementMessage(deps: PublishDeps, db: Kysely<Database>, event: Event, recipients: readonly number[]): Promise<BroadcastMessage> {
  return {
    ...eventRef(event),
    ...(await wordingsFor(deps, db, event, recipients, (t, r) => ({
      text: renderEvent(event, deps.regions, t, r.language, r.zone),
      buttons: [[{ label: t("ev-attend-button"), data: attendData(event.id) }]],
    }))),
    parseMode: "HTML",
    ...(event.photo_file_id ? { photoFileId: event.photo_file_id } : {}),
  };
}

/** The event was cancelled (deleted) while it was being published; nothing was queued. */
export class EventGoneError extends Error {
  constructor(readonly eventId: number) {
    super(`event ${eventId} no longer exists`);
    this.name = "EventGoneError";
  }
}

/**
 * The broadcasts about an event: its announcements (found by their event id, or by the
 * "Saya hadir" button for those queued before broadcasts carried it), its reminders and its
 * change notices.
 */
async function broadcastsOf(db: Kysely<Database>, eventId: number): Promise<{ id: number; kind: string }[]> {
  return db
    .selectFrom("broadcasts")
    .select(["id", "kind"])
    .where("kind", "in", ["event", "event_reminder", "event_changed"])
    .where((eb) => eb.or([eb("payload", "like", `{"eventId":${eventId},%`), eb("payload", "like", `%"${attendData(eventId)}"%`)]))
    .execute();
}

export interface CancelResult {
  event: Event;
  /** Queued or running announcement broadcasts stopped. */
  stopped: number;
  /** The cancellation notice's broadcast, when anyone is told. */
  noticeBroadcastId?: number;
  notified: number;
}

/**
 * Cancels an event: it is deleted (with its attendees), so it leaves /acara, a scheduled
 * announcement is never sent and "Saya hadir" answers that it is over or cancelled. For a
 * sent event, the announcement's undelivered copies are stopped and everyone who received
 * it (or is receiving it now) or pressed "Saya hadir" gets a cancellation notice through
 * the broadcast queue, but one whose subscription is now outside the event's area (as for the
 * reminder). Undefined when there is nothing (any more) to cancel.
 */
export async function cancelEvent(deps: PublishDeps, eventId: number, actor: number, now: Date): Promise<CancelResult | undefined> {
  return inTransaction(deps.db, async (trx) => {
    const event = await getEvent(trx, eventId);
    if (!event || (event.status !== "sent" && event.status !== "scheduled") || event.starts_at <= now.toISOString()) return undefined;
    const attendees = await trx.selectFrom("event_attendees").select("chat_id").where("event_id", "=", eventId).execute();
    // the status in the condition: a scheduled event the timer is publishing right now is handled as sent
    const deleted = await trx.deleteFrom("events").where("id", "=", eventId).where("status", "=", event.status).executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) return undefined;
    if (event.status === "scheduled") return { event, stopped: 0, notified: 0 };

    const about = await broadcastsOf(trx, eventId);
    const announcements = about.filter((b) => b.kind === "event").map((b) => b.id);
    let stopped = 0;
    // a reminder or change notice not yet delivered would announce a cancelled event
    for (const { id } of about) if (await cancelBroadcast(trx, id, actor)) stopped++;
    const received = announcements.length
      ? await trx.selectFrom("deliveries").select("chat_id").where("broadcast_id", "in", announcements).where("status", "in", ["sent", "sending"]).execute()
      : [];
    const told = [...new Set([...received, ...attendees].map((r) => Number(r.chat_id)))].sort((a, b) => a - b);
    // the area's rule, as for reminders: a subscriber now elsewhere is not told
    const outside = await chatsOutside(trx, event, told);
    const recipients = told.filter((c) => !outside.has(c));
    if (recipients.length === 0) return { event, stopped, notified: 0 };
    const noticeBroadcastId = await enqueueBroadcast(trx, {
      createdBy: actor,
      kind: "event_cancelled",
      message: {
        ...eventRef(event),
        ...(await wordingsFor(deps, trx, event, recipients, (t, r) => ({
          text: t("ev-cancelled-notice", {
            title: escapeHtml(event.title),
            when: formatEventDate(new Date(event.starts_at), r.zone, r.language),
            place: escapeHtml(event.place),
          }),
        }))),
        parseMode: "HTML",
      },
      recipients,
    });
    return { event, stopped, noticeBroadcastId, notified: recipients.length };
  });
}

/**
 * What an officer may change in an event once created, one field at a time. The area is not
 * among them: the announcement's recipients were chosen by it.
 */
export type EventEdit =
  | { field: "title" | "place" | "description"; value: string }
  | { field: "when"; startsAt: Date; zone: TimeZoneName };
export type EditableField = EventEdit["field"];

/** The event with the change applied (not stored): what the officer is shown to confirm. */
export function withEdit(event: Event, edit: EventEdit): Event {
  if (edit.field === "when") return { ...event, starts_at: edit.startsAt.toISOString(), timezone: zoneIana(edit.zone) };
  return { ...event, [edit.field]: edit.value };
}

/** Whether the field reads the same in both: unchanged since the form read it. */
function sameField(a: Event, b: Event, field: EditableField): boolean {
  return field === "when" ? a.starts_at === b.starts_at && a.timezone === b.timezone : a[field] === b[field];
}

/**
 * "📍 Tempat: Aula Desa → Balai Kota": the change as recipients of the notice and the officer
 * confirming it read it (times in the reader's language and zone; officers' text escaped).
 */
export function changeLine(t: Translate, reader: Reader, before: Event, after: Event, field: EditableField): string {
  if (field === "when") {
    return t("ev-changed-when", {
      old: formatEventDate(new Date(before.starts_at), reader.zone, reader.language),
      new: formatEventDate(new Date(after.starts_at), reader.zone, reader.language),
    });
  }
  if (field === "description") {
    const now = after.description.trim();
    return now ? t("ev-changed-description", { new: escapeHtml(now) }) : t("ev-changed-description-removed");
  }
  return t(`ev-changed-${field}`, { old: escapeHtml(before[field]), new: escapeHtml(after[field]) });
}

/**
 * Who hears of a change to a sent event: those who received its announcement (or are
 * receiving it now) and are still subscribed, and those who pressed "Saya hadir" (the
 * reminder reaches them too); never a chat that blocked the bot, nor one whose subscription
 * is now in a place the event's area leaves out (areaIncludes, as for the reminder).
 */
export async function changeNoticeRecipients(db: Kysely<Database>, eventId: number): Promise<number[]> {
  const announcements = (await broadcastsOf(db, eventId)).filter((b) => b.kind === "event").map((b) => b.id);
  const received = announcements.length
    ? await db
      .selectFrom("deliveries as d")
      .innerJoin("subscriptions as s", "s.chat_id", "d.chat_id")
      .leftJoin("users as u", "u.chat_id", "d.chat_id")
      .select("d.chat_id")
      .where("d.broadcast_id", "in", announcements)
      .where("d.status", "in", ["sent", "sending"])
      .where((eb) => eb.or([eb("u.blocked", "is", null), eb("u.blocked", "=", 0)]))
      .execute()
    : [];
  const attendees = await db
    .selectFrom("event_attendees as a")
    .leftJoin("users as u", "u.chat_id", "a.chat_id")
    .select("a.chat_id")
    .where("a.event_id", "=", eventId)
    .where((eb) => eb.or([eb("u.blocked", "is", null), eb("u.blocked", "=", 0)]))
    .execute();
  const told = [...new Set([...received, ...attendees].map((r) => Number(r.chat_id)))].sort((a, b) => a - b);
  const event = await getEvent(db, eventId);
  // the area's rule, as for reminders: a subscriber now elsewhere is not told
  const outside = event ? await chatsOutside(db, event, told) : new Set<number>();
  return told.filter((c) => !outside.has(c));
}

/**
 * How many copies of the event's announcement still wait in a queued or running broadcast: what
 * an edit re-sends with the new text. None when every copy went out, or its broadcast was stopped.
 */
export async function waitingAnnouncementCopies(db: Kysely<Database>, eventId: number): Promise<number> {
  const announcements = (await broadcastsOf(db, eventId)).filter((b) => b.kind === "event").map((b) => b.id);
  if (announcements.length === 0) return 0;
  const row = await db
    .selectFrom("deliveries as d")
    .innerJoin("broadcasts as b", "b.id", "d.broadcast_id")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("d.broadcast_id", "in", announcements)
    .where("d.status", "=", "pending")
    .where("b.status", "in", ["queued", "running"])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Why a change was not saved: the event is over or gone, it changed since the form read it, or the new time does not fit. */
export type EditRefusal = "gone" | "changed" | "past" | "before_send";

export type EditResult =
  | { ok: false; reason: EditRefusal }
  | {
    ok: true;
    event: Event;
    /** Whether the announcement had gone out: then those who got it are told. */
    announced: boolean;
    notified: number;
    noticeBroadcastId?: number;
    /** Recipients whose copy was still queued: they get the new text instead (a new announcement broadcast). */
    reannounced: number;
    reannounceBroadcastId?: number;
    /** Reminders still queued, stopped and queued again with the new text (a change other than the time). */
    rereminded: number;
    /** What a new time does to the attendees' reminder (a sent event's time changed; else "none"). */
    reminder: ReminderAfterMove;
  };

/**
 * After a sent event's time changed: "again", its attendees are reminded the day before the new
 * time; "notice", the new time is less than a day away, so the change notice is their reminder
 * (a reminder right after it would only repeat it); "already", moved within the same day and
 * those attending were reminded of that day already; "none", nobody attends.
 */
export type ReminderAfterMove = "again" | "notice" | "already" | "none";

/**
 * Saves one change to a scheduled or sent event, in one transaction with everything it queues.
 * `seen` is the event as the officer's form read it: a change made meanwhile (another officer's
 * edit, the scheduled announcement going out) refuses this one rather than overwrite it
 * unseen. A new time must lie ahead (and after a scheduled announcement's send time); who is
 * reminded of it is remindersAfterMove's rule. Any other change re-queues a reminder still
 * queued with the new text, as it does the announcement.
 * A scheduled announcement simply goes out with the new text (publishEvent reads the row).
 * For a sent one, copies still queued are stopped and queued again with the new text, and
 * those who received it or will attend (changeNoticeRecipients) get one short change notice.
 */
export async function editEvent(deps: PublishDeps, seen: Event, edit: EventEdit, actor: number, now: Date): Promise<EditResult> {
  return inTransaction(deps.db, async (trx): Promise<EditResult> => {
    const current = await getEvent(trx, seen.id);
    if (!current || current.status === "draft" || current.starts_at <= now.toISOString()) return { ok: false, reason: "gone" };
    if (current.status !== seen.status || !sameField(current, seen, edit.field)) return { ok: false, reason: "changed" };
    if (edit.field === "when") {
      if (edit.startsAt.getTime() <= now.getTime()) return { ok: false, reason: "past" };
      if (current.status === "scheduled" && current.send_at && edit.startsAt.toISOString() <= current.send_at) return { ok: false, reason: "before_send" };
    }
    const event = withEdit(current, edit);
    // the status and the field's old value in the condition: on PostgreSQL a publish or another
    // officer's save running now holds the row, and this one then finds it changed and saves nothing
    let update = trx
      .updateTable("events")
      .set({ title: event.title, place: event.place, description: event.description, starts_at: event.starts_at, timezone: event.timezone })
      .where("id", "=", event.id)
      .where("status", "=", current.status);
    update = edit.field === "when"
      ? update.where("starts_at", "=", seen.starts_at).where("timezone", "=", seen.timezone)
      : update.where(edit.field, "=", seen[edit.field]);
    const updated = await update.executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return { ok: false, reason: "changed" };
    const about = await broadcastsOf(trx, event.id);
    // reminders not delivered yet carry the old text: stopped, and queued again with the new one (a new
    // time instead decides who is reminded when: remindersAfterMove)
    const unreminded: number[] = [];
    const stoppedReminders: number[] = [];
    for (const b of about.filter((x) => x.kind === "event_reminder")) {
      if (await cancelBroadcast(trx, b.id, actor)) {
        stoppedReminders.push(b.id);
        unreminded.push(...(await pendingRecipients(trx, b.id)));
      }
    }
    let reminder: ReminderAfterMove = "none";
    if (edit.field === "when") reminder = await remindersAfterMove(trx, current, event, unreminded, now);
    else if (unreminded.length) await markSuperseded(trx, stoppedReminders, await queueReminder(deps, trx, event, unreminded, now));
    const rereminded = edit.field === "when" ? 0 : unreminded.length;
    const audit = { event_id: event.id, field: edit.field, status: current.status, rereminded, reminder };
    if (current.status === "scheduled") {
      await logAudit(trx, actor, "event_edited", { ...audit, notified: 0 });
      return { ok: true, event, announced: false, notified: 0, reannounced: 0, rereminded, reminder };
    }

    // copies not sent yet: stopped, and queued again with the new text (the worker skips who unsubscribed since)
    const waiting: number[] = [];
    const stopped: number[] = [];
    for (const b of about.filter((x) => x.kind === "event")) {
      if (await cancelBroadcast(trx, b.id, actor)) {
        stopped.push(b.id);
        waiting.push(...(await pendingRecipients(trx, b.id)));
      }
    }
    const reannounceBroadcastId = waiting.length
      ? await enqueueBroadcast(trx, { createdBy: actor, kind: "event", message: await announcementMessage(deps, trx, event, waiting), recipients: waiting })
      : undefined;
    // /siaran then reads them as replaced by the new version, not as stopped with copies lost
    if (reannounceBroadcastId !== undefined) await markSuperseded(trx, stopped, reannounceBroadcastId);

    const recipients = await changeNoticeRecipients(trx, event.id);
    const noticeBroadcastId = recipients.length
      ? await enqueueBroadcast(trx, {
        createdBy: actor,
        kind: "event_changed",
        message: {
          ...eventRef(event),
          ...(await wordingsFor(deps, trx, event, recipients, (t, r) => ({
            text: t("ev-changed-notice", { title: escapeHtml(event.title), change: changeLine(t, r, current, event, edit.field) }),
          }))),
          parseMode: "HTML",
        },
        recipients,
      })
      : undefined;
    await logAudit(trx, actor, "event_edited", {
      ...audit, notified: recipients.length, notice_broadcast_id: noticeBroadcastId ?? null, reannounced: waiting.length, reannounce_broadcast_id: reannounceBroadcastId ?? null,
    });
    return {
      ok: true, event, announced: true, notified: recipients.length, reannounced: waiting.length, rereminded, reminder,
      ...(noticeBroadcastId !== undefined ? { noticeBroadcastId } : {}),
      ...(reannounceBroadcastId !== undefined ? { reannounceBroadcastId } : {}),
    };
  });
}

/** The chats a (just cancelled) broadcast had not reached yet. */
async function pendingRecipients(db: Kysely<Database>, broadcastId: number): Promise<number[]> {
  const pending = await db.selectFrom("deliveries").select("chat_id").where("broadcast_id", "=", broadcastId).where("status", "=", "pending").execute();
  return pending.map((p) => Number(p.chat_id));
}

/**
 * Who is reminded of a sent event moved from `before` to `after`. Less than a day ahead: the change
 * notice reaches every attendee and is their reminder. Moved within the same day: who was reminded
 * of that day stays reminded (a second "besok" would only repeat it); those whose reminder was
 * still queued (`unreminded`) are reminded for the new time. To another day: everyone again.
 */
async function remindersAfterMove(trx: Kysely<Database>, before: Event, after: Event, unreminded: readonly number[], now: Date): Promise<ReminderAfterMove> {
  const attendees = trx.updateTable("event_attendees").where("event_id", "=", after.id);
  if (after.starts_at <= new Date(now.getTime() + REMINDER_WINDOW_MS).toISOString()) {
    const marked = await attendees.set({ reminded: 1 }).executeTakeFirst();
    return Number(marked.numUpdatedRows) > 0 ? "notice" : "none";
  }
  const zone = zoneOfEvent(after);
  const sameDay = localDateTime(before.starts_at, zone).date === localDateTime(after.starts_at, zone).date;
  if (!sameDay) await attendees.set({ reminded: 0 }).execute();
  else if (unreminded.length) await attendees.set({ reminded: 0 }).where("chat_id", "in", [...unreminded]).execute();
  const rows = await trx.selectFrom("event_attendees").select(["reminded", "created_at"]).where("event_id", "=", after.id).execute();
  // said only when someone will be: who registered inside the new time's window gets no reminder (markReminded)
  if (rows.some((r) => Number(r.reminded) === 0 && r.created_at < windowOpens(after.starts_at))) return "again";
  return rows.some((r) => Number(r.reminded) === 1) ? "already" : "none";
}

/** Queues the reminder of `event` to `recipients` ("hari ini" or "besok" on each reader's calendar). */
async function queueReminder(deps: PublishDeps, trx: Kysely<Database>, event: Event, recipients: readonly number[], now: Date): Promise<number> {
  // 24 hours ahead may still be today there
  const dayIn = (zone: TimeZoneName) => (localDateTime(event.starts_at, zone).date === localDateTime(now, zone).date ? "today" : "tomorrow");
  const wording = await wordingsFor(deps, trx, event, recipients, (t, r) => ({
    text: `${t("ev-reminder-title", { day: dayIn(r.zone) })}\n\n${renderEvent(event, deps.regions, t, r.language, r.zone)}`,
  }));
  return enqueueBroadcast(trx, {
    createdBy: event.created_by ?? 0,
    kind: "event_reminder",
    message: { ...eventRef(event), ...wording, parseMode: "HTML" },
    recipients: [...recipients],
  });
}

/** Whether the creator's role (undefined: none any more) covers every province of the event. */
function creatorCovers(role: OfficerRole | undefined, event: Pick<Event, "province_codes">): role is OfficerRole {
  return role !== undefined && coversAll(role, list(event.province_codes));
}

/**
 * Takes a scheduled announcement back to a draft: shown nowhere, never sent, and not sent
 * later should the right come back (a draft is only ever sent from its own form).
 * False when it was no longer scheduled (sent or cancelled meanwhile).
 */
type WithholdReason = "creator_revoked" | "creator_moved" | "creator_deleted";

async function withholdScheduled(db: Kysely<Database>, event: Pick<Event, "id">, reason: WithholdReason): Promise<boolean> {
  const r = await db.updateTable("events").set({ status: "draft", send_at: null }).where("id", "=", event.id).where("status", "=", "scheduled").executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return false;
  await logAudit(db, "system", "event_withheld", { event_id: event.id, reason });
  return true;
}

/** Why the timer withholds: created_by is null once the creator deleted their data (/hapusdata), which also ended their right. */
const withholdReason = (role: OfficerRole | undefined, event: Pick<Event, "created_by">): WithholdReason =>
  event.created_by === null ? "creator_deleted" : role === undefined ? "creator_revoked" : "creator_moved";

/**
 * Withholds a scheduled announcement the timer may not send and, in the same transaction,
 * queues a notice to the owners naming it and why, so nobody waits for an announcement that
 * will not come (/petugas tells them itself when it withholds at a revocation or a move).
 */
async function withholdAndTell(deps: PublishDeps & { ownerIds: readonly number[] }, event: Event, reason: WithholdReason): Promise<boolean> {
  return inTransaction(deps.db, async (trx) => {
    if (!(await withholdScheduled(trx, event, reason))) return false;
    const owners = [...new Set(deps.ownerIds)];
    if (owners.length === 0) return true;
    await enqueueBroadcast(trx, {
      createdBy: 0,
      kind: "event_withheld",
      message: {
        ...eventRef(event),
        ...(await wordingsFor(deps, trx, event, owners, (t, r) => ({
          text: t("ev-withheld-owner-notice", {
            title: escapeHtml(event.title),
            when: formatEventDate(new Date(event.starts_at), r.zone, r.language),
            area: escapeHtml(areaLine(deps.regions, event, t)),
            send: event.send_at ? formatEventDate(new Date(event.send_at), r.zone, r.language) : "-",
            reason,
          }),
        }))),
        parseMode: "HTML",
      },
      recipients: owners,
    });
    return true;
  });
}

/** Raw HTML length of one grouped notice: at most Telegram's 4096 visible characters, with room to spare. */
const GROUPED_NOTICE_LIMIT = 4000;

/**
 * Withholds several scheduled announcements at once (an officer's /hapusdata with many of them)
 * and tells the owners in ONE notice listing them, grouped by reason, rather than one message
 * each; a long list is split between events into parts that each fit a message. One event
 * alone gets the single notice (withholdAndTell). All in one transaction. Returns how many.
 */
async function withholdAllAndTell(deps: PublishDeps & { ownerIds: readonly number[] }, items: readonly { event: Event; reason: WithholdReason }[]): Promise<number> {
  if (items.length === 0) return 0;
  if (items.length === 1) return (await withholdAndTell(deps, items[0]!.event, items[0]!.reason)) ? 1 : 0;
  return inTransaction(deps.db, async (trx) => {
    const withheld: { event: Event; reason: WithholdReason }[] = [];
    for (const it of items) if (await withholdScheduled(trx, it.event, it.reason)) withheld.push(it);
    const owners = [...new Set(deps.ownerIds)];
    if (withheld.length === 0 || owners.length === 0) return withheld.length;
    const order: WithholdReason[] = ["creator_deleted", "creator_revoked", "creator_moved"];
    withheld.sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason));
    const first = withheld[0]!.event;
    const main: Reader = { language: deps.language ?? "id", zone: zoneOfEvent(first) };
    const translator = translatorFor(deps);
    const readers = new Map<string, Reader>([[`${main.language} ${main.zone}`, main]]);
    for (const r of (await readersOf(deps, trx, owners, main.language, main.zone)).values()) readers.set(`${r.language} ${r.zone}`, r);
    const tOf = (r: Reader) => (r === main ? deps.t : translator(r.language));
    const item = (t: Translate, r: Reader, e: Event) => t("ev-withheld-owner-item", {
      title: escapeHtml(e.title),
      when: formatEventDate(new Date(e.starts_at), r.zone, r.language),
      area: escapeHtml(areaLine(deps.regions, e, t)),
      send: e.send_at ? formatEventDate(new Date(e.send_at), r.zone, r.language) : "-",
    });
    const render = (t: Translate, r: Reader, part: typeof withheld, index: number, parts: number) => {
      const lines = [t("ev-withheld-owner-many", { n: withheld.length, part: index + 1, parts })];
      let reason: WithholdReason | undefined;
      for (const it of part) {
        if (it.reason !== reason) lines.push("", t("ev-withheld-owner-reason", { reason: (reason = it.reason) }));
        lines.push(item(t, r, it.event));
      }
      lines.push("", t("ev-withheld-owner-many-end"));
      return lines.join("\n");
    };
    // split between events so that every reader's wording of every part fits (part numbers "99/99" counted in)
    const parts: (typeof withheld)[] = [[]];
    for (const it of withheld) {
      const current = parts[parts.length - 1]!;
      const fits = [...readers.values()].every((r) => render(tOf(r), r, [...current, it], 98, 99).length <= GROUPED_NOTICE_LIMIT);
      if (fits || current.length === 0) current.push(it);
      else parts.push([it]);
    }
    for (const [index, part] of parts.entries()) {
      await enqueueBroadcast(trx, {
        createdBy: 0,
        kind: "event_withheld",
        message: {
          ...(await wordingsFor(deps, trx, first, owners, (t, r) => ({ text: render(t, r, part, index, parts.length) }))),
          parseMode: "HTML",
        },
        recipients: owners,
      });
    }
    return withheld.length;
  });
}

/**
 * For the app's timer: scheduled announcements whose creator deleted their data are withheld
 * at once, not at their send time, and the owners told which in one notice (withholdAllAndTell):
 * /acara then no longer says they will go out. Returns how many.
 */
async function withholdOrphanedScheduled(deps: PublishDeps & { ownerIds: readonly number[] }): Promise<number> {
  const orphaned = await deps.db.selectFrom("events").selectAll().where("status", "=", "scheduled").where("created_by", "is", null).orderBy("send_at").execute();
  return withholdAllAndTell(deps, orphaned.map((event) => ({ event, reason: "creator_deleted" as const })));
}

/**
 * Withholds the scheduled announcements of `userId` that their role, as it is now, does not
 * cover: what /petugas tells the owner at a revocation or a move. Returns those withheld.
 */
export async function withholdUncoveredScheduled(db: Kysely<Database>, ownerIds: readonly number[], userId: number): Promise<Event[]> {
  const role = await officerRole(db, ownerIds, userId);
  const scheduled = await db.selectFrom("events").selectAll().where("created_by", "=", userId).where("status", "=", "scheduled").orderBy("send_at").execute();
  const withheld: Event[] = [];
  for (const event of scheduled) {
    if (!creatorCovers(role, event) && (await withholdScheduled(db, event, withholdReason(role, event)))) withheld.push(event);
  }
  return withheld;
}

/**
 * For the app's timer: publishes every scheduled event whose send time has come, if its
 * creator still holds a role covering all its provinces (owners always do). The role is read
 * now, whichever instance runs the timer: an officer revoked or moved since scheduling
 * publishes nothing in their name, and the announcement is withheld, the owners told which.
 * Announcements whose creator deleted their data are withheld (and told) first, whatever their time.
 */
export async function sendDueEvents(deps: PublishDeps & { ownerIds: readonly number[] }, now: Date): Promise<{ eventId: number; broadcastId: number; recipients: number }[]> {
  const out: { eventId: number; broadcastId: number; recipients: number }[] = [];
  const failures: unknown[] = [];
  await withholdOrphanedScheduled(deps);
  // those the timer may not send, told to the owners together after the loop (one notice, not one each)
  const refused: { event: Event; reason: WithholdReason }[] = [];
  for (const event of await dueScheduledEvents(deps.db, now)) {
    // created_by is null once the creator deleted their data, which also ended any officer right
    const role = await officerRole(deps.db, deps.ownerIds, event.created_by ?? undefined);
    if (!creatorCovers(role, event)) {
      refused.push({ event, reason: withholdReason(role, event) });
      continue;
    }
    // claimed and queued in one transaction (publishEvent from "scheduled"): a crash or an error
    // between the two cannot leave it marked sent with nothing queued, and two instances send it once
    try {
      const r = await publishEvent(deps, event, { createdBy: role.userId, from: "scheduled" });
      if (!r.already) out.push({ eventId: event.id, broadcastId: r.broadcastId, recipients: r.recipients });
    } catch (error) {
      // one event failing (it stays scheduled, tried again next tick) does not hold back the others
      if (!(error instanceof EventGoneError)) failures.push(error);
    }
  }
  try {
    await withholdAllAndTell(deps, refused);
  } catch (error) {
    failures.push(error);
  }
  if (failures.length > 0) throw failures.length === 1 ? failures[0] : new AggregateError(failures, `${failures.length} due events failed to publish`);
  return out;
}

/**
 * For the app's timer: queues a reminder for the attendees of the next 24 hours' events (one
 * broadcast per event). Per event, marking its attendees reminded and queueing their reminder
 * are one transaction: a failure between the two loses no reminder (they stay unreminded for
 * the next tick), and with several instances each attendee is marked by one of them only.
 */
export async function sendReminders(deps: PublishDeps, now: Date): Promise<number> {
  const events = await eventsAwaitingReminders(deps.db, now);
  let count = 0;
  for (const { event_id: eventId } of events) {
    count += await inTransaction(deps.db, async (trx) => {
      const event = await getEvent(trx, eventId);
      if (!event) return 0;
      const recipients = await markReminded(trx, event);
      if (recipients.length === 0) return 0;
      await queueReminder(deps, trx, event, recipients, now);
      return recipients.length;
    });
  }
  return count;
}
