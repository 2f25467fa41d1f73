/**
 * Worker calculations as the ninth exploratory tester typed them (/work/notes/explore9-workers.md #3, #4, #8).
 *
 * Figures from knowledge/rules: BPU JKK 1% of the income + JKM Rp6.800 (bpu.yaml); wage earners JKK
 * 0,24% (very low) or 1,27% (high) + JKM 0,3% + JHT 3,7% employer, JHT 2% + JP 1% worker, JP 2% employer (pu.yaml);
 * migrant workers (special.yaml, Permenaker 4/2023 Pasal 18) Rp37.500 before departure, Rp108.000 / Rp189.000 /
 * Rp332.500 for a 6/12/24-month contract, Rp13.500 a month of extension, optional JHT Rp50.000–Rp600.000.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 92000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));

describe("#3 a negative income or wage is refused, as the form refuses it", () => {
  it.each(["penghasilan sy -3 juta iuran bpu brp", "gaji -5jt potongan bpjs tk brp"])("%s", async (question) => {
    const reply = await actor().say(question);
    expect(reply).toContain("Angkanya tidak boleh minus");
    expect(reply).not.toContain("Rp3.000.000");
    expect(reply).not.toContain("Rp5.000.000");
  });

  it("the amount given after it is computed", async () => {
    const a = actor();
    await a.say("penghasilan sy -3 juta iuran bpu brp");
    expect(await a.say("3 jt")).toContain("Penghasilan dilaporkan: Rp3.000.000");
  });

  it("a range is no minus: 'gaji 2-3 jt' is not refused", async () => {
    expect(await actor().say("gaji 2-3 jt potongan bpjs brp")).not.toContain("minus");
  });
});

describe("#4 a correction after a result computes with the new figure", () => {
  it("'maksud sy 4 juta', 'salah, 6 juta', 'bukan, gajinya 7jt' after a wage result", async () => {
    const a = actor();
    await a.say("gaji 5jt potongan bpjs brp");
    expect(await a.say("maksud sy 4 juta")).toContain("Upah Rp4.000.000");
    expect(await a.say("salah, 6 juta")).toContain("Upah Rp6.000.000");
    expect(await a.say("bukan, gajinya 7jt")).toContain("Upah Rp7.000.000");
  });

  it("a corrected BPU income is the one JHT is added to", async () => {
    const a = actor();
    await a.say("sy ojol penghasilan 3jt iuran bpu brp");
    await a.say("kl 5jt?");
    expect(await a.say("maksud sy 4 juta")).toContain("Penghasilan dilaporkan: Rp4.000.000");
    const reply = await a.say("kalau tambah jht?");
    expect(reply).toContain("Penghasilan dilaporkan: Rp4.000.000");
    expect(reply).toMatch(/Total \/ bulan\s+Rp126\.800/); // 40.000 + 6.800 + 80.000
  });
});

describe("#8 follow-ups to a wage result that change the risk or the head count", () => {
  it("'high risk factory' after an English wage result: JKK 1,27% for the 50", async () => {
    const a = actor("en");
    await a.say("I am HR manager, company 50 employees salary 6 million, total monthly bpjs?");
    const reply = await a.say("high risk factory");
    expect(reply).toContain("risk High");
    expect(reply).toMatch(/JKK 1\.27% \(E\)\s+Rp76,200/);
    expect(reply).toContain("50 employees");
  });

  it("'kl 2 org?' after a wage result for 6 months: two employees", async () => {
    const a = actor();
    await a.say("penghasilan 3 jt iuran bpu brp");
    await a.say("kl karyawan?");
    await a.say("kl 6 bulan?");
    const reply = await a.say("kl 2 org?");
    expect(reply).toContain("2 karyawan, 6 bulan");
    expect(reply).toMatch(/Total\s+Rp3\.326\.400/); // 277.200 × 2 × 6
  });
});

describe("#8 (village) JP is not for BPU workers", () => {
  it("'plus jht jp' after a BPU result: JHT in the table, JP said to be unavailable", async () => {
    const a = actor();
    await a.say("penghasilan 3 jt iuran bpu brp");
    const reply = await a.say("plus jht jp");
    expect(reply).toMatch(/JHT 2%\s+Rp60\.000/);
    expect(reply).toMatch(/Total \/ bulan\s+Rp96\.800/);
    expect(reply).toContain("JP (Jaminan Pensiun) tidak bisa diikuti peserta BPU");
  });
});

describe("#8 'kl 2 org?' after a BPU result", () => {
  it("gives the totals for two on the same income", async () => {
    const a = actor();
    await a.say("penghasilan 3 jt iuran bpu brp");
    const reply = await a.say("kl 2 org?");
    expect(reply).toContain("Penghasilan dilaporkan: Rp3.000.000");
    expect(reply).toContain("Untuk 2 orang dengan penghasilan yang sama");
    expect(reply).toContain("Rp73.600 per bulan, Rp883.200 setahun"); // 2 × 36.800, × 12
  });
});

describe("#19 a wage result's sources name each regulation once", () => {
  it("the article, not the article and the regulation again", async () => {
    const reply = await actor().say("gaji 8 juta potongan bpjs tk brp");
    const sources = reply.split("\n").find((l) => l.startsWith("📚"))!;
    expect(sources).toContain("PP 44/2015 Pasal 16(1)");
    expect(sources).not.toMatch(/PP 44\/2015;/);
    expect(sources).toContain("PP 6/2025 Pasal 11(5)");
    expect(sources).not.toMatch(/PP 6\/2025 Pasal 11(;|$)/);
  });
});

describe("#5 a migrant worker's contribution in conversation", () => {
  it("'pmi ke taiwan 2 thn iuran brp', then 'kl 6 bln?', then an extension", async () => {
    const a = actor();
    const reply = await a.say("pmi ke taiwan 2 thn iuran brp");
    expect(reply).toMatch(/Sebelum bekerja\s+Rp37\.500/);
    expect(reply).toMatch(/Kontrak 24 bulan\s+Rp332\.500/);
    expect(reply).toMatch(/Total\s+Rp370\.000/);
    expect(reply).toContain("Permenaker 4/2023 Pasal 18");
    const six = await a.say("kl 6 bln?");
    expect(six).toMatch(/Kontrak 6 bulan\s+Rp108\.000/);
    expect(six).not.toContain("JKP");
    expect(await a.say("kl diperpanjang 4 bln?")).toContain("Perpanjangan 4 bulan × Rp13.500 = Rp54.000");
  });

  it("English, no length written: every length priced; then 12 months and an extension", async () => {
    const a = actor("en");
    const reply = await a.say("I am going to work in Malaysia as migrant worker, how much is bpjs?");
    expect(reply).toMatch(/12-month contract\s+Rp189,000/);
    expect(reply).toContain("between Rp50,000 and Rp600,000");
    expect(await a.say("what about 12 months contract?")).toMatch(/Total\s+Rp226,500/);
    expect(await a.say("and if I extend 3 months?")).toContain("Extension of 3 months × Rp13,500 = Rp40,500");
  });

  it("a length the rule does not price is said, not computed", async () => {
    const reply = await actor().say("iuran pmi kontrak 18 bulan brp");
    expect(reply).toContain("kontrak 6, 12 dan 24 bulan saja, bukan 18 bulan");
    expect(reply).not.toContain("Total");
  });

  it("JHT for migrant workers is left to the knowledge", async () => {
    expect(await actor().say("tki boleh nabung jht juga ga, min brp")).not.toContain("Iuran JKK + JKM pekerja migran");
  });
});
