/**
 * UU PDP 27/2022 rights in the chat: /dataku shows everything stored about the
 * user (readable in the chat, complete as a JSON file), /hapusdata deletes it after a
 * confirmation button and says what went.
 */
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../../context";
import type { Feature } from "../../create-bot";
import { escapeHtml, splitMessage } from "../../html";
import { inPrivateChat } from "../../private-chat";
import type { Kysely } from "kysely";
import type { Database } from "../../../store/schema";
import { leadsOfChat, notifyWithdrawnLeads, type WithdrawnLead } from "../officers/leads";
import { Regions, zoneForProvince, type TimeZoneName } from "../../../regions";
import { localDateTime } from "../../../officers/roles";
import { OCCUPATION_FROM_KIND } from "../../../leads/validate";
import { maskIdentityNumbers } from "../../../feedback/identity-numbers";

/** The official area list, to name regions in words; loaded once, when first needed. */
let regionsLoaded: Promise<Regions> | undefined;
const loadRegions = () => (regionsLoaded ??= Regions.load());

/** Forms whose consent is given inside them (/daftar, /langganan) open in this chat, paused ones included. */
function consentForms(ctx: BotContext): string[] {
  return Object.keys(ctx.conversation.active()).filter((id) => CONSENT_FORMS.has(id));
}
const CONSENT_FORMS = new Set(["enrollment", "subscribe"]);

export interface PrivacyService {
  /** Every stored row about the chat, grouped by table. */
  exportUserData(chatId: number): Promise<Record<string, unknown[]>>;
  /** Deletes every row about the chat in one transaction; returns rows deleted per table. */
  deleteUserData(chatId: number): Promise<Record<string, number>>;
  /**
   * Withdraws every active consent and stops what depended on it (open leads,
   * subscriptions, answer notifications); returns what was stopped.
   */
  withdrawConsents(chatId: number): Promise<{ consents: number; leads: number; subscriptions: number }>;
  /** Whether the chat belongs to an officer, whose rights go with their data. */
  isOfficer?(chatId: number): Promise<boolean>;
  /** Titles of the announcements the officer scheduled and not yet sent: held once their data (and right) is gone. */
  scheduledAnnouncements?(chatId: number): Promise<string[]>;
  /** Told when an officer deletes their data (and so their rights); also of withdrawn leads no officer covers. */
  ownerIds?: readonly number[];
  /** To tell the officers holding copies of withdrawn leads; without it they are not told. */
  db?: Kysely<Database>;
  /** A knowledge entry's title in the reader's language, to name the answer a question or vote is about. */
  entryTitle?(id: string, language: "id" | "en"): string | undefined;
}

const TABLE_KEYS: Record<string, string> = {
  users: "data-table-users", consents: "data-table-consents", subscriptions: "data-table-subscriptions",
  leads: "data-table-leads", event_attendees: "data-table-events", tickets: "data-table-tickets",
  deliveries: "data-table-deliveries", sessions: "data-table-sessions", officers: "data-table-officers",
  unanswered_questions: "data-table-questions", feedback: "data-table-feedback", audit_log: "data-table-audit",
  events: "data-table-events-created", broadcasts: "data-table-broadcasts",
};

/** A table's heading: a table without its own name says which it is, so no two read "Lainnya". */
function tableHeading(table: string, t: (key: string, vars?: Record<string, string>) => string): string {
  const key = TABLE_KEYS[table];
  return key ? t(key) : t("data-table-other-named", { table });
}

/** Rows of one table shown in the chat; the attached file has every row. */
const ROWS_SHOWN = 5;
/** Tables that grow with use (an officer's broadcasts, an owner's audit trail): fewer rows in the chat. */
const LONG_TABLES = new Set(["audit_log", "deliveries", "broadcasts", "events"]);
const LONG_ROWS_SHOWN = 3;

/**
 * Fields the chat leaves to the attached JSON copy: the sending queue's and Telegram's internals
 * (which worker claimed a delivery, attempts, message ids, payloads), row ids, and the user's own
 * chat id repeated on every row. The users table keeps its chat id and pseudonym. Every other
 * field is named in words (data-field).
 */
export const INTERNAL_FIELDS: ReadonlySet<string> = new Set([
  "id", "chat_id", "user_ref", "user_id", "created_by", "notify_chat_id", "claimed_by", "claimed_at", "attempts",
  "next_attempt_at", "message_id", "officer_message_id", "officer_chat_id", "status_message_id", "status_chat_id",
  "payload", "erased_sent", "erased_failed", "erased_blocked", "photo_file_id", "broadcast_id", "group_key", "key",
  "timezone", "reraised_at", "error", "details", "actor", "event_id",
]);
const KEPT_BY_TABLE: Record<string, ReadonlySet<string>> = { users: new Set(["chat_id", "user_ref"]) };

/** What the chat view looks up to name things: regions, events' titles, broadcasts' titles. */
export interface Names {
  chatId: number;
  region(code: string): string | undefined;
  provinceCount: number;
  eventTitle(id: number): string | undefined;
  broadcastTitle(id: number): string | undefined;
  /** A knowledge entry's title (the answer a question was linked to, or a vote is on); undefined shows the id. */
  entryTitle(id: string): string | undefined;
}

/** One stored row as shown in the chat: internals out, codes of regions and events as names. */
function viewRow(table: string, row: Record<string, unknown>, names: Names, t: (key: string, vars?: Record<string, string | number>) => string): Record<string, unknown> {
  const kept = KEPT_BY_TABLE[table];
  const out: Record<string, unknown> = {};
  const regionList = (codes: string) => codes.split(",").map((c) => c.trim()).filter(Boolean).map((c) => names.region(c) ?? c);
  // what the row is about first: the event or announcement by its title
  if (table === "event_attendees" && row.event_id !== undefined) out.event = names.eventTitle(Number(row.event_id)) ?? `#${String(row.event_id)}`;
  if (table === "deliveries" && row.broadcast_id !== undefined) out.announcement = names.broadcastTitle(Number(row.broadcast_id)) ?? `#${String(row.broadcast_id)}`;
  if (table === "broadcasts") {
    out.announcement = names.broadcastTitle(Number(row.id)) ?? `#${String(row.id)}`;
  }
  // an officers row about someone the user appointed names that officer
  if (table === "officers" && row.user_id !== undefined && Number(row.user_id) !== names.chatId) out.officer = String(row.user_id);
  for (const [field, value] of Object.entries(row)) {
    if (INTERNAL_FIELDS.has(field) && !kept?.has(field)) continue;
    if (table === "officers" && field === "granted_at") {
      out.appointed_at = value;
      continue;
    }
    if (field === "province_code") {
      // an officer's right without a province is for every province
      if (value === null && table === "officers") out.province = t("data-scope-all");
      else if (typeof value === "string" && value) out.province = names.region(value) ?? value;
      continue;
    }
    if (field === "regency_code" || field === "district_code") {
      if (typeof value === "string" && value) out[field === "regency_code" ? "regency" : "district"] = names.region(value) ?? value;
      continue;
    }
    if (field === "province_codes" && typeof value === "string") {
      const list = regionList(value);
      out.provinces = list.length >= names.provinceCount ? t("data-all-provinces", { n: list.length }) : list.join(", ");
      continue;
    }
    // the answer a question or vote is about, by its title rather than the knowledge base's id
    if ((field === "entry_id" || field === "linked_entry_id") && typeof value === "string" && value) {
      out[field] = names.entryTitle(value) ?? value;
      continue;
    }
    // an occupation the worker's kind implies is stored in Indonesian for officers: shown in the reader's language
    if (table === "leads" && field === "occupation" && typeof value === "string") {
      out[field] = occupationInWords(value, t);
      continue;
    }
    if (field === "regency_codes" && typeof value === "string") {
      if (value) out.regencies = regionList(value).join(", ");
      continue;
    }
    out[field] = value;
  }
  return out;
}

/**
 * A stored occupation in the reader's language when it is one of the standard kinds' Indonesian
 * labels ("Pengemudi ojek online" → "Online motorbike-taxi driver"), the details a village
 * official typed after it kept as typed; any other occupation as typed.
 */
function occupationInWords(stored: string, t: (key: string, vars?: Record<string, string | number>) => string): string {
  for (const [kind, label] of Object.entries(OCCUPATION_FROM_KIND)) {
    if (stored !== label && !stored.startsWith(`${label} (`)) continue;
    const key = `occupation-of-${kind}`;
    const words = t(key);
    return words === key ? stored : `${words}${stored.slice(label.length)}`;
  }
  return stored;
}

/** Columns stored as 0/1. */
const FLAG_FIELDS = new Set(["blocked", "notify_opt_in", "contact_via_telegram", "handled", "helpful", "reminded"]);

interface RowWords {
  field(name: string): string;
  yes: string;
  no: string;
  /** A stored code in words ("bpu_farmer" → "Petani"), or undefined to show it as stored. */
  code(key: string): string | undefined;
  /** The zone stored times are shown in: the user's province's, else WIB. */
  zone: TimeZoneName;
}

/** Columns holding codes, and the text key of each code; lists are stored comma-separated. */
const CODE_KEYS: Record<string, Record<string, (code: string) => string>> = {
  leads: { status: (c) => `off-status-${c}`, worker_kind: (c) => `kind-${c}`, programs: (c) => `program-${c}` },
  subscriptions: { topics: (c) => `sub-topic-${c}` },
  consents: { purpose: (c) => `data-purpose-${c}` },
  unanswered_questions: { reason: (c) => `data-reason-${c}` },
  tickets: { status: (c) => `data-ticket-status-${c}` },
  sessions: { writtenIn: (c) => `data-language-${c}`, language: (c) => `data-language-${c}`, conversation: (c) => `data-form-${c}`, pausedForm: (c) => `data-form-${c}` },
  users: { language: (c) => `data-language-${c}` },
  events: { status: (c) => `data-event-status-${c}` },
  broadcasts: { status: (c) => `data-broadcast-status-${c}`, kind: (c) => `data-broadcast-kind-${c}` },
  deliveries: { status: (c) => `data-delivery-status-${c}` },
  audit_log: { action: (c) => `data-action|action|${c}` },
};

/** A stored UTC time ("2026-11-26T23:43:58.270Z"). */
const STORED_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)?$/;

/** A consent text's version in words: "enrollment-2026-11-v3" → "version 3". */
function consentVersion(version: string, words: RowWords): string {
  const n = /-v(\d+)$/.exec(version)?.[1];
  return n ? words.code(`data-consent-version|${n}`) ?? version : version;
}

/** One stored row as "field: value" lines in the reader's language, empty fields left out. */
function readableRow(table: string, row: unknown, words: RowWords): string {
  const fields = Object.entries((table === "sessions" ? readableSession(row) : row) as Record<string, unknown>);
  const codeKey = CODE_KEYS[table];
  const inWords = (field: string, value: string) =>
    value.split(",").map((c) => words.code(codeKey![field]!(c.trim())) ?? c).join(", ");
  const show = (field: string, value: unknown) =>
    FLAG_FIELDS.has(field) && (value === 0 || value === 1 || typeof value === "boolean") ? (value ? words.yes : words.no)
    : table === "consents" && field === "text_version" && typeof value === "string" ? consentVersion(value, words)
    : typeof value === "string" && codeKey?.[field] ? inWords(field, value)
    : typeof value === "string" && STORED_TIME.test(value) ? localTime(value, words.zone)
    : typeof value === "object" ? JSON.stringify(value) : String(value);
  return fields
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([field, value]) => `${words.field(field)}: ${show(field, value)}`)
    .join("\n");
}

/** "2026-11-27 06.43 WIB": the user's own clock, not UTC. */
function localTime(stored: string, zone: TimeZoneName): string {
  const instant = new Date(/[Zz]|[+-]\d\d:?\d\d$/.test(stored) ? stored : `${stored.replace(" ", "T")}Z`);
  if (Number.isNaN(instant.getTime())) return stored;
  const { date, time } = localDateTime(instant, zone);
  return `${date} ${time} ${zone}`;
}

/**
 * A session row as a person would describe it: the conversations in progress by name,
 * not the conversation plugin's replay log (which is in the JSON copy); the messages rated as
 * a count. "Last question asked back" only when it was a question the bot asked back about,
 * not an answer typed into a form (a ticket's province), which the form already holds.
 */
function readableSession(row: unknown): Record<string, unknown> {
  // the session's storage key is the bot's own bookkeeping (it is in the JSON copy)
  const { value, key: _key, ...rest } = row as { value?: Record<string, unknown> | null; key?: string };
  const { conversation, fbVoted, clarifiedQuestion, ...fields } = value ?? {};
  const state = (conversation as { state?: Record<string, unknown[]> } | undefined)?.state ?? {};
  const active = Object.entries(state).filter(([, runs]) => Array.isArray(runs) && runs.length > 0).map(([name]) => name);
  const formAnswer = typeof clarifiedQuestion === "string" && typedIntoForm(conversation, clarifiedQuestion);
  const held = active.flatMap((name) => formContents(state[name]!));
  return {
    ...rest,
    ...fields,
    ...(typeof clarifiedQuestion === "string" && !formAnswer ? { clarifiedQuestion } : {}),
    ...(Array.isArray(fbVoted) && fbVoted.length > 0 ? { fbVoted: fbVoted.length } : {}),
    ...(active.length > 0 ? { conversation: active.join(", ") } : {}),
    // what the open or paused form holds so far, not only its name: what was typed, and what the
    // form kept of it (a phone number), identity numbers masked (the JSON copy has the record as stored)
    ...(held.length > 0 ? { formAnswers: [...new Set(held)].map((h) => `«${h}»`).join(", ") } : {}),
  };
}

/** Values in a form's saved record that say nothing of the user: times, flags, the bot's own codes. */
const NOT_AN_ANSWER = /^(\d{4}-\d{2}-\d{2}[T ][\d:.]+Z?|[a-z]+(?:[-_:][a-z0-9_]+)*|\[.*\])$/;

/**
 * What the user gave a form that is still open or paused: the messages typed into it (not the command
 * that opened it) and the text values the form kept of them (conversation.external's results, such as
 * a phone number), masked. The bot's own messages and Telegram's responses are left out.
 */
function formContents(runs: unknown[]): string[] {
  const out: string[] = [];
  const strings = (value: unknown, depth = 0): string[] => {
    if (typeof value === "string") return [value];
    if (depth >= 2 || value === null || typeof value !== "object") return [];
    return Object.values(value as Record<string, unknown>).flatMap((v) => strings(v, depth + 1));
  };
  for (const run of runs) {
    const replay = (run as { replay?: { send?: { payload?: unknown }[]; receive?: { send: number; returnValue?: unknown }[] } }).replay;
    for (const op of replay?.receive ?? []) {
      const kind = replay?.send?.[op.send]?.payload;
      if (kind === "wait") {
        const message = (op.returnValue as { message?: { text?: string; contact?: { phone_number?: string } } } | undefined)?.message;
        const typed = message?.text ?? message?.contact?.phone_number;
        if (typeof typed === "string" && typed.trim() && !typed.startsWith("/")) out.push(maskIdentityNumbers(typed.trim()));
      } else if (kind === "external") {
        for (const text of strings(op.returnValue)) if (text.trim() && !NOT_AN_ANSWER.test(text.trim())) out.push(maskIdentityNumbers(text.trim()));
      }
    }
  }
  return out;
}

/** Whether a form's saved state holds `text` as a message typed into it. */
function typedIntoForm(conversation: unknown, text: string): boolean {
  if (conversation === undefined || conversation === null) return false;
  return JSON.stringify(conversation).includes(JSON.stringify(text.trim()));
}

/**
 * Whether the user is to be told when one of their questions is answered: an active "notify"
 * consent and a question still waiting with their chat id (the profile's own flag is older).
 */
function waitsForAnswer(data: Record<string, unknown[]>, chatId: number): boolean {
  const consent = (data.consents ?? []).some((c) => (c as { purpose?: string; withdrawn_at?: string | null }).purpose === "notify" && !(c as { withdrawn_at?: string | null }).withdrawn_at);
  const waiting = (data.unanswered_questions ?? []).some((q) => Number((q as { notify_chat_id?: number | null }).notify_chat_id) === chatId && !(q as { handled?: number }).handled);
  return consent && waiting;
}

/**
 * The zone of the user's own province: their subscription, lead, officer's province, or a
 * question they asked themselves (not one they answered as an officer); else WIB.
 */
function zoneOfUser(data: Record<string, unknown[]>, chatId: number): TimeZoneName {
  const own = (rows: unknown[] | undefined, idField: string) =>
    (rows ?? []).filter((r) => Number((r as Record<string, unknown>)[idField]) === chatId);
  const province = [...(data.subscriptions ?? []), ...(data.leads ?? []), ...own(data.officers, "user_id"), ...own(data.tickets, "chat_id")]
    .map((r) => (r as { province_code?: string | null }).province_code)
    .find((c): c is string => typeof c === "string" && c !== "");
  return province ? zoneForProvince(province) : "WIB";
}

/** Titles of the events and broadcasts the rows name, read once for the whole view. */
async function lookUpNames(db: Kysely<Database> | undefined, data: Record<string, unknown[]>, chatId: number, entryTitle?: (id: string) => string | undefined): Promise<Names> {
  const regions = await loadRegions();
  const eventIds = [...new Set((data.event_attendees ?? []).map((r) => Number((r as { event_id?: number }).event_id)))];
  const broadcastIds = [...new Set([
    ...(data.deliveries ?? []).map((r) => Number((r as { broadcast_id?: number }).broadcast_id)),
    ...(data.broadcasts ?? []).map((r) => Number((r as { id?: number }).id)),
  ])];
  const events = new Map<number, string>();
  const broadcasts = new Map<number, string>();
  if (db && eventIds.length > 0) {
    for (const e of await db.selectFrom("events").select(["id", "title"]).where("id", "in", eventIds).execute()) events.set(Number(e.id), `«${e.title}»`);
  }
  if (db && broadcastIds.length > 0) {
    for (const b of await db.selectFrom("broadcasts").select(["id", "payload"]).where("id", "in", broadcastIds.slice(-200)).execute()) {
      try {
        const title = (JSON.parse(b.payload) as { eventTitle?: unknown }).eventTitle;
        if (typeof title === "string") broadcasts.set(Number(b.id), `«${title}»`);
      } catch {
        // a payload that is not JSON is named by its number
      }
    }
  }
  return {
    chatId,
    region: (code) => regions.get(code)?.name,
    provinceCount: regions.provinces.length,
    eventTitle: (id) => events.get(id),
    broadcastTitle: (id) => broadcasts.get(id),
    entryTitle: (id) => entryTitle?.(id),
  };
}

export function privacyFeature(privacy: PrivacyService): Feature {
  return () => {
    const composer = new Composer<BotContext>();

    /**
     * Runs a deletion that takes the chat's leads with it; afterwards the officers who got
     * them are asked to delete their copies, and the citizen is told what cannot be pulled back.
     */
    const withLeadNotice = async <T>(ctx: BotContext, leadsDeleted: (r: T) => number, remove: () => Promise<T>) => {
      const chatId = ctx.chat!.id;
      const leads: WithdrawnLead[] = privacy.db ? await leadsOfChat(privacy.db, chatId) : [];
      const result = await remove();
      if (leadsDeleted(result) === 0) return { result, note: "" };
      const told = privacy.db ? await notifyWithdrawnLeads(ctx.api, privacy.db, leads, { ownerIds: privacy.ownerIds }) : 0;
      return { result, note: `\n\n${ctx.t("privacy-copies-with-officers", { told })}` };
    };

    composer.command(["dataku", "datasaya", "mydata"], async (ctx) => {
      if (!(await inPrivateChat(ctx))) return;
      ctx.outcome = "my_data";
      const data = await privacy.exportUserData(ctx.chat.id);
      const sections = Object.entries(data).filter(([, rows]) => rows.length > 0);
      if (sections.length === 0) {
        await ctx.reply(ctx.t("data-none"));
        return;
      }
      const zone = zoneOfUser(data, ctx.chat.id);
      const words: RowWords = {
        field: (field) => ctx.t("data-field", { field }), yes: ctx.t("data-yes"), no: ctx.t("data-no"),
        // Fluent gives the key back when it has no such text: then the code is shown as stored
        code: (key) => {
          const [id, name, value] = key.split("|") as [string, string?, string?];
          // "key|n" fills $version; "key|name|value" fills $name
          const text = name === undefined ? ctx.t(id) : value === undefined ? ctx.t(id, { version: name }) : ctx.t(id, { [name]: value });
          return text === id ? undefined : text;
        },
        zone,
      };
      const language = (await ctx.i18n.getLocale()) === "en" ? "en" : "id";
      const names = await lookUpNames(privacy.db, data, ctx.chat.id, privacy.entryTitle ? (id) => privacy.entryTitle!(id, language) : undefined);
      // the profile's "wants updates" agrees with a question waiting to be answered for the user
      const notify = waitsForAnswer(data, ctx.chat.id);
      const readable = (table: string, row: unknown) => {
        const withNotify = table === "users" && notify ? { ...(row as object), notify_opt_in: 1 } : row;
        const shown = table === "sessions" ? withNotify : viewRow(table, withNotify as Record<string, unknown>, names, (k, v) => ctx.t(k, v));
        return readableRow(table, shown, words);
      };
      // the newest few rows of each table in the chat (an officer's audit trail can run to thousands); all of them in the file
      const body = sections
        .map(([table, rows]) => {
          const limit = LONG_TABLES.has(table) ? LONG_ROWS_SHOWN : ROWS_SHOWN;
          const shown = rows.slice(-limit).map((r) => readable(table, r)).filter(Boolean).join("\n\n");
          const more = rows.length > limit ? `\n${ctx.t("data-more-in-file", { n: rows.length - limit })}` : "";
          const heading = tableHeading(table, (k, v) => ctx.t(k, v));
          return `<b>${escapeHtml(heading)}</b> (${rows.length})${shown ? `\n<pre>${escapeHtml(shown)}</pre>` : ""}${more}`;
        })
        .join("\n\n");
      const intro = `${ctx.t("data-title")}\n${ctx.t("data-times-in", { zone })}`;
      for (const part of splitMessage(`${intro}\n\n${body}\n\n${ctx.t("data-footer")}`)) {
        await ctx.reply(part, { parse_mode: "HTML" });
      }
      // the complete copy, exactly as stored: the right to take one's data elsewhere (UU PDP Pasal 13)
      const copy = JSON.stringify({ exported_at: new Date().toISOString(), ...data }, null, 2);
      await ctx.replyWithDocument(new InputFile(Buffer.from(copy, "utf8"), "tanyajamsos-data.json"), { caption: ctx.t("data-file-caption") });
    });

    composer.command(["hapusdata", "deletedata"], async (ctx) => {
      if (!(await inPrivateChat(ctx))) return;
      ctx.outcome = "delete_prompt";
      // an officer loses their rights with their data: they are told before, and the owners after
      const officer = (await privacy.isOfficer?.(ctx.chat.id)) ?? false;
      // their scheduled announcements are held, not sent, once the right is gone: said before, named
      const scheduled = officer ? (await privacy.scheduledAnnouncements?.(ctx.chat.id)) ?? [] : [];
      const held = scheduled.length > 0 ? `\n${ctx.t("delete-confirm-officer-scheduled", { n: scheduled.length, titles: escapeHtml(scheduled.join("; ")) })}` : "";
      await ctx.reply(officer ? `${ctx.t("delete-confirm")}\n\n${ctx.t("delete-confirm-officer")}${held}` : ctx.t("delete-confirm"), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(ctx.t("delete-yes"), "privacy:delete").text(ctx.t("delete-no"), "privacy:keep"),
      });
    });

    /**
     * /tarikpersetujuan asks first, as /hapusdata does: it deletes the enrollment lead (and tells
     * its officers to stop contacting the person) and stops the subscription. The question lists
     * what will stop; nothing changes until "Ya, tarik" is pressed.
     */
    composer.command(["tarikpersetujuan", "withdraw"], async (ctx) => {
      if (!(await inPrivateChat(ctx))) return;
      const data = await privacy.exportUserData(ctx.chat.id);
      const active = (data.consents ?? []).filter((c) => !(c as { withdrawn_at?: string | null }).withdrawn_at) as { purpose?: string }[];
      // a /daftar or /langganan form still open holds a consent given in it (and perhaps a phone),
      // not yet stored: withdrawing closes it, so its old Kirim cannot send anything afterwards
      const openForms = consentForms(ctx);
      if (active.length === 0 && openForms.length > 0) {
        ctx.outcome = "withdraw_prompt";
        await ctx.reply(`${ctx.t("withdraw-confirm")}\n${ctx.t("withdraw-confirm-open-form")}\n\n${ctx.t("withdraw-confirm-rest")}`, {
          parse_mode: "HTML",
          reply_markup: new InlineKeyboard().text(ctx.t("withdraw-yes"), "privacy:withdraw").text(ctx.t("withdraw-no"), "privacy:withdraw-keep"),
        });
        return;
      }
      if (active.length === 0) {
        ctx.outcome = "consent_none";
        await ctx.reply(ctx.t("withdraw-none"));
        return;
      }
      ctx.outcome = "withdraw_prompt";
      const lines: string[] = [];
      const purposes = [...new Set(active.map((c) => c.purpose ?? ""))].map((p) => {
        const key = `data-purpose-${p}`;
        const text = ctx.t(key);
        return text === key ? p : text;
      });
      lines.push(ctx.t("withdraw-confirm-consents", { purposes: escapeHtml(purposes.join("; ")) }));
      if (openForms.length > 0) lines.push(ctx.t("withdraw-confirm-open-form"));
      const leads = (data.leads ?? []) as { reference?: string }[];
      if (leads.length > 0) lines.push(ctx.t("withdraw-confirm-leads", { n: leads.length, references: escapeHtml(leads.map((l) => l.reference ?? "").join(", ")) }));
      const subscriptions = (data.subscriptions ?? []) as { province_code?: string; regency_code?: string | null }[];
      if (subscriptions.length > 0) {
        const regions = await loadRegions();
        const where = subscriptions.map((sub) => regions.label(sub.regency_code ?? sub.province_code ?? "") || (sub.province_code ?? "")).join("; ");
        lines.push(ctx.t("withdraw-confirm-subscription", { region: escapeHtml(where) }));
      }
      if ((data.unanswered_questions ?? []).some((q) => Number((q as { notify_chat_id?: number | null }).notify_chat_id) === ctx.chat.id)) {
        lines.push(ctx.t("withdraw-confirm-notify"));
      }
      await ctx.reply(`${ctx.t("withdraw-confirm")}\n${lines.join("\n")}\n\n${ctx.t("withdraw-confirm-rest")}`, {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(ctx.t("withdraw-yes"), "privacy:withdraw").text(ctx.t("withdraw-no"), "privacy:withdraw-keep"),
      });
    });

    composer.callbackQuery("privacy:withdraw-keep", async (ctx) => {
      ctx.outcome = "withdraw_kept";
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t("withdraw-kept")).catch(() => undefined);
    });

    composer.callbackQuery("privacy:withdraw", async (ctx) => {
      const formClosed = consentForms(ctx).length > 0;
      await ctx.conversation.exitAll();
      if (formClosed && ctx.session?.pausedForm) delete ctx.session.pausedForm;
      const { result: r, note } = await withLeadNotice(ctx, (x) => x.leads, () => privacy.withdrawConsents(ctx.chat!.id));
      if (formClosed && r.consents === 0 && r.leads === 0 && r.subscriptions === 0) {
        ctx.outcome = "consent_withdrawn";
        await ctx.answerCallbackQuery();
        const text = ctx.t("withdraw-done-open-form");
        await ctx.editMessageText(text, { parse_mode: "HTML" }).catch(() => ctx.reply(text, { parse_mode: "HTML" }));
        return;
      }
      if (r.consents === 0 && r.leads === 0 && r.subscriptions === 0) {
        // pressed again, or after /hapusdata: nothing was active; the receipt above stays as it is
        ctx.outcome = "withdraw_stale";
        await ctx.answerCallbackQuery({ text: ctx.t("withdraw-none") });
        return;
      }
      ctx.outcome = "consent_withdrawn";
      await ctx.answerCallbackQuery();
      const lines = [ctx.t("withdraw-done")];
      if (r.leads > 0) lines.push(ctx.t("withdraw-done-leads", { n: r.leads }));
      if (r.subscriptions > 0) lines.push(ctx.t("withdraw-done-subscriptions", { n: r.subscriptions }));
      const text = `${lines.join(" ")}${formClosed ? ` ${ctx.t("withdraw-done-form-closed")}` : ""} ${ctx.t("withdraw-done-rest")}${note}`;
      await ctx.editMessageText(text, { parse_mode: "HTML" }).catch(() => ctx.reply(text, { parse_mode: "HTML" }));
    });

    composer.callbackQuery("privacy:keep", async (ctx) => {
      ctx.outcome = "delete_kept";
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t("delete-kept"));
    });

    composer.callbackQuery("privacy:delete", async (ctx) => {
      await ctx.conversation.exitAll();
      const { result: counts, note } = await withLeadNotice(ctx, (x) => x.leads ?? 0, () => privacy.deleteUserData(ctx.chat!.id));
      if (Object.values(counts).every((n) => n === 0)) {
        // pressed again after the deletion: the receipt (what went, what copies officers hold) stays as it is
        ctx.outcome = "delete_stale";
        ctx.session = null as never;
        await ctx.answerCallbackQuery({ text: ctx.t("data-none") });
        return;
      }
      ctx.outcome = "deleted";
      await ctx.answerCallbackQuery();
      if ((counts.officers ?? 0) > 0) {
        for (const owner of privacy.ownerIds ?? []) {
          if (owner === ctx.chat!.id) continue;
          // a failed notice never undoes the deletion
          await ctx.api.sendMessage(owner, ctx.t("privacy-officer-left", { id: String(ctx.chat!.id) }), { parse_mode: "HTML" }).catch(() => undefined);
        }
      }
      const lines = Object.entries(counts)
        .filter(([, n]) => n > 0)
        // audit entries are not deleted: the actor is taken off them
        .map(([table, n]) => `• ${ctx.t(table === "audit_log" ? "data-table-audit-released" : (TABLE_KEYS[table] ?? "data-table-other"))}: ${n}`);
      // the session row was just deleted; null tells grammY to delete rather than write it back
      ctx.session = null as never;
      // questions forwarded to officers (/tanyapetugas) sit in their chats as well
      const ticketNote = (counts.tickets ?? 0) > 0 ? `\n\n${ctx.t("privacy-ticket-copies")}` : "";
      await ctx.editMessageText(lines.length ? `${ctx.t("delete-done")}\n${lines.join("\n")}${note}${ticketNote}` : ctx.t("data-none"), { parse_mode: "HTML" });
    });

    return composer;
  };
}
