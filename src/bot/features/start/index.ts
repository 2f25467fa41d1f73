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

  const setLanguage = async (ctx: BotContext, language: "id" | "en") => {
    ctx.session.language = language;
    await ctx.i18n.renegotiateLocale();
    ctx.outcome = "language_set";
    await ctx.reply(ctx.t("language-set"), { reply_markup: mainMenuKeyboard(ctx) });
  };
  // "/bahasa en", "/language indonesia": the language named is chosen; anything else shows the chooser
  composer.command(["bahasa", "language"], async (ctx) => {
    const named = languageNamed(typeof ctx.match === "string" ? ctx.match : "");
    if (named) return setLanguage(ctx, named);
    ctx.outcome = "language_prompt";
    await ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard() });
  });
  composer.callbackQuery(/^lang:(id|en)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await setLanguage(ctx, ctx.match[1] as "id" | "en");
  });

  return composer;
}

export { mainMenuKeyboard };

/** The language a word after /bahasa names: "en", "english", "inggris"; "id", "indonesia", "bahasa indonesia". */
export function languageNamed(text: string): "id" | "en" | undefined {
  const word = text.trim().toLowerCase().replace(/[^\p{L}\s]/gu, " ").replace(/\s+/g, " ").trim().replace(/^(bahasa|bhs|language)\s+/, "");
  if (/^(en|eng|english|inggris|bahasa inggris)$/.test(word)) return "en";
  if (/^(id|ind|indo|indonesia|indonesian|bahasa indonesia)$/.test(word)) return "id";
  return undefined;
}
