/**
 * "Hitung iuran" and the village heads' corner ("Dana desa"): short
 * conversations for contributions and village budgets, and questions that
 * already carry their numbers answered at once.
 */
import { Composer, InlineKeyboard, type Context } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import { formatRupiah, type RuleBook } from "../../../rules/rule-book";
import {
  bpuContribution, budgetCoverage, employerLateFee, jhtEstimate, jhtLumpSumTax, jhtPartialWithdrawal, jkkDeathBenefit, jkkDisabilityBenefit, jkmDeathBenefit, jkpBenefit, jpBenefit, jpCapChangeWithin, stmbBenefit, jpCapFor, pmiContribution, villageBudget, vulnerablePackageKey, wageEarnerContribution, RISK_CLASSES, type OfficialExtraLine, type OfficialExtraProgram, type RiskClass,
} from "../../../rules/calculators";
import { asOfficials, calculationFollowUp, coverageAgain, detectCalculation, householdAdded, isBpdGroup, villageAdded, readAmountReply, readRiskReply, wageGiven, withWorkerKind, type AskRequest, type CalculationRequest, type MissingFigure } from "../../../rules/question";
import { RecentPerUser } from "../../../knowledge/follow-up";
import { escapeHtml } from "../../html";
import { numberWordValue, readPeriod } from "../../../rules/period";
import { cleanText } from "../../../knowledge/normalize";
import type { BotContext, Language } from "../../context";
import { CANCEL_WORDS, type Feature } from "../../create-bot";
import type { PreAnswer } from "../answer";
import { askStep, dataOf, enterFresh, formOptions, leaveIfQuestion, textOf, CANCEL_DATA, type Conv, type Translate } from "../../conversation-kit";
import {
  percent, renderBpu, renderCoverage, renderGroup, renderJht, renderJhtPartial, renderJhtTax, renderJkkDeath, renderJkkDisability, renderJkmDeath, renderJkp, renderJpBenefit, renderLateFee, renderStmb, renderJkpNotEligible, renderJkpResigned, renderJkpTooShort, renderPmi, renderVillage, renderWage, resultKeyboard, type JkpConditions,
} from "./render";

/** Says which calculation this update's reply showed: the log line's outcome, and later features' `ctx.calculated`. */
function markCalculated(ctx: BotContext, kind: CalculationRequest["kind"]): void {
  ctx.calculated = kind;
  ctx.outcome = `calculated:${kind}`;
}

export const CALC_ID = "calculator";
export const VILLAGE_ID = "village-budget";

/** Village corner links: the rules, an example, in the village head's terms. */
const VILLAGE_ENTRIES = { rules: "desa-dana-desa-untuk-iuran", budget: "desa-cara-anggarkan-apbdes", example: "desa-contoh-pangkep-2025", who: "desa-siapa-bisa-dilindungi" };

type ReadAmount = Extract<ReturnType<typeof readAmountReply>, { ok: true }>;

/**
 * An amount step reads what it is typed the way free text is read ("4,5jt + tunjangan 500rb",
 * "150rb sehari", "dua juta"). `plainHint`: only a plain monthly amount fits (a siltap, the JHT
 * illustration's wage), and this says so.
 */
function amountStep(conversation: Conv, ctx: Context, t: Translate, prompt: string, plainHint?: string, offer?: Offer<number>) {
  return askStep<ReadAmount>(conversation, ctx, {
    prompt,
    keyboard: offerKeyboard(t, offer),
    parse: async (c) => {
      const kept = await offered(conversation, c, offer);
      if (kept !== undefined) return { ok: true, value: { ok: true, amount: kept } as ReadAmount };
      const text = textOf(c);
      if (!text) return { ok: false };
      const r = readAmountReply(text);
      if (!r.ok && r.reason === "not_a_number") await leaveOnCancelOrQuestion(conversation, c, t, text);
      if (!r.ok && r.reason === "range") return { ok: false, hint: t(plainHint === "calc-siltap-plain" ? "calc-siltap-range" : "calc-amount-range", { typed: escapeHtml(text) }) };
      if (!r.ok) return { ok: false, hint: r.reason === "too_small" ? t("calc-amount-too-small", { typed: escapeHtml(text) }) : t(`amount-${r.reason}`) };
      if (plainHint && (r.perDay || r.allowance)) return { ok: false, hint: t(plainHint) };
      return { ok: true, value: r };
    },
    hint: t("amount-not_a_number"),
  });
}

const cancelKeyboard = (t: Translate) => new InlineKeyboard().text(t("flow-cancel-button"), CANCEL_DATA);

/**
 * A figure of the result before, offered at its step when "Hitung lagi" computes a village budget
 * again: one press keeps it. `other`: the step also offers another kind of calculation (the menu).
 */
type Offer<T> = { keep?: { label: string; value: T }; other?: boolean };
const KEEP_DATA = "calc:keep";
const OTHER_DATA = "calc:other";

function offerKeyboard<T>(t: Translate, offer: Offer<T> | undefined): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (offer?.keep) keyboard.text(offer.keep.label, KEEP_DATA).row();
  if (offer?.other) keyboard.text(t("calc-same-other"), OTHER_DATA).row();
  return keyboard.text(t("flow-cancel-button"), CANCEL_DATA);
}

/** The offered figure when its button was pressed; "Hitung yang lain" leaves the form for the menu. */
async function offered<T>(conversation: Conv, c: Context, offer: Offer<T> | undefined): Promise<T | undefined> {
  if (!offer) return undefined;
  const data = c.callbackQuery?.data;
  if (data === KEEP_DATA && offer.keep) return offer.keep.value;
  if (offer.other && data === OTHER_DATA) await conversation.halt({ next: true });
  return undefined;
}

/** The unit a count step's number may come with ("9 orang", "5 thn"). */
const PEOPLE_UNIT = /\s*(org|orang)\.?$/i;
/** "12 bulan" at a head-count step is a period, not 12 people: asked again. */
const MONTHS_AS_COUNT = /^\d{1,3}\s*(bulan|bln|bl|months?)\.?$/i;
/** "gk ada", "tidak ada", "nol": none, as the prompt's "Tulis 0 jika tidak ada" invites. */
const NONE_COUNT = /^(?:(?:gk|gak|ga|g|nggak|ngga|enggak|tidak|tdk|tak|belum|blm)\s+ada|kosong|nol|none|no one|nobody|tidak ada sama sekali)(?:\s+(?:kak|pak|bu|min))?\.?$/i;
const YEARS_UNIT = /\s*(tahun|thn|th|taun|years?)\.?$/i;

/** Filler around a cancel word ("sy mau batal aja", "ga jadi deh kak"): taken off, the rest is read with CANCEL_WORDS. */
const CANCEL_FILLER = /\b(sy|saya|aku|gue|gw|mau|pengen|ingin|aja|saja|deh|dong|ya|yah|kak|min|udah|sudah|udh|sdh|lah|ah|dulu|kalau gitu|kl gitu|klo gitu|i want to|i want|please|just)\b/gi;

/**
 * At a step that reads a typed figure: "batal" inside a sentence cancels the form as the word
 * alone does (create-bot), and a question leaves it to be answered (conversation-kit).
 */
async function leaveOnCancelOrQuestion(conversation: Conv, c: Context, t: Translate, text: string | undefined): Promise<void> {
  const rest = text?.replace(CANCEL_FILLER, " ").replace(/[\s,.!]+/g, " ").trim();
  if (rest && rest !== text?.trim() && CANCEL_WORDS.test(rest)) {
    await c.reply(t("flow-cancelled"), { reply_markup: { remove_keyboard: true } });
    await conversation.halt();
  }
  await leaveIfQuestion(conversation, text);
}

function countStep(conversation: Conv, ctx: Context, t: Translate, prompt: string, min: number, max: number, unit = PEOPLE_UNIT, offer?: Offer<number>) {
  return askStep<number>(conversation, ctx, {
    prompt,
    keyboard: offerKeyboard(t, offer),
    parse: async (c) => {
      const kept = await offered(conversation, c, offer);
      if (kept !== undefined) return { ok: true, value: kept };
      const typed = textOf(c)?.trim().toLowerCase();
      if (unit === PEOPLE_UNIT && typed && MONTHS_AS_COUNT.test(typed)) return { ok: false, hint: t("village-count-not-months", { min, max }) };
      if (unit === PEOPLE_UNIT && typed && min === 0 && NONE_COUNT.test(typed)) return { ok: true, value: 0 };
      const text = typed?.replace(unit, "");
      // "sembilan orang": a count in words, as free text reads it
      const word = text ? numberWordValue(text) : undefined;
      if (word !== undefined) return word >= min && word <= max ? { ok: true, value: word } : { ok: false, hint: t("count-hint", { min, max }) };
      if (!text || !/^\d{1,7}$/.test(text)) {
        await leaveOnCancelOrQuestion(conversation, c, t, textOf(c));
        return { ok: false, hint: t("count-hint", { min, max }) };
      }
      const n = Number(text);
      return n >= min && n <= max ? { ok: true, value: n } : { ok: false, hint: t("count-hint", { min, max }) };
    },
    hint: t("count-hint", { min, max }),
  });
}

/** Months as people type them: "12", "6 bulan", "setahun", "enam bulan", "juli sampai desember". */
function parseMonths(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const cleaned = cleanText(text);
  if (/^\d{1,3}$/.test(cleaned)) return Number(cleaned);
  const period = readPeriod(cleaned);
  return period.kind === "months" ? period.months : undefined;
}

function monthsStep(conversation: Conv, ctx: Context, t: Translate, offer?: Offer<number>) {
  return askStep<number>(conversation, ctx, {
    prompt: t("village-ask-months"),
    keyboard: offerKeyboard(t, offer),
    parse: async (c) => {
      const kept = await offered(conversation, c, offer);
      if (kept !== undefined) return { ok: true, value: kept };
      const months = parseMonths(textOf(c));
      if (months === undefined) await leaveOnCancelOrQuestion(conversation, c, t, textOf(c));
      return months !== undefined && months >= 1 && months <= 120 ? { ok: true, value: months } : { ok: false };
    },
    hint: t("village-months-hint"),
  });
}

/** The officials' programs beside JKK + JKM the form offers, as buttons. */
const EXTRA_CHOICES: Record<string, OfficialExtraProgram[]> = { none: [], jht: ["jht"], jp: ["jp"], both: ["jht", "jp"] };
const choiceOf = (programs: readonly OfficialExtraProgram[]) => Object.keys(EXTRA_CHOICES).find((k) => EXTRA_CHOICES[k]!.join() === [...programs].sort().join()) ?? "none";

/**
 * JHT and/or JP for the officials, on top of JKK + JKM, at the rates the rule book gives (as the
 * free-text calculator adds them when named). `before`: the choice of the result before, marked.
 */
function extrasStep(conversation: Conv, ctx: Context, t: Translate, book: RuleBook, lang: Language, before?: OfficialExtraProgram[]) {
  // the choice before, first, as the ↩️ button is on every other step "Hitung lagi" goes through
  const marked = before ? choiceOf(before) : undefined;
  const label = (key: string) => t(`village-extra-${key}`);
  const keyboard = marked ? new InlineKeyboard().text(t("calc-same-choice", { label: label(marked) }), `calc:x:${marked}`).row() : new InlineKeyboard();
  // the others in their usual rows, the marked one not twice
  for (const row of [["none"], ["jht", "jp"], ["both"]]) {
    const rest = row.filter((k) => k !== marked);
    for (const k of rest) keyboard.text(label(k), `calc:x:${k}`);
    if (rest.length) keyboard.row();
  }
  keyboard.text(t("flow-cancel-button"), CANCEL_DATA);
  const rate = (key: string) => percent(book.basisPoints(key), lang);
  return askStep<OfficialExtraProgram[]>(conversation, ctx, {
    prompt: t("village-ask-extra", { base: rate("village.official_rate").trim(), jht: rate("pu.jht_total"), jp: rate("pu.jp_total") }),
    keyboard,
    parse: (c) => {
      const d = dataOf(c, "calc:x:");
      if (d && EXTRA_CHOICES[d]) return { ok: true, value: EXTRA_CHOICES[d]! };
      // typed: "jht", "jp", "jht jp", "tidak"
      const text = cleanText(textOf(c) ?? "");
      const typed: OfficialExtraProgram[] = [...(/\bjht\b/.test(text) ? ["jht" as const] : []), ...(/\bjp\b/.test(text) ? ["jp" as const] : [])];
      if (typed.length) return { ok: true, value: typed };
      if (/^(tidak|tdk|ga|gak|nggak|enggak|no|none|tanpa|gausah|ga usah|jkk jkm saja|jkk jkm aja)$/.test(text)) return { ok: true, value: [] };
      return { ok: false };
    },
    hint: t("village-extra-hint"),
    buttonsOnly: true,
  });
}

/**
 * The calculator's forms and menu. `recent` is the memory answerWithNumbers follows up on: a
 * form's result is remembered there too, so "kalau 6 bulan?" works after either. `numbers`
 * (answerWithNumbers) computes a question routed to the village corner that carries its numbers.
 */
export function calculatorFeature(book: RuleBook, recent?: RecentPerUser<CalculationRequest>, numbers?: PreAnswer): Feature {
  return ({ actions, i18n }) => {
    const composer = new Composer<BotContext>();
    const translator = (language: Language): Translate => (key, vars) => i18n.t(language, key, vars);

    async function calculator(conversation: Conv, ctx: Context, language: Language = "id") {
      const t = translator(language);
      const kind = await askStep(conversation, ctx, {
        prompt: t("calc-ask-kind"),
        keyboard: new InlineKeyboard()
          .text(t("calc-kind-bpu"), "calc:k:bpu").row()
          .text(t("calc-kind-wage"), "calc:k:wage").row()
          .text(t("calc-kind-village"), "calc:k:village").row()
          .text(t("calc-kind-jht"), "calc:k:jht").row()
          .text(t("flow-cancel-button"), CANCEL_DATA),
        parse: (c) => {
          const d = dataOf(c, "calc:k:");
          return d === "bpu" || d === "wage" || d === "village" || d === "jht" ? { ok: true, value: d } : { ok: false };
        },
        hint: t("choose-button-hint"),
        buttonsOnly: true,
      });
      if (kind === "village") return villageFlow(conversation, ctx, t, language);
      if (kind === "jht") {
        const wage = (await amountStep(conversation, ctx, t, t("calc-ask-wage"), "calc-wage-plain")).amount;
        const years = await countStep(conversation, ctx, t, t("calc-ask-years"), 1, 45, YEARS_UNIT);
        const rate = await askStep<number>(conversation, ctx, {
          prompt: t("calc-ask-return"),
          keyboard: returnButtons("calc:ret:").row().text(t("flow-cancel-button"), CANCEL_DATA),
          parse: async (c) => {
            const raw = dataOf(c, "calc:ret:") ?? textOf(c)?.replace("%", "").replace(",", ".");
            const n = Number(raw);
            if (raw && Number.isFinite(n) && n >= 0 && n <= 15) return { ok: true, value: Math.round(n * 100) / 100 };
            await leaveOnCancelOrQuestion(conversation, c, t, textOf(c));
            return { ok: false, hint: t("calc-return-hint") };
          },
          hint: t("calc-return-hint"),
        });
        // remembered like a typed question's result, so "kl 10 tahun?" follows it
        return replyResult(conversation, ctx, t, language, { kind: "jht", wage, years, annualReturnPercent: rate });
      }
      if (kind === "bpu") {
        const income = await amountStep(conversation, ctx, t, t("calc-ask-income"));
        return replyResult(conversation, ctx, t, language, { kind: "bpu", income: income.amount, ...(income.perDay ? { perDay: true } : {}) });
      }
      const wage = await amountStep(conversation, ctx, t, t("calc-ask-wage"));
      const risk = await askStep<RiskClass>(conversation, ctx, {
        prompt: t("calc-ask-risk"),
        keyboard: RISK_CLASSES.reduce((kb, r) => kb.text(t(`risk-${r}`), `calc:r:${r}`).row(), new InlineKeyboard()).text(t("risk-unknown"), "calc:r:very_low").row().text(t("flow-cancel-button"), CANCEL_DATA),
        parse: (c) => {
          const d = dataOf(c, "calc:r:");
          if (d && (RISK_CLASSES as readonly string[]).includes(d)) return { ok: true, value: d as RiskClass };
          // "tinggi", "risiko sedang", and "tidak tahu" / "gk tau" as its button says (the lowest class)
          const typed = textOf(c);
          const read = typed ? readRiskReply(typed) : undefined;
          if (read) return { ok: true, value: read === "unknown" ? "very_low" : read };
          // the wage typed again: it is already noted, the risk is what is asked
          const amount = typed ? readAmountReply(typed) : undefined;
          return amount?.ok ? { ok: false, hint: t("calc-risk-wage-again", { wage: formatRupiah(wage.amount, language) }) } : { ok: false };
        },
        hint: t("choose-button-hint"),
        buttonsOnly: true,
      });
      await replyResult(conversation, ctx, t, language, {
        kind: "wage",
        wage: wage.amount,
        riskClass: risk,
        ...(wage.perDay ? { perDay: true } : {}),
        ...(wage.allowance ? { allowance: wage.allowance } : {}),
      });
    }

    /** A form's result, worded like a typed question's and remembered like it, so "kalau 6 bulan?" follows it. */
    async function replyResult(conversation: Conv, ctx: Context, t: Translate, language: Language, request: Exclude<CalculationRequest, AskRequest>) {
      const userId = ctx.from?.id;
      const text = await conversation.external(() => {
        if (userId !== undefined) recent?.remember(userId, request);
        return render(book, request, t, language);
      });
      const sent = await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboardFor(book, request, t) });
      await conversation.external(() => {
        if (userId !== undefined && recent) rememberShown(recent, userId, sent, request);
      });
    }

    /**
     * The village budget step by step. `known`: figures the question already gave, not asked again.
     * `before`: the figures of the result "Hitung lagi" was pressed under, each offered at its step.
     */
    async function villageFlow(conversation: Conv, ctx: Context, t: Translate, language: Language, known: VillageKnown = {}, before?: VillageBefore) {
      const rp = (n: number) => formatRupiah(n, language);
      const keep = (label: string, value: number | undefined) => (value === undefined ? undefined : { keep: { label, value } });
      const keepCount = (n: number | undefined) => keep(t("calc-same-count", { n: n ?? 0 }), n);
      // what the question already said is not asked again ("7 kadus …" then the step-by-step button)
      const intro = before ? [t("calc-again-village-intro"), ...(before.severalGroups ? [t("calc-again-village-groups")] : []), ""] : [];
      const officials = known.officials ?? (await countStep(conversation, ctx, t, [...intro, t("village-ask-officials")].join("\n"), 0, 1000, PEOPLE_UNIT, before ? { ...keepCount(before.officials), other: true } : undefined));
      const incomeOffer = before?.officialIncome ? keep(t("calc-same-amount", { amount: rp(before.officialIncome) }), before.officialIncome) : undefined;
      const officialIncome = officials > 0 ? known.officialIncome ?? (await amountStep(conversation, ctx, t, t("village-ask-siltap"), "calc-siltap-plain", incomeOffer)).amount : 0;
      // JHT and/or JP for the officials, as the free-text calculator adds them when named
      const extraPrograms = officials > 0 ? known.extraPrograms ?? (await extrasStep(conversation, ctx, t, book, language, before?.extraPrograms)) : [];
      const vulnerable = known.vulnerable ?? (await countStep(conversation, ctx, t, t("village-ask-vulnerable"), 0, 100_000, PEOPLE_UNIT, keepCount(before?.vulnerable)));
      if (officials === 0 && vulnerable === 0) {
        await ctx.reply(t("village-nobody"));
        return;
      }
      const months = known.months ?? (await monthsStep(conversation, ctx, t, keep(t("calc-same-months", { n: before?.months ?? 0 }), before?.months)));
      // what the figures kept still describe: the group's titles (BPD), the vulnerable workers' JHT, the honor-paid on the BPU package
      const sameGroup = before?.titles && officials === before.officials && officialIncome === before.officialIncome;
      const sameVulnerable = before !== undefined && vulnerable > 0 && vulnerable === before.vulnerable;
      const groups = officials > 0 ? [{ count: officials, monthlyIncome: officialIncome, ...(sameGroup ? { titles: before.titles } : {}) }] : [];
      await replyResult(conversation, ctx, t, language, {
        kind: "village",
        officials: groups,
        vulnerable,
        months,
        ...(extraPrograms.length ? { extraPrograms } : {}),
        ...(sameVulnerable && before.vulnerableWithJht ? { vulnerableWithJht: true } : {}),
        ...(sameVulnerable && before.honorAsBpu ? { honorAsBpu: true } : {}),
      });
    }

    async function villageBudgetConversation(conversation: Conv, ctx: Context, language: Language = "id", known: VillageKnown = {}, before?: VillageBefore) {
      await villageFlow(conversation, ctx, translator(language), language, known, before);
    }

    composer.use(createConversation(calculator, formOptions(CALC_ID)));
    composer.use(createConversation(villageBudgetConversation, formOptions(VILLAGE_ID)));

    const languageOf = async (ctx: BotContext) => (await ctx.i18n.getLocale()) as Language;
    const enterCalc = async (ctx: BotContext) => {
      ctx.outcome = "calculator";
      await enterFresh(ctx, CALC_ID, await languageOf(ctx));
    };
    const enterVillage = async (ctx: BotContext, known: VillageKnown = {}, before?: VillageBefore) => {
      ctx.outcome = "village_budget";
      await enterFresh(ctx, VILLAGE_ID, await languageOf(ctx), known, ...(before ? [before] : []));
    };
    actions.register("calc", enterCalc);
    composer.command(["hitung", "kalkulator"], enterCalc);
    composer.command(["danadesa", "desa"], (ctx) => actions.run("village", ctx));
    actions.register("village", async (ctx) => {
      // "anggaran desa cuma 5 juta, 8 perangkat …" is routed here by its words: its numbers are computed, not met with the menu
      const typed = ctx.message?.text;
      if (typed && /\d/.test(typed) && numbers && (await numbers(ctx, typed, await languageOf(ctx)))) return;
      ctx.outcome = "village_corner";
      await ctx.reply(ctx.t("village-corner"), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard()
          .text(ctx.t("village-btn-rules"), `kb:${VILLAGE_ENTRIES.rules}`).row()
          .text(ctx.t("village-btn-who"), `kb:${VILLAGE_ENTRIES.who}`).row()
          .text(ctx.t("village-btn-budget"), "calc:village").row()
          .text(ctx.t("village-btn-apbdes"), `kb:${VILLAGE_ENTRIES.budget}`).row()
          .text(ctx.t("village-btn-example"), `kb:${VILLAGE_ENTRIES.example}`),
      });
    });
    composer.callbackQuery("calc:again", async (ctx) => {
      await ctx.answerCallbackQuery();
      await enterCalc(ctx);
    });
    // "Hitung yang lain" in a village form started by "Hitung lagi": the menu (the form already answered the press)
    composer.callbackQuery(OTHER_DATA, async (ctx) => {
      await ctx.answerCallbackQuery().catch(() => undefined);
      await enterCalc(ctx);
    });
    // "Hitung lagi" under a village budget: the village form, each figure of that budget offered to keep
    composer.callbackQuery(VILLAGE_AGAIN, async (ctx) => {
      await ctx.answerCallbackQuery();
      // the figures of the result it was pressed under, not of a later one
      const last = resultPressedOn(recent, ctx);
      await enterVillage(ctx, {}, last?.kind === "village" ? villageBefore(last) : undefined);
    });
    composer.callbackQuery("calc:village", async (ctx) => {
      await ctx.answerCallbackQuery();
      // pressed under the bot's question for a missing figure: the figures the question gave are kept
      const last = recent?.recall(ctx.from.id);
      await enterVillage(ctx, last?.kind === "ask" && last.pending ? knownOfVillage(last.pending) : {});
    });
    /**
     * A button that changes one figure of the last result of `kind` (or of the one asked about)
     * computes it again; forgotten (half an hour later, or after a restart), the form asks for it all.
     */
    function redoLast<K extends "jht" | "wage">(pattern: RegExp, kind: K, change: (last: Extract<CalculationRequest, { kind: K }>, picked: string) => Exclude<CalculationRequest, AskRequest>) {
      composer.callbackQuery(pattern, async (ctx) => {
        // the result on the button's own message: an older one is priced, never the latest in its place
        const last = resultPressedOn(recent, ctx);
        const from = last?.kind === "ask" ? last.pending : last;
        if (from?.kind !== kind) {
          ctx.outcome = "stale_button";
          await ctx.answerCallbackQuery({ text: ctx.t("calc-risk-expired") });
          return;
        }
        await ctx.answerCallbackQuery();
        const language = await languageOf(ctx);
        const request = change(from as Extract<CalculationRequest, { kind: K }>, ctx.match[1]!);
        recent?.remember(ctx.from.id, request);
        markCalculated(ctx, kind);
        const sent = await ctx.reply(render(book, request, translator(language), language), { parse_mode: "HTML", reply_markup: resultKeyboard(translator(language)) });
        if (recent) rememberShown(recent, ctx.from.id, sent, request);
      });
    }
    /**
     * A button under the bot's question completed it: the result (or, for an income whose kind of worker
     * is not known yet, that question with its two buttons), in the language the question was asked in.
     */
    const showCompleted = async (ctx: BotContext & { from: { id: number } }, last: ReturnType<NonNullable<typeof recent>["recall"]>, request: CalculationRequest) => {
      await ctx.answerCallbackQuery();
      const language = last?.kind === "ask" && last.language ? last.language : await languageOf(ctx);
      const t = translator(language);
      if (request.kind === "ask") {
        recent?.remember(ctx.from.id, { ...request, language });
        ctx.outcome = `calculator_ask:${request.missing}`;
        const asked = await ctx.reply(askText(request, t, language), { parse_mode: "HTML", reply_markup: askKeyboard(request, t, language) });
        if (recent) rememberShown(recent, ctx.from.id, asked, { ...request, language });
        return;
      }
      recent?.remember(ctx.from.id, request);
      markCalculated(ctx, request.kind);
      const sent = await ctx.reply(render(book, request, t, language), { parse_mode: "HTML", reply_markup: keyboardFor(book, request, t) });
      if (recent) rememberShown(recent, ctx.from.id, sent, request);
    };
    // one end of an income range, pressed under the bot's question for the figure
    composer.callbackQuery(new RegExp(`^${RANGE_PICK}(\\d+)$`), async (ctx) => {
      const last = recent?.recall(ctx.from.id);
      const request = last?.kind === "ask" && last.range ? calculationFollowUp(last, ctx.match[1]!) : null;
      if (!request || (request.kind === "ask" && request.missing !== "worker_kind")) {
        ctx.outcome = "stale_button";
        await ctx.answerCallbackQuery({ text: ctx.t("calc-risk-expired") });
        return;
      }
      await showCompleted(ctx, last, request);
    });
    // employee or self-employed (BPU), pressed under the question that holds the income
    composer.callbackQuery(new RegExp(`^${WORKER_KIND}(wage|bpu)$`), async (ctx) => {
      const last = recent?.recall(ctx.from.id);
      const request = last?.kind === "ask" ? withWorkerKind(last, ctx.match[1] as "wage" | "bpu") : null;
      if (!request || request.kind === "ask") {
        ctx.outcome = "stale_button";
        await ctx.answerCallbackQuery({ text: ctx.t("calc-risk-expired") });
        return;
      }
      await showCompleted(ctx, last, request);
    });
    // the yearly return for the JHT illustration asked about (or just shown)
    redoLast(new RegExp(`^${JHT_RETURN_AGAIN}(${JHT_RETURNS.join("|")})$`), "jht", (jht, rate) => ({ ...jht, annualReturnPercent: Number(rate) }));
    // another risk class for the wage result just given (or asked about)
    redoLast(new RegExp(`^${RISK_AGAIN}(${RISK_CLASSES.join("|")})$`), "wage", (wage, risk) => ({ ...wage, riskClass: risk as RiskClass }));
    return composer;
  };
}

/** An amount per day becomes one per month the way daily workers' wages are counted, said in a note with its rule. */
function monthlyAmount(book: RuleBook, amount: number, perDay: boolean | undefined, t: Translate, lang: Language): { monthly: number; note: string } {
  if (!perDay) return { monthly: amount, note: "" };
  const days = book.number(DAILY_MULTIPLIER);
  const monthly = amount * days;
  const rp = (n: number) => formatRupiah(n, lang);
  return { monthly, note: `\n${t("calc-daily-note", { daily: rp(amount), days, monthly: rp(monthly), regulation: book.get(DAILY_MULTIPLIER).regulation })}` };
}

/**
 * Free text that already carries its numbers is answered with figures, no conversation. A short
 * follow-up to the last result ("kalau 6 bulan?", "kl 5jt?") changes that figure and computes again.
 */
export function answerWithNumbers(book: RuleBook, recent: RecentPerUser<CalculationRequest> = new RecentPerUser(), topics?: LastTopic, entries?: EntryLookup): PreAnswer {
  return async (ctx, text, written) => {
    let language = written;
    const previous = ctx.from && recent.recall(ctx.from.id);
    const topic = ctx.from && topics?.recall(ctx.from.id);
    // today dates a layoff written as a month ("phk bulan maret 2026") against the claim deadline
    // "klo perangkat 10 org … juga ikut, sisanya cukup utk brp petani": the budget before, the officials paid first
    const detected = (previous ? coverageAgain(previous, text) : null) ?? detectCalculation(text, new Date());
    // a head count right after an answer about officials is theirs (no calculation since, or a village one)
    const officialsTopic = detected && (!previous || previous.kind === "village") && isOfficialsEntry(entries, topic?.entryId);
    // a follow-up to the last result first; else a figure the knowledge answer just given needs ("gaji suami 4jt")
    // "kl istri sy jg ikut penghasilan 1jt jadi total brp" after a BPU result: the household's total
    // "and 50 vulnerable workers, how much per year" after a village budget: added to it, as "tambah" adds
    // a knowledge answer given after the last result is what a bare figure follows ("kl gaji sy 4 jt?" after the JKP benefit)
    const topicIsLatest = !!ctx.from && !!topic && (topics?.rememberedAt(ctx.from.id) ?? 0) > (recent.rememberedAt(ctx.from.id) ?? 0);
    const afterAnswer = topicIsLatest ? afterContributionAnswer(topic, text) : null;
    const request = householdAdded(previous, detected, text) ?? villageAdded(previous, detected, text) ?? (officialsTopic ? asOfficials(detected, text) : detected) ?? afterAnswer ?? (previous ? calculationFollowUp(previous, text) : null) ?? afterContributionAnswer(topic, text);
    if (!request) return false;
    // a bare figure answering the bot's own question keeps the language that question was asked in
    if (previous?.kind === "ask" && previous.language && previous.language !== language && !/\p{L}/u.test(text)) {
      language = previous.language;
      ctx.i18n.useLocale(language);
    }
    const t: Translate = (key, vars) => ctx.t(key, vars);
    // "iuran 0 perangkat …": nobody to compute for, as the form says
    if (isNobody(request)) {
      ctx.outcome = "calculator_nobody";
      await ctx.reply(t("village-nobody"));
      return true;
    }
    let reply: string;
    let keyboard: InlineKeyboard;
    if (request.kind === "ask") {
      reply = askText(request, t, language);
      keyboard = askKeyboard(request, t, language);
      ctx.outcome = `calculator_ask:${request.missing}`;
    } else {
      try {
        reply = render(book, request, t, language);
      } catch {
        return false; // numbers out of range: let the knowledge search answer instead
      }
      keyboard = keyboardFor(book, request, t);
      markCalculated(ctx, request.kind);
    }
    const sent = await ctx.reply(reply, { parse_mode: "HTML", reply_markup: keyboard });
    // the result, or what was asked and what was had (in which language): a follow-up or a bare figure completes it
    if (ctx.from) recent.remember(ctx.from.id, request.kind === "ask" ? { ...request, language } : request);
    // and by its message, so a button under it prices this result even after later ones
    if (ctx.from) rememberShown(recent, ctx.from.id, sent, request.kind === "ask" ? { ...request, language } : request);
    return true;
  };
}

/** How many results (or questions for a figure) are kept per user by the message that shows them. */
const SHOWN_KEPT = 8;
type Shown = { messageId: number; request: CalculationRequest };
/** The results shown to each user, by message, beside the latest (`recent`): one store per calculator memory. */
const shownByMemory = new WeakMap<RecentPerUser<CalculationRequest>, RecentPerUser<Shown[]>>();
function shownOf(recent: RecentPerUser<CalculationRequest>): RecentPerUser<Shown[]> {
  let shown = shownByMemory.get(recent);
  if (!shown) shownByMemory.set(recent, (shown = new RecentPerUser<Shown[]>()));
  return shown;
}

/** The result (or the question for a figure) `message` shows, kept with the last few for its buttons. */
function rememberShown(recent: RecentPerUser<CalculationRequest>, userId: number, message: { message_id?: number } | undefined, request: CalculationRequest): void {
  if (message?.message_id === undefined) return;
  const shown = shownOf(recent);
  const kept = (shown.recall(userId) ?? []).filter((s) => s.messageId !== message.message_id);
  shown.remember(userId, [...kept, { messageId: message.message_id, request }].slice(-SHOWN_KEPT));
}

/**
 * The result under which a button was pressed: the one that message shows, or undefined when it is no
 * longer kept (an older one, or after a restart), never the latest in its place. A press with no message
 * (not sent by Telegram for the bot's own messages) falls back to the latest.
 */
function resultPressedOn(recent: RecentPerUser<CalculationRequest> | undefined, ctx: BotContext & { from: { id: number } }): CalculationRequest | undefined {
  const messageId = ctx.callbackQuery?.message?.message_id;
  if (!recent) return undefined;
  if (messageId === undefined) return recent.recall(ctx.from.id);
  return shownOf(recent).recall(ctx.from.id)?.find((s) => s.messageId === messageId)?.request;
}

/** A village or group budget for no one ("iuran 0 perangkat siltap 2 jt"). */
function isNobody(r: CalculationRequest): boolean {
  if (r.kind === "group") return r.people === 0;
  if (r.kind === "village") return r.vulnerable === 0 && r.officials.every((g) => g.count === 0);
  return false;
}

/** The knowledge entry last answered to a user (the answer feature's memory). */
export type LastTopic = { recall(userId: number): { entryId: string } | undefined; rememberedAt(userId: number): number | undefined };

/** The knowledge entries by id, as far as the calculator reads them. */
export type EntryLookup = { get(id: string): { topic: string; label?: string } | undefined };

/** The village entries about officials and their siltap ("Hitung iuran aparat desa dari siltap", "JHT dan JP untuk aparat desa"). */
const OFFICIALS_LABEL = /\b(aparat|perangkat|siltap)\b/i;
const isOfficialsEntry = (entries: EntryLookup | undefined, id: string | undefined) => {
  const entry = id ? entries?.get(id) : undefined;
  return entry?.topic === "village" && OFFICIALS_LABEL.test(entry.label ?? "");
};

/** Entries that give the BPU contribution in general: a follow-up with an income ("kl penghasilan sy 3jt?") computes it. */
const BPU_CONTRIBUTION_ENTRIES = new Set(["bpu-iuran", "bpu-hitung-iuran"]);

/** Entries that give the migrant workers' contribution: "kl 6 bln?", "kl diperpanjang 4 bln?" after them compute it. */
const PMI_CONTRIBUTION_ENTRIES = new Set(["pmi-iuran", "pmi-perpanjang-kontrak"]);

/** Entries about death from a work accident (JKK): a wage given after them ("gaji suami 4jt") computes the death benefit. */
const JKK_DEATH_ENTRIES = new Set(["jkk-meninggal", "bpu-meninggal-kecelakaan"]);
/** The JKP cash benefit entry: "gaji sy 7jt" after it computes the benefit. */
const JKP_BENEFIT_ENTRIES = new Set(["jkp-manfaat-uang"]);
/** The STMB entry: "upah harian sy 150rb" after it computes the monthly STMB. */
const STMB_ENTRIES = new Set(["jkk-stmb"]);
/** The JHT tax entry: "kl 40jt?" after it computes the tax on that balance. */
const JHT_TAX_ENTRIES = new Set(["jht-pajak"]);

/**
 * After the BPU contribution entry, a follow-up that changes the income is read as after a BPU result;
 * after the migrant workers' one, a contract length or an extension as after a PMI result; after a
 * benefit entry (JKK death, JKP, STMB, JHT tax), the wage or balance it needs computes that benefit.
 * The topic is the entry answered or, after "Maksud Anda…?", the first option offered.
 */
function afterContributionAnswer(topic: { entryId: string } | undefined, text: string): CalculationRequest | null {
  if (!topic) return null;
  if (PMI_CONTRIBUTION_ENTRIES.has(topic.entryId)) {
    const request = calculationFollowUp({ kind: "pmi" }, text);
    return request?.kind === "pmi" && (request.months || request.extension) ? request : null;
  }
  if (JHT_TAX_ENTRIES.has(topic.entryId)) {
    const request = calculationFollowUp({ kind: "jht_tax", balance: 0 }, text);
    return request?.kind === "jht_tax" && request.balance > 0 ? request : null;
  }
  const wage = JKK_DEATH_ENTRIES.has(topic.entryId) || JKP_BENEFIT_ENTRIES.has(topic.entryId) || STMB_ENTRIES.has(topic.entryId) ? wageGiven(text) : undefined;
  if (wage && STMB_ENTRIES.has(topic.entryId)) return { kind: "stmb", wage: wage.amount, ...(wage.perDay ? { perDay: true } : {}) };
  // the death benefit and JKP are on a monthly wage: a daily one is left to the knowledge search
  if (wage && !wage.perDay && JKK_DEATH_ENTRIES.has(topic.entryId)) return { kind: "jkk_death", wage: wage.amount };
  if (wage && !wage.perDay && JKP_BENEFIT_ENTRIES.has(topic.entryId)) return { kind: "jkp", wage: wage.amount };
  if (!BPU_CONTRIBUTION_ENTRIES.has(topic.entryId)) return null;
  const request = calculationFollowUp({ kind: "bpu", income: 0 }, text);
  // only a new income computes: the entry itself had none to repeat; "penghasilan sy 4 jt" is one too
  if (request?.kind === "bpu" && request.income > 0) return request;
  const income = wageGiven(text);
  return income && !income.perDay ? { kind: "bpu", income: income.amount } : null;
}

const ASK_TEXT: Record<MissingFigure, string> = {
  months: "calc-ask-months",
  monthly_income: "calc-ask-monthly-income",
  officials_count: "calc-ask-officials-count",
  people_count: "calc-ask-people-count",
  official_income: "calc-ask-official-income",
  income_per_title: "calc-ask-income-per-title",
  risk_class: "calc-ask-risk-class",
  return_rate: "calc-ask-return-rate",
  several_wages: "calc-ask-several-wages",
  worker_kind: "calc-ask-worker-kind",
};

/** The question for the missing figure; when the bot can complete it, how to reply with just the figure. */
function askText(request: AskRequest, t: Translate, lang: Language): string {
  // a negative amount is refused as the form refuses it, and asked again; a range is said back, neither end taken
  const range = request.range && { low: formatRupiah(request.range[0], lang), high: formatRupiah(request.range[1], lang) };
  const rangeKey = request.missing === "official_income" ? "calc-ask-siltap-range" : "calc-ask-income-range";
  // "setahun brp" after different wages: the period said back, with how to compute each wage for it
  if (request.missing === "several_wages" && request.months) return t("calc-ask-several-wages-period", { months: request.months });
  // "kl istri sy?" after a BPU result: she joins on her own income, asked to be added to the total
  const household = request.missing === "monthly_income" && request.pending?.kind === "bpu" && request.pending.household?.length && !request.refused && !range;
  const lines = [range ? t(rangeKey, range) : household ? t("calc-ask-household-income") : t(request.refused ? `amount-${request.refused}` : ASK_TEXT[request.missing], workerKindVars(request, t, lang))];
  if (request.typed) lines.unshift(t("calc-amount-too-small", { typed: request.typed }));
  // the risk class is picked with its buttons (or typed, as the question says), as is the kind of worker
  if (request.pending && !range && request.missing !== "risk_class" && request.missing !== "return_rate" && request.missing !== "worker_kind" && !household) {
    lines.push(t(request.missing === "months" ? "calc-ask-reply-months" : request.missing.endsWith("_count") ? "calc-ask-reply-count" : "calc-ask-reply-amount"));
  }
  return lines.join("\n");
}

/** The income the worker-kind question holds, as read ("Rp100.000 sehari"). */
function workerKindVars(request: AskRequest, t: Translate, lang: Language): Record<string, string> | undefined {
  if (request.missing !== "worker_kind" || request.pending?.kind !== "bpu") return undefined;
  const amount = formatRupiah(request.pending.income, lang);
  return { amount: t(request.pending.perDay ? "calc-amount-per-day" : "calc-amount-per-month", { amount }) };
}

/** Prefix of the two buttons that say whether the writer is an employee or self-employed (BPU). */
const WORKER_KIND = "calc:wk:";

/** Figures of a village budget the form need not ask again (one group of officials at most: the form has one). */
type VillageKnown = { officials?: number; officialIncome?: number; extraPrograms?: OfficialExtraProgram[]; vulnerable?: number; months?: number };

/** "Hitung lagi" under a village budget: the data of its button. */
const VILLAGE_AGAIN = "calc:again:village";

/**
 * A village budget's figures, offered again by "Hitung lagi". The form has one group of officials:
 * several groups (a siltap per title) are not offered as one, and the form says how to change one.
 */
type VillageBefore = {
  officials?: number;
  officialIncome?: number;
  titles?: string[];
  severalGroups?: boolean;
  extraPrograms: OfficialExtraProgram[];
  vulnerable: number;
  months: number;
  vulnerableWithJht?: boolean;
  honorAsBpu?: boolean;
};

function villageBefore(r: Extract<CalculationRequest, { kind: "village" }>): VillageBefore {
  const groups = r.officials.filter((g) => g.count > 0);
  const one = groups.length === 1 ? groups[0]! : undefined;
  return {
    ...(groups.length > 1 ? { severalGroups: true } : { officials: one?.count ?? 0 }),
    ...(one ? { officialIncome: one.monthlyIncome } : {}),
    ...(one?.titles ? { titles: one.titles } : {}),
    extraPrograms: r.extraPrograms ?? [],
    vulnerable: r.vulnerable,
    months: r.months,
    ...(r.vulnerableWithJht ? { vulnerableWithJht: true } : {}),
    ...(r.honorAsBpu ? { honorAsBpu: true } : {}),
  };
}

function knownOfVillage(pending: CalculationRequest): VillageKnown {
  const months = "months" in pending && (pending.months ?? 0) > 0 ? { months: pending.months! } : {};
  if (pending.kind === "group") return pending.people ? { officials: 0, vulnerable: pending.people, ...months } : months;
  if (pending.kind !== "village" || pending.officials.length > 1) return {};
  const group = pending.officials[0];
  const known: VillageKnown = { ...months };
  if (group?.count) known.officials = group.count;
  else if (!group) known.officials = 0;
  if (group?.monthlyIncome) known.officialIncome = group.monthlyIncome;
  // JHT/JP named in the question are not asked again
  if (pending.extraPrograms?.length) known.extraPrograms = pending.extraPrograms;
  // vulnerable workers are known to be none only when officials were named with their count
  if (pending.vulnerable > 0 || known.officials !== undefined) known.vulnerable = pending.vulnerable;
  return known;
}

/** The step-by-step form that asks for the missing figure: the village one for counts and months; the risk classes as buttons. */
function askKeyboard(request: AskRequest, t: Translate, lang: Language): InlineKeyboard {
  const { missing } = request;
  // "gaji 5-6 jt": either end of the range, one press each
  if (request.range && request.pending) {
    return request.range
      .reduce((kb, amount) => kb.text(formatRupiah(amount, lang), `${RANGE_PICK}${amount}`), new InlineKeyboard())
      .row()
      .text(t("calc-ask-button"), "calc:again");
  }
  if (missing === "risk_class") return riskButtons(t, RISK_CLASSES);
  if (missing === "worker_kind") return new InlineKeyboard().text(t("calc-worker-kind-wage"), `${WORKER_KIND}wage`).row().text(t("calc-worker-kind-bpu"), `${WORKER_KIND}bpu`);
  if (missing === "return_rate") return returnButtons(JHT_RETURN_AGAIN).row().text(t("calc-ask-button"), "calc:again");
  return new InlineKeyboard().text(t("calc-ask-button"), missing === "monthly_income" || missing === "several_wages" ? "calc:again" : "calc:village");
}

/** Prefix of a button that gives the JHT illustration asked for (or just shown) a yearly return. */
const JHT_RETURN_AGAIN = "calc:jret:";
/** The returns the form offers: a choice for the user, no rule of ours. */
const JHT_RETURNS = [3, 5, 7];
const returnButtons = (prefix: string) => JHT_RETURNS.reduce((kb, r) => kb.text(`${r}%`, `${prefix}${r}`), new InlineKeyboard());

/** Prefix of a button that completes the income asked for with one end of the range written. */
const RANGE_PICK = "calc:range:";

/** Prefix of a button that computes the last wage result again with another risk class. */
const RISK_AGAIN = "calc:risk:";

/** One button per risk class, two to a row. */
function riskButtons(t: Translate, classes: readonly RiskClass[], keyboard = new InlineKeyboard()): InlineKeyboard {
  classes.forEach((r, i) => {
    keyboard.text(t(`risk-${r}`), `${RISK_AGAIN}${r}`);
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard.row();
}

/** A result's buttons; a wage result that assumed the lowest risk offers the other classes first. */
function keyboardFor(book: RuleBook, request: Exclude<CalculationRequest, AskRequest>, t: Translate): InlineKeyboard {
  // a JKP condition not met: the knowledge entry that explains it, first
  const unmet = request.kind === "jkp" && !request.resigned ? unmetJkpCondition(book, request) : undefined;
  if (unmet) return resultKeyboard(t, new InlineKeyboard().text(t("calc-jkp-read-rule"), `kb:${unmet.entryId}`).row());
  if (request.kind === "village") return resultKeyboard(t, undefined, VILLAGE_AGAIN);
  if (request.kind !== "wage" || request.riskClass) return resultKeyboard(t);
  const higher = RISK_CLASSES.filter((r) => r !== "very_low");
  return resultKeyboard(t, riskButtons(t, higher));
}

/** BPD members in the village-government scheme, priced on their fixed tunjangan like officials. */
const BPD_SCHEME = "village.bpd_scheme";

/** Rule behind "monthly = daily × 25" for daily earnings. */
const DAILY_MULTIPLIER = "misc_extra.daily_wage_multiplier";
/** The contribution base: basic wage plus fixed allowances. */
const WAGE_BASE = "misc_extra.wage_base";
/** The base may not be below the regional minimum wage (UMK/UMP) except where a law allows. */
const WAGE_FLOOR = "misc_extra.wage_base_floor";

function jkpConditions(book: RuleBook): JkpConditions {
  const keys = ["benefit.jkp_min_contribution_months", "programs_extra.jkp_window_months", "benefit.jkp_claim_deadline_months"];
  return {
    minMonths: book.number(keys[0]!),
    windowMonths: book.number(keys[1]!),
    claimMonths: book.number(keys[2]!),
    regulations: keys.map((k) => book.get(k).regulation),
  };
}

/** The JP pension age in force in `now`'s year: the latest `*.jp_age_<year>` of the schedule not after it. */
function jpAgeKey(book: RuleBook, now: Date = new Date()): string {
  const year = now.getUTCFullYear();
  const ages = book
    .keys()
    .map((k) => ({ k, year: Number(/\.jp_age_(\d{4})$/.exec(k)?.[1] ?? NaN) }))
    .filter((a) => a.year <= year)
    .sort((a, b) => a.year - b.year);
  return ages.at(-1)?.k ?? "benefit.jp_age_2025";
}
/** A JHT balance above this is usually asked for an NPWP. */
const JHT_NPWP = "benefit.jht_npwp_threshold";

/** After resigning the JHT balance can be claimed after this wait. */
const JHT_WAIT = "benefit.jht_wait_months";
/** Resigning: the contribution test's rule and the JHT wait's, not the claim deadline's. */
function resignedConditions(book: RuleBook): JkpConditions {
  const c = jkpConditions(book);
  return { ...c, regulations: [c.regulations[0]!, book.get(JHT_WAIT).regulation] };
}

/** The age the whole JHT balance is paid, and the rule that lists when it is paid in full (a PKWT contract ending among them). */
const JHT_FULL_AGE = "benefit.jht_full_age";
/** The years of JP contributions a monthly pension needs. */
const JP_MIN_YEARS = "benefit.jp_min_years";
/** JKP still paid when the employer closed or owes contributions (PP 6/2025 Pasal 39A). */
const JKP_EMPLOYER_CLOSED = "programs_extra.jkp_employer_arrears_months";

/** Who may join JKP (Indonesian wage earners under an age limit): the participation rule. */
const JKP_PARTICIPANT = "benefit.jkp_max_register_age";
const JKP_DEADLINE = "benefit.jkp_claim_deadline_months";

type JkpRequest = Extract<CalculationRequest, { kind: "jkp" }>;
type UnmetJkp = { key: string; vars: Record<string, string | number>; regulations: string[]; entryId: string };

/**
 * A JKP condition the question itself shows is not met: an informal worker (JKP is for wage
 * earners), a contract that simply ended (no covered layoff), a layoff longer ago than the claim
 * deadline. Said with its rule and the knowledge entry, never a cash figure.
 */
function unmetJkpCondition(book: RuleBook, r: JkpRequest, lang: Language = "id"): UnmetJkp | undefined {
  const c = jkpConditions(book);
  const wait = book.number(JHT_WAIT);
  const jhtRule = book.get(JHT_WAIT).regulation;
  if (r.informal) {
    return { key: "calc-jkp-informal", vars: {}, regulations: [book.get(JKP_PARTICIPANT).regulation], entryId: "jkp-peserta" };
  }
  // village officials: the sources do not say whether they can be JKP participants, so no payout is stated
  if (r.villageOfficial) {
    const p = (key: string) => percent(book.basisPoints(key), lang).trim();
    return { key: "calc-jkp-village-official", vars: { government: p("pu.jkp_government"), jkk: p("pu.jkk_to_jkp") }, regulations: [book.get(JKP_PARTICIPANT).regulation, book.get("pu.jkp_total").regulation], entryId: "jkp-peserta" };
  }
  // retiring is no layoff: what is paid instead is the JHT balance and JP
  if (r.retired) {
    const ageKey = jpAgeKey(book);
    return {
      key: "calc-jkp-retired",
      vars: { jhtAge: book.number(JHT_FULL_AGE), jpAge: book.number(ageKey), jpYears: book.number(JP_MIN_YEARS) },
      regulations: [c.regulations[0]!, book.get(JHT_FULL_AGE).regulation, book.get(ageKey).regulation, book.get(JP_MIN_YEARS).regulation],
      entryId: "jkp-syarat-klaim",
    };
  }
  // a contract that ended: the JHT balance with card and KTP, no waiting period (Permenaker 4/2022)
  if (r.contractEnded) {
    return { key: "calc-jkp-contract-ended", vars: { min: c.minMonths, window: c.windowMonths }, regulations: [c.regulations[0]!, book.get(JHT_FULL_AGE).regulation], entryId: "jkp-kontrak-pkwt" };
  }
  if (r.monthsSinceLayoff !== undefined && r.monthsSinceLayoff > c.claimMonths) {
    // a layoff dated by month or year is said as written: its months are only a lower bound
    const key = r.layoffWritten ? "calc-jkp-too-late-dated" : "calc-jkp-too-late";
    return { key, vars: { since: r.monthsSinceLayoff, claim: c.claimMonths, wait, written: r.layoffWritten ?? "" }, regulations: [book.get(JKP_DEADLINE).regulation, jhtRule], entryId: "jkp-batas-klaim" };
  }
  return undefined;
}

function renderWageRequest(book: RuleBook, r: Extract<CalculationRequest, { kind: "wage" }>, t: Translate, lang: Language): string {
  const { monthly, note } = monthlyAmount(book, r.wage, r.perDay, t, lang);
  // the risk class the question named, else the lowest, said so
  const assumed = r.riskClass ? "" : `\n${t("calc-assumed-risk")}`;
  const rp = (n: number) => formatRupiah(n, lang);
  const allowance = r.allowance
    ? `\n${t("calc-allowance-note", { total: rp(r.wage), wage: rp(r.wage - r.allowance), allowance: rp(r.allowance), regulation: book.get(WAGE_BASE).regulation })}`
    : "";
  // the UMK/UMP the question gives: a wage below it is counted on it, as the rule says; else no figure is held, so it is not checked
  const minimum = r.minimumWage;
  const base = minimum !== undefined && monthly < minimum ? minimum : monthly;
  const floorRule = { regulation: book.get(WAGE_FLOOR).regulation };
  const floor = minimum !== undefined
    ? `\n${t(base > monthly ? "calc-wage-below-minimum" : "calc-wage-above-minimum", { wage: rp(monthly), minimum: rp(minimum), ...floorRule })}`
    : `\n${t(r.allowance ? "calc-wage-floor-only" : "calc-wage-floor", floorRule)}`;
  const scale = { employees: r.employees ?? 1, months: r.months ?? 1, employerFirst: r.focus === "employer" };
  // a foreign worker: JP not settled (not in the totals), JKP for citizens only (not in JKP)
  const foreign = r.foreigner ? { jpUnsettled: true, inJkp: false } : {};
  const result = wageEarnerContribution(book, { wage: base, riskClass: r.riskClass ?? "very_low", ...(r.capPeriod ? { date: capDate(r.capPeriod) } : {}), ...foreign });
  const notes = [...jpCapPeriodNotes(r, result.jpCap, t, result.jpCapApplied), ...(r.household ? [t("calc-wage-household", { regulation: book.get(JP_WHO_MUST).regulation })] : []), ...(r.foreigner ? foreignWorkerNotes(book, result, t, lang) : [])];
  // "and JP?": the JP lines in words first, the table after
  const jpLines = result.lines.filter((l) => l.program === "jp" && !l.info);
  const jpOf = (payer: string) => jpLines.find((l) => l.payer === payer);
  const jpEmployer = jpOf("employer")?.amount ?? 0;
  const jpWorker = jpOf("worker")?.amount ?? 0;
  const rate = (payer: string) => percent(jpOf(payer)?.rateBasisPoints ?? null, lang).trim();
  const jpFirst = r.focus === "jp" && !r.foreigner
    ? `${t("calc-wage-jp-first", { employer: rp(jpEmployer), worker: rp(jpWorker), total: rp(jpEmployer + jpWorker), base: rp(result.jpBase), employerRate: rate("employer"), workerRate: rate("worker") })}\n`
    : "";
  return `${jpFirst}${renderWage(result, t, lang, scale)}${assumed}${allowance}${floor}${note}${notes.map((n) => `\n${n}`).join("")}`;
}

/** Permanent partial disability: the table percent for the injury × this multiple × the wage. */
const DISABILITY_BASE = "programs_extra.jkk_disability_base";

/** Foreigners working in Indonesia at least 6 months join JKK, JKM and JHT; whether JP applies is not settled; JKP is for citizens. */
const FOREIGN_MIN_MONTHS = "misc_extra.foreign_min_months";
const FOREIGN_JP = "misc_extra.foreign_jp";
const FOREIGN_JKP = "misc_extra.foreign_jkp";

/**
 * A foreign worker's wage table: what is settled (JKK, JKM, JHT at the same rates, after 6 months' work),
 * JP said not settled with what it would cost if it applies (never in the totals), and no JKP.
 */
function foreignWorkerNotes(book: RuleBook, result: ReturnType<typeof wageEarnerContribution>, t: Translate, lang: Language): string[] {
  const rp = (n: number) => formatRupiah(n, lang);
  const jp = (payer: string) => result.lines.find((l) => l.program === "jp" && l.payer === payer);
  const employer = jp("employer");
  const worker = jp("worker");
  const months = book.get(FOREIGN_MIN_MONTHS);
  return [
    t("calc-wage-foreign", { months: book.number(FOREIGN_MIN_MONTHS), regulation: months.regulation }),
    t("calc-wage-foreign-jp", {
      employer: rp(employer?.amount ?? 0),
      worker: rp(worker?.amount ?? 0),
      employerRate: percent(employer?.rateBasisPoints ?? null, lang).trim(),
      workerRate: percent(worker?.rateBasisPoints ?? null, lang).trim(),
      base: rp(result.jpBase),
      capped: result.jpCapApplied ? "yes" : "no",
      year: String(result.jpCap.year),
      regulation: book.get(FOREIGN_JP).regulation,
    }),
    t("calc-wage-foreign-jkp", { regulation: book.get(FOREIGN_JKP).regulation }),
  ];
}

/** Who must join JP: medium and large firms (Perpres 109/2013); a household employing an ART is none of these. */
const JP_WHO_MUST = "misc_extra.jp_mandatory_firms";

/** The 15th of the month named, or of March when only a year is ("tahun 2024": the cap that starts that March). */
const capDate = (p: { year: number; month?: number; written?: string }) => new Date(Date.UTC(p.year, (p.month ?? 3) - 1, 15));

/**
 * The JP cap for the period the question names: which months it runs, or that the period's own cap
 * is not in the tables (not announced yet, or older than the caps held), with call center 175.
 */
function jpCapPeriodNotes(r: Extract<CalculationRequest, { kind: "wage" }>, cap: ReturnType<typeof jpCapFor>, t: Translate, capped: boolean): string[] {
  if (r.capPeriod) {
    const asked = r.capPeriod.written ?? String(r.capPeriod.year);
    if (cap.exact) return [t("calc-jp-cap-period", { asked, year: String(cap.year), next: String(cap.year + 1) })];
    return [t(cap.wantedYear > cap.year ? "calc-jp-cap-not-yet" : "calc-jp-cap-unknown-year", { asked, wanted: String(cap.wantedYear), year: String(cap.year) })];
  }
  // a period running past next March meets a cap not published yet, as the village budget says; only JP
  // counted on the cap changes with it: a wage below the cap pays JP on the wage whatever the cap, said so
  const changes = r.months && r.months > 1 ? jpCapChangeWithin(r.months) : undefined;
  if (!changes) return [];
  return [capped ? t("calc-village-jp-cap-changes", { year: String(changes) }) : t("calc-jp-cap-changes-below")];
}

/**
 * A budget set against the village's contributions: the months it lasts with what is left, or
 * whether it covers the months named, with the difference. The contributions are the village table's.
 */
function renderBudgetLimit(book: RuleBook, r: Extract<CalculationRequest, { kind: "budget_limit" }>, t: Translate, lang: Language): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const months = r.asksMonths ? 1 : r.months;
  // the months are the limit's, never assumed
  const { assumedMonths: _m, ...kept } = r.village;
  const village = { ...kept, months };
  const monthly = villageBudget(book, { ...villageInput(village), months: 1 }).monthlyTotal;
  const needed = monthly * months;
  const verdict = r.asksMonths
    ? Math.floor(r.budget / monthly) === 0
      ? t("calc-limit-not-one-month", { budget: rp(r.budget), monthly: rp(monthly), short: rp(monthly - r.budget) })
      : t("calc-limit-months", { budget: rp(r.budget), monthly: rp(monthly), months: Math.floor(r.budget / monthly), left: rp(r.budget % monthly) })
    : r.budget >= needed
      ? t("calc-limit-enough", { budget: rp(r.budget), months, needed: rp(needed), left: rp(r.budget - needed) })
      : t("calc-limit-short", { budget: rp(r.budget), months, needed: rp(needed), short: rp(needed - r.budget) });
  return renderVillageRequest(book, village, t, lang, [verdict]);
}

/** What the village calculator needs of a village request. */
const villageInput = (r: Extract<CalculationRequest, { kind: "village" }>) => ({
  officials: r.officials,
  vulnerable: r.vulnerable,
  months: r.months,
  extraPrograms: r.extraPrograms,
  vulnerableWithJht: r.vulnerableWithJht,
  ...(r.honorPaid ? { honorPaid: r.honorPaid } : {}),
  ...(r.riskClass ? { riskClass: r.riskClass } : {}),
});

function renderVillageRequest(book: RuleBook, r: Extract<CalculationRequest, { kind: "village" }>, t: Translate, lang: Language, verdicts: string[] = []): string {
  const result = villageBudget(book, villageInput(r));
  const notes: string[] = [...verdicts];
  // no period written: the 12 months are an assumption, said so
  if (r.assumedMonths && r.months === 12) notes.push(t("calc-village-assumed-months"));
  // a risk class named: priced at it, and the officials' usual rate said beside it
  if (r.riskClass && r.officials.length) {
    notes.push(t("calc-village-risk-named", { rate: percent(book.basisPoints(`pu.jkk_${r.riskClass}`), lang).trim(), risk: t(`risk-${r.riskClass}`).toLowerCase(), usual: percent(book.basisPoints("pu.jkk_very_low"), lang).trim() }));
  }
  // JKP named with the contribution: it adds nothing to what the village or the official pays
  if (r.jkpAsked) {
    const p = (key: string) => percent(book.basisPoints(key), lang).trim();
    notes.push(t("calc-village-jkp-funding", { total: p("pu.jkp_total"), government: p("pu.jkp_government"), jkk: p("pu.jkk_to_jkp"), regulation: book.get("pu.jkp_total").regulation }));
  }
  if (r.bpuAsked) notes.push(t("calc-village-as-bpu", { package: formatRupiah(book.rupiah(vulnerablePackageKey(!!r.vulnerableWithJht)), lang) }));
  if (r.vulnerableWithJht) notes.push(vulnerableJhtNote(book, t, lang));
  if (r.jpAsked) notes.push(t("calc-bpu-no-jp"));
  // JP on a siltap above the cap is on the cap, which may not be confirmed: said as for a wage
  const jpCap = r.extraPrograms?.includes("jp") ? jpCapFor(book) : undefined;
  if (jpCap && r.officials.some((g) => g.monthlyIncome > jpCap.value)) {
    notes.push(t("calc-village-jp-cap-applied", { cap: formatRupiah(jpCap.value, lang), year: String(jpCap.year) }));
    if (jpCap.confidence === "weak") notes.push(t("calc-jp-cap-unconfirmed"));
    // a period past next March runs into a cap not published yet: JP after it will be higher
    const changes = jpCapChangeWithin(r.months);
    if (changes) notes.push(t("calc-village-jp-cap-changes", { year: String(changes) }));
  }
  // kader, Linmas, an honor: the knowledge gives the siltap basis for officials only
  // a title's siltap changed in a follow-up: counted among the group before, and how to say otherwise
  if (r.among) {
    const siltap = r.officials.find((g) => g.titles?.length === 1 && g.titles[0] === r.among!.title)?.monthlyIncome ?? 0;
    notes.push(t("calc-village-among", { title: r.among.title, of: r.among.of, siltap: formatRupiah(siltap, lang), others: formatRupiah(r.among.othersIncome, lang) }));
  }
  // BPD members priced on their tunjangan as officials: why, and that the basis is to be confirmed
  if (r.officials.some(isBpdGroup)) {
    const extras = (r.extraPrograms ?? []).map((p) => ` + ${p.toUpperCase()}${percent(book.basisPoints(`pu.${p}_total`), lang)}`).join("");
    notes.push(t("calc-village-bpd-note", { regulation: book.get(BPD_SCHEME).regulation, extras }));
  }
  if (r.honorAsBpu && r.honor) notes.push(t("calc-village-honor-read", { honor: formatRupiah(r.honor, lang) }));
  if (r.honorAsBpu) notes.push(t("calc-village-honor-as-bpu", { package: formatRupiah(book.rupiah("bpu.package_min"), lang) }));
  if (r.notSiltap) notes.push(t("calc-village-not-siltap", { package: formatRupiah(book.rupiah("bpu.package_min"), lang) }));
  const split = r.split ? villageSplit(book, result, t, lang) : [];
  return renderVillage(result, t, lang, [...notes, ...split], split.length > 0, r.honorTitles);
}

/**
 * What the village pays and what is deducted from each official's siltap, split as for a wage earner
 * (JKK and JKM the employer's; JHT and JP shared), with the caveat that a regency may set it otherwise.
 */
function villageSplit(book: RuleBook, result: ReturnType<typeof villageBudget>, t: Translate, lang: Language): string[] {
  const rp = (n: number) => formatRupiah(n, lang);
  const shares = (payer: "employer" | "worker", extras: OfficialExtraLine[]) => extras.map((e) => ` + ${e.program.toUpperCase()}${percent(book.basisPoints(`pu.${e.program}_${payer}`), lang)}`).join("");
  const lines = result.lines.flatMap((l) => {
    if (l.kind !== "officials") return [];
    const official = l.extras.reduce((n, e) => n + e.workerPerPerson, 0);
    if (!l.extras.length) return [t("calc-village-split-village-only", { siltap: rp(l.monthlyIncome), village: rp(l.perPerson) })];
    return [t("calc-village-split", { siltap: rp(l.monthlyIncome), village: rp(l.perPerson - official), official: rp(official), employer: shares("employer", l.extras), worker: shares("worker", l.extras).replace(/^ \+ /, "") })];
  });
  const regulations = [...new Set(["pu.jht_worker", "pu.jp_worker"].map((k) => book.get(k).regulation))].join("; ");
  // for the period: what the village budgets as its own share, and what comes out of the siltap
  const officials = result.lines.filter((l) => l.kind === "officials");
  const deducted = officials.reduce((n, l) => n + l.extras.reduce((m, e) => m + e.workerPerPerson, 0) * l.count, 0);
  const period = result.months > 1 || deducted > 0 ? [t("calc-village-split-period", { months: result.months, village: rp((result.monthlyTotal - deducted) * result.months), official: rp(deducted * result.months) })] : [];
  return lines.length ? [...lines, ...period, t("calc-village-split-caveat", { regulations })] : [];
}

/** The BPU JHT for vulnerable workers: the lowest tier, and that it rests on one source. */
function vulnerableJhtNote(book: RuleBook, t: Translate, lang: Language): string {
  const rp = (key: string) => formatRupiah(book.rupiah(key), lang);
  return t("calc-vulnerable-jht-note", { jht: rp("bpu.jht_min"), package: rp("bpu.package_with_jht_min"), regulation: book.get("bpu.jht_min").regulation });
}

function render(book: RuleBook, r: Exclude<CalculationRequest, AskRequest>, t: Translate, lang: Language): string {
  switch (r.kind) {
    case "bpu": {
      const { monthly, note } = monthlyAmount(book, r.income, r.perDay, t, lang);
      const result = bpuContribution(book, { income: monthly, withJht: !!r.withJht });
      // several people on the same income: one person's table, then the totals for all of them
      const people = (r.people ?? 1) > 1 ? `\n${t("calc-bpu-people", { n: r.people!, monthly: formatRupiah(result.monthly * r.people!, lang), year: formatRupiah(result.monthly * r.people! * 12, lang) })}` : "";
      // others of the household computed before: each one's package, and all of them together
      const others = (r.household ?? []).map((income) => bpuContribution(book, { income, withJht: !!r.withJht }).monthly);
      const all = [...others, ...Array.from({ length: r.people ?? 1 }, () => result.monthly)];
      const household = others.length
        ? `\n${t("calc-bpu-household", { parts: all.map((m) => formatRupiah(m, lang)).join(" + "), n: all.length, monthly: formatRupiah(all.reduce((a, b) => a + b, 0), lang), year: formatRupiah(all.reduce((a, b) => a + b, 0) * 12, lang) })}`
        : "";
      // JHT carried over from the result before to the person added: said, with their fee without it
      const householdJht = others.length && r.withJht ? `\n${t("calc-bpu-household-jht", { without: formatRupiah(bpuContribution(book, { income: monthly, withJht: false }).monthly, lang) })}` : "";
      // JP asked for: BPU cannot join it, said after the table
      const noJp = r.jpAsked ? `\n${t("calc-bpu-no-jp")}` : "";
      // JHT asked for: its line in the table; otherwise shown beside it as the option
      const withJhtAlso = r.withJht ? undefined : bpuContribution(book, { income: monthly, withJht: true });
      return renderBpu(result, withJhtAlso, t, lang) + people + household + householdJht + note + noJp;
    }
    case "wage":
      return renderWageRequest(book, r, t, lang);
    case "group": {
      const key = vulnerablePackageKey(!!r.withJht);
      const notes = [...(r.withJht ? [vulnerableJhtNote(book, t, lang)] : []), ...(r.jpAsked ? [t("calc-bpu-no-jp")] : [])];
      return renderGroup(r.people, r.months, book.rupiah(key), book.get(key).regulation, !!r.withJht, t, lang, notes);
    }
    case "village":
      return renderVillageRequest(book, r, t, lang);
    // each village's table and total on its own: each has its own APBDes
    case "villages": {
      // several villages with the same figures ("14 desa masing2 …"): one table for each of them, not 14 copies
      const same = r.villages.length > 2 && r.villages.every((v) => JSON.stringify(v.budget) === JSON.stringify(r.villages[0]!.budget));
      const each = same
        ? [`${t("calc-villages-same", { n: r.villages.length })}\n${renderVillageRequest(book, r.villages[0]!.budget, t, lang)}`]
        : r.villages.map((v) => `${t("calc-village-named", { name: v.name })}\n${renderVillageRequest(book, v.budget, t, lang)}`);
      // the villages together, when they run for the same months (each still budgets its own share)
      const months = r.villages[0]!.budget.months;
      if (!r.combined || r.villages.some((v) => v.budget.months !== months)) return each.join("\n\n");
      const total = r.villages.reduce((n, v) => n + villageBudget(book, { ...villageInput(v.budget), months }).total, 0);
      return [...each, t("calc-villages-total", { n: r.villages.length, months, total: formatRupiah(total, lang) })].join("\n\n");
    }
    case "budget_limit":
      return renderBudgetLimit(book, r, t, lang);
    case "coverage": {
      const notes = r.officialIncome ? [] : [...(r.withJht ? [vulnerableJhtNote(book, t, lang)] : []), ...(r.jpAsked ? [t("calc-bpu-no-jp")] : [])];
      return renderCoverage(budgetCoverage(book, r), t, lang, notes);
    }
    case "jkp": {
      if (r.resigned) return renderJkpResigned(resignedConditions(book), book.number(JHT_WAIT), t);
      const unmet = unmetJkpCondition(book, r, lang);
      if (unmet) return renderJkpNotEligible(unmet.key, unmet.vars, unmet.regulations, t);
      // fewer months paid than JKP needs: the condition, not a figure
      if (r.monthsPaid !== undefined && r.monthsPaid < jkpConditions(book).minMonths) return renderJkpTooShort(r.monthsPaid, jkpConditions(book), t);
      // a layoff also frees the JHT balance; a closed employer does not stop JKP
      const after = [t("calc-jkp-jht-too", { wait: book.number(JHT_WAIT), regulation: book.get(JHT_WAIT).regulation })];
      if (r.employerClosed) after.push(t("calc-jkp-employer-closed", { months: book.number(JKP_EMPLOYER_CLOSED), regulation: book.get(JKP_EMPLOYER_CLOSED).regulation }));
      return renderJkp(jkpBenefit(book, { wage: r.wage }), jkpConditions(book), t, lang, after);
    }
    case "jkk_death":
      return renderJkkDeath(jkkDeathBenefit(book, { wage: r.wage }), t, lang);
    case "jkk_disability": {
      const total = renderJkkDisability(jkkDisabilityBenefit(book, { wage: r.wage }), t, lang);
      // "permanent disability", total not said: the partial one is a table percent of 80 × the wage, not computed
      if (!r.totalAssumed) return total;
      const base = book.get(DISABILITY_BASE);
      return `${total}\n${t("calc-jkk-disability-partial", { base: book.number(DISABILITY_BASE), regulation: base.regulation })}`;
    }
    case "jkm_death":
      return renderJkmDeath(jkmDeathBenefit(book), r.wage, t, lang);
    case "stmb": {
      const { monthly, note } = monthlyAmount(book, r.wage, r.perDay, t, lang);
      return renderStmb(stmbBenefit(book, { wage: monthly, ...(r.months ? { months: r.months } : {}) }), t, lang) + note;
    }
    case "jp_benefit": {
      const min = book.get("benefit.jp_min_benefit_2024");
      const ageKey = jpAgeKey(book);
      const age = book.get(ageKey);
      const extra = { minBenefitYear: min.effective?.slice(0, 4) ?? "", pensionAge: book.number(ageKey), ageYear: age.effective?.slice(0, 4) ?? "", ageRegulation: age.regulation };
      return renderJpBenefit(jpBenefit(book, { wage: r.wage, years: r.years }), extra, t, lang);
    }
    case "jht_tax": {
      const partial = [book.get("benefit.jht_partial_retirement"), book.get("benefit.jht_partial_housing")].map((v) => `${v.value}%`).join("/");
      const npwp = book.get(JHT_NPWP);
      return renderJhtTax(jhtLumpSumTax(book, { balance: r.balance }), { partialPercents: partial, npwp: formatRupiah(book.rupiah(JHT_NPWP), lang), npwpRegulation: npwp.regulation }, t, lang);
    }
    case "jht_partial": {
      const other = r.purpose === "retirement" ? "housing" : "retirement";
      return renderJhtPartial(jhtPartialWithdrawal(book, { balance: r.balance, purpose: r.purpose }), jhtPartialWithdrawal(book, { balance: r.balance, purpose: other }), t, lang);
    }
    case "pmi":
      return renderPmi(pmiContribution(book, { ...(r.months ? { months: r.months } : {}), ...(r.extension ? { extensionMonths: r.extension } : {}) }), t, lang, r.unpriced);
    case "jht":
      return renderJht(jhtEstimate(book, { wage: r.wage, years: r.years, annualReturnPercent: r.annualReturnPercent }), book.get("pu.jht_total").regulation, t, lang);
    case "late_fee": {
      // the contribution written, or a month of the wage result before (all its employees)
      const month = r.of ? wageMonthTotal(book, r.of) : undefined;
      const contribution = r.contribution ?? month?.total ?? 0;
      const from = r.of && month ? t("calc-late-fee-from-wage", { total: formatRupiah(month.total, lang), wage: formatRupiah(month.base, lang), employees: r.of.employees ?? 1, risk: t(`risk-${r.of.riskClass ?? "very_low"}`) }) : undefined;
      return renderLateFee(employerLateFee(book, { contribution, ...(r.months ? { months: r.months } : {}) }), t, lang, from);
    }
  }
}

/** A month's contribution (employer's and worker's) of a wage result, for all its employees, on the base its table uses. */
function wageMonthTotal(book: RuleBook, r: Extract<CalculationRequest, { kind: "wage" }>): { total: number; base: number } {
  const monthly = r.perDay ? r.wage * book.number(DAILY_MULTIPLIER) : r.wage;
  const base = r.minimumWage !== undefined && monthly < r.minimumWage ? r.minimumWage : monthly;
  // as the table shows it: a foreign worker's JP is not in it
  const result = wageEarnerContribution(book, { wage: base, riskClass: r.riskClass ?? "very_low", ...(r.capPeriod ? { date: capDate(r.capPeriod) } : {}), ...(r.foreigner ? { jpUnsettled: true, inJkp: false } : {}) });
  return { total: result.totals.total * (r.employees ?? 1), base };
}
