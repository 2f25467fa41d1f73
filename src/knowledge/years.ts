/**
 * Some entries are one rule in several years ("Aturan dana desa 2023 untuk BPJS", "… 2024 …"): only
 * the year tells them apart. A question that names no year cannot choose between them, so they are
 * not offered to it side by side ("dasar hukumnya apa" is not answered with four years' Dana Desa
 * rules, the one that has no BPJS provision among them); a single one stays.
 */
import { cleanText } from "./normalize";
import type { KnowledgeEntry } from "./schema";

const YEAR = /\b(?:19|20)\d\d\b/;

/** The label with its year taken out, for an entry whose label names a year. */
function seriesKey(entry: KnowledgeEntry): string | undefined {
  const label = entry.label ?? "";
  return YEAR.test(label) ? `${entry.topic}:${label.replace(YEAR, "#")}` : undefined;
}

/** `entries` (in order) without the years of one rule, when `text` names no year and two or more of them are among them. */
export function withoutYearsNotAsked<T extends KnowledgeEntry>(entries: readonly T[], text: string): T[] {
  if (YEAR.test(text)) return [...entries];
  const count = new Map<string, number>();
  for (const e of entries) {
    const key = seriesKey(e);
    if (key) count.set(key, (count.get(key) ?? 0) + 1);
  }
  const kept = entries.filter((e) => (count.get(seriesKey(e) ?? "") ?? 0) < 2);
  return kept.length > 0 ? kept : [...entries];
}

const YEARS = /\b(?:19|20)\d\d\b/g;
/** A year that is part of a regulation's number: "permendesa 7 tahun 2023", "pp 6/2025", "16 2025". */
const REGULATION_YEAR = /\b\d{1,3} (?:(?:tahun|thn|th) )?((?:19|20)\d\d)\b/g;

/**
 * The years a question asks about ("dana desa 2024 boleh?", "tahun 2025"), leaving out the year in a
 * regulation's number ("permendesa 7 tahun 2023" is the rule for 2024, not a question about 2023).
 */
export function yearsAsked(text: string): string[] {
  return yearsAskedInClean(cleanText(text));
}

/** yearsAsked() of a text cleanText() already returned. */
export function yearsAskedInClean(cleaned: string): string[] {
  if (!YEAR.test(cleaned)) return [];
  const inNumbers = new Set<number>();
  for (const m of cleaned.matchAll(REGULATION_YEAR)) inNumbers.add(m.index! + m[0].length - 4);
  return [...cleaned.matchAll(YEARS)].filter((m) => !inNumbers.has(m.index!)).map((m) => m[0]);
}

/** For each entry that is one year of a rule told apart only by its year (two or more such entries), that year. */
export function seriesYears(entries: readonly KnowledgeEntry[]): (string | undefined)[] {
  const count = new Map<string, number>();
  for (const e of entries) {
    const key = seriesKey(e);
    if (key) count.set(key, (count.get(key) ?? 0) + 1);
  }
  return entries.map((e) => ((count.get(seriesKey(e) ?? "") ?? 0) >= 2 ? (e.label ?? "").match(YEAR)?.[0] : undefined));
}
