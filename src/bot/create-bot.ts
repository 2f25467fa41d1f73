/**
 * Builds the bot every entry point uses: the Telegram runner, the webhook
 * server, the terminal chat, the batch interface and the tests. Only the
 * transport differs between them.
 */
import { Bot, Composer, InlineKeyboard, MemorySessionStorage, session, type Middleware, type StorageAdapter } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { conversations, type ConversationData, type VersionedState } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { autoRetry } from "@grammyjs/auto-retry";
import { limit } from "@grammyjs/ratelimiter";
import { splitMessage } from "./html";
import type { ChatLock } from "../store/chat-lock";
import type { Config } from "../config";
import type { KnowledgeBase } from "../knowledge/load";
import type { KnowledgeSearch } from "../knowledge/search";
import { RecentTopics } from "../knowledge/follow-up";
import type { Logger } from "../logger";
import { ActionRegistry } from "./actions";
import type { BaseContext, BotContext, SessionData } from "./context";
import { answerFeature, type AnswerObserver, type PreAnswer, type UnansweredRecorder } from "./features/answer";
import { startFeature } from "./features/start";
import { expiredForm } from "./features/start/form-expiry";
import { createI18n } from "./i18n";
import type { I18n } from "@grammyjs/i18n";
import { asks, CANCEL_DATA, FORM_RESUME_PREFIX, forgetEndedPause, formPausedBy, formIdleHours, pauseNoteKeyboard, formStateToStore, pausableForms, resumedForm } from "./conversation-kit";
import { groupFilter } from "./middleware/group-filter";
import { skipUnchangedWrites } from "./middleware/skip-unchanged-writes";
import { ENROLLMENT_ID } from "./features/enrollment/conversation";
import { CALC_ID, VILLAGE_ID } from "./features/calculator/index";
import { SUBSCRIBE_ID } from "./features/subscriptions/conversation";
import { TICKET_CONVERSATION } from "./features/tickets/index";
import { NEW_EVENT_ID } from "./features/events/conversation";
import { EDIT_EVENT_ID } from "./features/events/edit";
import { COMMENT_CONVERSATION, NOTIFY_PROVINCE_CONVERSATION } from "./features/feedback/index";

/** The window of the per-user flood limit (config RATE_LIMIT updates per window). */
export const RATE_WINDOW_MS = 5_000;

/**
 * Bump when a conversation's steps change: persisted conversations of older code are then discarded cleanly
 * (2: the contact step reads the number once, kept as its result; 3: every answer records whether the form
 * was paused for a question, and a village official is asked the village's details; 4: the enrollment's steps
 * before the contact step record whether a text typed there was a phone number, and the event form's preview
 * asks before a new /acara_baru discards it; 5: /tanyapetugas confirms a province named in the question, and its
 * province step has Batal and pauses for a question).
 */
export const CONVERSATION_VERSION = 5;

/** A feature plugs itself in here; it gets the shared pieces and returns its composer. */
export type Feature = (env: FeatureEnv) => Composer<BotContext>;

export interface FeatureEnv {
  config: Config;
  deps: BotDeps;
  actions: ActionRegistry;
  i18n: I18n<BaseContext>;
}

export interface BotDeps {
  knowledge: KnowledgeBase;
  search: KnowledgeSearch;
  logger: Logger;
  /** Sessions (language, small UI state). Memory when absent. */
  sessionStorage?: StorageAdapter<SessionData>;
  /** Several instances (PostgreSQL): holds a chat's lock while its update is handled (src/store/chat-lock.ts). */
  chatLock?: Pick<ChatLock, "run">;
  /** A private chat answered 403 (blocked the bot, account deleted): recorded, as the broadcast worker does. */
  onBlocked?: (chatId: number) => Promise<void>;
  observer?: AnswerObserver;
  unanswered?: UnansweredRecorder;
  /** Middleware run for every update before the features (e.g. remembering users). */
  middleware?: Middleware<BotContext>[];
  /** Feature modules beyond the core (enrollment, calculators, officers…). */
  features?: Feature[];
  /** Handlers that may answer free text before the knowledge search. */
  preAnswer?: PreAnswer[];
  /** The entry last answered to each user, for follow-ups ("kalau jht?"). Its own when absent. */
  recentTopics?: RecentTopics;
  botInfo?: UserFromGetMe;
  /** Replaces the HTTP client's fetch (the local transport for terminal chat, batch and tests). */
  clientFetch?: (url: string | URL, init?: { body?: unknown }) => Promise<{ json(): Promise<unknown> }>;
}

/** A whole message that means "stop this form" (the Batal button's own text is matched as well). */
export const CANCEL_WORDS = /^\s*(batal|batalkan|gak jadi|ga jadi|gk jadi|nggak jadi|tidak jadi|cancel|stop)\s*[.!]*\s*$/i;

function hasOpenForm(ctx: BotContext): boolean {
  return Object.keys(ctx.conversation.active()).length > 0;
}

/**
 * Where each form starts again, for the note when a question paused or left it. These forms
 * are paused, not ended, by a question typed into them (conversation-kit pauseForQuestion).
 */
const FORM_COMMANDS: Record<string, string> = pausableForms({
  [ENROLLMENT_ID]: "/daftar", [CALC_ID]: "/hitung", [VILLAGE_ID]: "/hitung", [SUBSCRIBE_ID]: "/langganan",
  [TICKET_CONVERSATION]: "/tanyapetugas", [NEW_EVENT_ID]: "/acara_baru", [EDIT_EVENT_ID]: "/acara",
});

/**
 * Prompts left without the "form stopped" note: 👎's "what was missing?" is a single question,
 * not a form the user filled in, so a question typed there is simply answered; the province asked
 * after "Beri tahu saya" is optional, and its feature says the request to be told still stands.
 */
const LEFT_QUIETLY: ReadonlySet<string> = new Set([COMMENT_CONVERSATION, NOTIFY_PROVINCE_CONVERSATION]);

/**
 * A question typed inside a form pauses the form (or leaves one that cannot pause) and is
 * answered (conversation-kit); the user is then told so: a paused form with a Continue button
 * that takes it up where it stopped, the answers given kept, and the command that starts it
 * afresh; a form left with how to start it again, so nothing seems lost silently. A Continue
 * button whose form has ended (sent, cancelled, expired, replaced) says so and how to start again.
 */
async function tellWhenFormLeft(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  forgetEndedPause(ctx);
  const open = Object.keys(ctx.conversation.active());
  const resumed = resumedForm(ctx);
  const resumeGone = async (id: string) => {
    const command = FORM_COMMANDS[id];
    await ctx.reply(command ? ctx.t("form-resume-gone", { command }) : ctx.t("form-resume-gone-plain"));
  };
  if (resumed !== undefined && !open.includes(resumed)) {
    ctx.outcome = "form_resume_gone";
    await ctx.answerCallbackQuery().catch(() => undefined);
    await resumeGone(resumed);
    return;
  }
  const pausedBefore = ctx.session?.pausedForm;
  // a text typed to a form past its time limit: the form is over, said as such, and the text is
  // not read as a question unless it asks one (it was most likely the answer the form waited for)
  const text = ctx.message?.text;
  const expired = text !== undefined && !text.startsWith("/")
    ? expiredForm(ctx.session?.conversation, open, pausedBefore, (id) => formIdleHours(id) * 3_600_000)
    : undefined;
  if (expired !== undefined && FORM_COMMANDS[expired]) {
    await ctx.conversation.exit(expired);
    forgetEndedPause(ctx);
    ctx.outcome = "form_expired";
    await ctx.reply(ctx.t("form-expired", { command: FORM_COMMANDS[expired]!, hours: formIdleHours(expired) }));
    if (asks(text!)) await next();
    return;
  }
  await next();
  forgetEndedPause(ctx);
  const still = ctx.conversation.active();
  // the form ran out of time as the button was pressed (the press got "expired" below)
  if (resumed !== undefined && !still[resumed]) return resumeGone(resumed);
  if (open.length === 0) return;
  const paused = ctx.session?.pausedForm;
  if (paused !== undefined && paused !== pausedBefore) {
    await ctx.reply(ctx.t("form-paused", { command: FORM_COMMANDS[paused] ?? "/start", hours: formIdleHours(paused) }), {
      // the enrollment's note offers the step's own buttons too, which take the form up with that answer
      reply_markup: pauseNoteKeyboard(ctx, ctx.t("form-resume-button"), paused),
    });
    return;
  }
  // the answer picked from the "Maksud Anda…?" of the question that paused the form: the form is offered again under it
  if (paused !== undefined && paused === pausedBefore && ctx.callbackQuery?.data?.startsWith("kb:") && ctx.outcome !== "stale_button") {
    await ctx.reply(ctx.t("form-still-paused"), {
      reply_markup: new InlineKeyboard().text(ctx.t("form-resume-button"), `${FORM_RESUME_PREFIX}${paused}`),
    });
    return;
  }
  const left = open.find((id) => !still[id]);
  // /bahasa ends the form (its questions were asked in the other language): said, with how to start it again
  if (left && FORM_COMMANDS[left] && (ctx.outcome === "language_prompt" || ctx.outcome === "language_set")) {
    await ctx.reply(ctx.t("form-left-language", { command: FORM_COMMANDS[left]! }));
    return;
  }
  // a button of another message pressed in the form paused it, and what it does started another form:
  // the paused one ended, as another form ends it, and the user is told so and how to start it again
  const pausedHere = formPausedBy(ctx);
  if (pausedHere !== undefined && left === pausedHere && !ctx.answeredAsQuestion && FORM_COMMANDS[left]) {
    await ctx.reply(ctx.t("form-left-other", { command: FORM_COMMANDS[left]! }));
    return;
  }
  if (!ctx.answeredAsQuestion) return;
  if (!left || LEFT_QUIETLY.has(left)) return;
  const command = FORM_COMMANDS[left];
  await ctx.reply(command ? ctx.t("form-left", { command }) : ctx.t("form-left-plain"));
}

/** Forms whose typed text is written for publication (an officer's announcement): stored as typed, numbers included. */
const PUBLISHED_FORMS: ReadonlySet<string> = new Set([NEW_EVENT_ID]);

/** The token used when running without Telegram (terminal chat, batch, tests). */
export const LOCAL_TOKEN = "0:local-token-for-offline-use-only";

/** Session key per chat; undefined for updates without a chat, which then get no session. */
export function chatKey(ctx: { chat?: { id: number } }): string | undefined {
  return ctx.chat?.id.toString();
}

export function createBot(config: Config, deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(config.BOT_TOKEN ?? LOCAL_TOKEN, {
    botInfo: deps.botInfo,
    client: { apiRoot: config.BOT_API_ROOT, ...(deps.clientFetch ? { fetch: deps.clientFetch as never } : {}) },
  });
  const logger = deps.logger;
  const actions = new ActionRegistry();

  // 429 and 5xx: wait and retry, a bounded number of times (broadcasts use their own queue).
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  // Every send outside the broadcast queue (answers, "told at once" notices to officers and to
  // people who asked to be told) marks a private chat that answered 403 as blocked, as the
  // broadcast worker does, so later sends and broadcasts skip it until the person writes again.
  const onBlocked = deps.onBlocked;
  if (onBlocked) {
    bot.api.config.use(async (prev, method, payload, signal) => {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        const chatId = (payload as { chat_id?: unknown }).chat_id;
        if ((error as { error_code?: number })?.error_code === 403 && typeof chatId === "number" && chatId > 0) await onBlocked(chatId).catch(() => undefined);
        throw error;
      }
    });
  }
  // Telegram refuses text over 4096 characters: send long answers in clean parts instead.
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (method !== "sendMessage" || typeof (payload as { text?: unknown }).text !== "string") return prev(method, payload, signal);
    const p = payload as { text: string; reply_markup?: unknown };
    const parts = splitMessage(p.text);
    if (parts.length === 1) return prev(method, payload, signal);
    let last;
    for (const [i, text] of parts.entries()) {
      // buttons belong under the last part
      last = await prev(method, { ...p, text, reply_markup: i === parts.length - 1 ? p.reply_markup : undefined } as typeof payload, signal);
    }
    return last!;
  });

  // One chat's updates are handled in order, different chats in parallel (runner).
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  // …and across instances (PostgreSQL): from before the session is read until after it is written
  const chatLock = deps.chatLock;
  if (chatLock) {
    bot.use((ctx, next) => {
      const id = ctx.chat?.id ?? ctx.from?.id;
      return id === undefined ? next() : chatLock.run(id, next);
    });
  }

  // One log line per update: its kind, outcome and time; never the text or who sent it.
  bot.use(async (ctx, next) => {
    const started = performance.now();
    ctx.log = logger;
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      const kind = Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
      logger.info({ update: ctx.update.update_id, kind, chat_type: ctx.chat?.type, outcome: failed ? "error" : ctx.outcome ?? "ignored", ms: Math.round((performance.now() - started) * 10) / 10 }, "update");
    }
  });

  const safe = bot.errorBoundary(async (err) => {
    const ctx = err.ctx;
    ctx.outcome = "error";
    logger.error({ update: ctx.update.update_id, err: { name: (err.error as Error)?.name, message: (err.error as Error)?.message, stack: (err.error as Error)?.stack } }, "handler failed");
    if (!ctx.chat) return;
    try {
      await ctx.reply(ctx.t ? ctx.t("error-apology") : "Maaf, terjadi gangguan. Silakan coba lagi atau hubungi call center 175.");
    } catch (replyError) {
      logger.warn({ err: (replyError as Error).message }, "could not send apology");
    }
  });

  safe.use(
    session<SessionData, BaseContext>({
      initial: () => ({}),
      storage: skipUnchangedWrites(deps.sessionStorage ?? new MemorySessionStorage<SessionData>()),
      getSessionKey: chatKey,
    }),
  );
  const i18n = createI18n(config.DEFAULT_LANGUAGE);
  safe.use(i18n);
  // A flood from one user is answered once, politely, then ignored until it stops.
  const warned = new Map<number, number>();
  if (config.RATE_LIMIT > 0) safe.use(
    limit<BaseContext, never>({
      timeFrame: RATE_WINDOW_MS,
      limit: config.RATE_LIMIT,
      keyGenerator: (ctx) => ctx.from?.id.toString(),
      onLimitExceeded: async (ctx) => {
        const id = ctx.from!.id;
        if (Date.now() - (warned.get(id) ?? 0) < RATE_WINDOW_MS * 5) return;
        warned.set(id, Date.now());
        if (warned.size > 10_000) warned.clear();
        ctx.outcome = "rate_limited";
        if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("rate-limited") }).catch(() => undefined);
        else if (ctx.chat?.type === "private") await ctx.reply(ctx.t("rate-limited")).catch(() => undefined);
      },
    }),
  );
  safe.use(groupFilter);
  for (const mw of deps.middleware ?? []) safe.use(mw);

  const withChat = safe.filter((ctx) => ctx.chat !== undefined);
  // Conversation state lives inside the chat's session row: one read and at most one write per update.
  withChat.use(
    conversations<BaseContext, BotContext>({
      storage: {
        type: "context",
        version: CONVERSATION_VERSION,
        adapter: {
          read: (ctx) => ctx.session?.conversation as VersionedState<ConversationData> | undefined,
          // what people typed into a form is stored with its identity numbers hidden
          write: (ctx, state) => {
            if (ctx.session) ctx.session.conversation = formStateToStore(state, PUBLISHED_FORMS);
          },
          delete: (ctx) => {
            if (ctx.session) delete ctx.session.conversation;
          },
        },
      },
    }),
  );

  // Cancel sits after conversations() and before any createConversation, so it always wins.
  // With no form open (an old Cancel button under a form already sent) nothing is cancelled, and
  // what that form sent stays stored: the user is told so, and where to see and remove it.
  const cancel = async (ctx: BotContext) => {
    const open = Object.keys(ctx.conversation.active());
    await ctx.conversation.exitAll();
    ctx.outcome = "cancelled";
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    // an event form's draft is kept until the officer's next one, but nobody has been told of it
    const key = open.length === 0 ? "flow-cancel-no-form" : open.includes(NEW_EVENT_ID) ? "flow-cancelled-event" : "flow-cancelled";
    await ctx.reply(ctx.t(key), { reply_markup: { remove_keyboard: true } });
  };
  withChat.command(["batal", "cancel"], cancel);
  withChat.callbackQuery(CANCEL_DATA, cancel);
  withChat.hears([i18n.t("id", "flow-cancel-button"), i18n.t("en", "flow-cancel-button")], cancel);
  // "batal" typed inside a form cancels it rather than being read as the answer ("batal" → Bali);
  // with no form open the word is left to the rest of the bot
  withChat.hears(CANCEL_WORDS, async (ctx, next) => (hasOpenForm(ctx) ? cancel(ctx) : next()));
  withChat.use(tellWhenFormLeft);

  const env: FeatureEnv = { config, deps, actions, i18n };
  // Features first: their createConversation calls must run before any handler enters a conversation.
  for (const feature of deps.features ?? []) withChat.use(feature(env));
  withChat.use(startFeature(actions));
  withChat.use(
    answerFeature({
      knowledge: deps.knowledge,
      search: deps.search,
      actions,
      observer: deps.observer,
      unanswered: deps.unanswered,
      preAnswer: deps.preAnswer,
      recentTopics: deps.recentTopics ?? new RecentTopics(),
    }),
  );

  // Nothing above handled it.
  safe.on("callback_query:data", async (ctx) => {
    ctx.outcome = "stale_button";
    await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
  });
  safe.on("message", async (ctx) => {
    if (ctx.chat.type !== "private") return;
    const isCommand = ctx.message.entities?.some((e) => e.type === "bot_command" && e.offset === 0);
    ctx.outcome = isCommand ? "unknown_command" : "unsupported";
    await ctx.reply(ctx.t(isCommand ? "unknown-command" : "unsupported-message"));
  });

  return bot;
}
