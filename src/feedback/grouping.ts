/**
 * Groups similar unanswered questions so officers see "23 people asked something like …"
 * instead of 23 rows. Pure: no database, no grammY.
 *
 * A question's signature is the sorted set of its meaningful normalised tokens (the
 * knowledge normaliser's stemmed tokens minus words every question shares, such as
 * "bpjs", "tidak", "apa"). A new question joins the existing group whose signature (that of
 * the group's oldest open question) is most similar by Jaccard overlap, when that overlap
 * reaches the threshold; otherwise it starts a group with its own signature. The signatures
 * compared here are never stored: the stored group key is opaque (feedback/store newGroupKey).
 */

/** Tokens that say nothing about what is asked: the institution, question words, "ga"/"tidak". */
export const GENERIC_TOKENS: ReadonlySet<string> = new Set([
  "bpjs", "ketenagakerjaan", "bpjamsostek", "jamsostek", "tk",
  "apa", "apakah", "bagaimana", "gimana", "kapan", "berapa", "mana", "siapa", "kenapa", "mengapa",
  "bisa", "boleh", "tidak", "ya", "cara", "mau", "ingin", "tolong", "mohon", "tanya", "min", "kak",
]);

/** Longest group key, in tokens (a long question keeps its first tokens alphabetically). */
export const MAX_KEY_TOKENS = 8;
export const DEFAULT_THRESHOLD = 0.5;
/** Key for a question with no usable token at all (emoji, one stop word…). */
export const EMPTY_KEY = "-";

/** The meaningful, de-duplicated, sorted tokens of a question. */
export function signature(tokens: readonly string[]): string[] {
  const all = [...new Set(tokens.map((t) => t.trim()).filter(Boolean))];
  const meaningful = all.filter((t) => !GENERIC_TOKENS.has(t));
  return (meaningful.length > 0 ? meaningful : all).sort().slice(0, MAX_KEY_TOKENS);
}

export function keyOf(sig: readonly string[]): string {
  return sig.length > 0 ? sig.join(" ") : EMPTY_KEY;
}

export function tokensOfKey(key: string): string[] {
  return key === EMPTY_KEY ? [] : key.split(" ").filter(Boolean);
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 && B.size === 0) return 1;
  let both = 0;
  for (const t of A) if (B.has(t)) both++;
  return both / (A.size + B.size - both);
}

/**
 * The group key for a question with these normalised tokens, given the keys of recent
 * groups (newest first is best: ties go to the earlier one in the list).
 */
export function assignGroup(tokens: readonly string[], existingKeys: readonly string[], threshold = DEFAULT_THRESHOLD): string {
  const sig = signature(tokens);
  const own = keyOf(sig);
  if (sig.length === 0) return own;
  let best: { key: string; score: number } | undefined;
  // jaccard() with the question's side built once: keys are signatures, so their tokens are distinct
  const mine = new Set(sig);
  for (const key of existingKeys) {
    if (key === own) return key;
    const theirs = tokensOfKey(key);
    let both = 0;
    for (const t of theirs) if (mine.has(t)) both++;
    const score = both / (mine.size + theirs.length - both);
    if (score >= threshold && (!best || score > best.score)) best = { key, score };
  }
  return best?.key ?? own;
}

/** Groups a whole batch (e.g. to re-group history): returns the key of each question, in order. */
export function groupAll(questions: readonly (readonly string[])[], threshold = DEFAULT_THRESHOLD): string[] {
  const keys: string[] = [];
  const seen: string[] = [];
  for (const tokens of questions) {
    const key = assignGroup(tokens, seen, threshold);
    if (!seen.includes(key)) seen.unshift(key);
    keys.push(key);
  }
  return keys;
}
