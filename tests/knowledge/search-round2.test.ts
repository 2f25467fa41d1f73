/**
 * Round 2 of the situation memory: statements told (not asked) and contribution questions that do not
 * say whose (explore13-workers.md #10, #20, #23).
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";
import { isStatement, withWorkerCounterparts } from "../../src/knowledge/situation";
import { askingWords } from "../../src/knowledge/clauses";
import { asksSomething } from "../../src/knowledge/sentences";

const kb = loadKnowledge();
const search = createSearch(kb);
const asks = (piece: string) => asksSomething(askingWords(piece));

describe("a statement tells and asks nothing", () => {
  it.each([
    "sy udh berhenti kerja 2 thn lalu",
    "dia kerja di pabrik 12 tahun, ikut bpjs tk",
    "sy kerja udah 3 tahun, iuran lancar",
    "assalamualaikum, suami sy meninggal bulan lalu krn serangan jantung",
    "my husband passed away last month",
    "I was laid off last week",
  ])("%s", (text) => expect(isStatement(text, asks)).toBe(true));

  it.each([
    "batas waktu klaimnya",
    "cara klaim jht",
    "sy mau klaim jht",
    "sy resign, jht bisa cair?",
    "dia kerja di pabrik, dapat jkm brp",
    "tolong bantu sy klaim jht",
    "iuran bpu",
  ])("%s is a question or a request", (text) => expect(isStatement(text, asks)).toBe(false));
});

describe("'bpjs tk iuran brp' does not say whose contribution", () => {
  const optionsFor = (text: string, situation?: Parameters<typeof withWorkerCounterparts>[3]) =>
    withWorkerCounterparts(search, text, search.search(text).candidates.map((c) => c.entry).filter((e) => e.topic !== "village").slice(0, 3), situation).map((e) => e.id);

  it("the wage earners' breakdown is offered beside the BPU fee", () => {
    const ids = optionsFor("bpjs tk iuran brp");
    expect(ids).toContain("employer-rincian-iuran");
    expect(ids).toContain("bpu-iuran");
    expect(ids).toHaveLength(3);
  });

  it("not when the worker is known, nor when a program is named", () => {
    expect(optionsFor("bpjs tk iuran brp", { worker: "bpu", events: [] })).not.toContain("employer-rincian-iuran");
    expect(optionsFor("iuran jkm brp")).not.toContain("employer-rincian-iuran");
  });
});
