/** Validation of what a worker types in the enrollment flow. Pure functions, zod where it fits. */
import { z } from "zod";
import { withoutIdentityNumbers } from "../feedback/identity-numbers";

export const WORKER_KINDS = ["wage", "bpu_ojol", "bpu_trader", "bpu_farmer", "bpu_fisher", "bpu_other", "construction", "migrant", "village_apparatus"] as const;
export type WorkerKind = (typeof WORKER_KINDS)[number];

/** Kinds that already say the occupation, so the flow does not ask it again. */
export const OCCUPATION_FROM_KIND: Partial<Record<WorkerKind, string>> = {
  bpu_ojol: "Pengemudi ojek online",
  bpu_trader: "Pedagang",
  bpu_farmer: "Petani",
  bpu_fisher: "Nelayan",
  village_apparatus: "Aparat desa",
};

export const PROGRAMS = ["jkk", "jkm", "jht", "jp", "jkp", "unsure"] as const;
export type Program = (typeof PROGRAMS)[number];

/**
 * What a kind of worker is offered, and the prompt that says why. Informal workers (BPU) have
 * JKK and JKM, and JHT if they wish; JP and JKP need an employment relationship (PP 45/2015,
 * PP 37/2021 Pasal 4). Migrant workers have JKK and JKM, and JHT if they wish (Permenaker
 * 4/2023); construction project workers are enrolled in JKK and JKM by the contractor; village
 * officials have JKK and JKM, and JHT and JP where the regency adds them, but no employer for JKP.
 */
function offerFor(kind: WorkerKind | undefined): { programs: readonly Program[]; prompt: string } {
  const without = (...left: Program[]) => PROGRAMS.filter((p) => !left.includes(p));
  if (kind?.startsWith("bpu_")) return { programs: without("jp", "jkp"), prompt: "ask-programs-bpu" };
  if (kind === "migrant") return { programs: without("jp", "jkp"), prompt: "ask-programs-migrant" };
  if (kind === "construction") return { programs: without("jht", "jp", "jkp"), prompt: "ask-programs-construction" };
  if (kind === "village_apparatus") return { programs: without("jkp"), prompt: "ask-programs-village" };
  return { programs: PROGRAMS, prompt: "ask-programs" };
}

/** The programs a kind of worker can join. */
export function programsFor(kind: WorkerKind | undefined): readonly Program[] {
  return offerFor(kind).programs;
}

/**
 * Programs that come only together, as one base package: informal (BPU), migrant and construction
 * workers and village officials join JKK and JKM at once, with JHT (or JP) on top, never alone.
 */
export function basePackageFor(kind: WorkerKind | undefined): readonly Program[] {
  return kind === undefined || kind === "wage" ? [] : ["jkk", "jkm"];
}

/**
 * Presses a program in the choice: "belum tahu" and a named program exclude each other.
 */
export function toggleProgram(selected: Set<Program>, program: Program): void {
  if (selected.has(program)) {
    selected.delete(program);
    return;
  }
  if (program === "unsure") selected.clear();
  else selected.delete("unsure");
  selected.add(program);
}

/** The programs chosen, with the base package completed: "JHT only" is no package an informal worker can join. */
export function withBasePackage(chosen: readonly Program[], kind: WorkerKind | undefined): Program[] {
  if (chosen.includes("unsure") || chosen.length === 0) return [...chosen];
  const base = basePackageFor(kind);
  return programsFor(kind).filter((p) => base.includes(p) || chosen.includes(p));
}

/** The prompt that says why some programs are not offered to this kind of worker. */
export function programsPromptKey(kind: WorkerKind | undefined): string {
  return offerFor(kind).prompt;
}

export type Invalid = { ok: false; reason: string };
export type Valid<T> = { ok: true; value: T };

const OccupationSchema = z
  .string()
  .trim()
  .min(2, "too_short")
  .max(60, "too_long")
  .refine((s) => !/(https?:\/\/|www\.|t\.me\/|\.[a-z]{2,4}\/)/i.test(s), "link")
  // a NIK or phone number typed here would reach officers as the occupation
  .refine((s) => withoutIdentityNumbers(s) === s, "identity_number")
  .refine((s) => /\p{L}/u.test(s), "no_letters");

export function validateOccupation(text: string): Valid<string> | Invalid {
  const r = OccupationSchema.safeParse(text);
  return r.success ? { ok: true, value: r.data.replace(/\s+/g, " ") } : { ok: false, reason: r.error.issues[0]!.message };
}

/**
 * Indonesian mobile numbers: 08xx…, +628xx…, 628xx…, with spaces, dots or
 * dashes. The subscriber part after the leading 8 has 8 to 11 digits.
 */
export function normalizeIndonesianMobile(text: string): Valid<string> | Invalid {
  const compact = text.trim().replace(/[\s.\-()]/g, "");
  if (!/^\+?\d+$/.test(compact)) return { ok: false, reason: "not_digits" };
  let national: string;
  if (compact.startsWith("+62")) national = compact.slice(3);
  else if (compact.startsWith("62")) national = compact.slice(2);
  else if (compact.startsWith("0")) national = compact.slice(1);
  else if (compact.startsWith("8")) national = compact;
  else return { ok: false, reason: "not_indonesian" };
  if (!national.startsWith("8")) return { ok: false, reason: "not_mobile" };
  if (national.length < 9 || national.length > 12) return { ok: false, reason: "length" };
  return { ok: true, value: `+62${national}` };
}

/** Shows only the last digits of a phone number, for summaries and officer lists. */
export function maskPhone(phone: string): string {
  return phone.length <= 6 ? "***" : `${phone.slice(0, 5)}****${phone.slice(-3)}`;
}
