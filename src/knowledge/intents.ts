/**
 * Messages that ask for an action rather than an answer ("saya mau daftar",
 * "hitung iuran", "ada acara apa") go to that action. Patterns are matched on
 * the cleaned text, before the lexicon, so they stay predictable.
 */
import { cleanText, withAddressAsKak } from "./normalize";

export type Intent = "enroll" | "calculate" | "village_budget" | "events" | "menu" | "help" | "my_data" | "thanks" | "never_mind" | "wants_to_ask" | "who" | "agree";

const PATTERNS: [Intent, RegExp][] = [
  // "tolong hubungi sy utk daftar bpu": asking to be contacted to join is the enrollment's purpose
  ["enroll", /\b(tolong|mohon|minta|harap)\s+(di)?hubungi\b.*\b(daftar|ikut|gabung|jadi peserta)\b|\b(mau|ingin|pengen|pingin|pgn|minat|tertarik)\s+(ikut\s+|jadi\s+peserta\s*|gabung\s*)?(daftar|mendaftar|ikut|gabung|jadi peserta)\b|\bdaftar minat\b|^(mau |mo |pengen |ingin )?daftar( (bpjs( tk| ketenagakerjaan| tenaga kerja)?|bpjstk|bpu|jamsostek|peserta))?( (dong|donk|dunk|ya|yuk|kak|min|sekarang|skrg|aja|saja|deh|sih))*$|\bi want to (join|register|sign up)\b|\bsign me up\b/],
  ["village_budget", /\b(hitung|kalkulator|simulasi)\b.*\b(dana desa|apbdes|anggaran desa)\b|\banggaran\b.*\bdesa\b.*\b(hitung|berapa|brp)\b/],
  ["calculate", /^(hitung|kalkulator|simulasi)( iuran| premi)?( bpjs)?( tk| ketenagakerjaan)?$|\b(hitung|hitungkan|kalkulator|simulasi)\s+(iuran|premi)\b|\bcontribution calculator\b|\bcalculate (my )?contribution/],
  ["events", /^(acara|agenda|event|events|pengumuman|info acara|jadwal sosialisasi)( terbaru| apa aja| apa saja)?$|\bada acara\b|\bacara (bpjs|terdekat|apa)\b/],
  ["menu", /^(menu|mulai|start|halo+|hai+|hi+|hello|helo|hallo|hei|hey|assalamu ?alaikum( wr wb)?|salam|selamat (pagi|siang|sore|malam)|pagi|siang|sore|malam|(good )?(morning|afternoon|evening|night)|permisi|tes|test)( (min|kak|bang|pak|bu|admin|bot|tanyajamsos))?$/],
  ["help", /^(bantuan|help|tolong|panduan)$/],

  ["who", /^(siapa kamu|kamu siapa|ini siapa|ini bot apa|bot apa ini|ini apa|who are you|what are you|are you a bot|kamu bot|ini bot|kamu robot|ini robot)( (ya|kak|min))?$/],
  ["my_data", /^(data saya|dataku|my data)$/],
];

/** "cara daftar bpjs tk", "how to register": a question about registering, offered the 📝 Daftar minat route beside its answers. */
export const ABOUT_REGISTERING = /\b(daftar|mendaftar|daftarin|pendaftaran|register|registration|sign up|enrol|enroll)\b/;

/** Thanks and acknowledgements, in any order ("oke siap makasih min", "matur nuwun"): not questions the bot failed to answer. */
const THANKS_WORDS = new Set([
  "makasih", "makasi", "makasii", "mksh", "mks", "trims", "trimakasih", "terimakasih", "terima", "kasih", "thanks", "thank",
  "thx", "tq", "ty", "oke", "ok", "okey", "okay", "oce", "sip", "siap", "mantap", "mantab", "baik", "noted", "paham", "jelas",
  "alhamdulillah", "nuhun", "hatur", "matur", "nuwun", "suwun", "tengkyu",
]);
/** Words that may come with thanks without asking anything ("ya", "kak", "infonya"). */
const THANKS_COMPANIONS = new Set([
  "ya", "yah", "yaa", "banyak", "kak", "min", "bang", "pak", "bu", "admin", "bot", "sekali", "deh", "dong", "infonya", "info",
  "jawabannya", "penjelasannya", "so", "much", "a", "lot", "you", "oh", "begitu", "gitu", "sangat", "atas", "nya",
]);
/** "sy mau tanya min", "boleh tanya?": an opening, not yet the question. */
const WANTS_TO_ASK = /^((kak|min|admin|pak|bu|bang|gan|sy|saya|aku|aq|mau|mw|ingin|boleh|bolehkah|numpang|izin|ijin|permisi|mo|pengen|pgn)\s+)*(tanya|nanya|nnya|bertanya)(\s+(dong|donk|ya|yah|kak|min|admin|pak|bu|bang|sedikit|dikit|boleh|bisa|sesuatu))*$|^(can|may) i ask( (something|a question))?$/;
/** "ga jadi", "tidak jadi", "batal" with no form open: the user changed their mind. */
const NEVER_MIND = /^((sy|saya|aku) )?((mau|mo|pengen|ingin) )?((ga|gak|gk|nggak|ngga|enggak|tidak|tdk|g) jadi|batal|batalin|batalkan|cancel|never ?mind|nevermind|skip)( deh| dulu| aja| saja| ya| kak| min| sih)*$/;

/**
 * "setuju", "iya sy setuju", "ya", "ok setuju" outside a form: an agreement with nothing to agree to. It is
 * not a question ("setuju" alone had matched the one paraphrase with "disetujui": a rejected JHT claim).
 */
const AGREE = /^((ok|oke|okey|okay|iya|iyaa|ya|yaa|yes|baik|sip) )?((sy|saya|aku|aq|i) )?(setuju|sepakat|agree|ya|yaa|iya|iyaa|iye|yes|yup|yep|yoi|betul|benar|bener)( (kak|min|pak|bu|bang|deh|dong|ya|aja|saja|sih|kok))*$/;

function isThanks(cleaned: string): boolean {
  const words = cleaned.split(" ").filter(Boolean);
  return words.some((w) => THANKS_WORDS.has(w)) && words.every((w) => THANKS_WORDS.has(w) || THANKS_COMPANIONS.has(w));
}

/**
 * "mau ikut bpjs tk, syaratnya apa?" asks about joining; it is answered, not sent into the
 * enrollment form. A wish to join that asks nothing ("saya mau daftar") opens the form.
 */
const ASKS_SOMETHING = /\b(apa|apaan|apakah|berapa|brp|bagaimana|gimana|gmn|caranya|cara|syarat\w*|perlu|harus|bisa|bs|boleh|kapan|dimana|mana|iuran\w*|biaya\w*|bayar\w*|untung\w*|manfaat\w*|how|what|which|need|cost)\b/;

/**
 * "mau daftar tp gak punya hp android": a wish to join held back by something the user lacks asks how
 * to join without it; the search answers that (and its answer says how to start the form).
 */
const LACKS_SOMETHING = /\b(ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm)\s+(punya|pny|ada)\b|\b(without|(don t|dont|do not) have)\b/;

export function detectIntent(text: string): Intent | null {
  const cleaned = withAddressAsKak(cleanText(text));
  if (isThanks(cleaned)) return "thanks";
  if (NEVER_MIND.test(cleaned)) return "never_mind";
  if (AGREE.test(cleaned)) return "agree";
  if (WANTS_TO_ASK.test(cleaned)) return "wants_to_ask";
  for (const [intent, pattern] of PATTERNS) {
    if (!pattern.test(cleaned)) continue;
    if (intent === "enroll" && (text.includes("?") || ASKS_SOMETHING.test(cleaned) || LACKS_SOMETHING.test(cleaned))) return null;
    return intent;
  }
  return null;
}

/** A regulation named with its number, an article or a legal basis ("permendagri 20 2018", "pasal brp", "dasar hukumnya"). */
const NAMES_REGULATION = /\b(pasal|dasar hukum\w*|legal basis|(uu|undang undang|pp|perpres|inpres|permendagri|permendesa|permendes|permenaker|perbup|pkpu)( no| nomor)? \d+)\b/;
/** An amount of money ("2 jt", "rp 500", "2.200.000"): figures to compute with. */
const AMOUNT = /\brp ?\d|\b\d+(\.\d+)? ?(jt|juta|jta|rb|ribu|rbu|k|million|mio)\b|\b\d{1,3}(\.\d{3})+\b/;

/**
 * "permendagri 20 2018 pasal brp yg atur iuran jamsos aparat desa" asks about a regulation: its numbers
 * are the regulation's, not people or months to compute with, so the knowledge answers it, not the
 * calculator. A question that also carries an amount of money is left to the calculator.
 */
export function asksAboutRegulation(text: string): boolean {
  const cleaned = cleanText(text);
  return NAMES_REGULATION.test(cleaned) && !AMOUNT.test(cleaned);
}
