import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";

const search = createSearch(loadKnowledge());

describe("what is in scope", () => {
  it("a scholarship, an accident or a death is ours even when a school class, a clinic or medicine is named", () => {
    for (const q of ["anak sy sd kelas 3, dapat beasiswa dr bpjs tk?", "jatuh di tempat kerja berobat ke klinik ditanggung?", "obat kecelakaan kerja diganti gk"]) {
      const r = search.search(q);
      expect(r.outcome, q).not.toBe("decline");
      expect(r.aboutHealthInsurance && r.outcome === "decline", q).toBe(false);
    }
  });

  it("health care itself still goes to BPJS Kesehatan", () => {
    const r = search.search("cara pindah faskes bpjs kesehatan kelas 3");
    expect(r.outcome).toBe("decline");
    expect(r.aboutHealthInsurance).toBe(true);
  });
});
