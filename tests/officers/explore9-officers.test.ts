/**
 * Exploratory report 9 (officers, owner and citizens), items 3, 5, 6, 8 and 9:
 * - 3: "Perubahan aturan" was offered and counted but nothing ever sent it; the form no longer
 *   offers it and /statistik counts who an announcement reaches;
 * - 5: an owner given a province (or revoked) with /petugas was told it worked, with no effect;
 * - 6: a province officer refused cancelling another province's event read that it was shared;
 * - 8: the English cancellation notice pointed to /acara;
 * - 9: /prospek_csv named its file in English for a status ("prospek-registered-…").
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, clockAt, fillEventForm, officerHarness, OWNER, user } from "./setup";
import { uploadedFile } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";
import { BroadcastWorker, type BroadcastApi } from "../../src/broadcast/worker";
import { createI18n } from "../../src/bot/i18n";
import { htmlToPlain } from "../../src/bot/html";
import { createEventDraft, publishEvent } from "../../src/officers/events";
import { subscribe } from "../../src/officers/subscriptions";
import { createLead } from "../../src/store/repos/leads";
import { grantOfficer } from "../../src/store/repos/officers";
import { setBlocked, touchUser } from "../../src/store/repos/users";

// Fri 27 Nov 2026, 10.00 WITA
const NOW = new Date("2026-11-27T02:00:00Z");
clockAt(NOW);

let h: Awaited<ReturnType<typeof officerHarness>>;
const sulselOfficer = user(200001, "Andi");
const jabarOfficer = user(200002, "Joko");
const englishJabarOfficer: SimUser = { id: 200004, first_name: "Sam", language_code: "en" };

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, sulselOfficer.id, "73", OWNER.id);
  await grantOfficer(h.store.db, jabarOfficer.id, "32", OWNER.id);
  await grantOfficer(h.store.db, englishJabarOfficer.id, "32", OWNER.id);
});
afterAll(() => h.close());

const i18n = createI18n("id");
const publishDeps = () => ({ db: h.store.db, regions: h.regions, t: (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v) });

/** An event announced now by the owner, starting on Mon 30 Nov 2026 10.00 WITA. */
async function announced(title: string, provinceCodes: string[]) {
  const event = await createEventDraft(h.store.db, {
    title, startsAt: new Date("2026-11-30T02:00:00Z"), zone: "WITA", place: "Aula", provinceCodes, regencyCodes: [], description: "",
  }, OWNER.id, NOW);
  await publishEvent(publishDeps(), event, { createdBy: OWNER.id });
  return event;
}

/** Delivers what the broadcast queue holds; returns what each chat received (plain text). */
async function deliver(): Promise<Map<number, string[]>> {
  const got = new Map<number, string[]>();
  const api: BroadcastApi = {
    sendMessage: async (chatId, text) => (got.set(chatId, [...(got.get(chatId) ?? []), htmlToPlain(text)]), { message_id: 1 }),
    sendPhoto: async () => ({ message_id: 1 }),
  };
  await new BroadcastWorker({ db: h.store.db, dialect: h.store.dialect, api, ratePerSecond: 100, perChatIntervalMs: 0 }).runUntilIdle();
  return got;
}

describe("3: subscriptions offer only what is sent, and /statistik counts who an announcement reaches", () => {
  it("the form promises event news only, asks no topic, and stores an events subscription", async () => {
    const citizen = actor(h, user(300001, "Ani"));
    const consent = await citizen.say("/langganan");
    expect(consent).toContain("Saya akan mengirimi Anda info acara BPJS Ketenagakerjaan (sosialisasi, pendaftaran keliling) di daerah Anda.");
    expect(consent.toLowerCase()).not.toContain("aturan");
    expect(consent).not.toContain("topik");
    await citizen.press("sub:consent:yes");
    expect(await citizen.say("makassar")).toBe(
      "✅ Langganan tersimpan: Kota Makassar, Sulawesi Selatan. Anda akan menerima info acara BPJS Ketenagakerjaan di wilayah ini. Berhenti kapan saja dengan /berhenti.",
    );
    const row = await h.store.db.selectFrom("subscriptions").select("topics").where("chat_id", "=", 300001).executeTakeFirstOrThrow();
    expect(row.topics).toBe("events");

    const english = actor(h, { id: 300002, first_name: "Sam", language_code: "en" });
    const englishConsent = await english.say("/langganan");
    expect(englishConsent).toContain("I will send you news of BPJS Ketenagakerjaan events (information sessions, mobile registration) in your area.");
    expect(englishConsent.toLowerCase()).not.toContain("rule");
    await english.press("sub:consent:yes");
    await english.say("sulsel");
    expect(await english.press("sub:r:skip")).toContain("✅ Subscription saved: Sulawesi Selatan. You will receive news of BPJS Ketenagakerjaan events in this area.");
  });

  it("subscriptions stored with the old topic keep their events; /statistik counts those an announcement reaches, as the preview does", async () => {
    // stored before: events and rules; rules alone; events but blocked the bot since
    await subscribe(h.store.db, 300003, { provinceCode: "73", topics: ["events"] });
    await h.store.db.updateTable("subscriptions").set({ topics: "events,rules" }).where("chat_id", "=", 300003).execute();
    await subscribe(h.store.db, 300004, { provinceCode: "73", topics: ["events"] });
    await h.store.db.updateTable("subscriptions").set({ topics: "rules" }).where("chat_id", "=", 300004).execute();
    await touchUser(h.store.db, 300005, { language: "id" });
    await subscribe(h.store.db, 300005, { provinceCode: "73", topics: ["events"] });
    await setBlocked(h.store.db, 300005, true);

    // 300001, 300002 (the form) and 300003 receive an announcement for Sulsel
    expect(await actor(h, sulselOfficer).say("/statistik")).toContain("Pelanggan per provinsi (yang menerima pengumuman acara)\n• Sulawesi Selatan: 3\n");
    expect(await actor(h, OWNER).say("/statistik")).toContain("• Sulawesi Selatan: 3\n");
    const o = actor(h, OWNER);
    const preview = await fillEventForm(o, { title: "Sosialisasi JKM", provinces: "Sulsel", when: "senin depan jam 10", place: "Balai Kota" });
    expect(preview).toContain("begitulah pesan yang diterima 3 pelanggan");
    await o.press("ev:dec:discard");

    // the one stored with rules alone is told it receives nothing, and how to change that
    const menuOf = async (chatId: number) => {
      const citizen = actor(h, user(chatId));
      await citizen.say("/start");
      return citizen.press("menu:events");
    };
    expect(await menuOf(300004)).toContain('Langganan Anda di Sulawesi Selatan hanya untuk topik "Perubahan aturan", yang tidak tersedia lagi, jadi Anda tidak menerima info acara.');
    expect(await menuOf(300003)).toContain("Langganan Anda: info acara di Sulawesi Selatan.");
  });
});

describe("5: an owner's rights come from OWNER_IDS, and /petugas says so", () => {
  it("giving the owner a province is refused; the list shows the owner's real scope", async () => {
    const owner = actor(h, OWNER);
    expect(await owner.say(`/petugas tambah ${OWNER.id} jabar`)).toBe(
      `Pengguna ${OWNER.id} adalah pemilik bot (OWNER_IDS) dan sudah bertugas untuk semua provinsi; hak pemilik tidak bisa dibatasi ke satu provinsi. Tidak ada yang diubah.`,
    );
    expect(await h.store.db.selectFrom("officers").selectAll().where("user_id", "=", OWNER.id).execute()).toEqual([]);
    // a province an owner was given before is not shown as their scope
    await grantOfficer(h.store.db, OWNER.id, "32", OWNER.id);
    const list = await owner.say("/petugas");
    expect(list).toContain(`• ${OWNER.id}: semua provinsi (pemilik bot, dari OWNER_IDS)`);
    expect(list).toContain(`• ${sulselOfficer.id}: Sulawesi Selatan`);
    expect(list).not.toContain(`• ${OWNER.id}: Jawa Barat`);
    expect(await owner.say("/statistik")).toContain("Statistik (semua provinsi)");
  });

  it("revoking an owner is refused, and the owner keeps every right", async () => {
    const owner = actor(h, OWNER);
    const reply = await owner.say(`/petugas hapus ${OWNER.id}`);
    expect(reply).toBe(
      `Hak pengguna ${OWNER.id} berasal dari OWNER_IDS (pemilik bot) dan tidak bisa dicabut di sini. Untuk mencabutnya, hapus ID itu dari OWNER_IDS lalu mulai ulang bot. Tidak ada yang diubah.`,
    );
    expect(reply).not.toContain("sudah dicabut");
    expect(await owner.say("/statistik")).toContain("Statistik (semua provinsi)");
    expect(h.transport.violations).toEqual([]);
  });
});

describe("6: a refused cancel says why", () => {
  it("an event only for another province is outside the officer's area; a shared one needs an all-province officer", async () => {
    const sulselOnly = await announced("Acara Sulsel", ["73"]);
    const shared = await announced("Acara bersama", ["73", "32"]);
    const officer = actor(h, jabarOfficer);
    await officer.say("/acara");
    for (const data of [`ev:cx:${sulselOnly.id}`, `ev:cxy:${sulselOnly.id}`]) {
      expect(await officer.press(data)).toBe(
        "Acara ini di luar wilayah Anda, jadi tidak dapat Anda batalkan. Yang dapat membatalkannya: petugas provinsi acara itu atau petugas semua provinsi.",
      );
    }
    expect(await officer.press(`ev:cx:${shared.id}`)).toBe("Acara ini (juga) untuk provinsi di luar wilayah Anda. Hanya petugas semua provinsi yang dapat membatalkannya.");
    const english = actor(h, englishJabarOfficer);
    await english.say("/acara");
    expect(await english.press(`ev:cxy:${sulselOnly.id}`)).toBe(
      "This event is outside your area, so you cannot cancel it. Officers of the event's province or all-province officers can.",
    );
    expect(await h.store.db.selectFrom("events").select("id").where("id", "in", [sulselOnly.id, shared.id]).execute()).toHaveLength(2);
  });
});

describe("8: the English cancellation notice points to the English command", () => {
  it("a subscriber told of a cancellation is pointed to /acara, the command their menu lists, in English too", async () => {
    const english = 300020;
    const indonesian = 300021;
    await touchUser(h.store.db, english, { language: "en" });
    await touchUser(h.store.db, indonesian, { language: "id" });
    for (const chatId of [english, indonesian]) await subscribe(h.store.db, chatId, { provinceCode: "35", topics: ["events"] });
    const event = await announced("Sosialisasi Surabaya", ["35"]);
    await deliver();

    const owner = actor(h, OWNER);
    await owner.say("/acara");
    await owner.press(`ev:cx:${event.id}`);
    expect(await owner.press(`ev:cxy:${event.id}`)).toContain("dibatalkan");
    const got = await deliver();
    const englishNotice = got.get(english)?.join("\n") ?? "";
    expect(englishNotice).toContain("Event cancelled");
    // the English menu lists /acara: the notice names the command the user sees there
    expect(englishNotice).toContain("Other events are in /acara.");
    expect(got.get(indonesian)?.join("\n")).toContain("Acara lainnya ada di /acara.");
    // the command it names works
    expect(await actor(h, { id: english, first_name: "Sam", language_code: "en" }).say("/acara")).toBe("No upcoming events in Jawa Timur yet.");
  });
});

describe("9: /prospek_csv names its file in Indonesian, whatever the status", () => {
  it("the status in the file name is the word /prospek_csv's usage gives, for Indonesian and English officers alike", async () => {
    await createLead(h.store.db, { chat_id: 7101, worker_kind: "bpu_fisher", province_code: "32", region_label: "Jawa Barat", programs: "jkm", phone: "+6281300001111" });
    const fileName = async (officer: SimUser, command: string) => {
      const calls = await h.handle(h.updates.text(officer, command));
      return uploadedFile(calls.find((c) => c.method === "sendDocument")!).filename;
    };
    expect(await fileName(jabarOfficer, "/prospek_csv")).toBe("prospek-semua-2026-11-27.csv");
    expect(await fileName(jabarOfficer, "/prospek_csv baru")).toBe("prospek-baru-2026-11-27.csv");
    expect(await fileName(jabarOfficer, "/prospek_csv dihubungi")).toBe("prospek-dihubungi-2026-11-27.csv");
    expect(await fileName(jabarOfficer, "/prospek_csv terdaftar")).toBe("prospek-terdaftar-2026-11-27.csv");
    expect(await fileName(jabarOfficer, "/prospek_csv tidak berminat")).toBe("prospek-tidak_berminat-2026-11-27.csv");
    // the stored English word still works as an argument, and the file is named the same
    expect(await fileName(englishJabarOfficer, "/prospek_csv registered")).toBe("prospek-terdaftar-2026-11-27.csv");
    expect(await fileName(englishJabarOfficer, "/prospek_csv not_interested")).toBe("prospek-tidak_berminat-2026-11-27.csv");
  });
});
