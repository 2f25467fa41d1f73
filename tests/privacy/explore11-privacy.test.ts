/**
 * Exploratory test 11 (officers, owners, citizens' privacy), the privacy items:
 * - 3: /tarikpersetujuan asks first, listing what will stop, and says what stopped without stray counts;
 * - 4: /dataku in words: regions by name, the event by its title, the queue's internals and JSON
 *   left to the attached copy, no two sections named "Lainnya", short;
 * - 7: /dataku's times in the user's own province's zone, else WIB;
 * - 13: a second press of "Ya, hapus" leaves the deletion receipt as it is.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, uploadedFile, type Harness } from "../helpers/harness";
import { actor, clockAt, fillEventForm, officerHarness, OWNER, user } from "../officers/setup";
import type { SimUser } from "../../src/bot/update-factory";
import type { ApiCall } from "../../src/bot/local-transport";
import { htmlToPlain } from "../../src/bot/html";
import { BroadcastWorker, type BroadcastApi } from "../../src/broadcast/worker";
import { grantOfficer } from "../../src/store/repos/officers";
import { subscribe } from "../../src/officers/subscriptions";

// Fri 27 Nov 2026, 09.37 WITA
clockAt(new Date("2026-11-27T01:37:00Z"));

let h: Awaited<ReturnType<typeof officerHarness>>;
const SULSEL_OFFICER = user(200030, "Andi");

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, SULSEL_OFFICER.id, "73", OWNER.id);
});
afterAll(() => h.close());

const sentTo = (calls: ApiCall[], chatId: number) =>
  calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === chatId).map((c) => htmlToPlain(String(c.payload.text)));

async function enrol(u: SimUser) {
  const a = chatActor(h, u);
  await a.say("/daftar");
  await a.press("enr:consent:yes");
  await a.press("enr:kind:bpu_fisher");
  await a.say("sulsel");
  await a.press("enr:r:skip");
  await a.press("enr:prog:jkm");
  await a.press("enr:prog:done");
  await a.say("0813 1111 2222");
  expect(await a.press("enr:submit")).toMatch(/TJ-/);
  return a;
}

async function deliverAll() {
  const api: BroadcastApi = { sendMessage: async () => ({ message_id: 1001 }), sendPhoto: async () => ({ message_id: 1002 }) };
  await new BroadcastWorker({ db: h.store.db, dialect: h.store.dialect, api, ratePerSecond: 100, perChatIntervalMs: 0 }).runUntilIdle();
}

/** /dataku as shown in the chat: each message's plain text, and the attached copy. */
async function dataku(u: SimUser) {
  const calls = await h.handle(h.updates.text(u, "/dataku"));
  const messages = calls.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));
  const copy = JSON.parse(uploadedFile(calls.find((c) => c.method === "sendDocument")!).content);
  return { messages, shown: messages.map(htmlToPlain).join("\n"), copy };
}

describe("3: /tarikpersetujuan asks first", () => {
  it("lists what will stop, changes nothing until confirmed, and tells officers only then", async () => {
    const citizen = user(300001, "Ani");
    const a = await enrol(citizen);
    await subscribe(h.store.db, citizen.id, { provinceCode: "73", regencyCode: "73.06", topics: ["events"] });
    const lead = await h.store.db.selectFrom("leads").select("reference").where("chat_id", "=", citizen.id).executeTakeFirstOrThrow();

    const before = h.transport.calls.length;
    const asked = await a.say("/tarikpersetujuan");
    expect(asked).toContain("Tarik persetujuan Anda? Yang akan berhenti:");
    expect(asked).toContain(`Pendaftaran minat Anda (${lead.reference}) dihapus, dan petugas yang menerimanya diberi tahu agar tidak menghubungi Anda lagi.`);
    expect(asked).toContain("Langganan pengumuman acara (Kabupaten Gowa, Sulawesi Selatan) dihentikan.");
    expect(asked).toContain("/hapusdata");
    // nothing happened yet: the lead and subscription stand, and no officer was told
    expect(sentTo(h.transport.calls.slice(before), SULSEL_OFFICER.id)).toEqual([]);
    expect(await h.store.db.selectFrom("leads").selectAll().where("chat_id", "=", citizen.id).execute()).toHaveLength(1);

    expect(await a.press("privacy:withdraw-keep")).toContain("persetujuan Anda tetap berlaku");
    expect(await h.store.db.selectFrom("subscriptions").selectAll().where("chat_id", "=", citizen.id).execute()).toHaveLength(1);

    await a.say("/tarikpersetujuan");
    const calls = await h.handle(h.updates.callback(citizen, "privacy:withdraw", h.transport.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === citizen.id).at(-1)!.result as never));
    const done = calls.filter((c) => c.method === "editMessageText").map((c) => htmlToPlain(String(c.payload.text))).join("\n");
    expect(done).toContain("✅ Persetujuan Anda sudah ditarik. Pendaftaran minat Anda dihapus. Langganan pengumuman dihentikan. Untuk menghapus semua data, ketik /hapusdata.");
    // no stray counts such as "ditarik (2)" or "dihapus (1)"
    expect(done).not.toMatch(/\(\d+\)/);
    expect(sentTo(calls, SULSEL_OFFICER.id).join("\n")).toContain(lead.reference);
    expect(await h.store.db.selectFrom("leads").selectAll().where("chat_id", "=", citizen.id).execute()).toHaveLength(0);

    // pressed again: nothing is active, the message above stays, and a short answer says so
    const again = await h.handle(h.updates.callback(citizen, "privacy:withdraw", calls.find((c) => c.method === "editMessageText")?.result as never));
    expect(again.some((c) => c.method === "editMessageText")).toBe(false);
    expect(again.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe("Anda tidak punya persetujuan yang aktif. Tidak ada yang perlu dihentikan.");
  });
});

describe("4 and 7: /dataku is readable", () => {
  it("a citizen who attends an event sees the event by title, regions by name, no queue internals, in WITA", async () => {
    const citizen = user(300003, "Budi");
    await subscribe(h.store.db, citizen.id, { provinceCode: "73", regencyCode: "73.06", topics: ["events"] });
    const o = actor(h, SULSEL_OFFICER);
    await fillEventForm(o, { title: "Acara Gowa Lagi", when: "besok jam 10", place: "Kantor Cabang Gowa" });
    expect(await o.press("ev:dec:send")).toContain("Acara masuk antrean siaran");
    await deliverAll();
    const event = await h.store.db.selectFrom("events").select("id").where("title", "=", "Acara Gowa Lagi").executeTakeFirstOrThrow();
    const announcement = { message_id: 1001, date: 0, chat: { id: citizen.id, type: "private", first_name: citizen.first_name } };
    const attended = await h.handle(h.updates.callback(citizen, `ev:att:${event.id}`, announcement as never));
    expect(attended.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBeTruthy();

    const { shown, copy } = await dataku(citizen);
    expect(shown).toContain("Waktu dalam WITA.");
    expect(shown).toContain("Kehadiran acara (1)");
    expect(shown).toContain("acara: «Acara Gowa Lagi»");
    expect(shown).toContain("sudah diingatkan: tidak");
    expect(shown).toContain("pengumuman: «Acara Gowa Lagi»");
    expect(shown).toContain("status: terkirim");
    expect(shown).toContain("provinsi: Sulawesi Selatan");
    expect(shown).toContain("kabupaten/kota: Kabupaten Gowa");
    for (const raw of ["kode provinsi", "kode kabupaten", "claimed_by", "attempts", "message_id", "broadcast_id", "reminded:", "ID chat: 300003\nsudah", "vm:", "{"]) {
      expect(shown).not.toContain(raw);
    }
    expect(shown).not.toMatch(/\bWIB\b/);
    // the copy keeps everything as stored
    expect(copy.deliveries[0].claimed_by).toBeTruthy();
    expect(copy.event_attendees[0].event_id).toBe(event.id);
  });

  it("an officer sees their right, events and broadcasts under their own headings, in words, in their province's zone", async () => {
    const { shown, messages } = await dataku(SULSEL_OFFICER);
    expect(shown).toContain("Hak petugas (1)");
    expect(shown).toMatch(/provinsi: Sulawesi Selatan\ndiberikan oleh \(ID Telegram\): 1\n/);
    expect(shown).toContain("Acara yang Anda buat (1)");
    expect(shown).toContain("judul: Acara Gowa Lagi");
    expect(shown).toContain("provinsi sasaran: Sulawesi Selatan");
    expect(shown).toContain("status: sudah diumumkan");
    expect(shown).toContain("Siaran yang Anda mulai (1)");
    expect(shown).toContain("jenis: pengumuman acara");
    expect(shown).not.toContain("Lainnya");
    for (const raw of ["user_id", "granted_by", "payload", "status_chat_id", "erased_sent", "timezone", "Asia/Makassar", "province_codes", "{"]) {
      expect(shown).not.toContain(raw);
    }
    // 7: the officer's own province's zone (Sulsel: WITA), not WIB
    expect(shown).toMatch(/pertama kali: \d{4}-\d{2}-\d{2} \d{2}\.\d{2} WITA/);
    expect(shown).not.toMatch(/\bWIB\b/);
    expect(messages.every((m) => m.length <= 4096)).toBe(true);
  });

  it("the owner, with many broadcasts and no province, gets a short view in WIB, never WIT", async () => {
    // the owner answered a Papua ticket and started many broadcasts
    await h.store.db.insertInto("tickets").values({
      reference: "TK-2026-000099", chat_id: 300099, province_code: "91", question: "kapan kantor buka", status: "answered",
      officer_chat_id: OWNER.id, officer_message_id: 5, answer: "jam 8", created_at: new Date().toISOString(), answered_at: new Date().toISOString(), reraised_at: null,
    }).execute();
    const o = actor(h, OWNER);
    for (let i = 0; i < 12; i++) {
      await fillEventForm(o, { title: `Acara nasional ${i} ${"x".repeat(60)}`, provinces: "semua", when: "besok jam 10", place: "Kantor Pusat" });
      await o.press("ev:dec:send");
    }
    const { shown, messages } = await dataku(OWNER);
    expect(messages.length).toBeLessThanOrEqual(2);
    expect(messages.every((m) => m.length <= 4096)).toBe(true);
    expect(shown).toContain("Waktu dalam WIB.");
    expect(shown).not.toMatch(/\bWIT\b/);
    expect(shown).toContain("provinsi sasaran: semua provinsi (38)");
    expect(shown).toContain("baris lebih lama, ada di berkas terlampir");
    expect(shown).not.toContain("Lainnya");
    expect(shown).not.toContain("payload");
  });
});

describe("13: a stale 'Ya, hapus'", () => {
  it("answers with a short note and leaves the receipt as it is", async () => {
    const english: SimUser = { id: 300002, first_name: "Sam", language_code: "en" };
    const a = chatActor(h, english);
    await a.say("hello");
    await subscribe(h.store.db, english.id, { provinceCode: "73", topics: ["events"] });
    await a.say("/hapusdata");
    const receipt = await a.press("privacy:delete");
    expect(receipt).toContain("Your data has been deleted");
    const prompt = h.transport.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === english.id).at(-1)!;
    const again = await h.handle(h.updates.callback(english, "privacy:delete", prompt.result as never));
    expect(again.some((c) => c.method === "editMessageText")).toBe(false);
    expect(again.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe("No personal data of yours is stored.");
  });
});
