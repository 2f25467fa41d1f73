/**
 * Officers change an event from /acara ("✏️ Ubah"), one field at a time: before the
 * announcement goes out the change simply applies; after it, those who received it get one
 * change notice through the broadcast queue, and the reminder follows a new date. Areas are not
 * changed, the date must lie ahead, only officers of the event's province may, and buttons of a
 * finished edit are refused. Real SQLite through grammY; the broadcast worker is not running, so
 * the queued broadcasts and their deliveries are what recipients will get.
 * Clock: Fri 27 Nov 2026 01:24 WITA.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actor, audit, clockAt, eventNamed as eventNamedIn, officerHarness, OWNER, publishDepsOf, recipientsOf as recipientsIn, sentButtonData, sentButtons, user } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { setBlocked, touchUser } from "../../src/store/repos/users";
import { subscribe, unsubscribe } from "../../src/officers/subscriptions";
import { sendDueEvents, sendReminders } from "../../src/officers/events";
import { htmlToPlain } from "../../src/bot/html";
import type { Message } from "grammy/types";
import { sql } from "kysely";

const NOW = new Date("2026-11-26T17:24:00Z");

let h: Awaited<ReturnType<typeof officerHarness>>;
const sulselOfficer = user(5101, "Petugas Sulsel");
const papuaOfficer = user(5102, "Petugas Papua");
const ani = user(2101, "Ani");
const budi = user(2102, "Budi");
const citra = user(2103, "Citra");
const dodi = user(2104, "Dodi");

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, sulselOfficer.id, "73", OWNER.id);
  await grantOfficer(h.store.db, papuaOfficer.id, "94", OWNER.id);
  for (const u of [ani, budi, citra, dodi]) await subscribe(h.store.db, u.id, { provinceCode: "73", topics: ["events"] });
});
afterAll(() => h.close());
clockAt(NOW);

type Actor = ReturnType<typeof actor>;
const buttons = sentButtons;
const buttonData = sentButtonData;
const publishDeps = () => publishDepsOf(h);
const eventNamed = (title: string) => eventNamedIn(h, title);
const recipientsOf = (broadcastId: number) => recipientsIn(h, broadcastId);
const broadcastsOfKind = (kind: string) => h.store.db.selectFrom("broadcasts").selectAll().where("kind", "=", kind).orderBy("id").execute();
const markDelivered = (broadcastId: number, chatIds: number[]) =>
  h.store.db.updateTable("deliveries").set({ status: "sent" }).where("broadcast_id", "=", broadcastId).where("chat_id", "in", chatIds).execute();

/** The Sulsel officer walks /acara_baru (all regencies, no description, no poster) to the preview. */
async function draft(title: string, when: string, place = "Aula Kantor") {
  const o = actor(h, sulselOfficer);
  await o.say("/acara_baru");
  await o.say(title);
  await o.press("ev:reg:all");
  expect(await o.say(when)).toContain("Di mana tempatnya");
  await o.say(place);
  await o.say("-");
  await o.press("ev:photo:skip");
  return o;
}

/** Opens the edit form of the event from the officer's /acara and picks a field; returns what the field's question said. */
async function openEdit(o: Actor, eventId: number, field: "title" | "when" | "place" | "description" | "area") {
  await o.say("/acara");
  expect(buttons(o).find((b) => b.callback_data === `ev:ed:${eventId}`)?.text).toBe("✏️ Ubah");
  expect(await o.press(`ev:ed:${eventId}`)).toContain("Bagian mana yang diubah?");
  return o.press(buttonData(o, `ev:ef:${field}:`));
}

describe("changing an event", () => {
  it("before the announcement: the change applies, and the scheduled announcement goes out with it", async () => {
    const o = await draft("Sosialisasi terjadwal", "lusa 10.00");
    await o.press("ev:dec:schedule");
    expect(await o.say("besok 10.00")).toContain("Ubah di /acara (✏️ Ubah)");
    const event = await eventNamed("Sosialisasi terjadwal");

    expect(await openEdit(o, event.id, "place")).toContain("Tempat sekarang: Aula Kantor. Tulis tempat baru.");
    // the creation form's rules: too short, then the same place, are refused with their reasons
    expect(await o.say("ab")).toContain("Terlalu pendek, minimal 3 huruf.");
    expect(await o.say("Aula Kantor")).toContain("Itu sama dengan yang sekarang.");
    const confirm = await o.say("Balai <Kota> & Aula");
    expect(confirm).toContain("📍 Balai <Kota> & Aula");
    expect(confirm).toContain("📍 Tempat: Aula Kantor → Balai <Kota> & Aula");
    expect(confirm).toContain("Pengumumannya belum dikirim; saat dijadwalkan (Sabtu, 28 November 2026 10.00 WITA) yang dikirim versi baru ini.");
    const html = o.calls.map((c) => String(c.payload.text ?? "")).join("\n");
    expect(html).toContain("Balai &lt;Kota&gt; &amp; Aula");

    expect(await o.press(buttonData(o, "ev:es:"))).toContain("✅ Perubahan disimpan. Pengumuman yang dijadwalkan (Sabtu, 28 November 2026 10.00 WITA) memakai versi baru.");
    expect((await eventNamed("Sosialisasi terjadwal")).place).toBe("Balai <Kota> & Aula");
    // nobody had it, so nobody is told
    expect(await broadcastsOfKind("event_changed")).toEqual([]);

    // the send time comes: the announcement carries the new place
    const sent = await sendDueEvents({ ...publishDeps(), ownerIds: [OWNER.id] }, new Date("2026-11-28T02:00:00Z"));
    expect(sent).toHaveLength(1);
    const [announcement] = await broadcastsOfKind("event");
    const text = htmlToPlain(JSON.parse(announcement!.payload).text);
    expect(text).toContain("📍 Balai <Kota> & Aula");
    expect(text).not.toContain("Aula Kantor");
    expect(h.transport.violations).toEqual([]);
  });

  it("a new date before a scheduled announcement's send time, or in the past, is refused with the reason", async () => {
    const o = await draft("Acara dijadwal ulang", "senin depan 10.00");
    await o.press("ev:dec:schedule");
    await o.say("29/11 10.00");
    const event = await eventNamed("Acara dijadwal ulang");
    expect(await openEdit(o, event.id, "when")).toContain("Waktu sekarang: Senin, 30 November 2026 10.00 WITA.");
    expect(await o.say("kemarin jam 9")).toContain("Waktu itu sudah lewat. Tulis waktu yang akan datang.");
    expect(await o.say("28/11 10.00")).toContain("Pengumumannya dijadwalkan dikirim Minggu, 29 November 2026 10.00 WITA; acara harus sesudah itu.");
    expect(await o.say("30/11 10.00")).toContain("Itu sama dengan yang sekarang.");
    await o.say("/batal");
    expect((await eventNamed("Acara dijadwal ulang")).starts_at).toBe(event.starts_at);
  });

  it("after the announcement: those who received it get one change notice, not who unsubscribed or blocked the bot; copies still queued go out with the new text", async () => {
    const o = await draft("Sosialisasi BPU", "senin depan 10.00");
    expect(await o.press("ev:dec:send")).toContain("4 pelanggan");
    const event = await eventNamed("Sosialisasi BPU");
    const [announcement] = (await broadcastsOfKind("event")).filter((b) => JSON.parse(b.payload).eventId === event.id);
    // Ani, Budi and Citra got it; Dodi's copy is still queued. Budi then unsubscribes, Citra blocks the bot.
    await markDelivered(announcement!.id, [ani.id, budi.id, citra.id]);
    await unsubscribe(h.store.db, budi.id);
    await touchUser(h.store.db, citra.id);
    await setBlocked(h.store.db, citra.id, true);

    expect(await openEdit(o, event.id, "place")).toContain("Tempat sekarang: Aula Kantor.");
    const confirm = await o.say("Balai Desa Bonto");
    expect(confirm).toContain("📍 Tempat: Aula Kantor → Balai Desa Bonto");
    expect(confirm).toContain("1 orang yang menerimanya atau akan hadir mendapat pemberitahuan singkat perubahan ini.");
    const saved = await o.press(buttonData(o, "ev:es:"));
    const [notice] = (await broadcastsOfKind("event_changed")).filter((b) => JSON.parse(b.payload).eventId === event.id);
    expect(saved).toContain(`✅ Perubahan disimpan. Pemberitahuan perubahan masuk antrean siaran #${notice!.id} untuk 1 orang.`);
    expect(await recipientsOf(notice!.id)).toEqual([ani.id]);
    expect(htmlToPlain(JSON.parse(notice!.payload).text)).toBe(
      "✏️ Perubahan acara: Sosialisasi BPU\n\n📍 Tempat: Aula Kantor → Balai Desa Bonto\n\nAcara lainnya ada di /acara.",
    );

    // Dodi's queued copy: stopped, and queued again with the new place
    const old = await h.store.db.selectFrom("broadcasts").select("status").where("id", "=", announcement!.id).executeTakeFirstOrThrow();
    expect(old.status).toBe("cancelled");
    const again = (await broadcastsOfKind("event")).filter((b) => JSON.parse(b.payload).eventId === event.id && b.id !== announcement!.id);
    expect(again).toHaveLength(1);
    expect(await recipientsOf(again[0]!.id)).toEqual([dodi.id]);
    expect(saved).toContain(`Pengumuman yang belum terkirim ke 1 pelanggan kini dikirim dengan versi baru (siaran #${again[0]!.id}).`);
    expect(htmlToPlain(JSON.parse(again[0]!.payload).text)).toContain("📍 Balai Desa Bonto");

    // what subscribers see in /acara is the new place
    expect(await actor(h, ani).say("/acara")).toContain("📍 Balai Desa Bonto");
    expect((await audit(h, "event_edited")).map((a) => JSON.parse(a.details)).at(-1)).toMatchObject({
      event_id: event.id, field: "place", status: "sent", notified: 1, notice_broadcast_id: notice!.id, reannounced: 1,
    });
    expect(h.transport.violations).toEqual([]);
    await subscribe(h.store.db, budi.id, { provinceCode: "73", topics: ["events"] });
    await setBlocked(h.store.db, citra.id, false);
  });

  it("a new date moves the reminder: one already sent for the old date does not stand in for the new one", async () => {
    const o = await draft("Pendaftaran keliling", "30/11 14.00");
    await o.press("ev:dec:send");
    const event = await eventNamed("Pendaftaran keliling");
    const [announcement] = (await broadcastsOfKind("event")).filter((b) => JSON.parse(b.payload).eventId === event.id);
    await markDelivered(announcement!.id, [ani.id]);
    const e = actor(h, ani);
    await e.say("/acara");
    expect(await e.press(`ev:att:${event.id}`)).toContain("Kami ingatkan sehari sebelumnya");
    // the day before: reminded for Monday
    expect(await sendReminders(publishDeps(), new Date("2026-11-29T08:00:00Z"))).toBe(1);

    // Sunday evening the officer moves it to Thursday
    vi.setSystemTime(new Date("2026-11-29T10:00:00Z"));
    expect(await openEdit(o, event.id, "when")).toContain("Waktu sekarang: Senin, 30 November 2026 14.00 WITA.");
    const confirm = await o.say("3/12 14.00");
    expect(confirm).toContain("🗓 Waktu: Senin, 30 November 2026 14.00 WITA → Kamis, 3 Desember 2026 14.00 WITA");
    const saved = await o.press(buttonData(o, "ev:es:"));
    expect(saved).toContain("untuk 1 orang");
    expect(saved).toContain("Yang akan hadir diingatkan lagi sehari sebelum waktu baru.");
    const [notice] = (await broadcastsOfKind("event_changed")).filter((b) => JSON.parse(b.payload).eventId === event.id);
    expect(await recipientsOf(notice!.id)).toEqual([ani.id]);
    // Monday's reminder, not yet delivered, would name the old day: stopped
    const [mondays] = (await broadcastsOfKind("event_reminder")).filter((b) => JSON.parse(b.payload).eventId === event.id);
    expect((await h.store.db.selectFrom("broadcasts").select("status").where("id", "=", mondays!.id).executeTakeFirstOrThrow()).status).toBe("cancelled");

    // Monday's reminder time brings nothing; Wednesday brings the reminder for Thursday
    expect(await sendReminders(publishDeps(), new Date("2026-11-30T05:00:00Z"))).toBe(0);
    expect(await sendReminders(publishDeps(), new Date("2026-12-02T08:00:00Z"))).toBe(1);
    const reminders = (await broadcastsOfKind("event_reminder")).filter((b) => JSON.parse(b.payload).eventId === event.id);
    expect(reminders).toHaveLength(2);
    expect(htmlToPlain(JSON.parse(reminders[1]!.payload).text)).toContain("🗓 Kamis, 3 Desember 2026 14.00 WITA");
    expect(await recipientsOf(reminders[1]!.id)).toEqual([ani.id]);
  });

  it("the area is not changed after the announcement: cancel and create a new event, the officer is told", async () => {
    const o = await draft("Acara wilayah", "senin depan 11.00");
    await o.press("ev:dec:send");
    const event = await eventNamed("Acara wilayah");
    expect(await openEdit(o, event.id, "area")).toContain(
      "Wilayah tidak bisa diubah: pengumumannya sudah terkirim ke pelanggan wilayah ini. Untuk wilayah lain, batalkan acara ini di /acara (🗑 Batalkan acara), lalu buat yang baru dengan /acara_baru.",
    );
    expect((await eventNamed("Acara wilayah")).province_codes).toBe("73");
  });

  it("only officers of the event's province may change it: others get the officers' refusal", async () => {
    const o = await draft("Acara Sulsel saja", "senin depan 13.00");
    await o.press("ev:dec:send");
    const event = await eventNamed("Acara Sulsel saja");
    const stranger = actor(h, user(2999, "Orang lain"));
    await stranger.say("/acara");
    expect(await stranger.press(`ev:ed:${event.id}`)).toContain("khusus petugas");
    // the Papua officer presses a forged Ubah under a message in their chat
    const underMessage = { message_id: 1, date: 0, chat: { id: papuaOfficer.id, type: "private", first_name: papuaOfficer.first_name }, text: "…" } as Message;
    const refused = await h.handle(h.updates.callback(papuaOfficer, `ev:ed:${event.id}`, underMessage));
    expect(refused.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(
      "Acara ini di luar wilayah Anda, jadi tidak dapat Anda ubah. Yang dapat mengubahnya: petugas provinsi acara itu atau petugas semua provinsi.",
    );
    expect(await audit(h, "officer_denied")).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor: String(papuaOfficer.id) }),
    ]));
    expect(await audit(h, "event_edit_opened")).not.toEqual(expect.arrayContaining([expect.objectContaining({ actor: String(papuaOfficer.id) })]));
  });

  it("buttons of a finished or earlier edit, and Ubah of a cancelled event, are no longer valid", async () => {
    const o = await draft("Acara tombol lama", "senin depan 15.00");
    await o.press("ev:dec:send");
    const event = await eventNamed("Acara tombol lama");
    const [announcement] = (await broadcastsOfKind("event")).filter((b) => JSON.parse(b.payload).eventId === event.id);
    await markDelivered(announcement!.id, [ani.id]);
    await openEdit(o, event.id, "title");
    await o.say("Acara tombol baru");
    const save = buttonData(o, "ev:es:");
    expect(await o.press(save)).toContain("Perubahan disimpan");
    expect((await eventNamed("Acara tombol baru")).id).toBe(event.id);
    // the same Simpan pressed again: nothing saved twice
    expect(await o.press(save)).toBe("Tombol ini sudah tidak berlaku.");
    expect((await broadcastsOfKind("event_changed")).filter((b) => JSON.parse(b.payload).eventId === event.id)).toHaveLength(1);

    // a field button of the first form, pressed in a second one, is refused; a typed field name works
    await o.say("/acara");
    await o.press(`ev:ed:${event.id}`);
    const firstFormField = save.replace("ev:es:", "ev:ef:place:");
    expect(await o.press(firstFormField)).toBe("Tombol ini sudah tidak berlaku.");
    expect(await o.say("tempat")).toContain("Tempat sekarang: Aula Kantor.");
    await o.say("/batal");

    // cancelled since: its Ubah button says so
    await o.say("/acara");
    await o.press(`ev:cx:${event.id}`);
    await o.press(`ev:cxy:${event.id}`);
    expect(await o.press(`ev:ed:${event.id}`)).toBe("Tombol ini sudah tidak berlaku: acaranya sudah lewat, dibatalkan, atau tidak ada lagi.");
    expect(h.transport.violations).toEqual([]);
  });

  it("a hotline number typed into a change reaches subscribers whole, as in /acara_baru", async () => {
    const o = await draft("Acara dengan hotline", "senin depan 17.00");
    await o.press("ev:dec:send");
    const event = await eventNamed("Acara dengan hotline");
    await openEdit(o, event.id, "description");
    expect(await o.say("Bawa KTP. Info: 081234567890")).toContain("📝 Keterangan baru: Bawa KTP. Info: 081234567890");
    // saved on a later update, when the form is replayed from its stored state ("simpan" typed is the button)
    expect(await o.say("simpan")).toContain("Perubahan disimpan");
    expect((await eventNamed("Acara dengan hotline")).description).toBe("Bawa KTP. Info: 081234567890");
  });

  it("a failure queueing the change notice leaves the event as it was: the change and the notice commit together", async () => {
    const o = await draft("Acara tahan gangguan", "senin depan 16.00");
    await o.press("ev:dec:send");
    const event = await eventNamed("Acara tahan gangguan");
    const [announcement] = (await broadcastsOfKind("event")).filter((b) => JSON.parse(b.payload).eventId === event.id);
    await markDelivered(announcement!.id, [ani.id]);
    await openEdit(o, event.id, "place");
    await o.say("Gedung Baru");
    await sql`create trigger tj_edit_fault before insert on deliveries begin select raise(abort, 'injected fault'); end`.execute(h.store.db);
    try {
      const reply = await o.press(buttonData(o, "ev:es:"));
      expect(reply).toContain("Maaf, terjadi gangguan");
      expect(reply).not.toContain("injected fault");
    } finally {
      await sql`drop trigger tj_edit_fault`.execute(h.store.db);
    }
    expect((await eventNamed("Acara tahan gangguan")).place).toBe("Aula Kantor");
    expect((await broadcastsOfKind("event_changed")).filter((b) => JSON.parse(b.payload).eventId === event.id)).toEqual([]);
    const still = await h.store.db.selectFrom("broadcasts").select("status").where("id", "=", announcement!.id).executeTakeFirstOrThrow();
    expect(still.status).not.toBe("cancelled");
    expect((await audit(h, "event_edited")).map((a) => JSON.parse(a.details).event_id)).not.toContain(event.id);
  });
});
