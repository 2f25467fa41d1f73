/** Telegram's HTML parse mode rules, shared by kb:check and the bot's own checks. */
const ALLOWED_TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a", "blockquote", "tg-spoiler", "span", "tg-emoji"]);

/**
 * What Telegram would say about this HTML, or null when it parses: only its
 * tags, properly nested, and &lt; &gt; &amp; &quot; or numeric entities.
 */
export function checkTelegramHtml(html: string): string | null {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z-]*)[^>]*>/g)) {
    const name = m[2]!.toLowerCase();
    if (!ALLOWED_TAGS.has(name)) return `unsupported start tag "${name}"`;
    if (m[1]) {
      if (stack.pop() !== name) return `unmatched end tag "${name}"`;
    } else stack.push(name);
  }
  if (stack.length) return `can't find end tag corresponding to start tag "${stack[stack.length - 1]}"`;
  const stripped = html.replace(/<\/?[a-zA-Z][a-zA-Z-]*[^>]*>/g, "");
  if (/[<>]/.test(stripped)) return "unexpected < or > outside a tag";
  if (/&(?!(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)/.test(stripped)) return 'character "&" must be escaped as &amp;';
  return null;
}
