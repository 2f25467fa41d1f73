/**
 * Exploratory reports 11 (informal workers #8, village #20): an occupation typed at the worker-kind
 * step is taken as the answer; a question typed mid-form pauses the form, which a Continue button
 * takes up where it stopped (across a restart), its answers kept and masked, and which expires as
 * forms do; "lewat telegram aja" at the contact step; a village official is asked the village's details.
 */
import { afterEach, describe, expect, it } from "vitest";
import { buttonData, buttonLabels, chatActor, createHarness, createTestStore, later, type Harness } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";
import { kindFromOccupation } from "../../src/leads/validate";
import { htmlToPlain } from "../../src/bot/html";
import type { Message } from "grammy/types";

const harnesses: Harness[] = [];
const stores: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
  for (const s of stores.splice(0)) await s.close();
});

async function harness(options: Parameters<typeof createHarness>[0] = {}) {
  const h = await createHarness(options);
  harnesses.push(h);
  return h;
}

const sari: SimUser = { id: 5101, first_name: "Sari", language_code: "id" };
const maria: SimUser = { id: 5102, first_name: "Maria", language_code: "en" };
const kades: SimUser = { id: 5103, first_name: "Pak Kades", language_code: "id" };

type Actor = ReturnType<typeof chatActor>;

async function leadsOf(h: Harness) {
  return h.store.db.selectFrom("leads").selectAll().execute();
}

async function sessionOf(h: Harness, user: SimUser) {
  const row = await h.store.db.selectFrom("sessions").select("value").where("key", "like", `%${user.id}`).executeTakeFirst();
  return row?.value ?? "";
}

/** Presses a button on `message`, or on the bot's latest message with inline buttons. */
async function pressOn(h: Harness, user: SimUser, data: string, message?: Message) {
  const on = message ?? ([...h.transport.calls].reverse().find((c) => c.method === "sendMessage" && buttonData(c).length > 0)?.result as Message);
  const calls = await h.handle(h.updates.callback(user, data, on));
  return calls.filter((c) => c.method === "sendMessage" || c.method === "answerCallbackQuery").map((c) => htmlToPlain(String(c.payload.text ?? ""))).join("\n");
}

const lastSent = (h: Harness) => h.transport.calls.filter((c) => c.method === "sendMessage").at(-1);

/** To the program step as an ojol in Sulawesi Selatan, Sidenreng Rappang, no district. */
async function toPrograms(a: Actor) {
  await a.say("sy mau daftar");
  await a.press("enr:consent:yes");
  await a.press("enr:kind:bpu_ojol");
  await a.say("sulsel");
  await a.say("sidrap");
  expect(await a.press("enr:d:skip")).toContain("Program apa");
}

describe("an occupation typed at the worker-kind step answers it (informal #8a)", () => {
  it("'sy pembantu rumah tangga' is another independent worker, the occupation kept and not asked again", async () => {
    const h = await harness();
    const a = chatActor(h, sari);
    await a.say("sy mau daftar");
    await a.press("enr:consent:yes");
    const reply = await a.say("sy pembantu rumah tangga");
    expect(reply).toContain("Pekerja mandiri lain");
    expect(reply).toContain("pembantu rumah tangga");
    expect(reply).toContain("provinsi");
    expect(reply).not.toContain("Isian tadi");
    expect(reply).not.toContain("Apa pekerjaan Anda");
    await a.say("jatim");
    await a.press("enr:r:skip");
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    const summary = await a.say("0812 3456 7890");
    expect(summary).toContain("Jenis pekerja: Pekerja mandiri lain");
    expect(summary).toContain("Pekerjaan: pembantu rumah tangga");
    await a.press("enr:submit");
    expect(await leadsOf(h)).toMatchObject([{ worker_kind: "bpu_other", occupation: "pembantu rumah tangga" }]);
  });

  it("in English", async () => {
    const h = await harness();
    const a = chatActor(h, maria);
    await a.say("I want to register");
    await a.say("yes");
    const reply = await a.say("I am a domestic worker");
    expect(reply).toContain("Other self-employed");
    expect(reply).toContain("domestic worker");
    expect(reply).toMatch(/province/i);
  });

  it("reads occupations, and leaves questions and two kinds alone", () => {
    expect(kindFromOccupation("saya kerja jadi ART")).toEqual({ kind: "bpu_other", occupation: "ART" });
    expect(kindFromOccupation("sy kerja kuli bangunan")).toEqual({ kind: "construction", occupation: "kuli bangunan" });
    expect(kindFromOccupation("jualan bakso kak")).toEqual({ kind: "bpu_trader", occupation: "jualan bakso" });
    for (const text of ["tukang ojek bisa daftar ga", "jht itu wajib ga", "petani dan nelayan", "pembantu?", "sy mau daftar"]) expect(kindFromOccupation(text), text).toBeUndefined();
  });

  it("a question at the kind step is still answered, the form paused", async () => {
    const h = await harness();
    const a = chatActor(h, sari);
    await a.say("sy mau daftar");
    await a.press("enr:consent:yes");
    const reply = await a.say("tukang ojek bisa daftar ga");
    expect(reply).toContain("Isian tadi saya hentikan sebentar");
    expect(reply).not.toContain("saya catat sebagai");
  });
});

describe("a question mid-form pauses the form; Continue takes it up where it stopped (informal #8b)", () => {
  it("keeps what was entered across a restart, continues at the program step, and sends the whole lead", async () => {
    const store = await createTestStore();
    stores.push(store);
    const first = await harness({ store });
    const a = chatActor(first, sari);
    await toPrograms(a);
    const reply = await a.say("jht itu wajib ga");
    // answered as a question, not taken for the step
    expect(reply).not.toContain("Tekan tombol program");
    expect(reply).toContain("Isian tadi saya hentikan sebentar");
    expect(reply).toContain("Ketik /daftar untuk mengisinya lagi dari awal");
    // Continue first, then the step's own buttons (explore 12: the enrollment's note offers them too)
    expect(buttonLabels(lastSent(first))[0]).toBe("▶️ Lanjutkan isian");
    const note = lastSent(first)!;
    const resume = buttonData(note)[0]!;
    // while paused the bot answers as if no form were open: a place name is no answer to the form
    expect(await a.say("apa itu jkm")).not.toContain("Program apa");
    expect(await a.say("sulsel")).not.toMatch(/Kabupaten|Program apa/);
    await first.close();
    harnesses.splice(harnesses.indexOf(first), 1);

    const second = await harness({ store });
    // after the restart the buttons pressed are those of messages sent before it
    const b = { ...chatActor(second, sari), press: (data: string, message?: Message) => pressOn(second, sari, data, message) };
    const resumed = await b.press(resume, note.result as Message);
    expect(resumed).toContain("Program apa");
    expect(buttonData(lastSent(second))).toContain("enr:prog:jht");
    await b.press("enr:prog:jht");
    expect(await b.press("enr:prog:done")).toContain("menghubungi Anda");
    const summary = await b.say("lewat telegram aja");
    expect(summary).toContain("Jenis pekerja: Ojol / ojek");
    expect(summary).toContain("Sidenreng Rappang");
    expect(summary).toMatch(/JKK.*JKM.*JHT/s);
    await b.press("enr:submit");
    expect(await leadsOf(second)).toMatchObject([{ worker_kind: "bpu_ojol", province_code: "73", programs: "jkk,jkm,jht", contact_via_telegram: 1 }]);
    // the same button, pressed again, says the form is gone
    expect(await b.press(resume)).toContain("Isian itu sudah tidak tersimpan");
  });

  it("a press of the step's own button after the answer goes on with the form, as Continue would", async () => {
    const h = await harness();
    const a = chatActor(h, sari);
    await toPrograms(a);
    const programStep = lastSent(h)!;
    await a.say("jht itu wajib ga");
    await pressOn(h, sari, "enr:prog:jht", programStep.result as Message);
    expect(await pressOn(h, sari, "enr:prog:done", programStep.result as Message)).toContain("menghubungi Anda");
    await a.say("0812 3456 7890");
    await a.press("enr:submit");
    expect(await leadsOf(h)).toMatchObject([{ programs: "jkk,jkm,jht" }]);
  });

  it("what is kept stays masked: a NIK typed into the form is not in the saved state while it is paused", async () => {
    const h = await harness();
    const a = chatActor(h, sari);
    await a.say("sy mau daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:wage");
    expect(await a.say("3201234567890001")).toContain("tanpa nomor");
    await a.say("buruh pabrik");
    expect(await a.say("iuran bpu brp sebulan?")).toContain("Lanjutkan isian");
    const session = await sessionOf(h, sari);
    expect(session).toContain("buruh pabrik");
    expect(session).not.toContain("3201234567890001");
    // taken up at the province step, the occupation kept
    expect(await a.press(buttonData(lastSent(h))[0]!)).toContain("provinsi");
    await a.say("jatim");
    await a.press("enr:r:skip");
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    expect(await a.say("0812 3456 7890")).toContain("Pekerjaan: buruh pabrik");
  });

  it("a paused form expires as an unanswered form does; its button then says so", async () => {
    const h = await harness();
    const a = chatActor(h, sari);
    await toPrograms(a);
    await a.say("jht itu wajib ga");
    const resume = buttonData(lastSent(h))[0]!;
    const reply = await later(2 * 60 * 60_000 + 1000, () => a.press(resume));
    expect(reply).toContain("Isian itu sudah tidak tersimpan");
    expect(reply).toContain("/daftar");
    expect(await sessionOf(h, sari)).not.toContain("Sidenreng");
  });

  it("/batal discards a paused form; /daftar starts afresh and the old button no longer brings the old one back", async () => {
    const h = await harness();
    const a = chatActor(h, sari);
    await toPrograms(a);
    await a.say("jht itu wajib ga");
    const resume = buttonData(lastSent(h))[0]!;
    expect(await a.say("/batal")).toContain("Dibatalkan");
    expect(await a.press(resume)).toContain("Isian itu sudah tidak tersimpan");

    await toPrograms(a);
    await a.say("jht itu wajib ga");
    const second = buttonData(lastSent(h))[0]!;
    expect(await a.say("/daftar")).toContain("UU 27/2022");
    // the form started afresh replaced the paused one: the old button shows the new form's step
    const again = await a.press(second);
    expect(again).toContain("Apakah Anda setuju?");
    expect(again).not.toContain("Program apa");
  });

  it("👍 under the answer keeps the form paused; 👎 ends it and asks for the comment, as with no form open", async () => {
    const h = await harness();
    const a = chatActor(h, sari);
    await toPrograms(a);
    const before = h.transport.calls.length;
    await a.say("syarat klaim jkm apa saja");
    const sent = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage");
    const answer = sent.find((c) => buttonData(c).some((d) => d.startsWith("fb:")))!;
    expect(answer).toBeDefined();
    const note = sent.at(-1)!;
    const up = buttonData(answer).find((d) => d.startsWith("fb:1:"))!;
    expect(await pressOn(h, sari, up, answer.result as Message)).not.toContain("Maaf");
    expect(await pressOn(h, sari, buttonData(note)[0]!, note.result as Message)).toContain("Program apa");

    await a.say("syarat klaim jkm apa saja");
    const again = h.transport.calls.filter((c) => c.method === "sendMessage" && buttonData(c).some((d) => d.startsWith("fb:0:"))).at(-1)!;
    const down = await pressOn(h, sari, buttonData(again).find((d) => d.startsWith("fb:0:"))!, again.result as Message);
    expect(down).toContain("Apa yang kurang dari jawaban tadi?");
    expect(down).not.toContain("Maaf, terjadi gangguan");
    expect(down).not.toContain("Program apa");
  });

  it("a question at the summary pauses it too; Continue shows the summary again", async () => {
    const h = await harness();
    const a = chatActor(h, sari);
    await toPrograms(a);
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    expect(await a.say("0812 3456 7890")).toContain("Periksa lagi");
    expect(await a.say("kapan petugas menghubungi saya?")).toContain("Lanjutkan isian");
    expect(await a.press(buttonData(lastSent(h))[0]!)).toContain("Periksa lagi");
    await a.press("enr:submit");
    expect(await leadsOf(h)).toHaveLength(1);
  });
});

describe("village officials' enrollment (village #20)", () => {
  it("'lewat telegram aja' at the contact step chooses Telegram contact, as the button does", async () => {
    const h = await harness();
    const a = chatActor(h, kades);
    await toPrograms(a);
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    const summary = await a.say("lewat telegram aja");
    expect(summary).not.toContain("Nomor HP belum benar");
    expect(summary).toContain("Kontak: Hubungi lewat Telegram saja");
  });

  it("a village official is asked the village, title and number of officials, kept with the occupation", async () => {
    const h = await harness();
    const a = chatActor(h, kades);
    await a.say("sy mau daftar");
    await a.press("enr:consent:yes");
    expect(await a.press("enr:kind:village_apparatus")).toContain("provinsi");
    await a.say("jateng");
    await a.press("enr:r:skip");
    await a.press("enr:prog:jkk");
    // asked once the region and programs are known
    const asked = await a.press("enr:prog:done");
    expect(asked).toContain("nama desa");
    expect(buttonLabels(lastSent(h))).toContain("Lewati");
    expect(await a.say("Desa Sukamaju, kepala desa, 12 orang")).toContain("menghubungi Anda");
    const summary = await a.say("Hubungi lewat Telegram saja");
    expect(summary).toContain("Pekerjaan: Aparat desa (Desa Sukamaju, kepala desa, 12 orang)");
    await a.press("enr:submit");
    expect(await leadsOf(h)).toMatchObject([{ worker_kind: "village_apparatus", occupation: "Aparat desa (Desa Sukamaju, kepala desa, 12 orang)" }]);
  });

  it("the details may be skipped, by the button or in words", async () => {
    const h = await harness();
    const a = chatActor(h, kades);
    await a.say("sy mau daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:village_apparatus");
    await a.say("jateng");
    await a.press("enr:r:skip");
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    expect(await a.press("enr:village:skip")).toContain("menghubungi Anda");
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.say("kades");
    await a.say("jateng");
    await a.press("enr:r:skip");
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    expect(await a.say("lewati")).toContain("menghubungi Anda");
    const summary = await a.say("Hubungi lewat Telegram saja");
    expect(summary).toContain("Pekerjaan: Aparat desa");
    expect(summary).not.toContain("Aparat desa (");
    // the ✏️ Pekerjaan edit asks the details again
    expect(await a.press("enr:edit:occupation")).toContain("nama desa");
    expect(await a.say("Desa Sukamaju, sekdes, 9 orang")).toContain("Pekerjaan: Aparat desa (Desa Sukamaju, sekdes, 9 orang)");
  });

  it("in English the details follow the translated occupation", async () => {
    const h = await harness();
    const a = chatActor(h, maria);
    await a.say("I want to register");
    await a.say("yes");
    await a.press("enr:kind:village_apparatus");
    await a.say("jateng");
    await a.press("enr:r:skip");
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    await a.say("Sukamaju village, secretary, 8 people");
    expect(await a.say("telegram only")).toContain("Occupation: Village official (Sukamaju village, secretary, 8 people)");
  });
});

describe("only the latest summary's buttons act (officers' report 11, the enrollment's ✅ Kirim)", () => {
  /** To the summary as a Sulsel ojol (Sidrap) or an East Java trader; the summary message is returned. */
  async function toSummary(h: Harness, a: Actor, province: "sulsel" | "jatim") {
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    if (province === "sulsel") {
      await a.press("enr:kind:bpu_ojol");
      await a.say("sulsel");
      await a.say("sidrap");
      await a.press("enr:d:skip");
    } else {
      await a.press("enr:kind:bpu_trader");
      await a.say("jatim");
      await a.press("enr:r:skip");
    }
    await a.press("enr:prog:jkk");
    await a.press("enr:prog:done");
    await a.say("0812 3456 7890");
    return lastSent(h)!.result as Message;
  }

  it("✅ Kirim under the summary of an earlier form sends nothing; the latest one sends its own answers", async () => {
    const h = await harness();
    const a = chatActor(h, sari);
    const first = await toSummary(h, a, "sulsel");
    const second = await toSummary(h, a, "jatim");
    expect(await pressOn(h, sari, "enr:submit", first)).toContain("Ringkasan ini sudah tidak berlaku");
    expect(await leadsOf(h)).toHaveLength(0);
    await pressOn(h, sari, "enr:submit", second);
    const leads = await leadsOf(h);
    expect(leads).toHaveLength(1);
    expect(leads[0]!.province_code).toBe("35");
  });

  it("after an edit, the summary shown before it no longer sends", async () => {
    const h = await harness();
    const a = chatActor(h, sari);
    const before = await toSummary(h, a, "sulsel");
    await pressOn(h, sari, "enr:edit:programs", before);
    await pressOn(h, sari, "enr:prog:jht");
    await pressOn(h, sari, "enr:prog:done");
    const after = lastSent(h)!.result as Message;
    expect(after.message_id).not.toBe(before.message_id);
    expect(await pressOn(h, sari, "enr:submit", before)).toContain("Ringkasan ini sudah tidak berlaku");
    expect(await leadsOf(h)).toHaveLength(0);
    await pressOn(h, sari, "enr:submit", after);
    expect(await leadsOf(h)).toHaveLength(1);
  });
});
