/**
 * `npm run kb:check`: validates knowledge/ and prints a summary. Exits 1 on
 * any error, so it can guard `npm test`.
 */
import { checkKnowledge } from "../knowledge/check";
import { formatProblem } from "../knowledge/load";

const dir = process.argv[2] ?? "knowledge";
const report = checkKnowledge(dir);

if (report.kb) {
  const { kb } = report;
  const faq = kb.entries.filter((e) => !e.articleId);
  const count = <T extends string>(values: T[]) =>
    Object.entries(values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {}))
      .sort((a, b) => b[1] - a[1]).map(([k, n]: [string, number]) => `${k} ${n}`).join(", ");
  console.log(`Knowledge in ${dir}/`);
  console.log(`  FAQ entries:      ${faq.length} (with English answer: ${faq.filter((e) => e.answerEn).length})`);
  console.log(`  by audience:      ${count(faq.flatMap((e) => [...e.audience]))}`);
  console.log(`  by topic:         ${count(faq.map((e) => e.topic))}`);
  console.log(`  articles:         ${kb.articles.length} (${kb.entries.length - faq.length} searchable entries)`);
  console.log(`  rule values:      ${kb.rules.keys().length} in ${new Set(kb.rules.keys().map((k) => k.split(".")[0])).size} tables`);
  console.log(`  lexicon:          ${Object.keys(kb.lexicon.replacements).length} replacements, ${kb.lexicon.stopwords.length} stopwords`);
  console.log(`  paraphrases:      ${kb.entries.reduce((s, e) => s + e.questions.length, 0)}`);
  if (report.selfRetrieval) console.log(`  self-retrieval:   ${report.selfRetrieval.first}/${report.selfRetrieval.total} paraphrases find their own entry first`);
}
if (report.warnings.length) {
  console.log(`\n${report.warnings.length} warning(s):`);
  for (const w of report.warnings) console.log(formatProblem(w));
}
if (report.errors.length) {
  console.error(`\n${report.errors.length} error(s):`);
  for (const e of report.errors) console.error(formatProblem(e));
  process.exit(1);
}
console.log("\nkb:check passed.");
