/**
 * Acceptance round 11 (/work/notes/acceptance11-workers.md, acceptance11-village-officers.md): the
 * defects whose cause was the knowledge or the search.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";
import { asksSomething, searchBySentence } from "../../src/knowledge/sentences";

const kb = loadKnowledge();
const search = createSearch(kb);
const answered = (text: string) => {
  const r = search.search(text);
  return r.outcome === "answer" ? r.candidates[0]?.entry.id : `(${r.outcome}: ${r.candidates[0]?.entry.id})`;
};
const firstThree = (text: string) => search.search(text).candidates.slice(0, 3).map((c) => c.entry.id);

describe("plain one-topic questions are answered, not asked back (N3)", () => {
  it.each([
    ["iuran jht brp persen", "jht-iuran"],
    ["beasiswa anak peserta jkm syaratnya", "jkm-beasiswa-syarat"],
    ["punya 2 kartu bpjs tk cara gabung", "channels-gabung-kpj"],
    ["jp pekerja yang meninggal ahli waris dapat apa", "jp-ahli-waris"],
  ])("%s → %s", (text, id) => {
    expect(answered(text)).toBe(id);
  });
});

describe("a sentence that only tells the situation does not compete with the one that asks (N7)", () => {
  it("tells a statement from a question", () => {
    expect(asksSomething("I got laid off last week.")).toBe(false);
    expect(asksSomething("suami sy meninggal kmrn krn sakit.")).toBe(false);
    expect(asksSomething("how much JKP do I get?")).toBe(true);
    expect(asksSomething("jkp saya dapat berapa")).toBe(true);
    expect(asksSomething("carane bayar piye")).toBe(true);
  });

  it("'I got laid off last week. how much JKP do I get?' is answered with the JKP cash benefit", () => {
    const r = searchBySentence(search, "I got laid off last week. how much JKP do I get?");
    expect(r?.outcome).toBe("answer");
    expect(r?.candidates[0]?.entry.id).toBe("jkp-manfaat-uang");
  });

  it("several questions in one message are still offered together", () => {
    const r = searchBySentence(search, "Bulan depan saya mau resign. Apakah JHT saya bisa dicairkan semua? Lalu apakah JP saya hangus?");
    expect(r?.outcome).toBe("clarify");
  });
});

describe("'kl telat bayar gimana' without context offers each payer's entry (regression 2)", () => {
  it("BPU first, and the employer's 2% rule among the three buttons", () => {
    const ids = firstThree("kl telat bayar gimana");
    expect(ids[0]).toBe("bpu-telat-bayar");
    expect(ids).toContain("employer-batas-bayar");
    expect(ids).not.toContain("desa-rentan-telat-iuran");
  });
});

describe("the basic village questions are answered (N1, N2, N4)", () => {
  it.each([
    ["dana desa boleh untuk bpjs tk?", "desa-dana-desa-untuk-iuran"],
    ["pekerja pktd dibayar dana desa 2026 bisa ikut bpjs tk?", "desa-dasar-dana-desa-2026"],
    ["perangkat desa dapat jkp?", "desa-jkp-aparat"],
    ["iuran jkp perangkat desa berapa", "desa-jkp-aparat"],
    ["berapa persen maksimal dana desa untuk bpjs tk", "desa-batas-persen-dana-desa"],
  ])("%s → %s", (text, id) => {
    expect(answered(text)).toBe(id);
  });

  it("JKP for village officials: nothing to pay, funded by APBN and JKK; whether officials can join is not known", () => {
    const entry = kb.byId.get("desa-jkp-aparat")!;
    expect(entry.answer).toContain("0,22%");
    expect(entry.answer).toContain("0,14%");
    expect(entry.answer).toContain("tidak kami ketahui");
    expect(entry.answer).toContain("175");
    expect(entry.uncertain).toBe(true);
    expect(entry.sources.join(" ")).toContain("PP 6/2025");
  });

  it("the Dana Desa percentage answer gives the 2025 BLT Desa and operations caps, with their certainty", () => {
    const entry = kb.byId.get("desa-batas-persen-dana-desa")!;
    expect(entry.answer).toContain("15%");
    expect(entry.answer).toContain("3%");
    expect(entry.answer).toContain("2025");
    expect(entry.answer).toContain("belum kami baca");
    expect(entry.answerEn).toContain("15%");
    expect(kb.rules.get("village_extra.dd_2025_blt_max").confidence).toBe("single");
  });
});

describe("a question about the office's facilities is not about religious workers", () => {
  it("'kantor bpjs tk ada mushola nya ga?' gets the facilities entry (not known, ask 175)", () => {
    expect(answered("kantor bpjs tk ada mushola nya ga?")).toBe("channels-fasilitas-kantor");
    expect(kb.byId.get("channels-fasilitas-kantor")!.answer).toContain("175");
  });

  it("a prayer-room caretaker still gets the religious-workers entry", () => {
    expect(answered("marbot mushola bisa ikut bpjs tk?")).toBe("bpu-pekerja-keagamaan");
    expect(answered("ustad di musholla bs daftar bpu")).toBe("bpu-pekerja-keagamaan");
  });
});

describe("English clear questions (F14) read through the lexicon", () => {
  it("'warehouse' is a workplace: an employer's accident question gets the employer's report duty", () => {
    expect(answered("my worker had an accident at the warehouse, what do I need to do")).toBe("jkk-lapor-perusahaan");
  });

  it("'I have been a member 12 years, can I take 10% now' is the partial JHT claim", () => {
    expect(answered("I have been a member 12 years, can I take 10% now")).toBe("jht-klaim-sebagian");
  });

  it("'the job loss benefit' asks what JKP pays: the cash benefit is offered first", () => {
    expect(firstThree("how much is the job loss benefit")[0]).toBe("jkp-manfaat-uang");
    expect(answered("who pays for the job loss benefit")).toBe("jkp-iuran");
  });
});

describe("the JKP entry for village officials stays out of questions that do not name JKP", () => {
  it("'sy kades mau daftarkan 12 perangkat' does not offer it", () => {
    expect(firstThree("sy kades mau daftarkan 12 perangkat")).not.toContain("desa-jkp-aparat");
  });
});
