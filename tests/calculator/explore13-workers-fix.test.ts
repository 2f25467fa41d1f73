/**
 * Worker calculations from the thirteenth exploration's second report (/work/notes/explore13-workers.md
 * #1, #2, #3, #6, #7, #9, #10, #11, #12, #13), through the whole bot.
 *
 * Figures from knowledge/rules:
 * - misc_extra.daily_wage_multiplier 25: Rp150.000 a day = Rp3.750.000 a month.
 * - pu.yaml, lowest risk: employer JKK 0,24% + JKM 0,3% + JHT 3,7% + JP 2%; worker JHT 2% + JP 1%.
 *   On Rp3.750.000: employer 9.000 + 11.250 + 138.750 + 75.000 = 234.000; worker 75.000 + 37.500 = 112.500; total 346.500.
 *   On Rp4.000.000: worker 80.000 + 40.000 = 120.000.
 * - misc_extra.jp_mandatory_firms: usaha kecil dan mikro tidak wajib JP (Perpres 109/2013 Pasal 6).
 * - benefit.jht_partial_min_years 10 (PP 46/2015 jo. PP 60/2015); jht_wait_months 1; jht_full_age 56.
 * - benefit.jp_formula_percent 1% a year; jp_min_benefit_2024 Rp393.500: 2jt × 15% = 300.000 < 393.500.
 *   JP cap 2026 Rp11.086.300 × 25% = Rp2.771.575.
 * - benefit.stmb_full_months 12 at 100%, then 50%: 4jt × 3 = 12.000.000; 12 × 4jt + 3 × 2jt = 54.000.000.
 * - benefit JKK death 48 × income + funeral 10.000.000 + periodic 12.000.000: 2jt → 118.000.000; JKM 42.000.000.
 * - bpu.yaml: Rp2.000.000 → JKK 1% 20.000 + JKM 6.800 = 26.800.
 * - pu.jkk_very_low 0,24%, pu.jkk_very_high 1,74%.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, labelPressingActor, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 713000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
const ask = (text: string, language = "id") => actor(language).say(text);
const rowOf = (label: string, amount: string) => new RegExp(`${label.replace(/[.*+?()[\]]/g, "\\$&")}\\s+${amount.replace(/\./g, "\\.")}`);

describe("#1 a daily wage stays a day's; a fortnight's is no month's", () => {
  it("'gaji harian 150rb sebulan': 25 × Rp150.000 = Rp3.750.000, total Rp346.500", async () => {
    const reply = await ask("gaji harian 150rb sebulan iuran bpjs brp");
    expect(reply).toContain("Rp3.750.000");
    expect(reply).toMatch(rowOf("Pemberi kerja", "Rp234.000"));
    expect(reply).toMatch(rowOf("Dipotong dari gaji", "Rp112.500"));
    expect(reply).toMatch(rowOf("Total", "Rp346.500"));
  });

  it("'gaji 2jt per 2 minggu': not counted as a month's wage", async () => {
    const reply = await ask("gaji 2jt per 2 minggu iuran bpjs");
    expect(reply).toContain("tidak saya ubah sendiri ke sebulan");
    expect(reply).not.toContain("Rp184.800");
  });
});

describe("#2 an employee of a micro business is on the wage table, JP said not mandatory", () => {
  it.each(["usaha mikro punya karyawan gaji 2,5jt iuran bpjs tk brp", "usaha mikro gaji karyawan 2,5jt wajib jp ga iurannya brp"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply).not.toContain("BPU");
    expect(reply).toContain("Upah Rp2.500.000");
    expect(reply).toContain("Usaha mikro dan kecil tidak wajib mendaftarkan pekerjanya ke JP");
    expect(reply).toContain("Perpres 109/2013");
  });

  it("a warung's employees get the same JP caveat", async () => {
    const reply = await ask("sy punya warung karyawan 2 org gaji 2jt iuran bpjs tk brp");
    expect(reply).toContain("Usaha mikro dan kecil tidak wajib");
  });
});

describe("#3 partial JHT below the minimum membership: not yet, no amounts", () => {
  it.each([
    ["baru kerja 5 th mau ambil jht 10% saldo 20jt bisa?", "5 tahun", "Rp2.000.000"],
    ["kerja 3 th mau ambil jht 30% buat dp rumah saldo 40jt", "3 tahun", "Rp12.000.000"],
  ])("%s", async (q, member, amount) => {
    const reply = await ask(q);
    expect(reply).toContain("Belum bisa");
    expect(reply).toContain("minimal 10 tahun");
    expect(reply).toContain(`Anda menyebut ${member}`);
    expect(reply).toContain("PP 46/2015");
    expect(reply).toContain("usia 56 tahun");
    expect(reply).not.toContain(amount);
  });

  it("12 years of membership: the amount is given", async () => {
    const reply = await ask("sudah kerja 12 tahun mau ambil jht 10% saldo 50jt");
    expect(reply).toContain("Rp5.000.000");
    expect(reply).not.toContain("Belum bisa");
  });
});

describe("#6 JP estimate: the year of the minimum, and the minimum as the bottom line", () => {
  it("'jp gaji 2jt 15 tahun': formula Rp300.000, paid at least Rp393.500, year 2024", async () => {
    const reply = await ask("jp gaji 2jt 15 tahun dapat brp");
    expect(reply).toMatch(rowOf("Hasil rumus", "Rp300.000"));
    expect(reply).toMatch(rowOf("Dibayar (minimal)", "Rp393.500"));
    expect(reply).not.toMatch(/Pensiun \/ bulan\s+Rp300\.000/);
    expect(reply).toContain("(angka 2024)");
    expect(reply).toContain("Rp393.500 sebulan pada 2024");
    expect(reply).not.toContain("pada ;");
  });

  it("above the minimum the monthly line stays", async () => {
    const reply = await ask("pensiun jp gaji 6jt masa kerja 20th");
    expect(reply).toMatch(rowOf("Pensiun / bulan", "Rp1.200.000"));
    expect(reply).not.toContain("pada ;");
  });
});

it("#7 'jp gaji 20jt masa iuran 25 tahun': the pension, capped (Rp2.771.575), not the contribution table", async () => {
  const reply = await ask("jp gaji 20jt masa iuran 25 tahun");
  expect(reply).toContain("Perkiraan pensiun bulanan JP");
  expect(reply).toContain("Rp2.771.575");
  expect(reply).not.toContain("Iuran karyawan per bulan");
});

describe("#9 STMB computed from the wage, its months changed by 'kl 15 bln'", () => {
  it("'stmb gaji 4jt 3 bln' → Rp12.000.000; 'kl 15 bln' → Rp54.000.000", async () => {
    const a = actor();
    const first = await a.say("stmb gaji 4jt 3 bln");
    expect(first).toContain("Perkiraan STMB");
    expect(first).not.toContain("STMB hanya dibayar");
    expect(first).toContain("Rp12.000.000");
    const next = await a.say("kl 15 bln");
    expect(next).toContain("Rp54.000.000");
    expect(next).not.toMatch(/Batas bayar iuran/);
  });

  it("'sy ga bisa kerja 3 bln gaji 4jt dpt brp': STMB, never JP or JKP", async () => {
    const reply = await ask("sy ga bisa kerja 3 bln gaji 4jt dpt brp");
    expect(reply).toContain("Perkiraan STMB");
    expect(reply).toContain("STMB hanya dibayar bila tidak mampu bekerja karena kecelakaan kerja atau penyakit akibat kerja");
    expect(reply).toContain("Rp12.000.000");
    expect(reply).not.toContain("JKP");
  });
});

it("#10 'sy kuli bangunan gaji 4jt potongan bpjs': the deduction from the wage, Rp120.000", async () => {
  const reply = await ask("sy kuli bangunan gaji 4jt potongan bpjs");
  expect(reply).toContain("Upah Rp4.000.000");
  expect(reply).toMatch(rowOf("Dipotong dari gaji", "Rp120.000"));
});

describe("#11 death with a stated income, and a death from illness after a JKK result", () => {
  it("a fisherman's 2jt: 48 × 2jt + 10jt + 12jt = Rp118.000.000", async () => {
    const reply = await ask("nelayan penghasilan 2jt meninggal kecelakaan pas melaut ahli waris dapet brp");
    expect(reply).toContain("Rp118.000.000");
    expect(reply).not.toContain("Rp70.000.000");
  });

  it("an ojol's 1jt: Rp70.000.000", async () => {
    const reply = await ask("ojol meninggal kecelakaan penghasilan dilaporkan 1jt ahli waris dapat brp");
    expect(reply).toContain("Rp70.000.000");
  });

  it("'kl meninggalnya krn sakit brp' after a JKK death result: JKM Rp42.000.000", async () => {
    const a = actor();
    expect(await a.say("suami sy meninggal kecelakaan kerja gajinya 4jt dpt brp")).toContain("Rp214.000.000");
    expect(await a.say("kl gaji 5jt?")).toContain("Rp262.000.000");
    const jkm = await a.say("kl meninggalnya krn sakit brp");
    expect(jkm).toContain("JKM");
    expect(jkm).toContain("Rp42.000.000");
  });
});

it("#12 'wa bpjs buat pmi nomornya brp': a number asked, no contribution table", async () => {
  const reply = await ask("wa bpjs buat pmi nomornya brp");
  expect(reply).toContain("+62 811 9115910");
  expect(reply).not.toContain("Rp37.500");
  expect(reply).not.toContain("Iuran JKK + JKM pekerja migran");
});

describe("#13 the job and the days the user states", () => {
  it("mining named: the lowest class said unlikely, the classes to choose, no rate invented", async () => {
    const reply = await ask("gaji 3,2jt kerja di tambang potongan bpjs nya brp");
    expect(reply).toContain("Anda menyebut pekerjaan tambang: risiko terendah (JKK 0,24%) jarang berlaku");
    expect(reply).toContain("1,74%");
    expect(reply).toContain("pilih tingkat risikonya di bawah");
  });

  it("a risk class named with the job: no warning", async () => {
    const reply = await ask("gaji 3,2jt kerja di tambang risiko sangat tinggi potongan bpjs nya brp");
    expect(reply).not.toContain("Anda menyebut pekerjaan");
  });

  it("'100rb sehari kerja 20 hari sebulan': Rp2.000.000, Rp26.800", async () => {
    const reply = await ask("penghasilan 100rb sehari kerja 20 hari sebulan iuran bpu");
    expect(reply).toContain("× 20 hari kerja sebulan");
    expect(reply).toContain("Rp2.000.000");
    expect(reply).toContain("Rp26.800");
    expect(reply).not.toContain("× 25 hari");
  });
});

describe("#9 and #13 in a conversation", () => {
  it("after a broken leg at the factory, 'ga bisa kerja 3 bln gaji 4jt' → STMB Rp12.000.000; 'kl sampe 15 bln' → Rp54.000.000", async () => {
    const a = actor();
    await a.say("kaki sy patah jatuh di pabrik, biaya rs ditanggung ga");
    const stmb = await a.say("sy ga bisa kerja 3 bln gaji 4jt dpt brp");
    expect(stmb).toContain("Perkiraan STMB");
    expect(stmb).toContain("Rp12.000.000");
    const later = await a.say("kl sampe 15 bln");
    expect(later).toContain("Rp54.000.000");
    expect(later).not.toContain("JP");
  });

  it("the mining warning stays on 'kl 5jt' and goes once a risk class is chosen", async () => {
    const u = labelPressingActor(h, worker(nextId++, "id"));
    const first = await u.say("gaji 3,2jt kerja di tambang potongan bpjs nya brp");
    expect(first.text).toContain("Anda menyebut pekerjaan tambang");
    const high = first.buttons.find((b) => /sangat tinggi/i.test(b));
    expect(high).toBeDefined();
    const again = await u.say("kl 5jt");
    expect(again.text).toContain("Upah Rp5.000.000");
    expect(again.text).toContain("Anda menyebut pekerjaan tambang");
    const chosen = await u.press(again.buttons.find((b) => /sangat tinggi/i.test(b))!);
    expect(chosen.text).toContain("JKK 1,74%");
    expect(chosen.text).not.toContain("Anda menyebut pekerjaan tambang");
  });
});
