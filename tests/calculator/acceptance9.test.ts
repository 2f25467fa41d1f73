/**
 * Acceptance round 9, new defects (/work/notes/acceptance9.md "New defects / regressions" #1–#4, #8).
 *
 * Figures from knowledge/rules: officials JKK 0,24% + JKM 0,3% = 0,54% of the siltap (pu.jkk_very_low,
 * pu.jkm); wage earners JKK 0,24% + JKM 0,3% + JHT 3,7% + JP 2% employer, JHT 2% + JP 1% worker (pu.yaml);
 * vulnerable workers bpu.package_min Rp16.800 a person a month; BPU JKK 1% of the income + JKM Rp6.800;
 * migrant workers (special.yaml, Permenaker 4/2023 Pasal 18) Rp37.500 before departure, Rp108.000 /
 * Rp189.000 for a 6/12-month contract, Rp13.500 a month of extension.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 93000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
/** A table row: the label, then its amount at the end of the line. */
const rowOf = (label: string, amount: string) => new RegExp(`${label}\\s+${amount.replace(/\./g, "\\.")}`);

describe("#1 a kades or sekdes asking about their own contribution is the one computed", () => {
  it.each([
    ["sy kades, siltap sy 3 jt, iuran sebulan brp", "Rp3.000.000", "Rp16.200"], // 3.000.000 × 0,54%
    ["sy sekdes, siltap 2,5 jt iuran sebulan brp", "Rp2.500.000", "Rp13.500"], // 2.500.000 × 0,54%
  ])("%s", async (question, siltap, monthly) => {
    const reply = await actor().say(question);
    expect(reply).toContain("Aparat desa: 1 org");
    expect(reply).toMatch(rowOf("Siltap / orang", siltap));
    expect(reply).toMatch(rowOf("Per orang / bulan", monthly));
  });

  it("a year: 16.200 × 12 = Rp194.400", async () => {
    const reply = await actor().say("sy kades siltap 3 jt, iuran bpjs tk sy setahun brp");
    expect(reply).toContain("Aparat desa: 1 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp194.400"));
  });

  it("still not counted when other officials follow: 15 × 10.800 × 12", async () => {
    const reply = await actor().say("sy kades, 15 perangkat siltap 2 jt iuran setahun brp");
    expect(reply).toContain("Aparat desa: 15 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.944.000"));
  });

  it("nor when workers are counted: 50 × 16.800 × 12 = Rp10.080.000", async () => {
    const reply = await actor().say("sy kades, desa sy mau daftarkan 50 petani iuran setahun brp");
    expect(reply).not.toContain("Aparat desa");
    expect(reply).toMatch(rowOf("12 bulan", "Rp10.080.000"));
  });
});

describe("#2 a wage or income range is asked about, neither end taken", () => {
  it.each([
    ["gaji 5-6 jt potongan bpjs tk brp", "Rp5.000.000", "Rp6.000.000"],
    ["penghasilan 2-3 juta iuran bpu brp", "Rp2.000.000", "Rp3.000.000"],
  ])("%s", async (question, low, high) => {
    const reply = await actor().say(question);
    expect(reply).toContain(`kisaran ${low} sampai ${high}`);
    expect(reply).not.toContain("Upah Rp");
    expect(reply).not.toContain("Penghasilan dilaporkan");
  });

  it("a button for either end computes it: the wage table on Rp5.000.000", async () => {
    const a = actor();
    await a.say("gaji 5-6 jt potongan bpjs tk brp");
    const reply = await a.press("calc:range:5000000");
    expect(reply).toContain("Upah Rp5.000.000");
    expect(reply).toMatch(rowOf("Dipotong dari gaji", "Rp150.000")); // 2% + 1% of 5.000.000
  });

  it("the exact figure typed in reply: BPU on Rp2.500.000, JKK 1% + JKM = Rp31.800", async () => {
    const a = actor();
    await a.say("penghasilan 2-3 juta iuran bpu brp");
    const reply = await a.say("2,5 jt");
    expect(reply).toContain("Penghasilan dilaporkan: Rp2.500.000");
    expect(reply).toMatch(rowOf("Total / bulan", "Rp31.800"));
  });

  it("English: 'salary 5 to 6 million'", async () => {
    const reply = await actor("en").say("my salary is 5 to 6 million, how much is the bpjs deduction");
    expect(reply).toContain("You wrote a range, Rp5,000,000 to Rp6,000,000");
  });

  it("a single wage is still computed", async () => {
    expect(await actor().say("gaji 6 jt potongan bpjs tk brp")).toContain("Upah Rp6.000.000");
  });
});

describe("#3 a bare amount after a Linmas/honor result is the honor, not the BSU", () => {
  it("'iuran 10 linmas setahun', then '300 rb': the same BPU package, 10 × 16.800 × 12", async () => {
    const a = actor();
    await a.say("iuran 10 linmas setahun");
    const reply = await a.say("300 rb");
    expect(reply).not.toContain("BSU");
    expect(reply).toContain("Honor Rp300.000 sudah saya baca");
    // named for what they are, not "Pekerja rentan" (acceptance 11, village #11)
    expect(reply).toContain("Linmas: 10 org (paket BPU JKK+JKM)");
    expect(reply).toMatch(rowOf("12 bulan", "Rp2.016.000"));
  });
});

describe("#4 a migrant worker's extension is added into the total", () => {
  it("6 months then 4 months' extension: 37.500 + 108.000 + 4 × 13.500 = Rp199.500", async () => {
    const a = actor();
    await a.say("pmi ke taiwan 2 thn iuran brp");
    expect(await a.say("kl 6 bln?")).toMatch(rowOf("Total", "Rp145.500"));
    const reply = await a.say("kl diperpanjang 4 bln?");
    expect(reply).toMatch(rowOf("Perpanjangan 4 bulan", "Rp54.000"));
    expect(reply).toMatch(rowOf("Total", "Rp199.500"));
  });

  it("English: 12 months then 3 months' extension: 37.500 + 189.000 + 40.500 = Rp267,000", async () => {
    const a = actor("en");
    await a.say("I am going to work in Malaysia as migrant worker, how much is bpjs?");
    expect(await a.say("what about 12 months contract?")).toMatch(/Total\s+Rp226,500/);
    const reply = await a.say("and if I extend 3 months?");
    expect(reply).toMatch(/3-month extension\s+Rp40,500/);
    expect(reply).toMatch(/Total\s+Rp267,000/);
  });
});

describe("#8 employees on two wages are asked one wage at a time, never the farmer example", () => {
  it.each([
    ["10 karyawan gaji 4 jt, 2 org gaji 6 jt iuran sebulan", "Upahnya berbeda-beda", "id"],
    ["10 employees salary 4 million and 2 employees salary 6 million, contribution per month?", "The wages differ", "en"],
  ])("%s", async (question, asked, language) => {
    const reply = await actor(language).say(question);
    expect(reply).toContain(asked);
    expect(reply).not.toContain("petani");
    expect(reply).not.toContain("farmers");
  });

  it("one head count on one wage is still computed: 10 × (4.000.000 × 3%) deducted", async () => {
    expect(await actor().say("10 karyawan gaji 4 jt iuran sebulan")).toContain("Upah Rp4.000.000");
  });
});
