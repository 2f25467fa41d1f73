/**
 * Subscriptions to regional events: /langganan, /berhenti, and the
 * "Acara & pengumuman" menu entry (upcoming events of the user's region + the subscription).
 */
import { Composer, InlineKeyboard } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import { FORM_RESUME_PREFIX, formOptions } from "../../conversation-kit";
import type { Kysely } from "kysely";
import type { BotContext, Language } from "../../context";
import type { Feature } from "../../create-bot";
import type { Regions } from "../../../regions";
import type { Database } from "../../../store/schema";
import { getSubscription, topicsOf, unsubscribe } from "../../../officers/subscriptions";
import { escapeHtml } from "../../html";
import { sendUpcomingEvents } from "../events/show";
import { createSubscribeConversation, SUBSCRIBE_ID } from "./conversation";
import { inPrivateChat } from "../../private-chat";

export interface SubscriptionsDeps {
  db: Kysely<Database>;
  regions: Regions;
  now?: () => Date;
}

export function subscriptionsFeature(deps: SubscriptionsDeps): Feature {
  return ({ actions, i18n }) => {
    const composer = new Composer<BotContext>();
    const now = deps.now ?? (() => new Date());
    composer.use(createConversation(createSubscribeConversation({ db: deps.db, regions: deps.regions, i18n }), formOptions(SUBSCRIBE_ID)));

    const enter = async (ctx: BotContext) => {
      if (!(await inPrivateChat(ctx))) return;
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      ctx.outcome = "subscribe";
      await ctx.conversation.exitAll(); // a form left open elsewhere must not make enter() throw
      await ctx.conversation.enter(SUBSCRIBE_ID, (await ctx.i18n.getLocale()) as Language);
    };
    composer.command(["langganan", "subscribe"], enter);
    // "🔔 Langganan" pressed while the subscription form is paused (its button sits beside "Lanjutkan
    // isian"): the form is not started afresh, dropping what was given, without asking which is meant
    composer.callbackQuery("sub:change", async (ctx) => {
      if (ctx.session?.pausedForm === SUBSCRIBE_ID && ctx.conversation.active()[SUBSCRIBE_ID]) {
        ctx.outcome = "subscribe_paused";
        await ctx.answerCallbackQuery().catch(() => undefined);
        await ctx.reply(ctx.t("form-paused-choice", { command: "/langganan" }), {
          reply_markup: new InlineKeyboard().text(ctx.t("form-resume-button"), `${FORM_RESUME_PREFIX}${SUBSCRIBE_ID}`).row().text(ctx.t("form-restart-button"), "sub:restart"),
        });
        return;
      }
      await enter(ctx);
    });
    composer.callbackQuery("sub:restart", enter);

    const stop = async (ctx: BotContext) => {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      const removed = await unsubscribe(deps.db, ctx.chat!.id);
      ctx.outcome = removed ? "unsubscribed" : "not_subscribed";
      await ctx.reply(ctx.t(removed ? "sub-stopped" : "sub-none"), { parse_mode: "HTML" });
    };
    composer.command(["berhenti", "unsubscribe"], stop);
    composer.callbackQuery("sub:stop", stop);

    const overview = async (ctx: BotContext) => {
      ctx.outcome = "events_menu";
      const sub = await getSubscription(deps.db, ctx.chat!.id);
      if (!sub) {
        await ctx.reply(ctx.t("sub-overview-none"), {
          parse_mode: "HTML",
          reply_markup: new InlineKeyboard().text(ctx.t("sub-button-subscribe"), "sub:change"),
        });
        return;
      }
      const province = deps.regions.get(sub.province_code)?.name ?? sub.province_code;
      const regency = sub.regency_code ? deps.regions.get(sub.regency_code)?.name : undefined;
      const n = await sendUpcomingEvents(ctx, deps, sub.province_code, now());
      // a subscription stored with "rules" alone receives nothing: said, with the way to change it
      const receivesEvents = topicsOf(sub).includes("events");
      await ctx.reply(
        ctx.t(receivesEvents ? "sub-overview" : "sub-overview-no-events", { region: escapeHtml(regency ? `${regency}, ${province}` : province), events: n }),
        {
          parse_mode: "HTML",
          reply_markup: new InlineKeyboard().text(ctx.t("sub-button-change"), "sub:change").text(ctx.t("sub-button-stop"), "sub:stop"),
        },
      );
    };
    actions.register("events", overview);

    return composer;
  };
}
