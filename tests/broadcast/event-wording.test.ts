/**
 * An event's announcement, reminder and cancellation notice as each recipient reads them
 * (officer exploratory report 7, items 5 and 7): the time in the zone of the recipient's
 * subscribed province, the bot's own words in the recipient's language; the officer's
 * title as typed. Runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { BroadcastWorker, type BroadcastApi } from "../../src/broadcast/worker";
import { attend, cancelEvent, createEventDraft, publishEvent, sendReminders, type PublishDeps } from "../../src/officers/events";
import { subscribe, unsubscribe } from "../../src/officers/subscriptions";
import { createLead } from "../../src/store/repos/leads";
import { touchUser } from "../../src/store/repos/users";
import { createI18n } from "../../src/bot/i18n";
import { htmlToPlain } from "../../src/bot/html";
import { createHarness } from "../helpers/harness";
import { loadRegions } from "../officers/setup";
import { engines, storePerTest } from "./targets";

const OWNER = 1;
const MAKASSAR = 501;
const SURABAYA = 505;
const ENGLISH_SURABAYA = 504;
// Fri 27 Nov 2026 03.30 WITA, the report's clock
const NOW = new Date("2026-11-26T19:30:00Z");
const i18n = createI18n("id");

/** What each chat received, as plain text with its button labels. */
function inbox() {
  const got = new Map<number, string[]>();
  const api: BroadcastApi = {
    sendMessage: async (chatId, text, other) => {
      const kb = (other as { reply_markup?: { inline_keyboard: { text: string }[][] } }).reply_markup?.inline_keyboard ?? [];
      const buttons = kb.flat().map((b) => `[${b.text}]`);
      got.set(chatId, [...(got.get(chatId) ?? []), [htmlToPlain(text), ...buttons].join("\n")]);
      return { message_id: 1 };
    },
    sendPhoto: async () => ({ message_id: 1 }),
  };
  return { api, last: (chatId: number) => got.get(chatId)?.at(-1) ?? "" };
}

for (const engine of engines("event-wording.test.ts")) {
  describe(`event messages per recipient: ${engine.name}`, () => {
    const openStore = storePerTest(engine);
    afterEach(() => vi.useRealTimers());

    it("a Sulsel+Jatim event reads 10.00 WITA in Makassar, 09.00 WIB in Surabaya, and in English for an English user", async () => {
      const regions = await loadRegions();
      const store = openStore();
      const db = store.db;
      await touchUser(db, MAKASSAR, { language: "id" });
      await touchUser(db, SURABAYA, { language: "id" });
      await touchUser(db, ENGLISH_SURABAYA, { language: "en-GB" });
      await subscribe(db, MAKASSAR, { provinceCode: "73", regencyCode: "73.71", topics: ["events"] });
      await subscribe(db, SURABAYA, { provinceCode: "35", topics: ["events"] });
      await subscribe(db, ENGLISH_SURABAYA, { provinceCode: "35", regencyCode: "35.78", topics: ["events"] });
      const deps: PublishDeps = { db, regions, t: (k, v) => i18n.t("id", k, v) };
      const worker = () => new BroadcastWorker({ db, dialect: store.dialect, api: box.api, ratePerSecond: 100, perChatIntervalMs: 0 });
      const box = inbox();

      // Tue 1 Dec 2026 10.00 WITA, typed by an officer in Makassar
      const event = await createEventDraft(db, {
        title: "Sosialisasi <BPU>", startsAt: new Date("2026-12-01T02:00:00Z"), zone: "WITA", place: "Aula", provinceCodes: ["73", "35"], regencyCodes: [], description: "",
      }, OWNER, NOW);
      await publishEvent(deps, event, { createdBy: OWNER });
      await worker().runUntilIdle();
      expect(box.last(MAKASSAR)).toContain("🗓 Selasa, 1 Desember 2026 10.00 WITA");
      expect(box.last(MAKASSAR)).toContain("[✋ Saya hadir]");
      expect(box.last(SURABAYA)).toContain("🗓 Selasa, 1 Desember 2026 09.00 WIB");
      expect(box.last(ENGLISH_SURABAYA)).toContain("📣 Sosialisasi <BPU>");
      expect(box.last(ENGLISH_SURABAYA)).toContain("🗓 Tuesday, 1 December 2026 09:00 WIB");
      expect(box.last(ENGLISH_SURABAYA)).toContain("[✋ I'll attend]");

      // /acara in Surabaya shows the same local time
      const h = await createHarness({ store, env: { OWNER_IDS: String(OWNER) } });
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(NOW);
      const seen = await h.say({ id: SURABAYA, first_name: "Rina", language_code: "id" }, "/acara");
      vi.useRealTimers();
      expect(seen.join("\n")).toContain("Selasa, 1 Desember 2026 09.00 WIB");
      await h.close();

      // the reminder: Mon 30 Nov 12.00 WIB is "besok" there
      for (const chat of [SURABAYA, ENGLISH_SURABAYA]) expect(await attend(db, event.id, chat, NOW)).toBe("added");
      // Surabaya ends the subscription; their enrollment still says where they are
      await createLead(db, { chat_id: SURABAYA, worker_kind: "wage", province_code: "35" });
      await unsubscribe(db, SURABAYA);
      expect(await sendReminders(deps, new Date("2026-11-30T05:00:00Z"))).toBe(2);
      await worker().runUntilIdle();
      expect(box.last(SURABAYA)).toMatch(/^⏰ Pengingat: besok\n\n📣 Sosialisasi <BPU>\n\n🗓 Selasa, 1 Desember 2026 09.00 WIB/);
      expect(box.last(ENGLISH_SURABAYA)).toMatch(/^⏰ Reminder: tomorrow\n\n📣 Sosialisasi <BPU>\n\n🗓 Tuesday, 1 December 2026 09:00 WIB/);

      // the cancellation notice
      const cancelled = await cancelEvent(deps, event.id, OWNER, new Date("2026-11-30T06:00:00Z"));
      expect(cancelled?.notified).toBe(3);
      await worker().runUntilIdle();
      expect(box.last(MAKASSAR)).toContain("❌ Acara dibatalkan\n\nSosialisasi <BPU>\n🗓 Selasa, 1 Desember 2026 10.00 WITA");
      expect(box.last(SURABAYA)).toContain("❌ Acara dibatalkan\n\nSosialisasi <BPU>\n🗓 Selasa, 1 Desember 2026 09.00 WIB");
      expect(box.last(ENGLISH_SURABAYA)).toContain("❌ Event cancelled\n\nSosialisasi <BPU>\n🗓 Tuesday, 1 December 2026 09:00 WIB");
      expect(box.last(ENGLISH_SURABAYA)).toContain("We apologise for the change.");
    });
  });
}
