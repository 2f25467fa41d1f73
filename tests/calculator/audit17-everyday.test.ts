/**
 * Audit 17 on everyday calculator questions: a wage with "setahun" is the monthly wage for 12 months
 * (H1), the minimum wage named as the wage (M1), the BPU package for a year and a village head's year
 * without a siltap (M3), "mulai … sampai sekarang" (M4), and the LOWs on notes and labels (L1–L5).
 *
 * Figures from knowledge/rules: pu.yaml JKK 0,24% (very low), JKM 0,3%, JHT 3,7% + 2%, JP 2% + 1% on a
 * wage up to the JP cap (pu.jp_cap_2024 Rp10.042.300, pu.jp_cap_2025 Rp10.547.400, pu.jp_cap_2026
 * Rp11.086.300; none from March 2027). A wage under the cap pays 9,24%: 4 jt → 369.600, 3,2 jt → 295.680
 * (JHT 118.400 + 64.000), 2,9 jt → 267.960, 5 jt → 462.000. 12 jt pays 0,24% + 0,3% + 5,7% of 12 jt =
 * 748.800 plus JP 3% of the cap: 1.081.389 (2026 cap, JP 332.589), 1.065.222 (2025, JP 316.422),
 * 1.050.069 (2024, JP 301.269). bpu.package_min Rp16.800 a month. Village officials: JKK+JKM 0,54% of the
 * siltap, JP 3% (village.yaml).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 171700;
const rowOf = (label: string, amount: string) => new RegExp(`${label.replace(/[()]/g, "\\$&")}\\s+-?${amount.replace(/\./g, "\\.")}`);
/** The audit's clock: the 2026 cap in force, none held from March 2027. */
const NOV_2026 = Date.parse("2026-11-27T05:00:00Z");
/** A chat with its own user, each message at `clock`. */
function chat(language = "id", clock = NOV_2026) {
  const actor = chatActor(h, worker(nextId++, language));
  return (text: string) => at(clock, () => actor.say(text));
}
const askNov = (text: string, language = "id") => chat(language)(text);

describe("H1 a wage with 'setahun' is the monthly wage, for 12 months", () => {
  it("'iuran 10 karyawan gaji 4 jt setahun': 10 × 12 × 369.600 = Rp44.352.000, never the BPU income question", async () => {
    const reply = await askNov("iuran 10 karyawan gaji 4 jt setahun");
    expect(reply).toMatch(rowOf("Total", "Rp369.600"));
    // employer 10 × 12 × 249.600 = 29.952.000; worker 10 × 12 × 120.000 = 14.400.000
    expect(reply).toMatch(/10 karyawan, 12 bulan/);
    expect(reply).toMatch(rowOf("Pemberi kerja", "Rp29.952.000"));
    expect(reply).toMatch(rowOf("Total", "Rp44.352.000"));
    expect(reply).not.toContain("penghasilan sebulan");
  });

  it("'iuran bpjs tk gaji 12 jt setahun': 12 × 1.081.389 = Rp12.976.668, a floor (March 2027 cap not held)", async () => {
    const reply = await askNov("iuran bpjs tk gaji 12 jt setahun");
    expect(reply).toMatch(rowOf("Total (paling sedikit)", "Rp12.976.668"));
  });

  it("'gaji 5 jt iuran setahun brp' and 'gaji 4 jt per tahun iuran brp': 12 × 462.000 = Rp5.544.000, 12 × 369.600 = Rp4.435.200", async () => {
    expect(await askNov("gaji 5 jt iuran setahun brp")).toMatch(rowOf("Total", "Rp5.544.000"));
    expect(await askNov("gaji 4 jt per tahun iuran brp")).toMatch(rowOf("Total", "Rp4.435.200"));
  });

  it("EN '10 employees salary 4 million per year contribution': Rp44,352,000", async () => {
    expect(await askNov("10 employees salary 4 million per year contribution", "en")).toMatch(/Total\s+Rp44,352,000/);
  });

  it("an informal worker's yearly income is still asked as a month's: 'penghasilan 60 jt setahun iuran brp'", async () => {
    const reply = await askNov("penghasilan 60 jt setahun iuran brp");
    expect(reply).toContain("penghasilan sebulan");
    expect(reply).not.toMatch(/Rp60\.000\.000/);
  });

  it("'gaji 60 jt setahun': a month's or a year's is asked; 'sebulan' → 12 months of 60 jt, a floor", async () => {
    const say = chat();
    const asked = await say("gaji 60 jt setahun iuran brp");
    expect(asked).toContain("Rp60.000.000");
    expect(asked).toMatch(/sebulan.*atau.*setahun/);
    expect(asked).not.toMatch(/Total/);
    // 60 jt × 6,24% = 3.744.000 + JP 332.589 = 4.076.589 a month; × 12 = 48.919.068
    const reply = await say("sebulan");
    expect(reply).toMatch(rowOf("Total", "Rp4.076.589"));
    expect(reply).toMatch(rowOf("Total (paling sedikit)", "Rp48.919.068"));
  });

  it("'gaji 60 jt setahun' then 'setahun': the monthly wage asked, then 5 jt → 12 × 462.000 = Rp5.544.000", async () => {
    const say = chat();
    await say("gaji 60 jt setahun iuran brp");
    const asked = await say("setahun");
    expect(asked).toContain("Berapa upah sebulannya?");
    expect(asked).not.toContain("iuran bpu");
    expect(await say("5 jt")).toMatch(rowOf("Total", "Rp5.544.000"));
  });

  it("'gaji 60 jt setahun' then the monthly wage typed, '6 jt': 12 × 554.400 = Rp6.652.800", async () => {
    const say = chat();
    await say("gaji 60 jt setahun iuran brp");
    const reply = await say("6 jt");
    expect(reply).toMatch(rowOf("Total", "Rp554.400"));
    expect(reply).toMatch(rowOf("Total", "Rp6.652.800"));
  });
});

describe("M1 the minimum wage named as the wage", () => {
  it.each([
    ["umr 3,2 jt iuran jht brp", "Rp295.680"],
    ["umk 3,2 jt iuran bpjs tk brp", "Rp295.680"],
    ["ump 2,9 jt potongan bpjs brp", "Rp267.960"],
  ])("'%s' → the wage earner's table, total %s", async (text, total) => {
    const reply = await askNov(text);
    expect(reply).toMatch(rowOf("Total", total));
    expect(reply).not.toMatch(/Maksud Anda|belum bisa menjawab/);
  });

  it("the JHT part of 3,2 jt: Rp118.400 (employer) + Rp64.000 (worker)", async () => {
    const reply = await askNov("umr 3,2 jt iuran jht brp");
    expect(reply).toMatch(/JHT 3,7% \(PK\)\s+Rp118\.400/);
    expect(reply).toMatch(/JHT 2% \(pkj\)\s+Rp64\.000/);
  });
});

describe("M3 the BPU package for a year, a village head's year without a siltap", () => {
  it.each(["brp iuran bpu 1 tahun", "iuran bpjs tk ojol setahun"])("'%s': 12 × 16.800 = Rp201.600, a higher income costing more", async (text) => {
    const reply = await askNov(text);
    expect(reply).toMatch(rowOf("Per bulan", "Rp16.800"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp201.600"));
    expect(reply).toContain("lebih tinggi, iurannya lebih besar");
    expect(reply).not.toContain("kelompok");
  });

  it("EN 'how much is the bpu contribution for a year': Rp201,600", async () => {
    expect(await askNov("how much is the bpu contribution for a year", "en")).toMatch(/12 months\s+Rp201,600/);
  });

  it("a late payment is no price: 'ojol telat bayar iuran 3 bulan' gets no package total", async () => {
    expect(await askNov("ojol telat bayar iuran 3 bulan")).not.toMatch(/Rp50\.400/);
  });

  it("'iuran kades setahun brp' asks the siltap; '4 jt' → 12 × 21.600 = Rp259.200", async () => {
    const say = chat();
    const asked = await say("iuran kades setahun brp");
    expect(asked).toContain("siltap");
    expect(asked).not.toMatch(/Maksud Anda/);
    expect(await say("4 jt")).toMatch(rowOf("12 bulan", "Rp259.200"));
  });
});

describe("M4 'mulai … sampai sekarang' runs to the current month", () => {
  it("'gaji 12 jt iuran jp mulai maret 2026 sampai sekarang': March–November 2026, 9 × 1.081.389 = Rp9.732.501", async () => {
    const reply = await askNov("gaji 12 jt iuran jp mulai maret 2026 sampai sekarang");
    expect(reply).toMatch(/9 bulan/);
    expect(reply).toMatch(rowOf("Total", "Rp9.732.501"));
  });

  it("'… mulai tahun 2025 sampai sekarang': 2 × 1.050.069 + 12 × 1.065.222 + 9 × 1.081.389 = Rp24.615.303 (23 months)", async () => {
    const reply = await askNov("gaji 12 jt iuran jp mulai tahun 2025 sampai sekarang");
    expect(reply).toMatch(/23 bulan/);
    expect(reply).toMatch(rowOf("Total", "Rp24.615.303"));
  });

  it("a span written with 'mulai' across years is all its months: 'mulai januari 2025 sampai november 2026' → Rp24.615.303", async () => {
    expect(await askNov("gaji 12 jt iuran jp mulai januari 2025 sampai november 2026")).toMatch(rowOf("Total", "Rp24.615.303"));
  });
});

describe("L1–L5 notes and labels", () => {
  it("L1 a siltap under every cap: no 'mulai bulan depan' line (4 jt: 12 × 141.600 = Rp1.699.200; 10 × 3 jt: 12 × 1.062.000 = Rp12.744.000)", async () => {
    const one = await askNov("iuran kades siltap 4 jt dgn jp setahun");
    expect(one).toMatch(rowOf("12 bulan", "Rp1.699.200"));
    expect(one).not.toContain("mulai bulan depan");
    const ten = await askNov("iuran 10 perangkat siltap 3 jt dgn jp setahun");
    expect(ten).toMatch(rowOf("12 bulan", "Rp12.744.000"));
    expect(ten).not.toContain("mulai bulan depan");
  });

  it("L1 a siltap above the cap keeps it: 'kades 12 jt dgn jp setahun' → 12 × 397.389 = Rp4.768.668 (at least), from December 2026", async () => {
    const reply = await askNov("kades 12 jt dgn jp setahun");
    expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp4.768.668"));
    expect(reply).toContain("mulai bulan depan: Desember 2026–November 2027");
  });

  it("L2 at 2027-03-10 a 5 jt wage for a year carries one note on the missing cap, not two (12 × 462.000 = Rp5.544.000)", async () => {
    const say = chat("id", Date.parse("2027-03-10T05:00:00Z"));
    await say("iuran bpjs tk gaji 5 jt");
    const reply = await say("kalau setahun?");
    expect(reply).toMatch(rowOf("Total", "Rp5.544.000"));
    expect(reply).not.toContain("di bawah batasnya");
    expect(reply.match(/Batas naik setiap Maret|Batas upah JP naik setiap/g)).toHaveLength(1);
  });

  it("L2 at 2027-03-10 'kades 12 jt dgn jp setahun' (April 2027–March 2028): both missing caps named, 12 × 397.389 = Rp4.768.668 at least", async () => {
    const reply = await chat("id", Date.parse("2027-03-10T05:00:00Z"))("kades 12 jt dgn jp setahun");
    expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp4.768.668"));
    expect(reply).toContain("batas mulai Maret 2027 dan Maret 2028 belum ada");
  });

  it("L3 'per 1 maret 2026' is a start written: 12 × 1.986.945 = Rp23.843.340, the length (not the period) said assumed", async () => {
    const reply = await askNov("iuran 5 perangkat siltap 12 jt dgn jp per 1 maret 2026");
    expect(reply).toMatch(rowOf("12 bulan", "Rp23.843.340"));
    expect(reply).not.toContain("Periodenya tidak disebut");
    expect(reply).toContain("Lamanya tidak disebut");
  });

  it("L3 a wage 'per 1 maret 2026' is priced on that month's cap: Rp1.081.389", async () => {
    expect(await askNov("gaji 12 jt iuran jp per 1 maret 2026")).toMatch(rowOf("Total", "Rp1.081.389"));
  });

  it("L4 coverage in 2024: 2 × 64.800 + 10 × 366.069 = Rp3.790.290 labelled without some JP; 2 people, Rp2.419.420 left", async () => {
    const reply = await askNov("anggaran 10 jt cukup untuk berapa perangkat siltap 12 jt dgn jp tahun 2024");
    expect(reply).toMatch(rowOf("Per orang 12 bulan (tanpa sebagian JP)", "Rp3.790.290"));
    expect(reply).toMatch(/Jumlah orang\s+2\b/);
    expect(reply).toMatch(rowOf("Sisa anggaran", "Rp2.419.420"));
  });

  it("L5 'kl 20 orang?' after the village head: 20 officials, not 20 heads (20 × 21.600 × 12 = Rp5.184.000)", async () => {
    const say = chat();
    await say("iuran kades siltap 4 jt setahun");
    const reply = await say("kl 20 orang?");
    expect(reply).toMatch(rowOf("12 bulan", "Rp5.184.000"));
    expect(reply).toMatch(/Aparat desa: 20 org/);
    expect(reply).not.toContain("Kepala desa");
  });
});
