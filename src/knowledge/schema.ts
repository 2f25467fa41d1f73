/**
 * Zod schemas for everything under `knowledge/`. The files are written by
 * people at branch offices, so every message must say what is wrong in
 * words a non-programmer understands; the loader adds file and entry.
 */
import { z } from "zod";

export const AUDIENCES = ["worker", "employer", "village_head", "officer", "public"] as const;
/** Kinds of worker: wage earners (PU), informal / self-employed workers (BPU), migrant workers (PMI). */
export const WORKER_KINDS = ["pu", "bpu", "pmi"] as const;
export type WorkerKind = (typeof WORKER_KINDS)[number];
/**
 * What has happened to the worker an entry speaks of: a work accident, a participant's death (heirs
 * asking), a layoff, a resignation, or nothing yet (still working: "JHT sebagian saat masih bekerja").
 */
export const SITUATIONS = ["accident", "death", "layoff", "resign", "working"] as const;
export type SituationKind = (typeof SITUATIONS)[number];
export const TOPICS = [
  "jkk", "jkm", "jht", "jp", "jkp", "bpu", "employer", "village", "jakon", "pmi",
  "channels", "jmo", "trust", "kesehatan", "general", "article",
] as const;
/** The five programs: their topics, and the tokens the normaliser writes for them ("jaminan hari tua" → jht). */
export const PROGRAM_TOPICS: ReadonlySet<string> = new Set(["jkk", "jkm", "jht", "jp", "jkp"]);
/** The topic of the entries that point health-insurance questions to BPJS Kesehatan, another body. */
export const HEALTH_TOPIC = "kesehatan";
export const UNITS = ["rupiah", "percent", "months", "years", "days", "count", "multiple", "text"] as const;
export const CONFIDENCE = ["solid", "single", "weak"] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "harus tanggal berformat YYYY-MM-DD, misalnya 2026-11-24");

const entryId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id hanya huruf kecil, angka dan tanda minus, misalnya jht-syarat-klaim")
  // ids go into buttons' callback data ("fb:1:<id>", "kb:<id>"), which Telegram caps at 64 bytes
  .max(58, "id paling panjang 58 karakter (dipakai di data tombol Telegram, maksimal 64 byte)");

/** Button text for an entry ("Maksud Anda…?" options, related questions): short enough for a cheap phone's screen. */
export const MAX_LABEL_LENGTH = 40;
const buttonLabel = z
  .string()
  .trim()
  .min(3, "label terlalu pendek")
  .max(MAX_LABEL_LENGTH, `label maksimal ${MAX_LABEL_LENGTH} karakter, supaya tombolnya tidak terpotong di layar ponsel`);

/** `{{rulefile.key}}` inside an answer is replaced by a figure from `knowledge/rules/`. */
export const PLACEHOLDER = /\{\{\s*([a-z0-9_]+\.[a-z0-9_]+)\s*\}\}/g;

export const RuleValueSchema = z.object({
  value: z.union([z.number(), z.string()]),
  unit: z.enum(UNITS),
  label: z.string().min(3),
  regulation: z.string().min(3, "setiap angka butuh dasar hukumnya (regulation)"),
  effective: isoDate.optional(),
  confidence: z.enum(CONFIDENCE).default("solid"),
  note: z.string().optional(),
  sources: z.array(z.string()).default([]),
});
export type RuleValue = z.infer<typeof RuleValueSchema>;

export const RuleFileSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/, "id tabel hanya huruf kecil, angka dan garis bawah"),
  title: z.string().min(3),
  values: z.record(z.string().regex(/^[a-z0-9_]+$/), RuleValueSchema),
});
export type RuleFile = z.infer<typeof RuleFileSchema>;

export const FaqEntrySchema = z.object({
  id: entryId,
  /** Button text, e.g. "Iuran BPU per bulan": names what sets this entry apart from its neighbours. */
  label: buttonLabel.optional(),
  /** English button text (for entries with answer_en). */
  label_en: buttonLabel.optional(),
  topic: z.enum(TOPICS),
  audience: z.array(z.enum(AUDIENCES)).min(1, "sebutkan minimal satu audience"),
  questions: z
    .array(z.string().min(3))
    .min(4, "butuh minimal 4 contoh pertanyaan (questions), termasuk gaya ketik santai"),
  answer: z.string().min(20, "jawaban (answer) terlalu pendek"),
  answer_en: z.string().min(20).optional(),
  sources: z.array(z.string().min(3)).min(1, "setiap jawaban butuh minimal satu sumber (sources)"),
  reviewed: isoDate,
  related: z.array(entryId).default([]),
  /** Marks entries whose figures carry a caveat; the bot answers but never with confidence it lacks. */
  uncertain: z.boolean().default(false),
  /** Which workers the entry applies to (pu, bpu, pmi), when its topic and label do not say it already. */
  workers: z.array(z.enum(WORKER_KINDS, { message: "workers: pu, bpu atau pmi" })).min(1).optional(),
  /** The situation the entry is about (accident, death, layoff, resign, working), when its topic and label do not say it. */
  situations: z.array(z.enum(SITUATIONS, { message: "situations: accident, death, layoff, resign atau working" })).min(1).optional(),
});
export type FaqEntry = z.infer<typeof FaqEntrySchema>;
export const FaqFileSchema = z.array(FaqEntrySchema);

export const ArticleSchema = z.object({
  id: entryId,
  title: z.string().min(5),
  date: isoDate,
  outlet: z.string().min(2),
  place: z.string().min(2),
  province: z.string().min(2),
  people: z.array(z.object({ name: z.string(), role: z.string() })).default([]),
  regulations: z.array(z.string()).default([]),
  figures: z.array(z.object({ label: z.string(), value: z.string() })).default([]),
  summary: z.string().min(40),
  /** Questions this article answers; each becomes a searchable entry citing outlet and date. */
  entries: z
    .array(
      z.object({
        id: entryId,
        label: buttonLabel.optional(),
        label_en: buttonLabel.optional(),
        questions: z.array(z.string().min(3)).min(4),
        answer: z.string().min(20),
        answer_en: z.string().min(20).optional(),
        related: z.array(entryId).default([]),
      }),
    )
    .min(1),
  reviewed: isoDate,
});
export type Article = z.infer<typeof ArticleSchema>;

export const LexiconSchema = z.object({
  /** typed form → canonical form, e.g. `brp: berapa`, `bpjstk: bpjs ketenagakerjaan`. */
  replacements: z.record(z.string().min(1), z.string().min(1)).default({}),
  stopwords: z.array(z.string().min(1)).default([]),
  /**
   * Words and phrases of topics this bot does not cover (loans, weather, health
   * care itself…). A question built on them is declined unless it also names
   * one of our programs.
   */
  out_of_scope: z.array(z.string().min(2)).default([]),
  /** Words that anchor a question in our domain (program names); they override out_of_scope. */
  anchors: z.array(z.string().min(2)).default([]),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

/** A searchable knowledge entry after loading: FAQ entries and article entries alike. */
export interface KnowledgeEntry {
  id: string;
  /** Button text (≤ MAX_LABEL_LENGTH); kb:check requires it, the bot falls back to the first question. */
  label?: string;
  labelEn?: string;
  topic: (typeof TOPICS)[number];
  audience: readonly (typeof AUDIENCES)[number][];
  questions: readonly string[];
  /** Answer with rule placeholders resolved, Telegram HTML. */
  answer: string;
  answerEn?: string;
  /** Human-readable source lines: regulations, "Outlet, date", channels. */
  sources: readonly string[];
  reviewed: string;
  related: readonly string[];
  uncertain: boolean;
  /** Set in the entry's file; otherwise read from its topic and label (see situation.ts). */
  workers?: readonly WorkerKind[];
  situations?: readonly SituationKind[];
  articleId?: string;
  file: string;
}
