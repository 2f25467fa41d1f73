/**
 * Events: /acara_baru (officers, a conversation), /acara (upcoming events of the user's
 * subscribed province; officers see attendee counts) and the "Saya hadir" button.
 * The app's timer calls sendDueEvents / sendReminders (src/officers/events.ts).
 */
import { Composer, InlineKeyboard } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import { formOptions } from "../../conversation-kit";
import type { Kysely } from "kysely";
import type { BotContext, Language } from "../../context";
import type { Feature } from "../../create-bot";
import type { Regions } from "../../../regions";
import type { Database } from "../../../store/schema";
import { logAudit } from "../../../store/repos/audit";
import { attend } from "../../../officers/events";
import { officerRole } from "../../../officers/roles";
import { getSubscription } from "../../../officers/subscriptions";
import { requireOfficer } from "../officers/guard";
import { createNewEventConversation, NEW_EVENT_ID, type NewEventArgs } from "./conversation";
import { sendUpcomingEvents } from "./show";

export { dueScheduledEvents, remindersDue, sendDueEvents, sendReminders, publishEvent } from "../../../officers/events";

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
    composer.use(
      createConversation(
        createNewEventConversation({ db: deps.db, regions: deps.regions, i18n, ownerIds: config.OWNER_IDS }),
        formOptions(NEW_EVENT_ID, "officer"),
      ),
    );

    composer.command(["acara_baru", "new_event"], async (ctx) => {
      const role = await requireOfficer(ctx, guard, "acara_baru");
      if (!role) return;
      await logAudit(deps.db, role.userId, "event_form_opened", { province_code: role.provinceCode });
      ctx.outcome = "new_event";
      const args: NewEventArgs = { userId: role.userId, provinceCode: role.provinceCode };
      await ctx.conversation.exitAll(); // a form left open elsewhere must not make enter() throw
      await ctx.conversation.enter(NEW_EVENT_ID, (await ctx.i18n.getLocale()) as Language, args);
    });

    composer.command(["acara", "events"], async (ctx) => {
      const role = await officerRole(deps.db, config.OWNER_IDS, ctx.from?.id);
      if (role && ctx.chat.type === "private") {
        ctx.outcome = "events_officer";
        await logAudit(deps.db, role.userId, "events_viewed", { province_code: role.provinceCode });
        const n = await sendUpcomingEvents(ctx, deps, role.provinceCode, now(), role);
        if (n === 0) await ctx.reply(ctx.t("ev-none-officer"));
        return;
      }
      ctx.outcome = "events";
      const sub = await getSubscription(deps.db, ctx.chat.id);
      if (!sub) {
        await ctx.reply(ctx.t("sub-overview-none"), {
          parse_mode: "HTML",
          reply_markup: new InlineKeyboard().text(ctx.t("sub-button-subscribe"), "sub:change"),
        });
        return;
      }
      const n = await sendUpcomingEvents(ctx, deps, sub.province_code, now());
      if (n === 0) await ctx.reply(ctx.t("ev-none", { province: deps.regions.get(sub.province_code)?.name ?? sub.province_code }));
    });

    composer.callbackQuery(/^ev:att:(\d{1,16})$/, async (ctx) => {
      const result = await attend(deps.db, Number(ctx.match[1]), ctx.from.id, now());
      ctx.outcome = `attend_${result}`;
      await ctx.answerCallbackQuery({ text: ctx.t(`ev-attend-${result}`) });
    });

    return composer;
  };
}
