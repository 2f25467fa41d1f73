/**
 * Audit 17, the last open items: a migrant worker's contract extension asked with a bare "brp", a village
 * question naming one month, "since/from 2019" beside a wage, and the village's share first in long replies.
 *
 * Figures from knowledge/rules: special.yaml pmi_pre Rp37.500, pmi_24 Rp332.500, pmi_extra_month Rp13.500
 * (Permenaker 4/2023 Pasal 18). village.yaml official_rate 0,54% of the siltap; pu.yaml JHT 3,7% + 2%, JP 2% + 1%
 * on a siltap up to the JP cap: jp_cap_2025 Rp10.547.400 (from March 2025), jp_cap_2026 Rp11.086.300 (from March
 * 2026), none held from March 2027. A wage of 12 jt: 0,24% + 0,3% + 5,7% = 748.800, plus JP 3% of the 2026 cap
 * 332.589 = 1.081.389.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 171900;
const rowOf = (label: string, amount: string) => new RegExp(`${label.replace(/[()]/g, "\\$&")}\\s+-?${amount.replace(/[.,]/g, "\\$&")}`);
/** The audit's clock: the 2026 cap in force, none held from March 2027. */
const NOV_2026 = Date.parse("2026-11-27T05:00:00Z");
const ask = (text: string, language = "id") => {
  const actor = chatActor(h, worker(nextId++, language));
  return at(NOV_2026, () => actor.say(text));
};

describe("1 a migrant worker's contract extended, asked with a bare 'brp'", () => {
  it("'pekerja migran kontrak 2 tahun perpanjang 6 bulan brp': 37.500 + 332.500 + 6 × 13.500 = Rp451.000, as 'iuran pmi …' gives", async () => {
    const reply = await ask("pekerja migran kontrak 2 tahun perpanjang 6 bulan brp");
    expect(reply).toMatch(rowOf("Sebelum bekerja", "Rp37.500"));
    expect(reply).toMatch(rowOf("Kontrak 24 bulan", "Rp332.500"));
    expect(reply).toMatch(rowOf("Perpanjangan 6 bulan", "Rp81.000"));
    expect(reply).toMatch(rowOf("Total", "Rp451.000"));
    expect(await ask("iuran pmi 2 tahun perpanjangan 6 bulan")).toMatch(rowOf("Total", "Rp451.000"));
  });

  it("an extension asked without a figure word stays the knowledge's answer", async () => {
    const reply = await ask("pekerja migran kontrak diperpanjang 6 bulan harus lapor kemana");
    expect(reply).not.toMatch(/Total\s+Rp/);
  });
});

describe("2 a village question naming one month: that month, on its own JP cap", () => {
  it("'iuran 5 perangkat siltap 3 jt bulan januari 2026': 5 × 0,54% × 3 jt = Rp81.000, the months never asked", async () => {
    const reply = await ask("iuran 5 perangkat siltap 3 jt bulan januari 2026");
    expect(reply).toMatch(rowOf("Total / bulan", "Rp81.000"));
    expect(reply).not.toContain("Untuk berapa bulan");
  });

  it("with JP: 5 × (16.200 + 90.000) = Rp531.000 (a 3 jt siltap is under every cap)", async () => {
    expect(await ask("iuran 5 perangkat siltap 3 jt dgn jp bulan januari 2026")).toMatch(rowOf("Total / bulan", "Rp531.000"));
  });

  it("kades 12 jt with JP in January 2026: the 2025 cap, 64.800 + 3% × 10.547.400 = Rp381.222", async () => {
    const reply = await ask("iuran kades siltap 12 jt dgn jp bulan januari 2026");
    expect(reply).toMatch(rowOf("JP 3%", "Rp316.422"));
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp381.222"));
    expect(reply).toContain("batas upah JP 2025");
  });

  it("kades 12 jt with JP in April 2026: the 2026 cap, 64.800 + 332.589 = Rp397.389", async () => {
    expect(await ask("iuran kades siltap 12 jt dgn jp april 2026")).toMatch(rowOf("Per orang / bulan", "Rp397.389"));
  });

  it("in English: '5 village officials siltap 3 million with jp january 2026' → Rp531,000", async () => {
    expect(await ask("5 village officials siltap 3 million with jp january 2026", "en")).toMatch(rowOf("Total / month", "Rp531,000"));
  });

  it("two months named are no single month: the length is still asked", async () => {
    expect(await ask("iuran 5 perangkat siltap 3 jt januari 2026 dan maret 2026")).toContain("Untuk berapa bulan");
  });
});

describe("3 'since 2019' / 'from 2019' beside a wage dates the job, not the period", () => {
  it.each(["salary 12 million contribution since 2019", "salary 12 million contribution from 2019"])("'%s': one month, Rp1,081,389", async (question) => {
    const reply = await ask(question, "en");
    expect(reply).toMatch(rowOf("Total", "Rp1,081,389"));
    expect(reply).not.toMatch(/\d+ months/);
  });

  it("as 'gaji 12 jt iuran jp sejak 2019': Rp1.081.389", async () => {
    expect(await ask("gaji 12 jt iuran jp sejak 2019")).toMatch(rowOf("Total", "Rp1.081.389"));
  });
});

describe("4 the village's share first in the longest village replies", () => {
  it("kades/sekdes/6 kaur/10 kadus with JHT and JP, 2027: the share on line 2 with the whole, 55.191.912 + 26.530.356 = 81.722.268", async () => {
    const reply = await ask("iuran kades 12 jt sekdes 8 jt 6 kaur 4 jt 10 kadus 3 jt dgn jp jht tahun 2027 bagian desa brp");
    const lines = reply.split("\n");
    expect(lines[1]).toBe("Untuk 12 bulan (paling sedikit): bagian desa Rp55.191.912, dipotong dari siltap Rp26.530.356. Seluruh iuran Rp81.722.268.");
    expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp81.722.268"));
    // one floor warning, the JP cap note and the regency caveat all kept
    expect(reply.match(/paling sedikit/g)).toHaveLength(3);
    expect(reply).toContain("batas mulai Maret 2027 belum ada di data kami");
    expect(reply).toContain("Kabupaten bisa mengaturnya lain");
    expect(reply).toContain("• siltap Rp12.000.000: desa Rp730.526, dipotong Rp350.863");
    expect(reply.length).toBeLessThan(2191);
  });

  it("officials, BPD and vulnerable workers, 2027: the share first (15.411.912 + 2.410.356 = 17.822.268), the BPD note shorter", async () => {
    const reply = await ask("kades siltap 12 jt sekdes 9 jt dgn jp, anggaran th 2027, plus 40 pekerja rentan dan 9 bpd tunjangan 2 jt, bagian desa brp");
    expect(reply.split("\n")[1]).toBe("Untuk 12 bulan (paling sedikit): bagian desa Rp15.411.912, dipotong dari siltap Rp2.410.356. Seluruh iuran Rp17.822.268.");
    // (397.389 + 318.600 + 9 × 10.800 + 40 × 16.800) × 12
    expect(reply).toMatch(rowOf("12 bulan (paling sedikit)", "Rp17.822.268"));
    expect(reply).toContain("UU 3/2024");
    expect(reply).toContain("pastikan ke kantor cabang atau call center 175");
    expect(reply).toContain("JP tidak saya tambahkan untuk anggota BPD");
    expect(reply).toContain("Penerima dari pekerja rentan ditetapkan lewat musyawarah desa");
    expect(reply.length).toBeLessThan(2600);
  });

  it("an exact split (2025, both caps held): the share first, 16.443.860 + 6.277.930 = 22.721.790, and what the village budgets", async () => {
    const reply = await ask("iuran 5 kadus siltap 12 jt dengan jp tahun 2025 bagian desa brp bagian perangkat brp");
    expect(reply.split("\n")[1]).toBe("Untuk 12 bulan: bagian desa Rp16.443.860, dipotong dari siltap Rp6.277.930. Seluruh iuran Rp22.721.790.");
    expect(reply).toContain("Yang dianggarkan desa adalah bagian desa");
  });

  it("in English: the share on line 2", async () => {
    const reply = await ask("contribution for 5 village officials siltap 12 million with jp for 2025, bagian desa", "en");
    expect(reply.split("\n")[1]).toMatch(/^For 12 months: the village's share Rp16,443,860, deducted from the siltap Rp6,277,930\. The whole contribution is Rp22,721,790\.$/);
  });
});
