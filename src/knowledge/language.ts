import { MARKUP_TAG } from "./normalize";

/** A cheap guess whether a question is written in English, to answer in kind. */
const ENGLISH = new Set([
  "how", "what", "when", "where", "who", "why", "which", "much", "many", "is", "are", "do", "does", "can", "the",
  "my", "i", "to", "of", "for", "after", "if", "get", "pay", "claim", "contribution", "contributions", "benefit",
  "benefits", "worker", "workers", "insurance", "pension", "death", "accident", "village", "fund", "funds",
  "register", "join", "month", "monthly", "job", "loss", "old", "age", "savings", "should", "will", "there",
  "and", "with", "without", "need", "documents", "heirs", "scholarship", "employer", "informal", "driver", "about",
  "thank", "thanks", "you", "your", "list", "please", "tell", "me", "explain", "salary", "million", "deduction",
  "deducted", "boss", "earn", "selling", "thx", "wage", "cap", "pays", "paid", "expat", "expats", "foreigner",
  "foreigners", "am", "manager", "company", "employees", "employee", "staff",
  // prices and periods ("cheapest bpu contribution", "pmi contract 2 years contribution")
  "cheapest", "cheap", "contract", "years", "year", "fees", "price", "cost", "costs", "rate", "rates", "percent",
  "a", "an", "be", "as", "it", "on", "at", "by", "from", "this", "that", "was", "were", "has", "have", "any", "all",
  "or", "not", "than", "each", "every", "amount", "lump", "sum", "deductions", "taken", "take", "long", "still",
  "work", "working", "wife", "husband", "children", "family", "child", "hospital", "card", "number", "apply",
  // contacts and other short English phrasings ("bpjs hotline", "opening hours of call center", "branch office address")
  "hotline", "opening", "hours", "hour", "official", "office", "offices", "address", "branch", "phone", "contact",
  "open", "closed", "die", "dies", "died", "kids", "school", "university", "fine", "late", "risk", "class",
  "regulation", "allows", "interest", "legit", "fee", "someone", "covered", "trip", "road",
]);
/**
 * English words Indonesians write too ("call center bpjs", "email bpjs"): English only beside a plain
 * English word ("call center number"), never on their own.
 */
const LOANWORDS = new Set(["call", "center", "centre", "email", "online", "website", "web", "app", "chat", "admin"]);
/** Names that are no language: "bpjs hotline" is the one word "hotline" as far as the language goes. */
const NEUTRAL = new Set(["bpjs", "bpjstk", "tk", "jht", "jkk", "jkm", "jp", "jkp", "bpu", "jmo", "kpj", "bpjamsostek", "jamsostek"]);
const INDONESIAN = new Set([
  "apa", "berapa", "brp", "bagaimana", "gimana", "gmn", "cara", "kapan", "siapa", "yang", "yg", "dan", "untuk",
  "utk", "saya", "sy", "kalau", "kl", "klo", "bisa", "bs", "tidak", "gak", "ga", "sudah", "udah", "iuran", "klaim",
  "kerja", "bayar", "dapat", "dapet", "syarat", "daftar", "di", "ke", "dari", "ini", "itu", "ada", "mau", "boleh",
  "makasih", "terima", "kasih", "terimakasih", "mksh", "tolong", "mohon", "kak", "min", "pak", "bu",
  // chat words and the words questions about our programs are made of
  "aja", "saja", "dong", "deh", "sih", "kok", "ya", "yah", "juga", "jg", "lagi", "lg", "dgn", "dengan", "karena", "krn",
  "buat", "bikin", "minta", "punya", "sama", "sm", "tapi", "tp", "atau", "kenapa", "knp", "mana", "dimana", "dmn",
  "kemana", "kmn", "kpn", "harus", "hrs", "perlu", "apakah", "nggak", "ngga", "gk", "tdk", "belum", "blm", "udh",
  "gaji", "upah", "penghasilan", "pekerja", "karyawan", "desa", "perangkat", "warga", "dibayar", "cair", "cairkan",
  "pencairan", "tahun", "thn", "bulan", "bln", "hari", "sakit", "meninggal", "kecelakaan", "santunan", "manfaat",
  "kesehatan", "ketenagakerjaan", "peserta", "berhenti", "keluar", "anggaran", "dana", "potongan", "kartu", "bapak", "ibu",
]);

/** English greetings: the language of a greeting alone, but not of the question after it ("hi good morning, iuran bpu brp"). */
const ENGLISH_GREETINGS = new Set(["hi", "hello", "hey", "good", "morning", "afternoon", "evening", "night"]);

/** How many of a text's words are English and how many Indonesian, of how many. */
function wordCounts(text: string): { en: number; id: number; words: number } {
  const all = (text.replace(MARKUP_TAG, " ").toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !NEUTRAL.has(w));
  const content = all.filter((w) => !ENGLISH_GREETINGS.has(w));
  // a greeting alone is in its own language; with a question after it, the question decides
  const words = content.length > 0 ? content : all;
  let en = content.length > 0 ? 0 : all.length;
  let id = 0;
  const plainEnglish = content.some((w) => ENGLISH.has(w));
  for (const w of content) {
    if (ENGLISH.has(w) || (plainEnglish && LOANWORDS.has(w))) en++;
    // "syaratnya", "iurannya": the -nya ending is Indonesian whatever the word
    if (INDONESIAN.has(w) || (w.length > 5 && w.endsWith("nya"))) id++;
  }
  return { en, id, words: words.length };
}

/** Two words of one language and more than of the other, or (unless `strict`) one word that is the whole text ("thanks"). */
const leans = (mine: number, other: number, words: number, strict = false) => (mine >= 2 && mine > other) || (!strict && mine > 0 && mine === words);

export function looksEnglish(text: string): boolean {
  const { en, id, words } = wordCounts(text);
  return leans(en, id, words);
}

/**
 * The language a text is clearly written in, if any: a phone set to English does not make
 * "gmn klaim jht kl resign" an English question.
 */
export function writtenLanguage(text: string, options: { strict?: boolean } = {}): "en" | "id" | undefined {
  const { en, id, words } = wordCounts(text);
  if (leans(en, id, words, options.strict)) return "en";
  if (leans(id, en, words, options.strict)) return "id";
  return undefined;
}

/**
 * Some English and no Indonesian, though too little to say so on its own ("ok thanks"): after English
 * questions, it is English too.
 */
export function hasEnglishOnly(text: string): boolean {
  const { en, id } = wordCounts(text);
  return en > 0 && id === 0;
}
