/** Upcoming events as users (with "Saya hadir") and officers (attendee counts, scheduled ones, "Ubah", "Batalkan acara") see them. */
import { InlineKeyboard } from "grammy";
import type { Kysely } from "kysely";
import type { BotContext, Language } from "../../context";
import type { Regions } from "../../../regions";
import type { Database, Event } from "../../../store/schema";
import { formatEventDate } from "../../../officers/dates";
import { attendData, attendeeCounts, canManageEvent, officerEvents, renderEvent, upcomingEvents, zoneOfEvent } from "../../../officers/events";
import type { Place } from "../../../officers/area";
import type { OfficerRole } from "../../../officers/roles";
import { getSubscription } from "../../../officers/subscriptions";
import { editData } from "./edit";

/** The chat's subscription's place when it is in the province, else the province alone. */
async function subscriberPlace(db: Kysely<Database>, chatId: number | undefined, provinceCode: string): Promise<Place> {
  const sub = chatId === undefined ? undefined : await getSubscription(db, chatId);
  return sub && sub.province_code === provinceCode ? { provinceCode, regencyCode: sub.regency_code } : { provinceCode };
}

export interface ShowDeps {
  db: Kysely<Database>;
  regions: Regions;
}

export const cancelData = (eventId: number) => `ev:cx:${eventId}`;

/** Events per page of /acara: a subscriber's, an officer's (each event is one message). */
export const EVENTS_PAGE = { subscriber: 5, officer: 10 } as const;
/** "Berikutnya" / "Sebelumnya" under /acara: ev:pg:<offset> (at most 10 bytes). */
export const EVENTS_PAGE_RE = /^ev:pg:(\d{1,4})$/;
export const eventsPageData = (offset: number) => `ev:pg:${offset}`;

/**
 * Whose /acara: an officer's (their province, or all when null), or a subscriber's place. A bare
 * province code is a subscriber's in the chat asking: their regency is read from their subscription.
 */
export type EventsView = { role: OfficerRole } | { place: Place } | string;

/**
 * Sends one message per upcoming event on the page starting at `offset` and, when there are
 * more than one page holds, a line saying which of how many were shown with buttons to the
 * next and previous pages. A subscriber sees the sent events whose area includes their place
 * (the announcement's rule); officers also see events whose announcement is still scheduled
 * (marked, with the send time), the attendee count, and "Ubah" and "Batalkan acara" where
 * their scope allows. Returns how many events there are in all.
 */
export async function sendUpcomingEvents(ctx: BotContext, deps: ShowDeps, asked: EventsView, now: Date, offset = 0): Promise<number> {
  const view = typeof asked === "string" ? { place: await subscriberPlace(deps.db, ctx.chat?.id, asked) } : asked;
  const role = "role" in view ? view.role : undefined;
  const provinceCode = "role" in view ? view.role.provinceCode : view.place.provinceCode;
  const all: Event[] = "role" in view ? await officerEvents(deps.db, view.role.provinceCode, now) : await upcomingEvents(deps.db, view.place, now);
  if (all.length === 0) return 0;
  const size = role ? EVENTS_PAGE.officer : EVENTS_PAGE.subscriber;
  // a page asked for after events passed: its last page (the offset a multiple of the page size)
  const start = Math.min(Math.max(0, Math.floor(offset / size) * size), Math.floor((all.length - 1) / size) * size);
  const events = all.slice(start, start + size);
  const counts = role ? await attendeeCounts(deps.db, events.map((e) => e.id)) : new Map<number, number>();
  const language = ((await ctx.i18n.getLocale()) as Language) ?? "id";
  for (const event of events) {
    // the province's own zone: a subscriber's, or a province officer's (an all-province officer sees the event's)
    const zone = provinceCode ? deps.regions.zoneOf(provinceCode) : zoneOfEvent(event);
    let text = renderEvent(event, deps.regions, ctx.t, language, zone);
    const kb = new InlineKeyboard();
    if (event.status === "sent") kb.text(ctx.t("ev-attend-button"), attendData(event.id));
    if (role) {
      // created_by is null once its creator deleted their data: the timer withholds it, so it is not said to go out
      text += event.status !== "scheduled"
        ? `\n\n${ctx.t("ev-attendee-count", { n: counts.get(event.id) ?? 0 })}`
        : event.created_by === null
          ? `\n\n${ctx.t("ev-withheld-badge")}`
          : event.send_at ? `\n\n${ctx.t("ev-scheduled-badge", { when: formatEventDate(new Date(event.send_at), zone, language) })}` : "";
      if (canManageEvent(role, event)) kb.row().text(ctx.t("ev-edit-button"), editData(event.id)).text(ctx.t("ev-cancel-button"), cancelData(event.id));
    }
    await ctx.reply(text, { parse_mode: "HTML", ...(kb.inline_keyboard.flat().length ? { reply_markup: kb } : {}) });
  }
  if (all.length > size) {
    // said, never left to guess: the later events (which only here can be changed or cancelled) are a press away
    const after = all.length - (start + events.length);
    const pages = new InlineKeyboard();
    if (start > 0) pages.text(ctx.t("ev-page-previous"), eventsPageData(start - size));
    if (after > 0) pages.text(ctx.t("ev-page-next"), eventsPageData(start + size));
    await ctx.reply(ctx.t("ev-page-note", { from: start + 1, to: start + events.length, total: all.length, after }), { parse_mode: "HTML", reply_markup: pages });
  }
  return all.length;
}
