/**
 * Questions that carry their numbers, answered with figures without a form, and short follow-ups
 * to a result or to a knowledge answer that needs a figure ("kl 5jt?", "gaji suami 4jt").
 */
import { InlineKeyboard } from "grammy";
import { formatRupiah, type RuleBook } from "../../../rules/rule-book";
import { asOfficials, calculationFollowUp, coverageAgain, detectCalculationIn, householdAdded, isVillageBudgetCalculation, villageAdded, wageGiven, type CalculationRequest } from "../../../rules/question";
import { htmlToPlain } from "../../html";
import { RecentPerUser, type DeathMembership } from "../../../knowledge/follow-up";
import { cleanText } from "../../../knowledge/normalize";
import type { PreAnswer } from "../answer";
import type { Translate } from "../../conversation-kit";
import { askKeyboard, keyboardFor } from "./keyboards";
import { askText, markCalculated, render } from "./results";
import { rememberShown } from "./shown";

/**
 * Free text that already carries its numbers is answered with figures, no conversation. A short
 * follow-up to the last result ("kalau 6 bulan?", "kl 5jt?") changes that figure and computes again.
 */
export function answerWithNumbers(book: RuleBook, recent: RecentPerUser<CalculationRequest> = new RecentPerUser(), topics?: LastTopic, entries?: EntryLookup): PreAnswer {
  return async (ctx, text, written) => {
    let language = written;
    const previous = ctx.from && recent.recall(ctx.from.id);
    const topic = ctx.from && topics?.recall(ctx.from.id);
    // "bisa dibuatin ringkasan buat dicetak?" after a result (a village's budget, a wage's contributions): that calculation again as plain text to copy or print
    const printTopic = ctx.from && topics?.recall(ctx.from.id);
    const answeredSince = !!ctx.from && !!printTopic && (topics?.rememberedOrder(ctx.from.id) ?? 0) > (recent.rememberedOrder(ctx.from.id) ?? 0);
    if (previous && previous.kind !== "ask" && !answeredSince && PRINTABLE.test(text.toLowerCase()) && !NOT_PRINTABLE.test(text.toLowerCase())) {
      const t: Translate = (key, vars) => ctx.t(key, vars);
      let body: string;
      try {
        body = htmlToPlain(render(book, previous, t, language));
      } catch {
        return false;
      }
      ctx.outcome = "calculator_printable";
      const intro = isVillageBudgetCalculation(previous.kind) ? "calc-printable-intro" : "calc-printable-intro-plain";
      await ctx.reply(`${htmlToPlain(t(intro))}\n\n${body}`);
      return true;
    }
    // "anak 1 sma dpt beasiswa ga" after "bapak sy meninggal …, peserta bpu 2 thn": the scholarship's membership condition checked on the years told (explore13 #11)
    const membership = ctx.from ? topics?.situations?.memberships.recall(ctx.from.id) : undefined;
    if (membership && !membership.workAccident && asksScholarshipOnly(text)) {
      const min = book.get(SCHOLARSHIP_MIN_YEARS);
      const met = membership.years >= book.number(SCHOLARSHIP_MIN_YEARS);
      // the JKM topic is what follows ("dokumennya apa aja"), as after its calculation
      ctx.calculated = "jkm_death";
      ctx.outcome = met ? "scholarship_condition_met" : "scholarship_condition_not_met";
      await ctx.reply(
        ctx.t(met ? "calc-scholarship-met" : "calc-scholarship-not-met", {
          years: membership.years,
          min: book.number(SCHOLARSHIP_MIN_YEARS),
          regulation: min.regulation,
          children: book.number("benefit.scholarship_children"),
          perChild: formatRupiah(book.rupiah("benefit.scholarship_per_child"), language),
        }),
        { parse_mode: "HTML" },
      );
      return true;
    }
    // "ringkasan", "rekap" with no calculation to summarise: said so, with how to get one (explore13 #11)
    if (!previous && SUMMARY_ALONE.test(text.trim().toLowerCase())) {
      ctx.outcome = "calculator_printable_none";
      await ctx.reply(ctx.t("calc-printable-none"), { parse_mode: "HTML" });
      return true;
    }
    // today dates a layoff written as a month ("phk bulan maret 2026") against the claim deadline
    // "klo perangkat 10 org … juga ikut, sisanya cukup utk brp petani": the budget before, the officials paid first
    const detected = (previous ? coverageAgain(previous, text) : null) ?? detectCalculationIn(ctx.update, text, new Date());
    // a head count right after an answer about officials is theirs (no calculation since, or a village one)
    const officialsTopic = detected && (!previous || previous.kind === "village") && isOfficialsEntry(entries, topic?.entryId);
    // a follow-up to the last result first; else a figure the knowledge answer just given needs ("gaji suami 4jt")
    // "kl istri sy jg ikut penghasilan 1jt jadi total brp" after a BPU result: the household's total
    // "and 50 vulnerable workers, how much per year" after a village budget: added to it, as "tambah" adds
    // a knowledge answer given after the last result is what a bare figure follows ("kl gaji sy 4 jt?" after the JKP benefit)
    const topicIsLatest = !!ctx.from && !!topic && (topics?.rememberedOrder(ctx.from.id) ?? 0) > (recent.rememberedOrder(ctx.from.id) ?? 0);
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
      reply = askText(request, t, language, book);
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

/** "ringkasan buat dicetak", "bisa dicetak?", "print": the last calculation asked for as text to print or copy. */
const PRINTABLE = /\b(ringkas\w*|rangkum\w*|rangkuman|rekap\w*|cetak|dicetak|diprint|print\w*|printable)\b/;
/** "ringkasan", "rekap dong": a summary asked for and nothing else. */
const SUMMARY_ALONE = /^(?:tolong\s+|buat\s+|bikin\s+|minta\s+|buatkan\s+)?(?:ringkasan|ringkasannya|ringkas|rangkuman|rangkumannya|rekap|rekapan|rekapnya|summary)(?:\s+(?:dong|donk|ya|pls|hitungan\w*|(?:utk|untuk|buat) musdes))?\s*[.?!]*$/;

/** "cetak kartu", "print saldo": something else to print, not the calculation. */
const NOT_PRINTABLE = /\b(kartu|card|sertifikat|kpj|saldo|balance|bukti|slip|struk|e ?kta)\b/;

/** A village or group budget for no one ("iuran 0 perangkat siltap 2 jt"). */
function isNobody(r: CalculationRequest): boolean {
  if (r.kind === "group") return r.people === 0;
  if (r.kind === "village") return r.vulnerable === 0 && r.officials.every((g) => g.count === 0);
  return false;
}

/** The knowledge entry last answered to a user (the answer feature's memory), and the membership years told with a death. */
export type LastTopic = {
  recall(userId: number): { entryId: string } | undefined;
  rememberedOrder(userId: number): number | undefined;
  situations?: { memberships: { recall(userId: number): DeathMembership | undefined } };
};

const SCHOLARSHIP_MIN_YEARS = "benefit.scholarship_min_years";
/** "anak 1 sma dpt beasiswa ga", "beasiswa anak dpt ga": whether the children get the scholarship, nothing else asked. */
const SCHOLARSHIP = /\b(beasiswa|scholarships?)\b/;
const asksScholarshipOnly = (text: string) => {
  const t = cleanText(text);
  return SCHOLARSHIP.test(t) && t.split(" ").length <= 8 && !/\b(brp|berapa|brapa|how much|besar\w*|jumlah\w*|cara|gimana|gmn|bagaimana|how)\b/.test(t);
};

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
