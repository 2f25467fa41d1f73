/**
 * Exploratory report 12 (long conversations), the forms: the /tanyapetugas province step pauses
 * for a question, is not matched by a thank-you, has Batal and takes a province named in the
 * question (M4); a filler before a question at a /daftar region step does not hide it (M5); a
 * button of another message pressed at a region step pauses the form and does what it says (M6);
 * a stale "Lanjutkan isian" changes nothing for the next form's buttons (M7).
 */
import { describe, expect, it } from "vitest";
import { buttonLabels, chatActor, createHarness, closedAfterEach, type Harness } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";
import { htmlToPlain } from "../../src/bot/html";
import type { Message } from "grammy/types";

const closing = closedAfterEach();

async function harness() {
  const h = await createHarness();
  closing(h);
  return h;
}

const budi: SimUser = { id: 51201, first_name: "Budi", language_code: "id" };

const sentMessages = (h: Harness) => h.transport.calls.filter((c) => c.method === "sendMessage");

async function pressOn(h: Harness, user: SimUser, data: string, message: Message) {
  const calls = await h.handle(h.updates.callback(user, data, message));
  return calls.filter((c) => c.method === "sendMessage" || c.method === "answerCallbackQuery").map((c) => htmlToPlain(String(c.payload.text ?? ""))).join("\n");
}

describe("M4: /tanyapetugas province step", () => {
  it("has Batal; a question typed there pauses the form and is answered; a thank-you is no province", async () => {
    const h = await harness();
    const a = chatActor(h, budi);
    const asked = await a.say("/tanyapetugas kapan kantor cabang buka hari sabtu");
    expect(asked).toContain("provinsi");
    expect(buttonLabels(sentMessages(h).at(-1))).toContain("❌ Batal");

    const thanks = await a.say("makasih");
    expect(thanks).not.toContain("tidak saya temukan");
    expect(thanks).toContain("belum terkirim");

    const question = await a.say("eh kl iuran jp sy kurang 15 thn gmn?");
    expect(question).not.toContain("tidak saya temukan");
    expect(question).toContain("Lanjutkan isian");
    expect(question).toMatch(/JP|pensiun/);
    expect(await h.store.db.selectFrom("tickets").selectAll().execute()).toHaveLength(0);
  });

  it("a province or city named in the question is offered, not asked again", async () => {
    const h = await harness();
    const a = chatActor(h, budi);
    const offer = await a.say("/tanyapetugas sy ojol di kota bandung, iuran bpu bisa dibayar setahun sekaligus?");
    expect(offer).not.toContain("Di provinsi mana");
    expect(offer).toContain("Jawa Barat");
    expect(buttonLabels(sentMessages(h).at(-1))).toEqual(["✅ Ya, kirim", "Provinsi lain", "❌ Batal"]);
    expect(await a.press("tkn:yes:32")).toContain("Nomor tiket");
    const tickets = await h.store.db.selectFrom("tickets").selectAll().execute();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.province_code).toBe("32");
  });
});

/** /daftar as an ojol in Makassar, at the sub-district step. */
async function toDistrict(a: ReturnType<typeof chatActor>) {
  await a.say("/daftar");
  await a.press("enr:consent:yes");
  await a.press("enr:kind:bpu_ojol");
  expect(await a.say("makassar")).toMatch(/Kecamatan/);
}

describe("M5: a filler before a question at a region step", () => {
  it('"bentar, kl sy telat bayar iuran kena denda ga" at the sub-district step pauses the form and is answered', async () => {
    const h = await harness();
    const a = chatActor(h, budi);
    await toDistrict(a);
    const reply = await a.say("bentar, kl sy telat bayar iuran kena denda ga");
    expect(reply).not.toContain("Saya tidak menemukan");
    expect(reply).toContain("Lanjutkan isian");
  });
});

describe("M6: a button of another message pressed at a /daftar region step", () => {
  it('"🔁 Hitung lagi" under an earlier result does what it says, and the form is said to be stopped', async () => {
    const h = await harness();
    const a = chatActor(h, budi);
    await a.say("/hitung");
    const earlier = sentMessages(h).at(-1)!.result as Message;
    await a.say("/batal");
    await toDistrict(a);
    const reply = await pressOn(h, budi, "calc:again", earlier);
    expect(reply).not.toContain("Ketik nama wilayahnya");
    expect(reply).toContain("Hitung iuran untuk siapa");
    expect(reply).toContain("/daftar");
  });

  it("a button that does nothing any more leaves the form paused, with Lanjutkan", async () => {
    const h = await harness();
    const a = chatActor(h, budi);
    await a.say("/hitung");
    const earlier = sentMessages(h).at(-1)!.result as Message;
    await a.say("/batal");
    await toDistrict(a);
    const reply = await pressOn(h, budi, "zz:gone", earlier);
    expect(reply).not.toContain("Ketik nama wilayahnya");
    expect(buttonLabels(sentMessages(h).at(-1))).toContain("▶️ Lanjutkan isian");
  });
});

describe("M7: a stale Lanjutkan isian", () => {
  it("changes nothing: the next press on the new form is taken", async () => {
    const h = await harness();
    const a = chatActor(h, budi);
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.say("bedanya jkk sama jkm apa sih");
    const note = sentMessages(h).at(-1)!;
    expect(buttonLabels(note)).toContain("▶️ Lanjutkan isian");
    await a.say("/hitung");
    const menu = sentMessages(h).at(-1)!.result as Message;
    expect(await pressOn(h, budi, "form:resume:enrollment", note.result as Message)).toContain("sudah tidak tersimpan");
    const next = await pressOn(h, budi, "calc:k:jht", menu);
    expect(next).not.toContain("Silakan pilih salah satu tombol");
  });
});

describe("Low: the pause notes", () => {
  it("the paused /daftar note offers the step's own buttons, which take the form up", async () => {
    const h = await harness();
    const a = chatActor(h, budi);
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:bpu_ojol");
    await a.say("sulsel");
    await a.say("sidrap");
    expect(await a.press("enr:d:skip")).toContain("Program apa");
    await a.say("bedanya jkk sama jkm apa sih");
    const note = sentMessages(h).at(-1)!;
    const labels = buttonLabels(note);
    expect(labels).toContain("▶️ Lanjutkan isian");
    expect(labels.length).toBeGreaterThan(1);
    expect(labels).not.toContain("❌ Batal");
  });

  it('"🔔 Langganan" beside a paused subscription form asks whether to continue or start again; continuing keeps the province', async () => {
    const h = await harness();
    const a = chatActor(h, budi);
    await a.say("/langganan");
    await a.press("sub:consent:yes");
    expect(await a.say("sulsel")).toMatch(/Kabupaten|kota/i);
    await a.say("bedanya jkk sama jkm apa sih");
    const note = sentMessages(h).at(-1)!.result as Message;
    const choice = await pressOn(h, budi, "sub:change", note);
    expect(choice).toContain("masih menunggu");
    const offer = sentMessages(h).at(-1)!;
    expect(buttonLabels(offer)).toEqual(["▶️ Lanjutkan isian", "🔁 Mulai dari awal"]);
    const resumed = await pressOn(h, budi, "form:resume:subscribe", offer.result as Message);
    expect(resumed).toContain("Sulawesi Selatan");
  });
});

describe("M7 (what the replay pressed): 👍/👎 under an earlier answer during an open form", () => {
  it("👎 ends the form, says so, and asks what was missing; it is not met with 'pick a button'", async () => {
    const h = await harness();
    const a = chatActor(h, budi);
    await a.say("apa itu jht");
    const answer = sentMessages(h).at(-1)!.result as Message;
    await a.say("/hitung");
    const reply = await pressOn(h, budi, "fb:0:jht-apa-itu", answer);
    expect(reply).not.toContain("Silakan pilih salah satu tombol");
    expect(reply).toContain("Apa yang kurang");
    expect(reply).toContain("/hitung");
  });

  it("👍 is recorded and the form waits, paused", async () => {
    const h = await harness();
    const a = chatActor(h, budi);
    await a.say("apa itu jht");
    const answer = sentMessages(h).at(-1)!.result as Message;
    await a.say("/hitung");
    const reply = await pressOn(h, budi, "fb:1:jht-apa-itu", answer);
    expect(reply).not.toContain("Silakan pilih salah satu tombol");
    expect(buttonLabels(sentMessages(h).at(-1))).toContain("▶️ Lanjutkan isian");
  });
});
