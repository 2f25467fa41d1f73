/** Fluent translations (src/bot/locales/<lang>.ftl), one file per language. */
import { I18n } from "@grammyjs/i18n";
import { fileURLToPath } from "node:url";
import type { BaseContext, Language } from "./context";

export const LOCALES_DIR = fileURLToPath(new URL("./locales", import.meta.url));

/** Telegram's language_code → our language; Indonesian unless the client is English. */
export function languageFromTelegram(code: string | undefined, fallback: Language): Language {
  if (!code) return fallback;
  if (code.startsWith("en")) return "en";
  if (code.startsWith("id") || code.startsWith("in") || code.startsWith("ms") || code.startsWith("jv")) return "id";
  return fallback;
}

export function createI18n(defaultLanguage: Language): I18n<BaseContext> {
  return new I18n<BaseContext>({
    defaultLocale: defaultLanguage,
    directory: LOCALES_DIR,
    // Unicode isolation marks around variables show up as boxes on older phones
    fluentBundleOptions: { useIsolating: false },
    // updates without a chat have no session; reading it would throw
    // a language chosen with /bahasa, else the one the user writes in, else the Telegram client's
    localeNegotiator: (ctx) => (ctx.chat ? ctx.session?.language ?? ctx.session?.writtenIn : undefined) ?? languageFromTelegram(ctx.from?.language_code, defaultLanguage),
  });
}
