import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Api, Bot, GrammyError, HttpError, InlineKeyboard, InputFile, Keyboard, webhookCallback } from "grammy";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram";

let tg: FakeTelegram;
let bot: Bot | undefined;
let running: Promise<void> | undefined;
let webhookServer: http.Server | undefined;

beforeEach(async () => {
  tg = await startFakeTelegram();
});

afterEach(async () => {
  if (bot?.isRunning()) await bot.stop();
  await running?.catch(() => undefined);
  bot = undefined;
  running = undefined;
  if (webhookServer) {
    const s = webhookServer;
    webhookServer = undefined;
    const closed = new Promise<void>((resolve) => s.close(() => resolve()));
    s.closeAllConnections();
    await closed;
  }
  await tg.close();
});

/** A real grammY bot against the fake; resolves once long polling has started. */
function startPolling(setup: (b: Bot) => void): Promise<Bot> {
  const b = new Bot(tg.token, { client: { apiRoot: tg.apiRoot } });
  setup(b);
  bot = b;
  return new Promise((resolve, reject) => {
    running = b.start({ onStart: () => resolve(b) });
    running.catch(reject);
  });
}

/** A grammY bot that is not polling, just to call the API. */
function apiBot(): Bot {
  return new Bot(tg.token, { client: { apiRoot: tg.apiRoot } });
}

describe("long polling with a real grammY bot", () => {
  it("delivers a user message to the bot and shows the reply", async () => {
    await startPolling((b) => b.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.message.text}`)));
    const ani = tg.user(4201, { first_name: "Ani", language_code: "id" });
    ani.sendText("halo");
    const reply = await ani.waitForMessage();
    expect(reply.text).toBe("echo: halo");
    expect(reply.chat).toMatchObject({ id: 4201, type: "private", first_name: "Ani" });
    expect(reply.from).toMatchObject({ id: tg.botInfo.id, is_bot: true, username: "TanyaJamsosBot" });
    expect(ani.messages().map((m) => m.message_id)).toEqual([1, 2]);
    expect(tg.calls.some((c) => c.method === "getMe")).toBe(true);
  });

  it("delivers commands with the bot_command entity and the user's language", async () => {
    await startPolling((b) =>
      b.command("start", (ctx) => ctx.reply(`start ${ctx.match || "-"} ${ctx.from?.language_code}`)),
    );
    const budi = tg.user(4202, { first_name: "Budi", language_code: "en" });
    const sent = budi.sendCommand("/start ref42");
    expect(sent.entities).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    expect((await budi.waitForMessage()).text).toBe("start ref42 en");
  });

  it("pressing an inline button delivers its callback data; edits are observed", async () => {
    await startPolling((b) => {
      b.command("start", (ctx) =>
        ctx.reply("Menu utama", { reply_markup: new InlineKeyboard().text("Tanya JHT", "ask:jht").text("Bahasa", "lang") }),
      );
      b.on("callback_query:data", async (ctx) => {
        await ctx.answerCallbackQuery({ text: "ok" });
        await ctx.editMessageText(`dipilih: ${ctx.callbackQuery.data}`);
      });
    });
    const citra = tg.user(4203);
    citra.sendCommand("/start");
    const menu = await citra.waitForMessage("Menu");
    expect(menu.reply_markup?.inline_keyboard[0]?.[0]).toEqual({ text: "Tanya JHT", callback_data: "ask:jht" });
    const queryId = citra.pressButton("Menu utama", "Tanya JHT");
    const edited = await citra.waitForEdit();
    expect(edited.text).toBe("dipilih: ask:jht");
    expect(edited.message_id).toBe(menu.message_id);
    expect(edited.reply_markup).toBeUndefined(); // editMessageText without markup removes it, like Telegram
    expect(tg.callbackAnswer(queryId)).toMatchObject({ text: "ok" });
    expect(() => citra.pressButton(menu, "Bahasa")).toThrow(/no inline button "Bahasa"/);
  });

  it("answering a callback query twice fails like Telegram", async () => {
    const outcome = new Promise<unknown>((resolve) => {
      void startPolling((b) =>
        b.on("callback_query:data", async (ctx) => {
          await ctx.answerCallbackQuery();
          resolve(await ctx.answerCallbackQuery().catch((e: unknown) => e));
        }),
      );
    });
    const dewi = tg.user(4204, { startedBot: true });
    await apiBot().api.sendMessage(dewi.chatId, "Pilih", { reply_markup: new InlineKeyboard().text("A", "a") });
    dewi.pressButton("A");
    const err = await outcome;
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).description).toBe(
      "Bad Request: query is too old and response timeout expired or query ID is invalid",
    );
    await expect(apiBot().api.answerCallbackQuery("123")).rejects.toMatchObject({ error_code: 400 });
  });

  it("an injected 429 reaches the bot as GrammyError with retry_after", async () => {
    tg.faults.push({ method: "sendMessage", kind: "429", retryAfter: 7 });
    const seen = new Promise<unknown>((resolve) => {
      void startPolling((b) =>
        b.on("message", async (ctx) => {
          resolve(await ctx.reply("first").catch((e: unknown) => e));
          await ctx.reply("second");
        }),
      );
    });
    const eko = tg.user(4205);
    eko.sendText("hi");
    const err = await seen;
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(429);
    expect((err as GrammyError).parameters.retry_after).toBe(7);
    expect((err as GrammyError).description).toBe("Too Many Requests: retry after 7");
    expect((await eko.waitForMessage()).text).toBe("second"); // the fault was used up
  });

  it("a reply keyboard with request_contact is recorded and the contact comes back", async () => {
    await startPolling((b) => {
      b.command("start", (ctx) =>
        ctx.reply("Kirim nomor", { reply_markup: new Keyboard().requestContact("Bagikan nomor").resized() }),
      );
      b.on("message:contact", (ctx) =>
        ctx.reply(`nomor ${ctx.message.contact.phone_number} milik ${ctx.message.contact.user_id}`, {
          reply_markup: { remove_keyboard: true },
        }),
      );
    });
    const fajar = tg.user(4206, { phone_number: "6281234567890" });
    fajar.sendCommand("/start");
    await fajar.waitForMessage("Kirim nomor");
    expect(fajar.keyboard()?.[0]?.[0]).toEqual({ text: "Bagikan nomor", request_contact: true });
    fajar.pressKeyboardButton("Bagikan nomor");
    expect((await fajar.waitForMessage()).text).toBe("nomor 6281234567890 milik 4206");
    expect(fajar.keyboard()).toBeUndefined();
  });

  it("waitForMessage times out with a clear list of what arrived", async () => {
    const gita = tg.user(4207, { startedBot: true });
    await apiBot().api.sendMessage(gita.chatId, "something else");
    await expect(gita.waitForMessage("never", { timeoutMs: 50 })).rejects.toThrow(/#1 "something else"/);
  });
});

describe("getUpdates semantics", () => {
  it("honours offset and limit, and confirmed updates are dropped", async () => {
    const api = new Api(tg.token, { apiRoot: tg.apiRoot });
    const u = tg.user(4301);
    u.sendText("one");
    u.sendText("two");
    const first = await api.getUpdates({ limit: 1 });
    expect(first.map((x) => x.message?.text)).toEqual(["one"]);
    const both = await api.getUpdates({});
    expect(both.map((x) => x.message?.text)).toEqual(["one", "two"]);
    const after = await api.getUpdates({ offset: both[1]!.update_id + 1 });
    expect(after).toEqual([]);
    expect(tg.pendingUpdates()).toEqual([]);
  });

  it("long polling blocks until an update arrives", async () => {
    const api = new Api(tg.token, { apiRoot: tg.apiRoot });
    const poll = api.getUpdates({ timeout: 20 });
    await tg.waitForLongPoll();
    const u = tg.user(4302);
    u.sendText("wake up");
    const updates = await poll;
    expect(updates.map((x) => x.message?.text)).toEqual(["wake up"]);
  });

  it("a second concurrent getUpdates terminates the first with 409", async () => {
    const api = new Api(tg.token, { apiRoot: tg.apiRoot });
    const older = api.getUpdates({ timeout: 20 }).catch((e: unknown) => e);
    await tg.waitForLongPoll(); // the first request is parked on the server
    const newer = await api.getUpdates({ timeout: 0 });
    expect(newer).toEqual([]);
    const err = await older;
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(409);
    expect((err as GrammyError).description).toMatch(/^Conflict: terminated by other getUpdates request/);
  });

  it("allowed_updates filters what gets queued", async () => {
    const api = new Api(tg.token, { apiRoot: tg.apiRoot });
    await api.getUpdates({ allowed_updates: ["callback_query"] });
    tg.user(4303).sendText("ignored");
    expect(tg.pendingUpdates()).toEqual([]);
    await api.getUpdates({ allowed_updates: [] });
    tg.user(4303).sendText("kept");
    expect(tg.pendingUpdates().map((x) => x.message?.text)).toEqual(["kept"]);
  });

  it("rejects bad tokens with 401 and unknown methods with 404", async () => {
    const r1 = await fetch(`${tg.apiRoot}/botnot-a-token/getMe`);
    expect(r1.status).toBe(401);
    expect(await r1.json()).toEqual({ ok: false, error_code: 401, description: "Unauthorized" });
    const r2 = await fetch(`${tg.apiRoot}/bot${tg.token}/sendSticker`, { method: "POST" });
    expect(r2.status).toBe(404);
    expect(await r2.json()).toEqual({ ok: false, error_code: 404, description: "Not Found: method not found" });
    // method names are case-insensitive, like Telegram
    expect(await (await fetch(`${tg.apiRoot}/bot${tg.token}/getme`)).json()).toMatchObject({ ok: true });
  });
});

describe("strict like Telegram", () => {
  it("rejects a 4097-char message, accepts 4096, rejects empty text and unknown chats", async () => {
    const api = apiBot().api;
    const u = tg.user(4401, { startedBot: true });
    await expect(api.sendMessage(u.chatId, "x".repeat(4097))).rejects.toMatchObject({
      error_code: 400,
      description: "Bad Request: message is too long",
    });
    expect((await api.sendMessage(u.chatId, "x".repeat(4096))).text).toHaveLength(4096);
    // the length counts after entity parsing
    expect((await api.sendMessage(u.chatId, `<b>${"y".repeat(4096)}</b>`, { parse_mode: "HTML" })).entities).toEqual([
      { type: "bold", offset: 0, length: 4096 },
    ]);
    await expect(api.sendMessage(u.chatId, "  ")).rejects.toMatchObject({ description: "Bad Request: message text is empty" });
    await expect(api.sendMessage(999_999, "hi")).rejects.toMatchObject({ description: "Bad Request: chat not found" });
  });

  it("rejects callback_data over 64 bytes (counted in UTF-8)", async () => {
    const api = apiBot().api;
    const u = tg.user(4402, { startedBot: true });
    await expect(
      api.sendMessage(u.chatId, "x", { reply_markup: new InlineKeyboard().text("A", "a".repeat(65)) }),
    ).rejects.toMatchObject({ error_code: 400, description: "Bad Request: BUTTON_DATA_INVALID" });
    await expect(
      api.sendMessage(u.chatId, "x", { reply_markup: new InlineKeyboard().text("A", "é".repeat(33)) }),
    ).rejects.toMatchObject({ description: "Bad Request: BUTTON_DATA_INVALID" });
    await expect(
      api.sendMessage(u.chatId, "x", { reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "" }]] } }),
    ).rejects.toMatchObject({ description: "Bad Request: BUTTON_DATA_INVALID" });
    const ok = await api.sendMessage(u.chatId, "x", { reply_markup: new InlineKeyboard().text("A", "a".repeat(64)) });
    expect(ok.reply_markup?.inline_keyboard[0]?.[0]).toEqual({ text: "A", callback_data: "a".repeat(64) });
  });

  it("rejects broken or unsupported HTML and parses valid HTML into entities", async () => {
    const api = apiBot().api;
    const u = tg.user(4403, { startedBot: true });
    const send = (html: string) => api.sendMessage(u.chatId, html, { parse_mode: "HTML" });
    await expect(send("<b>tebal")).rejects.toMatchObject({
      description: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    });
    await expect(send("baris<br>baru")).rejects.toMatchObject({
      description: `Bad Request: can't parse entities: Unsupported start tag "br" at byte offset 5`,
    });
    await expect(send("<b><i>x</b></i>")).rejects.toMatchObject({
      description: `Bad Request: can't parse entities: Unmatched end tag at byte offset 7, expected "</i>", found "</b>"`,
    });
    await expect(send("gaji < 5 juta")).rejects.toMatchObject({
      description: `Bad Request: can't parse entities: Unsupported start tag "" at byte offset 5`,
    });
    await expect(send("<span>x</span>")).rejects.toMatchObject({ error_code: 400 });
    const ok = await send(
      `<b>JHT</b> &amp; <a href="https://bpjsketenagakerjaan.go.id">JP</a> &lt;5&gt; &#128512;<pre><code class="language-ts">x</code></pre><blockquote expandable>q</blockquote><tg-spoiler>s</tg-spoiler>`,
    );
    expect(ok.text).toBe("JHT & JP <5> 😀xqs");
    expect(ok.entities).toEqual([
      { type: "bold", offset: 0, length: 3 },
      { type: "text_link", offset: 6, length: 2, url: "https://bpjsketenagakerjaan.go.id" },
      { type: "pre", offset: 15, length: 1, language: "ts" },
      { type: "expandable_blockquote", offset: 16, length: 1 },
      { type: "spoiler", offset: 17, length: 1 },
    ]);
  });

  it("raises 'message is not modified' for identical edits", async () => {
    const api = apiBot().api;
    const u = tg.user(4404, { startedBot: true });
    const kb = new InlineKeyboard().text("A", "a");
    const m = await api.sendMessage(u.chatId, "<b>sama</b>", { parse_mode: "HTML", reply_markup: kb });
    await expect(
      api.editMessageText(u.chatId, m.message_id, "<b>sama</b>", { parse_mode: "HTML", reply_markup: kb }),
    ).rejects.toMatchObject({
      error_code: 400,
      description:
        "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    });
    await expect(api.editMessageReplyMarkup(u.chatId, m.message_id, { reply_markup: kb })).rejects.toMatchObject({
      description: expect.stringMatching(/^Bad Request: message is not modified/),
    });
    const edited = await api.editMessageText(u.chatId, m.message_id, "beda", { reply_markup: kb });
    expect(edited).toMatchObject({ text: "beda", edit_date: expect.any(Number) });
    expect(u.botMessages()[0]?.text).toBe("beda");
    await api.deleteMessage(u.chatId, m.message_id);
    await expect(api.editMessageText(u.chatId, m.message_id, "lagi")).rejects.toMatchObject({
      description: "Bad Request: message to edit not found",
    });
  });

  it("uploads documents over multipart and enforces the caption limit", async () => {
    const api = apiBot().api;
    const u = tg.user(4405, { startedBot: true });
    const doc = await api.sendDocument(u.chatId, new InputFile(Buffer.from("a,b\n1,2\n"), "leads.csv"), {
      caption: "<b>Leads</b>",
      parse_mode: "HTML",
    });
    expect(doc.document).toMatchObject({ file_name: "leads.csv", mime_type: "text/csv", file_size: 8 });
    expect(doc.caption).toBe("Leads");
    const call = tg.calls.find((c) => c.method === "sendDocument")!;
    expect(call.files).toEqual([expect.objectContaining({ filename: "leads.csv", size: 8 })]);
    expect(call.params.chat_id).toBe(String(u.chatId)); // multipart fields are strings
    await expect(
      api.sendDocument(u.chatId, new InputFile(Buffer.from("x"), "a.txt"), { caption: "c".repeat(1025) }),
    ).rejects.toMatchObject({ description: "Bad Request: message caption is too long" });
    // re-sending by file_id works; an unknown file_id does not
    const again = await api.sendDocument(u.chatId, doc.document!.file_id);
    expect(again.document?.file_id).toBe(doc.document!.file_id);
    await expect(api.sendDocument(u.chatId, "nope")).rejects.toMatchObject({
      description: "Bad Request: wrong file identifier/HTTP URL specified",
    });
    const photo = await api.sendPhoto(u.chatId, new InputFile(Buffer.alloc(2000), "chart.png"));
    expect(photo.photo).toHaveLength(2);
  });

  it("copies, forwards, getChat and commands", async () => {
    const api = apiBot().api;
    const a = tg.user(4406, { first_name: "Ayu", startedBot: true });
    const b = tg.user(4407, { startedBot: true });
    const original = a.sendText("pertanyaan saya");
    const copy = await api.copyMessage(b.chatId, a.chatId, original.message_id);
    expect(b.botMessages().find((m) => m.message_id === copy.message_id)?.text).toBe("pertanyaan saya");
    const fwd = await api.forwardMessage(b.chatId, a.chatId, original.message_id);
    expect(fwd.forward_origin).toMatchObject({ type: "user", sender_user: { id: 4406 } });
    expect(await api.getChat(a.chatId)).toMatchObject({ id: 4406, type: "private", first_name: "Ayu" });
    await api.setMyCommands([{ command: "start", description: "Mulai" }], { language_code: "id" });
    expect(await api.getMyCommands({ language_code: "id" })).toEqual([{ command: "start", description: "Mulai" }]);
    await expect(api.setMyCommands([{ command: "Bad-Cmd", description: "x" }])).rejects.toMatchObject({ error_code: 400 });
    expect(await api.setChatMenuButton({ menu_button: { type: "commands" } })).toBe(true);
    expect(await api.sendChatAction(a.chatId, "typing")).toBe(true);
  });
});

describe("fault injection", () => {
  it("403 for blocked users, 5xx, and dropped connections", async () => {
    const api = apiBot().api;
    const u = tg.user(4501, { startedBot: true });
    tg.faults.push({ kind: "500", method: "sendMessage", chatId: u.chatId });
    await expect(api.sendMessage(u.chatId, "x")).rejects.toMatchObject({ error_code: 500 });
    tg.faults.push({ kind: "drop", method: "sendMessage" });
    await expect(api.sendMessage(u.chatId, "x")).rejects.toBeInstanceOf(HttpError);
    tg.faults.push({ kind: "403", method: ["sendMessage", "sendDocument"], times: 2 });
    await expect(api.sendMessage(u.chatId, "x")).rejects.toMatchObject({ error_code: 403 });
    await expect(api.sendMessage(u.chatId, "x")).rejects.toMatchObject({ error_code: 403 });
    expect((await api.sendMessage(u.chatId, "x")).text).toBe("x");
    tg.blockUser(u.id);
    await expect(api.sendMessage(u.chatId, "x")).rejects.toMatchObject({
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    tg.unblockUser(u.id);
    expect(tg.sendTimestamps(u.chatId)).toHaveLength(6);
    expect(tg.maxSendsPerSecond()).toBeGreaterThanOrEqual(1);
  });

  it("optional flood control answers 429 when a chat is flooded", async () => {
    await tg.close();
    tg = await startFakeTelegram({ rateLimit: { perChatPerSecond: 2, retryAfter: 3 } });
    const api = apiBot().api;
    const u = tg.user(4502, { startedBot: true });
    await api.sendMessage(u.chatId, "1");
    await api.sendMessage(u.chatId, "2");
    await expect(api.sendMessage(u.chatId, "3")).rejects.toMatchObject({ error_code: 429, parameters: { retry_after: 3 } });
  });
});

describe("webhook mode", () => {
  async function startWebhookBot(secret: string, setup: (b: Bot) => void): Promise<{ url: string; b: Bot }> {
    const b = new Bot(tg.token, { client: { apiRoot: tg.apiRoot } });
    setup(b);
    const handler = webhookCallback(b, "http", { secretToken: secret });
    webhookServer = http.createServer((req, res) => {
      handler(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => webhookServer!.listen(0, "127.0.0.1", resolve));
    const { port } = webhookServer.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/hook`, b };
  }

  it("pushes updates with the secret header, redelivers on non-2xx, and blocks getUpdates", async () => {
    const { url, b } = await startWebhookBot("s3cret_token", (bot) =>
      bot.on("message:text", (ctx) => ctx.reply(`webhook: ${ctx.message.text}`)),
    );
    // wrong secret first: the bot answers 401 and the update stays queued
    await b.api.setWebhook(url, { secret_token: "wrong_secret" });
    const hani = tg.user(4601);
    hani.sendText("lewat webhook");
    const rejected = await tg.waitForWebhookDelivery((d) => d.status !== undefined);
    expect(rejected.status).toBe(401);
    expect(rejected.headers["X-Telegram-Bot-Api-Secret-Token"]).toBe("wrong_secret");
    expect((await b.api.getWebhookInfo()).pending_update_count).toBe(1);
    await expect(b.api.getUpdates()).rejects.toMatchObject({ error_code: 409 });

    await b.api.setWebhook(url, { secret_token: "s3cret_token" });
    const reply = await hani.waitForMessage();
    expect(reply.text).toBe("webhook: lewat webhook");
    const ok = await tg.waitForWebhookDelivery((d) => d.status === 200);
    expect(ok.headers["X-Telegram-Bot-Api-Secret-Token"]).toBe("s3cret_token");
    expect(ok.update_id).toBe(rejected.update_id);
    const info = await b.api.getWebhookInfo();
    expect(info).toMatchObject({ url, pending_update_count: 0, last_error_message: expect.stringContaining("401") });

    await b.api.deleteWebhook();
    expect((await b.api.getUpdates()).length).toBe(0);
  });

  it("executes webhook replies", async () => {
    const b = new Bot(tg.token, { client: { apiRoot: tg.apiRoot, canUseWebhookReply: (m) => m === "sendMessage" } });
    b.on("message:text", (ctx) => ctx.reply("via webhook reply"));
    const handler = webhookCallback(b, "http");
    webhookServer = http.createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => webhookServer!.listen(0, "127.0.0.1", resolve));
    const { port } = webhookServer.address() as AddressInfo;
    await b.api.setWebhook(`http://127.0.0.1:${port}/`);
    const ira = tg.user(4602);
    ira.sendText("halo");
    expect((await ira.waitForMessage()).text).toBe("via webhook reply");
    expect(tg.calls.find((c) => c.method === "sendMessage")?.via).toBe("webhook-reply");
  });
});
