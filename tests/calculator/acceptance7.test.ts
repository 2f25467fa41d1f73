/**
 * Calculator defects from the seventh acceptance round (/work/notes/acceptance7.md N2–N5) and the
 * village explorer's budget-limit questions (/work/notes/explore7-village.md #8).
 *
 * Figures from knowledge/rules: village officials JKK 0,24% + JKM 0,30% of the siltap (PP 44/2015
 * Pasal 16(1)): Rp10.800 on 2 jt, Rp11.340 on 2,1 jt, Rp13.500 on 2,5 jt;
 * benefit.jkp_claim_deadline_months 6; JKP cash 45% of the wage for 3 months, 25% for 3 more.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

let nextId = 47000;
const actor = () => chatActor(h, worker(nextId++));
const ask = (text: string) => actor().say(text);

describe("N2 a follow-up amount in words is read whole", () => {
  it("village: 'kl siltapnya dua setengah juta?' is a 2.500.000 siltap", async () => {
    const a = actor();
    await a.say("iuran 9 perangkat desa siltap 2,1jt setahun brp");
    const reply = await a.say("kl siltapnya dua setengah juta?");
    expect(reply).toContain("Rp2.500.000");
    expect(reply).toContain("Rp13.500");
    expect(reply).toContain("Rp1.458.000");
    expect(reply).not.toContain("Rp500.000");
  });

  it("wage: 'kl gajinya dua setengah juta?' is a wage of 2.500.000", async () => {
    const a = actor();
    await a.say("gaji 4jt iuran bpjs tk brp");
    const reply = await a.say("kl gajinya dua setengah juta?");
    expect(reply).toContain("Rp2.500.000");
    expect(reply).not.toContain("Rp500.000");
  });

  it("'dua juta lima ratus ribu', 'satu setengah juta' and 'setengah juta' keep their values", async () => {
    const a = actor();
    await a.say("iuran 9 perangkat desa siltap 2,1jt setahun brp");
    expect(await a.say("kalau siltapnya dua juta lima ratus ribu?")).toContain("Rp1.458.000");
    const b = actor();
    await b.say("gaji 4jt iuran bpjs tk brp");
    expect(await b.say("kl satu setengah juta?")).toContain("Rp1.500.000");
    const c = actor();
    await c.say("gaji 4jt iuran bpjs tk brp");
    expect(await c.say("kl setengah juta?")).toContain("Rp500.000");
  });
});

describe("N3 a layoff past the JKP claim deadline, however it is written", () => {
  it.each(["sy di phk setahun lalu gaji 4jt jkp brp", "sy di phk delapan bulan lalu gaji 4jt jkp brp"])("%s: refused with the deadline rule", async (text) => {
    const reply = await ask(text);
    expect(reply).toContain("Batas klaim JKP tampaknya sudah lewat");
    expect(reply).toContain("PP 6/2025 Pasal 40");
    expect(reply).not.toContain("Rp14.400.000");
  });

  it.each(["sy di phk bulan maret 2026 gaji 4jt jkp brp", "sy di phk tahun lalu gaji 4jt jkp brp"])("%s on 26 Nov 2026: refused, the layoff said as written", async (text) => {
    const reply = await at("2026-11-26T03:00:00Z", () => ask(text));
    expect(reply).toContain("Batas klaim JKP tampaknya sudah lewat");
    expect(reply).toContain("lebih dari 6 bulan lalu");
    expect(reply).not.toContain("Rp14.400.000");
  });

  it("a layoff in March 2026 asked in April 2026 is still within the deadline: computed", async () => {
    const reply = await at("2026-04-15T03:00:00Z", () => ask("sy di phk bulan maret 2026 gaji 4jt jkp brp"));
    expect(reply).toContain("Rp14.400.000");
    expect(reply).not.toContain("Batas klaim JKP");
  });
});

describe("N4 app drivers are BPU: JKP is not computed", () => {
  it.each(["sy driver gojek penghasilan 4jt jkp brp", "sy driver grab penghasilan 4jt jkp brp"])("%s", async (text) => {
    const reply = await ask(text);
    expect(reply).toContain("JKP tidak berlaku untuk pekerja informal (BPU)");
    expect(reply).not.toContain("Rp14.400.000");
  });
});

describe("N5 a head count in words counts as in digits", () => {
  it("'sembilan org termasuk kades' is 9 officials", async () => {
    const reply = await ask("iuran sembilan org termasuk kades siltap 2jt setahun");
    expect(reply).toContain("Aparat desa: 9 org");
    expect(reply).toContain("Rp1.166.400");
    expect(reply).not.toContain("Pekerja rentan");
  });

  it("'sembilan perangkat termasuk kades' is 9, not 10", async () => {
    const reply = await ask("iuran sembilan perangkat termasuk kades siltap dua juta seratus ribu setahun brp");
    expect(reply).toContain("Aparat desa: 9 org");
    expect(reply).toContain("Rp1.224.720");
  });
});

describe("village #8 a budget set against the officials' contributions", () => {
  it("how many months 1 jt lasts for 10 officials on 2 jt: 9 months, Rp28.000 left", async () => {
    const reply = await ask("dana cuma 1jt, 10 perangkat siltap 2jt, cukup utk brp bulan?");
    expect(reply).toContain("Rp108.000");
    expect(reply).toContain("cukup untuk 9 bulan");
    expect(reply).toContain("sisa Rp28.000");
    expect(reply).not.toContain("Untuk berapa bulan");
  });

  it("3 jt a year for 12 officials on 2 jt: enough, Rp1.444.800 left, no 'siltap tiap jabatan berbeda'", async () => {
    const reply = await ask("anggaran bpjs tk kami 3 juta setahun, 12 perangkat siltap 2jt, cukup ga?");
    expect(reply).toContain("Rp1.555.200");
    expect(reply).toContain("Rp3.000.000 cukup");
    expect(reply).toContain("sisa Rp1.444.800");
    expect(reply).not.toContain("berbeda");
  });

  it("1 jt a year for the same: not enough, Rp555.200 short", async () => {
    const reply = await ask("anggaran 1 juta setahun, 12 perangkat siltap 2jt, cukup ga?");
    expect(reply).toContain("belum cukup");
    expect(reply).toContain("kurang Rp555.200");
  });
});

describe("N6 a village follow-up takes the vulnerable workers off", () => {
  it("'kl tanpa petani?' after 10 petani were added: the officials alone again", async () => {
    const a = actor();
    await a.say("iuran 9 perangkat desa siltap 2,1jt setahun brp");
    expect(await a.say("kalau 10 petani?")).toContain("Pekerja rentan: 10 org");
    const reply = await a.say("kl tanpa petani?");
    expect(reply).toContain("Aparat desa: 9 org");
    expect(reply).toContain("Rp1.224.720");
    expect(reply).not.toContain("Pekerja rentan");
  });
});

describe("employees on different wages (acceptance round 8, D1)", () => {
  it("are not priced as the first wage times the head count: one wage at a time is asked for", async () => {
    for (const question of ["perusahaan sy 3 karyawan, gaji 4jt, 6jt, 9jt iuran brp", "my company has 3 employees with salaries 4 million, 6 million and 9 million, how much is the contribution"]) {
      const reply = await ask(question);
      // 3 × the 4 jt bill (Rp1.108.800) had been labelled the total for all three
      expect(reply, question).not.toMatch(/1[.,]108[.,]800/);
      expect(reply, question).toMatch(/satu upah per pertanyaan|one wage per question/);
    }
  });
});

describe("the step-by-step button under a question for a missing figure (acceptance round 7, N6)", () => {
  it("keeps what the question gave: only the missing siltap is asked", async () => {
    const a = actor();
    await a.say("iuran 10 perangkat desa setahun brp");
    expect(await a.press("calc:village")).toContain("siltap");
    // 10 × 2.000.000 × 0,54% × 12 = Rp1.296.000, with no question about the head count or the months
    await a.say("2 jt");
    expect(await a.press("calc:x:none")).toContain("Rp1.296.000"); // then only whether JHT/JP are added
  });
});
