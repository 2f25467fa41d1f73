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
import { zoneForProvince, type TimeZoneName } from "../../../regions";
import { localDateTime } from "../../../officers/roles";

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
  /** Told when an officer deletes their data (and so their rights); also of withdrawn leads no officer covers. */
  ownerIds?: readonly number[];
  /** To tell the officers holding copies of withdrawn leads; without it they are not told. */
  db?: Kysely<Database>;
}

const TABLE_KEYS: Record<string, string> = {
  users: "data-table-users", consents: "data-table-consents", subscriptions: "data-table-subscriptions",
  leads: "data-table-leads", event_attendees: "data-table-events", tickets: "data-table-tickets",
  deliveries: "data-table-deliveries", sessions: "data-table-sessions", officers: "data-table-officers",
  unanswered_questions: "data-table-questions", feedback: "data-table-feedback", audit_log: "data-table-audit",
};

/** Rows of one table shown in the chat; the attached file has every row. */
const ROWS_SHOWN = 5;

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
  sessions: { writtenIn: (c) => `data-language-${c}`, language: (c) => `data-language-${c}` },
  users: { language: (c) => `data-language-${c}` },
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
  const { value, ...rest } = row as { value?: Record<string, unknown> | null };
  const { conversation, fbVoted, clarifiedQuestion, ...fields } = value ?? {};
  const state = (conversation as { state?: Record<string, unknown[]> } | undefined)?.state ?? {};
  const active = Object.entries(state).filter(([, runs]) => Array.isArray(runs) && runs.length > 0).map(([name]) => name);
  const formAnswer = typeof clarifiedQuestion === "string" && typedIntoForm(conversation, clarifiedQuestion);
  return {
    ...rest,
    ...fields,
    ...(typeof clarifiedQuestion === "string" && !formAnswer ? { clarifiedQuestion } : {}),
    ...(Array.isArray(fbVoted) && fbVoted.length > 0 ? { fbVoted: fbVoted.length } : {}),
    ...(active.length > 0 ? { conversation: active.join(", ") } : {}),
  };
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

/** The zone of the user's province, as their subscription, lead or question to officers gave it; else WIB. */
function zoneOfUser(data: Record<string, unknown[]>): TimeZoneName {
  const province = [...(data.subscriptions ?? []), ...(data.leads ?? []), ...(data.tickets ?? [])]
    .map((r) => (r as { province_code?: string | null }).province_code)
    .find((c): c is string => typeof c === "string" && c !== "");
  return province ? zoneForProvince(province) : "WIB";
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

    composer.command(["dataku", "mydata"], async (ctx) => {
      if (!(await inPrivateChat(ctx))) return;
      ctx.outcome = "my_data";
      const data = await privacy.exportUserData(ctx.chat.id);
      const sections = Object.entries(data).filter(([, rows]) => rows.length > 0);
      if (sections.length === 0) {
        await ctx.reply(ctx.t("data-none"));
        return;
      }
      const words: RowWords = {
        field: (field) => ctx.t("data-field", { field }), yes: ctx.t("data-yes"), no: ctx.t("data-no"),
        // Fluent gives the key back when it has no such text: then the code is shown as stored
        code: (key) => {
          const [id, version] = key.split("|") as [string, string?];
          const text = version === undefined ? ctx.t(id) : ctx.t(id, { version });
          return text === id ? undefined : text;
        },
        zone: zoneOfUser(data),
      };
      // the profile's "wants updates" agrees with a question waiting to be answered for the user
      const notify = waitsForAnswer(data, ctx.chat.id);
      const readable = (table: string, row: unknown) =>
        readableRow(table, table === "users" && notify ? { ...(row as object), notify_opt_in: 1 } : row, words);
      // the newest few rows of each table in the chat (an officer's audit trail can run to thousands); all of them in the file
      const body = sections
        .map(([table, rows]) => {
          const shown = rows.slice(-ROWS_SHOWN).map((r) => readable(table, r)).join("\n\n");
          const more = rows.length > ROWS_SHOWN ? `\n${ctx.t("data-more-in-file", { n: rows.length - ROWS_SHOWN })}` : "";
          return `<b>${ctx.t(TABLE_KEYS[table] ?? "data-table-other")}</b> (${rows.length})\n<pre>${escapeHtml(shown)}</pre>${more}`;
        })
        .join("\n\n");
      for (const part of splitMessage(`${ctx.t("data-title")}\n\n${body}\n\n${ctx.t("data-footer")}`)) {
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
      await ctx.reply(officer ? `${ctx.t("delete-confirm")}\n\n${ctx.t("delete-confirm-officer")}` : ctx.t("delete-confirm"), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(ctx.t("delete-yes"), "privacy:delete").text(ctx.t("delete-no"), "privacy:keep"),
      });
    });

    composer.command(["tarikpersetujuan", "withdraw"], async (ctx) => {
      if (!(await inPrivateChat(ctx))) return;
      ctx.outcome = "consent_withdrawn";
      await ctx.conversation.exitAll();
      const { result: r, note } = await withLeadNotice(ctx, (x) => x.leads, () => privacy.withdrawConsents(ctx.chat.id));
      await ctx.reply(r.consents === 0 ? ctx.t("withdraw-none") : ctx.t("withdraw-done", r) + note, { parse_mode: "HTML" });
    });

    composer.callbackQuery("privacy:keep", async (ctx) => {
      ctx.outcome = "delete_kept";
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t("delete-kept"));
    });

    composer.callbackQuery("privacy:delete", async (ctx) => {
      ctx.outcome = "deleted";
      await ctx.answerCallbackQuery();
      await ctx.conversation.exitAll();
      const { result: counts, note } = await withLeadNotice(ctx, (x) => x.leads ?? 0, () => privacy.deleteUserData(ctx.chat!.id));
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
