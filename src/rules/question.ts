/**
 * Questions that already carry the numbers a calculation needs
 * ("penghasilan sy 3 jt iuran bpu brp", "gaji 8 juta potongan bpjs tk brp",
 * "50 org 6 bulan total iuran brp", "jkp dapat brp kalau gaji 7 jt") are
 * answered with figures at once. This decides which calculation, if any, or
 * which figure to ask for when one is missing or cannot be read.
 */
import { cleanText } from "../knowledge/normalize";
import { extractAmounts } from "./money";
import { readPeriod, type PeriodReading } from "./period";
import { readPeople, VULNERABLE_WORDS, type PeopleReading } from "./people";
import type { OfficialExtraProgram, RiskClass } from "./calculators";

/** A figure the question needs but does not give in a form we can read. */
export type MissingFigure = "months" | "monthly_income" | "officials_count" | "people_count";

export type CalculationRequest =
  | { kind: "bpu"; income: number; perDay?: boolean }
  | { kind: "wage"; wage: number; perDay?: boolean; riskClass?: RiskClass; allowance?: number }
  | { kind: "group"; people: number; months: number }
  | { kind: "village"; officials: number; officialIncome?: number; vulnerable: number; months: number; extraPrograms?: OfficialExtraProgram[] }
  | { kind: "coverage"; budget: number; months: number }
  | { kind: "jkp"; wage: number; resigned?: boolean }
  | { kind: "jkk_death"; wage: number }
  | { kind: "ask"; missing: MissingFigure };

const has = (text: string, pattern: RegExp) => pattern.test(text);

const ASKS_AMOUNT = /\b(brp|berapa|berape|brapa|hitung|total|how much|jumlah|besaran|potong|potongan|bayar|dapat|dapet|iuran|premi)\b/;
const INFORMAL = /\b(bpu|mandiri|informal|ojol|ojek|driver|pedagang|dagang|petani|nelayan|freelance|penghasilan|pendapatan|income|usaha)\b/;
const WAGE = /\b(gaji|upah|salary|wage|karyawan|pegawai|potongan|dipotong)\b/;

/** Construction projects (Jakon) are paid by the contractor on the project's value; THR is no monthly wage. The knowledge answers both. */
const NOT_OURS = /\b(jakon|konstruksi|proyek|kontraktor|thr|tunjangan hari raya)\b/;
/** What someone receives: a benefit, not a contribution. JKK death and JKP are computed before this is checked. */
const RECEIVES_BENEFIT = /\b(cacat|meninggal|wafat|santunan|manfaat|klaim|cair|dicairkan|pencairan|pesangon|ahli waris|beasiswa|stmb|sakit)\b|\b(ga|gak|gk|tidak|tdk|nggak|ngga|enggak) bisa kerja\b/;
const RECEIVES = /\b(dapat|dapet|dpt|terima|nerima|cair|dicairkan|manfaat|saldo|pensiunnya|receive|get)\b/;
const PAYS = /\b(iuran|potong|potongan|dipotong|bayar|premi|pay|contributions?|premium)\b/;
const RESIGNED = /\b(resign\w*|resgin|mengundurkan diri|undur diri|ngundurin diri|berhenti sendiri|keluar sendiri|quit|quitting)\b/;

/** The work-risk class named in the question, most specific first ("sangat tinggi" before "tinggi"). */
const RISK_WORDS: [RegExp, RiskClass][] = [
  [/\b(risiko|resiko) sangat tinggi\b/, "very_high"],
  [/\b(risiko|resiko) sangat rendah\b/, "very_low"],
  [/\b(risiko|resiko) tinggi\b/, "high"],
  [/\b(risiko|resiko) sedang\b/, "medium"],
  [/\b(risiko|resiko) rendah\b/, "low"],
];
/**
 * A question about what one receives from JHT or JP ("pensiun jp dapat brp kalau gaji 6 jt"):
 * the wage in it is not asking for a contribution table, and the knowledge has the formula.
 */
const ASKS_JHT_JP_BENEFIT = /\b(jht|jp|pensiun\w*|pension|hari tua)\b/;
/** What a group's contribution question asks for: a cost, not something received. */
const GROUP_COST = /\b(iuran\w*|bayar\w*|biaya\w*|premi|total|hitung\w*|anggar\w*|ongkos)\b/;
/** A head count of one's family is not a group to insure ("anak sy 3 org"). */
const FAMILY = /\b(anak|istri|suami|keluarga|ortu|orang tua)\b/;
/** "anggaran 10 juta cukup utk brp org": how many people a budget covers. */
const HOW_MANY_PEOPLE = /\b(brp|berapa|how many)\s+(org|orang|orng|pekerja|warga|peserta|jiwa|people|workers)\b/;
const COVERS = /\b(cukup|enough|bisa (untuk|utk|buat|menanggung|cover))\b/;

/** Below this a monthly amount is not an income or a wage but a contribution quoted back (Rp16.800, Rp6.800). */
const MIN_MONTHLY_INCOME = 100_000;

/** Tax on a payout or a balance held ("jht saya 20 juta dipotong pajak berapa"): the amount is not a wage. */
const ABOUT_TAX_OR_BALANCE = /\b(pajak|pph|tax|saldo|balance)\b/;

const VILLAGE = /\b(desa|apbdes|dana desa|dd|rentan|siltap)\b/;

/** An amount as cleanText leaves it ("36 jt", "rp 700.000", "2.5 juta"). */
const AMOUNT = String.raw`(?:rp\s*\d[\d.]*|\d[\d.]*\s*(?:rb|ribu|rebu|k|jt|juta|jeti|million|thousand)\b|\d{1,3}(?:\.\d{3})+|\d{4,})`;
/** An amount earned per day ("150rb sehari", "150rb/hari"): the calculation needs it per month. */
const PER_DAY = /\b(sehari|perhari|harian|a day|per day|daily|per hari|tiap hari)\b|\b(rb|ribu|k|jt|juta)\s+hari\b/;
const YEARLY = "setahun|per ?tahun|tiap tahun|tahunan|a year|per year|yearly|annual|annually";
/**
 * An amount per week, per year or per harvest: no rule turns these into a month, so they are
 * not computed. A year only right next to the amount — "iuran bpu setahun brp" is a period.
 */
const OTHER_INCOME_PERIOD = [
  /\b(seminggu|sepekan|per ?minggu|tiap minggu|mingguan|per ?pekan|a week|per week|weekly)\b/,
  new RegExp(String.raw`${AMOUNT}\s+(?:${YEARLY}|tahun|thn|th)\b(?!\s*\d)`),
  new RegExp(String.raw`(?<!\b(?:iuran|bayar|premi|potongan|biaya)\s)\b(?:${YEARLY})\s+(?:sekitar\s+|kira kira\s+|rata rata\s+)?${AMOUNT}`),
  /\b\d+\s*(bulan|bln|minggu)\s+sekali\b|\b(per|tiap|setiap|sekali|hasil)\s+panen\b|\bpanen\b.*\bsekali\b|\bper\s+\d+\s*(bulan|bln)\b|\b(per ?musim|semusim)\b/,
];

const EARNS = /\b(penghasilan|pendapatan|gaji|upah|hasil|omzet|omset|untung|panen|income|salary|wage|earn\w*|dapat|dapet|dpt)\b/;

/** Fixed allowances count in the wage base; variable pay is not confirmed to, so such questions are not computed. */
const ALLOWANCE = /\btunjangan\b/;
const VARIABLE_PAY = /\b(tidak tetap|tdk tetap|gak tetap|transport\w*|makan|lembur|bonus|insentif|kehadiran|variabel)\b/;

/** "rata2", "masing2": the 2 repeats the word, it is no count. */
function withoutReduplication(text: string): string {
  return text.replace(/\b(rata|kira|masing|orang|bapak|ibu|warga|pekerja|perangkat|aparat|petani|nelayan)2(?![\d.,])/gi, "$1");
}

export function detectCalculation(text: string): CalculationRequest | null {
  const plain = withoutReduplication(text);
  const t = cleanText(plain);
  if (has(t, NOT_OURS)) return null;
  const amounts = extractAmounts(plain);
  const amount = amounts[0];
  const asks = has(t, ASKS_AMOUNT);

  const benefit = asks && amount ? benefitRequest(t, amount) : undefined;
  if (benefit) return benefit;
  if (has(t, RECEIVES_BENEFIT) || (has(t, RECEIVES) && !has(t, PAYS))) return null;
  if (amount && has(t, COVERS) && has(t, HOW_MANY_PEOPLE)) return coverageRequest(t, amount);
  const budget = budgetRequest(t, amount, asks);
  if (budget !== undefined) return budget;
  if (!asks || !amount) return null;
  return incomeRequest(t, amounts);
}

function benefitRequest(t: string, amount: number): CalculationRequest | undefined {
  if (has(t, /\bjkp\b|kehilangan pekerjaan|\bphk\b.*\bdapat|job loss/)) return { kind: "jkp", wage: amount, ...(has(t, RESIGNED) ? { resigned: true } : {}) };
  if (has(t, /kecelakaan kerja|\bjkk\b/) && has(t, /meninggal|wafat|death|mati/)) return { kind: "jkk_death", wage: amount };
  return undefined;
}

function coverageRequest(t: string, budget: number): CalculationRequest {
  const period = readPeriod(t);
  if (period.kind === "unreadable") return { kind: "ask", missing: "months" };
  return { kind: "coverage", budget, months: period.kind === "months" ? period.months : 12 };
}

/**
 * A village or group budget: officials by title and count, vulnerable workers or plain head
 * counts, over a period. `undefined` when the question is no budget question at all.
 */
function budgetRequest(t: string, amount: number | undefined, asks: boolean): CalculationRequest | null | undefined {
  const period = readPeriod(t);
  const people = readPeople(t);
  const officialsNamed = people.officials.length > 0;
  const village = officialsNamed || has(t, VILLAGE);
  if (!officialsNamed && people.workers.length === 0) {
    // "iuran 7 staf desa siltap 1,5jt": a count we cannot tie to anyone is not one person
    return village && amount && people.strayNumbers && has(t, PAYS) ? { kind: "ask", missing: "officials_count" } : undefined;
  }
  if (has(t, FAMILY)) return null;
  const givesPeriod = period.kind !== "none";
  if (!has(t, GROUP_COST) && !givesPeriod && !(officialsNamed && amount && asks)) return null;
  if (!village) return groupRequest(people, period);

  // officials' contributions follow their siltap: without it there is nothing to compute yet
  if (officialsNamed && !amount) return null;
  const officials = officialsCount(t, people, amount);
  if (officials === "unknown") return { kind: "ask", missing: "officials_count" };
  if (officials > 0 && !amount) return null;
  if (period.kind === "unreadable") return { kind: "ask", missing: "months" };
  const vulnerable = officials > 0 && !officialsNamed ? 0 : people.workers.reduce((n, w) => n + w.count, 0);
  if (officials + vulnerable === 0) return null;
  // one official's own contribution is a monthly figure; a budget for several runs a year
  const months = period.kind === "months" ? period.months : officials + vulnerable === 1 ? 1 : 12;
  const extraPrograms: OfficialExtraProgram[] = officials > 0 ? namedExtraPrograms(t) : [];
  return {
    kind: "village",
    officials,
    officialIncome: officials > 0 ? amount : undefined,
    vulnerable,
    months,
    ...(extraPrograms.length ? { extraPrograms } : {}),
  };
}

function groupRequest(people: PeopleReading, period: PeriodReading): CalculationRequest {
  if (people.strayNumbers) return { kind: "ask", missing: "people_count" };
  if (period.kind === "unreadable") return { kind: "ask", missing: "months" };
  return { kind: "group", people: people.workers.reduce((n, w) => n + w.count, 0), months: period.kind === "months" ? period.months : 1 };
}

/**
 * How many officials the question is about. A shared office named alone with no number
 * anywhere ("perangkat desa siltap 2 jt") asks for one person's figure; a number we could
 * not place, or a shared office without its count next to others, is "unknown".
 */
function officialsCount(t: string, people: PeopleReading, amount: number | undefined): number | "unknown" {
  const { officials, workers, strayNumbers } = people;
  if (strayNumbers) return "unknown";
  if (officials.length === 0) {
    // "10 orang siltap 2,5 juta": one plain head count with a siltap is the officials'
    return workers.length === 1 && amount && has(t, /\bsiltap\b/) && !has(t, VULNERABLE_WORDS) ? workers[0]!.count : 0;
  }
  if (officials.every((c): c is number => c !== null)) return officials.reduce((n, c) => n + c, 0);
  return officials.length === 1 && workers.length === 0 ? 1 : "unknown";
}

/** JHT and JP named for officials ("iuran jht perangkat desa siltap 2 jt"). */
function namedExtraPrograms(t: string): OfficialExtraProgram[] {
  const out: OfficialExtraProgram[] = [];
  if (has(t, /\bjht\b|\bhari tua\b/)) out.push("jht");
  if (has(t, /\bjp\b|\bpensiun\b/)) out.push("jp");
  return out;
}

/** One person's contribution from a monthly income (BPU) or wage (employees). */
function incomeRequest(t: string, amounts: number[]): CalculationRequest | null {
  const amount = amounts[0]!;
  if (has(t, ABOUT_TAX_OR_BALANCE)) return null;
  // "iuran 20 tahun" says how long one paid, not that the contribution is asked for
  const withoutPaidPeriod = t.replace(/\b(iuran|bayar)\s+(selama\s+)?\d+\s*(tahun|thn|th|bulan|bln)\b/g, " ");
  if (has(t, ASKS_JHT_JP_BENEFIT) && has(t, RECEIVES) && !has(withoutPaidPeriod, PAYS)) return null;
  // "bayar bpu setahun 201.600": without an income word the amount is a contribution quoted back
  if (OTHER_INCOME_PERIOD.some((re) => re.test(t))) return has(t, EARNS) ? { kind: "ask", missing: "monthly_income" } : null;
  const perDay = has(t, PER_DAY) || undefined;
  // "bpu 16800 dapat apa aja": an amount this small is a contribution someone quotes, not a monthly income
  if (!perDay && amount < MIN_MONTHLY_INCOME) return null;
  if (has(t, ALLOWANCE)) return wageWithAllowance(t, amounts, perDay);
  if (has(t, INFORMAL)) return { kind: "bpu", income: amount, perDay };
  if (has(t, WAGE)) return { kind: "wage", wage: amount, perDay, riskClass: riskClassOf(t) };
  return null;
}

/** "gaji 4,5jt + tunjangan 500rb": the wage base is basic pay plus fixed allowances. */
function wageWithAllowance(t: string, amounts: number[], perDay: boolean | undefined): CalculationRequest | null {
  if (amounts.length !== 2 || perDay || has(t, VARIABLE_PAY)) return null;
  const [wage, allowance] = amounts as [number, number];
  return { kind: "wage", wage: wage + allowance, allowance, riskClass: riskClassOf(t) };
}

const riskClassOf = (t: string) => RISK_WORDS.find(([re]) => re.test(t))?.[1];

/** How a follow-up to a result opens ("kalau 6 bulan?", "terus kalau 5jt?"). */
const POINTS_BACK = /^(kalau|kalo|klo|kl|kalau cuma|kalau hanya|terus|trus|lalu|gimana kalau|gmn kalau|bagaimana kalau|bagaimana jika|jika|if|what if|and if|and for)\b/;
/** A follow-up says little else: "kl 5jt?" or "kalau 6 bulan berapa". */
const MAX_FOLLOW_UP_WORDS = 5;

/**
 * A short question right after a calculation that changes one figure of it: the period of a
 * group or village budget ("kalau 6 bulan?"), or the income, wage or budget ("kl 5jt?").
 * Anything else (another count, a benefit, a new subject) is null: it stands on its own.
 */
export function calculationFollowUp(previous: CalculationRequest, text: string): CalculationRequest | null {
  const t = cleanText(withoutReduplication(text));
  const words = t.split(" ").filter(Boolean);
  if (words.length > MAX_FOLLOW_UP_WORDS || (!POINTS_BACK.test(t) && words.length > 2)) return null;
  if (has(t, NOT_OURS) || has(t, RECEIVES_BENEFIT)) return null;
  const period = readPeriod(t);
  const amounts = extractAmounts(text);
  const months = period.kind === "months" && amounts.length === 0 ? period.months : undefined;
  const amount = period.kind === "none" && amounts.length === 1 ? amounts[0] : undefined;
  switch (previous.kind) {
    case "group":
    case "village":
      return months ? { ...previous, months } : null;
    case "coverage":
      return months ? { ...previous, months } : amount ? { ...previous, budget: amount } : null;
    case "bpu":
      return amount ? { kind: "bpu", income: amount } : null;
    case "wage":
      return amount ? { kind: "wage", wage: amount, ...(previous.riskClass ? { riskClass: previous.riskClass } : {}) } : null;
    case "jkp":
    case "jkk_death":
      return amount ? { ...previous, wage: amount } : null;
    default:
      return null;
  }
}
