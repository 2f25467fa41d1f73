/**
 * Events: /acara_baru (officers, a conversation), /acara (upcoming events of the user's
 * subscribed province; officers see attendee counts, scheduled announcements, "Ubah" and
 * "Batalkan acara"), the "Saya hadir" button, the edit form (edit.ts, ev:ed) and the cancel
 * buttons (ev:cx/cxy/cxn).
 * The app's timer calls sendDueEvents / sendReminders (src/officers/events.ts).
 */
import { Composer, InlineKeyboard } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import { FORM_RESUME_PREFIX, formOptions } from "../../conversation-kit";
import type { Kysely } from "kysely";
import type { BotContext, Language } from "../../context";
import type { Feature } from "../../create-bot";
import type { Regions } from "../../../regions";
import type { Database } from "../../../store/schema";
import { logAudit } from "../../../store/repos/audit";
import { attend, canManageEvent, cancelEvent, getEvent, list, useWordings, zoneOfEvent } from "../../../officers/events";
import { formatEventDate } from "../../../officers/dates";
import { escapeHtml } from "../../html";
import { createI18n, languageFromTelegram } from "../../i18n";
import { coversProvince, officerRole } from "../../../officers/roles";
import { getSubscription } from "../../../officers/subscriptions";
import { requireOfficer } from "../officers/guard";
import { createNewEventConversation, NEW_EVENT_ID, publishDepsFor, RESTART_RE, startsNewForm, type NewEventArgs } from "./conversation";
import { EVENTS_PAGE_RE, sendUpcomingEvents } from "./show";
import { createEditEventConversation, EDIT_BUTTON_RE, EDIT_EVENT_ID, EDIT_RE, type EditEventArgs } from "./edit";

export { dueScheduledEvents, remindersDue, sendDueEvents, sendReminders, publishEvent } from "../../../officers/events";

// How event messages are worded for each recipient when a caller passes no translator (the
// timer's callers and tests pass only the default language's): the bot's locale files, loaded once
let localeFiles: ReturnType<typeof createI18n> | undefined;
useWordings({ translate: (language, key, vars) => (localeFiles ??= createI18n("id")).t(language, key, vars), languageOf: languageFromTelegram });

export interface EventsDeps {
  db: Kysely<Database>;
  regions: Regions;
  now?: () => Date;
}

export function eventsFeature(deps: EventsDeps): Feature {
  return ({ config, i18n }) => {
    const composer = new Composer<BotContext>();
    const now = deps.now ?? (() => new Date());
    const guard = { db: deps.db, ownerIds: config.OWNER_IDS };
    // Continue under a paused officer form (or, for the edit form, a press of its step's own button,
    // which takes it up too): the role is read again, as for every other officer button, so a
    // revoked officer is refused at once rather than filling the form to be refused at Kirim.
    // The form stays paused (ending it here would add "that form has ended, start again with …").
    composer.on("callback_query:data", async (ctx, next) => {
      const paused = ctx.session?.pausedForm;
      if ((paused !== NEW_EVENT_ID && paused !== EDIT_EVENT_ID) || !ctx.conversation.active()[paused]) return next();
      const data = ctx.callbackQuery.data;
      const takesUp = data === `${FORM_RESUME_PREFIX}${paused}` || (paused === EDIT_EVENT_ID && EDIT_BUTTON_RE.test(data));
      if (!takesUp || (await requireOfficer(ctx, guard, `resume_${paused}`, { privateOnly: false }))) return next();
    });
    composer.use(
      createConversation(
        createNewEventConversation({ db: deps.db, regions: deps.regions, i18n, ownerIds: config.OWNER_IDS }),
        formOptions(NEW_EVENT_ID, "officer"),
      ),
    );
    composer.use(
      createConversation(
        createEditEventConversation({ db: deps.db, regions: deps.regions, i18n, ownerIds: config.OWNER_IDS, now }),
        formOptions(EDIT_EVENT_ID, "officer"),
      ),
    );

    const startForm = async (ctx: BotContext) => {
      const role = await requireOfficer(ctx, guard, "acara_baru");
      if (!role) return;
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      await logAudit(deps.db, role.userId, "event_form_opened", { province_code: role.provinceCode });
      ctx.outcome = "new_event";
      const args: NewEventArgs = { userId: role.userId, provinceCode: role.provinceCode };
      await ctx.conversation.exitAll(); // a form left open elsewhere must not make enter() throw
      if (ctx.session) delete ctx.session.pausedForm;
      await ctx.conversation.enter(NEW_EVENT_ID, (await ctx.i18n.getLocale()) as Language, args);
    };
    // (a finished preview still waiting asks first, inside its form: "Buang dan mulai baru?")
    composer.command(["acara_baru", "new_event"], startForm);

    // "Buang dan mulai baru": its own form discarded the draft and passed the press on; a press the
    // form did not take (under another preview, or once that form ended) discards and starts nothing
    composer.callbackQuery(RESTART_RE, async (ctx) => {
      if (startsNewForm(ctx)) return startForm(ctx);
      if (!(await requireOfficer(ctx, guard, "event_restart"))) return;
      ctx.outcome = "restart_stale";
      await ctx.answerCallbackQuery({ text: ctx.t("ev-restart-stale"), show_alert: true });
    });

    /** /acara, or a page of it: an officer's view in a private chat, else the subscriber's. */
    const showEvents = async (ctx: BotContext, offset: number) => {
      const role = await officerRole(deps.db, config.OWNER_IDS, ctx.from?.id);
      if (role && ctx.chat?.type === "private") {
        ctx.outcome = "events_officer";
        await logAudit(deps.db, role.userId, "events_viewed", { province_code: role.provinceCode });
        const n = await sendUpcomingEvents(ctx, deps, { role }, now(), offset);
        if (n === 0) await ctx.reply(ctx.t("ev-none-officer"));
        return;
      }
      ctx.outcome = "events";
      const sub = ctx.chat ? await getSubscription(deps.db, ctx.chat.id) : undefined;
      if (!sub) {
        await ctx.reply(ctx.t("sub-overview-none"), {
          parse_mode: "HTML",
          reply_markup: new InlineKeyboard().text(ctx.t("sub-button-subscribe"), "sub:change"),
        });
        return;
      }
      // the events whose area includes the subscriber's regency, as their announcements reached (areaIncludes)
      const n = await sendUpcomingEvents(ctx, deps, { place: { provinceCode: sub.province_code, regencyCode: sub.regency_code } }, now(), offset);
      if (n === 0) await ctx.reply(ctx.t("ev-none", { province: escapeHtml(subscriptionPlace(sub)) }), { parse_mode: "HTML" });
    };
    /** "Kota Makassar, Sulawesi Selatan" or "Sulawesi Selatan": where the subscriber gets events for. */
    const subscriptionPlace = (sub: { province_code: string; regency_code: string | null }) => {
      const province = deps.regions.get(sub.province_code)?.name ?? sub.province_code;
      const regency = sub.regency_code ? deps.regions.get(sub.regency_code)?.name : undefined;
      return regency ? `${regency}, ${province}` : province;
    };

    composer.command(["acara", "events"], (ctx) => showEvents(ctx, 0));
    // "Berikutnya" / "Sebelumnya" under /acara: who is asking is read again, as for the command
    composer.callbackQuery(EVENTS_PAGE_RE, async (ctx) => {
      await ctx.answerCallbackQuery().catch(() => undefined);
      await showEvents(ctx, Number(ctx.match[1]));
    });

    const language = async (ctx: BotContext) => ((await ctx.i18n.getLocale()) as Language) ?? "id";

    /**
     * The cancel and edit buttons: the officer's role and the event's provinces are checked again
     * on every press (a forged or stale id, or a right revoked meanwhile, is refused).
     */
    const manageable = async (ctx: BotContext, id: number, action: "event_cancel" | "event_edit") => {
      const role = await requireOfficer(ctx, guard, action);
      if (!role) return undefined;
      const texts = action === "event_edit" ? "ev-edit" : "ev-cancel";
      const event = await getEvent(deps.db, id);
      if (!event || event.status === "draft" || event.starts_at <= now().toISOString()) {
        ctx.outcome = `${action}_gone`;
        await ctx.answerCallbackQuery({ text: ctx.t(`${texts}-gone`), show_alert: true });
        return undefined;
      }
      if (!canManageEvent(role, event)) {
        ctx.outcome = `${action}_denied`;
        await logAudit(deps.db, role.userId, "officer_denied", { action, event_id: id });
        // shared with their province: only all-province officers may; only elsewhere: simply not theirs
        const shared = list(event.province_codes).some((code) => coversProvince(role, code));
        await ctx.answerCallbackQuery({ text: ctx.t(shared ? `${texts}-not-yours` : `${texts}-out-of-scope`), show_alert: true });
        return undefined;
      }
      return { role, event };
    };

    composer.callbackQuery(EDIT_RE, async (ctx) => {
      const found = await manageable(ctx, Number(ctx.match[1]), "event_edit");
      if (!found) return;
      await ctx.answerCallbackQuery();
      ctx.outcome = "event_edit_opened";
      await logAudit(deps.db, found.role.userId, "event_edit_opened", { event_id: found.event.id });
      const args: EditEventArgs = { userId: found.role.userId, eventId: found.event.id };
      await ctx.conversation.exitAll(); // a form left open elsewhere must not make enter() throw
      if (ctx.session) delete ctx.session.pausedForm;
      await ctx.conversation.enter(EDIT_EVENT_ID, await language(ctx), args);
    });

    // a button of an edit form that has ended (saved, cancelled, replaced or timed out)
    composer.callbackQuery(EDIT_BUTTON_RE, async (ctx) => {
      if (!(await requireOfficer(ctx, guard, "event_edit"))) return;
      ctx.outcome = "event_edit_stale";
      await ctx.answerCallbackQuery({ text: ctx.t("button-expired"), show_alert: true });
    });

    composer.callbackQuery(/^ev:cx:(\d{1,16})$/, async (ctx) => {
      const found = await manageable(ctx, Number(ctx.match[1]), "event_cancel");
      if (!found) return;
      const { event } = found;
      ctx.outcome = "event_cancel_asked";
      await ctx.answerCallbackQuery();
      const vars = {
        title: escapeHtml(event.title),
        when: formatEventDate(new Date(event.starts_at), zoneOfEvent(event), await language(ctx)),
      };
      await ctx.reply(ctx.t(event.status === "scheduled" ? "ev-cancel-confirm-scheduled" : "ev-cancel-confirm-sent", vars), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(ctx.t("ev-cancel-yes"), `ev:cxy:${event.id}`).text(ctx.t("ev-cancel-no"), `ev:cxn:${event.id}`),
      });
    });

    composer.callbackQuery(/^ev:cxn:(\d{1,16})$/, async (ctx) => {
      if (!(await requireOfficer(ctx, guard, "event_cancel"))) return;
      ctx.outcome = "event_cancel_kept";
      await ctx.answerCallbackQuery({ text: ctx.t("ev-cancel-kept") });
      await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
    });

    composer.callbackQuery(/^ev:cxy:(\d{1,16})$/, async (ctx) => {
      const found = await manageable(ctx, Number(ctx.match[1]), "event_cancel");
      if (!found) return;
      const { role, event } = found;
      const r = await cancelEvent(publishDepsFor({ ...deps, i18n }), event.id, role.userId, now());
      if (!r) {
        ctx.outcome = "event_cancel_gone";
        await ctx.answerCallbackQuery({ text: ctx.t("ev-cancel-gone"), show_alert: true });
        return;
      }
      ctx.outcome = "event_cancelled";
      await logAudit(deps.db, role.userId, "event_cancelled", {
        event_id: event.id, title: event.title, status: event.status, starts_at: event.starts_at, province_codes: event.province_codes,
        stopped: r.stopped, notified: r.notified, notice_broadcast_id: r.noticeBroadcastId ?? null,
      });
      await ctx.answerCallbackQuery();
      await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
      const title = escapeHtml(event.title);
      const text = event.status === "scheduled"
        ? ctx.t("ev-cancelled-scheduled", { title })
        : ctx.t("ev-cancelled-sent", { title, n: r.notified, id: r.noticeBroadcastId ?? 0 }) + (r.stopped ? `\n${ctx.t("ev-cancel-stopped")}` : "");
      await ctx.reply(text, { parse_mode: "HTML" });
    });

    // a preview's "Saya hadir" pressed after its form closed: still only a preview
    composer.callbackQuery(/^ev:pv:\d{1,16}$/, async (ctx) => {
      ctx.outcome = "preview_attend";
      await ctx.answerCallbackQuery({ text: ctx.t("ev-preview-attend") });
    });

    // Kirim / Jadwalkan / Batal under a preview whose form is closed (sent, discarded, replaced
    // or timed out): nothing is sent, and the officer is told that preview is no longer current
    composer.callbackQuery(/^ev:dec:/, async (ctx) => {
      if (!(await requireOfficer(ctx, guard, "event_decision"))) return;
      ctx.outcome = "preview_stale";
      await ctx.answerCallbackQuery({ text: ctx.t("ev-preview-stale"), show_alert: true });
    });

    composer.callbackQuery(/^ev:att:(\d{1,16})$/, async (ctx) => {
      const result = await attend(deps.db, Number(ctx.match[1]), ctx.from.id, now());
      ctx.outcome = `attend_${result}`;
      if (result === "not_here") {
        // said with the subscriber's own place, which the event's area (on the message) leaves out
        const sub = await getSubscription(deps.db, ctx.from.id);
        await ctx.answerCallbackQuery({ text: ctx.t("ev-attend-not_here", { place: sub ? subscriptionPlace(sub) : "-" }).slice(0, 200), show_alert: true });
        return;
      }
      if (result === "not_reached") {
        await ctx.answerCallbackQuery({ text: ctx.t("ev-attend-not_reached").slice(0, 200), show_alert: true });
        return;
      }
      await ctx.answerCallbackQuery({ text: ctx.t(`ev-attend-${result}`) });
    });

    return composer;
  };
}
