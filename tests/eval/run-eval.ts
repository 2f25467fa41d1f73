/** `npm run eval`: prints search quality and latency for our search and two baselines, in one run. */
import { loadKnowledge } from "../../src/knowledge/load";
import { calibrationTable, evaluate, expectedIds, fuseBaseline, isRight, loadEvalSet, miniSearchBaseline, ourSystem } from "./evaluate";
import { evaluateFollowUps } from "./follow-ups";
import { evaluateProgramSwap } from "./program-swap";

const kb = loadKnowledge(process.env.KNOWLEDGE_DIR ?? "knowledge");
// --set <path>: measure another question set (e.g. the held-out one) instead of the labelled set
const setFlag = process.argv.indexOf("--set");
const setPath = setFlag >= 0 ? process.argv[setFlag + 1] : undefined;
if (setFlag >= 0 && !setPath) throw new Error("--set needs a path to a JSON-lines question set");
const items = setPath ? loadEvalSet(setPath) : loadEvalSet();
// --ours: our search only, for quick iterations (the baselines take minutes: Fuse.js is slow on long lists)
const withBaselines = !process.argv.includes("--ours");
const results = [
  evaluate("TanyaJamsos search", ourSystem(kb), items, 20),
  // Fuse.js takes a third of a second per question over thousands of paraphrases: one timed pass, no warm-up
  ...(withBaselines ? [evaluate("Fuse.js defaults (baseline)", fuseBaseline(kb), items, 1, false), evaluate("MiniSearch BM25 defaults (baseline)", miniSearchBaseline(kb), items, 3)] : []),
];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ins = results[0]!.inScope;
const oos = results[0]!.outOfScope;
console.log(`${setPath ?? "Labelled set"}: ${items.length} questions (${ins} in scope, ${oos} out of scope, ${items.filter((i) => i.lang !== "id").length} English or mixed) over ${kb.entries.length} entries\n`);
console.log(["system".padEnd(38), "top-1", "top-3", "clarify", "wrong", "OOS decl.", "p50 ms", "p99 ms"].join("  "));
for (const r of results) {
  console.log([r.name.padEnd(38), pct(r.top1).padStart(5), pct(r.top3).padStart(5), pct(r.clarifyRate).padStart(7), pct(r.wrongAnswerRate).padStart(5), pct(r.oosDeclineRate).padStart(9), r.p50ms.toFixed(3).padStart(6), r.p99ms.toFixed(3).padStart(6)].join("  "));
}
if (withBaselines) {
  const best = Math.max(results[1]!.top1, results[2]!.top1);
  console.log(`\nTop-1 lead over the better baseline: ${((results[0]!.top1 - best) * 100).toFixed(1)} points`);
}
console.log("wrong = confident wrong answers (in scope answered with the wrong entry, or out of scope answered) over all questions");
console.log("\nCalibration (our search): confidence band → how often the top entry is right");
for (const row of calibrationTable(items, results[0]!.predictions)) console.log(`  ${row.band}: n=${String(row.n).padStart(3)}  right ${pct(row.accuracy)}`);
const followUps = evaluateFollowUps(kb);
console.log(`\nFollow-ups (tests/eval/follow-ups.jsonl): ${followUps.followUps} short questions typed after an answer, searched alone → leaning on that answer`);
console.log(`  answered at once with the right entry   ${pct(followUps.answeredRight.without).padStart(6)} → ${pct(followUps.answeredRight.with)}`);
console.log(`  right entry first (answer or button 1)  ${pct(followUps.rightFirst.without).padStart(6)} → ${pct(followUps.rightFirst.with)}`);
console.log(`  answered with a wrong entry             ${pct(followUps.answeredWrong.without).padStart(6)} → ${pct(followUps.answeredWrong.with)}   (over these and ${followUps.standalone} questions of their own asked after an answer)`);
console.log(`  questions of their own the previous answer changed: ${followUps.standaloneChanged.length} of ${followUps.standalone}${followUps.standaloneChanged.length ? ` (${followUps.standaloneChanged.join(", ")})` : ""}`);
const after = followUps.labelledAfterAnswers;
console.log(`  the labelled questions, each asked after 5 other answers (${after.asked}): result changed ${after.changed}, right made wrong ${after.madeWrong}, wrong made right ${after.madeRight}`);
const swap = evaluateProgramSwap(kb);
console.log(`\nProgram names swapped in the paraphrases (${swap.asked} questions that now name another program):`);
console.log(`  that program's entry first ${pct(swap.namedProgramFirst / swap.asked)}; answered confidently with another program's entry ${pct(swap.confidentOtherProgram / swap.asked)}`);
if (process.argv.includes("--errors")) {
  console.log("\nFollow-ups not answered at once with the right entry:");
  for (const miss of followUps.misses) console.log(`  ${miss}`);
  console.log("\nMisses:");
  items.forEach((item, i) => {
    const p = results[0]!.predictions[i]!;
    if (!isRight(item, p.ranked[0], p.outcome)) console.log(`  ${item.id} "${item.text}" expected ${expectedIds(item).join("|") || "decline"} got ${p.ranked[0] ?? "-"} (${p.outcome}, ${p.confidence.toFixed(2)})`);
  });
}
