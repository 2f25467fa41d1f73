/**
 * Which result each of a user's recent messages shows, so a button under an older result prices
 * that result, never the latest in its place.
 */
import type { InlineKeyboard } from "grammy";
import type { AskRequest, CalculationRequest } from "../../../rules/question";
import type { RuleBook } from "../../../rules/rule-book";
import { RecentPerUser } from "../../../knowledge/follow-up";
import type { BotContext, Language } from "../../context";
import type { Translate } from "../../conversation-kit";
import { keyboardFor } from "./keyboards";
import { markCalculated, render } from "./results";

/** How many results (or questions for a figure) are kept per user by the message that shows them. */
const SHOWN_KEPT = 8;
type Shown = { messageId: number; request: CalculationRequest };
/** The results shown to each user, by message, beside the latest (`recent`): one store per calculator memory. */
const shownByMemory = new WeakMap<RecentPerUser<CalculationRequest>, RecentPerUser<Shown[]>>();
function shownOf(recent: RecentPerUser<CalculationRequest>): RecentPerUser<Shown[]> {
  let shown = shownByMemory.get(recent);
  if (!shown) shownByMemory.set(recent, (shown = new RecentPerUser<Shown[]>()));
  return shown;
}

/** The result (or the question for a figure) `message` shows, kept with the last few for its buttons. */
export function rememberShown(recent: RecentPerUser<CalculationRequest>, userId: number, message: { message_id?: number } | undefined, request: CalculationRequest): void {
  if (message?.message_id === undefined) return;
  const shown = shownOf(recent);
  const kept = (shown.recall(userId) ?? []).filter((s) => s.messageId !== message.message_id);
  shown.remember(userId, [...kept, { messageId: message.message_id, request }].slice(-SHOWN_KEPT));
}

/**
 * The result under which a button was pressed: the one that message shows, or undefined when it is no
 * longer kept (an older one, or after a restart), never the latest in its place. A press with no message
 * (not sent by Telegram for the bot's own messages) falls back to the latest.
 */
export function resultPressedOn(recent: RecentPerUser<CalculationRequest> | undefined, ctx: BotContext & { from: { id: number } }): CalculationRequest | undefined {
  const messageId = ctx.callbackQuery?.message?.message_id;
  if (!recent) return undefined;
  if (messageId === undefined) return recent.recall(ctx.from.id);
  return shownOf(recent).recall(ctx.from.id)?.find((s) => s.messageId === messageId)?.request;
}

/** Forgets the results shown to `userId` (/hapusdata): an old result's button then prices nothing. */
export function forgetShown(recent: RecentPerUser<CalculationRequest>, userId: number): void {
  shownByMemory.get(recent)?.forget(userId);
}

/**
 * Sends a computed result with its buttons (the result's own unless `keyboard` is given) and remembers
 * it: as the user's latest, which a follow-up changes, and by its message, which its buttons price.
 */
export async function sendResult(
  ctx: BotContext,
  o: { book: RuleBook; recent?: RecentPerUser<CalculationRequest>; request: Exclude<CalculationRequest, AskRequest>; t: Translate; language: Language; keyboard?: InlineKeyboard },
): Promise<void> {
  const text = render(o.book, o.request, o.t, o.language);
  markCalculated(ctx, o.request.kind);
  const sent = await ctx.reply(text, { parse_mode: "HTML", reply_markup: o.keyboard ?? keyboardFor(o.book, o.request, o.t) });
  if (ctx.from && o.recent) {
    o.recent.remember(ctx.from.id, o.request);
    rememberShown(o.recent, ctx.from.id, sent, o.request);
  }
}
