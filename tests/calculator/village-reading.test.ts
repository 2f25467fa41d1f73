/**
 * How village-budget (dana desa) questions are read (audit 15: M3, M6, LOW): JP or JHT said once for
 * several villages, English village questions, two years named, a kades' siltap without "iuran", and
 * "iuran jkp" with a wage and a month.
 *
 * Figures recomputed from knowledge/rules: village.official_rate JKK+JKM 0,54% of the siltap, pu.jht_total
 * 5,7%, pu.jp_total 3% up to the JP cap of the month (pu.jp_cap_2024 Rp10.042.300 solid, from March 2024;
 * pu.jp_cap_2025 Rp10.547.400 and pu.jp_cap_2026 Rp11.086.300 weak; none held from March 2027). Wage earners:
 * JKK 0,24% + JKM 0,3% + JHT 3,7% + 2% + JP 2% + 1% (pu.yaml).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 152600;
const ask = (text: string, language = "id") => at(NOV_2026, () => chatActor(h, worker(nextId++, language)).say(text));
const rowOf = (label: string, amount: string) => new RegExp(`${label.replace(/[()]/g, "\\$&")}\\s+${amount.replace(/\./g, "\\.")}`);
/** The audit's clock: the 2026 cap in force, none held from March 2027. */
const NOV_2026 = Date.parse("2026-11-27T05:00:00Z");
/** Desa A's and Desa B's tables, in the order the reply gives them. */
const villageTables = (reply: string) => {
  const b = reply.indexOf("Desa B");
  return { a: reply.slice(reply.indexOf("Desa A"), b), b: reply.slice(b) };
};

describe("(a) JP or JHT said once is every village's", () => {
  it("'… iuran setahun dengan jp masing2': both villages with JP — A 5 × (16.200 + 90.000) × 12, B 8 × (18.900 + 105.000) × 12", async () => {
    const { a, b } = villageTables(await ask("desa A 5 perangkat siltap 3 jt, desa B 8 perangkat siltap 3,5 jt, iuran setahun dengan jp masing2 brp"));
    expect(a).toContain("Aparat desa: 5 org (JKK+JKM+JP)");
    expect(a).toMatch(rowOf("JP 3%", "Rp90.000"));
    expect(a).toMatch(rowOf("12 bulan", "Rp6.372.000"));
    expect(b).toContain("Aparat desa: 8 org (JKK+JKM+JP)");
    expect(b).toMatch(rowOf("12 bulan", "Rp11.894.400"));
  });

  it("'… jht jp masing2': JHT 5,7% and JP 3% for both — A Rp16.632.000, B Rp31.046.400", async () => {
    const { a, b } = villageTables(await ask("desa A 5 perangkat siltap 3 jt, desa B 8 perangkat siltap 3,5 jt, iuran setahun jht jp masing2"));
    expect(a).toMatch(rowOf("JHT 5,7%", "Rp171.000"));
    expect(a).toMatch(rowOf("12 bulan", "Rp16.632.000"));
    expect(b).toMatch(rowOf("JHT 5,7%", "Rp199.500"));
    expect(b).toMatch(rowOf("12 bulan", "Rp31.046.400"));
  });

  it("'desa A … dengan jp, desa B … tanpa jp': each keeps its own — A Rp6.372.000 with JP, B 8 × 18.900 × 12 = Rp1.814.400 without", async () => {
    const { a, b } = villageTables(await ask("desa A 5 perangkat siltap 3 jt dengan jp, desa B 8 perangkat siltap 3,5 jt tanpa jp, iuran setahun masing2 brp"));
    expect(a).toMatch(rowOf("12 bulan", "Rp6.372.000"));
    expect(b).toContain("Aparat desa: 8 org (JKK+JKM)");
    expect(b).not.toContain("JP 3%");
    expect(b).toMatch(rowOf("12 bulan", "Rp1.814.400"));
  });
});

describe("(b) English village questions are village budgets", () => {
  it("'village with 5 officials siltap 11 million with jp for 2027': 5 × (59.400 + 330.000) × 12 = Rp23,364,000 for January–December 2027", async () => {
    const reply = await ask("village with 5 officials siltap 11 million with jp for 2027", "en");
    expect(reply).toContain("Village officials: 5 (JKK+JKM+JP)");
    expect(reply).toMatch(rowOf("12 months", "Rp23,364,000"));
    expect(reply).toContain("I counted 2027 as January–December 2027 (12 months).");
  });

  it("'5 village officials siltap 12 million with jp for 2027': JP on the 2026 cap (332.589), Rp23,843,340 at least", async () => {
    const reply = await ask("5 village officials siltap 12 million with jp for 2027", "en");
    expect(reply).toMatch(rowOf("JP 3%", "Rp332,589"));
    expect(reply).toMatch(rowOf("12 months (at least)", "Rp23,843,340"));
  });

  it.each([
    ["budget for 5 village officials salary 3 million a year", "Village officials: 5 (JKK+JKM)", "Rp972,000"],
    ["contribution for the village head siltap 4 million per year", "Village officials: 1 (JKK+JKM) – Village head", "Rp259,200"],
  ])("'%s': a year's budget", async (text, line, total) => {
    const reply = await ask(text, "en");
    expect(reply).toContain(line);
    expect(reply).toMatch(rowOf("12 months", total));
  });

  it("'village budget 5 officials 3 million next year': the 3 million is the siltap, 'next year' is 2027, as 'tahun depan'", async () => {
    const reply = await ask("village budget 5 officials 3 million next year", "en");
    expect(reply).toMatch(rowOf("Siltap / person", "Rp3,000,000"));
    expect(reply).toMatch(rowOf("12 months", "Rp972,000"));
    expect(reply).toContain("I counted 2027 as January–December 2027 (12 months).");
    const twin = await ask("iuran 5 perangkat siltap 3 jt tahun depan");
    expect(twin).toMatch(rowOf("12 bulan", "Rp972.000"));
    expect(twin).toContain("Tahun 2027 saya hitung Januari–Desember 2027 (12 bulan).");
  });
});

describe("(c) two years named: January of the first to December of the last", () => {
  it.each(["iuran kades siltap 15 jt dengan jp 2025 dan 2026", "iuran kades siltap 15 jt dengan jp tahun 2025 dan 2026", "iuran kades siltap 15 jt dengan jp tahun 2025 sampai 2026", "iuran kades siltap 15 jt dengan jp januari 2025 sampai desember 2026"])(
    "'%s': 24 months, 2 × 382.269 + 12 × 397.422 + 10 × 413.589 = Rp9.669.492",
    async (text) => {
      const reply = await ask(text);
      expect(reply).toMatch(rowOf("24 bulan", "Rp9.669.492"));
      expect(reply).toContain("• Januari–Februari 2025: 2 × Rp382.269 = Rp764.538 (batas 2024)");
      expect(reply).toContain("• Maret 2025–Februari 2026: 12 × Rp397.422 = Rp4.769.064 (batas 2025, perkiraan)");
      expect(reply).toContain("• Maret–Desember 2026: 10 × Rp413.589 = Rp4.135.890 (batas 2026, perkiraan)");
    },
  );

  it("'gaji 12 jt iuran jp 2025 2026': the wage over the same 24 months, 2 × 1.050.069 + 12 × 1.065.222 + 10 × 1.081.389 = Rp25.696.692", async () => {
    const reply = await ask("gaji 12 jt iuran jp 2025 2026");
    expect(reply).toContain("Satu karyawan, 24 bulan");
    expect(reply).toMatch(rowOf("Total", "Rp25.696.692"));
    expect(reply).toContain("• Maret–Desember 2026: 10 × Rp1.081.389 = Rp10.813.890 (batas 2026, perkiraan)");
  });
});

describe("(d) a village role and a siltap amount, without 'iuran', are the village calculation", () => {
  it("'kades siltap 10,5 jt dgn jp tahun 2025': 2 × 357.969 + 10 × 371.700 = Rp4.432.938", async () => {
    const reply = await ask("kades siltap 10,5 jt dgn jp tahun 2025");
    expect(reply).toContain("Aparat desa: 1 org (JKK+JKM+JP) – Kepala desa");
    expect(reply).toMatch(rowOf("12 bulan", "Rp4.432.938"));
    expect(reply).not.toContain("Maksud Anda");
  });

  it("'kades siltap 10 jt wajib ikut jp?' is a question for the knowledge, not a table", async () => {
    expect(await ask("kades siltap 10 jt wajib ikut jp?")).not.toContain("Aparat desa:");
  });
});

describe("(e) 'iuran jkp' with a wage is the wage's contributions, JKP adding none, with or without a month", () => {
  it.each([
    ["iuran jkp gaji 8 jt januari 2025", "JKP tidak menambah iuran. Pembagian dananya sebelum 7 Februari 2025"],
    ["iuran jkp gaji 8 jt", "JKP tidak menambah iuran: dibiayai pemerintah dan sebagian iuran JKK."],
  ])("'%s': 19.200 + 24.000 + 296.000 + 160.000 + 160.000 + 80.000 = Rp739.200", async (text, jkpLine) => {
    const reply = await ask(text);
    expect(reply).toMatch(rowOf("Total", "Rp739.200"));
    expect(reply).toContain(jkpLine);
    expect(reply).not.toContain("manfaat tunai JKP");
  });

  it("'gaji 8 jt kena phk iuran jkp 12 bulan dapat brp' is still the JKP benefit", async () => {
    expect(await ask("gaji 8 jt kena phk iuran jkp 12 bulan dapat brp")).toContain("Perkiraan manfaat tunai JKP");
  });
});
