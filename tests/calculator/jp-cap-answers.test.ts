/**
 * The JP wage cap of the period a question names, in the answers a user sees (task 14): the period's cap
 * with its confidence, January–February under the previous March's cap, a year the tables hold no cap
 * for said to be unknown (with 175) instead of priced on another year's cap.
 *
 * Figures from knowledge/rules/pu.yaml: JKK very low 0,24%, JKM 0,3%, JHT 3,7% + 2%, JP 2% + 1% of the
 * wage up to the cap: pu.jp_cap_2024 Rp10.042.300 (solid), pu.jp_cap_2025 Rp10.547.400 and
 * pu.jp_cap_2026 Rp11.086.300 (weak); none for 2023 or from March 2027. Officials: JKK+JKM 0,54% and
 * JP 3% (pu.jp_total) of the siltap up to the cap. JKP funding rates of PP 6/2025 from 7 February 2025.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 140000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
const ask = (text: string, language = "id") => actor(language).say(text);
const rowOf = (label: string, amount: string) => new RegExp(`${label.replace(/[()]/g, "\\$&")}\\s+${amount.replace(/\./g, "\\.")}`);
/** Today in these tests: the 2026 cap in force, none held from March 2027. */
const NOV_2026 = "2026-11-27T05:00:00Z";

describe("a wage earner's JP on the cap of the period asked", () => {
  it("'iuran jp gaji 11 juta tahun 2024': the 2024 cap (not today's 2026 one), January–February 2024 unknown", async () => {
    const reply = await at(NOV_2026, () => ask("iuran jp gaji 11 juta tahun 2024"));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp200.846")); // 2% × 10.042.300, not 2% × 11.000.000
    expect(reply).toMatch(rowOf("JP 1% (pkj)", "Rp100.423"));
    expect(reply).toContain("Untuk 2024 dipakai batas upah JP 2024, yang berlaku 1 Maret 2024 sampai akhir Februari 2025");
    expect(reply).toContain("Januari–Februari 2024 masih memakai batas upah JP 2023, yang tidak ada di data kami");
    expect(reply).not.toContain("belum terkonfirmasi"); // the 2024 cap is confirmed
    expect(reply).toContain("sebelum 7 Februari 2025");
  });

  it("'bulan februari 2025' is still under the March-2024 cap; 'maret 2025' under the unconfirmed 2025 one", async () => {
    const february = await at(NOV_2026, () => ask("berapa iuran pensiun saya bulan februari 2025 gaji 12 jt"));
    expect(february).toMatch(rowOf("JP 1% (pkj)", "Rp100.423"));
    expect(february).toContain("Untuk Februari 2025 dipakai batas upah JP 2024");
    const march = await at(NOV_2026, () => ask("gaji 12 jt iuran jp maret 2025"));
    expect(march).toMatch(rowOf("JP 1% (pkj)", "Rp105.474")); // 1% × 10.547.400
    expect(march).toContain("Batas upah JP 2025 belum terkonfirmasi dari pengumuman resmi, jadi JP di atas perkiraan");
  });

  it("'tahun lalu' in November 2026 is 2025: its cap, and January–February 2025 on the 2024 cap with their JP", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 12 jt iuran bpjs tk tahun lalu"));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp210.948"));
    expect(reply).toContain("Untuk 2025 dipakai batas upah JP 2025");
    expect(reply).toContain("Januari–Februari 2025 masih memakai batas upah JP 2024 (Rp10.042.300), jadi JP kedua bulan itu Rp200.846 (PK) + Rp100.423 (pkj).");
  });

  it("'tahun depan' (2027, no cap held) above the latest cap: JP on the 2026 cap as a floor, said, 175 (audit 15 rule)", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 12 jt iuran bpjs tk tahun depan"));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp221.726"));
    expect(reply).toMatch(rowOf("Total (paling sedikit)", "Rp1.081.389"));
    // the floor's own cap unconfirmed is said in the same warning, not in a second one (audit 16 N9)
    expect(reply).toContain("batas mulai Maret 2027 belum ada di data kami, jadi JP 2027 saya hitung dengan batas 2026 (Rp11.086.300) — angka sebenarnya bisa lebih tinggi, dan batas 2026 sendiri belum terkonfirmasi; pastikan ke call center 175");
    expect(reply).not.toContain("jadi JP di atas perkiraan");
  });

  it("a later year with the wage below the latest cap held: JP on the wage, said so", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 8 jt iuran bpjs tk tahun 2028"));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp160.000"));
    expect(reply).toContain("belum ada di data kami, tetapi upah ini di bawah batas terakhir yang kami punya (2026: Rp11.086.300)");
  });

  it("an earlier year, even with the wage below the earliest cap held: caps were lower then, JP left out, 175 (audit 15 H3)", async () => {
    const reply = await at(NOV_2026, () => ask("gaji 5 jt iuran bpjs tk tahun 2023"));
    expect(reply).not.toMatch(/JP 2% \(PK\)/);
    expect(reply).toMatch(rowOf("Total", "Rp312.000")); // JKK 12.000 + JKM 15.000 + JHT 185.000 + 100.000
    expect(reply).toContain("Batas upah JP untuk 2023 tidak ada di data kami, dan dulu batasnya lebih rendah");
    expect(reply).toContain("175");
  });

  it("no period named, today past the caps held (June 2027): JP on the 2026 cap as a floor, said so", async () => {
    const reply = await at("2027-06-15T03:00:00Z", () => ask("gaji 12 jt iuran bpjs tk brp"));
    expect(reply).toMatch(rowOf("JP 1% (pkj)", "Rp110.863"));
    expect(reply).toContain("batas mulai Maret 2027 belum ada di data kami, jadi JP Maret 2027–Februari 2028 saya hitung dengan batas 2026");
  });

  it("in English: 'next year' is 2027, not in our data: the 2026 cap as a floor", async () => {
    const reply = await at(NOV_2026, () => ask("salary 12 million contribution next year", "en"));
    expect(reply).toContain("the cap from March 2027 is not in our data yet, so JP for 2027 is counted on the 2026 cap");
    expect(reply).toMatch(rowOf("Total (at least)", "Rp1,081,389"));
  });

  it("a layoff 'tahun lalu' is still read as dated, not as a year for the cap", async () => {
    const reply = await at(NOV_2026, () => ask("di phk tahun lalu gaji 5 jt jkp dapat brp"));
    expect(reply).toContain("Batas klaim JKP tampaknya sudah lewat");
  });

  it("another risk class pressed under a dated result keeps its period's cap", async () => {
    const a = actor();
    await at(NOV_2026, () => a.say("iuran jp gaji 11 juta tahun 2024"));
    const reply = await at(NOV_2026, () => a.press("calc:risk:high"));
    expect(reply).toMatch(rowOf("JP 2% (PK)", "Rp200.846"));
  });
});

describe("the village officials' JP on the cap of the period asked", () => {
  it("'tahun 2024': March–December on the 2024 cap (3% × 10.042.300 = 301.269), January–February unknown", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 10 perangkat siltap 12 jt dengan jp tahun 2024"));
    expect(reply).toMatch(rowOf("JP 3%", "Rp301.269"));
    // 10 × (64.800 + 301.269) × 10 + 10 × 64.800 × 2: January–February's JP (2023 cap not held) left out, not guessed
    expect(reply).toMatch(rowOf("12 bulan (tanpa sebagian JP)", "Rp37.902.900"));
    expect(reply).toContain("JP dihitung dari batas upah JP 2024: Rp10.042.300");
    expect(reply).toContain("jadi JP Januari–Februari 2024 tidak saya hitung dan tidak masuk total");
    expect(reply).not.toContain("Masukkan total ini");
  });

  it("'april 2025 sampai maret 2026': the 2025 cap (316.422), March 2026 under the 2026 one", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 5 perangkat siltap 12 jt dengan jp april 2025 sampai maret 2026"));
    expect(reply).toMatch(rowOf("JP 3%", "Rp316.422"));
    expect(reply).toContain("Batas upah JP 2025 belum terkonfirmasi");
    // 5 × 381.222 × 11 + 5 × 397.389
    expect(reply).toContain("• Maret 2026: 1 × Rp1.986.945 = Rp1.986.945 (batas 2026, perkiraan)");
    expect(reply).toMatch(rowOf("12 bulan", "Rp22.954.155"));
  });

  it("'tahun 2023' above every cap held: the officials' JP left out, said with 175", async () => {
    const reply = await at(NOV_2026, () => ask("iuran kades siltap 12 jt dengan jp tahun 2023"));
    expect(reply).not.toMatch(/JP 3%/);
    expect(reply).toMatch(rowOf("12 bulan (tanpa sebagian JP)", "Rp777.600")); // 0,54% × 12.000.000 × 12
    expect(reply).toContain("jadi JP Januari–Desember 2023 tidak saya hitung");
    expect(reply).toContain("175");
  });

  it("'tahun depan' is 2027: twelve months from January, on the 2026 cap, March 2027 warned", async () => {
    const reply = await at(NOV_2026, () => ask("iuran kades siltap 12 jt dengan jp tahun depan"));
    expect(reply).toContain("Tahun 2027 saya hitung Januari–Desember 2027");
    expect(reply).toMatch(rowOf("JP 3%", "Rp332.589"));
    // 12 × 397.389, the least it can be
    expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp4.768.668"));
    expect(reply).toContain("jadi JP Maret–Desember 2027 saya hitung dengan batas 2026");
  });
});
