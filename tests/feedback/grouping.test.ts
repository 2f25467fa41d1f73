import { describe, expect, it } from "vitest";
import { readKnowledge } from "../../src/knowledge/load";
import { createNormalizer } from "../../src/knowledge/normalize";
import { assignGroup, EMPTY_KEY, groupAll, jaccard, signature } from "../../src/feedback/grouping";

const normalizer = createNormalizer(readKnowledge().kb!.lexicon);
const tok = (q: string) => normalizer.tokens(q);

describe("grouping similar questions", () => {
  it("puts three wordings of the BPJS Kesehatan fee rise in one group, an unrelated question elsewhere", () => {
    const keys = groupAll([
      tok("iuran bpjs kesehatan naik?"),
      tok("bpjs kesehatan iuran naik ga"),
      tok("kenaikan iuran bpjs kesehatan"),
      tok("prakiraan cuaca makassar besok hujan tidak"),
    ]);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it("the key is order-independent and ignores generic words (bpjs, ga/tidak, apa)", () => {
    expect(signature(tok("iuran bpjs kesehatan naik?"))).toEqual(signature(tok("naik ga iuran kesehatan")));
    expect(signature(["bpjs", "tidak", "iur"])).toEqual(["iur"]);
  });

  it("joins an existing group by overlap, otherwise starts its own", () => {
    const existing = ["cair jht", "iur kesehatan naik"];
    expect(assignGroup(["kesehatan", "iur", "naik", "tahun"], existing)).toBe("iur kesehatan naik");
    expect(assignGroup(["cuaca", "besok"], existing)).toBe("besok cuaca");
    // below the threshold: one shared word out of four is not "similar"
    expect(assignGroup(["jht", "hilang", "kartu"], existing)).toBe("hilang jht kartu");
  });

  it("questions that are only generic words keep their own words; nothing at all gets the empty key", () => {
    expect(assignGroup(["apa", "bpjs"], [])).toBe("apa bpjs");
    expect(assignGroup([], ["x"])).toBe(EMPTY_KEY);
  });

  it("jaccard", () => {
    expect(jaccard(["a", "b"], ["b", "c"])).toBeCloseTo(1 / 3);
    expect(jaccard([], [])).toBe(1);
  });
});
