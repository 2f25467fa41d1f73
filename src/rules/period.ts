/**
 * How long a group or village budget runs, as people write it: "6 bulan", "enam bulan",
 * "setahun", "setengah tahun", "1,5 tahun", "juli sampai desember", "agustus-desember".
 * Works on text already passed through cleanText (lower case, "1,5" kept as "1.5").
 *
 * A period word that cannot be read ("sisa tahun ini", "mulai juli", "beberapa bulan") is
 * reported as unreadable: the caller asks for the months instead of assuming a year.
 */

export type PeriodReading = { kind: "months"; months: number } | { kind: "unreadable" } | { kind: "none" };

/** Counts written as words; "dua belas" before "dua" so the longer one wins. */
export const NUMBER_WORDS: ReadonlyArray<[string, number]> = [
  ["dua belas", 12], ["sebelas", 11], ["sepuluh", 10], ["sembilan", 9], ["delapan", 8], ["tujuh", 7],
  ["enam", 6], ["lima", 5], ["empat", 4], ["tiga", 3], ["dua", 2], ["satu", 1], ["seorang", 1],
  ["twelve", 12], ["eleven", 11], ["ten", 10], ["nine", 9], ["eight", 8], ["seven", 7], ["six", 6],
  ["five", 5], ["four", 4], ["three", 3], ["two", 2], ["one", 1],
];
export const NUMBER_WORD = NUMBER_WORDS.map(([w]) => w).join("|");

export function numberWordValue(word: string): number | undefined {
  return NUMBER_WORDS.find(([w]) => w === word)?.[1];
}

const MONTHS: ReadonlyArray<[RegExp, number]> = [
  [/^(januari|jan|january)$/, 1], [/^(februari|pebruari|feb|february)$/, 2], [/^(maret|mar|march)$/, 3],
  [/^(april|apr)$/, 4], [/^(mei|may)$/, 5], [/^(juni|jun|june)$/, 6], [/^(juli|jul|july)$/, 7],
  [/^(agustus|agt|agu|ags|aug|august)$/, 8], [/^(september|sept|sep)$/, 9], [/^(oktober|okt|oct|october)$/, 10],
  [/^(november|nopember|nov|nop)$/, 11], [/^(desember|des|dec|december)$/, 12],
];
export const MONTH_NAME = "januari|january|jan|februari|pebruari|february|feb|maret|march|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|agustus|august|agt|agu|ags|aug|september|sept|sep|oktober|october|okt|oct|november|nopember|nov|nop|desember|december|des|dec";
/** Full month names only: "mar" or "des" alone are too often something else to count as a period word. */
export const FULL_MONTH = /\b(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|january|february|march|june|july|august|october|december)\b/;

/**
 * Words after which a year dates something else (a start, an end, a birth, a regulation, a minimum
 * wage), never the period a calculation is asked for: "masuk kerja 2020", "sejak jan 2025", "perdes 2024".
 */
const NOT_PERIOD_WORDS = "sejak|semenjak|dari|mulai|masuk|kerja|bekerja|kontrak|sampai|sampe|smp|hingga|perdes|perkades|perbup|perda|pp|uu|permen|permenaker|no|nomor|nmr|lahir|kelahiran|umk|ump|umr|since|from|until|born";
/** Regulations, cited "PP 45 tahun 2015", "UU no 24 2011", "PP 45/2015": their year is no period. */
export const REGULATION_WORDS = "pp|uu|perpres|permenaker|permen|permendagri|pmk|perda|perbup|perwali|pergub|inpres|kepmen|kepmenaker|sk|se";
/**
 * A lookbehind: not after one of those words, "tahun" or a month name may stand between ("masuk kerja tahun 2020");
 * nor after a regulation's number ("pp 45 tahun 2015", "permenaker no 4 th 2023").
 */
export const NOT_AFTER_NON_PERIOD_WORD = String.raw`(?<!\b(?:${NOT_PERIOD_WORDS})\s+(?:(?:tahun|thn|th|bulan|bln)\s+)?(?:(?:${MONTH_NAME})\s+)?)(?<!\b(?:${REGULATION_WORDS})\.?\s*(?:no\.?\s*|nomor\s*|nmr\s*)?\d+\s+(?:(?:tahun|thn|th)\s+)?)`;

/**
 * As NOT_AFTER_NON_PERIOD_WORD, but "mulai", "dari", "sejak", "from" allowed: before a span with its end ("mulai januari
 * 2025 sampai november 2026") they open the period, not a start of work.
 */
const NOT_AFTER_NON_PERIOD_WORD_BUT_START = NOT_AFTER_NON_PERIOD_WORD.replace(`(?:${NOT_PERIOD_WORDS})`, `(?:${NOT_PERIOD_WORDS.split("|").filter((w) => !["mulai", "dari", "from", "sejak", "since"].includes(w)).join("|")})`);

/**
 * "februari 2026", "feb 2026", "bulan jan 2025", "in march 2025": a month and its year, abbreviations
 * read like full names (a year beside them makes them a period); not "sejak jan 2020".
 */
export const MONTH_YEAR = new RegExp(String.raw`${NOT_AFTER_NON_PERIOD_WORD}\b(${MONTH_NAME})\.?\s+((?:19|20)\d\d)\b`);

const MONTH_NAMES_ID = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
/** "02/2026", "2-2026", "bulan 2 2026", "bln 02/2026": a month written as its number (not a date's "12/03/2025" nor "PP 2/2022"). */
const NUMERIC_MONTH_YEAR = new RegExp(
  String.raw`(?<![\d/.,:-])(?<!\b(?:${REGULATION_WORDS})\.?\s*(?:(?:no|nomor|nmr)\.?\s*)?)\b(?:(?:bulan|bln)\s+)?(0?[1-9]|1[0-2])\s*[/-]\s*((?:19|20)\d\d)\b(?![/.-]?\d)|\b(?:bulan|bln)\s+(0?[1-9]|1[0-2])\s+((?:19|20)\d\d)\b`,
  "gi",
);

/** "sampai sekarang", "s/d saat ini", "until now": a span's end that is the current month. */
const UNTIL_NOW = /\b(sampai|sampe|smp|sd|s\/d|s d|hingga|until|till|to)\s+(?:(?:dengan|dgn)\s+)?(?:sekarang|skrg|skrng|skr|saat ini|kini|bulan ini|now|today|this month)\b/gi;
/** "mulai tahun 2025 sampai sekarang": a year alone opens the span at its January. */
const YEAR_UNTIL_NOW = /\b(?:tahun|thn|th|year)\s+((?:19|20)\d\d)\s+(?=(?:sampai|sampe|smp|sd|s\/d|s d|hingga|until|till|to)\s)/gi;

/**
 * The text as typed, with a span's end "sekarang" written as the current month (`current`, the Jakarta
 * calendar month): "mulai maret 2026 sampai sekarang" → "mulai maret 2026 sampai november 2026".
 */
export function withNowAsMonth(text: string, current: { year: number; month: number }): string {
  if (!UNTIL_NOW.test(text)) return text;
  UNTIL_NOW.lastIndex = 0;
  const now = `${MONTH_NAMES_ID[current.month - 1]} ${current.year}`;
  return text.replace(UNTIL_NOW, (_m, until: string) => `${until} ${now}`).replace(YEAR_UNTIL_NOW, (_m, year: string) => `januari ${year} `);
}

/** The text as typed, with months written as numbers named ("02/2026" → "februari 2026"), so they read as month names do. */
export function withMonthsNamed(text: string): string {
  return text.replace(NUMERIC_MONTH_YEAR, (_m, month?: string, year?: string, spacedMonth?: string, spacedYear?: string) => `${MONTH_NAMES_ID[Number(month ?? spacedMonth) - 1]} ${year ?? spacedYear}`);
}

export function monthNumber(word: string): number {
  return MONTHS.find(([re]) => re.test(word))![1];
}

const MONTH_UNIT = "bulan|bln|bl|months?|mo";
const YEAR_UNIT = "tahun|thn|th|years?|yrs?";

/** An amount as cleanText leaves it: "2.5 jt", "1.750.000", "2000000". */
const AMOUNT = String.raw`(?:\d[\d.]*\s*(?:rb|ribu|rebu|k|jt|juta|jeti|million|thousand)|\d{4,}|\d{1,3}(?:\.\d{3})+)`;
/** "2 jt sebulan", "2,5 juta per bulan", "2jt/bln": the month belongs to the amount (siltap, income), not to the budget. */
const AMOUNT_PER_MONTH = new RegExp(String.raw`(${AMOUNT})\s+(?:se|per\s?|tiap\s|a\s)?(?:${MONTH_UNIT})\b`, "g");
/** Ages, calendar years and "tahun ini" name no length of time. */
const NOT_A_PERIOD = new RegExp(String.raw`\b(?:umur|usia|age|aged)\s+\d+\s*(?:${YEAR_UNIT})\b|\b(?:tahun|thn|th)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\b|\btahun (?:ini|depan|anggaran)\b|\b(?:this|next) year\b|\bbulan (?:ini|depan|lalu)\b`, "g");

/**
 * "2025 sampai 2026", "thn 2025 2026", "2025 dan 2026": two calendar years, which may be 24 months or a fiscal year
 * across them; asked, not guessed. A month name before a year ("juli 2025 - juni 2026") is read above.
 */
const YEAR_RANGE = new RegExp(String.raw`(?<!\b(?:${MONTH_NAME})\s+)\b(?:19|20)\d\d\s+(?:(?:sampai|sampe|smp|sd|s d|hingga|to|until|through|ke|dan|and|&)\s+)?(?:(?:tahun|thn|th)\s+)?(?:19|20)\d\d\b`);
/** "tahun anggaran 2026", "TA 2026": a village budget runs for its fiscal year. */
const FISCAL_YEAR = /\b(?:tahun|thn|th) anggaran\b|\b(?:ta|t a)\s+(?:19|20)\d\d\b/;
/** "anggaran iuran 20 nelayan thn 2026": a year named with a budget word is that fiscal year. */
const NAMED_YEAR = /\b(?:tahun|thn|th)\s+(?:19|20)\d\d\b/;
const BUDGET = /\b(?:anggaran\w*|apbdes|dana desa|pagu)\b/;

type Reader = { re: RegExp; months: (m: RegExpExecArray) => number | undefined };

const READERS: Reader[] = [
  // "juli sampai desember", "agustus-desember", "bulan 7 s/d 12" is rare enough to leave out
  {
    re: new RegExp(String.raw`\b(?:bulan\s+)?(${MONTH_NAME})\s+(?:(?:sampai|sampe|smp|sd|s d|hingga|ke|to|until|through|thru)\s+)?(?:bulan\s+)?(${MONTH_NAME})\b`, "g"),
    months: (m) => ((monthNumber(m[2]!) - monthNumber(m[1]!) + 12) % 12) + 1,
  },
  // "brp sebulan dan setahun": the month's total and the year's, which a year's budget shows both of
  { re: /\b(?:sebulan|per\s?bulan|tiap\s+bulan)\s+(?:dan|&|\+|serta|sama|atau|juga)\s+(?:setahun|per\s?tahun|tiap\s+tahun)\b|\b(?:setahun|per\s?tahun)\s+(?:dan|&|\+|serta|sama|atau)\s+(?:sebulan|per\s?bulan)\b|\b(?:a\s+month|monthly)\s+(?:and|&)\s+(?:a\s+year|yearly)\b/g, months: () => 12 },
  { re: new RegExp(String.raw`\b(?:satu|1)\s+setengah\s+(?:${YEAR_UNIT})\b`, "g"), months: () => 18 },
  { re: new RegExp(String.raw`\bsetengah\s+(?:${YEAR_UNIT})\b|\bhalf\s+a\s+year\b`, "g"), months: () => 6 },
  { re: new RegExp(String.raw`\b(${NUMBER_WORD})\s+(${MONTH_UNIT}|${YEAR_UNIT})\b`, "g"), months: (m) => scale(numberWordValue(m[1]!)!, m[2]!) },
  { re: new RegExp(String.raw`\b(\d+(?:\.\d+)?)\s*(${MONTH_UNIT}|${YEAR_UNIT})\b(?!\s+sekali)`, "g"), months: (m) => scale(Number(m[1]), m[2]!) },
  { re: /\b(?:sebulan|per\s?bulan|tiap\s+bulan|a\s+month|per\s+month|monthly)\b/g, months: () => 1 },
  { re: /\b(?:setahun|setaun|per\s?tahun|a\s+year|per\s+year|one\s+year|yearly)\b/g, months: () => 12 },
];

const YEAR_UNIT_ONLY = new RegExp(`^(?:${YEAR_UNIT})$`);

/** Whole months only: "1,5 tahun" is 18, "2,5 bulan" cannot be budgeted. */
function scale(n: number, unit: string): number | undefined {
  const months = YEAR_UNIT_ONLY.test(unit) ? n * 12 : n;
  return Number.isInteger(months) && months > 0 && months <= 120 ? months : undefined;
}

/** Words that say a period is meant but give no number we can trust, once the readable ones are taken out. */
const UNREADABLE = new RegExp(String.raw`\b(?:sisa|semester|triwulan|kuartal|caturwulan|musim|beberapa|berbulan|bertahun|akhir tahun|rest of)\b|\b\d+\s*(?:hari|minggu|pekan|days?|weeks?)\b|\b(?:${MONTH_UNIT}|${YEAR_UNIT})\b`);

/** "pp 45 tahun 2015", "uu no 24 2011": a regulation cited, whose number is no head count and whose year no period. */
const REGULATION_CITED = new RegExp(String.raw`\b(?:${REGULATION_WORDS})\s*(?:(?:no|nomor|nmr)\s*)?\d+\s+(?:(?:tahun|thn|th)\s+)?(?:19|20)\d\d\b`, "g");
/** "per 1 maret 2026", "mulai 1 maret 2026": the day of a dated month, no head count. */
const DAY_OF_MONTH = new RegExp(String.raw`\b(?:[1-9]|[12]\d|3[01])\s+(?=(?:${MONTH_NAME})\s+(?:19|20)\d\d\b)`, "g");

/**
 * "3 bulan mulai januari 2026", "2 tahun dari maret 2025", "januari 2026 3 bulan": a length counted from
 * a dated month, the months and where they start.
 */
const COUNTED_FROM = new RegExp(
  String.raw`\b(\d+|${NUMBER_WORD})\s+(${MONTH_UNIT}|${YEAR_UNIT})\s+(?:(?:mulai|dari|sejak|start|starting|from)\s+)?(?:(?:bulan|bln)\s+)?(${MONTH_NAME})\s+((?:19|20)\d\d)\b|\b(?:(?:mulai|dari|sejak|from)\s+)?(?:(?:bulan|bln)\s+)?(${MONTH_NAME})\s+((?:19|20)\d\d)\s+(?:(?:selama|for)\s+)?(\d+|${NUMBER_WORD})\s+(${MONTH_UNIT}|${YEAR_UNIT})\b`,
  "g",
);
function countedFrom(m: RegExpExecArray): { months?: number; year: number; month: number } {
  const [count, unit, month, year] = m[1] ? [m[1], m[2]!, m[3]!, m[4]!] : [m[7]!, m[8]!, m[5]!, m[6]!];
  return { months: scale(/^\d+$/.test(count) ? Number(count) : numberWordValue(count)!, unit), year: Number(year), month: monthNumber(month) };
}

/**
 * "per 1 maret 2026", "mulai maret 2026": where the months start, with no length (not "mulai feb 2026 sampai
 * jan 2027", a span). The day is taken out before (DAY_OF_MONTH). Not "sejak"/"dari", which date a start of work.
 */
const STARTED_MONTH = new RegExp(String.raw`\b(?:per|mulai|starting|from)\s+(?:(?:bulan|bln)\s+)?(${MONTH_NAME})\s+((?:19|20)\d\d)\b(?!\s+(?:sampai|sampe|smp|sd|s d|hingga|ke|to|until|through|thru)\b)`, "g");

/** The first month written as a start alone ("per 1 maret 2026"): a budget's months run from it. */
export function startWritten(cleaned: string): { year: number; month: number } | undefined {
  const m = new RegExp(STARTED_MONTH.source).exec(cleaned.replace(DAY_OF_MONTH, ""));
  return m ? { year: Number(m[2]), month: monthNumber(m[1]!) } : undefined;
}

/** Takes out every period phrase it can read, collecting the months each gives (NaN: not whole months). */
function scan(cleaned: string): { found: Set<number>; rest: string } {
  const found = new Set<number>();
  // spans across years are counted with their years, before the years are taken out below
  let rest = cleaned.replace(REGULATION_CITED, " ").replace(DAY_OF_MONTH, "").replace(AMOUNT_PER_MONTH, "$1 ").replace(COUNTED_FROM, (...args) => {
    found.add(countedFrom(args as unknown as RegExpExecArray).months ?? NaN);
    return " ";
  }).replace(YEARS_SPANNED, (...args) => {
    const months = spannedMonths(args as unknown as RegExpExecArray);
    if (months === undefined) return args[0] as string;
    found.add(months);
    return " ";
  }).replace(STARTED_MONTH, " ").replace(NOT_A_PERIOD, " ");
  for (const reader of READERS) {
    rest = rest.replace(reader.re, (...args) => {
      found.add(reader.months(args as unknown as RegExpExecArray) ?? NaN);
      return " ";
    });
  }
  return { found, rest };
}

/**
 * "januari 2025 sampai desember 2026" (24 months, not 12), "tahun 2025 sampai 2026", "2025 dan 2026": a span
 * with its years, two named years read as January of the first to December of the last. Not after "sejak",
 * "masuk kerja" and the like, whose years date something else.
 */
const YEARS_SPANNED = new RegExp(
  String.raw`${NOT_AFTER_NON_PERIOD_WORD_BUT_START}\b(?:bulan\s+)?(${MONTH_NAME})\s+((?:19|20)\d\d)\s+(?:(?:sampai|sampe|smp|sd|s d|hingga|ke|to|until|through|thru)\s+)?(?:bulan\s+)?(${MONTH_NAME})\s+((?:19|20)\d\d)\b|${NOT_AFTER_NON_PERIOD_WORD}(?<!\b(?:${MONTH_NAME})\s+)\b(?:(?:tahun|thn|th)\s+)?((?:19|20)\d\d)\s+(?:(?:sampai|sampe|smp|sd|s d|hingga|to|until|through|ke|dan|and|&)\s+)?(?:(?:tahun|thn|th)\s+)?((?:19|20)\d\d)\b`,
  "g",
);
/** The months of a YEARS_SPANNED match; undefined when it runs backwards or past 10 years (then asked). */
function spannedMonths(m: RegExpExecArray): number | undefined {
  const [fromYear, fromMonth, toYear, toMonth] = m[1] ? [Number(m[2]), monthNumber(m[1]), Number(m[4]), monthNumber(m[3]!)] : [Number(m[5]), 1, Number(m[6]), 12];
  const months = (toYear - fromYear) * 12 + toMonth - fromMonth + 1;
  return months > 0 && months <= 120 ? months : undefined;
}
/** The first month of a YEARS_SPANNED span read in `cleaned`. */
function spannedStart(cleaned: string): { year: number; month: number } | undefined {
  for (const m of cleaned.matchAll(YEARS_SPANNED)) {
    if (spannedMonths(m) !== undefined) return m[1] ? { year: Number(m[2]), month: monthNumber(m[1]) } : { year: Number(m[5]), month: 1 };
  }
  return undefined;
}

/**
 * Reads the budget period in `cleaned`. Two readable periods that disagree, or a period
 * word left over unread, make the period unreadable rather than guessed.
 */
export function readPeriod(cleaned: string): PeriodReading {
  const { found, rest } = scan(cleaned);
  if (found.has(NaN) || found.size > 1 || UNREADABLE.test(rest) || FULL_MONTH.test(rest) || YEAR_RANGE.test(cleaned.replace(YEARS_SPANNED, (m, ...groups) => (spannedMonths([m, ...groups] as unknown as RegExpExecArray) ? " " : m)))) return { kind: "unreadable" };
  return found.size === 1 ? { kind: "months", months: [...found][0]! } : { kind: "none" };
}

/**
 * "bulan januari 2026", "januari 2026": one month named with its year and no other period, which readPeriod
 * leaves unreadable (a month name alone may open a span); a village budget reads it as that month alone.
 */
export function singleMonthNamed(cleaned: string): { year: number; month: number } | undefined {
  const named = [...cleaned.matchAll(new RegExp(MONTH_YEAR.source, "g"))];
  if (named.length !== 1) return undefined;
  const m = named[0]!;
  // "bulan januari 2026": the word "bulan" belongs to the month named
  const before = cleaned.slice(0, m.index).replace(/\b(?:bulan|bln)\s*$/, " ");
  const rest = readPeriod(`${before} ${cleaned.slice(m.index! + m[0].length)}`);
  if (rest.kind === "unreadable" || (rest.kind === "months" && rest.months !== 1)) return undefined;
  return { year: Number(m[2]), month: monthNumber(m[1]!) };
}

/**
 * "tahun anggaran 2026", "anggaran iuran 20 nelayan thn 2026": a budget for a named year runs
 * for that fiscal year. Not a period (readPeriod): the caller takes it when none is written.
 */
export function namesFiscalYear(cleaned: string): boolean {
  return FISCAL_YEAR.test(cleaned) || (BUDGET.test(cleaned) && NAMED_YEAR.test(cleaned));
}

/** `cleaned` without its periods, ages and calendar years: what is left to read head counts from. */
export function withoutPeriods(cleaned: string): string {
  return scan(cleaned).rest;
}

const YEAR = String.raw`(?:19|20)\d\d`;
/** "maret 2026 sampai februari 2027", "juli sampai desember 2027", "april 2026 - maret 2027": a span of months with a year. */
const DATED_SPAN = new RegExp(String.raw`\b(?:bulan\s+)?(${MONTH_NAME})(?:\s+(${YEAR}))?\s+(?:(?:sampai|sampe|smp|sd|s d|hingga|ke|to|until|through|thru)\s+)?(?:bulan\s+)?(${MONTH_NAME})(?:\s+(${YEAR}))?\b`);
/** "tahun 2027", "thn 2027", "apbdes 2027", "tahun anggaran 2027", "ta 2027", "year 2027", "in 2027": a calendar (fiscal) year named. */
const CALENDAR_YEAR = new RegExp(String.raw`${NOT_AFTER_NON_PERIOD_WORD}\b(?:tahun anggaran|tahun|thn|th|apbdes|ta|t a|year|in|for)\s+(${YEAR})\b`);

/**
 * The first month of a period written with its year ("maret 2026 sampai februari 2027" → March 2026;
 * "juli sampai desember 2027" → July 2027), so a budget knows which months it covers. Undefined when
 * no year is written with the months.
 */
export function periodStart(cleaned: string): { year: number; month: number } | undefined {
  const counted = new RegExp(COUNTED_FROM.source).exec(cleaned.replace(DAY_OF_MONTH, ""));
  if (counted) {
    const { year, month } = countedFrom(counted);
    return { year, month };
  }
  const spanned = spannedStart(cleaned);
  if (spanned) return spanned;
  const m = DATED_SPAN.exec(cleaned);
  if (!m || (!m[2] && !m[4])) return undefined;
  const month = monthNumber(m[1]!);
  const year = m[2] ? Number(m[2]) : monthNumber(m[3]!) >= month ? Number(m[4]) : Number(m[4]) - 1;
  return { year, month };
}

/** "dengan jp tahun 2027", "untuk APBDes 2027": the calendar year named, read as January–December of it. */
export function calendarYearNamed(cleaned: string): number | undefined {
  const m = CALENDAR_YEAR.exec(cleaned);
  return m && !YEAR_RANGE.test(cleaned) ? Number(m[1]) : undefined;
}
