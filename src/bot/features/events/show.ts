/** Upcoming events as users (with "Saya hadir") and officers (with attendee counts) see them. */
import { InlineKeyboard } from "grammy";
import type { Kysely } from "kysely";
import type { BotContext, Language } from "../../context";
import type { Regions } from "../../../regions";
import type { Database } from "../../../store/schema";
import { attendData, attendeeCounts, renderEvent, upcomingEvents } from "../../../officers/events";
import type { OfficerRole } from "../../../officers/roles";

export interface ShowDeps {
  db: Kysely<Database>;
  regions: Regions;
}

/**
 * Sends one message per upcoming event of `provinceCode` (all provinces when null) and
 * returns how many. Officers see the attendee count under each.
 */
export async function sendUpcomingEvents(ctx: BotContext, deps: ShowDeps, provinceCode: string | null, now: Date, role?: OfficerRole): Promise<number> {
  const events = await upcomingEvents(deps.db, provinceCode, now, 5);
  const counts = role ? await attendeeCounts(deps.db, events.map((e) => e.id)) : new Map<number, number>();
  const language = ((await ctx.i18n.getLocale()) as Language) ?? "id";
  for (const event of events) {
    let text = renderEvent(event, deps.regions, ctx.t, language);
    if (role) text += `\n\n${ctx.t("ev-attendee-count", { n: counts.get(event.id) ?? 0 })}`;
    await ctx.reply(text, {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(ctx.t("ev-attend-button"), attendData(event.id)),
    });
  }
  return events.length;
}
