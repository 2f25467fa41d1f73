/**
 * Exploratory test 10 (workers, /work/notes/explore10-workers.md): long conversations of factory
 * workers, ojol drivers, fishers, widows and a first-job worker, through the whole bot.
 * Defects 1, 3, 4 (search side), 6 (a bare "setuju"), 8, 10-15 and 16.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonData, buttonLabels, chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextUser = 10100;
const actor = (language = "id") => chatActor(h, worker(nextUser++, language));
const lastSent = () => h.transport.calls.filter((c) => c.method === "sendMessage").at(-1);
const lastButtons = () => buttonLabels(lastSent());
const CLARIFY = "Maksud Anda";

/** A new user asking `question` gets the answer with `answerWords` at once, no "Maksud Anda…?". */
async function expectAnswered(question: string, answerWords: string, language = "id") {
  const reply = await actor(language).say(question);
  expect(reply, question).not.toMatch(/Maksud Anda|Did you mean/);
  expect(reply, question).toContain(answerWords);
  return reply;
}

describe("1: a 57-year-old asking for JP is told the pension age, never 'Bisa'", () => {
  it.each([
    ["sy umur 57 thn bs ambil jp?", "belum bisa"],
    ["jp umur 57", "belum bisa"],
    ["I am 57, can I get my JP pension now?", "not before"],
  ])("%s", async (question, words) => {
    const reply = await expectAnswered(question, words, question.startsWith("I ") ? "en" : "id");
    expect(reply).toMatch(/59/);
    expect(reply).not.toMatch(/^(Bisa|Yes)\b/);
    expect(reply).not.toContain("menunda");
  });

  it("in a chat after the JHT age, 'klo jp sy umur 57 udh bs?' gets the pension age", async () => {
    const a = actor();
    await a.say("umur sy 56 thn, jht bs cair?");
    const reply = await a.say("klo jp sy umur 57 udh bs?");
    expect(reply).toContain("belum bisa");
    expect(reply).toContain("59");
    expect(reply).not.toMatch(/^Bisa\b/);
  });

  it("delaying the pension while still employed is still answered", async () => {
    await expectAnswered("apakah pensiun bisa ditunda kalau masih bekerja", "menunda");
  });
});

describe("3: a first-job worker asking 'must I join?' is told yes, and the worker's share after it", () => {
  it("the mandatory-enrolment answer, then the 2% JHT + 1% JP deduction", async () => {
    const a = actor();
    const first = await a.say("ini kerja pertama sy, gaji umr jkt. wajib ikut bpjs tk ga?");
    expect(first).toContain("wajib mendaftarkan");
    expect(first).not.toContain("Uang tunai JKP");
    const share = await a.say("potongannya dr gaji sy doang brp");
    if (share.includes(CLARIFY)) expect(lastButtons()[0]).toBe("Potongan iuran dari gaji pekerja");
    else expect(share).toContain("Potongan dari gaji pekerja totalnya");
    expect(share).not.toMatch(/^JKP tidak dipotong/);
  });
});

describe("4: a death in a work accident is JKK, not JKM", () => {
  it("'suami sy meninggal kecelakaan kerja kmrn, hrs gmn' puts the JKK death entry first", async () => {
    const reply = await actor().say("suami sy meninggal kecelakaan kerja kmrn, hrs gmn");
    if (reply.includes(CLARIFY)) expect(lastButtons()[0]).toBe("Santunan kematian akibat kerja (JKK)");
    else expect(reply).toContain("ditanggung JKK");
  });

  it("the JKK death answer gives condolences and the first step", async () => {
    const reply = await actor().say("ayah sy meninggal kecelakaan kerja, hrs gmn");
    expect(reply).toContain("Turut berduka");
    expect(reply).toContain("ditanggung JKK");
    expect(reply).toMatch(/2 ?(×|x) ?24 jam|2 hari/);
  });

  it("after the JKK death option, 'brp yg didapat' and 'dokumen apa aja' stay with JKK", async () => {
    const a = actor();
    await a.say("suami sy meninggal kecelakaan kerja kmrn, hrs gmn");
    const amount = await a.say("brp yg didapat");
    // the death in a work accident is answered at once now (the situation told: a death and an accident), and what
    // follows stays with JKK: its other entries, never JKM's
    if (amount.includes(CLARIFY)) expect(lastButtons()[0]).toMatch(/\(JKK\)|kecelakaan kerja|JKK/);
    else expect(amount).toContain("48 kali upah sebulan");
    expect(amount).not.toContain("JKM");
    const papers = await a.say("dokumen apa aja");
    // what was only offered is offered again, never stated: the JKK claim first
    if (papers.includes(CLARIFY)) expect(lastButtons()[0]).toBe("Cara klaim JKK setelah kecelakaan");
    else expect(papers).toContain("kecelakaan kerja");
    expect(papers).not.toContain("JKM");
  });
});

describe("6: a bare agreement outside a form is not a question", () => {
  it.each(["setuju", "iya sy setuju", "ya", "ok setuju"])("%s", async (text) => {
    const reply = await actor().say(text);
    expect(reply).not.toContain("alasan untuk klaim");
    expect(reply).toContain("tulis saja pertanyaannya");
  });
});

describe("8: 'daftar' alone starts the enrollment interest", () => {
  it.each(["daftar", "daftar dong"])("%s", async (text) => {
    expect(await actor().say(text)).toContain("Daftar minat kepesertaan");
  });

  it("'cara daftar bpjs tk' offers the places to register and the 📝 Daftar minat route", async () => {
    const reply = await actor().say("cara daftar bpjs tk");
    if (reply.includes(CLARIFY)) {
      expect(lastButtons()).toContain("Pilihan tempat daftar BPU");
      expect(buttonData(lastSent())).toContain("menu:join");
    } else expect(reply).toContain("SPO");
  });
});

describe("17c: a phone number alone when no form is open", () => {
  it("gets the identity-number note and nothing else, not the welcome menu", async () => {
    const a = actor();
    const before = h.transport.calls.length;
    await a.say("08123456789");
    const sent = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain("Nomor identitas");
    expect(sent[0]).not.toContain("Halo");
  });
});
