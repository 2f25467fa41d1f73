/**
 * Village budgets and calculator replies as the second round of exploratory testers typed them
 * (/work/notes/explore2-village.md, explore2-worker.md): figures a bendahara would copy into the
 * APBDes, answers to the bot's own questions, and worker questions the calculator must leave alone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, later, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 9000;
const actor = () => chatActor(h, worker(nextId++));
const ask = (text: string) => actor().say(text);

describe("an amount too small for a month's income is no siltap", () => {
  it("'paket 16800' is the BPU package: 15 kader on it for a year", async () => {
    const reply = await ask("iuran 15 kader posyandu setahun pakai paket 16800");
    expect(reply).toContain("Rp3.024.000"); // 15 × 16.800 × 12
    expect(reply).not.toContain("Rp90");
    expect(reply).not.toContain("Rp16.200");
  });

  it("'siltap 1.500' is asked back, and a reply with the full amount computes it", async () => {
    const a = actor();
    const asked = await a.say("iuran 7 kadus siltap 1.500 setahun");
    expect(asked).toContain("terlalu kecil untuk penghasilan sebulan");
    expect(asked).not.toMatch(/Rp\d/);
    expect(await a.say("1,5 jt")).toContain("Rp680.400"); // 7 × 8.100 × 12
  });

  it("the village form re-asks a siltap of '1,5' with a hint", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:village");
    await a.say("5");
    expect(await a.say("1,5")).toContain("terlalu kecil untuk penghasilan sebulan");
    await a.say("1,5 jt");
    await a.press("calc:x:none"); // no JHT/JP for the officials
    await a.say("0");
    const reply = await a.say("12");
    expect(reply).toMatch(/Per orang \/ bulan\s+Rp8\.100/);
    expect(reply).toContain("Rp486.000"); // 5 × 8.100 × 12
  });
});

describe("officials with different siltap: each group on its own", () => {
  it.each([
    ["iuran kades siltap 4 jt, sekdes 3 jt, 5 kaur 2,5 jt setahun", "Rp1.263.600"], // (21.600 + 16.200 + 5 × 13.500) × 12
    ["iuran 1 kades siltap 4 jt dan 8 perangkat siltap 2 jt setahun", "Rp1.296.000"], // (21.600 + 8 × 10.800) × 12
    ["iuran 10 perangkat siltap 2 jt dan 9 bpd tunjangan 1 jt setahun", "Rp1.879.200"], // (108.000 + 48.600) × 12
  ])("%s → %s", async (question, total) => {
    const reply = await ask(question);
    expect(reply).toMatch(new RegExp(`12 bulan\\s+${total.replace(/\./g, "\\.")}`));
  });

  it("a siltap that cannot be tied to each title is asked, not charged to all", async () => {
    const reply = await ask("iuran kades siltap 4 jt dan 5 kaur setahun");
    expect(reply).toContain("siltapnya");
    expect(reply).not.toMatch(/Rp\d/);
  });
});

describe("a budget and how many it covers", () => {
  it("'pagu 12 jt cukup buat berapa petani' is a head count, not one farmer's income", async () => {
    const reply = await ask("pagu 12 jt cukup buat berapa petani");
    expect(reply).toContain("59 pekerja rentan");
    expect(reply).toContain("Rp105.600"); // 12.000.000 − 59 × 201.600
    expect(reply).not.toContain("Penghasilan dilaporkan");
  });

  it("officials on a siltap: 2 juta covers 15 perangkat at 2 jt for a year", async () => {
    const reply = await ask("anggaran 2 juta cukup untuk berapa perangkat desa siltap 2 jt setahun");
    expect(reply).toContain("15 aparat desa"); // 2.000.000 / 129.600
  });

  it("officials already paid come off the budget first", async () => {
    const reply = await ask("dana 10 juta, 10 perangkat siltap 2 jt sudah dibayar, sisanya cukup berapa pekerja rentan setahun");
    expect(reply).toContain("Rp8.704.000"); // 10.000.000 − 10 × 10.800 × 12
    expect(reply).toContain("43 pekerja rentan");
  });

  it("officials without a siltap: asked, and the siltap alone completes it", async () => {
    const a = actor();
    expect(await a.say("anggaran 20 jt cukup untuk berapa perangkat")).toContain("Berapa siltap");
    expect(await a.say("2 jt")).toContain("154 aparat desa"); // 20.000.000 / 129.600
  });
});

describe("a reply that is just the figure the bot asked for completes the calculation", () => {
  it("'berapa bulan?' answered with '6'", async () => {
    const a = actor();
    expect(await a.say("iuran 30 pekerja rentan desa sisa tahun ini")).toContain("Untuk berapa bulan");
    const reply = await a.say("6");
    expect(reply).toContain("Rp3.024.000"); // 30 × 16.800 × 6
    expect(reply).not.toContain("JKP");
  });

  it("'berapa orang aparat desa?' answered with '9'", async () => {
    const a = actor();
    expect(await a.say("iuran kades dan perangkat desa siltap 2 jt setahun")).toContain("Berapa orang aparat desa");
    const reply = await a.say("9");
    expect(reply).toContain("Rp1.166.400"); // 9 × 10.800 × 12
    expect(reply).not.toContain("JKP");
  });

  it("the monthly income of a fisher paid per trip", async () => {
    const a = actor();
    const asked = await a.say("nelayan sekali melaut dpt 200rb, iuran brp");
    expect(asked).toContain("penghasilan Anda sebulan");
    expect(asked).not.toContain("Penghasilan dilaporkan");
    expect(await a.say("3 jt")).toContain("Rp36.800");
  });
});

describe("JHT for vulnerable workers is included", () => {
  it.each([
    ["30 pekerja rentan ikut jkk jkm jht setahun", "Rp13.248.000"], // 30 × 36.800 × 12
    ["iuran jkk jkm jht 20 nelayan 6 bulan", "Rp4.416.000"], // 20 × 36.800 × 6
  ])("%s → %s", async (question, total) => {
    const reply = await ask(question);
    expect(reply).toContain(total);
    expect(reply).toContain("JHT");
    expect(reply).toContain("PP 46/2015");
  });

  it("a budget with JHT covers 22 for a year", async () => {
    expect(await ask("anggaran 10 juta cukup berapa orang kalau ikut jht juga")).toContain("22 pekerja rentan"); // 10 jt / 441.600
  });
});

describe("a count written after the title", () => {
  it.each([
    ["iuran perangkat desa sebanyak 9 orang siltap 2 jt setahun", "Rp1.166.400"], // 9 × 10.800 × 12
    ["perangkat desa kami ada 11 orang, siltap 2,1 jt, setahun iurannya berapa", "Rp1.496.880"], // 11 × 11.340 × 12
    ["iuran kadus 6 orang siltap 1,5 jt setahun", "Rp583.200"], // 6 × 8.100 × 12
    // BPD members are in the village-government scheme: 0,54% of their tunjangan, as officials (explore9-village #17)
    ["iuran bpd 9 orang tunjangan 750 ribu setahun", "Rp437.400"], // 9 × 4.050 × 12
  ])("%s → %s", async (question, total) => {
    expect(await ask(question)).toContain(total);
  });
});

describe("the JKK death benefit asked as 'santunan'", () => {
  it("48 × siltap + funeral + periodic allowance", async () => {
    const reply = await ask("santunan kematian kecelakaan kerja kades siltap 3 juta");
    expect(reply).toContain("Rp166.000.000"); // 48 × 3 jt + 10 jt + 12 jt
    expect(reply).toContain("PP 44/2015 jo. PP 82/2019");
  });
});

describe("follow-ups to a result", () => {
  it("'kalau 45 orang?' after a one-group budget changes the head count", async () => {
    const a = actor();
    expect(await a.say("iuran 30 pekerja rentan setahun")).toContain("Rp6.048.000");
    expect(await a.say("kalau 45 orang?")).toContain("Rp9.072.000");
  });

  it("'kalau 6 bulan?' after a result from the /hitung form", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:village");
    await a.say("9");
    await a.say("2,2 jt");
    await a.press("calc:x:none"); // no JHT/JP for the officials
    await a.say("40");
    expect(await a.say("setahun")).toContain("Rp9.347.040");
    expect(await a.say("kalau 6 bulan?")).toContain("Rp4.673.520");
  });

  it("a wage result that assumed the lowest risk computes another class from its button or a follow-up", async () => {
    const a = actor();
    // 5 jt: JKK 0,24% → Rp12.000; employer total Rp312.000
    expect(await a.say("gaji 5 jt iuran bpjs tk brp")).toContain("Rp312.000");
    // high risk, 1,27%: JKK Rp63.500, employer Rp363.500
    const high = await a.press("calc:risk:high");
    expect(high).toContain("risiko Tinggi");
    expect(high).toContain("Rp363.500");
    // medium, 0,89%: JKK Rp44.500
    expect(await a.say("kalau risikonya sedang?")).toContain("Rp344.500");
    // the class stays when the wage changes
    expect(await a.say("kl 7jt?")).toContain("Rp482.300");
  });

  it("a workplace named after a wage result is not guessed into a risk class: the classes are offered", async () => {
    const a = actor();
    await a.say("gaji 5 jt iuran bpjs tk brp");
    const asked = await a.say("kalau kerjanya di pabrik kimia?");
    expect(asked).toContain("tidak bisa saya tebak");
    expect(asked).not.toContain("Rp");
    // a typed class completes it
    expect(await a.say("tinggi")).toContain("Rp363.500");
  });

  it("a risk button whose calculation is forgotten says so instead of computing from nothing", async () => {
    const a = actor();
    await a.say("gaji 5 jt iuran bpjs tk brp");
    const reply = await later(31 * 60_000, () => a.press("calc:risk:high"));
    expect(reply).toContain("/hitung");
    expect(reply).not.toContain("Rp");
  });

  it("'kl setahun brp' after a BPU result shows it again with its 12 months", async () => {
    const a = actor();
    await a.say("penghasilan sy 3 jt iuran bpu brp");
    expect(await a.say("kl setahun brp")).toMatch(/12 bulan\s+Rp441\.600/);
  });
});

describe("kader and Linmas paid an honor", () => {
  it("the siltap basis is flagged as given for officials only", async () => {
    const reply = await ask("iuran 20 linmas honor 300rb 6 bulan");
    // changed (explore13 #13): only the offices named are listed, no longer always "Kader, Linmas atau RT/RW"
    expect(reply).toContain("Linmas yang menerima honor");
    expect(reply).not.toContain("Kader, Linmas atau RT/RW");
    expect(reply).not.toMatch(/Rp1\.620\b/); // 0,54% of the honor is never the price
    expect(reply).toContain("Rp16.800");
  });
});

describe("worker questions the contribution table does not answer", () => {
  it.each([
    "gaji 5jt resign jht sy brp",
    "sy kuli bangunan upah 120rb sehari, potongan bpjs brp",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply).not.toContain("Dipotong dari gaji");
    expect(reply).not.toContain("🧮");
  });

  it("a JP pension with its years and wage: the pension (1% × 20 × Rp8 juta), not the contribution table", async () => {
    const reply = await ask("brp pensiun bulanan sy kl gaji 8jt iuran 20 thn");
    expect(reply).toMatch(/Pensiun \/ bulan\s+Rp1\.600\.000/);
    expect(reply).not.toContain("Dipotong dari gaji");
  });

  it("JKP with 8 months of contributions: the 12-month condition, no figure", async () => {
    const reply = await ask("baru kerja 8 bulan kena phk gaji 6jt jkp dapat brp");
    expect(reply).toContain("belum terpenuhi");
    expect(reply).toContain("minimal 12 bulan dalam 24 bulan");
    expect(reply).not.toMatch(/Rp\d/);
    expect(reply).toContain("PP 37/2021");
  });
});

describe("the /hitung form reads amounts like free text", () => {
  it("a wage with a fixed allowance, and a daily wage", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:wage");
    await a.say("4,5jt + tunjangan 500rb");
    expect(await a.press("calc:r:very_low")).toContain("Upah Rp5.000.000");
    const b = actor();
    await b.say("/hitung");
    await b.press("calc:k:wage");
    await b.say("150rb sehari");
    const daily = await b.press("calc:r:very_low");
    expect(daily).toContain("Upah Rp3.750.000"); // 150.000 × 25
    expect(daily).toContain("× 25 hari");
  });

  it("an amount in words", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:bpu");
    expect(await a.say("dua juta")).toContain("Rp26.800"); // 1% of 2 jt + 6.800
  });
});
