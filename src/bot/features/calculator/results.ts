/**
 * From a calculation request to the reply's text: computed with the rule book's figures and
 * worded by render.ts, with the conditions and notes each result needs; and the question for
 * a figure the request still lacks.
 */
import { formatRupiah, type RuleBook } from "../../../rules/rule-book";
import { applyBasisPoints } from "../../../rules/money";
import { bpuContribution, budgetCoverage, jakonContribution, employerLateFee, jhtEstimate, jhtLumpSumTax, jhtPartialWithdrawal, jkkDeathBenefit, jkkDisabilityBenefit, jkmDeathBenefit, jkpBenefit, jpBenefit, stmbBenefit, jpCapForMonth, jpCapSegments, jpEstimated, jpUnknownFor, monthAfter, wageOverMonths, type JpCapSegment, pmiContribution, villageBudget, vulnerablePackageKey, wageEarnerContribution, type OfficialExtraLine, type VillageOfficialLine } from "../../../rules/calculators";
import { detectCalculation, isBpdGroup, type AskRequest, type CalculationRequest, type MissingFigure } from "../../../rules/question";
import { withRelativeYears } from "../../../knowledge/relative-years";
import { MONTH_NAME, NOT_AFTER_NON_PERIOD_WORD, REGULATION_WORDS, withMonthsNamed } from "../../../rules/period";
import type { BotContext, Language } from "../../context";
import type { Translate } from "../../conversation-kit";
import { jpCapSpan, monthName, percent, renderBpu, renderJakon, renderCoverage, renderGroup, renderJht, renderJhtPartial, renderJhtTax, renderJkkDeath, renderJkkDisability, renderJkmDeath, renderJkp, renderJpBenefit, renderLateFee, renderStmb, renderJkpNotEligible, renderJkpResigned, renderJkpTooShort, renderPmi, renderVillage, renderWage, type ConfirmedJp, type JkpConditions } from "./render";

/** Says which calculation this update's reply showed: the log line's outcome, and later features' `ctx.calculated`. */
export function markCalculated(ctx: BotContext, kind: CalculationRequest["kind"]): void {
  ctx.calculated = kind;
  ctx.outcome = `calculated:${kind}`;
}

/** The officials' JKK + JKM on a total siltap whose head count is asked: rate × total, for the months asked. */
function totalSiltapLine(book: RuleBook, request: AskRequest, t: Translate, lang: Language): string | undefined {
  const v = request.missing === "officials_count" && request.pending?.kind === "village" ? request.pending : undefined;
  if (!v || v.siltapRead?.people !== 0 || v.officials.length !== 1 || v.vulnerable || v.extraPrograms?.length || v.riskClass || v.honorPaid || !book.has(VILLAGE_RATE)) return undefined;
  const total = v.officials[0]!.monthlyIncome;
  if (!total) return undefined;
  const rate = book.basisPoints(VILLAGE_RATE);
  const monthly = applyBasisPoints(total, rate);
  const rp = (n: number) => formatRupiah(n, lang);
  return t("calc-total-siltap-contribution", { total: rp(total), rate: percent(rate, lang).trim(), monthly: rp(monthly), months: v.months || 1, period: rp(monthly * (v.months || 1)), regulation: book.get(VILLAGE_RATE).regulation });
}
const VILLAGE_RATE = "village.official_rate";

/** An amount per day becomes one per month the way daily workers' wages are counted, said in a note with its rule. */
function monthlyAmount(book: RuleBook, amount: number, perDay: boolean | undefined, t: Translate, lang: Language, ownDays?: number, writtenDays?: number): { monthly: number; note: string } {
  if (!perDay) return { monthly: amount, note: "" };
  const rp = (n: number) => formatRupiah(n, lang);
  // a self-employed worker's own days a month: their month, not the employees' multiplier
  if (ownDays) return { monthly: amount * ownDays, note: `\n${t("calc-daily-own-days-note", { daily: rp(amount), days: ownDays, monthly: rp(amount * ownDays) })}` };
  const days = book.number(DAILY_MULTIPLIER);
  const monthly = amount * days;
  const rule = book.get(DAILY_MULTIPLIER);
  // an employee's own days written are not the rule's: said, not silently replaced (audit18 #12)
  const how = writtenDays && writtenDays !== days
    ? t("calc-daily-days-written", { written: writtenDays, days, monthly: rp(monthly), regulation: rule.regulation })
    : t("calc-daily-note", { daily: rp(amount), days, monthly: rp(monthly), regulation: rule.regulation });
  // the multiplier resting on one source is marked as the other single-source figures are
  const single = rule.confidence !== "solid" ? `\n${t("calc-daily-single", { days })}` : "";
  return { monthly, note: `\n${how}${single}` };
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
  amount_period: "calc-ask-amount-period",
  wage_period: "calc-ask-wage-period",
  which_group: "calc-ask-which-group",
};

/** The question for the missing figure; when the bot can complete it, how to reply with just the figure. */
export function askText(request: AskRequest, t: Translate, lang: Language, book?: RuleBook): string {
  // a negative amount is refused as the form refuses it, and asked again; a range is said back, neither end taken
  const range = request.range && { low: formatRupiah(request.range[0], lang), high: formatRupiah(request.range[1], lang) };
  const rangeKey = request.missing === "official_income" ? "calc-ask-siltap-range" : "calc-ask-income-range";
  // "setahun brp" after different wages: the period said back, with how to compute each wage for it
  if (request.missing === "several_wages" && request.months) return t("calc-ask-several-wages-period", { months: request.months });
  // "kl 25 org?" after several groups: which one, with how to say it for the groups of that budget (explore13)
  if (request.missing === "which_group" && request.pending?.kind === "village") return whichGroupText(request.pending, request.count ?? 0, t);
  // "kl istri sy?" after a BPU result: she joins on her own income, asked to be added to the total
  const household = request.missing === "monthly_income" && request.pending?.kind === "bpu" && request.pending.household?.length && !request.refused && !range;
  // "gaji 2 jt seminggu", "gaji 60 jt setahun" → "setahun": an employee's monthly wage, asked as a wage (never the BPU example)
  const wageAsked = request.missing === "monthly_income" && request.pending?.kind === "wage" && !request.refused;
  const lines = [range ? t(rangeKey, range) : household ? t("calc-ask-household-income") : wageAsked ? t("calc-ask-monthly-wage") : t(request.refused ? `amount-${request.refused}` : ASK_TEXT[request.missing], workerKindVars(request, t, lang))];
  if (request.typed) lines.unshift(t(request.tooLarge ? "calc-siltap-too-large" : "calc-amount-too-small", { typed: request.typed }));
  if (request.again && !request.pending) lines.unshift(t("calc-ask-again-whole"));
  // "total siltap perangkat 30 jt sebulan": JKK + JKM of a total does not depend on the count, so said before asking it (audit18 #9)
  const ofTotal = book ? totalSiltapLine(book, request, t, lang) : undefined;
  if (ofTotal) lines.unshift(ofTotal);
  // "12 perangkat + 8 BPD + 20 RT/RW": the siltap asked is the officials' (the BPD's tunjangan); the honor-paid are on the package
  const pendingVillage = request.missing === "official_income" && request.pending?.kind === "village" ? request.pending : undefined;
  if (pendingVillage?.honorPaid && pendingVillage.officials.length && !range) {
    const bpd = pendingVillage.officials.some(isBpdGroup);
    lines.push(t(bpd ? "calc-ask-official-income-bpd-honor" : "calc-ask-official-income-honor", { n: pendingVillage.honorPaid, titles: honorLabel(pendingVillage.honorTitles, t) }));
  }
  // "anggaran kami cuma 20 jt" while a village figure is asked: kept for the result, or (no figures kept) how to write it all at once
  if (request.budget) lines.push(t(request.pending ? "calc-ask-budget-noted" : "calc-ask-budget-needs-groups", { budget: formatRupiah(request.budget, lang) }));
  // the risk class is picked with its buttons (or typed, as the question says), as is the kind of worker
  if (request.pending && !range && request.missing !== "risk_class" && request.missing !== "return_rate" && request.missing !== "worker_kind" && request.missing !== "amount_period" && request.missing !== "wage_period" && !household) {
    lines.push(t(request.missing === "months" ? "calc-ask-reply-months" : request.missing.endsWith("_count") ? "calc-ask-reply-count" : "calc-ask-reply-amount"));
  }
  return lines.join("\n");
}

/** "25 orang itu untuk kelompok mana?", with two of the budget's groups as the way to say it. */
function whichGroupText(p: Extract<CalculationRequest, { kind: "village" }>, n: number, t: Translate): string {
  // groups of more than one: a village has one head, so "kades jadi 25" is no example
  const officials = p.officials.filter((g) => g.count > 1).map((g) => (g.titles?.length === 1 ? t(`village-title-${g.titles[0]!.replace(/\s+/g, "-")}`) : t("village-title-perangkat")));
  const vulnerable = p.vulnerable - (p.honorPaid ?? 0) > 0 ? [t("calc-which-group-vulnerable")] : [];
  const names = [...new Set([...officials, ...vulnerable].map((x) => x.toLowerCase()))];
  return t("calc-ask-which-group", { n, first: names[0] ?? "", second: names[1] ?? names[0] ?? "" });
}

/** The income the worker-kind question holds, as read ("Rp100.000 sehari"). */
function workerKindVars(request: AskRequest, t: Translate, lang: Language): Record<string, string> | undefined {
  // "harian … 3 jt": the amount asked back, a day's or a month's
  if (request.missing === "wage_period") return request.pending?.kind === "wage" ? { amount: formatRupiah(request.pending.wage, lang) } : undefined;
  if (request.missing === "amount_period") {
    const held = request.pending?.kind === "ask" ? request.pending.pending : request.pending;
    const amount = held?.kind === "wage" ? held.wage : held?.kind === "bpu" ? held.income : undefined;
    return amount === undefined ? undefined : { amount: formatRupiah(amount, lang) };
  }
  if (request.missing !== "worker_kind" || request.pending?.kind !== "bpu") return undefined;
  const amount = formatRupiah(request.pending.income, lang);
  return { amount: t(request.pending.perDay ? "calc-amount-per-day" : "calc-amount-per-month", { amount }) };
}

/** An office's short name ("RT", "Linmas"); an office without one (BPD members moved to the BPU package) by its full name. */
function shortTitle(title: string, t: Translate): string {
  const key = `village-title-short-${title}`;
  const short = t(key);
  return short === key ? t(`village-title-${title}`) : short;
}

/** "RT/RW", "Linmas": the honor-paid offices named, or a general word for them. */
function honorLabel(titles: string[] | undefined, t: Translate): string {
  return titles?.length ? titles.map((x) => shortTitle(x, t)).join("/") : t("village-title-short-honor");
}

/** BPD members in the village-government scheme, priced on their fixed tunjangan like officials. */
const BPD_SCHEME = "village.bpd_scheme";

/** Rule behind "monthly = daily × 25" for daily earnings. */
const DAILY_MULTIPLIER = "misc_extra.daily_wage_multiplier";
/** The contribution base: basic wage plus fixed allowances. */
const WAGE_BASE = "misc_extra.wage_base";
/** The base may not be below the regional minimum wage (UMK/UMP) except where a law allows. */
const WAGE_FLOOR = "misc_extra.wage_base_floor";

/** Of the JKP contribution months, those paid one after another right before the layoff (PP 37/2021). */
const JKP_CONSECUTIVE = "programs_extra.jkp_consecutive_months";

function jkpConditions(book: RuleBook): JkpConditions {
  const keys = ["benefit.jkp_min_contribution_months", "programs_extra.jkp_window_months", "benefit.jkp_claim_deadline_months"];
  return {
    minMonths: book.number(keys[0]!),
    windowMonths: book.number(keys[1]!),
    claimMonths: book.number(keys[2]!),
    regulations: keys.map((k) => book.get(k).regulation),
    unconfirmed: book.get(keys[0]!).confidence !== "solid" || book.get(JKP_CONSECUTIVE).confidence !== "solid",
    consecutiveMonths: book.number(JKP_CONSECUTIVE),
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
/** The highest JHT balance the JMO app pays out on its own claim. */
const JHT_JMO_LIMIT = "benefit.jht_jmo_limit";

/** After resigning the JHT balance can be claimed after this wait. */
const JHT_WAIT = "benefit.jht_wait_months";
/** The membership a partial JHT withdrawal needs. */
const JHT_PARTIAL_MIN_YEARS = "benefit.jht_partial_min_years";
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
export function unmetJkpCondition(book: RuleBook, r: JkpRequest, lang: Language = "id"): UnmetJkp | undefined {
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
  const { monthly, note } = monthlyAmount(book, r.wage, r.perDay, t, lang, undefined, r.daysWritten);
  // the risk class the question named, else the lowest, said so
  const assumed = r.riskClass ? "" : `\n${t("calc-assumed-risk")}`;
  // work rarely at the lowest class named ("tambang"): said first, with the range of classes, none picked for it
  const risky = r.riskClass || !r.riskyWork ? "" : `${t("calc-wage-risky-work", { work: r.riskyWork, low: percent(book.basisPoints("pu.jkk_very_low"), lang).trim(), high: percent(book.basisPoints("pu.jkk_very_high"), lang).trim(), regulation: book.get("pu.jkk_very_high").regulation })}\n`;
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
  // a foreign worker: JP not settled (not in the totals), JKP for citizens only (not in JKP)
  const foreign = r.foreigner ? { jpUnsettled: true, inJkp: false } : {};
  const input = { wage: base, riskClass: r.riskClass ?? "very_low", ...foreign } as const;
  const result = wageEarnerContribution(book, { ...input, ...(r.capPeriod ? { date: capDate(r.capPeriod) } : {}) });
  // several months: each run of them on its own JP cap, from the month written (January of a year named), else next month
  const months = r.months ?? 1;
  const span = months > 1 ? wageOverMonths(book, input, r.capPeriod ? { year: r.capPeriod.year, month: r.capPeriod.month ?? 1 } : monthAfter(), months) : undefined;
  const capNotes = jpCapPeriodNotes(book, r, result, span, t, lang);
  const scale = { employees: r.employees ?? 1, months, employerFirst: r.focus === "employer", ...(span ? { period: { totals: span.totals, floor: span.jpFloor, partial: span.jpUnknown, unknownNamed: span.jpUnknown && span.parts.some((p) => !p.result.jpUnknown), ...(capNotes.runs ? { runs: capNotes.runs } : {}) } } : {}) };
  const notes = [...capNotes.notes, ...(r.household ? [t("calc-wage-household", { regulation: book.get(JP_WHO_MUST).regulation })] : []), ...(r.smallFirm && !r.household ? [t("calc-wage-small-firm", { regulation: book.get(JP_WHO_MUST).regulation })] : []), ...(r.foreigner ? foreignWorkerNotes(book, result, t, lang) : []), ...(r.salaryTaxAsked ? [t("calc-wage-salary-tax")] : [])];
  // "and JP?": the JP lines in words first, the table after
  const jpLines = result.lines.filter((l) => l.program === "jp" && !l.info);
  const jpOf = (payer: string) => jpLines.find((l) => l.payer === payer);
  const jpEmployer = jpOf("employer")?.amount ?? 0;
  const jpWorker = jpOf("worker")?.amount ?? 0;
  const rate = (payer: string) => percent(jpOf(payer)?.rateBasisPoints ?? null, lang).trim();
  const jpFirst = r.focus === "jp" && !r.foreigner && !result.jpUnknown
    ? `${t("calc-wage-jp-first", { employer: rp(jpEmployer), worker: rp(jpWorker), total: rp(jpEmployer + jpWorker), base: rp(result.jpBase), employerRate: rate("employer"), workerRate: rate("worker") })}\n`
    : "";
  // "kl sebulan jht sy nambah brp": the month's JHT (employer's and worker's lines) in words first, the table after
  const jhtLines = result.lines.filter((l) => l.program === "jht" && !l.info);
  const jhtOf = (payer: string) => jhtLines.find((l) => l.payer === payer);
  const jhtRate = (payer: string) => percent(jhtOf(payer)?.rateBasisPoints ?? null, lang).trim();
  const jhtTotal = (jhtOf("employer")?.amount ?? 0) + (jhtOf("worker")?.amount ?? 0);
  const jhtBasis = (jhtOf("employer")?.rateBasisPoints ?? 0) + (jhtOf("worker")?.rateBasisPoints ?? 0);
  const jhtFirst = r.focus === "jht" && jhtOf("employer") && jhtOf("worker")
    ? `${t("calc-wage-jht-first", { employer: rp(jhtOf("employer")!.amount), worker: rp(jhtOf("worker")!.amount), total: rp(jhtTotal), wage: rp(base), rate: percent(jhtBasis, lang).trim(), employerRate: jhtRate("employer"), workerRate: jhtRate("worker") })}\n`
    : "";
  const capAsked = r.capPeriod ? capPeriodName(r.capPeriod, lang) : undefined;
  return `${risky}${jpFirst}${jhtFirst}${renderWage(result, t, lang, scale, confirmedJp(book, result, r.riskClass ?? "very_low"), capAsked)}${assumed}${allowance}${floor}${note}${notes.map((n) => `\n${n}`).join("")}`;
}

/**
 * JP on the latest confirmed (solid) cap before the one used, when the cap used is not confirmed and the
 * wage is above the confirmed cap: the unconfirmed line is then an estimate, the confirmed one is certain.
 */
function confirmedJp(book: RuleBook, result: ReturnType<typeof wageEarnerContribution>, riskClass: NonNullable<Extract<CalculationRequest, { kind: "wage" }>["riskClass"]>): ConfirmedJp | undefined {
  if (result.jpCap.confidence === "solid" || result.jpUnsettled || !result.jpCap.exact) return undefined;
  const year = book
    .keys()
    .map((k) => Number(/^pu\.jp_cap_(\d{4})$/.exec(k)?.[1] ?? NaN))
    .filter((y) => y < result.jpCap.year && book.get(`pu.jp_cap_${y}`).confidence === "solid")
    .sort((a, b) => a - b)
    .at(-1);
  if (year === undefined || result.wage <= book.number(`pu.jp_cap_${year}`)) return undefined;
  const on = wageEarnerContribution(book, { wage: result.wage, riskClass, date: capDate({ year }) });
  const jp = (payer: string) => on.lines.find((l) => l.program === "jp" && l.payer === payer)?.amount ?? 0;
  return { year, cap: on.jpCap.value, employer: jp("employer"), worker: jp("worker") };
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

/** The period asked as the calendar names it ("Januari 2026", "January 2026", "2025"), not as it was typed. */
const capPeriodName = (p: { year: number; month?: number }, lang: Language) => (p.month ? monthName({ year: p.year, month: p.month }, lang) : String(p.year));

/**
 * The JP cap for the period the question names: which months it runs (a cap the tables do not hold is
 * said by the table itself), and for a year alone that its January and February are under the
 * previous March's cap. Without a period, whether the months asked run past next March.
 */
function jpCapPeriodNotes(book: RuleBook, r: Extract<CalculationRequest, { kind: "wage" }>, result: ReturnType<typeof wageEarnerContribution>, span: ReturnType<typeof wageOverMonths> | undefined, t: Translate, lang: Language): CapPartNotes {
  if (result.jpUnsettled) return { notes: [] };
  const cap = result.jpCap;
  const notes: string[] = [];
  if (r.capPeriod) {
    const asked = capPeriodName(r.capPeriod, lang);
    // a cap the tables do not hold is said by the table's own note
    if (cap.exact) notes.push(t("calc-jp-cap-period", { asked, year: String(cap.year), next: String(cap.year + 1) }));
    if (r.capPeriod.month === undefined && !span && !result.jpUnknown) notes.push(...januaryFebruaryNote(book, r, result, asked, t, lang));
  }
  if (!span) return { notes };
  // the months asked, each run on its cap (all employees): a floor or JP left out said once, the table's own note aside
  const employees = r.employees ?? 1;
  const parts = span.parts.map((p) => ({ segment: p.segment, monthly: p.result.totals.total * employees, jpFloor: p.result.jpFloor, jpUnknown: p.result.jpUnknown }));
  const { notes: warnings, runs } = capPartNotes(parts, { floor: result.jpFloor, unknown: result.jpUnknown }, t, lang);
  notes.push(...warnings);
  // past next March with a wage below the cap: JP on the wage whatever the cap, said so (unless the table's own note already did)
  if (!span.jpFloor && !span.jpUnknown && cap.exact && span.parts.some((p) => !p.segment.cap.exact)) notes.push(t("calc-jp-cap-changes-below"));
  return { notes, ...(runs ? { runs } : {}) };
}

/** The warnings on months under other caps, and the runs a total is summed from (shown right under it). */
type CapPartNotes = { notes: string[]; runs?: string };

/** A run of months under one JP cap, priced: what a wage's or a village's months are summed from. */
type PricedCapPart = { segment: JpCapSegment; monthly: number; jpFloor: boolean; jpUnknown: boolean };

/**
 * The one rule for months under several JP caps, wage or village: months after the latest cap held are
 * priced on it as a floor (said plainly, with 175), months before the earliest held have no JP (said,
 * with 175), and a total summed over runs priced differently is shown run by run, one line each.
 * `said`: what the table's own note already says of its month.
 */
/** "April 2027–Maret 2028": the Marches after the first missing cap whose caps are missing too ("2028"), or "none". */
function laterCapsMissing(floorParts: { segment: JpCapSegment }[]): string {
  const wanted = [...new Set(floorParts.map((p) => p.segment.cap.wantedYear))].sort((a, b) => a - b);
  return wanted.length > 1 ? wanted.slice(1).join(", ") : "none";
}

function capPartNotes(parts: PricedCapPart[], said: { floor: boolean; unknown: boolean }, t: Translate, lang: Language): CapPartNotes {
  const rp = (n: number) => formatRupiah(n, lang);
  const notes: string[] = [];
  const run = (of: PricedCapPart[]): JpCapSegment => ({ ...of[0]!.segment, months: of.reduce((n, p) => n + p.segment.months, 0) });
  const floor = parts.filter((p) => p.jpFloor);
  // the table's own note already says it of the period asked: each warning once
  if (floor.length && !said.floor) {
    const first = floor[0]!.segment;
    notes.push(t("calc-jp-cap-floor", { span: spanName(run(floor), lang), wanted: String(first.cap.year + 1), later: laterCapsMissing(floor), year: String(first.cap.year), cap: rp(first.cap.value), weak: first.cap.confidence === "solid" ? "no" : "yes" }));
  }
  const unknown = parts.filter((p) => p.jpUnknown);
  if (unknown.length && !(said.unknown && unknown.length === parts.length)) {
    notes.push(t("calc-jp-cap-left-out", { span: spanName(run(unknown), lang), year: String(unknown[0]!.segment.cap.year) }));
  }
  if (parts.some((p) => p.monthly !== parts[0]!.monthly)) {
    const status = (p: PricedCapPart) => (p.jpUnknown ? "unknown" : p.jpFloor ? "floor" : p.segment.cap.confidence === "solid" ? "solid" : "weak");
    const lines = parts.map((p) => t("calc-jp-cap-part", { span: spanName(p.segment, lang), months: p.segment.months, monthly: rp(p.monthly), total: rp(p.monthly * p.segment.months), year: String(p.segment.cap.year), status: status(p) }));
    return { notes, runs: [t("calc-jp-cap-parts"), ...lines].join("\n") };
  }
  return { notes };
}

/** "tahun 2025": January and February 2025 are under the March-2024 cap; said with JP on it when the wage is above it. */
function januaryFebruaryNote(book: RuleBook, r: Extract<CalculationRequest, { kind: "wage" }>, result: ReturnType<typeof wageEarnerContribution>, asked: string, t: Translate, lang: Language): string[] {
  const year = r.capPeriod!.year;
  const previous = jpCapForMonth(book, year, 1);
  const vars = { asked, previous: String(previous.wantedYear) };
  if (jpUnknownFor(previous)) return [t("calc-jp-cap-jan-feb-unknown", vars)];
  // on the wage in those months too, or on the same cap as the table: nothing to add
  if (!previous.exact || result.wage <= previous.value || previous.key === result.jpCap.key) return [];
  const before = wageEarnerContribution(book, { wage: result.wage, riskClass: result.riskClass, date: capDate({ year, month: 1 }) });
  const jp = (payer: string) => formatRupiah(before.lines.find((l) => l.program === "jp" && l.payer === payer)?.amount ?? 0, lang);
  return [t("calc-jp-cap-jan-feb", { ...vars, cap: formatRupiah(previous.value, lang), employer: jp("employer"), worker: jp("worker"), weak: previous.confidence === "solid" ? "no" : "yes" })];
}

/** "tahun depan", "next year": a year named relative to today. */
const RELATIVE_YEAR = /\b(?:(?:tahun|thn|th)\s+(?:ini|depan|dpn|lalu|kemarin|kmrn)|(?:this|next|last)\s+year)\b/gi;

/**
 * "gaji 12 jt iuran jp tahun depan": the year meant written as a number, so the wage's or the village
 * budget's JP cap is that year's. Only when it reads the same calculation with a period it did not
 * have: "di phk tahun lalu" dates a layoff as written, "2 tahun lalu" is a length of time.
 */
export function withRelativeCapYear(typed: string, now: Date = new Date()): string {
  // "02/2026", "bulan 2 2026": the month named, read as "februari 2026" is
  const text = withMonthsNamed(typed);
  // "tahun depan" → "tahun 2027": the year as the calculator reads a year named (withRelativeYears drops the word)
  const written = text.replace(RELATIVE_YEAR, (phrase) => `tahun ${withRelativeYears(phrase, now)}`);
  if (written === text) return withBareCapYear(text, now);
  const before = detectCalculation(text, now);
  const after = detectCalculation(written, now);
  const dated = (x: CalculationRequest | null) => (x?.kind === "wage" && !!x.capPeriod) || (x?.kind === "village" && !!x.from);
  if (!before || !after || dated(before) || !dated(after)) return text;
  // the same figures, only dated: the wage, or the village's people
  const same = (before.kind === "wage" && after.kind === "wage" && before.wage === after.wage) || (before.kind === "village" && after.kind === "village" && JSON.stringify([before.officials, before.vulnerable]) === JSON.stringify([after.officials, after.vulnerable]));
  return same ? written : text;
}

/** "kalau tahun 2023?", "kl 2024", "kl tahun depan?" (its year already written), "what about 2025?": a year alone, as a follow-up. */
const YEAR_FOLLOW_UP = /^(?:(?:kalau|kalo|klo|kl|kalu|klau|gimana|gmn|bagaimana|bgmn|terus|trus|trs|lalu|untuk|utk|buat|bwt|sedangkan|what|how|about|and|for|in|di|pada|tahun|thn|th|year)\s+)*(20\d\d)(?:\s+(?:nya|gimana|gmn|bagaimana|brp|berapa|jadinya|jadi|kak|min|gan|then|please))*$/;

/**
 * A year asked after a wage or village result: that result again, for the year (a wage on its JP cap, a
 * village budget over its months: January–December, or the same months in that year).
 */
export function withYearFollowUp(previous: CalculationRequest | undefined, text: string, now: Date = new Date()): Exclude<CalculationRequest, AskRequest> | undefined {
  if (previous?.kind !== "wage" && previous?.kind !== "village") return undefined;
  const plain = withRelativeYears(text.toLowerCase(), now).replace(/[?!.,]+/g, " ").replace(/\s+/g, " ").trim();
  const year = Number(YEAR_FOLLOW_UP.exec(plain)?.[1] ?? NaN);
  if (!Number.isFinite(year)) return undefined;
  // "januari 2026" then "kalau 2025": January 2025
  if (previous.kind === "wage") return { ...previous, capPeriod: previous.capPeriod?.month ? { year, month: previous.capPeriod.month } : { year } };
  const { from, yearRead, assumedMonths, ...kept } = previous;
  // "juli sampai desember 2026" then "kalau 2025": July–December 2025
  if (from && !yearRead) return { ...kept, from: { year, month: from.month } };
  // a year, or 12 months assumed: January–December of the year asked; months without a start: from its January
  // "tahun 2025?" names the budget year itself: January–December, whatever months were asked before (audit18 #10)
  const wholeYear = /\b(?:tahun|thn|th|year)\s+20\d\d\b/.test(plain);
  return yearRead || assumedMonths || previous.months === 12 || wholeYear ? { ...kept, months: 12, from: { year, month: 1 }, yearRead: year } : { ...kept, from: { year, month: 1 } };
}

/** Every 20xx in a text, to tell one year alone from a range or a year beside a date. */
const ANY_YEAR = /\b20\d\d\b/g;
/** "2025 karyawan", "2025 rb": a count or an amount, not a year. */
const COUNTED = "rb|ribu|rebu|k|jt|juta|perak|rupiah|rp|orang|org|karyawan|pekerja|pegawai|buruh|staf|staff|peserta|perangkat|aparat|desa|kk|jiwa|anggota|nelayan|petani|kali|x|bulan|bln|hari|minggu|employees?|workers?|people|persons?";
/** Words a year standing alone names the period after: a period word, or what is paid ("iuran jp 2025", "di 2025"). */
// "iuran pekerja rentan 2025 untuk 100 orang": the budget's year after whom it is for (audit18 #10); a count after it ("2025 orang") stays a count
const PERIOD_BEFORE_YEAR = "di|pada|untuk|utk|buat|bwt|iuran|iurannya|potongan|potongannya|bayar|bayaran|anggaran|jp|tk|bpjs|bpjstk|ketenagakerjaan|jht|jkk|jkm|pensiun|rentan|contributions?";
/** What may follow a year ending the question ("… gaji 12 jt 2025 brp?"). */
const QUESTION_END = String.raw`(?:\s+(?:brp|berapa|ya|yah|kak|min|gan|pak|bu|nya))*\s*[?!.]*\s*$`;
/**
 * "tk 2025", "jp 2024 gaji", "di 2025", "… gaji 12 jt 2025": a year written alone is a period only right
 * after a period or calculation word, or ending the question; never after "sejak", "masuk kerja",
 * "kontrak sampai", "perdes", "umk" (NOT_AFTER_NON_PERIOD_WORD), nor a regulation's ("PP 45/2015", "UU
 * no 24 2011"), a date's ("12/03/2025") or one already read with its word ("tahun 2025", "maret 2025").
 */
const BARE_YEAR = new RegExp(
  String.raw`${NOT_AFTER_NON_PERIOD_WORD}(?<![\d/.,:-])(?<!\b(?:tahun|thn|th|year|in|for|ta|t a|apbdes|no|nomor|nmr|pasal|ayat|tanggal|tgl|${REGULATION_WORDS}|${MONTH_NAME})\.?\s{0,2})(?:(?<=\b(?:${PERIOD_BEFORE_YEAR})\s{1,2})\b(20\d\d)\b(?![.,/:-]?\d|\s*[/-]|\s*(?:${COUNTED})\b)|\b(20\d\d)(?=${QUESTION_END}))`,
  "i",
);

/**
 * "gaji 12 jt iuran bpjs tk 2025": a year written without "tahun" read as the period of the JP cap, only
 * when it is the text's one year and the calculation is otherwise the same (a count, an amount or an age
 * that is "2025" gives another reading and is left as written).
 */
function withBareCapYear(text: string, now: Date): string {
  if ((text.match(ANY_YEAR) ?? []).length !== 1 || !BARE_YEAR.test(text)) return text;
  const written = text.replace(BARE_YEAR, "tahun $1$2");
  const before = detectCalculation(text, now);
  const after = detectCalculation(written, now);
  if (!before || !after || (after.kind !== "wage" && after.kind !== "village")) return text;
  const undated = (x: CalculationRequest) => {
    const { capPeriod: _c, from: _f, yearRead: _y, months: _m, assumedMonths: _a, ...rest } = x as CalculationRequest & Record<string, unknown>;
    return JSON.stringify(rest);
  };
  const dated = (after.kind === "wage" && !!after.capPeriod) || (after.kind === "village" && !!after.yearRead);
  // "gaji 12 jt … setahun 2025": the year misread as a second amount left the wage to ask; read as a year it is complete
  const completed = before.kind === "ask" && before.missing === "monthly_income" && before.pending?.kind === after.kind;
  return dated && (completed || undated(before) === undated(after)) ? written : text;
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
  const monthly = villageBudget(book, { ...villageInput(book, village), months: 1 }).monthlyTotal;
  // over the months named, each on its JP cap, as the table's total
  const needed = villageBudget(book, villageInput(book, village)).total;
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
const villageInput = (book: RuleBook, r: Extract<CalculationRequest, { kind: "village" }>) => ({
  officials: r.officials,
  vulnerable: r.vulnerable,
  months: r.months,
  extraPrograms: r.extraPrograms,
  vulnerableWithJht: r.vulnerableWithJht,
  ...(r.vulnerableIncome ? { vulnerableIncome: r.vulnerableIncome } : {}),
  ...(r.honorPaid ? { honorPaid: r.honorPaid } : {}),
  ...(r.riskClass ? { riskClass: r.riskClass } : {}),
  date: capDate(villageCaps(book, r).table.from),
  // the months written, else from next month: the total summed over their caps by the wage's rule (a floor
  // after the latest cap held, no JP before the earliest), so the same months give the same total either way
  from: r.from ?? monthAfter(),
});

/**
 * The JP caps over a village budget's months (from the month written, else next month), and the one its
 * table is priced on: the longest run under a cap the tables hold ("tahun 2024": March–December on the
 * 2024 cap, not January–February on an unknown 2023 one), else the first.
 */
function villageCaps(book: RuleBook, r: Extract<CalculationRequest, { kind: "village" }>): { table: JpCapSegment; others: JpCapSegment[] } {
  const segments = jpCapSegments(book, r.from ?? monthAfter(), r.months);
  const held = segments.filter((x) => x.cap.exact);
  const table = (held.length ? held : segments).reduce((a, b) => (b.months > a.months ? b : a));
  return { table, others: segments.filter((x) => x !== table) };
}

/**
 * Whether the month a budget starts can change its JP: only when some official's siltap is above the
 * lowest cap over those months (a siltap under every cap pays JP on itself, whichever months they are).
 */
function startChangesJp(book: RuleBook, r: Extract<CalculationRequest, { kind: "village" }>, span: { from: { year: number; month: number }; months: number }): boolean {
  const lowestCap = Math.min(...jpCapSegments(book, span.from, span.months).map((x) => x.cap.value));
  return r.officials.some((g) => !isBpdGroup(g) && g.monthlyIncome > lowestCap);
}

function renderVillageRequest(book: RuleBook, r: Extract<CalculationRequest, { kind: "village" }>, t: Translate, lang: Language, verdicts: string[] = []): string {
  const result = villageBudget(book, villageInput(book, r));
  const notes: string[] = [...verdicts];
  // no period written: the 12 months are an assumption, said so
  // the months counted from next month named, so the JP caps they run under can be checked
  const fromNextMonth = { from: monthAfter(), months: r.months };
  // "per 1 maret 2026": the start was written, only the length assumed
  if (r.assumedMonths && r.months === 12) notes.push(t(r.from ? "calc-village-assumed-length" : "calc-village-assumed-months", { span: spanName({ from: r.from ?? monthAfter(), months: 12 }, lang) }));
  else if (!r.from && r.months > 1 && r.extraPrograms?.includes("jp") && startChangesJp(book, r, fromNextMonth)) notes.push(t("calc-village-months-from-next", { months: r.months, span: spanName(fromNextMonth, lang) }));
  // "tahun 2027": its twelve months, said so
  if (r.yearRead && r.months === 12) notes.push(t("calc-village-year-read", { year: String(r.yearRead) }));
  // "total siltap 18jt", "siltap setahun 36jt": divided, and how it was read said (explore13)
  if (r.siltapRead) {
    const read = r.siltapRead;
    // rounded once or twice (a year's, then among the people): within a rupiah
    const each = r.officials.find((g) => Math.abs(g.monthlyIncome - read.written / (read.yearly ? 12 : 1) / (read.people || 1)) <= 1)?.monthlyIncome;
    if (each) notes.push(t("calc-village-siltap-read", { written: formatRupiah(read.written, lang), yearly: read.yearly ? "yes" : "no", people: read.people ?? 0, each: formatRupiah(each, lang) }));
  }
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
  // "berapa persen dari dana desa 800jt", "pakai tarif pangkep", "siltap 3jt tunjangan 1jt": what else was asked, answered or said (explore13)
  if (r.fund) notes.push(t("calc-village-fund-share", { total: formatRupiah(result.total, lang), months: r.months, fund: formatRupiah(r.fund, lang), percent: percent(Math.round((result.total * 10000) / r.fund), lang).trim() }));
  if (r.regionalRateAsked) notes.push(t("calc-village-regional-rate", { rate: percent(book.basisPoints("village.official_rate"), lang).trim(), regulation: book.get("village.official_rate").regulation }));
  if (r.allowanceLeftOut) notes.push(t("calc-village-allowance-left-out", { allowance: formatRupiah(r.allowanceLeftOut, lang) }));
  // "50 petani penghasilan 2jt": priced on the BPU table at that income, as for one BPU worker (explore13)
  const onIncome = r.vulnerableIncome ? bpuContribution(book, { income: r.vulnerableIncome, withJht: !!r.vulnerableWithJht }) : undefined;
  if (onIncome) notes.push(vulnerableIncomeNote(onIncome, t, lang));
  else if (r.vulnerableWithJht) notes.push(vulnerableJhtNote(book, t, lang));
  if (r.jpAsked) notes.push(t("calc-bpu-no-jp"));
  const capNotes = r.extraPrograms?.includes("jp") ? villageJpCapNotes(book, r, result, t, lang) : { notes: [] };
  notes.push(...capNotes.notes);
  // kader, Linmas, an honor: the knowledge gives the siltap basis for officials only
  // a title's siltap changed in a follow-up: counted among the group before, and how to say otherwise
  if (r.among) {
    const siltap = r.officials.find((g) => g.titles?.length === 1 && g.titles[0] === r.among!.title)?.monthlyIncome ?? 0;
    notes.push(t("calc-village-among", { title: r.among.title, of: r.among.of, siltap: formatRupiah(siltap, lang), others: formatRupiah(r.among.othersIncome, lang) }));
  }
  // BPD members priced on their tunjangan as officials: why, and that the basis is to be confirmed
  if (r.officials.some(isBpdGroup)) {
    // JHT or JP asked: neither for BPD members (villageBudget leaves both out, the scheme names JKK + JKM only), said why
    const asked = r.extraPrograms ?? [];
    const dropped = asked.includes("jht") && asked.includes("jp") ? "both" : asked.includes("jht") ? "jht" : asked.includes("jp") ? "jp" : "kept";
    notes.push(t("calc-village-bpd-note", { regulation: book.get(BPD_SCHEME).regulation, extras: "", jp: dropped }));
  }
  // one figure for officials and BPD members: the BPD's tunjangan taken to be it, and how to give theirs
  const bpdIncome = r.bpdShared ? r.officials.find(isBpdGroup)?.monthlyIncome : undefined;
  if (bpdIncome && r.officials.some((g) => !isBpdGroup(g) && g.monthlyIncome === bpdIncome)) notes.push(t("calc-village-bpd-shared", { amount: formatRupiah(bpdIncome, lang) }));
  if (r.honorAsBpu && r.honor) notes.push(t("calc-village-honor-read", { honor: formatRupiah(r.honor, lang) }));
  // the offices named when every one on the line is known ("Linmas yang menerima honor"), else the general list (explore13 #13)
  const honorWho = r.honorTitles?.length ? honorLabel(r.honorTitles, t) : "";
  if (r.honorAsBpu) notes.push(t("calc-village-honor-as-bpu", { package: formatRupiah(book.rupiah("bpu.package_min"), lang), who: honorWho ? honorWho[0]!.toUpperCase() + honorWho.slice(1) : "none" }));
  if (r.notSiltap) notes.push(t("calc-village-not-siltap", { package: formatRupiah(book.rupiah("bpu.package_min"), lang) }));
  const split = r.split ? villageSplit(book, result, t, lang) : { notes: [] };
  return renderVillage(result, t, lang, [...notes, ...split.notes], split.notes.length > 0, r.honorTitles, capNotes.runs, split.share);
}

/**
 * The JP cap the village table is priced on (applied to a siltap above it), whether JP is an estimate
 * (M1: a siltap above the highest confirmed cap, on an unconfirmed one), and the months under other caps
 * by the rule shared with wages (capPartNotes).
 */
function villageJpCapNotes(book: RuleBook, r: Extract<CalculationRequest, { kind: "village" }>, result: ReturnType<typeof villageBudget>, t: Translate, lang: Language): CapPartNotes {
  const rp = (n: number) => formatRupiah(n, lang);
  const cap = villageCaps(book, r).table.cap;
  const asked = r.yearRead ? String(r.yearRead) : r.from ? monthName(r.from, lang) : jpCapSpan(cap.wantedYear, t);
  const vars = { asked, year: String(cap.year), cap: rp(cap.value) };
  const siltaps = [...new Set(r.officials.map((g) => g.monthlyIncome))];
  const parts = result.parts ?? [];
  const notes: string[] = [];
  const floorParts = parts.filter((p) => p.jpFloor);
  const floorCap = floorParts[0]?.segment.cap;
  // the table's cap is the one the later months are floored on: one note says both
  const floorOnTableCap = !!floorCap && floorCap.key === cap.key;
  if (cap.exact && siltaps.some((x) => x > cap.value) && floorOnTableCap) {
    const span = spanName({ ...floorParts[0]!.segment, months: floorParts.reduce((n, p) => n + p.segment.months, 0) }, lang);
    notes.push(t("calc-village-jp-cap-floor-applied", { ...vars, wanted: String(floorCap.year + 1), later: laterCapsMissing(floorParts), span, weak: cap.confidence === "solid" ? "no" : "yes" }));
  } else if (cap.exact && siltaps.some((x) => x > cap.value)) {
    notes.push(t("calc-village-jp-cap-applied", vars));
    // the months after it are named by the floor note
    if (parts.length > 1 && !floorCap) notes.push(t("calc-village-jp-cap-period", { ...vars, asked: jpCapSpan(cap.year, t) }));
  }
  // an estimate only where JP rests on an unconfirmed cap above the highest confirmed one: the table's cap named, else the latest such
  const estimated = [cap, ...parts.filter((p) => !p.jpUnknown).map((p) => p.segment.cap).reverse()].find((c) => siltaps.some((x) => jpEstimated(book, c, x)));
  // a floor on that same cap says it is unconfirmed itself
  if (estimated && estimated.year !== floorCap?.year) notes.push(t("calc-jp-cap-unconfirmed", { year: String(estimated.year) }));
  const { notes: warnings, runs } = capPartNotes(parts.map((p) => ({ segment: p.segment, monthly: p.monthlyTotal, jpFloor: p.jpFloor, jpUnknown: p.jpUnknown })), { floor: floorOnTableCap && cap.exact, unknown: false }, t, lang);
  return { notes: [...notes, ...warnings], ...(runs ? { runs } : {}) };
}

/**
 * A coverage with JP: months on the latest cap held make the officials' cost a floor and the head count a
 * most (said once, with a margin); months before the earliest cap held leave JP out (said); each run named.
 */
function coverageJpNotes(result: ReturnType<typeof budgetCoverage>, t: Translate, lang: Language): string[] {
  // the officials paid first and those counted run over the same months: one run each
  const runs = [...new Map(result.parts.map((p) => [`${p.segment.from.year}-${p.segment.from.month}`, p])).values()];
  // the per-run lines would be one group's monthly figure, not the coverage's: the floor and left-out warnings only
  const { notes } = capPartNotes(runs.map((p) => ({ segment: p.segment, monthly: p.monthlyTotal, jpFloor: p.jpFloor, jpUnknown: p.jpUnknown })), { floor: false, unknown: false }, t, lang);
  if (result.jpFloor) notes.push(t("calc-coverage-floor", { people: result.people }));
  return notes;
}

/** "Januari–Februari 2024": the months of a run under one cap. */
function spanName(segment: Pick<JpCapSegment, "from" | "months">, lang: Language): string {
  const end = segment.from.year * 12 + segment.from.month - 1 + segment.months - 1;
  const last = { year: Math.floor(end / 12), month: (end % 12) + 1 };
  if (segment.months === 1) return monthName(last, lang);
  // "Januari–Februari 2024" within a year, "Desember 2025–Februari 2026" across one
  const first = segment.from.year === last.year ? monthName(segment.from, lang).replace(/\s*\d{4}$/, "") : monthName(segment.from, lang);
  return `${first}–${monthName(last, lang)}`;
}

/**
 * What the village pays and what is deducted from each official's siltap, split as for a wage earner
 * (JKK and JKM the employer's; JHT and JP shared), with the caveat that a regency may set it otherwise.
 */
function villageSplit(book: RuleBook, result: ReturnType<typeof villageBudget>, t: Translate, lang: Language): { notes: string[]; share?: string } {
  const rp = (n: number) => formatRupiah(n, lang);
  const shares = (payer: "employer" | "worker", extras: OfficialExtraLine[]) => extras.map((e) => ` + ${e.program.toUpperCase()}${percent(book.basisPoints(`pu.${e.program}_${payer}`), lang)}`).join("");
  // groups sharing the same programs: their rates said once, then one short row per siltap
  const byPrograms = new Map<string, VillageOfficialLine[]>();
  for (const l of result.lines) {
    if (l.kind !== "officials") continue;
    const key = l.extras.map((e) => e.program).join("+");
    byPrograms.set(key, [...(byPrograms.get(key) ?? []), l]);
  }
  const lines = [...byPrograms.values()].flatMap((group) => {
    const amounts = (l: VillageOfficialLine) => {
      const official = l.extras.reduce((n, e) => n + e.workerPerPerson, 0);
      return { siltap: rp(l.monthlyIncome), base: isBpdGroup(l) ? "bpd" : "siltap", village: rp(l.perPerson - official), official: rp(official) };
    };
    const extras = group[0]!.extras;
    if (!extras.length) return group.map((l) => t("calc-village-split-village-only", amounts(l)));
    const rates = { employer: shares("employer", extras), worker: shares("worker", extras).replace(/^ \+ /, "") };
    if (group.length === 1) return [t("calc-village-split", { ...amounts(group[0]!), ...rates })];
    return [t("calc-village-split-head", rates), ...group.map((l) => t("calc-village-split-row", amounts(l)))];
  });
  const regulations = [...new Set(["pu.jht_worker", "pu.jp_worker"].map((k) => book.get(k).regulation))].join("; ");
  // for the period: what the village budgets as its own share, and what comes out of the siltap
  const officials = result.lines.filter((l) => l.kind === "officials");
  const deducted = officials.reduce((n, l) => n + l.extras.reduce((m, e) => m + e.workerPerPerson, 0) * l.count, 0);
  // over months under different JP caps, each run's own shares
  const parts = result.parts ?? [{ monthlyTotal: result.monthlyTotal, workerMonthly: deducted, segment: { months: result.months } }];
  const villageShare = parts.reduce((n, p) => n + (p.monthlyTotal - p.workerMonthly) * p.segment.months, 0);
  const officialShare = parts.reduce((n, p) => n + p.workerMonthly * p.segment.months, 0);
  // the share is what goes into the APBDes: a floor or JP left out is said on it as on the total
  const status = result.parts?.some((p) => p.jpFloor) ? "floor" : result.parts?.some((p) => p.jpUnknown) ? "partial" : "exact";
  // the figure asked for ("bagian desa brp"): put at the top of the reply, not after the notes
  const share = result.months > 1 || deducted > 0 ? `${t("calc-village-split-period", { months: result.months, village: rp(villageShare), official: rp(officialShare), status })} ${t("calc-village-share-whole", { total: rp(villageShare + officialShare) })}` : undefined;
  return lines.length ? { notes: [...lines, t("calc-village-split-caveat", { regulations })], ...(share ? { share } : {}) } : { notes: [] };
}

/** Vulnerable workers on the income written: JKK of it + JKM (+ JHT), the tier raised or lowered into the table, and that the tiers between are estimates. */
function vulnerableIncomeNote(r: ReturnType<typeof bpuContribution>, t: Translate, lang: Language, household = false): string {
  const rp = (n: number) => formatRupiah(n, lang);
  const parts = r.lines.map((l) => `${l.program.toUpperCase()} ${rp(l.amount)}`).join(" + ");
  const clamped = r.clamped === "min" ? "min" : r.clamped === "max" ? "max" : "none";
  // a household or group outside a village: the same reading, without the village's words (audit18 #13)
  return t(household ? "calc-group-income-note" : "calc-village-vulnerable-income", { income: rp(r.income), declared: rp(r.declaredIncome), parts, monthly: rp(r.monthly), clamped });
}

/** The BPU JHT for vulnerable workers: the lowest tier, and that it rests on one source. */
function vulnerableJhtNote(book: RuleBook, t: Translate, lang: Language): string {
  const rp = (key: string) => formatRupiah(book.rupiah(key), lang);
  return t("calc-vulnerable-jht-note", { jht: rp("bpu.jht_min"), package: rp("bpu.package_with_jht_min"), regulation: book.get("bpu.jht_min").regulation });
}

export function render(book: RuleBook, r: Exclude<CalculationRequest, AskRequest>, t: Translate, lang: Language): string {
  switch (r.kind) {
    case "bpu": {
      const { monthly, note } = monthlyAmount(book, r.income, r.perDay, t, lang, r.days);
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
      // the spouse of a wage earner: the family pays that wage's deduction and this package (the employer's part is not theirs)
      const deduction = r.besideWage ? wageEarnerContribution(book, { wage: r.besideWage, riskClass: "very_low" }).totals.worker : 0;
      const family = r.besideWage ? `\n${t("calc-bpu-beside-wage", { deduction: formatRupiah(deduction, lang), wage: formatRupiah(r.besideWage, lang), bpu: formatRupiah(result.monthly, lang), monthly: formatRupiah(deduction + result.monthly, lang), year: formatRupiah((deduction + result.monthly) * 12, lang) })}` : "";
      return renderBpu(result, withJhtAlso, t, lang) + people + household + householdJht + family + note + noJp;
    }
    case "wage":
      return renderWageRequest(book, r, t, lang);
    case "group": {
      const key = vulnerablePackageKey(!!r.withJht);
      // "20 petani penghasilan 2jt": each on the BPU table at that income (explore13)
      const onIncome = r.income && r.people > 1 ? bpuContribution(book, { income: r.income, withJht: !!r.withJht }) : undefined;
      if (onIncome) return renderGroup(r.people, r.months, onIncome.monthly, book.get("bpu.jkk_rate").regulation, !!r.withJht, t, lang, [vulnerableIncomeNote(onIncome, t, lang, true), ...(r.jpAsked ? [t("calc-bpu-no-jp")] : [])], true);
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
      const budgets = r.villages.map((v) => villageBudget(book, { ...villageInput(book, v.budget), months }));
      const total = budgets.reduce((n, b) => n + b.total, 0);
      // a sum of floors is a floor, a sum without some JP is without it: said as each village's total is
      const label = budgets.some((b) => b.parts?.some((p) => p.jpFloor)) ? "calc-villages-total-floor" : budgets.some((b) => b.parts?.some((p) => p.jpUnknown)) ? "calc-villages-total-partial" : undefined;
      return [...each, `${t("calc-villages-total", { n: r.villages.length, months, total: formatRupiah(total, lang) })}${label ? ` ${t(label)}` : ""}`].join("\n\n");
    }
    case "budget_limit":
      return renderBudgetLimit(book, r, t, lang);
    case "coverage": {
      const notes = r.officialIncome ? [] : [...(r.withJht ? [vulnerableJhtNote(book, t, lang)] : []), ...(r.jpAsked ? [t("calc-bpu-no-jp")] : [])];
      // "cukup buat berapa linmas": counted on the BPU package as in the budget table, the honor read and said not to change it
      const honorWho = !r.officialIncome && r.honorTitles?.length ? r.honorTitles.map((x) => shortTitle(x, t)).join("/") : undefined;
      if (honorWho && r.honor) notes.push(t("calc-village-honor-read", { honor: formatRupiah(r.honor, lang) }));
      if (honorWho) notes.push(t("calc-village-honor-as-bpu", { package: formatRupiah(book.rupiah("bpu.package_min"), lang), who: honorWho[0]!.toUpperCase() + honorWho.slice(1) }));
      // the months written (January of a year named), else from next month: each run on its JP cap, as a village budget
      const result = budgetCoverage(book, { ...r, from: r.from ?? monthAfter() });
      // priced on the income written: how, and the mid-table estimate warning, as the village budget says it (audit18 #3)
      if (result.vulnerableIncome !== null) notes.unshift(vulnerableIncomeNote(bpuContribution(book, { income: result.vulnerableIncome, withJht: !!r.withJht }), t, lang));
      if (r.yearRead && r.months === 12) notes.push(t("calc-village-year-read", { year: String(r.yearRead) }));
      notes.push(...coverageJpNotes(result, t, lang));
      return renderCoverage(result, t, lang, notes, honorWho);
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
    case "jkk_death": {
      if (!r.contribution) return renderJkkDeath(jkkDeathBenefit(book, { wage: r.wage }), t, lang);
      // "paket 16800 meninggal": the cheapest package is the lowest reported income's, the base of the benefit (audit18 #2)
      const packages = [book.rupiah("bpu.package_min"), book.rupiah("bpu.package_with_jht_min")];
      const income = book.rupiah("bpu.income_min");
      if (!packages.includes(r.wage)) return t("calc-jkk-death-contribution-unknown", { paid: formatRupiah(r.wage, lang), multiple: book.number("benefit.jkk_death_multiple") });
      const note = t("calc-jkk-death-package", { paid: formatRupiah(r.wage, lang), income: formatRupiah(income, lang), regulation: book.get("bpu.income_min").regulation });
      return `${note}\n${renderJkkDeath(jkkDeathBenefit(book, { wage: income }), t, lang)}`;
    }
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
      // no accident named: the figure holds only for a work accident or an occupational disease, said so
      const cause = r.causeNotSaid ? `\n${t("calc-stmb-cause-not-said")}` : "";
      return renderStmb(stmbBenefit(book, { wage: monthly, ...(r.months ? { months: r.months } : {}) }), t, lang) + note + cause;
    }
    case "jp_benefit": {
      const min = book.get("benefit.jp_min_benefit_2024");
      const ageKey = jpAgeKey(book);
      const age = book.get(ageKey);
      const extra = { minBenefitYear: min.effective?.slice(0, 4) ?? /\((\d{4})\)/.exec(min.label)?.[1] ?? /_(\d{4})$/.exec(min.key)?.[1] ?? "", pensionAge: book.number(ageKey), ageYear: age.effective?.slice(0, 4) ?? "", ageRegulation: age.regulation };
      return renderJpBenefit(jpBenefit(book, { wage: r.wage, years: r.years }), extra, t, lang);
    }
    case "jht_tax": {
      const partial = [book.get("benefit.jht_partial_retirement"), book.get("benefit.jht_partial_housing")].map((v) => `${v.value}%`).join("/");
      const npwp = book.get(JHT_NPWP);
      // "bisa lwt jmo?": the balance against the JMO app's claim limit, said before the tax
      const jmo = book.get(JHT_JMO_LIMIT);
      const jmoLine = r.jmoAsked
        ? `${t(r.balance <= book.rupiah(JHT_JMO_LIMIT) ? "calc-jht-jmo-within" : "calc-jht-jmo-over", { balance: formatRupiah(r.balance, lang), limit: formatRupiah(book.rupiah(JHT_JMO_LIMIT), lang), regulation: jmo.regulation })}\n`
        : "";
      return jmoLine + renderJhtTax(jhtLumpSumTax(book, { balance: r.balance }), { partialPercents: partial, npwp: formatRupiah(book.rupiah(JHT_NPWP), lang), npwpRegulation: npwp.regulation, npwpSingle: npwp.confidence !== "solid" }, t, lang);
    }
    case "jht_partial": {
      // membership below the minimum the question states: not yet, never an amount
      const minYears = book.get(JHT_PARTIAL_MIN_YEARS);
      if (r.memberMonths !== undefined && r.memberMonths < book.number(JHT_PARTIAL_MIN_YEARS) * 12) {
        const member = r.memberMonths % 12 === 0 ? t("calc-member-years", { n: r.memberMonths / 12 }) : t("calc-months", { n: r.memberMonths });
        return t("calc-jht-partial-not-yet", { member, retirement: book.number("benefit.jht_partial_retirement"), housing: book.number("benefit.jht_partial_housing"), years: book.number(JHT_PARTIAL_MIN_YEARS), regulation: minYears.regulation, wait: book.number(JHT_WAIT), waitRegulation: book.get(JHT_WAIT).regulation, age: book.number("benefit.jht_full_age"), ageRegulation: book.get("benefit.jht_full_age").regulation });
      }
      const other = r.purpose === "retirement" ? "housing" : "retirement";
      return renderJhtPartial(jhtPartialWithdrawal(book, { balance: r.balance, purpose: r.purpose }), jhtPartialWithdrawal(book, { balance: r.balance, purpose: other }), t, lang);
    }
    case "jakon": {
      const wageRate = book.get("special.jakon_wage_rate");
      // a worker's wage known: the wage rate on it, marked as the contract table marks a single-source rate
      if (r.wage) return t("calc-jakon-wage", { wage: formatRupiah(r.wage, lang), rate: percent(book.basisPoints(wageRate.key), lang).trim(), amount: formatRupiah(applyBasisPoints(r.wage, book.basisPoints(wageRate.key)), lang), regulation: wageRate.regulation, single: wageRate.confidence === "solid" ? "no" : "yes" });
      return renderJakon(jakonContribution(book, { contractValue: r.contractValue }), { wageRate: `${percent(book.basisPoints(wageRate.key), lang).trim()}${wageRate.confidence === "solid" ? "" : "*"}`, registerDays: book.number("special.jakon_register_days"), registerRegulation: book.get("special.jakon_register_days").regulation }, t, lang);
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
