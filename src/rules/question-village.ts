/** Village budgets: officials on their siltap, honor-paid groups, several villages, budget limits and how many a budget covers. */
import type { AmountMatch } from "./money";
import { calendarYearNamed, namesFiscalYear, NUMBER_WORD, numberWordValue, periodStart, readPeriod, singleMonthNamed, startWritten, withoutPeriods, type PeriodReading } from "./period";
import { householdSize, isSingleOffice, officeTitlesIn, OFFICE_TITLES, readPeople, VULNERABLE_WORDS, WORKER_WORDS, withoutWriter, type PeopleReading } from "./people";
import { isBpdGroup, type OfficialExtraProgram, type OfficialGroup } from "./calculators";
import type { CalculationRequest, MissingFigure } from "./question";
import { ask, FAMILY, has, JHT_NAMED, MIN_MONTHLY_INCOME, PACKAGE, PAYS, RECEIVES_BENEFIT, riskClassOf, sumOf, VILLAGE, WITHOUT_JHT, WITHOUT_JP } from "./question-words";
import { AMOUNT, amountsIn } from "./question-amounts";

/** What a group's contribution question asks for: a cost, not something received. */
const GROUP_COST = /\b(iuran\w*|bayar\w*|biaya\w*|premi|total|hitung\w*|anggar\w*|ongkos|pay|pays|paying|cost|costs|contributions?|budget)\b/;
/** "anggaran 10 juta cukup utk brp org", "cukup buat berapa petani": how many people a budget covers. */
const HOW_MANY_PEOPLE = new RegExp(String.raw`\b(?:brp|berapa|how many)\s+(?:orang\s+)?(${OFFICE_TITLES}|${WORKER_WORDS})\b`);
export const COVERS = /\b(cukup|enough|bisa (untuk|utk|buat|menanggung|cover))\b/;
/** Words that make an amount a budget to spend rather than someone's income. */
const BUDGET_WORD = /^(anggaran\w*|pagu|dana|dananya|budget|alokasi\w*|uang|punya|sebesar|modal|apbdes)$/;
/** Words that make an amount someone's monthly income. */
const INCOME_WORD = /^(siltap|gaji|upah|penghasilan|honor\w*|insentif|tunjangan|income|salary)$/;
/** A head count asked for: "berapa orang" right after the budget names the people it is for. */
const GENERIC_PEOPLE = /^(orang|org|orng|peserta|jiwa|people)$/;
/** A village title, alone. */
const ONE_TITLE = new RegExp(String.raw`^(?:${OFFICE_TITLES})$`);
/** Offices paid an honor rather than a siltap: the knowledge gives the siltap basis for officials only. */
const NOT_SILTAP = /\b(kader\w*|linmas|honor\w*|insentif)\b/;
/** With no siltap named, a tunjangan (BPD, RT) is no siltap either. */
export const HONOR_ONLY = /\b(kader\w*|linmas|honor\w*|insentif|tunjangan)\b/;
/** Offices paid an honor or insentif, never a siltap (RT/RW heads, Linmas, kader): named alone, they are on the BPU package. */
export const HONOR_TITLES = new Set(["rt", "rw", "linmas", "kader"]);
const onlyTitles = (t: string, pick: (title: string) => boolean) => {
  const titles = officeTitlesIn(t);
  return titles.length > 0 && titles.every(pick);
};
/**
 * BPD members are in the village-government scheme with the officials (village.bpd_scheme): their
 * fixed tunjangan is priced as a siltap, not on the BPU package.
 */
export { isBpdGroup };
/** An honor, insentif or tunjangan and no siltap, or only honor-paid offices named: those people go on the BPU package. */
function paidHonorOnly(t: string): boolean {
  if (has(t, /\bsiltap\b/) || onlyTitles(t, (x) => x === "bpd")) return false;
  return has(t, HONOR_ONLY) || onlyTitles(t, (x) => HONOR_TITLES.has(x));
}

/**
 * English words for the village and group budgets, read as the Indonesian the readers know
 * ("10 village officials earning 2 million", "cost for 30 vulnerable workers", "budget 10
 * million covers how many"). The worker calculators read English themselves.
 */
const ENGLISH_BUDGET_WORDS: [RegExp, string][] = [
  // "village budget 5 officials 3 million", "budget for 5 village officials": the contributions budgeted for those
  // counted, so the amount after them is their siltap, not a budget to spend
  [new RegExp(String.raw`\b(?:village\s+)?budget\s+(?:for\s+)?(?=(?:\d+|${NUMBER_WORD})\s+(?:village\s+)?(?:officials?|staff|apparatus|heads?)\b)`, "gi"), "iuran desa untuk "],
  [/\bvillage (officials?|staff|apparatus)\b/gi, "perangkat desa"],
  // "10 officials with a fixed income of 2 million": in this bot's subjects officials are the village's
  [/\bofficials\b/gi, "perangkat desa"],
  [/\bvillage heads?\b/gi, "kades"],
  [/\bvulnerable workers?\b/gi, "pekerja rentan"],
  [/\b(how much would it cost|how much does it cost|cost for|cost of|total cost)\b/gi, "berapa biaya"],
  [/\bcovers? how many\b/gi, "cukup berapa orang"],
  [/\bhow many (people|workers) (can|could) (it|we|i) cover\b/gi, "cukup berapa orang"],
];

/** "earning 2 million" is a siltap only for village officials: employees earning a wage are wage earners. */
const ENGLISH_SILTAP: [RegExp, string] = [/\b(earning|with (a )?fixed (pay|income) of|fixed (pay|income)|each earning|who earn)\b/gi, "siltap"];
const VILLAGE_OFFICIALS_NAMED = new RegExp(String.raw`\b(?:${OFFICE_TITLES})\b`, "i");

/** Village clerks' short forms the readers do not know: "12 prgkt", "8 bpd tunj 900rb". */
const VILLAGE_SHORT_WORDS: [RegExp, string][] = [
  [/\b(?:prgkt|prgkat|prangkat|prkt)\b/gi, "perangkat"],
  [/\btunj\b\.?/gi, "tunjangan"],
];

const BUDGET_WORD_READINGS: readonly [RegExp, string][] = [...VILLAGE_SHORT_WORDS, ...ENGLISH_BUDGET_WORDS];

export function withEnglishBudgetWords(text: string): string {
  const indonesian = BUDGET_WORD_READINGS.reduce((t, [pattern, words]) => t.replace(pattern, words), text);
  return VILLAGE_OFFICIALS_NAMED.test(indonesian) ? indonesian.replace(...ENGLISH_SILTAP) : indonesian;
}

/** "bagian desa", "porsi perangkat": whose share of the contribution is asked. */
export const SHARE_OF = /\b(?:bagian|porsi|tanggungan|beban)\s+(?:desa|pemdes|perangkat|aparat|pekerja|kades|sekdes)\b/g;
/** The split between the village and the official asked: a share named, or what is deducted from the siltap. */
export const SHARE_ASKED = new RegExp(String.raw`${SHARE_OF.source}|\b(?:potong\w*|dipotong)\b(?:\s+\w+){0,4}?\s+(?:dr|dari)\s+siltap\w*\b|\b(?:potong\w*|dipotong)\s+siltap\w*\b`);

/** The shares asked of a village budget, or of the one waiting for a figure. */
export function withSplit(request: CalculationRequest): CalculationRequest {
  if (request.kind === "village") return { ...request, split: true };
  if (request.kind === "ask" && request.pending?.kind === "village") return { ...request, pending: { ...request.pending, split: true } };
  return request;
}

export const isCoverageQuestion = (t: string) => has(t, HOW_MANY_PEOPLE) && (has(t, COVERS) || amountsIn(t).some((a) => isBudgetAmount(t, a)));

/** Words that say nothing of what an amount is ("anggaran bpjs tk kami 3 juta"): passed over. */
const MARK_FILLER = /^(bpjs|tk|ketenagakerjaan|jamsostek|bpjamsostek|kami|kita|desa|cuma|hanya|cm|sekitar|ada)$/;

/** The nearest marking word among the three words before an amount (fillers passed over) says what it is. */
function markOf(t: string, a: AmountMatch): "budget" | "income" | undefined {
  const before = t.slice(0, a.index).trim().split(/\s+/).reverse().filter((w, i) => i < 8 && !MARK_FILLER.test(w)).slice(0, 3);
  for (const w of before) {
    if (BUDGET_WORD.test(w)) return "budget";
    if (INCOME_WORD.test(w)) return "income";
  }
  return undefined;
}
export const isBudgetAmount = (t: string, a: AmountMatch) => markOf(t, a) === "budget";

/**
 * A budget and how many it covers: vulnerable workers, or officials on a siltap ("cukup untuk
 * berapa perangkat … siltap 2 jt"), after officials already paid from it when they are named.
 */
export function coverageRequest(t: string): CalculationRequest {
  const amounts = amountsIn(t);
  const budget = amounts.find((a) => isBudgetAmount(t, a)) ?? amounts.find((a) => markOf(t, a) !== "income") ?? amounts[0]!;
  const others = amounts.filter((a) => a !== budget);
  const period = readPeriod(t);
  // "sy bendahara desa. anggaran … cukup utk brp petani": the writer is not paid from the budget first
  const people = readPeople(withoutWriter(t));
  const base = { kind: "coverage" as const, budget: budget.value, months: period.kind === "months" ? period.months : 12, ...(has(t, JHT_NAMED) ? { withJht: true } : {}), ...coverageStart(t, period) };
  const target = HOW_MANY_PEOPLE.exec(t)![1]!;
  // "dana 10 jt cukup buat berapa linmas (honor 500 rb)": RT/RW, Linmas and kader are on the BPU package, as in the budget table
  const honorTarget = honorCoverage(t, base, period);
  if (honorTarget) return honorTarget;
  // "anggaran 20 jt untuk perangkat desa … cukup berapa orang": the people asked for are those officials
  const forOfficials = ONE_TITLE.test(target)
    || (GENERIC_PEOPLE.test(target) && people.officials.length > 0 && people.officials.every((c) => c === null));
  const incomes = others.filter((a) => a.value >= MIN_MONTHLY_INCOME);
  if (forOfficials) {
    const extraPrograms = namedExtraPrograms(t);
    const request: CalculationRequest = { kind: "coverage", budget: base.budget, months: base.months, officialIncome: incomes[0]?.value ?? 0, ...(extraPrograms.length ? { extraPrograms } : {}), ...coverageStart(t, period) };
    if (incomes.length > 1) return ask("income_per_title");
    if (!incomes.length) return ask("official_income", period.kind === "unreadable" ? undefined : request, others[0]?.raw);
    return period.kind === "unreadable" ? ask("months", { ...request, months: 0 }) : request;
  }
  // "cukup untuk berapa pekerja rentan penghasilan 2 juta": one income written prices each as BPU on it (audit18 #3)
  const earned = incomes.filter((a) => markOf(t, a) === "income");
  const onIncome = people.officials.length === 0 && earned.length === 1 ? { vulnerableIncome: earned[0]!.value } : {};
  if (people.officials.length === 0) return period.kind === "unreadable" ? ask("months", { ...base, months: 0, ...onIncome }) : { ...base, ...onIncome };
  // officials paid from the same budget first: each with its own siltap, or asked
  const groups = incomes.length ? pairIncomes(t, people, incomes) : "official_income";
  if (typeof groups === "string") return ask(groups);
  // "dgn jp": the officials paid first carry it, priced as in the budget table
  const extraPrograms = namedExtraPrograms(t);
  const paidFirst = { paidFirst: groups, ...(extraPrograms.length ? { extraPrograms } : {}) };
  return period.kind === "unreadable" ? ask("months", { ...base, months: 0, ...paidFirst }) : { ...base, ...paidFirst };
}

/** "setahun 2025", "12 bulan 2025", "selama setahun di 2025", "thn 2025 setahun": twelve months of a year named. */
const YEAR_OF_TWELVE = /\b(?:setahun|setaun|satu tahun|1 tahun|12 bulan|12 bln)\s+(?:(?:di|pada|untuk|utk|tahun|thn)\s+)?((?:19|20)\d\d)\b|\b(?:di|pada)\s+(?:(?:tahun|thn)\s+)?((?:19|20)\d\d)\b/;

/**
 * The calendar year a budget is for: named with no period ("tahun 2026", "apbdes 2025"), or with twelve months
 * and no first month ("setahun 2025"): January–December of it, so JP runs on that year's caps (never from next month).
 */
function yearOfBudget(t: string, period: PeriodReading): number | undefined {
  if (period.kind === "none") return calendarYearNamed(t);
  if (period.kind !== "months" || period.months !== 12 || periodStart(t) || startWritten(t)) return undefined;
  const twelve = YEAR_OF_TWELVE.exec(t);
  return calendarYearNamed(t) ?? (twelve ? Number(twelve[1] ?? twelve[2]) : undefined);
}

/** Where a coverage's months start, read as a village budget's: the first month written, or January of a year named. */
type CoverageStart = Pick<Extract<CalculationRequest, { kind: "coverage" }>, "from" | "yearRead">;
function coverageStart(t: string, period: PeriodReading): CoverageStart {
  const year = yearOfBudget(t, period);
  const from = period.kind === "months" ? periodStart(t) ?? (year ? { year, month: 1 } : undefined) : year ? { year, month: 1 } : startWritten(t);
  return { ...(from ? { from } : {}), ...(year ? { yearRead: year } : {}) };
}

/** "berapa linmas", "brp rt rw", "berapa kader posyandu": how many honor-paid people a budget covers. */
const HOW_MANY_HONOR = new RegExp(String.raw`\b(?:brp|berapa|how many)\s+(?:orang\s+)?(?:ketua\s+)?(rt|rw|linmas|kader posyandu|kader)(?:\s+(?:(?:dan|serta|&|\+)\s+)?(?:ketua\s+)?rw)?\b`);
/** An amount right after an honor word: the honor, read but not priced (the package does not follow it). */
const HONOR_BEFORE = /\b(?:honor\w*|insentif|tunjangan)\s+(?:(?:sebesar|sekitar|rata rata|per orang|perorang)\s+)?$/;

/**
 * A budget asked against RT/RW heads, Linmas or kader: they are on the BPU package (bpu.package_min, or with
 * the BPU JHT), never 0,54% of their honor, as in the budget table; officials named beside them with
 * their siltap are paid first. Undefined when the people asked for are no honor-paid office.
 */
function honorCoverage(t: string, base: { kind: "coverage"; budget: number; months: number; withJht?: boolean }, period: PeriodReading): CalculationRequest | undefined {
  const asked = HOW_MANY_HONOR.exec(t);
  if (!asked) return undefined;
  const honorTitles = honorTitlesOf(officeTitlesIn(asked[0]), asked[0]);
  const rest = t.slice(0, asked.index) + " " + t.slice(asked.index + asked[0].length);
  const amounts = amountsIn(rest).filter((a) => !isBudgetAmount(rest, a) && a.value !== base.budget);
  const honor = amounts.find((a) => HONOR_BEFORE.test(rest.slice(0, a.index)));
  const incomes = amounts.filter((a) => a !== honor && a.value >= MIN_MONTHLY_INCOME);
  const people = readPeople(withoutWriter(rest.replace(/\b(?:honor\w*|insentif)\b/g, " ")));
  const request = { ...base, ...(honorTitles ? { honorTitles } : {}), ...(honor ? { honor: honor.value } : {}), ...(has(t, /\bjp\b|\bpensiun\b/) && !has(t, WITHOUT_JP) ? { jpAsked: true } : {}) };
  if (people.officials.length === 0) return period.kind === "unreadable" ? ask("months", { ...request, months: 0 }) : request;
  // officials paid from the same budget first: each with its own siltap, or asked
  const groups = incomes.length ? pairIncomes(rest, people, incomes) : "official_income";
  if (typeof groups === "string") return ask(groups);
  return period.kind === "unreadable" ? ask("months", { ...request, months: 0, paidFirst: groups }) : { ...request, paidFirst: groups };
}

/**
 * A village or group budget: officials by title and count, vulnerable workers or plain head
 * counts, over a period. `undefined` when the question is no budget question at all.
 */
export function budgetRequest(t: string, amount: number | undefined, asks: boolean): CalculationRequest | null | undefined {
  const period = readPeriod(t);
  const people = readPeople(t);
  const officialsNamed = people.officials.length > 0;
  const village = officialsNamed || has(t, VILLAGE);
  if (!officialsNamed && people.workers.length === 0) {
    // "iuran 7 staf desa siltap 1,5jt": a count we cannot tie to anyone is not one person
    return village && amount && people.strayNumbers && has(t, PAYS) ? ask("officials_count") : undefined;
  }
  if (has(t, FAMILY)) return null;
  const givesPeriod = period.kind !== "none";
  const anyAmount = amountsIn(t).length > 0;
  const siltapGiven = officialsNamed && has(t, SILTAP_AMOUNT) && !has(t, ASKS_SOMETHING_ELSE);
  if (!has(t, GROUP_COST) && !givesPeriod && !(officialsNamed && anyAmount && asks) && !has(t, BARE_OFFICIAL_SILTAP) && !siltapGiven) return null;
  if (!village) return groupRequest(t, people, period);
  return villageRequest(t, people, period);
}

function groupRequest(t: string, people: PeopleReading, period: PeriodReading): CalculationRequest {
  const months = period.kind === "months" ? period.months : namesFiscalYear(t) ? 12 : 1;
  // "20 petani penghasilan 2jt": the income written prices them as BPU on it, never dropped
  const earned = amountsIn(t).filter((a) => a.value >= MIN_MONTHLY_INCOME && markOf(t, a) === "income");
  const request: CalculationRequest = { kind: "group", people: sumOf(people.workers.map((w) => w.count)), months, ...(has(t, JHT_NAMED) ? { withJht: true } : {}), ...(earned.length === 1 ? { income: earned[0]!.value } : {}) };
  if (period.kind === "unreadable") return ask("months", people.strayNumbers ? undefined : { ...request, months: 0 });
  if (people.strayNumbers) return ask("people_count");
  return request;
}

/** "kades siltap 3jt", "sy sekdes siltap 2,2 jt": an official and their siltap, nothing else, is their own contribution asked. */
const BARE_OFFICIAL_SILTAP = new RegExp(String.raw`^(?:(?:sy|saya|aku)\s+)?(?:${OFFICE_TITLES})\s+(?:(?:sy|saya)\s+)?siltap\w*(?:\s+(?:sy|saya))?\s+${AMOUNT}$`);

/** "siltap 10,5 jt": an official's siltap written, a figure only a calculation needs. */
const SILTAP_AMOUNT = new RegExp(String.raw`\bsiltap\w*\s+(?:(?:sebesar|sekitar|rata rata)\s+)?${AMOUNT}`);
/**
 * "kades siltap 10 jt wajib ikut jp?", "can the village head with siltap 4 million join": a question about
 * the officials that is no figure, left to the knowledge when no calculation word is written.
 */
const ASKS_SOMETHING_ELSE = /\b(apa|apakah|wajib|harus|bisa|bisakah|boleh|gimana|gmn|bagaimana|cara|kenapa|mengapa|knp|syarat\w*|daftar|mendaftar|tanya\w*|nanya|info\w*|soal|tentang|mengenai|klaim|cair|ikut|perlu|tidak|tdk|gak|ga|gk|nggak|belum|blm|how|can|could|should|must|what|why|when|where|who|is|are|do|does|eligible|register|join|about)\b/;

/** Words for a siltap, gaji or tunjangan amount. */
const PAY_WORD = String.raw`(?:siltap|gaji|upah|tunjangan|penghasilan|honor)\w*`;
/** "total siltap 18jt", "jumlah siltap semua perangkat 18jt", "anggaran siltap desa 300jt", "total gaji 10 perangkat 25jt": everyone's pay together. */
const TOTAL_BEFORE = new RegExp(String.raw`(?<!\b(?:brp|berapa|brapa|hitung\w*|iuran\w*|jadi|jd)\s+(?:\w+\s+)?)\b(?:total|totalnya|jumlah|anggaran|seluruh|keseluruhan)\s+(?:(?:untuk|utk|buat|semua|seluruh)\s+)?${PAY_WORD}(?:\s+\S+){0,4}\s+$|\b${PAY_WORD}(?:\s+\S+){0,3}?\s+(?:total|totalnya|keseluruhan)\s+(?:(?:sebesar|sekitar)\s+)?$`);
/** "18jt total untuk 8 org", "18jt dibagi 8": written after the amount ("siltap 2jt, total iuran brp" is the contribution's total). */
const TOTAL_AFTER = /^\s+(?:(?:sebulan|per bulan|perbulan|setahun|per tahun|pertahun)\s+)?(?:(?:total|totalnya)(?=\s+(?:untuk|utk|buat|sebulan|per bulan|perbulan|setahun|per tahun|pertahun)\b|\s*$)|dibagi\b)/;
/** A year's pay: "setahun", "per tahun". */
const YEAR_WORD = String.raw`(?:setahun|setaun|per tahun|pertahun|per thn|perthn|tahunan|setahunnya)`;
/** "siltap setahun 36jt": the year's siltap written before its amount. */
const YEARLY_BEFORE = new RegExp(String.raw`\b${PAY_WORD}(?:\s+\S+){0,2}?\s+${YEAR_WORD}\s+(?:(?:sebesar|sekitar|total|totalnya)\s+)?$`);
/** "30jt setahun": a year's written right after the amount (read so only when something else says it is no period asked). */
const YEARLY_AFTER = new RegExp(String.raw`^\s+${YEAR_WORD}\b`);
/** "… setahun per orang", "… setahun untuk semua": said of the pay, not of the months asked ("setahun untuk 12 perangkat" may be either). */
const RATE_AFTER_YEAR = /^\s+(?:per orang|perorang|per org|perorg|masing\w*|tiap orang|(?:untuk|utk|buat)\s+(?:semua|seluruh))/;
/**
 * A siltap per person a month above this is no siltap anyone is paid: a total or a year's pay written as
 * each one's month, asked again rather than priced (a reading check, never a figure shown).
 */
const SILTAP_IMPLAUSIBLE = 50_000_000;
/**
 * A total or a year's pay is read so only when each person's month is at least this ("brp total siltap 2jt" for 10
 * would leave 200 rb each: the total was the contribution's), a reading check, never a figure shown.
 */
const READ_FLOOR = 500_000;
/** "siltap 36jt setahun": so large an amount with "setahun" after it is a year's pay (said beside the table, to be corrected), a reading check. */
const YEARLY_LIKELY = 20_000_000;
/** …as long as a month of it is no more than this; larger, whose it is cannot be guessed and the siltap is asked again. */
const YEARLY_LIKELY_MONTH = 10_000_000;

/** How the one siltap written was meant: everyone's together (`total`), a year's (`yearly`), or each one's month (neither). */
function siltapBasisOf(t: string, income: AmountMatch): { total: boolean; yearly: boolean } {
  const before = t.slice(0, income.index);
  const after = t.slice(income.index + income.raw.length);
  const total = has(before, TOTAL_BEFORE) || has(after, TOTAL_AFTER);
  const yearAfter = YEARLY_AFTER.exec(after);
  // "siltap 2jt setahun" is the usual way to ask for a year: the year is the pay's only when said of it, or a period is asked elsewhere
  const periodElsewhere = !!yearAfter && readPeriod(t.slice(0, income.index) + " " + after.slice(yearAfter[0].length)).kind === "months";
  const yearly = has(before, YEARLY_BEFORE) || (!!yearAfter && (total || has(after.slice(yearAfter[0].length), RATE_AFTER_YEAR) || periodElsewhere || (income.value > YEARLY_LIKELY && income.value <= 12 * YEARLY_LIKELY_MONTH)));
  return { total, yearly };
}

/**
 * The one siltap as written: a total divided among the people it is for, a year's by 12 (said beside the table);
 * a siltap per person a month too large to be one is asked again, the counts kept.
 */
function withSiltapBasis(t: string, request: CalculationRequest): CalculationRequest {
  const village = request.kind === "village" ? request : request.kind === "ask" && request.pending?.kind === "village" ? request.pending : undefined;
  if (!village) return request;
  const incomes = amountsIn(t).filter((a) => !isBudgetAmount(t, a) && a.value >= MIN_MONTHLY_INCOME);
  const put = (v: Extract<CalculationRequest, { kind: "village" }>): CalculationRequest => (request.kind === "ask" ? { ...request, pending: v } : v);
  let read = village;
  if (incomes.length === 1) {
    const income = incomes[0]!;
    const { total, yearly } = siltapBasisOf(t, income);
    const groups = village.officials.filter((g) => g.monthlyIncome === income.value);
    const people = sumOf(groups.map((g) => g.count));
    // "total siltap perangkat 18jt": a total for a number not written is asked, then divided (completeAsked)
    const countUnknown = total && groups.length === 1 && people <= 1 && !(groups[0]!.titles ?? []).some(isSingleOffice);
    if (countUnknown && !village.honorPaid && request.kind === "village") {
      const monthly = Math.round(income.value / (yearly ? 12 : 1));
      return ask("officials_count", { ...village, officials: [{ ...groups[0]!, count: 0, monthlyIncome: monthly }], siltapRead: { written: income.value, people: 0, ...(yearly ? { yearly: true } : {}) } });
    }
    // one person's total is their own siltap: nothing to divide
    const shared = total && people > 1;
    const each = Math.round(income.value / (yearly ? 12 : 1) / (shared ? people : 1));
    if ((shared || yearly) && groups.length && !village.honorPaid && each >= READ_FLOOR) {
      read = { ...village, officials: village.officials.map((g) => (groups.includes(g) ? { ...g, monthlyIncome: each } : g)), siltapRead: { written: income.value, ...(shared ? { people } : {}), ...(yearly ? { yearly: true } : {}) } };
    }
  }
  // "siltap 300jt" for each of 12 perangkat a month: asked again, never priced
  const tooLarge = read.officials.find((g) => g.monthlyIncome > SILTAP_IMPLAUSIBLE);
  if (tooLarge && request.kind === "village") {
    const typed = incomes.find((a) => a.value === tooLarge.monthlyIncome)?.raw ?? String(tooLarge.monthlyIncome);
    return { ...ask("official_income", { ...read, officials: read.officials.map((g) => (g.monthlyIncome > SILTAP_IMPLAUSIBLE ? { ...g, monthlyIncome: 0 } : g)) }, typed), tooLarge: true };
  }
  return put(read);
}

/** Officials on their siltap and vulnerable workers on the cheapest package, or the one figure to ask for. */
function villageRequest(t: string, people: PeopleReading, periodWritten: PeriodReading): CalculationRequest | null {
  const request = villageRequestAsRead(t, people, periodWritten);
  return request && withAsides(t, withSiltapBasis(t, request));
}

/** "berapa persen dari dana desa …": the share of the fund asked beside the budget. */
const SHARE_OF_FUND = /\b(?:persen|prosen|percent|persentase)\b/;
/** "pakai tarif pangkep", "seperti pangkep": a regional example asked to be used as a rate. */
const REGIONAL_RATE = /\b(?:tarif|rate|cara|seperti|spt|kayak|kyk|ala|pakai|pake)\s+(?:\w+\s+)?pangkep\b/;

/** What else the question asks beside the budget, kept so the reply answers it or says why not (explore13 #12). */
function withAsides(t: string, request: CalculationRequest): CalculationRequest {
  const village = request.kind === "village" ? request : request.kind === "ask" && request.pending?.kind === "village" ? request.pending : undefined;
  if (!village) return request;
  const fund = has(t, SHARE_OF_FUND) ? amountsIn(t).find((a) => isBudgetAmount(t, a)) : undefined;
  const asides = { ...(fund ? { fund: fund.value } : {}), ...(has(t, REGIONAL_RATE) ? { regionalRateAsked: true } : {}) };
  if (!Object.keys(asides).length) return request;
  if (request.kind === "ask") return { ...request, pending: { ...village, ...asides } };
  return { ...village, ...asides };
}

/** "siltap 3jt tunjangan 1jt": a siltap and a tunjangan for the same people. */
const SILTAP_THEN_ALLOWANCE = new RegExp(String.raw`\bsiltap\w*\s+(?:(?:sebesar|sekitar)\s+)?(${AMOUNT})\s+(?:(?:dan|\+|plus|ditambah)\s+)?tunjangan\w*\s+(?:(?:sebesar|sekitar)\s+)?(${AMOUNT})`);

/** "penghasilan 1,5 jt": an amount a worker earns, never an official's siltap. */
const EARNED_BEFORE = /\b(?:penghasilan\w*|pendapatan\w*|income)\s+(?:(?:sekitar|sebesar|rata rata|kira kira)\s+)?$/;

function villageRequestAsRead(t: string, people: PeopleReading, periodWritten: PeriodReading): CalculationRequest | null {
  // "siltap 3 jt bulan januari 2026": that one month, on its own JP cap
  const monthAlone = periodWritten.kind === "unreadable" ? singleMonthNamed(t) : undefined;
  const period: PeriodReading = monthAlone ? { kind: "months", months: 1 } : periodWritten;
  const amounts = amountsIn(t).filter((a) => !isBudgetAmount(t, a));
  const workers = sumOf(people.workers.map((w) => w.count));
  // "10 orang siltap 2,5 juta": one plain head count with a siltap is the officials'
  const plainCountOfficials = people.officials.length === 0 && people.workers.length === 1 && amounts.length > 0 && has(t, /\bsiltap\b/) && !has(t, VULNERABLE_WORDS);
  const officialsNamed = people.officials.length > 0 || plainCountOfficials;
  const vulnerableWithJht = (has(t, JHT_NAMED) && !has(t, WITHOUT_JHT)) || undefined;
  const finish = (paidOfficials: OfficialGroup[], paidVulnerable: number, perGroup?: { honorMoved: boolean; moved?: number; titles?: string[] }): CalculationRequest => {
    // an honor, insentif or tunjangan with no siltap: the knowledge prices these people on the BPU
    // package (the lowest figure it supports), never on 0,54% of the honor; `honorMoved`: groups on an
    // honor listed beside officials on a siltap were already put there (honorPaidGroups)
    const honorMoved = perGroup?.honorMoved ?? false;
    const honorAsBpu = perGroup ? honorMoved : paidOfficials.length > 0 && paidHonorOnly(t);
    const allOnHonor = honorAsBpu && !perGroup;
    const officials = allOnHonor ? [] : paidOfficials;
    const vulnerable = allOnHonor ? sumOf(paidOfficials.map((g) => g.count)) + paidVulnerable : paidVulnerable;
    const everyone = sumOf(officials.map((g) => g.count)) + vulnerable;
    const extraPrograms: OfficialExtraProgram[] = officials.length ? namedExtraPrograms(t) : [];
    // RT/RW, Linmas, kader, staff on an honor: their own line on the package, not vulnerable workers
    const honorPaid = allOnHonor ? sumOf(paidOfficials.map((g) => g.count)) : honorMoved ? perGroup?.moved ?? 0 : 0;
    // "20 RT dan 5 RW honor 300 rb": named as they were, never "vulnerable workers"
    const honorTitles = allOnHonor ? honorTitlesOf(officeTitlesIn(t), t) : honorMoved ? perGroup?.titles : undefined;
    const riskClass = officials.length ? riskClassOf(t) : undefined;
    // "dengan jp tahun 2027": that calendar year, January to December; "maret 2026 sampai februari 2027": from March 2026
    const year = monthAlone ? undefined : yearOfBudget(t, period);
    // "per 1 maret 2026": the months (12 assumed, said) run from the start written
    const from = monthAlone ?? (period.kind === "months" ? periodStart(t) ?? (year ? { year, month: 1 } : undefined) : year ? { year, month: 1 } : startWritten(t));
    const request: CalculationRequest = {
      kind: "village",
      officials,
      vulnerable,
      // one official's own contribution is a monthly figure; a budget for several runs a year (said so)
      months: period.kind === "months" ? period.months : year ? 12 : everyone === 1 ? 1 : 12,
      ...(period.kind === "none" && everyone > 1 && !namesFiscalYear(t) && !year ? { assumedMonths: true } : {}),
      ...(from ? { from } : {}),
      ...(year ? { yearRead: year } : {}),
      ...(extraPrograms.length ? { extraPrograms } : {}),
      ...(vulnerable && vulnerableWithJht ? { vulnerableWithJht } : {}),
      // JP asked for people on the BPU package, who cannot join it: said beside the table
      ...(vulnerable && has(t, /\bjp\b|\bpensiun\b/) && !has(t, WITHOUT_JP) ? { jpAsked: true } : {}),
      ...(officials.length && !honorMoved && has(t, NOT_SILTAP) && !officials.every(isBpdGroup) ? { notSiltap: true } : {}),
      ...(honorAsBpu ? { honorAsBpu } : {}),
      ...(honorPaid ? { honorPaid } : {}),
      ...(honorPaid && honorTitles?.length ? { honorTitles } : {}),
      ...(riskClass ? { riskClass } : {}),
    };
    return period.kind === "unreadable" ? ask("months", { ...request, months: 0 }) : request;
  };
  if (!officialsNamed) {
    if (people.strayNumbers && period.kind !== "unreadable") return ask("people_count");
    if (!workers) return null;
    // "50 petani penghasilan 2jt": their income written is priced as BPU on it (as one BPU worker's), never dropped
    const earned = amounts.filter((a) => a.value >= MIN_MONTHLY_INCOME && markOf(t, a) === "income");
    const request = finish([], workers);
    if (earned.length !== 1) return request;
    const vulnerableIncome = earned[0]!.value;
    if (request.kind === "village") return { ...request, vulnerableIncome };
    return request.kind === "ask" && request.pending?.kind === "village" ? { ...request, pending: { ...request.pending, vulnerableIncome } } : request;
  }
  // officials' contributions follow their siltap: without it the siltap is asked for when a count
  // was written ("iuran 10 perangkat desa setahun") or a period for officials whose number is known ("iuran kades
  // setahun brp", as the village form asks it); "iuran kades brp" is the knowledge's to answer
  const periodForKnownOfficials = period.kind === "months" && period.months > 1 && people.officials.every((c) => c !== null);
  // "perangkat desa 0,54% itu jkk brp jkm brp": a rate asked about, no siltap to price, is the knowledge's to answer (explore13 #9)
  if (amounts.length === 0 && has(t, RATE_WRITTEN)) return null;
  if (amounts.length === 0) return has(withoutPeriods(t), WRITTEN_COUNT) || periodForKnownOfficials ? askOfficialIncome(t, people, workers, finish) : null;
  const incomes = amounts.filter((a) => a.value >= MIN_MONTHLY_INCOME);
  if (incomes.length === 0) return askOfficialIncome(t, people, workers, finish, amounts[0]!);
  // "kades siltap 3jt tunjangan 1jt": one group with both: priced on the siltap (the officials' basis), the tunjangan said left out
  const both = incomes.length === 2 ? SILTAP_THEN_ALLOWANCE.exec(t) : null;
  if (both && people.officials.length === 1 && people.officials[0] !== null && workers === 0 && !people.strayNumbers && !officeTitlesIn(t).includes("bpd")) {
    const [siltap, allowance] = incomes;
    const request = finish([withTitles({ count: people.officials[0]!, monthlyIncome: siltap!.value }, t)], 0);
    if (request.kind === "village") return { ...request, allowanceLeftOut: allowance!.value };
    return request.kind === "ask" && request.pending?.kind === "village" ? { ...request, pending: { ...request.pending, allowanceLeftOut: allowance!.value } } : request;
  }
  // "…, 5 kaur 2,5 jt, 20 rt rw setahun": RT/RW, Linmas or kader counted after the last pay with none of their own
  // are on the BPU package, as when named alone; the rest is paired as if they were not there
  const last = incomes.at(-1)!;
  const tail = t.slice(last.index + last.raw.length);
  const tailPeople = readPeople(tail);
  const tailHonor = tailPeople.officials.length > 0 && !tailPeople.strayNumbers && tailPeople.officials.every((c) => c !== null) && officeTitlesIn(tail).every((x) => HONOR_TITLES.has(x)) ? sumOf(tailPeople.officials as number[]) : 0;
  const paired = tailHonor ? t.slice(0, last.index + last.raw.length) : t;
  // "iuran jkk jkm perangkat desa siltap 2 jt risiko sedang": a budget at a risk class, for how many is not said: asked, never 1
  const oneShared = people.officials.length === 1 && people.officials[0] === null && people.workers.length === 0 && !people.strayNumbers;
  if (riskClassOf(t) && incomes.length === 1 && oneShared && !tailHonor) {
    const pending = finish([withTitles({ count: 0, monthlyIncome: incomes[0]!.value }, t)], 0);
    if (pending.kind === "village") return ask("officials_count", { ...pending, ...(period.kind === "none" && !namesFiscalYear(t) ? { assumedMonths: true } : {}) });
  }
  // "12 perangkat + 8 BPD + 20 RT/RW siltap 2 jt": one figure after groups named together is the officials' siltap
  // (and the BPD's tunjangan, said so); RT/RW, Linmas and kader among them go on the BPU package, never on 0,54% of it
  const shared = incomes.length === 1 ? sharedFigureGroups(paired, incomes[0]!.value) : undefined;
  if (shared) {
    const moved = shared.honor + tailHonor;
    const titles = moved ? honorTitlesOf([...shared.honorTitles, ...(tailHonor ? officeTitlesIn(tail) : [])], t) : undefined;
    return withSharedFigure(finish(shared.groups, workers + moved, { honorMoved: moved > 0, ...(moved ? { moved } : {}), ...(titles ? { titles } : {}) }), shared);
  }
  // "10 perangkat siltap 2 jt dan 20 pekerja rentan penghasilan 1,5 jt": the workers' income is theirs, never a second siltap (audit18 #9)
  const earnedByWorkers = workers > 0 && !plainCountOfficials && incomes.length === 2 ? incomes.filter((a) => EARNED_BEFORE.test(t.slice(0, a.index))) : [];
  if (earnedByWorkers.length === 1) {
    const earned = earnedByWorkers[0]!;
    const request = villageRequestAsRead(`${t.slice(0, earned.index)} ${t.slice(earned.index + earned.raw.length)}`.replace(/\s+/g, " "), people, periodWritten);
    if (request?.kind === "village" && request.vulnerable > 0) return { ...request, vulnerableIncome: earned.value };
    if (request?.kind === "ask" && request.pending?.kind === "village" && request.pending.vulnerable > 0) return { ...request, pending: { ...request.pending, vulnerableIncome: earned.value } };
  }
  const groups = pairIncomes(paired, tailHonor ? readPeople(paired) : people, incomes, plainCountOfficials);
  if (groups === "officials_count" && incomes.length === 1 && !people.strayNumbers) {
    // "kades dan perangkat desa siltap 2 jt": the reply to "berapa orang aparat desa?" is everyone's count
    const pending = finish([{ count: 0, monthlyIncome: incomes[0]!.value }], workers);
    return ask("officials_count", pending.kind === "village" ? pending : undefined);
  }
  if (typeof groups === "string") return ask(groups);
  const others = plainCountOfficials ? 0 : workers;
  // "perangkat 9 org siltap 2jt, 5 linmas honor 300rb": each group on its own pay, the honor-paid on the BPU package as when alone
  if (groups.length > 1 && groups.length === incomes.length) {
    const honor = honorPaidGroups(t, groups, incomes);
    if (honor.some(Boolean) || tailHonor) {
      const moved = sumOf(groups.filter((_g, i) => honor[i]).map((g) => g.count)) + tailHonor;
      const titles = honorTitlesOf([...groups.filter((_g, i) => honor[i]).flatMap((g) => g.titles ?? ["?"]), ...(tailHonor ? officeTitlesIn(tail) : [])], t);
      return finish(groups.filter((_g, i) => !honor[i]), others + moved, { honorMoved: true, moved, ...(titles ? { titles } : {}) });
    }
    return finish(groups, others, { honorMoved: false });
  }
  const tailTitles = tailHonor ? honorTitlesOf(officeTitlesIn(tail), tail) : undefined;
  return tailHonor ? finish(groups, others + tailHonor, { honorMoved: true, moved: tailHonor, ...(tailTitles ? { titles: tailTitles } : {}) }) : finish(groups, others);
}

/** "20 rt rw", "10 linmas", "5 kader posyandu": honor-paid offices with their count. */
const HONOR_COUNT = new RegExp(String.raw`(?<![\d.,])\b(\d+|${NUMBER_WORD})\s+(?:(?:orang|org|orng|para)\s+)?(ketua rt|ketua rw|rt|rw|linmas|kader posyandu|kader)(?:\s+(?:(?:dan|serta|&|\+)\s+)?(?:ketua\s+)?rw)?\b`, "g");
/** "8 bpd", "8 anggota bpd": BPD members with their count. */
const BPD_COUNT = new RegExp(String.raw`(?<![\d.,])\b(\d+|${NUMBER_WORD})\s+(?:(?:orang|org|orng)\s+)?(?:anggota\s+)?bpd\b`, "g");
const countValue = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : numberWordValue(raw) ?? 0);

/** Groups that share one figure: officials on it as their siltap, BPD members on it as their tunjangan, honor-paid people apart. */
type SharedFigure = { groups: OfficialGroup[]; honor: number; honorTitles: string[]; bpdShared: boolean };

/**
 * "12 perangkat + 8 BPD + 20 RT/RW siltap 2 jt", "12 perangkat dan 20 rt rw siltap 2 jt": several kinds of
 * people before one figure (and none after it). The figure is the siltap of the officials, the tunjangan of
 * the BPD members (a line of their own, said so); RT/RW, Linmas and kader are on the BPU package as when
 * named alone. Undefined when only one kind is named, a count is missing, or the figure is an honor.
 */
function sharedFigureGroups(t: string, income: number): SharedFigure | undefined {
  if (has(t, /\b(honor\w*|insentif)\b/)) return undefined;
  const honorTitles: string[] = [];
  let honor = 0;
  let rest = t.replace(HONOR_COUNT, (m: string, n: string) => {
    honor += countValue(n);
    honorTitles.push(...officeTitlesIn(m));
    return " ";
  });
  let bpd = 0;
  rest = rest.replace(BPD_COUNT, (_m: string, n: string) => {
    bpd += countValue(n);
    return " ";
  });
  const others = readPeople(rest);
  const officials = others.officials.length ? others.officials : [];
  const kinds = [honor > 0, bpd > 0, officials.length > 0].filter(Boolean).length;
  if (kinds < 2 || others.strayNumbers || officials.some((c) => c === null) || officeTitlesIn(rest).some((x) => HONOR_TITLES.has(x) || x === "bpd")) return undefined;
  const groups: OfficialGroup[] = [
    ...(officials.length ? [withTitles({ count: sumOf(officials as number[]), monthlyIncome: income }, rest)] : []),
    ...(bpd ? [{ count: bpd, monthlyIncome: income, titles: ["bpd"] }] : []),
  ];
  return groups.length ? { groups, honor, honorTitles, bpdShared: bpd > 0 && officials.length > 0 } : undefined;
}

/** The figure shared by officials and BPD members said beside the table (or kept for the reply that gives it). */
function withSharedFigure(request: CalculationRequest, shared: SharedFigure): CalculationRequest {
  if (!shared.bpdShared) return request;
  if (request.kind === "village") return { ...request, bpdShared: true };
  if (request.kind === "ask" && request.pending?.kind === "village") return { ...request, pending: { ...request.pending, bpdShared: true } };
  return request;
}

/** The offices of people paid an honor, when every one of them is an honor-paid office (RT/RW, Linmas, kader); else none. */
export function honorTitlesOf(titles: string[], named = ""): string[] | undefined {
  if (!titles.length || !titles.every((x) => HONOR_TITLES.has(x))) return undefined;
  // "20 rt rw", "rt/rw": read as one group of "rt", both named
  const both = titles.includes("rt") && !titles.includes("rw") && RT_AND_RW.test(named);
  return [...new Set(both ? titles.flatMap((x) => (x === "rt" ? ["rt", "rw"] : [x])) : titles)];
}
const RT_AND_RW = /\brt\s+(?:(?:dan|serta|&|\+)\s+)?(?:ketua\s+)?rw\b/;

/** Honor-paid people added to those before: named by their offices only while everyone on that line is. */
export function addedHonorTitles(previous: Extract<CalculationRequest, { kind: "village" }>, titles: string[] | undefined): string[] | undefined {
  if (!titles?.length || ((previous.honorPaid ?? 0) > 0 && !previous.honorTitles?.length)) return undefined;
  return [...new Set([...(previous.honorTitles ?? []), ...titles])];
}

/**
 * Which of several groups, each with its own amount, are paid an honor rather than a siltap: RT/RW,
 * Linmas or kader by title, or an honor or insentif written with their amount. BPD members' tunjangan
 * is priced as a siltap (village.bpd_scheme), as is any group's siltap.
 */
function honorPaidGroups(t: string, groups: OfficialGroup[], incomes: AmountMatch[]): boolean[] {
  return groups.map((g, i) => {
    if (g.titles?.length && g.titles.every((x) => HONOR_TITLES.has(x))) return true;
    const from = i === 0 ? 0 : incomes[i - 1]!.index + incomes[i - 1]!.raw.length;
    const segment = t.slice(from, incomes[i]!.index);
    return !isBpdGroup(g) && has(segment, /\b(honor\w*|insentif)\b/) && !has(segment, /\bsiltap\b/);
  });
}

/** "masing2", "each": the villages named are asked about one by one. */
export const EACH = /\b(masing|tiap desa|setiap desa|per desa|each)\b/;
/** "desa A", "desa Sukamaju": a village named, where its part of the question starts. */
const NAMED_VILLAGE = /\bdesa\s+(?!(?:kami|kita|sy|saya|ini|itu|yang|yg|dan|untuk|utk|di|ke|dari|dr|cuma|punya|sebesar|siltap|iuran|anggaran|desa)\b)([a-z][a-z0-9]*)\b/g;

/**
 * "desa A 5 perangkat siltap 2 jt, desa B 8 perangkat siltap 1,8 jt, iuran setahun masing2": each
 * village's budget from its own part of the question, the period shared. Undefined unless two or
 * more villages are named and each reads as a budget.
 */
export function eachVillageRequest(t: string): CalculationRequest | undefined {
  const named = [...t.matchAll(NAMED_VILLAGE)];
  if (named.length < 2) return undefined;
  const period = readPeriod(t);
  if (period.kind === "unreadable") return undefined;
  const shared = sharedProgramWords(t, named[0]!.index!, t.slice(named.at(-1)!.index!));
  const villages = named.flatMap((m, i) => {
    const part = t.slice(m.index! + m[0].length, named[i + 1]?.index ?? t.length);
    const budget = villageRequest(withSharedPrograms(part, shared), readPeople(part), period);
    const name = m[1]![0]!.toUpperCase() + m[1]!.slice(1);
    return budget?.kind === "village" && budget.officials.length + budget.vulnerable > 0 ? [{ name, budget }] : [];
  });
  return villages.length === named.length ? { kind: "villages", villages } : undefined;
}

/** JP and JHT named, or left out: "dengan jp", "jht jp", "tanpa jp". */
const JP_NAMED = /\bjp\b|\bpensiun\b/;
const PROGRAM_READINGS: { named: RegExp; without: RegExp; word: string }[] = [
  { named: JP_NAMED, without: WITHOUT_JP, word: "jp" },
  { named: JHT_NAMED, without: WITHOUT_JHT, word: "jht" },
];

/**
 * "desa A … siltap 3 jt, desa B … siltap 3,5 jt, iuran setahun dengan jp masing2": JP or JHT written before the
 * first village or after the last village's figures is said of every village, as "dengan jp" or "tanpa jp".
 */
function sharedProgramWords(t: string, firstVillage: number, lastPart: string): { named: RegExp; words: string }[] {
  const lastAmount = amountsIn(lastPart).at(-1);
  const common = t.slice(0, firstVillage) + " " + (lastAmount ? lastPart.slice(lastAmount.index + lastAmount.raw.length) : "");
  return PROGRAM_READINGS.filter((p) => has(common, p.named)).map((p) => ({ named: p.named, words: `${has(common, p.without) ? "tanpa" : "dengan"} ${p.word}` }));
}

/** A village's part with the programs said of every village, for those its own part does not name ("desa A dengan jp, desa B tanpa jp"). */
function withSharedPrograms(part: string, shared: { named: RegExp; words: string }[]): string {
  const added = shared.filter((p) => !has(part, p.named)).map((p) => p.words);
  return added.length ? `${part} ${added.join(" ")}` : part;
}

/** "2 desa masing2 …", "3 desa tiap desa …": several villages, each with the figures that follow. */
const SAME_EACH = /\b(\d{1,2})\s+desa\s+(?:masing|tiap desa|setiap desa|each)\b/;

/**
 * "ada 2 desa masing2 15 perangkat siltap 2jt, brp total iuran setahun": one budget per village,
 * the same figures for each (each has its own APBDes). Undefined unless it reads as a village budget.
 */
export function sameEachVillage(t: string): CalculationRequest | undefined {
  const m = SAME_EACH.exec(t);
  const n = m ? Number(m[1]) : 0;
  if (n < 2 || n > 20) return undefined;
  const rest = t.replace(SAME_EACH, " ").replace(/\b(?:kedua|ketiga|semua|seluruh)\s+desa\b/g, " ");
  const budget = villageRequest(rest, readPeople(rest), readPeriod(rest));
  if (budget?.kind !== "village" || budget.officials.length + budget.vulnerable === 0) return undefined;
  // "3 desa masing-masing 50 pekerja rentan": one table for each, and all of them together, the sum asked or not (audit18 #9)
  return { kind: "villages", villages: Array.from({ length: n }, (_v, i) => ({ name: String(i + 1), budget })), combined: true };
}

/** "brp total … utk kedua desa", "semua desa": the villages' total asked for. */
export const VILLAGES_TOTAL = /\b(?:total\w*|kedua desa|ketiga desa|semua desa|seluruh desa|digabung|gabungan|both|all villages)\b/;

/** "cukup utk brp bulan": the months a budget lasts are asked, not given. */
const ASKS_MONTHS = /\b(?:brp|berapa|how many)\s+(?:bulan|bln|months?)\b/;

/**
 * "dana cuma 1jt, 10 perangkat siltap 2jt, cukup utk brp bulan?", "anggaran 3 juta setahun, 12
 * perangkat siltap 2jt, cukup ga?": a budget set against the village's contributions. Undefined
 * when no budget or nobody to pay for is named; a figure missing is asked as for the contributions.
 */
export function budgetLimitRequest(t: string): CalculationRequest | undefined {
  const budget = amountsIn(t).find((a) => isBudgetAmount(t, a));
  if (!budget) return undefined;
  const asksMonths = has(t, ASKS_MONTHS);
  const rest = t.replace(ASKS_MONTHS, " ");
  const people = readPeople(rest);
  if (people.officials.length === 0 && people.workers.length === 0) return undefined;
  const period = readPeriod(rest);
  const village = villageRequest(rest, people, { kind: "none" });
  if (!village || village.kind !== "village") return village ?? undefined;
  const request = { kind: "budget_limit" as const, budget: budget.value, asksMonths, village: { ...village, months: 1 } };
  if (asksMonths) return { ...request, months: 0 };
  // whether it is enough depends on how long it must last: asked when not written
  return period.kind === "months" ? { ...request, months: period.months } : ask("months", { ...request, months: 0 });
}

/**
 * "kl dananya cuma 15 jt?", "dana cuma 5jt cukup utk brp bulan?" right after a village budget: one amount
 * a budget word marks ("dana", "dananya", "anggaran") and nobody named is a limit set against that budget,
 * never a new siltap. A period written asks whether it lasts that long; none, how many months it covers.
 */
export function budgetLimitOn(village: Extract<CalculationRequest, { kind: "village" }>, t: string): CalculationRequest | undefined {
  const amounts = amountsIn(t);
  if (amounts.length !== 1 || !isBudgetAmount(t, amounts[0]!) || t.split(" ").length > 12) return undefined;
  const people = readPeople(t.replace(ASKS_MONTHS, " "));
  // an income named beside it ("kl gajinya sebesar 3 jt?") is no budget
  if (people.officials.length || people.workers.length || has(t, /\b(?:siltap|gaji|upah|penghasilan|honor|insentif|tunjangan)\w*\b/)) return undefined;
  const { assumedMonths: _a, split: _s, ...kept } = village;
  const request = { kind: "budget_limit" as const, budget: amounts[0]!.value, asksMonths: true, months: 0, village: { ...kept, months: 1 } };
  const period = has(t, ASKS_MONTHS) ? { kind: "none" as const } : readPeriod(t);
  return period.kind === "months" ? { ...request, asksMonths: false, months: period.months } : request;
}

/** A contribution rate written ("0,54%", "0.24 persen", "5,7"), as cleanText leaves it: no head count, no amount. */
const RATE_WRITTEN = /\b\d\.\d{1,2}\b(?!\s*(?:rb|ribu|rebu|k|jt|juta|jeti|m|miliar|milyar)\b)/;

/** A head count written in digits or words ("10 perangkat", "delapan kadus"). */
const WRITTEN_COUNT = new RegExp(String.raw`\b(?:\d+|${NUMBER_WORD})\b`);

/**
 * No siltap, or only amounts too small to be a month's income (`small`: "siltap 1.500", "paket
 * 16800"). Named as a package, the people are on the BPU package; otherwise the siltap is asked
 * for, the counts kept for the reply that gives it.
 */
function askOfficialIncome(
  t: string,
  people: PeopleReading,
  workers: number,
  finish: (officials: OfficialGroup[], vulnerable: number, perGroup?: { honorMoved: boolean; moved?: number; titles?: string[] }) => CalculationRequest,
  small?: AmountMatch,
): CalculationRequest {
  const counts = people.officials.every((c): c is number => c !== null) && !people.strayNumbers ? sumOf(people.officials as number[]) : undefined;
  if (counts !== undefined && has(t, PACKAGE)) return finish([], counts + workers);
  // "12 perangkat + 8 BPD + 20 RT/RW setahun": the siltap asked is the officials' (and the BPD's tunjangan); RT/RW on the package
  const shared = counts !== undefined && !small ? sharedFigureGroups(t, 0) : undefined;
  if (shared) {
    const titles = shared.honor ? honorTitlesOf(shared.honorTitles, t) : undefined;
    const pending = withSharedFigure(finish(shared.groups, workers + shared.honor, { honorMoved: shared.honor > 0, ...(shared.honor ? { moved: shared.honor } : {}), ...(titles ? { titles } : {}) }), shared);
    return ask("official_income", pending.kind === "village" ? pending : undefined);
  }
  // kader, Linmas, RT/RW or an honor named: they are counted on the BPU package whatever the honor, so it is not asked
  if (counts !== undefined && paidHonorOnly(t)) return finish([{ count: counts, monthlyIncome: 0 }], workers);
  // the titles kept, so the reply for BPD members ("tunjangan 1 jt") is priced as theirs
  const pending = counts !== undefined ? finish([withTitles({ count: counts, monthlyIncome: 0 }, t)], workers) : undefined;
  return ask("official_income", pending?.kind === "village" ? pending : undefined, small?.raw);
}

/**
 * Ties each siltap to the officials named before it, since the amount before ("kades 4 jt, sekdes
 * 3 jt, 5 kaur 2,5 jt"). One amount is everyone's. Titles left without an amount, or an amount
 * with no title, are asked about: one amount is never charged for all.
 */
function pairIncomes(t: string, people: PeopleReading, incomes: AmountMatch[], plainCount = false): OfficialGroup[] | MissingFigure {
  if (incomes.length === 1) {
    const only = incomes[0]!;
    // "kades siltap 4 jt dan 5 kaur": the amount belongs to the titles before it, not to those after
    const titlesAfter = readPeople(t.slice(only.index + only.raw.length)).officials.length > 0;
    if (titlesAfter && readPeople(t.slice(0, only.index)).officials.length > 0) return "income_per_title";
    const count = officialsCount(people, plainCount);
    return count === "unknown" ? "officials_count" : [withTitles({ count, monthlyIncome: incomes[0]!.value }, t)];
  }
  const groups: OfficialGroup[] = [];
  let from = 0;
  for (const income of incomes) {
    const before = readPeople(t.slice(from, income.index));
    const groupStart = from;
    from = income.index + income.raw.length;
    if (before.officials.length === 0) return "income_per_title";
    if (before.strayNumbers || before.officials.some((c) => c === null)) return "officials_count";
    groups.push(withTitles({ count: sumOf(before.officials as number[]), monthlyIncome: income.value }, t.slice(groupStart, income.index)));
  }
  return readPeople(t.slice(from)).officials.length > 0 ? "income_per_title" : groups;
}

/** The offices a group was named by, kept so a follow-up can change one title's siltap. */
function withTitles(group: OfficialGroup, named: string): OfficialGroup {
  const titles = officeTitlesIn(named);
  return titles.length ? { ...group, titles } : group;
}

/**
 * How many officials the question is about. A shared office named alone with no number
 * anywhere ("perangkat desa siltap 2 jt") asks for one person's figure; a number we could
 * not place, or a shared office without its count next to others, is "unknown".
 */
function officialsCount(people: PeopleReading, plainCount: boolean): number | "unknown" {
  const { officials, workers, strayNumbers } = people;
  if (strayNumbers) return "unknown";
  if (officials.length === 0) return plainCount ? workers[0]!.count : "unknown";
  if (officials.every((c): c is number => c !== null)) return sumOf(officials);
  return officials.length === 1 && workers.length === 0 ? 1 : "unknown";
}

/** JHT and JP named for officials ("iuran jht perangkat desa siltap 2 jt"). */
function namedExtraPrograms(t: string): OfficialExtraProgram[] {
  const out: OfficialExtraProgram[] = [];
  // "jht aja tanpa jp": a program named only to leave it out is not added
  if (has(t, JHT_NAMED) && !has(t, WITHOUT_JHT)) out.push("jht");
  if (has(t, /\bjp\b|\bpensiun\b/) && !has(t, WITHOUT_JP)) out.push("jp");
  return out;
}

/** "iuran bpu", "ojol", "pedagang": the household asks about the self-employed scheme. */
const HOUSEHOLD_SCHEME = /\b(bpu|bukan penerima upah|ojol|ojek|pedagang|petani|nelayan|pekerja mandiri|pekerja informal|freelance\w*)\b/;
/**
 * "iuran bpu berdua setahun", "saya, istri dan anak pedagang iuran bpu setahun", "keluarga 4 orang iuran bpu":
 * a household on the cheapest package, each person counted and the period written kept (audit18 #1).
 * Undefined when no household is named, an income is written (the worker calculator reads it) or a benefit is asked.
 */
export function householdRequest(t: string, amount: number | undefined, asks: boolean): CalculationRequest | undefined {
  if (amount !== undefined || !asks || !has(t, HOUSEHOLD_SCHEME) || !has(t, PAYS) || has(t, VILLAGE) || has(t, RECEIVES_BENEFIT)) return undefined;
  const people = householdSize(t);
  if (people === undefined || people < 2) return undefined;
  const period = readPeriod(t);
  if (period.kind === "unreadable") return undefined;
  const months = period.kind === "months" ? period.months : 1;
  return { kind: "group", people, months, ...(has(t, JHT_NAMED) && !has(t, WITHOUT_JHT) ? { withJht: true } : {}) };
}
