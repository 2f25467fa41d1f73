/**
 * In groups the bot speaks only when spoken to: commands, replies to its own
 * messages, mentions, and presses on its own buttons. Everything else is
 * ignored so that it never floods a group.
 */
import type { MiddlewareFn } from "grammy";
import type { BaseContext } from "../context";

export const groupFilter: MiddlewareFn<BaseContext> = async (ctx, next) => {
  const type = ctx.chat?.type;
  if (type !== "group" && type !== "supergroup") return next();
  if (ctx.callbackQuery) return next();
  const msg = ctx.message ?? ctx.editedMessage;
  if (!msg) return; // channel posts, joins and the like: nothing to say
  const me = ctx.me.username.toLowerCase();
  const text = msg.text ?? msg.caption ?? "";
  const entities = msg.entities ?? msg.caption_entities ?? [];
  const isCommand = entities.some((e) => e.type === "bot_command" && e.offset === 0);
  const mentionsMe = entities.some(
    (e) => e.type === "mention" && text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === me,
  );
  const repliesToMe = msg.reply_to_message?.from?.id === ctx.me.id;
  if (isCommand) {
    const addressed = text.split(/\s/)[0]!.split("@")[1];
    if (addressed && addressed.toLowerCase() !== me) return; // a command for another bot
    return next();
  }
  if (mentionsMe || repliesToMe) return next();
};
