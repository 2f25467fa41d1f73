/** Telegram HTML helpers: escaping user text and keeping messages within limits. */

export const TELEGRAM_TEXT_LIMIT = 4096;

// pure text helpers the domain uses too (an event's announcement): defined there, so it imports nothing from the bot
export { escapeHtml, htmlToPlain } from "../officers/events";

/**
 * Splits a long HTML message into parts of at most `limit` characters, at
 * paragraph, then line, then word boundaries, never inside a tag or entity.
 * Tags open at a cut are closed and reopened so each part parses on its own.
 */
export function splitMessage(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (html.length <= limit) return [html];
  const parts: string[] = [];
  let rest = html;
  let reopen = "";
  while (rest.length > 0) {
    const budget = limit - reopen.length - 64; // room for closing tags
    if (reopen.length + rest.length <= limit) {
      parts.push(reopen + rest);
      break;
    }
    let cut = findCut(rest, budget);
    if (cut <= 0) cut = budget;
    const chunk = rest.slice(0, cut);
    const open = openTags(reopen + chunk);
    parts.push(reopen + chunk + open.map((t) => `</${t.name}>`).reverse().join(""));
    reopen = open.map((t) => t.raw).join("");
    rest = rest.slice(cut).replace(/^\s+/, "");
  }
  return parts;
}

function findCut(text: string, budget: number): number {
  const window = text.slice(0, budget);
  for (const sep of ["\n\n", "\n", " "]) {
    const at = window.lastIndexOf(sep);
    if (at > budget / 2 && safeAt(window, at)) return at;
  }
  let at = budget;
  while (at > 0 && !safeAt(window, at)) at--;
  return at;
}

/** True when position `at` is not inside a tag or an entity. */
function safeAt(text: string, at: number): boolean {
  const lastLt = text.lastIndexOf("<", at - 1);
  const lastGt = text.lastIndexOf(">", at - 1);
  if (lastLt > lastGt) return false;
  const lastAmp = text.lastIndexOf("&", at - 1);
  const lastSemi = text.lastIndexOf(";", at - 1);
  return !(lastAmp > lastSemi && at - lastAmp < 10);
}

function openTags(html: string): { name: string; raw: string }[] {
  const stack: { name: string; raw: string }[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z-]+)[^>]*>/g)) {
    const [raw, closing, name] = m as unknown as [string, string, string];
    if (closing) {
      const i = stack.map((t) => t.name).lastIndexOf(name);
      if (i >= 0) stack.splice(i, 1);
    } else stack.push({ name, raw });
  }
  return stack;
}

export { checkTelegramHtml } from "../knowledge/telegram-html";
