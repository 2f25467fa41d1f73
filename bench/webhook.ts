/**
 * The throughput comparison as deployed: updates arrive as webhook POSTs over loopback HTTP
 * and replies leave as Bot API calls over loopback HTTP to the fake Bot API (in this process).
 * Both bots pay the same HTTP in and out, which the in-process figures leave out; the fake
 * server's own work (it parses every reply's HTML, as Telegram does) is counted too.
 */
import { createServer, type Server } from "node:http";
import { Bot, session, webhookCallback, type BotConfig, type Context, type SessionFlavor } from "grammy";
import type { Update } from "grammy/types";
import { parseConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { createApp } from "../src/app";
import { createSessionStorage, type Store } from "../src/store";
import { startWebhookServer } from "../src/server/webhook";
import { startFakeTelegram, type FakeTelegram } from "../tests/support/fake-telegram";

const SECRET = "bench-webhook-secret";
const HOOK_PATH = "/telegram";

/** The minimal bot the full one is compared with: it echoes, and keeps a storage-backed session as every bot does. */
type EchoContext = SessionFlavor<{ n: number }> & Context;

export function createEchoBot(store: Store, token: string, options: BotConfig<EchoContext>): Bot<EchoContext> {
  const bot = new Bot<EchoContext>(token, options);
  bot.use(session({ initial: () => ({ n: 0 }), storage: createSessionStorage<{ n: number }>(store.db, { prefix: "echo:" }) }));
  bot.on("message:text", async (ctx) => {
    ctx.session.n++;
    await ctx.reply(ctx.message.text);
  });
  return bot;
}

export interface DriveResult {
  perSecond: number;
  p50: number;
  p99: number;
}

type Drive = (handle: (u: Update) => Promise<void>, updates: Update[]) => Promise<DriveResult>;

/** Posts one update to the webhook and waits for its answer, as Telegram does. */
function poster(port: number) {
  return async (update: Update) => {
    const res = await fetch(`http://127.0.0.1:${port}${HOOK_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  };
}

async function withFakeTelegram<T>(updates: Update[], fn: (tg: FakeTelegram) => Promise<T>): Promise<T> {
  const tg = await startFakeTelegram();
  for (const id of new Set(updates.map((u) => u.message!.from.id))) tg.user(id, { startedBot: true });
  try {
    return await fn(tg);
  } finally {
    await tg.close();
  }
}

export async function fullBotOverHttp(store: Store, updates: Update[], drive: Drive): Promise<DriveResult> {
  return withFakeTelegram(updates, async (tg) => {
    const config = {
      ...parseConfig({ BOT_TOKEN: tg.token, BOT_API_ROOT: tg.apiRoot, LOG_LEVEL: "silent", RATE_LIMIT: "0", WEBHOOK_URL: `http://127.0.0.1${HOOK_PATH}`, WEBHOOK_SECRET: SECRET }),
      PORT: 0,
    };
    const app = await createApp(config, { logger: createLogger("silent"), store, overrides: { botInfo: tg.botInfo } });
    const server = await startWebhookServer(app, config, { setWebhook: false });
    try {
      return await drive(poster(server.port), updates);
    } finally {
      await server.close();
      await app.close();
    }
  });
}

export async function echoBotOverHttp(store: Store, updates: Update[], drive: Drive): Promise<DriveResult> {
  return withFakeTelegram(updates, async (tg) => {
    const bot = createEchoBot(store, tg.token, { botInfo: tg.botInfo, client: { apiRoot: tg.apiRoot } });
    const handle = webhookCallback(bot, "http", { secretToken: SECRET });
    const server: Server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    try {
      return await drive(poster(typeof address === "object" && address ? address.port : 0), updates);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
}
