/**
 * Loads `knowledge/` into memory: validates every file with zod, resolves rule
 * placeholders into figures, turns articles into searchable entries, and
 * collects every problem with its file, entry and field so that `kb:check`
 * can report them all at once.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { parseYaml } from "../yaml";
import type { z } from "zod";
import { loadRuleBook, formatValue, type RuleBook } from "../rules/rule-book";
import {
  ArticleSchema,
  FaqFileSchema,
  LexiconSchema,
  PLACEHOLDER,
  type Article,
  type FaqEntry,
  type KnowledgeEntry,
  type Lexicon,
} from "./schema";

export interface KnowledgeProblem {
  file: string;
  entry?: string;
  field?: string;
  message: string;
}

export interface KnowledgeBase {
  entries: KnowledgeEntry[];
  byId: ReadonlyMap<string, KnowledgeEntry>;
  articles: Article[];
  lexicon: Lexicon;
  rules: RuleBook;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`Knowledge has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
    this.name = "KnowledgeError";
  }
}

export function formatProblem(p: KnowledgeProblem): string {
  const where = [p.file, p.entry && `entry "${p.entry}"`, p.field && `field "${p.field}"`].filter(Boolean).join(", ");
  return `  - ${where}: ${p.message}`;
}

const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-07-19" → "19 Juli 2024" / "19 July 2024". */
export function formatDate(iso: string, lang: "id" | "en"): string {
  const [y, m, d] = iso.split("-").map(Number);
  const months = lang === "en" ? MONTHS_EN : MONTHS_ID;
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => join(dir, f));
}

function readYaml(path: string, root: string, problems: KnowledgeProblem[]): unknown {
  try {
    return parseYaml(readFileSync(path, "utf8"));
  } catch (error) {
    problems.push({ file: relative(root, path), message: `not valid YAML: ${(error as Error).message.split("\n")[0]}` });
    return undefined;
  }
}

function schemaProblems(file: string, error: z.ZodError, entryName: (index: number) => string | undefined): KnowledgeProblem[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    const index = typeof path[0] === "number" ? (path.shift() as number) : undefined;
    return {
      file,
      entry: index === undefined ? undefined : entryName(index) ?? `#${index + 1}`,
      field: path.join(".") || undefined,
      message: issue.message,
    };
  });
}

interface RawEntry {
  entry: Omit<KnowledgeEntry, "answer" | "answerEn" | "sources" | "uncertain"> & {
    rawAnswer: string;
    rawAnswerEn?: string;
    rawSources: string[];
    uncertain: boolean;
  };
}

/** Loads and validates; collects problems instead of throwing. */
export function readKnowledge(dir = "knowledge"): { kb?: KnowledgeBase; problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  let rules: RuleBook;
  try {
    rules = loadRuleBook(join(dir, "rules"));
  } catch (error) {
    problems.push({ file: "rules/", message: (error as Error).message });
    return { problems };
  }

  const lexicon: Lexicon = { replacements: {}, stopwords: [], out_of_scope: [], anchors: [] };
  for (const path of yamlFiles(join(dir, "lexicon"))) {
    const file = relative(dir, path);
    const parsed = LexiconSchema.safeParse(readYaml(path, dir, problems) ?? {});
    if (!parsed.success) {
      problems.push(...schemaProblems(file, parsed.error, () => undefined));
      continue;
    }
    for (const [from, to] of Object.entries(parsed.data.replacements)) {
      const earlier = lexicon.replacements[from];
      if (earlier !== undefined && earlier !== to) problems.push({ file, field: `replacements.${from}`, message: `"${from}" is already replaced by "${earlier}" in another lexicon file` });
      lexicon.replacements[from] = to;
    }
    lexicon.stopwords.push(...parsed.data.stopwords);
    lexicon.out_of_scope.push(...parsed.data.out_of_scope);
    lexicon.anchors.push(...parsed.data.anchors);
  }

  const raw: RawEntry["entry"][] = [];
  for (const path of yamlFiles(join(dir, "faq"))) {
    const file = relative(dir, path);
    const data = readYaml(path, dir, problems);
    const parsed = FaqFileSchema.safeParse(data);
    if (!parsed.success) {
      const items = Array.isArray(data) ? data : [];
      problems.push(...schemaProblems(file, parsed.error, (i) => (items[i] as { id?: string } | undefined)?.id));
      continue;
    }
    for (const e of parsed.data as FaqEntry[]) {
      raw.push({
        id: e.id, label: e.label, labelEn: e.label_en, topic: e.topic, audience: e.audience, questions: e.questions, rawAnswer: e.answer,
        rawAnswerEn: e.answer_en, rawSources: e.sources, reviewed: e.reviewed, related: e.related,
        uncertain: e.uncertain, file,
        ...(e.workers ? { workers: e.workers } : {}), ...(e.situations ? { situations: e.situations } : {}),
      });
    }
  }

  const articles: Article[] = [];
  for (const path of yamlFiles(join(dir, "articles"))) {
    const file = relative(dir, path);
    const parsed = ArticleSchema.safeParse(readYaml(path, dir, problems));
    if (!parsed.success) {
      problems.push(...schemaProblems(file, parsed.error, () => undefined));
      continue;
    }
    const article = parsed.data;
    articles.push(article);
    for (const e of article.entries) {
      raw.push({
        id: e.id, label: e.label, labelEn: e.label_en, topic: "article", audience: ["public"], questions: e.questions, rawAnswer: e.answer,
        rawAnswerEn: e.answer_en, rawSources: [`article:${article.id}`, ...article.regulations.slice(0, 2)],
        reviewed: article.reviewed, related: e.related, uncertain: false, articleId: article.id, file,
      });
    }
  }

  const articleById = new Map(articles.map((a) => [a.id, a]));
  const seen = new Map<string, string>();
  for (const e of raw) {
    const other = seen.get(e.id);
    if (other) problems.push({ file: e.file, entry: e.id, field: "id", message: `id is used twice (also in ${other})` });
    seen.set(e.id, e.file);
  }

  const entries: KnowledgeEntry[] = raw.map((e) => {
    const usedRules = new Set<string>();
    let uncertain = e.uncertain;
    const render = (text: string, lang: "id" | "en", field: string): string =>
      text.replace(PLACEHOLDER, (whole, key: string) => {
        if (!rules.has(key)) {
          problems.push({ file: e.file, entry: e.id, field, message: `unknown figure ${whole}: no value "${key}" in knowledge/rules` });
          return whole;
        }
        const value = rules.get(key);
        usedRules.add(key);
        if (value.confidence === "weak") uncertain = true;
        return formatValue(value, lang);
      }).trim();

    const answer = render(e.rawAnswer, "id", "answer");
    const answerEn = e.rawAnswerEn === undefined ? undefined : render(e.rawAnswerEn, "en", "answer_en");
    const sources: string[] = [];
    for (const s of e.rawSources) {
      if (s.startsWith("article:")) {
        const article = articleById.get(s.slice("article:".length));
        if (!article) problems.push({ file: e.file, entry: e.id, field: "sources", message: `unknown article "${s}"` });
        else sources.push(`${article.outlet}, ${formatDate(article.date, "id")}`);
      } else sources.push(s);
    }
    for (const key of usedRules) {
      for (const reg of rules.get(key).regulation.split(";").map((r: string) => r.trim())) sources.push(reg);
    }
    const { rawAnswer: _a, rawAnswerEn: _b, rawSources: _c, ...rest } = e;
    return { ...rest, answer, answerEn, sources: dedupeSources(sources), uncertain };
  });

  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) {
    for (const rel of e.related) {
      if (!byId.has(rel)) problems.push({ file: e.file, entry: e.id, field: "related", message: `related id "${rel}" does not exist` });
    }
  }

  return { kb: { entries, byId, articles, lexicon, rules }, problems };
}

/** Drops repeated sources and those already contained in a longer one ("PP 45/2015" inside "PP 45/2015 Pasal 28"). */
function dedupeSources(sources: string[]): string[] {
  const unique = [...new Set(sources.map((s) => s.trim()).filter(Boolean))];
  return unique.filter((s) => !unique.some((other) => other !== s && other.startsWith(s)));
}

/** Loads the knowledge base or throws a KnowledgeError listing every problem. */
export function loadKnowledge(dir = "knowledge"): KnowledgeBase {
  const { kb, problems } = readKnowledge(dir);
  if (!kb || problems.length > 0) throw new KnowledgeError(problems);
  return kb;
}
