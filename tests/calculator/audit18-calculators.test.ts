/**
 * Audit 18 on calculator figures (notes/audit18-calculators.md): households keep their size and period (#1),
 * the BPU package paid is no wage in the JKK death calculator (#2), a vulnerable workers' income prices a
 * budget's coverage (#3), JHT asked on BPU is in the table (#7), weak or single figures are marked (#4, #12),
 * a salary's deduction asked with its tax (#6).
 *
 * Figures from knowledge/rules: bpu.package_min Rp16.800 (201.600 a year), bpu.income_min Rp1.000.000,
 * bpu.jkk_rate 1%, bpu.jkm Rp6.800, bpu.jht_rate 2% (single); benefit.jkk_death_multiple 48, funeral 10 jt,
 * periodic 12 jt (misc_extra.bpu_death_example 70 jt); pu.jp_cap_2026 Rp11.086.300 (weak);
 * benefit.jp_min_benefit_2024 Rp393.500 (single); misc_extra.daily_wage_multiplier 25 (single);
 * benefit.jht_npwp_threshold 50 jt (single); worker's share JHT 2% + JP 1%.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 181800;
const ask = (text: string, language = "id") => chatActor(h, worker(nextId++, language)).say(text);
const rowOf = (label: string, amount: string) => new RegExp(`${label.replace(/[()/+*?.[\]]/g, "\\$&")}\\s+${amount.replace(/\./g, "\\.")}`);

describe("#1 a household keeps its size and its period", () => {
  it.each([
    ["saya dan istri sama-sama pedagang, iuran bpu berdua setahun berapa", 2, "12 bulan", "Rp403.200"],
    ["iuran bpu berdua setahun berapa", 2, "12 bulan", "Rp403.200"],
    ["saya dan istri iuran bpu setahun berapa", 2, "12 bulan", "Rp403.200"],
    ["saya dan istri iuran bpu 6 bulan", 2, "6 bulan", "Rp201.600"],
    ["iuran bpu bertiga setahun", 3, "12 bulan", "Rp604.800"],
    ["saya, istri dan anak pedagang iuran bpu setahun", 3, "12 bulan", "Rp604.800"],
    ["saya dan 2 anak iuran bpu setahun berapa", 3, "12 bulan", "Rp604.800"],
    ["keluarga 4 orang iuran bpu setahun berapa", 4, "12 bulan", "Rp806.400"],
    ["iuran bpu untuk 4 orang keluarga berapa sebulan", 4, "1 bulan", "Rp67.200"],
    ["saya dan suami ojol iuran bpu sebulan berapa", 2, "1 bulan", "Rp33.600"],
  ])("'%s': %i people, %s %s", async (text, people, months, total) => {
    const reply = await ask(text);
    expect(reply).toMatch(rowOf(`${people} orang / bulan`, `Rp${(16_800 * people).toLocaleString("id-ID")}`));
    expect(reply).toMatch(rowOf(months, total));
    expect(reply).not.toMatch(/beasiswa|Maksud Anda/i);
  });
});

describe("#2 the BPU package paid is not the wage of a work-accident death", () => {
  it.each(["ojol paket 16800 meninggal kecelakaan kerja dapat berapa", "peserta bpu iuran 16.800 meninggal kecelakaan kerja dapat berapa"])("'%s': 48 × Rp1.000.000 + 10 jt + 12 jt = Rp70.000.000", async (text) => {
    const reply = await ask(text);
    expect(reply).toMatch(/Rp16\.800 adalah iuran paket BPU/);
    expect(reply).toMatch(rowOf("48 × upah", "Rp48.000.000"));
    expect(reply).toMatch(rowOf("Total", "Rp70.000.000"));
    expect(reply).not.toMatch(/Rp806\.400|Rp42\.000\.000/);
  });

  it("another contribution is not guessed into an income: the income is asked for", async () => {
    const reply = await ask("ojol iuran 26.800 meninggal kecelakaan kerja dapat berapa");
    expect(reply).toMatch(/tampaknya iuran yang dibayar, bukan penghasilan/);
    expect(reply).not.toMatch(/Total/);
  });

  it("a wage still counts as the wage", async () => {
    expect(await ask("pekerja gaji 5 juta meninggal karena kecelakaan kerja santunan berapa")).toMatch(rowOf("Total", "Rp262.000.000"));
  });
});

describe("#3 a budget's coverage on the vulnerable workers' income written", () => {
  it("10 jt at 2 jt income: 26.800 a month, 321.600 a year, 31 people, Rp30.400 left, with the estimate warning", async () => {
    const reply = await ask("anggaran 10 juta cukup untuk berapa pekerja rentan penghasilan 2 juta");
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp26.800"));
    expect(reply).toMatch(rowOf("Per orang 12 bulan", "Rp321.600"));
    expect(reply).toMatch(rowOf("Jumlah orang", "31"));
    expect(reply).toMatch(rowOf("Sisa anggaran", "Rp30.400"));
    expect(reply).toMatch(/penghasilan Rp2\.000\.000 yang Anda tulis/);
    expect(reply).toMatch(/angka di antaranya perkiraan/);
    expect(reply).not.toMatch(/paket BPU termurah\. Untuk upah/);
  });

  it("no income written: still the cheapest package (99 people for 20 jt)", async () => {
    const reply = await ask("dana desa 20 juta cukup untuk berapa orang pekerja rentan");
    expect(reply).toMatch(rowOf("Jumlah orang", "99"));
    expect(reply).toMatch(rowOf("Sisa anggaran", "Rp41.600"));
  });
});

describe("#7 JHT asked on BPU is in the table", () => {
  it.each([
    ["petani penghasilan 1,5 juta mau ikut jkk jkm jht berapa", "Rp30.000", "Rp51.800", "Rp621.600"],
    ["iuran jht bpu penghasilan 3 juta", "Rp60.000", "Rp96.800", "Rp1.161.600"],
  ])("'%s': JHT %s, %s a month, %s a year", async (text, jht, monthly, year) => {
    const reply = await ask(text);
    expect(reply).toMatch(rowOf("JHT 2%", jht));
    expect(reply).toMatch(rowOf("Total / bulan", monthly));
    expect(reply).toMatch(rowOf("12 bulan", year));
    expect(reply).toMatch(/JHT BPU \(pilihan\) baru dari satu sumber/);
  });

  it("without JHT said: no JHT row", async () => {
    const reply = await ask("iuran bpu penghasilan 3 juta tanpa jht");
    expect(reply).not.toMatch(/JHT 2%\s+Rp/);
    expect(reply).toMatch(rowOf("Total / bulan", "Rp36.800"));
  });
});

describe("#4 #12 weak and single figures are marked where a result rests on them", () => {
  it("the pension on the 2026 JP cap (weak) warns as the contribution table does", async () => {
    const reply = await ask("gaji 15 juta iuran jp 25 tahun dapat pensiun berapa");
    expect(reply).toMatch(rowOf("Pensiun / bulan", "Rp2.771.575"));
    expect(reply).toMatch(/Batas upah JP 2026 belum terkonfirmasi/);
  });

  it("a pension below the cap needs no cap warning", async () => {
    const reply = await ask("pensiun saya berapa kalau gaji 6 juta dan iuran 20 tahun");
    expect(reply).toMatch(rowOf("Pensiun / bulan", "Rp1.200.000"));
    expect(reply).not.toMatch(/belum terkonfirmasi/);
  });

  it("the minimum pension paid (single) is marked", async () => {
    const reply = await ask("pensiun gaji 2 juta iuran 15 tahun berapa");
    expect(reply).toMatch(rowOf("Dibayar (minimal)", "Rp393.500"));
    expect(reply).toMatch(/Manfaat pensiun minimal Rp393\.500 \(2024\) baru dari satu sumber/);
  });

  it("a daily wage: the ×25 multiplier (single) marked, and the 20 days written acknowledged", async () => {
    const reply = await ask("upah harian 100 ribu kerja 20 hari sebulan iuran bpjs");
    expect(reply).toMatch(rowOf("Total", "Rp231.000"));
    expect(reply).toMatch(/Anda menyebut 20 hari kerja sebulan, tetapi upah bulanan pekerja harian dihitung 25 hari/);
    expect(reply).toMatch(/Pengali 25 hari ini baru dari satu sumber/);
  });

  it("the NPWP threshold (single) beside a JHT tax is marked", async () => {
    const reply = await ask("saldo jht 80 juta kena pajak berapa");
    expect(reply).toMatch(rowOf("Pajak PPh 21", "Rp1.500.000"));
    expect(reply).toMatch(/biasanya diminta NPWP saat klaim\. \(angka ini baru dari satu sumber/);
  });
});

describe("#6 a salary's deduction asked with its tax", () => {
  it("'gaji 5 juta potongan bpjs tk dan pajak': Rp150.000 deducted, salary tax said to be outside our data, 175", async () => {
    const reply = await ask("gaji 5 juta potongan bpjs tk dan pajak");
    expect(reply).toMatch(rowOf("Dipotong dari gaji", "Rp150.000"));
    expect(reply).toMatch(/PPh 21\) tidak ada di data kami/);
    expect(reply).toMatch(/175/);
    expect(reply).not.toMatch(/JHT yang dicairkan sekaligus/);
  });

  it("a JHT balance's tax is still the JHT tax", async () => {
    expect(await ask("saldo jht 40 juta kena pajak?")).not.toMatch(/Dipotong dari gaji/);
  });
});

describe("#9 village totals: combined groups and all villages together", () => {
  it("10 perangkat siltap 2 jt and 20 vulnerable workers earning 1,5 jt in 2026: 108.000 + 436.000 = 544.000, Rp6.528.000", async () => {
    const reply = await ask("iuran 10 perangkat desa siltap 2 juta dan 20 pekerja rentan penghasilan 1,5 juta tahun 2026");
    expect(reply).toMatch(rowOf("Total / bulan", "Rp108.000"));
    expect(reply).toMatch(rowOf("Total / bulan", "Rp436.000"));
    expect(reply).toMatch(rowOf("Total / bulan", "Rp544.000"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp6.528.000"));
    expect(reply).not.toMatch(/Siltap tiap jabatan tampaknya berbeda/);
  });

  it("3 villages each with 50 vulnerable workers: each 10.080.000, all three 30.240.000; the total asked again is that sum", async () => {
    const user = chatActor(h, worker(nextId++));
    const first = await user.say("3 desa masing-masing 50 pekerja rentan iuran setahun");
    expect(first).toMatch(rowOf("12 bulan", "Rp10.080.000"));
    expect(first).toContain("Semua 3 desa, 12 bulan: Rp30.240.000");
    const again = await user.say("totalnya 3 desa berapa?");
    expect(again).toContain("Semua 3 desa, 12 bulan: Rp30.240.000");
    expect(again).not.toMatch(/Maksud Anda/);
  });
});

describe("#9 a total siltap whose head count is not written", () => {
  it("'total siltap perangkat desa 30 juta sebulan': 0,54% = Rp162.000 said before the count is asked", async () => {
    const reply = await ask("total siltap perangkat desa 30 juta sebulan iuran berapa");
    expect(reply).toMatch(/dari total siltap Rp30\.000\.000 sebulan: 0,54% = (?:<b>)?Rp162\.000(?:<\/b>)? sebulan/);
    expect(reply).toMatch(/Berapa orang aparat desa/);
  });
});

describe("#10 a year follow-up after a period was set", () => {
  it("'tahun 2025?' after '6 bulan': January–December 2025, Rp1.296.000", async () => {
    const user = chatActor(h, worker(nextId++));
    await user.say("iuran 10 perangkat desa siltap 2 juta");
    expect(await user.say("kalau 6 bulan?")).toMatch(rowOf("6 bulan", "Rp648.000"));
    const year = await user.say("tahun 2025?");
    expect(year).toMatch(rowOf("12 bulan", "Rp1.296.000"));
    expect(year).toMatch(/Januari–Desember 2025/);
  });

  it("'iuran pekerja rentan 2025 untuk 100 orang': 2025 read as the budget year", async () => {
    const reply = await ask("iuran pekerja rentan 2025 untuk 100 orang");
    expect(reply).toMatch(rowOf("12 bulan", "Rp20.160.000"));
    expect(reply).toMatch(/Januari–Desember 2025/);
    expect(reply).not.toMatch(/Periodenya tidak disebut/);
  });
});

describe("#11 a partial JHT follow-up keeps the balance", () => {
  it("'kalau cair sebagian 10 persen?' after the tax on 150 jt: 15.000.000, estimated tax 750.000", async () => {
    const user = chatActor(h, worker(nextId++));
    await user.say("saldo jht 80 juta pajak berapa");
    expect(await user.say("kalau 150 juta?")).toMatch(rowOf("Pajak PPh 21", "Rp5.000.000"));
    const partial = await user.say("kalau cair sebagian 10 persen?");
    expect(partial).toMatch(rowOf("10% (pensiun)", "Rp15.000.000"));
    expect(partial).toMatch(/Rp750\.000/);
  });
});

describe("#13 citations and wording", () => {
  it("the officials' JKK + JKM cites the village rate's regulation, not JKK's article alone", async () => {
    const reply = await ask("iuran 10 perangkat desa siltap 2,5 juta berapa");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.620.000"));
    expect(reply).toMatch(/📚 Sumber: PP 44\/2015$/m);
  });

  it("a household on an income has no village wording", async () => {
    const reply = await ask("iuran bpu penghasilan 3 juta untuk 2 orang setahun");
    expect(reply).toMatch(rowOf("12 bulan", "Rp883.200"));
    expect(reply).not.toMatch(/desa|Pekerja rentan/i);
  });
});

describe("#8 equivalent wordings get the figure", () => {
  it("'saldo jht 100 juta bisa cair sebagian berapa untuk rumah': 30% = Rp30.000.000", async () => {
    expect(await ask("saldo jht 100 juta bisa cair sebagian berapa untuk rumah")).toMatch(rowOf("30% (perumahan)", "Rp30.000.000"));
  });

  it.each(["iuran jakon upah 4 juta", "iuran pekerja konstruksi upah 4 juta"])("'%s': 2,04 percent of 4 jt = Rp81.600, marked single-source", async (text) => {
    const reply = await ask(text);
    expect(reply).toMatch(/Rp4\.000\.000 × 2,04% \(JKK \+ JKM\) = <b>Rp81\.600<\/b>|Rp4\.000\.000 × 2,04% \(JKK \+ JKM\) = Rp81\.600/);
    expect(reply).toMatch(/baru dari satu sumber/);
  });

  it("the contract value still goes by the tiers", async () => {
    expect(await ask("iuran jakon kontrak 300 juta berapa")).toMatch(rowOf("Iuran JKK + JKM", "Rp620.000"));
  });
});

describe("#4 the wage table below a cap not yet confirmed", () => {
  it("'gaji saya 5 juta …': JP on the wage, the 2026 cap marked as awaiting its announcement", async () => {
    const reply = await ask("gaji saya 5 juta, berapa potongan bpjs ketenagakerjaan?");
    expect(reply).toMatch(rowOf("Dipotong dari gaji", "Rp150.000"));
    expect(reply).toMatch(/di bawah batas upah JP 2026 \(Rp11\.086\.300\)\. \(Angka batas itu sendiri masih menunggu pengumuman resmi/);
  });
});
