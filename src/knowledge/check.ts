/**
 * The checks behind `npm run kb:check`: everything a person editing
 * `knowledge/` can get wrong, each reported with file, entry and field.
 */
import { readKnowledge, type KnowledgeBase, type KnowledgeProblem } from "./load";
import { createSearch } from "./search";
import { stripHtml } from "./search";
import { checkTelegramHtml } from "./telegram-html";
import { MAX_LABEL_LENGTH } from "./schema";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { aliasesOfTwoProvinces, RegionAliasesSchema } from "../regions/alias-schema";

export const ANSWER_LIMIT = 600;
const REVIEW_MAX_DAYS = 365;

export interface CheckReport {
  errors: KnowledgeProblem[];
  warnings: KnowledgeProblem[];
  kb?: KnowledgeBase;
  selfRetrieval?: { total: number; first: number };
}

export function checkKnowledge(dir = "knowledge", today = new Date()): CheckReport {
  const { kb, problems } = readKnowledge(dir);
  const errors = [...problems];
  const warnings: KnowledgeProblem[] = [];
  if (!kb) return { errors, warnings };

  const paraphraseOwner = new Map<string, string>();
  // buttons of one "Maksud Anda…?" must be told apart: every entry has its own label, in each language it answers in
  const labelOwner = new Map<string, string>();
  for (const e of kb.entries) {
    if (!e.label) errors.push({ file: e.file, entry: e.id, field: "label", message: `butuh label: teks tombol pendek (maksimal ${MAX_LABEL_LENGTH} karakter) yang membedakan entri ini dari yang lain, misalnya "Klaim JHT setelah resign"` });
    if (e.answerEn && !e.labelEn) errors.push({ file: e.file, entry: e.id, field: "label_en", message: "entri dengan answer_en butuh label_en (teks tombol dalam bahasa Inggris)" });
    for (const [field, label] of [["label", e.label], ["label_en", e.labelEn]] as const) {
      if (!label) continue;
      const key = `${field}:${label.toLowerCase()}`;
      const owner = labelOwner.get(key);
      if (owner) errors.push({ file: e.file, entry: e.id, field, message: `${field} "${label}" sudah dipakai entri "${owner}"; tombolnya tidak bisa dibedakan` });
      else labelOwner.set(key, e.id);
    }
    for (const [lang, answer] of [["answer", e.answer], ["answer_en", e.answerEn]] as const) {
      if (!answer) continue;
      const length = stripHtml(answer).length;
      if (length > ANSWER_LIMIT) warnings.push({ file: e.file, entry: e.id, field: lang, message: `answer is ${length} characters; keep it under ${ANSWER_LIMIT}` });
      const broken = checkTelegramHtml(answer);
      if (broken) errors.push({ file: e.file, entry: e.id, field: lang, message: broken });
    }
    const ageDays = (today.getTime() - Date.parse(e.reviewed)) / 86_400_000;
    if (ageDays > REVIEW_MAX_DAYS) warnings.push({ file: e.file, entry: e.id, field: "reviewed", message: `not reviewed for ${Math.floor(ageDays)} days` });
    if (ageDays < -1) errors.push({ file: e.file, entry: e.id, field: "reviewed", message: "reviewed date is in the future" });
    for (const q of e.questions) {
      const key = q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
      const owner = paraphraseOwner.get(key);
      if (owner && owner !== e.id) errors.push({ file: e.file, entry: e.id, field: "questions", message: `question "${q}" also appears in entry "${owner}"` });
      paraphraseOwner.set(key, e.id);
    }
  }

  errors.push(...regionAliasProblems(dir));

  // every paraphrase should find its own entry first
  const search = createSearch(kb);
  let total = 0;
  let first = 0;
  for (const e of kb.entries) {
    for (const q of e.questions) {
      total++;
      const top = search.search(q).candidates[0];
      if (top?.entry.id === e.id) first++;
      else errors.push({ file: e.file, entry: e.id, field: "questions", message: `question "${q}" finds "${top?.entry.id ?? "nothing"}" first; make it more specific or merge the entries` });
    }
  }
  return { errors, warnings, kb, selfRetrieval: { total, first } };
}

const REGION_ALIASES_FILE = "regions/aliases.json";

/** knowledge/regions/aliases.json: valid JSON of the expected shape, no name given to two provinces. */
function regionAliasProblems(dir: string): KnowledgeProblem[] {
  const path = join(dir, REGION_ALIASES_FILE);
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return [{ file: REGION_ALIASES_FILE, message: `bukan JSON yang sah: ${(error as Error).message}` }];
  }
  const parsed = RegionAliasesSchema.safeParse(data);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ file: REGION_ALIASES_FILE, field: i.path.join("."), message: i.message }));
  return aliasesOfTwoProvinces(parsed.data).map(({ name, codes }) => ({
    file: REGION_ALIASES_FILE,
    field: "provinces",
    message: `nama "${name}" diberikan ke dua provinsi (${codes.join(" dan ")}); satu nama hanya untuk satu provinsi`,
  }));
}
