/**
 * Some entries are one rule in several years ("Aturan dana desa 2023 untuk BPJS", "… 2024 …"): only
 * the year tells them apart. A question that names no year cannot choose between them, so they are
 * not offered to it side by side ("dasar hukumnya apa" is not answered with four years' Dana Desa
 * rules, the one that has no BPJS provision among them); a single one stays.
 */
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
