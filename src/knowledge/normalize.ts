/**
 * Turns what people type ("brp iuran bpjs tk utk ojol sebulan??") into search
 * tokens: NFKC, case folding, emoji and punctuation stripped, stretched letters
 * squeezed, lexicon replacements (abbreviations, slang, synonyms, English),
 * stopwords dropped, Indonesian affixes stemmed with Sastrawi (sastrawijs), the
 * maintained port of the standard dictionary-based Indonesian stemmer.
 */
import { Stemmer } from "sastrawijs";
import type { Lexicon } from "./schema";

/** Words the stemmer must leave alone: program names and terms it would mangle. */
const PROTECTED = new Set([
  "jkk", "jkm", "jht", "jp", "jkp", "bpu", "pu", "phk", "jmo", "kpj", "nik", "ktp", "umk", "ump",
  "apbdes", "add", "bpd", "pmi", "jakon", "pktd", "siltap", "npwp", "otp", "bsu", "ojol", "tka",
  "beasiswa", "pensiun", "bpjs", "kesehatan", "ketenagakerjaan", "jamsostek", "mou", "ucj",
  "sulbar", "sulsel", "sumsel", "sidrap", "makassar", "mamuju", "palembang", "waris", "meninggal",
]);

const MAX_PHRASE_WORDS = 4;

export interface Normalizer {
  /** Search tokens for a text, in order, duplicates kept. */
  tokens(text: string): string[];
  /** Words after lexicon and stopwords, before stemming: what typo correction compares against. */
  surface(text: string): string[];
  /** surface() of a text clean() already returned. */
  surfaceOfClean(cleaned: string): string[];
  stem(word: string): string;
  /** tokens() from words surface() already returned: stemmed, stopwords dropped. */
  tokensOfSurface(words: readonly string[]): string[];
  /** The cleaned surface form before lexicon and stemming, for display and logs of shape only. */
  clean(text: string): string;
  /**
   * A word of the Indonesian dictionary (Sastrawi's root words, after stemming): "kapal",
   * "galangan". Such a word is not a typo of a word the knowledge uses ("kapal" is not "kapan").
   */
  isDictionaryWord(word: string): boolean;
}

// Compiled once here: esbuild (tsx, the bundle) rewrites literals with \p{…} and a back-reference
// into `new RegExp(…)` calls, which in a function body would build the pattern on every call.
const DECIMAL_SEPARATOR = /(\d)[.,](?=\d)/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}\u0000]+/gu;
const KEPT_SEPARATOR = /\u0000/g;
const STRETCHED_LETTER = /(\p{L})\1{2,}/gu;
const DIGIT_THEN_LETTER = /(\d)(\p{L})/gu;
const LETTER_THEN_DIGIT = /(\p{L})(\d)/gu;
const SPACES = /\s+/g;
/**
 * "kira2", "anak2", "hati2": a 2 right after a word repeats it (kira-kira), it is no number.
 * Only for questions searched: the calculator reads its own amounts ("gaji2jt" stays a figure there).
 */
const REDUPLICATED = /(\p{L}{3,})2(?![\p{N}\p{L}.,])/gu;

/** Lower-cases, strips everything but letters and digits, squeezes stretched letters. */
/** Markup pasted or typed into a message ("<b>", "</a>", "<script …>"): no words of the question. */
export const MARKUP_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;

export function cleanText(text: string): string {
  return text
    .replace(MARKUP_TAG, " ")
    .normalize("NFKC")
    // Indonesian has no special casing rules, and the locale-aware call is 60× slower
    .toLowerCase()
    // keep decimal separators inside numbers ("2,5jt"), drop every other symbol, emoji included
    .replace(DECIMAL_SEPARATOR, "$1\u0000")
    .replace(NOT_LETTER_OR_DIGIT, " ")
    .replace(KEPT_SEPARATOR, ".")
    // "bangettt" → "banget": three or more of one letter never occur in real words
    .replace(STRETCHED_LETTER, "$1")
    // "3jt" → "3 jt", "rp2" → "rp 2"
    .replace(DIGIT_THEN_LETTER, "$1 $2")
    .replace(LETTER_THEN_DIGIT, "$1 $2")
    .trim()
    .replace(SPACES, " ");
}

/** "kakk", "kaak", "kaakk": "kak" (sis/bro) with a doubled letter the three-letter squeeze leaves. */
const KAK_FORMS = /^ka+k+$/;
/** "kaka", "kakakk": "kakak". */
const KAKAK_FORMS = /^ka+ka+k*$/;
/** A word starting with "ka" or "kk", which the forms above and "kk" all do. */
const MAY_ADDRESS = /(?:^| )k[ak]/;
/**
 * Words after which "kk" addresses someone ("halo kk", "apa ya kk", "makasih kk"): otherwise "kk" is
 * the family card (kartu keluarga) a claim asks for ("perlu ktp kk", "kk sm akta kematian").
 */
const BEFORE_ADDRESS = new Set([
  "halo", "hai", "hallo", "hi", "permisi", "pagi", "siang", "sore", "malam", "makasih", "mksh", "makasi", "thanks", "thx", "trims",
  "ya", "y", "yaa", "yah", "dong", "donk", "deh", "sih", "kah", "apa", "brp", "berapa", "gmn", "gimana", "bagaimana", "ok", "oke",
  "siap", "gak", "ga", "gk", "nggak", "ngga", "tidak", "tdk",
]);
/** Words after a leading "kk" that make it the family card: a list of papers ("kk sm akta"), or its state ("kk hilang"). */
const AFTER_FAMILY_CARD = new Set(["dan", "sm", "sama", "ama", "atau", "ato", "n", "ktp", "akta", "hilang", "ilang", "rusak", "asli", "fotokopi", "fc"]);

/**
 * The everyday address read as "kak" whatever its spelling, so the stopword list drops it and
 * typo correction never turns "kakk" into "kakek" (grandfather, an heir).
 */
export function withAddressAsKak(cleaned: string): string {
  // every form read here starts with "ka" or "kk": a text with no such word is returned as it is
  if (!MAY_ADDRESS.test(cleaned)) return cleaned;
  const words = cleaned.split(" ");
  const read = words.map((w, i) => {
    if (KAK_FORMS.test(w)) return "kak";
    if (KAKAK_FORMS.test(w)) return "kakak";
    if (w !== "kk" || words.length === 1) return w;
    const before = words[i - 1];
    const after = words[i + 1];
    const addresses = before === undefined ? !AFTER_FAMILY_CARD.has(after!) : BEFORE_ADDRESS.has(before);
    return addresses ? "kak" : w;
  });
  return read.join(" ");
}

/** Stems kept in memory; the knowledge's own vocabulary is a few thousand words. */
const STEM_CACHE_LIMIT = 50_000;

export function createNormalizer(lexicon: Lexicon): Normalizer {
  const phrases = new Map<string, string[]>();
  for (const [from, to] of Object.entries(lexicon.replacements)) {
    const key = cleanText(from);
    if (key) phrases.set(key, cleanText(to).split(" ").filter(Boolean));
  }
  // most words start no multi-word phrase: for them one map lookup is enough
  const phraseStarts = new Set([...phrases.keys()].filter((k) => k.includes(" ")).map((k) => k.slice(0, k.indexOf(" "))));
  const stopwords = new Set(lexicon.stopwords.map(cleanText));
  const stemmer = new Stemmer();
  const stemCache = new Map<string, string>();

  const stem = (word: string): string => {
    if (PROTECTED.has(word) || word.length <= 3 || /\d/.test(word)) return word;
    let stemmed = stemCache.get(word);
    if (stemmed === undefined) {
      stemmed = stemmer.stem(word) || word;
      // bounded: every new word anyone types would otherwise stay for the bot's lifetime
      if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
      stemCache.set(word, stemmed);
    }
    return stemmed;
  };

  const replace = (words: string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      let matched = false;
      const longest = phraseStarts.has(words[i]!) ? Math.min(MAX_PHRASE_WORDS, words.length - i) : 1;
      for (let n = longest; n >= 1; n--) {
        const replacement = phrases.get(n === 1 ? words[i]! : words.slice(i, i + n).join(" "));
        if (replacement) {
          out.push(...replacement);
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) out.push(words[i++]!);
    }
    return out;
  };

  const surfaceOfClean = (cleaned: string): string[] => replace(cleaned.split(" ").filter(Boolean)).filter((w) => !stopwords.has(w));
  const clean = (text: string): string => withAddressAsKak(cleanText(text.replace(REDUPLICATED, "$1")));
  const surface = (text: string): string[] => surfaceOfClean(clean(text));

  const tokensOfSurface = (words: readonly string[]): string[] => words.map(stem).filter((w) => w.length > 0 && !stopwords.has(w));

  return {
    clean,
    surface,
    surfaceOfClean,
    stem,
    tokens: (text: string): string[] => tokensOfSurface(surface(text)),
    tokensOfSurface,
    isDictionaryWord: (word: string) => word.length > 3 && (stemmer.find(word) || stemmer.find(stem(word))),
  };
}
