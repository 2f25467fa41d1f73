/**
 * Questions that already carry the numbers a calculation needs
 * ("penghasilan sy 3 jt iuran bpu brp", "gaji 8 juta potongan bpjs tk brp",
 * "50 org 6 bulan total iuran brp", "jkp dapat brp kalau gaji 7 jt") are
 * answered with figures at once. This decides which calculation, if any.
 */
import { cleanText } from "../knowledge/normalize";
import { extractAmounts, extractCount } from "./money";
import type { RiskClass } from "./calculators";

export type CalculationRequest =
  | { kind: "bpu"; income: number; perDay?: boolean }
  | { kind: "wage"; wage: number; perDay?: boolean; riskClass?: RiskClass }
  | { kind: "group"; people: number; months: number }
  | { kind: "village"; officials: number; officialIncome?: number; vulnerable: number; months: number }
  | { kind: "jkp"; wage: number }
  | { kind: "jkk_death"; wage: number };

const has = (text: string, pattern: RegExp) => pattern.test(text);

const ASKS_AMOUNT = /\b(brp|berapa|berape|brapa|hitung|total|how much|jumlah|besaran|potong|potongan|bayar|dapat|dapet|iuran|premi)\b/;
const INFORMAL = /\b(bpu|mandiri|informal|ojol|ojek|driver|pedagang|dagang|petani|nelayan|freelance|penghasilan|pendapatan|income|usaha)\b/;
const WAGE = /\b(gaji|upah|salary|wage|karyawan|pegawai|potongan|dipotong)\b/;
/** An amount earned per day ("150rb sehari"): the calculation needs it per month. */
const PER_DAY = /\b(sehari|perhari|harian|a day|per day|daily)\b|\bper hari\b|\btiap hari\b|\/ ?hari\b/;
/**
 * An amount per week or per year ("1 juta seminggu", "60jt/tahun"): no rule turns these into
 * a month, so they are not computed. Only right after the amount — "iuran setahun" is a period.
 */
const AMOUNT_PER_OTHER_PERIOD = /\d[\d.,]*\s*(rb|ribu|k|jt|juta)?\s*(seminggu|sepekan|per ?minggu|\/ ?minggu|setahun|per ?tahun|\/ ?tahun|a week|per week|a year|per year)\b/;

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
const ASKS_JHT_JP_BENEFIT = /\b(jht|jp|pensiun|hari tua)\b/;
const RECEIVES = /\b(dapat|dapet|terima|nerima|cair|dicairkan|manfaat|saldo|pensiunnya)\b/;
const PAYS = /\b(iuran|potong|potongan|dipotong|bayar|premi)\b/;
/** What a group's contribution question asks for: a cost, not something received. */
const GROUP_COST = /\b(iuran\w*|bayar\w*|biaya\w*|premi|total|hitung\w*|anggar\w*|ongkos)\b/;

/** Below this a monthly amount is not an income or a wage but a contribution quoted back (Rp16.800, Rp6.800). */
const MIN_MONTHLY_INCOME = 100_000;

/** Tax on a payout or a balance held ("jht saya 20 juta dipotong pajak berapa"): the amount is not a wage. */
const ABOUT_TAX_OR_BALANCE = /\b(pajak|pph|tax|saldo|balance)\b/;

const VILLAGE = /\b(desa|apbdes|dana desa|dd|perangkat|aparat|kades|rentan)\b/;
/** Village officials, paid a fixed income (siltap). */
const OFFICIALS = /\b(perangkat|aparat|aparatur|kades|sekdes|kepala desa|kaur|kasi|siltap)\b/;
/** Vulnerable workers the village may cover. */
const VULNERABLE = /\b(rentan|miskin|warga|petani|nelayan|buruh)\b/;

export function detectCalculation(text: string): CalculationRequest | null {
  const t = cleanText(text);
  if (!has(t, ASKS_AMOUNT)) return null;
  const amounts = extractAmounts(text);
  const counts = extractCount(text);
  const amount = amounts[0];

  if (has(t, /\bjkp\b|kehilangan pekerjaan|\bphk\b.*\bdapat|job loss/) && amount) return { kind: "jkp", wage: amount };
  if (has(t, /kecelakaan kerja|\bjkk\b/) && has(t, /meninggal|wafat|death|mati/) && amount) return { kind: "jkk_death", wage: amount };

  const people = counts.all.filter((c) => c.unit === "people");
  const months = counts.months ?? (counts.years ? counts.years * 12 : undefined);
  // "kades siltap 2,5jt iuran sebulan brp": one official's contribution from the siltap named
  if (has(t, VILLAGE) && people.length === 0 && has(t, OFFICIALS) && amount && has(t, PAYS)) {
    return { kind: "village", officials: 1, officialIncome: amount, vulnerable: 0, months: months ?? 1 };
  }
  if (has(t, VILLAGE) && people.length >= 1) {
    // "10 perangkat siltap 2 jt dan 40 pekerja rentan": each count by the word after it
    let officialsCount = people.find((p) => OFFICIALS.test(p.word))?.value;
    if (officialsCount === undefined && people.length >= 2) officialsCount = people[0]!.value;
    // "10 orang aparat desa siltap 2,5 juta": one count, and the question is about officials, not vulnerable workers
    if (officialsCount === undefined && people.length === 1 && has(t, OFFICIALS) && !has(t, VULNERABLE)) officialsCount = people[0]!.value;
    officialsCount ??= 0;
    // officials' contributions follow their siltap: without it there is nothing to compute yet
    if (officialsCount > 0 && !amount) return null;
    const vulnerable = people.find((p) => !OFFICIALS.test(p.word) && p.value !== officialsCount)?.value ?? (officialsCount ? 0 : people[0]!.value);
    return { kind: "village", officials: officialsCount, officialIncome: officialsCount ? amount : undefined, vulnerable, months: months ?? 12 };
  }
  // "anak sy 3 org, beasiswa dapat semua?" counts people but asks for no contribution
  if (people.length >= 1 && !amount) return has(t, GROUP_COST) ? { kind: "group", people: people[0]!.value, months: months ?? 1 } : null;
  if (!amount) return null;
  if (has(t, ABOUT_TAX_OR_BALANCE)) return null;
  const perDay = PER_DAY.test(text.toLowerCase()) || undefined;
  if (!perDay && AMOUNT_PER_OTHER_PERIOD.test(text.toLowerCase())) return null;
  // "bpu 16800 dapat apa aja": an amount this small is a contribution someone quotes, not a monthly income
  if (!perDay && amount < MIN_MONTHLY_INCOME) return null;
  if (has(t, INFORMAL)) return { kind: "bpu", income: amount, perDay };
  // "iuran 20 tahun" says how long one paid, not that the contribution is asked for
  const withoutPaidPeriod = t.replace(/\b(iuran|bayar)\s+(selama\s+)?\d+\s*(tahun|thn|th|bulan|bln)\b/g, " ");
  if (has(t, ASKS_JHT_JP_BENEFIT) && has(t, RECEIVES) && !has(withoutPaidPeriod, PAYS)) return null;
  if (has(t, WAGE)) return { kind: "wage", wage: amount, perDay, riskClass: RISK_WORDS.find(([re]) => re.test(t))?.[1] };
  return null;
}
