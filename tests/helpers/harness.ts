/**
 * Drives the real bot through grammY's handleUpdate with a capturing API
 * transformer (LocalTransport) that returns realistic Message objects.
 */
import { Composer } from "grammy";
import { afterEach, expect, vi } from "vitest";
import type { Message, Update } from "grammy/types";
import { parseConfig, type Config } from "../../src/config";
import { createApp, type App, type AppOptions } from "../../src/app";
import { createLogger } from "../../src/logger";
import { LocalTransport, LOCAL_BOT_INFO, type ApiCall } from "../../src/bot/local-transport";
import { UpdateFactory, type SimUser } from "../../src/bot/update-factory";
import { htmlToPlain } from "../../src/bot/html";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Store } from "../../src/store";
import { getUserRef } from "../../src/store/repos/users";

/** A real SQLite database in a fresh temporary file. */
export async function createTestStore(): Promise<Store & { path: string }> {
  const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-test-"));
  const path = join(dir, "test.db");
  const store = await openDatabase({ sqlitePath: path });
  const closeDatabase = store.close.bind(store);
  return Object.assign(store, {
    path,
    close: async () => {
      await closeDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

export interface Harness {
  app: App;
  store: Store;
  transport: LocalTransport;
  updates: UpdateFactory;
  /** Feeds one update and returns the API calls it caused. */
  handle(update: Update): Promise<ApiCall[]>;
  /** Sends text as `user` and returns the plain text of every message the bot sent back. */
  say(user: SimUser, text: string): Promise<string[]>;
  close(): Promise<void>;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return parseConfig({ LOG_LEVEL: "silent", RATE_LIMIT: "0", ...env });
}

/**
 * The whole app over a real SQLite file (or the given store), with its API calls captured.
 * Pass `store` to share one database between two harnesses (a "restart").
 */
export async function createHarness(options: AppOptions & { env?: Record<string, string> } = {}): Promise<Harness> {
  const ownStore = options.store ? undefined : await createTestStore();
  const store = options.store ?? ownStore!;
  const transport = new LocalTransport(LOCAL_BOT_INFO);
  const app = await createApp(testConfig(options.env), {
    logger: createLogger("silent"),
    ...options,
    store,
    overrides: { botInfo: LOCAL_BOT_INFO, clientFetch: transport.fetch, ...options.overrides },
  });
  const updates = new UpdateFactory();
  const handle = async (update: Update) => {
    const before = transport.calls.length;
    await app.bot.handleUpdate(update);
    return transport.calls.slice(before);
  };
  return {
    app,
    store,
    transport,
    updates,
    handle,
    async say(user, text) {
      const calls = await handle(updates.text(user, text));
      return calls.filter((c) => c.method === "sendMessage").map((c) => htmlToPlain(String(c.payload.text)));
    },
    close: async () => {
      await app.close();
      await ownStore?.close();
    },
  };
}

export const worker = (id = 1001, language_code = "id"): SimUser => ({ id, first_name: "Budi", language_code });

/**
 * One user in a private chat: `say` sends text, `press` presses a button (callback data) on
 * the bot's latest message with inline buttons, `contact` shares a phone number. Each returns
 * the plain text the bot sent back (messages, edits, and a pressed button's answer).
 */
export function chatActor(h: Harness, user: SimUser) {
  let last: Message | undefined;
  const track = (calls: ApiCall[]) => {
    for (const c of calls) if (c.method === "sendMessage" && c.payload.reply_markup && "inline_keyboard" in (c.payload.reply_markup as object)) last = c.result as Message;
    return calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText" || c.method === "answerCallbackQuery").map((c) => htmlToPlain(String(c.payload.text ?? ""))).join("\n");
  };
  return {
    say: async (text: string) => track(await h.handle(h.updates.text(user, text))),
    press: async (data: string) => track(await h.handle(h.updates.callback(user, data, last))),
    contact: async (phone: string, ownerId = user.id) => track(await h.handle(h.updates.contact(user, phone, ownerId))),
  };
}

/**
 * For suites that need a fresh bot per test: what `closing` is given is closed when the test ends
 * (`const closing = closedAfterEach(); … const h = closing(await createHarness());`).
 */
export function closedAfterEach(): <T extends { close(): Promise<void> }>(opened: T) => T {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const o of open.splice(0)) await o.close();
  });
  return (opened) => {
    open.push(opened);
    return opened;
  };
}

/** Runs `fn` with the clock at `instant` (only Date: timers and promises run as usual). */
export async function at<T>(instant: string | number | Date, fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["Date"] });
  try {
    vi.setSystemTime(new Date(instant));
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}

/** Runs `fn` with the clock moved `ms` ahead. */
export function later<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  return at(Date.now() + ms, fn);
}

/** A user whose last message's buttons are seen, and pressed by their labels; each turn gives the text and those buttons. */
export function labelPressingActor(h: Harness, user: SimUser) {
  let last: { call: ApiCall; message: Message } | undefined;
  const sent = (calls: ApiCall[]) => {
    const messages = calls.filter((c) => c.method === "sendMessage");
    const withButtons = messages.filter((c) => c.payload.reply_markup && "inline_keyboard" in (c.payload.reply_markup as object)).at(-1);
    if (withButtons) last = { call: withButtons, message: withButtons.result as Message };
    return { text: messages.map((c) => htmlToPlain(String(c.payload.text ?? ""))).join("\n"), buttons: withButtons ? buttonLabels(withButtons) : [] };
  };
  return {
    say: async (text: string) => sent(await h.handle(h.updates.text(user, text))),
    press: async (label: string) => {
      const data = buttonData(last!.call)[buttonLabels(last!.call).indexOf(label)];
      expect(data, `button ${label}`).toBeTruthy();
      return sent(await h.handle(h.updates.callback(user, data!, last!.message)));
    },
  };
}

/** Inline button labels of a sendMessage call. */
export function buttonLabels(call: ApiCall | undefined): string[] {
  return inlineButtons(call).map((b) => b.text);
}

/** Callback data of a sendMessage call's inline buttons. */
export function buttonData(call: ApiCall | undefined): string[] {
  return inlineButtons(call).map((b) => b.callback_data ?? "");
}

function inlineButtons(call: ApiCall | undefined): { text: string; callback_data?: string }[] {
  const markup = call?.payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}

/** An unanswered question stored as it stands (as an older version of the bot stored it: unmasked); resolves to its id. */
export async function storeUnanswered(db: Store["db"], q: { chatId: number; text: string; groupKey: string }): Promise<number> {
  const userRef = await getUserRef(db, q.chatId);
  const row = await db
    .insertInto("unanswered_questions")
    .values({ user_ref: userRef, text: q.text, language: "id", reason: "declined", entry_id: null, group_key: q.groupKey, handled: 0, linked_entry_id: null, notify_chat_id: null, created_at: new Date().toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The file a sendDocument call uploaded (grammY sends it as a multipart part named by attach://). */
export function uploadedFile(call: ApiCall): { filename?: string; content: string } {
  const ref = String(call.payload.document).replace(/^attach:\/\//, "");
  const part = call.payload[ref] as string | { filename: string; content: string };
  return typeof part === "string" ? { content: part } : part;
}

export function throwingFeature(): Composer<any> {
  const c = new Composer<any>();
  c.command("boom", () => {
    throw new Error("database exploded at /secret/path.ts:42");
  });
  return c;
}
