/**
 * Calculator defects from the twelfth exploratory test, English-speaking users
 * (/work/notes/explore12-en.md H2, H3, M2 first two bullets, M6, M8 calculator bullet, L2 last two bullets).
 *
 * Figures from knowledge/rules: pu.yaml employer JKK 0,24% + JKM 0,3% + JHT 3,7% + JP 2%, worker JHT 2% +
 * JP 1%, JP wage cap 2026 Rp11.086.300; misc_extra.foreign_min_months 6, foreign_jp (not settled, weak),
 * foreign_jkp (citizens only, PP 6/2025 Pasal 4); benefit.jkk_death_multiple 48, jkk_funeral Rp10 jt,
 * jkk_periodic Rp12 jt, jkk_disability_multiple 56; programs_extra.jkk_disability_base 80;
 * misc_extra.employer_late_fee 2%; bpu.yaml JKK 1% of income + JKM Rp6.800, minimum package Rp16.800;
 * village officials JKK+JKM 0,54% of the siltap (PP 44/2015 Pasal 16(1)).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

let nextId = 612000;
const english = () => chatActor(h, worker(nextId++, "en"));
const indonesian = () => chatActor(h, worker(nextId++));

describe("H2 a JHT balance asked in plain English is the illustration, not the monthly table", () => {
  it("'how much will my JHT be after 20 years with salary 5 million' asks only the return, then gives the balance", async () => {
    const a = english();
    const asked = await a.say("how much will my JHT be after 20 years with salary 5 million");
    expect(asked).toContain("The JHT balance depends on the yearly return");
    expect(asked).not.toContain("Monthly contributions for an employee");
    // 5,7% × Rp5.000.000 = Rp285.000 a month; × 240 months = Rp68.400.000 paid in; at 5%/12 a month,
    // compounded and rounded each month, the balance comes to Rp117.144.601 (the /hitung form's figure)
    const result = await a.press("calc:jret:5");
    expect(result).toContain("Rp285,000");
    expect(result).toContain("Rp68,400,000");
    expect(result).toContain("Rp117,144,601");
  });

  it("'estimate my JHT savings in 10 years, wage 6 million' asks the return, not 'Did you mean…?'", async () => {
    const a = english();
    const asked = await a.say("estimate my JHT savings in 10 years, wage 6 million");
    expect(asked).toContain("The JHT balance depends on the yearly return");
    expect(asked).not.toContain("Did you mean");
    // 5,7% × Rp6.000.000 = Rp342.000 a month; × 120 months = Rp41.040.000 paid in
    const result = await a.press("calc:jret:5");
    expect(result).toContain("Rp342,000");
    expect(result).toContain("Rp41,040,000");
    expect(result).toContain("Estimated balance");
  });

  it("the JHT contribution asked with a wage is still the monthly table", async () => {
    const reply = await english().say("how much is my jht contribution, salary 5 million");
    expect(reply).toContain("Monthly contributions for an employee");
  });
});

describe("H3 a foreign worker's wage: JP not settled, not a confident deduction", () => {
  it("English expat on 30 million: JKK/JKM/JHT in the table, JP said unsettled with what it would add", async () => {
    const reply = await english().say("i am an expat, my salary is 30 million, how much is deducted");
    // employer: JKK 0,24% Rp72.000 + JKM 0,3% Rp90.000 + JHT 3,7% Rp1.110.000 = Rp1.272.000
    // worker: JHT 2% Rp600.000 (no JP 1%: the Rp710.863 with JP is not the deduction)
    expect(reply).toContain("Rp1,272,000");
    expect(reply).toMatch(/Deducted from wage\s+Rp600,000/);
    expect(reply).toContain("Rp1,872,000");
    expect(reply).not.toContain("Rp710,863");
    expect(reply).not.toMatch(/JP 2% \(E\)\s{2,}Rp221,726/);
    // JP if it applies: 2% and 1% of the 2026 cap Rp11.086.300 = Rp221.726 and Rp110.863
    expect(reply).toContain("JP for foreign workers is not settled");
    expect(reply).toContain("JP 2% (E) Rp221,726 and JP 1% (W) Rp110,863");
    expect(reply).toContain("at least 6 months");
    expect(reply).toContain("JKP is for Indonesian citizens only");
    expect(reply).not.toContain("JKP adds no cost");
  });

  it("Indonesian: 'sy tka gaji 30 jt potongan brp'", async () => {
    const reply = await indonesian().say("sy tka gaji 30 jt potongan brp");
    expect(reply).toMatch(/Dipotong dari gaji\s+Rp600\.000/);
    expect(reply).not.toContain("Rp710.863");
    expect(reply).toContain("JP untuk tenaga kerja asing belum pasti");
    expect(reply).toContain("Rp221.726");
    expect(reply).toContain("JKP hanya untuk WNI");
  });

  it("below the cap the JP that would apply is on the wage: foreign worker on 8 million", async () => {
    const reply = await english().say("foreign worker salary 8 million, how much is the bpjs deduction");
    // JP if it applies: 2% × Rp8.000.000 = Rp160.000, 1% = Rp80.000; the table's worker line is JHT 2% Rp160.000 alone
    expect(reply).toContain("JP 2% (E) Rp160,000 and JP 1% (W) Rp80,000");
    expect(reply).toMatch(/Deducted from wage\s+Rp160,000/);
  });

  it("a higher risk class pressed keeps the foreign worker's caveat", async () => {
    const a = english();
    await a.say("i am an expat, my salary is 30 million, how much is deducted");
    // JKK high 1,27% × Rp30.000.000 = Rp381.000
    const reply = await a.press("calc:risk:high");
    expect(reply).toContain("Rp381,000");
    expect(reply).toContain("JP for foreign workers is not settled");
  });

  it("an Indonesian employee's table keeps JP", async () => {
    const reply = await english().say("my salary is 30 million, how much is deducted");
    expect(reply).toContain("Rp710,863");
    expect(reply).not.toContain("not settled");
  });
});

describe("M2 work-accident death and permanent disability in ordinary English", () => {
  it("'how much does my family get if i die in a work accident, salary 4 million'", async () => {
    const reply = await english().say("how much does my family get if i die in a work accident, salary 4 million");
    // 48 × Rp4.000.000 = Rp192.000.000 + funeral Rp10.000.000 + periodic Rp12.000.000 = Rp214.000.000
    expect(reply).toContain("Rp192,000,000");
    expect(reply).toContain("Rp214,000,000");
    expect(reply).not.toContain("Did you mean");
  });

  it("'permanent disability benefit salary 5 million': the total disability, the partial one said to depend on the injury", async () => {
    const reply = await english().say("permanent disability benefit salary 5 million");
    // 56 × Rp5.000.000 = Rp280.000.000
    expect(reply).toContain("Rp280,000,000");
    expect(reply).toContain("× 80 × the monthly wage");
    expect(reply).not.toContain("Did you mean");
  });

  it("'total permanent disability' says no more than the total", async () => {
    const reply = await english().say("total permanent disability benefit if my wage is 5 million");
    expect(reply).toContain("Rp280,000,000");
    expect(reply).not.toContain("partial");
  });
});

describe("M6 the late fine reads 'for 3 months'", () => {
  it("English: 2% × Rp5.000.000 × 3 = Rp300.000", async () => {
    const reply = await english().say("late fine 2% on 5 million contribution for 3 months");
    // 2% × Rp5.000.000 = Rp100.000 a month; × 3 months = Rp300.000
    expect(reply).toContain("Rp100,000");
    expect(reply).toMatch(/Late 3 months\s+Rp300,000/);
    expect(reply).not.toContain("How many months late was not said");
  });

  it("Indonesian: 'denda telat iuran 5 jt selama 3 bulan brp'", async () => {
    const reply = await indonesian().say("denda telat iuran 5 jt selama 3 bulan brp");
    expect(reply).toContain("Rp300.000");
  });
});

describe("M8 the village form's months step is English on an English phone", () => {
  it("the examples are English and 'a year' is taken", async () => {
    const a = english();
    await a.say("/hitung");
    await a.press("calc:k:village");
    await a.say("0");
    const prompt = await a.say("10");
    expect(prompt).toContain("For how many months?");
    expect(prompt).toContain("a year");
    expect(prompt).not.toContain("setahun");
    expect(prompt).not.toContain("bulan");
    // 10 vulnerable workers × Rp16.800 = Rp168.000 a month; × 12 = Rp2.016.000
    const reply = await a.say("a year");
    expect(reply).toContain("Rp168,000");
    expect(reply).toContain("Rp2,016,000");
  });
});

describe("L2 follow-ups that add to the result before", () => {
  it("'what about my wife, she earns 1.5 million' after a BPU result gives the couple's total", async () => {
    const a = english();
    await a.say("my income is 2 million, how much bpu contribution");
    const reply = await a.say("what about my wife, she earns 1.5 million");
    // hers: 1% × Rp1.500.000 = Rp15.000 + JKM Rp6.800 = Rp21.800; his: Rp20.000 + Rp6.800 = Rp26.800
    // together Rp48.600 a month, × 12 = Rp583.200 a year
    expect(reply).toContain("Rp21,800");
    expect(reply).toContain("Rp26,800 + Rp21,800 = Rp48,600");
    expect(reply).toContain("Rp583,200");
  });

  it("Indonesian: 'kl istri sy penghasilan 1,5 jt?' adds her too", async () => {
    const a = indonesian();
    await a.say("penghasilan sy 2 jt iuran bpu brp");
    const reply = await a.say("kl istri sy penghasilan 1,5 jt?");
    expect(reply).toContain("Rp26.800 + Rp21.800 = Rp48.600");
  });

  it("'and 50 vulnerable workers, how much per year' after 10 officials adds them", async () => {
    const a = english();
    await a.say("contribution for 10 village officials siltap 2 million for a year");
    const reply = await a.say("and 50 vulnerable workers, how much per year");
    // officials: 0,54% × Rp2.000.000 = Rp10.800 × 10 = Rp108.000; workers: 50 × Rp16.800 = Rp840.000
    // Rp948.000 a month, × 12 = Rp11.376.000
    expect(reply).toContain("Village officials: 10");
    expect(reply).toContain("Rp948,000");
    expect(reply).toContain("Rp11,376,000");
  });

  it("Indonesian: 'tambah 50 pekerja rentan, setahun brp' after 10 officials adds them as well", async () => {
    const a = indonesian();
    await a.say("iuran 10 perangkat desa siltap 2 juta setahun");
    const reply = await a.say("tambah 50 pekerja rentan, setahun brp");
    expect(reply).toContain("Rp948.000");
    expect(reply).toContain("Rp11.376.000");
  });

  it("another village stays a budget of its own", async () => {
    const a = english();
    await a.say("contribution for 10 village officials siltap 2 million for a year");
    const reply = await a.say("and another village with 50 vulnerable workers, how much per year");
    // 50 × Rp16.800 × 12 = Rp10.080.000, no officials
    expect(reply).toContain("Rp10,080,000");
    expect(reply).not.toContain("Village officials");
  });
});

describe("L2 a changed figure is not people added", () => {
  it("'dan kalau 20 perangkat siltap 2 juta?' after 10 officials prices the 20, not 30", async () => {
    const a = indonesian();
    await a.say("iuran 10 perangkat desa siltap 2 juta setahun");
    const reply = await a.say("dan kalau 20 perangkat siltap 2 juta setahun?");
    // 20 × 0,54% × Rp2.000.000 = 20 × Rp10.800 = Rp216.000 a month; × 12 = Rp2.592.000
    expect(reply).toContain("Rp216.000");
    expect(reply).toContain("Rp2.592.000");
    expect(reply).not.toContain("Rp324.000");
  });
});
