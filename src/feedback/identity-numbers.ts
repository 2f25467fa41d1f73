/**
 * Identity numbers people type into free text ("nomor KPJ saya 12345678901 NIK 7371…"):
 * NIK (16 digits), KPJ (11), phone numbers, bank accounts. Free text is stored for
 * officers without the consent personal data needs (UU PDP 27/2022), so such numbers are
 * masked before they are stored, and again where officers read them (older rows). Rupiah
 * amounts ("150.000.000", "Rp 150000000") are left alone.
 */

/**
 * A run of digits, possibly with spaces, dashes or dots inside, possibly after "+". A masked
 * digit ("•") counts as a digit: a number masked once reads as the number it was, so masking is
 * idempotent and whatever reads the text treats the masked number as it treats the number.
 */
const NUMBER_RUN = /\+?[\d•](?:[\d•\s.-]*[\d•])?/g;
const MASK = "•";
/** Thousands written the Indonesian way: 1–3 digits, then groups of three after dots or commas. */
const AMOUNT = /^\d{1,3}(?:[.,]\d{3})+$/;
/**
 * Fewer digits than this are figures (years, ages, amounts up to Rp999.999.999 written without
 * dots), not identity numbers; the shortest phone number has ten.
 */
const MIN_IDENTITY_DIGITS = 10;
/** Digits kept at the end, so an officer can still tell two numbers apart. */
const KEPT_DIGITS = 4;

/** An amount in rupiah ("Rp 150000000") is no identity number. */
const RUPIAH_BEFORE = /\brp\.?\s*$/i;

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
    return piece.replace(/\d/g, (d) => (hidden-- > 0 ? MASK : d));
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
 * `replace` gets an identity number's digits and the piece of text they were typed as; `masked`
 * gets a piece masked before (unchanged by default: masking twice is masking once).
 */
function replaceIdentityNumbers(text: string, replace: (digits: string, piece: string) => string, masked: (piece: string) => string = (piece) => piece): string {
  return text.replace(NUMBER_RUN, (run, offset: number) => {
    if (RUPIAH_BEFORE.test(text.slice(Math.max(0, offset - 4), offset))) return run;
    const digitsOf = (piece: string) => piece.replace(/[^\d•]/g, "");
    const one = (piece: string) => {
      if (piece.includes(MASK)) return masked(piece);
      const digits = digitsOf(piece);
      return digits.length < MIN_IDENTITY_DIGITS || AMOUNT.test(piece) ? piece : replace(digits, piece);
    };
    // "7371 0101 0101 0001" is one number; "4500000 12 bulan" is two
    const pieces = run.split(/(\s+)/);
    // ("+62 812 3456 7890": a country code may be shorter)
    const oneNumber = pieces.every((p, i) => i % 2 === 1 || digitsOf(p).length >= 3 || (i === 0 && p.startsWith("+")));
    return oneNumber ? one(run) : pieces.map((p, i) => (i % 2 === 1 ? p : one(p))).join("");
  });
}
