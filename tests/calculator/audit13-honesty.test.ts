/**
 * Calculator honesty fixes from the thirteenth audit (/work/notes/audit13-honesty.md items 3, 9, 10).
 *
 * Figures from knowledge/rules:
 * - benefit.jkp_min_contribution_months 12 in programs_extra.jkp_window_months 24 (PP 37/2021), single:
 *   facts 10.6 say it is not known whether PP 6/2025 changed this test. JKP 60% of the wage up to Rp5.000.000.
 * - bpu.yaml: JKK 1% of the income (Rp1.000.000 – Rp20.700.000) + JKM Rp6.800; optional JHT 2% (single source, facts 3).
 * - pu.yaml: JP 2% employer + 1% worker on the wage up to the cap; cap 2024 Rp10.042.300 (solid),
 *   2026 Rp11.086.300 (weak, facts 10.1).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 713000;
const ask = (text: string, language = "id") => chatActor(h, worker(nextId++, language)).say(text);

describe("item 3: the JKP 12-of-24-months test is said to be unconfirmed after PP 6/2025", () => {
  it("gaji 4 juta kena phk: Rp2.400.000 a month, with the condition and its caveat", async () => {
    const reply = await ask("gaji 4 juta kena phk dapat jkp berapa");
    expect(reply).toMatch(/60% per bulan\s+Rp2\.400\.000/);
    expect(reply).toContain("iuran JKP minimal 12 bulan dalam 24 bulan terakhir");
    expect(reply).toContain("⚠️ Syarat iuran 12 bulan dalam 24 bulan dikutip dari PP 37/2021");
    expect(reply).toContain("berubah setelah PP 6/2025 belum terkonfirmasi");
    expect(reply).toContain("175");
  });

  it("English, laid off on 6 million: Rp3,000,000 a month, the test said to be unconfirmed", async () => {
    const reply = await ask("I was laid off, salary 6 million, how much JKP do I get", "en");
    expect(reply).toMatch(/60% per month\s+Rp3,000,000/);
    expect(reply).toContain("whether PP 6/2025 changed it is not confirmed");
  });

  it("too few months paid: the refusal carries the same caveat", async () => {
    const reply = await ask("gaji 5 jt kena phk baru iuran 6 bulan dapat jkp brp");
    expect(reply).toContain("Syarat uang tunai JKP belum terpenuhi");
    expect(reply).toContain("belum terkonfirmasi");
    expect(reply).not.toContain("Rp3.000.000");
  });
});

describe("item 9: the BPU JHT figure's single-source note whenever a JHT amount is printed", () => {
  it("'plus jht' puts JHT in the table: 207.000 + 6.800 + 414.000 = Rp627.800, with the note", async () => {
    const reply = await ask("iuran bpu 20,7 juta plus jht berapa");
    expect(reply).toMatch(/JHT 2%\s+Rp414\.000/);
    expect(reply).toMatch(/Total \/ bulan\s+Rp627\.800/);
    expect(reply).toContain("Angka JHT BPU (pilihan) baru dari satu sumber");
  });

  it("'dengan jht' and 'ikut jht' do the same: 3 jt → JHT Rp60.000, total Rp96.800", async () => {
    for (const q of ["ojol penghasilan 3 jt dengan jht iurannya brp", "iuran bpu penghasilan 3 jt ikut jht brp"]) {
      const reply = await ask(q);
      expect(reply).toMatch(/JHT 2%\s+Rp60\.000/);
      expect(reply).toMatch(/Total \/ bulan\s+Rp96\.800/);
      expect(reply).toContain("baru dari satu sumber");
    }
  });

  it("'tanpa jht' keeps JHT out of the table: 1 jt → Rp16.800", async () => {
    const reply = await ask("iuran bpu penghasilan 1 jt tanpa jht brp");
    expect(reply).toMatch(/Total \/ bulan\s+Rp16\.800/);
    expect(reply).not.toMatch(/JHT 2%\s+Rp/);
  });

  it("without JHT asked, the optional JHT line (10.000 + 6.800 + 20.000 = Rp36.800) comes with the note", async () => {
    const reply = await ask("brp iuran bpu kalau penghasilan 1 juta");
    expect(reply).toContain("Jika ikut JHT juga (pilihan): Rp36.800");
    expect(reply).toContain("Angka JHT BPU (pilihan) baru dari satu sumber");
  });

  it("English 'with jht': the JHT row and the single-source note", async () => {
    const reply = await ask("bpu contribution for income 2 million with jht", "en");
    expect(reply).toMatch(/JHT 2%\s+Rp40,000/);
    expect(reply).toContain("comes from a single source");
  });
});

describe("item 10: JP on the unconfirmed cap is an estimate, with the figure on the confirmed 2024 cap", () => {
  it("June 2026, wage 15 jt: 2026 cap (Rp221.726 / Rp110.863) said to be an estimate; 2024 cap gives Rp200.846 + Rp100.423", async () => {
    const reply = await at("2026-06-15T03:00:00Z", () => ask("gaji 15 juta potongan jp berapa"));
    expect(reply).toMatch(/JP 1% \(pkj\)\s+Rp110\.863/);
    expect(reply).toContain("jadi JP di atas perkiraan");
    expect(reply).toContain("Dengan batas upah JP yang sudah terkonfirmasi (2024: Rp10.042.300), JP sebulan Rp200.846 (PK) + Rp100.423 (pkj) = Rp301.269");
  });

  it("June 2026, wage 10,5 jt (between the caps): JP on the wage, Rp105.000 for the worker; on the 2024 cap Rp100.423", async () => {
    const reply = await at("2026-06-15T03:00:00Z", () => ask("gaji 10,5 juta potongan bpjs tk brp"));
    expect(reply).toMatch(/JP 1% \(pkj\)\s+Rp105\.000/);
    expect(reply).toContain("Rp200.846 (PK) + Rp100.423 (pkj)");
  });

  it("June 2026, wage 5 jt (below every cap): no second JP figure", async () => {
    const reply = await at("2026-06-15T03:00:00Z", () => ask("gaji 5 juta potongan bpjs ketenagakerjaan berapa"));
    expect(reply).toMatch(/JP 1% \(pkj\)\s+Rp50\.000/);
    expect(reply).not.toContain("sudah terkonfirmasi");
  });

  it("June 2024, wage 15 jt: the 2024 cap is confirmed, so no estimate caveat and no second figure", async () => {
    const reply = await at("2024-06-15T03:00:00Z", () => ask("gaji 15 juta potongan jp berapa"));
    expect(reply).toMatch(/JP 1% \(pkj\)\s+Rp100\.423/);
    expect(reply).not.toContain("perkiraan");
    expect(reply).not.toContain("sudah terkonfirmasi");
  });

  it("English, June 2026: the confirmed-cap figure in English", async () => {
    const reply = await at("2026-06-15T03:00:00Z", () => ask("salary 15 million how much is deducted for jp", "en"));
    expect(reply).toContain("so JP above is an estimate");
    expect(reply).toContain("On the confirmed JP wage cap (2024: Rp10,042,300), JP is Rp200,846 (E) + Rp100,423 (W) = Rp301,269 a month");
  });
});
