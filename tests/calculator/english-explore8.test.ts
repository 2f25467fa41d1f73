/**
 * Calculator defects from the eighth exploratory test, English and mixed-language users
 * (/work/notes/explore8-english.md #1–#4, #7, #8, #10).
 *
 * Figures from knowledge/rules: pu.yaml employer JKK 0,24% + JKM 0,3% + JHT 3,7% + JP 2%, worker
 * JHT 2% + JP 1% (on 6 jt: employer Rp374.400, worker Rp180.000; on 8 jt: Rp499.200 and Rp240.000;
 * on 7 jt: Rp436.800 and Rp210.000); village officials JKK+JKM 0,54% of the siltap (PP 44/2015
 * Pasal 16(1)); benefit.jkk_death_multiple 48, jkk_funeral Rp10 jt, jkk_periodic Rp12 jt.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

let nextId = 58000;
const english = () => chatActor(h, worker(nextId++, "en"));
const indonesian = () => chatActor(h, worker(nextId++));

describe("#1 a head count of employees multiplies the totals", () => {
  it("English: 10 employees on 6 million, with one person's table said to be one person's", async () => {
    const reply = await english().say("10 employees with salary 6 million each, total monthly contribution?");
    expect(reply).toContain("10 employees, one month (the table above is for one employee, one month)");
    expect(reply).toContain("Rp3,744,000");
    expect(reply).toContain("Rp1,800,000");
    expect(reply).toContain("Rp5,544,000");
  });

  it("Indonesian: 10 karyawan gaji 6 jt", async () => {
    const reply = await indonesian().say("10 karyawan gaji 6 jt total iuran sebulan brp");
    expect(reply).toContain("10 karyawan, sebulan");
    expect(reply).toContain("Rp5.544.000");
  });

  it("'perusahaan bayar brp' says the employer's line first, and the total for 25", async () => {
    const reply = await indonesian().say("25 karyawan gaji 7 juta perusahaan bayar brp sebulan");
    expect(reply).toContain("Perusahaan membayar baris Pemberi kerja: Rp436.800 per karyawan per bulan");
    expect(reply).toContain("Rp10.920.000");
  });
});

describe("#2 'what about 10 employees?' after a wage result scales it", () => {
  it("English", async () => {
    const a = english();
    await a.say("salary 8 million, how much is the bpjs deduction?");
    const reply = await a.say("what about 10 employees?");
    expect(reply).toContain("Rp4,992,000");
    expect(reply).toContain("Rp2,400,000");
    expect(reply).toContain("Rp7,392,000");
    expect(reply).not.toContain("10 years");
  });

  it("Indonesian", async () => {
    const a = indonesian();
    await a.say("gaji 8 juta potongan bpjs tk brp");
    const reply = await a.say("kalau 10 karyawan?");
    expect(reply).toContain("Rp7.392.000");
    expect(reply).not.toContain("10 tahun");
  });
});

describe("#3 one official's siltap in a follow-up changes that official only", () => {
  it("'kalau siltap kades 3 juta?' after 9 officials: the head is one of the nine", async () => {
    const a = indonesian();
    await a.say("9 perangkat desa siltap 2 juta setahun brp");
    const reply = await a.say("kalau siltap kades 3 juta?");
    expect(reply).toContain("Rp102.600");
    expect(reply).toContain("Rp1.231.200");
    expect(reply).toContain("Siltap kades Rp3.000.000 dihitung untuk salah satu dari 9 orang itu");
    expect(reply).not.toContain("Rp1.749.600");
  });

  it("with several titles only the head's group changes", async () => {
    const a = indonesian();
    await a.say("iuran kades siltap 4 jt, sekdes 3 jt, 5 kaur 2,5 jt setahun");
    const reply = await a.say("kalau siltap kades 3 juta?");
    // kades 16.200 + sekdes 16.200 + 5 × 13.500 = 99.900 a month
    expect(reply).toContain("Rp99.900");
    expect(reply).toContain("Rp1.198.800");
  });

  it("English, keeping JHT and the period asked before", async () => {
    const a = english();
    await a.say("our desa has 9 perangkat, siltap 2 juta, how much per year?");
    await a.say("what about with JHT?");
    await a.say("and for 6 months?");
    const reply = await a.say("what if the kades siltap is 3 million?");
    // kades 16.200 + 171.000 JHT, 8 × (10.800 + 114.000): 1.185.600 a month, 6 months
    expect(reply).toContain("Rp1,185,600");
    expect(reply).toContain("Rp7,113,600");
    expect(reply).toContain("The kades is counted as one of the 9 officials");
  });
});

describe("#4 employees earning a wage are wage earners, not village officials", () => {
  it.each([
    "we have 25 employees earning 7 million each, how much does the company pay per month?",
    "we have 25 staff earning 7 million, how much does the company pay per month?",
  ])("%s", async (text) => {
    const reply = await english().say(text);
    expect(reply).toContain("The company pays the Employer line: Rp436,800 per employee a month");
    expect(reply).toContain("Rp10,920,000");
    expect(reply).not.toContain("village officials");
  });

  it("one employee earning 7 million", async () => {
    const reply = await english().say("an employee earning 7 million, how much does the company pay?");
    expect(reply).toContain("Rp436,800");
    expect(reply).toContain("Rp210,000");
  });

  it("village officials earning 2 million are still on their siltap", async () => {
    const reply = await english().say("10 village officials earning 2 million, how much per year?");
    expect(reply).toContain("Rp1,296,000");
  });
});

describe("#7 English follow-ups to results", () => {
  it("'and what does the company pay?', then 'for 6 months?' after a wage result", async () => {
    const a = english();
    await a.say("salary 8 million, how much is the bpjs deduction?");
    expect(await a.say("and what does the company pay?")).toContain("The company pays the Employer line: Rp499,200");
    const six = await a.say("for 6 months?");
    expect(six).toContain("One employee, 6 months");
    expect(six).toContain("Rp4,435,200");
    expect(await a.say("how much for 6 months")).toContain("Rp4,435,200");
  });

  it("Indonesian 'kalau 6 bulan?' after a wage result", async () => {
    const a = indonesian();
    await a.say("gaji 8 juta potongan bpjs tk brp");
    expect(await a.say("kalau 6 bulan?")).toContain("Rp4.435.200");
  });

  it("'what if the salary was 3 million?' and 'if the wage is 4 million?' after JKP", async () => {
    const a = english();
    await a.say("my employee was laid off, salary 4 million, how much JKP will he get?");
    expect(await a.say("what if the salary was 3 million?")).toContain("Rp10,800,000");
    expect(await a.say("if the wage is 4 million?")).toContain("Rp14,400,000");
  });

  it("'for a year?' and 'what if I earn 25 million?' after a BPU result", async () => {
    const a = english();
    await a.say("I am a grab driver earning 4 million a month, how much do I pay?");
    expect(await a.say("for a year?")).toContain("12 months");
    const capped = await a.say("what if I earn 25 million?");
    // the same income as a first question: counted at the top of the BPU table
    expect(capped).toContain("Income above the table counts as Rp20,700,000");
    expect(capped).toContain("Rp213,800");
    expect(capped).not.toContain("Did you mean");
  });
});

describe("#8 the JKK death benefit in English", () => {
  it.each([
    "my employee died in a work accident, salary 6 million, how much will the family get?",
    "work accident death benefit, salary 6 million",
  ])("%s", async (text) => {
    const reply = await english().say(text);
    expect(reply).toContain("Rp288,000,000");
    expect(reply).toContain("Rp310,000,000");
  });
});

describe("#10 English amount words at the wage step", () => {
  it("'ten million' is read as Rp10,000,000", async () => {
    const a = english();
    await a.say("/hitung");
    await a.press("calc:k:wage");
    expect(await a.say("ten million")).toContain("risk level");
    expect(await a.press("calc:r:very_low")).toContain("Wage Rp10,000,000");
  });

  it("'two and a half million' in a follow-up", async () => {
    const a = english();
    await a.say("salary 8 million, how much is the bpjs deduction?");
    expect(await a.say("what if the salary was two and a half million?")).toContain("Wage Rp2,500,000");
  });
});

describe("short English follow-ups (acceptance round 8, D4)", () => {
  it("'and 10 people?' and 'what about 20?' change the head count of a vulnerable workers' budget", async () => {
    const a = chatActor(h, worker(nextId++));
    expect(await a.say("iuran 30 pekerja rentan setahun")).toContain("Rp6.048.000"); // 30 × 16.800 × 12
    expect(await a.say("and 10 people?")).toContain("Rp2.016.000"); // 10 × 16.800 × 12
    expect(await a.say("what about 20?")).toContain("Rp4,032,000"); // 20 × 16.800 × 12, in English now
  });

  it("'and the company part?' after a wage result says what the employer pays", async () => {
    const a = chatActor(h, worker(nextId++, "en"));
    await a.say("my salary is 5 million, how much is the contribution");
    expect(await a.say("and the company part?")).toContain("The company pays the Employer line: Rp312,000");
    // and what comes off each wage: JHT 2% + JP 1% of 5 million
    expect(await a.say("how much does each employee pay?")).toContain("Rp150,000 is deducted from the wage");
  });
});

describe("a head count of employees with their wage, without a question word (acceptance round 8, D6)", () => {
  it("'10 karyawan gaji 6 jt' is computed for the ten; 'gaji 6 jt' alone still is not", async () => {
    // 6 jt: employer Rp374.400, deducted Rp180.000 → Rp554.400 each; ten: Rp5.544.000
    expect(await chatActor(h, worker(nextId++)).say("10 karyawan gaji 6 jt")).toContain("Rp5.544.000");
    expect(await chatActor(h, worker(nextId++)).say("gaji 6 jt")).not.toContain("Rp5.544.000");
  });
});
