/**
 * Exploratory test 10 (workers), at the search: the JP pension age against the delay entry (defect 1),
 * the first-job question (3), a death in a work accident (4), a bare agreement (6), "daftar" (8),
 * questions the sources answer (10-14) and Sumatera/Sulawesi Selatan (16).
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";
import { detectIntent } from "../../src/knowledge/intents";

const kb = loadKnowledge();
const search = createSearch(kb);
const top = (q: string) => search.search(q).candidates[0]?.entry.id;

describe("1: an age below the pension age asks for the pension age", () => {
  it.each(["sy umur 57 thn bs ambil jp?", "jp umur 57", "I am 57, can I get my JP pension now?", "klo jp sy umur 57 udh bs?"])("%s", (q) => {
    const r = search.search(q);
    expect(r.candidates[0]?.entry.id).toBe("jp-usia-pensiun");
    expect(r.candidates[0]?.entry.answer).toContain("belum bisa");
  });

  it("the delay entry's paraphrases name no age below the pension age", () => {
    const delay = kb.entries.find((e) => e.id === "jp-tunda-pensiun")!;
    for (const q of delay.questions) expect(q, q).not.toMatch(/\b5[678]\b/);
  });
});

describe("3 and 4: the first job, and a death in a work accident", () => {
  it("the first-job question is the mandatory registration, not JKP", () => {
    expect(top("ini kerja pertama sy, gaji umr jkt. wajib ikut bpjs tk ga?")).toBe("employer-wajib-daftar");
    expect(top("potongannya dr gaji sy doang brp")).toBe("employer-potongan-gaji");
  });

  it("a death in a work accident finds the JKK death entry first", () => {
    expect(top("suami sy meninggal kecelakaan kerja kmrn, hrs gmn")).toBe("jkk-meninggal");
  });
});

describe("6 and 8: what the intent router takes", () => {
  it("a bare agreement is an agreement, not a rejected JHT claim", () => {
    for (const t of ["setuju", "iya sy setuju", "ya", "ok setuju"]) expect(detectIntent(t), t).toBe("agree");
    expect(detectIntent("pengajuan jht ga disetujui, alasannya apa")).toBeNull();
  });

  it("'daftar' alone starts the enrollment; a question about registering does not", () => {
    for (const t of ["daftar", "daftar dong", "daftar bpjs tk"]) expect(detectIntent(t), t).toBe("enroll");
    for (const t of ["cara daftar bpjs tk", "daftar bpu dimana", "daftar perusahaan lewat sipp"]) expect(detectIntent(t), t).not.toBe("enroll");
  });
});

describe("10-14: questions the sources answer are answered", () => {
  it.each([
    ["ojol bisa dapat jkp kalo berhenti?", "jkp-peserta"],
    ["jht sy bs cair ga kl resign", "jht-klaim-resign"],
    ["kl resign jht cair?", "jht-klaim-resign"],
    ["siapa yg bikin bot ini", "trust-bot-bukan-bpjs"],
    ["who made this bot?", "trust-bot-bukan-bpjs"],
    ["bot ini nyimpen data sy ga?", "trust-jangan-kirim-data"],
    ["I'm 58 and retiring this year, can I get my JP?", "jp-usia-pensiun"],
  ])("%s", (q, id) => {
    const r = search.search(q);
    expect(r.outcome, q).toBe("answer");
    expect(r.candidates[0]?.entry.id).toBe(id);
  });

  it.each([
    ["kontrak sy habis bln lalu, ga diperpanjang. dpt jkp ga", "jkp-kontrak-pkwt"],
    ["biaya rs kecelakaan kerja ditanggung semua?", "jkk-manfaat"],
    ["kecelakaan pas berangkat kerja ditanggung?", "jkk-perjalanan"],
    ["sy nelayan, bs ikut bpjs tk ga", "bpu-siapa-bisa"],
    ["is this official?", "trust-bot-bukan-bpjs"],
    ["nomor resmi bpjs brp", "call-center-175"],
  ])("%s finds its entry first", (q, id) => {
    expect(top(q)).toBe(id);
  });

  it("what the bot keeps points to /dataku and /hapusdata", () => {
    const entry = kb.entries.find((e) => e.id === "trust-jangan-kirim-data")!;
    expect(entry.answer).toContain("/dataku");
    expect(entry.answer).toContain("/hapusdata");
  });
});

describe("16: Sulawesi Selatan is not Sumatera Selatan", () => {
  it("'sulawesi selatan' offers no Sumsel article", () => {
    const ids = search.search("sulawesi selatan").candidates.slice(0, 3).map((c) => c.entry.id);
    expect(ids.some((id) => id.includes("sumsel"))).toBe(false);
    const back = search.search("sumatera selatan").candidates.slice(0, 3).map((c) => c.entry.id);
    expect(back.some((id) => id.includes("sulsel"))).toBe(false);
  });
});

describe("11, 12, 15: widows' questions, the JKM amount in English, a deduction on the minimum wage", () => {
  it.each([
    ["suami sy meninggal krn sakit jantung, peserta 5 thn, sy dpt brp", "jkm-santunan"],
    ["how much is the JKM death benefit?", "jkm-santunan"],
    ["suami baru 1 thn jd peserta meninggal sakit, anak dpt beasiswa?", "jkm-beasiswa-syarat"],
    ["anak sy 3, semua dpt beasiswa?", "jkm-beasiswa"],
    ["gaji umr potongan bpjs brp", "employer-potongan-gaji"],
  ])("%s is answered with %s", (q, id) => {
    const r = search.search(q);
    expect(r.outcome).toBe("answer");
    expect(r.candidates[0]?.entry.id).toBe(id);
  });

  it("the minimum wage itself stays out of scope", () => {
    expect(search.search("umr jakarta 2026 brp").outcome).toBe("decline");
  });
});

describe("12-14 leftovers: answered, not offered", () => {
  it.each([
    ["I drive for Gojek, income about 6 million. Which BPJS programs can I join?", "bpu-program"],
    ["is this official?", "trust-bot-bukan-bpjs"],
    ["nomor resmi bpjs brp", "call-center-175"],
    ["sy nelayan, bs ikut bpjs tk ga", "bpu-siapa-bisa"],
    ["sy kuli bangunan harian, ada bpjs ga", "jakon-apa-itu"],
  ])("%s → %s", (q, id) => {
    const r = search.search(q);
    expect(r.outcome).toBe("answer");
    expect(r.candidates[0]?.entry.id).toBe(id);
  });
});
