/**
 * A message is read once however many ways the bot looks at it (task 14, the per-update work cut): the
 * whole message and its clauses share one search and one calculation reading, a clause that cannot make
 * a second question is not searched, and a text with too few digits for an identity number is not combed
 * for one. What users get stays as it was; these replies are checked through the whole bot.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlToPlain } from "../../src/bot/html";
import { buttonData, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextUser = 14_100;

/** Every message the bot sent back for `texts`, said in turn by one new user: plain text and button data. */
async function conversation(...texts: string[]) {
  const a = chatActor(h, worker(nextUser++));
  const replies: { text: string; data: string[] }[][] = [];
  for (const text of texts) {
    const before = h.transport.calls.length;
    await a.say(text);
    const sent = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage");
    replies.push(sent.map((c) => ({ text: htmlToPlain(String(c.payload.text)), data: buttonData(c) })));
  }
  return replies;
}

const SOURCE = /📚 (Sumber|Source):/;
const IDENTITY_NOTE = /Nomor identitas/;

describe("a greeting before the question: the question answered once, whole", () => {
  it("halo kak, iuran bpu brp → one answer about the BPU contribution", async () => {
    const [replies] = await conversation("halo kak, iuran bpu brp");
    expect(replies).toHaveLength(1);
    expect(replies![0]!.text).toMatch(SOURCE);
    expect(replies![0]!.data.some((d) => d.startsWith("fb:1:bpu-"))).toBe(true);
  });

  it("two questions are still both answered (brp iuran bpu trs cara daftarnya gmn)", async () => {
    const [replies] = await conversation("brp iuran bpu trs cara daftarnya gmn");
    expect(replies).toHaveLength(2);
    for (const r of replies!) expect(r.text).toMatch(SOURCE);
  });
});

describe("a question with its numbers, read by the planner and the calculator alike", () => {
  it("gaji 5 jt potongan brp, trus jkp nya brp kl di phk → the deduction, then the JKP benefit", async () => {
    const [replies] = await conversation("gaji 5 jt potongan brp, trus jkp nya brp kl di phk");
    expect(replies).toHaveLength(2);
    expect(replies![0]!.text).toMatch(/Dipotong dari gaji\s+Rp150\.000/);
    expect(replies![1]!.text).toContain("JKP");
  });

  it("anggaran 10 jt cukup buat brp petani setahun → how many vulnerable workers the budget covers", async () => {
    const [replies] = await conversation("anggaran 10 jt cukup buat brp petani setahun");
    expect(replies).toHaveLength(1);
    expect(replies![0]!.text).toMatch(/Rp10\.000\.000/);
  });
});

describe("identity numbers", () => {
  it("a wage of seven digits is a figure: computed, no identity note", async () => {
    const [replies] = await conversation("gaji 4500000 potongan bpjs brp");
    expect(replies!.some((r) => IDENTITY_NOTE.test(r.text))).toBe(false);
    expect(replies!.some((r) => /Rp4\.500\.000/.test(r.text))).toBe(true);
  });

  it("a phone number of ten digits is left out, with the note, and the question still answered", async () => {
    const [replies] = await conversation("no hp sy 0812345678, brp iuran bpu sebulan");
    expect(IDENTITY_NOTE.test(replies![0]!.text)).toBe(true);
    expect(replies).toHaveLength(2);
    expect(replies![1]!.data).toContain("kb:bpu-iuran");
    expect(replies!.every((r) => !r.text.includes("0812345678"))).toBe(true);
  });
});

describe("a follow-up leans on the label of the answer before it", () => {
  it("syarat klaim jkm, then kalau jht? → the JHT claim documents (stated or offered first)", async () => {
    const [, second] = await conversation("syarat klaim jkm", "kalau jht?");
    const first = second![0]!;
    expect(first.data.some((d) => /^(fb:1:|kb:)jht-/.test(d))).toBe(true);
  });
});
