/**
 * Village budgets as the eleventh exploratory tester typed them (/work/notes/explore11-village.md
 * #1–#4, #6–#17), through the whole bot.
 *
 * Figures from knowledge/rules: officials JKK 0,24% (pu.jkk_very_low) + JKM 0,30% (pu.jkm) = 0,54% of the
 * siltap, or the JKK class named (pu.jkk_medium 0,89%, pu.jkk_high 1,27%); JHT 5,7% = 3,7% + 2%
 * (pu.jht_*), JP 3% = 2% + 1% (pu.jp_*) on at most the 2026 cap Rp11.086.300; JKP 0,36% = 0,22% APBN
 * (pu.jkp_government) + 0,14% out of JKK (pu.jkk_to_jkp); vulnerable workers and honor-paid people on
 * bpu.package_min Rp16.800 a person a month.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonLabels, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 111000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
const ask = (text: string, language = "id") => actor(language).say(text);
/** A table row: the label, then its amount at the end of the line. */
const rowOf = (label: string, amount: string) => new RegExp(`${label}\\s+${amount.replace(/\./g, "\\.")}`);
/** The buttons of the bot's latest message that has any. */
const lastKeyboard = () => h.transport.calls.filter((c) => c.method === "sendMessage" && c.payload.reply_markup).at(-1);

describe("#1 'dengan jkp' with a contribution gets JKP's funding, never a payout for officials", () => {
  it("'iuran perangkat desa siltap 2jt dengan jkp brp': 2.000.000 × 0,54% = Rp10.800, JKP adds nothing", async () => {
    const reply = await ask("iuran perangkat desa siltap 2jt dengan jkp brp");
    expect(reply).not.toContain("manfaat tunai JKP");
    expect(reply).not.toContain("Rp7.200.000");
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp10.800"));
    expect(reply).toContain("JKP tidak menambah iuran desa maupun aparat");
    expect(reply).toContain("0,22% dari pemerintah pusat (APBN)");
    expect(reply).toContain("0,14% yang diambil dari iuran JKK");
    expect(reply).toContain("tidak kami ketahui");
    expect(reply).toContain("175");
  });

  it("with a count and a year: 10 × 10.800 × 12 = Rp1.296.000, the same as without JKP", async () => {
    const reply = await ask("iuran 10 perangkat desa siltap 2 jt dengan jkp setahun");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.296.000"));
    expect(reply).toContain("JKP tidak menambah iuran");
  });

  it("the benefit for a dismissed official: not known whether officials can join JKP, 175; no Rp7.200.000", async () => {
    const reply = await ask("perangkat desa diberhentikan kades dapat jkp brp, siltap 2 jt");
    expect(reply).not.toContain("Rp7.200.000");
    expect(reply).not.toContain("Rp1.200.000");
    expect(reply).toContain("Apakah aparat desa bisa menjadi peserta JKP tidak kami ketahui");
    expect(reply).toContain("175");
  });

  it("in English too", async () => {
    const reply = await ask("village officials 10 people siltap 2 million contribution with jkp for a year", "en");
    expect(reply).not.toContain("Rp7,200,000");
    expect(reply).toMatch(rowOf("12 months", "Rp1,296,000"));
    expect(reply).toContain("JKP adds nothing to what the village or the officials pay");
  });

  it("a wage earner's JKP payout is still computed: 60% × 5.000.000 (the cap) × 6 = Rp18.000.000", async () => {
    expect(await ask("jkp dapat brp kalau gaji 7 jt")).toMatch(rowOf("6 bulan", "Rp18.000.000"));
  });
});

describe("#2 a risk class named is priced, and the officials' usual rate said", () => {
  it("'… 5 perangkat desa siltap 2 jt risiko sedang setahun': (17.800 + 6.000) × 5 × 12 = Rp1.428.000", async () => {
    const reply = await ask("iuran jkk jkm 5 perangkat desa siltap 2 jt risiko sedang setahun");
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp23.800"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.428.000"));
    expect(reply).not.toContain("Rp648.000");
    expect(reply).toContain("0,89% (risiko sedang)");
    expect(reply).toContain("JKK 0,24% (risiko sangat rendah) untuk aparat desa");
  });

  it("in English: 10 × 23.800 × 12 = Rp2,856,000", async () => {
    const reply = await ask("10 village officials siltap 2 million, medium risk, contribution for a year", "en");
    expect(reply).toMatch(rowOf("12 months", "Rp2,856,000"));
    expect(reply).toContain("0.89% (medium risk)");
  });

  it("'kalau risikonya sedang?' after the result, then 'kalau risikonya tinggi?': (25.400 + 6.000) × 5 × 12 = Rp1.884.000", async () => {
    const a = actor();
    expect(await a.say("iuran jkk jkm 5 perangkat desa siltap 2 jt setahun")).toMatch(rowOf("12 bulan", "Rp648.000"));
    expect(await a.say("kalau risikonya sedang?")).toMatch(rowOf("12 bulan", "Rp1.428.000"));
    expect(await a.say("kalau risikonya tinggi?")).toMatch(rowOf("12 bulan", "Rp1.884.000"));
  });
});

describe("#3 follow-ups to a budget limit recompute it", () => {
  it("the budget, the officials' count, the siltap and the vulnerable workers changed in turn", async () => {
    const a = actor();
    // 12 × 10.800 + 30 × 16.800 = 633.600 a month: 5 jt lasts 7 months, 564.800 left
    expect(await a.say("anggaran desa kami cuma 5 jt, utk 12 perangkat siltap 2 jt dan 30 pekerja rentan cukup brp bulan?")).toContain("cukup untuk 7 bulan");
    // 15.000.000 / 633.600 = 23 months (14.572.800), 427.200 left
    expect(await a.say("klo dananya 15 jt?")).toContain("Dana Rp15.000.000 cukup untuk 23 bulan iuran (Rp633.600 per bulan), sisa Rp427.200");
    // 15 × 10.800 + 504.000 = 666.000: 22 months (14.652.000), 348.000 left
    expect(await a.say("kalau perangkatnya 15 org")).toContain("cukup untuk 22 bulan iuran (Rp666.000 per bulan), sisa Rp348.000");
    // 15 × 13.500 + 504.000 = 706.500: 21 months (14.836.500), 163.500 left
    expect(await a.say("kalau siltapnya 2,5 jt")).toContain("cukup untuk 21 bulan iuran (Rp706.500 per bulan), sisa Rp163.500");
    // 202.500 + 20 × 16.800 = 538.500: 27 months (14.539.500), 460.500 left
    expect(await a.say("kalau pekerja rentannya 20 aja")).toContain("cukup untuk 27 bulan iuran (Rp538.500 per bulan), sisa Rp460.500");
  });

  it("one group: 'klo dananya 1 jt?' is 7 months of 129.600, 92.800 left", async () => {
    const a = actor();
    await a.say("dana cuma 3 jt utk 12 perangkat siltap 2 jt cukup brp bulan");
    expect(await a.say("klo dananya 1 jt?")).toContain("Dana Rp1.000.000 cukup untuk 7 bulan iuran (Rp129.600 per bulan), sisa Rp92.800");
    // 15 × 10.800 = 162.000: 6 months, 28.000 left
    expect(await a.say("kalau perangkatnya 15 org")).toContain("cukup untuk 6 bulan iuran (Rp162.000 per bulan), sisa Rp28.000");
  });
});

describe("#4 a group added to a result, or the BPU package asked", () => {
  it("'tambah 10 linmas', then 'plus 20 pekerja rentan': (108.000 + 168.000) × 12, then + 336.000 a month", async () => {
    const a = actor();
    await a.say("iuran 10 perangkat siltap 2 jt setahun");
    const linmas = await a.say("tambah 10 linmas");
    expect(linmas).toContain("Aparat desa: 10 org");
    expect(linmas).toMatch(rowOf("12 bulan", "Rp3.312.000"));
    expect(linmas).toContain("paket BPU termurah Rp16.800");
    expect(await a.say("plus 20 pekerja rentan")).toMatch(rowOf("12 bulan", "Rp7.344.000"));
  });

  it("'tambah 2 perangkat lagi' after 10 perangkat on 2 jt: 12 × 10.800 × 12 = Rp1.555.200", async () => {
    const a = actor();
    await a.say("iuran 10 perangkat siltap 2 jt setahun");
    const reply = await a.say("tambah 2 perangkat lagi");
    expect(reply).toContain("Aparat desa: 12 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.555.200"));
  });

  it("'kalau ditambah 10 linmas?' after 20 RT and 5 RW: 35 × 16.800 × 12 = Rp7.056.000", async () => {
    const a = actor();
    expect(await a.say("sy sekdes, mau hitung iuran utk 20 RT dan 5 RW honor 300 ribu sebulan")).toMatch(rowOf("12 bulan", "Rp5.040.000"));
    expect(await a.say("kalau ditambah 10 linmas?")).toMatch(rowOf("12 bulan", "Rp7.056.000"));
  });

  it("'klo pakai paket bpu aja brp' after 7 BPD members: 7 × 16.800 × 12 = Rp1.411.200", async () => {
    const a = actor();
    expect(await a.say("brp iuran utk 7 anggota bpd tunjangan 800rb setahun")).toMatch(rowOf("12 bulan", "Rp362.880"));
    const reply = await a.say("klo pakai paket bpu aja brp");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.411.200"));
    expect(reply).toContain("semuanya saya hitung dengan paket BPU termurah");
  });
});

describe("#6 the form's head-count steps: '12 bulan' is no head count, 'gk ada' is none", () => {
  it("12 officials on 2 jt, '12 bulan' asked again, 'gk ada' vulnerable workers: 12 × 10.800 × 12 = Rp1.555.200", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:village");
    await a.say("12 org");
    await a.say("siltap 2jt");
    await a.press("calc:x:none");
    expect(await a.say("12 bulan")).toContain("Itu jumlah bulan");
    expect(await a.say("gk ada")).toContain("Untuk berapa bulan?");
    const reply = await a.say("12");
    expect(reply).not.toContain("Pekerja rentan");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.555.200"));
  });

  it("'tidak ada' officials: the vulnerable workers alone, 10 × 16.800 × 6 = Rp1.008.000", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:village");
    await a.say("tidak ada");
    await a.say("10");
    expect(await a.say("6 bulan")).toMatch(rowOf("6 bulan", "Rp1.008.000"));
  });
});

describe("#7 RT/RW counted without an honor beside officials with their siltap are on the BPU package", () => {
  it("kades 4 jt, 10 perangkat 2 jt, 9 BPD 1 jt, 20 RT/RW, 50 rentan: (21.600 + 108.000 + 48.600 + 70 × 16.800) × 12", async () => {
    const reply = await ask("kades siltap 4 jt, 10 perangkat siltap 2 jt, 9 bpd tunjangan 1 jt, 20 rt/rw, 50 pekerja rentan setahun brp");
    expect(reply).not.toContain("belum bisa memasangkan");
    expect(reply).toMatch(rowOf("Total / bulan", "Rp1.354.200"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp16.250.400"));
  });

  it("'kades 4 jt, sekdes 3 jt, 5 kaur 2,5 jt, 20 rt rw setahun': (21.600 + 16.200 + 67.500 + 336.000) × 12 = Rp5.295.600", async () => {
    expect(await ask("kades 4 jt, sekdes 3 jt, 5 kaur 2,5 jt, 20 rt rw setahun")).toMatch(rowOf("12 bulan", "Rp5.295.600"));
  });
});

describe("#8 a role before a colon is the writer, not the count", () => {
  it("'kaur keuangan: iuran 12 perangkat siltap 2jt setahun brp': 12 × 10.800 × 12 = Rp1.555.200", async () => {
    const reply = await ask("kaur keuangan: iuran 12 perangkat siltap 2jt setahun brp");
    expect(reply).not.toContain("Berapa orang aparat desa");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.555.200"));
  });
});

describe("#9 JP asked for vulnerable workers is said to be closed to them", () => {
  it("'iuran 20 pekerja rentan dengan jp setahun': 20 × 16.800 × 12 = Rp4.032.000 and the JP note", async () => {
    const reply = await ask("iuran 20 pekerja rentan dengan jp setahun");
    expect(reply).toMatch(rowOf("12 bulan", "Rp4.032.000"));
    expect(reply).toContain("JP (Jaminan Pensiun) tidak bisa diikuti peserta BPU");
  });

  it("'… + jht + jp setahun': JHT priced (20 × 36.800 × 12 = Rp8.832.000), JP said", async () => {
    const reply = await ask("iuran 20 pekerja rentan + jht + jp setahun");
    expect(reply).toMatch(rowOf("12 bulan", "Rp8.832.000"));
    expect(reply).toContain("JP (Jaminan Pensiun) tidak bisa diikuti peserta BPU");
  });
});

describe("#10 a budget year after a result is twelve months", () => {
  // kades on 12 jt: 64.800 + 684.000 + JP 3% of the cap 11.086.300 = 332.589 → 1.081.389 a month
  // changed (audit 15): months after the latest cap held are priced on it as a floor, the total labelled so
  it("'utk apbdes 2027' after six months: 12 × 1.081.389 = Rp12.976.668 at least, the March change warned", async () => {
    const a = actor();
    expect(await a.say("iuran kades siltap 12 jt dengan jht dan jp 6 bulan")).toMatch(rowOf("6 bulan \\(paling sedikit\\)", "Rp6.488.334"));
    const reply = await a.say("utk apbdes 2027");
    expect(reply).not.toContain("Bedakan dua hal");
    expect(reply).toMatch(rowOf("12 bulan \\(paling sedikit\\)", "Rp12.976.668"));
    expect(reply).toContain("Maret 2027");
  });

  it("'utk tahun 2027 januari sampai desember'", async () => {
    const a = actor();
    await a.say("iuran kades siltap 12 jt dengan jht dan jp 6 bulan");
    expect(await a.say("utk tahun 2027 januari sampai desember")).toMatch(rowOf("12 bulan \\(paling sedikit\\)", "Rp12.976.668"));
  });
});

describe("#11 staff and RT/RW on an honor are not vulnerable workers chosen by musdes", () => {
  it("'10 perangkat siltap 2 jt + 5 staf desa honor 1 jt setahun': (108.000 + 84.000) × 12 = Rp2.304.000", async () => {
    const reply = await ask("10 perangkat siltap 2 jt + 5 staf desa honor 1 jt setahun");
    expect(reply).toContain("Penerima honor/tunjangan: 5 org");
    expect(reply).not.toContain("Pekerja rentan: 5 org");
    expect(reply).not.toContain("musyawarah desa");
    expect(reply).toContain("staf desa");
    expect(reply).toMatch(rowOf("12 bulan", "Rp2.304.000"));
  });

  it("20 RT and 5 RW on an honor: no musdes note", async () => {
    expect(await ask("sy sekdes, mau hitung iuran utk 20 RT dan 5 RW honor 300 ribu sebulan")).not.toContain("musyawarah desa");
  });
});

describe("#12 twelve months assumed are said so", () => {
  it("'iuran 10 perangkat siltap 2 jt brp': 10 × 10.800 × 12 = Rp1.296.000, with the assumption", async () => {
    const reply = await ask("iuran 10 perangkat siltap 2 jt brp");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.296.000"));
    expect(reply).toContain("Periodenya tidak disebut, jadi saya hitung 12 bulan");
  });

  it("not when the period is written, in the question or after it", async () => {
    expect(await ask("iuran 10 perangkat siltap 2 jt setahun")).not.toContain("Periodenya tidak disebut");
    const a = actor();
    await a.say("iuran 10 perangkat siltap 2 jt brp");
    const year = await a.say("kalau setahun?");
    expect(year).toMatch(rowOf("12 bulan", "Rp1.296.000"));
    expect(year).not.toContain("Periodenya tidak disebut");
  });
});

describe("#13 the split gives the village's share for the period", () => {
  it("12 perangkat on 2 jt with JHT and JP for 6 months: village 124.800 × 12 × 6, siltap 60.000 × 12 × 6", async () => {
    const a = actor();
    expect(await a.say("iuran 12 perangkat siltap 2 jt dengan jht dan jp 6 bulan")).toMatch(rowOf("6 bulan", "Rp13.305.600"));
    const reply = await a.say("bagian desa brp bagian perangkat brp");
    expect(reply).toContain("Untuk 6 bulan: bagian desa Rp8.985.600, dipotong dari siltap Rp4.320.000");
    expect(reply).not.toContain("Masukkan total ini");
  });
});

describe("#14 officials keep their titles in a table of several", () => {
  it("kades 3,5 jt, sekdes 2,5 jt, 5 kaur 2 jt, 6 kadus 1,8 jt: each row named, Rp1.736.640 a year", async () => {
    const reply = await ask("iuran kades siltap 3,5 jt, sekdes 2,5 jt, 5 kaur 2 jt, 6 kadus 1,8 jt setahun");
    expect(reply).toContain("Aparat desa: 1 org (JKK+JKM) – Kepala desa");
    expect(reply).toContain("Aparat desa: 1 org (JKK+JKM) – Sekretaris desa");
    expect(reply).toContain("Aparat desa: 5 org (JKK+JKM) – Kaur");
    expect(reply).toContain("Aparat desa: 6 org (JKK+JKM) – Kepala dusun");
    // 18.900 + 13.500 + 54.000 + 58.320 = 144.720 a month
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.736.640"));
  });
});

describe("#15 'Hitung lagi' offers the JHT/JP choice once", () => {
  it("no duplicate; after 'JKK + JKM saja' the others stay where they were", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:village");
    await a.say("10");
    await a.say("2 jt");
    await a.press("calc:x:none");
    await a.say("0");
    await a.say("12");
    await a.press("calc:again:village");
    await a.press("calc:keep");
    await a.press("calc:keep");
    const labels = buttonLabels(lastKeyboard());
    expect(labels.filter((l) => l.includes("Tidak, JKK + JKM saja"))).toHaveLength(1);
    expect(labels[0]).toBe("↩️ Sama seperti tadi: Tidak, JKK + JKM saja");
    expect(labels[3]).toBe("+ JHT dan JP");
  });
});

describe("#16 a writer who is a pendamping desa is no village", () => {
  it("the first table is Desa A, not 'Desa Desa'", async () => {
    const reply = await ask("sy pendamping desa, desa A 9 perangkat siltap 2 jt, desa B 11 perangkat siltap 1,8 jt, brp iuran masing-masing setahun");
    expect(reply).not.toContain("Desa Desa");
    expect(reply).toMatch(/^Desa A$/m);
    expect(reply).toMatch(/^Desa B$/m);
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.166.400")); // 9 × 10.800 × 12
  });
});

describe("#17 villages with the same figures get one table", () => {
  it("14 villages × 12 perangkat on 2 jt: one table, 14 × 1.555.200 = Rp21.772.800", async () => {
    const reply = await ask("sy staf kecamatan, ada 14 desa masing2 12 perangkat siltap 2 jt, total iuran setahun brp");
    expect(reply.split("Anggaran iuran BPJS Ketenagakerjaan desa")).toHaveLength(2);
    expect(reply).toContain("Setiap desa (14 desa, angkanya sama)");
    expect(reply).toContain("Semua 14 desa, 12 bulan: Rp21.772.800");
  });
});
