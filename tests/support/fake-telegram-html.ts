/**
 * Telegram's `parse_mode: "HTML"` parser, reimplemented after TDLib's
 * `parse_html` so the fake Bot API rejects exactly what Telegram rejects, with
 * the same error texts ("can't parse entities: ..."), and produces the plain
 * text + entities (UTF-16 offsets) Telegram would store.
 */
import type { MessageEntity } from "grammy/types";

export interface ParsedText {
  text: string;
  entities: MessageEntity[];
}

/** Thrown with the part after "Bad Request: can't parse entities: ". */
export class EntityParseError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = "EntityParseError";
  }
}

const SUPPORTED_TAGS = new Set([
  "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
  "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote",
]);

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

const isSpace = (c: string | undefined): boolean =>
  c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\0" || c === "\f" || c === "\v";

/** Decodes an HTML entity at `i` (which points at '&'); null when it is not one Telegram knows. */
function decodeEntity(s: string, i: number): { char: string; next: number } | null {
  const m = /^&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-zA-Z]{1,10});/.exec(s.slice(i, i + 16));
  if (!m) return null;
  const body = m[1]!;
  if (body.startsWith("#")) {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return { char: String.fromCodePoint(code), next: i + m[0].length };
  }
  const named = NAMED_ENTITIES[body.toLowerCase()];
  return named === undefined ? null : { char: named, next: i + m[0].length };
}

function decodeAll(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    if (s[i] === "&") {
      const d = decodeEntity(s, i);
      if (d) {
        out += d.char;
        i = d.next;
        continue;
      }
    }
    out += s[i];
    i++;
  }
  return out;
}

interface OpenTag {
  tag: string;
  attrs: Record<string, string>;
  start: number; // UTF-16 offset in the output text
  language?: string; // for <pre> with nested <code class="language-...">
}

/**
 * Parses Telegram HTML. Throws EntityParseError with TDLib's wording, e.g.
 * `Unsupported start tag "br" at byte offset 5`,
 * `Can't find end tag corresponding to start tag "b"`,
 * `Unmatched end tag at byte offset 9, expected "</i>", found "</b>"`.
 */
export function parseTelegramHtml(html: string): ParsedText {
  const byteOffset = (i: number) => Buffer.byteLength(html.slice(0, i), "utf8");
  const n = html.length;
  let out = "";
  const stack: OpenTag[] = [];
  const entities: MessageEntity[] = [];
  let i = 0;
  while (i < n) {
    const c = html[i]!;
    if (c === "&") {
      const d = decodeEntity(html, i);
      if (d) {
        out += d.char;
        i = d.next;
      } else {
        out += "&";
        i++;
      }
      continue;
    }
    if (c !== "<") {
      out += c;
      i++;
      continue;
    }
    const begin = i;
    if (html[i + 1] === "/") {
      // end tag
      const close = html.indexOf(">", i + 2);
      if (close < 0) throw new EntityParseError(`Unclosed end tag at byte offset ${byteOffset(begin)}`);
      const name = html.slice(i + 2, close).trim().toLowerCase();
      const top = stack[stack.length - 1];
      if (!top) throw new EntityParseError(`Unexpected end tag at byte offset ${byteOffset(begin)}`);
      if (name !== "" && name !== top.tag) {
        throw new EntityParseError(
          `Unmatched end tag at byte offset ${byteOffset(begin)}, expected "</${top.tag}>", found "</${name}>"`,
        );
      }
      stack.pop();
      i = close + 1;
      closeEntity(top, stack[stack.length - 1], out.length, entities);
      continue;
    }
    // start tag
    i++;
    const nameStart = i;
    while (i < n && !isSpace(html[i]) && html[i] !== ">") i++;
    if (i >= n) throw new EntityParseError(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
    const tag = html.slice(nameStart, i).toLowerCase();
    if (!SUPPORTED_TAGS.has(tag)) {
      throw new EntityParseError(`Unsupported start tag "${tag}" at byte offset ${byteOffset(begin)}`);
    }
    const attrs: Record<string, string> = {};
    for (;;) {
      while (i < n && isSpace(html[i])) i++;
      if (i >= n) throw new EntityParseError(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
      if (html[i] === ">") break;
      const attrStart = i;
      while (i < n && !isSpace(html[i]) && html[i] !== "=" && html[i] !== ">") i++;
      const attrName = html.slice(attrStart, i).toLowerCase();
      if (attrName === "") {
        throw new EntityParseError(`Empty attribute name in the tag "${tag}" at byte offset ${byteOffset(begin)}`);
      }
      while (i < n && isSpace(html[i])) i++;
      if (i >= n) throw new EntityParseError(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
      if (html[i] !== "=") {
        if (tag === "blockquote" && attrName === "expandable") {
          attrs[attrName] = "";
          continue;
        }
        throw new EntityParseError(
          `Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${byteOffset(begin)}`,
        );
      }
      i++;
      while (i < n && isSpace(html[i])) i++;
      if (i >= n) throw new EntityParseError(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
      let value: string;
      const q = html[i];
      if (q === '"' || q === "'") {
        const end = html.indexOf(q, i + 1);
        if (end < 0) throw new EntityParseError(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
        value = decodeAll(html.slice(i + 1, end));
        i = end + 1;
      } else {
        const vStart = i;
        while (i < n && !isSpace(html[i]) && html[i] !== ">") i++;
        value = decodeAll(html.slice(vStart, i));
      }
      attrs[attrName] = value;
    }
    i++; // past '>'
    if (tag === "span" && attrs.class !== "tg-spoiler") {
      throw new EntityParseError(`Tag "span" must have class "tg-spoiler"`);
    }
    if (tag === "tg-emoji" && !/^\d+$/.test(attrs["emoji-id"] ?? "")) {
      throw new EntityParseError(`Custom emoji entity must contain a valid emoji-id`);
    }
    stack.push({ tag, attrs, start: out.length });
  }
  const open = stack[stack.length - 1];
  if (open) throw new EntityParseError(`Can't find end tag corresponding to start tag "${open.tag}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: out, entities };
}

function closeEntity(t: OpenTag, parent: OpenTag | undefined, end: number, entities: MessageEntity[]): void {
  const offset = t.start;
  const length = end - offset;
  // <pre><code class="language-x"> becomes a single pre entity with a language
  if (t.tag === "code" && parent?.tag === "pre" && parent.start === offset) {
    const cls = t.attrs.class ?? "";
    if (cls.startsWith("language-") && cls.length > 9) parent.language = cls.slice(9);
    return;
  }
  if (length <= 0) return;
  let e: MessageEntity | undefined;
  switch (t.tag) {
    case "b": case "strong": e = { type: "bold", offset, length }; break;
    case "i": case "em": e = { type: "italic", offset, length }; break;
    case "u": case "ins": e = { type: "underline", offset, length }; break;
    case "s": case "strike": case "del": e = { type: "strikethrough", offset, length }; break;
    case "code": e = { type: "code", offset, length }; break;
    case "pre":
      e = t.language ? { type: "pre", offset, length, language: t.language } : { type: "pre", offset, length };
      break;
    case "tg-spoiler": case "span": e = { type: "spoiler", offset, length }; break;
    case "blockquote":
      e = { type: "expandable" in t.attrs ? "expandable_blockquote" : "blockquote", offset, length };
      break;
    case "tg-emoji": e = { type: "custom_emoji", offset, length, custom_emoji_id: t.attrs["emoji-id"]! }; break;
    case "a": {
      const href = t.attrs.href;
      if (href === undefined || href === "") return; // TDLib drops links without a URL
      e = { type: "text_link", offset, length, url: href };
      break;
    }
  }
  if (e) entities.push(e);
}
