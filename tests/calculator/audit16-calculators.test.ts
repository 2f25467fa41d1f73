/**
 * Audit 16 on the calculators after the JP-cap rework: a regulation's year is no period (N1), the
 * budget coverage priced as the village budget, JP of officials paid first included, the year named
 * honoured (N2), "3 bulan mulai januari 2026" (N3), a migrant worker with a wage on the PMI package
 * (N4), the village share labelled a floor (N5), numeric months (N7), "per 1 maret 2026" (N8), each
 * warning once and shorter replies (N9), no JP for BPD members (N10).
 *
 * Figures from knowledge/rules: pu.jp_cap_2024 Rp10.042.300 (solid), pu.jp_cap_2025 Rp10.547.400 and
 * pu.jp_cap_2026 Rp11.086.300 (weak), none before March 2024 or from March 2027. 12 jt on the 2026 cap:
 * 1.081.389 a month (1.065.222 on the 2025 cap, 1.050.069 on 2024's, 748.800 without JP). Officials:
 * JKK+JKM 0,54% and JP 3% → 397.389 a month on 12 jt (2026 cap), 381.222 (2025), 366.069 (2024), 64.800
 * without JP. Vulnerable workers: bpu.package_min 16.800 a month. PMI: special.pmi_pre 37.500 +
 * special.pmi_24 332.500.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 161600;
const ask = (text: string, language = "id") => chatActor(h, worker(nextId++, language)).say(text);
const rowOf = (label: string, amount: string) => new RegExp(`${label.replace(/[()]/g, "\\$&")}\\s+-?${amount.replace(/\./g, "\\.")}`);
/** The audit's clock: the 2026 cap in force, none held from March 2027. */
const NOV_2026 = Date.parse("2026-11-27T05:00:00Z");
const askNov = (text: string, language = "id") => at(NOV_2026, () => ask(text, language));

describe("N1 a regulation cited with its number is no period", () => {
  it.each([
    "iuran jp gaji 12 jt menurut pp 45 tahun 2015",
    "iuran jp gaji 12 jt pp 45 th 2015",
    "berdasarkan UU 40 tahun 2004 berapa iuran jp gaji 12 jt",
    "permenaker 4 tahun 2023 iuran bpjs tk gaji 12 jt",
    "perpres 2 tahun 2022 iuran jp gaji 12 jt",
  ])("'%s': today's cap, Rp1.081.389", async (text) => {
    const reply = await askNov(text);
    expect(reply).toMatch(rowOf("Total", "Rp1.081.389"));
    expect(reply).not.toMatch(/Batas upah JP untuk (?:19|20)\d\d/);
  });

  it("the year named beside the regulation is the period: 'sesuai pp 45 tahun 2015 tahun 2025' → Rp1.065.222", async () => {
    expect(await askNov("iuran jp gaji 12 jt sesuai pp 45 tahun 2015 tahun 2025")).toMatch(rowOf("Total", "Rp1.065.222"));
  });

  it("a village question citing PP 45 tahun 2015 is priced, its number not read as a head count", async () => {
    const reply = await askNov("iuran kades siltap 12 jt dgn jp sesuai pp 45 tahun 2015 untuk setahun");
    expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp4.768.668"));
    expect(reply).not.toContain("Berapa orang");
  });
});

describe("N3 'N bulan mulai/dari <bulan tahun>' is that span", () => {
  it("'3 bulan dari januari 2026': 2 × 1.065.222 + 1.081.389 = Rp3.211.833, as 'januari sampai maret 2026'", async () => {
    const reply = await askNov("gaji 12 jt iuran 3 bulan dari januari 2026");
    expect(reply).toMatch(rowOf("Total", "Rp3.211.833"));
    expect(await askNov("gaji 12 jt iuran bpjs tk januari sampai maret 2026")).toMatch(rowOf("Total", "Rp3.211.833"));
    expect(await askNov("gaji 12 jt iuran bpjs tk 3 bulan mulai januari 2026")).toMatch(rowOf("Total", "Rp3.211.833"));
    expect(await askNov("gaji 12 jt iuran jp januari 2026 3 bulan")).toMatch(rowOf("Total", "Rp3.211.833"));
  });

  it("'3 bulan mulai februari 2024': 748.800 + 2 × 1.050.069 = Rp2.848.938 without some JP", async () => {
    expect(await askNov("gaji 12 jt iuran bpjs tk 3 bulan mulai februari 2024")).toMatch(rowOf("Total (tanpa sebagian JP)", "Rp2.848.938"));
  });
});

describe("N7 a month written as its number", () => {
  it.each(["gaji 12 jt iuran jp 02/2026", "gaji 12 jt iuran jp bulan 2 2026", "iuran jp 2-2026 gaji 12 jt"])("'%s': February 2026 on the 2025 cap, Rp1.065.222", async (text) => {
    const reply = await askNov(text);
    expect(reply).toMatch(rowOf("Total", "Rp1.065.222"));
    expect(reply).toContain("Untuk Februari 2026 dipakai batas upah JP 2025");
  });

  it("'03/2026' is March 2026, on its own cap; 'PP 2/2022' is no month", async () => {
    expect(await askNov("gaji 12 jt iuran jp 03/2026")).toContain("Untuk Maret 2026 dipakai batas upah JP 2026");
    const regulation = await askNov("sesuai PP 2/2022 iuran jp gaji 12 jt");
    expect(regulation).toMatch(rowOf("Total", "Rp1.081.389"));
    expect(regulation).not.toContain("Februari 2022");
  });
});

describe("N2 budget coverage: officials paid first with their JP, the year named, floors said", () => {
  it("'dana 20 jt kades siltap 12 jt dgn jp sisanya pekerja rentan': the kades 12 × 397.389 = 4.768.668 at least, 75 people, Rp111.332 left", async () => {
    const reply = await askNov("dana 20 jt kades siltap 12 jt dgn jp sisanya pekerja rentan brp org");
    expect(reply).toMatch(rowOf("Aparat desa 1 org (paling sedikit)", "Rp4.768.668"));
    expect(reply).toMatch(rowOf("Sisa untuk dibagi", "Rp15.231.332"));
    expect(reply).toMatch(rowOf("Jumlah orang", "75"));
    expect(reply).toMatch(rowOf("Sisa anggaran", "Rp111.332"));
    expect(reply).toContain("75 orang adalah jumlah paling banyak");
  });

  it("'anggaran 23 jt … tahun 2025': 2 × 366.069 + 10 × 381.222 = 4.544.358 each, 5 officials, Rp278.210 left", async () => {
    const reply = await askNov("anggaran 23 jt cukup brp perangkat siltap 12 jt dgn jp tahun 2025");
    expect(reply).toMatch(rowOf("Per orang 12 bulan", "Rp4.544.358"));
    expect(reply).toMatch(rowOf("Jumlah orang", "5"));
    expect(reply).toMatch(rowOf("Sisa anggaran", "Rp278.210"));
    expect(reply).toContain("Tahun 2025 saya hitung Januari–Desember 2025");
  });

  it("'tahun 2024': January–February's JP left out and said, 3.790.290 each", async () => {
    const reply = await askNov("anggaran 10 jt cukup brp perangkat siltap 12 jt dgn jp tahun 2024");
    expect(reply).toMatch(rowOf("Per orang 12 bulan (tanpa sebagian JP)", "Rp3.790.290"));
    expect(reply).toContain("jadi JP Januari–Februari 2024 tidak saya hitung");
  });

  it("'tahun 2027': a floor, the head count a most, with a margin", async () => {
    const reply = await askNov("dana cuma 20 jt cukup brp org perangkat siltap 12 jt dgn jp tahun 2027");
    expect(reply).toMatch(rowOf("Per orang 12 bulan (paling sedikit)", "Rp4.768.668"));
    expect(reply).toMatch(rowOf("Jumlah orang", "4"));
    expect(reply).toContain("4 orang adalah jumlah paling banyak: sisakan cadangan");
  });
});

describe("N4 a migrant worker with a wage is on the PMI package", () => {
  it.each(["iuran pmi gaji 12 jt kontrak 2 tahun", "tki gaji 12 jt kontrak 2 tahun brp iuran bpjs"])("'%s': 37.500 + 332.500 = Rp370.000, no JP", async (text) => {
    const reply = await askNov(text);
    expect(reply).toContain("pekerja migran (PMI)");
    expect(reply).toMatch(rowOf("Total", "Rp370.000"));
    expect(reply).not.toContain("JP 2%");
  });
});

describe("N5/N9 village floor replies: the share labelled, each warning once, shorter", () => {
  it("'5 perangkat siltap 12 jt dgn jp tahun depan bagian desa': the share 17.191.560 at least", async () => {
    const reply = await askNov("iuran 5 perangkat siltap 12 jt dgn jp tahun depan bagian desa brp");
    expect(reply).toContain("Untuk 12 bulan (paling sedikit): bagian desa Rp17.191.560, dipotong dari siltap Rp6.651.780.");
    expect(reply.match(/naik setiap Maret/g)).toHaveLength(1);
    expect(reply.match(/belum terkonfirmasi/g)).toHaveLength(1);
    expect(reply).not.toContain("jadi JP di atas perkiraan");
  });

  it("kades/sekdes/6 kaur/10 kadus with JHT and JP in 2027: 81.722.268 at least, the share 55.191.912 at least, under 2.200 characters", async () => {
    const reply = await askNov("iuran kades 12 jt sekdes 8 jt 6 kaur 4 jt 10 kadus 3 jt dgn jp jht tahun 2027 bagian desa brp");
    expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp81.722.268"));
    expect(reply).toContain("Untuk 12 bulan (paling sedikit): bagian desa Rp55.191.912, dipotong dari siltap Rp26.530.356.");
    expect(reply).toContain("• siltap Rp12.000.000: desa Rp730.526, dipotong Rp350.863");
    expect(reply.match(/⚠️/g)).toHaveLength(2);
    expect(reply.length).toBeLessThan(2200);
  });

  it("a wage over 12 months of 2027 warns of the floor once, the months before the earliest cap once", async () => {
    const later = await askNov("gaji 12 jt iuran jp 12 bulan tahun 2027");
    expect(later).toMatch(rowOf("Total (paling sedikit)", "Rp12.976.668"));
    expect(later.match(/naik setiap Maret/g)).toHaveLength(1);
    const earlier = await askNov("gaji 12 jt iuran jp januari sampai juni 2024");
    expect(earlier).toMatch(rowOf("Total (tanpa sebagian JP)", "Rp5.697.876"));
    expect(earlier.match(/dulu batasnya lebih rendah/g)).toHaveLength(1);
  });
});

describe("N8 a start day written in a village question is no head count", () => {
  it.each(["iuran 5 perangkat siltap 12 jt dgn jp per 1 maret 2026", "iuran 5 perangkat siltap 12 jt dgn jp mulai 1 maret 2026"])("'%s': 12 months from March 2026 on its cap, 12 × 5 × 397.389 = Rp23.843.340", async (text) => {
    const reply = await askNov(text);
    expect(reply).not.toContain("Berapa orang");
    expect(reply).toMatch(rowOf("12 bulan", "Rp23.843.340"));
    expect(reply).toContain("saya hitung 12 bulan dari bulan yang Anda tulis (Maret 2026–Februari 2027)");
    expect(reply).not.toContain("paling sedikit");
  });

  it("a budget's coverage from that start: the kades on the 2026 cap, 75 vulnerable workers", async () => {
    const reply = await askNov("dana 20 jt kades siltap 12 jt dgn jp mulai maret 2026 sisanya pekerja rentan brp org");
    expect(reply).toMatch(rowOf("Aparat desa 1 org", "Rp4.768.668"));
    expect(reply).toMatch(rowOf("Jumlah orang", "75"));
    expect(reply).not.toContain("paling banyak");
  });
});

describe("N10 BPD members get no JP: no rule puts them on it", () => {
  it("9 BPD on 2 jt beside officials with JP: JKK+JKM only (10.800), said why", async () => {
    const reply = await askNov("kades siltap 12 jt sekdes 9 jt dgn jp, anggaran th 2027, plus 40 pekerja rentan dan 9 bpd tunjangan 2 jt, bagian desa brp");
    expect(reply).toContain("Anggota BPD: 9 org (JKK+JKM)");
    expect(reply).toContain("JP tidak saya tambahkan untuk anggota BPD");
    expect(reply).toContain("tunjangan Rp2.000.000: desa membayar semuanya, Rp10.800");
    // (397.389 + 318.600 + 9 × 10.800 + 40 × 16.800) × 12
    expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp17.822.268"));
  });

  it("in English too", async () => {
    const reply = await askNov("9 bpd members allowance 2 million with jp for 12 months", "en");
    expect(reply).toContain("I did not add JP for BPD members");
  });
});

describe("audit table leftovers", () => {
  it("M2 'gaji 12 jt 10 karyawan iuran bpjs tk setahun 2025': 10 × (2 × 1.050.069 + 10 × 1.065.222) = Rp127.523.580, no income asked", async () => {
    const reply = await askNov("gaji 12 jt 10 karyawan iuran bpjs tk setahun 2025");
    expect(reply).toMatch(rowOf("Total", "Rp127.523.580"));
    expect(reply).not.toContain("Berapa rata-rata penghasilan");
  });

  it("'tahun 2028': the first March missing is 2027's, not 2028's", async () => {
    const reply = await askNov("gaji 12 jt iuran jp tahun 2028");
    expect(reply).toContain("batas mulai Maret 2027 belum ada di data kami");
    expect(reply).not.toContain("Maret 2028 belum ada");
  });

  it("the twelve months assumed or counted from next month are named", async () => {
    expect(await askNov("iuran 10 perangkat siltap 2 jt")).toContain("saya hitung 12 bulan (Desember 2026–November 2027)");
    const february = await at(Date.parse("2026-02-10T05:00:00Z"), () => ask("iuran kades siltap 12 jt dgn jp setahun"));
    expect(february).toContain("12 bulan itu saya hitung mulai bulan depan: Maret 2026–Februari 2027.");
  });

  it("the runs a total is summed from stand right under the table", async () => {
    const reply = await askNov("iuran 5 kadus siltap 12 jt dengan jp januari sampai desember 2026");
    expect(reply).toMatch(/12 bulan\s+Rp23\.681\.670\s*\nℹ️ Totalnya dijumlah per batas upah JP:\n• Januari–Februari 2026: 2 × Rp1\.906\.110 = Rp3\.812\.220/);
  });
});
