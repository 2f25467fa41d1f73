import { loadKnowledge } from "./src/knowledge/load";
import { createSearch } from "./src/knowledge/search";
const kb = loadKnowledge();
const s = createSearch(kb);
for (const q of process.argv.slice(2)) {
  const r = s.search(q);
  console.log(q, "→", s.normalizer.tokens(q).join(" "), "|", r.outcome, r.confidence.toFixed(2), "cov", r.coverage.toFixed(2));
  for (const c of r.candidates.slice(0, 3)) console.log("   ", c.entry.id, c.score.toFixed(3));
}
