/**
 * Messages that ask for an action rather than an answer ("saya mau daftar",
 * "hitung iuran", "ada acara apa") go to that action. Patterns are matched on
 * the cleaned text, before the lexicon, so they stay predictable.
 */
import { cleanText, withAddressAsKak } from "./normalize";

export type Intent = "enroll" | "contact_me" | "calculate" | "village_budget" | "events" | "menu" | "help" | "my_data" | "thanks" | "never_mind" | "wants_to_ask" | "who" | "agree" | "village_intro";

/** Ways to reach someone: a call, WhatsApp, a text. */
const CONTACT_VERBS = "hubungi|telp|telpon|telepon|tlp|kontak|call|contact|wa|whatsapp|watsap|sms|text|message|chat|japri|dm";
/** A contact request that asks for a number or a place is a question about our channels ("tolong hubungi call center dmn"). */
const ASKS_FOR_CHANNEL = /\b(berapa|brp|dimana|dmn|di mana|kemana|kmn|alamat|where|what|which)\b/;

const PATTERNS: [Intent, RegExp][] = [
  // "tolong hubungi sy utk daftar bpu": asking to be contacted to join is the enrollment's purpose
  ["enroll", /\b(tolong|mohon|minta|harap)\s+(di)?hubungi\b.*\b(daftar|ikut|gabung|jadi peserta)\b|\b(mau|ingin|pengen|pingin|pgn|minat|tertarik)\s+(ikut\s+|jadi\s+peserta\s*|gabung\s*)?(daftar|mendaftar|ikut|gabung|jadi peserta)\b|\bdaftar minat\b|^(mau |mo |pengen |ingin )?daftar( (bpjs( tk| ketenagakerjaan| tenaga kerja)?|bpjstk|bpu|jamsostek|peserta))?( (dong|donk|dunk|ya|yuk|kak|min|sekarang|skrg|aja|saja|deh|sih))*$|\bi want to (join|register|sign up)\b|\bsign me up\b/],
  // "no hp sy … tlg hubungi", "minta ditelpon petugas", "please call me": to be contacted, for no purpose named
  // (with "daftar" it is the enrollment above); the bot cannot call, so it shows who can
  ["contact_me", new RegExp(
    String.raw`\b(tolong|tlg|tlng|mohon|minta|harap|please|pls|plz)\s+((petugas|officer|someone|an officer|admin)\s+)?((sy|saya|aku)\s+)?(di\s?)?(${CONTACT_VERBS})\b(?!\s+(call|cs|customer|bpjs|kantor|cabang|175|nomor|no)\b)` +
      String.raw`|\b(${CONTACT_VERBS})\s+(saya|sy|aku|me)\b` +
      String.raw`|\b(have|get|can|could|will|would)\s+(an officer|someone|somebody|you|a person|staff)\s+(${CONTACT_VERBS})\s+me\b`,
  )],
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
  // other ways to address someone, and Sundanese and Javanese words that come with thanks ("hatur nuhun kang", "wes ngerti matur nuwun")
  "kang", "akang", "teh", "teteh", "mas", "mbak", "mba", "bro", "sis", "om", "bos", "cak", "pisan", "sanget", "nggih", "inggih",
  "wes", "wis", "udah", "udh", "sudah", "ngerti", "mengerti", "dimengerti", "dipahami", "lah", "ah", "kok",
]);
/** "sy mau tanya min", "boleh tanya?": an opening, not yet the question. */
const WANTS_TO_ASK = /^((kak|min|admin|pak|bu|bang|gan|sy|saya|aku|aq|mau|mw|ingin|boleh|bolehkah|numpang|izin|ijin|permisi|mo|pengen|pgn)\s+)*(tanya|nanya|nnya|bertanya)(\s+(dong|donk|ya|yah|kak|min|admin|pak|bu|bang|sedikit|dikit|boleh|bisa|sesuatu))*$|^(can|may) i ask( (something|a question))?$/;
/**
 * "gimana kak", "gmn min", "bagaimana ya": asking how, about nothing named. Searched, it found three arbitrary
 * entries; it is an opening too, answered with "ask away".
 */
const HOW_ABOUT_NOTHING = /^(gimana|gmn|gmna|gimna|bagaimana|bgmn|gimane|piye|kumaha|gemana|cemana)( (kak|kakak|min|admin|pak|bu|bang|gan|mas|mbak|ya|yah|dong|donk|sih|nih))*$/;
/** "ga jadi", "tidak jadi", "batal" with no form open: the user changed their mind. */
const NEVER_MIND = /^((sy|saya|aku) )?((mau|mo|pengen|ingin) )?((ga|gak|gk|nggak|ngga|enggak|tidak|tdk|g) jadi|batal|batalin|batalkan|cancel|never ?mind|nevermind|skip)( deh| dulu| aja| saja| ya| kak| min| sih)*$/;

/**
 * "setuju", "iya sy setuju", "ya", "ok setuju" outside a form: an agreement with nothing to agree to. It is
 * not a question ("setuju" alone had matched the one paraphrase with "disetujui": a rejected JHT claim).
 */
const AGREE = /^((ok|oke|okey|okay|iya|iyaa|ya|yaa|yes|baik|sip) )?((sy|saya|aku|aq|i) )?(setuju|sepakat|agree|ya|yaa|iya|iyaa|iye|yes|yup|yep|yoi|betul|benar|bener)( (kak|min|pak|bu|bang|deh|dong|ya|aja|saja|sih|kok))*$/;

/** Words that thank and only thank ("kasih" alone gives, "ok" agrees): one of them in a short message the search cannot place is a thank-you. */
const PLAIN_THANKS = /\b(makasih|makasi|makasii|mksh|trims|trimakasih|terimakasih|terima kasih|thanks|thank you|thx|tq|tengkyu|nuhun|nuwun|suwun)\b/;
/** At most this many words: a longer message with thanks in it ("makasih, trus jht nya gmn") asks something. */
const MAX_THANKS_WORDS = 6;

/**
 * A short message with a thank-you in it that asks nothing ("hatur nuhun pisan kang"): when the search
 * finds nothing in it, it is answered as thanks, never declined nor kept as a question the bot failed.
 */
export function isThanksAmongOthers(text: string): boolean {
  const cleaned = withAddressAsKak(cleanText(text));
  const words = cleaned.split(" ").filter(Boolean);
  return words.length <= MAX_THANKS_WORDS && PLAIN_THANKS.test(cleaned) && !ASKS_SOMETHING.test(cleaned) && !text.includes("?");
}

function isThanks(cleaned: string): boolean {
  const words = cleaned.split(" ").filter(Boolean);
  return words.some((w) => THANKS_WORDS.has(w)) && words.every((w) => THANKS_WORDS.has(w) || THANKS_COMPANIONS.has(w));
}

/**
 * "mau ikut bpjs tk, syaratnya apa?" asks about joining; it is answered, not sent into the
 * enrollment form. A wish to join that asks nothing ("saya mau daftar") opens the form.
 */
const ASKS_SOMETHING = /\b(apa|apaan|apakah|berapa|brp|bagaimana|gimana|gmn|caranya|cara|syarat\w*|perlu|harus|bisa|bs|boleh|kapan|dimana|mana|iuran\w*|biaya\w*|bayar\w*|untung\w*|manfaat\w*|how|what|which|need|cost)\b/;

/** Words about an answer just given ("jawabannya kurang lengkap", "bukan itu", "salah"): a comment on it, not a new question. */
const ABOUT_THE_ANSWER = /\b(jawaban\w*|jwbn\w*|salah|keliru|kurang|(tidak|tdk|ga|gak|gk|nggak|ngga|g|belum|blm) (di\w+|ada|sesuai|nyambung|jawab|menjawab|lengkap|jelas|membantu|ngerti|paham|bener|benar)|bukan itu|ngawur|answer|wrong|missing|incomplete|unclear|not (what|helpful|clear|explained|mentioned))\b/;
/** Words that ask: a message with one of them, or ending in "?", asks something. */
const QUESTION_WORDS = /\b(apa|apakah|apaan|berapa|brp|brapa|bagaimana|gimana|gmn|gmna|kapan|kpn|dimana|dmn|kemana|kmn|mana|siapa|kenapa|knp|mengapa|bisa|bs|bisakah|boleh|bolehkah|how|what|when|where|who|which|why|can|could|is|are|does|do)\b/;

/**
 * What a user types after pressing 👎 and being asked what was missing: a new question ("kl telat bayar
 * gimana") is answered, a comment on the answer ("kurang lengkap", "bukan itu maksud sy") is kept as one.
 */
export function readsAsNewQuestion(text: string): boolean {
  const cleaned = withAddressAsKak(cleanText(text));
  if (!cleaned || ABOUT_THE_ANSWER.test(cleaned)) return false;
  return text.trim().endsWith("?") || QUESTION_WORDS.test(cleaned);
}

/**
 * "mau daftar tp gak punya hp android": a wish to join held back by something the user lacks asks how
 * to join without it; the search answers that (and its answer says how to start the form).
 */
const LACKS_SOMETHING = /\b(ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm)\s+(punya|pny|ada)\b|\b(without|(don t|dont|do not) have)\b/;

/** How a greeting opens a message ("selamat siang", "assalamualaikum wr wb", "halo min"); the time of day kept to greet back. */
const GREETING = /^(assalamu ?alaikum(?: (?:wr ?wb|warahmatullahi(?: wabarakatuh)?))?|ass?alamualaikum|salam kenal|salam|halo+|hallo|hai+|hi|hello|permisi|punten|sampurasun|(?:selamat )?(pagi|siang|sore|malam)|good (morning|afternoon|evening))((?: (?:min|kak|pak|bu|bapak|ibu|admin|bot|semua|tanyajamsos|salam kenal))*)(?: |$)/;
/** "sy kades di kab. bone", "saya anggota bpd", "perkenalkan saya sekdes desa X": a village role introduced. */
const VILLAGE_ROLE_INTRO = /^(?:(?:perkenalkan|kenalkan)(?: nama)? )?(?:sy|saya|aku|aq|kami|ini)(?: (?:adalah|ini|sebagai|selaku|seorang|salah satu|baru|jadi))*(?: (?:pj|plt|wakil|anggota|ketua))? (kades|kepala desa|kepdes|pj kades|sekdes|sekretaris desa|perangkat desa|aparat desa|aparatur desa|kaur|kasi|kadus|kepala dusun|bpd|bendahara desa|operator desa|staf desa|pendamping desa|pendamping lokal desa|lurah)\b(.*)$/;
/** What may follow the role in an introduction: where, and names ("di kab bone", "desa sukamaju kec. x"), not a question. */
const MAX_INTRO_WORDS = 16;

/** The greeting a message opens with, to greet back: "salam" (assalamualaikum), a time of day, or any other. */
export type Greeting = "salam" | "pagi" | "siang" | "sore" | "malam" | "other";

export function greetingOf(text: string): Greeting | undefined {
  const m = GREETING.exec(withAddressAsKak(cleanText(text)));
  if (!m) return undefined;
  if (/^ass?alamu/.test(m[1]!)) return "salam";
  const time = m[2] ?? { morning: "pagi", afternoon: "siang", evening: "malam" }[m[3] ?? ""];
  return (time as Greeting | undefined) ?? "other";
}

/**
 * "selamat siang, sy kades di kab. bone", "assalamualaikum, sy anggota bpd": a village head, official or BPD
 * member saying who they are, asking nothing yet. They are greeted and shown what the bot does for a village.
 */
function introducesVillageRole(cleaned: string, text: string): boolean {
  if (text.includes("?") || ASKS_SOMETHING.test(cleaned) || cleaned.split(" ").length > MAX_INTRO_WORDS) return false;
  const greeting = GREETING.exec(cleaned);
  const rest = greeting ? cleaned.slice(greeting[0].length) : cleaned;
  const intro = VILLAGE_ROLE_INTRO.exec(rest.trim());
  if (!intro) return false;
  // after the role, only where they are from or a polite word: "mau daftar", "kena phk" or figures are more than an introduction
  const after = intro[2]!.trim();
  if (/\d|\b(mau|ingin|pengen|tanya|nanya|hitung|daftar|iuran|bayar|klaim)\b/.test(after)) return false;
  // "kaur keuangan", "kasi pemerintahan": the office's section is part of the title
  const words = after.split(" ").filter(Boolean);
  while (words.length > 0 && OFFICE_SECTIONS.has(words[0]!)) words.shift();
  return words.length === 0 || INTRO_PLACE.has(words[0]!) || words.every((w) => INTRO_POLITE.has(w));
}
/** How where someone is from opens ("di kab bone", "desa sukamaju", "dari kec x"): anything may follow. */
const INTRO_PLACE = new Set(["di", "dari", "desa", "ds", "kab", "kabupaten", "kec", "kecamatan", "kota", "kelurahan", "kel", "dusun", "nagari", "gampong", "kampung", "prov", "provinsi", "wilayah", "daerah"]);
/** The sections after "kaur" or "kasi". */
const OFFICE_SECTIONS = new Set(["keuangan", "umum", "perencanaan", "pemerintahan", "kesejahteraan", "kesra", "pelayanan", "tu", "tata", "usaha", "dan"]);
/** What may close an introduction ("sy kades baru nih, salam kenal"). */
const INTRO_POLITE = new Set(["nih", "ni", "ya", "kak", "min", "pak", "bu", "salam", "kenal", "baru", "disini", "sini", "mohon", "bimbingannya", "bantuannya", "terima", "kasih", "makasih"]);

export function detectIntent(text: string): Intent | null {
  const cleaned = withAddressAsKak(cleanText(text));
  if (isThanks(cleaned)) return "thanks";
  if (introducesVillageRole(cleaned, text)) return "village_intro";
  if (NEVER_MIND.test(cleaned)) return "never_mind";
  if (AGREE.test(cleaned)) return "agree";
  if (WANTS_TO_ASK.test(cleaned) || HOW_ABOUT_NOTHING.test(cleaned)) return "wants_to_ask";
  for (const [intent, pattern] of PATTERNS) {
    if (!pattern.test(cleaned)) continue;
    if (intent === "contact_me" && ASKS_FOR_CHANNEL.test(cleaned)) return null;
    if (intent === "enroll" && (text.includes("?") || ASKS_SOMETHING.test(cleaned) || LACKS_SOMETHING.test(cleaned))) return null;
    return intent;
  }
  return null;
}

/**
 * "perusahaan sy blm daftarin", "kantor gak mendaftarkan saya", "my employer has not registered me": a worker
 * whose employer has not registered them, which is the employer's duty (a wish to join said with it is
 * answered with that duty first, the enrollment interest offered beside it).
 */
const EMPLOYER_HAS_NOT_REGISTERED =
  /\b(perusahaan|kantor|pabrik|pt|cv|bos|boss|majikan|atasan|hrd|tempat (sy |saya |aku )?kerja|pemberi kerja)\b.*\b(belum|blm|ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|gamau|gmau|ogah|gk mau|ga mau|tidak mau) ?(di|men|me|nge|ng)?(daftar|daftarin|daftarkan|ikutkan|ikutin|ikutsertakan)\b|\b(belum|blm|ga|gak|gk|tidak|tdk|nggak) (di)?daftar(kan|in)? (oleh|sama|sm|ama|dari|dr) (perusahaan|kantor|pabrik|bos|majikan|atasan|hrd)\b|\b(employer|company|boss)\b.*\b(has not|hasn t|did not|didn t|does not|doesn t|never|won t|will not) (register|enrol|enroll|sign)/;

export function employerHasNotRegistered(text: string): boolean {
  return EMPLOYER_HAS_NOT_REGISTERED.test(cleanText(text));
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
