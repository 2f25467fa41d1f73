/**
 * "Hitung iuran" and the village heads' corner ("Dana desa"): short
 * conversations for contributions and village budgets, and questions that
 * already carry their numbers answered at once.
 */
import { Composer, InlineKeyboard, type Context } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import { formatRupiah, type RuleBook } from "../../../rules/rule-book";
import { RISK_CLASSES, type RiskClass } from "../../../rules/calculators";
import { calculationFollowUp, readAmountReply, readRiskReply, withWorkerKind, type AskRequest, type CalculationRequest } from "../../../rules/question";
import { RecentPerUser } from "../../../knowledge/follow-up";
import type { BotContext, Language } from "../../context";
import type { Feature } from "../../create-bot";
import type { PreAnswer } from "../answer";
import { askStep, dataOf, enterFresh, formOptions, textOf, CANCEL_DATA, type Conv, type Translate } from "../../conversation-kit";
import { resultKeyboard } from "./render";
import { JHT_RETURNS, JHT_RETURN_AGAIN, RANGE_PICK, RISK_AGAIN, VILLAGE_AGAIN, WORKER_KIND, askKeyboard, keyboardFor, returnButtons } from "./keyboards";
import { askText, render } from "./results";
import { rememberShown, resultPressedOn, sendResult } from "./shown";
import { OTHER_DATA, PEOPLE_UNIT, YEARS_UNIT, amountStep, countStep, extrasStep, leaveOnCancelOrQuestion, monthsStep } from "./steps";
import { knownOfVillage, villageBefore, type VillageBefore, type VillageKnown } from "./village-form";
import { answerWithNumbers as numbersAnswer } from "./numbers";
import { withRelativeCapYear, withYearFollowUp } from "./results";

export const CALC_ID = "calculator";
export const VILLAGE_ID = "village-budget";

/** Village corner links: the rules, an example, in the village head's terms. */
const VILLAGE_ENTRIES = { rules: "desa-dana-desa-untuk-iuran", budget: "desa-cara-anggarkan-apbdes", example: "desa-contoh-pangkep-2025", who: "desa-siapa-bisa-dilindungi" };

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
        await sendResult(ctx, { book, recent, request, t: translator(language), language, keyboard: resultKeyboard(translator(language)) });
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
        const asked = await ctx.reply(askText(request, t, language, book), { parse_mode: "HTML", reply_markup: askKeyboard(request, t, language) });
        if (recent) rememberShown(recent, ctx.from.id, asked, { ...request, language });
        return;
      }
      await sendResult(ctx, { book, recent, request, t, language });
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

/** Questions that carry their numbers ("tahun depan" read as the year it means, for its JP wage cap); a year asked after a wage or village result recomputes it. */
export function answerWithNumbers(...args: Parameters<typeof numbersAnswer>): PreAnswer {
  const answer = numbersAnswer(...args);
  const [book, recent, topics] = args;
  return async (ctx, text, written) => {
    // "kalau tahun 2023?" right after a wage or village result (no knowledge answer since): that result for the year
    const userId = ctx.from?.id;
    const calculatedLast = userId !== undefined && (topics?.rememberedOrder(userId) ?? 0) <= (recent?.rememberedOrder(userId) ?? 0);
    const again = calculatedLast && recent ? withYearFollowUp(recent.recall(userId), text) : undefined;
    if (!again || !recent || userId === undefined) return answer(ctx, withRelativeCapYear(text), written);
    await sendResult(ctx, { book, recent, request: again, t: (key, vars) => ctx.t(key, vars), language: written });
    return true;
  };
}
export type { LastTopic, EntryLookup } from "./numbers";
