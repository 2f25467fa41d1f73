/**
 * Short follow-ups lean on the entry answered just before: after "syarat klaim jkm",
 * "kalau jht?" means the JHT claim documents, and after "apa itu jkm", "iurannya brp"
 * means the JKM contribution. A follow-up either names another program (what was asked
 * stays: the previous entry's label without its program is added) or asks something else
 * (the program stays: the previous entry's program is added), and is searched again with
 * that added. Only a short question that points back counts ("kalau …", "-nya", a word or
 * two): one that says more is never touched, nor one the search answers on its own,
 * except a bare "kalau jkk?", which alone can only be read as "what is JKK". After a calculation the
 * entry the result is about stands in for the answer ("brp bulan dapetnya" after the JKP result), and
 * after a scam or OTP answer "lapor kemana" asks for the official contacts.
 * Measured by `npm run eval` on tests/eval/follow-ups.jsonl and on the labelled questions
 * asked after other answers.
 */
import { HEALTH_TOPIC, PROGRAM_TOPICS, type KnowledgeEntry } from "./schema";
import { calibrate, type KnowledgeSearch, type SearchResult } from "./search";
import { withoutYearsNotAsked } from "./years";
import { cleanText, type Normalizer } from "./normalize";
import { isEmptySituation, situationIn, updatedSituation, type Situation } from "./situation";

/** How long an answer stays the subject of the next question. */
export const FOLLOW_UP_WINDOW_MS = 30 * 60_000;

/** What a follow-up can switch to: the five programs, and the BPU membership. */
const PROGRAMS = new Set([...PROGRAM_TOPICS, "bpu"]);
/** Programs informal (BPU) workers cannot join. */
const NOT_FOR_BPU: ReadonlySet<string> = new Set(["jp", "jkp"]);

/** Words that ask rather than say what about: a follow-up is little else besides them. */
const ASKING_WORDS = new Set(["apa", "berapa", "bagaimana", "kapan", "dimana", "mana", "siapa", "bisa", "tidak", "ada", "dapat"]);

/** How a follow-up often opens ("kalau jht?", "terus syaratnya?"); the normaliser drops these words. */
const OPENING = /^(kalau|kalo|klo|kl|terus|trus|lalu|how about|what about|and)\b/;

/** Words that point back on their own: "-nya" typed apart ("batas waktu nya brp lama"), "juga" ("jht juga bisa cair?"). */
const POINTING_WORDS = new Set(["nya", "juga", "jg", "jga"]);

/** What is done with any program's money ("cair", "diklaim"): with a word pointing back, a follow-up naming a program says no more than the program. */
const PAYOUT_WORDS = new Set(["cair", "klaim", "diklaim", "dicairkan", "pencairan"]);

/** Scores this close are a tie. */
const TIED_SCORE = 0.005;

/** A confidence just short of answering: the question alone nearly said what it asks. */
const NEARLY_ANSWERED = 0.75;

/** At most this many words say what a follow-up is about ("kapan bisa cair" → cair). */
const MAX_FOLLOW_UP_CONTENT_WORDS = 3;

/** Label words too common to say what was asked ("Program yang bisa diikuti BPU"). */
const GENERIC_LABEL_WORDS = new Set(["program", "bisa", "ikut", "bulan", "pilih"]);

/** What carries a topic into a follow-up when the entry's label names no program. */
const TOPIC_WORDS: Partial<Record<KnowledgeEntry["topic"], string>> = {
  jkk: "jkk", jkm: "jkm", jht: "jht", jp: "jp", jkp: "jkp", bpu: "bpu",
  village: "dana desa", jmo: "jmo", jakon: "jakon", pmi: "pmi", employer: "perusahaan",
};

/** A village entry about the officials ("APBDes/ADD untuk iuran aparat desa"): its follow-ups are about them, not about Dana Desa at large. */
const OFFICIALS_LABEL = /\b(aparat|perangkat|siltap)\b/i;

/** The officials, as their questions name them ("hak jamsos kades dan bpd"). */
const OFFICIALS_ASKED = /\b(aparat|perangkat|siltap|bpd|kades|kepala desa|sekdes)\b/i;

const officialsEntries = new WeakMap<KnowledgeEntry, boolean>();

/** A village entry about the officials: its label says so, or most of its questions name them (the UU Desa rights of kades, perangkat and BPD). */
function aboutOfficials(entry: KnowledgeEntry): boolean {
  let about = officialsEntries.get(entry);
  if (about === undefined) {
    about = OFFICIALS_LABEL.test(entry.label ?? "") || entry.questions.filter((q) => OFFICIALS_ASKED.test(q)).length * 2 > entry.questions.length;
    officialsEntries.set(entry, about);
  }
  return about;
}

interface LabelWords {
  surface: readonly string[];
  tokens: readonly string[];
  programs: ReadonlySet<string>;
}

/** Labels are knowledge, not what users type: each is read once per normaliser, not on every follow-up. */
const labelWordsByNormalizer = new WeakMap<Normalizer, WeakMap<KnowledgeEntry, LabelWords>>();

/** An entry's label read by the normaliser (never to be modified: it is shared). */
function labelWordsOf(entry: KnowledgeEntry, normalizer: Normalizer): LabelWords {
  let byEntry = labelWordsByNormalizer.get(normalizer);
  if (!byEntry) labelWordsByNormalizer.set(normalizer, (byEntry = new WeakMap()));
  let words = byEntry.get(entry);
  if (!words) {
    const surface = normalizer.surface(entry.label ?? "");
    const named = surface.filter((w) => PROGRAM_TOPICS.has(w));
    words = { surface, tokens: normalizer.tokensOfSurface(surface), programs: new Set(PROGRAM_TOPICS.has(entry.topic) ? [entry.topic, ...named] : named) };
    byEntry.set(entry, words);
  }
  return words;
}

/** The words that carry the previous entry's topic into a follow-up that names no program. */
function topicWords(previous: KnowledgeEntry): string | undefined {
  if (previous.topic === "village" && aboutOfficials(previous)) return "aparat desa";
  return TOPIC_WORDS[previous.topic];
}

export interface FollowUpResult {
  result: SearchResult;
  /** The previous answer's subject decided the result. */
  usedContext: boolean;
}

export interface FollowUpOptions {
  /**
   * The last thing the user was told was a village budget calculation (newer than `previous`): a
   * legal-basis follow-up ("dasar hukumnya apa") asks for the basis of paying it from village money.
   */
  afterVillageCalculation?: boolean;
  /**
   * `previous` was only the first of the options offered ("Maksud Anda…?"), not an answer the
   * user saw: what the follow-up finds by leaning on it is offered, never stated.
   */
  onlyOffer?: boolean;
  /**
   * `previous` stands for a calculation's result the user was just shown ("Perkiraan manfaat tunai JKP"),
   * not for the entry's own text: a follow-up that leans back onto that entry ("brp bulan dapetnya") gets
   * it, which after an answer the user read would only repeat it.
   */
  afterCalculation?: boolean;
}

/** Searches `text`, leaning on `previous` (the entry answered just before) when the text alone is unclear. */
export function searchFollowUp(search: KnowledgeSearch, text: string, previous: KnowledgeEntry | undefined, options: FollowUpOptions = {}): FollowUpResult {
  const legalBasis = legalBasisFollowUp(search, text, previous, options.afterVillageCalculation) ?? reportAfterScam(search, text, previous);
  const found = legalBasis ?? withoutUnaskedVillageBasis(text, leanOnPrevious(search, text, previous, options.onlyOffer, options.afterCalculation));
  if (options.onlyOffer && found.usedContext && found.result.outcome === "answer") return { ...found, result: { ...found.result, outcome: "clarify" } };
  // leaning on a BPU answer, the programs BPU workers cannot join come last among what is offered
  if (previous?.topic === "bpu" && found.usedContext && found.result.outcome !== "answer") {
    const outside = (c: { entry: KnowledgeEntry }) => [...programsOf(c.entry, search.normalizer)].some((p) => NOT_FOR_BPU.has(p));
    const candidates = [...found.result.candidates.filter((c) => !outside(c)), ...found.result.candidates.filter(outside)];
    return { ...found, result: { ...found.result, candidates } };
  }
  return found;
}

/** The entry that gathers the legal basis of village money paying contributions: officials' and each year's Dana Desa rule. */
export const VILLAGE_LEGAL_BASIS_ENTRY = "desa-dasar-hukum-iuran";
/** Its label, typed out: the search answers a label with its entry. */
const VILLAGE_LEGAL_BASIS_LABEL = "Dasar hukum iuran BPJS dari desa";

/**
 * Village entries with a legal basis of their own (one regulation, a program, another matter):
 * "pasal brp" after them asks about that, and is left to the search.
 */
const OWN_BASIS_VILLAGE_ENTRIES = new Set([
  "desa-uu-desa-2024-hak-jamsos", "desa-inpres-2-2021", "desa-pendamping-desa", "desa-permendagri-pedoman-apbd",
  "desa-badan-adhoc-pemilu", "desa-sadar-jamsostek", "desa-perbup-add-kendal", "desa-jht-aparat-berhenti", "desa-manfaat-aparat-desa",
  "desa-telat-bayar-iuran", "desa-rentan-telat-iuran", "desa-bayar-iuran-di-muka", "desa-sanksi-tidak-daftar",
]);

/**
 * "dasar hukumnya apa", "pasal brp", "aturannya apa", "what is the legal basis": asks only for the basis
 * of what was just said (on the cleaned text, before the lexicon).
 */
const ASKS_LEGAL_BASIS = new RegExp(
  "^((terus|trus|lalu|kalau|kalo|klo|kl|and|so|ok|oke|trs) )?((apa|apakah|what|what s|whats|which) )?((is|are) )?(the )?(" +
    "(dasar|landasan|payung|acuan|rujukan) ?(hukum|aturan|regulasi)?(nya)?|(aturan|peraturan|regulasi|pasal|permen|uu)(nya)?|" +
    "legal basis|basis|regulation|regulations|law|rule|article)" +
    "( (nya|apa|apaan|berapa|brp|brapa|mana|yang mana|yg mana|ke berapa|ya|kak|min|pak|bu|sih|dong|itu|for (it|this|that)|in law|of it|" +
    // "which regulation allows it", "what law says so"
    "(allows|permits|says|governs|covers|regulates) (it|this|that|so|us)|(allows|permits) (it|this|that|us) to( do( (it|this|that|so))?)?))*$",
);

/** Whether `text` asks only for the legal basis of what was just said. */
export function asksLegalBasisOnly(text: string): boolean {
  return ASKS_LEGAL_BASIS.test(cleanText(text));
}

/**
 * After an answer about village money paying contributions, or a village budget calculation, a bare
 * legal-basis follow-up gets the basis gathered in one entry (the officials' basis, then each year's
 * Dana Desa rule), not a menu of one or two of its parts.
 */
function legalBasisFollowUp(search: KnowledgeSearch, text: string, previous: KnowledgeEntry | undefined, afterVillageCalculation = false): FollowUpResult | undefined {
  const aboutVillageMoney = afterVillageCalculation || (previous?.topic === "village" && !OWN_BASIS_VILLAGE_ENTRIES.has(previous.id));
  if (!aboutVillageMoney || !asksLegalBasisOnly(text)) return undefined;
  const found = search.search(VILLAGE_LEGAL_BASIS_LABEL);
  const top = found.candidates[0];
  if (top?.entry.id !== VILLAGE_LEGAL_BASIS_ENTRY) return undefined;
  return { result: { ...found, outcome: "answer", candidates: [top, ...found.candidates.slice(1)] }, usedContext: true };
}

/** The official contacts: where a scam, a leaked OTP or a broker is reported. */
export const OFFICIAL_CONTACTS_ENTRY = "call-center-175";
/** Its label, typed out: the search answers a label with its entry. */
const OFFICIAL_CONTACTS_LABEL = "Call center 175 dan kontak resmi";
/** The topic of the answers about scams, hoaxes, brokers and OTPs. */
const SCAM_TOPIC = "trust";

/**
 * "lapor kemana", "ngadunya ke siapa", "where do I report it": asks only where to report what was just
 * said (on the cleaned text, before the lexicon, which reads "lapor" as reporting an employer).
 */
const ASKS_WHERE_TO_REPORT = new RegExp(
  "^((terus|trus|trs|lalu|kalau|kalo|klo|kl|terus mau|and|so|ok|oke) )?((sy|saya|aku|harus|hrs|mau|bisa|bs) )*" +
    "(lapor|melapor|laporkan|laporin|lapornya|melaporkannya|laporkannya|ngadu|mengadu|adukan|aduin|ngadunya)" +
    "( (nya|ke|kmn|kemana|mana|dimana|dmn|di|siapa|kesiapa|gimana|gmn|bagaimana|dong|ya|kak|min|pak|bu|sih|ini|itu))*$" +
    "|^(where|who) (do|can|should) i (report|complain)( (it|this|that|them|to))*$|^(where to|how do i|how to|how can i) report( (it|this|that))?$",
);

/** Whether `text` asks only where to report what was just said. */
export function asksWhereToReport(text: string): boolean {
  return ASKS_WHERE_TO_REPORT.test(cleanText(text));
}

/**
 * After an answer about a scam, a hoax, an OTP given away or a broker, "lapor kemana" asks where to report
 * that: the official contacts, not the steps for reporting an employer that the words alone find.
 */
function reportAfterScam(search: KnowledgeSearch, text: string, previous: KnowledgeEntry | undefined): FollowUpResult | undefined {
  if (previous?.topic !== SCAM_TOPIC || !asksWhereToReport(text)) return undefined;
  const found = search.search(OFFICIAL_CONTACTS_LABEL);
  const top = found.candidates.find((c) => c.entry.id === OFFICIAL_CONTACTS_ENTRY);
  if (!top) return undefined;
  return { result: { ...found, outcome: "answer", candidates: [top, ...found.candidates.filter((c) => c !== top)] }, usedContext: true };
}

/**
 * A bare "dasar hukumnya apa" names no subject: unless the village was the subject (above), the
 * village basis is offered first, never stated (after "apa itu jkm" it would answer another question).
 */
function withoutUnaskedVillageBasis(text: string, found: FollowUpResult): FollowUpResult {
  const { result } = found;
  if (result.outcome !== "answer" || result.candidates[0]?.entry.id !== VILLAGE_LEGAL_BASIS_ENTRY || !asksLegalBasisOnly(text)) return found;
  return { ...found, result: { ...result, outcome: "clarify" } };
}

function leanOnPrevious(search: KnowledgeSearch, text: string, previous: KnowledgeEntry | undefined, onlyOffered = false, afterCalculation = false): FollowUpResult {
  const plain = search.search(text);
  if (!previous || plain.outOfScope || plain.aboutHealthInsurance) return { result: plain, usedContext: false };
  const { normalizer } = search;
  const cleaned = normalizer.clean(text);
  const content = normalizer.surfaceOfClean(cleaned).filter((w) => !ASKING_WORDS.has(w));
  const named = content.filter((w) => PROGRAMS.has(w));
  const namesProgram = named.length > 0;
  // "kalau jkp?" names nothing but a program; "iurannya brp" or "kapan bisa cair" says little and
  // points back ("-nya", "kalau …"). A question that says more stands on its own.
  const opens = OPENING.test(cleaned);
  const pointer = cleaned.split(" ").some((w) => (w.length > 4 && w.endsWith("nya")) || POINTING_WORDS.has(w));
  // after a calculation the user read figures, not an entry: a short question ("what is the deadline to pay"
  // after the employees' contributions) is about what was computed
  const pointsBack = content.length <= 2 || opens || pointer || afterCalculation;
  // "kl jht nya bs dicairin jg?" names JHT and only what is done with any program's money: still only the program
  const onlyPrograms = namesProgram && content.every((w) => PROGRAMS.has(w) || (pointer && PAYOUT_WORDS.has(w)));
  const isFollowUp = namesProgram ? onlyPrograms : content.length <= MAX_FOLLOW_UP_CONTENT_WORDS && pointsBack;
  // "can i also take my JHT" after the JKP result, which the search alone does not answer: the entry about
  // claiming both together is offered first
  const together = namesProgram && plain.outcome !== "answer" ? claimTogether(search, text, previous, named, cleaned, content) : undefined;
  if (together) return { result: together, usedContext: true };
  // what the search answers on its own stands, except "kalau jkk?" / "what about jkk?", which
  // the search alone can only read as "what is JKK"
  // ...nor a follow-up naming no program, after a BPU answer, that the search alone answers with JP or JKP,
  // which BPU workers cannot join ("kl 6 bulan totalnya brp" after the BPU fee is no question about JKP)
  const before = programsOf(previous, normalizer);
  const plainPrograms = programsOf(plain.candidates[0]?.entry, normalizer);
  const outsideBpu = !namesProgram && previous.topic === "bpu" && plain.outcome === "answer" && [...plainPrograms].some((p) => NOT_FOR_BPU.has(p));
  // ...nor one that points back ("ngajuinnya kapan paling lambat" after the JKP result) which the search
  // alone answers with another program's entry: the program just answered is what "-nya" points at
  const otherProgram = !namesProgram && (pointer || afterCalculation) && plain.outcome === "answer" && before.size > 0 && plainPrograms.size > 0 && ![...plainPrograms].some((p) => before.has(p));
  if (!isFollowUp || (plain.outcome === "answer" && !(onlyPrograms && opens) && !outsideBpu && !otherProgram)) return { result: plain, usedContext: false };
  // a follow-up that tells what happened ("kalau meninggal biasa?" after the JKK death) asks about that, not about the answer before
  // when the question alone nearly places it under another program (a death not at work is JKM's)
  const placed = plain.candidates[0]?.entry;
  if (!namesProgram && plain.outcome !== "decline" && plain.confidence >= NEARLY_ANSWERED && placed && placed.topic !== previous.topic && situationIn(text).events.length > 0) {
    return { result: plain, usedContext: false };
  }

  const labelWords = labelWordsOf(previous, normalizer).surface;
  // naming the program just answered ("jkm brp" after a JKM answer) is a question of its own
  if (namesProgram && named.every((p) => p === previous.topic || labelWords.includes(p))) return { result: plain, usedContext: false };
  // an entry about several programs at once ("Program JKK, JKM, JHT, JP dan JKP") has no one program to carry
  const labelPrograms = [...new Set(labelWords.filter((w) => PROGRAMS.has(w)))];
  const added = namesProgram
    ? labelWords.filter((w) => !PROGRAMS.has(w)).join(" ")
    : labelPrograms.length > 1 ? "" : programOfSubject(labelWords, labelPrograms) ?? labelPrograms[0] ?? topicWords(previous) ?? "";
  if (!added) return { result: plain, usedContext: false };

  // after an answer about our programs, "ngurusnya dmn" is not about a BPJS Kesehatan card
  const withoutHealth = (r: SearchResult): SearchResult =>
    previous.topic === HEALTH_TOPIC ? r : { ...r, candidates: r.candidates.filter((c) => c.entry.topic !== HEALTH_TOPIC) };
  const leaned = withoutHealth(search.search(`${text} ${added}`));
  if (leaned.outcome === "decline") return { result: plain, usedContext: false };
  // an option only offered, as good a match as the best ("brp yg didapat" after the JKK death option, tied
  // with the list of JKK benefits), is what the follow-up is about: it comes first
  const tied = onlyOffered ? leaned.candidates.find((c) => c.entry.id === previous.id && c.score >= (leaned.candidates[0]?.score ?? 0) - TIED_SCORE) : undefined;
  const leaning = tied ? { ...leaned, candidates: [tied, ...leaned.candidates.filter((c) => c !== tied)] } : leaned;
  // leaning on the answer just given must not give it again ("kalau untuk bpd?" after the
  // dana desa answer): what the question alone matched, then the rest, is offered instead
  // ("dasar hukumnya apa" after the officials' answer: theirs, not every year's Dana Desa rule)
  // — unless it was only offered ("Maksud Anda…?"), never read: "brp yg didapat" after the JKK death
  // option offered first is about that option, which is offered again (searchFollowUp keeps it a question)
  if (leaning.candidates[0]?.entry.id === previous.id && onlyOffered) return { result: leaning, usedContext: true };
  // after a calculation the entry's text was never shown: "brp bulan dapetnya" after the JKP result is the JKP benefit
  if (leaning.candidates[0]?.entry.id === previous.id && afterCalculation) return { result: sureWithinTopic(search, leaning, previous.topic), usedContext: true };
  if (leaning.candidates[0]?.entry.id === previous.id) return { result: offeredWithout(previous, text, withoutHealth(plain), leaning), usedContext: false };
  if (!namesProgram) {
    // the program stays the same: an answer about a program the previous one did not name
    // ("klaimnya gmn" after a BPU accident → the BPU JHT claim) is offered, not stated
    const switches = [...programsOf(leaning.candidates[0]?.entry, normalizer)].some((p) => !before.has(p));
    if (switches) return { result: leaning.outcome === "answer" ? { ...leaning, outcome: "clarify" } : leaning, usedContext: true };
    const sure = sureWithinTopic(search, leaning, previous.topic);
    // a question the search alone nearly answered with another entry ("petani bisa ikut ga": who may join BPU)
    // is a question of its own as much as a follow-up: the lean is offered beside it, not stated
    const nearlyAnswered = plain.outcome === "clarify" && plain.confidence >= NEARLY_ANSWERED && plain.candidates[0]?.entry.id !== sure.candidates[0]?.entry.id;
    return { result: sure.outcome === "answer" && nearlyAnswered ? { ...sure, outcome: "clarify" } : sure, usedContext: true };
  }
  // a follow-up that names a program asks the same thing of that program: entries of other
  // programs, or about something else, drop out, and when the best match was one of them
  // the rest are offered, not answered
  const askedWords = labelWordsOf(previous, normalizer).tokens.filter((t) => !PROGRAMS.has(t) && !GENERIC_LABEL_WORDS.has(t));
  const asked = withSameSubject(new Set(askedWords));
  const fits = (e: KnowledgeEntry) => {
    const label = labelWordsOf(e, normalizer).tokens;
    return named.some((p) => e.topic === p || label.includes(p)) && label.some((t) => asked.has(t));
  };
  const candidates = leaning.candidates.filter((c) => fits(c.entry));
  if (candidates.length === 0) return { result: plain, usedContext: false };
  let outcome = candidates[0] === leaning.candidates[0] ? leaning.outcome : "clarify";
  // the one entry whose label asks all the previous label asked ("Dokumen klaim JHT" after "Dokumen
  // klaim JKP", where "Klaim JHT oleh ahli waris" shares only "klaim") is what the follow-up means
  const asksAll = (e: KnowledgeEntry) => {
    const label = labelWordsOf(e, normalizer).tokens;
    return askedWords.every((t) => label.includes(t));
  };
  if (outcome === "clarify" && candidates[0] === leaning.candidates[0] && candidates.filter((c) => asksAll(c.entry)).length === 1 && asksAll(candidates[0]!.entry)) outcome = "answer";
  // "jkm brp", with nothing pointing back ("kalau", "-nya"), asks about JKM as much as it follows up: unless
  // the lean is sure, what the question alone found first for that program stays first
  const plainTop = plain.candidates[0]?.entry;
  if (outcome === "clarify" && !opens && !pointer && plainTop && named.some((p) => plainTop.topic === p) && plain.outcome !== "decline") return { result: plain, usedContext: false };
  return { result: { ...leaning, candidates, outcome }, usedContext: true };
}

/** "also", "juga", "too": another program asked of alongside the one just answered. */
const ALSO = /\b(also|too|as well|juga|jg|jga|sekalian|sekaligus)\b/;

/**
 * A follow-up asking to claim another program too ("can i also take my JHT" after JKP): the entry whose label
 * is a claim of both programs ("Klaim JKP dan JHT sekaligus") is offered first, never stated.
 */
function claimTogether(search: KnowledgeSearch, text: string, previous: KnowledgeEntry, named: readonly string[], cleaned: string, content: readonly string[]): SearchResult | undefined {
  if (!PROGRAMS.has(previous.topic) || named.includes(previous.topic) || !ALSO.test(cleaned)) return undefined;
  // nothing asked but the program and taking its money ("jht jg bs diambil?"): "resign dapet jkp juga" asks more
  if (content.some((w) => !PROGRAMS.has(w) && !PAYOUT_WORDS.has(w) && !ALSO.test(w))) return undefined;
  const { normalizer } = search;
  const found = search.search(`${text} ${previous.topic}`);
  const pair = found.candidates.find((c) => {
    const label = labelWordsOf(c.entry, normalizer).surface;
    return label.includes(previous.topic) && named.every((p) => label.includes(p)) && label.some((w) => PAYOUT_WORDS.has(w));
  });
  if (!pair) return undefined;
  return { ...found, outcome: "clarify", candidates: [pair, ...found.candidates.filter((c) => c !== pair)] };
}

/**
 * A follow-up that keeps to the previous answer's topic is most likely about one of that topic's
 * entries, so how sure the lean is, is judged against the topic's other entries: "manfaatnya apa
 * aja" after the JKM contribution is the JKM benefit, not the BPU membership's or a village official's.
 */
function sureWithinTopic(search: KnowledgeSearch, leaning: SearchResult, topic: KnowledgeEntry["topic"]): SearchResult {
  const [top, ...rest] = leaning.candidates;
  if (!top || leaning.outcome !== "clarify" || top.entry.topic !== topic) return leaning;
  // an entry of the topic below the ones kept scores at most as the last kept
  const rival = rest.find((c) => c.entry.topic === topic)?.score ?? rest.at(-1)?.score ?? 0;
  const confidence = calibrate(top.score, top.score - rival, leaning.coverage);
  return confidence >= search.answerThreshold ? { ...leaning, outcome: "answer", confidence } : leaning;
}

/**
 * The matches of `first`, then those of `second`, as options: without the entry just answered, those
 * of its topic when there are any, and not the years of one rule side by side when the question names
 * no year (it cannot choose between them).
 */
function offeredWithout(previous: KnowledgeEntry, text: string, first: SearchResult, second: SearchResult): SearchResult {
  const seen = new Set([previous.id]);
  const others = [...first.candidates, ...second.candidates].filter((c) => !seen.has(c.entry.id) && !!seen.add(c.entry.id));
  const sameTopic = others.filter((c) => c.entry.topic === previous.topic);
  const candidates = sameTopic.length > 0 ? sameTopic : others;
  const offered = withoutYearsNotAsked(candidates.map((c) => c.entry), text);
  const kept = candidates.filter((c) => offered.includes(c.entry));
  return kept.length > 0 ? { ...first, candidates: kept, outcome: "clarify" } : first;
}

/**
 * Label words that name one subject: after "JKM untuk meninggal karena sakit", "jht nya gmn" asks
 * about the JHT of someone who died, whose entry is labelled "Klaim JHT oleh ahli waris".
 */
const SAME_SUBJECT: readonly (readonly string[])[] = [["meninggal", "mati", "wafat", "ahli", "waris"]];

function withSameSubject(asked: Set<string>): Set<string> {
  for (const group of SAME_SUBJECT) if (group.some((t) => asked.has(t))) for (const t of group) asked.add(t);
  return asked;
}

/** What an entry's label is about, when it names no program: a work accident is JKK's, a death JKM's. */
const SUBJECT_PROGRAMS: [RegExp, string][] = [
  [/^(kecelakaan|celaka)$/, "jkk"],
  [/^(meninggal|kematian|wafat)$/, "jkm"],
];

/**
 * The program a label's subject belongs to, when the label names at most the BPU membership
 * ("Biaya berobat BPU kecelakaan kerja" → JKK): "klaimnya gmn" after it asks for the JKK claim.
 */
function programOfSubject(labelWords: readonly string[], labelPrograms: readonly string[]): string | undefined {
  if (labelPrograms.some((p) => p !== "bpu")) return undefined;
  for (const [subject, program] of SUBJECT_PROGRAMS) if (labelWords.some((w) => subject.test(w))) return program;
  return undefined;
}

const NO_PROGRAMS: ReadonlySet<string> = new Set();

/** The programs an entry is about: its topic when that is a program, and the programs its label names. */
function programsOf(entry: KnowledgeEntry | undefined, normalizer: Normalizer): ReadonlySet<string> {
  return entry ? labelWordsOf(entry, normalizer).programs : NO_PROGRAMS;
}

/**
 * The last thing each user was answered, for a while (the entry, or the calculation). Held in
 * memory only: it is a convenience, not something the user was promised, so a restart or
 * another instance forgetting it costs a "Maksud Anda…?" at worst, and a question costs no
 * database write.
 */
/** Counts every remember across all instances, so which of two values came later never ties (milliseconds do). */
let rememberedCount = 0;

export class RecentPerUser<T> {
  private readonly last = new Map<number, { value: T; at: number; order: number }>();

  constructor(
    private readonly windowMs = FOLLOW_UP_WINDOW_MS,
    private readonly capacity = 20_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  remember(userId: number, value: T): void {
    // re-inserted so the oldest is first when the map is full
    this.last.delete(userId);
    if (this.last.size >= this.capacity) this.last.delete(this.last.keys().next().value!);
    this.last.set(userId, { value, at: this.now(), order: ++rememberedCount });
  }

  recall(userId: number): T | undefined {
    const hit = this.last.get(userId);
    if (!hit) return undefined;
    if (this.now() - hit.at > this.windowMs) {
      this.last.delete(userId);
      return undefined;
    }
    return hit.value;
  }

  /**
   * When the value recall gives was remembered, as an order comparable across every RecentPerUser
   * (a later remember has a larger number), or undefined when there is none.
   */
  rememberedOrder(userId: number): number | undefined {
    return this.recall(userId) === undefined ? undefined : this.last.get(userId)?.order;
  }

  forget(userId: number): void {
    this.last.delete(userId);
  }
}

/** What a user was last told: an entry answered, or the first of the options offered. */
export interface RecentTopic {
  entryId: string;
  /** Only offered as the first "Maksud Anda…?" option: a follow-up leaning on it is offered too. */
  offered?: boolean;
}

/** The years of membership told with a participant's death ("dia peserta bpu 2 thn", "baru kerja 1 th"). */
export interface DeathMembership {
  years: number;
  /** The death was told as a work accident's (JKK), not an ordinary one (JKM). */
  workAccident: boolean;
}
/** "peserta bpu 2 thn", "baru kerja 1 th", "ikut bpjs 3 tahun", "masa iuran 2 tahun": membership years stated. */
const MEMBER_YEARS = /\b(?:peserta|kerja|bekerja|iuran|ikut|terdaftar|daftar|member|joined)\b(?: \w+){0,3}? (\d{1,2}) (?:thn|tahun|th|taun|years?)\b/;
const DIED_TOLD = /\b(meninggal|wafat|almarhum|almarhumah|alm|tewas|died|passed away)\b/;

/** What each user has said of their situation (situation.ts), for as long as a follow-up leans on an answer. */
export class Situations extends RecentPerUser<Situation> {
  /** The membership years told with a death, which the JKM scholarship's condition is checked on (explore13 #11). */
  readonly memberships: RecentPerUser<DeathMembership>;

  constructor(windowMs = FOLLOW_UP_WINDOW_MS, capacity = 20_000, now: () => number = () => Date.now()) {
    super(windowMs, capacity, now);
    this.memberships = new RecentPerUser<DeathMembership>(windowMs, capacity, now);
  }

  /** Reads `text`, remembers the situation as it now stands, and returns it. */
  observe(userId: number, text: string): Situation {
    const situation = updatedSituation(this.recall(userId), situationIn(text));
    if (!isEmptySituation(situation)) this.remember(userId, situation);
    const cleaned = cleanText(text);
    const years = DIED_TOLD.test(cleaned) ? MEMBER_YEARS.exec(cleaned) : null;
    if (years) this.memberships.remember(userId, { years: Number(years[1]), workAccident: situation.events.includes("accident") });
    // another death told without its years: the years before were someone else's
    else if (DIED_TOLD.test(cleaned)) this.memberships.forget(userId);
    return situation;
  }

  override forget(userId: number): void {
    super.forget(userId);
    this.memberships.forget(userId);
  }
}

/**
 * The entry last answered (or offered first) to each user: a short follow-up leans on it. The
 * situation they described goes with it, and is forgotten with it (/hapusdata).
 */
export class RecentTopics extends RecentPerUser<RecentTopic> {
  readonly situations: Situations;

  constructor(windowMs = FOLLOW_UP_WINDOW_MS, capacity = 20_000, now: () => number = () => Date.now()) {
    super(windowMs, capacity, now);
    this.situations = new Situations(windowMs, capacity, now);
  }

  override forget(userId: number): void {
    super.forget(userId);
    this.situations.forget(userId);
  }
}
