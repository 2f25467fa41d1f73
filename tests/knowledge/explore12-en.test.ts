/**
 * Exploratory test 12 (English-speaking users), at the knowledge: what the search, the follow-ups and
 * the language guess give for the reports' questions. "answers X" means the bot states entry X; "offers X
 * first" means "Maksud Anda…?" with X as the first button.
 */
import { describe, expect, it } from "vitest";
import { searchFollowUp } from "../../src/knowledge/follow-up";
import { writtenLanguage } from "../../src/knowledge/language";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";

const kb = loadKnowledge();
const search = createSearch(kb);
const seen = (question: string) => {
  const r = search.search(question);
  return r.outcome === "answer" ? r.candidates[0]?.entry.id : `${r.outcome} (${r.candidates[0]?.entry.id})`;
};
const first = (question: string) => search.search(question).candidates[0]?.entry.id;
const after = (previous: string, question: string, afterCalculation = false) => {
  const r = searchFollowUp(search, question, kb.byId.get(previous)!, { afterCalculation }).result;
  return r.outcome === "answer" ? r.candidates[0]?.entry.id : `${r.outcome} (${r.candidates[0]?.entry.id})`;
};

describe("H1: a death asked about by a worker leads to what the family gets, never a confident JP answer", () => {
  it("'what if i die, my wife get how much' answers what the family can claim (JKM, JKK if a work accident)", () => {
    for (const q of ["what if i die, my wife get how much", "if i die how much will my wife receive", "i am an ojol driver, if i die what does my family get"]) {
      const r = search.search(q);
      expect(r.candidates[0]?.entry.id, q).toBe("jkm-hak-keluarga");
      expect(r.outcome === "answer" && r.candidates[0]?.entry.topic === "jp", q).toBe(false);
    }
    const entry = kb.byId.get("jkm-hak-keluarga")!;
    expect(entry.answerEn).toMatch(/JKM/);
    expect(entry.answerEn).toMatch(/JKK if the death was caused by a\s+work accident/);
    // the pension only for employees in JP: a BPU driver is not promised one
    expect(entry.answerEn).toMatch(/for employees in JP/);
  });
});

describe("M1: the commute", () => {
  it("the trip to work and a crash on the road find the commuting entry", () => {
    expect(seen("is the trip to work covered by JKK")).toBe("jkk-perjalanan");
    expect(seen("if i crash on the road who pays hospital")).toBe("jkk-perjalanan");
  });
});

describe("M3: the widow's conversation", () => {
  it("what she can get, the scholarship, its amount, its 3-year condition and the JHT heirs come first", () => {
    expect(first("my husband died last month, he was bpjs member. what can i get")).toBe("jkm-hak-keluarga");
    expect(first("we have 2 kids in school, is there scholarship")).toBe("jkm-beasiswa");
    expect(seen("how much for university")).toBe("jkm-beasiswa-jenjang");
    expect(seen("he was member only 2 years")).toBe("jkm-beasiswa-syarat");
    expect(first("and his JHT balance, who gets it")).toBe("jht-ahli-waris");
  });
});

describe("M4: follow-ups", () => {
  it("after the JKP result, the claim deadline is offered first", () => {
    expect(after("jkp-manfaat-uang", "how long do i have to claim", true)).toBe("clarify (jkp-batas-klaim)");
    expect(first("how much JKP per month")).toBe("jkp-manfaat-uang");
  });
  it("after the JKP result, 'can i also take my JHT' offers claiming both together first; a longer question stays its own", () => {
    expect(after("jkp-manfaat-uang", "can i also take my JHT", true)).toBe("clarify (jkp-jht-sekaligus)");
    expect(after("jkp-manfaat-uang", "jht jg bs diambil?")).toBe("clarify (jkp-jht-sekaligus)");
    expect(after("jht-kontrak-habis", "kalau resign sendiri dapat jkp juga ga")).not.toMatch(/jkp-jht-sekaligus/);
  });
  it("the expat's JKP and JP questions find the foreign-worker entry", () => {
    expect(seen("what about JP pension for expats")).toBe("employer-tka");
    expect(first("can I get JKP if i lose my job, i am an expat")).toBe("employer-tka");
  });
  it("after the employees' contributions, the payment deadline is the employer's", () => {
    expect(after("employer-rincian-iuran", "what is the deadline to pay", true)).toBe("employer-batas-bayar");
    expect(after("employer-rincian-iuran", "what happens if we pay late", true)).toMatch(/employer-batas-bayar/);
  });
  it("in the village corner, 'which regulation allows it' gets the legal basis", () => {
    expect(after("desa-dasar-dana-desa-2026", "which regulation allows it")).toBe("desa-dasar-hukum-iuran");
    expect(after("desa-dasar-dana-desa-2026", "what law permits this")).toBe("desa-dasar-hukum-iuran");
  });
});

describe("M5: the employer's late fine and risk class", () => {
  it("the employer late-fine entry is among the options for paying late", () => {
    for (const q of ["what happens if we pay late", "my employer pays late, what is the fine"]) {
      const ids = search.search(q).candidates.slice(0, 3).map((c) => c.entry.id);
      expect(ids, q).toContain("employer-batas-bayar");
    }
  });
  it("a trade's risk class gets the JKK rates", () => {
    expect(seen("we are a furniture workshop, what risk class")).toBe("jkk-iuran");
  });
});

describe("M7: direct questions", () => {
  it("are answered or their entry comes first", () => {
    expect(seen("how do we put it in APBDes")).toBe("desa-cara-anggarkan-apbdes");
    expect(seen("at what age can I get my pension")).toBe("jp-usia-pensiun");
    expect(first("I am a farmer, can I join JP")).toBe("jp-peserta");
    expect(seen("someone on whatsapp offers to help claim my JHT for a fee, is it legit")).toBe("trust-klaim-gratis-calo");
    expect(seen("wait does JHT get interest?")).toBe("jht-apa-itu");
  });
});

describe("M9: short English phrasings are English on an Indonesian phone", () => {
  it("contacts questions", () => {
    for (const q of ["call center number", "bpjs hotline", "opening hours of call center", "official email of bpjs", "branch office address"]) {
      expect(writtenLanguage(q), q).toBe("en");
    }
    expect(first("branch office address")).toBe("channels-kantor-cabang");
  });
  it("loanwords and program names alone do not make Indonesian English", () => {
    for (const q of ["call center bpjs", "email bpjs", "nomor call center", "jht", "daftar online", "hotline bpjs tk brp"]) {
      expect(writtenLanguage(q), q).not.toBe("en");
    }
    expect(writtenLanguage("gmn klaim jht kl resign")).toBe("id");
  });
});
