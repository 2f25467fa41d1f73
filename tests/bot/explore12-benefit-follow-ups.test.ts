/**
 * Exploratory report 12 (long conversations) H4: a bare wage typed after a benefit answer asks for that
 * benefit for the wage, not for the contribution table the wage alone would compute.
 * Figures from knowledge/rules: JKP 60% of the wage (at most Rp5.000.000) for 6 months; STMB 100% of the
 * wage for the first 12 months, 50% after.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";
import { loadKnowledge } from "../../src/knowledge/load";
import { RecentPerUser, RecentTopics } from "../../src/knowledge/follow-up";
import { answerWithNumbers } from "../../src/bot/features/calculator";

let h: Harness;
/** A bot whose memories all read one frozen clock: every answer and result lands in the same millisecond. */
let sameMillisecond: Harness;
beforeAll(async () => {
  h = await createHarness();
  const frozen = () => 1_700_000_000_000;
  const topics = new RecentTopics(undefined, undefined, frozen);
  const answerMemory = answerWithNumbers(loadKnowledge().rules, new RecentPerUser(undefined, undefined, frozen), topics);
  sameMillisecond = await createHarness({ overrides: { recentTopics: topics, preAnswer: [answerMemory] } });
});
afterAll(async () => {
  await h.close();
  await sameMillisecond.close();
});

let nextId = 121000;
const actor = () => chatActor(h, worker(nextId++));

describe("a wage after a benefit answer", () => {
  it("'kl gaji sy 4 jt?' after the JKP benefit: 60% × 4 jt = Rp2.400.000 a month, Rp14.400.000 in 6 months", async () => {
    const a = actor();
    await a.say("kl sy kena phk dpt jkp brp");
    const reply = await a.say("kl gaji sy 4 jt?");
    expect(reply).toContain("Perkiraan manfaat tunai JKP");
    expect(reply).toMatch(/60% per bulan\s+Rp2\.400\.000/);
    expect(reply).not.toContain("Iuran karyawan");
  });

  it("also after a wage table earlier in the conversation", async () => {
    const a = actor();
    await a.say("gaji sy 8 juta potongan bpjs tk brp");
    await a.say("kl sy kena phk dpt jkp brp");
    expect(await a.say("kl gaji sy 4 jt?")).toMatch(/6 bulan\s+Rp14\.400\.000/);
  });

  it("even when the wage table and the JKP answer came in the same millisecond (a fast server): the later one is followed", async () => {
    const a = chatActor(sameMillisecond, worker(nextId++));
    await a.say("gaji sy 8 juta potongan bpjs tk brp");
    await a.say("kl sy kena phk dpt jkp brp");
    expect(await a.say("kl gaji sy 4 jt?")).toMatch(/6 bulan\s+Rp14\.400\.000/);
  });

  it("'kl gaji sy 5jt?' after the STMB answer: Rp5.000.000 for months 1–12, Rp2.500.000 after", async () => {
    const a = actor();
    await a.say("stmb itu apa");
    const reply = await a.say("kl gaji sy 5jt?");
    expect(reply).toMatch(/100% bln 1-12\s+Rp5\.000\.000/);
    expect(reply).toMatch(/50% sesudahnya\s+Rp2\.500\.000/);
  });

  it("a result shown after the benefit answer is what a bare wage follows: 'kl 4jt?' after a later wage table recomputes it", async () => {
    const a = actor();
    await a.say("kl sy kena phk dpt jkp brp");
    await a.say("gaji 8 jt potongan bpjs brp");
    const reply = await a.say("kl 4jt?");
    expect(reply).toContain("Iuran karyawan per bulan");
    expect(reply).not.toContain("manfaat tunai JKP");
  });

  it("a message that names its own topic keeps its own reading: 'potongan iuran gaji 4 jt brp' after the JKP benefit", async () => {
    const a = actor();
    await a.say("kl sy kena phk dpt jkp brp");
    expect(await a.say("potongan iuran gaji 4 jt brp")).toContain("Iuran karyawan");
  });
});

describe("explore 12 long H2: after a BPU answer, a follow-up naming no program is not answered with JKP or JP", () => {
  it("'kl 6 bulan totalnya brp' after the BPU fee: no confident JKP benefit; JKP/JP options come last", async () => {
    const a = actor();
    await a.say("brp iuran bpu sebulan");
    const reply = await a.say("kl 6 bulan totalnya brp");
    expect(reply).not.toContain("Uang tunai JKP");
    const options = h.transport.calls.filter((c) => c.method === "sendMessage").at(-1)!;
    const labels = ((options.payload.reply_markup as { inline_keyboard?: { text: string }[][] })?.inline_keyboard ?? []).flat().map((b) => b.text);
    const jkpAt = labels.findIndex((l) => /JKP|JP /.test(l));
    if (jkpAt >= 0) expect(labels.slice(0, jkpAt).some((l) => /BPU|PMI/.test(l))).toBe(true);
  });
});
