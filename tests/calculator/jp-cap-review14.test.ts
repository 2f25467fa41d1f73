/**
 * Review 14 on the JP wage cap of the period asked: a year written without "tahun" (H1), a village
 * budget's total summed over the caps of its months (H2), month names as the calendar writes them
 * (LOW 1), and a year asked as a follow-up to a wage or village result (M7).
 *
 * Figures from knowledge/rules/pu.yaml: pu.jp_cap_2024 Rp10.042.300 (solid), pu.jp_cap_2025
 * Rp10.547.400 and pu.jp_cap_2026 Rp11.086.300 (weak), none for 2023 or from March 2027. Wage earners:
 * JKK very low 0,24%, JKM 0,3%, JHT 3,7% + 2%, JP 2% + 1% up to the cap. Officials: JKK+JKM 0,54%
 * (12 jt → 64.800) and JP 3% (pu.jp_total) of the siltap up to the cap: 301.269 (2024), 316.422
 * (2025), 332.589 (2026).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 141400;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
const ask = (text: string, language = "id") => actor(language).say(text);
const rowOf = (label: string, amount: string) => new RegExp(`${label.replace(/[()]/g, "\\$&")}\\s+${amount.replace(/\./g, "\\.")}`);
/** Today in these tests, and a few seconds later for each next message of a conversation. */
const NOV_2026 = Date.parse("2026-11-27T05:00:00Z");
const step = (n: number) => NOV_2026 + n * 5_000;

describe("H1 a year written without 'tahun' picks that year's JP cap", () => {
  it("'gaji 12 jt iuran bpjs tk 2025': the 2025 cap (2% × 10.547.400), January–February on the 2024 one", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 12 jt iuran bpjs tk 2025"));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp210.948"));
    expect(reply).toMatch(rowOf("JP 1% (pkj)", "Rp105.474"));
    expect(reply).toContain("Januari–Februari 2025 masih memakai batas upah JP 2024 (Rp10.042.300), jadi JP kedua bulan itu Rp200.846 (PK) + Rp100.423 (pkj).");
  });

  it("'iuran jp 2024 gaji 12jt': the 2024 cap, total 28.800 + 36.000 + 444.000 + 240.000 + 200.846 + 100.423 = Rp1.050.069", async () => {
    const reply = await at(NOV_2026, () => ask("iuran jp 2024 gaji 12jt"));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp200.846"));
    expect(reply).toMatch(rowOf("JP 1% (pkj)", "Rp100.423"));
    expect(reply).toMatch(rowOf("Total", "Rp1.050.069"));
  });

  it("'gaji 12 jt iuran jp di 2025': the 2025 cap", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 12 jt iuran jp di 2025"));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp210.948"));
    expect(reply).toContain("Untuk 2025 dipakai batas upah JP 2025");
  });

  it("a regulation's year is no period: 'sesuai PP 45/2015' stays on today's 2026 cap", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 12 jt iuran jp sesuai PP 45/2015 brp"));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp221.726")); // 2% × 11.086.300
    expect(reply).not.toContain("Untuk 2015");
  });
});

describe("H2 a village budget's total is summed over the caps of its months", () => {
  it("'… dengan jp 2025' (no 'tahun'): 5 × (64.800 + 301.269) × 2 + 5 × (64.800 + 316.422) × 10 = Rp22.721.790", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 5 kadus siltap 12 jt dengan jp 2025"));
    expect(reply).toMatch(rowOf("JP 3%", "Rp316.422"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp22.721.790"));
    // one line per run (audit 15 M5)
    expect(reply).toContain("• Januari–Februari 2025: 2 × Rp1.830.345 = Rp3.660.690 (batas 2024)");
    expect(reply).toContain("• Maret–Desember 2025: 10 × Rp1.906.110 = Rp19.061.100 (batas 2025, perkiraan)");
    expect(reply).not.toContain("sedikit berbeda");
  });

  it("'januari sampai desember 2026': 5 × 381.222 × 2 + 5 × 397.389 × 10 = Rp23.681.670", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 5 kadus siltap 12 jt dengan jp januari sampai desember 2026"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp23.681.670"));
  });

  it("'tahun depan' (2027): March–December's JP on the 2026 cap as a floor (audit 15 H4): 12 × 1.986.945 = Rp23.843.340 at least", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 5 kadus siltap 12 jt dengan jp tahun depan"));
    expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp23.843.340"));
    // one warning: the cap used, the floor after it and that cap unconfirmed (audit 16 N9)
    expect(reply).toContain("JP dihitung dari batas upah JP 2026, bukan dari seluruh siltap. Batas upah JP naik setiap Maret; batas mulai Maret 2027 belum ada di data kami, jadi JP Maret–Desember 2027 saya hitung dengan batas 2026 (Rp11.086.300) — angka sebenarnya bisa lebih tinggi, dan batas 2026 sendiri belum terkonfirmasi; pastikan ke call center 175");
    expect(reply).not.toContain("jadi JP di atas perkiraan");
    expect(reply).not.toContain("Masukkan total ini");
  });

  it("what the village pays and what is deducted add up to the summed total: 16.443.860 + 6.277.930", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 5 kadus siltap 12 jt dengan jp tahun 2025 bagian desa brp bagian perangkat brp"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp22.721.790"));
    // deducted: 5 × 100.423 × 2 + 5 × 105.474 × 10
    expect(reply).toContain("Untuk 12 bulan: bagian desa Rp16.443.860, dipotong dari siltap Rp6.277.930.");
  });

  it("in English, each run with its confidence", async () => {
    const reply = await at(NOV_2026, () => ask("contribution for 5 village officials siltap 12 million with jp in 2025", "en"));
    expect(reply).toMatch(rowOf("12 months", "Rp22,721,790"));
    expect(reply).toContain("• January–February 2025: 2 × Rp1,830,345 = Rp3,660,690 (2024 cap)");
  });
});

describe("LOW 1 month names are capitalised as the calendar writes them", () => {
  it("'januari 2026' typed is said 'Januari 2026'; 'maret 2027' 'Maret 2027'", async () => {
    expect(await at(NOV_2026, () => ask("gaji 12 jt iuran jp januari 2026"))).toContain("Untuk Januari 2026 dipakai batas upah JP 2025");
    expect(await at(NOV_2026, () => ask("gaji 12 jt iuran jp bulan maret 2027"))).toContain("jadi JP Maret 2027 saya hitung dengan batas 2026");
  });

  it("in English: 'For January 2026'", async () => {
    expect(await at(NOV_2026, () => ask("salary 12 million jp contribution in january 2026", "en"))).toContain("For January 2026 the 2025 JP wage cap is used");
  });
});

describe("M7 a year asked after a result computes that result for the year", () => {
  it("after 'gaji 15jt iuran bpjs tk brp': 'kalau tahun 2023?', 'kalau 2024', 'kl tahun depan?', then 'kl 8 jt?'", async () => {
    const a = actor();
    expect(await at(step(0), () => a.say("gaji 15jt iuran bpjs tk brp"))).toMatch(rowOf("JP 2% (PK)", "Rp221.726"));
    // 2023: no cap held, the wage above the 2024 one: JP left out (JKK 36.000 + JKM 45.000 + JHT 555.000 + 300.000)
    const y2023 = await at(step(1), () => a.say("kalau tahun 2023?"));
    expect(y2023).toMatch(rowOf("Total", "Rp936.000"));
    expect(y2023).toContain("Batas upah JP untuk 2023 tidak ada di data kami, dan dulu batasnya lebih rendah");
    const y2024 = await at(step(2), () => a.say("kalau 2024"));
    expect(y2024).toMatch(rowOf("JP 2% (PK)", "Rp200.846"));
    expect(y2024).toContain("Untuk 2024 dipakai batas upah JP 2024");
    const next = await at(step(3), () => a.say("kl tahun depan?"));
    expect(next).toContain("batas mulai Maret 2027 belum ada di data kami, jadi JP 2027 saya hitung dengan batas 2026");
    expect(next).toMatch(rowOf("Total (paling sedikit)", "Rp1.268.589"));
    expect(next).not.toContain("Maksud Anda");
    // a wage follow-up keeps the year: 8 jt is below every cap, JP on the wage
    expect(await at(step(4), () => a.say("kl 8 jt?"))).toMatch(rowOf("JP 2% (PK)", "Rp160.000"));
  });

  it("after a village result: 'kalau tahun 2024?' is January–December 2024", async () => {
    const a = actor();
    await at(step(0), () => a.say("iuran 5 kadus siltap 12 jt dengan jp tahun 2025"));
    const reply = await at(step(1), () => a.say("kalau tahun 2024?"));
    expect(reply).toContain("Tahun 2024 saya hitung Januari–Desember 2024 (12 bulan)");
    expect(reply).toMatch(rowOf("JP 3%", "Rp301.269"));
    // 5 × 64.800 × 2 (2023 cap not held) + 5 × 366.069 × 10
    expect(reply).toMatch(rowOf("12 bulan (tanpa sebagian JP)", "Rp18.951.450"));
  });

  it("the same months in another year: 'juli sampai desember 2026' then 'kalau 2025?' is July–December 2025", async () => {
    const a = actor();
    await at(step(0), () => a.say("iuran 7 kadus siltap 12 jt dengan jp juli sampai desember 2026"));
    const reply = await at(step(1), () => a.say("kalau 2025?"));
    expect(reply).toMatch(rowOf("6 bulan", "Rp16.011.324")); // 7 × 381.222 × 6
  });

  it("in English: 'what about 2024?' after a wage result", async () => {
    const a = actor("en");
    await at(step(0), () => a.say("salary 12 million contribution"));
    expect(await at(step(1), () => a.say("what about 2024?"))).toMatch(rowOf("Total", "Rp1,050,069"));
  });

  it("after a knowledge answer given since, a year is the knowledge's to answer, not the old result's", async () => {
    const a = actor();
    await at(step(0), () => a.say("gaji 15jt iuran bpjs tk brp"));
    await at(step(1), () => a.say("apa itu jkm"));
    expect(await at(step(2), () => a.say("kalau 2024"))).not.toMatch(/Iuran karyawan per bulan/);
  });
});
