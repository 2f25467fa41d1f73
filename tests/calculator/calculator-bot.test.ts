import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const actor = (id: number) => chatActor(h, worker(id));

describe("numbers in a question are used at once", () => {
  it("BPU income: the monthly amount and the 1/3/6/12-month totals, with JHT as an option", async () => {
    const reply = await actor(1).say("penghasilan sy 3 jt iuran bpu brp");
    expect(reply).toContain("Rp30.000"); // JKK 1% of 3 juta
    expect(reply).toContain("Rp6.800");
    expect(reply).toContain("Rp36.800"); // per month
    expect(reply).toContain("Rp441.600"); // 12 months
    expect(reply).toContain("Rp96.800"); // with JHT 2%
    expect(reply).toContain("PP 44/2015");
  });

  it("a wage: worker's deduction and employer's part, lowest risk class assumed and said", async () => {
    const reply = await actor(2).say("gaji 8 juta potongan bpjs tk brp");
    expect(reply).toContain("Rp160.000"); // JHT 2% worker
    expect(reply).toContain("Rp80.000"); // JP 1% worker
    expect(reply).toContain("Rp240.000"); // deducted from wage
    expect(reply).toContain("risiko kerja terendah");
  });

  it("a group: 50 people for 6 months on the cheapest package", async () => {
    const reply = await actor(3).say("50 org 6 bulan total iuran brp");
    expect(reply).toContain("Rp840.000"); // 50 × 16.800
    expect(reply).toContain("Rp5.040.000"); // × 6
  });

  it("JKP for a 7 juta wage is capped", async () => {
    const reply = await actor(4).say("jkp dapat brp kalau gaji 7 jt");
    expect(reply).toContain("Rp3.000.000");
    expect(reply).toContain("Rp18.000.000");
    expect(reply).toMatch(/60% per bulan\s+Rp3\.000\.000/);
    expect(reply).toContain("PP 6/2025");
  });
});

describe("calculator conversations", () => {
  it("BPU through buttons and a typed income, re-asking on nonsense", async () => {
    const a = actor(10);
    expect(await a.say("/hitung")).toContain("Hitung iuran untuk siapa");
    expect(await a.press("calc:k:bpu")).toContain("penghasilan");
    expect(await a.say("banyak")).toContain("belum menangkap angkanya");
    expect(await a.say("-5 jt")).toContain("minus");
    expect(await a.say("0")).toContain("nol");
    expect(await a.say("999 miliar")).toContain("terlalu besar");
    expect(await a.say("Rp 1.000.000")).toContain("Rp16.800");
  });

  it("wage earner above the JP cap says the cap was applied", async () => {
    const a = actor(11);
    await a.say("/hitung");
    await a.press("calc:k:wage");
    await a.say("15 jt");
    const reply = await a.press("calc:r:medium");
    // the cap's year reads as a year ("2026"), not as a quantity ("2.026")
    expect(reply).toMatch(/batas upah JP 20\d\d: Rp/);
    expect(reply).toContain("Rp133.500"); // JKK 0.89% of 15 juta
  });

  it("JHT estimate is an illustration with the chosen return", async () => {
    const a = actor(13);
    await a.say("/hitung");
    await a.press("calc:k:jht");
    await a.say("5 jt");
    expect(await a.say("50")).toContain("dari 1 sampai 45");
    await a.say("10");
    const reply = await a.press("calc:ret:5");
    expect(reply).toContain("Rp285.000"); // 5.7% of 5 juta
    expect(reply).toContain("Rp34.200.000"); // 10 years of contributions
    expect(reply).toContain("ilustrasi");
  });

  it("village budget: 10 officials at 2 juta and 40 vulnerable workers for a year", async () => {
    const a = actor(12);
    expect(await a.say("/start")).toContain("TanyaJamsos");
    expect(await a.press("menu:village")).toContain("Pojok kepala desa");
    expect(await a.press("calc:village")).toContain("aparat desa");
    await a.say("10");
    await a.say("2 jt");
    await a.press("calc:x:none"); // no JHT/JP for the officials
    await a.say("40");
    const reply = await a.say("12");
    expect(reply).toContain("Rp108.000"); // 10 × 10.800
    expect(reply).toContain("Rp672.000"); // 40 × 16.800
    expect(reply).toContain("Rp780.000");
    expect(reply).toContain("Rp9.360.000");
    expect(h.transport.violations).toEqual([]);
  });

  it("uses the work-risk class the question names, and does not answer a pension question with contributions", async () => {
    const high = await actor(20).say("iuran jkk risiko tinggi gaji 5 juta brp");
    expect(high).toMatch(/JKK 1,27% \(PK\)\s+Rp63\.500/);
    expect(high).not.toContain("Asumsi: risiko kerja terendah");
    // the pension for those years (1% × 20 × Rp6 juta, benefit.jp_formula_percent), never the contribution table
    const pension = await actor(21).say("pensiun jp kalau iuran 20 tahun gaji 6 juta dapat brp");
    expect(pension).toMatch(/Pensiun \/ bulan\s+Rp1\.200\.000/);
    expect(pension).not.toContain("Dipotong dari gaji");
  });

  it("an amount that is a JHT balance or payout, asked about its tax, is not taken for a wage", async () => {
    // the tax on that balance paid at once (0% up to Rp50 juta, programs_extra.jht_tax_*), not a wage's contributions
    const reply = await actor(22).say("jht saya 20 juta dipotong pajak berapa");
    expect(reply).toContain("Pajak JHT yang dicairkan sekaligus");
    expect(reply).toMatch(/Pajak PPh 21\s+Rp0/);
    expect(reply).not.toContain("Dipotong dari gaji");
    expect(await actor(23).say("saldo jht 50 juta bisa cair brp")).not.toContain("🧮");
  });

  it("one official's siltap gives that official's contribution; a count of children or a quoted contribution asks for none", async () => {
    const kades = await actor(24).say("kades siltap 2,5jt iuran jkk jkm sebulan brp");
    expect(kades).toContain("Rp13.500"); // 0.54% of 2.5 juta
    expect(kades).toContain("PP 44/2015");
    // a contribution quoted back is not an income
    expect(await actor(26).say("bpu 16800 dapat apa aja")).not.toContain("🧮");
    const children = await actor(25).say("anak sy 3 org, beasiswa dapat semua?");
    expect(children).not.toContain("🧮");
    expect(children).not.toContain("Rp50.400"); // 3 × the cheapest package
  });

  it("an income per day is counted per month as daily workers' wages are, and says so", async () => {
    const daily = await actor(17).say("saya ojol penghasilan 150rb sehari iuran brp");
    expect(daily).toContain("Penghasilan dilaporkan: Rp3.750.000");
    expect(daily).toContain("Rp150.000 × 25 hari = Rp3.750.000");
    expect(daily).toContain("Perdir BPJS Ketenagakerjaan");
    // per week there is no rule to turn it into a month: no figures are made up
    expect(await actor(18).say("penghasilan 1 juta seminggu iuran bpu brp")).not.toContain("🧮");
    // "setahun" for the contribution period is not an income per year
    expect(await actor(19).say("iuran bpu setahun brp penghasilan 2 juta")).toContain("Penghasilan dilaporkan: Rp2.000.000");
  });

  it("a village question about officials uses their siltap, and without one computes nothing", async () => {
    const officials = await actor(15).say("10 orang aparat desa siltap 2,5 juta iuran setahun");
    expect(officials).toContain("Aparat desa: 10");
    expect(officials).toContain("Rp1.620.000"); // 10 × (0.24% + 0.3%) × 2.5 juta × 12
    expect(officials).not.toContain("Pekerja rentan");
    const noSiltap = await actor(16).say("iuran 12 perangkat desa setahun brp");
    expect(noSiltap).not.toMatch(/Rp0\b/);
    expect(noSiltap).not.toContain("Anggaran iuran");
  });

  it("a village question with its numbers is answered at once, each total shown once", async () => {
    const reply = await actor(14).say("dana desa bisa bayar iuran 20 orang setahun brp");
    expect(reply).toContain("Rp4.032.000"); // 20 × 16.800 × 12
    expect(reply.match(/Rp336\.000/g)).toHaveLength(1);
  });
});
