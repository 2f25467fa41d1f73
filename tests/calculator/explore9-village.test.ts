/**
 * Village budgets as the ninth exploratory tester (kades, sekdes, bendahara) typed them
 * (/work/notes/explore9-village.md #1–#10, #15, #20).
 *
 * Figures from knowledge/rules: officials JKK 0,24% + JKM 0,3% = 0,54% of the siltap (pu.jkk_very_low,
 * pu.jkm); JHT 5,7% = 3,7% employer + 2% worker (pu.jht_*), JP 3% = 2% + 1% (pu.jp_*); vulnerable workers
 * bpu.package_min Rp16.800, with JHT bpu.package_with_jht_min Rp36.800 a person a month.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 91000;
const actor = (language = "id") => chatActor(h, worker(nextId++, language));
const ask = (text: string) => actor().say(text);
/** A table row: the label, then its amount at the end of the line. */
const rowOf = (label: string, amount: string) => new RegExp(`${label}\\s+${amount.replace(/\./g, "\\.")}`);

describe("#4 a kades or sekdes introducing themselves is not one more official", () => {
  it.each([
    ["kades baru nih. 15 perangkat siltap 2 jt iuran setahun brp", "Aparat desa: 15 org", "Rp1.944.000"], // 15 × 10.800 × 12
    ["kades sy mau daftarin 10 perangkat siltap 2 jt setahun brp", "Aparat desa: 10 org", "Rp1.296.000"], // 10 × 10.800 × 12
  ])("%s", async (question, officials, total) => {
    const reply = await ask(question);
    expect(reply).toContain(officials);
    expect(reply).toMatch(rowOf("12 bulan", total));
  });

  it("with fishers beside them: (15 × 10.800 + 60 × 16.800) × 12", async () => {
    const reply = await ask("kades baru nih. desa sy mau lindungi 15 perangkat & 60 nelayan pake dana desa, boleh? brp setahun? siltap 2 jt");
    expect(reply).toContain("Aparat desa: 15 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp14.040.000"));
  });

  it("a kades named beside others without introducing themselves is still counted", async () => {
    expect(await ask("iuran kades dan 5 perangkat siltap 2 jt setahun brp")).toContain("Aparat desa: 6 org");
  });
});

describe("#2 a budget limit naming JHT and JP counts them per person", () => {
  it("Rp20 jt at siltap 2 jt plus JHT and JP: Rp184.800 a month, 9 officials", async () => {
    const reply = await ask("dana 20 juta cukup utk brp perangkat siltap 2 jt plus jht jp setahun");
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp184.800")); // 10.800 + 114.000 + 60.000
    expect(reply).toMatch(rowOf("Per orang 12 bulan", "Rp2.217.600"));
    expect(reply).toMatch(/Jumlah orang\s+9\n/);
    expect(reply).toMatch(rowOf("Sisa anggaran", "Rp41.600"));
    expect(reply).toContain("JKK + JKM 0,54% + JHT 5,7% + JP 3% dari siltap");
    expect(reply).not.toContain("154");
  });
});

describe("#3 #8 follow-ups that add JHT and JP", () => {
  const officials = "iuran 12 perangkat siltap 2,5 jt 6 bulan";

  it.each(["and with JHT and JP?", "dengan jht dan jp?", "plus jht jp"])("'%s' adds both: Rp231.000 a person, Rp16.632.000 for 6 months", async (followUp) => {
    const a = actor();
    await a.say(officials);
    const reply = await a.say(followUp);
    expect(reply).toMatch(/(Aparat desa: 12 org|Village officials: 12) \(JKK\+JKM\+JHT\+JP\)/);
    expect(reply).toMatch(/Rp231[.,]000/); // 13.500 + 142.500 + 75.000
    expect(reply).toMatch(/Rp16[.,]632[.,]000/);
  });

  it("'jp aja' adds JP alone", async () => {
    const a = actor();
    await a.say(officials);
    const reply = await a.say("jp aja");
    expect(reply).toContain("Aparat desa: 12 org (JKK+JKM+JP)");
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp88.500")); // 13.500 + 75.000
    expect(reply).toMatch(rowOf("6 bulan", "Rp6.372.000"));
  });

  it("'termasuk jht jp?' after farmers: JHT on their package, and JP is not for BPU", async () => {
    const a = actor();
    await a.say("iuran 50 petani setahun");
    const reply = await a.say("termasuk jht jp?");
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp36.800"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp22.080.000")); // 50 × 36.800 × 12
    expect(reply).toContain("JP (Jaminan Pensiun) tidak bisa diikuti peserta BPU");
  });
});

describe("#1 #5 a head count after an answer about officials is those officials", () => {
  it("'10 org setahun brp' after the officials' rate asks for the siltap, then computes 0,54% of it", async () => {
    const a = actor();
    expect(await a.say("iuran bpjs tk utk perangkat desa brp sebulan")).toContain("0,54% dari siltap");
    const asked = await a.say("10 org setahun brp");
    expect(asked).toContain("Berapa siltap");
    expect(asked).not.toContain("Rp16.800");
    const reply = await a.say("2 jt");
    expect(reply).toContain("Aparat desa: 10 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.296.000"));
  });

  it("farmers after it stay vulnerable workers on the BPU package", async () => {
    const a = actor();
    await a.say("iuran bpjs tk utk perangkat desa brp sebulan");
    expect(await a.say("50 petani setahun brp")).toMatch(rowOf("12 bulan", "Rp10.080.000"));
  });

  it("English: '10 officials with a fixed income of 2 million for a year' is ten officials on siltap", async () => {
    const a = actor("en");
    const reply = await a.say("how much for 10 officials with a fixed income of 2 million for a year");
    expect(reply).toContain("Village officials: 10");
    expect(reply).toMatch(rowOf("12 months", "Rp1,296,000"));
    expect(reply).not.toContain("BPU");
  });
});

describe("#6 titles written before their counts", () => {
  it("'kades 1, sekdes 1, 5 kadus siltap 2,2 jt': 7 officials", async () => {
    const reply = await ask("pak sy kades, iuran bpjs tk utk kades 1, sekdes 1, 5 kadus siltap 2,2 jt setahun brp");
    expect(reply).toContain("Aparat desa: 7 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp997.920")); // 7 × 11.880 × 12
  });

  it("'kades 1, sekdes 1, kaur 3, kadus 4 siltap rata2 2 jt': 9 officials", async () => {
    const reply = await ask("iuran kades 1, sekdes 1, kaur 3, kadus 4 siltap rata2 2 jt setahun");
    expect(reply).toContain("Aparat desa: 9 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.166.400")); // 9 × 10.800 × 12
  });

  it("an amount after a title is still an amount: 'siltap kades 1,5 jt'", async () => {
    expect(await ask("siltap kades 1,5 jt iuran brp")).toMatch(rowOf("Per orang / bulan", "Rp8.100"));
  });
});

describe("#7 the village's share and what is deducted from the siltap", () => {
  it("one siltap, shares asked: village Rp124.800, deducted Rp60.000, with the regency caveat", async () => {
    const reply = await ask("siltap perangkat 2 jt, iuran jkk jkm jht jp per org sebulan, bagian desa brp bagian perangkat brp");
    expect(reply).not.toContain("Siltap tiap jabatan");
    expect(reply).toContain("desa membayar Rp124.800 (JKK + JKM + JHT 3,7% + JP 2%)");
    expect(reply).toContain("dipotong dari siltap Rp60.000 (JHT 2% + JP 1%)");
    expect(reply).toContain("Kabupaten bisa mengaturnya lain");
  });

  it("'potongan bpjs tk dr siltap' of a sekdes on 2,5 jt with JHT and JP: Rp75.000", async () => {
    const reply = await ask("sekdes sy siltapnya 2,5 jt, potongan bpjs tk dr siltap brp kl ikut jht jp");
    expect(reply).toContain("dipotong dari siltap Rp75.000");
    expect(reply).toContain("desa membayar Rp156.000");
  });
});

describe("#10 'anggaran desa …' with its numbers is computed, not met with the village menu", () => {
  it("5 juta for 8 officials on 2 jt: 57 months, Rp75.200 left", async () => {
    const reply = await ask("anggaran desa cuma 5 juta, 8 perangkat siltap 2 jt, cukup utk brp bulan?");
    expect(reply).not.toContain("Pojok kepala desa");
    expect(reply).toContain("cukup untuk 57 bulan");
    expect(reply).toContain("sisa Rp75.200");
  });

  it("/desa still opens the corner", async () => {
    expect(await ask("/desa")).toContain("Pojok kepala desa");
  });
});

describe("#20 #15 periods, nobody, and the language of a bare reply", () => {
  it("'setengah tahun' is 6 months and leaves the siltap as written", async () => {
    const reply = await ask("iuran 6 perangkat siltap 2 jt setengah tahun");
    expect(reply).toMatch(rowOf("Siltap / orang", "Rp2.000.000"));
    expect(reply).toMatch(rowOf("6 bulan", "Rp388.800")); // 6 × 10.800 × 6
  });

  it("'… 2.5 million a month, for 6 months' reads the 6 months", async () => {
    const reply = await ask("How much would BPJS cost for 12 village officials earning 2.5 million a month, for 6 months?");
    expect(reply).toMatch(rowOf("6 months", "Rp972,000")); // 12 × 13.500 × 6
  });

  it("0 officials: nothing to compute", async () => {
    expect(await ask("iuran 0 perangkat siltap 2 jt setahun")).toContain("Tidak ada yang dihitung");
  });

  it("a bare number answering an English question is answered in English on an Indonesian phone", async () => {
    const a = actor("id");
    expect(await a.say("How much would it cost for 12 village officials earning 2.5 million for the rest of the year?")).toContain("For how many months?");
    const reply = await a.say("6");
    expect(reply).toContain("Village officials: 12");
    expect(reply).toMatch(rowOf("6 months", "Rp972,000"));
  });
});

describe("#9 a follow-up changing one group's count in a mixed result", () => {
  it("'kl petaninya 80?': (108.000 + 80 × 16.800) × 12", async () => {
    const a = actor();
    await a.say("iuran 10 perangkat siltap 2 jt dan 50 petani setahun");
    const reply = await a.say("kl petaninya 80?");
    expect(reply).toContain("Pekerja rentan: 80 org");
    expect(reply).toContain("Aparat desa: 10 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp17.424.000"));
  });
});

describe("#19 a budget with JP past next March says the JP cap will change", () => {
  it("2 years from November 2026 runs past March 2027", async () => {
    const reply = await at("2026-11-26T03:00:00Z", () => ask("iuran kades siltap 12 jt plus jht jp 2 tahun"));
    // changed (audit 15): the months past March 2027 on the 2026 cap, a floor, labelled and said (audit 17: both missing caps named)
    expect(reply).toMatch(rowOf("24 bulan \\(paling sedikit\\)", "Rp25.953.336")); // (64.800 + 684.000 + 332.589) × 24
    expect(reply).toContain("batas mulai Maret 2027 dan Maret 2028 belum ada di data kami");
  });

  it("3 months from November 2026 ends before it", async () => {
    const reply = await at("2026-11-26T03:00:00Z", () => ask("iuran kades siltap 12 jt plus jht jp 3 bulan"));
    expect(reply).not.toContain("melewati Maret");
  });
});

describe("#17 Linmas and kader are not asked a siltap that would be ignored", () => {
  it("'iuran 10 linmas setahun' is counted on the BPU package at once, with why", async () => {
    const reply = await ask("iuran 10 linmas setahun");
    expect(reply).not.toContain("Berapa siltap");
    expect(reply).toMatch(rowOf("12 bulan", "Rp2.016.000")); // 10 × 16.800 × 12
    expect(reply).toContain("bukan 0,54% dari honornya");
  });

  it("'insentif 250 rb' answering the siltap question is read, on the BPU package", async () => {
    const a = actor();
    await a.say("iuran 10 perangkat setahun");
    const reply = await a.say("insentif 250 rb");
    expect(reply).toMatch(rowOf("12 bulan", "Rp2.016.000"));
    expect(reply).toContain("bukan 0,54% dari honornya");
  });
});

describe("#14 two villages asked 'masing-masing' get a budget each", () => {
  it("desa A: 5 × 10.800 × 12; desa B: 8 × 9.720 × 12; no combined total", async () => {
    const a = actor();
    const reply = await a.say("desa A 5 perangkat siltap 2 jt, desa B 8 perangkat siltap 1,8 jt, iuran setahun masing2 brp");
    expect(reply).toContain("Desa A");
    expect(reply).toContain("Desa B");
    expect(reply).toMatch(rowOf("12 bulan", "Rp648.000"));
    expect(reply).toMatch(rowOf("12 bulan", "Rp933.120"));
    expect(reply).not.toContain("Rp1.581.120");
    const six = await a.say("kalau 6 bulan?");
    expect(six).toMatch(rowOf("6 bulan", "Rp324.000"));
    expect(six).toMatch(rowOf("6 bulan", "Rp466.560"));
  });
});
