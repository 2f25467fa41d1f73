/**
 * Evaluation of the knowledge search on the labelled question set
 * (tests/eval/questions.jsonl), beside two baselines over the same entries.
 * Used by `npm run eval` (prints everything) and by the accuracy gate test.
 */
import { readFileSync } from "node:fs";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { z } from "zod";
import type { KnowledgeBase } from "../../src/knowledge/load";
import { createSearch, type SearchOutcome } from "../../src/knowledge/search";
import { situationIn } from "../../src/knowledge/situation";

export const EvalItem = z.object({
  id: z.string(),
  text: z.string().min(1),
  /** Entry id(s) that answer it; null when out of scope. */
  expected: z.union([z.string(), z.array(z.string()).min(1), z.null()]),
  lang: z.enum(["id", "en", "mixed"]).default("id"),
});
export type EvalItem = z.infer<typeof EvalItem>;

export function loadEvalSet(path = "tests/eval/questions.jsonl"): EvalItem[] {
  return loadJsonLines(path, EvalItem);
}

/** One JSON object per line, each checked against the schema; a bad line names itself. */
export function loadJsonLines<T>(path: string, schema: z.ZodType<T>): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = schema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export interface Prediction {
  ranked: string[];
  outcome: SearchOutcome;
  confidence: number;
}

export type System = (text: string) => Prediction;

export interface Metrics {
  name: string;
  inScope: number;
  outOfScope: number;
  top1: number;
  top3: number;
  clarifyRate: number;
  wrongAnswerRate: number;
  oosDeclineRate: number;
  p50ms: number;
  p99ms: number;
}

/** The entry ids that answer an item; none when it is out of scope. */
export const expectedIds = (item: { expected: string | string[] | null }): string[] => (item.expected === null ? [] : Array.isArray(item.expected) ? item.expected : [item.expected]);

/** Right for the asker: an expected entry first and not declined, or an out-of-scope question declined. */
export function isRight(item: { expected: string | string[] | null }, top: string | undefined, outcome: SearchOutcome): boolean {
  const ids = expectedIds(item);
  return ids.length === 0 ? outcome === "decline" : outcome !== "decline" && ids.includes(top ?? "");
}

export function evaluate(name: string, system: System, items: EvalItem[], repeat = 1, warm = true): Metrics & { predictions: Prediction[] } {
  const predictions: Prediction[] = [];
  const times: number[] = [];
  if (warm) for (const item of items) system(item.text); // warm caches once, as a running bot would be
  for (const item of items) {
    let p!: Prediction;
    for (let r = 0; r < repeat; r++) {
      const t0 = performance.now();
      p = system(item.text);
      times.push(performance.now() - t0);
    }
    predictions.push(p);
  }
  let inScope = 0, oos = 0, top1 = 0, top3 = 0, clarify = 0, wrong = 0, declined = 0;
  items.forEach((item, i) => {
    const p = predictions[i]!;
    const ids = expectedIds(item);
    if (ids.length === 0) {
      oos++;
      if (p.outcome === "decline") declined++;
      else if (p.outcome === "answer") wrong++;
      return;
    }
    inScope++;
    if (ids.includes(p.ranked[0] ?? "")) top1++;
    if (p.ranked.slice(0, 3).some((r) => ids.includes(r))) top3++;
    if (p.outcome === "clarify") clarify++;
    if (p.outcome === "answer" && !ids.includes(p.ranked[0] ?? "")) wrong++;
  });
  times.sort((a, b) => a - b);
  const pct = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    name, inScope, outOfScope: oos,
    top1: top1 / inScope, top3: top3 / inScope, clarifyRate: clarify / inScope,
    wrongAnswerRate: wrong / items.length, oosDeclineRate: oos ? declined / oos : 0,
    p50ms: pct(0.5), p99ms: pct(0.99), predictions,
  };
}

export function ourSystem(kb: KnowledgeBase): System {
  const search = createSearch(kb);
  return (text) => {
    // as the bot asks it as a first message: with the situation the question itself tells (situation.ts)
    const r = search.search(text, { situation: situationIn(text) });
    return { ranked: r.candidates.map((c) => c.entry.id), outcome: r.outcome, confidence: r.confidence };
  };
}

/** Baseline 1: Fuse.js with default options over the raw paraphrases. */
export function fuseBaseline(kb: KnowledgeBase): System {
  const docs = kb.entries.flatMap((e) => e.questions.map((q) => ({ id: e.id, q })));
  const fuse = new Fuse(docs, { keys: ["q"] });
  return (text) => {
    const ranked = unique(fuse.search(text, { limit: 20 }).map((r) => r.item.id));
    return { ranked, outcome: ranked.length ? "answer" : "decline", confidence: ranked.length ? 1 : 0 };
  };
}

/** Baseline 2: MiniSearch (BM25) with default options over the same paraphrases. */
export function miniSearchBaseline(kb: KnowledgeBase): System {
  const mini = new MiniSearch<{ n: number; id: string; q: string }>({ fields: ["q"], storeFields: ["id"], idField: "n" });
  let n = 0;
  mini.addAll(kb.entries.flatMap((e) => e.questions.map((q) => ({ n: n++, id: e.id, q }))));
  return (text) => {
    const ranked = unique(mini.search(text).map((r) => String(r.id)));
    return { ranked, outcome: ranked.length ? "answer" : "decline", confidence: ranked.length ? 1 : 0 };
  };
}

const unique = (ids: string[]) => [...new Set(ids)];

/** How often the top answer is right within each confidence band: confidence should track it. */
export function calibrationTable(items: EvalItem[], predictions: Prediction[]): { band: string; n: number; accuracy: number }[] {
  const bands = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
  const rows = [];
  for (let b = 0; b < bands.length - 1; b++) {
    let n = 0, right = 0;
    items.forEach((item, i) => {
      const p = predictions[i]!;
      if (p.confidence < bands[b]! || p.confidence >= bands[b + 1]!) return;
      n++;
      if (expectedIds(item).includes(p.ranked[0] ?? "")) right++;
    });
    rows.push({ band: `${bands[b]!.toFixed(1)}–${Math.min(1, bands[b + 1]!).toFixed(1)}`, n, accuracy: n ? right / n : 0 });
  }
  return rows;
}
