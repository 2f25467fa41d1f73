/** Contributions of one worker or of employees: BPU incomes, wages, allowances, the minimum wage and the JP wage cap period. */
import { MONTH_YEAR, monthNumber, NOT_AFTER_NON_PERIOD_WORD, NUMBER_WORD, numberWordValue, periodStart, readPeriod } from "./period";
import { readPeople } from "./people";
import type { AskRequest, CalculationRequest } from "./question";
import { ask, DAILY_ASKED_FROM, FAMILY, has, INFORMAL, INFORMAL_WORKER, MIN_MONTHLY_INCOME, PACKAGE, PAYS, RECEIVES, RESIGNED, riskClassOf, sumOf, VILLAGE, WAGE, WITHOUT_JHT } from "./question-words";
import { AMOUNT, amountsIn, isDailyAmount, OTHER_INCOME_PERIOD, PER_DAY } from "./question-amounts";
import { PMI_WORKER, pmiRequest } from "./question-benefits";

/** A construction project named: its value is a contract's, not a wage. */
const PROJECT = /\b(jakon|jasa konstruksi|konstruksi|proyek|project|nilai kontrak|kontraktor)\b/;
/** A worker's pay named: "kuli proyek upah harian 150rb" asks about a worker, not a project's value. */
const WORKER_PAY = /\b(upah\w*|gaji\w*|harian|sehari|per hari|perhari|honor\w*|thr|salary|wage|kuli|tukang|mandor)\b/;
const ASKS_CONTRIBUTION = /\b(iuran\w*|brp|berapa|bayar\w*|hitung|premi|how much|contributions?)\b/;
/** From this a project's value is a contract, not a stray figure ("proyek 2 bulan 50rb"). */
const MIN_PROJECT_VALUE = 1_000_000;
/** Construction named as the worker's sector: "jakon", "pekerja konstruksi". */
const JAKON_WORKER = /\b(jakon|jasa konstruksi|pekerja konstruksi|buruh konstruksi|tenaga konstruksi)\b/;

/**
 * "proyek 200 juta iuran jakon brp", "nilai kontrak 2 miliar jakon brp": a construction project's JKK + JKM on
 * its contract value. Undefined when a worker's pay is named (left to the knowledge), or not one value.
 */
export function jakonRequest(t: string, amounts: number[]): CalculationRequest | undefined {
  // "iuran jakon upah 4 juta", "iuran pekerja konstruksi upah 4 juta": a monthly wage known, its own rate (audit18 #8)
  if (has(t, JAKON_WORKER) && has(t, /\b(upah|gaji|wage|salary)\b/) && !has(t, /\b(harian|sehari|per hari|perhari|thr|borongan|kontrak|proyek|project|kontraktor)\b/) && has(t, ASKS_CONTRIBUTION) && amounts.length === 1 && amounts[0]! >= MIN_MONTHLY_INCOME) return { kind: "jakon", contractValue: 0, wage: amounts[0]! };
  if (!has(t, PROJECT) || has(t, WORKER_PAY) || !has(t, ASKS_CONTRIBUTION) || amounts.length !== 1 || amounts[0]! < MIN_PROJECT_VALUE) return undefined;
  return { kind: "jakon", contractValue: amounts[0]! };
}

/** "10 karyawan", "25 employees", "sepuluh pegawai": a head count of employees on the same wage. */
const EMPLOYEE_COUNT = new RegExp(String.raw`\b(\d{1,5}|${NUMBER_WORD})\s+(?:orang\s+|org\s+)?(?:karyawan\w*|pegawai|employees?|staff|staf(?!\s+desa))\b`);
/**
 * A question about what one receives from JHT or JP ("pensiun jp dapat brp kalau gaji 6 jt",
 * "gaji 5jt resign jht sy brp"): the wage in it is not asking for a contribution table, and the
 * knowledge has the formula.
 */
const ASKS_JHT_JP_BENEFIT = /\b(jht|jp|pensiun\w*|pension|hari tua)\b/;
const RECEIVES_JHT_JP = /\b(pensiun|pensiunan|bulanan|pension)\b/;

/** "iuran bpu 2 jt plus jht", "dengan jht", "ikut jht": the optional JHT is in the contribution asked. */
// "ikut jkk jkm jht", "iuran jht bpu": JHT listed with the other programs, or the contribution named as JHT's (audit18 #7)
const WITH_JHT = /\b(plus|dengan|ikut|tambah|with|including)\s+(program\s+)?(jht|hari tua)\b|\b(?:jkk|jkm)(?:\s+(?:dan|and|&|\+))?\s+(?:(?:jkk|jkm)(?:\s+(?:dan|and|&|\+))?\s+)?jht\b|\b(?:iuran|iurannya|bayar)\s+(?:program\s+)?jht\s+(?:bpu|bukan penerima upah|mandiri|informal)\b/;

/** Tax on a payout or a balance held ("jht saya 20 juta dipotong pajak berapa"): the amount is not a wage. */
const ABOUT_TAX_OR_BALANCE = /\b(pajak|pph|tax|saldo|balance)\b/;
/** Income tax named beside a salary's deduction ("potongan bpjs dan pajak"). */
const SALARY_TAX = /\b(?:pajak(?:\s+penghasilan)?|pph(?:\s*21)?|tax)\b/;
/** A tax on a payout or balance (JHT, severance, THR): not the salary's own tax. */
const NOT_SALARY_TAX = /\b(saldo|balance|jht|cair\w*|pencairan|dicairkan|pesangon|klaim|thr|bonus)\b/;

const EARNS = /\b(penghasilan|pendapatan|gaji|upah|hasil|omzet|omset|untung|panen|income|salary|wage|earn\w*|dapat|dapet|dpt)\b/;

/** Fixed allowances count in the wage base; variable pay is not confirmed to, so such questions are not computed. */
export const ALLOWANCE = /\btunjangan\b/;
export const VARIABLE_PAY = /\b(tidak tetap|tdk tetap|gak tetap|transport\w*|makan|lembur|bonus|insentif|kehadiran|variabel)\b/;

/** Wage words proper: a head count next to one of these is paid a wage. */
export const WAGE_WORD = /\b(gaji\w*|upah\w*|salary|salaries|wages?)\b/;
/** Workers who are never a company's employees on a wage table: the informal and vulnerable. */
const NOT_STAFF = /\b(rentan|miskin|warga|masyarakat|buruh tani|peternak|pekebun|penggarap|pemulung|kk)\b/;

/**
 * "5 org karyawan gaji 5jt iuran brp", "karyawan sy 8 orang gaji 4jt", "20 pekerja pabrik upah 3,2 jt":
 * people counted with their wage are wage earners, each on the wage table, the totals for all of them.
 * Different wages ("3 org gaji 5jt, 2 org gaji 8jt") are asked one wage at a time. Undefined when no
 * head count stands beside a wage, or the people are village officials or informal workers.
 */
export function staffWithWage(t: string, amounts: number[]): CalculationRequest | undefined {
  if (!has(t, WAGE_WORD) || has(t, VILLAGE) || has(t, INFORMAL_WORKER) || has(t, NOT_STAFF) || has(t, FAMILY) || has(t, ALLOWANCE) || has(t, PACKAGE)) return undefined;
  const people = readPeople(t);
  if (people.officials.length || !people.workers.length) return undefined;
  const wages = amounts.filter((a) => a >= MIN_MONTHLY_INCOME);
  if (!wages.length) return undefined;
  if (new Set(wages).size > 1 || people.workers.length > 1) return ask("several_wages");
  const employees = employeeCount(t) ?? sumOf(people.workers.map((w) => w.count));
  const request = forEmployees(t, { kind: "wage", wage: wages[0]!, perDay: isDailyAmount(t, wages[0]!) || undefined, riskClass: riskClassOf(t) });
  return request?.kind === "wage" ? (dailyAskedBack({ ...request, ...(employees > 1 ? { employees } : {}) }, wages[0]!) ?? undefined) : undefined;
}

/** "sy sm istri", "suami dan saya", "berdua": a couple asking together. */
export const COUPLE = /\b(?:sy|saya|aku|gw|gue)\s+(?:sm|sama|dan|dgn|dengan|and)\s+(?:istri|suami|pasangan|bini|laki)\b|\b(?:istri|suami|pasangan)\s+(?:(?:sy|saya|aku)\s+)?(?:sm|sama|dan|and)\s+(?:sy|saya|aku)\b|\bberdua\b|\b(?:my wife|my husband) and i\b/;

/** Words before an amount that make it the regional minimum wage ("umk 4,8 jt", "ump nya 5 juta"). */
const MINIMUM_WAGE_WORD = /^(umk|ump|umr|umsk|ump\w*|umk\w*|minimum)$/;

/** The regional minimum wage the question writes, read from the three words before an amount. */
export function minimumWageIn(t: string): number | undefined {
  const found = amountsIn(t).find((a) => {
    const before = t.slice(0, a.index).trim().split(/\s+/).slice(-3);
    return before.some((w) => MINIMUM_WAGE_WORD.test(w)) && a.value >= MIN_MONTHLY_INCOME;
  });
  return found?.value;
}

/** The amounts without the minimum wage, unless it is the only one (then it is the wage asked about: "gaji sy umk 4,8 jt"). */
export function withoutMinimumWage(amounts: number[], minimum: number | undefined): number[] {
  if (minimum === undefined) return amounts;
  const at = amounts.indexOf(minimum);
  return at < 0 || amounts.length === 1 ? amounts : amounts.filter((_a, i) => i !== at);
}

export const withMinimumWage = (request: CalculationRequest | null, minimum: number | undefined): CalculationRequest | null =>
  request?.kind === "wage" && minimum !== undefined ? { ...request, minimumWage: minimum } : request;

/**
 * One person's contribution from a monthly income (BPU) or wage (employees). An amount bound to "sehari"
 * or "harian" is a day's, counted × 25 days; from Rp1 juta a day it is asked back (a day's or a month's?).
 */
export function incomeRequest(t: string, amounts: number[]): CalculationRequest | null {
  const request = incomeRequestOf(t, amounts);
  return dailyAskedBack(request, amounts[0]!);
}

/** A request on a day's pay of Rp1 juta or more: asked back whether it is a day's or a month's, the request held. */
export function dailyAskedBack(request: CalculationRequest | null, amount: number): CalculationRequest | null {
  const held = request?.kind === "ask" && request.missing === "worker_kind" ? request.pending : request;
  const perDay = (held?.kind === "wage" || held?.kind === "bpu") && held.perDay;
  return request && perDay && amount >= DAILY_ASKED_FROM ? ask("amount_period", request) : request;
}

function incomeRequestOf(t: string, amounts: number[]): CalculationRequest | null {
  const amount = amounts[0]!;
  // "gaji 5 jt potongan bpjs tk dan pajak": the salary's monthly deduction, its income tax said to be outside our data (audit18 #6)
  if (has(t, SALARY_TAX) && has(t, /\b(gaji|upah|salary|wage)\b/) && has(t, /\b(potongan|dipotong|potong|deduct\w*)\b/) && !has(t, NOT_SALARY_TAX)) {
    const wage = incomeRequestOf(t.replace(new RegExp(SALARY_TAX.source, "g"), " "), amounts);
    return wage?.kind === "wage" ? { ...wage, salaryTaxAsked: true } : null;
  }
  if (has(t, ABOUT_TAX_OR_BALANCE)) return null;
  // "iuran 20 tahun", "iuran jp 15 thn" say how long one paid, not that the contribution is asked for
  const withoutPaidPeriod = t.replace(/\b(iuran|bayar)\s+(?:(?:jht|jp|bpjs)\s+)?(selama\s+)?\d+\s*(tahun|thn|th|bulan|bln)\b/g, " ");
  const receives = has(t, RECEIVES) || has(t, RESIGNED) || has(t, RECEIVES_JHT_JP);
  if (has(t, ASKS_JHT_JP_BENEFIT) && receives && !has(withoutPaidPeriod, PAYS)) return null;
  // "bayar bpu setahun 201.600": without an income word the amount is a contribution quoted back
  // "seminggu 500rb iuran bpu brp": a week's income is an income whatever word it comes with
  if (OTHER_INCOME_PERIOD.some((re) => re.test(t))) {
    const forTheYear = wageForTheYear(t, amount);
    if (forTheYear !== undefined) return forTheYear;
    return has(t, EARNS) || (OTHER_INCOME_PERIOD[0]!.test(t) && has(t, INFORMAL)) ? ask("monthly_income", pendingIncome(t)) : null;
  }
  const perDay = isDailyAmount(t, amount) || undefined;
  // "bpu 16800 dapat apa aja": an amount this small is a contribution someone quotes, not a monthly income
  if (!perDay && amount < MIN_MONTHLY_INCOME) return null;
  if (has(t, ALLOWANCE)) return forEmployees(t, wageWithAllowance(t, amounts, perDay));
  // "usaha mikro punya karyawan gaji 2,5jt": the business's employee is a wage earner, whatever the business
  const employsStaff = has(t, EMPLOYS) && has(t, WAGE_WORD) && !has(t, INFORMAL_WORKER) && !has(t, /\bmandiri\b/);
  // "sy sm istri … penghasilan masing2 1 jt totalnya brp": two people on that income
  if (has(t, INFORMAL) && !employsStaff) return { kind: "bpu", income: amount, perDay, ...(perDay ? daysWorked(t) : {}), ...(has(t, WITH_JHT) && !has(t, WITHOUT_JHT) ? { withJht: true } : {}), ...(has(t, COUPLE) || (has(t, /\b(masing|each)\b/) && has(t, /\b(istri|suami|pasangan|wife|husband)\b/)) ? { people: 2 } : {}) };
  // "3 karyawan, gaji 4jt, 6jt, 9jt": one wage times the head count would be no one's bill; asked one wage at a time
  if (has(t, WAGE) && employeeCount(t) !== undefined && new Set(amounts).size > 1) return ask("several_wages");
  // "sy kerja harian gaji 3jt iuran brp": a daily worker with no employer named may be either, asked as without "gaji"
  if (has(t, DAILY_WORKER) && !has(t, EMPLOYER_NAMED) && has(t, PAYS)) return ask("worker_kind", { kind: "bpu", income: amount, ...(perDay ? { perDay } : {}) });
  // "umr 3,2 jt iuran jht brp": the minimum wage named as the wage is a wage earner's
  if (has(t, WAGE) || minimumWageIn(t) === amount) return forEmployees(t, { kind: "wage", wage: amount, perDay, riskClass: riskClassOf(t), ...(perDay && daysWorked(t).days ? { daysWritten: daysWorked(t).days } : {}) });
  // "sy kuli harian sehari dpt 100rb iuran bpjs tk brp": an employee or self-employed, not said: asked with two buttons
  if ((has(t, KIND_UNKNOWN_WORKER) || EARNED_AMOUNT.test(t)) && has(t, PAYS)) return ask("worker_kind", { kind: "bpu", income: amount, ...(perDay ? { perDay } : {}) });
  return null;
}

/** Employees named as someone's ("punya karyawan", "gaji karyawan"): their employer asks, not a self-employed worker. */
const EMPLOYS = /\b(karyawan\w*|pegawai\w*|pekerjanya|pekerja (?:sy|saya|kami)|employees?|staff)\b/;
/** "kerja 20 hari sebulan", "sebulan narik 22 hari": the days a month a self-employed worker says they work. */
const DAYS_A_MONTH = [
  /\b(\d{1,2})\s*hari\s+(?:dalam\s+)?(?:sebulan|sebln|sbln|per ?bulan|per ?bln|tiap bulan|setiap bulan|a month|per month)\b/,
  /\b(?:sebulan|per ?bulan|tiap bulan|setiap bulan|a month|per month)\s+(?:(?:kerja|bekerja|masuk|narik|jualan|dagang|melaut|cuma|hanya|sekitar)\s+){0,2}(\d{1,2})\s*hari\b/,
];
/** The days a month written, when between 1 and 31; a day's income is then counted × these days. */
export function daysWorked(t: string): { days?: number } {
  const m = DAYS_A_MONTH.map((re) => re.exec(t)).find(Boolean);
  const days = m ? Number(m[1]) : 0;
  return days >= 1 && days <= 31 ? { days } : {};
}

/** A micro or small business named: it need not join JP (misc_extra.jp_mandatory_firms). */
const SMALL_FIRM = /\b(usaha (?:mikro|kecil|rumahan)|umkm|ukm|warung\w*|kios|toko kecil|home industry|industri rumahan|micro business|small business)\b/;
/** Work rarely at the lowest risk class: named back, so the lowest is not taken as a fact. */
const RISKY_WORK = /\b(tambang|pertambangan|penambang|alat berat|pengeboran|migas|offshore|smelter|peledak|penebangan|mining|coal mine|gold mine)\b/;

/** A year right after or before an amount: "gaji 4 jt setahun", "per tahun 4 jt" (OTHER_INCOME_PERIOD's yearly readings). */
const YEARLY_NEXT_TO_AMOUNT = [OTHER_INCOME_PERIOD[1]!, OTHER_INCOME_PERIOD[2]!];
/**
 * From this a wage said with "setahun" may be a year's pay as well as a month's (Rp24 juta a year is
 * Rp2 juta a month, about the lowest regional minimum wage): asked, never guessed. Below it a year's
 * pay would be under any minimum wage, so the amount is the monthly wage and the year the period.
 */
export const YEARLY_WAGE_ASKED_FROM = 24_000_000;

/**
 * "iuran 10 karyawan gaji 4 jt setahun", "iuran bpjs tk gaji 12 jt setahun": a wage is paid by the month,
 * so the year next to it is the period asked for (12 months), the head count kept. From
 * YEARLY_WAGE_ASKED_FROM it is asked whether the wage is a month's or a year's. Undefined when it is no
 * employee's wage ("penghasilan 60 jt setahun": an informal worker's yearly income, asked monthly) or the
 * period is a week's or a harvest's.
 */
function wageForTheYear(t: string, amount: number): CalculationRequest | null | undefined {
  if (!has(t, WAGE_WORD) || has(t, INFORMAL) || has(t, VILLAGE) || amount < MIN_MONTHLY_INCOME) return undefined;
  if (!YEARLY_NEXT_TO_AMOUNT.some((re) => re.test(t)) || OTHER_INCOME_PERIOD.some((re) => !YEARLY_NEXT_TO_AMOUNT.includes(re) && re.test(t))) return undefined;
  const request = forEmployees(t, { kind: "wage", wage: amount, riskClass: riskClassOf(t) });
  if (request?.kind !== "wage") return request;
  const forYear: CalculationRequest = { ...request, months: 12 };
  return amount >= YEARLY_WAGE_ASKED_FROM ? ask("wage_period", forYear) : forYear;
}

/** A daily or casual worker: for an employer or on one's own, "gaji" or not. */
const DAILY_WORKER = /\b(kuli|buruh harian|pekerja harian|harian lepas|serabutan|kerja harian|day labou?rer|daily worker|casual worker)\b/;
/** An employer or a deduction from pay named: an employee's wage. */
const EMPLOYER_NAMED = /\b(karyawan|pegawai|perusahaan|pabrik|kantor|pt|cv|mandor|bos|boss|majikan|pemberi kerja|employer|company|employees?|staff|potong|potongan|dipotong|deduct\w*)\b/;
/** Work that may be for an employer or on one's own ("kuli harian", "buruh", "serabutan"): which, is asked. */
const KIND_UNKNOWN_WORKER = /\b(kuli|buruh|pekerja harian|harian lepas|serabutan|kerja harian|day labou?rer|daily worker|casual worker|labou?rer)\b/;
/** An amount earned ("dpt 100 rb", "dapet 3 jt"), not a contribution paid. */
const EARNED_AMOUNT = new RegExp(String.raw`\b(?:dpt|dapat|dapet|hasil\w*|pendapatan\w*|nerima|terima|earn\w*)\s+(?:sekitar\s+|kira kira\s+|rata rata\s+)?${AMOUNT}`);

/**
 * The income the worker-kind question holds, computed as a wage earner's ("wage") or a self-employed
 * worker's (BPU) contribution; null when nothing is held yet.
 */
export function withWorkerKind(asked: AskRequest, kind: "wage" | "bpu"): CalculationRequest | null {
  const held = asked.missing === "worker_kind" && asked.pending?.kind === "bpu" && asked.pending.income > 0 ? asked.pending : undefined;
  if (!held) return null;
  if (kind === "bpu") return held;
  return { kind: "wage", wage: held.income, ...(held.perDay ? { perDay: true } : {}) };
}

/** "perusahaan bayar brp", "what does the company pay": the employer's share is what is asked. */
export const EMPLOYER_SHARE = /\b(perusahaan|pemberi kerja|kantor|company|employer|boss)\b.*\b(bayar\w*|nanggung|menanggung|tanggung\w*|pay|pays|paying|cover|covers)\b|\b(bagian|porsi|share|part)\s+(of\s+)?(perusahaan|pemberi kerja|company|employer)\b|\b(perusahaan|pemberi kerja|company|employer)( s)? (bagian|porsi|part|share|portion)\b|\b(di)?(bayar|tanggung)\w* (sama |sm |oleh |ama |dr |dari )?(perusahaan|pemberi kerja|kantor|majikan|bos|boss|pt)\b/;
/** "how much does each employee pay?", "potongan karyawannya brp": the share deducted from the wage. */
export const WORKER_SHARE = /\b(each|every|per|an?|the|does|do) (employee|worker|staff)s? (pay|pays|paid)\b|\b(employee|worker)s?( s)? (share|part|portion|deduction)\b|\b(potongan|dipotong|bagian) (pekerja|karyawan|pegawai)\w*\b/;

/**
 * The head count of employees on that wage and the period asked for: the table stays one
 * person's month, with the totals for all of them beside it, so one person's total is never the answer for N.
 */
export function forEmployees(t: string, request: CalculationRequest | null): CalculationRequest | null {
  if (request?.kind !== "wage") return request;
  // "iuran pmi gaji 12 jt kontrak 2 tahun": a migrant worker pays the PMI package whatever the wage, never an employee's table
  const migrant = has(t, PMI_WORKER) && !has(t, /\bpalang merah\b/) ? pmiRequest(t) : undefined;
  if (migrant) return migrant;
  const employees = employeeCount(t);
  const period = readPeriod(t);
  const months = period.kind === "months" ? period.months : 1;
  return {
    ...request,
    ...(employees ? { employees } : {}),
    ...(months > 1 ? { months } : {}),
    ...(has(t, EMPLOYER_SHARE) ? { focus: "employer" as const } : {}),
    ...capPeriodOf(t),
    ...(has(t, HOUSEHOLD_WORKER) ? { household: true } : {}),
    ...(has(t, FOREIGN_WORKER) ? { foreigner: true } : {}),
    ...(has(t, SMALL_FIRM) && !has(t, HOUSEHOLD_WORKER) ? { smallFirm: true } : {}),
    ...(!request.riskClass && has(t, RISKY_WORK) ? { riskyWork: RISKY_WORK.exec(t)![1]! } : {}),
  };
}

/**
 * A foreign worker (TKA, WNA, expat): JKK, JKM and JHT at the same rates, whether JP applies is not
 * settled, JKP is for citizens only. "tki"/"pmi" are Indonesians working abroad, not this.
 */
export const FOREIGN_WORKER = /\b(tka|wna|expat\w*|ekspat\w*|foreigners?|bule)\b|\b(?:tenaga kerja|pekerja|karyawan|pegawai|staf|staff|warga negara|orang|tenaga ahli|workers?|employees?|staff|nationals?) (?:asing|foreign)\b|\bforeign (?:workers?|employees?|staff|nationals?|citizens?|expert)\b|\bnot (?:an )?indonesian\b|\bbukan wni\b/;

/** A domestic worker: ART, PRT, a private driver or a nanny, employed by a household. */
const HOUSEHOLD_WORKER = /\b(art|prt|pembantu\w*|asisten rumah tangga|pekerja rumah tangga|babysitter|baby sitter|pengasuh|sopir pribadi|supir pribadi|housemaid|maid|domestic worker|nanny)\b/;
/** "tahun 2024", "thn 2025", "for 2024", "in 2024": a year alone; not "masuk kerja tahun 2020". */
const YEAR_ALONE = new RegExp(String.raw`${NOT_AFTER_NON_PERIOD_WORD}\b(?:tahun|thn|th|year|in|for)\s+((?:19|20)\d\d)\b`);

/** The month whose JP wage cap a question asks about, when it names one ("iuran jp tahun 2024"). */
function capPeriodOf(t: string): { capPeriod?: { year: number; month?: number; written?: string } } {
  // "desember 2026 sampai maret 2027": from its first month
  const span = periodStart(t);
  if (span) return { capPeriod: span };
  const named = MONTH_YEAR.exec(t);
  if (named) return { capPeriod: { year: Number(named[2]), month: monthNumber(named[1]!), written: `${named[1]} ${named[2]}` } };
  const year = YEAR_ALONE.exec(t);
  return year ? { capPeriod: { year: Number(year[1]) } } : {};
}

/** Whose monthly income is asked for: a reply with just the amount completes it. */
export function pendingIncome(t: string): CalculationRequest | undefined {
  if (has(t, INFORMAL)) return { kind: "bpu", income: 0 };
  return has(t, WAGE) ? { kind: "wage", wage: 0, riskClass: riskClassOf(t) } : undefined;
}

/** "gaji 4,5jt + tunjangan 500rb": the wage base is basic pay plus fixed allowances. */
function wageWithAllowance(t: string, amounts: number[], perDay: boolean | undefined): CalculationRequest | null {
  if (amounts.length !== 2 || perDay || has(t, VARIABLE_PAY)) return null;
  const [wage, allowance] = amounts as [number, number];
  return { kind: "wage", wage: wage + allowance, allowance, riskClass: riskClassOf(t) };
}

/** A head count of employees alone ("10 karyawan"), undefined when none or one. */
export function employeeCount(t: string): number | undefined {
  const count = EMPLOYEE_COUNT.exec(t);
  const n = count ? (/^\d+$/.test(count[1]!) ? Number(count[1]) : numberWordValue(count[1]!)!) : 0;
  return n > 1 ? n : undefined;
}
