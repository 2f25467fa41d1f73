/**
 * Forms (conversations) never trap a user: a question typed where only a button answers is
 * answered, and a form left for hours ends by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, later, worker, type Harness } from "../helpers/harness";
import { isNewQuestion } from "../../src/bot/conversation-kit";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const actor = (id: number) => chatActor(h, worker(id));

describe("a form never holds the user", () => {
  it("a question typed where only a button answers leaves the form and is answered", async () => {
    const a = actor(30);
    expect(await a.say("/hitung")).toContain("Hitung iuran untuk siapa");
    // one or two words are taken as an attempt at the step
    expect(await a.say("bpu")).toContain("pilih salah satu tombol");
    const reply = await a.say("syarat klaim jkm apa saja");
    expect(reply).not.toContain("pilih salah satu tombol");
    expect(reply).toMatch(/JKM|kematian/i);
    // the form is gone: its old buttons are stale, and a number is no longer read as its answer
    expect(await a.press("calc:k:bpu")).toContain("tidak berlaku");
  });

  it("an answer button of an earlier message, pressed during a form, leaves the form and answers", async () => {
    const a = actor(58);
    expect(await a.say("bpu bayarnya brp")).toContain("Maksud Anda");
    await a.say("/daftar");
    const reply = await a.press("kb:bpu-iuran");
    expect(reply).toContain("Rp16.800");
    expect(reply).not.toContain("Pilih salah satu");
    // the form is gone: typed text is a question again
    expect(await a.say("sulsel")).not.toContain("Kabupaten/kota");
  });

  it("tells a typed question from an attempt at a button", () => {
    for (const question of ["brp iurannya", "bayarnya dimana", "jkm?", "syarat klaim jkm apa saja", "how much"]) expect(isNewQuestion(question), question).toBe(true);
    for (const attempt of ["ya", "setuju dong", "bpu", "gak tau", "karyawan"]) expect(isNewQuestion(attempt), attempt).toBe(false);
  });

  it("a short question at the consent step leaves the enrollment too", async () => {
    const a = actor(34);
    await a.say("/daftar");
    // "ya" is the Setuju button typed (accepted); a word that is neither still gets the hint
    expect(await a.say("mungkin")).toMatch(/Setuju atau Tidak/);
    expect(await a.say("brp iurannya")).not.toMatch(/Setuju atau Tidak/);
  });

  it("a question typed at the consent step leaves the enrollment before anything is asked or stored", async () => {
    const a = actor(31);
    expect(await a.say("/daftar")).toMatch(/setuju/i);
    const reply = await a.say("brp iuran bpu sebulan ya");
    expect(reply).not.toMatch(/setuju/i);
    expect(reply).toMatch(/BPU|Maksud Anda/);
  });

  it("a form left unanswered for two hours ends; the late message is handled as if none were open", async () => {
    const a = actor(32);
    await a.say("/hitung");
    await a.press("calc:k:bpu");
    // within the form this would have been the income; now it is an ordinary message
    const reply = await later(2 * 60 * 60_000 + 1000, () => a.say("apa itu jht"));
    expect(reply).not.toContain("belum menangkap angkanya");
    expect(reply).toContain("JHT");
  });

  it("an earlier message edited during a form is passed over, not taken as the answer", async () => {
    const a = actor(35);
    await a.say("/hitung");
    await a.press("calc:k:bpu");
    const edit = h.updates.raw({ edited_message: { message_id: 1, date: 0, edit_date: 5, chat: { id: 35, type: "private", first_name: "Budi" }, from: { id: 35, is_bot: false, first_name: "Budi" }, text: "/hitung lagi" } } as never);
    expect((await h.handle(edit)).filter((c) => c.method === "sendMessage")).toEqual([]);
    expect(await a.say("1 juta")).toContain("Rp16.800");
  });

  it("a form answered within the limit carries on", async () => {
    const a = actor(33);
    await a.say("/hitung");
    await a.press("calc:k:bpu");
    expect(await later(60 * 60_000, () => a.say("1 juta"))).toContain("Rp16.800");
  });
});
