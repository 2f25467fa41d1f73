/**
 * The shape of knowledge/regions/aliases.json, apart from the file itself, so `npm run kb:check`
 * reports a broken file line by line instead of failing when the regions load.
 */
import { z } from "zod";

const lower = z.string().min(1).refine((s) => s === s.toLowerCase().trim(), "huruf kecil, tanpa spasi di awal atau akhir");

export const RegionAliasesSchema = z.object({
  about: z.string(),
  provinces: z.record(z.string().regex(/^\d{2}$/), z.array(lower)),
  regencies: z.record(lower, lower),
  english: z.object({
    directions: z.record(lower, lower),
    words: z.record(lower, lower),
    dropped: z.array(lower),
  }),
});

export type RegionAliases = z.infer<typeof RegionAliasesSchema>;

/** Names given to two provinces: each must name one (an alias → province map needs it). */
export function aliasesOfTwoProvinces(aliases: RegionAliases): { name: string; codes: [string, string] }[] {
  const owner = new Map<string, string>();
  const twice: { name: string; codes: [string, string] }[] = [];
  for (const [code, names] of Object.entries(aliases.provinces)) {
    for (const name of names) {
      const first = owner.get(name);
      if (first && first !== code) twice.push({ name, codes: [first, code] });
      else owner.set(name, code);
    }
  }
  return twice;
}
