/**
 * Wires configuration, knowledge, storage and features into a bot. Every entry
 * point (Telegram runner, webhook server, terminal chat, batch ask, tests)
 * calls this; only the transport differs.
 */
import type { Config } from "./config";
import { loadKnowledge, type KnowledgeBase } from "./knowledge/load";
import { createSearch, type KnowledgeSearch } from "./knowledge/search";
import { RecentPerUser, RecentTopics } from "./knowledge/follow-up";
import { getOfficer, officersForProvince } from "./store/repos/officers";
import type { CalculationRequest } from "./rules/question";
import { createLogger, type Logger } from "./logger";
import { createBot, type BotDeps, type Feature } from "./bot/create-bot";
import type { SessionData } from "./bot/context";
import { openDatabase, createSessionStorage, dropAbandonedForms, type Store } from "./store";
import { FORM_IDLE_LIMIT_MS } from "./bot/conversation-kit";
import { setBlocked, touchUser } from "./store/repos/users";
import { exportUserData, deleteUserData } from "./store/repos/privacy";
import { withdrawAllConsents } from "./store/repos/consents";
import { Regions } from "./regions";
import { createLeadService } from "./leads/service";
import { enrollmentFeature } from "./bot/features/enrollment";
import { privacyFeature } from "./bot/features/privacy";
import { answerWithNumbers, calculatorFeature } from "./bot/features/calculator";
import { forgetShown } from "./bot/features/calculator/shown";
import { forgetAnswerMemory } from "./bot/features/answer";
import { officersFeature, notifyOfficersOfLead, remindOverdueLeads, sendUnnotifiedLeads } from "./bot/features/officers";
import { subscriptionsFeature } from "./bot/features/subscriptions";
import { eventsFeature } from "./bot/features/events";
import { broadcastStatusUpdater } from "./bot/features/officers/broadcast-status";
import { BroadcastWorker } from "./broadcast/worker";
import { scheduledBy, sendDueEvents, sendReminders } from "./officers/events";
import { createI18n } from "./bot/i18n";
import { Api } from "grammy";
import { feedbackFeature, createUnansweredRecorder } from "./bot/features/feedback";
import { ticketsFeature, reraiseStaleTickets } from "./bot/features/tickets";
import { sql } from "kysely";
import type { Middleware } from "grammy";
import type { BotContext, Language } from "./bot/context";
import { QuestionStats, questionOutcomeOf } from "./feedback/question-stats";
import { deleteExpiredQuestions } from "./feedback/store";

const TOUCH_INTERVAL_MS = 5 * 60_000;

export interface App {
  bot: ReturnType<typeof createBot>;
  config: Config;
  knowledge: KnowledgeBase;
  search: KnowledgeSearch;
  store: Store;
  regions: Regions;
  logger: Logger;
  /**
   * Starts the long-running work outside update handling: the broadcast worker
   * and the timers for scheduled events and reminders. Returns a stop function
   * that lets in-flight sends finish.
   */
  startBackground(): () => Promise<void>;
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
  const questionStats = new QuestionStats(db);
  const unanswered = createUnansweredRecorder(db, search.normalizer);
  const recentTopics = new RecentTopics();
  const recentCalculations = new RecentPerUser<CalculationRequest>();
  const answerNumbers = answerWithNumbers(knowledge.rules, recentCalculations, recentTopics, knowledge.byId);

  const features: Feature[] = [
    privacyFeature({
      db,
      exportUserData: async (chatId) => {
        const { chat_id: _c, exported_at: _e, ...tables } = await exportUserData(db, chatId);
        return tables as unknown as Record<string, unknown[]>;
      },
      deleteUserData: async (chatId) => {
        const { deleted } = await deleteUserData(db, chatId);
        // SQLite zeroes deleted rows (secure_delete); the write-ahead log still holds the pages as they
        // were until a checkpoint: copied back and emptied now (busy readers only delay it to the next one)
        if (store.dialect === "sqlite") await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db).catch(() => undefined);
        // a group started by a deleted question must not name the next one
        unanswered.groupsChanged();
        // what is held in memory about the user goes too: the follow-up memory (with the situation
        // they described), the last calculation, the results shown by message, the answer feature's own
        recentTopics.forget(chatId);
        forgetShown(recentCalculations, chatId);
        recentCalculations.forget(chatId);
        forgetAnswerMemory(recentTopics, chatId);
        return deleted;
      },
      withdrawConsents: (chatId) => withdrawAllConsents(db, chatId),
      entryTitle: (id, language) => {
        const entry = knowledge.byId.get(id);
        return entry && ((language === "en" ? entry.labelEn : undefined) ?? entry.label ?? entry.questions[0]);
      },
      isOfficer: async (chatId) => (await getOfficer(db, chatId)) !== undefined,
      scheduledAnnouncements: (chatId) => scheduledBy(db, chatId),
      ownerIds: config.OWNER_IDS,
    }),
    enrollmentFeature({
      regions,
      leads,
      // bot is created below; this runs only when a lead is submitted
      onLeadSubmitted: async (lead) => {
        await notifyOfficersOfLead(bot.api, db, lead, { ownerIds: config.OWNER_IDS, regions });
      },
      officersCover: async (provinceCode) => (await officersForProvince(db, provinceCode)).length > 0,
    }),
    calculatorFeature(knowledge.rules, recentCalculations, answerNumbers),
    officersFeature({ db, regions, questionCounts: (since) => questionStats.countsSince(since) }),
    subscriptionsFeature({ db, regions }),
    eventsFeature({ db, regions }),
    feedbackFeature({ db, regions }),
    ticketsFeature({ db, regions }),
    ...(options.extraFeatures ?? []),
  ];

  // Remember who uses the bot (chat id, language, first/last seen) for broadcasts and /dataku;
  // at most every few minutes per chat, so a question costs no extra write.
  const touched = new Map<number, number>();
  // the language the bot speaks to the user (chosen with /bahasa, else the one they write in, else
  // the phone's) is what announcements and officers' answers, sent later, are worded in
  const spokenLanguage = (ctx: BotContext) => ctx.session?.language ?? ctx.session?.writtenIn ?? ctx.from?.language_code;
  const rememberUser: Middleware<BotContext> = async (ctx, next) => {
    const chatId = ctx.chat?.type === "private" ? ctx.chat.id : undefined;
    const chosen = chatId !== undefined ? ctx.session?.language : undefined;
    if (chatId !== undefined && Date.now() - (touched.get(chatId) ?? 0) > TOUCH_INTERVAL_MS) {
      await touchUser(db, chatId, { language: spokenLanguage(ctx) });
      if (touched.size > 100_000) touched.clear();
      touched.set(chatId, Date.now());
    }
    await next();
    if (chatId === undefined) return;
    // the user's data was just deleted (/hapusdata): nothing about them is written back for this
    // update (the session became null, which would read as a language change); as after any touch,
    // the next few minutes' messages do not write a profile again either
    if (ctx.outcome === "deleted" || ctx.outcome === "delete_stale") return;
    // a choice made with /bahasa is stored at once; the language written in, at the next touch
    if (ctx.session?.language !== chosen) await touchUser(db, chatId, { language: spokenLanguage(ctx) });
  };

  // How many questions were answered, asked back or declined: numbers only, for /statistik.
  const countQuestions: Middleware<BotContext> = async (ctx, next) => {
    await next();
    const outcome = questionOutcomeOf(ctx.outcome);
    if (outcome) questionStats.record(outcome);
  };

  const bot = createBot(config, {
    knowledge,
    search,
    logger,
    sessionStorage: createSessionStorage<SessionData>(db, { prefix: "s:" }),
    chatLock: store.chatLock,
    onBlocked: (chatId) => setBlocked(db, chatId, true),
    middleware: [rememberUser, countQuestions],
    preAnswer: [answerNumbers],
    unanswered,
    recentTopics,
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
    startBackground() {
      const i18n = createI18n(config.DEFAULT_LANGUAGE);
      const t = (key: string, vars?: Record<string, string | number>) => i18n.t(config.DEFAULT_LANGUAGE, key, vars);
      // announcements and reminders in each subscriber's language, the default one for most
      // ownerIds: a scheduled announcement goes out only while its creator still covers its provinces
      const eventDeps = {
        db, regions, t, language: config.DEFAULT_LANGUAGE, translate: (l: Language, k: string, v?: Record<string, string | number>) => i18n.t(l, k, v), ownerIds: config.OWNER_IDS,
      };
      // the worker handles 429 itself (pausing the whole queue), so its Api has no auto-retry
      const api = new Api(bot.token, { apiRoot: config.BOT_API_ROOT, ...(options.overrides?.clientFetch ? { fetch: options.overrides.clientFetch as never } : {}) });
      const worker = new BroadcastWorker({
        db,
        dialect: store.dialect,
        api,
        ratePerSecond: config.BROADCAST_RATE_PER_SECOND,
        onProgress: broadcastStatusUpdater(api, db, t),
        logger,
      });
      worker.start();
      // Once a minute, each job on its own: one failing does not hold back the others.
      const jobs: [name: string, run: (now: Date) => Promise<unknown>][] = [
        ["question counts", () => questionStats.flush()],
        // what was typed into a form nobody finished is not kept past the longest a form waits
        ["abandoned forms", (now) => dropAbandonedForms(db, new Date(now.getTime() - FORM_IDLE_LIMIT_MS.officer))],
        ["lead retention", (now) => leads.deleteExpired(now)],
        // tickets, unanswered questions and feedback: kept 12 months, as /tanyapetugas and the notify offer say
        ["question retention", (now) => deleteExpiredQuestions(db, now)],
        // a new lead whose "told at once" notice reached nobody (at any hour, as that notice), then the overdue ones
        ["lead notices", (now) => sendUnnotifiedLeads(bot.api, db, now, { ownerIds: config.OWNER_IDS, regions })],
        ["lead reminders", (now) => remindOverdueLeads(bot.api, db, now, { ownerIds: config.OWNER_IDS, regions })],
        ["due events", (now) => sendDueEvents(eventDeps, now)],
        ["event reminders", (now) => sendReminders(eventDeps, now)],
        ["ticket re-raise", (now) => reraiseStaleTickets(db, bot.api, now, config.TICKET_RERAISE_HOURS * 3_600_000, { officerGroupId: config.OFFICER_GROUP_ID, ownerIds: config.OWNER_IDS, regions })],
      ];
      // a tick still sending (many reminders, a 429 pause) is not joined by the next one
      let running: Promise<void> | undefined;
      const tick = async () => {
        const now = new Date();
        for (const [name, run] of jobs) {
          try {
            await run(now);
          } catch (error) {
            logger.error({ job: name, err: (error as Error).message }, "timer job failed");
          }
        }
      };
      const startTick = () => {
        running ??= tick().finally(() => (running = undefined));
      };
      const timer = setInterval(startTick, 60_000);
      startTick();
      return async () => {
        clearInterval(timer);
        await running;
        await worker.stop();
      };
    },
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
      // the last minute's question counts; a database already gone only costs those numbers
      await questionStats.flush().catch((error: Error) => logger.warn({ err: error.message }, "question counts not saved"));
      if (ownsStore) await store.close();
    },
  };
}
