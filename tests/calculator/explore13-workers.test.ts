/**
 * Worker calculations as the thirteenth exploratory testers typed them (/work/notes/explore13-workers.md
 * #6, #16, #24, #25, #26, #27, #28), through the whole bot.
 *
 * Figures from knowledge/rules:
 * - pu.yaml, lowest risk: JKK 0,24% + JKM 0,3% + JHT 3,7% + JP 2% (employer); JHT 2% + JP 1% (worker).
 *   On Rp3.000.000: employer 7.200 + 9.000 + 111.000 + 60.000 = 187.200; worker 60.000 + 30.000 = 90.000; total 277.200.
 * - misc_extra.daily_wage_multiplier: a day's pay × 25 (only for an amount bound to "sehari"/"harian").
 * - programs_extra.jht_tax_*: lump sum 0% up to Rp50.000.000, 5% above (PP 68/2009 Pasal 5).
 * - programs_extra.jht_progressive_*: 5% up to Rp60.000.000, 15% to Rp250.000.000, 25% to Rp500.000.000;
 *   20% higher without an NPWP (UU PPh Pasal 17 jo. UU HPP).
 * - programs_extra.jkp_consecutive_months: 6 months in a row before the layoff (PP 37/2021, single).
 * - special.yaml: PMI before work 37.500, 24 months 332.500, each extension month 13.500;
 *   Jakon 0,24% up to Rp100 jt, 0,19% to Rp500 jt, 0,15% to Rp1 M, 0,12% to Rp5 M (single), above that no rate.
 * - benefit.yaml: JKK death 48 × income + funeral 10.000.000 + periodic 12.000.000; JKM Rp42.000.000.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, labelPressingActor, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 613000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
const ask = (text: string, language = "id") => actor(language).say(text);
const rowOf = (label: string, amount: string) => new RegExp(`${label.replace(/[.*+?()[\]]/g, "\\$&")}\\s+${amount.replace(/\./g, "\\.")}`);

/** A user whose last message's buttons are seen and pressed by their labels. */
const buttonUser = (language = "id") => labelPressingActor(h, worker(nextId++, language));

describe("#25 a daily worker's monthly wage is never multiplied by 25", () => {
  it.each([
    "sy buruh harian, gaji sebulan 3 jt, iuran brp",
    "gaji 3 juta per bulan sy pekerja harian iuran bpjs brp",
    "gaji 3jt sebulan, kerja harian 120rb sehari iuran brp",
  ])("%s: Rp3.000.000 a month, employee or BPU asked", async (question) => {
    const reply = await ask(question);
    expect(reply).toContain("Penghasilan Rp3.000.000 sebulan sudah saya catat");
    expect(reply).not.toContain("Rp75.000.000");
  });

  it("Karyawan pressed: the wage table on Rp3.000.000, worker Rp90.000, total Rp277.200", async () => {
    const u = buttonUser();
    const asked = await u.say("sy buruh harian, gaji sebulan 3 jt, iuran brp");
    expect(asked.buttons).toEqual(["👷 Karyawan (ada pemberi kerja)", "🧑‍🔧 Pekerja mandiri (BPU)"]);
    const wage = await u.press("👷 Karyawan (ada pemberi kerja)");
    expect(wage.text).toContain("Upah Rp3.000.000");
    expect(wage.text).toMatch(rowOf("Pemberi kerja", "Rp187.200"));
    expect(wage.text).toMatch(rowOf("Dipotong dari gaji", "Rp90.000"));
    expect(wage.text).toMatch(rowOf("Total", "Rp277.200"));
    expect(wage.text).not.toContain("× 25 hari");
  });

  it("'sy kerja harian gaji 3jt': a day's Rp3 juta is asked back; 'sebulan' → the kind asked → karyawan → Rp277.200", async () => {
    const a = actor();
    const asked = await a.say("sy kerja harian gaji 3jt iuran brp");
    expect(asked).toContain("Penghasilan Rp3.000.000 itu sehari atau sebulan?");
    expect(asked).not.toContain("Rp75.000.000");
    expect(await a.say("sebulan")).toContain("Penghasilan Rp3.000.000 sebulan sudah saya catat");
    const wage = await a.say("karyawan");
    expect(wage).toMatch(rowOf("Total", "Rp277.200"));
  });

  it("answered 'sehari': taken as the day's pay it was confirmed to be", async () => {
    const a = actor();
    await a.say("sy kerja harian gaji 3jt iuran brp");
    expect(await a.say("sehari")).toContain("Penghasilan Rp3.000.000 sehari sudah saya catat");
  });

  it("a plausible day rate is still counted × 25: 120rb sehari asks the kind with the day rate", async () => {
    expect(await ask("kerja harian 120rb sehari iuran brp")).toContain("Penghasilan Rp120.000 sehari sudah saya catat");
  });

  it("an employee's daily wage of Rp3 juta is asked back too, not priced as Rp75 juta", async () => {
    const reply = await ask("upah 3 jt sehari karyawan iuran brp");
    expect(reply).toContain("sehari atau sebulan?");
    expect(reply).not.toContain("Rp75.000.000");
  });
});

describe("#6 the JHT tax row shows the balance there is", () => {
  it("saldo 20 jt: 0% × Rp20.000.000, not × Rp50.000.000", async () => {
    const reply = await ask("saldo jht 20 juta pajaknya brp");
    expect(reply).toMatch(rowOf("0% × Rp20.000.000", "Rp0"));
    expect(reply).not.toContain("× Rp50.000.000");
  });

  it("saldo 120 jt: 0% × Rp50.000.000 and 5% × Rp70.000.000 = Rp3.500.000", async () => {
    const reply = await ask("saldo jht 120 juta pajaknya brp");
    expect(reply).toMatch(rowOf("0% × Rp50.000.000", "Rp0"));
    expect(reply).toMatch(/Rp3\.500\.000/);
  });
});

describe("#24 the JKP conditions name the 6 months in a row before the layoff, still flagged", () => {
  it("jkp 4,8 jt: Rp2.880.000 × 6 = Rp17.280.000 with both conditions and the ⚠️", async () => {
    const reply = await ask("jkp dapat brp kalau gaji 4,8 jt");
    expect(reply).toMatch(rowOf("6 bulan", "Rp17.280.000"));
    expect(reply).toContain("minimal 12 bulan dalam 24 bulan terakhir, termasuk 6 bulan berturut-turut sebelum PHK");
    expect(reply).toContain("belum terkonfirmasi");
  });

  it("English: including 6 months in a row before the layoff", async () => {
    const reply = await ask("how much jkp if my salary is 4.8 million and i was laid off", "en");
    expect(reply).toContain("including 6 months in a row before the layoff");
  });
});

describe("#26 a PMI contract with an extension: both lines and the total", () => {
  it("kontrak 2 tahun diperpanjang 3 bulan: 37.500 + 332.500 + 3 × 13.500 = Rp410.500", async () => {
    const reply = await ask("pmi kontrak 2 tahun diperpanjang 3 bulan iurannya brp");
    expect(reply).toMatch(rowOf("Kontrak 24 bulan", "Rp332.500"));
    expect(reply).toMatch(rowOf("Perpanjangan 3 bulan", "Rp40.500"));
    expect(reply).toMatch(rowOf("Total", "Rp410.500"));
  });

  it("kontrak 12 bulan, perpanjang 6 bulan: 37.500 + 189.000 + 81.000 = Rp307.500", async () => {
    const reply = await ask("tki ke taiwan kontrak 12 bulan, nanti perpanjang 6 bulan, iuran brp");
    expect(reply).toMatch(rowOf("Total", "Rp307.500"));
  });
});

describe("#27 a construction project's value is priced tier by tier", () => {
  it("proyek 200 juta: 0,24% × 100 jt + 0,19% × 100 jt = Rp430.000", async () => {
    const reply = await ask("proyek 200 juta iuran jakon brp");
    expect(reply).toMatch(rowOf("0,24% × Rp100.000.000", "Rp240.000"));
    expect(reply).toMatch(rowOf("0,19% × Rp100.000.000", "Rp190.000"));
    expect(reply).toMatch(rowOf("Iuran JKK + JKM", "Rp430.000"));
    expect(reply).not.toContain("Maksud Anda");
  });

  it("nilai kontrak 2 miliar: 240.000 + 760.000 + 750.000 + 1.200.000 = Rp2.950.000, the 0,12% tier flagged", async () => {
    const reply = await ask("nilai kontrak 2 miliar jakon brp");
    expect(reply).toMatch(rowOf("0,12%* × Rp1.000.000.000", "Rp1.200.000"));
    expect(reply).toMatch(rowOf("Iuran JKK + JKM", "Rp2.950.000"));
    expect(reply).toContain("baru dari satu sumber");
  });

  it("proyek 7 miliar: the first Rp5 M priced (Rp6.550.000), the rest said unknown with 175", async () => {
    const reply = await ask("proyek 7 milyar iuran jakon berapa");
    expect(reply).toMatch(rowOf("s.d. Rp5.000.000.000", "Rp6.550.000"));
    expect(reply).toContain("tarifnya tidak ada di data kami");
    expect(reply).toContain("175");
    expect(reply).not.toMatch(/Iuran JKK \+ JKM\s+Rp/);
  });

  it("a labourer's day wage on a project is still left to the knowledge", async () => {
    expect(await ask("kuli proyek upah harian 150rb, iuran jakon brp")).not.toContain("🧮");
  });
});

describe("#28 the partial JHT withdrawal's tax is estimated, flagged", () => {
  it("30% dari saldo 80 juta: Rp24.000.000, 5% × Rp24.000.000 = Rp1.200.000; without NPWP Rp1.440.000", async () => {
    const reply = await ask("jht 30% dari saldo 80 juta pajaknya");
    expect(reply).toMatch(rowOf("30% (perumahan)", "Rp24.000.000"));
    expect(reply).toContain("Perkiraan saja");
    expect(reply).toContain("5% × Rp24.000.000 = Rp1.200.000");
    expect(reply).toContain("Rp1.440.000");
    expect(reply).toContain("175");
  });
});

describe("#16 a death asked right after a contribution result uses the income just given", () => {
  it("BPU 2 jt, then 'kalau sy meninggal di laut keluarga dapet brp': 48 × 2 jt + 10 jt + 12 jt = Rp118.000.000", async () => {
    const a = actor();
    expect(await a.say("penghasilan sy 2 jt iuran bpu brp")).toMatch(rowOf("Total / bulan", "Rp26.800"));
    const reply = await a.say("kalau sy meninggal di laut keluarga dapet brp");
    expect(reply).toMatch(rowOf("48 × upah", "Rp96.000.000"));
    expect(reply).toMatch(rowOf("Total", "Rp118.000.000"));
    expect(reply).toContain("kematian biasa dibayar lewat JKM");
    expect(reply).not.toContain("Rp70.000.000");
  });

  it("wage 4 jt, then a work-accident death: 48 × 4 jt + 10 jt + 12 jt = Rp214.000.000", async () => {
    const a = actor();
    await a.say("gaji 4 jt potongan bpjs brp");
    expect(await a.say("kalau sy meninggal kecelakaan kerja keluarga dapat brp")).toMatch(rowOf("Total", "Rp214.000.000"));
  });

  it("a death from illness after a BPU result: JKM Rp42.000.000", async () => {
    const a = actor();
    await a.say("penghasilan sy 2 jt iuran bpu brp");
    expect(await a.say("kalau sy meninggal karena sakit keluarga dapat brp")).toContain("Rp42.000.000");
  });

  it("someone else's death is not priced on the writer's income", async () => {
    const a = actor();
    await a.say("penghasilan sy 2 jt iuran bpu brp");
    expect(await a.say("kalau suami sy meninggal dapet brp")).not.toContain("Rp118.000.000");
  });
});
