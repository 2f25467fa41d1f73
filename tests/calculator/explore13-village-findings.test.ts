/**
 * Village budgets as the thirteenth exploratory tester (explv) typed them (/work/notes/explore13-village.md),
 * through the whole bot.
 *
 * Figures from knowledge/rules: officials JKK 0,24% (pu.jkk_very_low) + JKM 0,30% (pu.jkm) = 0,54% of the siltap
 * (village.official_rate; BPD members of their tunjangan, village.bpd_scheme); JP 3% (pu.jp_total) up to the cap
 * of its months: 10.042.300 from March 2024, 10.547.400 from March 2025, 11.086.300 from March 2026 (pu.jp_cap_*);
 * BPU JKK 1% of the income (bpu.jkk_rate) + JKM 6.800 (bpu.jkm), the income raised to bpu.income_min 1.000.000.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 913000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
const ask = (text: string, language = "id") => actor(language).say(text);
/** A table row: the label, then its amount at the end of the line. */
const rowOf = (label: string, amount: string) => new RegExp(`${label}\\s+${amount.replace(/\./g, "\\.")}`);
/** The exploratory test's day: the JP cap of 2026 in force, the next one (March 2027) not known. */
const NOV_2026 = "2026-11-27T05:00:00Z";

describe("#1 a total or a year's siltap is divided, never read as each person's month", () => {
  it.each([
    // 18.000.000 × 0,54% = 97.200 a month for all eight, × 12
    ["iuran 8 perangkat total siltap 18jt sebulan, setahun brp", "Rp2.250.000", "Rp1.166.400"],
    ["jumlah siltap semua perangkat 18jt sebulan, ada 8 org, iuran setahun brp", "Rp2.250.000", "Rp1.166.400"],
    // 25.000.000 × 0,54% × 12
    ["total gaji 10 perangkat 25jt per bulan, iuran bpjs tk setahun", "Rp2.500.000", "Rp1.620.000"],
    // 300.000.000 a year for 12: 2.083.333 each a month, JKK 5.000 + JKM 6.250 = 11.250 × 12 × 12
    ["anggaran siltap desa kami 300jt setahun untuk 12 perangkat, iuran bpjs tk brp", "Rp2.083.333", "Rp1.620.000"],
    // 36.000.000 a year: 3.000.000 a month, 16.200 × 12
    ["iuran kades siltap setahun 36jt, brp iuran setahun", "Rp3.000.000", "Rp194.400"],
    // 30.000.000 a year each: 2.500.000 a month, 13.500 × 10 × 12
    ["iuran 10 perangkat siltap 30jt setahun per orang, iuran setahun brp", "Rp2.500.000", "Rp1.620.000"],
  ])("'%s': siltap / orang %s, 12 bulan %s", async (question, each, year) => {
    const reply = await ask(question);
    expect(reply).toMatch(rowOf("Siltap / orang", each));
    expect(reply).toMatch(rowOf("12 bulan", year));
    expect(reply).toContain("saya baca sebagai jumlah");
  });

  it("BPD 'total tunjangan 9jt' for 9: 1.000.000 each, 5.400 × 9 × 12 = Rp583.200", async () => {
    const reply = await ask("iuran 9 bpd total tunjangan 9jt sebulan");
    expect(reply).toMatch(rowOf("Tunjangan / orang", "Rp1.000.000"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp583.200"));
    expect(reply).not.toContain("Rp5.248.800");
  });

  it("'siltap 2jt setahun' is still 2 jt a month for a year, and 'total iuran' no total siltap", async () => {
    const year = await ask("iuran 10 perangkat siltap 2jt setahun");
    expect(year).toMatch(rowOf("Siltap / orang", "Rp2.000.000"));
    expect(year).toMatch(rowOf("12 bulan", "Rp1.296.000"));
    expect(year).not.toContain("saya baca sebagai jumlah");
    const total = await ask("iuran 10 perangkat siltap 2jt, total iuran setahun brp");
    expect(total).toMatch(rowOf("12 bulan", "Rp1.296.000"));
  });

  it("a siltap of 300 jt each a month is asked again, not priced; '2,5 jt' then gives 13.500 × 12 × 12 = Rp1.944.000", async () => {
    const a = actor();
    const asked = await a.say("iuran 12 perangkat siltap 300jt setahun");
    expect(asked).toContain("terlalu besar untuk siltap");
    expect(asked).not.toContain("Rp233.280.000");
    const reply = await a.say("2,5 jt");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.944.000"));
  });

  it("a total for people not counted asks how many, then divides: 'total siltap perangkat 18jt' → '8' → Rp1.166.400", async () => {
    const a = actor();
    const asked = await a.say("total siltap perangkat 18jt sebulan, iuran setahun brp");
    expect(asked).toContain("Berapa orang");
    const reply = await a.say("8");
    expect(reply).toMatch(rowOf("Siltap / orang", "Rp2.250.000"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.166.400"));
  });

  it("in English: the total read and said so", async () => {
    const reply = await ask("iuran 8 perangkat total siltap 18jt sebulan, setahun brp", "en");
    expect(reply).toMatch(/1[.,]166[.,]400/);
  });
});

describe("#2 'setahun 2025', '12 bulan 2025' keep the year: JP on that year's caps", () => {
  it.each([
    "iuran 5 perangkat siltap 10,8jt jkk jkm jp setahun 2025",
    "iuran 5 perangkat siltap 10,8jt jkk jkm jp selama setahun di 2025",
    "iuran 5 perangkat siltap 10,8jt jkk jkm jp 12 bulan 2025",
    "iuran 5 perangkat siltap 10,8jt jkk jkm jp thn 2025 setahun",
    "iuran 5 perangkat siltap 10,8jt jkk jkm jp, apbdes 2025",
  ])("'%s': 2 × 1.797.945 + 10 × 1.873.710 = Rp22.332.990", async (question) => {
    const reply = await at(NOV_2026, () => ask(question));
    expect(reply).toMatch(rowOf("12 bulan", "Rp22.332.990"));
    expect(reply).not.toContain("Rp22.939.200");
    expect(reply).not.toContain("Batas upah JP 2026");
  });

  it("'setahun 2024': no JP Jan–Feb (no cap held), then 10 × 360.669: Rp3.725.490, the months left out said", async () => {
    const reply = await at(NOV_2026, () => ask("iuran kades siltap 11jt ikut jp setahun 2024"));
    expect(reply).toMatch(/12 bulan.*Rp3\.725\.490/);
    expect(reply).toContain("Januari–Februari 2024 tidak saya hitung");
  });

  it("'setahun 2026': Jan–Feb on the 2025 cap, as 'tahun 2026': Rp4.645.644", async () => {
    const reply = await at(NOV_2026, () => ask("iuran kades siltap 11jt ikut jp setahun 2026"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp4.645.644"));
  });

  it("'setahun 2027' runs January–December 2027, not from next month", async () => {
    const reply = await at(NOV_2026, () => ask("iuran kades siltap 12jt ikut jp setahun 2027"));
    expect(reply).toContain("Januari–Desember 2027");
    expect(reply).not.toContain("Desember 2026–November 2027");
  });
});

describe("#3 an income written for vulnerable workers is priced on the BPU table, never dropped", () => {
  it("'desa bayarin 50 petani penghasilan 2jt': JKK 20.000 + JKM 6.800 = 26.800 × 50 × 12 = Rp16.080.000", async () => {
    const reply = await ask("desa bayarin 50 petani penghasilan 2jt sebulan, iuran bpjs tk setahun brp");
    expect(reply).toMatch(rowOf("Penghasilan / orang", "Rp2.000.000"));
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp26.800"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp16.080.000"));
    expect(reply).toContain("dihitung dari penghasilan Rp2.000.000");
  });

  it("'20 nelayan dengan penghasilan 1,5jt dibayar dd': 21.800 × 20 × 12 = Rp5.232.000", async () => {
    const reply = await ask("iuran 20 nelayan dengan penghasilan 1,5jt dibayar dd setahun");
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp21.800"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp5.232.000"));
  });

  it("an income under the table's lowest is priced at it, said so: 16.800 × 10 × 12 = Rp2.016.000", async () => {
    const reply = await ask("desa bayarin 10 petani penghasilan 500rb, iuran setahun");
    expect(reply).toMatch(rowOf("12 bulan", "Rp2.016.000"));
    expect(reply).toContain("di bawah tingkat terendah tabel BPU");
  });

  it("a group with no village word, too: '20 petani penghasilan 2jt setahun' = 26.800 × 20 × 12 = Rp6.432.000", async () => {
    const reply = await ask("iuran 20 petani penghasilan 2jt setahun");
    expect(reply).toMatch(rowOf("12 bulan", "Rp6.432.000"));
    expect(reply).not.toContain("paket BPU termurah");
  });

  it("no income written: still the cheapest package, Rp4.032.000 for 20 a year", async () => {
    const reply = await ask("iuran 20 petani setahun");
    expect(reply).toMatch(rowOf("12 bulan", "Rp4.032.000"));
  });
});

describe("#4 the permission question first, the budget after: the count is read, both parts answered", () => {
  // the permission half is answered from its village entry beside the budget (explore13 round 2: it had only been offered)
  it.each([
    // 9 × 5.400 × 12
    ["boleh ga dd bayar bpjs bpd? brp iuran 9 anggota bpd tunjangan 1jt setahun", "Rp583.200", "Permendagri 20/2018"],
    // 10 × 10.800 × 12
    ["dd boleh buat bpjs tk perangkat? kalau boleh brp iuran 10 perangkat siltap 2jt setahun", "Rp1.296.000", "Dari APBDes boleh"],
    ["apa dasar hukum apbdes bayar bpjs perangkat, dan brp iuran 10 perangkat siltap 2jt setahun", "Rp1.296.000", "Dari APBDes boleh"],
  ])("'%s': 12 bulan %s, and the first question answered", async (question, year, first) => {
    const reply = await ask(question);
    expect(reply).not.toContain("Berapa orang");
    expect(reply).toMatch(rowOf("12 bulan", year));
    expect(reply).toContain(first);
  });
});

describe("#5 after 'iuran 20 petani setahun', 'tambah …' keeps the farmers", () => {
  it("'tambah 10 petani': 30 × 16.800 × 12 = Rp6.048.000", async () => {
    const a = actor();
    expect(await a.say("iuran 20 petani setahun")).toMatch(rowOf("12 bulan", "Rp4.032.000"));
    const reply = await a.say("tambah 10 petani");
    expect(reply).toMatch(rowOf("12 bulan", "Rp6.048.000"));
  });

  it("'tambah 5 perangkat siltap 2jt': 20 petani + 5 perangkat = 336.000 + 54.000 a month, Rp4.680.000 a year", async () => {
    const a = actor();
    await a.say("iuran 20 petani setahun");
    const reply = await a.say("tambah 5 perangkat siltap 2jt");
    expect(reply).toContain("Pekerja rentan: 20 org");
    expect(reply).toContain("Aparat desa: 5 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp4.680.000"));
    expect(reply).not.toContain("Periodenya tidak disebut");
  });
});

describe("#7 titles read: the BPD's chair, operator desa, modin, kaling, guru ngaji", () => {
  it("'ketua bpd 1,5jt dan 6 anggota bpd 1jt setahun': 8.100 + 6 × 5.400 = 40.500 a month, Rp486.000 a year", async () => {
    for (const question of ["iuran ketua bpd 1,5jt dan 6 anggota bpd 1jt setahun", "iuran 1 ketua bpd 1,5jt dan 6 anggota bpd 1jt setahun"]) {
      const reply = await ask(question);
      expect(reply).not.toContain("Berapa orang");
      expect(reply).toMatch(rowOf("Total / bulan", "Rp40.500"));
      expect(reply).toMatch(rowOf("12 bulan", "Rp486.000"));
    }
  });

  it("'3 operator desa siltap 1,5jt setahun': 8.100 × 3 × 12 = Rp291.600", async () => {
    const reply = await ask("iuran 3 operator desa siltap 1,5jt setahun");
    expect(reply).toContain("Operator desa");
    expect(reply).toMatch(rowOf("12 bulan", "Rp291.600"));
  });

  it("'2 modin dan 4 kaling siltap 1,5jt setahun': 8.100 × 6 × 12 = Rp583.200", async () => {
    const reply = await ask("iuran bpjs tk 2 modin dan 4 kaling siltap 1,5jt setahun");
    expect(reply).toContain("6 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp583.200"));
  });

  it("'10 guru ngaji honor 500rb setahun': on the BPU package as honor-paid, 16.800 × 10 × 12 = Rp2.016.000", async () => {
    const reply = await ask("iuran 10 guru ngaji honor 500rb setahun");
    expect(reply).not.toContain("Maksud Anda");
    expect(reply).toMatch(rowOf("12 bulan", "Rp2.016.000"));
  });
});

describe("#8 BPD members: JHT and JP treated alike, neither added, both said with Kendal and Pangkep", () => {
  it("'9 bpd tunjangan 1jt ikut jkk jkm jht jp sebulan': 5.400 × 9 = Rp48.600, no JHT line", async () => {
    const reply = await ask("iuran 9 bpd tunjangan 1jt ikut jkk jkm jht jp sebulan");
    expect(reply).toContain("Anggota BPD: 9 org (JKK+JKM)");
    expect(reply).toMatch(rowOf("Total / bulan", "Rp48.600"));
    expect(reply).not.toContain("Rp57.000");
    expect(reply).toContain("JHT dan JP tidak saya tambahkan untuk anggota BPD");
    expect(reply).toContain("Perbup Kendal 45/2025");
    expect(reply).toContain("Pangkep 2025");
  });

  it("JHT alone asked: left out and said; officials beside them keep it (2 jt: 10.800 + 114.000)", async () => {
    const reply = await ask("iuran 5 perangkat siltap 2jt dan 9 bpd tunjangan 1jt dengan jht sebulan");
    expect(reply).toContain("Aparat desa: 5 org (JKK+JKM+JHT)");
    expect(reply).toContain("Anggota BPD: 9 org (JKK+JKM)");
    // 5 × 124.800 + 9 × 5.400
    expect(reply).toMatch(rowOf("Total / bulan", "Rp672.600"));
    expect(reply).toContain("JHT tidak saya tambahkan untuk anggota BPD");
  });

  it("in English", async () => {
    const reply = await ask("9 bpd members allowance 1 million with jht and jp for 12 months", "en");
    expect(reply).toContain("I did not add JHT or JP for BPD members");
  });
});

describe("#9 a rate asked about is not a siltap asked for", () => {
  it("'perangkat desa 0,54% itu jkk brp jkm brp': no siltap asked, the officials' rate entry offered first", async () => {
    const reply = await ask("iuran bpjs tk perangkat desa 0,54% itu jkk brp jkm brp");
    expect(reply).not.toContain("Berapa siltap");
  });
});

describe("#10 'kl 25 org?' after several groups asks which group", () => {
  it("after kades, kaur and farmers: asked, then 'kaur jadi 25' (4.032.000 + …) and 'petani jadi 40' work", async () => {
    const a = actor();
    // 16.200 + 6 × 10.800 + 20 × 16.800 = 417.000 a month
    expect(await a.say("iuran kades 3jt, 6 kaur siltap 2jt, 20 petani setahun")).toMatch(rowOf("12 bulan", "Rp5.004.000"));
    const asked = await a.say("kl 25 org?");
    expect(asked).toContain("25 orang itu untuk kelompok mana");
    expect(asked).toContain("kaur jadi 25");
    expect(asked).toContain("pekerja rentan jadi 25");
    expect(asked).not.toContain("Maksud Anda");
    // 16.200 + 25 × 10.800 + 20 × 16.800 = 622.200 a month
    const reply = await a.say("kaur jadi 25");
    expect(reply).toMatch(rowOf("12 bulan", "Rp7.466.400"));
  });
});

describe("#10 'kades gk usah' takes the village head off, as 'tanpa kades' does", () => {
  it("after kades, kaur and farmers: 6 × 10.800 + 20 × 16.800 = 400.800 a month, Rp4.809.600 a year", async () => {
    const a = actor();
    await a.say("iuran kades 3jt, 6 kaur siltap 2jt, 20 petani setahun");
    const reply = await a.say("kades gk usah");
    expect(reply).not.toContain("Kepala desa");
    expect(reply).toMatch(rowOf("12 bulan", "Rp4.809.600"));
  });
});

describe("#6 several villages: each on its own, and follow-ups for one of them", () => {
  it("two villages named without 'masing2' are two budgets: A 10 × 10.800 × 12 = Rp1.296.000, B 8 × 13.500 × 12 = Rp1.296.000", async () => {
    const reply = await ask("iuran desa A 10 perangkat siltap 2jt, desa B 8 perangkat siltap 2,5jt, setahun brp");
    expect(reply).toMatch(/^Desa A$/m);
    expect(reply).toMatch(/^Desa B$/m);
    expect(reply).not.toContain("Rp2.592.000");
  });

  it("villages of vulnerable workers only: 20.160.000 / 10.080.000 / 6.048.000, all three Rp36.288.000", async () => {
    const reply = await ask("desa A 100 petani, desa B 50 nelayan, desa C 30 buruh, iuran setahun masing2 dan totalnya");
    expect(reply).toMatch(rowOf("12 bulan", "Rp20.160.000"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp10.080.000"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp6.048.000"));
    expect(reply).toContain("Semua 3 desa, 12 bulan: Rp36.288.000");
  });

  it("'12 desa, tiap desa 100 pekerja rentan, total setahun': Rp20.160.000 each, Rp241.920.000 for all", async () => {
    const reply = await ask("kecamatan kami 12 desa, tiap desa 100 pekerja rentan, total setahun");
    expect(reply).not.toContain("Berapa orang");
    expect(reply).toMatch(rowOf("12 bulan", "Rp20.160.000"));
    expect(reply).toContain("Rp241.920.000");
  });

  it("'desa B tambah 20 petani', 'kl desa A 12 org?', 'total semua desa brp' after 'masing2'", async () => {
    const a = actor();
    await a.say("desa A 10 perangkat siltap 2jt, desa B 8 perangkat siltap 2,5jt, brp masing2 setahun");
    // B: 8 × 13.500 + 20 × 16.800 = 444.000 a month
    const added = await a.say("desa B tambah 20 petani");
    expect(added).toMatch(rowOf("12 bulan", "Rp5.328.000"));
    expect(added).toMatch(rowOf("12 bulan", "Rp1.296.000"));
    // A: 12 × 10.800 × 12
    const count = await a.say("kl desa A 12 org?");
    expect(count).toMatch(rowOf("12 bulan", "Rp1.555.200"));
    expect(count).toMatch(rowOf("12 bulan", "Rp5.328.000"));
    const total = await a.say("total semua desa brp");
    // 1.555.200 + 5.328.000
    expect(total).toContain("Rp6.883.200");
    expect(total).not.toContain("Maksud Anda");
  });
});

describe("#11 'ringkasan' or 'rekap' with nothing to summarise, and 'rekap' after a budget", () => {
  it("a new user's 'ringkasan': no calculation yet, said so, not the fallback", async () => {
    const reply = await ask("ringkasan");
    expect(reply).toContain("Belum ada hitungan yang bisa saya ringkas");
    expect(reply).not.toContain("Maaf, saya belum bisa menjawab");
  });

  it("'rekap' after a budget gives it as plain text", async () => {
    const a = actor();
    await a.say("iuran 10 perangkat siltap 2jt setahun");
    const reply = await a.say("rekap");
    expect(reply).toContain("Ringkasan hitungan terakhir");
    expect(reply).toContain("Rp1.296.000");
  });
});

describe("#12 what else the question asks is answered or said", () => {
  it("'dana desa kami 1 m, brp persen …': Rp20.160.000 is 2,02% of it", async () => {
    const reply = await ask("dana desa kami 1 m, brp persen kalau bayar iuran 100 pekerja rentan setahun");
    expect(reply).toMatch(rowOf("12 bulan", "Rp20.160.000"));
    expect(reply).toContain("2,02%");
  });

  it("'… berapa persen dari dana desa 800jt': 2,52%", async () => {
    const reply = await ask("iuran 100 pekerja rentan setahun brp, itu berapa persen dari dana desa 800jt");
    expect(reply).toContain("2,52%");
  });

  it("'pakai tarif pangkep': said not to be a rate, the 0,54% used; 16.200 + 13.500 = 29.700 × 12 = Rp356.400", async () => {
    const reply = await ask("iuran kades 3jt sekdes 2,5jt setahun, pakai tarif pangkep");
    expect(reply).toMatch(rowOf("12 bulan", "Rp356.400"));
    expect(reply).toContain("Tarif Pangkep");
  });

  it("'kades siltap 3jt tunjangan 1jt': priced on the siltap (16.200), the tunjangan said not counted", async () => {
    const reply = await ask("iuran kades siltap 3jt tunjangan 1jt sebulan brp");
    expect(reply).not.toContain("Siltap tiap jabatan");
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp16.200"));
    expect(reply).toContain("Tunjangan Rp1.000.000 tidak saya hitung");
  });
});

describe("#1 guards: the contribution's total is no total siltap", () => {
  it("'iuran 2 perangkat brp total, siltap 2jt': 2 jt each (10.800 × 2 × 12 = Rp259.200), nothing divided", async () => {
    const reply = await ask("iuran 2 perangkat brp total, siltap 2jt");
    expect(reply).toMatch(rowOf("Siltap / orang", "Rp2.000.000"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp259.200"));
    expect(reply).not.toContain("saya baca sebagai jumlah");
  });
});

describe("#7 a bare figure after a count asked with nothing held does not loop silently", () => {
  it("'1' after 'Berapa orang…' for a question it could not place: asked to write the whole question again", async () => {
    const a = actor();
    const asked = await a.say("iuran 5 perangkat, 3 staf siltap 1,5jt setahun");
    expect(asked).toContain("Berapa orang");
    const again = await a.say("1");
    expect(again).toContain("Tulis ulang pertanyaannya lengkap");
  });
});

describe("#1 'siltap 36jt setahun' for one person is a year's pay, said so", () => {
  it("3.000.000 a month: 16.200 × 12 = Rp194.400", async () => {
    const reply = await ask("iuran kades siltap 36jt setahun");
    expect(reply).toMatch(rowOf("Siltap / orang", "Rp3.000.000"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp194.400"));
    expect(reply).toContain("Rp36.000.000 saya baca sebagai jumlah setahun");
  });

  it("'kades siltap 12jt setahun dengan jp' stays 12 jt a month", async () => {
    const reply = await ask("iuran kades siltap 12jt setahun dengan jp");
    expect(reply).toMatch(rowOf("Siltap / orang", "Rp12.000.000"));
    expect(reply).not.toContain("saya baca sebagai jumlah");
  });
});
