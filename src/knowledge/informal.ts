/**
 * Colloquial Indonesian verb forms the standard stemmer does not know:
 * Jakarta-style "-in" suffixes (daftarin, laporin), "nge-/ng-/ny-/n-/m-"
 * prefixes (ngecek, nyari, nanggung, mikir), and "e" for "a" in the last
 * syllable (pinjem, siapin, deket). The search tries these readings of a word
 * it does not know, and keeps the first one the knowledge base uses.
 */
const SUFFIXES = ["innya", "inya", "in", "nya", "kan", "an", "lah", "kah", "i"];
const PREFIXES: [string, string[]][] = [
  ["nge", [""]],
  ["ng", ["", "k"]],
  ["ny", ["s", "c"]],
  ["n", ["t"]],
  ["m", ["p"]],
  ["di", [""]],
  ["ke", [""]],
  ["ter", [""]],
  ["se", [""]],
  ["ber", [""]],
];

/** Possible standard forms of a colloquial word, most likely first. */
export function informalReadings(word: string): string[] {
  const out = new Set<string>();
  const bases = new Set<string>([word]);
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) bases.add(word.slice(0, -suffix.length));
  }
  for (const base of bases) {
    out.add(base);
    for (const [prefix, replacements] of PREFIXES) {
      if (base.length - prefix.length < 3 || !base.startsWith(prefix)) continue;
      for (const r of replacements) out.add(r + base.slice(prefix.length));
    }
  }
  // pinjem → pinjam, deket → dekat, siapin → siap (after the suffix went)
  for (const form of [...out]) {
    const shifted = form.replace(/e([^aeiou]+)$/, "a$1");
    if (shifted !== form) out.add(shifted);
  }
  out.delete(word);
  return [...out];
}
