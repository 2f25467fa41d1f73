/**
 * Exploratory report 9, item 1: an officer's scheduled announcement went out after the owner
 * revoked them, or moved them to another province. The creator's role is now read when the
 * announcement is due (whichever instance runs the timer): one whose creator no longer covers
 * every province of the event goes back to a draft, sent neither now nor later; and /petugas
 * tells the owner, at the revocation or the move, which announcements will not be sent.
 * Run on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actor, fillEventForm, user, OWNER } from "./setup";
import { engines, harnessPerTest } from "../broadcast/targets";
import { Regions } from "../../src/regions";
import { createI18n } from "../../src/bot/i18n";
import { sendDueEvents } from "../../src/officers/events";
import { subscribe } from "../../src/officers/subscriptions";
import { grantOfficer, revokeOfficer } from "../../src/store/repos/officers";

// Fri 27 Nov 2026, 10.00 WITA: "besok jam 8" is Sat 28 Nov 08.00 WITA, the event Mon 30 Nov
const NOW = new Date("2026-11-27T02:00:00Z");
const AFTER_SEND_TIME = new Date("2026-11-29T02:00:00Z");
const SULSEL_OFFICER = user(200001, "Andi");
const OTHER_SULSEL_OFFICER = user(200003, "Rina");
const SUBSCRIBERS = [300001, 300002];

const i18n = createI18n("id");

for (const engine of engines("explore9-scheduled.test.ts")) {
  describe(`a scheduled announcement goes out only while its creator covers its provinces (${engine.name})`, () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(NOW);
    });
    afterEach(() => vi.useRealTimers());
    const h = harnessPerTest(engine, { OWNER_IDS: String(OWNER.id) });
    const db = () => h().store.db;
    let regions: Regions;
    beforeEach(async () => {
      regions = await Regions.load();
      expect(await actor(h(), OWNER).say(`/petugas tambah ${SULSEL_OFFICER.id} sulsel`)).toContain("sekarang petugas untuk Sulawesi Selatan");
      await grantOfficer(db(), OTHER_SULSEL_OFFICER.id, "73", OWNER.id);
      for (const chatId of SUBSCRIBERS) await subscribe(db(), chatId, { provinceCode: "73", topics: ["events"] });
    });

    /** The timer's job, as the app runs it. */
    const timer = (now: Date) =>
      sendDueEvents({ db: db(), regions, t: (k, v) => i18n.t("id", k, v), ownerIds: [OWNER.id] }, now);

    /** The Sulsel officer schedules "Sosialisasi JKM" through /acara_baru. */
    async function schedule(title = "Sosialisasi JKM") {
      const o = actor(h(), SULSEL_OFFICER);
      expect(await fillEventForm(o, { title, when: "3 hari lagi jam 10", place: "Balai Kota" })).toContain("Senin, 30 November 2026 10.00 WITA");
      expect(await o.press("ev:dec:schedule")).toContain("Kapan pengumuman dikirim");
      expect(await o.say("besok jam 8")).toContain("Dijadwalkan: pengumuman dikirim Sabtu, 28 November 2026 08.00 WITA");
      return db().selectFrom("events").selectAll().where("title", "=", title).executeTakeFirstOrThrow();
    }
    const broadcasts = () => db().selectFrom("broadcasts").selectAll().execute();
    const eventRow = (id: number) => db().selectFrom("events").select(["status", "send_at"]).where("id", "=", id).executeTakeFirstOrThrow();

    it("revoked: the owner is told it will not be sent, it leaves /acara, and at its send time nothing goes out", async () => {
      const event = await schedule();
      expect(await actor(h(), OTHER_SULSEL_OFFICER).say("/acara")).toContain("Dijadwalkan");

      const revoked = await actor(h(), OWNER).say(`/petugas hapus ${SULSEL_OFFICER.id}`);
      expect(revoked).toContain(`Hak petugas pengguna ${SULSEL_OFFICER.id} sudah dicabut.`);
      expect(revoked).toContain("1 pengumuman acara terjadwal dari petugas ini tidak akan dikirim, karena acaranya di luar tugasnya sekarang: «Sosialisasi JKM».");

      // the province's other officer no longer reads that it will be announced
      expect(await actor(h(), OTHER_SULSEL_OFFICER).say("/acara")).not.toContain("Sosialisasi JKM");
      expect(await timer(AFTER_SEND_TIME)).toEqual([]);
      expect(await broadcasts()).toEqual([]);
      expect(await eventRow(event.id)).toEqual({ status: "draft", send_at: null });
      expect(await actor(h(), user(SUBSCRIBERS[0]!)).say("/acara")).not.toContain("Sosialisasi JKM");
      expect(h().transport.violations).toEqual([]);
    });

    it("moved to another province: the owner is told the same, and nothing goes out", async () => {
      const event = await schedule();
      const moved = await actor(h(), OWNER).say(`/petugas tambah ${SULSEL_OFFICER.id} jabar`);
      expect(moved).toContain("sekarang petugas untuk Jawa Barat");
      expect(moved).toContain("1 pengumuman acara terjadwal dari petugas ini tidak akan dikirim");
      expect(moved).toContain("«Sosialisasi JKM»");

      // granting the same scope again changes nothing and says nothing about announcements
      expect(await actor(h(), OWNER).say(`/petugas tambah ${OTHER_SULSEL_OFFICER.id} sulsel`)).not.toContain("pengumuman acara terjadwal");

      expect(await timer(AFTER_SEND_TIME)).toEqual([]);
      expect(await broadcasts()).toEqual([]);
      expect((await eventRow(event.id)).status).toBe("draft");
    });

    it("a right ended where /petugas did not see it (another instance, /hapusdata): withheld at its send time, and not sent later once restored", async () => {
      const event = await schedule();
      await revokeOfficer(db(), SULSEL_OFFICER.id);
      expect(await timer(AFTER_SEND_TIME)).toEqual([]);
      expect(await eventRow(event.id)).toEqual({ status: "draft", send_at: null });
      const withheld = await db().selectFrom("audit_log").select(["actor", "details"]).where("action", "=", "event_withheld").execute();
      expect(withheld.map((a) => [a.actor, JSON.parse(a.details)])).toEqual([["system", { event_id: event.id, reason: "creator_revoked" }]]);
      // the owners are told which announcement was withheld and why (explore13 #3: "no one is told" before)
      const notices = await broadcasts();
      expect(notices.map((b) => b.kind)).toEqual(["event_withheld"]);
      expect(JSON.parse(notices[0]!.payload).text).toContain("«Sosialisasi JKM»");
      expect(JSON.parse(notices[0]!.payload).text).toContain("hak petugas pembuatnya sudah dicabut");

      await grantOfficer(db(), SULSEL_OFFICER.id, "73", OWNER.id);
      expect(await timer(new Date(AFTER_SEND_TIME.getTime() + 60_000))).toEqual([]);
      // nothing announced, and the owners told only once
      expect((await broadcasts()).map((b) => b.kind)).toEqual(["event_withheld"]);
    });

    it("an officer still in place: the announcement goes out at its time", async () => {
      const event = await schedule();
      expect(await timer(AFTER_SEND_TIME)).toEqual([{ eventId: event.id, broadcastId: expect.any(Number), recipients: SUBSCRIBERS.length }]);
      expect((await eventRow(event.id)).status).toBe("sent");
    });
  });
}
