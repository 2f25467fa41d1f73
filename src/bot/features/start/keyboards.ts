import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context";

/** Main menu: two buttons per row, short labels for small screens. */
export function mainMenuKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("menu-ask"), "menu:ask").text(ctx.t("menu-calc"), "menu:calc").row()
    .text(ctx.t("menu-join"), "menu:join").text(ctx.t("menu-village"), "menu:village").row()
    .text(ctx.t("menu-events"), "menu:events").text(ctx.t("menu-officer"), "tk:ask").row()
    .text(ctx.t("menu-help"), "menu:help");
}

export function languageKeyboard(): InlineKeyboard {
  return new InlineKeyboard().text("🇮🇩 Bahasa Indonesia", "lang:id").text("🇬🇧 English", "lang:en");
}
