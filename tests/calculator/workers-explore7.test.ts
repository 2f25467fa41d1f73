/**
 * Worker questions as the seventh exploratory tester typed them (/work/notes/explore7-workers.md):
 * JKP refused where its conditions are shown not to be met, follow-ups that keep the user's figure,
 * the JHT form's number steps, the JHT illustration from a typed question, a BPU correction.
 *
 * Figures from knowledge/rules: bpu.jkk_rate 1%, bpu.jkm Rp6.800, bpu.jht_rate 2%;
 * benefit.jkp_claim_deadline_months 6; pu.jht_total 5,7%.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";
import { loadKnowledge } from "../../src/knowledge/load";
import { RecentPerUser, RecentTopics } from "../../src/knowledge/follow-up";
import { answerWithNumbers } from "../../src/bot/features/calculator";

let h: Harness;
/** A bot whose calculator also follows up on the entry last answered (the answer feature's memory). */
let withTopics: Harness;
beforeAll(async () => {
  h = await createHarness();
  const topics = new RecentTopics();
  withTopics = await createHarness({ overrides: { recentTopics: topics, preAnswer: [answerWithNumbers(loadKnowledge().rules, new RecentPerUser(), topics)] } });
});
afterAll(async () => {
  await h.close();
  await withTopics.close();
});

let nextId = 27000;
const actor = () => chatActor(h, worker(nextId++));
const ask = (text: string) => actor().say(text);

describe("#1 JKP is not computed when the question shows a condition is not met", () => {
  it("an ojol (BPU) driver: JKP is for wage earners, with its regulation", async () => {
    const reply = await ask("sy ojol bpu penghasilan 3jt, kl di phk aplikator dpt jkp brp");
    expect(reply).toContain("JKP tidak berlaku untuk pekerja informal (BPU)");
    expect(reply).toContain("PP 6/2025 Pasal 4");
    expect(reply).not.toContain("Rp10.800.000");
    expect(reply).not.toContain("Perkiraan manfaat tunai JKP");
  });

  it("a contract that ended: not a covered layoff, JHT remains, 175 to confirm", async () => {
    const reply = await ask("kontrak sy habis gk diperpanjang, gaji 4jt, dpt jkp brp");
    expect(reply).toContain("tidak termasuk PHK yang dijamin JKP");
    expect(reply).toContain("Saldo JHT tetap bisa dicairkan");
    expect(reply).toContain("175");
    expect(reply).not.toContain("Rp14.400.000");
  });

  it("a contract cut short is still computed, with the conditions", async () => {
    const reply = await ask("karyawan kontrak di phk sblm kontrak habis gaji 4jt jkp dpt brp");
    expect(reply).toContain("Rp14.400.000");
  });

  it("laid off 8 months ago: the claim deadline has passed (PP 6/2025 Pasal 40)", async () => {
    const reply = await ask("sy di phk 8 bulan lalu gaji 4jt jkp dpt brp");
    expect(reply).toContain("Batas klaim JKP tampaknya sudah lewat");
    expect(reply).toContain("paling lambat 6 bulan");
    expect(reply).toContain("PP 6/2025 Pasal 40");
    expect(reply).not.toContain("Rp14.400.000");
  });

  it("laid off 2 months ago is within the deadline: computed", async () => {
    expect(await ask("di phk 2 bulan lalu gaji 4jt jkp dpt brp")).toContain("Rp14.400.000");
  });

  it("the refusal's button opens the JKP entry", async () => {
    const a = actor();
    await a.say("sy ojol bpu penghasilan 3jt, kl di phk aplikator dpt jkp brp");
    expect(await a.press("kb:jkp-peserta")).toContain("tidak bisa");
  });
});

describe("#4 a follow-up with a figure after BPU keeps the user's income", () => {
  it("'kl tambah jht jd brp' after a 3 juta result: Rp96.800", async () => {
    const a = actor();
    await a.say("penghasilan sy 3 jt iuran bpu brp");
    const reply = await a.say("kl tambah jht jd brp");
    expect(reply).toMatch(/JHT 2%\s+Rp60\.000/);
    expect(reply).toMatch(/Total \/ bulan\s+Rp96\.800/);
  });

  it("'kl penghasilan sy 3jt?' after the BPU contribution answer is computed", async () => {
    const a = chatActor(withTopics, worker(nextId++));
    await a.say("pedagang pasar iurannya brp sebulan");
    const reply = await a.say("kl penghasilan sy 3jt?");
    expect(reply).toContain("Penghasilan dilaporkan: Rp3.000.000");
    expect(reply).toMatch(/Total \/ bulan\s+Rp36\.800/);
  });
});

describe("#6 the JHT form's number steps", () => {
  async function atYears() {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:jht");
    await a.say("5jt");
    return a;
  }

  it("'5 thn' and '10thn' are years", async () => {
    expect(await (await atYears()).say("5 thn")).toContain("Asumsi hasil pengembangan");
    expect(await (await atYears()).say("10thn")).toContain("Asumsi hasil pengembangan");
  });

  it("'sy mau batal aja' cancels at a number step and at the BPU income step", async () => {
    expect(await (await atYears()).say("sy mau batal aja")).toContain("Dibatalkan");
    const b = actor();
    await b.say("/hitung");
    await b.press("calc:k:bpu");
    expect(await b.say("sy mau batal aja")).toContain("Dibatalkan");
    // the form is gone: a figure is no longer read as its answer
    expect(await b.say("3jt")).not.toContain("Penghasilan dilaporkan");
  });

  it("a question at the return step leaves the form and is answered", async () => {
    const a = await atYears();
    await a.say("10");
    expect(await a.say("saldo jht sy bs dicek dmn")).toContain("/hitung");
  });
});

describe("#7 the JHT illustration from a typed question", () => {
  it("asks the yearly return, then gives the illustration; 'kl 20 tahun?' recomputes", async () => {
    const a = actor();
    const asked = await a.say("jht sy brp kl gaji 5jt kerja 10 thn");
    expect(asked).toContain("hasil pengembangan");
    expect(asked).not.toContain("Iuran karyawan per bulan");
    const result = await a.press("calc:jret:5");
    expect(result).toMatch(/Iuran 10 tahun\s+Rp34\.200\.000/); // 5.000.000 × 5,7% × 120
    expect(result).toMatch(/Perkiraan saldo\s+Rp44\.255\.450/);
    expect(await a.say("kl 20 tahun?")).toMatch(/Iuran 20 tahun\s+Rp68\.400\.000/);
  });

  it("'kl 10 tahun?' after the form's illustration", async () => {
    const a = actor();
    await a.say("/hitung");
    await a.press("calc:k:jht");
    await a.say("4jt");
    await a.say("5");
    await a.press("calc:ret:5");
    expect(await a.say("kl 10 tahun?")).toMatch(/Iuran 10 tahun\s+Rp27\.360\.000/); // 4.000.000 × 5,7% × 120
  });

  it("the return written in the question is used at once", async () => {
    expect(await ask("jht sy nanti dpt brp, gaji 5jt udah kerja 10 tahun, hasil 5%")).toMatch(/Perkiraan saldo\s+Rp44\.255\.450/);
  });
});

describe("#8 a correction to BPU redoes the same amount", () => {
  it.each(["eh maksud sy bpu", "bukan karyawan, bpu", "kl bpu?"])("%s after a 4 juta wage result: Rp46.800", async (correction) => {
    const a = actor();
    await a.say("gaji 4jt potongan bpjs tk brp");
    const reply = await a.say(correction);
    expect(reply).toContain("Iuran pekerja informal (BPU)");
    expect(reply).toMatch(/Total \/ bulan\s+Rp46\.800/); // 4.000.000 × 1% + 6.800
  });
});
