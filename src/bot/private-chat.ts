/**
 * Personal data is asked for and shown only in a private chat with the bot (UU PDP: a
 * group would see someone's phone number, region or stored data). In a group the bot
 * answers with a button that opens the private chat — at the same action when one is
 * given, through Telegram's /start deep link — and the flow does not start.
 */
import { InlineKeyboard } from "grammy";
import type { BotContext } from "./context";
import type { ActionName } from "./actions";

/** True in a private chat; otherwise points to it and returns false. */
export async function inPrivateChat(ctx: BotContext, action?: ActionName): Promise<boolean> {
  if (ctx.chat?.type === "private") return true;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  ctx.outcome = "private_only";
  const url = `https://t.me/${ctx.me.username}${action ? `?start=${action}` : ""}`;
  await ctx.reply(ctx.t("private-only"), { reply_markup: new InlineKeyboard().url(ctx.t("private-open"), url) });
  return false;
}
