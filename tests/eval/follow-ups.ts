/**
 * Follow-up questions (tests/eval/follow-ups.jsonl): a short question typed right after
 * an answer ("kalau jht?" after the JKM claim documents), each labelled with the entry
 * answered before it and the entry that answers it. Lines starting with "n" are questions
 * of their own asked after an answer: the previous answer must not change them.
 */
import { z } from "zod";
import type { KnowledgeBase } from "../../src/knowledge/load";
import { createSearch, type SearchResult } from "../../src/knowledge/search";
import { searchFollowUp } from "../../src/knowledge/follow-up";
import { expectedIds, isRight, loadEvalSet, loadJsonLines, type EvalItem } from "./evaluate";

const FollowUpItem = z.object({
  id: z.string(),
  /** The entry answered just before. */
  after: z.string(),
  text: z.string().min(1),
  /** Entry id(s) that answer it; null when it should be declined. */
  expected: z.union([z.string(), z.array(z.string()).min(1), z.null()]),
});
export type FollowUpItem = z.infer<typeof FollowUpItem>;

export function loadFollowUps(path = "tests/eval/follow-ups.jsonl"): FollowUpItem[] {
  return loadJsonLines(path, FollowUpItem);
}

type Verdict = "answered right" | "right option first" | "answered wrong" | "declined" | "other";

function verdict(item: FollowUpItem, r: SearchResult): Verdict {
  const expected = expectedIds(item);
  const top = r.candidates[0]?.entry.id;
  if (expected.length === 0) return r.outcome === "decline" ? "declined" : r.outcome === "answer" ? "answered wrong" : "other";
  if (r.outcome === "decline") return "declined";
  if (top && expected.includes(top)) return r.outcome === "answer" ? "answered right" : "right option first";
  return r.outcome === "answer" ? "answered wrong" : "other";
}

export interface FollowUpFigures {
  followUps: number;
  standalone: number;
  /** Share of follow-ups answered at once with the right entry, without and with the previous answer. */
  answeredRight: { without: number; with: number };
  /** Share of follow-ups whose first option (answer or "Maksud Anda…?" button 1) is right. */
  rightFirst: { without: number; with: number };
  /** Share of all items answered confidently with a wrong entry (or an out-of-scope one answered). */
  answeredWrong: { without: number; with: number };
  /** Standalone questions whose result the previous answer changed. */
  standaloneChanged: string[];
  /**
   * The labelled questions (tests/eval/questions.jsonl), each asked after five answers picked
   * by a fixed rule: how often the previous answer changed the result, made a right result
   * wrong, or made it right.
   */
  labelledAfterAnswers: { asked: number; changed: number; madeWrong: number; madeRight: number };
  misses: string[];
}

export function evaluateFollowUps(kb: KnowledgeBase, items = loadFollowUps(), labelled = loadEvalSet()): FollowUpFigures {
  const search = createSearch(kb);
  const followUps = items.filter((i) => !i.id.startsWith("n"));
  const standalone = items.filter((i) => i.id.startsWith("n"));
  const share = (list: FollowUpItem[], ok: (v: Verdict) => boolean, useContext: boolean) =>
    list.filter((i) => ok(verdict(i, useContext ? searchFollowUp(search, i.text, kb.byId.get(i.after)).result : search.search(i.text)))).length / Math.max(1, list.length);
  const misses = followUps
    .map((i) => ({ i, r: searchFollowUp(search, i.text, kb.byId.get(i.after)).result }))
    .filter(({ i, r }) => verdict(i, r) !== "answered right")
    .map(({ i, r }) => `${i.id} "${i.text}" after ${i.after}: expected ${[i.expected].flat().join("|")}, got ${r.candidates[0]?.entry.id ?? "-"} (${r.outcome}, ${r.confidence.toFixed(2)})`);
  for (const i of items) if (!kb.byId.has(i.after)) throw new Error(`${i.id}: unknown entry ${i.after}`);
  return {
    followUps: followUps.length,
    standalone: standalone.length,
    answeredRight: { without: share(followUps, (v) => v === "answered right", false), with: share(followUps, (v) => v === "answered right", true) },
    rightFirst: { without: share(followUps, (v) => v === "answered right" || v === "right option first", false), with: share(followUps, (v) => v === "answered right" || v === "right option first", true) },
    answeredWrong: { without: share(items, (v) => v === "answered wrong", false), with: share(items, (v) => v === "answered wrong", true) },
    labelledAfterAnswers: labelledAfterAnswers(kb, search, labelled),
    standaloneChanged: standalone.filter((i) => searchFollowUp(search, i.text, kb.byId.get(i.after)).usedContext).map((i) => i.id),
    misses,
  };
}

function labelledAfterAnswers(kb: KnowledgeBase, search: ReturnType<typeof createSearch>, labelled: EvalItem[]) {
  const figures = { asked: 0, changed: 0, madeWrong: 0, madeRight: 0 };
  labelled.forEach((item, i) => {
    const alone = search.search(item.text);
    for (let k = 0; k < 5; k++) {
      const previous = kb.entries[(i * 7919 + k * 104_729) % kb.entries.length]!;
      const { result, usedContext } = searchFollowUp(search, item.text, previous);
      figures.asked++;
      if (!usedContext) continue;
      figures.changed++;
      const before = isRight(item, alone.candidates[0]?.entry.id, alone.outcome);
      const after = isRight(item, result.candidates[0]?.entry.id, result.outcome);
      if (before && !after) figures.madeWrong++;
      if (!before && after) figures.madeRight++;
    }
  });
  return figures;
}
