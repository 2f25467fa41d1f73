/**
 * Questions carrying numbers as exploratory testers typed them: each is computed with the
 * right head count and period, asked back when a figure cannot be read, or left to the
 * knowledge search when no calculator answers it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 5000;
const ask = (text: string, language = "id") => chatActor(h, worker(nextId++, language)).say(text);

describe("village officials are counted by their titles", () => {
  it("a count before a title: 7 kepala dusun at 1,5 jt for a year", async () => {
    const reply = await ask("iuran 7 kepala dusun desa siltap 1,5 jt setahun");
    expect(reply).toContain("Aparat desa: 7 org");
    expect(reply).toContain("Rp680.400"); // 7 × 0.54% × 1.5 juta × 12
  });

  it("4 kaur, kades and sekdes (2), 5 kadus and 10 RT (15)", async () => {
    expect(await ask("iuran 4 kaur desa siltap 2 jt setahun")).toContain("Rp518.400"); // 4 × 10.800 × 12
    const two = await ask("iuran kades dan sekdes siltap 2 jt setahun");
    expect(two).toContain("Aparat desa: 2 org");
    expect(two).toContain("Rp259.200");
    // the one siltap is the kadus'; the RT heads are on the BPU package (explore13 D1): (5 × 5.400 + 10 × 16.800) × 12
    const fifteen = await ask("iuran 5 kadus dan 10 rt siltap 1 jt setahun");
    expect(fifteen).toContain("Aparat desa: 5 org");
    expect(fifteen).toContain("Ketua RT: 10 org");
    expect(fifteen).toContain("Rp2.340.000");
  });

  it("a count the bot cannot tie to an office is asked for, not computed for one person", async () => {
    const reply = await ask("iuran 7 pegawai desa siltap 1,5 jt setahun");
    expect(reply).toContain("Berapa orang aparat desa");
    expect(reply).not.toMatch(/Rp\d/);
  });
});

describe("the budget period is read as written, never silently a year", () => {
  it.each([
    ["iuran 50 pekerja rentan mulai juli sampai desember", "6 bulan", "Rp5.040.000"],
    ["iuran 50 pekerja rentan enam bulan", "6 bulan", "Rp5.040.000"],
    ["iuran 50 pekerja rentan setengah tahun", "6 bulan", "Rp5.040.000"],
    ["iuran 50 pekerja rentan 1,5 tahun", "18 bulan", "Rp15.120.000"],
    ["iuran 50 pekerja rentan agustus-desember", "5 bulan", "Rp4.200.000"],
  ])("%s → %s", async (question, months, total) => {
    const reply = await ask(question);
    expect(reply).toMatch(new RegExp(`${months}\\s+${total.replace(/\./g, "\\.")}`));
    expect(reply).not.toContain("12 bulan");
  });

  it("a period it cannot read is asked for", async () => {
    const reply = await ask("iuran 50 pekerja rentan sisa tahun ini");
    expect(reply).toContain("Untuk berapa bulan");
    expect(reply).not.toContain("Rp10.080.000");
  });
});

describe("JHT and JP named for village officials", () => {
  it("each named program has its own line and rate; the JKK+JKM figure is labelled as such", async () => {
    const reply = await ask("iuran jkk jkm jht jp perangkat desa siltap 2 juta");
    expect(reply).toContain("(JKK+JKM+JHT+JP)");
    expect(reply).toMatch(/JKK\+JKM 0,54%\s+Rp10\.800/);
    expect(reply).toMatch(/JHT 5,7%\s+Rp114\.000/);
    expect(reply).toMatch(/JP 3%\s+Rp60\.000/);
    expect(reply).toMatch(/Per orang \/ bulan\s+Rp184\.800/);
    expect(reply).toContain("PP 46/2015");
    expect(reply).toContain("PP 45/2015");
  });

  it("a JHT question is not answered with the JKK+JKM figure alone", async () => {
    const reply = await ask("iuran jht perangkat desa siltap 2 jt berapa");
    expect(reply).toMatch(/JHT 5,7%\s+Rp114\.000/);
    expect(reply).toMatch(/Per orang \/ bulan\s+Rp124\.800/);
  });
});

describe("benefit questions are not answered with a contribution table", () => {
  it.each([
    "upah 3jt cacat total krn kecelakaan kerja dpt brp",
    "gaji 6jt meninggal biasa dpt brp",
    "gaji 4jt ga bisa kerja 3 bulan krn kecelakaan dpt brp",
    "thr 5jt kena potongan bpjs gk",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply).not.toContain("Iuran karyawan");
    expect(reply).not.toContain("Dipotong dari gaji");
  });
});

describe("an income per week, year or harvest is not turned into a month", () => {
  it.each([
    "penghasilan setahun 36jt iuran bpu brp",
    "penghasilan seminggu 700rb iuran bpu brp",
    "panen 3 bulan sekali 9jt iuran bpu brp",
  ])("%s: asks for the monthly income", async (question) => {
    const reply = await ask(question);
    expect(reply).toContain("penghasilan Anda sebulan");
    expect(reply).not.toContain("Penghasilan dilaporkan");
  });

  it("asks in English when the question is English", async () => {
    const reply = await ask("my income is 36 million a year, how much is bpu");
    expect(reply).toContain("average monthly income");
  });

  it("a fixed allowance is added to the wage, and the rule is said", async () => {
    const reply = await ask("gaji 4,5jt + tunjangan 500rb iuran brp");
    expect(reply).toContain("Upah Rp5.000.000");
    expect(reply).toMatch(/JHT 2% \(pkj\)\s+Rp100\.000/);
    expect(reply).toContain("tunjangan tetap (Perdir BPJS Ketenagakerjaan 22/PERDIR.02/072022)");
  });
});

describe("construction projects (Jakon) are left to the knowledge", () => {
  it("a day labourer on a project gets no office-worker table", async () => {
    const reply = await ask("kuli proyek upah harian 150rb, iuran jakon brp");
    expect(reply).not.toContain("Dipotong dari gaji");
    expect(reply).not.toContain("🧮");
  });
});

describe("a village official's income is a siltap whatever it is called", () => {
  it("sekdes with gaji gets the village-official figure", async () => {
    const reply = await ask("berapa iuran bpjs tk sekdes gaji 2,5 juta");
    expect(reply).toContain("Aparat desa: 1 org");
    expect(reply).toContain("Rp13.500"); // 0.54% of 2.5 juta
    expect(reply).not.toContain("Dipotong dari gaji");
  });
});

describe("JKP says when it does not apply", () => {
  it("resigning: no figure, the rule and its regulation", async () => {
    const reply = await ask("sy resign gaji 6jt dapat jkp brp");
    expect(reply).toContain("JKP tidak berlaku");
    expect(reply).not.toContain("Rp3.000.000");
    expect(reply).toContain("PP 37/2021");
  });

  it("otherwise the figure comes with the conditions from the rule book", async () => {
    const reply = await ask("jkp dapat brp kalau gaji 7 jt");
    expect(reply).toContain("Rp18.000.000");
    expect(reply).toContain("minimal 12 bulan dalam 24 bulan");
    expect(reply).toContain("PP 37/2021");
  });
});

describe("head counts with a period are group or village budgets", () => {
  it.each([
    ["50 org 6 bulan brp", "Rp5.040.000"],
    ["50 petani 3 bulan berapa", "Rp2.520.000"],
    ["50 nelayan setahun brp", "Rp10.080.000"],
    ["1000 petani setahun", "Rp201.600.000"],
    ["12 perangkat siltap Rp1.750.000 setahun", "Rp1.360.800"], // 12 × 9.450 × 12
    ["9 perangkat siltap rata2 2,2 juta setahun", "Rp1.283.040"], // 9 × 11.880 × 12
    // "hitung iuran" alone opens the calculator; with its numbers it is computed at once
    ["hitung iuran 50 petani 6 bulan", "Rp5.040.000"],
  ])("%s → %s", async (question, total) => {
    expect(await ask(question)).toContain(total);
  });
});

describe("how many vulnerable workers a budget covers", () => {
  it("10 juta for a year covers 49 (Rp201.600 each)", async () => {
    const reply = await ask("anggaran 10 juta cukup utk brp org");
    expect(reply).toContain("49 pekerja rentan");
    expect(reply).toContain("Rp201.600");
    expect(reply).toContain("PP 44/2015");
  });

  it("5 juta for a year covers 24", async () => {
    expect(await ask("anggaran 5 jt cukup buat berapa pekerja rentan setahun")).toContain("24 pekerja rentan");
  });
});

describe("questions in English get the calculator in English", () => {
  it("BPU from a monthly income", async () => {
    const reply = await ask("my income is 3 million a month, how much is bpu");
    expect(reply).toContain("Informal worker (BPU) contributions");
    expect(reply).toContain("Rp36,800");
    expect(reply).not.toContain("Penghasilan dilaporkan");
  });

  it.each([
    ["my boss pays me 6 million a month, how much should be deducted", "Rp6,000,000"],
    ["salary 6 million, bpjs deduction?", "Rp6,000,000"],
    ["I earn 3 million a month selling food, contribution?", "Rp36,800"],
  ])("%s", async (question, figure) => {
    expect(await ask(question)).toContain(figure);
  });
});

describe("the village budget form", () => {
  const openVillageForm = async () => {
    const a = chatActor(h, worker(nextId++));
    await a.say("/hitung");
    expect(await a.press("calc:k:village")).toContain("aparat desa");
    return a;
  };

  it("reads the months as people write them: setahun, 6 bulan, enam bulan", async () => {
    for (const [typed, months] of [["setahun", 12], ["6 bulan", 6], ["enam bulan", 6]] as const) {
      const a = await openVillageForm();
      await a.say("0");
      await a.say("10");
      const reply = await a.say(typed);
      expect(reply).toContain(`${months} bulan`);
      expect(reply).toContain(`Rp${(16_800 * 10 * months).toLocaleString("id-ID")}`);
    }
  });

  it("every step has a Batal button, and typed batal cancels at every step", async () => {
    // the officials' JHT/JP step takes a typed "tidak" too
    for (let step = 0; step < 5; step++) {
      const a = await openVillageForm();
      for (const answer of ["1", "2 jt", "tidak", "0"].slice(0, step)) await a.say(answer);
      const before = h.transport.calls.length;
      await a.say("batal");
      expect(h.transport.calls.slice(before).map((c) => String(c.payload.text ?? "")).join("\n")).toContain("Dibatalkan");
    }
    const a = await openVillageForm();
    const prompts = async (text: string) => {
      const before = h.transport.calls.length;
      await a.say(text);
      return h.transport.calls.slice(before).filter((c) => c.method === "sendMessage");
    };
    for (const answer of ["1", "2 jt", "tidak", "0"]) {
      const [prompt] = await prompts(answer);
      expect(JSON.stringify(prompt?.payload.reply_markup)).toContain("flow:cancel");
    }
  });

  it("one official for one month: no repeated total and no note about vulnerable workers", async () => {
    const a = await openVillageForm();
    await a.say("1");
    await a.say("2 jt");
    await a.press("calc:x:none"); // no JHT/JP for the officials
    await a.say("0");
    const reply = await a.say("1");
    expect(reply).toMatch(/Per orang \/ bulan\s+Rp10\.800/);
    expect(reply.match(/Rp10\.800/g)).toHaveLength(1);
    expect(reply).not.toContain("1 bulan");
    expect(reply).not.toContain("pekerja rentan");
  });
});

describe("a short follow-up to a result changes that figure", () => {
  it("'kalau 6 bulan?' after a village budget recomputes it for six months, 'kl 5jt?' after a BPU result for that income", async () => {
    const a = chatActor(h, worker(nextId++));
    expect(await a.say("10 perangkat desa siltap 2 juta setahun berapa")).toContain("Rp1.296.000");
    expect(await a.say("kalau 6 bulan?")).toContain("Rp648.000");
    expect(await a.say("penghasilan sy 3 jt iuran bpu brp")).toContain("Rp36.800");
    expect(await a.say("kl 5jt?")).toContain("Rp56.800");
  });

  it("without a result before it, or when it asks something else, nothing is computed", async () => {
    expect(await ask("kalau 6 bulan?")).not.toContain("Rp");
    const a = chatActor(h, worker(nextId++));
    await a.say("10 perangkat desa siltap 2 juta setahun berapa");
    expect(await a.say("kalau meninggal biasa?")).not.toContain("Anggaran iuran");
  });
});

describe("the one asking is not counted", () => {
  it.each([
    ["sy sekdes. perangkat 8 org siltap 2,2jt, iuran setahun brp", "8 org", "Rp1.140.480"],
    ["saya kaur keuangan, iuran 10 perangkat siltap 2 jt setahun brp", "10 org", "Rp1.296.000"],
  ])("%s", async (question, people, total) => {
    const reply = await ask(question);
    expect(reply).toContain(people);
    expect(reply).toContain(total);
  });
});

describe("village budgets asked in English", () => {
  it.each([
    ["I am a village head. How much would it cost per year to cover 10 village officials earning 2 million each?", "Rp1,296,000"],
    ["cost for 30 vulnerable workers for 12 months", "Rp6,048,000"],
    ["budget 10 million covers how many vulnerable workers", "49"],
  ])("%s", async (question, figure) => {
    const reply = await ask(question, "en");
    expect(reply).toContain(figure);
    expect(reply).toMatch(/Village|vulnerable workers/);
  });
});
