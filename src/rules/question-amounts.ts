/** Reading amounts in a question: number words, English amounts, cents, incomes per period and income ranges. */
import { cleanText } from "../knowledge/normalize";
import { extractAmountMatches, extractAmounts, parseRupiah } from "./money";
import { MIN_MONTHLY_INCOME } from "./question-words";

/** An amount as cleanText leaves it ("36 jt", "rp 700.000", "2.5 juta"). */
export const AMOUNT = String.raw`(?:rp\s*\d[\d.]*|\d[\d.]*\s*(?:rb|ribu|rebu|k|jt|juta|jeti|million|thousand)\b|\d{1,3}(?:\.\d{3})+|\d{4,})`;
/** An amount earned per day ("150rb sehari", "150rb/hari"): the calculation needs it per month. */
export const PER_DAY = /\b(sehari|perhari|harian|a day|per day|daily|per hari|tiap hari)\b|\b(rb|ribu|k|jt|juta)\s+hari\b/;
/** The days a daily worker's wage or income is said per: "sehari", "per hari", "harian" (and "150 rb hari" right after an amount). */
const DAY_WORDS = /\b(?:sehari|perhari|per hari|tiap hari|setiap hari|harian|a day|per day|daily|each day)\b/g;
/** The month an amount is said per: "sebulan", "per bulan", "bulanan" (and "3 jt bln" right after an amount). */
const MONTH_WORDS = /\b(?:sebulan|sebln|sbln|perbulan|perbln|per bulan|per bln|tiap bulan|tiap bln|setiap bulan|bulanan|a month|per month|monthly|each month)\b/g;
/** A period word right after "iuran", "bayar", "total": it times the contribution asked ("iuran sebulan brp"), not an amount earned. */
const PAID_PERIOD_BEFORE = /\b(?:iuran\w*|bayar\w*|premi|potongan\w*|biaya\w*|total\w*|contributions?)\s+$/;
/** How far (in words between them) a period word still belongs to an amount: "sehari dapet kira kira 100 rb". */
const PERIOD_REACH = 4;

/**
 * Whether the amount at `at` in cleaned text is earned per day or per month, read from the period
 * word nearest to it ("buruh harian, gaji sebulan 3 jt": the month; "kerja harian 120 rb sehari": the day).
 * A word with another amount between is that amount's. Undefined when no period word is near.
 */
export function periodOfAmountAt(t: string, at: { index: number; raw: string }, all: { index: number; raw: string }[] = [at]): "day" | "month" | undefined {
  const start = at.index;
  const end = at.index + at.raw.length;
  const after = t.slice(end);
  // "150 rb hari", "3 jt bln": the unit right after the amount
  if (/^\s+hari\b/.test(after)) return "day";
  if (/^\s+(?:bulan|bln)\b/.test(after)) return "month";
  // "gaji harian 150rb sebulan": the pay named daily is a day's; the month after it is the period asked
  if (/\b(?:gaji|upah|penghasilan|pendapatan|honor)\s+(?:harian|sehari|perhari|per hari)\s*$/.test(t.slice(0, start))) return "day";
  const candidates: { period: "day" | "month"; distance: number; after: boolean }[] = [];
  for (const [re, period] of [[DAY_WORDS, "day"], [MONTH_WORDS, "month"]] as const) {
    for (const m of t.matchAll(re)) {
      const mStart = m.index!;
      const mEnd = mStart + m[0].length;
      if (period === "month" && PAID_PERIOD_BEFORE.test(t.slice(0, mStart))) continue;
      const isAfter = mStart >= end;
      if (!isAfter && mEnd > start) continue;
      const [from, to] = isAfter ? [end, mStart] : [mEnd, start];
      if (all.some((o) => o !== at && o.index >= from && o.index < to)) continue;
      const distance = t.slice(from, to).split(/\s+/).filter(Boolean).length;
      if (distance <= PERIOD_REACH) candidates.push({ period, distance, after: isAfter });
    }
  }
  // the nearest; at the same distance the word after the amount ("120 rb sehari")
  candidates.sort((a, b) => a.distance - b.distance || Number(b.after) - Number(a.after));
  return candidates[0]?.period;
}

/**
 * Whether `amount` (the one a calculation takes) is earned per day: the period word bound to it
 * says so; with none bound, only an amount too small for a month is read as a day's ("harian … 80 rb").
 */
export function isDailyAmount(t: string, amount: number): boolean {
  const all = extractAmountMatches(t);
  const at = all.find((a) => a.value === amount);
  const period = at ? periodOfAmountAt(t, at, all) : undefined;
  if (period) return period === "day";
  return PER_DAY.test(t) && (!at || amount < MIN_MONTHLY_INCOME);
}

const YEARLY = "setahun|per ?tahun|tiap tahun|tahunan|a year|per year|yearly|annual|annually";
/**
 * An amount per week, per year, per harvest or per trip at sea: no rule turns these into a month,
 * so they are not computed. A year only right next to the amount — "iuran bpu setahun brp" is a period.
 */
export const OTHER_INCOME_PERIOD = [
  // "per 2 minggu", "tiap 2 minggu": a fortnight's pay is no month's either
  /\b(seminggu|sepekan|per ?minggu|tiap minggu|mingguan|per ?pekan|a week|per week|weekly|(?:per|tiap|setiap)\s*\d+\s*(?:minggu|pekan)|dua mingguan|2 mingguan|biweekly|fortnight\w*)\b/,
  // "gaji 12 jt tahun depan" names a period, not a yearly income
  new RegExp(String.raw`${AMOUNT}\s+(?:${YEARLY}|tahun|thn|th)\b(?!\s*\d)(?!\s+(?:depan|dpn|ini|lalu|kemarin|next|this|last)\b)`),
  new RegExp(String.raw`(?<!\b(?:iuran|bayar|premi|potongan|biaya)\s)\b(?:${YEARLY})\s+(?:sekitar\s+|kira kira\s+|rata rata\s+)?${AMOUNT}`),
  /\b\d+\s*(bulan|bln|minggu)\s+sekali\b|\b(per|tiap|setiap|sekali|hasil)\s+panen\b|\bpanen\b.*\bsekali\b|\bper\s+\d+\s*(bulan|bln)\b|\b(per ?musim|semusim)\b/,
  /\b(per|tiap|setiap|sekali|sekali2)\s+(melaut|berlayar|narik|trip|jalan|angkut)\b/,
];

/**
 * "Rp 2.100.000,00", "2,100,000.00": zero cents as financial documents write them. Taken off before
 * cleanText, which would turn the decimal comma into one more thousands dot.
 */
export function withoutCents(text: string): string {
  return text.replace(/(\d{1,3}(?:\.\d{3})+),00?\b/g, "$1").replace(/(\d{1,3}(?:,\d{3})+)\.00?\b/g, "$1");
}

/** "rata2", "masing2": the 2 repeats the word, it is no count. */
export function withoutReduplication(text: string): string {
  return text.replace(/\b(rata|kira|masing|orang|bapak|ibu|warga|pekerja|perangkat|aparat|petani|nelayan)2(?![\d.,])/gi, "$1");
}

/** Number words that build an amount ("dua juta lima ratus ribu", "seratus lima puluh ribu"). */
const UNIT_WORDS: Record<string, number> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, seratus: 100,
};
const SCALE_WORDS: Record<string, number> = { ribu: 1_000, rb: 1_000, seribu: 1_000, juta: 1_000_000, jt: 1_000_000, sejuta: 1_000_000 };
/** "setengah tahun" is six months, not half of the amount before it ("siltap 2 jt setengah tahun"). */
const HALF = String.raw`setengah(?!\s+(?:tahun|thn|th|bulan|bln)\b)`;
/** "2 juta setengah": two and a half million. */
const MILLIONS_AND_A_HALF = new RegExp(String.raw`\b(\d+)\s*(juta|jt)\s+${HALF}`, "gi");
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
export function withNumberWords(text: string): string {
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
    .replace(MILLIONS_AND_A_HALF, "$1,5 $2");
}

/** An income or wage written with a minus ("gaji -5jt", "penghasilan sy: -3 juta"); a range ("gaji 2-3 jt") is none. */
export const NEGATIVE_INCOME = /\b(?:penghasilan\w*|pendapatan\w*|gaji\w*|upah\w*|siltap\w*|honor\w*|income|salary|wage|omzet|omset)\b[^\d\n\-−–]{0,20}?[-−–]\s*\d/;
/** "gaji 0 iuran brp": an income or wage of nothing, which no contribution is computed on ("gaji 0,5 jt" is none). */
export const ZERO_INCOME = /\b(?:penghasilan\w*|pendapatan\w*|gaji\w*|upah\w*|siltap\w*|honor\w*|income|salary|wage|omzet|omset)\b[^\d\n]{0,20}?(?:rp\.?\s*)?0+(?![\d.,]*\d)/;

/** Words for an amount's scale, as a range writes them once ("5-6 jt" is 5 jt to 6 jt). */
const RANGE_UNIT = String.raw`(?:rb|ribu|rebu|k|jt|juta|jeti|million|thousand)\b`;
/**
 * "gaji 5-6 jt", "penghasilan 2-3 juta", "income 2 to 3 million": a range of incomes or wages. The
 * contribution needs one figure, so neither end is taken for it (read on the text as typed: cleanText drops the dash).
 */
export const RANGE_BODY = String.raw`(?:rp\.?\s*)?(\d[\d.,]*)\s*(${RANGE_UNIT})?\s*(?:[-−–]|s/d|sd|sampai|hingga|to)\s*(?:rp\.?\s*)?(\d[\d.,]*)\s*(${RANGE_UNIT})?`;
const INCOME_RANGE = new RegExp(String.raw`\b(?:penghasilan\w*|pendapatan\w*|gaji\w*|upah\w*|income|salary|wage|omzet|omset)\b[^\d\n]{0,20}?${RANGE_BODY}`);
/** "siltap 1,5-2 jt": a range of siltap, asked back as an income range is. */
export const SILTAP_RANGE = new RegExp(String.raw`\b(?:siltap\w*|honor\w*|insentif|tunjangan\w*)\b[^\d\n]{0,20}?${RANGE_BODY}`);
/** A form's amount typed as a range ("1,5 - 2 jt"): the whole reply. */
export const WHOLE_RANGE = new RegExp(String.raw`^\s*${RANGE_BODY}\s*$`);

/** Both ends of an income range, when they read as two different amounts. */
export function incomeRange(raw: string, pattern: RegExp = INCOME_RANGE): [number, number] | undefined {
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
export function sometimesRange(plain: string): [number, number] | undefined {
  if (!VARIES.test(cleanText(plain))) return undefined;
  const amounts = extractAmounts(plain);
  if (amounts.length !== 2 || amounts[0] === amounts[1]) return undefined;
  const [low, high] = [Math.min(...amounts), Math.max(...amounts)];
  return low >= MIN_MONTHLY_INCOME ? [low, high] : undefined;
}

/** Amounts in cleaned text, with where they stand. */
export const amountsIn = (t: string) => extractAmountMatches(t);
