/**
 * Questions that already carry the numbers a calculation needs
 * ("penghasilan sy 3 jt iuran bpu brp", "gaji 8 juta potongan bpjs tk brp",
 * "50 org 6 bulan total iuran brp", "jkp dapat brp kalau gaji 7 jt") are
 * answered with figures at once. This decides which calculation, if any, or
 * which figure to ask for when one is missing or cannot be read.
 */
import { cleanText } from "../knowledge/normalize";
import { extractAmountMatches, extractAmounts, parseRupiah, type AmountMatch } from "./money";
import { FULL_MONTH, monthNumber, namesFiscalYear, NUMBER_WORD, numberWordValue, readPeriod, withoutPeriods, type PeriodReading } from "./period";
import { isGenericOffice, isSingleOffice, officeTitlesIn, OFFICE_TITLES, readPeople, VULNERABLE_WORDS, WORKER_WORDS, withSlashedTitlesJoined, withTitleFirstCounts, withoutWriter, type PeopleReading } from "./people";
import { OFFICIAL_EXTRA_PROGRAMS, PMI_CONTRACT_MONTHS, type OfficialExtraProgram, type PmiContractMonths, type OfficialGroup, type RiskClass } from "./calculators";

/** A figure the question needs but does not give in a form we can read. */
export type MissingFigure = "months" | "monthly_income" | "officials_count" | "people_count" | "official_income" | "income_per_title" | "risk_class" | "return_rate" | "several_wages" | "worker_kind";

export type CalculationRequest =
  | {
      kind: "bpu";
      income: number;
      perDay?: boolean;
      withJht?: boolean;
      jpAsked?: boolean;
      /** Several people on the same income ("kl 2 org?"): the totals are shown for all of them. */
      people?: number;
      /** Others of the household already computed ("kl istri sy jg ikut penghasilan 1jt"): their incomes, added to the total. */
      household?: number[];
    }
  | {
      kind: "wage";
      wage: number;
      perDay?: boolean;
      riskClass?: RiskClass;
      allowance?: number;
      /** Several employees on the same wage ("10 karyawan gaji 6 jt"): the totals are shown for all of them. */
      employees?: number;
      /** A period asked for ("kalau 6 bulan?"): the totals are shown for it. */
      months?: number;
      /** "what does the company pay?": the employer's share said first; "and JP?": the JP lines said first. */
      focus?: "employer" | "jp";
      /** "iuran jp tahun 2024", "bulan februari 2026": the month whose JP wage cap applies (year, month 1-12). */
      capPeriod?: { year: number; month?: number; written?: string };
      /** "tp umk 4,8 jt": the regional minimum wage the question gives; the base is never below it. */
      minimumWage?: number;
      /** A domestic worker (ART, PRT): the household employing them need not be a firm that must join JP. */
      household?: boolean;
    }
  | { kind: "group"; people: number; months: number; withJht?: boolean; jpAsked?: boolean }
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
  | { kind: "coverage"; budget: number; months: number; withJht?: boolean; officialIncome?: number; paidFirst?: OfficialGroup[]; extraPrograms?: OfficialExtraProgram[]; jpAsked?: boolean }
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
  | { kind: "jkk_death"; wage: number }
  /** Permanent total disability from work (JKK): a multiple of the wage. */
  | { kind: "jkk_disability"; wage: number }
  /** Death not caused by work (JKM): the same payment whatever the wage written. */
  | { kind: "jkm_death"; wage: number }
  /** Pay while unable to work after a work accident (STMB), for the months written if any. */
  | { kind: "stmb"; wage: number; months?: number; perDay?: boolean }
  /** The JP old-age pension for the years of contributions and the average wage written. */
  | { kind: "jp_benefit"; wage: number; years: number }
  /** The final tax on a JHT balance paid at once. */
  | { kind: "jht_tax"; balance: number }
  /** The partial JHT withdrawal (its percent of the balance) while still employed. */
  | { kind: "jht_partial"; balance: number; purpose: "retirement" | "housing" }
  /**
   * A migrant worker's JKK + JKM: for the contract length asked (6, 12 or 24 months, as the table prices
   * them; else all three shown, `unpriced` the months written), and an extension of some months.
   */
  | { kind: "pmi"; months?: PmiContractMonths; extension?: number; unpriced?: number }
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
};

const has = (text: string, pattern: RegExp) => pattern.test(text);

const ASKS_AMOUNT = /\b(brp|berapa|berape|brapa|hitung|total|how much|jumlah|besaran|potong|potongan|bayar|dapat|dapet|iuran|premi|deduct\w*|contributions?)\b/;
const INFORMAL = /\b(bpu|mandiri|informal|ojol|ojek|driver|pedagang|dagang|petani|nelayan|freelance\w*|penghasilan|pendapatan|income|usaha|selling|self employed|vendor)\b/;
const WAGE = /\b(gaji|upah|salary|wage|karyawan|pegawai|potongan|dipotong|boss|employer|employees?|staff|company|perusahaan|deduct\w*)\b/;
/** "10 karyawan", "25 employees", "sepuluh pegawai": a head count of employees on the same wage. */
const EMPLOYEE_COUNT = new RegExp(String.raw`\b(\d{1,5}|${NUMBER_WORD})\s+(?:orang\s+|org\s+)?(?:karyawan\w*|pegawai|employees?|staff|staf(?!\s+desa))\b`);

/**
 * Construction projects (Jakon) are paid by the contractor on the project's value, and a
 * construction labourer is usually covered that way; THR is no monthly wage. The knowledge answers these.
 */
const NOT_OURS = /\b(jakon|konstruksi|proyek|kontraktor|thr|tunjangan hari raya)\b|\b(kuli|tukang|buruh|pekerja) (bangunan|batu)\b/;
/** What someone receives: a benefit, not a contribution. JKK death and JKP are computed before this is checked. */
const RECEIVES_BENEFIT = /\b(cacat|meninggal|wafat|santunan|manfaat|klaim|cair|dicairkan|pencairan|pesangon|ahli waris|beasiswa|stmb|sakit)\b|\b(ga|gak|gk|tidak|tdk|nggak|ngga|enggak) bisa kerja\b/;
const RECEIVES = /\b(dapat|dapet|dpt|terima|nerima|cair|dicairkan|manfaat|saldo|pensiunnya|receive|get)\b/;
const PAYS = /\b(iuran|potong|potongan|dipotong|bayar|premi|pay|contributions?|premium|deduct\w*)\b/;
const RESIGNED = /\b(resign\w*|resgin|mengundurkan diri|undur diri|ngundurin diri|berhenti sendiri|keluar sendiri|quit|quitting)\b/;

/** The work-risk class named in the question, most specific first ("sangat tinggi" before "tinggi"). */
/** "risiko", "risk class is", "kelas risikonya": the words before a risk class's name. */
const RISK_LEAD = String.raw`\b(?:(?:kelas|tingkat)\s+)?(?:risiko|resiko|risk)(?:nya)?(?:\s+(?:class|kelas|level|category|tingkat)(?:nya)?)?(?:\s+(?:is|was|nya))?`;
const riskWords = (name: string) => new RegExp(String.raw`${RISK_LEAD}\s+(?:${name})\b`);
const RISK_WORDS: [RegExp, RiskClass][] = [
  [riskWords("sangat tinggi|very high"), "very_high"],
  [riskWords("sangat rendah|very low"), "very_low"],
  [new RegExp(String.raw`${riskWords("tinggi|high").source}|\bhigh risk\b`), "high"],
  [new RegExp(String.raw`${riskWords("sedang|medium").source}|\bmedium risk\b`), "medium"],
  [new RegExp(String.raw`${riskWords("rendah|low").source}|\blow risk\b`), "low"],
];
/**
 * A workplace named in a follow-up to a wage result ("kalau kerjanya di pabrik kimia?"): its
 * risk class is not something the bot can tell from a name, so it asks which class it is.
 */
const NAMES_WORKPLACE = /\b(kerja|kerjanya|bekerja|tempat kerja|pabrik|tambang|gudang|kebun|pelabuhan|bengkel|workplace|factory|mine)\b/;
/**
 * A question about what one receives from JHT or JP ("pensiun jp dapat brp kalau gaji 6 jt",
 * "gaji 5jt resign jht sy brp"): the wage in it is not asking for a contribution table, and the
 * knowledge has the formula.
 */
const ASKS_JHT_JP_BENEFIT = /\b(jht|jp|pensiun\w*|pension|hari tua)\b/;
const RECEIVES_JHT_JP = /\b(pensiun|pensiunan|bulanan|pension)\b/;
/** What a group's contribution question asks for: a cost, not something received. */
const GROUP_COST = /\b(iuran\w*|bayar\w*|biaya\w*|premi|total|hitung\w*|anggar\w*|ongkos)\b/;
/** A head count of one's family is not a group to insure ("anak sy 3 org"). */
const FAMILY = /\b(anak|istri|suami|keluarga|ortu|orang tua)\b/;
/** "anggaran 10 juta cukup utk brp org", "cukup buat berapa petani": how many people a budget covers. */
const HOW_MANY_PEOPLE = new RegExp(String.raw`\b(?:brp|berapa|how many)\s+(?:orang\s+)?(${OFFICE_TITLES}|${WORKER_WORDS})\b`);
const COVERS = /\b(cukup|enough|bisa (untuk|utk|buat|menanggung|cover))\b/;
/** Words that make an amount a budget to spend rather than someone's income. */
const BUDGET_WORD = /^(anggaran\w*|pagu|dana|dananya|budget|alokasi\w*|uang|punya|sebesar|modal|apbdes)$/;
/** Words that make an amount someone's monthly income. */
const INCOME_WORD = /^(siltap|gaji|upah|penghasilan|honor\w*|insentif|tunjangan|income|salary)$/;
/** A head count asked for: "berapa orang" right after the budget names the people it is for. */
const GENERIC_PEOPLE = /^(orang|org|orng|peserta|jiwa|people)$/;

/** Below this a monthly amount is not an income or a wage but a contribution quoted back (Rp16.800, Rp6.800). */
export const MIN_MONTHLY_INCOME = 100_000;

/** Tax on a payout or a balance held ("jht saya 20 juta dipotong pajak berapa"): the amount is not a wage. */
const ABOUT_TAX_OR_BALANCE = /\b(pajak|pph|tax|saldo|balance)\b/;

const VILLAGE = /\b(desa|apbdes|dana desa|dd|rentan|siltap)\b/;
/** JHT named for vulnerable workers or officials. */
const JHT_NAMED = /\bjht\b|\bhari tua\b/;
/** "paket 16800", "bpu 16800": the amount is the BPU package price, the people are on that package. */
const PACKAGE = /\b(paket|bpu)\b/;
/** Offices paid an honor rather than a siltap: the knowledge gives the siltap basis for officials only. */
const NOT_SILTAP = /\b(kader\w*|linmas|honor\w*|insentif)\b/;
/** With no siltap named, a tunjangan (BPD, RT) is no siltap either. */
const HONOR_ONLY = /\b(kader\w*|linmas|honor\w*|insentif|tunjangan)\b/;
/** Offices paid an honor or insentif, never a siltap (RT/RW heads, Linmas, kader): named alone, they are on the BPU package. */
const HONOR_TITLES = new Set(["rt", "rw", "linmas", "kader"]);
const onlyTitles = (t: string, pick: (title: string) => boolean) => {
  const titles = officeTitlesIn(t);
  return titles.length > 0 && titles.every(pick);
};
/**
 * BPD members are in the village-government scheme with the officials (village.bpd_scheme): their
 * fixed tunjangan is priced as a siltap, not on the BPU package.
 */
export const isBpdGroup = (g: OfficialGroup) => !!g.titles?.length && g.titles.every((x) => x === "bpd");
/** An honor, insentif or tunjangan and no siltap, or only honor-paid offices named: those people go on the BPU package. */
function paidHonorOnly(t: string): boolean {
  if (has(t, /\bsiltap\b/) || onlyTitles(t, (x) => x === "bpd")) return false;
  return has(t, HONOR_ONLY) || onlyTitles(t, (x) => HONOR_TITLES.has(x));
}

/** An amount as cleanText leaves it ("36 jt", "rp 700.000", "2.5 juta"). */
const AMOUNT = String.raw`(?:rp\s*\d[\d.]*|\d[\d.]*\s*(?:rb|ribu|rebu|k|jt|juta|jeti|million|thousand)\b|\d{1,3}(?:\.\d{3})+|\d{4,})`;
/** An amount earned per day ("150rb sehari", "150rb/hari"): the calculation needs it per month. */
const PER_DAY = /\b(sehari|perhari|harian|a day|per day|daily|per hari|tiap hari)\b|\b(rb|ribu|k|jt|juta)\s+hari\b/;
const YEARLY = "setahun|per ?tahun|tiap tahun|tahunan|a year|per year|yearly|annual|annually";
/**
 * An amount per week, per year, per harvest or per trip at sea: no rule turns these into a month,
 * so they are not computed. A year only right next to the amount — "iuran bpu setahun brp" is a period.
 */
const OTHER_INCOME_PERIOD = [
  /\b(seminggu|sepekan|per ?minggu|tiap minggu|mingguan|per ?pekan|a week|per week|weekly)\b/,
  new RegExp(String.raw`${AMOUNT}\s+(?:${YEARLY}|tahun|thn|th)\b(?!\s*\d)`),
  new RegExp(String.raw`(?<!\b(?:iuran|bayar|premi|potongan|biaya)\s)\b(?:${YEARLY})\s+(?:sekitar\s+|kira kira\s+|rata rata\s+)?${AMOUNT}`),
  /\b\d+\s*(bulan|bln|minggu)\s+sekali\b|\b(per|tiap|setiap|sekali|hasil)\s+panen\b|\bpanen\b.*\bsekali\b|\bper\s+\d+\s*(bulan|bln)\b|\b(per ?musim|semusim)\b/,
  /\b(per|tiap|setiap|sekali|sekali2)\s+(melaut|berlayar|narik|trip|jalan|angkut)\b/,
];

const EARNS = /\b(penghasilan|pendapatan|gaji|upah|hasil|omzet|omset|untung|panen|income|salary|wage|earn\w*|dapat|dapet|dpt)\b/;

/** Fixed allowances count in the wage base; variable pay is not confirmed to, so such questions are not computed. */
const ALLOWANCE = /\btunjangan\b/;
const VARIABLE_PAY = /\b(tidak tetap|tdk tetap|gak tetap|transport\w*|makan|lembur|bonus|insentif|kehadiran|variabel)\b/;

/** Informal workers (BPU), app drivers among them: they cannot join JKP. "penghasilan"/"usaha" alone do not say so. */
const INFORMAL_WORKER = /\b(bpu|bukan penerima upah|ojol|ojek|(?:driver|mitra|kurir) (?:online|ol|gojek|grab|maxim|indrive|indriver|shopee\w*|lalamove|aplikasi)|gocar|goride|grabcar|grabbike|aplikator|informal|pedagang|petani|nelayan|freelance\w*|freelancer|self employed|gig worker)\b/;
/** A fixed-term contract that ended ("kontrak sy habis gk diperpanjang", "contract ended"). */
const CONTRACT_ENDED = /\b(kontrak\w*|pkwt|contract)\b.*\b(habis|abis|selesai|berakhir|ended?|expired?|ga diperpanjang|gk diperpanjang|gak diperpanjang|tidak diperpanjang|tdk diperpanjang|not renewed)\b/;
/** The contract cut short: a layoff JKP may cover, so not "ended". */
const CONTRACT_CUT_SHORT = /\b(sebelum|sblm|belum|blm|tengah|diputus|before|early)\b/;
/** Words for being laid off, where the time since it is read. */
const LAID_OFF = String.raw`(?:phk|diphk|dipecat|diberhentikan|laid off)`;
/** A count of months or years: digits, a number word, or "se" ("setahun", "sebulan"). */
const SINCE_COUNT = String.raw`(?:(\d{1,2}|${NUMBER_WORD})\s*|se)`;
const SINCE_UNIT = "bulan|bln|tahun|thn|th|months?|years?";
/** "di phk 8 bulan lalu", "phk setahun lalu", "udh delapan bulan di phk", "laid off 8 months ago": how long since the layoff. */
const SINCE_LAYOFF = [
  new RegExp(String.raw`\b${LAID_OFF}\b.*?\b${SINCE_COUNT}(${SINCE_UNIT})\s+(?:yang |yg )?(?:lalu|kemarin|kmrn|ago)\b`),
  new RegExp(String.raw`\b(?:udah|udh|sudah|sdh|sejak)\s+${SINCE_COUNT}(${SINCE_UNIT})\s+(?:yang lalu\s+|yg lalu\s+)?(?:di ?phk|dipecat|nganggur|menganggur)\b`),
];
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
const JKP_WITH_WAGE = /\b(jkp|jaminan kehilangan pekerjaan)\b.*\b(gaji\w*|upah\w*|salary|wage)\b|\b(gaji\w*|upah\w*|salary|wage)\b.*\bjkp\b/;

/** How long someone has paid ("baru kerja 8 bulan", "masa iuran 2 tahun"): JKP needs a minimum. */
const MONTHS_PAID = /\b(?:kerja|bekerja|iuran|masa kerja|masa iuran|baru)\s+(?:baru\s+)?(?:selama\s+)?(\d{1,3})\s*(bulan|bln|tahun|thn|th)\b/;
/** "kecelakaan kerja", or an accident on duty ("kecelakaan motor saat tugas"). */
const WORK_ACCIDENT = /kecelakaan kerja|\bjkk\b|\bkecelakaan\b.*\b(saat|waktu|pas|ketika|sedang) (tugas|bertugas|kerja|bekerja|dinas)\b|\b(work|workplace|occupational|industrial) (related )?accident\b|\baccident (at|on the|during|while at) (work|job|duty)\b/;
/** Permanent total disability ("cacat total tetap", "permanent total disability"). */
const TOTAL_DISABILITY = /\bcacat total\b|\bcacat tetap total\b|\b(?:permanent(?:ly)? )?total(?:ly)? (?:permanent(?:ly)? )?disab\w*/;
/** A death not caused by work: illness, natural causes, "bukan karena kerja". */
const ORDINARY_DEATH = /\b(sakit|penyakit|alami|wajar|biasa|illness|sick|natural|natural causes)\b|\bbukan (?:karena|krn|akibat) (?:kecelakaan )?kerja\b|\bnot (?:from|at|because of) work\b/;
/** An occupational disease is a JKK case, not JKM. */
const OCCUPATIONAL_DISEASE = /\bpenyakit akibat kerja\b|\bpak\b|\boccupational\b/;

/** Death in a work accident, in either language. */
const DIED = /meninggal|wafat|death|mati|\b(died|dies|dead|killed|passed away)\b/;

/**
 * "Rp 2.100.000,00", "2,100,000.00": zero cents as financial documents write them. Taken off before
 * cleanText, which would turn the decimal comma into one more thousands dot.
 */
function withoutCents(text: string): string {
  return text.replace(/(\d{1,3}(?:\.\d{3})+),00?\b/g, "$1").replace(/(\d{1,3}(?:,\d{3})+)\.00?\b/g, "$1");
}

/** "rata2", "masing2": the 2 repeats the word, it is no count. */
function withoutReduplication(text: string): string {
  return text.replace(/\b(rata|kira|masing|orang|bapak|ibu|warga|pekerja|perangkat|aparat|petani|nelayan)2(?![\d.,])/gi, "$1");
}

/** Number words that build an amount ("dua juta lima ratus ribu", "seratus lima puluh ribu"). */
const UNIT_WORDS: Record<string, number> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, seratus: 100,
};
const SCALE_WORDS: Record<string, number> = { ribu: 1_000, rb: 1_000, seribu: 1_000, juta: 1_000_000, jt: 1_000_000, sejuta: 1_000_000 };
/** "setengah tahun" is six months, not half of the amount before it ("siltap 2 jt setengah tahun"). */
const HALF = String.raw`setengah(?!\s+(?:tahun|thn|th|bulan|bln)\b)`;
const NUMERAL = `${Object.keys(UNIT_WORDS).join("|")}|belas|puluh|ratus|${HALF}`;
const SCALE = Object.keys(SCALE_WORDS).join("|");
/** One amount in words, a leading digit allowed ("2 juta lima ratus ribu"); compiled once, this runs on every question. */
const WORDS_AMOUNT = new RegExp(String.raw`\b(?:\d{1,3}\s+)?(?:${NUMERAL}|${SCALE})(?:\s+(?:${NUMERAL}|${SCALE}|\d{1,3}(?=\s+(?:${NUMERAL}|${SCALE})\b)))*\b`, "gi");
/** A token written as a word, not digits or a unit alone. */
const IN_WORDS = new RegExp(`^(?:${NUMERAL}|seribu|sejuta)$`);
/** Where Indonesian thousands dots go: "2.500.000", never a year-like "2050". */
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;
/** A trailing number that counts people or months ("dua juta lima bulan"): not part of the amount. */
const COUNTED_AFTER = /^\s*(?:orang|org|orng|bulan|bln|tahun|thn|hari|minggu|kali|x)\b/i;

/**
 * The value of number-word tokens, or undefined when they do not make one amount. A group left
 * after the last scale is the next scale down, as "2 jt 500" is read (money.ts).
 */
function wordAmountValue(tokens: string[]): number | undefined {
  let total = 0;
  let group = 0;
  let last = 0;
  let lastScale = Infinity;
  for (const [i, tok] of tokens.entries()) {
    const scale = SCALE_WORDS[tok];
    if (/^\d+$/.test(tok) || UNIT_WORDS[tok] !== undefined) {
      last = /^\d+$/.test(tok) ? Number(tok) : UNIT_WORDS[tok]!;
      group += last;
    } else if (tok === "belas" || tok === "puluh" || tok === "ratus") {
      if (last < 1 || last > 9) return undefined;
      group += tok === "belas" ? 10 : last * (tok === "puluh" ? 9 : 99);
      last = 0;
    } else if (tok === "setengah") {
      // "dua setengah juta", "setengah juta": half of the scale that follows; "dua juta setengah": of the one before
      if (SCALE_WORDS[tokens[i + 1] ?? ""] !== undefined) group += 0.5;
      else if (lastScale !== Infinity && group === 0) total += lastScale / 2;
      else return undefined;
    } else if (scale !== undefined) {
      if (scale >= lastScale) return undefined;
      if (tok.startsWith("se") && group) return undefined;
      total += (group || 1) * scale;
      group = 0;
      last = 0;
      lastScale = scale;
    }
  }
  if (lastScale === Infinity) return undefined;
  return total + group * (lastScale / 1000);
}

/** English number words in an amount, as the Indonesian words the reader below knows. */
const ENGLISH_NUMERALS: Record<string, string> = {
  one: "satu", a: "satu", two: "dua", three: "tiga", four: "empat", five: "lima", six: "enam", seven: "tujuh", eight: "delapan", nine: "sembilan",
  ten: "sepuluh", eleven: "sebelas", twelve: "dua belas", thirteen: "tiga belas", fourteen: "empat belas", fifteen: "lima belas", sixteen: "enam belas",
  seventeen: "tujuh belas", eighteen: "delapan belas", nineteen: "sembilan belas", twenty: "dua puluh", thirty: "tiga puluh", forty: "empat puluh",
  fifty: "lima puluh", sixty: "enam puluh", seventy: "tujuh puluh", eighty: "delapan puluh", ninety: "sembilan puluh", hundred: "ratus",
  half: "setengah", million: "juta", millions: "juta", thousand: "ribu", thousands: "ribu",
};
/** "ten million", "two and a half million", "one hundred fifty thousand": words ending in a scale. */
const ENGLISH_AMOUNT = new RegExp(String.raw`\b(?:(?:${Object.keys(ENGLISH_NUMERALS).join("|")}|and)\s+)+(?:millions?|thousands?)\b`, "gi");

function withEnglishAmountWords(text: string): string {
  return text.replace(ENGLISH_AMOUNT, (phrase) => {
    // "and a half": the half of what comes before, as "dua setengah juta"
    const words = phrase.toLowerCase().replace(/\band a half\b/g, "half").replace(/\bhalf a\b/g, "half").split(/\s+/).filter((w) => w !== "and");
    return words.map((w) => ENGLISH_NUMERALS[w] ?? w).join(" ");
  });
}

/** "dua juta lima ratus ribu", "2 juta setengah", "dua setengah juta", "ten million": amounts in words, in digits. */
function withNumberWords(text: string): string {
  return withEnglishAmountWords(text)
    .replace(WORDS_AMOUNT, (phrase: string, offset: number, whole: string) => {
      let tokens = phrase.toLowerCase().split(/\s+/);
      // only words make it ours: "2 juta" is read as it stands
      if (!tokens.some((w) => IN_WORDS.test(w))) return phrase;
      let kept = "";
      if (COUNTED_AFTER.test(whole.slice(offset + phrase.length))) {
        // "siltap dua juta lima bulan": the words after the last scale count the months
        const lastScale = tokens.findLastIndex((w) => SCALE_WORDS[w] !== undefined);
        kept = ` ${phrase.split(/\s+/).slice(lastScale + 1).join(" ")}`.trimEnd();
        tokens = tokens.slice(0, lastScale + 1);
      }
      const value = wordAmountValue(tokens);
      if (value === undefined || !Number.isInteger(value)) return phrase;
      return `${value % 1_000_000 === 0 ? `${value / 1_000_000} juta` : String(value).replace(THOUSANDS, ".")}${kept}`;
    })
    .replace(/\b(\d+)\s+setengah\s+(juta|jt)\b/gi, "$1,5 $2")
    .replace(new RegExp(String.raw`\b(\d+)\s*(juta|jt)\s+${HALF}`, "gi"), "$1,5 $2");
}

/**
 * English words for the village and group budgets, read as the Indonesian the readers know
 * ("10 village officials earning 2 million", "cost for 30 vulnerable workers", "budget 10
 * million covers how many"). The worker calculators read English themselves.
 */
const ENGLISH_BUDGET_WORDS: [RegExp, string][] = [
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

function withEnglishBudgetWords(text: string): string {
  const indonesian = ENGLISH_BUDGET_WORDS.reduce((t, [pattern, words]) => t.replace(pattern, words), text);
  return VILLAGE_OFFICIALS_NAMED.test(indonesian) ? indonesian.replace(...ENGLISH_SILTAP) : indonesian;
}

/** "bagian desa", "porsi perangkat": whose share of the contribution is asked. */
const SHARE_OF = /\b(?:bagian|porsi|tanggungan|beban)\s+(?:desa|pemdes|perangkat|aparat|pekerja|kades|sekdes)\b/g;
/** The split between the village and the official asked: a share named, or what is deducted from the siltap. */
const SHARE_ASKED = new RegExp(String.raw`${SHARE_OF.source}|\b(?:potong\w*|dipotong)\b(?:\s+\w+){0,4}?\s+(?:dr|dari)\s+siltap\w*\b|\b(?:potong\w*|dipotong)\s+siltap\w*\b`);

/** The shares asked of a village budget, or of the one waiting for a figure. */
function withSplit(request: CalculationRequest): CalculationRequest {
  if (request.kind === "village") return { ...request, split: true };
  if (request.kind === "ask" && request.pending?.kind === "village") return { ...request, pending: { ...request.pending, split: true } };
  return request;
}

/** "ikut 4 program": JKK, JKM, JHT and JP (the four a wage earner joins; JKP is not chosen). */
const FOUR_PROGRAMS = /\b(?:4|empat|four)\s+(?:program|programs|programnya)\b/g;

/** A migrant worker (PMI, TKI/TKW), in either language. */
const PMI_WORKER = /\b(pmi|cpmi|tki|tkw|pekerja migran|buruh migran|migrant workers?)\b/;
/** What a migrant worker's question asks about the contribution ("iuran brp", "how much is bpjs"). */
const PMI_COST = /\b(iuran\w*|biaya\w*|bayar\w*|premi|ongkos|contributions?|costs?|fees?)\b|\b(?:brp|berapa|how much)\b.*\b(?:bpjs\w*|jamsostek|bpjamsostek)\b|\b(?:bpjs\w*|jamsostek|bpjamsostek)\b.*\b(?:brp|berapa|how much)\b/;
/** A contract extended: the months written are the extension's. */
const EXTENDED = /\b(diperpanjang|perpanjang\w*|extend\w*|extension)\b/;

/**
 * "pmi ke taiwan 2 thn iuran brp": the migrant worker's JKK + JKM for the contract, or an extension.
 * JHT, benefits and claims are the knowledge's to answer.
 */
function pmiRequest(t: string): CalculationRequest | undefined {
  if (!has(t, PMI_COST) || has(t, JHT_NAMED) || has(t, RECEIVES_BENEFIT)) return undefined;
  return pmiWithPeriod({ kind: "pmi" }, t);
}

/** The months written read as the contract's (6, 12, 24) or, after "diperpanjang", as an extension. */
function pmiWithPeriod(previous: Extract<CalculationRequest, { kind: "pmi" }>, t: string): Extract<CalculationRequest, { kind: "pmi" }> {
  const period = readPeriod(t);
  if (period.kind !== "months") return previous;
  if (has(t, EXTENDED)) return { ...previous, extension: period.months };
  const { unpriced: _u, extension: _e, ...kept } = previous;
  const priced = PMI_CONTRACT_MONTHS.find((m) => m === period.months);
  return priced ? { ...kept, months: priced } : { kind: "pmi", unpriced: period.months };
}

/** An income or wage written with a minus ("gaji -5jt", "penghasilan sy: -3 juta"); a range ("gaji 2-3 jt") is none. */
const NEGATIVE_INCOME = /\b(?:penghasilan\w*|pendapatan\w*|gaji\w*|upah\w*|siltap\w*|honor\w*|income|salary|wage|omzet|omset)\b[^\d\n\-−–]{0,20}?[-−–]\s*\d/;
/** "gaji 0 iuran brp": an income or wage of nothing, which no contribution is computed on ("gaji 0,5 jt" is none). */
const ZERO_INCOME = /\b(?:penghasilan\w*|pendapatan\w*|gaji\w*|upah\w*|siltap\w*|honor\w*|income|salary|wage|omzet|omset)\b[^\d\n]{0,20}?(?:rp\.?\s*)?0+(?![\d.,]*\d)/;

/** Words for an amount's scale, as a range writes them once ("5-6 jt" is 5 jt to 6 jt). */
const RANGE_UNIT = String.raw`(?:rb|ribu|rebu|k|jt|juta|jeti|million|thousand)\b`;
/**
 * "gaji 5-6 jt", "penghasilan 2-3 juta", "income 2 to 3 million": a range of incomes or wages. The
 * contribution needs one figure, so neither end is taken for it (read on the text as typed: cleanText drops the dash).
 */
const RANGE_BODY = String.raw`(?:rp\.?\s*)?(\d[\d.,]*)\s*(${RANGE_UNIT})?\s*(?:[-−–]|s/d|sd|sampai|hingga|to)\s*(?:rp\.?\s*)?(\d[\d.,]*)\s*(${RANGE_UNIT})?`;
const INCOME_RANGE = new RegExp(String.raw`\b(?:penghasilan\w*|pendapatan\w*|gaji\w*|upah\w*|income|salary|wage|omzet|omset)\b[^\d\n]{0,20}?${RANGE_BODY}`);
/** "siltap 1,5-2 jt": a range of siltap, asked back as an income range is. */
const SILTAP_RANGE = new RegExp(String.raw`\b(?:siltap\w*|honor\w*|insentif|tunjangan\w*)\b[^\d\n]{0,20}?${RANGE_BODY}`);
/** A form's amount typed as a range ("1,5 - 2 jt"): the whole reply. */
const WHOLE_RANGE = new RegExp(String.raw`^\s*${RANGE_BODY}\s*$`);

/** Both ends of an income range, when they read as two different amounts. */
function incomeRange(raw: string, pattern: RegExp = INCOME_RANGE): [number, number] | undefined {
  const m = pattern.exec(raw);
  if (!m || (!m[2] && !m[4] && !/[.,]\d{3}/.test(m[1]! + m[3]!))) return undefined;
  const low = parseRupiah(`${m[1]} ${m[2] ?? m[4] ?? ""}`.trim());
  const high = parseRupiah(`${m[3]} ${m[4] ?? m[2] ?? ""}`.trim());
  if (!low.ok || !high.ok || low.value >= high.value || low.value < MIN_MONTHLY_INCOME) return undefined;
  return [low.value, high.value];
}

/** "kadang 1jt kadang 2jt", "antara 1 jt dan 2 jt": an income that varies, written as two amounts. */
const VARIES = /\b(kadang\w*|kdg|terkadang|antara|between|gk tentu|ga tentu|gak tentu|tidak tentu|tdk tentu|ngga tentu|nggak tentu)\b/;

/** Both ends of an income that varies ("gk tentu kadang 1jt kadang 2jt"), lowest first; undefined unless two different monthly amounts. */
function sometimesRange(plain: string): [number, number] | undefined {
  if (!VARIES.test(cleanText(plain))) return undefined;
  const amounts = extractAmounts(plain);
  if (amounts.length !== 2 || amounts[0] === amounts[1]) return undefined;
  const [low, high] = [Math.min(...amounts), Math.max(...amounts)];
  return low >= MIN_MONTHLY_INCOME ? [low, high] : undefined;
}

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
/** Village officials named, or their siltap: "perangkat desa", "kades", "siltap 2 jt". */
const isAboutOfficials = (t: string) => officeTitlesIn(t).length > 0 || has(t, /\bsiltap\w*\b/);
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

export function detectCalculation(text: string, now?: Date): CalculationRequest | null {
  // "rt/rw" kept as both words (read as one group all the same), so the RW heads are named too
  const plain = withNumberWords(withEnglishBudgetWords(withoutReduplication(withTitleFirstCounts(withSlashedTitlesJoined(withoutCents(withoutRolePrefix(text)).replace(/\brt\s*\/\s*rw\b/gi, "rt rw"))))));
  const cleaned = cleanText(plain);
  if (has(cleaned, NOT_OURS)) return null;
  // "bagian desa brp bagian perangkat brp": shares asked, not more people named after the siltap
  const split = has(cleaned, SHARE_ASKED);
  const t = cleaned.replace(SHARE_OF, " ").replace(FOUR_PROGRAMS, " jht jp ");
  // "iuran perangkat desa siltap 2jt dengan jkp brp": JKP adds nothing to what a village pays (APBN and a part
  // of JKK fund it), so the budget without it, its funding said beside; never a JKP payout for officials
  if (has(t, JKP_NAMED) && isAboutOfficials(t) && has(t, PAYS) && !has(t, RECEIVES) && !has(t, RECEIVES_BENEFIT)) {
    const without = detectCalculation(text.replace(JKP_WRITTEN, " "), now);
    return without ? withJkpAsked(without) : null;
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
  const benefit = (asks || has(t, /\b(santunan|benefit)\b/) || has(t, JKP_WITH_WAGE)) && amount ? benefitRequest(t, amount, now) : undefined;
  if (benefit) return benefit;
  if (amount && isCoverageQuestion(t) && !has(t, RECEIVES_BENEFIT)) return coverageRequest(t);
  if (has(t, RECEIVES_BENEFIT) || (has(t, RECEIVES) && !has(t, PAYS))) return null;
  const limit = amount && has(t, COVERS) ? budgetLimitRequest(t) : undefined;
  if (limit) return limit;
  const each = amount && has(t, EACH) ? eachVillageRequest(t) ?? sameEachVillage(t) : undefined;
  if (each?.kind === "villages" && has(t, VILLAGES_TOTAL)) return { ...each, combined: true };
  if (each) return each;
  // "10 karyawan gaji 4 jt, 2 org gaji 6 jt": employees on different wages, asked one wage at a time (no group package)
  if (has(t, WAGE) && !has(t, VILLAGE) && !has(t, ALLOWANCE) && employeeCount(t) !== undefined && new Set(amounts).size > 1 && readPeople(t).officials.length === 0) return ask("several_wages");
  // "5 org karyawan gaji 5jt", "20 pekerja pabrik upah 3,2 jt": a head count with their wage is employees, never the BPU package
  const staff = amount !== undefined && asks ? staffWithWage(t, amounts) : undefined;
  if (staff) return withMinimumWage(staff, minimum);
  const budget = budgetRequest(t, amount, asks);
  if (budget !== undefined) return split && budget ? withSplit(budget) : budget;
  // "sy sama suami mau daftar bpu brp total sebulan": two people on the cheapest package
  if (!amount && asks && has(t, /\bbpu\b|\bbukan penerima upah\b/) && has(t, COUPLE)) return { kind: "group", people: 2, months: 1 };
  // "10 karyawan gaji 6 jt": a head count of employees with their wage asks for their contributions
  const employeesWithWage = amount !== undefined && has(t, WAGE) && employeeCount(t) !== undefined && t.split(" ").length <= 8;
  if ((!asks && !employeesWithWage) || !amount) return null;
  return withMinimumWage(incomeRequest(t, amounts), minimum);
}

/** A fine asked ("dendanya brp", "penalty"), not a criminal one. */
const FINE_ASKED = /\b(denda\w*|penalty|penalti|late fee|fine)\b/;
/** "telat 2 bulan", "terlambat sebulan", "2 bulan telat", "late 2 months": how long a contribution is late. */
const LATE_MONTHS = [
  new RegExp(String.raw`\b(?:telat|terlambat|tlat|nunggak|menunggak|late)\s+(?:(?:bayar|byr|iuran\w*|selama|by)\s+){0,3}(?:(\d{1,2}|${NUMBER_WORD})\s*|se)(?:bulan|bln|months?)\b`),
  new RegExp(String.raw`\b(?:(\d{1,2}|${NUMBER_WORD})\s*|se)(?:bulan|bln|months?)\s+(?:telat|terlambat|tlat|nunggak|late)\b`),
];

function lateMonths(t: string): number | undefined {
  const m = LATE_MONTHS.map((re) => re.exec(t)).find(Boolean);
  if (!m) return undefined;
  const n = m[1] === undefined ? 1 : /^\d+$/.test(m[1]) ? Number(m[1]) : numberWordValue(m[1]);
  return n && n >= 1 && n <= 120 ? n : undefined;
}

/**
 * The employer's late fine on the contribution written ("iurannya 3 jt"). BPU participants pay no
 * fine: left to the knowledge answer, which says so. Undefined unless one amount is written.
 */
function lateFeeRequest(t: string, amounts: number[]): CalculationRequest | null | undefined {
  // a criminal fine, BPJS Kesehatan's or a tax's is no BPJS Ketenagakerjaan late fine
  if (has(t, /\b(pidana|kesehatan|jkn|kis|pajak|kendaraan|pbb)\b/) || amounts.length !== 1) return undefined;
  if (has(t, INFORMAL_WORKER)) return null;
  const months = lateMonths(t);
  // "gaji 5 jt, telat bayar 2 bulan dendanya brp": the amount is a wage, whose month's contribution is fined
  if (has(t, WAGE_WORD)) {
    const wage = forEmployees(t, { kind: "wage", wage: amounts[0]!, riskClass: riskClassOf(t) });
    if (wage?.kind !== "wage" || amounts[0]! < MIN_MONTHLY_INCOME) return undefined;
    const { months: _m, focus: _f, ...of } = wage;
    return { kind: "late_fee", of, ...(months ? { months } : {}) };
  }
  return { kind: "late_fee", contribution: amounts[0]!, ...(months ? { months } : {}) };
}

/** Wage words proper: a head count next to one of these is paid a wage. */
const WAGE_WORD = /\b(gaji\w*|upah\w*|salary|salaries|wages?)\b/;
/** Workers who are never a company's employees on a wage table: the informal and vulnerable. */
const NOT_STAFF = /\b(rentan|miskin|warga|masyarakat|buruh tani|peternak|pekebun|penggarap|pemulung|kk)\b/;

/**
 * "5 org karyawan gaji 5jt iuran brp", "karyawan sy 8 orang gaji 4jt", "20 pekerja pabrik upah 3,2 jt":
 * people counted with their wage are wage earners, each on the wage table, the totals for all of them.
 * Different wages ("3 org gaji 5jt, 2 org gaji 8jt") are asked one wage at a time. Undefined when no
 * head count stands beside a wage, or the people are village officials or informal workers.
 */
function staffWithWage(t: string, amounts: number[]): CalculationRequest | undefined {
  if (!has(t, WAGE_WORD) || has(t, VILLAGE) || has(t, INFORMAL_WORKER) || has(t, NOT_STAFF) || has(t, FAMILY) || has(t, ALLOWANCE) || has(t, PACKAGE)) return undefined;
  const people = readPeople(t);
  if (people.officials.length || !people.workers.length) return undefined;
  const wages = amounts.filter((a) => a >= MIN_MONTHLY_INCOME);
  if (!wages.length) return undefined;
  if (new Set(wages).size > 1 || people.workers.length > 1) return ask("several_wages");
  const employees = employeeCount(t) ?? sumOf(people.workers.map((w) => w.count));
  const request = forEmployees(t, { kind: "wage", wage: wages[0]!, perDay: has(t, PER_DAY) || undefined, riskClass: riskClassOf(t) });
  return request?.kind === "wage" ? { ...request, ...(employees > 1 ? { employees } : {}) } : undefined;
}

/** "sy sm istri", "suami dan saya", "berdua": a couple asking together. */
const COUPLE = /\b(?:sy|saya|aku|gw|gue)\s+(?:sm|sama|dan|dgn|dengan|and)\s+(?:istri|suami|pasangan|bini|laki)\b|\b(?:istri|suami|pasangan)\s+(?:(?:sy|saya|aku)\s+)?(?:sm|sama|dan|and)\s+(?:sy|saya|aku)\b|\bberdua\b|\b(?:my wife|my husband) and i\b/;

/** Words before an amount that make it the regional minimum wage ("umk 4,8 jt", "ump nya 5 juta"). */
const MINIMUM_WAGE_WORD = /^(umk|ump|umr|umsk|ump\w*|umk\w*|minimum)$/;

/** The regional minimum wage the question writes, read from the three words before an amount. */
function minimumWageIn(t: string): number | undefined {
  const found = amountsIn(t).find((a) => {
    const before = t.slice(0, a.index).trim().split(/\s+/).slice(-3);
    return before.some((w) => MINIMUM_WAGE_WORD.test(w)) && a.value >= MIN_MONTHLY_INCOME;
  });
  return found?.value;
}

/** The amounts without the minimum wage, unless it is the only one (then it is the wage asked about: "gaji sy umk 4,8 jt"). */
function withoutMinimumWage(amounts: number[], minimum: number | undefined): number[] {
  if (minimum === undefined) return amounts;
  const at = amounts.indexOf(minimum);
  return at < 0 || amounts.length === 1 ? amounts : amounts.filter((_a, i) => i !== at);
}

const withMinimumWage = (request: CalculationRequest | null, minimum: number | undefined): CalculationRequest | null =>
  request?.kind === "wage" && minimum !== undefined ? { ...request, minimumWage: minimum } : request;

/** "kerja 10 thn", "10 tahun lagi": how many years the JHT builds up; an age ("umur 40 tahun") is not. */
const JHT_YEARS = /(?<!\b(?:umur|usia|age|aged)\s)\b(\d{1,2})\s*(?:tahun|thn|th|years?)\b/;
/** The JHT balance asked for ("jht sy brp", "saldo jht nanti", "perkiraan jht"), not its contribution. */
const ASKS_JHT_BALANCE = /\b(jht|hari tua)\s+(sy|saya|aku|gw|gue|ku|nya)\b|\b(saldo|perkiraan|estimasi|kira kira|terkumpul|kumpul|nanti|balance)\b|\b(dapat|dapet|dpt|terima|cair)\b/;
/** A yearly return written in the question ("hasil 5%", "bunga 6 persen"). */
const RETURN_RATE = /\b(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|persen|percent)/;
/** The JHT illustration's years, as the form allows. */
const JHT_MAX_YEARS = 45;

/**
 * "jht sy brp kl gaji 5jt kerja 10 thn": what the JHT may build up to, not the monthly
 * deduction. The yearly return is no rule of ours: without one written it is asked for.
 */
function jhtRequest(t: string, wage: number, raw: string): CalculationRequest | undefined {
  if (!has(t, JHT_NAMED) || !has(t, ASKS_JHT_BALANCE) || has(t, RESIGNED) || has(t, PER_DAY) || wage < MIN_MONTHLY_INCOME) return undefined;
  // "potongan jht brp", "iuran jht": the contribution is asked, not the balance
  if (has(t, /\b(potong|potongan|dipotong|iuran|premi|bayar)\b/)) return undefined;
  const years = JHT_YEARS.exec(t);
  if (!years || Number(years[1]) < 1 || Number(years[1]) > JHT_MAX_YEARS) return undefined;
  const request = { kind: "jht" as const, wage, years: Number(years[1]), annualReturnPercent: 0 };
  // the "%" is read as typed: cleanText drops it
  const rate = returnRateOf(raw);
  return rate === undefined ? ask("return_rate", request) : { ...request, annualReturnPercent: rate };
}

/** A yearly return between 0 and 15%, as the form takes it. */
function returnRateOf(t: string): number | undefined {
  const m = RETURN_RATE.exec(t) ?? /^(\d{1,2}(?:[.,]\d{1,2})?)$/.exec(t.trim());
  const n = m ? Number(m[1]!.replace(",", ".")) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 15 ? Math.round(n * 100) / 100 : undefined;
}

function benefitRequest(t: string, amount: number, now?: Date): CalculationRequest | undefined {
  if (has(t, /\bjkp\b|kehilangan pekerjaan|\bphk\b.*\bdapat|job loss/)) {
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
      ...(has(t, RETIRING) && !has(t, new RegExp(String.raw`\b${LAID_OFF}\b|\bdi ?phk\b`)) ? { retired: true } : {}),
      ...(has(t, EMPLOYER_CLOSED) ? { employerClosed: true } : {}),
    };
  }
  if (has(t, WORK_ACCIDENT) && has(t, DIED)) return { kind: "jkk_death", wage: amount };
  // "gaji 4jt cacat total tetap santunannya brp": JKK's permanent total disability (JP's disability pension is the knowledge's)
  if (has(t, TOTAL_DISABILITY) && !has(t, JP_PENSION) && amount >= MIN_MONTHLY_INCOME) return { kind: "jkk_disability", wage: amount };
  // "gaji 5jt, meninggal krn sakit biasa keluarga dpt brp": JKM, whatever the wage
  if (has(t, DIED) && has(t, ORDINARY_DEATH) && !has(t, WORK_ACCIDENT) && !has(t, OCCUPATIONAL_DISEASE)) return { kind: "jkm_death", wage: amount };
  // "gaji 5jt kecelakaan kerja ga bs kerja 14 bln dpt brp": STMB, for the months written
  if ((has(t, WORK_ACCIDENT) && has(t, UNABLE_TO_WORK)) || has(t, /\bstmb\b/)) {
    const perDay = has(t, PER_DAY);
    if (!perDay && amount < MIN_MONTHLY_INCOME) return undefined;
    const period = readPeriod(t);
    const months = period.kind === "months" && period.months >= 1 && period.months <= 120 ? period.months : undefined;
    return { kind: "stmb", wage: amount, ...(months ? { months } : {}), ...(perDay ? { perDay } : {}) };
  }
  return undefined;
}

/** "ga bs kerja", "tidak bisa bekerja", "can't work": unable to work for a while. */
const UNABLE_TO_WORK = /\b(ga|gak|gk|g|tidak|tdk|nggak|ngga|enggak|belum|blm|blum)\s+(bisa|bs|mampu|dapat|dpt)\s+(kerja|bekerja|masuk kerja)\b|\b(can ?t|cannot|unable to|could not|couldn ?t) work\b|\btidak mampu bekerja\b/;

/** Tax named: "pajaknya brp", "kena pph ga". */
const TAX_NAMED = /\b(pajak\w*|pph\w*|tax\w*)\b/;
/** A JHT balance or its payout: "saldo jht", "saldo sy", "pencairan jht". */
const JHT_BALANCE = /\b(saldo\w*|jht|hari tua|balance)\b/;
/** Another program's payment named: its tax or share is not the JHT's. */
const OTHER_PAYOUT = /\b(jkm|jkk|jkp|jp|santunan|pesangon|pensiun\w*|gaji|upah)\b/;
/** A percent written ("10%", "30 persen"): read on the text as typed, cleanText drops the "%". */
const PERCENT_WRITTEN = /\b(\d{1,3})\s*(?:%|persen|percent)/;

/**
 * "saldo jht 60jt pajaknya brp": the tax on the balance paid at once; "saldo sy 80jt, 10% nya brp":
 * the partial withdrawal, when the percent is one the rules allow (10% retirement, 30% housing).
 */
function jhtBalanceRequest(t: string, amount: number, raw: string): CalculationRequest | undefined {
  if (!has(t, JHT_BALANCE) || has(t, OTHER_PAYOUT) || amount < MIN_MONTHLY_INCOME) return undefined;
  // "30% dari saldo 80 jt, pajaknya?": the partial withdrawal asked, whose tax is not the lump sum's (its result says so)
  const purpose = partialPurpose(raw);
  if (has(t, TAX_NAMED) && !purpose) return { kind: "jht_tax", balance: amount };
  return purpose ? { kind: "jht_partial", balance: amount, purpose } : undefined;
}

/** 10% is the retirement-preparation withdrawal, 30% the housing one; any other percent is neither. */
function partialPurpose(raw: string): "retirement" | "housing" | undefined {
  const pct = Number(PERCENT_WRITTEN.exec(raw)?.[1] ?? NaN);
  return pct === 10 ? "retirement" : pct === 30 ? "housing" : undefined;
}

/** JP or the pension named. */
const JP_PENSION = /\bjp\b|\bjaminan pensiun\b|\bpensiun\w*\b|\bpension\b/;
/** What the pension asks for: a monthly amount received, not a contribution. */
const ASKS_PENSION = /\b(pensiun\w*|sebulan|bulanan|per bulan|perbulan|dapat|dapet|dpt|terima|nerima|manfaat\w*|pension|monthly)\b/;
/** "iuran 20 thn", "masa iuran jp 12 thn", "bayar selama 15 tahun": how long one paid. */
const PAID_PERIOD = /\b(?:masa\s+)?(?:iuran|bayar)\s+(?:(?:jht|jp|bpjs)\s+)?(?:selama\s+)?\d+\s*(?:tahun|thn|th|bulan|bln)\b/g;
const PENSION_MAX_YEARS = 45;

/** "jp sy brp sebulan kl iuran 20 thn gaji 5jt": the pension for those years and that wage. */
function jpBenefitRequest(t: string, wage: number): CalculationRequest | undefined {
  if (!has(t, JP_PENSION) || has(t, JHT_NAMED) || has(t, PER_DAY) || wage < MIN_MONTHLY_INCOME) return undefined;
  const years = Number(JHT_YEARS.exec(t)?.[1] ?? 0);
  if (years < 1 || years > PENSION_MAX_YEARS) return undefined;
  // the contribution asked ("potongan jp brp gaji 5jt"): its words outside the paid period
  const rest = t.replace(PAID_PERIOD, " ");
  if (!has(rest, ASKS_PENSION) || has(rest, /\b(potong|potongan|dipotong|premi|bayar|iuran)\b/)) return undefined;
  return { kind: "jp_benefit", wage, years };
}

const isCoverageQuestion = (t: string) => has(t, HOW_MANY_PEOPLE) && (has(t, COVERS) || amountsIn(t).some((a) => isBudgetAmount(t, a)));

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

/** Amounts in cleaned text, with where they stand. */
const amountsIn = (t: string) => extractAmountMatches(t);

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
const isBudgetAmount = (t: string, a: AmountMatch) => markOf(t, a) === "budget";

/**
 * A budget and how many it covers: vulnerable workers, or officials on a siltap ("cukup untuk
 * berapa perangkat … siltap 2 jt"), after officials already paid from it when they are named.
 */
function coverageRequest(t: string): CalculationRequest {
  const amounts = amountsIn(t);
  const budget = amounts.find((a) => isBudgetAmount(t, a)) ?? amounts.find((a) => markOf(t, a) !== "income") ?? amounts[0]!;
  const others = amounts.filter((a) => a !== budget);
  const period = readPeriod(t);
  // "sy bendahara desa. anggaran … cukup utk brp petani": the writer is not paid from the budget first
  const people = readPeople(withoutWriter(t));
  const base = { kind: "coverage" as const, budget: budget.value, months: period.kind === "months" ? period.months : 12, ...(has(t, JHT_NAMED) ? { withJht: true } : {}) };
  const target = HOW_MANY_PEOPLE.exec(t)![1]!;
  // "anggaran 20 jt untuk perangkat desa … cukup berapa orang": the people asked for are those officials
  const forOfficials = new RegExp(String.raw`^(?:${OFFICE_TITLES})$`).test(target)
    || (GENERIC_PEOPLE.test(target) && people.officials.length > 0 && people.officials.every((c) => c === null));
  const incomes = others.filter((a) => a.value >= MIN_MONTHLY_INCOME);
  if (forOfficials) {
    const extraPrograms = namedExtraPrograms(t);
    const request: CalculationRequest = { kind: "coverage", budget: base.budget, months: base.months, officialIncome: incomes[0]?.value ?? 0, ...(extraPrograms.length ? { extraPrograms } : {}) };
    if (incomes.length > 1) return ask("income_per_title");
    if (!incomes.length) return ask("official_income", period.kind === "unreadable" ? undefined : request, others[0]?.raw);
    return period.kind === "unreadable" ? ask("months", { ...request, months: 0 }) : request;
  }
  if (people.officials.length === 0) return period.kind === "unreadable" ? ask("months", { ...base, months: 0 }) : base;
  // officials paid from the same budget first: each with its own siltap, or asked
  const groups = incomes.length ? pairIncomes(t, people, incomes) : "official_income";
  if (typeof groups === "string") return ask(groups);
  return period.kind === "unreadable" ? ask("months", { ...base, months: 0, paidFirst: groups }) : { ...base, paidFirst: groups };
}

const ask = (missing: MissingFigure, pending?: CalculationRequest, typed?: string): AskRequest => ({
  kind: "ask",
  missing,
  ...(pending ? { pending } : {}),
  ...(typed ? { typed } : {}),
});

const sumOf = (counts: number[]) => counts.reduce((n, c) => n + c, 0);

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
    return village && amount && people.strayNumbers && has(t, PAYS) ? ask("officials_count") : undefined;
  }
  if (has(t, FAMILY)) return null;
  const givesPeriod = period.kind !== "none";
  const anyAmount = amountsIn(t).length > 0;
  if (!has(t, GROUP_COST) && !givesPeriod && !(officialsNamed && anyAmount && asks) && !has(t, BARE_OFFICIAL_SILTAP)) return null;
  if (!village) return groupRequest(t, people, period);
  return villageRequest(t, people, period);
}

function groupRequest(t: string, people: PeopleReading, period: PeriodReading): CalculationRequest {
  const months = period.kind === "months" ? period.months : namesFiscalYear(t) ? 12 : 1;
  const request: CalculationRequest = { kind: "group", people: sumOf(people.workers.map((w) => w.count)), months, ...(has(t, JHT_NAMED) ? { withJht: true } : {}) };
  if (period.kind === "unreadable") return ask("months", people.strayNumbers ? undefined : { ...request, months: 0 });
  if (people.strayNumbers) return ask("people_count");
  return request;
}

/** "kades siltap 3jt", "sy sekdes siltap 2,2 jt": an official and their siltap, nothing else, is their own contribution asked. */
const BARE_OFFICIAL_SILTAP = new RegExp(String.raw`^(?:(?:sy|saya|aku)\s+)?(?:${OFFICE_TITLES})\s+(?:(?:sy|saya)\s+)?siltap\w*(?:\s+(?:sy|saya))?\s+${AMOUNT}$`);

/** Officials on their siltap and vulnerable workers on the cheapest package, or the one figure to ask for. */
function villageRequest(t: string, people: PeopleReading, period: PeriodReading): CalculationRequest | null {
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
    const request: CalculationRequest = {
      kind: "village",
      officials,
      vulnerable,
      // one official's own contribution is a monthly figure; a budget for several runs a year (said so)
      months: period.kind === "months" ? period.months : everyone === 1 ? 1 : 12,
      ...(period.kind === "none" && everyone > 1 && !namesFiscalYear(t) ? { assumedMonths: true } : {}),
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
    return workers ? finish([], workers) : null;
  }
  // officials' contributions follow their siltap: without it the siltap is asked for when a count
  // was written ("iuran 10 perangkat desa setahun"); "iuran kades brp" is the knowledge's to answer
  if (amounts.length === 0) return has(withoutPeriods(t), WRITTEN_COUNT) ? askOfficialIncome(t, people, workers, finish) : null;
  const incomes = amounts.filter((a) => a.value >= MIN_MONTHLY_INCOME);
  if (incomes.length === 0) return askOfficialIncome(t, people, workers, finish, amounts[0]!);
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
      const titles = honorTitlesOf([...groups.filter((_g, i) => honor[i]).flatMap((g) => g.titles ?? ["?"]), ...(tailHonor ? officeTitlesIn(tail) : [])], tail);
      return finish(groups.filter((_g, i) => !honor[i]), others + moved, { honorMoved: true, moved, ...(titles ? { titles } : {}) });
    }
    return finish(groups, others, { honorMoved: false });
  }
  const tailTitles = tailHonor ? honorTitlesOf(officeTitlesIn(tail), tail) : undefined;
  return tailHonor ? finish(groups, others + tailHonor, { honorMoved: true, moved: tailHonor, ...(tailTitles ? { titles: tailTitles } : {}) }) : finish(groups, others);
}

/** The offices of people paid an honor, when every one of them is an honor-paid office (RT/RW, Linmas, kader); else none. */
function honorTitlesOf(titles: string[], named = ""): string[] | undefined {
  if (!titles.length || !titles.every((x) => HONOR_TITLES.has(x))) return undefined;
  // "20 rt rw", "rt/rw": read as one group of "rt", both named
  const both = titles.includes("rt") && !titles.includes("rw") && RT_AND_RW.test(named);
  return [...new Set(both ? titles.flatMap((x) => (x === "rt" ? ["rt", "rw"] : [x])) : titles)];
}
const RT_AND_RW = /\brt\s+(?:(?:dan|serta|&|\+)\s+)?(?:ketua\s+)?rw\b/;

/** Honor-paid people added to those before: named by their offices only while everyone on that line is. */
function addedHonorTitles(previous: Extract<CalculationRequest, { kind: "village" }>, titles: string[] | undefined): string[] | undefined {
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
const EACH = /\b(masing|tiap desa|setiap desa|per desa|each)\b/;
/** "desa A", "desa Sukamaju": a village named, where its part of the question starts. */
const NAMED_VILLAGE = /\bdesa\s+(?!(?:kami|kita|sy|saya|ini|itu|yang|yg|dan|untuk|utk|di|ke|dari|dr|cuma|punya|sebesar|siltap|iuran|anggaran|desa)\b)([a-z][a-z0-9]*)\b/g;

/**
 * "desa A 5 perangkat siltap 2 jt, desa B 8 perangkat siltap 1,8 jt, iuran setahun masing2": each
 * village's budget from its own part of the question, the period shared. Undefined unless two or
 * more villages are named and each reads as a budget.
 */
function eachVillageRequest(t: string): CalculationRequest | undefined {
  const named = [...t.matchAll(NAMED_VILLAGE)];
  if (named.length < 2) return undefined;
  const period = readPeriod(t);
  if (period.kind === "unreadable") return undefined;
  const villages = named.flatMap((m, i) => {
    const part = t.slice(m.index! + m[0].length, named[i + 1]?.index ?? t.length);
    const budget = villageRequest(part, readPeople(part), period);
    const name = m[1]![0]!.toUpperCase() + m[1]!.slice(1);
    return budget?.kind === "village" && budget.officials.length + budget.vulnerable > 0 ? [{ name, budget }] : [];
  });
  return villages.length === named.length ? { kind: "villages", villages } : undefined;
}

/** "2 desa masing2 …", "3 desa tiap desa …": several villages, each with the figures that follow. */
const SAME_EACH = /\b(\d{1,2})\s+desa\s+(?:masing|tiap desa|setiap desa|each)\b/;

/**
 * "ada 2 desa masing2 15 perangkat siltap 2jt, brp total iuran setahun": one budget per village,
 * the same figures for each (each has its own APBDes). Undefined unless it reads as a village budget.
 */
function sameEachVillage(t: string): CalculationRequest | undefined {
  const m = SAME_EACH.exec(t);
  const n = m ? Number(m[1]) : 0;
  if (n < 2 || n > 20) return undefined;
  const rest = t.replace(SAME_EACH, " ").replace(/\b(?:kedua|ketiga|semua|seluruh)\s+desa\b/g, " ");
  const budget = villageRequest(rest, readPeople(rest), readPeriod(rest));
  if (budget?.kind !== "village" || budget.officials.length + budget.vulnerable === 0) return undefined;
  return { kind: "villages", villages: Array.from({ length: n }, (_v, i) => ({ name: String(i + 1), budget })) };
}

/** "brp total … utk kedua desa", "semua desa": the villages' total asked for. */
const VILLAGES_TOTAL = /\b(?:total\w*|kedua desa|ketiga desa|semua desa|seluruh desa|digabung|gabungan|both|all villages)\b/;

/** "desa kedua", "desa ke-2": which of several villages a follow-up changes. */
const NTH_VILLAGE = /\bdesa\s+(?:(pertama|kesatu)|(kedua)|(ketiga)|(keempat)|ke\s*(\d))\b/;

/** One of several villages with a new head count; anything else unclear is null. */
function villagesWithCount(previous: Extract<CalculationRequest, { kind: "villages" }>, nth: RegExpExecArray, t: string): CalculationRequest | null {
  const index = (nth[5] ? Number(nth[5]) : nth.slice(1, 5).findIndex(Boolean) + 1) - 1;
  const target = previous.villages[index];
  const rest = withCountFirst(t.replace(NTH_VILLAGE, " "));
  const changed = target ? headCount(rest) : undefined;
  const budget = target && changed ? villageWithCount(target.budget, changed, officeTitlesIn(rest)) : null;
  return budget?.kind === "village" ? { ...previous, villages: previous.villages.map((v, i) => (i === index ? { ...v, budget } : v)) } : null;
}

/** "cukup utk brp bulan": the months a budget lasts are asked, not given. */
const ASKS_MONTHS = /\b(?:brp|berapa|how many)\s+(?:bulan|bln|months?)\b/;

/**
 * "dana cuma 1jt, 10 perangkat siltap 2jt, cukup utk brp bulan?", "anggaran 3 juta setahun, 12
 * perangkat siltap 2jt, cukup ga?": a budget set against the village's contributions. Undefined
 * when no budget or nobody to pay for is named; a figure missing is asked as for the contributions.
 */
function budgetLimitRequest(t: string): CalculationRequest | undefined {
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
  finish: (officials: OfficialGroup[], vulnerable: number) => CalculationRequest,
  small?: AmountMatch,
): CalculationRequest {
  const counts = people.officials.every((c): c is number => c !== null) && !people.strayNumbers ? sumOf(people.officials as number[]) : undefined;
  if (counts !== undefined && has(t, PACKAGE)) return finish([], counts + workers);
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

/** One person's contribution from a monthly income (BPU) or wage (employees). */
function incomeRequest(t: string, amounts: number[]): CalculationRequest | null {
  const amount = amounts[0]!;
  if (has(t, ABOUT_TAX_OR_BALANCE)) return null;
  // "iuran 20 tahun", "iuran jp 15 thn" say how long one paid, not that the contribution is asked for
  const withoutPaidPeriod = t.replace(/\b(iuran|bayar)\s+(?:(?:jht|jp|bpjs)\s+)?(selama\s+)?\d+\s*(tahun|thn|th|bulan|bln)\b/g, " ");
  const receives = has(t, RECEIVES) || has(t, RESIGNED) || has(t, RECEIVES_JHT_JP);
  if (has(t, ASKS_JHT_JP_BENEFIT) && receives && !has(withoutPaidPeriod, PAYS)) return null;
  // "bayar bpu setahun 201.600": without an income word the amount is a contribution quoted back
  // "seminggu 500rb iuran bpu brp": a week's income is an income whatever word it comes with
  if (OTHER_INCOME_PERIOD.some((re) => re.test(t))) return has(t, EARNS) || (OTHER_INCOME_PERIOD[0]!.test(t) && has(t, INFORMAL)) ? ask("monthly_income", pendingIncome(t)) : null;
  const perDay = has(t, PER_DAY) || undefined;
  // "bpu 16800 dapat apa aja": an amount this small is a contribution someone quotes, not a monthly income
  if (!perDay && amount < MIN_MONTHLY_INCOME) return null;
  if (has(t, ALLOWANCE)) return forEmployees(t, wageWithAllowance(t, amounts, perDay));
  // "sy sm istri … penghasilan masing2 1 jt totalnya brp": two people on that income
  if (has(t, INFORMAL)) return { kind: "bpu", income: amount, perDay, ...(has(t, COUPLE) || (has(t, /\b(masing|each)\b/) && has(t, /\b(istri|suami|pasangan|wife|husband)\b/)) ? { people: 2 } : {}) };
  // "3 karyawan, gaji 4jt, 6jt, 9jt": one wage times the head count would be no one's bill; asked one wage at a time
  if (has(t, WAGE) && employeeCount(t) !== undefined && new Set(amounts).size > 1) return ask("several_wages");
  if (has(t, WAGE)) return forEmployees(t, { kind: "wage", wage: amount, perDay, riskClass: riskClassOf(t) });
  // "sy kuli harian sehari dpt 100rb iuran bpjs tk brp": an employee or self-employed, not said: asked with two buttons
  if ((has(t, KIND_UNKNOWN_WORKER) || EARNED_AMOUNT.test(t)) && has(t, PAYS)) return ask("worker_kind", { kind: "bpu", income: amount, ...(perDay ? { perDay } : {}) });
  return null;
}

/** Work that may be for an employer or on one's own ("kuli harian", "buruh", "serabutan"): which, is asked. */
const KIND_UNKNOWN_WORKER = /\b(kuli|buruh|pekerja harian|harian lepas|serabutan|kerja harian|day labou?rer|daily worker|casual worker|labou?rer)\b/;
/** An amount earned ("dpt 100 rb", "dapet 3 jt"), not a contribution paid. */
const EARNED_AMOUNT = new RegExp(String.raw`\b(?:dpt|dapat|dapet|hasil\w*|pendapatan\w*|nerima|terima|earn\w*)\s+(?:sekitar\s+|kira kira\s+|rata rata\s+)?${AMOUNT}`);

/** What "karyawan" or "mandiri" typed after the worker-kind question says the writer is. */
const TYPED_WAGE_EARNER = /\b(karyawan|pegawai|penerima upah|ada (?:bos|majikan|mandor|pemberi kerja)|ikut (?:orang|bos|perusahaan|mandor)|employee|(?<!self )employed)\b/;
const TYPED_SELF_EMPLOYED = /\b(bpu|bukan penerima upah|mandiri|informal|sendiri|usaha sendiri|kerja sendiri|self employed|freelance\w*)\b/;

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
const EMPLOYER_SHARE = /\b(perusahaan|pemberi kerja|kantor|company|employer|boss)\b.*\b(bayar\w*|nanggung|menanggung|tanggung\w*|pay|pays|paying|cover|covers)\b|\b(bagian|porsi|share|part)\s+(of\s+)?(perusahaan|pemberi kerja|company|employer)\b|\b(perusahaan|pemberi kerja|company|employer)( s)? (bagian|porsi|part|share|portion)\b/;
/** "how much does each employee pay?", "potongan karyawannya brp": the share deducted from the wage. */
const WORKER_SHARE = /\b(each|every|per|an?|the|does|do) (employee|worker|staff)s? (pay|pays|paid)\b|\b(employee|worker)s?( s)? (share|part|portion|deduction)\b|\b(potongan|dipotong|bagian) (pekerja|karyawan|pegawai)\w*\b/;

/**
 * The head count of employees on that wage and the period asked for: the table stays one
 * person's month, with the totals for all of them beside it, so one person's total is never the answer for N.
 */
function forEmployees(t: string, request: CalculationRequest | null): CalculationRequest | null {
  if (request?.kind !== "wage") return request;
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
  };
}

/** A domestic worker: ART, PRT, a private driver or a nanny, employed by a household. */
const HOUSEHOLD_WORKER = /\b(art|prt|pembantu\w*|asisten rumah tangga|pekerja rumah tangga|babysitter|baby sitter|pengasuh|sopir pribadi|supir pribadi|housemaid|maid|domestic worker|nanny)\b/;
/** "bulan februari 2026", "maret 2027", "in march 2025": a month and its year. */
const MONTH_YEAR = new RegExp(String.raw`\b${FULL_MONTH.source.slice(2, -2)}\s+((?:19|20)\d\d)\b`);
/** "tahun 2024", "thn 2025", "for 2024", "in 2024": a year alone. */
const YEAR_ALONE = /\b(?:tahun|thn|th|year|in|for)\s+((?:19|20)\d\d)\b/;

/** The month whose JP wage cap a question asks about, when it names one ("iuran jp tahun 2024"). */
function capPeriodOf(t: string): { capPeriod?: { year: number; month?: number; written?: string } } {
  const named = MONTH_YEAR.exec(t);
  if (named) return { capPeriod: { year: Number(named[2]), month: monthNumber(named[1]!), written: `${named[1]} ${named[2]}` } };
  const year = YEAR_ALONE.exec(t);
  return year ? { capPeriod: { year: Number(year[1]) } } : {};
}

/** Whose monthly income is asked for: a reply with just the amount completes it. */
function pendingIncome(t: string): CalculationRequest | undefined {
  if (has(t, INFORMAL)) return { kind: "bpu", income: 0 };
  return has(t, WAGE) ? { kind: "wage", wage: 0, riskClass: riskClassOf(t) } : undefined;
}

/** "gaji 4,5jt + tunjangan 500rb": the wage base is basic pay plus fixed allowances. */
function wageWithAllowance(t: string, amounts: number[], perDay: boolean | undefined): CalculationRequest | null {
  if (amounts.length !== 2 || perDay || has(t, VARIABLE_PAY)) return null;
  const [wage, allowance] = amounts as [number, number];
  return { kind: "wage", wage: wage + allowance, allowance, riskClass: riskClassOf(t) };
}

const riskClassOf = (t: string) => RISK_WORDS.find(([re]) => re.test(t))?.[1];

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
  if (!perDay && amounts[0]! < MIN_MONTHLY_INCOME) return { ok: false, reason: "too_small" };
  return { ok: true, amount: amounts[0]!, ...(perDay ? { perDay } : {}) };
}

/** How a follow-up to a result opens ("kalau 6 bulan?", "terus kalau 5jt?"). */
const POINTS_BACK = /^(kalau|kalo|klo|kl|kalau cuma|kalau hanya|terus|trus|lalu|gimana kalau|gmn kalau|bagaimana kalau|bagaimana jika|jika|if|what if|and if|and for|how much for|for|what about|how about|and what about|and)\b/;
/**
 * English words that carry nothing a follow-up changes ("what if the salary was 3 million", "what if
 * I earn 25 million"): taken off so the English is as short as its Indonesian ("kl gaji 3 jt").
 */
const ENGLISH_FILLER = /\b(the|is|was|were|are|be|would|will|my|our|his|her|their|i|we|he|she|it|earn|earns|earned|make|makes|instead)\b/g;
/** "kl pakai jht?", "tanpa jht": JHT added to or taken off the last budget. */
/** "tanpa jht", "without farmers": what a follow-up takes off. */
const WITHOUT = "tanpa|tidak pakai|tdk pakai|ga pakai|gak pakai|gk pakai|nggak pakai|ga pake|gak pake|gk pake|ora pake|ora pakai|tidak usah|tdk usah|ga usah|gak usah|gk usah|nggak usah|ngga usah|gausah|ndak usah|ora usah|without|no";
const WITHOUT_JHT = new RegExp(String.raw`\b(?:${WITHOUT})\s+(?:jht|hari tua)\b`);
/** "tanpa jp", "ga pakai jp": JP left out. */
const WITHOUT_JP = new RegExp(String.raw`\b(?:${WITHOUT})\s+(?:jp|pensiun|jaminan pensiun)\b`);
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
  if (previous.kind === "ask") return completeAsked(previous, text) ?? (isBareFigure(text) ? previous : null);
  // "insentif 250 rb" after people paid an honor were put on the BPU package: the honor changes nothing, the result stands
  const honor = previous.kind === "village" && previous.honorAsBpu && previous.officials.length === 0 ? bareMonthlyAmount(text) : undefined;
  if (previous.kind === "village" && honor !== undefined) return { ...previous, honor };
  // amounts in words read as in a new question: "dua setengah juta" is 2.500.000, not "setengah juta"
  const written = withNumberWords(text);
  const t = cleanText(withoutReduplication(written)).replace(ENGLISH_FILLER, " ").replace(/\s+/g, " ").trim();
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
  // "kl istri sy?" after a BPU result: she joins on her own income, which is asked and then added to the household's total
  if (previous.kind === "bpu" && noFigures && words.length <= MAX_FOLLOW_UP_WORDS && has(t, SPOUSE_OR_KIN) && !has(t, RECEIVES_BENEFIT) && !has(t, DIED) && previous.income > 0 && !previous.perDay) {
    const before = [...(previous.household ?? []), ...Array.from({ length: previous.people ?? 1 }, () => previous.income)];
    return ask("monthly_income", { kind: "bpu", income: 0, household: before, ...(previous.withJht ? { withJht: true } : {}) });
  }
  // a village budget (or the one a budget limit is set against): a group added, the BPU package, a budget year
  const villageBefore = previous.kind === "village" ? previous : previous.kind === "budget_limit" ? previous.village : undefined;
  const villageChanged = villageBefore && words.length <= MAX_FOLLOW_UP_WORDS + 3 ? villageChange(villageBefore, t, noFigures) : undefined;
  if (villageChanged && previous.kind === "budget_limit") return villageChanged.kind === "village" ? { ...previous, village: { ...villageChanged, months: 1 } } : villageChanged;
  if (villageChanged) return villageChanged;
  // "klo desa kedua cuma 12 perangkat": one village's head count
  const nth = previous.kind === "villages" && words.length <= MAX_FOLLOW_UP_WORDS + 3 ? NTH_VILLAGE.exec(t) : null;
  if (previous.kind === "villages" && nth) return villagesWithCount(previous, nth, t);
  // "bagian desa brp bagian perangkat brp", "yg dipotong dr siltap brp", "village share vs the officials share": the split of the result before
  if (previous.kind === "village" && previous.officials.length && words.length <= 12 && noFigures && has(t, SPLIT_FOLLOW_UP)) return { ...previous, split: true };
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
      return count ? villageWithCount(previous, count, officeTitlesIn(withCountFirst(t))) : null;
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
  const perDay = has(t, PER_DAY);
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
  if (who === "vulnerable" || (who === "plain" && previous.officials.length === 0)) return { ...previous, vulnerable: count };
  // "kadusnya jadi 8 org": the group named by that title alone takes the new count
  const own = who === "officials" && titles.length === 1 ? previous.officials.filter((g) => g.titles?.length === 1 && g.titles[0] === titles[0]) : [];
  if (own.length === 1) return { ...previous, officials: previous.officials.map((g) => (g === own[0] ? { ...g, count } : g)) };
  if (previous.officials.length === 1 && (who === "officials" || previous.vulnerable === 0)) return { ...previous, officials: [{ ...previous.officials[0]!, count }] };
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
  if (has(t, FOR_PERIOD) && has(t, BUDGET_YEAR) && !amountsIn(t.replace(/\b20\d\d\b/g, " ")).length && !headCount(t.replace(/\b20\d\d\b/g, " "))) {
    const period = readPeriod(t);
    const months = period.kind === "months" ? period.months : 12;
    const { assumedMonths: _m, ...rest } = previous;
    return { ...rest, months };
  }
  return undefined;
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

/** A head count of employees alone ("10 karyawan"), undefined when none or one. */
function employeeCount(t: string): number | undefined {
  const count = EMPLOYEE_COUNT.exec(t);
  const n = count ? (/^\d+$/.test(count[1]!) ? Number(count[1]) : numberWordValue(count[1]!)!) : 0;
  return n > 1 ? n : undefined;
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
    case "officials_count":
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
      const perDay = has(t, PER_DAY);
      if (!perDay && amounts[0]! < MIN_MONTHLY_INCOME) return null;
      return { ...asked, pending: { kind: "bpu", income: amounts[0]!, ...(perDay ? { perDay } : {}) } };
    }
    case "official_income":
    case "monthly_income": {
      const amount = parseRupiah(withNumberWords(text.trim().toLowerCase().replace(AMOUNT_LEAD, "")));
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

/** "tidak tahu", "gk tau", "lewati", "don't know": no risk class known, the lowest is assumed as the button says. */
const DONT_KNOW = /^(?:(?:sy|saya|aku)\s+)?(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|g|blm|belum)\s+(?:tahu|tau|tw|thu|yakin|ngerti)$|^(?:lewati|lewat|skip|ragu|entah|gatau|gktau|gatw|don t know|dont know|i don t know|not sure|unknown)$/;

/** A risk class typed at the form's risk step ("tinggi", "risiko sedang", "tidak tahu"): the class, "unknown", or undefined. */
export function readRiskReply(text: string): RiskClass | "unknown" | undefined {
  const t = cleanText(text);
  if (DONT_KNOW.test(t)) return "unknown";
  if (t.split(" ").length > 4) return undefined;
  return riskClassOf(/\b(risiko|resiko|risk)\b/.test(t) ? t : `risiko ${t}`);
}
