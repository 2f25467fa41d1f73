/**
 * "✏️ Ubah" under an event in the officer's /acara: one field at a time (title, date and time,
 * place, description), read by the creation form's own rules, then the event as it will read
 * with the change and what saving it does; "Simpan perubahan" saves it (editEvent: a sent
 * event's recipients get one change notice through the broadcast queue). The area cannot be
 * changed: its subscribers were chosen by it.
 */
import { InlineKeyboard, type Context } from "grammy";
import type { Kysely } from "kysely";
import type { I18n } from "@grammyjs/i18n";
import type { Regions, TimeZoneName } from "../../../regions";
import type { Database, Event } from "../../../store/schema";
import { dateExample, formatEventDate } from "../../../officers/dates";
import {
  canManageEvent, changeLine, changeNoticeRecipients, editEvent, getEvent, LIMITS, list, longestAnnouncement, renderEvent, withEdit, zoneOfEvent,
  type EditableField, type EditResult, type EventEdit,
} from "../../../officers/events";
import { officerRole } from "../../../officers/roles";
import { CAPTION_LIMIT } from "../../../broadcast/queue";
import { zoneOffsetHours } from "../../../regions";
import type { BaseContext, Language } from "../../context";
import { askStep, CANCEL_DATA, dataOf, publishedTextOf, type Conv, type StepResult, type Translate } from "../../conversation-kit";
import { escapeHtml } from "../../html";
import { askEventDate, eventTextRules, publishDepsFor, type DateStepContext } from "./conversation";

export const EDIT_EVENT_ID = "edit-event";

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
    const token = `${(await conversation.now()).toString(36)}${ctx.update.update_id.toString(36)}`;
    const cancelKb = new InlineKeyboard().text(t("flow-cancel-button"), CANCEL_DATA);
    // a button of an earlier edit form is refused; another event's Ubah or a cancel button leaves this form for it
    const intercept = async (c: Context) => {
      const data = c.callbackQuery?.data ?? "";
      if (LEAVES_FORM.test(data)) await conversation.halt({ next: true });
      if (!EDIT_BUTTON_RE.test(data) || data.endsWith(`:${token}`)) return false;
      await c.answerCallbackQuery({ text: t("button-expired"), show_alert: true }).catch(() => undefined);
      return true;
    };

    const fieldKb = new InlineKeyboard();
    FIELDS.forEach((f, i) => {
      if (i > 0 && i % 2 === 0) fieldKb.row();
      fieldKb.text(t(`ev-edit-field-${f}`), `${FIELD_PREFIX}${f}:${token}`);
    });
    fieldKb.text(t("flow-cancel-button"), CANCEL_DATA);
    const field = await askStep<Field>(conversation, ctx, {
      prompt: t("ev-edit-which", { title: escapeHtml(seen.title) }),
      keyboard: fieldKb,
      parse: (c, typed) => {
        const f = dataOf(c, FIELD_PREFIX, typed)?.split(":")[0];
        return FIELDS.includes(f as Field) ? { ok: true, value: f as Field } : { ok: false };
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
      const codes = list(seen.province_codes);
      const zones = new Set<TimeZoneName>(codes.map((code) => deps.regions.zoneOf(code)));
      const byZone = [...zones].sort((a, b) => zoneOffsetHours(a) - zoneOffsetHours(b));
      const names = codes.map((code) => deps.regions.get(code)?.name ?? code);
      const dates: DateStepContext = {
        t, language, zone, zones, example: dateExample(new Date(await conversation.now()), zone, language),
        provinceNames: escapeHtml(names.length > 4 ? t("ev-n-provinces", { n: names.length }) : names.join(", ")),
        read: typedText,
      };
      const when = await askEventDate(conversation, ctx, {
        ...dates,
        prompt: `${t("ev-edit-ask-when", { current: formatEventDate(new Date(seen.starts_at), zone, language) })}\n\n`,
        zoneNote: zones.size > 1 ? `\n${t("ev-zone-mixed", { zone, zones: byZone.join(", ") })}` : "",
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
          const r = rule(await typedText(c), c);
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
    const effect = seen.status === "sent" ? t("ev-edit-effect-sent", { n: notified }) : t("ev-edit-effect-scheduled", { send: sendAt });
    const saveData = `${SAVE_PREFIX}${token}`;
    await askStep<true>(conversation, ctx, {
      prompt: `${renderEvent(changed, deps.regions, t, language)}\n\n${t("ev-edit-confirm", { change: changeLine(t, reader, seen, changed, edit.field), effect })}`,
      keyboard: new InlineKeyboard().text(t("ev-edit-save"), saveData).text(t("flow-cancel-button"), CANCEL_DATA),
      parse: (c, typed) => (dataOf(c, SAVE_PREFIX, typed) === token ? { ok: true, value: true } : { ok: false }),
      hint: t("choose-button-hint"),
      buttonsOnly: true,
      // "simpan", "ok" typed work like the button, as "kirim" does under /acara_baru's preview
      typedWords: { simpan: saveData, ok: saveData, oke: saveData, ya: saveData, save: saveData, yes: saveData },
      intercept,
    });

    // the right may have been revoked, or moved to another province, while the form was open
    const result = await conversation.external(async (): Promise<EditResult | "revoked" | "moved"> => {
      const role = await officerRole(deps.db, deps.ownerIds, args.userId);
      if (!role) return "revoked";
      if (!canManageEvent(role, seen)) return "moved";
      return editEvent(publishDepsFor(deps), seen, edit, args.userId, deps.now());
    });
    await ctx.reply(savedText(t, result, seen, edit.field, sendAt), { parse_mode: "HTML" });
  };
}

/** What the officer is told once "Simpan perubahan" was pressed. */
function savedText(t: Translate, result: EditResult | "revoked" | "moved", seen: Event, field: EditableField, sendAt: string): string {
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
  if (field === "when" && seen.status === "sent") lines.push(t("ev-edit-reminder"));
  return lines.join("\n");
}
