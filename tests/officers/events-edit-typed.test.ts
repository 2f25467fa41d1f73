/**
 * The event edit form (/acara → ✏️ Ubah) answered by typing, as officers do: the parts named as
 * people name them ("jam", "tempatnya", "ubah judul") or the new time typed at once; a question
 * typed anywhere pauses the form (▶️ Lanjutkan isian, the change kept) instead of ending it or
 * becoming the new place; "gak jadi" at the confirmation cancels. Times of a mixed-zone event are
 * read as /acara_baru reads them. Queued reminders follow a change of text, and a moved time
 * reminds only when that helps. Real SQLite through grammY; the broadcast worker is not running.
 * Clock: Fri 27 Nov 2026 01:24 WITA.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actor, clockAt, eventNamed as eventNamedIn, officerHarness, OWNER, publishDepsOf, recipientsOf as recipientsIn, sentButtonData, sentButtons, user } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { subscribe } from "../../src/officers/subscriptions";
import { sendReminders } from "../../src/officers/events";
import { htmlToPlain } from "../../src/bot/html";

const NOW = new Date("2026-11-26T17:24:00Z");

let h: Awaited<ReturnType<typeof officerHarness>>;
const sulselOfficer = user(5201, "Petugas Sulsel");
const allOfficer = user(5202, "Petugas Pusat");
const ani = user(2201, "Ani");

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, sulselOfficer.id, "73", OWNER.id);
  await grantOfficer(h.store.db, allOfficer.id, null, OWNER.id);
  await subscribe(h.store.db, ani.id, { provinceCode: "73", topics: ["events"] });
});
afterAll(() => h.close());
clockAt(NOW);

type Actor = ReturnType<typeof actor>;
const buttons = sentButtons;
const buttonData = sentButtonData;
const publishDeps = () => publishDepsOf(h);
const eventNamed = (title: string) => eventNamedIn(h, title);
const recipientsOf = (broadcastId: number) => recipientsIn(h, broadcastId);
const broadcastsAbout = async (eventId: number, kind: string) =>
  (await h.store.db.selectFrom("broadcasts").selectAll().where("kind", "=", kind).orderBy("id").execute()).filter((b) => JSON.parse(b.payload).eventId === eventId);
const deliverAll = () => h.store.db.updateTable("deliveries").set({ status: "sent" }).where("status", "=", "pending").execute();

/** An event announced by `officer` (Sulsel unless `provinces` are typed by the all-province officer). */
async function announced(title: string, when: string, o: Actor = actor(h, sulselOfficer), provinces?: string) {
  await o.say("/acara_baru");
  await o.say(title);
  if (provinces) await o.say(provinces);
  await o.press("ev:reg:all");
  await o.say(when);
  await o.say("Aula Kantor");
  await o.say("-");
  await o.press("ev:photo:skip");
  await o.press("ev:dec:send");
  return { o, event: await eventNamed(title) };
}

/** /acara → ✏️ Ubah of the event: "Bagian mana yang diubah?" is asked. */
async function openEdit(o: Actor, eventId: number) {
  await o.say("/acara");
  expect(await o.press(`ev:ed:${eventId}`)).toContain("Bagian mana yang diubah?");
}

/** Ani attends the event (after receiving it). */
async function aniAttends(eventId: number) {
  await deliverAll();
  const a = actor(h, ani);
  await a.say("/acara");
  await a.press(`ev:att:${eventId}`);
}

describe("the edit form typed", () => {
  it("the parts named as people name them, and a new time typed at once, are taken", async () => {
    const { o, event } = await announced("Acara diketik", "30/11 14.00");
    await openEdit(o, event.id);
    expect(await o.say("jam")).toContain("Waktu sekarang: Senin, 30 November 2026 14.00 WITA.");
    await o.say("/batal");
    await openEdit(o, event.id);
    expect(await o.say("tempatnya")).toContain("Tempat sekarang: Aula Kantor. Tulis tempat baru.");
    await o.say("/batal");
    await openEdit(o, event.id);
    expect(await o.say("ubah judul")).toContain("Judul sekarang: Acara diketik. Tulis judul baru.");
    await o.say("/batal");
    await openEdit(o, event.id);
    expect(await o.say("lokasi")).toContain("Tempat sekarang: Aula Kantor.");
    await o.say("/batal");
    await openEdit(o, event.id);
    expect(await o.say("keterangan")).toContain("Tulis keterangan baru");
    await o.say("/batal");

    // the new time itself, typed at "which part?": not a question, straight to the confirmation
    await openEdit(o, event.id);
    const confirm = await o.say("senin jam 16");
    expect(confirm).not.toContain("Maksud Anda");
    expect(confirm).toContain("🗓 Waktu: Senin, 30 November 2026 14.00 WITA → Senin, 30 November 2026 16.00 WITA");
    expect(await o.say("simpan")).toContain("Perubahan disimpan");
    expect((await eventNamed("Acara diketik")).starts_at).toBe("2026-11-30T08:00:00.000Z");
    expect(h.transport.violations).toEqual([]);
  });

  it("a question at the confirmation pauses the form: answered, and Simpan under the note saves the change", async () => {
    const { o, event } = await announced("Acara jeda", "senin depan 10.00");
    await openEdit(o, event.id);
    await o.say("Tempat");
    expect(await o.say("Gedung Serbaguna")).toContain("📍 Tempat: Aula Kantor → Gedung Serbaguna");
    const paused = await o.say("brp iuran bpu sebulan?");
    expect(paused).toContain("Isian tadi saya hentikan sebentar");
    expect(paused).toContain("Paket termurah BPU");
    expect(paused).not.toContain("tidak disimpan");
    // the note says where the form starts again: /acara, not /start
    expect(paused).toContain("/acara");
    expect(paused).not.toContain("/start");
    const labels = buttons(o).map((b) => b.text);
    expect(labels).toEqual(expect.arrayContaining(["▶️ Lanjutkan isian", "✅ Simpan perubahan"]));
    expect((await eventNamed("Acara jeda")).place).toBe("Aula Kantor");

    // Lanjutkan shows the confirmation again, with the place typed before the question
    expect(await o.press(buttonData(o, "form:resume:"))).toContain("📍 Tempat: Aula Kantor → Gedung Serbaguna");
    expect(await o.press(buttonData(o, "ev:es:"))).toContain("Perubahan disimpan");
    expect((await eventNamed("Acara jeda")).place).toBe("Gedung Serbaguna");
  });

  it("a question typed at \"which part?\" pauses the form too, and Lanjutkan asks the part again", async () => {
    const { o, event } = await announced("Acara jeda dua", "senin depan 11.00");
    await openEdit(o, event.id);
    const paused = await o.say("brp iuran bpu sebulan?");
    expect(paused).toContain("Isian tadi saya hentikan sebentar");
    expect(await o.press(buttonData(o, "form:resume:"))).toContain("Bagian mana yang diubah?");
    expect(await o.say("judul")).toContain("Judul sekarang: Acara jeda dua.");
    await o.say("/batal");
  });

  it("a question typed where the new place or title is written is answered, not taken as the value; a capitalised title that asks is a title", async () => {
    const { o, event } = await announced("Acara pertanyaan", "senin depan 12.00");
    await openEdit(o, event.id);
    await o.say("tempat");
    const paused = await o.say("brp iuran bpu sebulan?");
    expect(paused).not.toContain("→ brp iuran");
    expect(paused).toContain("Isian tadi saya hentikan sebentar");
    expect(await o.press(buttonData(o, "form:resume:"))).toContain("Tempat sekarang: Aula Kantor.");
    expect(await o.say("Gedung Serbaguna")).toContain("📍 Tempat: Aula Kantor → Gedung Serbaguna");
    await o.say("/batal");

    await openEdit(o, event.id);
    await o.say("judul");
    expect(await o.say("gimana cara klaim jht?")).toContain("Isian tadi saya hentikan sebentar");
    await o.press(buttonData(o, "form:resume:"));
    expect(await o.say("Apa itu JKP? Sosialisasi")).toContain("Judul: Acara pertanyaan → Apa itu JKP? Sosialisasi");
    await o.say("/batal");
    expect((await eventNamed("Acara pertanyaan")).place).toBe("Aula Kantor");
  });

  it("\"gak jadi\" or \"tidak\" at the confirmation cancel: nothing saved, the officer told so", async () => {
    const { o, event } = await announced("Acara gak jadi", "senin depan 13.00");
    for (const no of ["gak jadi", "tidak"]) {
      await openEdit(o, event.id);
      await o.say("tempat");
      await o.say("Balai Desa");
      const reply = await o.say(no);
      // "gak jadi" is the bot's cancel word in every form; "tidak" is one here, where it can only mean "don't save"
      expect(reply).toEqual(no === "tidak" ? "Dibatalkan: perubahan tidak disimpan, acaranya tetap seperti semula." : expect.stringMatching(/^Dibatalkan\. Tidak ada data yang disimpan/));
      expect((await eventNamed("Acara gak jadi")).place).toBe("Aula Kantor");
      // the form is closed: a later "simpan" saves nothing
      await o.say("simpan");
      expect((await eventNamed("Acara gak jadi")).place).toBe("Aula Kantor");
    }
    expect(await broadcastsAbout(event.id, "event_changed")).toEqual([]);
  });

  it("in English: the part typed as a word, and \"no\" at the confirmation cancels", async () => {
    const englishOfficer = { id: 5203, first_name: "Sam", language_code: "en" };
    await grantOfficer(h.store.db, englishOfficer.id, "73", OWNER.id);
    const { o, event } = await announced("English edit", "senin depan 15.00", actor(h, englishOfficer));
    await o.say("/acara");
    await o.press(`ev:ed:${event.id}`);
    expect(await o.say("venue")).toContain("Current place: Aula Kantor");
    await o.say("Balai Desa");
    expect(await o.say("no")).toBe("Cancelled: the change was not saved, the event stays as it was.");
    expect((await eventNamed("English edit")).place).toBe("Aula Kantor");
  });

  it("a Sulsel + Jatim event: the time is read in WIB, the westernmost zone, as /acara_baru reads it, and said so", async () => {
    const { o, event } = await announced("Acara dua zona", "30/11 14.00 WITA", actor(h, allOfficer), "sulsel, jatim");
    await openEdit(o, event.id);
    const prompt = await o.say("jam");
    expect(prompt).toContain("dibaca dalam WIB");
    expect(prompt).toContain("jam dibaca dalam zona paling barat, WIB, kecuali Anda menulis WIB/WITA/WIT");
    expect(prompt).not.toContain("paling barat, WITA");
    // 10.00 read in WIB: 11.00 WITA
    expect(await o.say("1/12 10.00")).toContain("→ Selasa, 1 Desember 2026 11.00 WITA");
    await o.say("simpan");
    expect((await eventNamed("Acara dua zona")).starts_at).toBe("2026-12-01T03:00:00.000Z");
  });
});

describe("reminders after a change", () => {
  it("a reminder still queued goes out with the new place, not the old one", async () => {
    const { o, event } = await announced("Acara pengingat antre", "30/11 14.00");
    await aniAttends(event.id);
    vi.setSystemTime(new Date("2026-11-29T06:00:00Z"));
    expect(await sendReminders(publishDeps(), new Date("2026-11-29T06:00:00Z"))).toBe(1);
    const [queued] = await broadcastsAbout(event.id, "event_reminder");

    await openEdit(o, event.id);
    await o.say("tempat");
    await o.say("Hotel <Sahid> & Co");
    const saved = await o.say("simpan");
    expect(saved).toContain("Pengingat yang belum terkirim ke 1 orang kini dikirim dengan versi baru.");
    expect(saved).not.toContain("diingatkan lagi");

    const status = await h.store.db.selectFrom("broadcasts").select("status").where("id", "=", queued!.id).executeTakeFirstOrThrow();
    expect(status.status).toBe("cancelled");
    const reminders = await broadcastsAbout(event.id, "event_reminder");
    expect(reminders).toHaveLength(2);
    const text = htmlToPlain(JSON.parse(reminders[1]!.payload).text);
    expect(text).toContain("⏰ Pengingat");
    expect(text).toContain("📍 Hotel <Sahid> & Co");
    expect(text).not.toContain("Aula Kantor");
    expect(await recipientsOf(reminders[1]!.id)).toEqual([ani.id]);
    // nobody is reminded twice by the timer
    expect(await sendReminders(publishDeps(), new Date("2026-11-29T07:00:00Z"))).toBe(0);
  });

  it("moved within the same day after the reminder went out: no second reminder, and the officer is told so", async () => {
    const { o, event } = await announced("Acara geser jam", "30/11 14.00");
    await aniAttends(event.id);
    vi.setSystemTime(new Date("2026-11-29T06:00:00Z"));
    expect(await sendReminders(publishDeps(), new Date("2026-11-29T06:00:00Z"))).toBe(1);
    await deliverAll();

    await openEdit(o, event.id);
    await o.say("jam");
    expect(await o.say("30/11 15.00")).toContain("→ Senin, 30 November 2026 15.00 WITA");
    const saved = await o.say("simpan");
    expect(saved).not.toContain("diingatkan lagi sehari sebelum");
    expect(saved).toContain("sudah diingatkan untuk hari itu");
    // the change notice reaches Ani; the timer sends no second "besok"
    const [notice] = await broadcastsAbout(event.id, "event_changed");
    expect(await recipientsOf(notice!.id)).toEqual([ani.id]);
    expect(await sendReminders(publishDeps(), new Date("2026-11-29T08:00:00Z"))).toBe(0);
    expect(await sendReminders(publishDeps(), new Date("2026-11-30T05:00:00Z"))).toBe(0);
    expect(await broadcastsAbout(event.id, "event_reminder")).toHaveLength(1);
  });

  it("moved to less than a day ahead: the change notice is the reminder, and \"diingatkan lagi\" is not said", async () => {
    const { o, event } = await announced("Acara dimajukan", "3/12 14.00");
    await aniAttends(event.id);
    vi.setSystemTime(new Date("2026-11-28T02:00:00Z"));
    await openEdit(o, event.id);
    await o.say("tanggal");
    await o.say("besok 09.00");
    const saved = await o.say("simpan");
    expect(saved).not.toContain("diingatkan lagi sehari sebelum");
    expect(saved).toContain("Waktu baru kurang dari sehari lagi: pemberitahuan perubahan ini sekaligus menjadi pengingat");
    expect(await sendReminders(publishDeps(), new Date("2026-11-28T03:00:00Z"))).toBe(0);
    expect(await broadcastsAbout(event.id, "event_reminder")).toEqual([]);
  });

  it("moved to another day further ahead: reminded again the day before, as said", async () => {
    const { o, event } = await announced("Acara diundur", "30/11 14.00");
    await aniAttends(event.id);
    vi.setSystemTime(new Date("2026-11-28T02:00:00Z"));
    await openEdit(o, event.id);
    await o.say("hari");
    await o.say("4/12 14.00");
    expect(await o.say("simpan")).toContain("Yang akan hadir diingatkan lagi sehari sebelum waktu baru.");
    expect(await sendReminders(publishDeps(), new Date("2026-11-29T08:00:00Z"))).toBe(0);
    expect(await sendReminders(publishDeps(), new Date("2026-12-03T08:00:00Z"))).toBe(1);
  });
});
