/**
 * Free text: routing words first ("mau daftar" → enrollment), then the
 * knowledge search with its three outcomes: answer, clarify, decline.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext, Language } from "../../context";
import type { KnowledgeBase } from "../../../knowledge/load";
import { PROGRAM_TOPICS, type KnowledgeEntry } from "../../../knowledge/schema";
import { searchingOnce, type KnowledgeSearch, type SearchResult } from "../../../knowledge/search";
import { ABOUT_REGISTERING, asksAboutRegulation, detectIntent, employerHasNotRegistered, greetingOf, isThanksAmongOthers, type Intent } from "../../../knowledge/intents";
import { hasEnglishOnly, writtenLanguage } from "../../../knowledge/language";
import { languageFromTelegram } from "../../i18n";
import { RecentPerUser, searchFollowUp, type RecentTopic, type RecentTopics } from "../../../knowledge/follow-up";
import { withRelativeYears } from "../../../knowledge/relative-years";
import { cleanText } from "../../../knowledge/normalize";
import { withoutYearsNotAsked } from "../../../knowledge/years";
import { isStatement, mentionsVillage, situatedSearch, situationFactor, situationIn, withWorkerCounterparts, type Situation } from "../../../knowledge/situation";
import { askingWords } from "../../../knowledge/clauses";
import { asksSomething, searchBySentence } from "../../../knowledge/sentences";
import type { ActionName, ActionRegistry } from "../../actions";
import { contactMeKeyboard, entryLabel, renderAnswer, renderClarify, renderDecline } from "./render";
import { computesBesideRegulation, planQuestions, type QuestionPart, type QuestionPlan } from "./two-questions";
import { withoutIdentityNumbers } from "../../../feedback/identity-numbers";
import { isVillageBudgetCalculation, type CalculationRequest } from "../../../rules/question";

export const MAX_QUESTION_LENGTH = 1000;

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
/** 🙏, 👍 or 👌 alone (any skin tone, repeated): a thank-you, not a question. */
const THANKS_EMOJI = /^(?:[\u{1F64F}\u{1F44D}\u{1F44C}][\u{1F3FB}-\u{1F3FF}\uFE0F]?\s*)+$/u;

export interface AnswerObserver {
  /** Called for every question searched; used by the batch interface and the evaluation. */
  onSearch?(info: { chatId: number; result: SearchResult; matched: string | null }): void;
}

export interface UnansweredRecorder {
  /** Stores the question; resolves to its id. */
  recordUnanswered(q: { chatId: number; text: string; language: Language; reason: "declined" | "downvoted"; entryId?: string }): Promise<number>;
  /** Groups of unanswered questions changed elsewhere (an officer linked or closed one, a user's data was deleted): read them again. */
  groupsChanged?(): void;
}

/** Claims a question before the search by answering it (in `language`, already the context's locale); false leaves it to the search. */
export type PreAnswer = (ctx: BotContext, text: string, language: Language) => Promise<boolean>;

export interface AnswerDeps {
  knowledge: KnowledgeBase;
  search: KnowledgeSearch;
  actions: ActionRegistry;
  observer?: AnswerObserver;
  unanswered?: UnansweredRecorder;
  /** Free-text handlers that may claim a message before the search (e.g. questions carrying numbers), told the language to answer in. */
  preAnswer?: PreAnswer[];
  /** The entry last answered to each user: a short follow-up ("kalau jht?") leans on it. */
  recentTopics?: RecentTopics;
}

/**
 * The knowledge entry a calculation's result is about: a short follow-up to the result ("brp bulan
 * dapetnya" after the JKP benefit, "cara bayarnya gmn" after a BPU contribution) leans on it, as it
 * would on that entry answered. A kind not listed leaves the follow-up to the entry answered before.
 */
export const CALCULATION_TOPICS: Readonly<Partial<Record<CalculationRequest["kind"], string>>> = {
  bpu: "bpu-iuran",
  group: "bpu-iuran",
  wage: "employer-rincian-iuran",
  village: "desa-iuran-aparat-siltap",
  villages: "desa-iuran-aparat-siltap",
  budget_limit: "desa-iuran-aparat-siltap",
  coverage: "desa-iuran-pekerja-rentan",
  jkp: "jkp-manfaat-uang",
  jkk_death: "jkk-meninggal",
  stmb: "jkk-stmb",
  jp_benefit: "jp-rumus",
  jht_tax: "jht-pajak",
  jht_partial: "jht-klaim-sebagian",
  pmi: "pmi-iuran",
  jht: "jht-iuran",
  jkk_disability: "jkk-cacat",
  jkm_death: "jkm-meninggal-sakit",
  late_fee: "employer-batas-bayar",
};

/** What a worker whose employer has not registered them can do (report it): answered before the enrollment interest is offered. */
export const EMPLOYER_DUTY_ENTRY = "employer-lapor-perusahaan";

/** Chat manners answered in a line, never searched nor recorded as unanswered. */
const SHORT_REPLIES: Partial<Record<Intent, string>> = { thanks: "thanks-reply", never_mind: "never-mind-reply", wants_to_ask: "wants-to-ask-reply", agree: "agree-reply" };

const INTENT_ACTIONS: Partial<Record<Intent, ActionName>> = {
  enroll: "join", calculate: "calc", village_budget: "village", events: "events", help: "help", who: "start",
};

/** What each answer feature keeps of a user in memory beside the follow-up memory it was given, by that memory. */
const memoryForgetters = new WeakMap<RecentTopics, ((userId: number) => void)[]>();
function registerForget(recentTopics: RecentTopics, forget: (userId: number) => void): void {
  memoryForgetters.set(recentTopics, [...(memoryForgetters.get(recentTopics) ?? []), forget]);
}

/** Forgets what the answer features sharing `recentTopics` keep of `userId` in memory (/hapusdata). */
export function forgetAnswerMemory(recentTopics: RecentTopics, userId: number): void {
  for (const forget of memoryForgetters.get(recentTopics) ?? []) forget(userId);
}

export function answerFeature(deps: AnswerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { knowledge, search, actions } = deps;
  /**
   * Users whose last reply was a village budget calculation (the calculator keeps the figures, not
   * that it was the last thing said): "dasar hukumnya apa" after it asks for the village's legal basis.
   */
  const villageCalculations = new RecentPerUser<true>();
  /** Users whose last reply was a calculation: the entry it is about (CALCULATION_TOPICS), which their follow-ups lean on. */
  const calculationTopics = new RecentPerUser<string>();
  // /hapusdata forgets these with the follow-up memory (forgetAnswerMemory)
  if (deps.recentTopics) registerForget(deps.recentTopics, (userId) => {
    villageCalculations.forget(userId);
    calculationTopics.forget(userId);
  });

  /** A chosen language wins; otherwise the question's own, remembered for the replies and buttons that follow. */
  const languageFor = (ctx: BotContext, text: string): Language => {
    if (ctx.session.language) return ctx.session.language;
    // a one-word "thanks" is answered in English, but only a sentence says which language the user writes in
    const sure = writtenLanguage(text, { strict: true });
    if (sure && sure !== ctx.session.writtenIn) ctx.session.writtenIn = sure;
    // an unclear message after Indonesian ones is Indonesian (most users write it, whatever their phone's
    // language); an unclear one does not turn an Indonesian phone's replies English, unless it has English words
    // and no Indonesian after English questions ("ok thanks" after "what is jkp")
    const unclear = ctx.session.writtenIn === "en" && hasEnglishOnly(text) ? "en" : ctx.session.writtenIn === "id" ? "id" : languageFromTelegram(ctx.from?.language_code, "id");
    return writtenLanguage(text) ?? unclear;
  };

  const sendEntry = async (ctx: BotContext, entryId: string, language: Language, offerJoin = false) => {
    const entry = knowledge.byId.get(entryId);
    if (!entry) return false;
    const { text, keyboard } = renderAnswer(ctx, entry, knowledge, language, offerJoin, ctx.message?.text);
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard, link_preview_options: { is_disabled: true } });
    if (ctx.from) {
      deps.recentTopics?.remember(ctx.from.id, { entryId });
      villageCalculations.forget(ctx.from.id);
      calculationTopics.forget(ctx.from.id);
    }
    return true;
  };

  /**
   * A message not answered as a whole may hold its question in one sentence ("halo kak, numpang
   * tanya ya. gmn klaim jht kl resign"): a sentence answered confidently answers the message, and
   * for a message declined as a whole, the sentences understood are offered.
   */
  const withSentences = (whole: SearchResult, text: string, within: KnowledgeSearch = search): SearchResult => {
    if (whole.outcome === "answer" || whole.outOfScope || whole.aboutHealthInsurance) return whole;
    const bySentence = searchBySentence(within, text);
    if (!bySentence) return whole;
    return bySentence.outcome === "answer" || whole.outcome === "decline" || bySentence.confidence > whole.confidence ? bySentence : whole;
  };

  /** After a calculation shown: what a follow-up leans on is its result (CALCULATION_TOPICS), a village budget's or another's. */
  const rememberCalculation = (ctx: BotContext) => {
    if (!ctx.from) return;
    if (isVillageBudgetCalculation(ctx.calculated)) villageCalculations.remember(ctx.from.id, true);
    else villageCalculations.forget(ctx.from.id);
    const topic = ctx.calculated && CALCULATION_TOPICS[ctx.calculated];
    if (topic && knowledge.byId.has(topic)) calculationTopics.remember(ctx.from.id, topic);
    else calculationTopics.forget(ctx.from.id);
  };

  /** Runs the calculators on `text`; true when one answered it (the follow-up memory then holds its result). */
  const calculate = async (ctx: BotContext, text: string, language: Language, handlers: readonly PreAnswer[]) => {
    for (const handler of handlers) {
      if (await handler(ctx, text, language)) {
        rememberCalculation(ctx);
        return true;
      }
    }
    return false;
  };

  /**
   * Several questions in one message, answered part by part (two-questions.ts): the calculations,
   * then the entries, then a clause only fairly matched offered under its own label. Each answer is
   * sent as a single answer is (its source line, 👍/👎), so the follow-up memory ends on the last.
   */
  const answerParts = async (ctx: BotContext & { chat: NonNullable<BotContext["chat"]> }, parts: QuestionPart[], language: Language, handlers: readonly PreAnswer[]) => {
    const firstEntry = parts.find((p) => p.kind === "entry");
    deps.observer?.onSearch?.({ chatId: ctx.chat.id, result: emptyResult(), matched: firstEntry?.kind === "entry" ? firstEntry.entryId : null });
    let answered = false;
    for (const part of parts) {
      if (part.kind === "calculation") {
        // the figures could not be computed after all: the entry the result would have been about
        if (!(await calculate(ctx, part.text, language, handlers))) {
          const topic = CALCULATION_TOPICS[part.calculation];
          if (topic && (await sendEntry(ctx, topic, language))) answered = true;
        }
      } else if (part.kind === "entry") {
        if (await sendEntry(ctx, part.entryId, language)) answered = true;
      } else {
        const keyboard = new InlineKeyboard();
        for (const id of part.entryIds) {
          const entry = knowledge.byId.get(id);
          if (entry) keyboard.text(entryLabel(entry, language), `kb:${id}`).row();
        }
        await ctx.reply(ctx.t("two-questions-other", { position: part.position, clause: part.clause }), { reply_markup: keyboard });
      }
    }
    if (answered) ctx.outcome = "answer";
  };

  /**
   * A statement acknowledged: what it told of the situation said back, and the entries that fit it offered —
   * those of the subject just discussed first, since the statement adds to it. Nothing is remembered as offered.
   */
  const acknowledgeStatement = async (ctx: BotContext, text: string, result: SearchResult, previous: RecentTopic | undefined, previousEntry: KnowledgeEntry | undefined, situation: Situation | undefined, language: Language) => {
    const shown = previous && !previous.offered ? previous.entryId : undefined;
    // entries for other workers or about what did not happen (JKP for a widow) are no fit for the situation told
    const found = result.candidates.map((c) => c.entry).filter((e) => !situation || situationFactor(e, situation) >= 1);
    // what the statement adds to is the subject just discussed: that topic's entries, then those the answer pointed to
    const related = (previousEntry?.related ?? []).map((id) => knowledge.byId.get(id)).filter((e): e is KnowledgeEntry => !!e && (!situation || situationFactor(e, situation) >= 1));
    const ordered = previousEntry ? [...found.filter((e) => e.topic === previousEntry.topic), ...related, ...found] : found;
    const ranked = [...new Set(ordered)].filter((e) => e.id !== shown);
    const options = clarifyOptions(ranked, text, previousEntry?.topic === VILLAGE_TOPIC);
    const told = situationIn(text);
    const about = [...(told.worker ? [ctx.t(`situation-worker-${told.worker}`)] : []), ...told.events.map((e) => ctx.t(`situation-event-${e}`))].join(", ");
    const keyboard = new InlineKeyboard();
    for (const entry of options) keyboard.text(entryLabel(entry, language), `kb:${entry.id}`).row();
    const reply = ctx.t("statement-noted", { about: about || "none", death: told.events.includes("death") ? "yes" : "no", options: options.length });
    await ctx.reply(reply, options.length > 0 ? { reply_markup: keyboard } : {});
  };

  /** Records a declined question and remembers its id on the context for the follow-up offer. */
  const recordDeclined = async (ctx: BotContext, chatId: number, text: string, language: Language) => {
    if (deps.unanswered) ctx.recordedUnansweredId = await deps.unanswered.recordUnanswered({ chatId, text, language, reason: "declined" });
  };

  /** A question typed, or written as a photo's or file's caption: routing words, numbers, then the search. */
  const answerQuestion = async (ctx: BotContext & { chat: NonNullable<BotContext["chat"]> }, written: string) => {
    ctx.answeredAsQuestion = true;
    // in a group the question comes as "@bot …": the name is not part of what is asked; a NIK,
    // KPJ or phone number is not either (and is not kept: the user is told so)
    const mentioned = withoutMention(written, ctx.me.username);
    const text = squeezed(withoutIdentityNumbers(mentioned));
    if (text !== mentioned) await ctx.reply(ctx.t("identity-number-note"));
    // just "@bot": the menu; only an identity number: its note above is the whole answer
    if (!text) {
      if (text === mentioned) return actions.run("start", ctx);
      ctx.outcome = "identity_number_only";
      return;
    }
    if (text.length > MAX_QUESTION_LENGTH) {
      ctx.outcome = "too_long";
      await ctx.reply(ctx.t("too-long", { max: MAX_QUESTION_LENGTH }));
      return;
    }
    // a question written in English is answered in English, source line and buttons included
    // (getLocale negotiates afresh from the session, which languageFor may change: asked first)
    const negotiated = await ctx.i18n.getLocale();
    const language = languageFor(ctx, text);
    if (language !== negotiated) ctx.i18n.useLocale(language);
    // what the user told of their situation (an ojol after an accident, a widow, a laid-off worker) ranks what follows
    const situation = ctx.from ? deps.recentTopics?.situations.observe(ctx.from.id, text) : undefined;
    // one message is read several ways (as a follow-up, by clause, by sentence): each text is searched once
    const situated = searchingOnce(situatedSearch(search, situation));
    const intent = detectIntent(text);
    if (intent === "menu") return actions.run("start", ctx);
    const shortReply = intent ? SHORT_REPLIES[intent] : undefined;
    if (intent && shortReply) {
      ctx.outcome = intent;
      await ctx.reply(ctx.t(shortReply));
      return;
    }
    // "selamat siang, sy kades di kab. bone": greeted back, and shown what the bot does for a village
    if (intent === "village_intro") {
      ctx.outcome = "village_intro";
      await ctx.reply(ctx.t("village-intro-reply", { greeting: greetingOf(text) ?? "none" }));
      return actions.run("village", ctx);
    }
    // "sy mau daftar bpjs tk, perusahaan sy blm daftarin": registering them is the employer's duty, said
    // first with how to report it; the enrollment interest is offered beside it, not opened
    if (intent === "enroll" && employerHasNotRegistered(text)) {
      ctx.outcome = "employer_duty";
      deps.observer?.onSearch?.({ chatId: ctx.chat.id, result: emptyResult(), matched: EMPLOYER_DUTY_ENTRY });
      await ctx.reply(ctx.t("employer-duty-note"), { parse_mode: "HTML" });
      if (await sendEntry(ctx, EMPLOYER_DUTY_ENTRY, language, true)) return;
      return actions.run("join", ctx);
    }
    // "tlg hubungi sy": the bot cannot call; the two ways an officer gets back to the user, and 175
    if (intent === "contact_me") {
      ctx.outcome = "contact_me";
      deps.observer?.onSearch?.({ chatId: ctx.chat.id, result: emptyResult(), matched: null });
      await ctx.reply(ctx.t("contact-me-reply"), { parse_mode: "HTML", reply_markup: contactMeKeyboard(ctx) });
      return;
    }
    // "hitung iuran 50 petani 6 bulan" carries its numbers: computed below, not sent to the calculator's menu
    const action = intent && !(intent === "calculate" && /\d/.test(text)) ? INTENT_ACTIONS[intent] : undefined;
    if (action) {
      ctx.outcome = `route:${action}`;
      deps.observer?.onSearch?.({ chatId: ctx.chat.id, result: emptyResult(), matched: null });
      return actions.run(action, ctx);
    }
    // emoji or punctuation alone say nothing to search or compute: a 🙏 after an answer thanks for it
    if (!LETTER.test(text) && !DIGIT.test(text)) {
      const recent = ctx.from && deps.recentTopics?.recall(ctx.from.id);
      const afterResult = (!!recent && !recent.offered) || (!!ctx.from && calculationTopics.recall(ctx.from.id) !== undefined);
      const thanks = THANKS_EMOJI.test(text) && afterResult;
      ctx.outcome = thanks ? "thanks" : "symbols_only";
      await ctx.reply(ctx.t(thanks ? "thanks-reply" : "symbols-only-reply"), { parse_mode: "HTML" });
      return;
    }
    // a question about a regulation carries the regulation's numbers ("permendagri 20 2018 pasal brp …"),
    // not figures to compute: the knowledge answers it
    const aboutRegulation = asksAboutRegulation(text);
    const preAnswer = aboutRegulation ? [] : deps.preAnswer ?? [];

    // a calculation shown last is what a follow-up is about, else the entry answered (or offered first) last
    const calculationTopic = ctx.from ? calculationTopics.recall(ctx.from.id) : undefined;
    const previous: RecentTopic | undefined = calculationTopic ? { entryId: calculationTopic } : ctx.from && deps.recentTopics?.recall(ctx.from.id);
    const asked = withRelativeYears(text);
    const previousEntry = previous ? knowledge.byId.get(previous.entryId) : undefined;
    const afterVillageCalculation = !!ctx.from && villageCalculations.recall(ctx.from.id) === true;
    const followUpOptions = { onlyOffer: previous?.offered && !afterVillageCalculation, afterVillageCalculation, afterCalculation: !!calculationTopic };

    // two questions in one message ("brp iuran bpu trs cara daftarnya gmn"): each answered
    // "brp iuran 50 petani setahun, dasar hukumnya apa": the legal basis asked beside figures, both answered
    const planned: QuestionPlan | undefined = planQuestions(text, { search: situated, knowledge, calculationTopics: CALCULATION_TOPICS, previous: previousEntry, followUpOptions, scope: ctx.update });
    const plan = aboutRegulation && !computesBesideRegulation(planned) ? undefined : planned;
    if (plan?.kind === "parts") return answerParts(ctx, plan.parts, language, aboutRegulation ? deps.preAnswer ?? [] : preAnswer);

    if (await calculate(ctx, text, language, preAnswer)) {
      deps.observer?.onSearch?.({ chatId: ctx.chat.id, result: emptyResult(), matched: null });
      return;
    }
    // a number alone that no calculation was waiting for says nothing to search ("8" had found a dana desa rule)
    if (!LETTER.test(text)) {
      ctx.outcome = "number_only";
      await ctx.reply(ctx.t("number-only-reply"), { parse_mode: "HTML" });
      return;
    }

    const followUp = searchFollowUp(situated, asked, previousEntry, followUpOptions);
    const searched = withSentences(followUp.result, asked, situated);
    // two halves each fairly matched: the choice offered holds the best for each
    const result: SearchResult =
      plan?.kind === "clarify" && searched.outcome !== "answer"
        ? { ...searched, outcome: "clarify", candidates: plan.entryIds.map((id) => ({ entry: knowledge.byId.get(id)!, score: 0 })).filter((c) => c.entry) }
        : searched;
    const top = result.candidates[0];
    deps.observer?.onSearch?.({ chatId: ctx.chat.id, result, matched: result.outcome === "answer" && top ? top.entry.id : null });
    // a topic we do not cover is declined without offering to follow it up, BPJS Kesehatan's too:
    // BPJS Ketenagakerjaan's officers do not answer questions on JKN
    ctx.outcome = result.outcome === "decline" && (result.outOfScope || result.aboutHealthInsurance) ? "decline_out_of_scope" : result.outcome;

    // a statement that asks nothing ("sy udh berhenti kerja 2 thn lalu", "dia kerja di pabrik 12 tahun"): see below
    const statement = !result.aboutHealthInsurance && !result.outOfScope && isStatement(text, (piece) => asksSomething(askingWords(piece)));
    // right after an answer, a statement the search places under another subject ("sy karyawan swasta" after
    // "apa itu jkm" found what JP is) adds to that answer rather than asks about the other subject
    const shownEntry = previous && !previous.offered ? previousEntry : undefined;
    // ("klaim jht sy" names a program: a question of its own, answered)
    const namesProgram = search.normalizer.surface(text).some((w) => PROGRAM_TOPICS.has(w) || w === "bpu");
    const strays = statement && !!shownEntry && !followUp.usedContext && !namesProgram && top?.entry.topic !== shownEntry.topic;
    if (result.outcome === "answer" && top && !strays) {
      await sendEntry(ctx, top.entry.id, language);
      return;
    }
    // "hatur nuhun pisan kang": a thank-you the search cannot place is thanks, never a question the bot failed
    // (declined, or offered options whose "none of these" would record it)
    if (!result.aboutHealthInsurance && !result.outOfScope && isThanksAmongOthers(text)) {
      ctx.outcome = "thanks";
      await ctx.reply(ctx.t("thanks-reply"));
      return;
    }
    // "sy udh berhenti kerja 2 thn lalu", "dia kerja di pabrik 12 tahun, ikut bpjs tk": a statement that tells of the
    // user and asks nothing is context for the questions around it. Acknowledged with the entries that fit it, never
    // guessed at ("Maksud Anda…?") nor declined and filed as unanswered; what the user was told before stays what a
    // follow-up leans on ("batas waktu klaimnya" after the occupational-disease answer is still about JKK)
    if (statement) {
      ctx.outcome = "statement";
      await acknowledgeStatement(ctx, text, result, previous, previousEntry, situation, language);
      return;
    }
    if (result.outcome === "clarify") {
      const ranked = clarifyOptions(result.candidates.map((c) => c.entry), asked, previousEntry?.topic === VILLAGE_TOPIC);
      // "bpjs tk iuran brp" does not say whose: the BPU and migrant workers' fees are offered with the wage earners'
      const options = withWorkerCounterparts(situated, asked, ranked, situation);
      // one real option ("[Klaim JHT oleh ahli waris] [Bukan semuanya]") is the answer, unless it leans on an option only offered
      if (options.length === 1 && !(previous?.offered && followUp.usedContext)) {
        ctx.outcome = "answer";
        await sendEntry(ctx, options[0]!.id, language);
        return;
      }
      // kept in the session row until "none of these" (identity numbers are already out of `text`)
      ctx.session.clarifiedQuestion = text.slice(0, 500);
      // "syaratnya apa" typed instead of picking: most likely about the first option, so offered with it in mind —
      // unless the question leaned on what the user was just told, or is offered it again: then that stays the
      // subject ("hrs nunggu sebulan jg?" after the PKWT answer, then "kl jkp dpt gk": still the PKWT contract)
      const shown = previous && !previous.offered ? previous.entryId : undefined;
      const keepsSubject = shown !== undefined && (followUp.usedContext || options.some((o) => o.id === shown));
      if (ctx.from && !keepsSubject) {
        if (options[0]) deps.recentTopics?.remember(ctx.from.id, { entryId: options[0].id, offered: true });
        calculationTopics.forget(ctx.from.id);
      }
      const { text: prompt, keyboard } = renderClarify(ctx, options, language, ABOUT_REGISTERING.test(cleanText(text)));
      await ctx.reply(prompt, { reply_markup: keyboard });
      return;
    }
    // recorded in the database, not the session: "Tanya petugas" finds it there
    // the offer after a decline says the question is kept; where it is not shown (a group, a question
    // outside our programs), the decline itself says so (UU PDP: no personal data kept unsaid)
    const offerFollows = ctx.outcome === "decline" && ctx.chat.type === "private";
    await ctx.reply(renderDecline(ctx, result.aboutHealthInsurance, !offerFollows), { parse_mode: "HTML" });
    // the asker's own reference, also when asked in a group (their /dataku shows it, not the group's)
    await recordDeclined(ctx, ctx.from?.id ?? ctx.chat.id, text, language);
  };

  composer.on("message:text", async (ctx, next) => {
    if (ctx.message.text.startsWith("/")) return next();
    await answerQuestion(ctx, ctx.message.text);
  });

  // a question corrected after it was sent ("brp iuran bpi" → "brp iuran bpu") is answered as corrected
  composer.chatType("private").on("edited_message:text", async (ctx, next) => {
    if (ctx.editedMessage.text.startsWith("/")) return next();
    await answerQuestion(ctx, ctx.editedMessage.text);
  });

  // a screenshot or poster sent with a question under it ("ini asli gak min?"): the picture
  // cannot be read, the question can
  composer.on("message:caption", async (ctx, next) => {
    if (ctx.message.caption.startsWith("/")) return next();
    await ctx.reply(ctx.t("caption-only"));
    await answerQuestion(ctx, ctx.message.caption);
  });

  composer.callbackQuery(/^kb:([a-z0-9-]+)$/, async (ctx) => {
    const id = ctx.match[1]!;
    if (id === "none") {
      await ctx.answerCallbackQuery();
      ctx.outcome = "clarify_none";
      // in a group no offer follows to say the question is kept: the decline says it
      await ctx.reply(renderDecline(ctx, false, ctx.chat?.type !== "private"), { parse_mode: "HTML" });
      const question = ctx.session.clarifiedQuestion;
      if (question && ctx.chat) {
        await recordDeclined(ctx, ctx.from.id, question, ctx.session.language ?? ctx.session.writtenIn ?? "id");
      }
      return;
    }
    if (!knowledge.byId.has(id)) {
      ctx.outcome = "stale_button";
      await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
      return;
    }
    await ctx.answerCallbackQuery();
    ctx.outcome = "answer_button";
    const language: Language = ctx.session.language ?? ctx.session.writtenIn ?? languageFromTelegram(ctx.from.language_code, "id");
    await sendEntry(ctx, id, language);
  });

  return composer;
}

/**
 * The three options of "Maksud Anda…?". A news article is offered beside program answers only
 * when the best match is itself an article: a worker asking about contributions is not helped
 * by "Sosialisasi UMKM di Makassar 2021". A question that names no year (`asked`) is not offered
 * several years of one rule ("Aturan dana desa 2023/2024/2025") to choose between.
 */
export function clarifyOptions(ranked: readonly KnowledgeEntry[], asked = "", aboutVillage = false): KnowledgeEntry[] {
  const aboutNews = ranked[0]?.articleId !== undefined;
  // likewise a village entry beside a worker's: "bpjs tk iuran brp" is not about officials' siltap, unless
  // the village is named, was the subject, or is what the question matched best
  const village = aboutVillage || ranked[0]?.topic === VILLAGE_TOPIC || mentionsVillage(asked);
  const kept = ranked.filter((e) => (aboutNews || e.articleId === undefined) && (village || e.topic !== VILLAGE_TOPIC));
  return withoutYearsNotAsked(kept, asked).slice(0, 3);
}

const VILLAGE_TOPIC = "village";

/** Runs of white space as one space, trimmed (withoutMention leaves its text so too). */
function squeezed(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function withoutMention(text: string, username: string): string {
  const mention = `@${username}`.toLowerCase();
  return text
    .split(/\s+/)
    .filter((word) => word.toLowerCase() !== mention)
    .join(" ")
    .trim();
}

function emptyResult(): SearchResult {
  return { outcome: "answer", confidence: 1, candidates: [], coverage: 1, aboutHealthInsurance: false, outOfScope: false };
}
