/** Benefit questions: JKP, JKK death and disability, STMB, JHT balance, tax and partial withdrawal, JP pension, late fees and PMI. */
import { FULL_MONTH, monthNumber, NUMBER_WORD, numberWordValue, readPeriod } from "./period";
import { PMI_CONTRACT_MONTHS } from "./calculators";
import type { CalculationRequest } from "./question";
import { ask, has, INFORMAL_WORKER, isAboutOfficials, JHT_NAMED, MIN_MONTHLY_INCOME, PAYS, RECEIVES, RECEIVES_BENEFIT, RESIGNED, riskClassOf } from "./question-words";
import { isDailyAmount, PER_DAY } from "./question-amounts";
import { forEmployees, WAGE_WORD } from "./question-workers";
import { withoutNegatedWorkAccident } from "../knowledge/situation";

/** A fixed-term contract that ended ("kontrak sy habis gk diperpanjang", "contract ended"). */
const CONTRACT_ENDED = /\b(kontrak\w*|pkwt|contract)\b.*\b(habis|abis|selesai|berakhir|ended?|expired?|ga diperpanjang|gk diperpanjang|gak diperpanjang|tidak diperpanjang|tdk diperpanjang|not renewed)\b/;
/** The contract cut short: a layoff JKP may cover, so not "ended". */
const CONTRACT_CUT_SHORT = /\b(sebelum|sblm|belum|blm|tengah|diputus|before|early)\b/;
/** Words for being laid off, where the time since it is read. */
const LAID_OFF = String.raw`(?:phk|diphk|dipecat|diberhentikan|laid off|fired|sacked|dismissed)`;
/** A count of months or years: digits, a number word, or "se" ("setahun", "sebulan"). */
const SINCE_COUNT = String.raw`(?:(\d{1,2}|${NUMBER_WORD})\s*|se)`;
const SINCE_UNIT = "bulan|bln|tahun|thn|th|months?|years?";
/** "di phk 8 bulan lalu", "phk setahun lalu", "udh delapan bulan di phk", "laid off 8 months ago": how long since the layoff. */
const SINCE_LAYOFF = [
  new RegExp(String.raw`\b${LAID_OFF}\b.*?\b${SINCE_COUNT}(${SINCE_UNIT})\s+(?:yang |yg )?(?:lalu|kemarin|kmrn|ago)\b`),
  new RegExp(String.raw`\b(?:udah|udh|sudah|sdh|sejak)\s+${SINCE_COUNT}(${SINCE_UNIT})\s+(?:yang lalu\s+|yg lalu\s+)?(?:di ?phk|dipecat|nganggur|menganggur)\b`),
];
/** A layoff named ("di phk", "dipecat"). */
const LAID_OFF_NAMED = new RegExp(String.raw`\b${LAID_OFF}\b|\bdi ?phk\b`);
/** "di phk tahun lalu", "laid off last year": some time in the calendar year before this one. */
const LAID_OFF_LAST_YEAR = new RegExp(String.raw`\b${LAID_OFF}\b.*?\b(?:(?:tahun|thn) (?:lalu|kemarin|kmrn)|last year)\b`);
/** "di phk bulan maret 2026": the month of the layoff, with its year. */
const LAID_OFF_IN = new RegExp(String.raw`\b${LAID_OFF}\b.*?\b(?:(?:bulan|bln|in)\s+)?${FULL_MONTH.source.slice(2, -2)}\s+((?:19|20)\d\d)\b`);
/** Indonesia's western time (WIB), where the month is counted. */
const WIB_OFFSET_MS = 7 * 3_600_000;

/**
 * Whole months at least since the layoff, or undefined when the question gives no time. A month or
 * "last year" is counted from its last day, so a deadline is never said to be past before it is;
 * those need today's date (`now`), which the caller passes so this stays a pure function.
 */
function monthsSinceLayoff(t: string, now?: Date): { months: number; dated?: string } | undefined {
  const since = SINCE_LAYOFF.map((re) => re.exec(t)).find((m) => m);
  if (since) return { months: inMonths(since[1] ?? "1", since[2]!) };
  if (!now) return undefined;
  const wib = new Date(now.getTime() + WIB_OFFSET_MS);
  const thisMonth = wib.getUTCFullYear() * 12 + wib.getUTCMonth() + 1;
  const named = LAID_OFF_IN.exec(t);
  // a month ended at least (months between - 1) whole months ago
  const monthsAfter = named ? thisMonth - (Number(named[2]) * 12 + monthNumber(named[1]!)) - 1 : undefined;
  if (named && monthsAfter! >= 0) return { months: monthsAfter!, dated: `${named[1]} ${named[2]}` };
  if (LAID_OFF_LAST_YEAR.test(t)) return { months: wib.getUTCMonth(), dated: /last year/.test(t) ? "last year" : "tahun lalu" };
  return undefined;
}
const inMonths = (n: string, unit: string) => (/^\d+$/.test(n) ? Number(n) : numberWordValue(n)!) * (/^(tahun|thn|th|years?)$/.test(unit) ? 12 : 1);

/** Retiring, early or at the age ("pensiun dini", "pensiun umur 58", "retire"): not a layoff JKP covers. */
const RETIRING = /\b(pensiun|pensiunan|purna ?tugas|retir\w*)\b/;
/** The employer closed or went bankrupt ("pabriknya tutup", "pailit"): JKP is still paid (PP 6/2025 Pasal 39A). */
const EMPLOYER_CLOSED = /\b(tutup|bangkrut|pailit|gulung tikar|closed|bankrupt\w*)\b/;
/** "jkp gaji 2,5 jt", "jkp kl gaji Rp 3.200.000": JKP named with a wage is its benefit asked, with or without "brp". */
export const JKP_WITH_WAGE = /\b(jkp|jaminan kehilangan pekerjaan)\b.*\b(gaji\w*|upah\w*|salary|wage)\b|\b(gaji\w*|upah\w*|salary|wage)\b.*\bjkp\b/;

/** How long someone has paid ("baru kerja 8 bulan", "masa iuran 2 tahun"): JKP needs a minimum. */
const MONTHS_PAID = /\b(?:kerja|bekerja|iuran|masa kerja|masa iuran|baru)\s+(?:baru\s+)?(?:selama\s+)?(\d{1,3})\s*(bulan|bln|tahun|thn|th)\b/;
/** "kecelakaan kerja", or an accident on duty ("kecelakaan motor saat tugas"). */
const WORK_ACCIDENT = /kecelakaan kerja|\bjkk\b|\bkecelakaan\b.*\b(saat|waktu|pas|ketika|sedang) (tugas|bertugas|kerja|bekerja|dinas)\b|\b(work|workplace|occupational|industrial) (related )?accident\b|\baccident (at|on the|during|while at) (work|job|duty)\b|\b(?:died|dies|die|killed|passed away|death)\s+(?:(?!not\b|bukan\b|tidak\b)\w+\s+){0,2}(?:at|on the|during|while at|while) (?:work|job|duty|working|the workplace)\b/;
/** An accident named, without "kerja" ("kecelakaan pas melaut", "tabrakan"). */
const ACCIDENT = /\b(kecelakaan|tabrakan|ditabrak|kecelakaan lalu lintas|accident|crash)\b/;
/** An accident said to be away from work: JKM's, not JKK's. */
const AWAY_FROM_WORK = /\bbukan (?:karena|krn|saat|pas|waktu|akibat) (?:kerja|narik|melaut|bekerja)\b|\bdi luar (?:jam )?kerja\b|\b(?:saat|pas|waktu) (?:libur|mudik|liburan)\b|\bnot (?:at|from) work\b/;
/**
 * An informal worker's accident ("nelayan … kecelakaan pas melaut", "ojol meninggal kecelakaan"): their work is
 * where they are on the road or at sea, so it is read as a work accident unless said to be away from it.
 */
function informalAccident(t: string): boolean {
  return has(t, INFORMAL_WORKER) && has(t, ACCIDENT) && !has(t, AWAY_FROM_WORK);
}

/** Permanent total disability ("cacat total tetap", "permanent total disability"). */
const TOTAL_DISABILITY = /\bcacat total\b|\bcacat tetap total\b|\b(?:permanent(?:ly)? )?total(?:ly)? (?:permanent(?:ly)? )?disab\w*/;
/**
 * "permanent disability benefit", "cacat tetap": permanent, total not said. The total disability is
 * computed, and the partial one (a table percent of 80 × the wage) said to depend on the injury.
 */
const PERMANENT_DISABILITY = /\bcacat tetap\b|\bcacat permanen\b|\bpermanent(?:ly)? disab\w*/;
/** A partial disability named: its percent is the injury's, from a table we do not hold. */
const PARTIAL_DISABILITY = /\b(sebagian|partial\w*|anatomi\w*|fungsi|function)\b/;
/** A death not caused by work: illness, natural causes, "bukan karena kerja". */
export const ORDINARY_DEATH = /\b(sakit|penyakit|alami|wajar|biasa|illness|sick|natural|natural causes)\b|\bbukan (?:karena|krn|akibat) (?:kecelakaan )?kerja\b|\bnot (?:from|at|because of) work\b/;
/** An ordinary death told, no accident beside it ("meninggal bukan karena kecelakaan kerja" is one). */
export function ordinaryDeathTold(t: string): boolean {
  const plain = withoutNegatedWorkAccident(t);
  return has(plain, ORDINARY_DEATH) && !has(plain, /\bkecelakaan\b|\baccident\b/);
}
/** An occupational disease is a JKK case, not JKM. */
const OCCUPATIONAL_DISEASE = /\bpenyakit akibat kerja\b|\bpak\b|\boccupational\b/;

/** Death in a work accident, in either language. */
export const DIED = /meninggal|wafat|death|mati|\b(died|dies|dead|killed|passed away)\b|\b(?:i|he|she|we|they|you|husband|wife|worker|employee|member|someone|somebody|person)\s+(?:\w+\s+)?die\b|\bdie\s+(?:in|from|of|at|while|during|on|because|after)\b/;

/** A migrant worker (PMI, TKI/TKW), in either language. */
export const PMI_WORKER = /\b(pmi|cpmi|tki|tkw|pekerja migran|buruh migran|migrant workers?)\b/;
/** What a migrant worker's question asks about the contribution ("iuran brp", "how much is bpjs"). */
const PMI_COST = /\b(iuran\w*|biaya\w*|bayar\w*|premi|ongkos|contributions?|costs?|fees?|pay|paying)\b|\b(?:brp|berapa|how much)\b.*\b(?:bpjs\w*|jamsostek|bpjamsostek)\b|\b(?:bpjs\w*|jamsostek|bpjamsostek)\b.*\b(?:brp|berapa|how much)\b/;
/** A number or channel asked ("wa bpjs buat pmi nomornya brp"): "brp" asks which number, not a cost. */
const CONTACT_ASKED = /\b(wa|whatsapp|watsap|nomor\w*|nomer\w*|no hp|no telp|telp|telepon|telpon|hotline|kontak\w*|contact|call center|cs|email|alamat|phone)\b/;
/** A contract extended: the months written are the extension's. */
const EXTENDED = /\b(diperpanjang|perpanjang\w*|extend\w*|extension)\b/;
/** "diperpanjang 3 bulan", "perpanjangan selama setahun", "extended by 6 months": the extension with its length. */
const EXTENDED_BY = new RegExp(String.raw`\b(?:diperpanjang|perpanjang\w*|extend\w*|extension)\s+(?:(?:lagi|selama|for|by|of|jadi|sampai)\s+){0,2}(?:\d{1,3}\s*|(?:${NUMBER_WORD})\s+|se)(?:bulan|bln|tahun|thn|th|months?|years?)\b`);

/**
 * "pmi ke taiwan 2 thn iuran brp": the migrant worker's JKK + JKM for the contract, or an extension.
 * JHT, benefits and claims are the knowledge's to answer.
 */
export function pmiRequest(t: string): CalculationRequest | undefined {
  // "kontrak 2 tahun perpanjang 6 bulan brp": a bare "brp" beside a dated extension asks its cost
  const costAsked = has(t, PMI_COST) || (has(t, EXTENDED_BY) && has(t, /\b(?:brp|berapa|how much)\b/));
  if (!costAsked || has(t, JHT_NAMED) || has(t, RECEIVES_BENEFIT) || has(t, CONTACT_ASKED)) return undefined;
  return pmiWithPeriod({ kind: "pmi" }, t);
}

/** The months written read as the contract's (6, 12, 24) or, after "diperpanjang", as an extension. */
export function pmiWithPeriod(previous: Extract<CalculationRequest, { kind: "pmi" }>, t: string): Extract<CalculationRequest, { kind: "pmi" }> {
  // "kontrak 2 tahun diperpanjang 3 bulan": the contract before the extension word, the extension after it
  const split = EXTENDED_BY.exec(t);
  if (split) {
    const extension = readPeriod(split[0]);
    const contract = readPeriod(`${t.slice(0, split.index)} ${t.slice(split.index + split[0].length)}`);
    if (extension.kind === "months" && contract.kind === "months") {
      const priced = PMI_CONTRACT_MONTHS.find((m) => m === contract.months);
      return priced ? { kind: "pmi", months: priced, extension: extension.months } : { kind: "pmi", unpriced: contract.months, extension: extension.months };
    }
  }
  const period = readPeriod(t);
  if (period.kind !== "months") return previous;
  if (has(t, EXTENDED)) return { ...previous, extension: period.months };
  const { unpriced: _u, extension: _e, ...kept } = previous;
  const priced = PMI_CONTRACT_MONTHS.find((m) => m === period.months);
  return priced ? { ...kept, months: priced } : { kind: "pmi", unpriced: period.months };
}

/** A fine asked ("dendanya brp", "penalty"), not a criminal one. */
export const FINE_ASKED = /\b(denda\w*|penalty|penalti|late fee|fine)\b/;
/** "telat 2 bulan", "terlambat sebulan", "2 bulan telat", "late 2 months": how long a contribution is late. */
const LATE_MONTHS = [
  new RegExp(String.raw`\b(?:telat|terlambat|tlat|nunggak|menunggak|late)\s+(?:(?:bayar|byr|iuran\w*|selama|by)\s+){0,3}(?:(\d{1,2}|${NUMBER_WORD})\s*|se)(?:bulan|bln|months?)\b`),
  new RegExp(String.raw`\b(?:(\d{1,2}|${NUMBER_WORD})\s*|se)(?:bulan|bln|months?)\s+(?:telat|terlambat|tlat|nunggak|late)\b`),
];

/** "denda … selama 3 bulan", "late fine … for 3 months": in a question about the fine, the months late. */
const FINE_FOR_MONTHS = new RegExp(String.raw`\b(?:for|selama|sudah|udah|udh|sdh)\s+(?:(\d{1,2}|${NUMBER_WORD})\s*|a\s+|one\s+|se)(?:bulan|bln|months?)\b`);

export function lateMonths(t: string, fineAsked = false): number | undefined {
  const m = LATE_MONTHS.map((re) => re.exec(t)).find(Boolean) ?? (fineAsked ? FINE_FOR_MONTHS.exec(t) : null);
  if (!m) return undefined;
  const n = m[1] === undefined ? 1 : /^\d+$/.test(m[1]) ? Number(m[1]) : numberWordValue(m[1]);
  return n && n >= 1 && n <= 120 ? n : undefined;
}

/**
 * The employer's late fine on the contribution written ("iurannya 3 jt"). BPU participants pay no
 * fine: left to the knowledge answer, which says so. Undefined unless one amount is written.
 */
export function lateFeeRequest(t: string, amounts: number[]): CalculationRequest | null | undefined {
  // a criminal fine, BPJS Kesehatan's or a tax's is no BPJS Ketenagakerjaan late fine
  if (has(t, /\b(pidana|kesehatan|jkn|kis|pajak|kendaraan|pbb)\b/) || amounts.length !== 1) return undefined;
  if (has(t, INFORMAL_WORKER)) return null;
  // "late fine 2% on 5 million contribution for 3 months": the months the fine runs, as "telat 3 bulan"
  const months = lateMonths(t, true);
  // "gaji 5 jt, telat bayar 2 bulan dendanya brp": the amount is a wage, whose month's contribution is fined
  if (has(t, WAGE_WORD)) {
    const wage = forEmployees(t, { kind: "wage", wage: amounts[0]!, riskClass: riskClassOf(t) });
    if (wage?.kind !== "wage" || amounts[0]! < MIN_MONTHLY_INCOME) return undefined;
    const { months: _m, focus: _f, ...of } = wage;
    return { kind: "late_fee", of, ...(months ? { months } : {}) };
  }
  return { kind: "late_fee", contribution: amounts[0]!, ...(months ? { months } : {}) };
}

/** "kerja 10 thn", "10 tahun lagi": how many years the JHT builds up; an age ("umur 40 tahun") is not. */
export const JHT_YEARS = /(?<!\b(?:umur|usia|age|aged)\s)\b(\d{1,2})\s*(?:tahun|thn|th|years?)\b/;
/** The JHT balance asked for ("jht sy brp", "saldo jht nanti", "perkiraan jht"), not its contribution. */
/**
 * In English: "how much will my JHT be after 20 years", "estimate my JHT savings in 10 years",
 * "how much JHT will I have", "JHT after 20 years": the balance, not the month's contribution.
 */
const ENGLISH_JHT_BALANCE = String.raw`\bmy (?:jht|old age savings?)\b|\b(?:estimat\w*|savings?|saved|accumulat\w*|grow\w*|end up|will (?:i )?(?:have|get|be|receive)|would (?:i )?(?:have|get|be))\b|\b(?:after|in|within)\s+\d{1,2}\s*years?\b`;
const ASKS_JHT_BALANCE = new RegExp(String.raw`\b(jht|hari tua)\s+(sy|saya|aku|gw|gue|ku|nya)\b|\b(saldo|perkiraan|estimasi|simulasi|kira kira|terkumpul|kumpul|nanti|balance)\b|\b(dapat|dapet|dpt|terima|cair)\b|${ENGLISH_JHT_BALANCE}`);
/** A yearly return written in the question ("hasil 5%", "bunga 6 persen"). */
export const RETURN_RATE = /\b(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|persen|percent)/;
/** The JHT illustration's years, as the form allows. */
export const JHT_MAX_YEARS = 45;

/**
 * "jht sy brp kl gaji 5jt kerja 10 thn": what the JHT may build up to, not the monthly
 * deduction. The yearly return is no rule of ours: without one written it is asked for.
 */
export function jhtRequest(t: string, wage: number, raw: string): CalculationRequest | undefined {
  if (!has(t, JHT_NAMED) || !has(t, ASKS_JHT_BALANCE) || has(t, RESIGNED) || has(t, PER_DAY) || wage < MIN_MONTHLY_INCOME) return undefined;
  // "potongan jht brp", "iuran jht": the contribution is asked, not the balance
  if (has(t, /\b(potong|potongan|dipotong|iuran|premi|bayar|contributions?|deduct\w*|pay|premium)\b/)) return undefined;
  const years = JHT_YEARS.exec(t);
  if (!years || Number(years[1]) < 1 || Number(years[1]) > JHT_MAX_YEARS) return undefined;
  const request = { kind: "jht" as const, wage, years: Number(years[1]), annualReturnPercent: 0 };
  // the "%" is read as typed: cleanText drops it
  const rate = returnRateOf(raw);
  return rate === undefined ? ask("return_rate", request) : { ...request, annualReturnPercent: rate };
}

/** A yearly return between 0 and 15%, as the form takes it. */
export function returnRateOf(t: string): number | undefined {
  const m = RETURN_RATE.exec(t) ?? /^(\d{1,2}(?:[.,]\d{1,2})?)$/.exec(t.trim());
  const n = m ? Number(m[1]!.replace(",", ".")) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 15 ? Math.round(n * 100) / 100 : undefined;
}

/**
 * "iuran jkp gaji 8 jt", "potongan jkp gaji 8 jt januari 2025": what JKP costs on a wage is asked, not its benefit.
 * JKP adds no contribution (APBN and part of JKK fund it), which the wage table says; a layoff, a resignation,
 * months paid or an informal worker named make it the benefit question still.
 */
export function asksJkpContribution(t: string): boolean {
  return has(t, /\bjkp\b|\bkehilangan pekerjaan\b/) && has(t, PAYS) && has(t, JKP_WITH_WAGE)
    && !has(t, RECEIVES) && !has(t, RECEIVES_BENEFIT) && !has(t, LAID_OFF_NAMED) && !has(t, RESIGNED) && !has(t, CONTRACT_ENDED) && !has(t, INFORMAL_WORKER) && !MONTHS_PAID.test(t);
}

export function benefitRequest(written: string, amount: number, now?: Date): CalculationRequest | undefined {
  // "meninggal bukan karena kecelakaan kerja": an ordinary death, read as "biasa"
  const t = withoutNegatedWorkAccident(written);
  if (has(t, /\bjkp\b|kehilangan pekerjaan|\bphk\b.*\bdapat|job loss|\bunemployment (?:benefit|insurance|money|pay)\b|\b(?:laid off|fired|sacked|dismissed)\b.*\b(?:get|receive)\b/)) {
    const paid = MONTHS_PAID.exec(t);
    const monthsPaid = paid ? inMonths(paid[1]!, paid[2]!) : undefined;
    const since = monthsSinceLayoff(t, now);
    const contractEnded = has(t, CONTRACT_ENDED) && !has(t, CONTRACT_CUT_SHORT);
    return {
      kind: "jkp",
      wage: amount,
      ...(has(t, RESIGNED) ? { resigned: true } : {}),
      ...(monthsPaid ? { monthsPaid } : {}),
      ...(has(t, INFORMAL_WORKER) ? { informal: true } : {}),
      ...(contractEnded ? { contractEnded: true } : {}),
      ...(since ? { monthsSinceLayoff: since.months } : {}),
      ...(since?.dated ? { layoffWritten: since.dated } : {}),
      ...(isAboutOfficials(t) ? { villageOfficial: true } : {}),
      ...(has(t, RETIRING) && !has(t, LAID_OFF_NAMED) ? { retired: true } : {}),
      ...(has(t, EMPLOYER_CLOSED) ? { employerClosed: true } : {}),
    };
  }
  if ((has(t, WORK_ACCIDENT) || informalAccident(t)) && has(t, DIED)) {
    // "ojol paket 16800 meninggal": no wage is that small, it is the BPU contribution paid (audit18 #2)
    const contribution = amount < MIN_MONTHLY_INCOME && has(t, /\b(paket|iuran\w*|bayar\w*|premi|bpu)\b/);
    return { kind: "jkk_death", wage: amount, ...(contribution ? { contribution: true } : {}) };
  }
  // "gaji 4jt cacat total tetap santunannya brp": JKK's permanent total disability (JP's disability pension is the knowledge's)
  if (has(t, TOTAL_DISABILITY) && !has(t, JP_PENSION) && amount >= MIN_MONTHLY_INCOME) return { kind: "jkk_disability", wage: amount };
  // "permanent disability benefit salary 5 million": the total one computed, the partial one said to depend on the injury
  if (has(t, PERMANENT_DISABILITY) && !has(t, PARTIAL_DISABILITY) && !has(t, JP_PENSION) && amount >= MIN_MONTHLY_INCOME) return { kind: "jkk_disability", wage: amount, totalAssumed: true };
  // "gaji 5jt, meninggal krn sakit biasa keluarga dpt brp": JKM, whatever the wage
  if (has(t, DIED) && has(t, ORDINARY_DEATH) && !has(t, WORK_ACCIDENT) && !has(t, OCCUPATIONAL_DISEASE)) return { kind: "jkm_death", wage: amount };
  // "gaji 5jt kecelakaan kerja ga bs kerja 14 bln dpt brp": STMB, for the months written
  // "ga bisa kerja 3 bln gaji 4jt dpt brp": pay while unable to work is STMB's (its result says it is for a work accident); an illness alone is not
  const unableAndPaid = has(t, UNABLE_TO_WORK) && has(t, RECEIVES) && (!has(t, ORDINARY_DEATH) || has(t, OCCUPATIONAL_DISEASE));
  if ((has(t, WORK_ACCIDENT) && has(t, UNABLE_TO_WORK)) || has(t, /\bstmb\b/) || unableAndPaid) {
    const perDay = isDailyAmount(t, amount);
    if (!perDay && amount < MIN_MONTHLY_INCOME) return undefined;
    const period = readPeriod(t);
    const months = period.kind === "months" && period.months >= 1 && period.months <= 120 ? period.months : undefined;
    const causeNotSaid = !has(t, WORK_ACCIDENT) && !has(t, OCCUPATIONAL_DISEASE) && !has(t, /\bstmb\b|\bkecelakaan\b|\baccident\b/);
    return { kind: "stmb", wage: amount, ...(months ? { months } : {}), ...(perDay ? { perDay } : {}), ...(causeNotSaid ? { causeNotSaid } : {}) };
  }
  return undefined;
}

/** "ga bs kerja", "tidak bisa bekerja", "can't work": unable to work for a while. */
export const UNABLE_TO_WORK = /\b(ga|gak|gk|g|tidak|tdk|nggak|ngga|enggak|belum|blm|blum)\s+(bisa|bs|mampu|dapat|dpt)\s+(kerja|bekerja|masuk kerja)\b|\b(can ?t|cannot|unable to|could not|couldn ?t) work\b|\btidak mampu bekerja\b/;

/** Tax named: "pajaknya brp", "kena pph ga". */
export const TAX_NAMED = /\b(pajak\w*|pph\w*|tax\w*)\b/;
/** A JHT balance or its payout: "saldo jht", "saldo sy", "pencairan jht". */
const JHT_BALANCE = /\b(saldo\w*|jht|hari tua|balance)\b/;
/** Another program's payment named: its tax or share is not the JHT's. */
const OTHER_PAYOUT = /\b(jkm|jkk|jkp|jp|santunan|pesangon|pensiun\w*|gaji|upah)\b/;
/** "bisa lwt jmo?": the JMO app named. */
export const JMO_NAMED = /\b(jmo|jamsostek mobile)\b/;
/** A percent written ("10%", "30 persen"): read on the text as typed, cleanText drops the "%". */
const PERCENT_WRITTEN = /\b(\d{1,3})\s*(?:%|persen|percent)/;

/**
 * "saldo jht 60jt pajaknya brp": the tax on the balance paid at once; "saldo sy 80jt, 10% nya brp":
 * the partial withdrawal, when the percent is one the rules allow (10% retirement, 30% housing).
 */
export function jhtBalanceRequest(t: string, amount: number, raw: string): CalculationRequest | undefined {
  if (!has(t, JHT_BALANCE) || has(t, OTHER_PAYOUT) || amount < MIN_MONTHLY_INCOME) return undefined;
  // "30% dari saldo 80 jt, pajaknya?": the partial withdrawal asked, whose tax is not the lump sum's (its result says so)
  const purpose = partialPurpose(raw);
  if (has(t, TAX_NAMED) && !purpose) return { kind: "jht_tax", balance: amount };
  // "saldo jht sy 60jt bisa cair lwt jmo": whether the balance is within the JMO limit, its lump-sum tax beside (explore13 #8)
  if (has(t, JMO_NAMED) && !purpose) return { kind: "jht_tax", balance: amount, jmoAsked: true };
  if (!purpose) return undefined;
  const member = MEMBER_FOR.exec(t);
  return { kind: "jht_partial", balance: amount, purpose, ...(member ? { memberMonths: inMonths(member[1]!, member[2]!) } : {}) };
}

/** "baru kerja 5 th", "jadi peserta 3 tahun", "kepesertaan 8 thn": how long someone has been a member. */
const MEMBER_FOR = new RegExp(String.raw`\b(?:kerja|bekerja|peserta|kepesertaan|masa kerja|masa kepesertaan|masa iuran|iuran|ikut|ikut bpjs|terdaftar|baru)\s+(?:(?:baru|sudah|udah|udh|sdh|selama|br|jalan)\s+)?(\d{1,2}|${NUMBER_WORD})\s*(tahun|thn|th|bulan|bln)\b`);

/** 10% is the retirement-preparation withdrawal, 30% the housing one; any other percent is neither. */
export function partialPurpose(raw: string): "retirement" | "housing" | undefined {
  const pct = Number(PERCENT_WRITTEN.exec(raw)?.[1] ?? NaN);
  // "cair sebagian berapa untuk rumah": the part named by its purpose, not its percent (audit18 #8)
  if (Number.isNaN(pct) && /\bsebagian\b/.test(raw)) return /\b(rumah|perumahan|kpr|renovasi)\b/.test(raw) ? "housing" : /\b(persiapan pensiun|pensiun)\b/.test(raw) ? "retirement" : undefined;
  return pct === 10 ? "retirement" : pct === 30 ? "housing" : undefined;
}

/** JP or the pension named. */
const JP_PENSION = /\bjp\b|\bjaminan pensiun\b|\bpensiun\w*\b|\bpension\b/;
/** What the pension asks for: a monthly amount received, not a contribution. */
const ASKS_PENSION = /\b(pensiun\w*|sebulan|bulanan|per bulan|perbulan|dapat|dapet|dpt|terima|nerima|manfaat\w*|pension|monthly)\b/;
/** "iuran 20 thn", "masa iuran jp 12 thn", "bayar selama 15 tahun": how long one paid. */
const PAID_PERIOD = /\b(?:masa\s+)?(?:iuran|bayar)\s+(?:(?:jht|jp|bpjs)\s+)?(?:selama\s+)?\d+\s*(?:tahun|thn|th|bulan|bln)\b/g;
export const PENSION_MAX_YEARS = 45;

/** "jp sy brp sebulan kl iuran 20 thn gaji 5jt": the pension for those years and that wage. */
export function jpBenefitRequest(t: string, wage: number): CalculationRequest | undefined {
  if (!has(t, JP_PENSION) || has(t, JHT_NAMED) || has(t, PER_DAY) || wage < MIN_MONTHLY_INCOME) return undefined;
  const years = Number(JHT_YEARS.exec(t)?.[1] ?? 0);
  if (years < 1 || years > PENSION_MAX_YEARS) return undefined;
  // the contribution asked ("potongan jp brp gaji 5jt"): its words outside the paid period
  const rest = t.replace(PAID_PERIOD, " ");
  // "jp gaji 20jt masa iuran 25 tahun": the years paid are written only to ask what they pay out
  const paidFor = rest !== t && has(t, /\bmasa\s+(?:iuran|kepesertaan|kerja)\b/);
  if ((!has(rest, ASKS_PENSION) && !paidFor) || has(rest, /\b(potong|potongan|dipotong|premi|bayar|iuran)\b/)) return undefined;
  return { kind: "jp_benefit", wage, years };
}
