/**
 * Acceptance test 11 (/work/notes/acceptance11-village-officers.md N5; acceptance11-workers.md after
 * informal #9):
 * - a phone number typed at the enrollment's program step (or any step before the contact step)
 *   got the "don't send identity numbers" warning and paused the form, though the contact step asks
 *   for it: it is now said to come later, the step stays open, and the number is not stored;
 * - a question typed at 👎's comment prompt is answered without the "Isian tadi saya hentikan" note.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonData, chatActor, createHarness, type Harness } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";
import { typesOnlyPhone } from "../../src/bot/features/enrollment/abroad";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 11_500;
const person = (language_code = "id"): SimUser => ({ id: nextId++, first_name: "Rudi", language_code });
type Actor = ReturnType<typeof chatActor>;

const lastSent = () => h.transport.calls.filter((c) => c.method === "sendMessage").at(-1);
async function sessionOf(user: SimUser) {
  const row = await h.store.db.selectFrom("sessions").select("value").where("key", "like", `%${user.id}`).executeTakeFirst();
  return row?.value ?? "";
}

/** /daftar as a trader in Makassar (the city answers province and regency), no district: at the program step. */
async function toPrograms(a: Actor, asked = "Program apa") {
  await a.say("/daftar");
  await a.press("enr:consent:yes");
  await a.press("enr:kind:bpu_trader");
  await a.say("makassar");
  expect(await a.press("enr:d:skip")).toContain(asked);
}

describe("N5: a phone number typed before the contact step", () => {
  it("at the program step: the programs come first, the number is asked next; the form stays at the step and keeps no number", async () => {
    const user = person();
    const a = chatActor(h, user);
    await toPrograms(a);
    const reply = await a.say("0812 9999 0000");
    expect(reply).toBe("📞 Programnya dipilih dulu; nomor HP ditanyakan sesudahnya.");
    expect(reply).not.toContain("Nomor identitas");
    expect(reply).not.toContain("Isian tadi");
    // the step's own buttons come with it, and the form goes on from there
    expect(buttonData(lastSent())).toContain("enr:prog:done");
    // the number typed is nowhere in the stored form state (nor its masked digits' start)
    const stored = await sessionOf(user);
    expect(stored).toContain("enrollment");
    expect(stored).not.toMatch(/0812|9999|62812/);
    expect(stored).not.toContain("pausedForm");

    await a.press("enr:prog:jkk");
    expect(await a.press("enr:prog:done")).toContain("Bagaimana petugas bisa menghubungi Anda");
    const summary = await a.say("0812 3456 7890");
    expect(summary).toContain("Periksa lagi data Anda");
    expect(summary).toContain("+6281234567890");
    expect(summary).not.toContain("9999");
  });

  it("'no hp sy 0812-9999-0000' at the program step is the same; a NIK there still gets the identity-number warning", async () => {
    const a = chatActor(h, person());
    await toPrograms(a);
    expect(await a.say("no hp sy 0812-9999-0000")).toBe("📞 Programnya dipilih dulu; nomor HP ditanyakan sesudahnya.");
    const nik = await a.say("nik saya 7371 0101 0101 0001");
    expect(nik).toContain("Nomor identitas");
    expect(nik).not.toContain("Programnya dipilih dulu");
  });

  it("at the earlier steps (worker kind, region): asked later, the step stays open", async () => {
    const a = chatActor(h, person());
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    const atKind = await a.say("0812 9999 0000");
    expect(atKind).toBe("📞 Nomor HP ditanyakan nanti, sesudah program dipilih; jawab dulu pertanyaan di atas.");
    expect(buttonData(lastSent())).toContain("enr:kind:bpu_trader");
    await a.press("enr:kind:bpu_trader");
    expect(await a.say("+62 812 9999 0000")).toBe("📞 Nomor HP ditanyakan nanti, sesudah program dipilih; jawab dulu pertanyaan di atas.");
    // still the province step: a place answers it
    expect(await a.say("makassar")).toContain("Kecamatan apa");
  });

  it("a village official's program step, and the village details step just before the contact", async () => {
    const a = chatActor(h, person());
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:village_apparatus");
    await a.say("makassar");
    await a.press("enr:d:skip");
    expect(await a.say("0812 9999 0000")).toBe("📞 Programnya dipilih dulu; nomor HP ditanyakan sesudahnya.");
    await a.press("enr:prog:jkk");
    expect(await a.press("enr:prog:done")).toContain("nama desa");
    expect(await a.say("0812 9999 0000")).toBe("📞 Nomor HP ditanyakan sesudah langkah ini; jawab dulu pertanyaan di atas.");
    expect(await a.say("Desa Sukamaju, kepala desa, 12 orang")).toContain("Bagaimana petugas bisa menghubungi Anda");
  });

  it("in English", async () => {
    const a = chatActor(h, person("en"));
    await toPrograms(a, "Which programs");
    expect(await a.say("0812 9999 0000")).toBe("📞 The programs come first; your phone number is asked after that.");
  });

  it("what counts as a phone number typed alone", () => {
    expect(typesOnlyPhone("0812 9999 0000")).toBe(true);
    expect(typesOnlyPhone("nomor wa saya +852 9123 4567")).toBe(true);
    expect(typesOnlyPhone("7371010101010001")).toBe(false);
    expect(typesOnlyPhone("jht itu wajib ga")).toBe(false);
    expect(typesOnlyPhone("iuran 0812 9999 0000 brp")).toBe(false);
  });
});

describe("a question typed at 👎's comment prompt is answered without the 'form stopped' note", () => {
  it("'kl telat bayar gimana' after 👎: the answer, and no 'Isian tadi saya hentikan'", async () => {
    const a = chatActor(h, person());
    await a.say("brp iuran bpu sebulan");
    expect(await a.press("fb:0:bpu-iuran")).toContain("Apa yang kurang");
    const reply = await a.say("kl telat bayar gimana");
    expect(reply).toContain("telat bayar");
    expect(reply).not.toContain("Isian tadi saya hentikan");
    expect(reply).not.toContain("masukan Anda kami catat");
  });

  it("a question typed in a real form still gets the note", async () => {
    const a = chatActor(h, person());
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    expect(await a.say("bpjs tk itu apa sih")).toContain("Isian tadi saya hentikan");
  });

  it("Telegram would have accepted every call (HTML, button data)", () => {
    expect(h.transport.violations).toEqual([]);
  });
});

describe("smoke 11 D5: the answer picked from the paused form's 'Maksud Anda…?' offers the form again", () => {
  it("'jht itu wajib ga' at the program step, then an option: the answer, then ▶️ Lanjutkan isian, which goes back to the programs", async () => {
    const user = person();
    const a = chatActor(h, user);
    await toPrograms(a);
    expect(await a.say("jht itu wajib ga")).toContain("Lanjutkan isian");
    const clarify = h.transport.calls.filter((c) => c.method === "sendMessage").find((c) => buttonData(c).some((d) => d.startsWith("kb:") && d !== "kb:none"));
    const option = buttonData(clarify).find((d) => d.startsWith("kb:") && d !== "kb:none")!;
    const picked = await h.handle(h.updates.callback(user, option, clarify!.result as never));
    const resume = picked.filter((c) => c.method === "sendMessage").at(-1)!;
    expect(String(resume.payload.text)).toContain("Isian tadi masih menunggu");
    const data = buttonData(resume)[0]!;
    const back = await h.handle(h.updates.callback(user, data, resume.result as never));
    expect(back.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text)).join("\n")).toContain("Program apa");
  });
});
