/**
 * Integer money helpers and parsing of amounts as people type them in chat:
 * `2,5 jt`, `2.5jt`, `Rp 2.500.000`, `rp2,500,000`, `800rb`, `3 jeti`,
 * `2 jt 500 rb`, `Rp2.500.000,-`. Indonesian thousand dots / decimal commas
 * and the English reverse are both accepted.
 */

/** Default upper bound for a monthly wage or income: Rp1 miliar. */
export const DEFAULT_MAX_RUPIAH = 1_000_000_000;

/**
 * `amount × basisPoints / 10 000`, rounded to the nearest rupiah, half up.
 *
 * Rounding choice: the regulations (PP 44/2015, 45/2015, 46/2015) give rates
 * but no rounding rule. We round each component (each program, each payer)
 * separately to the nearest whole rupiah, halves going up, and build totals
 * by adding the rounded components, so a total always equals the sum of the
 * lines the bot shows. BPJS invoices may differ by a rupiah.
 */
export function applyBasisPoints(amount: number, basisPoints: number): number {
  if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(basisPoints)) {
    throw new RangeError(`applyBasisPoints needs integers, got ${amount} × ${basisPoints}`);
  }
  const product = amount * basisPoints;
  if (!Number.isSafeInteger(product)) throw new RangeError(`applyBasisPoints overflow: ${amount} × ${basisPoints}`);
  return divRoundHalfUp(product, 10_000);
}

/** Integer division rounded to nearest, halves away from zero. */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const q = Math.floor((n + Math.floor(d / 2)) / d);
  // Exact half for odd denominators cannot happen; for even ones floor(d/2) is the half.
  return sign < 0 ? -q : q;
}

export type ParseRupiahFailure = "empty" | "not_a_number" | "zero" | "negative" | "too_large";
export type ParseRupiahResult = { ok: true; value: number } | { ok: false; reason: ParseRupiahFailure };

export interface ParseRupiahOptions {
  /** Amounts above this are `too_large`. Default Rp1 miliar. */
  max?: number;
}

const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:m|miliar|milyar|milliar|myr|b|bn|billion)$/i, 1_000_000_000],
  [/^(?:jt|jta|juta|jutaan|jeti|jetian|jtan|jt-an|mio|mn|million|millions)$/i, 1_000_000],
  [/^(?:rb|rbu|ribu|ribuan|rebu|k|thousand|thousands)$/i, 1_000],
];
const MULTIPLIER_WORDS =
  "miliar|milyar|milliar|myr|billion|bn|b|m|jutaan|juta|jta|jt-an|jtan|jt|jetian|jeti|millions|million|mio|mn|ribuan|ribu|rebu|rbu|rb|thousands|thousand|k";

function multiplierOf(word: string | undefined): number {
  if (!word) return 1;
  for (const [re, m] of MULTIPLIERS) if (re.test(word)) return m;
  return 1;
}

/**
 * Reads one number written with `.`/`,` separators. With a multiplier word a
 * single separator is a decimal mark (`2,5 jt`, `2.5jt`); without one, a
 * single separator followed by exactly three digits is a thousands mark
 * (`2.500` = 2500). When both appear, the last one is the decimal mark.
 */
function readNumber(raw: string, hasMultiplier: boolean): number | undefined {
  const dots = raw.split(".").length - 1;
  const commas = raw.split(",").length - 1;
  let intPart: string;
  let frac = "";
  const groupsOk = (s: string, sep: string) => {
    const groups = s.split(sep);
    return /^\d{1,3}$/.test(groups[0] ?? "") && groups.slice(1).every((g) => /^\d{3}$/.test(g));
  };
  if (dots && commas) {
    const decimal = raw.lastIndexOf(".") > raw.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    if ((decimal === "." ? dots : commas) !== 1) return undefined;
    const [i = "", f = ""] = raw.split(decimal);
    if (!groupsOk(i, thousands) || !/^\d+$/.test(f)) return undefined;
    intPart = i.split(thousands).join("");
    frac = f;
  } else if (dots || commas) {
    const sep = dots ? "." : ",";
    const count = dots || commas;
    const parts = raw.split(sep);
    if (count > 1) {
      if (!groupsOk(raw, sep)) return undefined;
      intPart = parts.join("");
    } else if (!hasMultiplier && (parts[1] ?? "").length === 3 && /^\d{1,3}$/.test(parts[0] ?? "")) {
      intPart = parts.join("");
    } else {
      if (!/^\d+$/.test(parts[0] ?? "") || !/^\d+$/.test(parts[1] ?? "")) return undefined;
      intPart = parts[0]!;
      frac = parts[1]!;
    }
  } else {
    if (!/^\d+$/.test(raw)) return undefined;
    intPart = raw;
  }
  const n = Number(frac ? `${intPart}.${frac}` : intPart);
  return Number.isFinite(n) ? n : undefined;
}

// One term: optional currency, digits with separators, optional multiplier word.
const TERM = new RegExp(
  String.raw`(?:\b(?:rp|idr)\.?\s*)?(\d+(?:[.,]\d+)*)(?:\s*(${MULTIPLIER_WORDS})(?![a-z]))?`,
  "giy",
);
const WORD_AMOUNTS: ReadonlyArray<[RegExp, number]> = [
  [/^setengah\s+juta$/i, 500_000],
  [/^sejuta$/i, 1_000_000],
  [/^seratus\s+ribu$/i, 100_000],
  [/^seribu$/i, 1_000],
  [/^semiliar$|^semilyar$/i, 1_000_000_000],
];

/** Strips what surrounds an amount: currency, `,-`, `,00`, per-month words. */
function clean(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s*(?:\/|per\s+|se)\s*(?:bulan|bln|bl|month|mo|tahun|thn|th|year|yr)\.?$/i, "")
    .replace(/(?<=\d)[.,]-$/, "")
    .replace(/(?<=\d(?:\.\d{3})+),00$/, "")
    .replace(/(?<=\d(?:,\d{3})+)\.00$/, "")
    .replace(/^(?:rp|idr)\.?\s*/, "")
    .replace(/\s*(?:rupiah|rp|idr)$/, "")
    .trim();
}

/**
 * Parses a whole message as one amount of rupiah. Returns an integer.
 * Several terms with falling multipliers add up: `2 jt 500 rb` = 2.500.000.
 */
export function parseRupiah(text: string, options: ParseRupiahOptions = {}): ParseRupiahResult {
  const max = options.max ?? DEFAULT_MAX_RUPIAH;
  if (typeof text !== "string" || text.trim() === "") return { ok: false, reason: "empty" };
  let s = clean(text);
  let negative = false;
  const neg = /^(?:-|−|minus\s+|min\s+)\s*/.exec(s);
  if (neg) {
    negative = true;
    s = clean(s.slice(neg[0].length));
  }
  if (s === "") return { ok: false, reason: "empty" };

  let value: number | undefined;
  for (const [re, v] of WORD_AMOUNTS) if (re.test(s)) value = v;

  if (value === undefined) {
    let pos = 0;
    let total = 0;
    let lastMultiplier = Infinity;
    TERM.lastIndex = 0;
    while (pos < s.length) {
      TERM.lastIndex = pos;
      const m = TERM.exec(s);
      if (!m) return { ok: false, reason: "not_a_number" };
      let mult = multiplierOf(m[2]);
      // Slang `2jt500` / `1 juta 250`: trailing 1-3 digits are the next unit down.
      if (mult === 1 && lastMultiplier !== Infinity && lastMultiplier > 1 && /^\d{1,3}$/.test(m[1]!)) {
        mult = lastMultiplier / 1000;
      }
      if (mult >= lastMultiplier) return { ok: false, reason: "not_a_number" };
      const n = readNumber(m[1]!, mult !== 1);
      if (n === undefined) return { ok: false, reason: "not_a_number" };
      total += n * mult;
      lastMultiplier = mult;
      pos = m.index + m[0].length;
      const gap = /^\s*(?:dan\s+|&\s*|\+\s*)?/.exec(s.slice(pos));
      pos += gap ? gap[0].length : 0;
    }
    value = total;
  }
  const rounded = Math.round(value);
  if (negative && rounded !== 0) return { ok: false, reason: "negative" };
  if (rounded === 0) return { ok: false, reason: "zero" };
  if (rounded > max) return { ok: false, reason: "too_large" };
  return { ok: true, value: rounded };
}

export interface AmountMatch {
  value: number;
  /** The text as found, e.g. `3 jt`. */
  raw: string;
  index: number;
}

const COUNT_UNITS =
  /^\s*(?:%|(?:org|orang|orng|jiwa|pekerja|karyawan|buruh|anggota|perangkat|aparat|aparatur|warga|peserta|kk|people|persons?|workers?|employees?|petani|nelayan|peternak|pekebun|pedagang|pemulung|farmers?|fishers?|kadus|kaur|kasi|kader|linmas|kades|kepdes|kuwu|kepala|sekdes|sekretaris|carik|bendahara|kasun|ketua|rt|rw|bpd|staf|pamong|bln|bulan|bl|months?|mo|thn|tahun|th|years?|yrs?|hari|days?|minggu|weeks?|kali|times|x\b|persen|percent|desa|anak)\b)/i;

const PEOPLE_UNITS =
  /^\s*(?:org|orang|orng|jiwa|pekerja|karyawan|buruh|anggota|perangkat|aparat|aparatur|warga|peserta|kk|people|persons?|workers?|employees?|petani|nelayan|peternak|pekebun|pedagang|pemulung|farmers?|fishers?|kadus|kaur|kasi|kader|linmas|kades|kepdes|kuwu|kepala|sekdes|sekretaris|carik|bendahara|kasun|ketua|rt|rw|bpd|staf|pamong|desa|anak)\b/i;

const SENTENCE_TERM = new RegExp(
  String.raw`(-\s*)?(?:\b(?:rp|idr)\.?\s*)?(\d+(?:[.,]\d+)*)(?:\s*(${MULTIPLIER_WORDS})(?![a-z]))?|\b(setengah\s+juta|sejuta|seratus\s+ribu|semiliar|semilyar)\b`,
  "gi",
);

/**
 * Finds amounts of money inside a sentence:
 * `penghasilan sy 3 jt iuran bpu brp` → [{ value: 3000000, raw: "3 jt" }].
 * A number counts as money when it has `Rp`, a multiplier word, or is at
 * least 1.000 and is not a year (1900-2100 written plainly) nor followed by a
 * count unit (`50 org`, `6 bulan`, `2024`).
 */
export function extractAmountMatches(text: string, options: ParseRupiahOptions = {}): AmountMatch[] {
  const out: AmountMatch[] = [];
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  SENTENCE_TERM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_TERM.exec(text))) {
    const raw = m[0];
    const start = m.index + (m[1] ? m[1].length : 0);
    const after = text.slice(m.index + raw.length);
    if (m[4]) {
      const r = parseRupiah(m[4], { max });
      if (r.ok) out.push({ value: r.value, raw: m[4], index: m.index });
      continue;
    }
    const hasCurrency = /^(?:-\s*)?(?:rp|idr)/i.test(raw);
    const hasMultiplier = m[3] !== undefined;
    const digits = m[2]!;
    const end = m.index + raw.length;
    // Merge `2 jt 500 rb` and slang `2jt500` into one amount.
    const prev = out[out.length - 1];
    if (prev && !hasCurrency && /[a-z]$/i.test(prev.raw) && /^\s*$/.test(text.slice(prev.index + prev.raw.length, start))) {
      if (hasMultiplier || (/^\d{1,3}$/.test(digits) && !COUNT_UNITS.test(after))) {
        const merged = parseRupiah(text.slice(prev.index, end), { max });
        if (merged.ok) {
          out[out.length - 1] = { value: merged.value, raw: text.slice(prev.index, end), index: prev.index };
          continue;
        }
      }
    }
    if (!hasMultiplier && !hasCurrency && COUNT_UNITS.test(after)) {
      // `50 org`, `6 bulan` are counts; `15.000.000 tahun 2024` is still money.
      const plain = readNumber(digits, false);
      if (plain === undefined || plain < 1000 || PEOPLE_UNITS.test(after)) continue;
    }
    if (!hasCurrency && !hasMultiplier) {
      if (/^(19|20)\d\d$/.test(digits)) continue;
      const plain = readNumber(digits, false);
      if (plain === undefined || plain < 1000) continue;
    }
    const body = text.slice(start, end);
    const r = parseRupiah(body, { max });
    if (!r.ok) continue;
    out.push({ value: r.value, raw: body, index: start });
  }
  return out;
}

/** Values only: `penghasilan sy 3 jt iuran bpu brp` → [3000000]. */
export function extractAmounts(text: string, options: ParseRupiahOptions = {}): number[] {
  return extractAmountMatches(text, options).map((a) => a.value);
}

export type CountUnit = "people" | "months" | "years";

export interface ExtractedCounts {
  /** First head count found. */
  people?: number;
  months?: number;
  years?: number;
  /** Every count in order, e.g. `10 perangkat ... 40 pekerja` gives two `people` entries. */
  all: { unit: CountUnit; value: number; word: string; index: number }[];
}

const PEOPLE_WORDS =
  /^(?:org|orang|orng|jiwa|pekerja|karyawan|buruh|anggota|perangkat|aparat|aparatur|warga|peserta|people|persons?|workers?|employees?)$/i;
const MONTH_WORDS = /^(?:bln|bulan|bl|months?|mo)$/i;
const YEAR_WORDS = /^(?:thn|tahun|th|years?|yrs?)$/i;
const COUNT_LIMITS: Record<CountUnit, number> = { people: 10_000_000, months: 1_200, years: 100 };

/**
 * Head counts and durations: `50 org 6 bulan` → { people: 50, months: 6 };
 * `sebulan` → months 1, `setahun` → years 1. The first match of each wins;
 * `all` lists every match. Ages (`umur 45 thn`) are not counted.
 */
export function extractCount(text: string): ExtractedCounts {
  const out: ExtractedCounts = { all: [] };
  const re = /(\d+(?:[.,]\d{3})*)\s*([a-z]+)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > 0 && /[\d.,]/.test(text[m.index - 1]!)) continue;
    const n = readNumber(m[1]!, false);
    if (n === undefined || !Number.isInteger(n)) continue;
    const word = m[2]!;
    const unit: CountUnit | undefined = PEOPLE_WORDS.test(word)
      ? "people"
      : MONTH_WORDS.test(word)
        ? "months"
        : YEAR_WORDS.test(word)
          ? "years"
          : undefined;
    if (!unit || n > COUNT_LIMITS[unit]) continue;
    if (unit === "years" && /\b(?:umur|usia|age|aged)\s*$/i.test(text.slice(0, m.index))) continue;
    out.all.push({ unit, value: n, word, index: m.index });
    if (out[unit] === undefined) out[unit] = n;
  }
  if (out.months === undefined && /\bsebulan\b/i.test(text)) out.months = 1;
  if (out.years === undefined && /\bsetahun\b/i.test(text)) out.years = 1;
  return out;
}
