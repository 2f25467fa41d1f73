import { loadKnowledge } from "/work/main/src/knowledge/load";
import { createSearch } from "/work/main/src/knowledge/search";
import { loadEvalSet } from "/work/main/tests/eval/evaluate";
const kb = loadKnowledge(process.env.KNOWLEDGE_DIR ?? "/work/main/knowledge");
const items = loadEvalSet("/work/main/tests/eval/questions.jsonl").filter((i) => i.expected !== null);
const exp = (i: any) => (Array.isArray(i.expected) ? i.expected : [i.expected]);
const grid = JSON.parse(process.argv[2] ?? "[{}]");
for (const opts of grid) {
  const s = createSearch(kb, opts);
  let t1 = 0, t3 = 0;
  for (const it of items) { const r = s.search(it.text).candidates.map((c) => c.entry.id); if (exp(it).includes(r[0])) t1++; if (r.slice(0, 3).some((x) => exp(it).includes(x))) t3++; }
  console.log(JSON.stringify(opts), (t1 / items.length * 100).toFixed(1), (t3 / items.length * 100).toFixed(1));
}
{
  const s = createSearch(kb, {});
  const all = loadEvalSet("/work/main/tests/eval/questions.jsonl");
  for (const lang of ["id", "en", "mixed"]) {
    const sub = all.filter((i) => i.lang === lang && i.expected !== null);
    let t1 = 0; for (const it of sub) if (exp(it).includes(s.search(it.text).candidates[0]?.entry.id)) t1++;
    console.log(lang, sub.length, (t1 / sub.length * 100).toFixed(1));
  }
}
