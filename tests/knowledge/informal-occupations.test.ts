/**
 * Self-employed people name their work in many ways (a chicken farmer, a becak driver, a tailor, a
 * scavenger): the lexicon reads them as the informal (BPU) workers the answers speak of, so their
 * "can I join / how do I register / how much" is never declined for an unknown occupation.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";

const search = createSearch(loadKnowledge());

describe("informal occupations reach the BPU answers", () => {
  const cases: [string, string][] = [
    ["sy peternak ayam bs ikut bpjs tk ga", "bpu-siapa-bisa"],
    ["saya tukang becak mau daftar bpjs tk gmn", "bpu-siapa-bisa|bpu-cara-daftar"],
    ["sy penjahit iuran bpjs tk brp sebulan", "bpu-iuran"],
    ["pemulung bisa ikut bpjs ketenagakerjaan?", "bpu-siapa-bisa"],
    ["pengrajin rotan bisa daftar bpjs tk?", "bpu-siapa-bisa"],
  ];
  for (const [question, expected] of cases) {
    it(`"${question}" → ${expected}, answered or offered first, never declined`, () => {
      const result = search.search(question);
      expect(result.outcome).not.toBe("decline");
      expect(expected.split("|")).toContain(result.candidates[0]!.entry.id);
    });
  }

  it("a driving licence is still outside our programs", () => {
    expect(search.search("how do i renew my driving license in indonesia").outcome).toBe("decline");
  });
});
