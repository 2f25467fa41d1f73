/** Upcoming events as users (with "Saya hadir") and officers (attendee counts, scheduled ones, "Ubah", "Batalkan acara") see them. */
import { InlineKeyboard } from "grammy";
import type { Kysely } from "kysely";
import type { BotContext, Language } from "../../context";
import type { Regions } from "../../../regions";
import type { Database } from "../../../store/schema";
import { formatEventDate } from "../../../officers/dates";
import { attendData, attendeeCounts, canManageEvent, officerEvents, renderEvent, upcomingEvents, zoneOfEvent } from "../../../officers/events";
import type { OfficerRole } from "../../../officers/roles";
import { editData } from "./edit";

export interface ShowDeps {
  db: Kysely<Database>;
  regions: Regions;
}

export const cancelData = (eventId: number) => `ev:cx:${eventId}`;

/**
 * Sends one message per upcoming event of `provinceCode` (all provinces when null) and
 * returns how many. Officers also see events whose announcement is still scheduled (marked,
 * with the send time), the attendee count, and "Ubah" and "Batalkan acara" where their scope allows.
 */
export async function sendUpcomingEvents(ctx: BotContext, deps: ShowDeps, provinceCode: string | null, now: Date, role?: OfficerRole): Promise<number> {
  const events = role ? await officerEvents(deps.db, provinceCode, now) : await upcomingEvents(deps.db, provinceCode, now, 5);
  const counts = role ? await attendeeCounts(deps.db, events.map((e) => e.id)) : new Map<number, number>();
  const language = ((await ctx.i18n.getLocale()) as Language) ?? "id";
  for (const event of events) {
    // the province's own zone: a subscriber's, or a province officer's (an all-province officer sees the event's)
    const zone = provinceCode ? deps.regions.zoneOf(provinceCode) : zoneOfEvent(event);
    let text = renderEvent(event, deps.regions, ctx.t, language, zone);
    const kb = new InlineKeyboard();
    if (event.status === "sent") kb.text(ctx.t("ev-attend-button"), attendData(event.id));
    if (role) {
      text += event.status === "scheduled" && event.send_at
        ? `\n\n${ctx.t("ev-scheduled-badge", { when: formatEventDate(new Date(event.send_at), zone, language) })}`
        : `\n\n${ctx.t("ev-attendee-count", { n: counts.get(event.id) ?? 0 })}`;
      if (canManageEvent(role, event)) kb.row().text(ctx.t("ev-edit-button"), editData(event.id)).text(ctx.t("ev-cancel-button"), cancelData(event.id));
    }
    await ctx.reply(text, { parse_mode: "HTML", ...(kb.inline_keyboard.flat().length ? { reply_markup: kb } : {}) });
  }
  return events.length;
}
