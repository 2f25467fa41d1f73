/**
 * Worker calculations as the tenth exploratory tester typed them (/work/notes/explore10-workers.md #2, #4, #5, #9).
 *
 * Figures from knowledge/rules: JKK death 48 × wage (benefit.jkk_death_multiple), never below the JKM
 * death payment Rp20.000.000 (programs_extra.jkk_death_floor, benefit.jkm_lump_sum), + funeral Rp10.000.000
 * + periodic Rp12.000.000; JP 1% × years × wage (benefit.jp_formula_percent), at least 15 years for a monthly
 * pension (benefit.jp_min_years); JHT lump-sum tax 0% up to Rp50.000.000 and 5% above (programs_extra.jht_tax_*,
 * PP 68/2009 Pasal 5); JHT partial withdrawal 10% / 30% (benefit.jht_partial_*); STMB 100% for 12 months, then
 * 50% (programs_extra.stmb_first_percent, benefit.stmb_*); JKP 60% of at most Rp5.000.000 for 6 months.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 102000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));

describe("#2 the JKK death benefit is never less than the JKM death payment", () => {
  it.each([
    ["suami sy guru honorer gaji 350rb, meninggal kecelakaan kerja, dpt brp", "Rp16.800.000"],
    ["gaji suami 300rb, meninggal kecelakaan kerja, dpt brp", "Rp14.400.000"],
  ])("%s", async (question, computed) => {
    const reply = await actor().say(question);
    expect(reply).toMatch(/Min\. santunan JKM\s+Rp20\.000\.000/);
    expect(reply).toMatch(/Total\s+Rp42\.000\.000/);
    expect(reply).toContain(`48 × upah (${computed}) lebih kecil dari santunan kematian JKM (Rp20.000.000)`);
    expect(reply).toContain("tidak pernah lebih kecil dari santunan JKM");
    expect(reply).toContain("PP 44/2015 jo. PP 82/2019");
  });

  it("a wage whose 48× is above the floor is paid as before, with no floor said", async () => {
    const reply = await actor().say("gaji suami 4jt, meninggal kecelakaan kerja, dpt brp");
    expect(reply).toMatch(/Total\s+Rp214\.000\.000/);
    expect(reply).not.toContain("Min. santunan JKM");
  });

  it("English: the floor said in English", async () => {
    const reply = await actor("en").say("my husband died in a work accident, salary 350 thousand, how much do we get?");
    expect(reply).toMatch(/Total\s+Rp42,000,000/);
    expect(reply).toContain("never less than the JKM payment");
  });
});

describe("#4 a wage after the JKK death answer computes the death benefit", () => {
  it("after 'Maksud Anda…?' whose first option is the JKK death entry: 'gaji suami 4jt'", async () => {
    const a = actor();
    await a.say("santunan kematian kecelakaan kerja brp");
    const reply = await a.say("gaji suami 4jt");
    expect(reply).toContain("Santunan meninggal karena kecelakaan kerja");
    expect(reply).toMatch(/Total\s+Rp214\.000\.000/);
  });

  it("after the JKK death entry itself (its button pressed)", async () => {
    const a = actor();
    await a.say("santunan kematian kecelakaan kerja brp");
    await a.press("kb:jkk-meninggal");
    expect(await a.say("gaji suami 4jt")).toMatch(/Total\s+Rp214\.000\.000/);
  });
});

describe("#5 JP benefit questions with years and a wage", () => {
  it("20 years at Rp5 juta: 1% × 20 × wage a month, with the caveats, not the contribution table", async () => {
    const reply = await actor().say("jp sy brp sebulan kl iuran 20 thn gaji 5jt");
    expect(reply).toContain("Perkiraan pensiun bulanan JP");
    expect(reply).toMatch(/Pensiun \/ bulan\s+Rp1\.000\.000/);
    expect(reply).toContain("indeksasi");
    expect(reply).toContain("PP 45/2015 Pasal 16-17");
    expect(reply).not.toContain("Total pemberi kerja");
    expect(reply).not.toMatch(/JP 1% .*Rp50\.000/);
  });

  it("12 years: no monthly pension, the lump-sum rule, no invented amount", async () => {
    const reply = await actor().say("masa iuran jp 12 thn gaji rata2 6jt pensiun sy brp");
    expect(reply).toContain("belum ada pensiun bulanan JP");
    expect(reply).toContain("minimal 15 tahun");
    expect(reply).toContain("sekaligus");
    expect(reply).toContain("PP 45/2015 Pasal 19-23");
    expect(reply).not.toMatch(/Rp\d/);
  });

  it("'kl 25 thn?' after it recomputes with those years", async () => {
    const a = actor();
    await a.say("masa iuran jp 12 thn gaji rata2 6jt pensiun sy brp");
    expect(await a.say("kl 25 thn?")).toMatch(/Pensiun \/ bulan\s+Rp1\.500\.000/);
  });
});

describe("#9 a figure in the question or in a follow-up is computed", () => {
  it("'saldo jht 60jt pajaknya brp': 5% of the part above Rp50 juta; 'kl 40jt?' then Rp0", async () => {
    const a = actor();
    const first = await a.say("saldo jht 60jt pajaknya brp");
    expect(first).toMatch(/5% × Rp10\.000\.000\s+Rp500\.000/);
    expect(first).toMatch(/Pajak PPh 21\s+Rp500\.000/);
    expect(first).toContain("PP 68/2009 Pasal 5");
    const second = await a.say("kl 40jt?");
    expect(second).toMatch(/Pajak PPh 21\s+Rp0/);
    expect(second).toContain("tidak kena pajak");
  });

  it("'saldo jht sy 60jt kena pajak ga' is the same calculation", async () => {
    expect(await actor().say("saldo jht sy 60jt kena pajak ga")).toMatch(/Pajak PPh 21\s+Rp500\.000/);
  });

  it("'saldo sy 80jt, 10% nya brp': Rp8.000.000 with its conditions", async () => {
    const reply = await actor().say("saldo sy 80jt, 10% nya brp");
    expect(reply).toMatch(/10% \(pensiun\)\s+Rp8\.000\.000/);
    expect(reply).toContain("minimal 10 tahun");
    expect(reply).toContain("PP 46/2015 jo. PP 60/2015");
  });

  it("'gaji sy 7jt' after the JKP answer computes JKP as 'gaji 7jt kena phk jkp brp' does", async () => {
    const a = actor();
    await a.say("gaji sy 5jt potongan bpjs brp"); // an earlier result is no obstacle
    await a.say("jkp dapat uang brp");
    const reply = await a.say("gaji sy 7jt");
    expect(reply).toContain("Perkiraan manfaat tunai JKP");
    expect(reply).toMatch(/6 bulan\s+Rp18\.000\.000/);
  });

  it("'gaji 5jt kecelakaan kerja ga bs kerja 14 bln dpt brp': STMB 12 × 100% + 2 × 50%", async () => {
    const reply = await actor().say("gaji 5jt kecelakaan kerja ga bs kerja 14 bln dpt brp");
    expect(reply).toContain("Perkiraan STMB");
    expect(reply).toMatch(/12 bln × 100%\s+Rp60\.000\.000/);
    expect(reply).toMatch(/2 bln × 50%\s+Rp5\.000\.000/);
    expect(reply).toMatch(/Total 14 bln\s+Rp65\.000\.000/);
    expect(reply).toContain("PP 82/2019");
  });

  it("'upah harian sy 150rb' after the STMB answer: STMB on 25 days' wage", async () => {
    const a = actor();
    await a.say("upah stmb brp");
    const reply = await a.say("upah harian sy 150rb");
    expect(reply).toMatch(/100% bln 1-12\s+Rp3\.750\.000/);
    expect(reply).toMatch(/50% sesudahnya\s+Rp1\.875\.000/);
  });
});
