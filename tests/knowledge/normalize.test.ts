import { describe, expect, it } from "vitest";
import { cleanText, createNormalizer } from "../../src/knowledge/normalize";
import { informalReadings } from "../../src/knowledge/informal";
import { detectIntent } from "../../src/knowledge/intents";
import { looksEnglish } from "../../src/knowledge/language";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch, damerauLevenshtein } from "../../src/knowledge/search";

const kb = loadKnowledge();
const n = createNormalizer(kb.lexicon);

describe("normalisation", () => {
  it("folds case and Unicode compatibility forms, strips punctuation and emoji", () => {
    expect(cleanText("ＪＨＴ？？ 🙏🙏 Bisa Cair!!!")).toBe("jht bisa cair");
  });

  it("squeezes stretched letters", () => {
    expect(cleanText("bangettt tolonggg")).toBe("banget tolong");
  });

  it("keeps numbers and rupiah amounts as tokens", () => {
    expect(cleanText("gaji Rp2.500.000 atau 2,5jt")).toBe("gaji rp 2.500.000 atau 2.5 jt");
    expect(n.tokens("iuran 16.800 sebulan")).toContain("16.800");
  });

  it("strips zero-width characters", () => {
    expect(cleanText("j\u200bh\u200dt")).toBe("j h t");
  });

  it("expands abbreviations, slang and synonyms from the lexicon", () => {
    expect(n.surface("brp iuran bpjstk utk ojol")).toEqual(["berapa", "iuran", "bpjs", "ketenagakerjaan", "ojol"]);
    expect(n.surface("gmn klaim jaminan hari tua")).toEqual(["bagaimana", "klaim", "jht"]);
  });

  it("drops stopwords and stems Indonesian affixes", () => {
    expect(n.tokens("pencairannya bagaimana ya kak")).toEqual(["cair", "bagaimana"]);
    expect(n.tokens("pendaftaran peserta")).toEqual(["daftar", "serta"]);
  });

  it("knows a real Indonesian word from a typo, so 'kapal' is never 'corrected' to 'kapan'", () => {
    for (const word of ["kapal", "galangan", "tambang"]) expect(n.isDictionaryWord(word), word).toBe(true);
    for (const typo of ["kliam", "iuaran", "pensuin"]) expect(n.isDictionaryWord(typo), typo).toBe(false);
    const search = createSearch(kb);
    expect(search.search("brp iuran jkk utk pekerja galangan kapal").candidates[0]?.entry.id).toBe("jkk-iuran");
    expect(search.search("gmn cara kliam jht").candidates[0]?.entry.topic).toBe("jht");
  });

  it("never answers a question that names one program with another program's entry", () => {
    const search = createSearch(kb);
    // the words around the program name fit the JHT entry; the program named is not JHT
    for (const text of ["is jkp some kind of provident fund or retirement savings", "jkm artinya apa in english, a savings scheme?"]) {
      const result = search.search(text);
      expect(result.outcome, text).not.toBe("answer");
    }
    // regional words are read as Indonesian, so the JHT question is not answered with the JKK claim
    expect(search.search("piye carane klaim jht").candidates[0]?.entry.id).toBe("jht-cara-klaim");
    expect(search.search("jkk teh naon kang").candidates[0]?.entry.id).toBe("jkk-apa-itu");
  });

  it("reads colloquial verb forms", () => {
    expect(informalReadings("daftarin")).toContain("daftar");
    expect(informalReadings("ngecek")).toContain("cek");
    expect(informalReadings("nanggung")).toContain("tanggung");
    expect(informalReadings("pinjem")).toContain("pinjam");
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(damerauLevenshtein("kliam", "klaim")).toBe(1);
    expect(damerauLevenshtein("cuaca", "cacat")).toBeGreaterThan(1);
  });
});

describe("routing words and language", () => {
  it.each([
    ["saya mau daftar", "enroll"],
    ["pengen ikut daftar bpjs", "enroll"],
    ["hitung iuran", "calculate"],
    ["kalkulator", "calculate"],
    ["ada acara apa", "events"],
    ["halo min", "menu"],
    ["makasih ya kak", "thanks"],
    ["terima kasih banyak", "thanks"],
    ["ok", "thanks"],
    ["thank you so much", "thanks"],
    ["kamu siapa", "who"],
  ])("%s → %s", (text, intent) => {
    expect(detectIntent(text)).toBe(intent);
  });

  it("leaves questions to the search", () => {
    expect(detectIntent("apa syarat daftar bpu")).toBeNull();
    expect(detectIntent("brp iuran jht")).toBeNull();
    expect(detectIntent("ok jadi iuran bpu brp")).toBeNull();
    expect(detectIntent("terima kasih, tapi jht saya kapan cair")).toBeNull();
    // asking about joining is a question, not the wish to join
    expect(detectIntent("mau ikut bpjs tk syaratnya apa aja")).toBeNull();
    expect(detectIntent("pengen ikut bpjs tk mandiri, brp iurannya")).toBeNull();
    expect(detectIntent("saya mau daftar bpjs tk")).toBe("enroll");
    // asking to be contacted to join is what the enrollment is for
    expect(detectIntent("ini no wa sy tolong hubungi sy utk daftar bpu")).toBe("enroll");
    // an opening, not yet the question; with the question it is searched
    expect(detectIntent("sy mau tanya min")).toBe("wants_to_ask");
    expect(detectIntent("boleh tanya?")).toBe("wants_to_ask");
    expect(detectIntent("mau tanya soal jht")).toBeNull();
  });

  it("recognises English questions", () => {
    expect(looksEnglish("how do i claim my jht after resigning")).toBe(true);
    expect(looksEnglish("gmn cara klaim jht")).toBe(false);
  });
});
