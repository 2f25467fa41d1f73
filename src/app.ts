/**
 * Wires configuration, knowledge, storage and features into a bot. Every entry
 * point (Telegram runner, webhook server, terminal chat, batch ask, tests)
 * calls this; only the transport differs.
 */
import type { Config } from "./config";
import { loadKnowledge, type KnowledgeBase } from "./knowledge/load";
import { createSearch, type KnowledgeSearch } from "./knowledge/search";
import { createLogger, type Logger } from "./logger";
import { createBot, type BotDeps, type Feature } from "./bot/create-bot";
import type { SessionData } from "./bot/context";
import { openDatabase, createSessionStorage, type Store } from "./store";
import { touchUser } from "./store/repos/users";
import { exportUserData, deleteUserData } from "./store/repos/privacy";
import { withdrawAllConsents } from "./store/repos/consents";
import { Regions } from "./regions";
import { createLeadService } from "./leads/service";
import { enrollmentFeature } from "./bot/features/enrollment";
import { privacyFeature } from "./bot/features/privacy";
import { answerWithNumbers, calculatorFeature } from "./bot/features/calculator";
import { sql } from "kysely";
import type { Middleware } from "grammy";
import type { BotContext } from "./bot/context";

const TOUCH_INTERVAL_MS = 5 * 60_000;

export interface App {
  bot: ReturnType<typeof createBot>;
  config: Config;
  knowledge: KnowledgeBase;
  search: KnowledgeSearch;
  store: Store;
  regions: Regions;
  logger: Logger;
  /** Database reachable and knowledge loaded: what /healthz reports. */
  health(): Promise<{ ok: boolean; database: boolean; knowledge: number }>;
  close(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  knowledgeDir?: string;
  /** An already open store (tests share one); otherwise opened from the config. */
  store?: Store;
  overrides?: Partial<BotDeps>;
  /** Extra features, after the built-in ones (tests). */
  extraFeatures?: Feature[];
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const knowledge = loadKnowledge(options.knowledgeDir);
  const search = createSearch(knowledge);
  const store = options.store ?? (await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH }));
  const ownsStore = !options.store;
  const regions = await Regions.load();
  const { db } = store;
  const leads = createLeadService(db);

  const features: Feature[] = [
    privacyFeature({
      exportUserData: async (chatId) => {
        const { chat_id: _c, exported_at: _e, ...tables } = await exportUserData(db, chatId);
        return tables as unknown as Record<string, unknown[]>;
      },
      deleteUserData: async (chatId) => (await deleteUserData(db, chatId)).deleted,
      withdrawConsents: (chatId) => withdrawAllConsents(db, chatId),
    }),
    enrollmentFeature({ regions, leads }),
    calculatorFeature(knowledge.rules),
    ...(options.extraFeatures ?? []),
  ];

  // Remember who uses the bot (chat id, language, first/last seen) for broadcasts and /dataku;
  // at most every few minutes per chat, so a question costs no extra write.
  const touched = new Map<number, number>();
  const rememberUser: Middleware<BotContext> = async (ctx, next) => {
    const chatId = ctx.chat?.type === "private" ? ctx.chat.id : undefined;
    if (chatId !== undefined && Date.now() - (touched.get(chatId) ?? 0) > TOUCH_INTERVAL_MS) {
      await touchUser(db, chatId, { language: ctx.from?.language_code });
      if (touched.size > 100_000) touched.clear();
      touched.set(chatId, Date.now());
    }
    await next();
  };

  const bot = createBot(config, {
    knowledge,
    search,
    logger,
    sessionStorage: createSessionStorage<SessionData>(db, { prefix: "s:" }),
    middleware: [rememberUser],
    preAnswer: [answerWithNumbers(knowledge.rules)],
    features,
    ...options.overrides,
  });

  return {
    bot,
    config,
    knowledge,
    search,
    store,
    regions,
    logger,
    async health() {
      let database = false;
      try {
        await sql`select 1`.execute(db);
        database = true;
      } catch {
        database = false;
      }
      return { ok: database && knowledge.entries.length > 0, database, knowledge: knowledge.entries.length };
    },
    async close() {
      if (ownsStore) await store.close();
    },
  };
}
