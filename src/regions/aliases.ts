/**
 * The names people type for areas beside the official ones (knowledge/regions/aliases.json):
 * short names ("jabar", "tangsel"), and English province names ("west java"). Kept as data so
 * a missing abbreviation is a line in a file, not a code change; validated when loaded.
 */
import raw from "../../knowledge/regions/aliases.json";
import { aliasesOfTwoProvinces, RegionAliasesSchema, type RegionAliases } from "./alias-schema";

export { RegionAliasesSchema, type RegionAliases } from "./alias-schema";

export const REGION_ALIASES: RegionAliases = RegionAliasesSchema.parse(raw);

/** alias → province code, from the per-province lists; an alias listed under two provinces is a data error. */
export function provinceAliasMap(aliases: RegionAliases = REGION_ALIASES): Record<string, string> {
  const [twice] = aliasesOfTwoProvinces(aliases);
  if (twice) throw new Error(`region alias "${twice.name}" is given to provinces ${twice.codes.join(" and ")}`);
  return Object.fromEntries(Object.entries(aliases.provinces).flatMap(([code, names]) => names.map((name) => [name, code])));
}

/**
 * An English area name in Indonesian word order: "west java" → "jawa barat", "south jakarta" →
 * "jakarta selatan", "east java province" → "jawa timur". Text without an English word is returned as is.
 */
export function fromEnglish(q: string, aliases: RegionAliases = REGION_ALIASES): string {
  const { directions, words, dropped } = aliases.english;
  let text = ` ${q} `;
  for (const d of [...dropped].sort((a, b) => b.length - a.length)) text = text.replace(` ${d} `, " ");
  text = text.trim();
  const direction = Object.keys(directions)
    .sort((a, b) => b.length - a.length)
    .find((d) => text.startsWith(`${d} `));
  if (direction) text = `${text.slice(direction.length + 1)} ${directions[direction]}`;
  return text
    .split(" ")
    .map((w) => words[w] ?? w)
    .join(" ");
}
