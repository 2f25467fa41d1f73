/**
 * Questions that already carry the numbers a calculation needs
 * ("penghasilan sy 3 jt iuran bpu brp", "gaji 8 juta potongan bpjs tk brp",
 * "50 org 6 bulan total iuran brp", "jkp dapat brp kalau gaji 7 jt") are
 * answered with figures at once. This decides which calculation, if any, or
 * which figure to ask for when one is missing or cannot be read.
 */
import { cleanText } from "../knowledge/normalize";
import { extractAmounts, parseRupiah } from "./money";
import { NUMBER_WORD, numberWordValue, readPeriod, withNowAsMonth } from "./period";
import { isGenericOffice, isSingleOffice, officeTitlesIn, OFFICE_TITLES, readPeople, VULNERABLE_WORDS, WORKER_WORDS, withSlashedTitlesJoined, withTitleFirstCounts } from "./people";
import { jakartaMonth, OFFICIAL_EXTRA_PROGRAMS, type OfficialExtraProgram, type PmiContractMonths, type OfficialGroup, type RiskClass } from "./calculators";
import { ask, has, INFORMAL, isAboutOfficials, JHT_NAMED, MIN_MONTHLY_INCOME, PAYS, RECEIVES, RECEIVES_BENEFIT, riskClassOf, sumOf, VILLAGE, WAGE, WITHOUT, WITHOUT_JHT, WITHOUT_JP } from "./question-words";
import { AMOUNT, amountsIn, incomeRange, isDailyAmount, NEGATIVE_INCOME, OTHER_INCOME_PERIOD, PER_DAY, RANGE_BODY, SILTAP_RANGE, sometimesRange, WHOLE_RANGE, withNumberWords, withoutCents, withoutReduplication, ZERO_INCOME } from "./question-amounts";
import { ALLOWANCE, COUPLE, employeeCount, jakonRequest, EMPLOYER_SHARE, incomeRequest, minimumWageIn, pendingIncome, staffWithWage, VARIABLE_PAY, withMinimumWage, withoutMinimumWage, withWorkerKind, WORKER_SHARE } from "./question-workers";
import { asksJkpContribution, benefitRequest, DIED, ORDINARY_DEATH, ordinaryDeathTold, FINE_ASKED, JHT_MAX_YEARS, JHT_YEARS, jhtBalanceRequest, jhtRequest, JMO_NAMED, JKP_WITH_WAGE, jpBenefitRequest, lateFeeRequest, lateMonths, partialPurpose, PENSION_MAX_YEARS, PMI_WORKER, pmiRequest, pmiWithPeriod, RETURN_RATE, returnRateOf, TAX_NAMED, UNABLE_TO_WORK } from "./question-benefits";
import { addedHonorTitles, budgetLimitOn, householdRequest, budgetLimitRequest, budgetRequest, coverageRequest, COVERS, EACH, eachVillageRequest, HONOR_ONLY, HONOR_TITLES, honorTitlesOf, isBpdGroup, isBudgetAmount, isCoverageQuestion, sameEachVillage, SHARE_ASKED, SHARE_OF, VILLAGES_TOTAL, withEnglishBudgetWords, withSplit } from "./question-village";
export { MIN_MONTHLY_INCOME } from "./question-words";
export { withWorkerKind } from "./question-workers";
export { isBpdGroup } from "./question-village";

/** A figure the question needs but does not give in a form we can read. */
export type MissingFigure = "months" | "monthly_income" | "officials_count" | "people_count" | "official_income" | "income_per_title" | "risk_class" | "return_rate" | "several_wages" | "worker_kind" | "amount_period" | "wage_period" | "which_group";

export type CalculationRequest =
  | {
      kind: "bpu";
      income: number;
      perDay?: boolean;
      /** The days a month the worker says they work ("kerja 20 hari sebulan"): a day's income × these, not the employees' multiplier. */
      days?: number;
      withJht?: boolean;
      jpAsked?: boolean;
      /** Several people on the same income ("kl 2 org?"): the totals are shown for all of them. */
      people?: number;
      /** Others of the household already computed ("kl istri sy jg ikut penghasilan 1jt"): their incomes, added to the total. */
      household?: number[];
      /** A wage earner's spouse on BPU ("nek bojoku melu bpu …" after a wage result): that wage, whose deduction the family's total adds. */
      besideWage?: number;
    }
  | {
      kind: "wage";
      wage: number;
      perDay?: boolean;
      /** "upah harian 100 rb kerja 20 hari sebulan": the days written, acknowledged beside the rule's multiplier (audit18 #12). */
      daysWritten?: number;
      /** "gaji 5 jt potongan bpjs tk dan pajak": the salary's income tax asked too, which our data does not hold (audit18 #6). */
      salaryTaxAsked?: boolean;
      riskClass?: RiskClass;
      allowance?: number;
      /** Several employees on the same wage ("10 karyawan gaji 6 jt"): the totals are shown for all of them. */
      employees?: number;
      /** A period asked for ("kalau 6 bulan?"): the totals are shown for it. */
      months?: number;
      /** "what does the company pay?": the employer's share said first; "and JP?": the JP lines said first. */
      focus?: "employer" | "jp" | "jht";
      /** "iuran jp tahun 2024", "bulan februari 2026": the month whose JP wage cap applies (year, month 1-12). */
      capPeriod?: { year: number; month?: number; written?: string };
      /** "tp umk 4,8 jt": the regional minimum wage the question gives; the base is never below it. */
      minimumWage?: number;
      /** A domestic worker (ART, PRT): the household employing them need not be a firm that must join JP. */
      household?: boolean;
      /** A foreign worker (TKA, expat): JP is not settled for them, JKP is for citizens only. */
      foreigner?: boolean;
      /** A micro or small business named (usaha mikro, warung): such firms need not join JP, said beside the table. */
      smallFirm?: boolean;
      /** Work named that is rarely at the lowest risk ("tambang"): said so above the assumed class, the class to be chosen. */
      riskyWork?: string;
    }
  | { kind: "group"; people: number; months: number; withJht?: boolean; jpAsked?: boolean; /** "20 petani penghasilan 2jt": priced as BPU on it, not the cheapest package. */ income?: number }
  | {
      kind: "village";
      /** Officials by siltap: one group per amount written. */
      officials: OfficialGroup[];
      vulnerable: number;
      months: number;
      extraPrograms?: OfficialExtraProgram[];
      vulnerableWithJht?: boolean;
      /** JP asked for the vulnerable workers, who cannot join it (BPU): said so beside the table. */
      jpAsked?: boolean;
      /** Kader, Linmas or an honor: the knowledge gives the siltap basis only for officials. */
      notSiltap?: boolean;
      /** "bagian desa brp bagian perangkat brp", "potongan dari siltap": the village's and the official's shares asked. */
      split?: boolean;
      /** Paid an honor, insentif or tunjangan and no siltap: counted on the BPU package, never on 0,54% of the honor. */
      honorAsBpu?: boolean;
      /** The honor written in reply ("300 rb" after a Linmas result): read, and said not to change the package. */
      honor?: number;
      /** One office's siltap changed in a follow-up and counted as one of a group of `of` ("kalau siltap kades 3 juta?"). */
      among?: { title: string; of: number; othersIncome: number };
      /** The officials' JKK class named ("risiko sedang"): priced at it, and said the sources give 0,24% for officials. */
      riskClass?: RiskClass;
      /** Of `vulnerable`, RT/RW, Linmas, kader or staff paid an honor: their own line, not vulnerable workers. */
      honorPaid?: number;
      /** Who those `honorPaid` are, when the question named them ("rt", "linmas", "bpd"): their line is named so. */
      honorTitles?: string[];
      /** JKP named with the contribution ("iuran … dengan jkp"): how JKP is funded said beside the table. */
      jkpAsked?: boolean;
      /** No period written: 12 months assumed, and said so. */
      assumedMonths?: boolean;
      /** Everyone put on the BPU package as asked ("klo pakai paket bpu aja"): said so. */
      bpuAsked?: boolean;
      /** One figure written for officials and BPD members together: the BPD's tunjangan taken to be it, said so. */
      bpdShared?: boolean;
      /** A calendar year or a period's first month written ("tahun 2027", "maret 2026 sampai …"): where the months start. */
      from?: { year: number; month: number };
      /** "tahun 2027" read as January–December of that year: said so. */
      yearRead?: number;
      /** The siltap as written when read as everyone's together (`people`) or a year's: divided, said so. */
      siltapRead?: { written: number; people?: number; yearly?: boolean };
      /** "50 petani penghasilan 2jt": the vulnerable workers priced as BPU on that income, not the cheapest package. */
      vulnerableIncome?: number;
      /** "berapa persen dari dana desa 800jt": the total said as a share of that fund. */
      fund?: number;
      /** "pakai tarif pangkep": a regional example named as a rate, said not to be one. */
      regionalRateAsked?: boolean;
      /** "kades siltap 3jt tunjangan 1jt": the tunjangan beside the siltap, not counted (the officials' basis is the siltap), said so. */
      allowanceLeftOut?: number;
    }
  /**
   * A budget against a village's contributions: how many months it lasts (`months` 0, "cukup utk
   * brp bulan"), or whether it is enough for `months` ("3 juta setahun … cukup ga").
   */
  /** "desa A … desa B … masing2": each village's budget on its own (each has its own APBDes). */
  | {
      kind: "villages";
      villages: { name: string; budget: Extract<CalculationRequest, { kind: "village" }> }[];
      /** "brp total … utk kedua desa": the villages' total asked for beside each one's budget. */
      combined?: boolean;
    }
  | { kind: "budget_limit"; budget: number; months: number; asksMonths: boolean; village: Extract<CalculationRequest, { kind: "village" }> }
  | {
      kind: "coverage";
      budget: number;
      months: number;
      withJht?: boolean;
      officialIncome?: number;
      paidFirst?: OfficialGroup[];
      extraPrograms?: OfficialExtraProgram[];
      jpAsked?: boolean;
      /** "cukup buat berapa linmas": RT/RW, Linmas or kader counted, on the BPU package (never 0,54% of an honor). */
      honorTitles?: string[];
      /** Their honor as written: read, and said not to change the package. */
      honor?: number;
      /** The first month written, or January of a year named: each run of months priced on its JP cap. */
      from?: { year: number; month: number };
      /** A year named alone ("tahun 2025"), said to be read as January–December. */
      yearRead?: number;
      /** "cukup untuk berapa pekerja rentan penghasilan 2 juta": each priced as BPU on that income (audit18 #3). */
      vulnerableIncome?: number;
    }
  | {
      kind: "jkp";
      wage: number;
      resigned?: boolean;
      monthsPaid?: number;
      /** An informal (BPU) worker, an ojol driver: JKP is for wage earners only. */
      informal?: boolean;
      /** A fixed-term contract that simply ended (not cut short): not a layoff JKP covers. */
      contractEnded?: boolean;
      /** Months since the layoff, as written ("di phk 8 bulan lalu"): checked against the claim deadline. */
      monthsSinceLayoff?: number;
      /** The layoff as dated in the question ("maret 2026", "tahun lalu"): monthsSinceLayoff is then at least that. */
      layoffWritten?: string;
      /** A village official (kades, perangkat, siltap): whether they can be JKP participants is not known, said so. */
      villageOfficial?: boolean;
      /** Retiring ("pensiun", "pensiun dini"), not laid off: JKP does not cover it. */
      retired?: boolean;
      /** The employer closed or went bankrupt: JKP is paid all the same. */
      employerClosed?: boolean;
    }
  | { kind: "jkk_death"; wage: number; /** "paket 16800 meninggal": the amount is the BPU contribution paid, not the income (audit18 #2). */ contribution?: boolean }
  /** Permanent total disability from work (JKK): a multiple of the wage. */
  | {
      kind: "jkk_disability";
      wage: number;
      /** "permanent disability", total not said: the partial disability (a table percent of 80 × the wage) is said beside. */
      totalAssumed?: boolean;
    }
  /** Death not caused by work (JKM): the same payment whatever the wage written. */
  | { kind: "jkm_death"; wage: number }
  /** Pay while unable to work after a work accident (STMB), for the months written if any. */
  | {
      kind: "stmb";
      wage: number;
      months?: number;
      perDay?: boolean;
      /** "ga bisa kerja … dpt brp" with no accident named: STMB is said to be for a work accident or disease only. */
      causeNotSaid?: boolean;
    }
  /** The JP old-age pension for the years of contributions and the average wage written. */
  | { kind: "jp_benefit"; wage: number; years: number }
  /** The final tax on a JHT balance paid at once. */
  | {
      kind: "jht_tax";
      balance: number;
      /** "bisa lwt jmo?": whether the balance is within the JMO app's claim limit (benefit.jht_jmo_limit), said first. */
      jmoAsked?: boolean;
    }
  /** The partial JHT withdrawal (its percent of the balance) while still employed. */
  | {
      kind: "jht_partial";
      balance: number;
      purpose: "retirement" | "housing";
      /** Months of membership the question states ("baru kerja 5 th" = 60): below the minimum, no amount is given. */
      memberMonths?: number;
    }
  /**
   * A migrant worker's JKK + JKM: for the contract length asked (6, 12 or 24 months, as the table prices
   * them; else all three shown, `unpriced` the months written), and an extension of some months.
   */
  | { kind: "pmi"; months?: PmiContractMonths; extension?: number; unpriced?: number }
  /** A construction project's JKK + JKM on its contract value (workers' wages not known), tier by tier. */
  | { kind: "jakon"; contractValue: number; /** "iuran jakon upah 4 jt": the rate on a worker's wage (special.jakon_wage_rate), not the contract tiers (audit18 #8). */ wage?: number }
  /** The JHT illustration: a wage kept for some years at an assumed yearly return (asked, never assumed). */
  | { kind: "jht"; wage: number; years: number; annualReturnPercent: number }
  /**
   * An employer's fine for a month's contribution paid late: on the contribution written, or on the total of
   * the wage result before (`of`), for the months late when written.
   */
  | { kind: "late_fee"; contribution?: number; of?: Extract<CalculationRequest, { kind: "wage" }>; months?: number }
  | AskRequest;

/** Calculations of what a village budget pays (or covers): "dasar hukumnya apa" after one asks for the village's legal basis. */
export function isVillageBudgetCalculation(kind: CalculationRequest["kind"] | undefined): boolean {
  return kind === "village" || kind === "villages" || kind === "budget_limit" || kind === "coverage";
}

/**
 * The bot asks for one figure. `pending` is the calculation with that figure still 0: a reply that
 * is just the figure ("11", "6 bulan", "1,5 jt") completes it (see completeAsked).
 */
export type AskRequest = {
  kind: "ask";
  missing: MissingFigure;
  pending?: CalculationRequest;
  typed?: string;
  /** The amount was written below zero, or as zero: refused as the form refuses it. */
  refused?: "negative" | "zero";
  /** The language the question was asked in: a bare figure in reply ("6") says none. */
  language?: "id" | "en";
  /** "gaji 5-6 jt": a range written where one income is needed; both ends said, neither picked. */
  range?: [number, number];
  /** "setahun brp" after different wages were asked one at a time: the period, said back with how to get it. */
  months?: number;
  /** "anggaran kami cuma 20 jt" while a village figure is asked: set against the budget once the figure comes. */
  budget?: number;
  /** `typed` too large to be one person's siltap a month (a total or a year's?): asked again, never priced. */
  tooLarge?: boolean;
  /** "kl 25 org?" after a budget of several groups: the count, kept while which group it is for is asked (which_group). */
  count?: number;
  /** A bare figure replied where nothing is held to complete: asked again, with the whole question needed. */
  again?: boolean;
};

const ASKS_AMOUNT = /\b(brp|berapa|berape|brapa|hitung|total|how much|cheapest|termurah|paling murah|jumlah|besaran|potong|potongan|bayar|dapat|dapet|iuran|premi|deduct\w*|contributions?)\b/;

/**
 * Construction projects (Jakon) are paid by the contractor on the project's value, and a
 * construction labourer is usually covered that way; THR is no monthly wage. The knowledge answers these.
 */
const NOT_OURS = /\b(jakon|konstruksi|proyek|kontraktor|thr|tunjangan hari raya)\b|\b(kuli|tukang|buruh|pekerja) (bangunan|batu)\b/;
/**
 * "sy kuli bangunan gaji 4jt potongan bpjs": a construction labourer asking what comes off their own monthly wage
 * is asked as any employee's deduction; a day's pay (usually on a project, under Jakon), a project, its contract
 * or THR stays the knowledge's.
 */
function labourerWageDeduction(t: string): boolean {
  return has(t, /\b(kuli|tukang|buruh|pekerja) (bangunan|batu)\b/) && has(t, /\b(gaji\w*|upah\w*)\b/) && has(t, /\b(potong|potongan|dipotong)\b/) && !has(t, PER_DAY)
    && !has(t, /\b(jakon|konstruksi|proyek|kontraktor|thr|tunjangan hari raya)\b/);
}

/**
 * A workplace named in a follow-up to a wage result ("kalau kerjanya di pabrik kimia?"): its
 * risk class is not something the bot can tell from a name, so it asks which class it is.
 */
const NAMES_WORKPLACE = /\b(kerja|kerjanya|bekerja|tempat kerja|pabrik|tambang|gudang|kebun|pelabuhan|bengkel|workplace|factory|mine)\b/;

/** "ikut 4 program": JKK, JKM, JHT and JP (the four a wage earner joins; JKP is not chosen). */
const FOUR_PROGRAMS = /\b(?:4|empat|four)\s+(?:program|programs|programnya)\b/g;

/** `now` (the bot's clock) dates a layoff written as a month or "tahun lalu"; without it those are not read. */
/** "kaur keuangan: iuran 12 perangkat …": the writer's role before a colon, not one more person to insure. */
const ROLE_PREFIX = new RegExp(String.raw`^\s*(?:(?:sy|saya|aku|pak|bu)\s+)?(?:${OFFICE_TITLES}|bendahara|operator desa|pendamping desa)(?:\s+[a-z]+){0,2}\s*:\s*`, "i");
function withoutRolePrefix(text: string): string {
  const prefix = ROLE_PREFIX.exec(text);
  if (!prefix) return text;
  const rest = text.slice(prefix[0].length);
  // "kades: siltap 3 jt iuran brp" asks for the kades: kept when nobody else is named
  const others = readPeople(cleanText(rest));
  return others.officials.length || others.workers.length ? rest : text;
}
/** JKP named: "jkp", "jaminan kehilangan pekerjaan". */
const JKP_NAMED = /\bjkp\b|\bkehilangan pekerjaan\b/;
const JKP_WRITTEN = /\bjkp\b|\bjaminan kehilangan pekerjaan\b/gi;
/** The JKP funding note carried on the village budget(s) of a request, or on the one asked about. */
function withJkpAsked(request: CalculationRequest): CalculationRequest {
  switch (request.kind) {
    case "village":
      return { ...request, jkpAsked: true };
    case "budget_limit":
      return { ...request, village: { ...request.village, jkpAsked: true } };
    case "villages":
      return { ...request, villages: request.villages.map((v) => ({ ...v, budget: { ...v.budget, jkpAsked: true } })) };
    case "ask":
      return request.pending ? { ...request, pending: withJkpAsked(request.pending) } : request;
    default:
      return request;
  }
}

const detectedPerScope = new WeakMap<object, Map<string, CalculationRequest | null>>();

/**
 * detectCalculation for a message read more than once (by the question planner, then by the calculator):
 * each text is read once per `scope`, the update, and forgotten with it.
 */
export function detectCalculationIn(scope: object, text: string, now?: Date): CalculationRequest | null {
  let detected = detectedPerScope.get(scope);
  if (!detected) detectedPerScope.set(scope, (detected = new Map()));
  let request = detected.get(text);
  if (request === undefined) detected.set(text, (request = detectCalculation(text, now)));
  return request;
}

export function detectCalculation(typed: string, now?: Date): CalculationRequest | null {
  // "mulai maret 2026 sampai sekarang": the span ends this month
  const text = withNowAsMonth(typed, jakartaMonth(now ?? new Date()));
  // "rt/rw" kept as both words (read as one group all the same), so the RW heads are named too
  const plain = withNumberWords(withEnglishBudgetWords(withoutReduplication(withTitleFirstCounts(withSlashedTitlesJoined(withoutCents(withoutRolePrefix(text)).replace(/\brt\s*\/\s*rw\b/gi, "rt rw"))))));
  const cleaned = cleanText(plain);
  // "proyek 200 juta iuran jakon brp": the project's contribution on its contract value, tier by tier
  const project = jakonRequest(cleaned, extractAmounts(plain));
  if (project) return project;
  if (has(cleaned, NOT_OURS) && !labourerWageDeduction(cleaned)) return null;
  // "bagian desa brp bagian perangkat brp": shares asked, not more people named after the siltap
  const split = has(cleaned, SHARE_ASKED);
  const t = cleaned.replace(SHARE_OF, " ").replace(FOUR_PROGRAMS, " jht jp ");
  // "iuran perangkat desa siltap 2jt dengan jkp brp": JKP adds nothing to what a village pays (APBN and a part
  // of JKK fund it), so the budget without it, its funding said beside; never a JKP payout for officials
  if (has(t, JKP_NAMED) && isAboutOfficials(t) && has(t, PAYS) && !has(t, RECEIVES) && !has(t, RECEIVES_BENEFIT)) {
    const without = detectCalculation(text.replace(JKP_WRITTEN, " "), now);
    return without ? withJkpAsked(without) : null;
  }
  // "iuran jkp gaji 8 jt januari 2025": the wage's contributions, whose table says JKP adds none; never the JKP benefit
  if (asksJkpContribution(t)) {
    const without = detectCalculation(text.replace(JKP_WRITTEN, " "), now);
    if (without?.kind === "wage") return without;
  }
  // "penghasilan sy -3 juta": cleanText drops the minus, so it is read on the text as typed and refused as the form does
  if (NEGATIVE_INCOME.test(plain.toLowerCase())) return { ...ask("monthly_income", pendingIncome(t)), refused: "negative" };
  if (ZERO_INCOME.test(plain.toLowerCase())) return { ...ask("monthly_income", pendingIncome(t)), refused: "zero" };
  // "gaji 3 jt tp umk 4,8 jt": the minimum wage is no second wage; the base is checked against it
  const written = extractAmounts(plain);
  // "gaji sy umk 4,8 jt": the minimum wage alone is the wage asked about, nothing to check it against
  const minimum = written.length > 1 ? minimumWageIn(t) : undefined;
  const amounts = withoutMinimumWage(written, minimum);
  const amount = amounts[0];
  const asks = has(t, ASKS_AMOUNT);
  // "iuran bulan oktober telat 2 bulan, iurannya 3 jt, dendanya brp": the employer's fine on that contribution
  const late = has(t, FINE_ASKED) && asks ? lateFeeRequest(t, amounts) : undefined;
  if (late !== undefined) return late;
  // "gaji 5-6 jt potongan brp": one figure is asked for, both ends said, neither taken
  const range = asks && !has(t, PMI_WORKER) ? incomeRange(plain.toLowerCase()) ?? sometimesRange(plain) : undefined;
  // "sebulan dapet 3jtan kadang 2jt": whose income is not said, so after the figure is picked the kind is asked
  if (range) return { ...ask("monthly_income", pendingIncome(t) ?? ask("worker_kind", { kind: "bpu", income: 0 })), range };
  // "5 kadus siltap 1,5-2 jt": the siltap asked for with both ends as buttons, the rest of the question kept
  const siltapRange = asks || has(t, VILLAGE) ? incomeRange(plain.toLowerCase(), SILTAP_RANGE) : undefined;
  if (siltapRange) {
    const without = detectCalculation(plain.toLowerCase().replace(SILTAP_RANGE, (m) => m.replace(new RegExp(`${RANGE_BODY}$`), " ")), now);
    const pending = without?.kind === "ask" && without.missing === "official_income" ? without.pending : undefined;
    return { ...ask("official_income", pending), range: siltapRange };
  }
  const pmi = has(t, PMI_WORKER) && amounts.length === 0 ? pmiRequest(t) : undefined;
  if (pmi) return pmi;
  const balance = amounts.length === 1 ? jhtBalanceRequest(t, amount!, plain.toLowerCase()) : undefined;
  if (balance) return balance;
  const pension = amounts.length === 1 ? jpBenefitRequest(t, amount!) : undefined;
  if (pension) return pension;
  const jht = amounts.length === 1 ? jhtRequest(t, amount!, plain.toLowerCase()) : undefined;
  if (jht) return jht;

  // "santunan kematian kecelakaan kerja kades siltap 3 juta" asks for the benefit without "berapa"
  // "my husband died in a work accident, salary 5 million": a death told with a wage asks what the heirs receive
  const benefit = (asks || has(t, /\b(santunan|benefit|stmb|compensation|payout)\b/) || has(t, JKP_WITH_WAGE) || has(t, DIED)) && amount ? benefitRequest(t, amount, now) : undefined;
  if (benefit) return benefit;
  if (amount && isCoverageQuestion(t) && !has(t, RECEIVES_BENEFIT)) return coverageRequest(t);
  if (has(t, RECEIVES_BENEFIT) || (has(t, RECEIVES) && !has(t, PAYS))) return null;
  const limit = amount && has(t, COVERS) ? budgetLimitRequest(t) : undefined;
  if (limit) return limit;
  // "desa A 100 petani, desa B 50 nelayan …", "12 desa, tiap desa 100 pekerja rentan": each village on its own, a siltap
  // written or not; two villages named are two budgets even without "masing2" (explore13 #6)
  const each = has(t, EACH) ? eachVillageRequest(t) ?? sameEachVillage(t) : eachVillageRequest(t);
  if (each?.kind === "villages" && has(t, VILLAGES_TOTAL)) return { ...each, combined: true };
  if (each) return each;
  // "10 karyawan gaji 4 jt, 2 org gaji 6 jt": employees on different wages, asked one wage at a time (no group package)
  if (has(t, WAGE) && !has(t, VILLAGE) && !has(t, ALLOWANCE) && employeeCount(t) !== undefined && new Set(amounts).size > 1 && readPeople(t).officials.length === 0) return ask("several_wages");
  // "5 org karyawan gaji 5jt", "20 pekerja pabrik upah 3,2 jt": a head count with their wage is employees, never the BPU package
  const staff = amount !== undefined && asks ? staffWithWage(t, amounts) : undefined;
  if (staff) return withMinimumWage(staff, minimum);
  // "iuran bpu bertiga setahun", "saya dan 2 anak iuran bpu": a household, its size and period both kept (audit18 #1)
  const household = householdRequest(t, amount, asks);
  if (household) return household;
  const budget = budgetRequest(t, amount, asks);
  if (budget !== undefined) return split && budget ? withSplit(budget) : budget;
  // "sy sama suami mau daftar bpu brp total sebulan": two people on the cheapest package
  if (!amount && asks && has(t, /\bbpu\b|\bbukan penerima upah\b/) && has(t, COUPLE)) return { kind: "group", people: 2, months: 1 };
  // "brp iuran bpu 1 tahun", "iuran bpjs tk ojol setahun": no income written, the cheapest package for the period (a higher income costs more, said)
  const packageMonths = !amount && asks ? bpuPackagePeriod(t) : undefined;
  if (packageMonths) return { kind: "group", people: 1, months: packageMonths, ...(has(t, JHT_NAMED) && !has(t, WITHOUT_JHT) ? { withJht: true } : {}) };
  // "10 karyawan gaji 6 jt": a head count of employees with their wage asks for their contributions
  const employeesWithWage = amount !== undefined && has(t, WAGE) && employeeCount(t) !== undefined && t.split(" ").length <= 8;
  if ((!asks && !employeesWithWage) || !amount) return null;
  return withMinimumWage(incomeRequest(t, amounts), minimum);
}

/** One self-employed worker named (BPU, ojol, freelancer), no one else: their contribution for a period. */
const ONE_SELF_EMPLOYED = /\b(bpu|bukan penerima upah|ojol|ojek|ojek online|driver online|kurir online|freelance\w*|freelancer|pekerja mandiri|pekerja informal)\b/;
/** Late or lump payments, ways and whether-questions ("ojol telat bayar iuran 3 bulan"): no price asked. */
const ABOUT_PAYING_NOT_PRICE = /\b(telat|terlambat|nunggak|tunggak\w*|menunggak|denda|late|arrears|sekaligus|cara|gimana|gmn|bagaimana|bisa|bisakah|boleh|apa|apakah|kenapa|klaim|cair|dapat|dapet|dpt|how to|can|could)\b/;
/** The months of "iuran bpu 1 tahun": one self-employed worker, no head count, no village, no wage. */
function bpuPackagePeriod(t: string): number | undefined {
  if (!has(t, ONE_SELF_EMPLOYED) || has(t, ABOUT_PAYING_NOT_PRICE) || has(t, VILLAGE) || has(t, WAGE) || has(t, COUPLE) || has(t, RECEIVES) || has(t, RECEIVES_BENEFIT)) return undefined;
  const people = readPeople(t);
  if (people.officials.length || people.workers.length || people.strayNumbers) return undefined;
  const period = readPeriod(t);
  return period.kind === "months" && period.months > 1 && period.months <= 120 ? period.months : undefined;
}

/**
 * After "anggaran 15 jt setahun, cukup utk brp petani?", "klo perangkat 10 org siltap 2 jt juga ikut,
 * sisanya cukup utk brp petani": the same budget, the officials paid from it first. Null unless the
 * follow-up asks how many it covers and writes no budget of its own.
 */
export function coverageAgain(previous: CalculationRequest, text: string): CalculationRequest | null {
  if (previous.kind !== "coverage" || previous.officialIncome) return null;
  const t = cleanText(withNumberWords(text));
  if (!isCoverageQuestion(t) || amountsIn(t).some((a) => isBudgetAmount(t, a))) return null;
  const period = readPeriod(t).kind === "none" ? ` ${previous.months} bulan` : "";
  const request = detectCalculation(`anggaran ${previous.budget} ${t}${period}`);
  return request?.kind === "coverage" ? request : null;
}

/** "desa kedua", "desa ke-2": which of several villages a follow-up changes. */
const NTH_VILLAGE = /\bdesa\s+(?:(pertama|kesatu)|(kedua)|(ketiga)|(keempat)|ke\s*(\d))\b/;

/** One village of several, named ("desa B") or counted ("desa kedua"), changed by the follow-up said of it alone. */
function oneVillageChanged(previous: Extract<CalculationRequest, { kind: "villages" }>, t: string, named: RegExpExecArray): CalculationRequest | null {
  const index = named[0] === NTH_VILLAGE.exec(named[0])?.[0] ? (named[5] ? Number(named[5]) : named.slice(1, 5).findIndex(Boolean) + 1) - 1 : previous.villages.findIndex((v) => v.name.toLowerCase() === named[1]);
  const target = previous.villages[index];
  const rest = t.replace(named[0], " ").replace(/\s+/g, " ").trim();
  const budget = target && rest ? calculationFollowUp(target.budget, rest) : null;
  return budget?.kind === "village" ? { ...previous, villages: previous.villages.map((v, i) => (i === index ? { ...v, budget } : v)) } : null;
}

/** One of several villages with a new head count; anything else unclear is null. */
function villagesWithCount(previous: Extract<CalculationRequest, { kind: "villages" }>, nth: RegExpExecArray, t: string): CalculationRequest | null {
  const index = (nth[5] ? Number(nth[5]) : nth.slice(1, 5).findIndex(Boolean) + 1) - 1;
  const target = previous.villages[index];
  const rest = withCountFirst(t.replace(NTH_VILLAGE, " "));
  const changed = target ? headCount(rest) : undefined;
  const budget = target && changed ? villageWithCount(target.budget, changed, officeTitlesIn(rest)) : null;
  return budget?.kind === "village" ? { ...previous, villages: previous.villages.map((v, i) => (i === index ? { ...v, budget } : v)) } : null;
}

/** What "karyawan" or "mandiri" typed after the worker-kind question says the writer is. */
const TYPED_WAGE_EARNER = /\b(karyawan|pegawai|penerima upah|ada (?:bos|majikan|mandor|pemberi kerja)|ikut (?:orang|bos|perusahaan|mandor)|employee|(?<!self )employed)\b/;
const TYPED_SELF_EMPLOYED = /\b(bpu|bukan penerima upah|mandiri|informal|sendiri|usaha sendiri|kerja sendiri|self employed|freelance\w*)\b/;

/** An amount typed into a form step: read as in a free-text question. */
export type AmountReply =
  | { ok: true; amount: number; perDay?: boolean; allowance?: number }
  | { ok: false; reason: "empty" | "not_a_number" | "zero" | "negative" | "too_large" | "too_small" | "not_monthly" | "range" };

/**
 * A form's amount, the way free text reads it: "2,5 jt", "dua juta", "150rb sehari",
 * "4,5jt + tunjangan 500rb". Below Rp100.000 it is no month's income ("1,5" meant 1,5 jt).
 */
export function readAmountReply(text: string): AmountReply {
  const plain = withNumberWords(text);
  // "1,5 - 2 jt": one figure is needed, neither end is taken
  if (incomeRange(plain.toLowerCase(), WHOLE_RANGE) || sometimesRange(plain)) return { ok: false, reason: "range" };
  const whole = parseRupiah(plain);
  if (whole.ok) return whole.value < MIN_MONTHLY_INCOME ? { ok: false, reason: "too_small" } : { ok: true, amount: whole.value };
  // "-5 jt", "0", "999 miliar": read as a number, only not a usable one
  if (whole.reason !== "not_a_number") return { ok: false, reason: whole.reason };
  const t = cleanText(plain);
  const amounts = extractAmounts(plain);
  if (amounts.length === 0) return { ok: false, reason: whole.reason };
  const perDay = has(t, PER_DAY);
  if (amounts.length === 2 && has(t, ALLOWANCE) && !perDay && !has(t, VARIABLE_PAY)) {
    return { ok: true, amount: amounts[0]! + amounts[1]!, allowance: amounts[1]! };
  }
  if (amounts.length !== 1) return { ok: false, reason: "not_a_number" };
  if (OTHER_INCOME_PERIOD.some((re) => re.test(t))) return { ok: false, reason: "not_monthly" };
  // "3 jt sebulan, kerja harian": the period word nearest the amount is its own
  const daily = isDailyAmount(t, amounts[0]!);
  if (!daily && perDay && amounts[0]! >= MIN_MONTHLY_INCOME) return { ok: true, amount: amounts[0]! };
  if (!perDay && amounts[0]! < MIN_MONTHLY_INCOME) return { ok: false, reason: "too_small" };
  return { ok: true, amount: amounts[0]!, ...(perDay ? { perDay } : {}) };
}

/** "cara klaim lwt jmo gmn": how, not whether. */
const HOW_ASKED = /\b(cara\w*|gimana|gmn|bagaimana|gimn|langkah\w*|how)\b/;
/** A payout or claim named: "klaim jht brp lama", "setahun bisa cair brp kali" ask about it, not the contributions. */
const JHT_PAYOUT = /\b(klaim\w*|cair\w*|dicairkan|ambil|diambil|saldo\w*|pajak\w*|dapat|dapet|dpt)\b/;
/** "jht sy nambah brp", "masuk jht brp": how much goes into the JHT. */
const JHT_GROWS = /\b(nambah|bertambah|tambahnya|masuk|naik|brp|berapa|brapa|how much)\b/;
/**
 * Javanese (and a common typo) in a short follow-up, read as its Indonesian: "iurane piro", "nek setaun",
 * "totale piro", "nek bojoku melu bpu" (explore13 #14). The knowledge search has these in its lexicon.
 */
const INDONESIAN_OF: Readonly<Record<string, string>> = {
  nek: "kalau", piro: "berapa", pinten: "berapa", setaun: "setahun", totale: "totalnya", iurane: "iurannya",
  melu: "ikut", bojoku: "pasangan saya", bojo: "pasangan", istriku: "istri saya", suamiku: "suami saya",
};
const JAVANESE_WORD = new RegExp(String.raw`\b(${Object.keys(INDONESIAN_OF).join("|")})\b`, "g");
const withIndonesianWords = (t: string) => t.replace(JAVANESE_WORD, (w) => INDONESIAN_OF[w] ?? w);

/** How a follow-up to a result opens ("kalau 6 bulan?", "terus kalau 5jt?"). */
const POINTS_BACK = /^(kalau|kalo|klo|kl|kalau cuma|kalau hanya|terus|trus|lalu|gimana kalau|gmn kalau|bagaimana kalau|bagaimana jika|jika|if|what if|and if|and for|how much for|for|what about|how about|and what about|and)\b/;
/**
 * English words that carry nothing a follow-up changes ("what if the salary was 3 million", "what if
 * I earn 25 million"): taken off so the English is as short as its Indonesian ("kl gaji 3 jt").
 */
const ENGLISH_FILLER = /\b(the|is|was|were|are|be|would|will|my|our|his|her|their|i|we|he|she|it|earn|earns|earned|make|makes|instead)\b/g;
/** "tanpa petani", "tanpa warga rentan": the vulnerable workers taken off a village budget. */
const WITHOUT_VULNERABLE = new RegExp(String.raw`\b(?:${WITHOUT})\s+(?:${WORKER_WORDS})\b`);
/** "jadi 80", "6 bulan aja": a follow-up that changes a figure without "kalau". */
const CHANGED_TO = /\b(jadi|jd|aja|saja|doang|cuma|hanya)\b/;
/** The split of a village result asked after it: a share named, what is deducted from the siltap, in either language. */
const SPLIT_FOLLOW_UP = new RegExp(
  String.raw`${SHARE_ASKED.source}|\b(?:bagian|porsi|potongan|tanggungan)\s+(?:sy|saya|aku|ku|gw|gue|aparat\w*|perangkat\w*)\b|\b(?:yg|yang)\s+(?:di)?potong\b|\b(?:village|officials?|employer|workers?|employees?)\s+(?:s\s+)?(?:share|part|portion)\b|\b(?:share|part|portion)\s+of\s+(?:the\s+)?(?:village|officials?)\b|\bdeducted\s+from\b`,
);
/** "iuran sy brp", "bayar saya berapa sebulan": the writer's own contribution asked again. */
const OWN_ASKED = /^(?:(?:jadi|jd|terus|trus|jd|kalau|kl)\s+)?(?:iuran\w*|bayar|potongan)\s+(?:sy|saya|aku|gw|gue|ku)\b/;
/** A follow-up says little else: "kl 5jt?" or "kalau 6 bulan berapa". */
const MAX_FOLLOW_UP_WORDS = 5;

/**
 * A short question right after a calculation that changes one figure of it: the period of a
 * group or village budget ("kalau 6 bulan?"), its head count when it has one group ("kalau 45
 * orang?"), or the income, wage or budget ("kl 5jt?"). After the bot asked for a figure, a reply
 * that is just that figure completes the calculation. Anything else (a benefit, a new subject) is
 * null: it stands on its own.
 */
export function calculationFollowUp(previous: CalculationRequest, text: string): CalculationRequest | null {
  // a bare figure that does not complete what was asked is asked again, never searched as a question
  if (previous.kind === "ask") {
    const done = completeAsked(previous, text);
    // a budget written while the figure was asked: the result set against it (how many months it covers)
    if (done && previous.budget) return withBudget(done, previous.budget);
    // with nothing held to complete, a bare figure cannot be placed: asked again, saying the whole question is needed (explore13 #7)
    return done ?? budgetWhileAsked(previous, text) ?? (isBareFigure(text) ? (previous.pending ? previous : { ...previous, again: true }) : null);
  }
  // "insentif 250 rb" after people paid an honor were put on the BPU package: the honor changes nothing, the result stands
  const honor = previous.kind === "village" && previous.honorAsBpu && previous.officials.length === 0 ? bareMonthlyAmount(text) : undefined;
  if (previous.kind === "village" && honor !== undefined) return { ...previous, honor };
  // amounts in words read as in a new question: "dua setengah juta" is 2.500.000, not "setengah juta"
  const written = withNumberWords(text);
  const t = withIndonesianWords(cleanText(withoutReduplication(written))).replace(ENGLISH_FILLER, " ").replace(/\s+/g, " ").trim();
  const words = t.split(" ").filter(Boolean);
  const switched = switchedKind(previous, t, words.length);
  if (switched) return switched;
  const programs = programsAdded(t, words);
  if (programs) return withPrograms(previous, programs);
  const noFigures = extractAmounts(written).length === 0;
  // "ora usah jht, sing murah wae", "gak usah jht aja": the same figures without the optional JHT
  const jhtDropped = noFigures && words.length <= MAX_FOLLOW_UP_WORDS + 3 && has(t, WITHOUT_JHT) && !has(t, JP_NAMED);
  if (jhtDropped && (previous.kind === "bpu" || previous.kind === "group" || (previous.kind === "coverage" && !previous.officialIncome))) {
    const { withJht: _w, ...rest } = previous;
    return rest;
  }
  if (jhtDropped && previous.kind === "village") return villageWithJht(previous, false);
  // "kalau sy meninggal di laut keluarga dapet brp" after a BPU or wage result: the death benefit on that income
  // (JKK's for a death at work, said to be JKM's otherwise; JKM's when an illness is named), never the package's example
  const deathIncome = previous.kind === "bpu" ? previous.income : previous.kind === "wage" && !previous.allowance ? previous.wage : 0;
  if (deathIncome >= MIN_MONTHLY_INCOME && !("perDay" in previous && previous.perDay) && noFigures && words.length <= 12 && has(t, DIED) && has(t, HOW_MUCH_RECEIVED) && !has(t, SOMEONE_ELSE)) {
    return ordinaryDeathTold(t) ? { kind: "jkm_death", wage: deathIncome } : { kind: "jkk_death", wage: deathIncome };
  }
  // "kl meninggalnya krn sakit brp" after a JKK death result: the death not from work is JKM's
  if (previous.kind === "jkk_death" && noFigures && words.length <= 12 && has(t, DIED) && ordinaryDeathTold(t)) return { kind: "jkm_death", wage: previous.wage };
  // "kl istri sy?" after a BPU result: she joins on her own income, which is asked and then added to the household's total
  if (previous.kind === "bpu" && noFigures && words.length <= MAX_FOLLOW_UP_WORDS && has(t, SPOUSE_OR_KIN) && !has(t, RECEIVES_BENEFIT) && !has(t, DIED) && previous.income > 0 && !previous.perDay) {
    const before = [...(previous.household ?? []), ...Array.from({ length: previous.people ?? 1 }, () => previous.income)];
    return ask("monthly_income", { kind: "bpu", income: 0, household: before, ...(previous.withJht ? { withJht: true } : {}) });
  }
  // "what about my wife, she earns 1.5 million", "kl istri sy penghasilan 1,5 jt?": she joins on her own income, added to the total as "kl istri sy?" does
  const kinEarns = previous.kind === "bpu" && words.length <= MAX_FOLLOW_UP_WORDS + 3 && has(t, SPOUSE_OR_KIN) ? spouseIncome(t, written) : undefined;
  if (previous.kind === "bpu" && kinEarns && previous.income > 0 && !previous.perDay) {
    const before = [...(previous.household ?? []), ...Array.from({ length: previous.people ?? 1 }, () => previous.income)];
    return { kind: "bpu", income: kinEarns, household: before, ...(previous.withJht ? { withJht: true } : {}) };
  }
  // a village budget (or the one a budget limit is set against): a group added, the BPU package, a budget year
  const villageBefore = previous.kind === "village" ? previous : previous.kind === "budget_limit" ? previous.village : undefined;
  // "kl dananya cuma 15 jt?", "dana cuma 5jt cukup utk brp bulan?": a budget set against it, never a siltap
  const limit = villageBefore ? budgetLimitOn(villageBefore, t) : undefined;
  // after a budget limit, a new budget alone keeps the question before (the months it lasts, or whether it covers them)
  if (limit?.kind === "budget_limit" && previous.kind === "budget_limit" && limit.asksMonths && !has(t, /\b(?:brp|berapa|how many)\s+(?:bulan|bln|months?)\b/)) return { ...previous, budget: limit.budget };
  if (limit) return limit;
  const villageChanged = villageBefore && words.length <= MAX_FOLLOW_UP_WORDS + 3 ? villageChange(villageBefore, t, noFigures) : undefined;
  if (villageChanged && previous.kind === "budget_limit") return villageChanged.kind === "village" ? { ...previous, village: { ...villageChanged, months: 1 } } : villageChanged;
  if (villageChanged) return villageChanged;
  // "tambah 10 petani", "tambah 5 perangkat siltap 2jt" after "iuran 20 petani setahun": more of them, or officials
  // joining them in one village budget, read as after a village budget of those workers (explore13)
  if (previous.kind === "group" && previous.people > 1 && words.length <= MAX_FOLLOW_UP_WORDS + 3 && has(t, ADDS)) {
    const added = villageChange(groupAsVillage(previous), t, noFigures);
    if (added?.kind === "village") return added.officials.length ? added : { ...previous, people: added.vulnerable };
  }
  // "klo desa kedua cuma 12 perangkat": one village's head count
  const nth = previous.kind === "villages" && words.length <= MAX_FOLLOW_UP_WORDS + 3 ? NTH_VILLAGE.exec(t) : null;
  if (previous.kind === "villages" && nth) return villagesWithCount(previous, nth, t) ?? oneVillageChanged(previous, t, nth);
  // "desa B tambah 20 petani", "kl desa A 12 org?", "total semua desa brp": one village's budget changed, or the total asked (explore13 #6)
  if (previous.kind === "villages" && words.length <= MAX_FOLLOW_UP_WORDS + 4) {
    const named = new RegExp(String.raw`\bdesa\s+(${previous.villages.map((v) => v.name.toLowerCase().replace(/[^a-z0-9]/g, "")).join("|")})\b`).exec(t);
    if (named) return oneVillageChanged(previous, t, named);
    // "totalnya 3 desa berapa": the villages' own count is no new figure (audit18 #9)
    if (noFigures && !/\d/.test(t.replace(new RegExp(String.raw`\b${previous.villages.length}\s+desa\b`), " desa")) && has(t, VILLAGES_TOTAL) && previous.villages.every((v) => v.budget.months === previous.villages[0]!.budget.months)) return { ...previous, combined: true };
  }
  // "bagian desa brp bagian perangkat brp", "yg dipotong dr siltap brp", "village share vs the officials share": the split of the result before
  if (previous.kind === "village" && previous.officials.length && words.length <= 12 && noFigures && has(t, SPLIT_FOLLOW_UP)) return { ...previous, split: true };
  // the same after a budget limit: the split of the budget it was set against, the verdict kept
  if (previous.kind === "budget_limit" && previous.village.officials.length && words.length <= 12 && noFigures && has(t, SPLIT_FOLLOW_UP)) return { ...previous, village: { ...previous.village, split: true } };
  // "tanpa jp": JP taken off the officials' programs
  if (previous.kind === "village" && words.length <= MAX_FOLLOW_UP_WORDS && has(t, WITHOUT_JP) && !has(t, JHT_NAMED) && previous.extraPrograms?.includes("jp")) {
    const { extraPrograms: had, jpAsked: _j, ...rest } = previous;
    const extraPrograms = had.filter((p) => p !== "jp");
    return { ...rest, ...(extraPrograms.length ? { extraPrograms } : {}) };
  }
  // "iuran sy brp", "iuran saya sebulan berapa" after one official's result: that result again, for the period named
  if (previous.kind === "village" && words.length <= MAX_FOLLOW_UP_WORDS && noFigures && has(t, OWN_ASKED)) {
    const period = readPeriod(t);
    return period.kind === "months" ? { ...previous, months: period.months } : previous;
  }
  // "kl telat bayar 1 bulan dendanya brp" after a wage result: the employer's fine on that month's contribution
  if (previous.kind === "wage" && words.length <= 10 && has(t, FINE_ASKED) && extractAmounts(written).length === 0) {
    const months = lateMonths(t);
    return { kind: "late_fee", of: previous, ...(months ? { months } : {}) };
  }
  // "bisa lwt jmo?" after the tax on a balance: whether that balance can be claimed in JMO (explore13 #8)
  if (previous.kind === "jht_tax" && noFigures && words.length <= MAX_FOLLOW_UP_WORDS + 2 && has(t, JMO_NAMED) && !has(t, HOW_ASKED)) return { ...previous, jmoAsked: true };
  // "kalau cair sebagian 10 persen?" after the tax on a balance: that balance's partial withdrawal (audit18 #11)
  const partial = (previous.kind === "jht_tax" || previous.kind === "jht_partial") && noFigures && words.length <= MAX_FOLLOW_UP_WORDS + 3 ? partialPurpose(written.toLowerCase()) : undefined;
  if (partial && (previous.kind === "jht_tax" || previous.kind === "jht_partial")) return { kind: "jht_partial", balance: previous.balance, purpose: partial };
  // "brp pajaknya" after it: the tax of the table just shown, not the general tax answer
  if (previous.kind === "jht_tax" && noFigures && words.length <= MAX_FOLLOW_UP_WORDS && has(t, TAX_NAMED)) {
    const { jmoAsked: _j, ...tax } = previous;
    return tax;
  }
  // "kl sebulan jht sy nambah brp" after a wage result: the month's JHT, the employer's and the worker's part
  if (previous.kind === "wage" && noFigures && words.length <= MAX_FOLLOW_UP_WORDS + 3 && has(t, JHT_NAMED) && has(t, JHT_GROWS) && !has(t, WITHOUT_JHT) && !has(t, JHT_PAYOUT)) return { ...previous, focus: "jht" };
  // "setahun brp berdua", "setaun" after a BPU result: its table (and the household's total) already shows the year
  if (previous.kind === "bpu" && noFigures && words.length <= MAX_FOLLOW_UP_WORDS && !has(t, SPOUSE_OR_KIN) && !has(t, JHT_NAMED) && !has(t, RECEIVES_BENEFIT) && !has(t, JHT_PAYOUT) && readPeriod(t).kind === "months") return previous;
  // "kalau istriku ikut bpu penghasilan 1jt" after a wage result: the spouse's own BPU contribution (explore13 #14)
  if (previous.kind === "wage" && words.length <= MAX_FOLLOW_UP_WORDS + 4 && has(t, SPOUSE_OR_KIN) && has(t, MEANS_BPU) && !has(t, NOT_BPU)) {
    const income = spouseIncome(t, written);
    if (income) return { kind: "bpu", income, ...(previous.perDay || previous.allowance ? {} : { besideWage: previous.wage }) };
  }
  // "totale piro", "totalnya brp berdua" after a household's BPU result: the result again, its family total in it
  if (previous.kind === "bpu" && (previous.household?.length || previous.besideWage) && noFigures && words.length <= MAX_FOLLOW_UP_WORDS && has(t, /\b(total\w*|semua\w*|jumlah\w*|berdua|bertiga|sekeluarga|all|altogether)\b/)) return previous;
  // "kontrak 2 th", "perpanjang 6 bln" after a migrant worker's result: that contract priced, no "kalau" needed
  if (previous.kind === "pmi" && noFigures && words.length <= MAX_FOLLOW_UP_WORDS && has(t, /\b(kontrak\w*|contract|perpanjang\w*|diperpanjang)\b/) && readPeriod(t).kind === "months") return pmiWithPeriod(previous, t);
  // "what does the company pay?" after a wage result: its employer line, said first
  // (its line says what is deducted from each wage too: "how much does each employee pay?")
  if (previous.kind === "wage" && words.length <= MAX_FOLLOW_UP_WORDS + 2 && (has(t, EMPLOYER_SHARE) || has(t, WORKER_SHARE)) && extractAmounts(written).length === 0) return { ...previous, focus: "employer" };
  // the opener's own words are not counted: "what if" says no more than "kalau", "maksud sy" no more than "eh"
  const opener = (POINTS_BACK.exec(t) ?? CORRECTION_OPENER.exec(t))?.[0];
  const rest = opener ? words.length - opener.split(" ").length + 1 : words.length;
  // "high risk factory": a risk class named needs no opener
  // "petaninya jadi 80", "6 bulan aja": a figure changed needs no opener either
  if (rest > MAX_FOLLOW_UP_WORDS || (!opener && words.length > 2 && !(riskClassOf(t) && words.length <= 4) && !has(t, CHANGED_TO))) return null;
  if (has(t, NOT_OURS) || has(t, RECEIVES_BENEFIT)) return null;
  const period = readPeriod(t);
  const amounts = extractAmounts(written);
  const months = period.kind === "months" && amounts.length === 0 ? period.months : undefined;
  const amount = period.kind === "none" && amounts.length === 1 ? amounts[0] : undefined;
  const count = months || amount ? undefined : headCount(withCountFirst(t));
  const jht = has(t, JHT_NAMED) && !months && !amount && !count ? !has(t, WITHOUT_JHT) : undefined;
  // "what about 20?" after a head-count result: a bare number after the opener is the head count
  const bare = opener && !months && !amount ? /^\d{1,5}$/.exec(t.slice(opener.length).trim()) : null;
  const bareCount = bare ? Number(bare[0]) : undefined;
  switch (previous.kind) {
    case "group": {
      if (jht !== undefined) return { ...previous, withJht: jht };
      if (bareCount) return { ...previous, people: bareCount };
      return months ? { ...previous, months } : count && count.who !== "officials" ? { ...previous, people: count.count } : null;
    }
    case "village":
      // "kalau risikonya sedang?": the officials' JKK at that class
      if (riskClassOf(t) && previous.officials.length && !amount && !count) return { ...previous, riskClass: riskClassOf(t) };
      // "what about 20?" after a budget for vulnerable workers alone: 20 of them
      if (bareCount && previous.officials.length === 0) return { ...previous, vulnerable: bareCount };
      // "kl tanpa petani?": the officials alone, the vulnerable workers taken off
      if (has(t, WITHOUT_VULNERABLE) && previous.vulnerable > 0 && previous.officials.length > 0) {
        const { vulnerableWithJht: _v, ...officialsOnly } = previous;
        return { ...officialsOnly, vulnerable: 0 };
      }
      if (jht !== undefined) return villageWithJht(previous, jht);
      if (amount && officeTitlesIn(t).length === 1) return villageWithTitleSiltap(previous, officeTitlesIn(t)[0]!, amount);
      if (amount) return villageWithSiltap(previous, amount);
      // a period written is no longer assumed
      if (months) {
        const { assumedMonths: _m, ...kept } = previous;
        return { ...kept, months };
      }
      if (!count) return null;
      // "kl 25 org?" after kaur and farmers: whose count it is asked, never a search for something else (explore13 #10)
      return villageWithCount(previous, count, officeTitlesIn(withCountFirst(t))) ?? (count.who === "plain" && previous.officials.length + (previous.vulnerable > 0 ? 1 : 0) > 1 ? { ...ask("which_group", previous), count: count.count } : null);
    case "budget_limit": {
      // "klo dananya 15 jt?", "kalau siltapnya 2,5 jt", "kalau perangkatnya 15 org": the budget, or a figure of the village's
      const siltap = amount && has(t, /\bsiltap\w*\b/);
      const village = siltap
        ? officeTitlesIn(t).length === 1 ? villageWithTitleSiltap(previous.village, officeTitlesIn(t)[0]!, amount) : villageWithSiltap(previous.village, amount)
        : count ? villageWithCount(previous.village, count, officeTitlesIn(withCountFirst(t)))
        : riskClassOf(t) && previous.village.officials.length ? { ...previous.village, riskClass: riskClassOf(t) }
        : undefined;
      if (village) return village.kind === "village" ? { ...previous, village: { ...village, months: 1 } } : village;
      if (amount) return { ...previous, budget: amount };
      // "kalau 6 bulan?": whether the budget covers that many months
      return months ? { ...previous, months, asksMonths: false } : null;
    }
    case "coverage":
      if (jht !== undefined && !previous.officialIncome) return { ...previous, withJht: jht };
      // "kl siltapnya 2,5jt?": the officials' siltap, not the budget
      if (amount && previous.officialIncome && has(t, /\bsiltap\w*\b/)) return { ...previous, officialIncome: amount };
      return months ? { ...previous, months } : amount ? { ...previous, budget: amount } : null;
    case "bpu":
      // "kl tambah jht jd brp": the same income with JHT, or without it again
      if (jht !== undefined) return { ...previous, withJht: jht };
      // "kl 2 org?": that many on the same income
      if (count?.who === "plain") return { ...previous, people: count.count };
      // its result already shows 1, 3, 6 and 12 months: a period asks to see it again
      return amount ? { kind: "bpu", income: amount, ...(previous.withJht ? { withJht: true } : {}), ...(previous.people ? { people: previous.people } : {}) } : months ? previous : null;
    case "wage": {
      const { focus: _f, ...kept } = previous;
      const riskClass = riskClassOf(t) ?? previous.riskClass;
      // "kl 2 org?": that many on the same wage, as "kalau 2 karyawan?"
      const employees = employeeCount(t) ?? (count?.who === "plain" ? count.count : undefined);
      // "kalau 10 karyawan?", "what about 10 employees?": the same wage for that many
      if (employees && !amount) return { ...kept, employees };
      const scale = {
        ...(kept.employees ? { employees: kept.employees } : {}),
        ...(kept.months ? { months: kept.months } : {}),
        ...(kept.capPeriod ? { capPeriod: kept.capPeriod } : {}),
        ...(kept.household ? { household: true } : {}),
        ...(kept.foreigner ? { foreigner: true } : {}),
        ...(kept.smallFirm ? { smallFirm: true } : {}),
        ...(kept.riskyWork && !riskClass ? { riskyWork: kept.riskyWork } : {}),
      };
      if (amount) return { kind: "wage", wage: amount, ...(riskClass ? { riskClass } : {}), ...scale };
      if (riskClassOf(t)) return { ...kept, riskClass: riskClassOf(t) };
      if (months) return { ...kept, months };
      return has(t, NAMES_WORKPLACE) ? ask("risk_class", previous) : null;
    }
    case "jkp":
    case "jkk_death":
    case "jkk_disability":
      return amount ? { ...previous, wage: amount } : null;
    case "late_fee": {
      // "kl 3 bulan?", "kl iurannya 5 jt?": the months late or the contribution
      const late = lateMonths(t) ?? months;
      if (late) return { ...previous, months: late };
      if (amount) {
        const { of: _o, ...kept } = previous;
        return { ...kept, contribution: amount };
      }
      return null;
    }
    case "stmb":
      // "kl 20 bln?", "kl gajinya 6jt?": the months or the wage
      if (months) return { ...previous, months };
      return amount ? { ...previous, wage: amount } : null;
    case "jp_benefit": {
      // "kl 25 thn?", "kl gaji 7jt?": the years or the wage
      const years = Number(JHT_YEARS.exec(t)?.[1] ?? 0);
      if (years >= 1 && years <= PENSION_MAX_YEARS) return { ...previous, years };
      return amount && amount >= MIN_MONTHLY_INCOME ? { ...previous, wage: amount } : null;
    }
    case "jht_tax":
      // "kl 40jt?": the tax on that balance
      return amount ? { ...previous, balance: amount } : null;
    case "jht_partial": {
      // "kl 30%?": the other withdrawal; "kl 100jt?": another balance
      const purpose = partialPurpose(text.toLowerCase());
      if (purpose) return { ...previous, purpose, ...(amount ? { balance: amount } : {}) };
      return amount ? { ...previous, balance: amount } : null;
    }
    case "villages": {
      // "kalau 6 bulan?": the same period for every village
      return months ? { ...previous, villages: previous.villages.map((v) => ({ ...v, budget: { ...v.budget, months } })) } : null;
    }
    case "pmi":
      // "kl 6 bln?", "kl diperpanjang 4 bln?": the contract or its extension
      return months ? pmiWithPeriod(previous, t) : null;
    case "jht": {
      // "kl 10 tahun?", "kl 7%?", "kl 6jt?": that figure changed, the rest kept
      // read on the text as typed: cleanText drops the "%"
      const raw = text.toLowerCase();
      const rate = RETURN_RATE.test(raw) ? returnRateOf(raw) : undefined;
      if (rate !== undefined) return { ...previous, annualReturnPercent: rate };
      const years = Number(JHT_YEARS.exec(t)?.[1] ?? 0);
      if (years >= 1 && years <= JHT_MAX_YEARS) return { ...previous, years };
      return amount && amount >= MIN_MONTHLY_INCOME ? { ...previous, wage: amount } : null;
    }
    default:
      return null;
  }
}

/**
 * A short message that gives one wage or income and asks nothing else ("gaji suami 4jt", "upah
 * harian sy 150rb"), as written right after an answer that needs one. Undefined for anything else.
 */
export function wageGiven(text: string): { amount: number; perDay?: boolean } | undefined {
  const written = withNumberWords(text);
  const t = cleanText(withoutReduplication(written));
  // "kl gaji sy 4 jt dpt brp sebulan selama gak kerja": what is received, asked around the wage, says nothing more
  const words = t.replace(UNABLE_TO_WORK, " ").replace(RECEIVED_ASKED, " ").split(" ").filter(Boolean);
  if (words.length > 8 || has(t, NOT_OURS) || has(t, TAX_NAMED)) return undefined;
  const amounts = extractAmounts(written);
  if (amounts.length !== 1 || OTHER_INCOME_PERIOD.some((re) => re.test(t))) return undefined;
  const perDay = isDailyAmount(t, amounts[0]!);
  if (!perDay && amounts[0]! < MIN_MONTHLY_INCOME) return undefined;
  // the amount is a wage or an income, or the whole message ("4jt", "kl 4jt?")
  if (!has(t, WAGE) && !has(t, INFORMAL) && !POINTS_BACK.test(t) && !isBareFigure(text)) return undefined;
  return { amount: amounts[0]!, ...(perDay ? { perDay } : {}) };
}

/** Words that only ask what is received for the wage given ("dpt brp sebulan selama gak kerja"). */
const RECEIVED_ASKED = /\b(?:dpt|dapat|dapet|terima|nerima|brp|berapa|sebulan|perbulan|per bulan|selama|nanti|sy|saya|aku|nya)\b|\b(?:gak|ga|gk|tidak|tdk|nggak|ngga|g)\s+(?:kerja|bekerja|masuk)\b/g;

/** "jp", "jaminan pensiun": JP named in a follow-up. */
const JP_NAMED = /\bjp\b|\bpensiun\b|\bpension\b/;
/** Words that name a program or only join programs to a result ("dengan jht dan jp?", "plus jht jp", "jp aja", "and with JHT and JP?"). */
const PROGRAM_FOLLOW_UP_WORD = /^(bisa|boleh|bisakah|can|could|untuk|utk|buat|bagi|aparat|aparatnya|perangkat|perangkatnya|desa|for|officials|jht|jp|hari|tua|jaminan|pensiun|pension|dengan|dgn|plus|tambah|ditambah|tambahin|termasuk|trmsk|sama|sm|dan|juga|jg|sekalian|aja|saja|doang|kalau|kalo|klo|kl|gimana|gmn|bagaimana|brp|berapa|jadi|jd|terus|trus|ikut|pakai|pake|program|programs?|semua|totalnya|total|ya|dong|and|with|also|too|only|just|add|adding|include|including|incl|what|how|about|if|plus)$/;
/** "jp aja", "only JHT": the programs named are the only ones beside JKK and JKM. */
const ONLY = /\b(aja|saja|doang|only|just)\b/;

type ProgramsAdded = { jht: boolean; jp: boolean; only: boolean; forOfficials?: boolean };

/** A follow-up that only names JHT and/or JP to add; anything else (a figure, "tanpa jht") is not one. */
function programsAdded(t: string, words: string[]): ProgramsAdded | undefined {
  if (!words.length || !words.every((w) => PROGRAM_FOLLOW_UP_WORD.test(w))) return undefined;
  // "tambah jht jp utk aparat": for the officials, not the vulnerable workers beside them
  const named = { jht: has(t, JHT_NAMED), jp: has(t, JP_NAMED), only: has(t, ONLY), ...(has(t, /\b(aparat\w*|perangkat\w*|officials)\b/) ? { forOfficials: true } : {}) };
  return named.jht || named.jp ? named : undefined;
}

/** The officials' programs beside JKK and JKM once those named are added (or are the only ones). */
function officialPrograms(had: OfficialExtraProgram[] | undefined, { jht, jp, only }: ProgramsAdded): OfficialExtraProgram[] {
  const kept = only ? [] : had ?? [];
  return OFFICIAL_EXTRA_PROGRAMS.filter((p) => kept.includes(p) || (p === "jht" ? jht : jp));
}

/**
 * JHT and/or JP added to the last result: beside the officials' JKK and JKM, and JHT on the vulnerable
 * or informal workers' package. BPU workers cannot join JP, which the result then says.
 */
function withPrograms(previous: Exclude<CalculationRequest, AskRequest>, { jht, jp, only, forOfficials }: ProgramsAdded): CalculationRequest | null {
  const withJht = (had: boolean | undefined) => (jht || (!only && had) ? { withJht: true } : {});
  const jpAsked = jp ? { jpAsked: true } : {};
  switch (previous.kind) {
    case "village": {
      const extraPrograms = officialPrograms(previous.extraPrograms, { jht, jp, only });
      const { extraPrograms: _e, vulnerableWithJht: _v, jpAsked: _j, ...rest } = previous;
      // named for the officials: the vulnerable workers' package stays as it was
      if (forOfficials && previous.officials.length) {
        return { ...rest, ...(extraPrograms.length ? { extraPrograms } : {}), ...(previous.vulnerableWithJht ? { vulnerableWithJht: true } : {}) };
      }
      return {
        ...rest,
        ...(previous.officials.length && extraPrograms.length ? { extraPrograms } : {}),
        ...(previous.vulnerable && (jht || (!only && previous.vulnerableWithJht)) ? { vulnerableWithJht: true } : {}),
        ...(previous.vulnerable && jp ? jpAsked : {}),
      };
    }
    case "budget_limit": {
      const village = withPrograms(previous.village, { jht, jp, only });
      return village?.kind === "village" ? { ...previous, village } : null;
    }
    case "group":
    case "bpu": {
      const { withJht: had, jpAsked: _j, ...rest } = previous;
      return { ...rest, ...withJht(had), ...jpAsked };
    }
    case "coverage": {
      if (previous.officialIncome) {
        return { ...previous, extraPrograms: officialPrograms(previous.extraPrograms, { jht, jp, only }) };
      }
      const { withJht: had, jpAsked: _j, ...rest } = previous;
      return { ...rest, ...withJht(had), ...jpAsked };
    }
    // a wage earner's table already has JHT and JP: shown again, JP alone asked ("and JP?") said first
    case "wage":
      return jp && !jht ? { ...previous, focus: "jp" } : previous;
    default:
      return null;
  }
}

/**
 * Right after an answer about village officials ("iuran perangkat desa brp sebulan"), a plain head
 * count ("10 org setahun brp") is those officials, whose contribution follows their siltap: asked for,
 * never priced at the BPU package. Farmers or other vulnerable workers named stay what they are.
 */
export function asOfficials(request: CalculationRequest, text: string): CalculationRequest {
  if (request.kind !== "group" || has(cleanText(text), VULNERABLE_WORDS)) return request;
  const officials: CalculationRequest = { kind: "village", officials: [{ count: request.people, monthlyIncome: 0 }], vulnerable: 0, months: request.months };
  return ask("official_income", officials);
}

/** A correction of what was just computed: "eh maksud sy bpu", "bukan karyawan, bpu", "salah, karyawan". */
const CORRECTS = /\b(maksud\w*|bukan|salah|eh|sorry|sori|maaf|i mean|i meant|not)\b/;
const MEANS_BPU = /\b(bpu|bukan penerima upah|informal|mandiri|pekerja lepas|freelance\w*)\b/;
const MEANS_WAGE = /\b(karyawan|penerima upah|pegawai|employee)\b/;
/** How a correction of one figure opens: "maksud sy 4 juta", "salah, 6 juta", "bukan, gajinya 7jt", "i meant 4 million". */
const CORRECTION_OPENER = /^(?:eh\s+|oh\s+)?(?:maksud\w*(?:\s+(?:sy|saya|aku|ku|gw|gue|nya))?|salah(?:\s+(?:ketik|tulis))?|bukan|koreksi|ralat|sorry|sori|maaf|i mean|i meant|mean|meant|eh)\b/;
const NOT_WAGE = /\bbukan (karyawan|penerima upah|pegawai)\b|\bnot an? employee\b/;
const NOT_BPU = /\bbukan (bpu|informal|mandiri|pekerja lepas)\b|\bnot (bpu|informal)\b/;

/**
 * The same amount as the other kind of contribution: a wage result corrected to BPU ("eh
 * maksud sy bpu", "kl bpu?"), or a BPU result corrected to an employee's. Only a short
 * correction with no new figure: anything else stands on its own.
 */
function switchedKind(previous: CalculationRequest, t: string, words: number): CalculationRequest | null {
  if (words > MAX_FOLLOW_UP_WORDS + 1 || !(has(t, CORRECTS) || POINTS_BACK.test(t)) || extractAmounts(t).length > 0) return null;
  const perDay = "perDay" in previous && previous.perDay ? { perDay: true } : {};
  if (previous.kind === "wage" && has(t, MEANS_BPU) && !has(t, NOT_BPU)) return { kind: "bpu", income: previous.wage, ...perDay };
  if (previous.kind === "bpu" && has(t, MEANS_WAGE) && !has(t, NOT_WAGE) && (!has(t, MEANS_BPU) || has(t, NOT_BPU))) return { kind: "wage", wage: previous.income, ...perDay };
  return null;
}

/** "kl petaninya 80?", "kalau perangkatnya jadi 12": the count after "…nya" is that group's, read as "80 petani". */
const COUNT_AFTER_NYA = new RegExp(String.raw`\b(${OFFICE_TITLES}|${WORKER_WORDS})nya\s+(?:ada\s+|jadi\s+|jd\s+)?(\d{1,5})\b(?![.,]\d|\s*(?:rb|ribu|rebu|k|jt|juta|bulan|bln|tahun|thn)\b)`);
const withCountFirst = (t: string) => t.replace(COUNT_AFTER_NYA, "$2 $1");

/** Whose head count a follow-up gives: "kalau 45 orang?", "kalau 10 petani?", "kalau 12 perangkat?". */
type HeadCount = { count: number; who: "plain" | "vulnerable" | "officials" };

/** One head count and nothing else. */
function headCount(t: string): HeadCount | undefined {
  const people = readPeople(t);
  if (people.strayNumbers) return undefined;
  if (people.officials.length === 1 && people.workers.length === 0 && people.officials[0]) return { count: people.officials[0], who: "officials" };
  if (people.officials.length > 0 || people.workers.length !== 1) return undefined;
  return { count: people.workers[0]!.count, who: has(t, VULNERABLE_WORDS) ? "vulnerable" : "plain" };
}

/**
 * A new head count replaces the only group's; with several groups it is unclear whose it is.
 * Farmers or other vulnerable workers are never officials: they are the budget's vulnerable workers,
 * on the BPU package, beside the officials already in it.
 */
function villageWithCount(previous: Extract<CalculationRequest, { kind: "village" }>, { count, who }: HeadCount, titles: string[] = []): CalculationRequest | null {
  // "rt rw jadi 10", "linmasnya 8 org": the honor-paid line takes the new count when all on it are of those offices
  if (who === "officials" && titles.length && titles.every((x) => HONOR_TITLES.has(x)) && previous.honorPaid && previous.honorTitles?.every((x) => withRtRw(titles).has(x))) {
    return { ...previous, vulnerable: previous.vulnerable - previous.honorPaid + count, honorPaid: count };
  }
  if (who === "vulnerable" || (who === "plain" && previous.officials.length === 0)) return { ...previous, vulnerable: count };
  // "kadusnya jadi 8 org": the group named by that title alone takes the new count
  const own = who === "officials" && titles.length === 1 ? previous.officials.filter((g) => g.titles?.length === 1 && g.titles[0] === titles[0]) : [];
  if (own.length === 1) return { ...previous, officials: previous.officials.map((g) => (g === own[0] ? { ...g, count } : g)) };
  if (previous.officials.length === 1 && (who === "officials" || previous.vulnerable === 0)) {
    // "kl 20 orang?" after the village head: a village has one head (one sekdes), so the 20 are officials (perangkat)
    const group = previous.officials[0]!;
    const onlySingleOffices = count > 1 && !!group.titles?.length && group.titles.every(isSingleOffice) && !titles.some(isSingleOffice);
    return { ...previous, officials: [{ ...group, count, ...(onlySingleOffices ? { titles: ["perangkat"] } : {}) }] };
  }
  return null;
}

/** "tambah 10 linmas", "plus 20 pekerja rentan", "kalau ditambah 2 kadus siltap 1,5 jt": people added to a budget. */
const ADDS = /\b(tambah|ditambah|tambahin|ditambahin|ditambahkan|tambahkan|plus)\b/;
/** "klo pakai paket bpu aja", "pakai bpu": everyone on the BPU package instead of a share of their siltap. */
const ON_BPU = /\b(paket bpu|bpu|paket termurah|paket 16800|bukan penerima upah)\b/;
/** "utk apbdes 2027", "tahun anggaran 2027", "utk tahun 2027 januari sampai desember": a budget year, twelve months. */
const BUDGET_YEAR = /\b(?:apbdes|anggaran|tahun anggaran|ta|tahun|thn|year)\s+20\d\d\b/;
const FOR_PERIOD = /^(?:utk|untuk|buat|bwt|for|anggaran|apbdes)\b/;

/**
 * A village budget changed by a follow-up no other reading takes: a group added (honor-paid offices
 * on the BPU package as in a question), everyone moved to the BPU package, or a budget year as a
 * period. Undefined when it is none of these.
 */
function villageChange(previous: Extract<CalculationRequest, { kind: "village" }>, t: string, noFigures: boolean): CalculationRequest | undefined {
  if (has(t, ADDS)) {
    const rest = t.replace(POINTS_BACK, " ").replace(ADDS, " ").replace(/\s+/g, " ").trim();
    const amounts = amountsIn(rest).filter((a) => a.value >= MIN_MONTHLY_INCOME);
    const added = headCount(withCountFirst(rest.replace(/\b(siltap\w*|honor\w*|insentif|tunjangan)\b/g, " ").replace(new RegExp(AMOUNT, "g"), " ").replace(/\b(lagi|aja|saja|org|orang|brp|berapa|jadi|jd)\b/g, " ")));
    if (!added) return undefined;
    const titles = officeTitlesIn(rest);
    const honorTitles = titles.length > 0 && titles.every((x) => HONOR_TITLES.has(x));
    if (added.who === "vulnerable" || (added.who === "plain" && previous.officials.length === 0)) return { ...previous, vulnerable: previous.vulnerable + added.count };
    if (added.who === "officials" && honorTitles) {
      const named = addedHonorTitles(previous, titles);
      const { honorTitles: _h, ...kept } = previous;
      return { ...kept, vulnerable: previous.vulnerable + added.count, honorAsBpu: true, honorPaid: (previous.honorPaid ?? 0) + added.count, ...(named ? { honorTitles: named } : {}) };
    }
    // officials added with their siltap
    if (added.who === "officials" && amounts.length === 1) {
      return { ...previous, officials: [...previous.officials, { count: added.count, monthlyIncome: amounts[0]!.value, ...(titles.length ? { titles } : {}) }] };
    }
    // "tambah 2 perangkat", "tambah 2 org" beside one group of officials alone: more of them, on their siltap; else unclear
    const only = previous.officials.length === 1 ? previous.officials[0]! : undefined;
    const same = only && amounts.length === 0 && (added.who === "plain" ? previous.vulnerable === 0 : titles.every((x) => isGenericOffice(x) || !!only.titles?.includes(x)));
    return same ? { ...previous, officials: [{ ...only, count: only.count + added.count }] } : undefined;
  }
  if (noFigures && previous.officials.length && has(t, ON_BPU) && !has(t, /\bbukan (paket )?bpu\b/)) {
    const moved = sumOf(previous.officials.map((g) => g.count));
    const { officials: _o, extraPrograms, riskClass: _r, among: _a, split: _s, notSiltap: _n, honorTitles: _h, ...rest } = previous;
    // BPD members stay BPD members on the BPU package; officials stay officials ("perangkat")
    const movedTitles = previous.officials.flatMap((g) => (g.titles?.length && !g.titles.every(isGenericOffice) ? g.titles : ["perangkat"]));
    const named = (previous.honorPaid ?? 0) > 0 && !previous.honorTitles?.length ? undefined : [...new Set([...(previous.honorTitles ?? []), ...(movedTitles.every((x) => x === "bpd") ? ["bpd"] : ["perangkat"])])];
    return {
      ...rest,
      officials: [],
      vulnerable: previous.vulnerable + moved,
      honorPaid: (previous.honorPaid ?? 0) + moved,
      ...(named ? { honorTitles: named } : {}),
      bpuAsked: true,
      ...(extraPrograms?.includes("jht") || previous.vulnerableWithJht ? { vulnerableWithJht: true } : {}),
      ...(extraPrograms?.includes("jp") ? { jpAsked: true } : {}),
    };
  }
  // "tanpa bpd", "hapus linmas", "kurangi 5 rt rw": a group named taken off, or fewer of them
  const removed = noFigures ? REMOVES.exec(t) ?? REMOVED_AFTER.exec(t) : null;
  if (removed) return villageWithout(previous, officeTitlesIn(removed[0]), 0);
  const reduced = REDUCES.exec(t);
  if (reduced && extractAmountsCount(t) === 0) return villageWithout(previous, officeTitlesIn(reduced[0]), Number(reduced[1]));
  // "rt rw jadi 10": a group's new count written after its office
  const set = noFigures ? SET_COUNT.exec(t) : null;
  if (set) return villageWithCount(previous, { count: Number(set[2]), who: "officials" }, officeTitlesIn(set[1]!)) ?? undefined;
  if (has(t, FOR_PERIOD) && has(t, BUDGET_YEAR) && !amountsIn(t.replace(/\b20\d\d\b/g, " ")).length && !headCount(t.replace(/\b20\d\d\b/g, " "))) {
    const period = readPeriod(t);
    const months = period.kind === "months" ? period.months : 12;
    const { assumedMonths: _m, ...rest } = previous;
    return { ...rest, months };
  }
  return undefined;
}

/** "tanpa bpd", "hapus linmas", "gak usah rt rw": a group of the budget taken off. */
const REMOVES = new RegExp(String.raw`\b(?:${WITHOUT}|hapus|hapuskan|hilangkan|buang|coret|keluarkan|minus)\s+(?:(?:yang|yg|para|semua)\s+)?(?:${OFFICE_TITLES})(?:\s+(?:(?:dan|&)\s+)?(?:ketua\s+)?rw)?\b`);
/** "kades gk usah", "bpd ga usah dihitung": the office first, then that it is left out (explore13 #10). */
const REMOVED_AFTER = new RegExp(String.raw`^(?:(?:kalau|kalo|klo|kl)\s+)?(?:${OFFICE_TITLES})(?:nya)?(?:\s+(?:(?:dan|&)\s+)?(?:ketua\s+)?rw)?\s+(?:tidak usah|tdk usah|ga usah|gak usah|gk usah|nggak usah|ngga usah|gausah|ndak usah|ora usah|ga ikut|gak ikut|gk ikut|tidak ikut|tdk ikut|dihapus|dicoret|dikeluarkan)\b`);
/** "kurangi 5 rt rw", "dikurangi 2 kadus": fewer of a group. */
const REDUCES = new RegExp(String.raw`\b(?:kurangi|kurangin|dikurangi|dikurangin|kurang)\s+(\d{1,4})\s+(?:(?:orang|org)\s+)?(?:${OFFICE_TITLES})(?:\s+(?:(?:dan|&)\s+)?(?:ketua\s+)?rw)?\b`);
const extractAmountsCount = (t: string) => amountsIn(t).length;
/** "rt rw jadi 10", "linmasnya cuma 8 org": a group's new count after its office. */
const SET_COUNT = new RegExp(String.raw`\b((?:${OFFICE_TITLES})(?:\s+(?:(?:dan|&)\s+)?(?:ketua\s+)?rw)?)(?:nya)?\s+(?:jadi|jd|cuma|hanya|cm)\s+(\d{1,4})(?:\s+(?:orang|org))?\s*$`);
/** "rt rw", "rt": RT and RW heads named together are one group (as the budget reads them). */
const withRtRw = (titles: string[]) => new Set(titles.flatMap((x) => (x === "rt" || x === "rw" ? ["rt", "rw"] : [x])));

/**
 * A village budget without a group named (`fewer` 0), or with `fewer` of them: BPD members, a title's own
 * group of officials, or the honor-paid line when every one on it is of the offices named. Undefined when
 * the group is not in the budget or cannot be told apart (the honor-paid line of several offices).
 */
function villageWithout(previous: Extract<CalculationRequest, { kind: "village" }>, titles: string[], fewer: number): CalculationRequest | undefined {
  if (!titles.length) return undefined;
  const named = withRtRw(titles);
  const honor = previous.honorPaid ?? 0;
  if (titles.every((x) => HONOR_TITLES.has(x))) {
    if (!honor || !previous.honorTitles?.length || !previous.honorTitles.every((x) => named.has(x))) return undefined;
    const left = fewer ? Math.max(0, honor - fewer) : 0;
    const { honorTitles, honorPaid: _p, honor: _h, honorAsBpu, ...rest } = previous;
    const vulnerable = previous.vulnerable - honor + left;
    return { ...rest, vulnerable, ...(left ? { honorPaid: left, honorTitles, ...(honorAsBpu ? { honorAsBpu } : {}) } : {}) };
  }
  const own = previous.officials.filter((g) => g.titles?.length && g.titles.every((x) => named.has(x)));
  if (!own.length || own.length === previous.officials.length && !previous.vulnerable && !fewer) return undefined;
  const officials = previous.officials.flatMap((g) => (!own.includes(g) ? [g] : fewer && g.count > fewer ? [{ ...g, count: g.count - fewer }] : []));
  const { bpdShared: _b, among: _a, ...rest } = previous;
  return { ...rest, officials };
}

/** JHT named in a follow-up: on the vulnerable workers' package, and for officials beside JKK and JKM. */
function villageWithJht(previous: Extract<CalculationRequest, { kind: "village" }>, withJht: boolean): CalculationRequest {
  const others = (previous.extraPrograms ?? []).filter((p) => p !== "jht");
  const extraPrograms: OfficialExtraProgram[] = previous.officials.length && withJht ? ["jht", ...others] : others;
  const { extraPrograms: _e, vulnerableWithJht: _v, ...rest } = previous;
  return {
    ...rest,
    ...(extraPrograms.length ? { extraPrograms } : {}),
    ...(previous.vulnerable && withJht ? { vulnerableWithJht: true } : {}),
  };
}

/** "kalau 2,5jt?" after one siltap group: the new siltap; with several it is unclear whose. */
function villageWithSiltap(previous: Extract<CalculationRequest, { kind: "village" }>, siltap: number): CalculationRequest | null {
  if (previous.officials.length !== 1 || siltap < MIN_MONTHLY_INCOME) return null;
  return { ...previous, officials: [{ ...previous.officials[0]!, monthlyIncome: siltap }] };
}

/**
 * "kalau siltap kades 3 juta?": one office's siltap changed. Its own group takes it; a single office
 * (kades, sekdes) not priced on its own is one of the only group of several, split off from it and
 * said so. Anything else is unclear, and the siltap per title is asked.
 */
function villageWithTitleSiltap(previous: Extract<CalculationRequest, { kind: "village" }>, title: string, siltap: number): CalculationRequest | null {
  if (siltap < MIN_MONTHLY_INCOME) return null;
  const groups = previous.officials;
  const own = groups.filter((g) => g.titles?.length === 1 && g.titles[0] === title);
  if (own.length === 1) return { ...previous, officials: groups.map((g) => (g === own[0] ? { ...g, monthlyIncome: siltap } : g)) };
  const shared = groups.filter((g) => g.count > 1 && (!g.titles || g.titles.includes(title) || g.titles.every(isGenericOffice)));
  if (isSingleOffice(title) && own.length === 0 && shared.length === 1) {
    const from = shared[0]!;
    const split = [{ count: 1, monthlyIncome: siltap, titles: [title] }, { ...from, count: from.count - 1 }];
    return { ...previous, officials: groups.flatMap((g) => (g === from ? split : [g])), among: { title, of: from.count, othersIncome: from.monthlyIncome } };
  }
  // the whole group is that title ("kalau siltap kadus 2 jt?" after "7 kadus")
  const named = groups.filter((g) => g.titles?.every((x) => x === title));
  if (named.length === 1 && groups.length === 1 && !isSingleOffice(title)) return { ...previous, officials: [{ ...named[0]!, monthlyIncome: siltap }] };
  return ask("income_per_title");
}

/** The questions the village calculator asks before it can price a budget. */
const VILLAGE_ASKS = new Set<MissingFigure>(["official_income", "income_per_title", "officials_count"]);

/**
 * "anggaran kami cuma 20 jt" while the village calculator waits for a figure: a budget limit, kept with the
 * question (asked again), never a new subject. Undefined for anything else.
 */
function budgetWhileAsked(asked: AskRequest, text: string): AskRequest | undefined {
  const village = asked.pending ? asked.pending.kind === "village" : VILLAGE_ASKS.has(asked.missing);
  if (!village) return undefined;
  const t = cleanText(withNumberWords(text));
  const amounts = amountsIn(t);
  if (amounts.length !== 1 || !isBudgetAmount(t, amounts[0]!) || t.split(" ").length > 12) return undefined;
  const people = readPeople(t);
  if (people.officials.length || people.workers.length) return undefined;
  return { ...asked, budget: amounts[0]!.value };
}

/** A village result set against a budget written while its figure was asked; another question, the budget kept with it. */
function withBudget(request: CalculationRequest, budget: number): CalculationRequest {
  if (request.kind === "village") {
    const { assumedMonths: _a, split: _s, ...kept } = request;
    return { kind: "budget_limit", budget, asksMonths: true, months: 0, village: { ...kept, months: 1 } };
  }
  return request.kind === "ask" ? { ...request, budget } : request;
}

/** A reply that is only a figure: a count ("11", "sebelas") or an amount ("2,5 jt"). */
function isBareFigure(text: string): boolean {
  const t = cleanText(withNumberWords(text));
  return BARE_COUNT.test(t) || parseRupiah(withNumberWords(text.trim().toLowerCase().replace(AMOUNT_LEAD, ""))).ok;
}

/** A reply that is only a monthly amount ("250 rb", "insentif 250 rb"), not a count. */
function bareMonthlyAmount(text: string): number | undefined {
  if (BARE_COUNT.test(cleanText(withNumberWords(text)))) return undefined;
  const amount = parseRupiah(withNumberWords(text.trim().toLowerCase().replace(AMOUNT_LEAD, "")));
  return amount.ok && amount.value >= MIN_MONTHLY_INCOME ? amount.value : undefined;
}

/** A reply that is only a count: "11", "11 orang", "sebelas". */
const BARE_COUNT = new RegExp(String.raw`^(\d{1,6}|${NUMBER_WORD})(?:\s+(?:orang|org|orng|bulan|bln))?(?:\s+(?:saja|aja|ya))?$`);
/** Words a bare amount may come with: "siltap 1,5 jt", "rp 2.000.000". */
const AMOUNT_LEAD = /^(?:siltap|gaji|upah|penghasilan|honor\w*|insentif|tunjangan|rata rata|sekitar)\s+/;

/** Fills the figure the bot asked for with a reply that is just that figure; anything else is null. */
export function completeAsked(asked: AskRequest, text: string): CalculationRequest | null {
  // "setahun brp" after "Upahnya berbeda-beda…": still the payroll asked about, now for a period
  if (asked.missing === "several_wages") {
    const t = cleanText(withNumberWords(text));
    const period = t.split(" ").length <= MAX_FOLLOW_UP_WORDS && extractAmounts(withNumberWords(text)).length === 0 ? readPeriod(t) : undefined;
    return period?.kind === "months" ? { ...asked, months: period.months } : null;
  }
  const pending = asked.pending;
  if (!pending) return null;
  const t = cleanText(withNumberWords(text));
  const bare = BARE_COUNT.exec(t);
  const count = bare ? (/^\d+$/.test(bare[1]!) ? Number(bare[1]) : numberWordValue(bare[1]!)) : undefined;
  switch (asked.missing) {
    case "months": {
      const period = t.split(" ").length <= 3 ? readPeriod(t) : undefined;
      const months = count ?? (period?.kind === "months" ? period.months : undefined);
      return months && months <= 120 && "months" in pending ? ({ ...pending, months } as CalculationRequest) : null;
    }
    case "people_count":
      return count && pending.kind === "group" ? { ...pending, people: count } : null;
    // "kaurnya 25", "petani jadi 25" after "25 org itu kelompok mana?": read as the follow-up it answers
    case "which_group":
      return pending.kind === "village" && !bare ? calculationFollowUp(pending, text) : null;
    case "officials_count":
      // "total siltap perangkat 18jt": the total held is divided among the count given (explore13)
      if (count && pending.kind === "village" && pending.siltapRead?.people === 0) return { ...pending, officials: pending.officials.map((g) => (g.count ? g : { ...g, count, monthlyIncome: Math.round(g.monthlyIncome / count) })), siltapRead: { ...pending.siltapRead, people: count } };
      return count && pending.kind === "village" ? { ...pending, officials: pending.officials.map((g) => (g.count ? g : { ...g, count })) } : null;
    case "return_rate": {
      const rate = t.split(" ").length <= 3 ? returnRateOf(t) : undefined;
      return rate !== undefined && pending.kind === "jht" ? { ...pending, annualReturnPercent: rate } : null;
    }
    case "risk_class": {
      // "tinggi", "risiko sedang": the class alone
      const riskClass = t.split(" ").length <= 3 ? riskClassOf(/\b(risiko|resiko|risk)\b/.test(t) ? t : `risiko ${t}`) : undefined;
      return riskClass && pending.kind === "wage" ? { ...pending, riskClass } : null;
    }
    case "worker_kind": {
      // "karyawan", "mandiri": the kind; "kl 2,5 jt sebulan": another income, the kind still asked
      if (t.split(" ").length <= 6 && has(t, TYPED_WAGE_EARNER) !== has(t, TYPED_SELF_EMPLOYED)) return withWorkerKind(asked, has(t, TYPED_WAGE_EARNER) ? "wage" : "bpu");
      const written = withNumberWords(text);
      const amounts = extractAmounts(written);
      if (amounts.length !== 1 || t.split(" ").length > 6 || OTHER_INCOME_PERIOD.some((re) => re.test(t))) return null;
      const perDay = isDailyAmount(t, amounts[0]!);
      if (!perDay && amounts[0]! < MIN_MONTHLY_INCOME) return null;
      return { ...asked, pending: { kind: "bpu", income: amounts[0]!, ...(perDay ? { perDay } : {}) } };
    }
    case "amount_period": {
      // "sebulan", "sehari", "per month": the amount held is that period's; "3 jt" alone: the month's income typed
      if (t.split(" ").length > 6) return null;
      const written = withNumberWords(text);
      const amounts = extractAmounts(written);
      const day = has(t, /\b(sehari|hari|harian|perhari|day|daily)\b/);
      const month = has(t, /\b(sebulan|bulan|bln|bulanan|perbulan|month|monthly)\b/);
      if (amounts.length === 1 && !day && amounts[0]! >= MIN_MONTHLY_INCOME) return monthlyHeld(pending, amounts[0]!);
      if (amounts.length || day === month) return null;
      return day ? pending : monthlyHeld(pending);
    }
    case "wage_period": {
      // "sebulan": the wage held is the month's, for the 12 months; "setahun": a year's pay, whose monthly wage is asked (never divided by a guess)
      if (t.split(" ").length > 6 || pending.kind !== "wage") return null;
      const amounts = extractAmounts(withNumberWords(text));
      const month = has(t, /\b(sebulan|bulan|bln|bulanan|perbulan|month|monthly)\b/);
      const year = has(t, /\b(setahun|tahun|thn|tahunan|pertahun|year|yearly|annual\w*)\b/);
      if (amounts.length === 1 && !year && amounts[0]! >= MIN_MONTHLY_INCOME) return { ...pending, wage: amounts[0]! };
      if (amounts.length || month === year) return null;
      return month ? pending : ask("monthly_income", { ...pending, wage: 0 });
    }
    case "official_income":
    case "monthly_income": {
      const amount = parseRupiah(withNumberWords(text.trim().toLowerCase().replace(AMOUNT_LEAD, "")));
      // "istri sy penghasilannya 1 jt" after "kl istri sy?": the person asked about and their income, as the bare figure
      const kin = pending.kind === "bpu" && pending.household?.length && !amount.ok ? kinIncome(text) : undefined;
      if (kin !== undefined && pending.kind === "bpu") return { ...pending, income: kin };
      if (!amount.ok || amount.value < MIN_MONTHLY_INCOME) return null;
      // a range's end picked, or typed, whose kind of worker is still to be asked
      if (pending.kind === "ask" && pending.missing === "worker_kind") return { ...pending, pending: { kind: "bpu", income: amount.value } };
      // "insentif 250 rb": an honor, not a siltap; those people are on the BPU package, as when written in the question
      if (pending.kind === "village" && has(t, HONOR_ONLY) && pending.officials.length && !pending.officials.every(isBpdGroup)) {
        const { officials, ...rest } = pending;
        const honorTitles = honorTitlesOf(officials.flatMap((g) => g.titles ?? ["?"]));
        return { ...rest, officials: [], vulnerable: pending.vulnerable + sumOf(officials.map((g) => g.count)), honorAsBpu: true, honor: amount.value, honorPaid: sumOf(officials.map((g) => g.count)), ...(honorTitles ? { honorTitles } : {}) };
      }
      if (pending.kind === "village") return { ...pending, officials: pending.officials.map((g) => (g.monthlyIncome ? g : { ...g, monthlyIncome: amount.value })) };
      if (pending.kind === "coverage") return { ...pending, officialIncome: amount.value };
      if (pending.kind === "bpu") return { ...pending, income: amount.value };
      if (pending.kind === "wage") return { ...pending, wage: amount.value };
      return null;
    }
    default:
      return null;
  }
}

/** The request held by "a day's or a month's?" with its amount a month's (`amount` when typed instead). */
function monthlyHeld(pending: CalculationRequest, amount?: number): CalculationRequest | null {
  if (pending.kind === "ask" && pending.pending) {
    const inner = monthlyHeld(pending.pending, amount);
    return inner ? { ...pending, pending: inner } : null;
  }
  if (pending.kind === "wage") {
    const { perDay: _d, ...rest } = pending;
    return { ...rest, ...(amount ? { wage: amount } : {}) };
  }
  if (pending.kind === "bpu") {
    const { perDay: _d, ...rest } = pending;
    return { ...rest, ...(amount ? { income: amount } : {}) };
  }
  return null;
}

/** "istri sy penghasilannya 1 jt": a member of the household and one monthly income, nothing else asked; else undefined. */
function kinIncome(text: string): number | undefined {
  const written = withNumberWords(text);
  const t = cleanText(written);
  const amounts = extractAmounts(written);
  if (!has(t, SPOUSE_OR_KIN) || amounts.length !== 1 || t.split(" ").length > 8 || has(t, PER_DAY) || OTHER_INCOME_PERIOD.some((re) => re.test(t))) return undefined;
  return amounts[0]! >= MIN_MONTHLY_INCOME ? amounts[0] : undefined;
}

/** The one monthly income a message about a family member gives ("she earns 1.5 million"); a benefit, a death or another period is not one. */
function spouseIncome(t: string, written: string): number | undefined {
  if (has(t, RECEIVES_BENEFIT) || has(t, DIED) || has(t, PER_DAY) || has(t, NOT_OURS) || OTHER_INCOME_PERIOD.some((re) => re.test(t)) || readPeriod(t).kind !== "none") return undefined;
  const amounts = extractAmounts(written);
  return amounts.length === 1 && amounts[0]! >= MIN_MONTHLY_INCOME ? amounts[0] : undefined;
}

/** What is received asked as an amount ("dapet brp", "santunannya berapa"), not how to claim it. */
const HOW_MUCH_RECEIVED = /\b(brp|berapa|brapa|dapat|dapet|dpt|terima|santunan\w*|how much|get|receive)\b/;
/** Someone other than the writer whose death is asked about: the income computed was not theirs. */
const SOMEONE_ELSE = /\b(istri|suami|pasangan|bini|laki|ayah|bapak|ibu|ortu|orang tua|adik|kakak|teman|temen|wife|husband|father|mother|friend)\b/;

/** A member of the household named alone ("kl istri sy?", "suami gmn?"). */
const SPOUSE_OR_KIN = /\b(istri|suami|pasangan|bini|anak|adik|kakak|ortu|wife|husband|son|daughter)\b/;

/** Another member of the household named as joining too ("kl istri sy jg ikut", "suami jg", "jadi total brp"). */
const ALSO_JOINS = /\b(istri|suami|pasangan|bini|anak|adik|kakak|ortu|bapak|ibu|wife|husband|son|daughter)\b/;
const ADDED_UP = /\b(jg|juga|also|too|total\w*|semua\w*|berdua|sekalian|digabung)\b/;

/**
 * "kl istri sy jg ikut penghasilan 1jt jadi total brp" right after a BPU result: the new person's table,
 * and the household's total with the person (or people) computed before. Null for anything else.
 */
export function householdAdded(previous: CalculationRequest | undefined, request: CalculationRequest | null, text: string): CalculationRequest | null {
  if (previous?.kind !== "bpu" || request?.kind !== "bpu" || previous.perDay || request.perDay || request.people || previous.income <= 0) return null;
  const t = cleanText(text);
  if (!has(t, ALSO_JOINS) || !has(t, ADDED_UP)) return null;
  const before = [...(previous.household ?? []), ...Array.from({ length: previous.people ?? 1 }, () => previous.income)];
  return { ...request, household: before };
}

/** How a message adding people to the village budget before opens: "and 50 vulnerable workers …", "dan 20 petani …", "plus 10 linmas". */
const ADDS_OPENER = /^(?:and|plus|also|dan|serta|sama|juga|jg)\b/;

/**
 * "and 50 vulnerable workers, how much per year" or "tambah 50 pekerja rentan, setahun brp" right after a
 * village budget: the people named join that budget ("tambah" as a follow-up does), not a budget of their
 * own. The period written is taken; none written keeps the one before. Null for anything else.
 */
/** A group of workers on the package read as a village budget for them, so officials can join them (explore13). */
function groupAsVillage(group: Extract<CalculationRequest, { kind: "group" }>): Extract<CalculationRequest, { kind: "village" }> {
  return { kind: "village", officials: [], vulnerable: group.people, months: group.months, ...(group.withJht ? { vulnerableWithJht: true } : {}), ...(group.income ? { vulnerableIncome: group.income } : {}) };
}

export function villageAdded(before: CalculationRequest | undefined, request: CalculationRequest | null, text: string): CalculationRequest | null {
  // "tambah 5 perangkat siltap 2jt" after "iuran 20 petani setahun": the farmers stay in the budget
  const previous = before?.kind === "group" && before.people > 1 ? groupAsVillage(before) : before;
  if (previous?.kind !== "village" || request?.kind !== "village") return null;
  const t = cleanText(text);
  // "and for another village …", "dan desa sebelah …": a budget of its own
  if ((!has(t, ADDS_OPENER) && !has(t, ADDS)) || has(t, /\b(another|other|different|separate|lain|sebelah|tetangga)\b/)) return null;
  // "dan kalau 20 perangkat?", "and if it were 20 officials?": the figures changed, not people added (unless "juga", "also")
  if (has(t, /\b(kalau|kalo|klo|kl|jika|if|seandainya|misal\w*)\b/) && !has(t, ADDS) && !has(t, /\b(also|too|juga|jg|ikut|sekalian)\b/)) return null;
  const honorPaid = (previous.honorPaid ?? 0) + (request.honorPaid ?? 0);
  // the offices of those paid an honor, named only when every one of them is
  const named = (r: typeof previous) => !(r.honorPaid ?? 0) || !!r.honorTitles?.length;
  const honorTitles = honorPaid && named(previous) && named(request) ? [...new Set([...(previous.honorTitles ?? []), ...(request.honorTitles ?? [])])] : [];
  const { assumedMonths: _a, honorTitles: _h, honorPaid: _p, ...kept } = previous;
  const assumed = request.assumedMonths && previous.assumedMonths;
  return {
    ...kept,
    officials: [...previous.officials, ...request.officials],
    vulnerable: previous.vulnerable + request.vulnerable,
    months: request.assumedMonths ? previous.months : request.months,
    ...(assumed ? { assumedMonths: true } : {}),
    ...(previous.vulnerableWithJht || request.vulnerableWithJht ? { vulnerableWithJht: true } : {}),
    ...(previous.jpAsked || request.jpAsked ? { jpAsked: true } : {}),
    ...(previous.honorAsBpu || request.honorAsBpu ? { honorAsBpu: true } : {}),
    ...(honorPaid ? { honorPaid } : {}),
    ...(honorTitles.length ? { honorTitles } : {}),
  };
}

/** "tidak tahu", "gk tau", "lewati", "don't know": no risk class known, the lowest is assumed as the button says. */
const DONT_KNOW = /^(?:(?:sy|saya|aku)\s+)?(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|g|blm|belum)\s+(?:tahu|tau|tw|thu|yakin|ngerti)$|^(?:lewati|lewat|skip|ragu|entah|gatau|gktau|gatw|don t know|dont know|i don t know|not sure|unknown)$/;

/** A risk class typed at the form's risk step ("tinggi", "risiko sedang", "tidak tahu"): the class, "unknown", or undefined. */
export function readRiskReply(text: string): RiskClass | "unknown" | undefined {
  const t = cleanText(text);
  if (DONT_KNOW.test(t)) return "unknown";
  if (t.split(" ").length > 4) return undefined;
  return riskClassOf(/\b(risiko|resiko|risk)\b/.test(t) ? t : `risiko ${t}`);
}
