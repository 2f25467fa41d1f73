import { loadKnowledge } from "./src/knowledge/load";
import { createSearch } from "./src/knowledge/search";
import { loadEvalSet } from "./tests/eval/evaluate";
const kb = loadKnowledge(process.env.KNOWLEDGE_DIR ?? "knowledge");
const s = createSearch(kb, {});
const vocab = new Set(kb.entries.flatMap((e) => e.questions.flatMap((q) => s.normalizer.tokens(q))));
const all = loadEvalSet("tests/eval/questions.jsonl").filter((i) => i.lang === (process.argv[2] ?? "en") && i.expected !== null);
const unknown = new Map<string, number>();
for (const it of all) {
  const exp = Array.isArray(it.expected) ? it.expected : [it.expected];
  const top = s.search(it.text).candidates[0]?.entry.id;
  const toks = s.normalizer.tokens(it.text);
  for (const t of toks) if (!vocab.has(t)) unknown.set(t, (unknown.get(t) ?? 0) + 1);
  if (!exp.includes(top)) console.log(it.text, "|", toks.map((t) => (vocab.has(t) ? t : `*${t}`)).join(" "), "→", top, "want", exp.join(","));
}
console.log([...unknown].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t}:${n}`).join(" "));
