/**
 * Officer tools from exploratory test 13 (notes/explore13-officers.md): who an event's area
 * includes in /acara, "Saya hadir", the reminder and the worker's send-time check (#1, #7); the
 * area line of an exclusion (#6); /acara's pages (#4); a question typed in /acara_baru (#5); an
 * officer's /hapusdata with a scheduled announcement (#3).
 * Clock: Fri 27 Nov 2026 01:00 UTC = 09:00 WITA.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { actor, officerHarness, OWNER, user, clockAt, fillEventForm, publishDepsOf, sentButtons } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { subscribe } from "../../src/officers/subscriptions";
import { cancelEvent, changeNoticeRecipients, createEventDraft, publishEvent, sendDueEvents, sendReminders } from "../../src/officers/events";
import { BroadcastWorker, type BroadcastApi } from "../../src/broadcast/worker";
import { htmlToPlain } from "../../src/bot/html";

let h: Awaited<ReturnType<typeof officerHarness>>;
const NOW = new Date("2026-11-27T01:00:00Z");
const sri = user(613001, "Sri");
const MAKASSAR = 713001;
const GOWA = 713002;
const SULSEL_ONLY = 713003;

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, sri.id, "73", OWNER.id);
  await subscribe(h.store.db, MAKASSAR, { provinceCode: "73", regencyCode: "73.71", topics: ["events"] });
  await subscribe(h.store.db, GOWA, { provinceCode: "73", regencyCode: "73.06", topics: ["events"] });
  await subscribe(h.store.db, SULSEL_ONLY, { provinceCode: "73", topics: ["events"] });
});
afterAll(() => h.close());
afterEach(async () => {
  for (const u of [sri, OWNER]) await actor(h, u).say("/batal");
});
clockAt(NOW);

/** Delivers what the broadcast queue holds; returns what each chat received (plain text). */
async function deliver(): Promise<Map<number, string[]>> {
  const got = new Map<number, string[]>();
  const api: BroadcastApi = {
    sendMessage: async (chatId, text) => (got.set(chatId, [...(got.get(chatId) ?? []), htmlToPlain(text)]), { message_id: 1 }),
    sendPhoto: async () => ({ message_id: 1 }),
  };
  await new BroadcastWorker({ db: h.store.db, dialect: h.store.dialect, api, ratePerSecond: 1000, perChatIntervalMs: 0 }).runUntilIdle();
  return got;
}

/** An event for Sulsel announced now (not delivered), starting `startsAt`. */
async function announced(title: string, regencyCodes: string[], startsAt = new Date("2026-11-30T02:00:00Z")) {
  const event = await createEventDraft(h.store.db, {
    title, startsAt, zone: "WITA", place: "Aula", provinceCodes: ["73"], regencyCodes, description: "",
  }, OWNER.id, NOW);
  await publishEvent(publishDepsOf(h), event, { createdBy: OWNER.id });
  return event;
}

/** "✋ Saya hadir" pressed under an announcement in the user's chat (as the worker delivered it). */
async function attendPress(id: number, eventId: number): Promise<string> {
  const message = { message_id: 5, date: Math.floor(NOW.getTime() / 1000), chat: { id, type: "private", first_name: "U" }, text: "📣" };
  const calls = await h.handle(h.updates.callback(user(id), `ev:att:${eventId}`, message as never));
  return calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? "")).join("\n");
}

async function clearEvents() {
  await h.store.db.deleteFrom("event_attendees").execute();
  await h.store.db.deleteFrom("events").execute();
  await h.store.db.deleteFrom("deliveries").execute();
}

describe("#1, #6: an event excluding Makassar, from the officer's form", () => {
  it("reads 'Sulawesi Selatan kecuali Kota Makassar' everywhere, and a Makassar subscriber neither sees it in /acara, nor can attend, nor is reminded", async () => {
    await clearEvents();
    const o = actor(h, sri);
    await o.say("/acara_baru");
    await o.say("Sosialisasi di luar Makassar");
    await o.say("semua kecuali makassar");
    await o.say("senin jam 10");
    await o.say("Aula Gowa");
    await o.say("-");
    const preview = await o.press("ev:photo:skip");
    expect(preview).toContain("🗺 Sulawesi Selatan kecuali Kota Makassar");
    expect(preview).not.toContain("23 kabupaten/kota di 1 provinsi");
    await o.press(sentButtons(o).find((b) => b.callback_data.startsWith("ev:dec:send"))!.callback_data);
    const got = await deliver();
    expect([...got.keys()].sort()).toEqual([GOWA, SULSEL_ONLY]);
    expect(got.get(GOWA)![0]).toContain("🗺 Sulawesi Selatan kecuali Kota Makassar");

    const mks = actor(h, user(MAKASSAR, "Mks"));
    const list = await mks.say("/acara");
    expect(list).toBe("Belum ada acara mendatang di Kota Makassar, Sulawesi Selatan.");
    expect(sentButtons(mks).some((b) => b.callback_data.startsWith("ev:att:"))).toBe(false);

    const event = await h.store.db.selectFrom("events").selectAll().where("title", "=", "Sosialisasi di luar Makassar").executeTakeFirstOrThrow();
    // the announcement's button pressed anyway (a forwarded message): refused, with the subscriber's place
    const pressed = await attendPress(MAKASSAR, event.id);
    expect(pressed).toContain("Acara ini bukan untuk wilayah langganan Anda (Kota Makassar, Sulawesi Selatan), jadi kehadiran tidak dicatat.");
    expect(await h.store.db.selectFrom("event_attendees").select("chat_id").where("event_id", "=", event.id).execute()).toEqual([]);

    // Gowa and the whole-province subscriber see it, with the same area line, and attend
    const gowa = actor(h, user(GOWA, "Gowa"));
    expect(await gowa.say("/acara")).toContain("🗺 Sulawesi Selatan kecuali Kota Makassar");
    expect(await attendPress(GOWA, event.id)).toContain("Tercatat");
    expect(await actor(h, user(SULSEL_ONLY, "Sul")).say("/acara")).toContain("Sosialisasi di luar Makassar");
  });

  it("an attendee recorded before this rule (or who moved into an excluded regency) gets no reminder; the others do", async () => {
    const event = await h.store.db.selectFrom("events").selectAll().where("title", "=", "Sosialisasi di luar Makassar").executeTakeFirstOrThrow();
    await h.store.db.insertInto("event_attendees").values({ event_id: event.id, chat_id: MAKASSAR, created_at: NOW.toISOString(), reminded: 0 }).execute();
    // the day before: Sun 29 Nov 03:00 UTC
    const queued = await sendReminders(publishDepsOf(h), new Date("2026-11-29T03:00:00Z"));
    expect(queued).toBe(1);
    const got = await deliver();
    expect([...got.keys()]).toEqual([GOWA]);
    expect(got.get(GOWA)![0]).toContain("⏰ Pengingat: besok");
  });
});

describe("#1: an event for Kota Makassar only", () => {
  it("is listed for Makassar and whole-province subscribers, not for Gowa, whose 'Saya hadir' is refused", async () => {
    await clearEvents();
    const event = await announced("Khusus Makassar", ["73.71"]);
    expect(await actor(h, user(MAKASSAR)).say("/acara")).toContain("🗺 Sulawesi Selatan (Kota Makassar)");
    expect(await actor(h, user(SULSEL_ONLY)).say("/acara")).toContain("Khusus Makassar");
    const gowa = actor(h, user(GOWA));
    expect(await gowa.say("/acara")).toBe("Belum ada acara mendatang di Kabupaten Gowa, Sulawesi Selatan.");
    expect(await attendPress(GOWA, event.id)).toContain("bukan untuk wilayah langganan Anda (Kabupaten Gowa, Sulawesi Selatan)");
  });
});

describe("#1: change and cancel notices follow the same rule", () => {
  it("an attendee recorded before the rule, outside the area, is not told; those inside are", async () => {
    await clearEvents();
    const event = await announced("Khusus Makassar", ["73.71"]);
    await deliver();
    for (const chatId of [MAKASSAR, GOWA]) {
      await h.store.db.insertInto("event_attendees").values({ event_id: event.id, chat_id: chatId, created_at: NOW.toISOString(), reminded: 0 }).execute();
    }
    expect(await changeNoticeRecipients(h.store.db, event.id)).toEqual([MAKASSAR, SULSEL_ONLY]);
    const cancelled = await cancelEvent(publishDepsOf(h), event.id, OWNER.id, NOW);
    expect(cancelled?.notified).toBe(2);
    const got = await deliver();
    expect([...got.keys()].sort()).toEqual([MAKASSAR, SULSEL_ONLY].sort());
  });
});

describe("#7: a subscriber who moves away while the announcement is queued", () => {
  it("does not receive it; one who stays does", async () => {
    await clearEvents();
    const mover = 713010;
    await subscribe(h.store.db, mover, { provinceCode: "73", regencyCode: "73.71", topics: ["events"] });
    await announced("Khusus Makassar", ["73.71"]);
    // moved to Kota Bandung before the worker ran
    await subscribe(h.store.db, mover, { provinceCode: "32", regencyCode: "32.73", topics: ["events"] });
    const got = await deliver();
    expect(got.has(mover)).toBe(false);
    expect(got.get(MAKASSAR)?.[0]).toContain("Khusus Makassar");
    await h.store.db.deleteFrom("subscriptions").where("chat_id", "=", mover).execute();
  });
});

describe("#4: /acara pages", () => {
  it("an officer sees 10 of 13 and reaches the other 3 with Berikutnya, each with Ubah and Batalkan", async () => {
    await clearEvents();
    for (let i = 1; i <= 13; i++) await announced(`Acara ke-${i}`, [], new Date(Date.UTC(2026, 11, 1 + i, 2)));
    const o = actor(h, sri);
    const first = await o.say("/acara");
    expect(first).toContain("Acara ke-10");
    expect(first).not.toContain("Acara ke-11");
    expect(first).toContain("📋 Acara 1–10 dari 13. 3 acara berikutnya: tekan Berikutnya ▶.");
    const pages = sentButtons(o).filter((b) => b.callback_data.startsWith("ev:pg:"));
    expect(pages.map((b) => [b.text, b.callback_data])).toEqual([["Berikutnya ▶", "ev:pg:10"]]);
    const second = await o.press("ev:pg:10");
    for (const n of [11, 12, 13]) expect(second).toContain(`Acara ke-${n}`);
    expect(second).not.toContain("Acara ke-9\n");
    expect(second).toContain("📋 Acara 11–13 dari 13.");
    const buttons = sentButtons(o);
    const last = await h.store.db.selectFrom("events").select("id").where("title", "=", "Acara ke-13").executeTakeFirstOrThrow();
    expect(buttons.some((b) => b.callback_data === `ev:ed:${last.id}`)).toBe(true);
    expect(buttons.some((b) => b.callback_data === `ev:cx:${last.id}`)).toBe(true);
    expect(buttons.filter((b) => b.callback_data.startsWith("ev:pg:")).map((b) => b.callback_data)).toEqual(["ev:pg:0"]);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
  });

  it("a subscriber sees 5 at a time and is told how many more", async () => {
    const s = actor(h, user(SULSEL_ONLY));
    const first = await s.say("/acara");
    expect(first).toContain("Acara ke-5");
    expect(first).not.toContain("Acara ke-6");
    expect(first).toContain("📋 Acara 1–5 dari 13. 8 acara berikutnya: tekan Berikutnya ▶.");
    const third = await s.press("ev:pg:10");
    expect(third).toContain("Acara ke-11");
    expect(third).toContain("📋 Acara 11–13 dari 13.");
    // a page past the end (events passed meanwhile) shows the last one; a forged page number is only a number
    expect(await s.press("ev:pg:9999")).toContain("📋 Acara 11–13 dari 13.");
  });
});

describe("#5: a question typed in /acara_baru pauses the form and is answered, as in the edit form", () => {
  const resume = (o: ReturnType<typeof actor>) => sentButtons(o).filter((b) => b.callback_data.startsWith("form:resume:")).at(-1)!.callback_data;

  it("at the title: answered, not taken as the title; Lanjutkan asks the title again", async () => {
    const o = actor(h, sri);
    await o.say("/acara_baru");
    const paused = await o.say("brp iuran bpu sebulan?");
    expect(paused).toContain("Paket termurah BPU");
    expect(paused).toContain("Isian tadi saya hentikan sebentar");
    expect(paused).toContain("/acara_baru");
    expect(paused).not.toContain("Khusus kabupaten/kota tertentu");
    expect(await o.press(resume(o))).toContain("Apa judul acaranya?");
    // a capitalised title that asks is a title, as in the edit form
    expect(await o.say("Apa itu JKP? Sosialisasi")).toContain("Khusus kabupaten/kota tertentu di Sulawesi Selatan?");
  });

  it("at the regency and the date steps: answered, the answers typed before kept", async () => {
    const o = actor(h, sri);
    await o.say("/acara_baru");
    await o.say("Sosialisasi Jeda");
    const atRegency = await o.say("brp iuran bpu sebulan?");
    expect(atRegency).toContain("Isian tadi saya hentikan sebentar");
    expect(atRegency).not.toContain("tidak ditemukan");
    expect(await o.press(resume(o))).toContain("Khusus kabupaten/kota tertentu di Sulawesi Selatan?");
    // a regency name is still a name
    expect(await o.say("gowa")).toContain("Kapan acaranya?");
    const atDate = await o.say("brp iuran bpu sebulan?");
    expect(atDate).toContain("Isian tadi saya hentikan sebentar");
    expect(atDate).not.toContain("Tanggalnya belum saya pahami");
    expect(await o.press(resume(o))).toContain("Kapan acaranya?");
    // a date the parser reads but refuses still gets its hint, even with a question mark
    expect(await o.say("senin jam 25?")).not.toContain("Isian tadi saya hentikan sebentar");
    expect(await o.say("senin jam 10")).toContain("Di mana tempatnya?");
  });
});

describe("#3: an officer's /hapusdata with a scheduled announcement", () => {
  const timer = (now: Date) => sendDueEvents({ ...publishDepsOf(h), ownerIds: [OWNER.id] }, now);

  it("is withheld at the next tick, the owner is told which, and /acara shows its real state", async () => {
    await clearEvents();
    const leaving = user(613201, "Rudi");
    await grantOfficer(h.store.db, leaving.id, "73", OWNER.id);
    const o = actor(h, leaving);
    await fillEventForm(o, { title: "Sosialisasi Terjadwal", when: "kamis jam 10", place: "Aula" });
    await o.press(sentButtons(o).find((b) => b.callback_data.startsWith("ev:dec:schedule"))!.callback_data);
    expect(await o.say("besok jam 8")).toContain("Dijadwalkan: pengumuman dikirim Sabtu, 28 November 2026 08.00 WITA");
    // told before deleting, by name, that the announcement will be held
    expect(await o.say("/hapusdata")).toContain("⏸ Pengumuman terjadwal Anda (Sosialisasi Terjadwal) ditahan, tidak dikirim, dan pemilik bot diberi tahu");
    await o.press("privacy:delete");

    // before the timer's next tick: not said to go out
    const before = await actor(h, OWNER).say("/acara");
    expect(before).toContain("Sosialisasi Terjadwal");
    expect(before).toContain("⏸ Ditahan: pembuat pengumuman ini menghapus datanya di bot, jadi pengumuman tidak akan dikirim.");
    expect(before).not.toContain("Dijadwalkan");

    // the next tick (long before its send time): withheld, and the owners told which
    expect(await timer(new Date(NOW.getTime() + 60_000))).toEqual([]);
    const got = await deliver();
    expect([...got.keys()]).toEqual([OWNER.id]);
    expect(got.get(OWNER.id)![0]).toContain(
      "⏸ Pengumuman terjadwal ditahan: «Sosialisasi Terjadwal» (Kamis, 3 Desember 2026 10.00 WITA, Sulawesi Selatan) tidak dikirim pada Sabtu, 28 November 2026 08.00 WITA, karena petugas yang membuatnya menghapus datanya di bot ini",
    );
    expect(await actor(h, OWNER).say("/acara")).not.toContain("Sosialisasi Terjadwal");
    expect(await actor(h, OWNER).say("/siaran")).toContain("pemberitahuan ke pemilik: pengumuman «Sosialisasi Terjadwal» ditahan");

    // told once: later ticks, and the send time, send nothing more
    expect(await timer(new Date("2026-11-28T00:00:00Z"))).toEqual([]);
    expect((await deliver()).size).toBe(0);
    const row = await h.store.db.selectFrom("events").select(["status", "send_at"]).where("title", "=", "Sosialisasi Terjadwal").executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "draft", send_at: null });
  });
});

describe("#8: an edit after the announcement's broadcast was stopped in /siaran", () => {
  it("promises no re-send: the change only shows in /acara", async () => {
    await clearEvents();
    const event = await announced("Acara dihentikan", []);
    const o = actor(h, sri);
    const broadcast = await h.store.db.selectFrom("broadcasts").select("id").where("kind", "=", "event").orderBy("id", "desc").executeTakeFirstOrThrow();
    await o.say("/siaran");
    expect(await o.press(`bc:cancel:${broadcast.id}`)).toContain(`Siaran #${broadcast.id} dihentikan`);
    await o.say("/acara");
    await o.press(`ev:ed:${event.id}`);
    await o.say("tempat");
    const confirm = await o.say("Aula Baru");
    expect(confirm).toContain("📍 Tempat: Aula → Aula Baru");
    expect(confirm).toContain("Pengumumannya belum diterima siapa pun dan tidak ada yang menunggu dikirim (siarannya dihentikan), jadi perubahan ini hanya tampil di /acara.");
    expect(confirm).not.toContain("yang belum terkirim dikirim dengan versi baru");
  });
});

describe("#9: /siaran after an edit re-sent the copies still queued", () => {
  it("reads the old broadcast as replaced by the new one, not as stopped with copies lost", async () => {
    await clearEvents();
    const event = await announced("Acara diganti", []);
    const first = await h.store.db.selectFrom("broadcasts").select("id").where("kind", "=", "event").orderBy("id", "desc").executeTakeFirstOrThrow();
    const o = actor(h, sri);
    await o.say("/acara");
    await o.press(`ev:ed:${event.id}`);
    await o.say("tempat");
    await o.say("Aula Baru");
    expect(await o.say("simpan")).toContain("Perubahan disimpan");
    const second = await h.store.db.selectFrom("broadcasts").select("id").where("kind", "=", "event").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(second.id).toBeGreaterThan(first.id);
    const siaran = await o.say("/siaran");
    expect(siaran).toContain(`#${first.id} · acara «Acara diganti» · diganti versi baru (#${second.id})`);
    expect(siaran).toContain(`sisanya (3) dikirim lewat #${second.id}`);
    expect(siaran).not.toContain("tidak dikirim 3");
    // each subscriber gets the new text once
    const got = await deliver();
    expect([...got.keys()].sort()).toEqual([MAKASSAR, GOWA, SULSEL_ONLY].sort());
    for (const texts of got.values()) expect(texts.filter((x) => x.includes("Acara diganti"))).toHaveLength(1);
  });
});

describe("#10: the photo step reads 'lewati' and 'tidak ada foto'; the send-time step points 'sekarang' to Kirim", () => {
  it("skips the photo on a typed word, and sends at once from the send-time step", async () => {
    await clearEvents();
    for (const word of ["lewati", "tidak ada foto", "tanpa foto"]) {
      const o = actor(h, sri);
      await o.say("/acara_baru");
      await o.say(`Acara foto ${word}`);
      await o.press("ev:reg:all");
      await o.say("senin jam 10");
      await o.say("Aula");
      await o.say("-");
      const preview = await o.say(word);
      expect(preview).toContain(`📣 Acara foto ${word}`);
      expect(preview).not.toContain("Kirim sebuah foto");
      await o.say("/batal");
    }
    const o = actor(h, sri);
    await fillEventForm(o, { title: "Acara sekarang", when: "senin jam 10", place: "Aula" });
    await o.press(sentButtons(o).filter((b) => b.callback_data.startsWith("ev:dec:schedule")).at(-1)!.callback_data);
    const now = await o.say("sekarang");
    expect(now).toContain("Untuk mengirim sekarang, tekan 📤 Kirim di bawah ini.");
    expect(now).not.toContain("Tanggalnya belum saya pahami");
    const kirim = sentButtons(o).filter((b) => b.text === "📤 Kirim").at(-1)!;
    expect(await o.press(kirim.callback_data)).toContain("✅ Acara masuk antrean siaran #");
    const row = await h.store.db.selectFrom("events").select("status").where("title", "=", "Acara sekarang").executeTakeFirstOrThrow();
    expect(row.status).toBe("sent");
  });
});

describe("#11: a time range said with 'pagi … sampai'", () => {
  it("is read: the start kept, the end said to be left out", async () => {
    const o = actor(h, sri);
    await o.say("/acara_baru");
    await o.say("Acara rentang");
    await o.press("ev:reg:all");
    const reply = await o.say("besok 9 pagi sampai 12");
    expect(reply).toContain("Sabtu, 28 November 2026 09.00 WITA");
    expect(reply).toContain("12.00");
    expect(reply).not.toContain("Tanggalnya belum saya pahami");
    await o.say("/batal");
  });
});
