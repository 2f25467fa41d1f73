/**
 * A change to a sent event through the broadcast worker, on SQLite and (with TEST_DATABASE_URL)
 * PostgreSQL: who received the announcement reads one change notice in their own language; who
 * unsubscribed or blocked the bot since reads nothing. With two instances saving the same change
 * at once, one saves it and the other is told the event changed meanwhile: one notice goes out.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { BroadcastWorker, type BroadcastApi } from "../../src/broadcast/worker";
import { createEventDraft, editEvent, getEvent, publishEvent, type PublishDeps } from "../../src/officers/events";
import { subscribe, unsubscribe } from "../../src/officers/subscriptions";
import { setBlocked, touchUser } from "../../src/store/repos/users";
import { createI18n, languageFromTelegram } from "../../src/bot/i18n";
import { htmlToPlain } from "../../src/bot/html";
import { loadRegions } from "./setup";
import { engines, storePerTest } from "../broadcast/targets";

const OFFICER = 1;
const MAKASSAR = 601;
const ENGLISH = 602;
const LEFT = 603;
const BLOCKED = 604;
// Fri 27 Nov 2026 03.30 WITA
const NOW = new Date("2026-11-26T19:30:00Z");
const i18n = createI18n("id");

function inbox() {
  const got = new Map<number, string[]>();
  const api: BroadcastApi = {
    sendMessage: async (chatId, text) => {
      got.set(chatId, [...(got.get(chatId) ?? []), htmlToPlain(text)]);
      return { message_id: 1 };
    },
    sendPhoto: async () => ({ message_id: 1 }),
  };
  return { api, of: (chatId: number) => got.get(chatId) ?? [] };
}

for (const engine of engines("events-edit-engines.test.ts")) {
  describe(`changing a sent event: ${engine.name}`, () => {
    const openStore = storePerTest(engine);
    afterEach(() => vi.useRealTimers());

    async function announced() {
      const regions = await loadRegions();
      const store = openStore();
      const db = store.db;
      for (const [chatId, language] of [[MAKASSAR, "id"], [ENGLISH, "en-US"], [LEFT, "id"], [BLOCKED, "id"]] as const) {
        await touchUser(db, chatId, { language });
        await subscribe(db, chatId, { provinceCode: "73", topics: ["events"] });
      }
      const deps: PublishDeps = {
        db, regions, t: (k, v) => i18n.t("id", k, v), translate: (l, k, v) => i18n.t(l, k, v), languageOf: languageFromTelegram,
      };
      const box = inbox();
      const worker = () => new BroadcastWorker({ db, dialect: store.dialect, api: box.api, ratePerSecond: 200, perChatIntervalMs: 0 });
      const draft = await createEventDraft(db, {
        title: "Sosialisasi JKK", startsAt: new Date("2026-12-01T02:00:00Z"), zone: "WITA", place: "Aula Desa", provinceCodes: ["73"], regencyCodes: [], description: "",
      }, OFFICER, NOW);
      await publishEvent(deps, draft, { createdBy: OFFICER });
      await worker().runUntilIdle();
      const event = (await getEvent(db, draft.id))!;
      return { store, db, deps, box, worker, event };
    }

    it("the notice reaches who received the announcement, in their language, and not who left or blocked the bot", async () => {
      const { db, deps, box, worker, event } = await announced();
      for (const chatId of [MAKASSAR, ENGLISH, LEFT, BLOCKED]) expect(box.of(chatId)).toHaveLength(1);
      await unsubscribe(db, LEFT);
      await setBlocked(db, BLOCKED, true);

      const r = await editEvent(deps, event, { field: "when", startsAt: new Date("2026-12-02T02:00:00Z"), zone: "WITA" }, OFFICER, NOW);
      expect(r).toMatchObject({ ok: true, announced: true, notified: 2, reannounced: 0 });
      await worker().runUntilIdle();
      expect(box.of(MAKASSAR).at(-1)).toBe(
        "✏️ Perubahan acara: Sosialisasi JKK\n\n🗓 Waktu: Selasa, 1 Desember 2026 10.00 WITA → Rabu, 2 Desember 2026 10.00 WITA\n\nAcara lainnya ada di /acara.",
      );
      expect(box.of(ENGLISH).at(-1)).toBe(
        "✏️ Event changed: Sosialisasi JKK\n\n🗓 Time: Tuesday, 1 December 2026 10:00 WITA → Wednesday, 2 December 2026 10:00 WITA\n\nOther events are in /acara.",
      );
      expect(box.of(LEFT)).toHaveLength(1);
      expect(box.of(BLOCKED)).toHaveLength(1);
      expect((await getEvent(db, event.id))!.starts_at).toBe("2026-12-02T02:00:00.000Z");
    });

    if (engine.multiInstance) {
      it("two instances saving a change to the same field at once: one saves it, the other is refused, one notice goes out", async () => {
        const { db, deps, event } = await announced();
        // two transactions on two connections of the pool, as two instances would run them
        const results = await Promise.all([
          editEvent(deps, event, { field: "place", value: "Balai Kota" }, OFFICER, NOW),
          editEvent(deps, event, { field: "place", value: "Gedung Serbaguna" }, OFFICER, NOW),
        ]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "changed" }]);
        const notices = await db.selectFrom("broadcasts").select("id").where("kind", "=", "event_changed").execute();
        expect(notices).toHaveLength(1);
      });
    }
  });
}
