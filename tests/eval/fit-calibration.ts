/**
 * Fits the search's confidence calibration (logistic regression on top score,
 * margin and coverage) on the labelled set, with a 2-fold check of the answer
 * threshold. Prints weights to copy into CALIBRATION in src/knowledge/search.ts.
 * `npx tsx tests/eval/fit-calibration.ts`
 */
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";
import { expectedIds, loadEvalSet } from "./evaluate";
const kb = loadKnowledge(process.env.KNOWLEDGE_DIR ?? "knowledge");
const s = createSearch(kb);
const items = loadEvalSet("tests/eval/questions.jsonl");
const rows = items.map((it) => {
  const r = s.search(it.text);
  const exp = expectedIds(it);
  const top = r.candidates[0]?.score ?? 0, second = r.candidates[1]?.score ?? 0;
  return { x: [top, top - second, r.coverage], y: exp.includes(r.candidates[0]?.entry.id ?? "") ? 1 : 0, oos: exp.length === 0, blocked: r.outOfScope || (r.aboutHealthInsurance && r.outcome === "decline") };
});
function fit(data: typeof rows) {
  let w = [0, 0, 0, 0];
  for (let iter = 0; iter < 4000; iter++) {
    const g = [0, 0, 0, 0];
    for (const d of data) { const z = w[0]! + w[1]! * d.x[0]! + w[2]! * d.x[1]! + w[3]! * d.x[2]!; const p = 1 / (1 + Math.exp(-z)); const e = p - d.y; g[0]! += e; g[1]! += e * d.x[0]!; g[2]! += e * d.x[1]!; g[3]! += e * d.x[2]!; }
    w = w.map((wi, i) => wi - 0.5 * g[i]! / data.length);
  }
  return w;
}
const prob = (w: number[], x: number[]) => 1 / (1 + Math.exp(-(w[0]! + w[1]! * x[0]! + w[2]! * x[1]! + w[3]! * x[2]!)));
const w = fit(rows);
console.log("weights", w.map((v) => v.toFixed(2)).join(", "));
// 2-fold check
const A = rows.filter((_, i) => i % 2 === 0), B = rows.filter((_, i) => i % 2 === 1);
for (const [train, test] of [[A, B], [B, A]] as const) {
  const wf = fit(train);
  for (const T of [0.6, 0.7, 0.8, 0.85, 0.9]) {
    let wrong = 0, answered = 0, oosDecl = 0, oos = 0;
    for (const d of test) { const p = prob(wf, d.x); const ans = !d.blocked && p >= T; if (ans) { answered++; if (!d.y) wrong++; } if (d.oos) { oos++; if (d.blocked || p < 0.35) oosDecl++; } }
    console.log("fold T", T, "answered", answered, "wrong%", (wrong / test.length * 100).toFixed(1), "oosDecl", oosDecl + "/" + oos);
  }
}
