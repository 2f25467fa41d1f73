/**
 * Finds the knowledge entry a question is about.
 *
 * Each paraphrase is a bag of normalised tokens weighted by inverse entry
 * frequency, so rare, meaningful words (`jkm`, `waris`, `dana desa`) count
 * more than common ones. A query is scored against each paraphrase (cosine of
 * the weighted bags) and against the entry's whole vocabulary; the answer text
 * counts a little. Words the index does not know are mapped to the nearest
 * known word with fuse.js over the vocabulary (fast: short strings only), which
 * is what gives typo tolerance. Confidence combines the top score, its margin
 * over the runner-up, and how much of the question the index understood; it
 * is calibrated against the labelled set in tests/eval (see `npm run eval`).
 */
import Fuse from "fuse.js";
import { cleanText, createNormalizer, type Normalizer } from "./normalize";
import { informalReadings } from "./informal";
import type { KnowledgeBase } from "./load";
import { HEALTH_TOPIC, PROGRAM_TOPICS, type KnowledgeEntry } from "./schema";
import { seriesYears, yearsAskedInClean } from "./years";
import { searchTextOfNegatedWorkAccident, situationFactorOf, situationsOf, workersOf, type Situation } from "./situation";

export type SearchOutcome = "answer" | "clarify" | "decline";

export interface SearchCandidate {
  entry: KnowledgeEntry;
  /** Raw similarity in [0, 1]. */
  score: number;
}

export interface SearchResult {
  outcome: SearchOutcome;
  /** Estimated probability that the top candidate is the right answer, in [0, 1]. */
  confidence: number;
  candidates: SearchCandidate[];
  /** Share of the question's weight the index recognised, in [0, 1]. */
  coverage: number;
  /** The question is about health insurance (BPJS Kesehatan), which this bot does not cover. */
  aboutHealthInsurance: boolean;
  /** The question is built on a topic this bot does not cover (lexicon out_of_scope) and names none of ours. */
  outOfScope: boolean;
}

export interface SearchOptions {
  answerThreshold?: number;
  clarifyThreshold?: number;
  /** How the three signals mix: best paraphrase, the entry's whole vocabulary, its answer text. */
  paraphraseWeight?: number;
  unionWeight?: number;
  answerWeight?: number;
  /** BM25 over whole entries (paraphrases, and the answer at a lower weight) in the final score. */
  bm25Weight?: number;
  /** Weight of answer-text terms inside an entry's BM25 document. */
  answerTermWeight?: number;
}

/** What the conversation so far says beside the question. */
export interface SearchContext {
  /** What the user has said of their situation (situation.ts): entries for other workers or situations step back. */
  situation?: Situation;
}

export interface KnowledgeSearch {
  search(text: string, context?: SearchContext): SearchResult;
  normalizer: Normalizer;
  /** The confidence at or above which the search answers rather than asks "Maksud Anda…?". */
  answerThreshold: number;
}

const HEALTH_WORDS = [
  "kesehatan", "jkn", "kis", "faskes", "puskesmas", "rawat inap", "bpjs kes", "health insurance", "kelas 1", "kelas 3", "rujukan",
  // pregnancy, childbirth and ordinary illness are BPJS Kesehatan's too ("istri sy mau lahiran bisa pake bpjs tk?")
  "hamil", "kehamilan", "melahirkan", "lahiran", "persalinan", "caesar", "sakit biasa",
];

/** Health named in words the health phrases leave out ("bpjs health"). */
const HEALTH_NAMED = / (health|sehat|berobat|sakit) /;

const COMPARISON = / (beda|bedanya|perbedaan|membedakan|vs|versus|sama|difference|different|compare|same) /;

/** How many ranked candidates a search returns (clarify offers the first three). */
const MAX_CANDIDATES = 5;

/** Tokens that only say "this is about BPJS"; they must not carry a match on their own. */
const GENERIC = new Set(["bpjs", "ketenagakerjaan", "program", "jamin", "sosial", "peserta", "tanya"]);

export function createSearch(kb: KnowledgeBase, options: SearchOptions = {}): KnowledgeSearch {
  // Answer only when the estimated chance of being right is high: a wrong figure
  // stated confidently is worse than asking "Maksud Anda…?".
  const answerThreshold = options.answerThreshold ?? 0.8;
  const clarifyThreshold = options.clarifyThreshold ?? 0.35;
  const paraphraseWeight = options.paraphraseWeight ?? 0.65;
  const unionWeight = options.unionWeight ?? 0.25;
  const answerWeight = options.answerWeight ?? 0.1;
  const bm25Weight = options.bm25Weight ?? 0.5;
  const normalizer = createNormalizer(kb.lexicon);
  const outOfScopePhrases = new PhraseSet(kb.lexicon.out_of_scope.map(cleanText));
  const anchorPhrases = new PhraseSet(kb.lexicon.anchors.map(cleanText));
  const healthPhrases = new PhraseSet(HEALTH_WORDS);
  const entries = kb.entries;
  const N = entries.length;
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  // who and what each entry is for (situation.ts), read once here rather than for every entry a situated search scores
  const entryWorkers = entries.map(workersOf);
  const entrySituations = entries.map(situationsOf);
  // "Aturan dana desa 2024 untuk BPJS" and its siblings: told apart only by the year
  const entryYear = seriesYears(entries);

  // every paraphrase and answer is tokenised once here, though several indexes below read it
  const surfaceCache = new Map<string, string[]>();
  const surfaceOf = (text: string): string[] => {
    let words = surfaceCache.get(text);
    if (!words) surfaceCache.set(text, (words = normalizer.surface(text)));
    return words;
  };
  const tokenCache = new Map<string, string[]>();
  const rawTokensOf = (text: string): string[] => {
    let tokens = tokenCache.get(text);
    if (!tokens) tokenCache.set(text, (tokens = normalizer.tokensOfSurface(surfaceOf(text))));
    return tokens;
  };
  // Paraphrases are written with typos on purpose ("kliam"); a rare word one edit away from a
  // common one is that common word, in the index and in questions alike.
  const rawDf = new Map<string, number>();
  for (const e of entries) for (const t of new Set(e.questions.flatMap(rawTokensOf))) rawDf.set(t, (rawDf.get(t) ?? 0) + 1);
  const typoAlias = new Map<string, string>();
  const common = [...rawDf].filter(([, n]) => n >= 3).map(([t]) => t);
  // a word the lexicon writes on purpose ("sumsel" for "sumatera selatan") is no typo of a neighbour ("sulsel")
  const lexiconWords = new Set(Object.values(kb.lexicon.replacements).flatMap((to) => normalizer.tokens(to)));
  for (const [t, n] of rawDf) {
    if (lexiconWords.has(t)) continue;
    // a rare token a letter away from a common one is a typo in the paraphrases ("kliam"), unless it is a real word ("kapal")
    if (t.length < 5 || /\d/.test(t) || (n > 1 && (n > 3 || normalizer.isDictionaryWord(t)))) continue;
    const target = common.find((c) => c[0] === t[0] && Math.abs(c.length - t.length) <= 1 && damerauLevenshtein(c, t) === 1);
    if (target) typoAlias.set(t, target);
  }
  const canonical = (t: string) => typoAlias.get(t) ?? t;
  const tokensOf = (text: string) => rawTokensOf(text).map(canonical);

  // entry frequency of each token over the paraphrases
  const entryTokens: Set<string>[] = entries.map((e) => new Set(e.questions.flatMap(tokensOf)));
  const df = new Map<string, number>();
  for (const set of entryTokens) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string): number => {
    const base = Math.log(1 + N / (df.get(t) ?? N));
    return GENERIC.has(t) ? base * 0.3 : base;
  };

  const bag = (tokens: Iterable<string>): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of tokens) if (df.has(t)) m.set(t, idf(t));
    return m;
  };
  const normOf = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, w) => s + w * w, 0)) || 1;

  // each paraphrase is a document, and so is each entry's whole vocabulary (the union)
  const docNormList: number[] = [];
  const docEntryList: number[] = [];
  const unionNorm = new Float64Array(N);
  const paraphrasePostings = new PostingsBuilder(); // token → (paraphrase, weight)
  const unionPostings = new PostingsBuilder(); // token → (entry, weight)
  entries.forEach((e, entryIndex) => {
    for (const q of e.questions) {
      const weights = bag(tokensOf(q));
      const di = docNormList.push(normOf(weights)) - 1;
      docEntryList.push(entryIndex);
      for (const [t, w] of weights) paraphrasePostings.add(t, di, w);
    }
    const union = bag(entryTokens[entryIndex]!);
    unionNorm[entryIndex] = normOf(union);
    for (const [t, w] of union) unionPostings.add(t, entryIndex, w);
  });
  const docNorm = Float64Array.from(docNormList);
  const docEntry = Int32Array.from(docEntryList);
  const answerTokens: Set<string>[] = entries.map((e) => new Set(tokensOf(stripHtml(e.answer))));

  // an entry's button title typed out ("Cara klaim JKK setelah kecelakaan") asks for that entry, as one of
  // its own paraphrases does; a title two entries share once normalised (null) is nobody's
  const labelOwner = new Map<string, number | null>();
  entries.forEach((e, i) => {
    for (const label of [e.label, e.labelEn]) {
      const key = label ? tokensOf(label).join(" ") : "";
      if (!key) continue;
      const owner = labelOwner.get(key);
      labelOwner.set(key, owner === undefined || owner === i ? i : null);
    }
  });

  const answerPostings = new PostingsBuilder(); // token → (entry, 1)
  answerTokens.forEach((set, i) => {
    for (const t of set) answerPostings.add(t, i, 1);
  });

  // BM25 over whole entries: every paraphrase's words, and the answer's at a lower weight.
  // It rewards an entry whose paraphrases keep using a word, which a single best paraphrase misses.
  const answerTermWeight = options.answerTermWeight ?? 0.3;
  const BM25_K1 = 1.2;
  const BM25_B = 0.75;
  const entryTf: Map<string, number>[] = entries.map((e) => {
    const tf = new Map<string, number>();
    for (const q of e.questions) for (const t of tokensOf(q)) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tokensOf(stripHtml(e.answer))) if (df.has(t)) tf.set(t, (tf.get(t) ?? 0) + answerTermWeight);
    return tf;
  });
  const entryLength = entryTf.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
  const averageLength = entryLength.reduce((a, b) => a + b, 0) / Math.max(1, N);
  const bmDf = new Map<string, number>();
  // the term-frequency part of BM25 depends only on the entry, so it is computed once here
  const bmPostings = new PostingsBuilder(); // token → (entry, saturated tf)
  entryTf.forEach((tf, i) => {
    for (const [t, f] of tf) {
      bmDf.set(t, (bmDf.get(t) ?? 0) + 1);
      bmPostings.add(t, i, (f * (BM25_K1 + 1)) / (f + BM25_K1 * (1 - BM25_B + (BM25_B * entryLength[i]!) / averageLength)));
    }
  });
  const postings = {
    paraphrase: paraphrasePostings.build(),
    union: unionPostings.build(),
    answer: answerPostings.build(),
    bm: bmPostings.build(),
  };
  const bmIdf = (t: string) => {
    const n = bmDf.get(t) ?? 0;
    return Math.log(1 + (N - n + 0.5) / (n + 0.5));
  };

  const vocabularySet = new Set(df.keys());
  // typos are corrected against the words as written in the paraphrases, then stemmed
  const surfaceToToken = new Map<string, string>();
  for (const e of entries) {
    for (const q of e.questions) {
      for (const w of surfaceOf(q)) {
        const t = canonical(normalizer.stem(w));
        if (vocabularySet.has(t)) surfaceToToken.set(w, t);
      }
    }
  }
  for (const t of vocabularySet) if (!surfaceToToken.has(t)) surfaceToToken.set(t, t);
  const vocabulary = [...surfaceToToken.keys()];
  const fuse = new Fuse(vocabulary, { includeScore: true, threshold: 0.5, ignoreLocation: true, minMatchCharLength: 2 });
  const typoCache = new Map<string, { token: string; weight: number } | null>();

  /**
   * Maps an unknown word to the closest known one, or null. Fuse proposes
   * candidates; an edit-distance bound keeps "cuaca" from becoming "cacat".
   */
  const correct = (token: string): { token: string; weight: number } | null => {
    if (token.length < 4 || /\d/.test(token)) return null;
    let hit = typoCache.get(token);
    if (hit !== undefined) return hit;
    const allowed = token.length <= 5 ? 1 : token.length <= 8 ? 2 : 3;
    hit = null;
    for (const candidate of fuse.search(token, { limit: 5 })) {
      const word = candidate.item;
      if (word[0] !== token[0] && word.length < 7) continue;
      const distance = damerauLevenshtein(token, word);
      if (distance <= allowed) {
        const weight = 1 - distance / Math.max(token.length, word.length);
        if (!hit || weight > hit.weight) hit = { token: surfaceToToken.get(word)!, weight };
      }
    }
    if (typoCache.size > 50_000) typoCache.clear();
    typoCache.set(token, hit);
    return hit;
  };

  /** A colloquial form ("daftarin", "ngecek", "pinjem") read as the standard word the index knows. */
  const colloquial = (word: string): { token: string; weight: number } | null => {
    for (const reading of informalReadings(word)) {
      // through the lexicon too: "karyawannya" → "karyawan" → "pekerja"
      const [token] = normalizer.tokens(reading).map(canonical);
      if (token && vocabularySet.has(token)) return { token, weight: 0.95 };
    }
    return null;
  };

  const buffers = {
    dots: new Float64Array(docNorm.length),
    union: new Float64Array(N),
    answerHits: new Float64Array(N),
    bm: new Float64Array(N),
    paraphraseBest: new Float64Array(N),
    /** The paraphrases with a non-zero dot product so far, `touchedCount` of them. */
    touched: new Int32Array(docNorm.length),
  };

  // Words run together on a cheap phone ("brpiuranbpusebulan", "caraklaimjht") are split into the words
  // people type (the index's words, the lexicon's typed forms), fewest pieces first.
  const pieceWords = new Set<string>(vocabulary.filter((w) => w.length >= 3));
  for (const from of Object.keys(kb.lexicon.replacements)) {
    const key = cleanText(from);
    if (key.length >= 3 && !key.includes(" ")) pieceWords.add(key);
  }
  const splitCache = new Map<string, string>();
  // a word the scope lists names a topic whole: "prakerja" is not "pra" + "kerja"
  const scopeWords = new Set([...kb.lexicon.out_of_scope, ...kb.lexicon.anchors].map(cleanText).filter((p) => !p.includes(" ")));
  const splitWord = (word: string): string => {
    if (word.length < MIN_RUN_TOGETHER || /\d/.test(word) || pieceWords.has(word) || scopeWords.has(word)) return word;
    let hit = splitCache.get(word);
    if (hit !== undefined) return hit;
    hit = word;
    if (!vocabularySet.has(canonical(normalizer.stem(word))) && !normalizer.isDictionaryWord(word) && !colloquial(word)) {
      // best[i]: the fewest known pieces that spell word[0, i)
      const best: (string[] | undefined)[] = [[]];
      for (let i = 1; i <= word.length; i++) {
        for (let j = Math.max(0, i - MAX_PIECE); j <= i - 3; j++) {
          const before = best[j];
          const piece = word.slice(j, i);
          if (before && pieceWords.has(piece) && (!best[i] || before.length + 1 < best[i]!.length)) best[i] = [...before, piece];
        }
      }
      const pieces = best[word.length];
      if (pieces && pieces.length >= 2) hit = pieces.join(" ");
    }
    if (splitCache.size > 50_000) splitCache.clear();
    splitCache.set(word, hit);
    return hit;
  };
  const withWordsSplit = (cleaned: string): string => cleaned.split(" ").map(splitWord).join(" ");

  function search(text: string, context: SearchContext = {}): SearchResult {
    // what the conversation told of the user's situation (situation.ts); a question alone is ranked as written
    const { situation } = context;
    // "meninggal bukan karena kecelakaan kerja" is an ordinary death (JKM's): the denied words must not rank JKK first
    const cleaned = withWordsSplit(normalizer.clean(searchTextOfNegatedWorkAccident(text)));
    const written = normalizer.surfaceOfClean(cleaned);
    // "cara klaim jht gimana": "how" says again what "cara" (the way to) already asks
    const words = written.some((w) => normalizer.stem(w) === "cara") ? written.filter((w) => w !== "bagaimana") : written;
    const padded = ` ${cleaned} ${words.join(" ")} `;
    // phrases are looked up by word n-grams of the question (a set lookup each), not scanned for
    const sequences = [cleaned.split(" "), words];
    const aboutHealthInsurance = healthPhrases.findIn(sequences).length > 0;
    const offTopicHits = outOfScopePhrases.findIn(sequences);
    const offTopic = offTopicHits.length > 0;
    // an out-of-scope phrase that contains one of our words ("blt dana desa") is still out of scope
    const anchored = anchorPhrases.findIn(sequences, offTopicHits).length > 0;
    const comparison = COMPARISON.test(padded);
    const query = new Map<string, number>();
    let totalWeight = 0;
    let knownWeight = 0;
    // words the index knows as written (or as a colloquial form), not only through a typo guess
    let exactlyKnown = 0;
    for (const word of new Set(words)) {
      const stemmed = canonical(normalizer.stem(word));
      // a known stem is taken as is; otherwise the written word is corrected
      const t = vocabularySet.has(stemmed) ? stemmed : word;
      // unknown words weigh like a rare word: a question full of them is probably out of scope
      const unknownWeight = Math.log(1 + N);
      if (vocabularySet.has(t)) {
        const w = idf(t);
        query.set(t, Math.max(query.get(t) ?? 0, w));
        totalWeight += w;
        knownWeight += w;
        exactlyKnown++;
        continue;
      }
      const informal = colloquial(word);
      if (informal) exactlyKnown++;
      const fixed = informal ?? (normalizer.isDictionaryWord(word) ? null : correct(t));
      if (fixed) {
        const w = idf(fixed.token) * fixed.weight;
        query.set(fixed.token, Math.max(query.get(fixed.token) ?? 0, w));
        totalWeight += idf(fixed.token);
        knownWeight += w;
      } else {
        totalWeight += GENERIC.has(t) ? 0 : unknownWeight * 0.6;
      }
    }
    const coverage = totalWeight === 0 ? 0 : knownWeight / totalWeight;
    if (query.size === 0) {
      return { outcome: "decline", confidence: 0, candidates: [], coverage, aboutHealthInsurance, outOfScope: offTopic && !anchored };
    }

    const qNorm = normOf(query);
    // Everything is accumulated along postings lists into typed arrays: each
    // (query word, paraphrase/entry) pair is touched once, nothing per candidate.
    // search() is synchronous, so one set of buffers serves every call; they are cleared on the way out
    const { dots, union: unionScore, answerHits, bm, paraphraseBest, touched } = buffers;
    let touchedCount = 0;
    let queryWeight = 0;
    for (const [t, w] of query) {
      queryWeight += w;
      const paraphrase = postings.paraphrase.get(t);
      if (paraphrase) {
        const { ids, weights } = paraphrase;
        for (let k = 0; k < ids.length; k++) {
          const di = ids[k]!;
          if (dots[di] === 0) touched[touchedCount++] = di;
          dots[di]! += w * weights[k]!;
        }
      }
      const union = postings.union.get(t);
      if (union) for (let k = 0; k < union.ids.length; k++) unionScore[union.ids[k]!]! += w * union.weights[k]!;
      const answer = postings.answer.get(t);
      if (answer) for (let k = 0; k < answer.ids.length; k++) answerHits[answer.ids[k]!]! += w;
      // BM25; a corrected typo counts in proportion to how sure the correction is
      const bmTerm = postings.bm.get(t);
      if (bmTerm) {
        const factor = Math.min(1, w / (idf(t) || 1)) * bmIdf(t);
        for (let k = 0; k < bmTerm.ids.length; k++) bm[bmTerm.ids[k]!]! += factor * bmTerm.weights[k]!;
      }
    }
    for (let k = 0; k < touchedCount; k++) {
      const di = touched[k]!;
      const s = dots[di]! / (qNorm * docNorm[di]!);
      const e = docEntry[di]!;
      if (s > paraphraseBest[e]!) paraphraseBest[e] = s;
      dots[di] = 0;
    }
    let bmMax = 0;
    for (let i = 0; i < N; i++) if (bm[i]! > bmMax) bmMax = bm[i]!;

    // a typed button title asks for its entry, which is then ranked even below the best five
    const titled = labelOwner.get(normalizer.tokensOfSurface(words).map(canonical).join(" ")) ?? undefined;
    let titledCandidate: SearchCandidate | undefined;
    const namedPrograms = [...query.keys()].filter((t) => PROGRAM_TOPICS.has(t));
    const onlyProgram = namedPrograms.length === 1 ? namedPrograms[0] : undefined;
    // "boleh ga dd dipake bayar jamsostek perangkat" names BPJS Ketenagakerjaan and nothing of health
    // care: BPJS Kesehatan's entries ("BPJS Kesehatan perangkat dari dana desa") step back as another program's
    const onlyOurs = query.has("ketenagakerjaan") && !aboutHealthInsurance && !HEALTH_NAMED.test(padded);
    // a question that names a year is about that year: the same rule's other years step back
    const years = yearsAskedInClean(cleaned);
    // the best five, kept sorted as they come; an equal score stays behind the earlier entry
    const candidates: SearchCandidate[] = [];
    for (let i = 0; i < N; i++) {
      if (bm[i] === 0 && paraphraseBest[i] === 0) continue;
      const lexical = paraphraseWeight * paraphraseBest[i]! + unionWeight * (unionScore[i]! / (qNorm * unionNorm[i]!)) + answerWeight * (answerHits[i]! / (queryWeight || 1));
      const bmScore = bmMax > 0 ? bm[i]! / bmMax : 0;
      let score = (1 - bm25Weight) * lexical + bm25Weight * bmScore;
      // a question that names one program is about that program: the others' entries step back
      if (namesOtherProgram(onlyProgram, entries[i]) || (onlyOurs && entries[i]!.topic === HEALTH_TOPIC)) score *= 1 - OTHER_PROGRAM_PENALTY;
      const year = entryYear[i];
      if (year !== undefined && years.length > 0 && !years.includes(year)) score *= 1 - OTHER_YEAR_PENALTY;
      if (situation) score *= situationFactorOf(entries[i]!.topic, entryWorkers[i]!, entrySituations[i]!, situation, namedPrograms);
      if (i === titled) titledCandidate = { entry: entries[i]!, score };
      if (candidates.length === MAX_CANDIDATES && score <= candidates[MAX_CANDIDATES - 1]!.score) continue;
      let at = candidates.length;
      while (at > 0 && candidates[at - 1]!.score < score) at--;
      candidates.splice(at, 0, { entry: entries[i]!, score });
      if (candidates.length > MAX_CANDIDATES) candidates.pop();
    }
    // the question is, word for word, one a knowledge author wrote for the best entry and for no other
    const isAuthored = (c: SearchCandidate | undefined) => c !== undefined && paraphraseBest[entryIndex.get(c.entry)!]! >= EXACT_PARAPHRASE;
    // a typed button title answers with its entry, unless the question is word for word another entry's paraphrase
    const typedTitle = titledCandidate !== undefined && !candidates.some((c) => c.entry !== titledCandidate!.entry && isAuthored(c));
    if (typedTitle) {
      const at = candidates.findIndex((c) => c.entry === titledCandidate!.entry);
      candidates.splice(at >= 0 ? at : MAX_CANDIDATES - 1, 1);
      candidates.unshift(titledCandidate!);
    }
    const authoredForTop = isAuthored(candidates[0]) && !candidates.slice(1).some(isAuthored);
    unionScore.fill(0);
    answerHits.fill(0);
    bm.fill(0);
    paraphraseBest.fill(0);

    const top = candidates[0]?.score ?? 0;
    const second = candidates[1]?.score ?? 0;
    const confidence = calibrate(top, top - second, coverage);

    let outcome: SearchOutcome;
    const topIsHealth = candidates[0]?.entry.topic === HEALTH_TOPIC;
    const outOfScope = offTopic && !anchored;
    // health care itself belongs to BPJS Kesehatan: the decline points there, unless the
    // question compares the two, names one of our programs, or is word for word one of our entries
    // on where BPJS Kesehatan ends ("luka di tempat kerja, rs minta kartu bpjs kesehatan"); our own
    // button title is ours
    const healthEntrySure = topIsHealth && (comparison || authoredForTop);
    if (!typedTitle && (outOfScope || (aboutHealthInsurance && !anchored && !healthEntrySure))) outcome = "decline";
    // a question that names one program is not answered confidently with another program's entry,
    // nor one whose every word was only guessed at as a typo ("numpang" → something it is not)
    else if (typedTitle || ((confidence >= answerThreshold || authoredForTop) && exactlyKnown > 0 && !namesOtherProgram(onlyProgram, candidates[0]?.entry))) outcome = "answer";
    // a question the index mostly did not understand is not worth a guess
    else if (confidence >= clarifyThreshold && coverage >= 0.5 && candidates.length > 0) outcome = "clarify";
    else outcome = "decline";
    return { outcome, confidence, candidates, coverage, aboutHealthInsurance, outOfScope };
  }

  return { search, normalizer, answerThreshold };
}

/**
 * The search with each text searched at most once, for the readings of one message (the follow-up,
 * its clauses, the counterparts offered ask for the same text again). Made per message and dropped
 * with it; a search given its own context is not kept.
 */
export function searchingOnce(search: KnowledgeSearch): KnowledgeSearch {
  const found = new Map<string, SearchResult>();
  return {
    ...search,
    search: (text: string, context?: SearchContext) => {
      if (context) return search.search(text, context);
      let result = found.get(text);
      if (!result) found.set(text, (result = search.search(text)));
      return result;
    },
  };
}

/** A word this long that nobody writes may be several words run together. */
const MIN_RUN_TOGETHER = 8;
/** The longest piece a run-together word is split into. */
const MAX_PIECE = 16;

/** How far an entry of another program steps back when the question names one program. */
const OTHER_PROGRAM_PENALTY = 0.2;
/** How far one year of a rule steps back when the question names another year. */
const OTHER_YEAR_PENALTY = 0.2;

/** The question names exactly one of the five programs (`onlyProgram`), and the entry belongs to another of them. */
function namesOtherProgram(onlyProgram: string | undefined, entry: KnowledgeEntry | undefined): boolean {
  // BPJS Kesehatan's entries are another program too: "ngurusnya dmn jkm" is not about a KIS card
  return !!onlyProgram && !!entry && (PROGRAM_TOPICS.has(entry.topic) || entry.topic === HEALTH_TOPIC) && entry.topic !== onlyProgram;
}


/** Where a phrase was found: which word sequence, and the word span [start, end). */
export interface PhraseHit {
  sequence: number;
  start: number;
  end: number;
}

/** Phrases of one or more words, found in a question's word sequences by n-gram lookup. */
export class PhraseSet {
  private readonly phrases: Set<string>;
  /** Every phrase's leading words ("dana", "dana desa" for "dana desa blt"): an n-gram that is none of them stops growing. */
  private readonly prefixes = new Set<string>();
  private readonly longest: number;

  constructor(phrases: Iterable<string>) {
    this.phrases = new Set([...phrases].map((p) => p.trim().split(/\s+/).join(" ")).filter(Boolean));
    this.longest = Math.max(0, ...[...this.phrases].map((p) => p.split(" ").length));
    for (const phrase of this.phrases) {
      const words = phrase.split(" ");
      for (let n = 1; n <= words.length; n++) this.prefixes.add(words.slice(0, n).join(" "));
    }
  }

  /** Every occurrence, except those overlapping a span in `excluding`. */
  findIn(sequences: readonly string[][], excluding: readonly PhraseHit[] = []): PhraseHit[] {
    const hits: PhraseHit[] = [];
    sequences.forEach((seq, sequence) => {
      for (let start = 0; start < seq.length; start++) {
        let gram = "";
        for (let end = start + 1; end <= Math.min(seq.length, start + this.longest); end++) {
          gram = end === start + 1 ? seq[start]! : `${gram} ${seq[end - 1]}`;
          if (!this.prefixes.has(gram)) break;
          if (!this.phrases.has(gram)) continue;
          if (excluding.some((x) => x.sequence === sequence && x.start < end && start < x.end)) continue;
          hits.push({ sequence, start, end });
        }
      }
    });
    return hits;
  }
}

/** Postings lists packed into typed arrays: the search loop then reads numbers, not maps. */
interface PackedPostings {
  ids: Int32Array;
  weights: Float64Array;
}

class PostingsBuilder {
  private readonly lists = new Map<string, { ids: number[]; weights: number[] }>();

  add(token: string, id: number, weight: number): void {
    let list = this.lists.get(token);
    if (!list) this.lists.set(token, (list = { ids: [], weights: [] }));
    list.ids.push(id);
    list.weights.push(weight);
  }

  build(): Map<string, PackedPostings> {
    const packed = new Map<string, PackedPostings>();
    for (const [t, { ids, weights }] of this.lists) packed.set(t, { ids: Int32Array.from(ids), weights: Float64Array.from(weights) });
    return packed;
  }
}

/** Logistic-regression weights from `npx tsx tests/eval/fit-calibration.ts` (see README). */
export const CALIBRATION = { bias: -7.21, top: 5.38, margin: 6.42, coverage: 3.26 };

/**
 * Maps raw features to an estimated probability of being right. The weights
 * were fitted on tests/eval (logistic regression on top score, margin and
 * coverage); `npm run eval` prints the calibration table to keep them honest.
 */
/**
 * Cosine similarity at which a question is one of an entry's own paraphrases, word for word
 * (after normalisation). Such a question is answered even when a neighbouring entry shares
 * most of its words ("brp iuran bpu sebulan" beside "Iuran JKM per bulan"): the author wrote
 * it for that entry.
 */
const EXACT_PARAPHRASE = 0.999;

export function calibrate(top: number, margin: number, coverage: number): number {
  const z = CALIBRATION.bias + CALIBRATION.top * top + CALIBRATION.margin * margin + CALIBRATION.coverage * coverage;
  return 1 / (1 + Math.exp(-z));
}

/** Edit distance counting a swap of neighbours as one edit ("klaim" ↔ "kliam"). */
export function damerauLevenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export function stripHtml(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}
