/** Words and small helpers the question readers share: who pays or receives, the risk class, the figure asked for. */
import { officeTitlesIn } from "./people";
import type { RiskClass } from "./calculators";
import type { AskRequest, CalculationRequest, MissingFigure } from "./question";

export const has = (text: string, pattern: RegExp) => pattern.test(text);
export const INFORMAL = /\b(bpu|mandiri|informal|ojol|ojek|driver|pedagang|dagang|petani|nelayan|freelance\w*|penghasilan|pendapatan|income|usaha|selling|self employed|vendor|fisherman|fishermen|farmer|farmers|trader|traders|hawker|street vendor)\b/;
export const WAGE = /\b(gaji|upah|salary|wage|karyawan|pegawai|potongan|dipotong|boss|employer|employees?|staff|company|perusahaan|deduct\w*|earner|earners)\b/;
/** What someone receives: a benefit, not a contribution. JKK death and JKP are computed before this is checked. */
export const RECEIVES_BENEFIT = /\b(cacat|meninggal|wafat|santunan|manfaat|klaim|cair|dicairkan|pencairan|pesangon|ahli waris|beasiswa|stmb|sakit)\b|\b(ga|gak|gk|tidak|tdk|nggak|ngga|enggak) bisa kerja\b/;
export const RECEIVES = /\b(dapat|dapet|dpt|terima|nerima|cair|dicairkan|manfaat|saldo|pensiunnya|receive|get)\b/;
export const PAYS = /\b(iuran|potong|potongan|dipotong|bayar|premi|pay|contributions?|premium|deduct\w*)\b/;
export const RESIGNED = /\b(resign\w*|resgin|mengundurkan diri|undur diri|ngundurin diri|berhenti sendiri|keluar sendiri|quit|quitting)\b/;

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
/** A head count of one's family is not a group to insure ("anak sy 3 org"). */
export const FAMILY = /\b(anak|istri|suami|keluarga|ortu|orang tua)\b/;

/** Below this a monthly amount is not an income or a wage but a contribution quoted back (Rp16.800, Rp6.800). */
export const MIN_MONTHLY_INCOME = 100_000;
/**
 * From this a day's pay is implausible (25 days of it would be Rp25 juta a month): "harian … 3 jt" is
 * asked back, a day or a month, never multiplied unasked. A reading check, no rule figure.
 */
export const DAILY_ASKED_FROM = 1_000_000;

export const VILLAGE = /\b(desa|apbdes|dana desa|dd|rentan|siltap)\b/;
/** JHT named for vulnerable workers or officials. */
export const JHT_NAMED = /\bjht\b|\bhari tua\b/;
/** "paket 16800", "bpu 16800": the amount is the BPU package price, the people are on that package. */
export const PACKAGE = /\b(paket|bpu)\b/;

/** Informal workers (BPU), app drivers among them: they cannot join JKP. "penghasilan"/"usaha" alone do not say so. */
export const INFORMAL_WORKER = /\b(bpu|bukan penerima upah|ojol|ojek|(?:driver|mitra|kurir) (?:online|ol|gojek|grab|maxim|indrive|indriver|shopee\w*|lalamove|aplikasi)|gocar|goride|grabcar|grabbike|aplikator|informal|pedagang|petani|nelayan|freelance\w*|freelancer|self employed|gig worker|fisherman|fishermen|farmer|farmers|trader|traders|hawker|street vendor)\b/;
/** Village officials named, or their siltap: "perangkat desa", "kades", "siltap 2 jt". */
export const isAboutOfficials = (t: string) => officeTitlesIn(t).length > 0 || has(t, /\bsiltap\w*\b/);

export const ask = (missing: MissingFigure, pending?: CalculationRequest, typed?: string): AskRequest => ({
  kind: "ask",
  missing,
  ...(pending ? { pending } : {}),
  ...(typed ? { typed } : {}),
});

export const sumOf = (counts: number[]) => counts.reduce((n, c) => n + c, 0);

export const riskClassOf = (t: string) => RISK_WORDS.find(([re]) => re.test(t))?.[1];
/** "kl pakai jht?", "tanpa jht": JHT added to or taken off the last budget. */
/** "tanpa jht", "without farmers": what a follow-up takes off. */
export const WITHOUT = "tanpa|tidak pakai|tdk pakai|ga pakai|gak pakai|gk pakai|nggak pakai|ga pake|gak pake|gk pake|ora pake|ora pakai|tidak usah|tdk usah|ga usah|gak usah|gk usah|nggak usah|ngga usah|gausah|ndak usah|ora usah|without|no";
export const WITHOUT_JHT = new RegExp(String.raw`\b(?:${WITHOUT})\s+(?:jht|hari tua)\b`);
/** "tanpa jp", "ga pakai jp": JP left out. */
export const WITHOUT_JP = new RegExp(String.raw`\b(?:${WITHOUT})\s+(?:jp|pensiun|jaminan pensiun)\b`);
