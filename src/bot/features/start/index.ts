/** /start, the main menu, /help and /bahasa. */
import { Composer } from "grammy";
import type { BotContext } from "../../context";
import { escapeHtml } from "../../html";
import { type ActionRegistry, isActionName } from "../../actions";
import { languageKeyboard, mainMenuKeyboard } from "./keyboards";
import { commandLines } from "../../commands";

export function startFeature(actions: ActionRegistry): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const showMenu = async (ctx: BotContext) => {
    ctx.outcome = "menu";
    const name = ctx.from?.first_name ? escapeHtml(ctx.from.first_name.slice(0, 64)) : "none";
    await ctx.reply(ctx.t("start-greeting", { name }), { parse_mode: "HTML", reply_markup: mainMenuKeyboard(ctx) });
  };
  const showHelp = async (ctx: BotContext) => {
    ctx.outcome = "help";
    const language = (await ctx.i18n.getLocale()) === "en" ? "en" : "id";
    const commands = commandLines(language, (key) => ctx.t(key));
    await ctx.reply(ctx.t("help", { commands }), { parse_mode: "HTML", reply_markup: mainMenuKeyboard(ctx) });
  };

  // t.me/<bot>?start=<action> (the button a group gets for a private flow) opens that action
  composer.command("start", async (ctx) => {
    const payload = typeof ctx.match === "string" ? ctx.match.trim() : "";
    if (ctx.chat.type === "private" && isActionName(payload) && payload !== "start") return actions.run(payload, ctx);
    return showMenu(ctx);
  });
  composer.command("menu", showMenu);
  actions.register("start", showMenu);
  composer.command(["help", "bantuan"], showHelp);
  actions.register("help", showHelp);
  actions.register("ask", async (ctx) => {
    ctx.outcome = "ask_prompt";
    await ctx.reply(ctx.t("menu-ask-prompt"), { parse_mode: "HTML" });
  });

  composer.callbackQuery(/^menu:([a-z]+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const name = ctx.match[1]!;
    if (isActionName(name)) await actions.run(name, ctx);
  });

  composer.command(["bahasa", "language"], async (ctx) => {
    ctx.outcome = "language_prompt";
    await ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard() });
  });
  composer.callbackQuery(/^lang:(id|en)$/, async (ctx) => {
    const language = ctx.match[1] as "id" | "en";
    ctx.session.language = language;
    await ctx.i18n.renegotiateLocale();
    await ctx.answerCallbackQuery();
    ctx.outcome = "language_set";
    await ctx.reply(ctx.t("language-set"), { reply_markup: mainMenuKeyboard(ctx) });
  });

  return composer;
}

export { mainMenuKeyboard };
