/**
 * A long message tells a story around its question ("ass wr wb. suami sy meninggal kmrn …
 * sy dpt apa aja?"), or asks several things at once. Searched whole, the story's words drown
 * the question and it is declined. Then each sentence is searched on its own: one that is
 * understood answers for the message, and several are offered together as "Maksud Anda…?".
 */
import type { KnowledgeSearch, SearchCandidate, SearchResult } from "./search";

/** Sentences shorter than this say too little to be searched alone ("ok.", "pak."). */
const MIN_SENTENCE_WORDS = 2;
/** At most this many sentences are searched: a wall of text is not worth more. */
const MAX_SENTENCES = 8;
/**
 * A sentence that asks: it ends in "?" or has a word that asks. One that only tells the situation
 * ("I got laid off last week.", "suami sy meninggal kmrn.") sets the scene for the question; it does
 * not compete with it.
 */
const ASKS =
  /\?\s*$|(^|[^\p{L}\p{N}])(apa|apakah|apaan|apa2|berapa|brp|brapa|bagaimana|gimana|gmn|gmna|gimn|kapan|kpn|dimana|dmn|kemana|kmn|mana|siapa|kenapa|knp|mengapa|bisa|bs|bisakah|boleh|bolehkah|gak|ga|gk|nggak|ngga|tidak|kah|caranya|syarat\w*|how|what|when|where|who|which|why|can|could|is|are|does|do|should|will|kumaha|piye|pripun|sabaraha|pira|opo|nopo|piro|pinten|ngendi|endi|iso|saged|ora)(?=$|[^\p{L}\p{N}])/iu;

export function asksSomething(sentence: string): boolean {
  return ASKS.test(sentence.trim());
}

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+|[;]\s*/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= MIN_SENTENCE_WORDS)
    .slice(0, MAX_SENTENCES);
}

/** A message this long tells a story; its question is most often at its end. */
const STORY_WORDS = 25;
/** The end of a story searched for its question: its last words. */
const TAIL_WORDS = 10;

/**
 * The question at the end of a long story written as one run of clauses ("sy kerja di pabrik garmen …, gaji
 * 2 bulan blm dibayar, …, trus tetangga bilang bisa cairkan jht, itu bener ga kak dan caranya gmn"): its last
 * words, searched alone (the story before them still tells the situation, which the search is given).
 */
export function storyTail(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  if (words.length <= STORY_WORDS) return undefined;
  const tail = words.slice(-TAIL_WORDS).join(" ");
  return asksSomething(tail) ? tail : undefined;
}

/** The message searched sentence by sentence, or undefined when no sentence is understood either. */
export function searchBySentence(search: KnowledgeSearch, text: string): SearchResult | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) {
    const tail = storyTail(text);
    const found = tail ? search.search(tail) : undefined;
    return found && found.outcome !== "decline" ? found : undefined;
  }
  // sentences that tell the situation step aside for those that ask, when some do
  const asking = sentences.filter(asksSomething);
  const searched = asking.length > 0 && asking.length < sentences.length ? asking : sentences;
  const understood = searched.map((s) => search.search(s)).filter((r) => r.outcome !== "decline");
  if (understood.length === 0) return undefined;
  understood.sort((a, b) => b.confidence - a.confidence);
  // one question among greetings and story ("halo kak, numpang tanya ya. gmn klaim jht kl resign")
  const tops = new Set(understood.map((r) => r.candidates[0]?.entry.id));
  if (tops.size === 1) return understood[0];
  // several questions: none is answered over the others; the best entry of each is offered, most confident first
  const candidates: SearchCandidate[] = [];
  for (const r of understood) {
    const top = r.candidates[0];
    if (top && !candidates.some((c) => c.entry.id === top.entry.id)) candidates.push(top);
  }
  return { ...understood[0]!, outcome: "clarify", candidates };
}
