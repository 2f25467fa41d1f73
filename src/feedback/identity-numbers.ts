/**
 * Identity numbers people type into free text ("nomor KPJ saya 12345678901 NIK 7371…"):
 * NIK (16 digits), KPJ (11), phone numbers, bank accounts. Free text is stored for
 * officers without the consent personal data needs (UU PDP 27/2022), so such numbers are
 * masked before they are stored, and again where officers read them (older rows). Rupiah
 * amounts ("150.000.000", "Rp 150000000") and dates ("12/03/2026") are left alone.
 *
 * Numbers are found however they are written: in groups or digit pairs ("0812 34 56 78 90"),
 * with dots, dashes, slashes, commas or underscores between groups ("3201/2345/6789/0001"),
 * with brackets ("(0411) 452 1234", "+62 (812) 3456-7890"), in full-width digits, or with
 * zero-width characters inside. They are looked for in a copy normalised for that (NFKC, no
 * zero-width characters) and masked in the text as typed: the rest of it is not changed.
 */

const MASK = "•";
/**
 * Fewer digits than this are figures (years, ages, amounts up to Rp999.999.999 written without
 * dots), not identity numbers; the shortest phone number has ten.
 */
const MIN_IDENTITY_DIGITS = 10;
/** Digits kept at the end, so an officer can still tell two numbers apart. */
const KEPT_DIGITS = 4;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_DIGITS = /\d/g;
/** Characters that are invisible, dropped when looking for numbers. */
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

/**
 * A run of digits with separators between groups ("0812 34 56", "3201/2345", "(0411) 452"),
 * possibly after "+". A masked digit ("•") counts as a digit: a number masked once reads as the
 * number it was, so masking is idempotent and whatever reads the text treats the masked number as
 * it treats the number.
 */
const NUMBER_RUN = /(?:\+|\(\+?)?[\d•](?:[\d• \t.,/_()-]*[\d•])?/g;
/**
 * Thousands written the Indonesian or English way ("2.500.000", "1,750,000", "4.500.000,00"),
 * and an amount after "Rp" however written: no identity number. An amount never starts with 0.
 */
const AMOUNT = /(?<![\d•.,/_-])[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})*(?:[.,]\d{1,2})?(?![\d•]|[.,/_-][\d•])/g;
const RUPIAH = /\brp\.?[ \t]*\d[\d.,]*/gi;
/**
 * A date ("12/03/2026", "5-1-26", "2026-03-12"), checked by isDate before it is left alone: not
 * one inside a longer chain with the same separator ("0812-10-11-2345" is a phone number).
 */
const DATE = /(?<![\d•])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d•])|(?<![\d•])((?:19|20)\d{2})([/.-])(\d{1,2})\6(\d{1,2})(?![\d•])/g;
/** Years only ("2024 2025 2026"): no identity number. */
const YEARS = /^(?:(?:19|20)\d{2}[ \t]*)+$/;

/** An e-mail address: its owner is as identifiable by it as by a phone number. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** A date of birth: a date right after "lahir", "tgl lahir", "ttl", "born", "dob". */
const BIRTH_DATE = /\b(lahir|tgl lahir|tanggal lahir|ttl|born|dob|date of birth)(\s*(?:pada|tgl|tanggal|on)?\s*[:,]?\s*)(\d{1,2}[\s/.-]+(?:\d{1,2}|\p{L}+)[\s/.-]+\d{2,4})/giu;

/** The identity numbers masked, the last four digits kept ("NIK ••••••••••••0001"); e-mail addresses and dates of birth masked whole. */
export function maskIdentityNumbers(text: string): string {
  return replaceIdentityNumbers(withoutContactDetails(text, () => MASK.repeat(3)), (digits) => `${MASK.repeat(digits.length - KEPT_DIGITS)}${digits.slice(-KEPT_DIGITS)}`);
}

/**
 * As maskIdentityNumbers, but every masked character stays in its place ("0812-3456-7890" →
 * "••••-••••-7890"): lengths, words and separators are unchanged, so a form step that checks a
 * length or counts words decides the same on the masked text as on what was typed.
 */
export function hideIdentityNumbers(text: string): string {
  return replaceIdentityNumbers(withoutContactDetails(text, (found) => found.replace(/\S/g, MASK)), (digits, piece) => {
    let hidden = digits.length - KEPT_DIGITS;
    // a digit as typed (full-width too) is one character, replaced by one
    return piece.replace(/\p{Nd}/gu, (d) => (hidden-- > 0 ? MASK : d));
  });
}

/** The identity numbers and contact details taken out: what is searched and computed never reads a NIK as a figure. */
export function withoutIdentityNumbers(text: string): string {
  return replaceIdentityNumbers(withoutContactDetails(text, () => " "), () => " ", () => " ");
}

function withoutContactDetails(text: string, replace: (found: string) => string): string {
  return text.replace(EMAIL, replace).replace(BIRTH_DATE, (_m, word: string, gap: string, date: string) => `${word}${gap}${replace(date)}`);
}

/**
 * The text as numbers are looked for in it: digits and separators in their plain form (NFKC:
 * full-width "０８１２" is "0812"), zero-width characters dropped. `origin[i]` is where the i-th
 * character came from in the text; every other character is kept as it was.
 */
function normalised(text: string): { plain: string; origin: number[] } {
  let plain = "";
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (!ZERO_WIDTH.test(ch)) {
      const n = ch.normalize("NFKC");
      const one = n.length === 1 && /[\d \t.,/_()+-]/.test(n) ? n : ch;
      plain += one;
      for (let k = 0; k < one.length; k++) origin.push(i);
    }
    i += ch.length;
  }
  origin.push(text.length);
  return { plain, origin };
}

/** Amounts and dates blanked out (same length), so they neither count as nor join a number. */
function withoutFigures(plain: string): string {
  const blank = (m: string) => "x".repeat(m.length);
  return plain
    .replace(RUPIAH, blank)
    .replace(AMOUNT, blank)
    // the groups of DATE's two forms: day, separator, month (year) | (year), separator, month, day
    .replace(DATE, (m: string, d?: string, s?: string, mo?: string, _y?: string, _y2?: string, s2?: string, mo2?: string, d2?: string, at = 0, whole = "") => {
      const sep = s ?? s2!;
      const chained = (whole[at - 1] === sep && /[\d•]/.test(whole[at - 2] ?? "")) || (whole[at + m.length] === sep && /[\d•]/.test(whole[at + m.length + 1] ?? ""));
      return !chained && isDate(Number(d ?? d2), Number(mo ?? mo2)) ? blank(m) : m;
    });
}

function isDate(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

const digitsOf = (piece: string) => piece.replace(/[^\d•]/g, "");

/**
 * Where identity numbers are in `plain`: [start, end) spans. "7371 0101 0101 0001" and
 * "0812 34 56 78 90" are one number; "4500000 12 bulan" is two figures; "0812…, 0813…" two numbers.
 */
function numberSpans(plain: string): { start: number; end: number; masked: boolean }[] {
  const spans: { start: number; end: number; masked: boolean }[] = [];
  const searched = withoutFigures(plain);
  for (const run of searched.matchAll(NUMBER_RUN)) {
    // ", " lists things: each item is looked at on its own
    let at = run.index;
    for (const item of run[0].split(/(?<=,)(?=[ \t])/)) {
      const start = at;
      at += item.length;
      // the pieces a number is typed in, with the whitespace between them
      const pieces: { text: string; start: number }[] = [];
      for (const m of item.matchAll(/[^ \t]+/g)) pieces.push({ text: m[0], start: start + m.index });
      const counts = pieces.map((p) => digitsOf(p.text).length);
      // ("+62 812 3456 7890": a country code may be shorter; "0812 34 56 78 90": pairs)
      const grouped = counts.every((n, i) => n >= 3 || (i === 0 && pieces[0]!.text.startsWith("+"))) || (pieces.length > 2 && counts.every((n) => n >= 2 && n <= 5));
      const candidates = grouped && !YEARS.test(item.trim()) ? [{ text: item, start }] : pieces;
      for (const c of candidates) {
        // an opening bracket belongs to the number ("(0411) 452 1234"); trailing punctuation does not
        const text = c.text.replace(/^[^\d•+(]+|[^\d•]+$/g, "").replace(/^\((?![^)]*\))/, "");
        if (text === "") continue;
        const s = c.start + c.text.indexOf(text);
        const masked = text.includes(MASK);
        if (masked || digitsOf(text).length >= MIN_IDENTITY_DIGITS) spans.push({ start: s, end: s + text.length, masked });
      }
    }
  }
  return spans;
}

/**
 * `replace` gets an identity number's digits and the piece of text they were typed as; `masked`
 * gets a piece masked before (unchanged by default: masking twice is masking once).
 */
function replaceIdentityNumbers(text: string, replace: (digits: string, piece: string) => string, masked: (piece: string) => string = (piece) => piece): string {
  // plain ASCII (no full-width digit, mask or zero-width character) with too few digits for any identity number,
  // as most questions are: nothing to find, and normalising it character by character is the costly part
  if (ASCII_ONLY.test(text) && (text.match(ASCII_DIGITS)?.length ?? 0) < MIN_IDENTITY_DIGITS) return text;
  const { plain, origin } = normalised(text);
  let out = "";
  let last = 0;
  for (const span of numberSpans(plain)) {
    const from = origin[span.start]!;
    const to = origin[span.end - 1]! + codeUnits(text, origin[span.end - 1]!);
    const piece = text.slice(from, to);
    out += text.slice(last, from) + (span.masked ? masked(piece) : replace(digitsOf(plain.slice(span.start, span.end)), piece));
    last = to;
  }
  return out + text.slice(last);
}

function codeUnits(text: string, at: number): number {
  const cp = text.codePointAt(at);
  return cp !== undefined && cp > 0xffff ? 2 : 1;
}
