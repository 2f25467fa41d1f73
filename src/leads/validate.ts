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

/**
 * Occupations typed at the worker-kind step that its buttons do not name as such, read as the
 * kind they belong to (a domestic worker is a "Pekerja mandiri lain"); what was typed is kept
 * as the occupation. Everyday Indonesian and English, at the start of the text.
 */
const OCCUPATION_KINDS: readonly [RegExp, WorkerKind][] = [
  [/^((kuli|tukang|buruh|pekerja) (bangunan|proyek)|mandor)\b/, "construction"],
  [/^(tkw|tki|pmi|pekerja migran|migrant worker)\b/, "migrant"],
  [/^(karyawan|pegawai|buruh pabrik|staf|staff|employee)\b/, "wage"],
  [/^(jualan|jual|penjual|berjualan|dagang|buka warung|warung|toko|pedagang)\b/, "bpu_trader"],
  [/^(petani|buruh tani|peternak|pekebun|tani|berkebun|bertani|beternak|farmer)\b/, "bpu_farmer"],
  [/^(nelayan|melaut|fisherman|fisher)\b/, "bpu_fisher"],
  [
    /^(pembantu|prt|art|asisten rumah tangga|pekerja rumah tangga|pekerja domestik|babysitter|baby sitter|pengasuh|suster anak|perawat lansia|tukang|penjahit|jahit|sopir|supir|kurir|buruh harian|buruh lepas|kuli|pemulung|montir|bengkel|satpam|penjaga|cleaning service|tukang cukur|pemangkas|guru ngaji|marbot|seniman|pelukis|penari|penyanyi|musisi|fotografer|desainer|penulis|penerjemah|freelancer|freelance|housemaid|maid|domestic worker|domestic helper|nanny|caregiver|tailor|courier|mechanic|cleaner|gardener|helper)\b/,
    "bpu_other",
  ],
];

/** Words before an occupation that say nothing of it: "sy", "saya kerja jadi", "aku cuma". */
const OCCUPATION_LEAD = /^((sy|saya|sya|aku|ak|gue|gw|ane|i am|i'?m|i work as|i work|kerja|kerjaan|kerjaanku|pekerjaan|pekerjaanku|profesi|bekerja|sebagai|sbg|jadi|jd|cuma|cm|hanya|seorang|a|an|as)\s+)+/i;
/** Words after it that say nothing either: "kak", "aja". */
const OCCUPATION_TAIL = /(\s+(kak|kakak|ka|min|gan|pak|bu|mas|mbak|bang|dong|deh|aja|saja|sih|nih|ya))+$/i;

/** A text that asks ("tukang ojek bisa daftar ga") or is about the programs is a question, not an occupation. */
const ASKS_OR_ABOUT_BPJS = /\?|\b(bisa|bs|boleh|ga|gak|gk|nggak|ngga|enggak|tidak|tdk|apa|apakah|kah|daftar|ikut|iuran|bayar|klaim|wajib|bpjs|jamsos|jht|jkk|jkm|jp|jkp|bpu|berapa|brp|gimana|gmn|bagaimana|cara|caranya|syarat|mau|pengen|ingin|can|how|what|join|register)\b/;

/**
 * The kind of worker a typed occupation belongs to, and the occupation as typed ("sy pembantu
 * rumah tangga" → another independent worker, "pembantu rumah tangga"); undefined when the text
 * names none of these or is no valid occupation.
 */
export function kindFromOccupation(text: string): { kind: WorkerKind; occupation: string } | undefined {
  const plain = text.replace(/[.!,]+/g, " ").replace(/\s+/g, " ").trim();
  const occupation = plain.replace(OCCUPATION_LEAD, "").replace(OCCUPATION_TAIL, "").trim();
  const words = occupation.toLowerCase().split(" ");
  if (words.length > 6 || ASKS_OR_ABOUT_BPJS.test(occupation.toLowerCase())) return undefined;
  const kindAt = (i: number) => OCCUPATION_KINDS.find(([pattern]) => pattern.test(words.slice(i).join(" ")))?.[1];
  const kind = kindAt(0);
  // "petani nelayan": two kinds named, neither is the answer
  if (kind === undefined || words.some((_, i) => ![undefined, kind].includes(kindAt(i)))) return undefined;
  const valid = validateOccupation(occupation);
  return valid.ok ? { kind, occupation: valid.value } : undefined;
}

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

/** A short free text a worker types for officers: no link, no identity number, some letters. */
const freeText = (max: number) =>
  z
    .string()
    .trim()
    .min(2, "too_short")
    .max(max, "too_long")
    .refine((s) => !/(https?:\/\/|www\.|t\.me\/|\.[a-z]{2,4}\/)/i.test(s), "link")
    // a NIK or phone number typed here would reach officers as the occupation
    .refine((s) => withoutIdentityNumbers(s) === s, "identity_number")
    .refine((s) => /\p{L}/u.test(s), "no_letters");

const OccupationSchema = freeText(60);

export function validateOccupation(text: string): Valid<string> | Invalid {
  const r = OccupationSchema.safeParse(text);
  return r.success ? { ok: true, value: r.data.replace(/\s+/g, " ") } : { ok: false, reason: r.error.issues[0]!.message };
}

/** The longest village detail (village, title, number of officials) kept beside "Aparat desa". */
export const VILLAGE_DETAILS_MAX = 80;

/**
 * What a village official writes about the village: its name, their title, how many officials
 * (e.g. "Desa Sukamaju, kepala desa, 12 orang"). Stored with the occupation: "Aparat desa (…)".
 */
export function validateVillageDetails(text: string): Valid<string> | Invalid {
  const r = VillageDetailsSchema.safeParse(text);
  return r.success ? { ok: true, value: r.data.replace(/\s+/g, " ") } : { ok: false, reason: r.error.issues[0]!.message };
}

const VillageDetailsSchema = freeText(VILLAGE_DETAILS_MAX);

/** The occupation stored for a village official, with the village's details when given. */
export function villageOccupation(details: string | undefined): string {
  const base = OCCUPATION_FROM_KIND.village_apparatus!;
  return details ? `${base} (${details})` : base;
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
