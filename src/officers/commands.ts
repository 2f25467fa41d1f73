/** Arguments of officer commands, validated with zod. Wrong input → the command's usage. */
import { z } from "zod";
import type { LeadStatus } from "../store/schema";

const userId = z.string().regex(/^\d{1,16}$/).transform(Number).refine((n) => n > 0 && Number.isSafeInteger(n));

/** `/petugas tambah <user_id> [provinsi]`, `/petugas hapus <user_id>`, `/petugas` or `/petugas daftar`. */
export const PetugasArgs = z.union([
  z.object({ action: z.literal("list") }),
  z.object({ action: z.literal("add"), userId, province: z.string().trim().max(60).optional() }),
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

/** Lead statuses as officers type them, Indonesian or the stored English. */
const STATUS_WORDS: Record<string, LeadStatus> = {
  baru: "new", new: "new",
  dihubungi: "contacted", contacted: "contacted",
  terdaftar: "registered", registered: "registered",
  tidak_berminat: "not_interested", "tidak berminat": "not_interested", not_interested: "not_interested", menolak: "not_interested",
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
