/**
 * Calculator defects still open after acceptance round 11 (/work/notes/acceptance11-workers.md N4, N5, N6,
 * informal #6 and #12, formal #10 (STMB) and #13; /work/notes/acceptance11-village-officers.md N3, #2, #11),
 * each through the real bot, asserting what the user sees.
 *
 * Figures from knowledge/rules:
 * - wage earner, lowest risk (pu.yaml): employer JKK 0,24% + JKM 0,3% + JHT 3,7% + JP 2%; worker JHT 2% + JP 1%.
 * - BPU (bpu.yaml): JKK 1% of the income (at least Rp1.000.000) + JKM Rp6.800; the cheapest package Rp16.800.
 * - a day's wage × 25 a month (misc_extra.daily_wage_multiplier).
 * - STMB (benefit.yaml, programs_extra.yaml): 100% of the wage for the first 12 months, then 50%.
 * - employer's late fine (misc_extra.employer_late_fee): 2% a month of the contribution paid late, as reported by the media
 *   (the facts name no regulation for it, audit 13 item 2).
 * - village officials (pu.yaml): JKK at the class named (medium 0,89%) + JKM 0,3% of the siltap.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, labelPressingActor, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 511000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
const ask = (text: string, language = "id") => actor(language).say(text);
const rowOf = (label: string, amount: string) => new RegExp(`${label}\\s+${amount.replace(/\./g, "\\.")}`);

/** A user whose last message's buttons are seen and pressed by their labels. */
const buttonUser = (language = "id") => labelPressingActor(h, worker(nextId++, language));

describe("N4 'setahun brp' right after the mixed-wage message keeps the payroll context", () => {
  it("says the different wages are computed one at a time for that period, no pension or scholarship buttons", async () => {
    const a = actor();
    await a.say("12 karyawan gaji 5 jt iuran brp");
    expect(await a.say("3 org gaji 5jt, 2 org gaji 8jt, iuran total brp")).toContain("Upahnya berbeda-beda");
    const reply = await a.say("setahun brp");
    expect(reply).toContain("Upahnya berbeda-beda (pertanyaan Anda tadi), jadi total 12 bulan");
    expect(reply).not.toContain("Maksud Anda");
    expect(reply).not.toContain("beasiswa");
  });
});

describe("N5 a range written '3jtan kadang 2jt' shows its two amounts as buttons", () => {
  it("[Rp2.000.000][Rp3.000.000]; Rp3.000.000 then BPU: 30.000 + 6.800 = Rp36.800", async () => {
    const u = buttonUser();
    const asked = await u.say("sebulan dapet 3jtan kadang 2jt brp iurannya");
    expect(asked.text).toContain("Pilih angkanya di bawah");
    expect(asked.buttons).toEqual(expect.arrayContaining(["Rp2.000.000", "Rp3.000.000"]));
    // whose income it is was not said: asked next, with two buttons
    const kind = await u.press("Rp3.000.000");
    expect(kind.text).toContain("Penghasilan Rp3.000.000 sebulan sudah saya catat");
    expect(kind.buttons).toEqual(["👷 Karyawan (ada pemberi kerja)", "🧑‍🔧 Pekerja mandiri (BPU)"]);
    const result = await u.press("🧑‍🔧 Pekerja mandiri (BPU)");
    expect(result.text).toMatch(rowOf("Total / bulan", "Rp36.800"));
  });
});

describe("N6 the calculator's English says 1 month, not 1 month(s)", () => {
  it("JKP for a layoff: the JHT waiting period of 1 month (benefit.jht_wait_months)", async () => {
    const reply = await ask("jkp how much if my salary is 8 million", "en");
    expect(reply).toContain("a waiting period of 1 month from the layoff");
    expect(reply).not.toContain("month(s)");
  });

  it("resigning: 'a waiting period of 1 month.'", async () => {
    const reply = await ask("I resigned, salary 5 million, how much JKP", "en");
    expect(reply).toContain("after a waiting period of 1 month.");
    expect(reply).not.toContain("month(s)");
  });

  it("a budget that covers one month: 150.000 ÷ (10 × 10.800 = 108.000) = 1 month, Rp42,000 left", async () => {
    const reply = await ask("budget 150 thousand, 10 officials earning 2 million, enough for how many months", "en");
    expect(reply).toContain("covers 1 month of contributions");
    expect(reply).toContain("Rp42,000 left over");
    expect(reply).not.toContain("1 months");
  });
});

describe("informal #6 follow-ups to a BPU result", () => {
  it("'kl istri sy?' asks her income, then adds it: Rp26.800 + Rp16.800 = Rp43.600", async () => {
    // 2 jt: JKK 20.000 + JKM 6.800 = 26.800; 1 jt: 10.000 + 6.800 = 16.800
    const a = actor();
    await a.say("penghasilan sy 2jt iuran bpu brp");
    const asked = await a.say("kl istri sy?");
    expect(asked).toContain("ikut BPU sebagai peserta sendiri");
    expect(asked).toContain("Berapa penghasilannya sebulan?");
    expect(asked).not.toContain("Maksud Anda");
    const total = await a.say("1jt");
    expect(total).toContain("Rp26.800 + Rp16.800 = Rp43.600 per bulan");
  });

  it("'ora usah jht, sing murah wae' after the JHT figure: the package without JHT again, Rp26.800", async () => {
    // with JHT 2%: 26.800 + 40.000 = 66.800; without: 26.800
    const a = actor();
    await a.say("penghasilan sy 2jt iuran bpu brp");
    expect(await a.say("kl tambah jht jd brp")).toMatch(rowOf("Total / bulan", "Rp66.800"));
    const reply = await a.say("ora usah jht, sing murah wae");
    expect(reply).not.toContain("Maksud Anda");
    expect(reply).toMatch(rowOf("Total / bulan", "Rp26.800"));
  });
});

describe("informal #12 a day labourer is asked whether they are an employee or self-employed", () => {
  it("'sy kuli harian sehari dpt 100rb …': two buttons; Karyawan → the wage table on 100.000 × 25 = Rp2.500.000", async () => {
    // employer 6.000 + 7.500 + 92.500 + 50.000 = 156.000; worker 50.000 + 25.000 = 75.000; total 231.000
    const u = buttonUser();
    const asked = await u.say("sy kuli harian sehari dpt 100rb iuran bpjs tk brp");
    expect(asked.text).toContain("Penghasilan Rp100.000 sehari sudah saya catat");
    expect(asked.buttons).toEqual(["👷 Karyawan (ada pemberi kerja)", "🧑‍🔧 Pekerja mandiri (BPU)"]);
    const wage = await u.press("👷 Karyawan (ada pemberi kerja)");
    expect(wage.text).toContain("Upah Rp2.500.000");
    expect(wage.text).toMatch(rowOf("Total", "Rp231.000"));
  });

  it("'kl 2,5 jt sebulan' while the question waits: that income, still asked; 'mandiri' → 25.000 + 6.800 = Rp31.800", async () => {
    const a = actor();
    await a.say("sy kuli harian sehari dpt 100rb iuran bpjs tk brp");
    const again = await a.say("kl 2,5 jt sebulan");
    expect(again).toContain("Penghasilan Rp2.500.000 sebulan sudah saya catat");
    expect(await a.say("mandiri")).toMatch(rowOf("Total / bulan", "Rp31.800"));
  });

  it("BPU pressed after the day rate, then 'kl 2,5 jt sebulan': Rp31.800", async () => {
    const u = buttonUser();
    await u.say("sy kuli harian sehari dpt 100rb iuran bpjs tk brp");
    expect((await u.press("🧑‍🔧 Pekerja mandiri (BPU)")).text).toMatch(rowOf("Total / bulan", "Rp31.800"));
    expect((await u.say("kl 2,5 jt sebulan")).text).toMatch(rowOf("Total / bulan", "Rp31.800"));
  });
});

describe("formal #10 the wage given after the STMB answer computes STMB", () => {
  it("'kl gaji sy 4 jt dpt brp sebulan selama gak kerja': Rp4.000.000 a month for 12 months, then Rp2.000.000", async () => {
    const a = actor();
    expect(await a.say("apa itu stmb")).toContain("STMB");
    const reply = await a.say("kl gaji sy 4 jt dpt brp sebulan selama gak kerja");
    expect(reply).toMatch(rowOf("100% bln 1-12", "Rp4.000.000"));
    expect(reply).toMatch(rowOf("50% sesudahnya", "Rp2.000.000"));
  });
});

describe("formal #13 the employer's late fine with the contribution written", () => {
  it("'iuran bulan oktober telat 2 bulan, iurannya 3 jt, dendanya brp': 2% × 3.000.000 × 2 = Rp120.000", async () => {
    const a = actor();
    const reply = await a.say("iuran bulan oktober telat 2 bulan, iurannya 3 jt, dendanya brp");
    expect(reply).toMatch(rowOf("Denda 2% / bulan", "Rp60.000"));
    expect(reply).toMatch(rowOf("Telat 2 bulan", "Rp120.000"));
    expect(reply).toContain("ditanggung seluruhnya oleh pemberi kerja");
    expect(reply).toContain("Sumber: ketentuan BPJS Ketenagakerjaan (dilaporkan media)");
    expect(reply).not.toContain("PP 44/2015");
    // "kl 3 bulan?": 60.000 × 3
    expect(await a.say("kl 3 bulan?")).toMatch(rowOf("Telat 3 bulan", "Rp180.000"));
  });

  it("after a wage result, 'kl telat bayar 1 bulan dendanya brp': 2% of a month's 12 × 462.000 = 5.544.000 → Rp110.880", async () => {
    const a = actor();
    await a.say("12 karyawan gaji 5 jt iuran brp");
    const reply = await a.say("kl telat bayar 1 bulan dendanya brp");
    expect(reply).toContain("Rp5.544.000");
    expect(reply).toMatch(rowOf("Telat 1 bulan", "Rp110.880"));
    expect(reply).not.toContain("Maksud Anda");
  });

  it("a wage written in the question: 2% of 10 × 462.000 = 4.620.000 → Rp92.400 a month, Rp184.800 for 2 months", async () => {
    const reply = await ask("10 karyawan gaji 5 jt, telat bayar iuran 2 bulan dendanya brp");
    expect(reply).toContain("Rp4.620.000");
    expect(reply).toMatch(rowOf("Telat 2 bulan", "Rp184.800"));
  });

  it("English, after a wage result: 'Late 1 month', Rp110,880", async () => {
    const a = actor("en");
    await a.say("12 employees salary 5 million contribution");
    const reply = await a.say("what is the penalty if I pay 1 month late");
    expect(reply).toMatch(/Late 1 month\s+Rp110,880/);
  });

  it("a BPU participant's contribution gets no fine computed (a guard: it passed before too)", async () => {
    expect(await ask("iuran bpu 16800 telat 2 bulan dendanya brp")).not.toContain("Denda telat bayar iuran (pemberi kerja)");
  });
});

describe("village N3 BPD members put on the BPU package are named as BPD members", () => {
  it("'klo pakai paket bpu aja brp' after 7 BPD members: Anggota BPD, 7 × 16.800 × 12 = Rp1.411.200", async () => {
    const a = actor();
    await a.say("brp iuran utk 7 anggota bpd tunjangan 800rb setahun");
    const reply = await a.say("klo pakai paket bpu aja brp");
    expect(reply).toContain("Anggota BPD: 7 org (paket BPU JKK+JKM)");
    expect(reply).not.toContain("Pekerja rentan");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.411.200"));
  });
});

describe("village #2 a risk class named with no head count asks how many", () => {
  it("'iuran jkk jkm perangkat desa siltap 2 jt risiko sedang': asked, then '5': 5 × (17.800 + 6.000) × 12 = Rp1.428.000", async () => {
    const a = actor();
    const asked = await a.say("iuran jkk jkm perangkat desa siltap 2 jt risiko sedang");
    expect(asked).toContain("Berapa orang aparat desa");
    expect(asked).not.toContain("1 org");
    const reply = await a.say("5");
    expect(reply).toContain("Aparat desa: 5 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.428.000"));
    expect(reply).toContain("saya hitung 12 bulan");
  });
});

describe("village #11 RT/RW, Linmas and kader on an honor, on their own, are named for what they are", () => {
  it("20 RT and 5 RW, then 'tambah 10 linmas': 25 × 16.800 × 12 = Rp5.040.000, then 35 → Rp7.056.000", async () => {
    const a = actor();
    const reply = await a.say("sy sekdes, mau hitung iuran 20 RT dan 5 RW honor 300 ribu sebulan");
    expect(reply).toContain("Ketua RT/Ketua RW: 25 org (paket BPU JKK+JKM)");
    expect(reply).not.toContain("Pekerja rentan");
    expect(reply).toMatch(rowOf("12 bulan", "Rp5.040.000"));
    const added = await a.say("tambah 10 linmas");
    expect(added).toContain("Ketua RT/Ketua RW/Linmas: 35 org");
    expect(added).toMatch(rowOf("12 bulan", "Rp7.056.000"));
  });

  it.each([
    ["iuran 20 linmas honor 500 ribu setahun", "Linmas: 20 org", "Rp4.032.000"], // 20 × 16.800 × 12
    ["iuran 15 kader posyandu setahun", "Kader: 15 org", "Rp3.024.000"], // 15 × 16.800 × 12
    ["iuran 20 rt/rw honor 300rb setahun", "Ketua RT/Ketua RW: 20 org", "Rp4.032.000"], // 20 × 16.800 × 12
  ])("%s → %s", async (question, label, total) => {
    const reply = await ask(question);
    expect(reply).toContain(label);
    expect(reply).not.toContain("Pekerja rentan");
    expect(reply).toMatch(rowOf("12 bulan", total));
  });
});
