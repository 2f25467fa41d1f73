/**
 * /acara_baru (officers): title, target provinces (and optional regencies), date and time
 * typed naturally and read in the target region's zone, place, description, optional
 * photo; then a preview exactly as recipients will see it, and Kirim / Jadwalkan / Batal.
 *
 * The target region is asked before the date, because the date is read in its time zone.
 */
import { InlineKeyboard, type Context } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Kysely } from "kysely";
import type { Area, Regions, TimeZoneName } from "../../../regions";
import type { Database, Event } from "../../../store/schema";
import { logAudit } from "../../../store/repos/audit";
import {
  dateExample, formatDay, formatEventDate, formatShortDate, noTimeSuggestion, parseEventDate, weekdayName, type DateParseFailure,
} from "../../../officers/dates";
import { isNearName, zoneOffsetHours } from "../../../regions";
import {
  createEventDraft, deleteDraft, LIMITS, longestAnnouncement, UNITS_PER_CHARACTER, visibleLength, publishEvent, renderEvent, scheduleEvent, type EventDraft, type PublishDeps,
} from "../../../officers/events";
import { CAPTION_LIMIT } from "../../../broadcast/queue";
import { coversAll, officerRole } from "../../../officers/roles";
import { subscribersFor } from "../../../officers/subscriptions";
import type { BaseContext, Language } from "../../context";
import {
  asks, askStep, CANCEL_DATA, dataOf, isSkipWord, leaveIfQuestion, publishedTextOf as textOf, waitForAnswer, withoutLeadingFiller,
  type Conv, type Intercept, type StepResult, type Translate,
} from "../../conversation-kit";
import { escapeHtml } from "../../html";
import { languageFromTelegram } from "../../i18n";

export const NEW_EVENT_ID = "new-event";

/** "Saya hadir" under a preview: ev:pv:<id>. */
export const PREVIEW_ATTEND_PREFIX = "ev:pv:";
export const previewAttendData = (eventId: number) => `${PREVIEW_ATTEND_PREFIX}${eventId}`;

/**
 * Kirim / Jadwalkan / Batal under a preview: ev:dec:<action>:<draft id>. The draft's id ties the
 * buttons to their own preview, so a press under an older preview (its draft replaced by a newer
 * /acara_baru) never sends the draft open now.
 */
export type Decision = "send" | "schedule" | "discard";
export const DECISION_RE = /^ev:dec:(send|schedule|discard)(?::(\d{1,16}))?$/;
export const decisionData = (action: Decision, eventId: number) => `ev:dec:${action}:${eventId}`;

/**
 * The decision a press makes on the open draft, "stale" for a press under another preview.
 * Buttons sent before the draft id was in their data are matched by the message they sit under.
 */
export function readDecision(c: Context, eventId: number, previewMessageId: number): Decision | "stale" | undefined {
  const m = DECISION_RE.exec(c.callbackQuery?.data ?? "");
  if (!m) return undefined;
  const current = m[2] !== undefined ? Number(m[2]) === eventId : c.callbackQuery?.message?.message_id === previewMessageId;
  return current ? (m[1] as Decision) : "stale";
}

/**
 * /acara_baru typed while a finished preview waits for Kirim / Jadwalkan / Batal is asked about
 * first: ev:new:<yes|no>:<draft id>. Like the decision buttons, the draft's id ties them to their
 * own preview: a press under another preview, or once the form has ended, discards nothing.
 */
export const RESTART_RE = /^ev:new:(yes|no):(\d{1,16})$/;
export const restartData = (answer: "yes" | "no", eventId: number) => `ev:new:${answer}:${eventId}`;
/** The command that starts a new event form, as typed (with the bot's @name too). */
const NEW_EVENT_COMMAND = /^\/(acara_baru|new_event)(@\w+)?(\s|$)/i;

/**
 * Updates whose "Buang dan mulai baru" was pressed on the open form's own question: its draft is
 * discarded, the form ended, and the press passed on for the feature to start a new form
 * (startsNewForm). The form's outside context is the update's own, so nothing outlives it.
 */
const restartApproved = new WeakSet<object>();

/** This press of "Buang dan mulai baru" was accepted by its own form, which discarded its draft. */
export function startsNewForm(ctx: object): boolean {
  return restartApproved.has(ctx);
}

/** What publishing, editing and cancelling word their messages with: Indonesian first, each recipient's language from the bot's texts. */
export function publishDepsFor(deps: { db: Kysely<Database>; regions: Regions; i18n: I18n<BaseContext> }): PublishDeps {
  return { db: deps.db, regions: deps.regions, t: (key, vars) => deps.i18n.t("id", key, vars), translate: (l, key, vars) => deps.i18n.t(l, key, vars) };
}

export interface NewEventDeps {
  db: Kysely<Database>;
  regions: Regions;
  i18n: I18n<BaseContext>;
  ownerIds: readonly number[];
}

/** What the conversation is entered with (JSON: it is stored with the conversation). */
export interface NewEventArgs {
  userId: number;
  provinceCode: string | null;
}

const cancelKb = (t: Translate) => new InlineKeyboard().text(t("flow-cancel-button"), CANCEL_DATA);

function splitList(text: string): string[] {
  return text.split(/\s*(?:,|;|\bdan\b|\n)\s*/i).map((s) => s.trim()).filter(Boolean);
}

function pickOne(found: Area[], query: string): Area | undefined {
  if (found.length === 1) return found[0];
  const q = query.trim().toLowerCase();
  return found.find((a) => a.name.toLowerCase() === q);
}

/**
 * Across several provinces, each province's search falls back to typos on its own, so
 * "bandung" brings Kota/Kabupaten Bandung and, from Bali, Badung: when some regency is named
 * exactly or by its beginning, only those are offered.
 */
function namedFirst(found: Area[], typed: string): Area[] {
  const named = found.filter((a) => namedBy(a, typed));
  return named.length > 0 ? named : found;
}

/**
 * A regency's name without its kind ("Kota Administrasi Jakarta Pusat" → "jakarta pusat"):
 * how people type it.
 */
const bareName = (s: string) =>
  s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim().replace(/^(kabupaten|kab|kota)\s+/, "").replace(/^(administrasi|adm)\s+/, "");

/**
 * Whether the typed text names the regency itself, not a typo's guess: its name, the name's
 * beginning, or whole words of it ("toraja" names Tana Toraja as much as Toraja Utara).
 */
function namedBy(a: Area, typed: string): boolean {
  const q = bareName(typed);
  const name = bareName(a.name);
  return q.length > 0 && (name.startsWith(q) || (q.length >= 3 && ` ${name} `.includes(` ${q} `)));
}

/** "semua kecuali makassar", "all except gowa": the names after the word, or undefined without one. */
const EXCEPT_RE = /^(?:(?:semua|seluruh|all)(?:\s+(?:provinsi|provinces?|kabupaten\s*\/?\s*kota|kab\s*\/?\s*kota|kabupaten|kota|wilayah|daerah|regencies))?\s*,?\s+)?(?:kecuali|selain|tanpa|except|excluding|minus|but\s+not)\s+(.+)$/i;
const HAS_EXCEPT = /\b(kecuali|selain|tanpa|except|excluding|minus)\b/i;

/** "sekarang", "kirim sekarang", "now" typed where the send time is asked: that is 📤 Kirim. */
const SEND_NOW_WORDS = /^\s*(kirim\s+)?(sekarang|skrg|skrang|langsung|now|right now|send now)\s*(aja|saja|ya|dong)?\s*[.!]*\s*$/i;

/** "tanpa foto", "tidak ada foto", "gak ada poster", "no photo": the photo step's Tanpa foto typed. */
const NO_PHOTO_WORDS = /^\s*(tanpa|tidak ada|tdk ada|gak ada|ga ada|gk ada|nggak ada|ngga ada|belum ada|no|without)(\s+(foto|poster|gambar|photo|picture|image))?\s*[.!]*\s*$/i;

/** Title, place and description must have at least `min` letters or digits: emoji or punctuation alone say nothing. */
const letterCount = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

/** The way a typed regency was found: named, a letter away from one name, or only a typo's guess. */
type RegencyPick = { text: string; options: Area[]; guess: boolean };

/**
 * Text that cannot be a regency's name: a date ("15 December 2026 09:00"), an address
 * ("Kantor Cabang Jakarta Salemba, Jl. …"). Typo matching is not tried on it, as its words
 * would be taken for some regency.
 */
const notAName = (text: string) => /\d/.test(text) || text.length > 45 || text.trim().split(/\s+/).length > 5;

/** How many of the recipients read the bot's words in each language (as publishEvent words them). */
async function recipientLanguages(db: Kysely<Database>, chatIds: readonly number[]): Promise<Record<Language, number>> {
  const counts: Record<Language, number> = { id: 0, en: 0 };
  const stored = new Map<number, string | null>();
  for (let i = 0; i < chatIds.length; i += 500) {
    const chunk = chatIds.slice(i, i + 500);
    for (const u of await db.selectFrom("users").select(["chat_id", "language"]).where("chat_id", "in", chunk).execute()) stored.set(Number(u.chat_id), u.language);
  }
  for (const chatId of chatIds) counts[languageFromTelegram(stored.get(chatId) ?? undefined, "id")] += 1;
  return counts;
}

/** What to tell the officer when the date was not accepted, with the parser's findings filled in. */
function dateHint(r: DateParseFailure, t: Translate, language: Language, zone: TimeZoneName, example: string, typed?: string): string {
  if (r.reason === "midnight" && r.midnight) {
    zone = r.zone ?? zone;
    return t("ev-date-midnight", {
      before: formatEventDate(r.midnight.before, zone, language),
      after: formatEventDate(r.midnight.after, zone, language),
      example: formatShortDate(r.midnight.after, zone),
      clock: formatShortDate(r.midnight.after, zone).split(" ")[1]!,
      day: formatDay(r.midnight.before, zone, language),
    });
  }
  if (r.reason === "weekday_mismatch" && r.typedWeekday !== undefined && r.actualWeekday !== undefined) {
    return t("ev-date-weekday_mismatch", { typed: weekdayName(r.typedWeekday, language), actual: weekdayName(r.actualWeekday, language) });
  }
  if (r.reason === "too_far" && r.date) return t("ev-date-too_far", { when: formatEventDate(r.date, r.zone ?? zone, language) });
  if (r.reason === "no_time" && typed) {
    const s = noTimeSuggestion(typed);
    return t("ev-date-no_time", { day: escapeHtml(s.day.slice(0, 40)), clock: s.clock, hour: s.hour });
  }
  return t(`ev-date-${r.reason}`, { zone, example });
}

/** The rule for an event's title, place or description: the text typed (undefined: none) read as the field's value. */
export type TextRule = (text: string | undefined, c: Context) => StepResult<string>;

function textRule(t: Translate, min: number, max: number, key: string, what?: string): TextRule {
  return (text, c) => {
    // a poster sent too early: said where it goes, rather than the same prompt again
    if (!text && what && (c.message?.photo || c.message?.document)) return { ok: false, hint: t("ev-photo-later", { what }) };
    if (!text) return { ok: false };
    // counted as the officer sees them (an emoji is one character, not two UTF-16 units)
    const length = visibleLength(text);
    // emoji or punctuation in a short text ("🏢🏢") get the hint saying why they do not count
    if (length < min && !/[^\p{L}\p{N}\s]/u.test(text)) return { ok: false, hint: t(`${key}-short`, { min }) };
    // emoji or punctuation alone: the same rule for the title, the place and the description
    if (letterCount(text) < min) return { ok: false, hint: t(`${key}-letters`, { min }) };
    if (length > max) return { ok: false, hint: t(`${key}-long`, { max, length }) };
    // within the characters but not within what Telegram can carry (long emoji sequences, stacked marks)
    if (text.length > max * UNITS_PER_CHARACTER) return { ok: false, hint: t(`${key}-long-units`) };
    return { ok: true, value: text.replace(/[ \t]+/g, " ") };
  };
}

/** The rules the creation form and the edit form (edit.ts) read the title, place and description by. */
export function eventTextRules(t: Translate): Record<"title" | "place" | "description", TextRule> {
  const description = textRule(t, 3, LIMITS.description, "ev-text", "description");
  return {
    title: textRule(t, 3, LIMITS.title, "ev-text", "title"),
    place: textRule(t, 3, LIMITS.place, "ev-text", "place"),
    // "-": no description
    description: (text, c) => (text === "-" ? { ok: true, value: "" } : description(text, c)),
  };
}

/** Opens a question ("brp iuran …", "gimana klaim …"): with `asks`, how a question typed as a title or description is told apart. */
const OPENS_QUESTION = /^(apa|apakah|berapa|brp|bagaimana|gimana|gmn|kapan|kpn|dimana|di mana|siapa|kenapa|knp|mengapa|bisakah|bolehkah|kalau|kl|klo|how|what|when|where|who|why)\b/i;

/**
 * A question typed where an event's title, place or description is written, in the creation
 * and the edit form alike. A place never asks (asks). A title or an announcement's description
 * may ("Apa itu JKP?"), so there only a question typed as people chat is one: all lower case,
 * and ending in "?" or opening with a question word ("brp iuran bpu sebulan?"); anything else is
 * taken, and the preview shows it before anything is sent or saved.
 */
export function typedQuestion(field: "title" | "place" | "description"): (text: string) => boolean {
  if (field === "place") return asks;
  return (text) => {
    const rest = withoutLeadingFiller(text);
    return rest === rest.toLowerCase() && asks(rest) && (/\?\s*$/.test(rest) || OPENS_QUESTION.test(rest));
  };
}

/**
 * The zone a time typed for these provinces is read in, and the note saying so when they span
 * several: one rule for the creation and the edit form, whatever order the provinces were typed
 * in: the westernmost zone (WIB before WITA before WIT), unless the officer writes one.
 */
export function timeZoneRule(regions: Regions, provinceCodes: readonly string[], t: Translate): { zones: Set<TimeZoneName>; zone: TimeZoneName; zoneNote: string } {
  const zones = new Set(provinceCodes.map((c) => regions.zoneOf(c)));
  const byZone = [...zones].sort((a, b) => zoneOffsetHours(a) - zoneOffsetHours(b));
  const zone = byZone[0]!;
  const zoneNote = zones.size > 1 ? `\n${t("ev-zone-mixed", { zone, zones: byZone.join(", ") })}` : "";
  return { zones, zone, zoneNote };
}

/** A date and time as read: the instant, the zone it was typed in, and an end time typed after it (not kept). */
export type When = { date: Date; zone: TimeZoneName; end?: string };

export interface DateStepContext {
  t: Translate;
  language: Language;
  /** The zone a time without one is read in. */
  zone: TimeZoneName;
  /** The zones of the event's provinces: a time typed in another is confirmed. */
  zones: ReadonlySet<TimeZoneName>;
  /** The provinces' names (HTML), for that confirmation. */
  provinceNames: string;
  /** A date in the prompts' examples (dateExample). */
  example: string;
  /** The typed text a date is read from (default: the message's text). */
  read?: (c: Context) => string | undefined | Promise<string | undefined>;
}

/**
 * Reads a typed date in `zone` (parseEventDate), with the parser's findings as the hint;
 * `after`: the date must come before it (a send time before the start); `check`: one more
 * condition, its hint when not met.
 */
export function whenParser(conversation: Conv, o: DateStepContext) {
  return (after?: Date, check?: (when: When) => string | undefined) => async (c: Context): Promise<StepResult<When>> => {
    const text = o.read ? await o.read(c) : textOf(c);
    if (!text) return { ok: false };
    const now = new Date(await conversation.now());
    const r = readWhen(o, text, now, after, check);
    // "brp iuran bpu sebulan?" is no date at all: the form pauses and the question is answered;
    // a date the parser made out but refused ("senin jam 25?") gets its hint instead
    if (!r.ok && asks(text)) {
      const read = parseEventDate(text, now, o.zone);
      if (!read.ok && (read.reason === "unrecognized" || read.reason === "empty")) await leaveIfQuestion(conversation, text, asks);
    }
    return r;
  };
}

/** whenParser's reading of one text at `now`. */
function readWhen(o: DateStepContext, text: string, now: Date, after?: Date, check?: (when: When) => string | undefined): StepResult<When> {
  const r = parseEventDate(text, now, o.zone);
  if (!r.ok) return { ok: false, hint: dateHint(r, o.t, o.language, o.zone, o.example, text) };
  if (after && r.date.getTime() >= after.getTime()) return { ok: false, hint: o.t("ev-send-after-start") };
  const when: When = { date: r.date, zone: r.zone, ...(r.end ? { end: r.end } : {}) };
  const refused = check?.(when);
  return refused ? { ok: false, hint: refused } : { ok: true, value: when };
}

/**
 * Asks the event's date and time (`prompt`, then the date question), read in `zone`. A zone
 * typed that none of the event's provinces uses ("WIT" for Sulsel) is often a slip of one
 * letter: what subscribers will read is said, to confirm or take the time again.
 */
export async function askEventDate(
  conversation: Conv,
  ctx: Context,
  o: DateStepContext & { prompt: string; zoneNote: string; check?: (when: When) => string | undefined; intercept?: Intercept; typed?: string },
): Promise<When> {
  const { t, zone, zones, example } = o;
  const parseWhen = whenParser(conversation, o);
  // a time typed before the question (at the edit form's "which part?"): taken, or its fault said with the question
  const early = o.typed === undefined ? undefined : readWhen(o, o.typed, new Date(await conversation.now()), undefined, o.check);
  let when: When = early?.ok ? early.value : await askStep(conversation, ctx, {
    prompt: (early && !early.ok && early.hint ? `${early.hint}\n\n` : "") + o.prompt + t("ev-ask-date", { zone, example }) + o.zoneNote,
    keyboard: cancelKb(t),
    parse: parseWhen(undefined, o.check),
    hint: t("ev-date-unrecognized", { zone, example }),
    intercept: o.intercept,
  });
  while (!zones.has(when.zone)) {
    const local = `${formatShortDate(when.date, zone)} ${zone}`;
    const typed = `${formatShortDate(when.date, when.zone)} ${when.zone}`;
    const kb = new InlineKeyboard()
      .text(t("ev-zone-differs-yes", { local }), "ev:zc:yes")
      .text(t("ev-zone-differs-retype"), "ev:zc:retype")
      .row()
      .text(t("flow-cancel-button"), CANCEL_DATA);
    const answer = await askStep<"yes" | "retype" | When>(conversation, ctx, {
      prompt: t("ev-zone-differs", { provinces: o.provinceNames, zone, typed, local }),
      keyboard: kb,
      parse: async (c) => {
        const d = dataOf(c, "ev:zc:");
        if (d === "yes" || d === "retype") return { ok: true, value: d };
        // a corrected date typed straight away counts as retyping it
        return textOf(c) ? parseWhen(undefined, o.check)(c) : { ok: false };
      },
      hint: t("ev-zone-differs-hint"),
      intercept: o.intercept,
    });
    if (answer === "yes") {
      // the same instant, shown in the provinces' own zone: what subscribers read is their clock
      when = { ...when, zone };
      break;
    }
    when = answer === "retype"
      ? await askStep(conversation, ctx, {
        prompt: t("ev-ask-date", { zone, example }) + o.zoneNote,
        keyboard: cancelKb(t),
        parse: parseWhen(undefined, o.check),
        hint: t("ev-date-unrecognized", { zone, example }),
        intercept: o.intercept,
      })
      : answer;
  }
  return when;
}

export function createNewEventConversation(deps: NewEventDeps) {
  return async function newEvent(conversation: Conv, ctx: Context, language: Language = "id", args?: NewEventArgs) {
    const t: Translate = (key, vars) => deps.i18n.t(language, key, vars);
    const textRules = eventTextRules(t);
    const userId = args?.userId ?? ctx.from!.id;
    // A question typed into the form ("brp iuran bpu sebulan?") pauses it and is answered, as in the
    // edit form: at the title, place and description by typedQuestion's rule; at the area steps,
    // whose names never ask, when the text asks and names nothing for certain (unlessAskedArea)
    const unlessAsked = (rule: TextRule, field: "title" | "place" | "description") => async (c: Context) => {
      const text = textOf(c);
      await leaveIfQuestion(conversation, text, typedQuestion(field));
      return rule(text, c);
    };
    const unlessAskedArea = <T>(parse: (c: Context) => StepResult<T>, certain: (value: T) => boolean = () => true) => async (c: Context): Promise<StepResult<T>> => {
      const r = parse(c);
      if (!r.ok || !certain(r.value)) await leaveIfQuestion(conversation, textOf(c), asks);
      return r;
    };
    const scope = args?.provinceCode ?? null;

    const title = await askStep(conversation, ctx, {
      prompt: t("ev-ask-title"),
      keyboard: cancelKb(t),
      parse: unlessAsked(textRules.title, "title"),
      hint: t("ev-ask-title"),
    });

    // Target provinces: fixed for a province officer, typed otherwise. A city or regency typed
    // here ("makassar") stands for its province, and the event is kept to it.
    let provinces: Area[];
    let early: { picked: Area[]; unclear: RegencyPick[]; near: { typed: string; name: string }[] } | undefined;
    const esc = (text: string) => escapeHtml(text.slice(0, 60));
    if (scope) provinces = [deps.regions.get(scope)!];
    else {
      const typed = await askStep<{ provinces: Area[]; picked: Area[]; unclear: RegencyPick[]; near: { typed: string; name: string }[] }>(conversation, ctx, {
        prompt: t("ev-ask-provinces"),
        keyboard: cancelKb(t),
        parse: unlessAskedArea<{ provinces: Area[]; picked: Area[]; unclear: RegencyPick[]; near: { typed: string; name: string }[] }>((c) => {
          const text = textOf(c);
          if (!text) return { ok: false };
          const all = deps.regions.provinces;
          const except = EXCEPT_RE.exec(text);
          if (except) {
            // "semua kecuali papua": every province but those named
            const left: Area[] = [];
            for (const part of splitList(except[1]!)) {
              const p = deps.regions.namedProvince(part) ?? pickOne(deps.regions.findProvince(part), part);
              if (!p) return { ok: false, hint: t("ev-province-except-unknown", { text: esc(part) }) };
              left.push(p);
            }
            const rest = all.filter((p) => !left.some((x) => x.code === p.code));
            return rest.length ? { ok: true, value: { provinces: rest, picked: [], unclear: [], near: [] } } : { ok: false, hint: t("ev-except-nothing-left") };
          }
          if (HAS_EXCEPT.test(text)) return { ok: false, hint: t("ev-except-unclear") };
          const parts = splitList(text);
          if (/^(semua|seluruh|all)\b/i.test(text)) {
            // "semua provinsi, kota makassar": all of them, or the city? asked, never half taken
            if (parts.length > 1) return { ok: false, hint: t("ev-province-all-and-more", { others: esc(parts.slice(1).join(", ")), n: all.length }) };
            return { ok: true, value: { provinces: all, picked: [], unclear: [], near: [] } };
          }
          const picked: Area[] = [];
          const typedProvinces = new Set<string>();
          const regencies: Area[] = [];
          const unclear: RegencyPick[] = [];
          const near: { typed: string; name: string }[] = [];
          const add = (p: Area) => {
            if (!picked.some((a) => a.code === p.code)) picked.push(p);
          };
          for (const part of parts) {
            const found = deps.regions.findProvinceOrRegency(part);
            if (found.length === 0) return { ok: false, hint: t("ev-province-unknown", { text: esc(part) }) };
            if (found.every((a) => !a.parent)) {
              const one = pickOne(found, part);
              if (!one) return { ok: false, hint: t("ev-province-ambiguous", { text: esc(part), options: escapeHtml(found.map((a) => a.name).join(", ")) }) };
              add(one);
              typedProvinces.add(one.code);
              continue;
            }
            // a regency or city: its province, and the event kept to it (one of several asked later)
            const province = deps.regions.get(found[0]!.parent!)!;
            add(province);
            if (found.length === 1) {
              regencies.push(found[0]!);
              if (!namedBy(found[0]!, part)) near.push({ typed: part, name: found[0]!.name });
            } else unclear.push({ text: part, options: found.slice(0, 8), guess: false });
          }
          // "sulsel, makassar": the whole province or only the city? the officer says which
          const both = picked.find((p) => typedProvinces.has(p.code) && [...regencies, ...unclear.flatMap((u) => u.options)].some((r) => r.parent === p.code));
          if (both) return { ok: false, hint: t("ev-province-and-city", { province: escapeHtml(both.name) }) };
          return picked.length ? { ok: true, value: { provinces: picked, picked: regencies, unclear, near } } : { ok: false };
        }, (v) => v.unclear.every((u) => !u.guess)),
        hint: t("ev-ask-provinces"),
      });
      provinces = typed.provinces;
      if (typed.picked.length || typed.unclear.length) early = { picked: typed.picked, unclear: typed.unclear, near: typed.near };
    }
    const namesOf = (list: Area[]) => escapeHtml(list.length > 4 ? t("ev-n-provinces", { n: list.length }) : list.map((p) => p.name).join(", "));
    let provinceNames = namesOf(provinces);

    /**
     * A name typed at the regency step: a regency named (exactly, by its beginning or a whole
     * word), a province typed by mistake (said so, never matched to some regency), the one name a
     * letter away (taken, and said back), or only a typo's guess (asked, even with one option).
     */
    const resolveRegency = (part: string): (RegencyPick & { near?: boolean }) | { hint: string } => {
      const found = provinces.flatMap((p) => deps.regions.findRegency(p.code, part));
      const exact = found.filter((a) => bareName(a.name) === bareName(part));
      const named = exact.length > 0 ? exact : found.filter((a) => namedBy(a, part));
      if (named.length > 0) return { text: part, options: named.slice(0, 8), guess: false };
      const province = deps.regions.namedProvince(part);
      if (province) {
        return provinces.some((p) => p.code === province.code)
          ? { hint: t("ev-regency-is-target-province", { text: esc(part), province: escapeHtml(province.name) }) }
          : { hint: t("ev-regency-is-other-province", { text: esc(part), province: escapeHtml(province.name), targets: provinceNames }) };
      }
      const near = found.filter((a) => isNearName(a, part));
      if (near.length === 1) return { text: part, options: near, guess: false, near: true };
      if (found.length > 0 && !notAName(part)) return { text: part, options: found.slice(0, 8), guess: true };
      return { hint: t("ev-regency-unknown", { text: esc(part) }) };
    };

    // Names that fit several regencies ("bandung": Kabupaten or Kota) are asked about below,
    // never picked silently: the wrong one sends the announcement to the wrong subscribers.
    type Typed = { picked: Area[]; unclear: RegencyPick[]; near: { typed: string; name: string }[]; excluded?: Area[] };
    const typedRegencies: Typed = early ?? await askStep<Typed>(conversation, ctx, {
      prompt: t("ev-ask-regencies", { provinces: provinceNames }),
      keyboard: new InlineKeyboard().text(t("ev-regencies-all"), "ev:reg:all").text(t("flow-cancel-button"), CANCEL_DATA),
      parse: unlessAskedArea<Typed>((c) => {
        const none: Typed = { picked: [], unclear: [], near: [] };
        if (dataOf(c, "ev:reg:") === "all") return { ok: true, value: none };
        const text = textOf(c);
        if (!text) return { ok: false };
        const except = EXCEPT_RE.exec(text);
        if (except) {
          // "semua kecuali makassar": every regency of the target provinces but those named
          const excluded: Area[] = [];
          for (const part of splitList(except[1]!)) {
            const r = resolveRegency(part);
            if ("hint" in r) return { ok: false, hint: r.hint };
            if (r.guess) return { ok: false, hint: t("ev-except-guess", { text: esc(part), options: escapeHtml(r.options.map((a) => a.name).join(", ")) }) };
            for (const a of r.options) if (!excluded.some((x) => x.code === a.code)) excluded.push(a);
          }
          const rest = provinces.flatMap((p) => deps.regions.regenciesOf(p.code)).filter((a) => !excluded.some((x) => x.code === a.code));
          return rest.length ? { ok: true, value: { picked: rest, unclear: [], near: [], excluded } } : { ok: false, hint: t("ev-except-nothing-left") };
        }
        if (HAS_EXCEPT.test(text)) return { ok: false, hint: t("ev-except-unclear") };
        const parts = splitList(text);
        // "semua" typed is the button's "Semua kabupaten/kota", as at the province step
        if (/^(semua|seluruh|all)\b/i.test(text)) {
          if (parts.length > 1) return { ok: false, hint: t("ev-regency-all-and-more", { others: esc(parts.slice(1).join(", ")) }) };
          return { ok: true, value: none };
        }
        const picked: Area[] = [];
        const unclear: RegencyPick[] = [];
        const near: { typed: string; name: string }[] = [];
        for (const part of parts) {
          const r = resolveRegency(part);
          if ("hint" in r) return { ok: false, hint: r.hint };
          if (r.options.length === 1 && !r.guess) {
            const one = r.options[0]!;
            if (!picked.some((a) => a.code === one.code)) picked.push(one);
            if (r.near) near.push({ typed: part, name: one.name });
          } else unclear.push({ text: r.text, options: r.options, guess: r.guess });
        }
        // a typo or repeat of a name already listed ("makassar, makasar") is that one, not a question
        const open = unclear.filter(({ options }) => !options.some((a) => picked.some((p) => p.code === a.code)));
        return picked.length || open.length ? { ok: true, value: { picked, unclear: open, near } } : { ok: false };
      }, (v) => v.unclear.every((u) => !u.guess)),
      hint: t("ev-ask-regencies", { provinces: provinceNames }),
    });
    const regencies = [...typedRegencies.picked];
    for (const { text, options, guess } of typedRegencies.unclear) {
      const kb = new InlineKeyboard();
      for (const a of options) {
        const province = provinces.length > 1 && a.parent ? ` (${deps.regions.get(a.parent)?.name ?? a.parent})` : "";
        kb.text(`${a.name}${province}`, `ev:rc:${a.code}`).row();
      }
      // "toraja": Tana Toraja and Toraja Utara may both be meant
      if (!guess && options.length > 1) kb.text(t("ev-regency-all-of", { n: options.length }), "ev:rc:all").row();
      kb.text(t("flow-cancel-button"), CANCEL_DATA);
      const name = esc(text);
      const prompt = guess ? t("ev-regency-guess", { text: name, provinces: provinceNames }) : t("ev-regency-which", { text: name });
      const choice = await askStep<Area[]>(conversation, ctx, {
        prompt,
        keyboard: kb,
        parse: (c) => {
          // only the regencies offered for this name are accepted, pressed or typed in full
          const code = dataOf(c, "ev:rc:");
          if (code === "all" && !guess) return { ok: true, value: options };
          if (code !== undefined) {
            const pressed = options.filter((a) => a.code === code);
            return pressed.length === 1 ? { ok: true, value: [pressed[0]!] } : { ok: false };
          }
          const typed = textOf(c);
          if (!typed) return { ok: false };
          // what was typed now is answered, not the name typed before
          const shown = esc(typed);
          if (notAName(typed)) return { ok: false, hint: t("ev-regency-which-not-region", { typed: shown, text: name }) };
          const matches = namedFirst(options.filter((a) => deps.regions.findRegency(a.parent ?? "", typed).some((f) => f.code === a.code)), typed);
          if (matches.length === 1) return { ok: true, value: [matches[0]!] };
          if (matches.length > 1) {
            return { ok: false, hint: t("ev-regency-which-several", { typed: shown, text: name, options: escapeHtml(matches.map((a) => a.name).join(", ")) }) };
          }
          // another regency of the target provinces, named (a typo's guess is not a name)
          const other = provinces.flatMap((p) => deps.regions.findRegency(p.code, typed)).filter((a) => namedBy(a, typed));
          if (other.length > 0) {
            return { ok: false, hint: t("ev-regency-which-other", { found: escapeHtml(other.slice(0, 3).map((a) => a.name).join(", ")), text: name }) };
          }
          return { ok: false, hint: t("ev-regency-which-not-region", { typed: shown, text: name }) };
        },
        hint: prompt,
      });
      for (const a of choice) if (!regencies.some((r) => r.code === a.code)) regencies.push(a);
    }

    // Regencies named for several provinces leave the other provinces whole, unless the officer
    // means only those regencies: asked, as "Kota Makassar" for 38 provinces reads either way.
    const whole = provinces.filter((p) => !regencies.some((r) => r.parent === p.code));
    if (!early && regencies.length > 0 && whole.length > 0 && provinces.length > 1) {
      const chosen = escapeHtml(regencies.length > 3 ? t("ev-n-regencies", { n: regencies.length }) : regencies.map((r) => r.name).join(", "));
      const rest = whole.length > 4 ? "" : ` (${namesOf(whole)})`;
      const kb = new InlineKeyboard()
        .text(t("ev-scope-only", { chosen }), "ev:rs:only").row()
        .text(t("ev-scope-plus", { chosen, n: whole.length }), "ev:rs:plus").row()
        .text(t("flow-cancel-button"), CANCEL_DATA);
      const prompt = t("ev-scope-which", { chosen, rest, n: whole.length });
      const answer = await askStep<"only" | "plus">(conversation, ctx, {
        prompt,
        keyboard: kb,
        parse: (c) => {
          const d = dataOf(c, "ev:rs:");
          if (d === "only" || d === "plus") return { ok: true, value: d };
          const typed = textOf(c)?.toLowerCase();
          if (typed && /^(hanya|cuma|saja|only)\b/.test(typed)) return { ok: true, value: "only" };
          if (typed && /^(juga|dan|plus|also|and|semua|all)\b/.test(typed)) return { ok: true, value: "plus" };
          return { ok: false };
        },
        hint: prompt,
      });
      if (answer === "only") provinces = provinces.filter((p) => regencies.some((r) => r.parent === p.code));
    }
    provinceNames = namesOf(provinces);
    const provinceCodes = provinces.map((p) => p.code);

    // The targets, said back when they were typed: a name read from a typo, an exclusion, a city
    const targetNotes: string[] = [];
    for (const n of [...(early?.near ?? []), ...typedRegencies.near]) targetNotes.push(t("ev-regency-read-as", { typed: esc(n.typed), name: escapeHtml(n.name) }));
    if (typedRegencies.excluded) {
      targetNotes.push(t("ev-except-said", {
        provinces: provinceNames, excluded: escapeHtml(typedRegencies.excluded.map((a) => a.name).join(", ")), n: regencies.length,
      }));
    } else if (regencies.length > 0) {
      const inside = provinces.map((p) => {
        const own = regencies.filter((r) => r.parent === p.code);
        return own.length ? `${p.name} (${own.length > 4 ? t("ev-n-regencies", { n: own.length }) : own.map((r) => r.name).join(", ")})` : p.name;
      });
      targetNotes.push(t("ev-target-said", { area: escapeHtml(inside.length > 4 ? t("ev-n-areas", { regencies: regencies.length, provinces: provinces.length }) : inside.join("; ")) }));
    }
    const targetNote = targetNotes.length ? `${targetNotes.join("\n")}\n\n` : "";

    const { zones, zone, zoneNote } = timeZoneRule(deps.regions, provinceCodes, t);

    // computed from today: a fixed date in the examples would one day be in the past
    const example = dateExample(new Date(await conversation.now()), zone, language);
    const dates: DateStepContext = { t, language, zone, zones, provinceNames, example };
    const parseWhen = whenParser(conversation, dates);
    const when = await askEventDate(conversation, ctx, { ...dates, prompt: targetNote, zoneNote });
    const whenText = formatEventDate(when.date, when.zone, language);

    // the announcement shows one start time, so an end typed with it is said to be left out
    const endNote = when.end ? `\n${t("ev-date-end-ignored", { end: escapeHtml(when.end) })}` : "";
    const place = await askStep(conversation, ctx, {
      prompt: `🗓 ${whenText}${endNote}\n\n${t("ev-ask-place")}`,
      keyboard: cancelKb(t),
      parse: unlessAsked(textRules.place, "place"),
      hint: t("ev-ask-place"),
    });

    const description = await askStep(conversation, ctx, {
      prompt: t("ev-ask-description", { max: LIMITS.description }),
      keyboard: cancelKb(t),
      parse: unlessAsked(textRules.description, "description"),
      hint: t("ev-ask-description", { max: LIMITS.description }),
    });

    let photoFileId = await askStep<string | undefined>(conversation, ctx, {
      prompt: t("ev-ask-photo"),
      keyboard: new InlineKeyboard().text(t("ev-photo-skip"), "ev:photo:skip").text(t("flow-cancel-button"), CANCEL_DATA),
      parse: (c) => {
        if (dataOf(c, "ev:photo:") === "skip") return { ok: true, value: undefined };
        const photo = c.message?.photo?.at(-1);
        if (photo) return { ok: true, value: photo.file_id };
        // "lewati", "tidak ada foto", "tanpa foto" typed: the step may be skipped, as its button says
        const text = textOf(c);
        return text && (isSkipWord(text) || NO_PHOTO_WORDS.test(text)) ? { ok: true, value: undefined } : { ok: false };
      },
      hint: t("ev-photo-hint"),
    });

    const draft: EventDraft = {
      title, startsAt: when.date, zone: when.zone, place, provinceCodes, regencyCodes: regencies.map((r) => r.code), description,
      ...(photoFileId ? { photoFileId } : {}),
    };
    let event: Event = await conversation.external(async () => {
      await deps.db.deleteFrom("events").where("created_by", "=", userId).where("status", "=", "draft").execute();
      const e = await createEventDraft(deps.db, draft, userId);
      await logAudit(deps.db, userId, "event_drafted", { event_id: e.id });
      return e;
    });
    // under a poster the announcement is a caption, which Telegram cuts off at 1,024 characters:
    // the event goes without the poster rather than failing, and the officer is told why
    const longest = longestAnnouncement(event, deps.regions, (l, key, vars) => deps.i18n.t(l, key, vars));
    if (photoFileId && longest > CAPTION_LIMIT) {
      event = await conversation.external(async () => {
        await deps.db.updateTable("events").set({ photo_file_id: null }).where("id", "=", event.id).execute();
        return { ...event, photo_file_id: null };
      });
      photoFileId = undefined;
      await ctx.reply(t("ev-photo-too-long", { length: longest, max: CAPTION_LIMIT }));
    }
    const counted: { n: number } & Record<Language, number> | number = await conversation.external(async () => {
      const chatIds = await subscribersFor(deps.db, { provinceCodes, regencyCodes: draft.regencyCodes, topic: "events" });
      return { n: chatIds.length, ...(await recipientLanguages(deps.db, chatIds)) };
    });
    // a form stored before the count carried languages replays the bare number
    const audience = typeof counted === "number" ? { n: counted, id: counted, en: 0 } : counted;
    const recipients = audience.n;

    // The preview: the message as recipients who read the officer's language get it (the date,
    // area and button in that language; what the officer typed as typed). The note below says in
    // which language(s) the recipients get it: the officer checks their own words in their own
    // language, rather than reading the same announcement twice.
    const html = renderEvent(event, deps.regions, t, language);
    // the preview's own data, not "Saya hadir"'s: pressed, it explains itself and leaves the form open
    const attendKb = new InlineKeyboard().text(t("ev-attend-button"), previewAttendData(event.id));
    if (photoFileId) await ctx.replyWithPhoto(photoFileId, { caption: html, parse_mode: "HTML", reply_markup: attendKb });
    else await ctx.reply(html, { parse_mode: "HTML", reply_markup: attendKb });
    const decisionKb = new InlineKeyboard()
      .text(t("ev-send"), decisionData("send", event.id)).text(t("ev-schedule"), decisionData("schedule", event.id)).row()
      .text(t("ev-discard"), decisionData("discard", event.id));
    const otherLanguage = language === "en" ? audience.id : audience.en;
    const split = otherLanguage === 0 ? "same" : otherLanguage === recipients ? "other" : "mixed";
    // an Indonesian officer whose recipients all read Indonesian needs no word on it: the bot's default
    const languageNote = recipients > 0 && !(language === "id" && split === "same") ? `\n${t("ev-preview-languages", { split, other: otherLanguage })}` : "";
    // targets in several zones: each zone's reading, as its subscribers get it (another day, maybe)
    const byZone = [...zones].sort((a, b) => zoneOffsetHours(a) - zoneOffsetHours(b));
    const zonesNote = zones.size > 1
      ? `\n${t("ev-preview-zones", { list: byZone.map((z) => `• ${formatEventDate(when.date, z, language)}`).join("\n") })}`
      : "";
    const previewMessage = await ctx.reply(`${t("ev-preview-note", { n: recipients })}${languageNote}${zonesNote}`, { parse_mode: "HTML", reply_markup: decisionKb });

    /**
     * While the finished preview waits (not sent, scheduled or discarded), /acara_baru does not
     * throw it away unasked: "Buang dan mulai baru" discards it and passes the press on to start a
     * new form, "Kembali" shows `reprompt` (the step's question) again. Other commands leave as usual.
     */
    const restartKb = new InlineKeyboard().text(t("ev-restart-yes"), restartData("yes", event.id)).text(t("ev-restart-no"), restartData("no", event.id));
    const askBeforeRestart = (reprompt: (c: Context) => Promise<unknown>): Intercept => async (c) => {
      const typed = c.message?.text;
      if (typed !== undefined && NEW_EVENT_COMMAND.test(typed.trim())) {
        await c.reply(t("ev-restart-confirm", { title: escapeHtml(event.title) }), { parse_mode: "HTML", reply_markup: restartKb });
        return true;
      }
      const m = RESTART_RE.exec(c.callbackQuery?.data ?? "");
      if (!m) return false;
      if (Number(m[2]) !== event.id) {
        // asked under another preview: this draft is not the one meant, and nothing is discarded
        await c.answerCallbackQuery({ text: t("ev-restart-stale"), show_alert: true }).catch(() => undefined);
        return true;
      }
      await c.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
      if (m[1] === "no") {
        await c.answerCallbackQuery().catch(() => undefined);
        // back to the preview: a pause for a question in between is over too
        await conversation.external((outside) => {
          if (outside.session) delete outside.session.pausedForm;
        });
        await reprompt(c);
        return true;
      }
      await conversation.external(async (outside) => {
        await deleteDraft(deps.db, event.id);
        await logAudit(deps.db, userId, "event_discarded", { event_id: event.id });
        restartApproved.add(outside);
      });
      await c.reply(t("ev-restart-discarded", { title: escapeHtml(event.title) }), { parse_mode: "HTML" });
      // the press is answered where the new form starts (or is refused to someone no longer an officer)
      return conversation.halt({ next: true });
    };
    const atPreview = askBeforeRestart((c) => c.reply(t("ev-restart-kept", { title: escapeHtml(event.title) }), { parse_mode: "HTML", reply_markup: decisionKb }));

    for (;;) {
      // a command typed here (/batal, /start) leaves the form, as in every other step; /acara_baru asks first
      const c = await waitForAnswer(conversation, undefined, undefined, atPreview);
      const d = c.callbackQuery?.data;
      if (d === undefined) {
        await c.reply(t("choose-button-hint"));
        continue;
      }
      if (d.startsWith("ev:att:") || d.startsWith(PREVIEW_ATTEND_PREFIX)) {
        await c.answerCallbackQuery({ text: t("ev-preview-attend") });
        continue;
      }
      const decision = readDecision(c, event.id, previewMessage.message_id);
      if (decision === "stale") {
        // a button under an older preview: that draft was replaced, and nothing is sent
        await c.answerCallbackQuery({ text: t("ev-preview-stale"), show_alert: true }).catch(() => undefined);
        continue;
      }
      if (decision === undefined) {
        await c.answerCallbackQuery().catch(() => undefined);
        await c.reply(t("choose-button-hint"), { reply_markup: decisionKb });
        continue;
      }
      await c.answerCallbackQuery().catch(() => undefined);
      // The right may have been revoked, or moved to another province, while the form was open.
      const allowed = await conversation.external(async () => {
        const role = await officerRole(deps.db, deps.ownerIds, userId);
        return role === undefined ? "revoked" : coversAll(role, provinceCodes) ? "yes" : "moved";
      });
      if (allowed !== "yes") {
        await conversation.external(() => deleteDraft(deps.db, event.id));
        await c.reply(allowed === "revoked" ? t("off-only-officers") : t("ev-scope-changed", { provinces: provinceNames }), { parse_mode: "HTML" });
        return;
      }
      if (decision === "discard") {
        await conversation.external(async () => {
          await deleteDraft(deps.db, event.id);
          await logAudit(deps.db, userId, "event_discarded", { event_id: event.id });
        });
        await c.reply(t("ev-discarded"));
        return;
      }
      const sendNow = async (at: Context) => {
        const status = await at.reply(t("ev-sending"));
        const r = await conversation.external(async () => {
          const result = await publishEvent(publishDepsFor(deps), event, {
            createdBy: userId, statusChatId: status.chat.id, statusMessageId: status.message_id,
          });
          await logAudit(deps.db, userId, "event_sent", { event_id: event.id, broadcast_id: result.broadcastId, recipients: result.recipients });
          return result;
        });
        await at.reply(t("ev-sent", { n: r.recipients, id: r.broadcastId }), { parse_mode: "HTML" });
      };
      if (decision === "send") {
        await sendNow(c);
        return;
      }
      // Jadwalkan; "sekarang" typed here is pointed to 📤 Kirim, offered with the question
      const sendAtPrompt = t("ev-ask-send-at", { zone });
      const sendAtKb = new InlineKeyboard().text(t("ev-send"), decisionData("send", event.id)).text(t("flow-cancel-button"), CANCEL_DATA);
      const parseSendAt = parseWhen(when.date);
      const sendAt = await askStep<When | "now">(conversation, c, {
        prompt: sendAtPrompt,
        keyboard: sendAtKb,
        parse: async (a) => {
          if (readDecision(a, event.id, previewMessage.message_id) === "send") return { ok: true, value: "now" };
          const typed = textOf(a);
          if (typed && SEND_NOW_WORDS.test(typed)) return { ok: false, hint: t("ev-send-at-now") };
          return parseSendAt(a);
        },
        hint: t("ev-date-unrecognized", { zone, example }),
        // not scheduled until the time is given: /acara_baru still asks before discarding it
        intercept: askBeforeRestart((r) => r.reply(sendAtPrompt, { parse_mode: "HTML", reply_markup: sendAtKb })),
      });
      if (sendAt === "now") {
        // the right was checked when Jadwalkan was pressed; checked again, as for Kirim
        const still = await conversation.external(async () => {
          const role = await officerRole(deps.db, deps.ownerIds, userId);
          return role !== undefined && coversAll(role, provinceCodes);
        });
        if (!still) {
          await conversation.external(() => deleteDraft(deps.db, event.id));
          await ctx.reply(t("off-only-officers"));
          return;
        }
        await sendNow(ctx);
        return;
      }
      await conversation.external(async () => {
        await scheduleEvent(deps.db, event.id, sendAt.date);
        await logAudit(deps.db, userId, "event_scheduled", { event_id: event.id, send_at: sendAt.date.toISOString() });
      });
      // in the event's zone, as /acara lists it; a time typed in another zone is said beside it
      const typedZone = sendAt.zone !== when.zone ? ` ${t("ev-scheduled-typed", { typed: `${formatShortDate(sendAt.date, sendAt.zone)} ${sendAt.zone}` })}` : "";
      await ctx.reply(t("ev-scheduled", { when: formatEventDate(sendAt.date, when.zone, language), typed: typedZone }), { parse_mode: "HTML" });
      return;
    }
  };
}
