/**
 * "✏️ Ubah" under an event in the officer's /acara: one field at a time (title, date and time,
 * place, description), read by the creation form's own rules, then the event as it will read
 * with the change and what saving it does; "Simpan perubahan" saves it (editEvent: a sent
 * event's recipients get one change notice through the broadcast queue). The area cannot be
 * changed: its subscribers were chosen by it. Parts may be typed as people name them ("jam",
 * "ubah judul"), or the new time typed at once; a question typed anywhere pauses the form.
 */
import { InlineKeyboard, type Context } from "grammy";
import type { Kysely } from "kysely";
import type { I18n } from "@grammyjs/i18n";
import type { Regions } from "../../../regions";
import type { Database } from "../../../store/schema";
import { dateExample, formatEventDate, parseEventDate } from "../../../officers/dates";
import {
  canManageEvent, changeLine, changeNoticeRecipients, editEvent, getEvent, LIMITS, list, longestAnnouncement, renderEvent, waitingAnnouncementCopies, withEdit,
  zoneOfEvent,
  type EditableField, type EditResult, type EventEdit,
} from "../../../officers/events";
import { officerRole } from "../../../officers/roles";
import { CAPTION_LIMIT } from "../../../broadcast/queue";
import type { BaseContext, Language } from "../../context";
import {
  asks, askStep, CANCEL_DATA, continuesOnOwnButtons, dataOf, leaveIfQuestion, normaliseTyped, pausableForms, publishedTextOf,
  type Conv, type StepResult, type Translate,
} from "../../conversation-kit";
import { escapeHtml } from "../../html";
import { askEventDate, eventTextRules, publishDepsFor, timeZoneRule, typedQuestion, type DateStepContext } from "./conversation";

export const EDIT_EVENT_ID = "edit-event";

// A question typed into the form pauses it (its ▶️ Lanjutkan takes it up, the change typed so far
// kept) rather than ending it; the paused step's own buttons (Simpan perubahan) take it up too.
// /acara starts it afresh (Ubah under the event).
pausableForms({ [EDIT_EVENT_ID]: "/acara" });
continuesOnOwnButtons(EDIT_EVENT_ID);

/** "✏️ Ubah" under an event: ev:ed:<event id>. */
export const EDIT_RE = /^ev:ed:(\d{1,16})$/;
export const editData = (eventId: number) => `ev:ed:${eventId}`;

/**
 * The form's own buttons carry its token, so a button of an earlier edit form
 * never acts in a later one, even of the same event: ev:ef:<field>:<token>, ev:es:<token>.
 */
const FIELD_PREFIX = "ev:ef:";
const SAVE_PREFIX = "ev:es:";
export const EDIT_BUTTON_RE = /^ev:e[fs]:/;
/** Buttons that leave the form for what they do: another event's Ubah, a cancel. */
const LEAVES_FORM = /^ev:(ed|cx|cxy|cxn):/;

export interface EditEventDeps {
  db: Kysely<Database>;
  regions: Regions;
  i18n: I18n<BaseContext>;
  ownerIds: readonly number[];
  now: () => Date;
}

/** What the form is entered with (JSON: it is stored with the conversation). */
export interface EditEventArgs {
  userId: number;
  eventId: number;
}

type Field = EditableField | "area";
const FIELDS: readonly Field[] = ["title", "when", "place", "description", "area"];

/** The parts as officers name them, beside the buttons' labels ("jam", "tempatnya", "nama acara"). */
const FIELD_WORDS: ReadonlyMap<string, Field> = new Map(Object.entries<Field>({
  judul: "title", judulnya: "title", nama: "title", namanya: "title", "nama acara": "title", "nama acaranya": "title", title: "title", name: "title",
  jam: "when", jamnya: "when", waktu: "when", waktunya: "when", tanggal: "when", tanggalnya: "when", tgl: "when", hari: "when", harinya: "when",
  jadwal: "when", jadwalnya: "when", time: "when", date: "when",
  tempat: "place", tempatnya: "place", lokasi: "place", lokasinya: "place", alamat: "place", alamatnya: "place", gedung: "place", place: "place", venue: "place", location: "place",
  keterangan: "description", keterangannya: "description", ket: "description", deskripsi: "description", deskripsinya: "description", catatan: "description",
  description: "description", details: "description",
  wilayah: "area", wilayahnya: "area", daerah: "area", area: "area", region: "area",
}));
/** Words around a part's name that say nothing of which: "ubah judul", "mau ganti jamnya", "tanggal dan jam". */
const FIELD_FILLER = new Set([
  "ubah", "ganti", "edit", "diubah", "diganti", "ubahnya", "gantinya", "mau", "ingin", "yang", "yg", "bagian", "acara", "acaranya", "nya",
  "dan", "atau", "sama", "aja", "saja", "dong", "kak", "pak", "bu", "change", "the", "and",
]);

/** The part a typed text names ("jam", "ubah judul", "tanggal & jam", "nama acara"), if it names one. */
export function fieldNamed(text: string): Field | undefined {
  const typed = normaliseTyped(text);
  const words = typed.split(" ").filter((w) => w.length > 0 && !FIELD_FILLER.has(w));
  const whole = FIELD_WORDS.get(typed) ?? FIELD_WORDS.get(words.join(" "));
  if (whole) return whole;
  const named = new Set(words.map((w) => FIELD_WORDS.get(w)));
  const [only] = named;
  return words.length > 0 && words.length <= 3 && named.size === 1 ? only : undefined;
}

/** At "which part?", a new time typed straight away ("senin jam 16"): a date read, or one the date step can say what it lacks. */
function typesADate(text: string, now: Date, zone: Parameters<typeof parseEventDate>[2]): boolean {
  if (asks(text)) return false;
  const r = parseEventDate(text, now, zone);
  return r.ok || (r.reason !== "empty" && r.reason !== "unrecognized");
}

/** Words typed at the confirmation that mean "don't save", beside the cancel words of every form ("batal", "gak jadi"). */
const UNSAVE_WORDS = [
  "tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "jangan", "batal", "batalkan", "cancel", "no", "nope",
  "gak jadi", "ga jadi", "gk jadi", "nggak jadi", "ngga jadi", "enggak jadi", "tidak jadi", "tdk jadi", "ndak jadi", "jangan disimpan", "tidak usah", "gak usah", "ga usah",
];

export function createEditEventConversation(deps: EditEventDeps) {
  return async function editEventForm(conversation: Conv, ctx: Context, language: Language = "id", args?: EditEventArgs) {
    const t: Translate = (key, vars) => deps.i18n.t(language, key, vars);
    if (!args) return;
    const seen = await conversation.external(() => getEvent(deps.db, args.eventId));
    if (!seen || seen.status === "draft") {
      await ctx.reply(t("ev-edit-gone"));
      return;
    }
    // its start time and the update that opened it: unique even for two forms opened in one millisecond
    const openedAt = await conversation.now();
    const token = `${openedAt.toString(36)}${ctx.update.update_id.toString(36)}`;
    const cancelKb = new InlineKeyboard().text(t("flow-cancel-button"), CANCEL_DATA);
    // a button of an earlier edit form is refused; another event's Ubah or a cancel button leaves this form for it
    const intercept = async (c: Context) => {
      const data = c.callbackQuery?.data ?? "";
      if (LEAVES_FORM.test(data)) await conversation.halt({ next: true });
      if (!EDIT_BUTTON_RE.test(data) || data.endsWith(`:${token}`)) return false;
      await c.answerCallbackQuery({ text: t("button-expired"), show_alert: true }).catch(() => undefined);
      return true;
    };

    // times are read as /acara_baru reads them for these provinces (the westernmost zone when they span several)
    const codes = list(seen.province_codes);
    const readRule = timeZoneRule(deps.regions, codes, t);
    const fieldKb = new InlineKeyboard();
    FIELDS.forEach((f, i) => {
      if (i > 0 && i % 2 === 0) fieldKb.row();
      fieldKb.text(t(`ev-edit-field-${f}`), `${FIELD_PREFIX}${f}:${token}`);
    });
    fieldKb.text(t("flow-cancel-button"), CANCEL_DATA);
    const { field, typed: typedWhen } = await askStep<{ field: Field; typed?: string }>(conversation, ctx, {
      prompt: t("ev-edit-which", { title: escapeHtml(seen.title) }),
      keyboard: fieldKb,
      parse: (c, typed) => {
        const f = dataOf(c, FIELD_PREFIX, typed)?.split(":")[0];
        return FIELDS.includes(f as Field) ? { ok: true, value: { field: f as Field } } : { ok: false };
      },
      // the part as people name it ("jam", "ubah judul"), or the new time itself ("senin jam 16")
      typedAnswer: (text) => {
        const named = fieldNamed(text);
        if (named) return { field: named };
        return typesADate(text, new Date(openedAt), readRule.zone) ? { field: "when", typed: text } : undefined;
      },
      hint: t("choose-button-hint"),
      buttonsOnly: true,
      intercept,
    });
    if (field === "area") {
      await ctx.reply(t("ev-edit-area-refused", { status: seen.status }));
      return;
    }

    const zone = zoneOfEvent(seen);
    const sendAt = seen.status === "scheduled" && seen.send_at ? formatEventDate(new Date(seen.send_at), zone, language) : "";
    // The form is not stored as typed (unlike /acara_baru): the text is kept through `external`,
    // so a hotline number in it reaches subscribers whole when the form is replayed at "Simpan".
    const typedText = (c: Context) => conversation.external(() => publishedTextOf(c));
    let edit: EventEdit;
    if (field === "when") {
      const names = codes.map((code) => deps.regions.get(code)?.name ?? code);
      const dates: DateStepContext = {
        t, language, zone: readRule.zone, zones: readRule.zones, example: dateExample(new Date(await conversation.now()), readRule.zone, language),
        provinceNames: escapeHtml(names.length > 4 ? t("ev-n-provinces", { n: names.length }) : names.join(", ")),
        read: typedText,
      };
      const when = await askEventDate(conversation, ctx, {
        ...dates,
        prompt: `${t("ev-edit-ask-when", { current: formatEventDate(new Date(seen.starts_at), zone, language) })}\n\n`,
        zoneNote: readRule.zoneNote,
        ...(typedWhen !== undefined ? { typed: typedWhen } : {}),
        check: (w) => {
          if (w.date.toISOString() === seen.starts_at) return t("ev-edit-same");
          if (seen.status === "scheduled" && seen.send_at && w.date.toISOString() <= seen.send_at) return t("ev-edit-before-send", { send: sendAt });
          return undefined;
        },
        intercept,
      });
      edit = { field: "when", startsAt: when.date, zone: when.zone };
    } else {
      const rule = eventTextRules(t)[field];
      const prompt = field === "description"
        ? t("ev-edit-ask-description", { max: LIMITS.description })
        : t(`ev-edit-ask-${field}`, { current: escapeHtml(seen[field]) });
      const value = await askStep<string>(conversation, ctx, {
        prompt,
        keyboard: cancelKb,
        parse: async (c): Promise<StepResult<string>> => {
          const text = await typedText(c);
          // "brp iuran bpu sebulan?" typed here is a question, not the new place: the form pauses and it is answered
          await leaveIfQuestion(conversation, text, typedQuestion(field));
          const r = rule(text, c);
          if (!r.ok) return r;
          if (r.value === seen[field]) return { ok: false, hint: t("ev-edit-same") };
          // under a poster the announcement is a caption, which Telegram cuts at 1,024 characters
          const longest = seen.photo_file_id ? longestAnnouncement(withEdit(seen, { field, value: r.value }), deps.regions, (l, key, vars) => deps.i18n.t(l, key, vars)) : 0;
          if (longest > CAPTION_LIMIT) return { ok: false, hint: t("ev-edit-caption-long", { length: longest, max: CAPTION_LIMIT }) };
          return r;
        },
        hint: prompt,
        intercept,
      });
      edit = { field, value };
    }

    // the event as it will read, the change itself, and what saving does
    const changed = withEdit(seen, edit);
    const reader = { language, zone };
    const notified = seen.status === "sent" ? await conversation.external(async () => (await changeNoticeRecipients(deps.db, seen.id)).length) : 0;
    // nobody reached and nothing waiting (the broadcast was stopped in /siaran): no re-send is promised
    const waiting = seen.status === "sent" && notified === 0 ? await conversation.external(() => waitingAnnouncementCopies(deps.db, seen.id)) : 0;
    const effect = seen.status !== "sent"
      ? t("ev-edit-effect-scheduled", { send: sendAt })
      : notified === 0 && waiting === 0 ? t("ev-edit-effect-sent-stopped") : t("ev-edit-effect-sent", { n: notified });
    const saveData = `${SAVE_PREFIX}${token}`;
    const save = await askStep<boolean>(conversation, ctx, {
      prompt: `${renderEvent(changed, deps.regions, t, language)}\n\n${t("ev-edit-confirm", { change: changeLine(t, reader, seen, changed, edit.field), effect })}`,
      keyboard: new InlineKeyboard().text(t("ev-edit-save"), saveData).text(t("flow-cancel-button"), CANCEL_DATA),
      parse: (c, typed) => {
        if (typed === CANCEL_DATA) return { ok: true, value: false };
        return dataOf(c, SAVE_PREFIX, typed) === token ? { ok: true, value: true } : { ok: false };
      },
      hint: t("choose-button-hint"),
      buttonsOnly: true,
      // "simpan", "ok" typed work like the button, as "kirim" does under /acara_baru's preview; "gak jadi" like Batal
      typedWords: {
        simpan: saveData, ok: saveData, oke: saveData, ya: saveData, save: saveData, yes: saveData,
        ...Object.fromEntries(UNSAVE_WORDS.map((w) => [w, CANCEL_DATA])),
      },
      intercept,
    });
    if (!save) {
      await ctx.reply(t("ev-edit-cancelled"));
      return;
    }

    // the right may have been revoked, or moved to another province, while the form was open
    const result = await conversation.external(async (): Promise<EditResult | "revoked" | "moved"> => {
      const role = await officerRole(deps.db, deps.ownerIds, args.userId);
      if (!role) return "revoked";
      if (!canManageEvent(role, seen)) return "moved";
      return editEvent(publishDepsFor(deps), seen, edit, args.userId, deps.now());
    });
    await ctx.reply(savedText(t, result, sendAt), { parse_mode: "HTML" });
  };
}

/** What the officer is told once "Simpan perubahan" was pressed. */
function savedText(t: Translate, result: EditResult | "revoked" | "moved", sendAt: string): string {
  if (result === "revoked") return t("off-only-officers");
  if (result === "moved") return t("ev-edit-out-of-scope");
  if (!result.ok) {
    if (result.reason === "gone") return t("ev-edit-gone");
    if (result.reason === "past") return t("ev-edit-past");
    if (result.reason === "before_send") return t("ev-edit-before-send", { send: sendAt });
    return t("ev-edit-changed");
  }
  if (!result.announced) return t("ev-edit-saved-scheduled", { send: sendAt });
  const lines = [t("ev-edit-saved-sent", { n: result.notified, id: result.noticeBroadcastId ?? 0 })];
  if (result.reannounceBroadcastId !== undefined) lines.push(t("ev-edit-reannounced", { n: result.reannounced, id: result.reannounceBroadcastId }));
  if (result.rereminded > 0) lines.push(t("ev-edit-rereminded", { n: result.rereminded }));
  if (result.reminder === "again") lines.push(t("ev-edit-reminder"));
  else if (result.reminder !== "none") lines.push(t(`ev-edit-reminder-${result.reminder}`));
  return lines.join("\n");
}
