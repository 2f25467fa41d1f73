/**
 * Village budgets as the seventh exploratory tester typed them (/work/notes/explore7-village.md):
 * amounts in words, head counts after the siltap or "termasuk kades", follow-ups that change one
 * figure, a siltap asked for when none is written, and a fiscal year named.
 *
 * Figures from knowledge/rules: village.official_rate 0,54% of the siltap (pu.jkk_very_low 0,24 +
 * pu.jkm 0,30), bpu.package_min Rp16.800 and bpu.package_with_jht_min Rp36.800 a person a month.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 17000;
const actor = () => chatActor(h, worker(nextId++));
const ask = (text: string) => actor().say(text);
/** A new user at the village form's first step, the officials' count. */
async function villageForm() {
  const a = actor();
  await a.say("/hitung");
  await a.press("calc:k:village");
  return a;
}
/** A table row: the label, then its amount at the end of the line. */
const rowOf = (label: string, amount: string) => new RegExp(`${label}\\s+${amount.replace(/\./g, "\\.")}`);

describe("#5 kader or RT paid an honor, insentif or tunjangan", () => {
  // BPD members are priced on their tunjangan as officials since explore9-village #17 (explore9-forms.test.ts)
  it.each([
    ["kader posyandu 15 org insentif 150rb, iuran bpjs tk setahun brp", "Rp3.024.000"], // 15 × 16.800 × 12
    ["ketua rt 5 org insentif 800rb, iurannya brp sebulan", "Rp84.000"], // 5 × 16.800
  ])("%s: on the BPU package, never 0,54% of the honor", async (question, total) => {
    const reply = await ask(question);
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp16.800"));
    expect(reply).toContain(total);
    expect(reply).not.toContain("Rp810");
    expect(reply).not.toContain("Rp4.320");
    expect(reply).toContain("bukan 0,54% dari honornya");
  });
});

describe("#1 an amount in words is read whole", () => {
  it("'dua juta lima ratus ribu' is Rp2.500.000, shown as the siltap used", async () => {
    const reply = await ask("siltap kades dua juta lima ratus ribu iuran brp");
    expect(reply).toMatch(rowOf("Siltap / orang", "Rp2.500.000"));
    expect(reply).toMatch(rowOf("Per orang / bulan", "Rp13.500")); // 2.500.000 × 0,54%
    expect(reply).not.toContain("Rp10.800");
  });

  it("'tiga juta dua ratus ribu' is Rp3.200.000", async () => {
    expect(await ask("siltap kades tiga juta dua ratus ribu, brp iurannya")).toMatch(rowOf("Per orang / bulan", "Rp17.280")); // 3.200.000 × 0,54%
  });

  it("the village form reads the siltap in words too", async () => {
    const a = await villageForm();
    await a.say("5");
    await a.say("dua juta lima ratus ribu");
    await a.press("calc:x:none"); // no JHT/JP for the officials
    await a.say("0");
    const reply = await a.say("12");
    expect(reply).toMatch(rowOf("12 bulan", "Rp810.000")); // 5 × 13.500 × 12
  });
});

describe("#2 a plain head count after the siltap is the officials'", () => {
  it("'siltap perangkat 1.750.000 ada 8 org' is 8 perangkat, no vulnerable workers", async () => {
    const reply = await ask("siltap perangkat 1.750.000 ada 8 org, iuran 3 bulan");
    expect(reply).toContain("Aparat desa: 8 org");
    expect(reply).not.toContain("Pekerja rentan");
    expect(reply).toMatch(rowOf("3 bulan", "Rp226.800")); // 8 × 9.450 (1.750.000 × 0,54%) × 3
  });
});

describe("#3 farmers in a follow-up are vulnerable workers, not officials", () => {
  it("'kalau 10 petani?' after 9 perangkat adds 10 on the BPU package", async () => {
    const a = actor();
    await a.say("iuran 9 perangkat desa siltap 2,1jt setahun brp");
    const reply = await a.say("kalau 10 petani?");
    expect(reply).toContain("Aparat desa: 9 org");
    expect(reply).toContain("Pekerja rentan: 10 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp3.240.720")); // (9 × 11.340 + 10 × 16.800) × 12
    expect(reply).not.toContain("Rp1.360.800");
  });
});

describe("#4 head counts: a stated total, 'termasuk', 'bendahara'", () => {
  it.each([
    ["perangkat desa 9 org termasuk kades siltap 2jt, iuran setahun", "Rp1.166.400"], // 9 × 10.800 × 12
    ["iuran kades dan perangkat desa (total 9 org) siltap 2jt setahun", "Rp1.166.400"], // 9 × 10.800 × 12
    ["iuran kades, sekdes dan bendahara siltap 2jt setahun", "Rp388.800"], // 3 × 10.800 × 12
  ])("%s → %s", async (question, total) => {
    expect(await ask(question)).toMatch(rowOf("12 bulan", total));
  });
});

describe("#6 a head count without a siltap: the siltap is asked and the request kept", () => {
  it("'iuran 10 perangkat desa setahun brp', then '2,1jt'", async () => {
    const a = actor();
    const asked = await a.say("iuran 10 perangkat desa setahun brp");
    expect(asked).toContain("Berapa siltap");
    expect(asked).not.toMatch(/Rp\d/);
    expect(await a.say("2,1jt")).toMatch(rowOf("12 bulan", "Rp1.360.800")); // 10 × 11.340 × 12
  });

  it("the 20 petani asked with 10 perangkat are computed once the siltap comes", async () => {
    const a = actor();
    expect(await a.say("brp anggaran bpjs tk utk 10 perangkat dan 20 petani setahun")).toContain("Berapa siltap");
    const reply = await a.say("2jt");
    expect(reply).toContain("Pekerja rentan: 20 org");
    expect(reply).toMatch(rowOf("12 bulan", "Rp5.328.000")); // (10 × 10.800 + 20 × 16.800) × 12
  });

  it("a siltap written 'Rp 2.100.000,00' is read", async () => {
    expect(await ask("iuran 8 perangkat siltap Rp 2.100.000,00 setahun brp")).toMatch(rowOf("12 bulan", "Rp1.088.640")); // 8 × 11.340 × 12
  });
});

describe("#9 follow-ups to village results keep the topic", () => {
  it("a new siltap recomputes the officials' budget", async () => {
    const a = actor();
    await a.say("iuran 9 perangkat desa siltap 2,1jt setahun brp");
    expect(await a.say("kl siltapnya 2,5jt?")).toMatch(rowOf("12 bulan", "Rp1.458.000")); // 9 × 13.500 × 12
    expect(await a.say("kalau 2,5jt?")).toMatch(rowOf("12 bulan", "Rp1.458.000"));
  });

  it("'kl pakai jht?' after a coverage result switches to the Rp36.800 package", async () => {
    const a = actor();
    await a.say("anggaran 6jt utk warga rentan cukup brp org");
    await a.say("kl 6 bulan?");
    const reply = await a.say("kl pakai jht?");
    // 6.000.000 / (36.800 × 6 = 220.800) = 27 people, 6.000.000 − 27 × 220.800 = 38.400 left
    expect(reply).toContain("27 pekerja rentan");
    expect(reply).toContain("Rp38.400");
  });

  it("English 'what about 6 months?' changes the period", async () => {
    const a = actor();
    await a.say("how much for 25 fishermen for a year");
    expect(await a.say("what about 6 months?")).toMatch(rowOf("6 months", "Rp2,520,000")); // 25 × 16.800 × 6
  });

  it("'4 kaur/kasi' is one group of four", async () => {
    const reply = await ask("kades siltap 3jt, sekdes 2,5jt, 4 kaur/kasi 2,2jt, 5 kadus 2jt, iuran setahun brp");
    // (16.200 + 13.500 + 4 × 11.880 + 5 × 10.800) × 12
    expect(reply).toMatch(rowOf("12 bulan", "Rp1.574.640"));
  });

  it("a bare number after a count question is asked again, never searched", async () => {
    const a = actor();
    expect(await a.say("iuran kades siltap 3 jt, 5 kaur dan kadus siltap 2 jt setahun")).toContain("Berapa orang aparat desa");
    const reply = await a.say("11");
    expect(reply).toContain("Berapa orang aparat desa");
    expect(reply).not.toContain("PHK");
  });
});

describe("#11 a named fiscal year is twelve months", () => {
  it("'anggaran iuran 20 nelayan thn 2026' is a year's budget", async () => {
    expect(await ask("anggaran iuran 20 nelayan thn 2026 brp")).toMatch(rowOf("12 bulan", "Rp4.032.000")); // 20 × 16.800 × 12
  });

  // changed (village reading): the two years are read as January 2025–December 2026 at once
  it("'thn 2025 sampai 2026' is computed for its 24 months", async () => {
    const a = actor();
    expect(await a.say("iuran 20 nelayan thn 2025 sampai 2026")).toMatch(rowOf("24 bulan", "Rp8.064.000")); // 20 × 16.800 × 24
  });
});

describe("#7 the village JP line says it is on the cap, and that the cap is unconfirmed", () => {
  it("a siltap of 12 jt with JP names the cap", async () => {
    const reply = await ask("iuran kades siltap 12jt termasuk jht dan jp sebulan");
    // 3% × pu.jp_cap_2026 Rp11.086.300 = 332.589, not 3% × 12.000.000 = 360.000
    expect(reply).toMatch(rowOf("JP 3%", "Rp332.589"));
    expect(reply).toContain("bukan dari seluruh siltap");
    expect(reply).toContain("belum terkonfirmasi");
  });
});

describe("#10 the village form's number steps", () => {
  it("a count in words is read", async () => {
    const a = await villageForm();
    expect(await a.say("sembilan orang")).toContain("siltap");
    await a.say("2 jt");
    await a.press("calc:x:none"); // no JHT/JP for the officials
    await a.say("0");
    expect(await a.say("12")).toMatch(rowOf("12 bulan", "Rp1.166.400")); // 9 × 10.800 × 12
  });

  it("a question typed at a number step leaves the form and is answered", async () => {
    const a = await villageForm();
    const reply = await a.say("boleh ga bpd dibayarin bpjs tk pake apbdes?");
    expect(reply).toContain("Permendagri 20/2018");
    expect(reply).toContain("/hitung");
    expect(reply).not.toContain("Tulis jumlahnya dengan angka");
  });
});
