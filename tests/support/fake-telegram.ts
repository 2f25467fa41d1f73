/**
 * A fake Telegram Bot API server on loopback for end-to-end tests.
 *
 * A real grammY bot talks to it over HTTP (`new Bot(token, { client: { apiRoot } })`),
 * by long polling or through a webhook, while the test plays the users:
 *
 *   const tg = await startFakeTelegram();
 *   const bot = new Bot(tg.token, { client: { apiRoot: tg.apiRoot } });
 *   bot.command("start", (ctx) => ctx.reply("Halo!"));
 *   void bot.start();
 *   const ani = tg.user(42, { first_name: "Ani" });
 *   ani.sendCommand("/start");
 *   expect((await ani.waitForMessage()).text).toBe("Halo!");
 *
 * It is strict like Telegram: the same limits and the same error texts, so a
 * bot that passes here does not fail on the real server for those reasons.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { EventEmitter } from "node:events";
import type { Message, MessageEntity, Update, User, UserFromGetMe } from "grammy/types";
import { EntityParseError, parseTelegramHtml } from "./fake-telegram-html";
import { LOCAL_BOT_INFO } from "../../src/bot/local-transport";

// ───────────────────────────── public types ─────────────────────────────

export interface FakeTelegramOptions {
  /** Accepted token(s). Default: any well-formed token (`<digits>:<chars>`). */
  token?: string | string[];
  /** Overrides for the getMe answer. */
  botInfo?: Partial<UserFromGetMe>;
  host?: string;
  /** Default 0 (a random free port). */
  port?: number;
  /** Delay before a failed webhook delivery is retried. Default 100 ms. */
  webhookRetryDelayMs?: number;
  /** How long a webhook POST may take before it counts as failed. Default 10 s. */
  webhookTimeoutMs?: number;
  /** Default timeout of the users' waitFor* helpers. Default 5 s. */
  defaultWaitTimeoutMs?: number;
  /** Optional Telegram-like flood control on send methods (off by default). */
  rateLimit?: { perChatPerSecond?: number; globalPerSecond?: number; retryAfter?: number };
}

export interface FaultMatch {
  /** Method name(s) to hit. Omitted: every method except getUpdates. */
  method?: string | string[];
  /** Only calls whose chat_id is this chat. */
  chatId?: number | string;
  /** How many calls to hit (default 1; Infinity for all). */
  times?: number;
}
export type Fault = FaultMatch &
  (
    | { kind: "429"; retryAfter: number }
    | { kind: "403"; description?: string }
    | { kind: "500"; status?: number; description?: string }
    | { kind: "drop" }
  );

export interface UploadedFile {
  /** The multipart field name (grammY uses a random id referenced as attach://id). */
  field: string;
  filename: string;
  size: number;
}

export interface ApiCallRecord {
  method: string;
  params: Record<string, any>;
  /** Files uploaded with the call (multipart). */
  files: UploadedFile[];
  /** Date.now() when the request arrived. */
  at: number;
  ok: boolean;
  result?: unknown;
  error?: { error_code: number; description: string; parameters?: Record<string, unknown> };
  /** Set when an injected fault answered the call. */
  fault?: Fault["kind"];
  via: "http" | "webhook-reply";
}

export interface WebhookDelivery {
  update_id: number;
  url: string;
  at: number;
  /** Headers sent with the POST. */
  headers: Record<string, string>;
  /** HTTP status of the bot's answer; undefined on network error/timeout. */
  status?: number;
  error?: string;
  /** The method of a webhook reply, if the bot answered with one. */
  webhookReply?: string;
}

export interface WebhookState {
  url: string;
  secret_token?: string;
  allowed_updates?: string[];
  max_connections: number;
  last_error_date?: number;
  last_error_message?: string;
}

export interface SendRecord {
  at: number;
  chatId: number | string;
  method: string;
  ok: boolean;
}

export type MessagePredicate = string | RegExp | ((message: Message) => boolean);

export interface WaitOptions {
  timeoutMs?: number;
  /** Chat to watch (default: the user's private chat, or the chat of their last message). */
  chatId?: number;
}

export interface FakeUserOptions {
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  /** Phone used by contact-request keyboard buttons. */
  phone_number?: string;
  /** Create the private chat at once, as if the user had already started the bot. */
  startedBot?: boolean;
}

export interface SendTextOptions {
  chatType?: "private" | "group" | "supergroup";
  /** Chat id for group chats (default: -userId for groups, -100… for supergroups). */
  chatId?: number;
  chatTitle?: string;
  replyToMessageId?: number;
  entities?: MessageEntity[];
}

export interface FakeUser {
  readonly id: number;
  readonly info: User;
  /** The private chat id (equals the user id). */
  readonly chatId: number;
  sendText(text: string, opts?: SendTextOptions): Message;
  /** "/start", "/start payload" — adds the bot_command entity. */
  sendCommand(command: string, opts?: SendTextOptions): Message;
  /**
   * Presses an inline button on a bot message in this user's chat and returns
   * the callback query id. `messageOrText` is a Message, a message_id, or a
   * text fragment of the message (latest match wins). With one argument, it is
   * the label, looked up on the latest bot message that has such a button.
   */
  pressButton(messageOrText: Message | number | string, label?: string): string;
  /** Presses a button of the current reply keyboard (text, or contact for request_contact). */
  pressKeyboardButton(label: string, opts?: { chatId?: number }): Message;
  /** ownUserId: true (default) = the user's own contact, false = none, number = that user id. */
  sendContact(phone: string, opts?: { ownUserId?: boolean | number; first_name?: string; chatId?: number }): Message;
  /**
   * Resolves with the next bot message sent to the chat (cursor semantics:
   * each message is handed out once; messages skipped by the predicate are
   * consumed too). Rejects after the timeout listing what was received.
   */
  waitForMessage(predicate?: MessagePredicate, opts?: WaitOptions): Promise<Message>;
  /** Like waitForMessage, but for edits (editMessageText/ReplyMarkup) of bot messages. */
  waitForEdit(predicate?: MessagePredicate, opts?: WaitOptions): Promise<Message>;
  /** Whole history of the chat (both sides), current state (edits applied, deleted ones left out). */
  messages(opts?: { chatId?: number }): Message[];
  /** Bot messages of the chat, current state. */
  botMessages(opts?: { chatId?: number }): Message[];
  /** The reply keyboard currently shown in the chat, if any. */
  keyboard(opts?: { chatId?: number }): any[][] | undefined;
}

export interface FakeTelegram {
  readonly apiRoot: string;
  /** A token the server accepts. */
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  /** Every API call, in arrival order. */
  readonly calls: ApiCallRecord[];
  /** Pending injected faults; push to add. */
  readonly faults: Fault[];
  readonly webhookDeliveries: WebhookDelivery[];
  user(id: number, opts?: FakeUserOptions): FakeUser;
  /** Every later send to this chat fails with 403 "bot was blocked by the user". */
  blockUser(id: number): void;
  unblockUser(id: number): void;
  /** Queues a raw update (update_id is assigned). */
  pushUpdate(update: Omit<Update, "update_id">): Update;
  /** Updates queued and not yet confirmed/delivered. */
  pendingUpdates(): Update[];
  webhook(): WebhookState | undefined;
  /** Current state of the chat's messages (edits applied, deleted left out). */
  chatMessages(chatId: number): Message[];
  /** The answer given to a callback query (undefined while unanswered). */
  callbackAnswer(queryId: string): Record<string, unknown> | undefined;
  /** Timestamps (ms) of send attempts (sendMessage, sendDocument, …), overall or for one chat. */
  sendTimestamps(chatId?: number): number[];
  /** Highest number of send attempts within any 1000 ms window. */
  maxSendsPerSecond(chatId?: number): number;
  sends(): SendRecord[];
  /** Listener for every completed API call; returns an unsubscribe function. */
  onCall(listener: (call: ApiCallRecord) => void): () => void;
  /** Resolves with the next completed call of `method` matching the predicate (already logged calls count, once each). */
  waitForCall(method: string, predicate?: (call: ApiCallRecord) => boolean, opts?: { timeoutMs?: number }): Promise<ApiCallRecord>;
  /** Resolves once a getUpdates long poll is parked on the server (at once if one is). */
  waitForLongPoll(opts?: { timeoutMs?: number }): Promise<void>;
  /** Resolves with the next webhook delivery attempt matching (already recorded ones count, once each). */
  waitForWebhookDelivery(predicate?: (d: WebhookDelivery) => boolean, opts?: { timeoutMs?: number }): Promise<WebhookDelivery>;
  close(): Promise<void>;
}

export const DEFAULT_TOKEN = "7000000001:AAFakeTelegramTokenForTanyaJamsos_e2e";

// ───────────────────────────── internals ─────────────────────────────

type Json = Record<string, any>;

class TgError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }
}
const bad = (description: string) => new TgError(400, `Bad Request: ${description}`);

const METHODS = [
  "getMe", "getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo",
  "setMyCommands", "deleteMyCommands", "getMyCommands",
  "sendMessage", "editMessageText", "editMessageReplyMarkup", "deleteMessage",
  "answerCallbackQuery", "sendChatAction", "sendDocument", "sendPhoto",
  "copyMessage", "forwardMessage", "getChat", "setChatMenuButton", "getChatMenuButton",
  "close", "logOut",
] as const;
const METHOD_BY_LOWER = new Map<string, string>(METHODS.map((m) => [m.toLowerCase(), m]));
const SEND_METHODS = new Set(["sendMessage", "sendDocument", "sendPhoto", "copyMessage", "forwardMessage"]);
const CHAT_ACTIONS = new Set([
  "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
  "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
]);
const DEFAULT_EXCLUDED_UPDATES = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

const MSG_TOO_LONG = "message is too long";
const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
const QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid";

interface StoredMessage {
  message: Json;
  fromBot: boolean;
  deleted: boolean;
}
interface ChatState {
  chat: Json;
  nextMessageId: number;
  messages: Map<number, StoredMessage>;
  order: number[];
  /** Snapshots of bot messages as sent, for waitForMessage cursors. */
  outbox: Json[];
  /** Snapshots of edited bot messages, for waitForEdit cursors. */
  edits: Json[];
  blocked: boolean;
  replyKeyboard?: any[][];
}
interface Waiter {
  chatId: number;
  check: () => boolean;
}
interface ActivePoll {
  limit: number;
  resolve: (updates: Update[]) => void;
  reject: (err: TgError) => void;
  timer: NodeJS.Timeout;
}

const now = () => Math.floor(Date.now() / 1000);
const clone = <T>(v: T): T => structuredClone(v);
const num = (v: unknown): number | undefined => {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^-?\d+$/.test(v.trim())) return Number(v);
  return undefined;
};
const bool = (v: unknown): boolean => v === true || v === "true";
const updateType = (u: Json): string => Object.keys(u).find((k) => k !== "update_id") ?? "unknown";
const preview = (m: Json): string => {
  const t = String(m.text ?? m.caption ?? (m.document ? `[document ${m.document.file_name}]` : m.photo ? "[photo]" : "[?]"));
  return JSON.stringify(t.length > 80 ? `${t.slice(0, 77)}...` : t);
};
const matches = (pred: MessagePredicate | undefined, m: Message): boolean => {
  if (pred === undefined) return true;
  const text = (m as Json).text ?? (m as Json).caption ?? "";
  if (typeof pred === "string") return String(text).includes(pred);
  if (pred instanceof RegExp) return pred.test(String(text));
  return pred(m);
};

/** Minimal multipart/form-data parser (grammY's and browsers' flavours). */
function parseMultipart(body: Buffer, boundary: string): { fields: Json; files: Map<string, UploadedFile> } {
  const fields: Json = {};
  const files = new Map<string, UploadedFile>();
  const delim = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delim);
  while (pos >= 0) {
    let start = pos + delim.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    if (body.subarray(start, start + 2).toString() === "\r\n") start += 2;
    const next = body.indexOf(delim, start);
    if (next < 0) break;
    let part = body.subarray(start, next);
    if (part.subarray(part.length - 2).toString() === "\r\n") part = part.subarray(0, part.length - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const content = part.subarray(headerEnd + 4);
      const disp = /content-disposition:\s*form-data\s*;([^\r\n]*)/i.exec(headers)?.[1] ?? "";
      const name = /(?:^|;)\s*name="([^"]*)"/.exec(disp)?.[1] ?? /(?:^|;)\s*name=([^;]*)/.exec(disp)?.[1]?.trim();
      const filename = /filename="([^"]*)"/.exec(disp)?.[1] ?? /filename=([^;\r\n]*)/.exec(disp)?.[1]?.trim();
      if (name !== undefined) {
        if (filename !== undefined) files.set(name, { field: name, filename, size: content.length });
        else fields[name] = content.toString("utf8");
      }
    }
    pos = next;
  }
  return { fields, files };
}

/** Form values arrive as strings; JSON-ish ones (objects, arrays) are decoded like Telegram does. */
function decodeFormFields(fields: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === "string" && /^\s*[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        /* keep the string */
      }
    }
    out[k] = v;
  }
  return out;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

// ───────────────────────────── the server ─────────────────────────────

class FakeTelegramServer implements FakeTelegram {
  apiRoot = "";
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  readonly calls: ApiCallRecord[] = [];
  readonly faults: Fault[] = [];
  readonly webhookDeliveries: WebhookDelivery[] = [];

  private readonly tokens: Set<string> | undefined;
  private readonly server: http.Server;
  private readonly events = new EventEmitter();
  private readonly chats = new Map<number, ChatState>();
  private readonly users = new Map<number, FakeUserHandle>();
  private readonly queue: Update[] = [];
  private nextUpdateId = 100_000_001;
  private allowedUpdates: string[] = [];
  private activePoll: ActivePoll | undefined;
  private webhookState: WebhookState | undefined;
  private webhookBusy = false;
  private webhookTimer: NodeJS.Timeout | undefined;
  private readonly webhookAborts = new Set<AbortController>();
  private readonly waiters = new Set<Waiter>();
  private readonly callbackQueries = new Map<string, { answered: boolean; answer?: Json }>();
  private nextCallbackId = 4_242_000_000_000_000_000n;
  private readonly files = new Map<string, Json>();
  private nextFileNo = 1;
  private readonly commands = new Map<string, Json[]>();
  private readonly menuButtons = new Map<string, Json>();
  private readonly sendLog: SendRecord[] = [];
  private closed = false;

  constructor(private readonly opts: FakeTelegramOptions) {
    this.events.setMaxListeners(0);
    const configured = opts.token === undefined ? undefined : Array.isArray(opts.token) ? opts.token : [opts.token];
    this.tokens = configured ? new Set(configured) : undefined;
    this.token = configured?.[0] ?? DEFAULT_TOKEN;
    const idFromToken = Number(this.token.split(":")[0]) || 7_000_000_001;
    // the same bot as the in-process transport's, under the token's id
    this.botInfo = { ...LOCAL_BOT_INFO, id: idFromToken, ...opts.botInfo } as UserFromGetMe;
    this.server = http.createServer((req, res) => {
      this.handleHttp(req, res).catch((err: unknown) => {
        if (!res.headersSent) {
          this.sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
        }
      });
    });
  }

  async listen(): Promise<void> {
    const host = this.opts.host ?? "127.0.0.1";
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.opts.port ?? 0, host, () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.apiRoot = `http://${host}:${port}`;
  }

  // ── HTTP layer ──

  private sendJson(res: http.ServerResponse, status: number, body: unknown): void {
    if (res.headersSent || res.destroyed) return;
    const data = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(data) });
    res.end(data);
  }

  private tokenOk(token: string): boolean {
    return this.tokens ? this.tokens.has(token) : /^\d+:[A-Za-z0-9_-]+$/.test(token);
  }

  private async handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const m = /^\/bot([^/]+)\/([^/]*)$/.exec(url.pathname);
    if (!m) return this.sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const token = decodeURIComponent(m[1]!);
    if (!this.tokenOk(token)) return this.sendJson(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = METHOD_BY_LOWER.get(m[2]!.toLowerCase());
    const body = await readBody(req);
    if (!method) {
      return this.sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found: method not found" });
    }
    let params: Json = Object.fromEntries(url.searchParams);
    let files = new Map<string, UploadedFile>();
    const type = String(req.headers["content-type"] ?? "");
    if (body.length > 0) {
      if (type.includes("application/json")) {
        try {
          params = { ...params, ...(JSON.parse(body.toString("utf8")) as Json) };
        } catch {
          return this.sendJson(res, 400, { ok: false, error_code: 400, description: "Bad Request: can't parse JSON object" });
        }
      } else if (type.includes("multipart/form-data")) {
        const boundary = /boundary=("?)([^";]+)\1/i.exec(type)?.[2];
        if (!boundary) return this.sendJson(res, 400, { ok: false, error_code: 400, description: "Bad Request: bad multipart" });
        const parsed = parseMultipart(body, boundary);
        params = { ...params, ...decodeFormFields(parsed.fields) };
        files = parsed.files;
      } else if (type.includes("application/x-www-form-urlencoded")) {
        params = { ...params, ...decodeFormFields(Object.fromEntries(new URLSearchParams(body.toString("utf8")))) };
      }
    }
    const abort = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) abort.abort();
    });
    const outcome = await this.invoke(method, params, files, "http", abort.signal);
    if (outcome === "drop") {
      req.socket.destroy();
      return;
    }
    if (abort.signal.aborted) return;
    this.sendJson(res, outcome.status, outcome.body);
  }

  /** Runs one API call with faults, logging and error mapping. */
  private async invoke(
    method: string,
    params: Json,
    files: Map<string, UploadedFile>,
    via: ApiCallRecord["via"],
    signal?: AbortSignal,
  ): Promise<"drop" | { status: number; body: Json }> {
    const record: ApiCallRecord = { method, params, files: [...files.values()], at: Date.now(), ok: false, via };
    this.calls.push(record);
    const chatKey = params.chat_id;
    if (SEND_METHODS.has(method)) {
      this.sendLog.push({ at: record.at, chatId: num(chatKey) ?? String(chatKey), method, ok: false });
    }
    const sendEntry = SEND_METHODS.has(method) ? this.sendLog[this.sendLog.length - 1] : undefined;
    const finish = (status: number, body: Json) => {
      record.ok = body.ok === true;
      if (record.ok) record.result = body.result;
      else record.error = { error_code: body.error_code, description: body.description, ...(body.parameters ? { parameters: body.parameters } : {}) };
      if (sendEntry) sendEntry.ok = record.ok;
      this.events.emit("call", record);
      return { status, body };
    };
    const fault = this.takeFault(method, chatKey);
    if (fault) {
      record.fault = fault.kind;
      switch (fault.kind) {
        case "drop":
          record.error = { error_code: 0, description: "connection dropped" };
          this.events.emit("call", record);
          return "drop";
        case "429":
          return finish(429, {
            ok: false,
            error_code: 429,
            description: `Too Many Requests: retry after ${fault.retryAfter}`,
            parameters: { retry_after: fault.retryAfter },
          });
        case "403":
          return finish(403, { ok: false, error_code: 403, description: fault.description ?? "Forbidden: bot was blocked by the user" });
        case "500": {
          const status = fault.status ?? 500;
          return finish(status, { ok: false, error_code: status, description: fault.description ?? (status === 502 ? "Bad Gateway" : "Internal Server Error") });
        }
      }
    }
    try {
      const result = await this.dispatch(method, params, files, signal);
      return finish(200, { ok: true, result });
    } catch (err) {
      if (err instanceof TgError) {
        return finish(err.code, {
          ok: false,
          error_code: err.code,
          description: err.description,
          ...(err.parameters ? { parameters: err.parameters } : {}),
        });
      }
      return finish(500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
    }
  }

  private takeFault(method: string, chatKey: unknown): Fault | undefined {
    const idx = this.faults.findIndex((f) => {
      const methods = f.method === undefined ? undefined : Array.isArray(f.method) ? f.method : [f.method];
      if (methods ? !methods.some((x) => x.toLowerCase() === method.toLowerCase()) : method === "getUpdates") return false;
      if (f.chatId !== undefined && String(f.chatId) !== String(chatKey)) return false;
      return (f.times ?? 1) > 0;
    });
    if (idx < 0) return undefined;
    const f = this.faults[idx]!;
    const left = (f.times ?? 1) - 1;
    if (left <= 0) this.faults.splice(idx, 1);
    else f.times = left;
    return f;
  }

  private checkRateLimit(chatKey: unknown): void {
    const rl = this.opts.rateLimit;
    if (!rl) return;
    const since = Date.now() - 1000;
    const recent = this.sendLog.slice(0, -1).filter((s) => s.at > since);
    const retryAfter = rl.retryAfter ?? 1;
    const perChat = recent.filter((s) => String(s.chatId) === String(num(chatKey) ?? chatKey)).length;
    if ((rl.perChatPerSecond !== undefined && perChat >= rl.perChatPerSecond) || (rl.globalPerSecond !== undefined && recent.length >= rl.globalPerSecond)) {
      throw new TgError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
    }
  }

  // ── method dispatch ──

  private async dispatch(method: string, p: Json, files: Map<string, UploadedFile>, signal?: AbortSignal): Promise<unknown> {
    if (SEND_METHODS.has(method)) this.checkRateLimit(p.chat_id);
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "getUpdates":
        return this.getUpdates(p, signal);
      case "setWebhook":
        return this.setWebhook(p);
      case "deleteWebhook":
        this.webhookState = undefined;
        if (this.webhookTimer) clearTimeout(this.webhookTimer);
        this.webhookTimer = undefined;
        if (bool(p.drop_pending_updates)) this.queue.length = 0;
        return true;
      case "getWebhookInfo": {
        const w = this.webhookState;
        return {
          url: w?.url ?? "",
          has_custom_certificate: false,
          pending_update_count: this.queue.length,
          ...(w
            ? {
                ip_address: "127.0.0.1",
                max_connections: w.max_connections,
                ...(w.allowed_updates ? { allowed_updates: w.allowed_updates } : {}),
                ...(w.last_error_date ? { last_error_date: w.last_error_date, last_error_message: w.last_error_message } : {}),
              }
            : {}),
        };
      }
      case "setMyCommands": {
        const cmds = p.commands;
        if (!Array.isArray(cmds)) throw bad("field \"commands\" must be an Array");
        if (cmds.length > 100) throw bad("BOT_COMMANDS_TOO_MUCH");
        for (const c of cmds) {
          if (typeof c?.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command)) throw bad("BOT_COMMAND_INVALID");
          if (typeof c?.description !== "string" || c.description.trim().length === 0 || c.description.length > 256) {
            throw bad("BOT_COMMAND_DESCRIPTION_INVALID");
          }
        }
        this.commands.set(this.commandKey(p), clone(cmds));
        return true;
      }
      case "deleteMyCommands":
        this.commands.delete(this.commandKey(p));
        return true;
      case "getMyCommands":
        return clone(this.commands.get(this.commandKey(p)) ?? []);
      case "setChatMenuButton":
        this.menuButtons.set(String(p.chat_id ?? "default"), p.menu_button ?? { type: "default" });
        return true;
      case "getChatMenuButton":
        return this.menuButtons.get(String(p.chat_id ?? "default")) ?? { type: "commands" };
      case "sendMessage":
        return this.sendMessage(p);
      case "editMessageText":
        return this.editMessageText(p);
      case "editMessageReplyMarkup":
        return this.editMessageReplyMarkup(p);
      case "deleteMessage": {
        const chat = this.resolveChat(p.chat_id);
        const stored = chat.messages.get(num(p.message_id) ?? -1);
        if (!stored || stored.deleted) throw bad("message to delete not found");
        stored.deleted = true;
        return true;
      }
      case "answerCallbackQuery": {
        const q = this.callbackQueries.get(String(p.callback_query_id));
        if (!q || q.answered) throw bad(QUERY_INVALID);
        if (typeof p.text === "string" && p.text.length > 200) throw bad("MESSAGE_TOO_LONG");
        q.answered = true;
        q.answer = { ...p };
        return true;
      }
      case "sendChatAction": {
        const chat = this.resolveChat(p.chat_id);
        if (!CHAT_ACTIONS.has(String(p.action))) throw bad("wrong parameter action in request");
        this.assertCanSend(chat);
        return true;
      }
      case "sendDocument":
        return this.sendFile(p, files, "document");
      case "sendPhoto":
        return this.sendFile(p, files, "photo");
      case "copyMessage":
        return this.copyOrForward(p, "copy");
      case "forwardMessage":
        return this.copyOrForward(p, "forward");
      case "getChat": {
        const chat = this.resolveChat(p.chat_id);
        return {
          ...clone(chat.chat),
          accent_color_id: 0,
          max_reaction_count: 11,
          accepted_gift_types: { unlimited_gifts: true, limited_gifts: true, unique_gifts: true, premium_subscription: true },
        };
      }
      case "close":
      case "logOut":
        return true;
    }
    throw new TgError(404, "Not Found: method not found");
  }

  private commandKey(p: Json): string {
    return `${JSON.stringify(p.scope ?? { type: "default" })}|${p.language_code ?? ""}`;
  }

  // ── updates: long polling ──

  private getUpdates(p: Json, signal?: AbortSignal): Promise<Update[]> | Update[] {
    if (this.webhookState) {
      throw new TgError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    if (this.activePoll) {
      const old = this.activePoll;
      this.activePoll = undefined;
      clearTimeout(old.timer);
      old.reject(new TgError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
    }
    const offset = num(p.offset);
    if (offset !== undefined && offset !== 0) {
      if (offset < 0) this.queue.splice(0, Math.max(0, this.queue.length + offset));
      else while (this.queue.length > 0 && this.queue[0]!.update_id < offset) this.queue.shift();
    }
    if (Array.isArray(p.allowed_updates)) this.allowedUpdates = p.allowed_updates.map(String);
    const limit = Math.min(100, Math.max(1, num(p.limit) ?? 100));
    const timeout = Math.max(0, num(p.timeout) ?? 0);
    if (this.queue.length > 0 || timeout === 0 || this.closed) return clone(this.queue.slice(0, limit));
    return new Promise<Update[]>((resolve, reject) => {
      const poll: ActivePoll = {
        limit,
        resolve: (u) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(u);
        },
        reject: (e) => {
          signal?.removeEventListener("abort", onAbort);
          reject(e);
        },
        timer: setTimeout(() => {
          if (this.activePoll === poll) this.activePoll = undefined;
          poll.resolve([]);
        }, timeout * 1000),
      };
      const onAbort = () => {
        clearTimeout(poll.timer);
        if (this.activePoll === poll) this.activePoll = undefined;
        resolve([]); // nobody listens any more; the updates stay queued
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.activePoll = poll;
      this.events.emit("poll");
    });
  }

  private isAllowed(type: string, allowed: string[] | undefined): boolean {
    if (!allowed || allowed.length === 0) return !DEFAULT_EXCLUDED_UPDATES.has(type);
    return allowed.includes(type);
  }

  pushUpdate(update: Omit<Update, "update_id">): Update {
    if (this.closed) throw new Error("FakeTelegram is closed");
    const full = { update_id: this.nextUpdateId++, ...clone(update) } as Update;
    const allowed = this.webhookState ? this.webhookState.allowed_updates : this.allowedUpdates;
    if (!this.isAllowed(updateType(full), allowed)) return full; // Telegram never stores it
    this.queue.push(full);
    if (this.webhookState) this.pumpWebhook();
    else if (this.activePoll) {
      const poll = this.activePoll;
      this.activePoll = undefined;
      clearTimeout(poll.timer);
      poll.resolve(clone(this.queue.slice(0, poll.limit)));
    }
    return clone(full);
  }

  pendingUpdates(): Update[] {
    return clone(this.queue);
  }

  // ── updates: webhook ──

  private setWebhook(p: Json): true {
    const url = String(p.url ?? "");
    if (url === "") {
      this.webhookState = undefined;
      return true;
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw bad("bad webhook: Failed to resolve host: Name or service not known");
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
      throw bad("bad webhook: An HTTPS URL must be provided for webhook");
    }
    const secret = p.secret_token === undefined ? undefined : String(p.secret_token);
    if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
      throw bad("secret token contains unallowed characters");
    }
    if (bool(p.drop_pending_updates)) this.queue.length = 0;
    if (this.activePoll) {
      const poll = this.activePoll;
      this.activePoll = undefined;
      clearTimeout(poll.timer);
      poll.reject(new TgError(409, "Conflict: terminated by setWebhook request"));
    }
    const prev = this.webhookState;
    const allowed = Array.isArray(p.allowed_updates) ? p.allowed_updates.map(String) : prev?.allowed_updates;
    this.webhookState = {
      url,
      ...(secret !== undefined ? { secret_token: secret } : {}),
      ...(allowed ? { allowed_updates: allowed } : {}),
      max_connections: num(p.max_connections) ?? 40,
      ...(prev?.url === url && prev.last_error_date
        ? { last_error_date: prev.last_error_date, last_error_message: prev.last_error_message }
        : {}),
    };
    // a new webhook configuration is tried at once, without waiting for the retry delay
    if (this.webhookTimer) clearTimeout(this.webhookTimer);
    this.webhookTimer = undefined;
    queueMicrotask(() => this.pumpWebhook());
    return true;
  }

  webhook(): WebhookState | undefined {
    return this.webhookState ? clone(this.webhookState) : undefined;
  }

  /** Delivers queued updates one by one to the webhook; retries failures after a delay. */
  private pumpWebhook(): void {
    if (this.webhookBusy || this.webhookTimer || this.closed) return;
    const hook = this.webhookState;
    const update = this.queue[0];
    if (!hook || !update) return;
    this.webhookBusy = true;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (hook.secret_token !== undefined) headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret_token;
    const delivery: WebhookDelivery = { update_id: update.update_id, url: hook.url, at: Date.now(), headers };
    const ctrl = new AbortController();
    this.webhookAborts.add(ctrl);
    const timer = setTimeout(() => ctrl.abort(), this.opts.webhookTimeoutMs ?? 10_000);
    const attempt = async (): Promise<boolean> => {
      try {
        const res = await fetch(hook.url, { method: "POST", headers, body: JSON.stringify(update), signal: ctrl.signal });
        delivery.status = res.status;
        const text = await res.text();
        if (res.status < 200 || res.status > 299) {
          delivery.error = `Wrong response from the webhook: ${res.status} ${res.statusText}`;
          return false;
        }
        if (text.trim().startsWith("{")) {
          try {
            const reply = JSON.parse(text) as Json;
            if (typeof reply.method === "string") {
              const { method, ...params } = reply;
              const canonical = METHOD_BY_LOWER.get(method.toLowerCase());
              delivery.webhookReply = canonical ?? method;
              if (canonical) await this.invoke(canonical, params, new Map(), "webhook-reply");
            }
          } catch {
            /* not a webhook reply */
          }
        }
        return true;
      } catch (err) {
        delivery.error = ctrl.signal.aborted ? "Read timeout expired" : `Connection failed: ${String((err as Error)?.message ?? err)}`;
        return false;
      } finally {
        clearTimeout(timer);
        this.webhookAborts.delete(ctrl);
      }
    };
    void attempt().then((ok) => {
      this.webhookBusy = false;
      this.webhookDeliveries.push(delivery);
      this.events.emit("webhook", delivery);
      if (this.closed) return;
      if (ok) {
        if (this.queue[0]?.update_id === update.update_id) this.queue.shift();
        this.pumpWebhook();
      } else {
        if (this.webhookState) {
          this.webhookState.last_error_date = now();
          this.webhookState.last_error_message = delivery.error ?? "unknown error";
        }
        this.webhookTimer = setTimeout(() => {
          this.webhookTimer = undefined;
          this.pumpWebhook();
        }, this.opts.webhookRetryDelayMs ?? 100);
      }
    });
  }

  // ── chats and messages ──

  private chatState(chat: Json): ChatState {
    let state = this.chats.get(chat.id);
    if (!state) {
      state = { chat: clone(chat), nextMessageId: 1, messages: new Map(), order: [], outbox: [], edits: [], blocked: false };
      this.chats.set(chat.id, state);
    }
    return state;
  }

  private resolveChat(chatId: unknown): ChatState {
    if (chatId === undefined || chatId === null || chatId === "") throw bad("chat_id is empty");
    const n = num(chatId);
    if (n !== undefined) {
      const state = this.chats.get(n);
      if (state) return state;
    } else if (typeof chatId === "string" && chatId.startsWith("@")) {
      const name = chatId.slice(1).toLowerCase();
      for (const s of this.chats.values()) if (String(s.chat.username ?? "").toLowerCase() === name) return s;
    }
    throw bad("chat not found");
  }

  private assertCanSend(chat: ChatState): void {
    if (chat.blocked) throw new TgError(403, "Forbidden: bot was blocked by the user");
  }

  private storeMessage(chat: ChatState, fields: Json, fromBot: boolean, from: Json): Json {
    const message: Json = { message_id: chat.nextMessageId++, from: clone(from), chat: clone(chat.chat), date: now(), ...fields };
    chat.messages.set(message.message_id, { message, fromBot, deleted: false });
    chat.order.push(message.message_id);
    return message;
  }

  private botMessage(chat: ChatState, fields: Json): Json {
    const message = this.storeMessage(chat, fields, true, this.botFrom());
    chat.outbox.push(clone(message));
    this.notify(chat.chat.id);
    return clone(message);
  }

  private botFrom(): Json {
    const b = this.botInfo;
    return { id: b.id, is_bot: true, first_name: b.first_name, username: b.username };
  }

  private notify(chatId: number): void {
    for (const w of [...this.waiters]) if (w.chatId === chatId) w.check();
  }

  /** Parses text/caption per parse_mode and enforces Telegram's limits. */
  private formatText(raw: unknown, parseMode: unknown, entities: unknown, kind: "text" | "caption"): { text: string; entities?: MessageEntity[] } {
    let text = raw === undefined || raw === null ? "" : String(raw);
    let ents: MessageEntity[] | undefined = Array.isArray(entities) ? (entities as MessageEntity[]) : undefined;
    const mode = parseMode === undefined || parseMode === null || parseMode === "" ? "" : String(parseMode);
    if (mode !== "") {
      if (mode.toLowerCase() === "html") {
        try {
          const parsed = parseTelegramHtml(text);
          text = parsed.text;
          ents = parsed.entities;
        } catch (err) {
          if (err instanceof EntityParseError) throw bad(`can't parse entities: ${err.detail}`);
          throw err;
        }
      } else if (mode.toLowerCase() !== "markdownv2" && mode.toLowerCase() !== "markdown") {
        throw bad("unsupported parse_mode");
      }
      // Markdown modes are passed through unparsed (the bot under test uses HTML).
    }
    if (kind === "text") {
      if (text.trim().length === 0) throw bad("message text is empty");
      if (text.length > 4096) throw bad(MSG_TOO_LONG);
    } else if (text.length > 1024) {
      throw bad("message caption is too long");
    }
    return ents && ents.length > 0 ? { text, entities: ents } : { text };
  }

  /** Validates reply_markup like Telegram; returns [inline markup for the message, reply keyboard effect]. */
  private checkMarkup(markup: unknown): { inline?: Json; keyboard?: any[][] | null } {
    if (markup === undefined || markup === null || markup === "") return {};
    let m = markup as Json;
    if (typeof markup === "string") {
      try {
        m = JSON.parse(markup) as Json;
      } catch {
        throw bad("can't parse reply keyboard markup JSON object");
      }
    }
    if (Array.isArray(m.inline_keyboard)) {
      for (const row of m.inline_keyboard) {
        if (!Array.isArray(row)) throw bad("field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays");
        for (const b of row as Json[]) {
          if (typeof b?.text !== "string") throw bad("can't find field \"text\"");
          if ("callback_data" in b) {
            const bytes = Buffer.byteLength(String(b.callback_data ?? ""), "utf8");
            if (bytes < 1 || bytes > 64) throw bad("BUTTON_DATA_INVALID");
          } else if ("url" in b) {
            if (!/^(https?|tg):\/\/\S+$/i.test(String(b.url))) throw bad("BUTTON_URL_INVALID");
          } else if (!["login_url", "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "callback_game", "pay", "web_app", "copy_text"].some((k) => k in b)) {
            throw bad("text buttons are unallowed in the inline keyboard");
          }
        }
      }
      const hasButtons = (m.inline_keyboard as unknown[][]).some((r) => r.length > 0);
      return hasButtons ? { inline: clone({ inline_keyboard: m.inline_keyboard }) } : {};
    }
    if (Array.isArray(m.keyboard)) {
      for (const row of m.keyboard) {
        if (!Array.isArray(row)) throw bad("field \"keyboard\" of the ReplyKeyboardMarkup should be an Array of Arrays");
        for (const b of row as unknown[]) {
          const text = typeof b === "string" ? b : (b as Json)?.text;
          if (typeof text !== "string" || text.length === 0) throw bad("can't find field \"text\"");
        }
      }
      return { keyboard: clone(m.keyboard) };
    }
    if (m.remove_keyboard === true || m.remove_keyboard === "true") return { keyboard: null };
    if (m.force_reply === true || m.force_reply === "true") return {};
    throw bad("can't parse reply keyboard markup JSON object");
  }

  private replyTo(chat: ChatState, p: Json): Json | undefined {
    const rp = (typeof p.reply_parameters === "object" && p.reply_parameters) || undefined;
    const id = num(rp?.message_id ?? p.reply_to_message_id);
    if (id === undefined) return undefined;
    const stored = chat.messages.get(id);
    if (!stored || stored.deleted) {
      if (bool(rp?.allow_sending_without_reply ?? p.allow_sending_without_reply)) return undefined;
      throw bad("message to be replied not found");
    }
    const { reply_to_message: _drop, ...rest } = stored.message;
    return clone(rest);
  }

  private applyKeyboard(chat: ChatState, kb: any[][] | null | undefined): void {
    if (kb === null) delete chat.replyKeyboard;
    else if (kb) chat.replyKeyboard = kb;
  }

  private sendMessage(p: Json): Json {
    const chat = this.resolveChat(p.chat_id);
    const body = this.formatText(p.text, p.parse_mode, p.entities, "text");
    const markup = this.checkMarkup(p.reply_markup);
    const reply = this.replyTo(chat, p);
    this.assertCanSend(chat);
    this.applyKeyboard(chat, markup.keyboard);
    return this.botMessage(chat, {
      ...(reply ? { reply_to_message: reply } : {}),
      ...body,
      ...(p.link_preview_options ? { link_preview_options: p.link_preview_options } : {}),
      ...(markup.inline ? { reply_markup: markup.inline } : {}),
    });
  }

  private findEditable(p: Json): { chat: ChatState; stored: StoredMessage } {
    if (p.inline_message_id !== undefined) throw bad("MESSAGE_ID_INVALID");
    const chat = this.resolveChat(p.chat_id);
    const stored = chat.messages.get(num(p.message_id) ?? -1);
    if (!stored || stored.deleted) throw bad("message to edit not found");
    if (!stored.fromBot) throw bad("message can't be edited");
    return { chat, stored };
  }

  private recordEdit(chat: ChatState, stored: StoredMessage): Json {
    stored.message.edit_date = now();
    chat.edits.push(clone(stored.message));
    this.notify(chat.chat.id);
    return clone(stored.message);
  }

  private editMessageText(p: Json): Json {
    const { chat, stored } = this.findEditable(p);
    const body = this.formatText(p.text, p.parse_mode, p.entities, "text");
    const markup = this.checkMarkup(p.reply_markup);
    if (markup.keyboard !== undefined) throw bad("reply markup is not supported for editing");
    const msg = stored.message;
    if (typeof msg.text !== "string") throw bad("there is no text in the message to edit");
    const same =
      msg.text === body.text &&
      JSON.stringify(msg.entities ?? []) === JSON.stringify(body.entities ?? []) &&
      JSON.stringify(msg.reply_markup ?? null) === JSON.stringify(markup.inline ?? null);
    if (same) throw bad(NOT_MODIFIED);
    msg.text = body.text;
    if (body.entities) msg.entities = body.entities;
    else delete msg.entities;
    if (markup.inline) msg.reply_markup = markup.inline;
    else delete msg.reply_markup;
    return this.recordEdit(chat, stored);
  }

  private editMessageReplyMarkup(p: Json): Json {
    const { chat, stored } = this.findEditable(p);
    const markup = this.checkMarkup(p.reply_markup);
    if (markup.keyboard !== undefined) throw bad("reply markup is not supported for editing");
    const msg = stored.message;
    if (JSON.stringify(msg.reply_markup ?? null) === JSON.stringify(markup.inline ?? null)) throw bad(NOT_MODIFIED);
    if (markup.inline) msg.reply_markup = markup.inline;
    else delete msg.reply_markup;
    return this.recordEdit(chat, stored);
  }

  private newFileId(kind: string): { file_id: string; file_unique_id: string } {
    const n = this.nextFileNo++;
    return { file_id: `BQACAgFake${kind}${String(n).padStart(6, "0")}`, file_unique_id: `AgADFake${n}` };
  }

  private sendFile(p: Json, files: Map<string, UploadedFile>, kind: "document" | "photo"): Json {
    const chat = this.resolveChat(p.chat_id);
    const input = p[kind];
    let name: string | undefined;
    let size: number | undefined;
    let known: Json | undefined;
    if (typeof input === "string" && input.startsWith("attach://")) {
      const f = files.get(input.slice("attach://".length));
      if (!f) throw bad(`wrong file identifier/HTTP URL specified`);
      if (f.size === 0) throw bad("file must be non-empty");
      name = f.filename;
      size = f.size;
    } else if (typeof input === "string" && /^https?:\/\//i.test(input)) {
      name = decodeURIComponent(new URL(input).pathname.split("/").pop() || `file.${kind === "photo" ? "jpg" : "dat"}`);
      size = 1024;
    } else if (typeof input === "string" && input.length > 0) {
      known = this.files.get(input);
      if (!known) throw bad("wrong file identifier/HTTP URL specified");
    } else {
      throw bad(`there is no ${kind} in the request`);
    }
    const caption = p.caption === undefined ? undefined : this.formatText(p.caption, p.parse_mode, p.caption_entities, "caption");
    const markup = this.checkMarkup(p.reply_markup);
    const reply = this.replyTo(chat, p);
    this.assertCanSend(chat);
    this.applyKeyboard(chat, markup.keyboard);
    let media: Json;
    if (known) media = clone(known);
    else if (kind === "document") {
      const ext = (name ?? "").split(".").pop()?.toLowerCase() ?? "";
      const mime: Record<string, string> = { csv: "text/csv", pdf: "application/pdf", txt: "text/plain", json: "application/json", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
      media = { file_name: name, ...(mime[ext] ? { mime_type: mime[ext] } : {}), ...this.newFileId("Doc"), file_size: size };
      this.files.set(media.file_id, media);
    } else {
      const big = { ...this.newFileId("Photo"), file_size: size, width: 1280, height: 720 };
      media = [{ ...this.newFileId("Photo"), file_size: Math.max(1, Math.floor((size ?? 1) / 10)), width: 320, height: 180 }, big];
      this.files.set(big.file_id, media);
    }
    return this.botMessage(chat, {
      ...(reply ? { reply_to_message: reply } : {}),
      [kind]: media,
      ...(caption && caption.text !== "" ? { caption: caption.text, ...(caption.entities ? { caption_entities: caption.entities } : {}) } : {}),
      ...(markup.inline ? { reply_markup: markup.inline } : {}),
    });
  }

  private copyOrForward(p: Json, mode: "copy" | "forward"): Json {
    const chat = this.resolveChat(p.chat_id);
    const from = this.resolveChat(p.from_chat_id);
    const stored = from.messages.get(num(p.message_id) ?? -1);
    if (!stored || stored.deleted) throw bad(`message to ${mode} not found`);
    const src = stored.message;
    const content: Json = {};
    for (const k of ["text", "entities", "document", "photo", "caption", "caption_entities", "contact"]) {
      if (src[k] !== undefined) content[k] = clone(src[k]);
    }
    if (mode === "copy") {
      if (p.caption !== undefined) {
        const cap = this.formatText(p.caption, p.parse_mode, p.caption_entities, "caption");
        delete content.caption_entities;
        content.caption = cap.text;
        if (cap.entities) content.caption_entities = cap.entities;
      }
      const markup = this.checkMarkup(p.reply_markup);
      const reply = this.replyTo(chat, p);
      this.assertCanSend(chat);
      this.applyKeyboard(chat, markup.keyboard);
      const msg = this.botMessage(chat, { ...(reply ? { reply_to_message: reply } : {}), ...content, ...(markup.inline ? { reply_markup: markup.inline } : {}) });
      return { message_id: msg.message_id };
    }
    this.assertCanSend(chat);
    const origin = src.from
      ? { type: "user", sender_user: clone(src.from), date: src.date }
      : { type: "hidden_user", sender_user_name: "Unknown", date: src.date };
    return this.botMessage(chat, { forward_origin: origin, ...content });
  }

  // ── the test's side ──

  user(id: number, opts: FakeUserOptions = {}): FakeUser {
    let u = this.users.get(id);
    if (!u) {
      u = new FakeUserHandle(this, id, opts);
      this.users.set(id, u);
    }
    if (opts.startedBot) this.chatState(u.privateChat());
    return u;
  }

  /** Internal: a user sends a message (creates the chat on first contact). */
  userMessage(user: FakeUserHandle, chat: Json, fields: Json, replyToMessageId?: number): Message {
    const state = this.chatState(chat);
    let reply: Json | undefined;
    if (replyToMessageId !== undefined) {
      const stored = state.messages.get(replyToMessageId);
      if (!stored || stored.deleted) throw new Error(`user ${user.id}: message ${replyToMessageId} to reply to does not exist in chat ${chat.id}`);
      const { reply_to_message: _drop, ...rest } = stored.message;
      reply = clone(rest);
    }
    const message = this.storeMessage(state, { ...(reply ? { reply_to_message: reply } : {}), ...fields }, false, user.info);
    this.pushUpdate({ message } as Omit<Update, "update_id">);
    return clone(message) as Message;
  }

  /** Internal: a user presses an inline button. */
  userCallback(user: FakeUserHandle, chatId: number, target: Message | number | string, label: string | undefined): string {
    const state = this.chats.get(chatId);
    if (!state) throw new Error(`user ${user.id}: chat ${chatId} has no messages yet`);
    const botMsgs = state.order
      .map((id) => state.messages.get(id)!)
      .filter((s) => s.fromBot && !s.deleted)
      .map((s) => s.message);
    const buttonsOf = (m: Json): Json[] => ((m.reply_markup?.inline_keyboard ?? []) as Json[][]).flat();
    let msg: Json | undefined;
    let wanted: string;
    if (label === undefined) {
      wanted = String(target);
      msg = [...botMsgs].reverse().find((m) => buttonsOf(m).some((b) => b.text === wanted));
      if (!msg) throw new Error(`user ${user.id}: no bot message in chat ${chatId} has a button "${wanted}". Buttons seen: ${describeButtons(botMsgs)}`);
    } else {
      wanted = label;
      if (typeof target === "number" || (typeof target === "object" && target !== null)) {
        const id = typeof target === "number" ? target : target.message_id;
        msg = botMsgs.find((m) => m.message_id === id);
        if (!msg) throw new Error(`user ${user.id}: bot message ${id} not found (or deleted) in chat ${chatId}`);
      } else {
        const cands = [...botMsgs].reverse().filter((m) => String(m.text ?? m.caption ?? "").includes(target));
        msg = cands.find((m) => buttonsOf(m).some((b) => b.text === wanted)) ?? cands[0];
        if (!msg) throw new Error(`user ${user.id}: no bot message in chat ${chatId} contains ${JSON.stringify(target)}`);
      }
    }
    const buttons = buttonsOf(msg);
    const button = buttons.find((b) => b.text === wanted);
    if (!button) {
      throw new Error(`user ${user.id}: message ${msg.message_id} has no inline button "${wanted}"; it has: ${buttons.map((b) => JSON.stringify(b.text)).join(", ") || "(none)"}`);
    }
    if (typeof button.callback_data !== "string") {
      throw new Error(`user ${user.id}: button "${wanted}" is not a callback button (${JSON.stringify(button)})`);
    }
    const id = String(this.nextCallbackId++);
    this.callbackQueries.set(id, { answered: false });
    this.pushUpdate({
      callback_query: {
        id,
        from: clone(user.info),
        message: clone(msg),
        chat_instance: String(-4_000_000_000_000 - Math.abs(chatId)),
        data: button.callback_data,
      },
    } as Omit<Update, "update_id">);
    return id;
  }

  callbackAnswer(queryId: string): Record<string, unknown> | undefined {
    return clone(this.callbackQueries.get(queryId)?.answer);
  }

  /** Internal: cursor-based wait on a chat's outbox or edits. */
  waitOnChat(
    user: FakeUserHandle,
    kind: "outbox" | "edits",
    chatId: number,
    cursors: Map<number, number>,
    predicate: MessagePredicate | undefined,
    timeoutMs: number | undefined,
  ): Promise<Message> {
    const limit = timeoutMs ?? this.opts.defaultWaitTimeoutMs ?? 5000;
    const startCursor = cursors.get(chatId) ?? 0;
    return new Promise<Message>((resolve, reject) => {
      const waiter: Waiter = {
        chatId,
        check: () => {
          const list = this.chats.get(chatId)?.[kind] ?? [];
          let cursor = cursors.get(chatId) ?? 0;
          while (cursor < list.length) {
            const m = list[cursor++] as Message;
            if (matches(predicate, m)) {
              cursors.set(chatId, cursor);
              this.waiters.delete(waiter);
              clearTimeout(timer);
              resolve(clone(m));
              return true;
            }
          }
          cursors.set(chatId, cursor);
          return false;
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const list = (this.chats.get(chatId)?.[kind] ?? []).slice(startCursor);
        const failed = this.calls
          .filter((c) => !c.ok && String(c.params.chat_id) === String(chatId))
          .slice(-5)
          .map((c) => `${c.method} → ${c.error?.error_code} ${c.error?.description}`);
        reject(
          new Error(
            `user ${user.id}: no bot ${kind === "outbox" ? "message" : "edit"} matching ${describePredicate(predicate)} in chat ${chatId} within ${limit} ms.\n` +
              `Received since the last consumed one (${list.length}): ${list.map((m) => `#${m.message_id} ${preview(m)}`).join("; ") || "nothing"}\n` +
              `Failed API calls for this chat: ${failed.join("; ") || "none"}`,
          ),
        );
      }, limit);
      this.waiters.add(waiter);
      waiter.check();
    });
  }

  replyKeyboard(chatId: number): any[][] | undefined {
    const kb = this.chats.get(chatId)?.replyKeyboard;
    return kb ? clone(kb) : undefined;
  }

  chatMessages(chatId: number): Message[] {
    const state = this.chats.get(chatId);
    if (!state) return [];
    return state.order
      .map((id) => state.messages.get(id)!)
      .filter((s) => !s.deleted)
      .map((s) => clone(s.message) as Message);
  }

  blockUser(id: number): void {
    const u = this.users.get(id);
    this.chatState(u ? u.privateChat() : { id, type: "private", first_name: `User${id}` }).blocked = true;
  }

  unblockUser(id: number): void {
    const state = this.chats.get(id);
    if (state) state.blocked = false;
  }

  sends(): SendRecord[] {
    return clone(this.sendLog);
  }

  sendTimestamps(chatId?: number): number[] {
    return this.sendLog.filter((s) => chatId === undefined || String(s.chatId) === String(chatId)).map((s) => s.at);
  }

  maxSendsPerSecond(chatId?: number): number {
    const ts = this.sendTimestamps(chatId).sort((a, b) => a - b);
    let best = 0;
    let lo = 0;
    for (let hi = 0; hi < ts.length; hi++) {
      while (ts[hi]! - ts[lo]! >= 1000) lo++;
      best = Math.max(best, hi - lo + 1);
    }
    return best;
  }

  onCall(listener: (call: ApiCallRecord) => void): () => void {
    this.events.on("call", listener);
    return () => this.events.off("call", listener);
  }

  private readonly consumedCalls = new WeakSet<ApiCallRecord>();

  waitForCall(method: string, predicate?: (call: ApiCallRecord) => boolean, opts: { timeoutMs?: number } = {}): Promise<ApiCallRecord> {
    const limit = opts.timeoutMs ?? this.opts.defaultWaitTimeoutMs ?? 5000;
    const fits = (c: ApiCallRecord) =>
      c.method.toLowerCase() === method.toLowerCase() && !this.consumedCalls.has(c) && (c.ok || c.error !== undefined) && (!predicate || predicate(c));
    const done = this.calls.find(fits);
    if (done) {
      this.consumedCalls.add(done);
      return Promise.resolve(done);
    }
    return new Promise((resolve, reject) => {
      const listener = (c: ApiCallRecord) => {
        if (!fits(c)) return;
        this.consumedCalls.add(c);
        clearTimeout(timer);
        this.events.off("call", listener);
        resolve(c);
      };
      const timer = setTimeout(() => {
        this.events.off("call", listener);
        const seen = this.calls.slice(-10).map((c) => `${c.method}${c.ok ? "" : ` (${c.error?.error_code})`}`);
        reject(new Error(`no ${method} call matching within ${limit} ms; last calls: ${seen.join(", ") || "none"}`));
      }, limit);
      this.events.on("call", listener);
    });
  }

  waitForLongPoll(opts: { timeoutMs?: number } = {}): Promise<void> {
    if (this.activePoll) return Promise.resolve();
    const limit = opts.timeoutMs ?? this.opts.defaultWaitTimeoutMs ?? 5000;
    return new Promise((resolve, reject) => {
      const listener = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.events.off("poll", listener);
        reject(new Error(`no getUpdates long poll within ${limit} ms`));
      }, limit);
      this.events.once("poll", listener);
    });
  }

  private readonly consumedDeliveries = new WeakSet<WebhookDelivery>();

  waitForWebhookDelivery(predicate?: (d: WebhookDelivery) => boolean, opts: { timeoutMs?: number } = {}): Promise<WebhookDelivery> {
    const limit = opts.timeoutMs ?? this.opts.defaultWaitTimeoutMs ?? 5000;
    const fits = (d: WebhookDelivery) => !this.consumedDeliveries.has(d) && (!predicate || predicate(d));
    const done = this.webhookDeliveries.find(fits);
    if (done) {
      this.consumedDeliveries.add(done);
      return Promise.resolve(done);
    }
    return new Promise((resolve, reject) => {
      const listener = (d: WebhookDelivery) => {
        if (!fits(d)) return;
        this.consumedDeliveries.add(d);
        clearTimeout(timer);
        this.events.off("webhook", listener);
        resolve(d);
      };
      const timer = setTimeout(() => {
        this.events.off("webhook", listener);
        reject(new Error(`no webhook delivery within ${limit} ms; deliveries so far: ${JSON.stringify(this.webhookDeliveries.slice(-5))}`));
      }, limit);
      this.events.on("webhook", listener);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.activePoll) {
      const poll = this.activePoll;
      this.activePoll = undefined;
      clearTimeout(poll.timer);
      poll.resolve([]);
    }
    if (this.webhookTimer) clearTimeout(this.webhookTimer);
    for (const c of this.webhookAborts) c.abort();
    const closing = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closing;
  }
}

function describeButtons(msgs: Json[]): string {
  const labels = msgs.flatMap((m) => ((m.reply_markup?.inline_keyboard ?? []) as Json[][]).flat().map((b) => JSON.stringify(b.text)));
  return labels.join(", ") || "(none)";
}

function describePredicate(p: MessagePredicate | undefined): string {
  if (p === undefined) return "(any)";
  if (typeof p === "function") return "the predicate";
  return String(p);
}

class FakeUserHandle implements FakeUser {
  readonly info: User;
  readonly chatId: number;
  private lastChat: Json;
  private readonly outboxCursors = new Map<number, number>();
  private readonly editCursors = new Map<number, number>();

  constructor(
    private readonly tg: FakeTelegramServer,
    readonly id: number,
    private readonly opts: FakeUserOptions,
  ) {
    this.info = {
      id,
      is_bot: false,
      first_name: opts.first_name ?? `User${id}`,
      ...(opts.last_name ? { last_name: opts.last_name } : {}),
      ...(opts.username ? { username: opts.username } : {}),
      ...(opts.language_code ? { language_code: opts.language_code } : {}),
    };
    this.chatId = id;
    this.lastChat = this.privateChat();
  }

  privateChat(): Json {
    return {
      id: this.id,
      type: "private",
      first_name: this.info.first_name,
      ...(this.info.last_name ? { last_name: this.info.last_name } : {}),
      ...(this.info.username ? { username: this.info.username } : {}),
    };
  }

  private chatFor(opts: SendTextOptions | undefined): Json {
    const type = opts?.chatType ?? (opts?.chatId !== undefined && opts.chatId !== this.id ? "supergroup" : "private");
    if (type === "private") return this.privateChat();
    const id = opts?.chatId ?? (type === "group" ? -this.id : -(1_000_000_000_000 + this.id));
    return { id, type, title: opts?.chatTitle ?? "Test Group" };
  }

  private send(fields: Json, opts?: SendTextOptions): Message {
    const chat = this.chatFor(opts);
    this.lastChat = chat;
    return this.tg.userMessage(this, chat, fields, opts?.replyToMessageId);
  }

  sendText(text: string, opts?: SendTextOptions): Message {
    return this.send({ text, ...(opts?.entities?.length ? { entities: opts.entities } : {}) }, opts);
  }

  sendCommand(command: string, opts?: SendTextOptions): Message {
    const text = command.startsWith("/") ? command : `/${command}`;
    const cmdLength = text.split(/\s/, 1)[0]!.length;
    const entities: MessageEntity[] = [{ type: "bot_command", offset: 0, length: cmdLength }, ...(opts?.entities ?? [])];
    return this.send({ text, entities }, opts);
  }

  pressButton(messageOrText: Message | number | string, label?: string): string {
    const chatId = typeof messageOrText === "object" && messageOrText !== null ? messageOrText.chat.id : this.lastChat.id;
    return this.tg.userCallback(this, chatId, messageOrText, label);
  }

  pressKeyboardButton(label: string, opts: { chatId?: number } = {}): Message {
    const chatId = opts.chatId ?? this.lastChat.id;
    const kb = this.tg.replyKeyboard(chatId);
    if (!kb) throw new Error(`user ${this.id}: no reply keyboard is shown in chat ${chatId}`);
    const button = kb.flat().find((b) => (typeof b === "string" ? b : b?.text) === label);
    if (button === undefined) {
      throw new Error(`user ${this.id}: reply keyboard has no button "${label}"; it has: ${kb.flat().map((b) => JSON.stringify(typeof b === "string" ? b : b?.text)).join(", ")}`);
    }
    const sendOpts: SendTextOptions = chatId === this.id ? {} : { chatId, chatType: this.lastChat.type };
    if (typeof button === "object" && button.request_contact) {
      return this.sendContact(this.opts.phone_number ?? `62812${String(this.id).padStart(7, "0").slice(-7)}`, { ownUserId: true, chatId });
    }
    return this.sendText(label, sendOpts);
  }

  sendContact(phone: string, opts: { ownUserId?: boolean | number; first_name?: string; chatId?: number } = {}): Message {
    const own = opts.ownUserId ?? true;
    const userId = own === true ? this.id : own === false ? undefined : own;
    const contact: Json = {
      phone_number: phone,
      first_name: opts.first_name ?? (userId === this.id ? this.info.first_name : "Contact"),
      ...(userId === this.id && this.info.last_name ? { last_name: this.info.last_name } : {}),
      ...(userId !== undefined ? { user_id: userId } : {}),
    };
    const sendOpts: SendTextOptions = opts.chatId === undefined || opts.chatId === this.id ? {} : { chatId: opts.chatId, chatType: this.lastChat.type };
    return this.send({ contact }, sendOpts);
  }

  waitForMessage(predicate?: MessagePredicate, opts: WaitOptions = {}): Promise<Message> {
    return this.tg.waitOnChat(this, "outbox", opts.chatId ?? this.lastChat.id, this.outboxCursors, predicate, opts.timeoutMs);
  }

  waitForEdit(predicate?: MessagePredicate, opts: WaitOptions = {}): Promise<Message> {
    return this.tg.waitOnChat(this, "edits", opts.chatId ?? this.lastChat.id, this.editCursors, predicate, opts.timeoutMs);
  }

  messages(opts: { chatId?: number } = {}): Message[] {
    return this.tg.chatMessages(opts.chatId ?? this.lastChat.id);
  }

  botMessages(opts: { chatId?: number } = {}): Message[] {
    const botId = this.tg.botInfo.id;
    return this.messages(opts).filter((m) => m.from?.id === botId);
  }

  keyboard(opts: { chatId?: number } = {}): any[][] | undefined {
    return this.tg.replyKeyboard(opts.chatId ?? this.lastChat.id);
  }
}

/** Starts the fake Bot API on loopback. Close it with `await tg.close()`. */
export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const server = new FakeTelegramServer(options);
  await server.listen();
  return server;
}
