/**
 * Exploratory test 9 (workers), at the search: the salutation "kk" (defect 2), typed button
 * titles (defect 9) and how sure a follow-up's lean is (defect 7).
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";
import { searchFollowUp } from "../../src/knowledge/follow-up";
import { detectIntent } from "../../src/knowledge/intents";

const kb = loadKnowledge();
const search = createSearch(kb);

describe("2: forms of 'kak'", () => {
  it("are dropped like 'kak', so the question finds what it finds without them", () => {
    for (const [withAddress, without] of [
      ["kakk jht itu apa y", "jht itu apa y"],
      ["kaak iuran bpu brp", "iuran bpu brp"],
      ["kk syarat klaim jht apa", "syarat klaim jht apa"],
      ["iuran jkm brp ya kk", "iuran jkm brp ya"],
    ]) {
      const a = search.search(withAddress!);
      const b = search.search(without!);
      expect([a.outcome, a.candidates[0]?.entry.id], withAddress).toEqual([b.outcome, b.candidates[0]?.entry.id]);
    }
  });

  it("are never corrected to 'kakek' (an heir)", () => {
    expect(search.search("kakk aq mw nnya dong bpjs tk itu apa y").candidates[0]?.entry.id).not.toBe("jkm-ahli-waris");
    expect(search.normalizer.tokens("kakk mau tanya")).not.toContain("kakek");
  });

  it("leave 'kk' the family card among a claim's papers", () => {
    expect(search.normalizer.tokens("perlu ktp kk")).toContain("kk");
    expect(search.normalizer.tokens("kk sm akta kematian wajib dibawa")).toContain("kk");
  });

  it("count as 'kak' in thanks and openings", () => {
    expect(detectIntent("makasih kk")).toBe("thanks");
    expect(detectIntent("makasih kakk")).toBe("thanks");
    expect(detectIntent("kakk aq mw nnya dong")).toBe("wants_to_ask");
  });
});

describe("9: a button title typed out", () => {
  it("is answered with its entry, for every entry's label and English label", () => {
    const missed: string[] = [];
    for (const e of kb.entries) {
      for (const label of [e.label, e.labelEn]) {
        if (!label) continue;
        const r = search.search(label);
        if (r.outcome !== "answer" || r.candidates[0]?.entry.id !== e.id) missed.push(`${label} → ${r.outcome} ${r.candidates[0]?.entry.id}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe("7: a follow-up's lean", () => {
  /** The outcome and the first entry of a follow-up asked after `after`. */
  const follow = (after: string, text: string) => {
    const r = searchFollowUp(search, text, kb.byId.get(after)).result;
    return [r.outcome, r.candidates[0]?.entry.id];
  };

  it("is answered when one entry of the previous answer's topic stands out", () => {
    expect(follow("jkm-iuran", "manfaatnya apa aja")).toEqual(["answer", "jkm-santunan"]);
    expect(follow("jht-klaim-resign", "syaratnya apa")).toEqual(["answer", "jht-dokumen"]);
  });

  it("is answered when one entry of the program named asks all the previous label asked", () => {
    expect(follow("jkp-dokumen", "kl jht?")).toEqual(["answer", "jht-dokumen"]);
  });

  it("is still offered when two entries fit as well ('kalau jkk?' after the JKM contribution: two JKK contribution entries)", () => {
    expect(follow("jkm-iuran", "kalau jkk?")).toEqual(["clarify", "jkk-iuran"]);
  });
});
