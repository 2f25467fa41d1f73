/**
 * "When the bot does not know", the user's and the officer's side:
 * - 👍/👎 under every answer (fb:1:<id> / fb:0:<id>): stored per entry with the user_ref,
 *   the buttons removed after one vote; 👎 asks (optionally) what was missing, stored as the
 *   vote's comment and as an unanswered question (reason "downvoted").
 * - after a decline: "Beri tahu saya kalau sudah ada jawabannya?" (notify consent, then the
 *   province, optional, for that province's officers to read the question) and "Tanya petugas"
 *   (the tickets feature).
 * - /pertanyaan (officers): the week's top groups of similar unanswered questions, each with
 *   "Tautkan" (link to an entry; notifies who asked to be notified) and "Selesai". A province
 *   officer sees and acts on only their province's groups (see groupsOutside in feedback/store).
 *   The notices go through the broadcast queue, queued with the group's closing (closeGroup); the
 *   officer is told they are scheduled and gets a status message the worker keeps up to date.
 */
import { Composer, InlineKeyboard, type Context } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Kysely } from "kysely";
import type { BaseContext, BotContext, Language, SessionData } from "../../context";
import type { Feature } from "../../create-bot";
import type { UnansweredRecorder } from "../answer";
import type { KnowledgeBase } from "../../../knowledge/load";
import type { KnowledgeSearch } from "../../../knowledge/search";
import type { KnowledgeEntry } from "../../../knowledge/schema";
import type { Database } from "../../../store/schema";
import { escapeHtml } from "../../html";
import { asks, dataOf, formOptions, waitForAnswer, withoutLeadingFiller, type Conv, type Translate } from "../../conversation-kit";
import { broadcastProgress, personalMessage, setStatusMessage, type BroadcastButton } from "../../../broadcast/queue";
import { renderBroadcastStatus } from "../officers/broadcast-status";
import { askProvince, provinceName, provinceReaders } from "../tickets";
import { logAudit } from "../../../store/repos/audit";
import {
  countInSharedGroups, countOpenGroups, createUnansweredRecorder, groupForAction, latestDeclinedOf, linkGroup, paraphraseSuggestions, recordVote,
  MAX_COMMENT, QUESTION_RETENTION_MONTHS, requestNotify, resolveGroup, setQuestionProvince, setVoteComment, topGroups, type GroupRefusal, type Notification,
  type QueuedNotices, type QuestionScope,
} from "../../../feedback/store";
import type { Regions } from "../../../regions";
import { officerRole } from "../../../officers/roles";
import { officerOnly } from "./guard";
import { hasActiveConsent } from "../../../store/repos/consents";
import { maskIdentityNumbers } from "../../../feedback/identity-numbers";
import { readsAsNewQuestion } from "../../../knowledge/intents";

export { createUnansweredRecorder } from "../../../feedback/store";

export const COMMENT_CONVERSATION = "fb-comment";
export const LINK_CONVERSATION = "fb-link";
/** After "Beri tahu saya": the province, optional, for its officers to read the question. */
export const NOTIFY_PROVINCE_CONVERSATION = "fb-notify-province";
const NOTIFY_SKIP_DATA = "fbp:skip";
/** Callback data of the "Tanya petugas" button (handled by the tickets feature). */
export const ASK_OFFICER_DATA = "tk:ask";
const SKIP_DATA = "fbc:skip";
/** Groups shown per page of /pertanyaan. */
const GROUPS_PAGE = 5;
/** "Berikutnya" / "Sebelumnya" in /pertanyaan: `fbg:p:<offset>` (at most 10 bytes). */
const PAGE_DATA = "fbg:p:";
const PAGE_RE = /^fbg:p:(\d{1,4})$/;
/** A group's buttons, by the id of its newest question: link, close, close confirmed (`fbg:rc:<id>`, at most 23 bytes). */
const GROUP_ACTION_RE = /^fbg:(l|r|rc):(\d{1,16})$/;
/** Messages whose vote is remembered per chat (a second press on the same message is ignored). */
const VOTED_MEMORY = 30;

export interface FeedbackDeps {
  db: Kysely<Database>;
  /** Where downvote comments go as unanswered questions; default: env.deps.unanswered, else the database recorder. */
  unanswered?: UnansweredRecorder;
  /** Offer "Tanya petugas" after a decline (needs ticketsFeature). Default true. */
  askOfficerButton?: boolean;
  /**
   * Province names for the scope in /pertanyaan's header (the code is shown without it), and the
   * province asked after "Beri tahu saya" (not asked without it).
   */
  regions?: Pick<Regions, "get" | "provinceAndRegency" | "findProvinceOrRegency">;
}

/** Why an action on a group is refused: GroupRefusal, or the caller is no longer an officer. */
type Refusal = GroupRefusal | "not_officer";
const REFUSAL_TEXT: Record<Refusal, string> = {
  gone: "fb-group-gone",
  closed: "fb-group-closed",
  out_of_scope: "fb-group-out-of-scope",
  not_officer: "fb-only-officers",
};

type FeedbackSession = SessionData & {
  fbVoted?: number[];
  /** The day (UTC, YYYY-MM-DD) the user was last told in full that a question the bot could not answer is kept, for whom and how long. */
  fbKeptToldOn?: string;
};

/**
 * The language the bot speaks to the user, by the rule of the answer path (the i18n locale: chosen
 * with /bahasa, else the one they write in, else the phone's): a 👎 under an English answer is
 * followed up in English.
 */
const languageOf = async (ctx: BotContext): Promise<Language> => ((await ctx.i18n.getLocale()) === "en" ? "en" : "id");

export function feedbackFeature(deps: FeedbackDeps): Feature {
  return (env) => {
    const { db } = deps;
    const { knowledge, search } = env.deps;
    const ownerIds = env.config.OWNER_IDS;
    const recorder: UnansweredRecorder = deps.unanswered ?? env.deps.unanswered ?? createUnansweredRecorder(db, search.normalizer);
    const composer = new Composer<BotContext>();

    composer.use(createConversation(commentConversation(db, recorder, env.i18n), formOptions(COMMENT_CONVERSATION)));
    composer.use(createConversation(linkConversation(db, ownerIds, knowledge, search, env.i18n, recorder), formOptions(LINK_CONVERSATION, "officer")));
    const regions = deps.regions;
    if (regions) {
      // a question typed where the province is asked leaves the step and is answered; the request to be
      // told stands (only the province is not noted), which is said in place of the general "form
      // stopped, nothing kept" note that would make the asker think it was dropped (create-bot leaves it quietly)
      composer.use(async (ctx, next) => {
        const asking = ctx.conversation.active()[NOTIFY_PROVINCE_CONVERSATION] !== undefined;
        await next();
        if (!asking || ctx.conversation.active()[NOTIFY_PROVINCE_CONVERSATION] !== undefined || !ctx.answeredAsQuestion) return;
        await ctx.reply(ctx.t("fb-notify-kept-without-province"));
      });
      composer.use(createConversation(notifyProvinceConversation(db, regions, env.i18n), formOptions(NOTIFY_PROVINCE_CONVERSATION)));
    }

    // ---- votes ----
    composer.callbackQuery(/^fb:([01]):([a-z0-9-]+)$/, async (ctx) => {
      const helpful = ctx.match[1] === "1";
      const entryId = ctx.match[2]!;
      if (ctx.chat?.type !== "private") {
        // answers in groups carry no vote buttons; one from before that is simply let go
        ctx.outcome = "stale_button";
        await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
        return;
      }
      const session = ctx.session as FeedbackSession;
      const messageId = ctx.callbackQuery.message?.message_id;
      if (messageId !== undefined && session.fbVoted?.includes(messageId)) {
        ctx.outcome = "feedback_repeat";
        await ctx.answerCallbackQuery({ text: ctx.t("fb-already") });
        await removeVoteButtons(ctx);
        return;
      }
      if (!knowledge.byId.has(entryId)) {
        ctx.outcome = "stale_button";
        await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
        return;
      }
      const feedbackId = await recordVote(db, ctx.chat!.id, entryId, helpful);
      if (messageId !== undefined) session.fbVoted = [...(session.fbVoted ?? []), messageId].slice(-VOTED_MEMORY);
      ctx.outcome = helpful ? "feedback_up" : "feedback_down";
      await ctx.answerCallbackQuery({ text: ctx.t("fb-thanks") });
      await removeVoteButtons(ctx);
      if (!helpful) await ctx.conversation.enter(COMMENT_CONVERSATION, feedbackId, entryId, await languageOf(ctx));
    });

    // ---- after a decline: offer notification and "Tanya petugas" ----
    const offerAfterDecline = async (ctx: BotContext) => {
      if (ctx.chat?.type !== "private") return;
      // the question was just recorded by the answer feature; look it up only when it did not say which
      const recordedId = ctx.recordedUnansweredId;
      const row = recordedId !== undefined ? { id: recordedId } : await latestDeclinedOf(db, ctx.chat.id);
      const keyboard = new InlineKeyboard();
      if (row) keyboard.text(ctx.t("fb-notify-button"), `fbn:${row.id}`);
      if (deps.askOfficerButton !== false) keyboard.text(ctx.t("tk-ask-button"), ASK_OFFICER_DATA);
      if (keyboard.inline_keyboard.flat().length === 0) return;
      // who keeps the question, why and how long is said in full once a day; after that a line still says it is kept
      const session = ctx.session as FeedbackSession;
      const today = new Date().toISOString().slice(0, 10);
      const toldToday = session.fbKeptToldOn === today;
      if (row && !toldToday) session.fbKeptToldOn = today;
      const offer = !row ? ctx.t("tk-offer") : toldToday ? ctx.t("fb-notify-offer-again") : ctx.t("fb-notify-offer", { months: QUESTION_RETENTION_MONTHS });
      await ctx.reply(offer, { reply_markup: keyboard });
    };
    composer.on("message:text", async (ctx, next) => {
      await next();
      if (ctx.outcome === "decline") await offerAfterDecline(ctx);
    });
    composer.callbackQuery("kb:none", async (ctx, next) => {
      await next();
      if (ctx.outcome === "clarify_none") await offerAfterDecline(ctx);
    });

    composer.callbackQuery(/^fbn:(\d+)$/, async (ctx) => {
      const ok = await requestNotify(db, ctx.chat!.id, Number(ctx.match[1]));
      ctx.outcome = ok ? "notify_requested" : "notify_gone";
      // the promise is said once, in the chat where it stays; only a refusal is a toast
      await ctx.answerCallbackQuery(ok ? undefined : { text: ctx.t("fb-notify-gone") });
      await keepOnly(ctx, (data) => !data.startsWith("fbn:"));
      if (!ok) return;
      await ctx.reply(ctx.t("fb-notify-ok"));
      if (regions) await ctx.conversation.enter(NOTIFY_PROVINCE_CONVERSATION, Number(ctx.match[1]), await languageOf(ctx));
    });

    // ---- officers: /pertanyaan ----
    /** One page of the open groups, numbered across pages; the paraphrase suggestions come on the first only. */
    const groupsPage = async (ctx: BotContext, requested: number, scope: QuestionScope) => {
      const total = await countOpenGroups(db, { days: 7, scope });
      // a page emptied by groups closed since it was offered shows the last one that still has groups
      const offset = Math.min(requested, Math.max(0, Math.ceil(total.groups / GROUPS_PAGE) - 1) * GROUPS_PAGE);
      const groups = await topGroups(db, { days: 7, limit: GROUPS_PAGE, offset, scope });
      const suggestions = offset === 0 ? await paraphraseSuggestions(db, { days: 7, scope }) : [];
      const language = await languageOf(ctx);
      const province = scope === null ? "" : escapeHtml(deps.regions?.get(scope)?.name ?? scope);
      const lines: string[] = [];
      const keyboard = new InlineKeyboard();
      // the province's questions in groups shared with other provinces are not listed here: said, with who has them
      const shared = scope === null || offset > 0 ? 0 : await countInSharedGroups(db, scope, { days: 7 });
      if (groups.length === 0) {
        if (scope === null) lines.push(ctx.t("fb-groups-empty"));
        else lines.push(shared > 0 ? ctx.t("fb-groups-empty-province-shared", { province, n: shared }) : ctx.t("fb-groups-empty-province", { province }));
      } else {
        lines.push(scope === null ? ctx.t("fb-groups-title") : ctx.t("fb-groups-title-province", { province }));
        lines.push(ctx.t("fb-groups-count", { groups: total.groups, questions: total.questions, from: offset + 1, to: offset + groups.length }), "");
        groups.forEach((g, i) => {
          const n = offset + i + 1;
          const line = ctx.t("fb-group-line", { n, people: g.people, sample: escapeHtml(short(maskIdentityNumbers(g.sample), 140)) });
          lines.push(g.waiting > 0 ? `${line} ${ctx.t("fb-group-waiting", { waiting: g.waiting })}` : line);
          keyboard.text(ctx.t("fb-link-button", { n }), `fbg:l:${g.handleId}`).text(ctx.t("fb-resolve-button", { n }), `fbg:r:${g.handleId}`).row();
        });
        if (offset > 0) keyboard.text(ctx.t("fb-page-previous"), `${PAGE_DATA}${offset - GROUPS_PAGE}`);
        if (offset + groups.length < total.groups) keyboard.text(ctx.t("fb-page-next"), `${PAGE_DATA}${offset + GROUPS_PAGE}`);
        if (shared > 0) lines.push("", ctx.t("fb-groups-shared", { province, n: shared }));
      }
      if (suggestions.length > 0) {
        lines.push("", ctx.t("fb-suggestions-title"));
        for (const s of suggestions) {
          const entry = knowledge.byId.get(s.entryId);
          lines.push(ctx.t("fb-suggestion-line", { entry: escapeHtml(entry ? entryLabel(entry, language) : s.entryId), wordings: s.wordings.map((w) => `«${escapeHtml(short(maskIdentityNumbers(w), 80))}»`).join(", ") }));
        }
      }
      return { text: lines.join("\n"), keyboard: groups.length > 0 ? keyboard : undefined, offset };
    };

    composer.command("pertanyaan", async (ctx) => {
      const role = await officerOnly(ctx, db, ownerIds, "unanswered_list");
      if (!role) return;
      ctx.outcome = "unanswered_list";
      await logAudit(db, role.userId, "unanswered_list", {});
      const page = await groupsPage(ctx, 0, role.provinceCode);
      await ctx.reply(page.text, { parse_mode: "HTML", reply_markup: page.keyboard });
    });

    // "Berikutnya ▶" / "◀ Sebelumnya": the page's offset, a multiple of the page size (fbg:p:<offset>)
    composer.callbackQuery(PAGE_RE, async (ctx) => {
      const role = await officerOnly(ctx, db, ownerIds, "unanswered_list");
      if (!role) return;
      const requested = Number(ctx.match[1]);
      if (requested % GROUPS_PAGE !== 0) {
        ctx.outcome = "stale_button";
        await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
        return;
      }
      const page = await groupsPage(ctx, requested, role.provinceCode);
      await logAudit(db, role.userId, "unanswered_list", { offset: page.offset });
      ctx.outcome = "unanswered_list";
      await ctx.answerCallbackQuery();
      const options = { parse_mode: "HTML" as const, reply_markup: page.keyboard };
      // edited in place; a message too old to edit gets the page as a new one
      await ctx.editMessageText(page.text, options).catch(async (error: unknown) => {
        if (!String((error as Error)?.message ?? "").includes("not modified")) await ctx.reply(page.text, options);
      });
    });

    /**
     * A group closed without an answer: whoever asked to be told hears that no answer was
     * added, and where to ask instead (call center 175, an officer). Queued with the closing,
     * which clears their chat id and spends the consent; the worker sends it.
     */
    const noAnswerNotices = (officerId: number): QueuedNotices =>
      queuedNotices(env.i18n, officerId, (n, language) => ({
        text: env.i18n.t(language, "fb-closed-unanswered", { question: escapeHtml(short(n.text, 200)) }),
        buttons: deps.askOfficerButton !== false ? [[{ label: env.i18n.t(language, "tk-ask-button"), data: ASK_OFFICER_DATA }]] : undefined,
      }));

    composer.callbackQuery(GROUP_ACTION_RE, async (ctx) => {
      const action = ctx.match[1] as "l" | "r" | "rc";
      const role = await officerOnly(ctx, db, ownerIds, action === "l" ? "unanswered_link" : "unanswered_resolve");
      if (!role) return;
      const questionId = Number(ctx.match[2]);
      const refuse = async (refusal: Refusal) => {
        ctx.outcome = "unanswered_refused";
        await ctx.answerCallbackQuery({ text: ctx.t(REFUSAL_TEXT[refusal]), show_alert: true });
      };
      // a closed group, or one with questions from outside the officer's provinces, is not theirs to act on
      const access = await groupForAction(db, questionId, role.provinceCode);
      if ("refused" in access) {
        await refuse(access.refused);
        return;
      }
      if (action === "l") {
        await ctx.answerCallbackQuery();
        // "Tautkan" pressed on the close question instead: its buttons are spent
        if (isResolveConfirmation(ctx)) await dropMarkup(ctx);
        ctx.outcome = "unanswered_link_prompt";
        await ctx.conversation.enter(LINK_CONVERSATION, questionId, await languageOf(ctx));
        return;
      }
      if (action === "r") {
        // people who pressed "Beri tahu saya" are waiting: the officer learns how many, and that
        // closing tells them there is no answer, before anything is closed
        const waiting = await notifyCount(db, access.groupKey);
        if (waiting > 0) {
          ctx.outcome = "unanswered_resolve_confirm";
          await ctx.answerCallbackQuery();
          await ctx.reply(ctx.t("fb-resolve-confirm", { waiting }), {
            parse_mode: "HTML",
            reply_markup: new InlineKeyboard()
              .text(ctx.t("fb-resolve-confirm-yes"), `fbg:rc:${questionId}`)
              .row()
              .text(ctx.t("fb-resolve-confirm-link"), `fbg:l:${questionId}`),
          });
          return;
        }
      }
      if (action === "rc") await dropMarkup(ctx);
      const result = await resolveGroup(db, questionId, role.provinceCode, noAnswerNotices(role.userId));
      // changed since the check above (closed or joined by another province's question meanwhile)
      if (result.refused) {
        await refuse(result.refused);
        return;
      }
      recorder.groupsChanged?.();
      await logAudit(db, role.userId, "unanswered_resolved", { question_id: questionId, count: result.resolved, scheduled: result.notify.length, broadcast_id: result.broadcastId ?? null });
      ctx.outcome = "unanswered_resolved";
      await ctx.answerCallbackQuery({ text: ctx.t("fb-resolved", { count: result.resolved }) });
      const lines = [ctx.t("fb-resolved", { count: result.resolved })];
      // queued, not yet sent: said as such, and the status message shows the sending
      if (result.notify.length > 0) lines.push(ctx.t("fb-resolved-scheduled", { scheduled: result.notify.length }));
      await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
      if (result.broadcastId !== undefined) await showNoticeStatus(ctx, { db, broadcastId: result.broadcastId, t: ctx.t.bind(ctx), external: (fn) => fn() });
    });

    return composer;
  };
}

/**
 * 👎 follow-up: the next text message is the comment; "Lewati" skips; anything else leaves quietly.
 * A new question typed instead ("kl telat bayar gimana": people often press 👎 and ask again) is not
 * kept as a comment: it goes on to be answered like any question (the 👎 itself stays recorded).
 */
function commentConversation(db: Kysely<Database>, recorder: UnansweredRecorder, i18n: I18n<BaseContext>) {
  return async function comment(conversation: Conv, ctx: Context, feedbackId: number, entryId: string, language: Language) {
    const t: Translate = (key, vars) => i18n.t(language, key, vars);
    // a comment longer than is kept is not cut without a word
    const cutNote = (text: string) => (text.length > MAX_COMMENT ? `\n${t("fb-comment-cut", { max: MAX_COMMENT })}` : "");
    const chatId = ctx.chat!.id;
    const asked = await ctx.reply(t("fb-ask-missing"), { parse_mode: "HTML", reply_markup: new InlineKeyboard().text(t("fb-skip-button"), SKIP_DATA) });
    const answer = await conversation.wait();
    if (answer.callbackQuery?.data === SKIP_DATA) {
      await answer.answerCallbackQuery();
      await answer.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
      await answer.reply(t("fb-comment-skipped"));
      return;
    }
    const text = answer.message?.text?.trim();
    if (text && !text.startsWith("/") && readsAsNewQuestion(text)) {
      // the "Lewati" button under the prompt no longer applies
      await answer.api.editMessageReplyMarkup(chatId, asked.message_id, { reply_markup: undefined }).catch(() => undefined);
      await conversation.halt({ next: true });
    }
    if (!text || text.startsWith("/")) await conversation.halt({ next: true });
    // "jawabannya kurang jelas, sy kontrak pkwt abis kontrak dapet jkp ga": kept as the vote's comment
    // (the message whole, so officers read what the comment was about), and the question in it is
    // then answered as any question is
    if (commentAndQuestion(text!)) {
      await conversation.external(async () => {
        await setVoteComment(db, chatId, feedbackId, text!);
        await recorder.recordUnanswered({ chatId, text: text!, language, reason: "downvoted", entryId });
      });
      await answer.api.editMessageReplyMarkup(chatId, asked.message_id, { reply_markup: undefined }).catch(() => undefined);
      await answer.reply(`${t("fb-comment-and-question")}${cutNote(text!)}`);
      await conversation.halt({ next: true });
    }
    await conversation.external(async () => {
      await setVoteComment(db, chatId, feedbackId, text!);
      await recorder.recordUnanswered({ chatId, text: text!, language, reason: "downvoted", entryId });
    });
    await answer.reply(`${t("fb-comment-thanks")}${cutNote(text!)}`);
  };
}

/**
 * A comment on the answer followed by a new question, in one message ("jawabannya kurang jelas, sy
 * kontrak pkwt abis kontrak dapet jkp ga", "kurang lengkap. kalau phk gimana?"): the two parts, split
 * at the first comma, full stop or "tapi"; undefined when the message is one or the other.
 */
export function commentAndQuestion(text: string): { comment: string; question: string } | undefined {
  const m = /^(.+?)(?:[,.;!]+\s*|\s+-\s+|\s+(?:tapi|tp|trus|terus|lalu|soalnya)\s+)(.+)$/is.exec(text.trim());
  if (!m) return undefined;
  const comment = m[1]!.trim();
  const question = withoutLeadingFiller(m[2]!.trim());
  if (question.split(/\s+/).length < 3 || readsAsNewQuestion(comment)) return undefined;
  return readsAsNewQuestion(question) || asks(question) ? { comment, question } : undefined;
}

/** Buttons naming knowledge entries: `fbe:<entry id>` (ids are at most ~45 bytes, well within 64). */
const ENTRY_DATA = "fbe:";
/** How many matches are offered to pick from. */
const ENTRY_CHOICES = 5;

/** The entry's button text in the officer's language (its label, else its first question). */
function entryLabel(entry: KnowledgeEntry, language: Language): string {
  return short((language === "en" ? entry.labelEn : undefined) ?? entry.label ?? entry.questions[0] ?? entry.id, 60);
}

function entryKeyboard(entries: readonly KnowledgeEntry[], language: Language): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const e of entries) kb.text(entryLabel(e, language), `${ENTRY_DATA}${e.id}`).row();
  return kb;
}

/**
 * "Tautkan": the officer picks the answer for a group of questions from the knowledge
 * search's best matches for it, or types words to search again (an entry id still works).
 * Linking tells the citizens who asked at once and cannot be undone, so the choice is
 * confirmed first, naming the answer and how many will be told. Only the latest list's
 * buttons count: a search that finds nothing takes the previous buttons away, and an older
 * message's button is refused as out of date. Then the group is linked, whoever agreed is
 * notified, and it is audited.
 */
function linkConversation(
  db: Kysely<Database>,
  ownerIds: readonly number[],
  knowledge: KnowledgeBase,
  search: KnowledgeSearch,
  i18n: I18n<BaseContext>,
  recorder: UnansweredRecorder,
) {
  const matches = (text: string) => search.search(text).candidates.slice(0, ENTRY_CHOICES).map((c) => c.entry);
  return async function link(conversation: Conv, ctx: Context, questionId: number, language: Language) {
    const t: Translate = (key, vars) => i18n.t(language, key, vars);
    const officerId = ctx.from!.id;
    // the role is read again at each step that touches the group: it may change while the form is open
    const scopeNow = async (): Promise<QuestionScope | undefined> => (await officerRole(db, ownerIds, officerId))?.provinceCode;
    const group = await conversation.external(async (): Promise<{ key: string; sample: string } | { refused: Refusal }> => {
      const scope = await scopeNow();
      if (scope === undefined) return { refused: "not_officer" };
      const access = await groupForAction(db, questionId, scope);
      return "refused" in access ? access : { key: access.groupKey, sample: access.sample };
    });
    if ("refused" in group) {
      await ctx.reply(t(REFUSAL_TEXT[group.refused]));
      return;
    }
    const suggested = matches(group.sample);
    /** The message whose buttons are the current choices, and those choices. */
    let offer: { messageId?: number; entries: string[] } = { entries: suggested.map((e) => e.id) };
    /** The latest list offered, shown again after "Pilih jawaban lain". */
    let choices: KnowledgeEntry[] = suggested;
    const prompt = await ctx.reply(
      t(suggested.length > 0 ? "fb-link-ask" : "fb-link-ask-search", { sample: escapeHtml(short(maskIdentityNumbers(group.sample), 140)) }),
      { parse_mode: "HTML", reply_markup: suggested.length > 0 ? entryKeyboard(suggested, language) : undefined },
    );
    if (suggested.length > 0) offer.messageId = prompt.message_id;
    const dropButtons = async (c: Context, messageId: number | undefined) => {
      if (messageId !== undefined) await c.api.editMessageReplyMarkup(c.chat!.id, messageId, { reply_markup: undefined }).catch(() => undefined);
    };

    let entryId: string | undefined;
    for (;;) {
      const c = await waitForAnswer(conversation);
      if (c.callbackQuery) await c.answerCallbackQuery().catch(() => undefined);
      const picked = dataOf(c, ENTRY_DATA);
      const confirm = dataOf(c, CONFIRM_DATA);
      if (confirm !== undefined) {
        // a confirmation press counts only for the answer it was asked about
        if (entryId !== undefined && c.callbackQuery?.message?.message_id === offer.messageId) {
          await dropButtons(c, offer.messageId);
          if (confirm === "yes") break;
          entryId = undefined;
          const again = await c.reply(t("fb-link-hint"), { parse_mode: "HTML", reply_markup: choices.length > 0 ? entryKeyboard(choices, language) : undefined });
          offer = choices.length > 0 ? { messageId: again.message_id, entries: choices.map((e) => e.id) } : { entries: [] };
          continue;
        }
        await c.reply(t("fb-link-stale"), { parse_mode: "HTML" });
        continue;
      }
      let chosen: string | undefined;
      if (picked !== undefined) {
        if (!knowledge.byId.has(picked)) {
          await c.reply(t("fb-link-hint"), { parse_mode: "HTML" });
          continue;
        }
        if (!offer.entries.includes(picked) || c.callbackQuery?.message?.message_id !== offer.messageId) {
          await dropButtons(c, c.callbackQuery?.message?.message_id);
          await c.reply(t("fb-link-stale"), { parse_mode: "HTML" });
          continue;
        }
        chosen = picked;
      } else {
        const typed = c.message?.text?.trim();
        if (!typed) {
          await c.reply(t("fb-link-hint"), { parse_mode: "HTML" });
          continue;
        }
        if (knowledge.byId.has(typed.toLowerCase())) chosen = typed.toLowerCase();
        else {
          const found = matches(typed);
          await dropButtons(c, offer.messageId);
          entryId = undefined;
          choices = found;
          if (found.length === 0) {
            offer = { entries: [] };
            await c.reply(t("fb-link-none", { query: escapeHtml(short(typed, 60)) }), { parse_mode: "HTML" });
            continue;
          }
          const results = await c.reply(t("fb-link-results", { query: escapeHtml(short(typed, 60)) }), { parse_mode: "HTML", reply_markup: entryKeyboard(found, language) });
          offer = { messageId: results.message_id, entries: found.map((e) => e.id) };
          continue;
        }
      }
      // the list's buttons are spent; the confirmation's buttons are now the only valid ones
      await dropButtons(c, offer.messageId);
      entryId = chosen;
      const notify = await conversation.external(() => notifyCount(db, group.key));
      const confirmation = await c.reply(t("fb-link-confirm", { entry: escapeHtml(entryLabel(knowledge.byId.get(chosen)!, language)), notify }), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(t("fb-link-confirm-yes"), `${CONFIRM_DATA}yes`).row().text(t("fb-link-confirm-other"), `${CONFIRM_DATA}other`),
      });
      offer = { messageId: confirmation.message_id, entries: [] };
    }
    const confirmed = entryId!;
    const entry = knowledge.byId.get(confirmed)!;
    // each waiting asker gets the answer in their language, under their own question
    const answerNotices = queuedNotices(i18n, officerId, (n, lang) => ({
      text: i18n.t(lang, "fb-notified", {
        question: escapeHtml(short(n.text, 200)),
        answer: lang === "en" && entry.answerEn ? entry.answerEn : entry.answer,
        sources: escapeHtml(entry.sources.join("; ")),
      }),
    }));
    const result = await conversation.external(async (): Promise<{ linked: number; scheduled: number; broadcastId?: number; refused?: Refusal }> => {
      const scope = await scopeNow();
      if (scope === undefined) return { linked: 0, scheduled: 0, refused: "not_officer" };
      const r = await linkGroup(db, questionId, confirmed, scope, answerNotices);
      if (r.refused) return { linked: 0, scheduled: 0, refused: r.refused };
      recorder.groupsChanged?.();
      await logAudit(db, officerId, "unanswered_linked", { question_id: questionId, entry_id: confirmed, count: r.linked, scheduled: r.notify.length, broadcast_id: r.broadcastId ?? null });
      return { linked: r.linked, scheduled: r.notify.length, broadcastId: r.broadcastId };
    });
    if (result.refused) {
      await ctx.reply(t(REFUSAL_TEXT[result.refused]));
      return;
    }
    await ctx.reply(t("fb-linked", { entry: escapeHtml(entryLabel(entry, language)), count: result.linked, scheduled: result.scheduled }), { parse_mode: "HTML" });
    if (result.broadcastId !== undefined) {
      await showNoticeStatus(ctx, { db, broadcastId: result.broadcastId, t, external: (fn) => conversation.external(fn) });
    }
  };
}

/** The notices of a group closed by `officerId`: each waiting asker's own wording, in their language. */
function queuedNotices(
  i18n: I18n<BaseContext>,
  officerId: number,
  wording: (n: Notification, language: Language) => { text: string; buttons?: BroadcastButton[][] },
): QueuedNotices {
  return {
    createdBy: officerId,
    message: (waiting) =>
      personalMessage(
        // names nobody, and reaches nobody: every recipient has their own wording
        { text: i18n.t("id", "fb-notice-generic"), parseMode: "HTML", disableLinkPreview: true },
        waiting.map((n) => ({ chatId: n.chatId, ...wording(n, n.language === "en" ? "en" : "id") })),
      ),
  };
}

/**
 * The officer's status message for queued notices, as for an announcement: the worker edits it
 * as they go out (broadcastStatusUpdater). Figures that moved before it was registered (a fast
 * worker) are put in at once, so it never stays behind.
 */
async function showNoticeStatus(
  ctx: Context,
  o: { db: Kysely<Database>; broadcastId: number; t: Translate; external: <T>(fn: () => Promise<T>) => Promise<T> },
): Promise<void> {
  const render = async () => {
    const progress = await broadcastProgress(o.db, o.broadcastId);
    return progress ? renderBroadcastStatus(o.broadcastId, progress, o.t) : undefined;
  };
  const first = await o.external(render);
  if (first === undefined) return;
  const status = await ctx.reply(first, { parse_mode: "HTML" });
  const now = await o.external(async () => {
    await setStatusMessage(o.db, o.broadcastId, status.chat.id, status.message_id);
    return render();
  });
  if (now !== undefined && now !== first) await ctx.api.editMessageText(status.chat.id, status.message_id, now, { parse_mode: "HTML" }).catch(() => undefined);
}

/**
 * After "Beri tahu saya": the asker's province, optional ("Lewati"), asked with what it is for —
 * the question goes to that province's officers too. Only the answer given here sets it: never
 * a province given for a subscription or lead, whose consent named another purpose.
 */
function notifyProvinceConversation(
  db: Kysely<Database>,
  regions: Pick<Regions, "get" | "provinceAndRegency" | "findProvinceOrRegency">,
  i18n: I18n<BaseContext>,
) {
  return async function notifyProvince(conversation: Conv, ctx: Context, questionId: number, language: Language) {
    const t: Translate = (key, vars) => i18n.t(language, key, vars);
    const chatId = ctx.chat!.id;
    const provinceCode = await askProvince(conversation, ctx, {
      regions,
      t,
      prompt: t("fb-notify-ask-province", { months: QUESTION_RETENTION_MONTHS }),
      keyboard: new InlineKeyboard().text(t("fb-notify-province-skip"), NOTIFY_SKIP_DATA),
      thanksHint: t("fb-notify-province-thanks"),
      skipData: NOTIFY_SKIP_DATA,
      // "Beri tahu saya" under another question: this step ends, and that one is taken up
      intercept: async (c) => {
        if (c.callbackQuery?.data?.startsWith("fbn:")) await conversation.halt({ next: true });
        return false;
      },
    });
    if (provinceCode === null) {
      await ctx.reply(t("fb-notify-province-skipped"));
      return;
    }
    // the question may have been closed (or deleted) meanwhile: then there is nothing to route
    // saved, who reads it: where no officer is registered for the province, the asker is told who does
    const readers = await conversation.external(async () => (await setQuestionProvince(db, chatId, questionId, provinceCode)) && (await provinceReaders(db, provinceCode)));
    await ctx.reply(readers ? t("fb-notify-province-noted", { province: escapeHtml(provinceName(regions, provinceCode)), readers }) : t("fb-notify-gone"), { parse_mode: "HTML" });
  };
}

/** Confirmation buttons of "Tautkan": `fbk:yes` / `fbk:other`. */
const CONFIRM_DATA = "fbk:";

/** How many people linking the group would tell now: as linkGroup counts them, once each and only with an active consent. */
async function notifyCount(db: Kysely<Database>, groupKey: string): Promise<number> {
  const rows = await db
    .selectFrom("unanswered_questions")
    .select("notify_chat_id")
    .distinct()
    .where("group_key", "=", groupKey)
    .where("handled", "=", 0)
    .where("notify_chat_id", "is not", null)
    .execute();
  let n = 0;
  for (const r of rows) if (r.notify_chat_id !== null && (await hasActiveConsent(db, r.notify_chat_id, "notify"))) n++;
  return n;
}

function short(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Whether the pressed button sits on the "close the group?" question (it offers fbg:rc:). */
function isResolveConfirmation(ctx: BotContext): boolean {
  const rows = (ctx.callbackQuery?.message as { reply_markup?: InlineKeyboard } | undefined)?.reply_markup?.inline_keyboard ?? [];
  return rows.flat().some((b) => "callback_data" in b && String(b.callback_data).startsWith("fbg:rc:"));
}

/** Takes the buttons off the pressed message (a spent confirmation). */
async function dropMarkup(ctx: BotContext): Promise<void> {
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
}

/** Removes the 👍/👎 row of the pressed message, keeping its other buttons. */
async function removeVoteButtons(ctx: BotContext): Promise<void> {
  await keepOnly(ctx, (data) => !data.startsWith("fb:"));
}

async function keepOnly(ctx: BotContext, keep: (data: string) => boolean): Promise<void> {
  const message = ctx.callbackQuery?.message;
  if (!message) return;
  const rows = ((message as { reply_markup?: InlineKeyboard }).reply_markup?.inline_keyboard ?? [])
    .map((row) => row.filter((b) => !("callback_data" in b) || keep(String(b.callback_data))))
    .filter((row) => row.length > 0);
  await ctx
    .editMessageReplyMarkup({ reply_markup: rows.length > 0 ? { inline_keyboard: rows } : undefined })
    .catch(() => undefined); // message too old or unchanged: the remembered vote still blocks a second one
}
