import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";
import { searchBySentence, sentencesOf } from "../../src/knowledge/sentences";

const search = createSearch(loadKnowledge());
const ids = (text: string) => searchBySentence(search, text)?.candidates.map((c) => c.entry.id) ?? [];

describe("a long message is also read sentence by sentence", () => {
  it("splits on sentence ends and new lines, leaving out one-word scraps", () => {
    expect(sentencesOf("halo kak, numpang tanya ya. gmn klaim jht kl resign\nok.")).toEqual(["halo kak, numpang tanya ya.", "gmn klaim jht kl resign"]);
  });

  it("one question among greetings is answered", () => {
    const r = searchBySentence(search, "halo kak, numpang tanya ya. gmn klaim jht kl resign");
    expect(r?.outcome).toBe("answer");
    expect(r?.candidates[0]?.entry.id).toBe("jht-klaim-resign");
  });

  it("several questions are offered together, none answered over the others", () => {
    const text = "Selamat malam pak, saya satpam di perumahan sudah 6 tahun. Bulan depan saya mau resign karena pindah ke kampung. Apakah JHT saya bisa dicairkan semua setelah resign? Berapa lama prosesnya? Lalu kalau saya berhenti sebelum usia pensiun apakah JP saya hangus?";
    expect(searchBySentence(search, text)?.outcome).toBe("clarify");
    expect(ids(text)).toContain("jht-klaim-resign");
  });

  it("a single sentence, or sentences nobody understands, give nothing new", () => {
    expect(searchBySentence(search, "gmn klaim jht kl resign")).toBeUndefined();
    expect(searchBySentence(search, "cuaca besok cerah. harga cabai naik.")).toBeUndefined();
  });
});

describe("a word only guessed at as a typo is never answered with confidence", () => {
  it("'numpang' alone is at most asked back", () => {
    expect(search.search("numpangg").outcome).not.toBe("answer");
  });
});
