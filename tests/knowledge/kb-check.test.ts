/**
 * kb:check is what a branch-office editor relies on: every mistake must be
 * named with its file, entry and field. Fixtures are built in a temporary copy
 * of the real knowledge folder, then broken on purpose.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { checkKnowledge } from "../../src/knowledge/check";
import { formatProblem, loadKnowledge } from "../../src/knowledge/load";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function copyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-kb-"));
  dirs.push(dir);
  cpSync("knowledge", dir, { recursive: true });
  return dir;
}

const BROKEN = `
- id: contoh-rusak
  label: Contoh rusak
  topic: jht
  audience: [worker]
  questions: [apa contoh rusak satu, contoh rusak dua gmn, contoh rusak tiga brp, contoh rusak empat kpn]
  answer: Jawaban ini menyebut {{bpu.tidak_ada}} yang tidak ada di tabel aturan.
  sources: []
  reviewed: 2026-11-24
  related: [entri-yang-hilang]
- id: contoh-ganda
  label: Contoh ganda pertama
  topic: jht
  audience: [worker]
  questions: [contoh ganda pertama apa, contoh ganda kedua gmn, contoh ganda ketiga brp, contoh ganda keempat kpn]
  answer: Jawaban pertama yang cukup panjang untuk lolos batas minimal.
  sources: [PP 46/2015]
  reviewed: 2026-11-24
- id: contoh-ganda
  label: Contoh ganda kedua
  topic: jkm
  audience: [worker]
  questions: [contoh kembar satu apa, contoh kembar dua gmn, contoh kembar tiga brp, contoh kembar empat kpn]
  answer: Jawaban kedua yang cukup panjang untuk lolos batas minimal.
  sources: [PP 44/2015]
  reviewed: 2026-11-24
- id: contoh-placeholder
  label: Contoh placeholder
  topic: jkm
  audience: [worker]
  questions: [contoh placeholder satu apa, contoh placeholder dua gmn, contoh placeholder tiga brp, contoh placeholder empat]
  answer: Santunan {{benefit.tidak_dikenal}} untuk ahli waris.
  sources: [PP 44/2015]
  reviewed: 2026-11-24
`;

describe("kb:check", () => {
  it("passes on the real knowledge base and reports its size", () => {
    const report = checkKnowledge("knowledge");
    expect(report.errors.map(formatProblem)).toEqual([]);
    expect(report.kb!.entries.filter((e) => !e.articleId).length).toBeGreaterThanOrEqual(150);
    expect(report.kb!.articles).toHaveLength(5);
    expect(report.selfRetrieval!.first).toBe(report.selfRetrieval!.total);
  });

  it("names each problem of a broken file: missing source, dangling related id, unknown placeholder, duplicate id", () => {
    const dir = copyKnowledge();
    writeFileSync(join(dir, "faq", "zz-rusak.yaml"), BROKEN);
    const report = checkKnowledge(dir);
    const messages = report.errors.map(formatProblem).join("\n");
    expect(messages).toMatch(/faq\/zz-rusak\.yaml, entry "contoh-rusak", field "sources": .*sumber/);
    // the schema stops at the missing source; fix it to see the next layer of problems
    writeFileSync(join(dir, "faq", "zz-rusak.yaml"), BROKEN.replace("sources: []", "sources: [PP 46/2015]"));
    const second = checkKnowledge(dir).errors.map(formatProblem).join("\n");
    expect(second).toMatch(/entry "contoh-rusak", field "related": related id "entri-yang-hilang" does not exist/);
    expect(second).toMatch(/entry "contoh-rusak", field "answer": unknown figure \{\{bpu\.tidak_ada\}\}/);
    expect(second).toMatch(/entry "contoh-placeholder", field "answer": unknown figure \{\{benefit\.tidak_dikenal\}\}/);
    expect(second).toMatch(/entry "contoh-ganda", field "id": id is used twice/);
  });

  it("exits non-zero with the problems listed, as npm run kb:check", () => {
    const dir = copyKnowledge();
    writeFileSync(join(dir, "faq", "zz-rusak.yaml"), BROKEN.replace("sources: []", "sources: [PP 46/2015]"));
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/kb-check.ts", dir], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("entri-yang-hilang");
    expect(run.stderr).toContain("id is used twice");
  });

  it("flags a paraphrase that two entries share, and a bare & in an answer", () => {
    const dir = copyKnowledge();
    const jht = readFileSync(join(dir, "faq", "jht.yaml"), "utf8");
    const firstQuestion = /questions:\n\s+- (.+)\n/.exec(jht)![1]!.replace(/^["']|["']$/g, "");
    writeFileSync(join(dir, "faq", "zz-copy.yaml"), `
- id: salinan-pertanyaan
  label: Salinan pertanyaan
  topic: jht
  audience: [worker]
  questions: ["${firstQuestion}", salinan dua apa gmn, salinan tiga apa brp, salinan empat apa kpn]
  answer: JHT & JKM adalah program yang berbeda, ini contoh tanpa escape.
  sources: [PP 46/2015]
  reviewed: 2026-11-24
`);
    const messages = checkKnowledge(dir).errors.map(formatProblem).join("\n");
    expect(messages).toContain(`question "${firstQuestion}" also appears in entry`);
    expect(messages).toMatch(/salinan-pertanyaan", field "answer": .*&amp;/);
  });

  it("asks for a short, distinct button label in each language the entry answers in", () => {
    const dir = copyKnowledge();
    const jht = readFileSync(join(dir, "faq", "jht.yaml"), "utf8");
    const takenLabel = /\n  label: (.+)\n/.exec(jht)![1]!.trim();
    /** A valid entry but for its label lines. */
    const entry = (id: string, labelLines: string, extra = "") => `
- id: ${id}${labelLines}
  topic: jht
  audience: [worker]
  questions: [${id} satu apa, ${id} dua gmn, ${id} tiga brp, ${id} empat kpn]
  answer: Jawaban yang cukup panjang untuk lolos batas minimal.${extra}
  sources: [PP 46/2015]
  reviewed: 2026-11-24
`;
    writeFileSync(join(dir, "faq", "zz-label.yaml"),
      entry("tanpa-label", "", "\n  answer_en: An answer long enough to pass the minimum length.") +
      entry("label-kembar", `\n  label: "${takenLabel}"`));
    const messages = checkKnowledge(dir).errors.map(formatProblem).join("\n");
    expect(messages).toMatch(/entry "tanpa-label", field "label": butuh label/);
    expect(messages).toMatch(/entry "tanpa-label", field "label_en": entri dengan answer_en butuh label_en/);
    expect(messages).toContain(`entry "label-kembar", field "label": label "${takenLabel}" sudah dipakai entri`);

    writeFileSync(join(dir, "faq", "zz-label.yaml"), entry("label-panjang", "\n  label: Label ini jauh terlalu panjang untuk sebuah tombol di ponsel"));
    expect(checkKnowledge(dir).errors.map(formatProblem).join("\n")).toMatch(/entry "label-panjang", field "label": label maksimal 40 karakter/);
  });

  it("warns about answers over the length limit and entries not reviewed for a year", () => {
    const dir = copyKnowledge();
    writeFileSync(join(dir, "faq", "zz-lama.yaml"), `
- id: entri-lama-panjang
  label: Entri lama panjang
  topic: general
  audience: [public]
  questions: [entri lama panjang satu, entri lama panjang dua, entri lama panjang tiga, entri lama panjang empat]
  answer: ${"Kalimat panjang sekali. ".repeat(40)}
  sources: [kanal resmi BPJS Ketenagakerjaan]
  reviewed: 2024-01-01
`);
    const report = checkKnowledge(dir, new Date("2026-11-24"));
    const warnings = report.warnings.map(formatProblem).join("\n");
    expect(warnings).toMatch(/entri-lama-panjang", field "answer": answer is \d+ characters/);
    expect(warnings).toMatch(/entri-lama-panjang", field "reviewed": not reviewed for \d+ days/);
  });
});

describe("figures live in one place", () => {
  it("a rule-table change flows into every answer that cites it", () => {
    const dir = copyKnowledge();
    const citing = new Set<string>();
    for (const file of readdirSync(join(dir, "faq"))) {
      for (const entry of parse(readFileSync(join(dir, "faq", file), "utf8")) as { id: string; answer: string }[]) {
        if (entry.answer.includes("{{bpu.package_min}}")) citing.add(entry.id);
      }
    }
    expect(citing.size).toBeGreaterThan(2);
    const path = join(dir, "rules", "bpu.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("package_min: { value: 16800", "package_min: { value: 17913"));
    const after = loadKnowledge(dir);
    const changed = after.entries.filter((e) => e.answer.includes("Rp17.913")).map((e) => e.id);
    expect(new Set(changed)).toEqual(citing);
  });
});

describe("kb:check on the region names file (knowledge/regions/aliases.json)", () => {
  it("names a broken file, an upper-case name and a name given to two provinces", () => {
    const dir = copyKnowledge();
    const path = join(dir, "regions", "aliases.json");
    writeFileSync(path, "{ not json");
    expect(checkKnowledge(dir).errors.map(formatProblem).join("\n")).toContain("regions/aliases.json");

    const aliases = JSON.parse(readFileSync("knowledge/regions/aliases.json", "utf8"));
    const [first, second] = Object.keys(aliases.provinces) as [string, string];
    const upper = structuredClone(aliases);
    upper.provinces[first] = [...upper.provinces[first], "Jabar Raya"];
    writeFileSync(path, JSON.stringify(upper));
    expect(checkKnowledge(dir).errors.map(formatProblem).join("\n")).toContain("huruf kecil");

    aliases.provinces[second] = [...aliases.provinces[second], aliases.provinces[first][0]];
    writeFileSync(path, JSON.stringify(aliases));
    expect(checkKnowledge(dir).errors.map(formatProblem).join("\n")).toContain(`nama "${aliases.provinces[first][0]}" diberikan ke dua provinsi`);
  });
});
