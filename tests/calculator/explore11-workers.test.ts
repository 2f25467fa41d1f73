/**
 * Worker calculations as the eleventh exploratory testers typed them (/work/notes/explore11-formal.md
 * #1, #4, #5, #6, #8, #9, #15, #16, #17, #18, #20, #21; /work/notes/explore11-informal.md #1, #8, #12, #15, #16).
 *
 * Figures from knowledge/rules (pu.yaml, bpu.yaml, benefit.yaml, programs_extra.yaml, misc_extra.yaml):
 * - wage earner, lowest risk: JKK 0,24% + JKM 0,3% + JHT 3,7% + JP 2% (employer); JHT 2% + JP 1% (worker);
 *   JP on the wage up to the cap: 2024 Rp10.042.300 (solid), 2025 Rp10.547.400 (weak), 2026 Rp11.086.300 (weak).
 * - BPU: JKK 1% of the income (at least Rp1.000.000) + JKM Rp6.800.
 * - JKP 60% of the wage up to Rp5.000.000 for 6 months; JKK permanent total disability 56 × wage (solid, facts 9.4);
 *   JKM death Rp20.000.000 + Rp12.000.000 + Rp10.000.000; JHT partial 10% / 30% of the balance.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 111000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
const ask = (text: string, language = "id") => actor(language).say(text);

describe("formal #1 a head count written as N org/orang/pekerja with a wage is priced on the wage table", () => {
  it("20 pekerja pabrik upah 3,2 jt: employer 20 × Rp199.680 = Rp3.993.600", async () => {
    // per person: JKK 7.680 + JKM 9.600 + JHT 118.400 + JP 64.000 = 199.680 (employer); 64.000 + 32.000 = 96.000 (worker)
    const reply = await ask("20 pekerja pabrik upah 3,2 jt iuran perusahaan brp");
    expect(reply).toContain("Iuran karyawan per bulan");
    expect(reply).toMatch(/Pemberi kerja\s+Rp199\.680/);
    expect(reply).toMatch(/Pemberi kerja\s+Rp3\.993\.600/);
    expect(reply).not.toContain("Rp16.800");
  });

  it("5 org karyawan gaji 5jt: 5 × Rp462.000 = Rp2.310.000", async () => {
    // 5 jt: employer 12.000 + 15.000 + 185.000 + 100.000 = 312.000; worker 100.000 + 50.000 = 150.000; total 462.000
    const reply = await ask("5 org karyawan gaji 5jt iuran brp");
    expect(reply).toMatch(/Total\s+Rp462\.000/);
    expect(reply).toMatch(/Total\s+Rp2\.310\.000/);
    expect(reply).not.toContain("paket BPU termurah");
  });

  it("karyawan sy 8 orang gaji 4jt: 8 × Rp369.600 = Rp2.956.800", async () => {
    // 4 jt: employer 9.600 + 12.000 + 148.000 + 80.000 = 249.600; worker 120.000; total 369.600
    const reply = await ask("karyawan sy 8 orang gaji 4jt, iuran bpjs tk sebulan brp");
    expect(reply).toMatch(/Total\s+Rp2\.956\.800/);
    expect(reply).not.toContain("Rp134.400");
  });

  it("3 org gaji 5jt, 2 org gaji 8jt: different wages are asked one at a time, never the BPU package", async () => {
    const reply = await ask("3 org gaji 5jt, 2 org gaji 8jt, iuran total brp");
    expect(reply).toContain("Upahnya berbeda-beda");
    expect(reply).not.toContain("Rp84.000");
  });
});

describe("formal #4 JKP is not computed for someone retiring", () => {
  it.each(["pensiun umur 58 gaji 7jt jkp dapat?", "pensiun dini gaji 4 jt jkp brp"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply).toContain("JKP tidak berlaku untuk pensiun");
    // JHT in full at 56 (benefit.jht_full_age), JP monthly from 59 (benefit.jp_age_2025) with 15 years (benefit.jp_min_years)
    expect(reply).toContain("saldo JHT (penuh pada usia 56 tahun");
    expect(reply).toContain("mulai usia 59 tahun bila iuran JP minimal 15 tahun");
    expect(reply).not.toContain("Rp3.000.000");
    expect(reply).not.toContain("Rp2.400.000");
  });

  it("English: retiring, no JKP figure", async () => {
    const reply = await ask("I am retiring at 58, salary 7 million, how much JKP do I get", "en");
    expect(reply).toContain("JKP does not apply to retirement");
    expect(reply).not.toContain("Rp18,000,000");
  });

  it("laid off near retirement is still computed", async () => {
    const reply = await ask("di phk menjelang pensiun gaji 4jt jkp brp");
    expect(reply).toMatch(/6 bulan\s+Rp14\.400\.000/);
  });
});

describe("formal #5 the 30% JHT withdrawal with its tax asked is the partial withdrawal", () => {
  it.each(["jht 30% dari saldo 80 juta berapa, pajaknya?", "saldo jht sy 80 jt, 30% nya brp dan kena pajak brp"])("%s", async (question) => {
    // 30% × Rp80.000.000 = Rp24.000.000 (benefit.jht_partial_housing), taxed at progressive rates, not computed
    const reply = await ask(question);
    expect(reply).toMatch(/30% \(perumahan\)\s+Rp24\.000\.000/);
    expect(reply).toContain("minimal 10 tahun");
    expect(reply).toContain("tarif progresif");
    expect(reply).not.toContain("Rp78.500.000");
  });

  it("the lump-sum tax is still computed when no percent is written", async () => {
    const reply = await ask("saldo jht 80 juta pajaknya brp");
    expect(reply).toMatch(/Diterima bersih\s+Rp78\.500\.000/);
  });
});

describe("formal #6 the JP wage cap of the period named", () => {
  it("tahun 2024: the 2024 cap Rp10.042.300 → JP Rp200.846 / Rp100.423", async () => {
    // 2% × 10.042.300 = 200.846; 1% = 100.423
    const reply = await ask("gaji 10,8 jt iuran jp tahun 2024 brp");
    expect(reply).toMatch(/JP 2% \(PK\)\s+Rp200\.846/);
    expect(reply).toMatch(/JP 1% \(pkj\)\s+Rp100\.423/);
    expect(reply).toContain("batas upah JP 2024: Rp10.042.300");
    expect(reply).toContain("1 Maret 2024 sampai akhir Februari 2025");
  });

  it("februari 2026 is still under the March-2025 cap Rp10.547.400 (weak): Rp210.948 / Rp105.474", async () => {
    const reply = await ask("gaji 10,8 jt, iuran jp bulan februari 2026 brp");
    expect(reply).toMatch(/JP 2% \(PK\)\s+Rp210\.948/);
    expect(reply).toMatch(/JP 1% \(pkj\)\s+Rp105\.474/);
    expect(reply).toContain("belum terkonfirmasi");
  });

  // changed (audit 15): after the latest cap held, JP on it as a floor (caps only rise), said plainly, with 175
  it("maret 2027: no cap in the tables, the wage above the 2026 one: JP on the 2026 cap as a floor, with 175", async () => {
    const reply = await ask("gaji 12 jt iuran bpjs tk maret 2027");
    expect(reply).toContain("batas mulai Maret 2027 belum ada di data kami, jadi JP Maret 2027 saya hitung dengan batas 2026");
    expect(reply).toMatch(/JP 2% \(PK\)\s+Rp221\.726/);
    expect(reply).toMatch(/Total \(paling sedikit\)\s+Rp1\.081\.389/);
    expect(reply).toContain("175");
  });

  it("a year older than the caps held is said not to be in our data", async () => {
    const reply = await ask("gaji 10,8 jt iuran jp tahun 2022 brp");
    expect(reply).toContain("Batas upah JP untuk 2022 tidak ada di data kami, dan dulu batasnya lebih rendah");
    expect(reply).not.toMatch(/JP 1% \(pkj\)/);
  });

  it("a year of employees' totals past next March warns that the cap changes", async () => {
    const a = actor();
    await a.say("10 karyawan gaji 6 jt");
    const reply = await a.say("setahun brp");
    expect(reply).toContain("Batas upah JP naik setiap bulan Maret");
  });
});

describe("formal #8 a contract that ended: the JHT balance with card and KTP, no waiting period", () => {
  it.each(["kontrak sy habis sesuai jadwal, jkp dapat brp? gaji 3,8jt", "kontrak gak diperpanjang gaji 4jt jkp dapat brp"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply).toContain("tidak termasuk PHK yang dijamin JKP");
    expect(reply).toContain("kartu peserta dan KTP tanpa masa tunggu");
    expect(reply).not.toContain("masa tunggu 1 bulan");
  });
});

describe("formal #9 a UMK the user states is the floor of the base", () => {
  it("gaji 3 jt tp umk 4,8 jt: computed on Rp4.800.000 (employer Rp299.520, worker Rp144.000)", async () => {
    // 4,8 jt: 11.520 + 14.400 + 177.600 + 96.000 = 299.520; worker 96.000 + 48.000 = 144.000
    const reply = await ask("gaji karyawan 3 jt tp umk 4,8 jt, iuran dihitung dr mana");
    expect(reply).toMatch(/Pemberi kerja\s+Rp299\.520/);
    expect(reply).toMatch(/Dipotong dari gaji\s+Rp144\.000/);
    expect(reply).toContain("Upah Rp3.000.000 di bawah UMK/UMP Rp4.800.000 yang Anda sebut");
    expect(reply).not.toContain("Rp187.200");
  });

  it("a wage above the UMK stated is its own base, said checked", async () => {
    const reply = await ask("gaji karyawan 5 jt umk 4,8 jt iuran brp");
    expect(reply).toMatch(/Total\s+Rp462\.000/);
    expect(reply).toContain("tidak di bawah UMK/UMP Rp4.800.000");
  });
});

describe("formal #15 English follow-ups to a wage result", () => {
  it("'and if the risk class is medium?' recomputes; 'how much does the worker pay' gives the split", async () => {
    const a = actor("en");
    await a.say("6 employees salary 5 million each, how much is bpjs");
    // medium risk: JKK 0,89% × 5.000.000 = 44.500; employer 44.500 + 15.000 + 185.000 + 100.000 = 344.500
    const medium = await a.say("and if the risk class is medium?");
    expect(medium).toMatch(/Employer\s+Rp344,500/);
    const share = await a.say("how much does the worker pay");
    expect(share).toContain("Rp150,000 is deducted from the wage");
  });

  it("'and JP?' after a 12 million result: the JP lines said first, on the cap", async () => {
    // 2% × 11.086.300 = 221.726; 1% = 110.863; together 332.589
    const a = actor("en");
    await a.say("salary 12 million how much bpjs");
    const reply = await a.say("and JP?");
    expect(reply).toContain("JP a month: Rp221,726 from the employer (2%) + Rp110,863 deducted from the wage (1%) = Rp332,589, on Rp11,086,300");
  });
});

describe("formal #16 JKP with just a wage", () => {
  it.each([
    ["jkp gaji 2,5 jt", "Rp1.500.000", "Rp9.000.000"],
    ["jkp gaji 2500000", "Rp1.500.000", "Rp9.000.000"],
    ["jkp kl gaji Rp 3.200.000", "Rp1.920.000", "Rp11.520.000"],
  ])("%s", async (question, monthly, total) => {
    // 60% × wage (below the Rp5.000.000 cap), 6 months
    const reply = await ask(question);
    expect(reply).toMatch(new RegExp(`60% per bulan\\s+${monthly.replace(/\./g, "\\.")}`));
    expect(reply).toMatch(new RegExp(`6 bulan\\s+${total.replace(/\./g, "\\.")}`));
  });
});

describe("formal #17 benefits the facts define, with a wage", () => {
  it.each([
    ["gaji 4jt cacat total tetap santunannya brp", "Rp224.000.000"],
    ["gaji 5 jt cacat total karena kecelakaan kerja dapat brp", "Rp280.000.000"],
  ])("%s: 56 × wage", async (question, lumpSum) => {
    const reply = await ask(question);
    expect(reply).toMatch(new RegExp(`56 × upah\\s+${lumpSum.replace(/\./g, "\\.")}`));
    // facts 9.4 mark the 56× multiple solid: no single-source caveat (audit 13 item 11)
    expect(reply).not.toContain("satu sumber");
  });

  it("death from ordinary illness: JKM Rp42.000.000 whatever the wage", async () => {
    const reply = await ask("gaji 5jt, meninggal krn sakit biasa keluarga dpt brp");
    expect(reply).toContain("JKM");
    expect(reply).toMatch(/Total\s+Rp42\.000\.000/);
    expect(reply).toContain("minimal 3 tahun");
  });
});

describe("formal #18 the risk step takes its button label typed, and 'gk tau'", () => {
  it.each(["tidak tahu", "gk tau"])("%s: the lowest class, as the button", async (typed) => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:wage");
    await a.say("lima juta");
    const reply = await a.say(typed);
    expect(reply).toMatch(/Total\s+Rp462\.000/);
    expect(reply).not.toContain("Silakan pilih salah satu tombol");
  });

  it("the wage typed again at the risk step: said noted, the risk asked", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:wage");
    await a.say("lima juta");
    const reply = await a.say("5jt");
    expect(reply).toContain("Gaji Rp5.000.000 sudah saya catat");
  });

  it("English: 'don't know' typed", async () => {
    const a = actor("en");
    await a.say("/hitung");
    await a.press("calc:k:wage");
    await a.say("5 million");
    const reply = await a.say("don't know");
    expect(reply).toMatch(/Total\s+Rp462,000/);
  });

  it("'risiko tinggi' typed: that class", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:wage");
    await a.say("5jt");
    const reply = await a.say("risiko tinggi");
    expect(reply).toContain("risiko Tinggi");
  });
});

describe("formal #20 the JHT illustration says how the yearly return is applied", () => {
  it("5%/thn: a twelfth each month, compounded", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:jht");
    await a.say("5 jt");
    await a.say("10");
    const reply = await a.say("5");
    expect(reply).toContain("dihitung bulanan (5% dibagi 12 tiap bulan, dimajemukkan)");
  });
});

describe("formal #21 the JP cap's article is cited with the table", () => {
  it("PP 45/2015 Pasal 29(3)-(4) among the sources", async () => {
    const reply = await ask("gaji 12 jt potongan bpjs brp");
    expect(reply).toContain("PP 45/2015 Pasal 29(3)-(4)");
  });
});

describe("informal #1 a couple's total", () => {
  it("after Rp26.800, the wife on 1 jt: Rp26.800 + Rp16.800 = Rp43.600", async () => {
    const a = actor();
    await a.say("penghasilan sy 2jt iuran bpu brp");
    const reply = await a.say("kl istri sy jg ikut penghasilan 1jt jadi total brp");
    expect(reply).toContain("Rp26.800 + Rp16.800 = Rp43.600 per bulan");
  });

  it("both on 1 jt in one message: 2 × Rp16.800 = Rp33.600", async () => {
    const reply = await ask("sy sm istri mau ikut bpu penghasilan masing2 1 jt totalnya brp");
    expect(reply).toContain("Untuk 2 orang");
    expect(reply).toContain("Rp33.600 per bulan");
  });

  it("a couple with no income written: the cheapest package for 2, Rp33.600", async () => {
    const reply = await ask("sy sama suami mau daftar bpu brp total sebulan");
    expect(reply).toMatch(/2 orang \/ bulan\s+Rp33\.600/);
  });
});

describe("informal #8 a range typed at the form's income step is asked back, the form kept", () => {
  it("gk tentu kadang 1jt kadang 2jt, then 1,5jt", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:bpu");
    const range = await a.say("gk tentu kadang 1jt kadang 2jt");
    expect(range).toContain("adalah kisaran");
    expect(range).not.toContain("Isian tadi saya hentikan");
    // 1% × 1.500.000 + 6.800
    const reply = await a.say("1,5jt");
    expect(reply).toMatch(/Total \/ bulan\s+Rp21\.800/);
  });
});

describe("informal #12 income by the week or 'kadang'", () => {
  it("seminggu 500rb: the monthly income is asked", async () => {
    const reply = await ask("seminggu 500rb iuran bpu brp");
    expect(reply).toContain("Berapa rata-rata penghasilan Anda sebulan?");
  });

  it("sebulan dapet 3jt kadang 2jt: asked back as a range", async () => {
    const reply = await ask("sebulan dapet 3jt kadang 2jt brp iurannya");
    expect(reply).toContain("Anda menulis kisaran Rp2.000.000 sampai Rp3.000.000");
  });
});

describe("informal #15 a domestic worker's wage table says JP is not a household's duty", () => {
  it("gaji sy 2jt sebulan sy art", async () => {
    const reply = await ask("gaji sy 2jt sebulan sy art brp iuran bpjs tk");
    expect(reply).toContain("pekerja rumah tangga (ART/PRT)");
    expect(reply).toContain("Perpres 109/2013 Pasal 6");
  });
});

describe("informal #16 a laid-off worker hears of JHT too, and JKP with a closed employer", () => {
  it("pabriknya tutup, gaji 3 juta setengah: JKP Rp12.600.000, JHT after 1 month, Pasal 39A", async () => {
    // 60% × 3.500.000 = 2.100.000 × 6 = 12.600.000
    const reply = await ask(
      "saya kerja di pabrik garmen terus di phk karena pabriknya tutup gaji saya terakhir 3 juta setengah saya dapat apa aja dari bpjs ketenagakerjaan",
    );
    expect(reply).toMatch(/6 bulan\s+Rp12\.600\.000/);
    expect(reply).toContain("saldo JHT Anda bisa dicairkan penuh setelah masa tunggu 1 bulan");
    expect(reply).toContain("PP 6/2025 Pasal 39A");
  });
});

describe("acceptance 11 N2: an income of nothing is refused as the form refuses it", () => {
  it.each(["gaji 0 iuran brp", "penghasilan 0 iuran bpu brp", "penghasilan rp 0 sebulan iuran bpu"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply).toContain("Angkanya tidak boleh nol");
    expect(reply).not.toContain("PPh 21");
  });

  it("half a million ('gaji 0,5 jt') is still computed", async () => {
    expect(await ask("gaji 0,5 jt iuran brp")).toContain("Upah Rp500.000");
  });
});
