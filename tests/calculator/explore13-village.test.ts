/**
 * Village budgets as the thirteenth exploratory tester typed them (/work/notes/explore13-village-officers.md
 * D1, D8, D9, D10, D11, D15, D20), through the whole bot.
 *
 * Figures from knowledge/rules: officials JKK 0,24% (pu.jkk_very_low) + JKM 0,30% (pu.jkm) = 0,54% of the
 * siltap (BPD members of their tunjangan, village.bpd_scheme); JHT 5,7% (pu.jht_total); JP 3% (pu.jp_total)
 * on at most the 2026 cap Rp11.086.300 (pu.jp_cap_2026); RT/RW, Linmas and kader on bpu.package_min
 * Rp16.800 a person a month, or bpu.package_with_jht_min Rp36.800 with the BPU JHT.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 113000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
const ask = (text: string, language = "id") => actor(language).say(text);
/** A table row: the label, then its amount at the end of the line. */
const rowOf = (label: string, amount: string) => new RegExp(`${label}\\s+${amount.replace(/\./g, "\\.")}`);
/** The exploratory test's day: the JP cap of 2026 in force, the next one (March 2027) not known. */
const NOV_2026 = "2026-11-27T05:00:00Z";

describe("D1 one siltap after mixed groups: officials on it, BPD on it as tunjangan, RT/RW on the BPU package", () => {
  // changed (explore13 #8): the BPD scheme names JKK + JKM only, so JHT is left out for BPD members as JP is, and said
  it("'12 perangkat + 8 BPD + 20 RT/RW siltap 2 jt setahun dengan JHT': 12 × 124.800 + 8 × 10.800 + 20 × 36.800 = Rp2.320.000 a month", async () => {
    const reply = await ask("iuran 12 perangkat + 8 BPD + 20 RT/RW siltap 2 jt setahun dengan JHT");
    // 2.000.000 × 0,54% = 10.800; × 5,7% = 114.000
    expect(reply).toContain("Aparat desa: 12 org (JKK+JKM+JHT)");
    expect(reply).toContain("Anggota BPD: 8 org (JKK+JKM)");
    expect(reply).toContain("JHT tidak saya tambahkan untuk anggota BPD");
    expect(reply).toContain("Ketua RT/Ketua RW: 20 org (paket BPU JKK+JKM+JHT)");
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp124.800"));
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp10.800"));
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp36.800"));
    expect(reply).toMatch(rowOf("Total / bulan", "Rp2.320.000"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp27.840.000"));
    expect(reply).not.toContain("40 org");
    expect(reply).not.toContain("Rp59.904.000");
    expect(reply).toContain("sebagai tunjangan tetap anggota BPD");
    expect(reply).toContain("paket BPU termurah Rp16.800");
  });

  it("'12 perangkat dan 20 rt rw siltap 2 jt setahun': 12 × 10.800 + 20 × 16.800 = Rp465.600, × 12 = Rp5.587.200", async () => {
    const reply = await ask("iuran 12 perangkat dan 20 rt rw siltap 2 jt setahun");
    expect(reply).toContain("Aparat desa: 12 org (JKK+JKM)");
    expect(reply).toContain("Ketua RT/Ketua RW: 20 org (paket BPU JKK+JKM)");
    expect(reply).toMatch(rowOf("12 bulan", "Rp5.587.200"));
  });

  it("the siltap asked for the same groups: said to be the officials' (and BPD's), RT/RW on the package; '2 jt' gives the same Rp27.840.000", async () => {
    const a = actor();
    const asked = await a.say("brp iuran utk 12 perangkat + 8 BPD + 20 RT/RW setahun dengan JHT");
    expect(asked).toContain("Berapa siltap");
    expect(asked).toContain("20 RT/RW saya hitung dengan paket BPU");
    const reply = await a.say("2 jt");
    expect(reply).toContain("Anggota BPD: 8 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp27.840.000"));
  });

  it("the step-by-step form from that question: officials and BPD on the siltap, RT/RW on Rp16.800: (20 × 10.800 + 20 × 16.800) × 12 = Rp6.624.000", async () => {
    const a = actor();
    await a.say("brp iuran utk 12 perangkat + 8 BPD + 20 RT/RW setahun");
    expect(await a.press("calc:village")).toContain("siltap");
    await a.say("2 jt");
    const reply = await a.press("calc:x:none");
    expect(reply).toMatch(rowOf("12 bulan", "Rp6.624.000"));
    expect(reply).not.toContain("40 org");
    expect(reply).not.toContain("Rp5.184.000");
  });

  it("'kalau tunjangan bpd 1 jt?' changes the BPD line only: 1.497.600 + 8 × 5.400 + 736.000 = Rp2.276.800", async () => {
    const a = actor();
    await a.say("iuran 12 perangkat + 8 BPD + 20 RT/RW siltap 2 jt setahun dengan JHT");
    const reply = await a.say("kalau tunjangan bpd 1 jt?");
    expect(reply).toMatch(rowOf("Total / bulan", "Rp2.276.800"));
    expect(reply).not.toContain("sebagai tunjangan tetap anggota BPD");
  });
});

describe("D8 how many Linmas, RT/RW or kader a budget covers: the BPU package, never 0,54% of an honor", () => {
  it("'dana 10 jt cukup buat berapa linmas': 10.000.000 / (16.800 × 12) = 49, Rp121.600 left, no siltap asked", async () => {
    const reply = await ask("dana 10 jt cukup buat berapa linmas");
    expect(reply).not.toContain("Berapa siltap");
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp16.800"));
    expect(reply).toMatch(rowOf("Jumlah orang", "49"));
    expect(reply).toMatch(rowOf("Sisa anggaran", "Rp121.600"));
    expect(reply).toContain("cukup untuk 49 Linmas selama 12 bulan");
    expect(reply).toContain("paket BPU termurah Rp16.800");
    expect(reply).not.toContain("aparat desa dengan siltap");
  });

  it("'… berapa rt rw honor 300rb': 49 RT/RW, the honor read, not 514", async () => {
    const reply = await ask("dana 10 jt cukup buat berapa rt rw honor 300rb");
    expect(reply).toContain("cukup untuk 49 RT/RW");
    expect(reply).toContain("Honor Rp300.000 sudah saya baca");
    expect(reply).not.toContain("514");
    expect(reply).not.toContain("Rp1.620");
  });

  it("'… brp kader posyandu insentif 250 rb': 49, not 617", async () => {
    const reply = await ask("anggaran 10 jt cukup utk brp kader posyandu insentif 250 rb");
    expect(reply).toMatch(rowOf("Jumlah orang", "49"));
    expect(reply).not.toContain("617");
  });

  it("officials paid first: 20.000.000 − 10 × 10.800 × 12 = 18.704.000; / 201.600 = 92 Linmas, Rp156.800 left", async () => {
    const reply = await ask("dana 20 jt, 10 perangkat siltap 2 jt, sisanya cukup buat berapa linmas setahun");
    expect(reply).toMatch(rowOf("Sisa untuk dibagi", "Rp18.704.000"));
    expect(reply).toContain("cukup untuk 92 Linmas");
    expect(reply).toMatch(rowOf("Sisa anggaran", "Rp156.800"));
  });
});

describe("D9 the village journey: clerks' short forms, a budget after the calculator's question or result", () => {
  // changed (explore13 #8): no JHT for BPD members (the BPD scheme names JKK + JKM only): 900.000 × 0,54% = 4.860
  it("'12 prgkt siltap 2,3jt + 8 bpd tunj 900rb + 20 rt rw … pake jht': (12 × 143.520 + 8 × 4.860 + 20 × 36.800) × 12 = Rp29.965.440", async () => {
    const a = actor();
    const reply = await a.say("itung dong 12 prgkt siltap 2,3jt + 8 bpd tunj 900rb + 20 rt rw, setahun, pake jht");
    expect(reply).toMatch(rowOf("Total / bulan", "Rp2.497.120"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp29.965.440"));
    // 20.000.000 / 2.497.120 = 8 months, 20.000.000 − 19.976.960 = 23.040 left
    const limit = await a.say("anggaran kami cuma 20 jt");
    expect(limit).toContain("cukup untuk 8 bulan");
    expect(limit).toContain("Rp23.040");
    expect(limit).not.toContain("Maksud Anda");
  });

  it("'iuran 12 prgkt siltap 2,3jt setahun': read as perangkat, 12 × 12.420 × 12 = Rp1.788.480", async () => {
    expect(await ask("iuran 12 prgkt siltap 2,3jt setahun")).toMatch(rowOf("12 bulan", "Rp1.788.480"));
  });

  it("'anggaran kami cuma 20 jt' while the siltap is asked: kept, and with '2 jt' the months it covers: 20.000.000 / 552.000 = 36", async () => {
    const a = actor();
    await a.say("brp iuran utk 12 perangkat + 8 BPD + 20 RT/RW setahun");
    const noted = await a.say("anggaran kami cuma 20 jt");
    expect(noted).not.toContain("Maksud Anda");
    expect(noted).not.toContain("JHT");
    expect(noted).toContain("Berapa siltap");
    expect(noted).toContain("Anggaran Rp20.000.000 saya catat");
    // 12 × 10.800 + 8 × 10.800 + 20 × 16.800 = 552.000 a month; 36 × 552.000 = 19.872.000
    const reply = await a.say("2 jt");
    expect(reply).toContain("cukup untuk 36 bulan");
    expect(reply).toContain("Rp128.000");
  });

  it("after the 'siltap per jabatan' question: never JHT buttons, how to write the budget with the groups", async () => {
    const a = actor();
    await a.say("kades siltap 4 jt dan 5 kaur, iuran setahun");
    const reply = await a.say("anggaran kami cuma 20 jt");
    expect(reply).not.toContain("Maksud Anda");
    expect(reply).toContain("Anggaran Rp20.000.000 baru bisa saya bandingkan");
  });
});

describe("D10/D11 the year and the months written decide the JP cap warning", () => {
  // changed (audit 15): March–December 2027 have no cap in the tables and the siltap is above the 2026 one, so
  // their JP is on the 2026 cap as a floor (said, with 175): 12 × 394.689
  it("'iuran kades siltap 11,5 jt dengan jp tahun 2027': 12 × 394.689 = Rp4.736.268 at least, the March-2027 floor said", async () => {
    const reply = await at(NOV_2026, () => ask("iuran kades siltap 11,5 jt dengan jp tahun 2027"));
    expect(reply).toMatch(rowOf("JP 3%", "Rp332.589"));
    expect(reply).toMatch(rowOf("12 bulan \\(paling sedikit\\)", "Rp4.736.268"));
    expect(reply).toContain("175");
    expect(reply).toContain("Tahun 2027 saya hitung Januari–Desember 2027 (12 bulan)");
    expect(reply).toContain("batas mulai Maret 2027 belum ada di data kami");
  });

  it("'maret 2026 sampai februari 2027' is one cap year: 5 × 397.389 × 12 = Rp23.843.340, no March-2027 warning", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 5 perangkat siltap 12 jt dengan jp maret 2026 sampai februari 2027"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp23.843.340"));
    expect(reply).not.toContain("melewati Maret 2027");
  });

  it("'april 2026 sampai maret 2027' reaches March 2027: warned, the total at least", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 5 perangkat siltap 12 jt dengan jp april 2026 sampai maret 2027"));
    expect(reply).toContain("jadi JP Maret 2027 saya hitung dengan batas 2026");
    expect(reply).toMatch(rowOf("12 bulan \\(paling sedikit\\)", "Rp23.843.340"));
  });

  it("'januari sampai februari 2027' does not: 5 × 397.389 × 2 = Rp3.973.890", async () => {
    const reply = await at(NOV_2026, () => ask("iuran 5 perangkat siltap 12 jt dengan jp januari sampai februari 2027"));
    expect(reply).toMatch(rowOf("2 bulan", "Rp3.973.890"));
    expect(reply).not.toContain("melewati Maret 2027");
  });
});

describe("D15 '20 rt/rw honor 300 rb' beside groups with their own pay is labelled RT/RW", () => {
  // changed (explore13 #8): no JHT for BPD members, 8 × 5.400
  it("12 × 156.000 + 8 × 5.400 + 20 × 36.800 = Rp2.651.200 a month, the line 'Ketua RT/Ketua RW'", async () => {
    const reply = await ask("iuran 12 perangkat siltap 2,5 jt, 8 bpd tunjangan 1 jt, 20 rt/rw honor 300 rb setahun dengan jht");
    expect(reply).toContain("Ketua RT/Ketua RW: 20 org (paket BPU JKK+JKM+JHT)");
    expect(reply).toMatch(rowOf("12 bulan", "Rp31.814.400"));
  });
});

describe("D20 a group taken off or its count changed in a follow-up", () => {
  it("'tanpa bpd', then 'rt rw jadi 10', then 'kurangi 5 rt rw', then 'tanpa rt rw'", async () => {
    const a = actor();
    // 12 × 13.500 + 8 × 5.400 + 20 × 16.800 = 541.200 a month
    expect(await a.say("iuran 12 perangkat siltap 2,5 jt, 8 bpd tunjangan 1 jt, 20 rt/rw setahun")).toMatch(rowOf("12 bulan", "Rp6.494.400"));
    // 162.000 + 336.000 = 498.000
    const noBpd = await a.say("tanpa bpd");
    expect(noBpd).not.toContain("Anggota BPD");
    expect(noBpd).toMatch(rowOf("12 bulan", "Rp5.976.000"));
    // 162.000 + 10 × 16.800 = 330.000
    const ten = await a.say("rt rw jadi 10");
    expect(ten).toContain("Ketua RT/Ketua RW: 10 org");
    expect(ten).toMatch(rowOf("12 bulan", "Rp3.960.000"));
    // 162.000 + 5 × 16.800 = 246.000
    expect(await a.say("kurangi 5 rt rw")).toMatch(rowOf("12 bulan", "Rp2.952.000"));
    // 162.000 alone
    const officials = await a.say("tanpa rt rw");
    expect(officials).not.toContain("Ketua RT");
    expect(officials).toMatch(rowOf("12 bulan", "Rp1.944.000"));
  });
});

describe("D9 a printable summary of the last village calculation", () => {
  it("'bisa dibuatin ringkasan buat dicetak?' after a result: the same figures as plain text, with the sources", async () => {
    const a = actor();
    await a.say("iuran 12 perangkat siltap 2,5 jt, 8 bpd tunjangan 1 jt, 20 rt/rw setahun");
    const before = h.transport.calls.length;
    const reply = await a.say("bisa dibuatin ringkasan buat dicetak? buat rapat musdes");
    expect(reply).toContain("Ringkasan hitungan terakhir");
    expect(reply).toMatch(rowOf("12 bulan", "Rp6.494.400"));
    expect(reply).toContain("📚 Sumber: PP 44/2015");
    expect(reply).not.toContain("Maksud Anda");
    const sent = h.transport.calls.slice(before).find((c) => c.method === "sendMessage");
    expect(sent?.payload.parse_mode).toBeUndefined();
  });

  it("'ringkasan' after a wage result: the wage table as plain text, without the village meeting's words", async () => {
    const a = actor();
    await a.say("iuran bpjs tk gaji 5 jt");
    const reply = await a.say("ringkasan");
    expect(reply).toContain("Ringkasan hitungan terakhir, teks biasa untuk disalin atau dicetak.");
    expect(reply).not.toContain("musdes");
    // 5 jt × (0,24 + 0,3 + 3,7 + 2 + 2 + 1)% = 462.000
    expect(reply).toMatch(rowOf("Total", "Rp462.000"));
  });

  it("'cara cetak kartu bpjs' after a result is no summary", async () => {
    const a = actor();
    await a.say("iuran 12 perangkat siltap 2,5 jt setahun");
    expect(await a.say("cara cetak kartu bpjs tk gimana")).not.toContain("Ringkasan hitungan terakhir");
  });
});
