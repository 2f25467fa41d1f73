/**
 * Pure contribution and benefit calculators. Every figure comes from the
 * RuleBook (knowledge/rules/*.yaml); results are plain data (integer rupiah,
 * rule keys, flags), never user-facing prose — the bot formats them.
 *
 * Rounding: the regulations state rates, not rounding. Each component (one
 * program, one payer, one person) is rounded to the nearest rupiah with halves
 * going up (see `applyBasisPoints`), and totals are sums of the rounded
 * components, so a total always equals the lines shown.
 */
import { z } from "zod";
import type { RuleBook } from "./rule-book";
import { applyBasisPoints, DEFAULT_MAX_RUPIAH, divRoundHalfUp } from "./money";
import type { RuleValue } from "../knowledge/schema";

// ---------------------------------------------------------------- errors

export type InputReason =
  | "missing"
  | "not_a_number"
  | "not_integer"
  | "zero"
  | "negative"
  | "too_large"
  | "invalid";

export class CalculationInputError extends Error {
  override name = "CalculationInputError";
  constructor(
    readonly reason: InputReason,
    readonly field: string,
    message?: string,
  ) {
    super(message ?? `Invalid ${field}: ${reason}`);
  }
}

/** Positive whole rupiah up to `max` (absurd amounts are `too_large`). */
const rupiahField = (max = DEFAULT_MAX_RUPIAH) =>
  z.number().superRefine((v, ctx) => {
    const reason: InputReason | undefined = !Number.isFinite(v)
      ? "not_a_number"
      : v < 0
        ? "negative"
        : v === 0
          ? "zero"
          : v > max
            ? "too_large"
            : !Number.isInteger(v)
              ? "not_integer"
              : undefined;
    if (reason) ctx.addIssue({ code: "custom", message: reason, params: { reason } });
  });

/** Whole number in [min, max]. */
const intField = (min: number, max: number) =>
  z.number().superRefine((v, ctx) => {
    const reason: InputReason | undefined = !Number.isFinite(v)
      ? "not_a_number"
      : v < 0 && min >= 0
        ? "negative"
        : v < min
          ? v === 0
            ? "zero"
            : "invalid"
          : v > max
            ? "too_large"
            : !Number.isInteger(v)
              ? "not_integer"
              : undefined;
    if (reason) ctx.addIssue({ code: "custom", message: reason, params: { reason } });
  });

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.path.map(String).join(".") || "input";
  let reason: InputReason = "invalid";
  const params = (issue as { params?: { reason?: InputReason } }).params;
  if (params?.reason) reason = params.reason;
  else if (issue.code === "invalid_type") {
    let value: unknown = input;
    for (const p of issue.path) value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[p] : undefined;
    reason = value === undefined || value === null ? "missing" : issue.expected === "number" ? "not_a_number" : "invalid";
  }
  throw new CalculationInputError(reason, field, `Invalid ${field}: ${reason} (${issue.message})`);
}

// ---------------------------------------------------------------- shared types

export type Payer = "employer" | "worker" | "government";
export type Program = "jkk" | "jkm" | "jht" | "jp" | "jkp";
export type Confidence = RuleValue["confidence"];

/** A figure taken straight from the rule tables. */
export interface Figure {
  value: number;
  key: string;
  regulation: string;
  confidence: Confidence;
}

function figure(book: RuleBook, key: string): Figure {
  const v = book.get(key);
  return { value: book.number(key), key, regulation: v.regulation, confidence: v.confidence };
}

export interface ContributionLine {
  program: Program;
  payer: Payer;
  /** Monthly rupiah. */
  amount: number;
  /** The amount the rate applies to (null for flat amounts). */
  base: number | null;
  /** Rate in hundredths of a percent (null for flat amounts). */
  rateBasisPoints: number | null;
  ruleKey: string;
  regulation: string;
  confidence: Confidence;
  /** Informational only: not an extra payment and not counted in totals. */
  info: boolean;
}

function rateLine(
  book: RuleBook,
  program: Program,
  payer: Payer,
  base: number,
  ruleKey: string,
  info = false,
): ContributionLine {
  const bp = book.basisPoints(ruleKey);
  const v = book.get(ruleKey);
  return {
    program,
    payer,
    amount: applyBasisPoints(base, bp),
    base,
    rateBasisPoints: bp,
    ruleKey,
    regulation: v.regulation,
    confidence: v.confidence,
    info,
  };
}

function flatLine(book: RuleBook, program: Program, payer: Payer, ruleKey: string): ContributionLine {
  const v = book.get(ruleKey);
  return {
    program,
    payer,
    amount: book.rupiah(ruleKey),
    base: null,
    rateBasisPoints: null,
    ruleKey,
    regulation: v.regulation,
    confidence: v.confidence,
    info: false,
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------- JP cap

export interface JpCapChoice {
  /** Rule key used, e.g. `pu.jp_cap_2024`. */
  key: string;
  /** Year of the cap used. */
  year: number;
  /** Year whose cap applies on the date (a cap runs from March to February). */
  wantedYear: number;
  /** True when the tables hold the cap of `wantedYear` itself. */
  exact: boolean;
  value: number;
  confidence: Confidence;
  regulation: string;
}

/** The calendar month (1-12) of `date` in Asia/Jakarta, where the caps' 1 March starts. */
export function jakartaMonth(date: Date): { year: number; month: number } {
  const jakarta = new Date(date.getTime() + 7 * 3600_000);
  return { year: jakarta.getUTCFullYear(), month: jakarta.getUTCMonth() + 1 };
}

/** The year whose JP wage cap is in force in a month: a cap runs from 1 March to the end of the next February. */
export const jpCapYearOf = (year: number, month: number): number => (month >= 3 ? year : year - 1);

/**
 * The JP wage cap in force in `month` (1-12) of `year`: `pu.jp_cap_<cap year>`, January and February
 * under the previous March's. A cap year the tables do not hold gets the nearest one they do (the
 * latest earlier, or before the first, the earliest) with exact=false: a caller never states it as
 * that period's cap.
 */
export function jpCapForMonth(book: RuleBook, year: number, month: number): JpCapChoice {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) throw new CalculationInputError("invalid", "date");
  const wantedYear = jpCapYearOf(year, month);
  const caps = book
    .keys()
    .map((k) => /^pu\.jp_cap_(\d{4})$/.exec(k))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ key: m[0], year: Number(m[1]) }))
    .sort((a, b) => a.year - b.year);
  if (caps.length === 0) throw new Error("Rule tables have no pu.jp_cap_<year> value");
  const chosen = [...caps].reverse().find((c) => c.year <= wantedYear) ?? caps[0]!;
  const f = figure(book, chosen.key);
  return {
    key: chosen.key,
    year: chosen.year,
    wantedYear,
    exact: chosen.year === wantedYear,
    value: f.value,
    confidence: f.confidence,
    regulation: f.regulation,
  };
}

/** The JP wage cap in force on `date` (Asia/Jakarta calendar); see jpCapForMonth. */
export function jpCapFor(book: RuleBook, date: Date = new Date()): JpCapChoice {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new CalculationInputError("invalid", "date");
  const { year, month } = jakartaMonth(date);
  return jpCapForMonth(book, year, month);
}

/**
 * Whether JP cannot be known in the cap's period: it is before the earliest cap the tables hold. Caps
 * were lower then, so the later cap is no upper bound and even JP on the whole amount may be too much.
 */
export const jpUnknownFor = (cap: JpCapChoice): boolean => !cap.exact && cap.wantedYear < cap.year;

/**
 * Whether JP on `amount` is only a floor: the period is after the latest cap held and the amount is above
 * it. Caps only rise (every March), so JP on the latest cap held is the least it can be.
 */
export const jpFloorFor = (cap: JpCapChoice, amount: number): boolean => !cap.exact && cap.wantedYear > cap.year && amount > cap.value;

/** The highest JP wage cap the tables hold as confirmed (solid), 0 when none is. */
export function highestSolidJpCap(book: RuleBook): number {
  const solid = book.keys().filter((k) => /^pu\.jp_cap_\d{4}$/.test(k) && book.get(k).confidence === "solid");
  return Math.max(0, ...solid.map((k) => book.rupiah(k)));
}

/**
 * Whether JP on `amount` is an estimate: it rests on an unconfirmed cap, and the amount is above the
 * highest confirmed one (below it JP is on the amount whatever the unconfirmed cap is).
 */
export const jpEstimated = (book: RuleBook, cap: JpCapChoice, amount: number): boolean => cap.confidence !== "solid" && amount > highestSolidJpCap(book);

/** A run of months under one JP wage cap. */
export interface JpCapSegment {
  cap: JpCapChoice;
  /** Its first month. */
  from: { year: number; month: number };
  months: number;
}

/**
 * The JP wage caps over `months` months from `start`, one segment per cap year ("april 2026 sampai
 * maret 2027": eleven months under the 2026 cap, March under the 2027 one).
 */
export function jpCapSegments(book: RuleBook, start: { year: number; month: number }, months: number): JpCapSegment[] {
  const segments: JpCapSegment[] = [];
  for (let i = 0; i < months; i++) {
    const index = start.year * 12 + start.month - 1 + i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const last = segments.at(-1);
    if (last && last.cap.wantedYear === jpCapYearOf(year, month)) last.months++;
    else segments.push({ cap: jpCapForMonth(book, year, month), from: { year, month }, months: 1 });
  }
  return segments;
}

/** The month after `date` (Asia/Jakarta): where a budget written without its months starts. */
export function monthAfter(date: Date = new Date()): { year: number; month: number } {
  const { year, month } = jakartaMonth(date);
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

// ---------------------------------------------------------------- wage earners

export const RISK_CLASSES = ["very_low", "low", "medium", "high", "very_high"] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

export interface WageEarnerInput {
  wage: number;
  riskClass: RiskClass;
  /** Picks the JP cap of that year; default now. */
  date?: Date;
  /** Registered in JKP (shows the JKP funding as info lines). Default true. */
  inJkp?: boolean;
  /**
   * Whether JP applies is not settled (a foreign worker: the JP rules do not mention foreigners). The JP
   * lines are then informational: computed as if it applied, never counted in the totals.
   */
  jpUnsettled?: boolean;
}

const wageEarnerSchema = z.object({
  wage: rupiahField(),
  riskClass: z.enum(RISK_CLASSES),
  date: z.date().optional(),
  inJkp: z.boolean().default(true),
  jpUnsettled: z.boolean().default(false),
});

export interface PayerTotals {
  employer: number;
  worker: number;
  /** employer + worker: what is paid to BPJS each month. */
  total: number;
  /** Government JKP funding (info; not paid by employer or worker). */
  government: number;
}

export interface WageEarnerResult {
  wage: number;
  riskClass: RiskClass;
  lines: ContributionLine[];
  totals: PayerTotals;
  jpBase: number;
  jpCap: JpCapChoice;
  jpCapApplied: boolean;
  inJkp: boolean;
  /** Part of the JKK payment booked to JKP (inside the JKK line, no extra cost); 0 when not in JKP. */
  jkkToJkp: number;
  /** The JP lines are informational, not in the totals: whether JP applies is not settled. */
  jpUnsettled: boolean;
  /**
   * The period's JP cap is not in the tables and the wage is above the nearest one held: JP cannot be
   * known, so its lines are informational (never in the totals) and the bot states no JP figure.
   */
  jpUnknown: boolean;
  /** The period is after the latest cap held and the wage above it: JP is on that cap, the least it can be. */
  jpFloor: boolean;
  /**
   * The period is before the JKP funding rates in the tables took effect (their `effective` date): those
   * rates are not shown for it, the earlier rule's are not in the tables. Null otherwise.
   */
  jkpRatesFrom: string | null;
  assumptions: string[];
}

export function wageEarnerContribution(book: RuleBook, input: WageEarnerInput): WageEarnerResult {
  const { wage, riskClass, date, inJkp, jpUnsettled } = validate(wageEarnerSchema, input);
  const jpCap = jpCapFor(book, date ?? new Date());
  const jpBase = Math.min(wage, jpCap.value);
  const jpUnknown = jpUnknownFor(jpCap);
  const jpFloor = !jpUnsettled && jpFloorFor(jpCap, wage);
  const lines: ContributionLine[] = [
    rateLine(book, "jkk", "employer", wage, `pu.jkk_${riskClass}`),
    rateLine(book, "jkm", "employer", wage, "pu.jkm"),
    rateLine(book, "jht", "employer", wage, "pu.jht_employer"),
    rateLine(book, "jht", "worker", wage, "pu.jht_worker"),
    rateLine(book, "jp", "employer", jpBase, "pu.jp_employer", jpUnsettled || jpUnknown),
    rateLine(book, "jp", "worker", jpBase, "pu.jp_worker", jpUnsettled || jpUnknown),
  ];
  let jkkToJkp = 0;
  const jkpRatesFrom = date && before(date, book.get("pu.jkp_government").effective) ? book.get("pu.jkp_government").effective! : null;
  if (inJkp && !jkpRatesFrom) {
    const carved = rateLine(book, "jkp", "employer", wage, "pu.jkk_to_jkp", true);
    jkkToJkp = carved.amount;
    lines.push(carved, rateLine(book, "jkp", "government", wage, "pu.jkp_government", true));
  }
  const paid = lines.filter((l) => !l.info);
  const employer = sum(paid.filter((l) => l.payer === "employer").map((l) => l.amount));
  const worker = sum(paid.filter((l) => l.payer === "worker").map((l) => l.amount));
  const government = sum(lines.filter((l) => l.payer === "government").map((l) => l.amount));
  const assumptions = ["rounding_per_component"];
  if (!jpCap.exact) assumptions.push("jp_cap_year_missing");
  if (jpUnknown) assumptions.push("jp_unknown");
  if (jpFloor) assumptions.push("jp_floor");
  if (!jpUnknown && jpEstimated(book, jpCap, wage)) assumptions.push("jp_cap_unconfirmed");
  if (jpUnsettled) assumptions.push("jp_unsettled");
  return {
    wage,
    riskClass,
    lines,
    totals: { employer, worker, total: employer + worker, government },
    jpBase,
    jpCap,
    jpCapApplied: wage > jpCap.value,
    inJkp,
    jkkToJkp,
    jpUnsettled,
    jpUnknown,
    jpFloor,
    jkpRatesFrom,
    assumptions,
  };
}

/** A run of a wage's months under one JP wage cap, priced on it. */
export interface WagePeriodPart {
  segment: JpCapSegment;
  result: WageEarnerResult;
}

/**
 * One employee's contributions over `months` months from `from`, each run of months on its own JP cap
 * (the same segments as a village budget's): the totals summed, and whether some months' JP is a floor
 * or left out.
 */
export function wageOverMonths(book: RuleBook, input: WageEarnerInput, from: { year: number; month: number }, months: number): { parts: WagePeriodPart[]; totals: PayerTotals; jpFloor: boolean; jpUnknown: boolean } {
  const parts = jpCapSegments(book, from, months).map((segment) => ({ segment, result: wageEarnerContribution(book, { ...input, date: jpCapDate(segment.from) }) }));
  const total = (key: keyof PayerTotals) => sum(parts.map((p) => p.result.totals[key] * p.segment.months));
  return {
    parts,
    totals: { employer: total("employer"), worker: total("worker"), total: total("total"), government: total("government") },
    jpFloor: parts.some((p) => p.result.jpFloor),
    jpUnknown: parts.some((p) => p.result.jpUnknown && !p.result.jpUnsettled),
  };
}

/** Whether `date` falls before the day `effective` (YYYY-MM-DD, Asia/Jakarta) starts; never when there is none. */
function before(date: Date, effective: string | undefined): boolean {
  return !!effective && date.getTime() < Date.parse(`${effective}T00:00:00+07:00`);
}

// ---------------------------------------------------------------- BPU

export interface BpuInput {
  income: number;
  withJht?: boolean;
}

const bpuSchema = z.object({ income: rupiahField(), withJht: z.boolean().default(false) });

export const BPU_PERIODS = [1, 3, 6, 12] as const;

/** Assumption keys the bot can explain. */
export const BPU_ASSUMPTIONS = {
  bracketsUnconfirmed: "bpu_brackets_unconfirmed",
  clampedMin: "bpu_income_raised_to_min",
  clampedMax: "bpu_income_lowered_to_max",
  jhtSingleSource: "bpu_jht_single_source",
} as const;

export interface BpuResult {
  income: number;
  declaredIncome: number;
  /** null, or which bound the income was moved to. */
  clamped: "min" | "max" | null;
  incomeMin: Figure;
  incomeMax: Figure;
  withJht: boolean;
  lines: ContributionLine[];
  monthly: number;
  periods: { months: (typeof BPU_PERIODS)[number]; total: number }[];
  assumptions: string[];
}

/**
 * BPU (informal workers). The declared income is clamped into the table's
 * [income_min, income_max]; JKK = 1% of it, JKM flat, JHT 2% optional.
 * Only the lowest and highest tiers are confirmed; between them we apply the
 * rate to the income itself because the bracket steps are not known.
 */
export function bpuContribution(book: RuleBook, input: BpuInput): BpuResult {
  const { income, withJht } = validate(bpuSchema, input);
  const incomeMin = figure(book, "bpu.income_min");
  const incomeMax = figure(book, "bpu.income_max");
  const declaredIncome = Math.min(Math.max(income, incomeMin.value), incomeMax.value);
  const clamped = income < incomeMin.value ? "min" : income > incomeMax.value ? "max" : null;
  const lines: ContributionLine[] = [
    rateLine(book, "jkk", "worker", declaredIncome, "bpu.jkk_rate"),
    flatLine(book, "jkm", "worker", "bpu.jkm"),
  ];
  if (withJht) lines.push(rateLine(book, "jht", "worker", declaredIncome, "bpu.jht_rate"));
  const monthly = sum(lines.map((l) => l.amount));
  const assumptions: string[] = [BPU_ASSUMPTIONS.bracketsUnconfirmed];
  if (clamped === "min") assumptions.push(BPU_ASSUMPTIONS.clampedMin);
  if (clamped === "max") assumptions.push(BPU_ASSUMPTIONS.clampedMax);
  if (withJht && book.get("bpu.jht_rate").confidence !== "solid") assumptions.push(BPU_ASSUMPTIONS.jhtSingleSource);
  return {
    income,
    declaredIncome,
    clamped,
    incomeMin,
    incomeMax,
    withJht,
    lines,
    monthly,
    periods: BPU_PERIODS.map((months) => ({ months, total: monthly * months })),
    assumptions,
  };
}

// ---------------------------------------------------------------- village

export interface OfficialGroup {
  count: number;
  /** Fixed monthly income (siltap) per person. */
  monthlyIncome: number;
  /** The offices the group was named by ("kades", "kaur"), so a follow-up can change one title's siltap. */
  titles?: string[];
}

/** BPD members, named by that title alone: priced on their tunjangan under the village scheme (village.bpd_scheme). */
export const isBpdGroup = (g: OfficialGroup) => !!g.titles?.length && g.titles.every((x) => x === "bpd");

export const OFFICIAL_EXTRA_PROGRAMS = ["jht", "jp"] as const;
export type OfficialExtraProgram = (typeof OFFICIAL_EXTRA_PROGRAMS)[number];

export interface VillageInput {
  officials: OfficialGroup | OfficialGroup[];
  vulnerable: number;
  months?: number;
  /**
   * JHT and/or JP on top of the officials' JKK + JKM, at their full rates (employer + worker
   * share): how the village and the official split them is set by each regency.
   */
  extraPrograms?: OfficialExtraProgram[];
  /** Vulnerable workers also take the optional BPU JHT: the lowest package with JHT. */
  vulnerableWithJht?: boolean;
  /** The vulnerable workers' monthly income as written ("50 petani penghasilan 2jt"): priced as BPU on it (bpuContribution), not the cheapest package. */
  vulnerableIncome?: number;
  /** Of `vulnerable`, those paid an honor (RT/RW, Linmas, kader, staff): on the same BPU package, their own line. */
  honorPaid?: number;
  /** The officials' JKK class when the question named one; default very low (village.official_rate). */
  riskClass?: RiskClass;
  /** Picks the JP wage cap of that date; default now. */
  date?: Date;
  /**
   * The budget's first month: with JP, the total is summed over the caps of its months (`parts`) while
   * the lines stay on `date`'s cap.
   */
  from?: { year: number; month: number };
}

const groupSchema = z.object({ count: intField(0, 100_000), monthlyIncome: rupiahField(), titles: z.array(z.string()).max(20).optional() });
const villageSchema = z.object({
  officials: z.union([groupSchema, z.array(groupSchema).max(100)]),
  vulnerable: intField(0, 1_000_000),
  months: intField(1, 120).default(12),
  extraPrograms: z.array(z.enum(OFFICIAL_EXTRA_PROGRAMS)).max(2).default([]),
  vulnerableWithJht: z.boolean().default(false),
  vulnerableIncome: rupiahField().optional(),
  honorPaid: intField(0, 1_000_000).default(0),
  riskClass: z.enum(RISK_CLASSES).default("very_low"),
  date: z.date().optional(),
  from: z.object({ year: intField(1900, 2200), month: intField(1, 12) }).optional(),
});

/** JHT or JP for one official a month, from the siltap (JP up to its wage cap). */
export interface OfficialExtraLine {
  program: OfficialExtraProgram;
  base: number;
  rateBasisPoints: number;
  perPerson: number;
  /**
   * The official's share of it, deducted from the siltap as from a wage (JHT 2%, JP 1%); the rest is
   * the village's as employer. A regency may split it otherwise.
   */
  workerPerPerson: number;
  ruleKey: string;
  regulation: string;
}

export interface VillageOfficialLine {
  kind: "officials";
  count: number;
  monthlyIncome: number;
  /** The offices the group was named by, as given ("bpd"): the bot names the group by them. */
  titles?: string[];
  /** Per person per month, each program rounded separately. */
  jkkPerPerson: number;
  jkmPerPerson: number;
  /** JKK + JKM + extras, per person per month. */
  perPerson: number;
  /** JKK + JKM rate. */
  rateBasisPoints: number;
  extras: OfficialExtraLine[];
  /** JP was asked but the period is before the earliest cap held: left out. */
  jpUnknown?: boolean;
  /** The period is after the latest cap held and the siltap above it: JP on that cap, the least it can be. */
  jpFloor?: boolean;
  monthly: number;
  total: number;
  ruleKeys: string[];
  regulation: string;
  /** Regulations of the extras, for the sources line. */
  extraRegulations: string[];
}

export interface VillageVulnerableLine {
  kind: "vulnerable";
  count: number;
  /** The package includes the optional BPU JHT. */
  withJht: boolean;
  /** RT/RW, Linmas, kader or staff paid an honor, on the same package: not vulnerable workers chosen by musdes. */
  honorPaid?: boolean;
  /** Priced on this income (within the BPU table) instead of the cheapest package: JKK 1% of it + JKM (+ JHT 2%). */
  income?: number;
  perPerson: number;
  monthly: number;
  total: number;
  ruleKeys: string[];
  regulation: string;
}

/** A run of a budget's months under one JP wage cap, priced on it. */
export interface VillagePeriodPart {
  segment: JpCapSegment;
  monthlyTotal: number;
  /** What is deducted from the officials' siltap a month (their JHT/JP share). */
  workerMonthly: number;
  /** monthlyTotal × segment.months. */
  total: number;
  /** JP left out in these months: they are before the earliest cap held. */
  jpUnknown: boolean;
  /** JP of some officials in these months is on the latest cap held, a floor: their own cap is not held yet. */
  jpFloor: boolean;
}

export interface VillageResult {
  months: number;
  lines: (VillageOfficialLine | VillageVulnerableLine)[];
  officialsMonthly: number;
  vulnerableMonthly: number;
  monthlyTotal: number;
  /** monthlyTotal × months, or with `parts` their sum. */
  total: number;
  people: number;
  /** With JP and `from`: the months under each JP wage cap (one part when they all run under one). */
  parts?: VillagePeriodPart[];
}

/**
 * Village budget (APBDes): officials on wage-based JKK (very low risk) + JKM
 * of their siltap; vulnerable workers on the cheapest BPU package.
 */
export function villageBudget(book: RuleBook, input: VillageInput): VillageResult {
  const { officials, vulnerable, months, extraPrograms, vulnerableWithJht, vulnerableIncome, honorPaid, riskClass, date, from } = validate(villageSchema, input);
  const groups = Array.isArray(officials) ? officials : [officials];
  const people = sum(groups.map((g) => g.count)) + vulnerable;
  if (people === 0) throw new CalculationInputError("zero", "people", "No officials and no vulnerable workers");
  const jkkKey = `pu.jkk_${riskClass}`;
  const jkmKey = "pu.jkm";
  const bp = book.basisPoints(jkkKey) + book.basisPoints(jkmKey);
  const villageRegulation = book.has(VILLAGE_RATE) && book.basisPoints(VILLAGE_RATE) === bp ? book.get(VILLAGE_RATE).regulation : [...new Set([jkkKey, jkmKey].map((k) => book.get(k).regulation))].join("; ");
  const lines: VillageResult["lines"] = [];
  const jpCap = jpCapFor(book, date ?? new Date());
  for (const g of groups) {
    if (g.count === 0) continue;
    const jkkPerPerson = applyBasisPoints(g.monthlyIncome, book.basisPoints(jkkKey));
    const jkmPerPerson = applyBasisPoints(g.monthlyIncome, book.basisPoints(jkmKey));
    // JP on a cap the tables do not hold for the period is not guessed: left out of this group, said so
    const jpUnknown = extraPrograms.includes("jp") && !isBpdGroup(g) && jpUnknownFor(jpCap);
    const jpFloor = extraPrograms.includes("jp") && !isBpdGroup(g) && jpFloorFor(jpCap, g.monthlyIncome);
    // the BPD scheme (village.bpd_scheme) names JKK + JKM of the tunjangan only: JHT and JP alike are regional
    // practice (Perbup Kendal 45/2025, Pangkep 2025), never added for BPD members, said so (explore13 #8)
    const extras = isBpdGroup(g) ? [] : extraPrograms.filter((p) => p !== "jp" || !jpUnknown).map((p) => officialExtra(book, p, g.monthlyIncome, jpCap));
    const perPerson = jkkPerPerson + jkmPerPerson + sum(extras.map((e) => e.perPerson));
    lines.push({
      kind: "officials",
      count: g.count,
      monthlyIncome: g.monthlyIncome,
      ...(g.titles?.length ? { titles: g.titles } : {}),
      jkkPerPerson,
      jkmPerPerson,
      perPerson,
      rateBasisPoints: bp,
      extras,
      ...(jpUnknown ? { jpUnknown: true } : {}),
      ...(jpFloor ? { jpFloor: true } : {}),
      monthly: perPerson * g.count,
      total: perPerson * g.count * months,
      ruleKeys: [jkkKey, jkmKey, ...extras.map((e) => e.ruleKey)],
      // JKK's Pasal 16(1) holds no JKM: both rates cited as the village rate is, or each on its own (audit18 #13)
      regulation: villageRegulation,
      extraRegulations: extras.map((e) => e.regulation),
    });
  }
  // vulnerable workers, then those paid an honor (on the same package, a line of their own)
  const honor = Math.min(honorPaid, vulnerable);
  for (const [count, isHonor] of [[vulnerable - honor, false], [honor, true]] as const) {
    if (count <= 0) continue;
    const packageKey = vulnerablePackageKey(vulnerableWithJht);
    // an income written for the vulnerable workers: the BPU table on it, as for one BPU worker; the honor-paid stay on the package
    const onIncome = vulnerableIncome && !isHonor ? bpuContribution(book, { income: vulnerableIncome, withJht: vulnerableWithJht }) : undefined;
    const perPerson = onIncome ? onIncome.monthly : book.rupiah(packageKey);
    lines.push({
      kind: "vulnerable",
      count,
      withJht: vulnerableWithJht,
      ...(isHonor ? { honorPaid: true } : {}),
      ...(onIncome ? { income: onIncome.declaredIncome } : {}),
      perPerson,
      monthly: perPerson * count,
      total: perPerson * count * months,
      ruleKeys: onIncome ? onIncome.lines.map((l) => l.ruleKey) : [packageKey],
      regulation: book.get(onIncome ? "bpu.jkk_rate" : packageKey).regulation,
    });
  }
  const officialsMonthly = sum(lines.filter((l) => l.kind === "officials").map((l) => l.monthly));
  const vulnerableMonthly = sum(lines.filter((l) => l.kind === "vulnerable").map((l) => l.monthly));
  const monthlyTotal = officialsMonthly + vulnerableMonthly;
  const result = { months, lines, officialsMonthly, vulnerableMonthly, monthlyTotal, total: monthlyTotal * months, people };
  // JP over months under different caps: each run priced on its own cap (a floor after the latest held, left out before the earliest)
  const segments = from && extraPrograms.includes("jp") ? jpCapSegments(book, from, months) : [];
  if (segments.length === 0) return result;
  const parts = segments.map((segment): VillagePeriodPart => {
    const part = villageBudget(book, { ...input, months: segment.months, date: jpCapDate(segment.from), from: undefined });
    const officialsOf = part.lines.filter((l): l is VillageOfficialLine => l.kind === "officials");
    const workerMonthly = sum(officialsOf.map((l) => sum(l.extras.map((e) => e.workerPerPerson)) * l.count));
    return { segment, monthlyTotal: part.monthlyTotal, workerMonthly, total: part.total, jpUnknown: officialsOf.some((l) => l.jpUnknown), jpFloor: officialsOf.some((l) => l.jpFloor) };
  });
  return { ...result, total: sum(parts.map((p) => p.total)), parts };
}

/** A day well inside a month, whose JP cap is that month's whatever the time zone. */
export const jpCapDate = (m: { year: number; month: number }): Date => new Date(Date.UTC(m.year, m.month - 1, 15));

/** The cheapest BPU package a village pays for a vulnerable worker, with or without the optional JHT. */
/** JKK + JKM of the officials' siltap, as one rate (village.official_rate). */
const VILLAGE_RATE = "village.official_rate";
export const vulnerablePackageKey = (withJht: boolean) => (withJht ? "bpu.package_with_jht_min" : "bpu.package_min");

function officialExtra(book: RuleBook, program: OfficialExtraProgram, siltap: number, jpCap: JpCapChoice): OfficialExtraLine {
  const ruleKey = program === "jht" ? "pu.jht_total" : "pu.jp_total";
  const base = program === "jp" ? Math.min(siltap, jpCap.value) : siltap;
  const rateBasisPoints = book.basisPoints(ruleKey);
  const workerPerPerson = applyBasisPoints(base, book.basisPoints(program === "jht" ? "pu.jht_worker" : "pu.jp_worker"));
  return { program, base, rateBasisPoints, perPerson: applyBasisPoints(base, rateBasisPoints), workerPerPerson, ruleKey, regulation: book.get(ruleKey).regulation };
}

// ---------------------------------------------------------------- budget coverage

export interface CoverageInput {
  budget: number;
  months?: number;
  /** Vulnerable workers take the package with the optional BPU JHT. */
  withJht?: boolean;
  /** Count officials on this siltap instead of vulnerable workers (JKK + JKM of it). */
  officialIncome?: number;
  /** Officials paid from the same budget first ("10 perangkat sudah dibayar, sisanya…"). */
  paidFirst?: OfficialGroup[];
  /** JHT and/or JP on top of the officials' JKK + JKM (with `officialIncome`), at their full rates. */
  extraPrograms?: OfficialExtraProgram[];
  /** Picks the JP wage cap of that date; default now. */
  date?: Date;
  /**
   * The first of the months: with JP, each run of them priced on its own cap as the village budget does
   * (a floor after the latest cap held, no JP before the earliest). JP applies to the officials paid first too.
   */
  from?: { year: number; month: number };
}

const coverageSchema = z.object({
  budget: rupiahField(100 * DEFAULT_MAX_RUPIAH),
  months: intField(1, 120).default(12),
  withJht: z.boolean().default(false),
  officialIncome: rupiahField().optional(),
  paidFirst: z.array(groupSchema).max(100).default([]),
  extraPrograms: z.array(z.enum(OFFICIAL_EXTRA_PROGRAMS)).max(2).default([]),
  date: z.date().optional(),
  from: z.object({ year: intField(1990, 2100), month: intField(1, 12) }).optional(),
  /** Vulnerable workers' income written: each priced as BPU on it, not the cheapest package (audit18 #3). */
  vulnerableIncome: rupiahField().optional(),
});

export interface CoverageResult {
  budget: number;
  months: number;
  /** Who the budget is counted in: vulnerable workers, or officials on one siltap. */
  who: "vulnerable" | "officials";
  withJht: boolean;
  officialIncome: number | null;
  /** JHT/JP counted for each official beside JKK + JKM, a month. */
  extras: OfficialExtraLine[];
  /** Officials paid first over the months, or null. */
  paidFirst: { people: number; total: number } | null;
  /** The budget left once those are paid (never below 0). */
  available: number;
  /** What one person costs a month; null when the months run under JP caps that price it differently. */
  monthlyPerPerson: number | null;
  /** One person for all the months. */
  perPerson: number;
  /** Whole people the budget pays for, rounded down. */
  people: number;
  /** What is left after paying for them. */
  leftover: number;
  /** The vulnerable workers' income they were priced on as BPU, or null (the cheapest package). */
  vulnerableIncome: number | null;
  ruleKeys: string[];
  regulation: string;
  /** JP of some months is on the latest cap held, the least it can be: the costs are floors, the head count a most. */
  jpFloor: boolean;
  /** JP of some months is left out (before the earliest cap held). */
  jpUnknown: boolean;
  /** With JP and `from`: the runs of months under each cap, as priced for the officials (paid first and counted). */
  parts: VillagePeriodPart[];
}

/**
 * How many people a budget keeps insured for `months` months: vulnerable workers on the cheapest
 * package, or officials on their siltap; officials already paid from it are taken off first.
 */
export function budgetCoverage(book: RuleBook, input: CoverageInput): CoverageResult {
  const { budget, months, withJht, officialIncome, paidFirst, extraPrograms, date, from, vulnerableIncome } = validate(coverageSchema, input);
  // officials paid first and those counted, priced as the village budget does, JHT/JP included when named
  const officialsBudget = (officials: OfficialGroup[]) => villageBudget(book, { officials, vulnerable: 0, months, extraPrograms, ...(date ? { date } : {}), ...(from ? { from } : {}) });
  const paid = paidFirst.length ? officialsBudget(paidFirst) : null;
  const available = Math.max(0, budget - (paid?.total ?? 0));
  const one = officialIncome ? officialsBudget([{ count: 1, monthlyIncome: officialIncome }]) : undefined;
  const official = one?.lines.find((l) => l.kind === "officials");
  const ruleKeys = official ? official.ruleKeys : [vulnerablePackageKey(withJht)];
  const parts = [...(paid?.parts ?? []), ...(one?.parts ?? [])];
  const onIncome = !one && vulnerableIncome ? bpuContribution(book, { income: vulnerableIncome, withJht }).monthly : undefined;
  const monthlyPerPerson = onIncome ?? (!one ? book.rupiah(ruleKeys[0]!) : new Set(one.parts?.map((p) => p.monthlyTotal) ?? []).size > 1 ? null : official!.perPerson);
  const perPerson = one ? one.total : (onIncome ?? book.rupiah(ruleKeys[0]!)) * months;
  const people = Math.floor(available / perPerson);
  return {
    budget,
    months,
    who: officialIncome ? "officials" : "vulnerable",
    withJht: !officialIncome && withJht,
    officialIncome: officialIncome ?? null,
    extras: official?.extras ?? [],
    paidFirst: paid ? { people: paid.people, total: paid.total } : null,
    available,
    monthlyPerPerson,
    perPerson,
    people,
    leftover: available - people * perPerson,
    ruleKeys,
    vulnerableIncome: onIncome ? vulnerableIncome! : null,
    regulation: [...new Set([...(onIncome ? ["bpu.jkk_rate"] : ruleKeys), ...(paid ? ["pu.jkk_very_low"] : []), ...(paid && extraPrograms.includes("jp") ? ["pu.jp_total"] : [])].map((k) => book.get(k).regulation))].join("; "),
    jpFloor: parts.some((p) => p.jpFloor),
    jpUnknown: parts.some((p) => p.jpUnknown),
    parts,
  };
}

// ---------------------------------------------------------------- migrant workers (PMI)

/** The contract lengths the PMI table prices (Permenaker 4/2023 Pasal 18). */
export const PMI_CONTRACT_MONTHS = [6, 12, 24] as const;
export type PmiContractMonths = (typeof PMI_CONTRACT_MONTHS)[number];

export interface PmiResult {
  /** Before departure. */
  pre: Figure;
  /** During and after work, for the contract asked (null when none of the priced lengths was asked). */
  contract: (Figure & { months: PmiContractMonths }) | null;
  /** Every priced length, for a question that names none of them. */
  options: (Figure & { months: PmiContractMonths })[];
  /** pre + contract, plus the extension when one is asked: what the worker pays in all. */
  total: number | null;
  /** Each month a contract is extended by. */
  extraMonth: Figure;
  /** Months of extension asked and what they cost. */
  extension: { months: number; total: number } | null;
  jhtMin: Figure;
  jhtMax: Figure;
}

/** JKK + JKM of a migrant worker: before departure, the contract, an extension; the optional JHT's range. */
export function pmiContribution(book: RuleBook, input: { months?: PmiContractMonths; extensionMonths?: number }): PmiResult {
  const { months, extensionMonths } = validate(z.object({ months: z.union(PMI_CONTRACT_MONTHS.map((m) => z.literal(m))).optional(), extensionMonths: intField(1, 120).optional() }), input);
  const pre = figure(book, "special.pmi_pre");
  const options = PMI_CONTRACT_MONTHS.map((m) => ({ ...figure(book, `special.pmi_${m}`), months: m }));
  const contract = options.find((o) => o.months === months) ?? null;
  const perMonth = figure(book, "special.pmi_extra_month");
  const extension = extensionMonths ? { months: extensionMonths, total: perMonth.value * extensionMonths } : null;
  return {
    pre,
    contract,
    options,
    total: contract ? pre.value + contract.value + (extension?.total ?? 0) : null,
    extraMonth: perMonth,
    extension,
    jhtMin: figure(book, "special.pmi_jht_min"),
    jhtMax: figure(book, "special.pmi_jht_max"),
  };
}

// ---------------------------------------------------------------- construction projects (Jakon)

/** The Jakon tiers of a project's contract value, lowest first: each rate on the part of the value inside its tier. */
export const JAKON_TIERS = [1, 2, 3, 4] as const;

export interface JakonTierLine {
  tier: (typeof JAKON_TIERS)[number];
  /** The tier's range of the contract value: above `from`, up to `to`. */
  from: number;
  to: number;
  /** The part of the contract value inside the tier. */
  part: number;
  basisPoints: number;
  amount: number;
  confidence: Confidence;
}

export interface JakonResult {
  contractValue: number;
  lines: JakonTierLine[];
  /** The sum of the lines: all of it when nothing is above the last tier the tables know. */
  knownTotal: number;
  /** The part of the contract value above the last tier (no total rate in the tables): not computed. */
  unknownPart: number;
  /** Where that unknown part starts. */
  knownUpTo: number;
  /** A tier used is from a single source. */
  singleSource: boolean;
  regulation: string;
  ruleKeys: string[];
}

/**
 * JKK + JKM of a construction project whose workers' wages are not known: a percent of the contract value,
 * applied marginally per tier (special.yaml). Above the last tier the tables hold no total rate: that part is left out, said so.
 */
export function jakonContribution(book: RuleBook, input: { contractValue: number }): JakonResult {
  const { contractValue } = validate(z.object({ contractValue: rupiahField(1_000 * DEFAULT_MAX_RUPIAH) }), input);
  const lines: JakonTierLine[] = [];
  let from = 0;
  for (const tier of JAKON_TIERS) {
    const to = book.rupiah(`misc_extra.jakon_limit_${tier}`);
    const part = Math.max(0, Math.min(contractValue, to) - from);
    if (part > 0) {
      const basisPoints = book.basisPoints(`special.jakon_tier${tier}`);
      // the tier is as sure as the less sure of its rate and its range
      const rateConfidence = book.get(`special.jakon_tier${tier}`).confidence;
      const confidence = rateConfidence === "solid" ? book.get(`misc_extra.jakon_limit_${tier}`).confidence : rateConfidence;
      lines.push({ tier, from, to, part, basisPoints, amount: applyBasisPoints(part, basisPoints), confidence });
    }
    from = to;
  }
  return {
    contractValue,
    lines,
    knownTotal: sum(lines.map((l) => l.amount)),
    unknownPart: Math.max(0, contractValue - from),
    knownUpTo: from,
    singleSource: lines.some((l) => l.confidence !== "solid"),
    regulation: book.get("special.jakon_tier1").regulation,
    ruleKeys: lines.flatMap((l) => [`special.jakon_tier${l.tier}`, `misc_extra.jakon_limit_${l.tier}`]),
  };
}

// ---------------------------------------------------------------- benefits

export const SCHOLARSHIP_LEVELS = ["tk", "sd", "smp", "sma", "college"] as const;
export type ScholarshipLevel = (typeof SCHOLARSHIP_LEVELS)[number];

export interface BenefitSummary {
  jkm: { total: Figure; lumpSum: Figure; periodic: Figure; funeral: Figure; partsSum: number; partsMatchTotal: boolean };
  scholarship: {
    max: Figure;
    perChild: Figure;
    children: Figure;
    minYears: Figure;
    ageLimit: Figure;
    tiers: { level: ScholarshipLevel; perYear: Figure; maxYears: Figure | null; maxTotal: number | null }[];
    /** Sum of the tier maxima per child (null when a tier's years are missing). */
    tiersSum: number | null;
  };
  jkp: { percent: Figure; percentBasisPoints: number; months: Figure; wageCap: Figure; monthlyMax: Figure; totalMax: number };
  jkkDeath: { multiple: Figure; funeral: Figure; periodic: Figure };
}

export function benefitSummary(book: RuleBook): BenefitSummary {
  const f = (k: string) => figure(book, k);
  const jkm = {
    total: f("benefit.jkm_total"),
    lumpSum: f("benefit.jkm_lump_sum"),
    periodic: f("benefit.jkm_periodic"),
    funeral: f("benefit.jkm_funeral"),
  };
  const partsSum = jkm.lumpSum.value + jkm.periodic.value + jkm.funeral.value;
  const tiers = SCHOLARSHIP_LEVELS.map((level) => {
    const perYear = f(`benefit.scholarship_${level}`);
    const yearsKey = `programs_extra.scholarship_${level}_years`;
    const maxYears = book.has(yearsKey) ? f(yearsKey) : null;
    return { level, perYear, maxYears, maxTotal: maxYears ? perYear.value * maxYears.value : null };
  });
  const tiersSum = tiers.every((t) => t.maxTotal !== null) ? sum(tiers.map((t) => t.maxTotal!)) : null;
  const monthlyMax = f("benefit.jkp_monthly_max");
  const months = f("benefit.jkp_months");
  return {
    jkm: { ...jkm, partsSum, partsMatchTotal: partsSum === jkm.total.value },
    scholarship: {
      max: f("benefit.scholarship_max"),
      perChild: f("benefit.scholarship_per_child"),
      children: f("benefit.scholarship_children"),
      minYears: f("benefit.scholarship_min_years"),
      ageLimit: f("benefit.scholarship_age_limit"),
      tiers,
      tiersSum,
    },
    jkp: {
      percent: f("benefit.jkp_percent"),
      percentBasisPoints: book.basisPoints("benefit.jkp_percent"),
      months,
      wageCap: f("benefit.jkp_wage_cap"),
      monthlyMax,
      totalMax: monthlyMax.value * months.value,
    },
    jkkDeath: { multiple: f("benefit.jkk_death_multiple"), funeral: f("benefit.jkk_funeral"), periodic: f("benefit.jkk_periodic") },
  };
}

const wageOnlySchema = z.object({ wage: rupiahField() });

export interface JkpBenefitResult {
  wage: number;
  /** min(wage, cap). */
  base: number;
  capApplied: boolean;
  percentBasisPoints: number;
  monthly: number;
  months: number;
  total: number;
  ruleKeys: string[];
  regulation: string;
}

/** JKP cash benefit: percent × min(wage, cap) a month (never above the monthly max), for `months` months. */
export function jkpBenefit(book: RuleBook, input: { wage: number }): JkpBenefitResult {
  const { wage } = validate(wageOnlySchema, input);
  const cap = book.rupiah("benefit.jkp_wage_cap");
  const base = Math.min(wage, cap);
  const bp = book.basisPoints("benefit.jkp_percent");
  const monthly = Math.min(applyBasisPoints(base, bp), book.rupiah("benefit.jkp_monthly_max"));
  const months = book.number("benefit.jkp_months");
  return {
    wage,
    base,
    capApplied: wage > cap,
    percentBasisPoints: bp,
    monthly,
    months,
    total: monthly * months,
    ruleKeys: ["benefit.jkp_percent", "benefit.jkp_wage_cap", "benefit.jkp_monthly_max", "benefit.jkp_months"],
    regulation: book.get("benefit.jkp_percent").regulation,
  };
}

export interface JkkDeathResult {
  wage: number;
  multiple: number;
  /** multiple × wage, before the floor. */
  computedLumpSum: number;
  /** The death payment paid: multiple × wage, never below the JKM death payment. */
  lumpSum: number;
  /** The JKM lump-sum death payment the work-accident one never falls below. */
  jkmLumpSum: number;
  /** True when multiple × wage was below the JKM death payment and the floor was paid instead. */
  floorApplied: boolean;
  funeral: number;
  periodic: number;
  total: number;
  /** JKM total for comparison; with the floor the work-accident payment is never below it. */
  jkmTotal: number;
  belowJkm: boolean;
  ruleKeys: string[];
  regulation: string;
  /** The floor's regulation and the JKM figure's. */
  floorRegulations: string[];
}

/** The rule that the work-accident death payment is never below JKM's (programs_extra.yaml). */
export const JKK_DEATH_FLOOR = "programs_extra.jkk_death_floor";

/**
 * Death from a work accident: multiple × monthly wage (never less than the JKM death payment)
 * + funeral + periodic allowance.
 */
export function jkkDeathBenefit(book: RuleBook, input: { wage: number }): JkkDeathResult {
  const { wage } = validate(wageOnlySchema, input);
  const multiple = book.number("benefit.jkk_death_multiple");
  const computedLumpSum = multiple * wage;
  const jkmLumpSum = book.rupiah("benefit.jkm_lump_sum");
  const floorApplied = computedLumpSum < jkmLumpSum;
  const lumpSum = floorApplied ? jkmLumpSum : computedLumpSum;
  const funeral = book.rupiah("benefit.jkk_funeral");
  const periodic = book.rupiah("benefit.jkk_periodic");
  const total = lumpSum + funeral + periodic;
  const jkmTotal = book.rupiah("benefit.jkm_total");
  return {
    wage,
    multiple,
    computedLumpSum,
    lumpSum,
    jkmLumpSum,
    floorApplied,
    funeral,
    periodic,
    total,
    jkmTotal,
    belowJkm: total < jkmTotal,
    ruleKeys: ["benefit.jkk_death_multiple", "benefit.jkk_funeral", "benefit.jkk_periodic", ...(floorApplied ? [JKK_DEATH_FLOOR, "benefit.jkm_lump_sum"] : [])],
    regulation: book.get("benefit.jkk_death_multiple").regulation,
    floorRegulations: [book.get(JKK_DEATH_FLOOR).regulation, book.get("benefit.jkm_lump_sum").regulation],
  };
}

// ---------------------------------------------------------------- JKK permanent total disability

export interface JkkDisabilityResult {
  wage: number;
  multiple: number;
  lumpSum: number;
  confidence: Confidence;
  regulation: string;
  ruleKeys: string[];
}

/** Permanent total disability from a work accident or occupational disease: multiple × monthly wage (PP 44/2015 jo. PP 82/2019). */
export function jkkDisabilityBenefit(book: RuleBook, input: { wage: number }): JkkDisabilityResult {
  const { wage } = validate(wageOnlySchema, input);
  const key = "benefit.jkk_disability_multiple";
  const f = figure(book, key);
  return { wage, multiple: f.value, lumpSum: f.value * wage, confidence: f.confidence, regulation: f.regulation, ruleKeys: [key] };
}

// ---------------------------------------------------------------- JKM (death not caused by work)

export interface JkmDeathResult {
  lumpSum: number;
  periodic: number;
  funeral: number;
  total: number;
  /** Years of contributions the JKM scholarship needs. */
  scholarshipMinYears: number;
  regulation: string;
  scholarshipRegulation: string;
  ruleKeys: string[];
}

/** The JKM death payment: the same for every wage (lump sum + periodic allowance + funeral costs). */
export function jkmDeathBenefit(book: RuleBook): JkmDeathResult {
  const lumpSum = book.rupiah("benefit.jkm_lump_sum");
  const periodic = book.rupiah("benefit.jkm_periodic");
  const funeral = book.rupiah("benefit.jkm_funeral");
  return {
    lumpSum,
    periodic,
    funeral,
    total: lumpSum + periodic + funeral,
    scholarshipMinYears: book.number("benefit.scholarship_min_years"),
    regulation: book.get("benefit.jkm_total").regulation,
    scholarshipRegulation: book.get("benefit.scholarship_min_years").regulation,
    ruleKeys: ["benefit.jkm_lump_sum", "benefit.jkm_periodic", "benefit.jkm_funeral", "benefit.scholarship_min_years"],
  };
}

// ---------------------------------------------------------------- STMB (temporary incapacity)

export interface StmbResult {
  wage: number;
  /** Months unable to work, when written. */
  months: number | null;
  fullMonths: number;
  firstBasisPoints: number;
  afterBasisPoints: number;
  /** A month's pay in the first `fullMonths` months, and after them. */
  firstMonthly: number;
  afterMonthly: number;
  /** For `months`: the months at each rate and what they come to. */
  firstPart: { months: number; total: number } | null;
  afterPart: { months: number; total: number } | null;
  total: number | null;
  ruleKeys: string[];
  regulation: string;
}

/** STMB: the first months at the first rate of the wage, then the later rate until recovery. */
export function stmbBenefit(book: RuleBook, input: { wage: number; months?: number }): StmbResult {
  const { wage, months } = validate(z.object({ wage: rupiahField(), months: intField(1, 120).optional() }), input);
  const fullMonths = book.number("benefit.stmb_full_months");
  const firstBasisPoints = book.basisPoints("programs_extra.stmb_first_percent");
  const afterBasisPoints = book.basisPoints("benefit.stmb_after_percent");
  const firstMonthly = applyBasisPoints(wage, firstBasisPoints);
  const afterMonthly = applyBasisPoints(wage, afterBasisPoints);
  const firstMonths = months === undefined ? 0 : Math.min(months, fullMonths);
  const afterMonths = months === undefined ? 0 : Math.max(0, months - fullMonths);
  const firstPart = months === undefined ? null : { months: firstMonths, total: firstMonthly * firstMonths };
  const afterPart = months === undefined || afterMonths === 0 ? null : { months: afterMonths, total: afterMonthly * afterMonths };
  return {
    wage,
    months: months ?? null,
    fullMonths,
    firstBasisPoints,
    afterBasisPoints,
    firstMonthly,
    afterMonthly,
    firstPart,
    afterPart,
    total: firstPart ? firstPart.total + (afterPart?.total ?? 0) : null,
    ruleKeys: ["programs_extra.stmb_first_percent", "benefit.stmb_full_months", "benefit.stmb_after_percent"],
    regulation: book.get("benefit.stmb_after_percent").regulation,
  };
}

// ---------------------------------------------------------------- JP benefit

export interface JpBenefitResult {
  wage: number;
  years: number;
  minYears: number;
  /** Fewer years than the monthly pension needs: a lump sum, never a figure here. */
  lumpSumOnly: boolean;
  /** The wage the formula uses: the wage, at most the JP wage cap. */
  base: number;
  cap: JpCapChoice;
  capApplied: boolean;
  percentPerYearBasisPoints: number;
  /** percent × years × base a month (null when lumpSumOnly). */
  monthly: number | null;
  /** The known minimum monthly pension (its year in the rule's label), and whether the formula falls below it. */
  minBenefit: Figure;
  belowMin: boolean;
  ruleKeys: string[];
  regulations: string[];
}

/**
 * JP old-age pension: under the minimum years no monthly pension (the contributions and returns are
 * paid at once); otherwise percent × years × the average wage a month, the wage at most the JP cap.
 */
export function jpBenefit(book: RuleBook, input: { wage: number; years: number; date?: Date }): JpBenefitResult {
  const { wage, years, date } = validate(z.object({ wage: rupiahField(), years: intField(1, 60), date: z.date().optional() }), input);
  const minYears = book.number("benefit.jp_min_years");
  const cap = jpCapFor(book, date);
  const base = Math.min(wage, cap.value);
  const bp = book.basisPoints("benefit.jp_formula_percent");
  const lumpSumOnly = years < minYears;
  const monthly = lumpSumOnly ? null : applyBasisPoints(base, bp * years);
  const minBenefit = figure(book, "benefit.jp_min_benefit_2024");
  return {
    wage,
    years,
    minYears,
    lumpSumOnly,
    base,
    cap,
    capApplied: wage > cap.value,
    percentPerYearBasisPoints: bp,
    monthly,
    minBenefit,
    belowMin: monthly !== null && monthly < minBenefit.value,
    ruleKeys: ["benefit.jp_min_years", ...(lumpSumOnly ? [] : ["benefit.jp_formula_percent", cap.key, "benefit.jp_min_benefit_2024"])],
    regulations: lumpSumOnly ? [book.get("benefit.jp_min_years").regulation] : [book.get("benefit.jp_formula_percent").regulation, book.get("benefit.jp_min_years").regulation, ...(wage > cap.value ? [cap.regulation] : [])],
  };
}

// ---------------------------------------------------------------- JHT tax and partial withdrawal

export interface JhtTaxResult {
  balance: number;
  threshold: number;
  lowBasisPoints: number;
  highBasisPoints: number;
  /** The part up to the threshold and the part above it, with the tax on each. */
  lowPart: number;
  highPart: number;
  lowTax: number;
  highTax: number;
  tax: number;
  net: number;
  ruleKeys: string[];
  regulation: string;
}

const balanceSchema = z.object({ balance: rupiahField(100 * DEFAULT_MAX_RUPIAH) });

/** Final income tax on a JHT balance paid as a lump sum: the low rate up to the threshold, the high rate above it. */
export function jhtLumpSumTax(book: RuleBook, input: { balance: number }): JhtTaxResult {
  const { balance } = validate(balanceSchema, input);
  const threshold = book.rupiah("programs_extra.jht_tax_threshold");
  const lowBasisPoints = book.basisPoints("programs_extra.jht_tax_low_rate");
  const highBasisPoints = book.basisPoints("programs_extra.jht_tax_high_rate");
  const lowPart = Math.min(balance, threshold);
  const highPart = Math.max(0, balance - threshold);
  const lowTax = applyBasisPoints(lowPart, lowBasisPoints);
  const highTax = applyBasisPoints(highPart, highBasisPoints);
  return {
    balance,
    threshold,
    lowBasisPoints,
    highBasisPoints,
    lowPart,
    highPart,
    lowTax,
    highTax,
    tax: lowTax + highTax,
    net: balance - lowTax - highTax,
    ruleKeys: ["programs_extra.jht_tax_low_rate", "programs_extra.jht_tax_threshold", "programs_extra.jht_tax_high_rate"],
    regulation: book.get("programs_extra.jht_tax_high_rate").regulation,
  };
}

/** The percents a JHT balance may be partly withdrawn at, with their purpose. */
export const JHT_PARTIAL_KEYS = { retirement: "benefit.jht_partial_retirement", housing: "benefit.jht_partial_housing" } as const;
export type JhtPartialPurpose = keyof typeof JHT_PARTIAL_KEYS;

export interface JhtPartialResult {
  balance: number;
  purpose: JhtPartialPurpose;
  basisPoints: number;
  amount: number;
  /** An estimate of the progressive PPh 21 on `amount` alone: layer by layer, and without an NPWP. */
  tax: { lines: { basisPoints: number; part: number; amount: number }[]; total: number; surchargeBasisPoints: number; withoutNpwp: number; regulation: string };
  minYears: Figure;
  ruleKeys: string[];
  regulation: string;
}

/** The partial JHT withdrawal allowed while still employed: a percent of the balance (for its purpose). */
export function jhtPartialWithdrawal(book: RuleBook, input: { balance: number; purpose: JhtPartialPurpose }): JhtPartialResult {
  const { balance, purpose } = validate(balanceSchema.extend({ purpose: z.enum(["retirement", "housing"]) }), input);
  const key = JHT_PARTIAL_KEYS[purpose];
  const basisPoints = book.basisPoints(key);
  return {
    balance,
    purpose,
    basisPoints,
    amount: applyBasisPoints(balance, basisPoints),
    tax: progressiveTax(book, applyBasisPoints(balance, basisPoints)),
    minYears: figure(book, "benefit.jht_partial_min_years"),
    ruleKeys: [key, "benefit.jht_partial_min_years"],
    regulation: book.get(key).regulation,
  };
}

/**
 * The progressive PPh 21 (UU PPh Pasal 17) on an amount taken alone, layer by layer as the rule tables give them
 * (`programs_extra.jht_progressive_rate<n>` up to `_max<n>`, the last without a top); and 20% more without an NPWP.
 */
function progressiveTax(book: RuleBook, amount: number): JhtPartialResult["tax"] {
  const lines: { basisPoints: number; part: number; amount: number }[] = [];
  let from = 0;
  for (let n = 1; book.has(`programs_extra.jht_progressive_rate${n}`) && from < amount; n++) {
    const maxKey = `programs_extra.jht_progressive_max${n}`;
    const to = book.has(maxKey) ? book.rupiah(maxKey) : Number.MAX_SAFE_INTEGER;
    const part = Math.min(amount, to) - from;
    const basisPoints = book.basisPoints(`programs_extra.jht_progressive_rate${n}`);
    lines.push({ basisPoints, part, amount: applyBasisPoints(part, basisPoints) });
    from = to;
  }
  const total = sum(lines.map((l) => l.amount));
  const surchargeBasisPoints = book.basisPoints("programs_extra.jht_no_npwp_surcharge");
  return { lines, total, surchargeBasisPoints, withoutNpwp: total + applyBasisPoints(total, surchargeBasisPoints), regulation: book.get("programs_extra.jht_progressive_rate1").regulation };
}

// ---------------------------------------------------------------- JHT illustration

export interface JhtInput {
  wage: number;
  years: number;
  /** Illustrative yearly return in percent (up to 2 decimals). Default 5. */
  annualReturnPercent?: number;
  currentBalance?: number;
}

const jhtSchema = z.object({
  wage: rupiahField(),
  years: intField(1, 60),
  annualReturnPercent: z
    .number()
    .superRefine((v, ctx) => {
      const reason: InputReason | undefined = !Number.isFinite(v)
        ? "not_a_number"
        : v < 0
          ? "negative"
          : v > 30
            ? "too_large"
            : Math.abs(Math.round(v * 100) - v * 100) > 1e-6
              ? "invalid"
              : undefined;
      if (reason) ctx.addIssue({ code: "custom", message: reason, params: { reason } });
    })
    .default(5),
  currentBalance: z
    .number()
    .superRefine((v, ctx) => {
      const reason: InputReason | undefined = !Number.isFinite(v)
        ? "not_a_number"
        : v < 0
          ? "negative"
          : v > 100 * DEFAULT_MAX_RUPIAH
            ? "too_large"
            : !Number.isInteger(v)
              ? "not_integer"
              : undefined;
      if (reason) ctx.addIssue({ code: "custom", message: reason, params: { reason } });
    })
    .default(0),
});

export interface JhtEstimateResult {
  wage: number;
  years: number;
  months: number;
  annualReturnBasisPoints: number;
  employerMonthly: number;
  workerMonthly: number;
  /** employer + worker, each rounded separately. */
  monthlyContribution: number;
  startingBalance: number;
  totalContributions: number;
  totalReturns: number;
  /** startingBalance + totalContributions + totalReturns. */
  illustrativeBalance: number;
  /** Balance at the end of each year. */
  yearly: { year: number; balance: number; contributions: number }[];
  ruleKeys: string[];
  assumptions: string[];
  /** Always true: an illustration, not a promise; JHT returns vary every year. */
  illustrative: true;
}

/**
 * JHT illustration: each month the balance first earns annualReturn/12
 * (nominal rate compounded monthly, rounded half up to the rupiah), then the
 * month's contribution (employer + worker share of the wage) is added. The
 * wage stays constant. Not a promise of what BPJS will pay.
 */
export function jhtEstimate(book: RuleBook, input: JhtInput): JhtEstimateResult {
  const { wage, years, annualReturnPercent, currentBalance } = validate(jhtSchema, input);
  const employerMonthly = applyBasisPoints(wage, book.basisPoints("pu.jht_employer"));
  const workerMonthly = applyBasisPoints(wage, book.basisPoints("pu.jht_worker"));
  const monthlyContribution = employerMonthly + workerMonthly;
  const annualReturnBasisPoints = Math.round(annualReturnPercent * 100);
  const months = years * 12;
  let balance = currentBalance;
  let totalContributions = 0;
  let totalReturns = 0;
  const yearly: JhtEstimateResult["yearly"] = [];
  for (let m = 1; m <= months; m++) {
    if (!Number.isSafeInteger(balance * annualReturnBasisPoints)) {
      throw new CalculationInputError("too_large", "years", "JHT illustration grows beyond what can be computed exactly");
    }
    const interest = divRoundHalfUp(balance * annualReturnBasisPoints, 120_000);
    balance += interest + monthlyContribution;
    totalReturns += interest;
    totalContributions += monthlyContribution;
    if (m % 12 === 0) yearly.push({ year: m / 12, balance, contributions: totalContributions });
  }
  return {
    wage,
    years,
    months,
    annualReturnBasisPoints,
    employerMonthly,
    workerMonthly,
    monthlyContribution,
    startingBalance: currentBalance,
    totalContributions,
    totalReturns,
    illustrativeBalance: balance,
    yearly,
    ruleKeys: ["pu.jht_employer", "pu.jht_worker"],
    assumptions: ["jht_wage_constant", "jht_return_illustrative", "jht_return_compounded_monthly"],
    illustrative: true,
  };
}

// ---------------------------------------------------------------- late-payment fine

export interface LateFeeResult {
  /** The contribution paid late (one month's). */
  contribution: number;
  feeBasisPoints: number;
  /** The fine for each month it is late. */
  perMonth: number;
  /** Months late, when written; the total fine for them. */
  months: number | null;
  total: number | null;
  ruleKey: string;
  regulation: string;
}

/**
 * An employer's fine for paying a month's contribution late: a percent of that contribution for each
 * month it is late (misc_extra.employer_late_fee), paid by the employer. BPU participants pay none.
 */
export function employerLateFee(book: RuleBook, input: { contribution: number; months?: number }): LateFeeResult {
  const { contribution, months } = validate(z.object({ contribution: rupiahField(), months: intField(1, 120).optional() }), input);
  const ruleKey = "misc_extra.employer_late_fee";
  const feeBasisPoints = book.basisPoints(ruleKey);
  const perMonth = applyBasisPoints(contribution, feeBasisPoints);
  return { contribution, feeBasisPoints, perMonth, months: months ?? null, total: months === undefined ? null : perMonth * months, ruleKey, regulation: book.get(ruleKey).regulation };
}
