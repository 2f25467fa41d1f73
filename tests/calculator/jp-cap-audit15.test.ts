/**
 * Audit 15 on the JP wage cap of the period asked: a year alone is a period only in period context (H1),
 * abbreviated month names (H2), months before the earliest cap held have no JP (H3), months after the
 * latest cap held are priced on it as a floor, labelled and said, whatever the path (H4, H5, H6), and
 * the estimate warning only above the highest confirmed cap on an unconfirmed one (M1).
 *
 * Figures from knowledge/rules/pu.yaml: pu.jp_cap_2024 Rp10.042.300 (solid), pu.jp_cap_2025 Rp10.547.400
 * and pu.jp_cap_2026 Rp11.086.300 (weak), none before March 2024 or from March 2027. Wage earners: JKK
 * very low 0,24%, JKM 0,3%, JHT 3,7% + 2%, JP 2% + 1% up to the cap; 12 jt on the 2026 cap =
 * 28.800 + 36.000 + 444.000 + 240.000 + 221.726 + 110.863 = 1.081.389. Officials: JKK+JKM 0,54% and JP 3%.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 151500;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
const ask = (text: string, language = "id") => actor(language).say(text);
const rowOf = (label: string, amount: string) => new RegExp(`${label.replace(/[()]/g, "\\$&")}\\s+${amount.replace(/\./g, "\\.")}`);
/** The audit's clock: the 2026 cap in force, none held from March 2027. */
const NOV_2026 = Date.parse("2026-11-27T05:00:00Z");

describe("H1 a year alone is the JP period only in period context", () => {
  it.each([
    ["masuk kerja 2020 gaji 12 jt potongan jp berapa", "Rp1.081.389"],
    ["saya kerja dari 2019 gaji 15 jt iuran jp brp", "Rp1.268.589"],
    ["gaji 12 jt kontrak sampai 2027 iuran jp brp", "Rp1.081.389"],
    ["gaji 12 jt sejak 2025 iuran bpjs tk brp", "Rp1.081.389"],
    ["masuk kerja tahun 2020 gaji 12 jt potongan jp berapa", "Rp1.081.389"],
    ["kerja sejak jan 2020 gaji 12 jt iuran jp brp", "Rp1.081.389"],
  ])("'%s': today's 2026 cap, JP 221.726 + 110.863, total %s", async (text, total) => {
    const reply = await at(NOV_2026, () => ask(text));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp221.726"));
    expect(reply).toMatch(rowOf("Total", total));
    expect(reply).not.toMatch(/Untuk 20(19|20|25|27)|Batas upah JP untuk|sebelum Maret 2024/);
  });

  it("'umk 2025 gaji 5,4 jt': no period read, JP on the wage, no estimate warning", async () => {
    const reply = await at(NOV_2026, () => ask("umk 2025 gaji 5,4 jt iuran bpjs tk brp"));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp108.000"));
    expect(reply).not.toContain("Untuk 2025");
    expect(reply).not.toContain("belum terkonfirmasi");
  });

  it("'… perdes 2024': the coming 12 months (December 2026–November 2027), not 2024: 12 × 5 × 397.389 at least", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 5 perangkat siltap 12 jt dgn jp, perdes 2024"));
    expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp23.843.340"));
    expect(reply).not.toContain("2024 saya hitung");
  });

  it("a year after a calculation word or ending the question is still the period", async () => {
    expect(await at(NOV_2026, () => ask("gaji 12 jt iuran bpjs tk 2025"))).toMatch(rowOf("JP 2% (PK)", "Rp210.948"));
    expect(await at(NOV_2026, () => ask("gaji 12 jt berapa iuran jp nya 2024 brp?"))).toMatch(rowOf("Total", "Rp1.050.069"));
  });
});

describe("H2 abbreviated month names are read like full ones", () => {
  it("'gaji 12jt potongan jp feb 2026': the 2025 cap, 210.948 + 105.474, total Rp1.065.222", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 12jt potongan jp feb 2026"));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp210.948"));
    expect(reply).toMatch(rowOf("JP 1% (pkj)", "Rp105.474"));
    expect(reply).toMatch(rowOf("Total", "Rp1.065.222"));
    expect(reply).toContain("Untuk Februari 2026 dipakai batas upah JP 2025");
  });

  it("'gaji 12 jt iuran bpjs tk feb 2025': the confirmed 2024 cap, Rp1.050.069, no estimate warning", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 12 jt iuran bpjs tk feb 2025"));
    expect(reply).toMatch(rowOf("Total", "Rp1.050.069"));
    expect(reply).not.toContain("perkiraan");
  });

  it("'jan 2026' and English 'feb 2026' are under the 2025 cap", async () => {
    expect(await at(NOV_2026, () => ask("gaji 12jt iuran jp jan 2026"))).toMatch(rowOf("Total", "Rp1.065.222"));
    expect(await at(NOV_2026, () => ask("salary 12 million jp contribution feb 2026", "en"))).toMatch(rowOf("Total", "Rp1,065,222"));
  });
});

describe("H3 months before the earliest cap held: JP left out, said, totals labelled", () => {
  it("'iuran kades siltap 9,8 jt dgn jp tahun 2024': 2 × 52.920 + 10 × 346.920 = Rp3.575.040 without January–February's JP", async () => {
    const reply = await at(NOV_2026, () => ask("iuran kades siltap 9,8 jt dgn jp tahun 2024"));
    expect(reply).toMatch(rowOf("12 bulan (tanpa sebagian JP)", "Rp3.575.040"));
    expect(reply).toContain("jadi JP Januari–Februari 2024 tidak saya hitung dan tidak masuk total; tanyakan ke call center 175");
    expect(reply).toContain("• Januari–Februari 2024: 2 × Rp52.920 = Rp105.840 (belum termasuk JP)");
    expect(reply).not.toContain("Masukkan total ini");
  });

  it("'iuran 3 kadus siltap 9,8 jt dgn jp januari sampai desember 2024': Rp10.725.120", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 3 kadus siltap 9,8 jt dgn jp januari sampai desember 2024"));
    expect(reply).toMatch(rowOf("12 bulan (tanpa sebagian JP)", "Rp10.725.120"));
  });

  it("a wage of 9,8 jt in January 2024: JP out of the total (Rp611.520), with 175", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 9,8 jt iuran bpjs tk januari 2024"));
    expect(reply).not.toMatch(/JP 2% \(PK\)/);
    expect(reply).toMatch(rowOf("Total", "Rp611.520"));
    expect(reply).toContain("dulu batasnya lebih rendah");
    expect(reply).toContain("175");
  });

  it("'gaji 10 jt iuran jp tahun 2023': Rp624.000 without JP, said once", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 10 jt iuran jp tahun 2023"));
    expect(reply).toMatch(rowOf("Total", "Rp624.000"));
    expect(reply).not.toContain("Januari–Februari 2023");
  });
});

describe("H4/H5 village months after the latest cap held: the 2026 cap as a floor, the same total written or not", () => {
  it("'kades 12 jt + 8 perangkat 3 jt dengan jp tahun 2027': 12 × 1.246.989 = Rp14.963.868 at least, no 'Masukkan total ini'", async () => {
    const reply = await at(NOV_2026, () => ask("iuran kades siltap 12 jt + 8 perangkat 3 jt dengan jp tahun 2027"));
    expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp14.963.868"));
    expect(reply).toContain("Rp14.963.868 adalah angka paling sedikit, bukan angka pasti");
    expect(reply).toContain("tambahkan cadangan");
    expect(reply).toContain("Batas upah JP naik setiap Maret; batas mulai Maret 2027 belum ada di data kami, jadi JP Maret–Desember 2027 saya hitung dengan batas 2026");
    expect(reply).not.toContain("Masukkan total ini");
  });

  it("no period (December 2026–November 2027) and the same months written give the same Rp23.843.340, both at least", async () => {
    const unwritten = await at(NOV_2026, () => ask("iuran 5 perangkat siltap 12 jt dengan jp"));
    const written = await at(NOV_2026, () => ask("iuran 5 perangkat siltap 12 jt dengan jp desember 2026 sampai november 2027"));
    for (const reply of [unwritten, written]) {
      expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp23.843.340"));
      expect(reply).toContain("jadi JP Maret–November 2027 saya hitung dengan batas 2026 (Rp11.086.300)");
    }
  });

  it("'kl tahun depan?' after 2026 and 'kl 2 tahun?' are floors too", async () => {
    const a = actor();
    await at(NOV_2026, () => a.say("iuran 3 kadus siltap 12 jt dgn jp tahun 2026"));
    expect(await at(NOV_2026 + 5_000, () => a.say("kl tahun depan?"))).toMatch(rowOf("12 bulan (paling sedikit)", "Rp14.306.004"));
    const b = actor();
    await at(NOV_2026, () => b.say("iuran 5 perangkat siltap 12 jt dengan jp"));
    expect(await at(NOV_2026 + 5_000, () => b.say("kl 2 tahun?"))).toMatch(rowOf("24 bulan (paling sedikit)", "Rp47.686.680"));
  });

  it("a siltap below the latest cap held is unaffected: 'april 2026 sampai maret 2027' on 11 jt, Rp23.364.000, no floor", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 5 perangkat siltap 11 jt dengan jp april 2026 sampai maret 2027"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp23.364.000"));
    expect(reply).not.toContain("paling sedikit");
    expect(reply).toContain("Masukkan total ini");
  });
});

describe("H6 a wage over months is summed run by run", () => {
  it("'gaji 12 jt iuran jp desember 2026 sampai maret 2027': 4 × 1.081.389 = Rp4.325.556 at least, March said", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 12 jt iuran jp desember 2026 sampai maret 2027"));
    expect(reply).toMatch(rowOf("Total (paling sedikit)", "Rp4.325.556"));
    expect(reply).toContain("jadi JP Maret 2027 saya hitung dengan batas 2026");
  });

  it("'gaji 12 jt iuran jp februari sampai maret 2026': February on the 2025 cap, March on the 2026 one = Rp2.146.611", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 12 jt iuran jp februari sampai maret 2026"));
    expect(reply).toMatch(rowOf("Total", "Rp2.146.611"));
    expect(reply).toContain("• Februari 2026: 1 × Rp1.065.222 = Rp1.065.222 (batas 2025, perkiraan)");
  });

  it("months before the earliest cap held in a span: 'gaji 9 jt iuran jp januari sampai april 2024' leaves out Jan–Feb's JP", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 9 jt iuran jp januari sampai april 2024"));
    // 2 × (21.600 + 27.000 + 333.000 + 180.000) + 2 × (561.600 + 270.000)
    expect(reply).toMatch(rowOf("Total (tanpa sebagian JP)", "Rp2.786.400"));
    expect(reply).toContain("jadi JP Januari–Februari 2024 tidak saya hitung");
  });
});

describe("M1 the estimate warning only above the highest confirmed cap on an unconfirmed one", () => {
  it("wages of 8 jt and 9 jt get none; 11 jt on the 2026 cap does, also in March 2027", async () => {
    expect(await at(NOV_2026, () => ask("iuran bpjs tk gaji 8 jt"))).not.toContain("belum terkonfirmasi");
    expect(await at(NOV_2026, () => ask("iuran bpjs tk gaji 9 jt"))).not.toContain("belum terkonfirmasi");
    expect(await at(NOV_2026, () => ask("iuran bpjs tk gaji 11 jt"))).toContain("Batas upah JP 2026 belum terkonfirmasi");
    expect(await at(NOV_2026, () => ask("gaji 11 jt iuran jp maret 2027"))).toContain("Batas upah JP 2026 belum terkonfirmasi");
  });

  it("a siltap of 11 jt (between the confirmed 2024 cap and the 2026 one) is warned, in Indonesian and English", async () => {
    expect(await at(NOV_2026, () => ask("iuran 5 perangkat siltap 11 jt dengan jp"))).toContain("Batas upah JP 2026 belum terkonfirmasi");
    expect(await at(NOV_2026, () => ask("contribution for 5 village officials siltap 11 million with jp in 2027", "en"))).toContain("The 2026 JP wage cap is not confirmed");
  });
});

describe("M4/M5 replies a village head can use", () => {
  it("one official with no period: a month's figure, the period asked for the APBDes total instead of 'Masukkan total ini'", async () => {
    const reply = await at(NOV_2026, () => ask("iuran kades siltap 15 jt dengan jp"));
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp413.589"));
    expect(reply).not.toContain("Masukkan total ini");
    expect(reply).toContain("Ini iuran sebulan");
  });

  it("a split-cap budget with the village's share stays compact: one line per cap run, under 2.200 characters", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 10 perangkat siltap 12 jt dengan jp tahun 2025 bagian desa brp"));
    // 10 × (64.800 + 301.269) × 2 + 10 × (64.800 + 316.422) × 10
    expect(reply).toMatch(rowOf("12 bulan", "Rp45.443.580"));
    expect(reply).toContain("• Januari–Februari 2025: 2 × Rp3.660.690 = Rp7.321.380 (batas 2024)");
    expect(reply).not.toContain("Total masa ini di tabel");
    expect(reply.length).toBeLessThan(2_200);
  });
});

describe("M3 two years named for a village budget", () => {
  // changed (village reading): two years named are January of the first to December of the second
  it("'… dengan jp tahun 2025 dan 2026' is January 2025–December 2026, each month on its cap, never one year dropped", async () => {
    const reply = await at(NOV_2026, () => ask("iuran kades siltap 15 jt dengan jp tahun 2025 dan 2026"));
    // 81.000 JKK+JKM; JP 2 × 301.269 (2024 cap) + 12 × 316.422 (2025) + 10 × 332.589 (2026):
    // 2 × 382.269 + 12 × 397.422 + 10 × 413.589 = 9.669.492
    expect(reply).toMatch(rowOf("24 bulan", "Rp9.669.492"));
  });
});

describe("H4 several villages' combined total", () => {
  it("a sum containing a floor is said to be one", async () => {
    const reply = await at(NOV_2026, () => ask("desa A 5 perangkat siltap 12 jt, desa B 8 perangkat siltap 12 jt, iuran setahun dengan jp masing2 brp dan totalnya"));
    expect(reply).toMatch(/Semua 2 desa, 12 bulan: Rp[\d.]+ .*Angka ini paling sedikit/);
  });
});

describe("M2: 'tahun depan' after a wage is the period, not a yearly income", () => {
  it("'gaji 12 jt tahun depan iuran bpjs tk brp': the wage earner's table, JP on the 2026 cap as a floor, never the BPU yearly-income question", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 12 jt tahun depan iuran bpjs tk brp"));
    expect(reply).toContain("Iuran karyawan per bulan");
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp221.726"));
    expect(reply).toContain("paling sedikit");
    expect(reply).not.toContain("penghasilan per minggu, per tahun");
  });

  it("a yearly income is still asked as a monthly one: 'penghasilan 60 jt tahun brp iuran bpu'", async () => {
    const reply = await at(NOV_2026, () => ask("penghasilan 60 jt tahun brp iuran bpu"));
    expect(reply).toContain("Berapa rata-rata penghasilan Anda sebulan?");
  });
});
