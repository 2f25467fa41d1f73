/**
 * "Dana desa tahun ini boleh untuk BPJS?" asks about a year the knowledge names by number
 * ("Aturan dana desa 2026"). Before the search, "tahun ini / tahun depan / tahun lalu" (and
 * "this/next/last year") are written as the year they mean, in Indonesia's western time (WIB).
 */
const RELATIVE_YEAR = /\b(?:(?:tahun|thn|th)\s+(ini|depan|dpn|lalu|kemarin|kmrn)|(this|next|last)\s+year)\b/gi;
const OFFSET: Record<string, number> = { ini: 0, this: 0, depan: 1, dpn: 1, next: 1, lalu: -1, kemarin: -1, kmrn: -1, last: -1 };
const WIB_OFFSET_MS = 7 * 60 * 60_000;

export function withRelativeYears(text: string, now: Date = new Date()): string {
  const year = new Date(now.getTime() + WIB_OFFSET_MS).getUTCFullYear();
  return text.replace(RELATIVE_YEAR, (_, indonesian?: string, english?: string) => String(year + OFFSET[(indonesian ?? english)!.toLowerCase()]!));
}
