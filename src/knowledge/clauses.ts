/**
 * Two questions in one message ("brp iuran bpu trs cara daftarnya gmn", "how much is BPU and how
 * do I pay"): the message cut into its clauses at the words and marks that join questions. Pure
 * text; whether a cut is kept (each clause a question answered on its own, about something else)
 * is for the answer feature to decide with the search.
 */

/** More clauses than this and the message is not read as a few questions joined: it stays whole. */
export const MAX_CLAUSES = 3;

/** Clauses shorter than this name a thing, not a question ("jht dan jp …", "syarat dan dokumen …"). */
const MIN_CLAUSE_WORDS = 2;

/**
 * Where a message is cut: after "?" or a sentence's full stop, at a comma or semicolon, and before a
 * joining word (dan, trs, trus, terus, lalu, kemudian, and, also, then). "kalau" and "atau" do not
 * join questions ("jkp brp kl di phk", "jht atau jp").
 */
const CUT = /(?<=\?)\s*|(?<=\.)\s+|\s*[,;]\s+|\s+(?=(?:dan|trs|trus|terus|lalu|kemudian|and|also|then)\s)/giu;

/** Joining words left at the start of a clause once cut ("trus gmn cara klaim jht nya"). */
const LEADING = /^(?:(?:dan|trs|trus|terus|lalu|kemudian|and|also|then|kak|min|pak|bu|gan|ya)\s+)+/iu;

/**
 * The message's clauses, in order, without the joining words, each of at least two words (a
 * one-word scrap is joined to the clause before it, or after it when it comes first). One clause,
 * or more than MAX_CLAUSES, means the message is not cut.
 */
export function clausesOf(text: string): string[] {
  const pieces = text
    .split(CUT)
    .map((p) => p.replace(LEADING, "").trim())
    .filter((p) => p.length > 0);
  const clauses: string[] = [];
  let pending = "";
  for (const piece of pieces) {
    const words = piece.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words >= MIN_CLAUSE_WORDS) {
      clauses.push(pending ? `${pending} ${piece}` : piece);
      pending = "";
    } else if (clauses.length > 0) {
      clauses[clauses.length - 1] = `${clauses.at(-1)} ${piece}`;
    } else {
      pending = pending ? `${pending} ${piece}` : piece;
    }
  }
  if (pending && clauses.length > 0) clauses[clauses.length - 1] = `${clauses.at(-1)} ${pending}`;
  return clauses.length >= 2 && clauses.length <= MAX_CLAUSES ? clauses : [];
}

/** English verbs that ask only at the head of a clause ("is it …", "can I …"); inside one they state ("my income is 2 million"). */
const ENGLISH_AUXILIARIES = /(^|[^\p{L}\p{N}])(is|are|does|do|should|will|can|could)(?=$|[^\p{L}\p{N}])/giu;

/**
 * The words of a clause as the asking test reads them: an English auxiliary inside the clause left
 * out, so "my income is 2 million" only tells and "is it taxed" still asks.
 */
export function askingWords(clause: string): string {
  const trimmed = clause.trim();
  const head = /^\p{L}+/u.exec(trimmed)?.[0] ?? "";
  return head + trimmed.slice(head.length).replace(ENGLISH_AUXILIARIES, "$1");
}
