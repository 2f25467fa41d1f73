/** Arguments of officer commands, validated with zod. Wrong input → the command's usage. */
import { z } from "zod";
import type { LeadStatus } from "../store/schema";
import type { Area, Regions } from "../regions";
import { damerauLevenshtein } from "../knowledge/search";

/**
 * A Telegram user id. Thousands separators ("123.456.789", "123,456,789") are dropped: older
 * replies printed ids that way, and an id copied from one must still work.
 */
const userId = z
  .string()
  .regex(/^(\d{1,16}|\d{1,3}(\.\d{3})+|\d{1,3}(,\d{3})+)$/)
  .transform((s) => Number(s.replace(/[.,]/g, "")))
  .refine((n) => n > 0 && Number.isSafeInteger(n));

/**
 * `/petugas tambah <user_id> <provinsi|semua>`, `/petugas hapus <user_id>`, `/petugas` or
 * `/petugas daftar`. The province is required: a forgotten one must not grant the widest
 * access (every province's leads); all provinces are asked for with "semua".
 */
export const PetugasArgs = z.union([
  z.object({ action: z.literal("list") }),
  z.object({ action: z.literal("add"), userId, province: z.string().trim().min(1).max(60) }),
  z.object({ action: z.literal("remove"), userId }),
]);
export type PetugasArgs = z.infer<typeof PetugasArgs>;

const ACTION_WORDS: Record<string, "add" | "remove" | "list"> = {
  tambah: "add", add: "add", beri: "add",
  hapus: "remove", remove: "remove", cabut: "remove",
  daftar: "list", list: "list",
};

export function parsePetugasArgs(raw: string): PetugasArgs | undefined {
  const [word = "", id, ...rest] = raw.trim().split(/\s+/).filter(Boolean);
  const action = word === "" ? "list" : ACTION_WORDS[word.toLowerCase()];
  if (!action) return undefined;
  const candidate =
    action === "list"
      ? { action, ...(id ? { extra: id } : {}) }
      : action === "add"
        ? { action, userId: id ?? "", province: rest.length ? rest.join(" ") : undefined }
        : { action, userId: id ?? "", ...(rest.length ? { extra: rest.join(" ") } : {}) };
  if ("extra" in candidate) return undefined;
  const r = PetugasArgs.safeParse(candidate);
  return r.success ? r.data : undefined;
}

/** Each lead status as /prospek's usage names it (in both languages), and as export file names carry it. */
export const STATUS_WORD: Record<LeadStatus, string> = { new: "baru", contacted: "dihubungi", registered: "terdaftar", not_interested: "tidak_berminat" };

/** Lead statuses as officers type them: the usage's words, a few variants, or the stored English. */
const STATUS_WORDS: Record<string, LeadStatus> = {
  ...Object.fromEntries(Object.entries(STATUS_WORD).flatMap(([status, word]) => [[word, status], [status, status]])),
  "tidak berminat": "not_interested", menolak: "not_interested",
};

export const StatusArg = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/-/g, "_"))
  .pipe(z.enum(Object.keys(STATUS_WORDS) as [string, ...string[]]))
  .transform((s) => STATUS_WORDS[s]!);

/** "" → all statuses; a known word → that status; anything else → undefined (show usage). */
export function parseStatusArg(raw: string): { status?: LeadStatus } | undefined {
  if (raw.trim() === "") return {};
  const r = StatusArg.safeParse(raw);
  return r.success ? { status: r.data } : undefined;
}

/** Words for "every province" in `/petugas tambah <id> semua`. */
const ALL_PROVINCES = /^(semua|semua provinsi|seluruh|seluruh provinsi|seluruh indonesia|nasional|all|all provinces)$/;

export type ScopeResolution =
  | { kind: "all" }
  | { kind: "province"; province: Area; via?: Area }
  | { kind: "ambiguous"; options: Area[] }
  | { kind: "unknown" };

const plainName = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();

/**
 * The scope an owner typed for an officer: "semua" (all provinces), a province by name,
 * short name or with a typo, or a city/regency, which stands for its province
 * ("Makassar" → Sulawesi Selatan, `via` Kota Makassar), the way /langganan reads places.
 */
export function resolveScope(text: string, regions: Pick<Regions, "provinces" | "findProvinceOrRegency" | "provinceAndRegency">): ScopeResolution {
  const q = plainName(text);
  if (ALL_PROVINCES.test(q)) return { kind: "all" };
  const found = regions.findProvinceOrRegency(text);
  const provinces = new Map<string, { province: Area; via?: Area }>();
  for (const area of found) {
    const { province, regency } = regions.provinceAndRegency(area);
    if (!provinces.has(province.code)) provinces.set(province.code, { province, via: regency });
  }
  if (provinces.size === 1) {
    const [only] = provinces.values();
    // two regencies of one province ("Bandung": Kota and Kabupaten) name the province, not one of them
    return { kind: "province", province: only!.province, ...(found.length === 1 && only!.via ? { via: only!.via } : {}) };
  }
  // a slip of one letter in a full name ("Sulawesi Selatn", "Sumatra Utara") names that province alone,
  // where the fuzzy search also offers its neighbours
  const near = regions.provinces.filter((p) => damerauLevenshtein(q, plainName(p.name)) <= 1);
  if (near.length === 1) return { kind: "province", province: near[0]! };
  return provinces.size > 1 ? { kind: "ambiguous", options: [...provinces.values()].map((p) => p.province) } : { kind: "unknown" };
}
