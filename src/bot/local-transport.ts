/**
 * Answers the bot's outgoing Bot API calls in-process, with realistic results,
 * so the same bot runs without Telegram: the terminal chat, the batch
 * interface and the tests. Every call is recorded for whoever listens.
 */
import type { RawApi } from "grammy";
import type { Message, UserFromGetMe } from "grammy/types";
import { checkTelegramHtml } from "../knowledge/telegram-html";

export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: "TanyaJamsos",
  username: "TanyaJamsosBot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  result: unknown;
}

/** Methods that send something to a chat and return a Message. */
const SENDING = new Set(["sendMessage", "sendDocument", "sendPhoto", "copyMessage", "forwardMessage", "sendLocation", "sendContact"]);

export class LocalTransport {
  readonly calls: ApiCall[] = [];
  private readonly listeners = new Set<(call: ApiCall) => void>();
  private readonly nextMessageId = new Map<number, number>();
  private readonly sent = new Map<string, Message>();
  /** Chats that "blocked" the bot: sends fail with 403, as Telegram does. */
  readonly blocked = new Set<number>();
  /** Calls Telegram would have refused (too long, bad buttons, broken HTML): tests assert this stays empty. */
  readonly violations: { method: string; description: string }[] = [];

  constructor(private readonly botInfo: UserFromGetMe = LOCAL_BOT_INFO) {}

  /**
   * A `fetch` for grammY's `client.fetch` option. It sits below every Api
   * instance, including the ones @grammyjs/conversations creates inside a
   * conversation, which API transformers on `bot.api` would not reach.
   */
  readonly fetch = async (url: string | URL, init?: { body?: unknown }): Promise<{ json(): Promise<unknown> }> => {
    const method = String(url).split("/").pop()!.split("?")[0]!;
    const payload = await readPayload(init?.body);
    const result = this.answer(method, payload);
    const call: ApiCall = { method, payload, result };
    this.calls.push(call);
    for (const listener of this.listeners) listener(call);
    const body = result instanceof LocalApiError
      ? { ok: false, error_code: result.code, description: result.description, ...(result.parameters ? { parameters: result.parameters } : {}) }
      : { ok: true, result };
    return { json: async () => body };
  };

  onCall(listener: (call: ApiCall) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls that put text into chats, in order. */
  sentMessages(chatId?: number): ApiCall[] {
    return this.calls.filter((c) => (SENDING.has(c.method) || c.method === "editMessageText") && !(c.result instanceof LocalApiError) && (chatId === undefined || Number(c.payload.chat_id) === chatId));
  }

  reset(): void {
    this.calls.length = 0;
  }

  private answer(method: string, p: Record<string, unknown>): unknown {
    const chatId = Number(p.chat_id);
    const refusal = validate(method, p);
    if (refusal) {
      this.violations.push({ method, description: refusal });
      return new LocalApiError(400, `Bad Request: ${refusal}`);
    }
    if (SENDING.has(method) && this.blocked.has(chatId)) return new LocalApiError(403, "Forbidden: bot was blocked by the user");
    switch (method as keyof RawApi) {
      case "getMe":
        return this.botInfo;
      case "sendMessage":
      case "sendDocument":
      case "sendPhoto":
      case "sendLocation":
      case "sendContact":
      case "forwardMessage": {
        const message = this.message(chatId, p);
        return message;
      }
      case "copyMessage":
        return { message_id: this.message(chatId, p).message_id };
      case "editMessageText":
      case "editMessageReplyMarkup":
      case "editMessageCaption": {
        const key = `${chatId}:${p.message_id}`;
        const old = this.sent.get(key);
        const updated = { ...(old ?? this.message(chatId, p)), ...(p.text ? { text: p.text } : {}), reply_markup: p.reply_markup, edit_date: now() } as Message;
        this.sent.set(key, updated);
        return updated;
      }
      case "getChat":
        return { id: chatId, type: chatId > 0 ? "private" : "group", first_name: "User" };
      default:
        return true; // answerCallbackQuery, setMyCommands, sendChatAction, deleteMessage, setWebhook…
    }
  }

  private message(chatId: number, p: Record<string, unknown>): Message {
    const id = (this.nextMessageId.get(chatId) ?? 1000) + 1;
    this.nextMessageId.set(chatId, id);
    const message = {
      message_id: id,
      date: now(),
      chat: chatId > 0 ? { id: chatId, type: "private", first_name: "User" } : { id: chatId, type: "supergroup", title: "Group" },
      from: this.botInfo,
      ...(typeof p.text === "string" ? { text: p.text } : {}),
      ...(typeof p.caption === "string" ? { caption: p.caption } : {}),
      ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
    } as unknown as Message;
    this.sent.set(`${chatId}:${id}`, message);
    return message;
  }
}

/** The checks Telegram makes that a bot most often trips over. */
export function validate(method: string, p: Record<string, unknown>): string | null {
  const text = typeof p.text === "string" ? p.text : undefined;
  const caption = typeof p.caption === "string" ? p.caption : undefined;
  if ((method === "sendMessage" || method === "editMessageText") && (!text || text.trim() === "")) return "message text is empty";
  const html = p.parse_mode === "HTML";
  const visible = (s: string) => (html ? s.replace(/<[^>]+>/g, "").replace(/&(lt|gt|amp|quot);/g, "x") : s);
  if (text && visible(text).length > 4096) return "message is too long";
  if (caption && visible(caption).length > 1024) return "message caption is too long";
  for (const s of [text, caption]) {
    if (s && html) {
      const problem = checkTelegramHtml(s);
      if (problem) return `can't parse entities: ${problem}`;
    }
  }
  const markup = p.reply_markup as { inline_keyboard?: { text?: string; callback_data?: string; url?: string }[][] } | undefined;
  for (const button of markup?.inline_keyboard?.flat() ?? []) {
    if (!button.text) return "BUTTON_TEXT_EMPTY";
    if (button.callback_data !== undefined) {
      const bytes = Buffer.byteLength(button.callback_data, "utf8");
      if (bytes < 1 || bytes > 64) return "BUTTON_DATA_INVALID";
    }
  }
  return null;
}

export class LocalApiError {
  constructor(readonly code: number, readonly description: string, readonly parameters?: { retry_after?: number }) {}
}

/** JSON bodies as they are; multipart bodies (file uploads) read into fields, files noted by name and size. */
async function readPayload(body: unknown): Promise<Record<string, unknown>> {
  if (body === undefined || body === null) return {};
  if (typeof body === "string") return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  const raw = Buffer.concat(chunks).toString("latin1");
  const boundary = /^--([^\r\n]+)/.exec(raw)?.[1];
  if (!boundary) return {};
  const fields: Record<string, unknown> = {};
  for (const part of raw.split(`--${boundary}`)) {
    // grammY writes `name="…";filename=…` (no space, no quotes); browsers write `name="…"; filename="…"`
    const header = /name="([^"]+)"(?:;\s*filename=(?:"([^"]*)"|([^;\r\n]*)))?/.exec(part);
    if (!header) continue;
    const value = part.slice(part.indexOf("\r\n\r\n") + 4).replace(/\r\n$/, "");
    const filename = header[2] ?? header[3]?.trim();
    if (filename !== undefined) fields[header[1]!] = { filename, size: value.length, content: Buffer.from(value, "latin1").toString("utf8") };
    else {
      const text = Buffer.from(value, "latin1").toString("utf8");
      try {
        fields[header[1]!] = /^[\[{]/.test(text) ? JSON.parse(text) : text;
      } catch {
        fields[header[1]!] = text;
      }
    }
  }
  return fields;
}

const now = () => Math.floor(Date.now() / 1000);
