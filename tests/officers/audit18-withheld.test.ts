/**
 * Audit 18, finding 8: an officer with many scheduled announcements deletes their data
 * (/hapusdata): the timer withholds them all, and the owners got one "ditahan" message per
 * announcement (60 messages for 60). They now get one grouped notice listing them, split
 * between announcements into parts that each fit a Telegram message when the list is long.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actor, OWNER, officerHarness, publishDepsOf, user, clockAt } from "./setup";
import { grantOfficer, revokeOfficer } from "../../src/store/repos/officers";
import { createEventDraft, scheduleEvent, sendDueEvents } from "../../src/officers/events";
import { BroadcastWorker, type BroadcastApi } from "../../src/broadcast/worker";
import { htmlToPlain } from "../../src/bot/html";

const NOW = new Date("2026-11-27T01:00:00Z");
const SRI = user(613001, "Sri");

/** What each chat received from the broadcast worker, as plain text. */
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

describe("announcements withheld together are told to the owners in one notice (audit 18 #8)", () => {
  clockAt(NOW);
  let h: Awaited<ReturnType<typeof officerHarness>>;
  beforeEach(async () => {
    h = await officerHarness();
    await grantOfficer(h.store.db, SRI.id, "73", OWNER.id);
  });
  afterEach(async () => h.close());

  async function scheduleMany(n: number, title: (i: number) => string) {
    for (let i = 0; i < n; i++) {
      const e = await createEventDraft(h.store.db, {
        title: title(i), startsAt: new Date(Date.UTC(2026, 11, 10, 2)), zone: "WITA", place: "Aula", provinceCodes: ["73"], regencyCodes: [], description: "",
      }, SRI.id, NOW);
      await scheduleEvent(h.store.db, e.id, new Date(Date.UTC(2026, 11, 5, 2)));
    }
  }
  const timer = (now = new Date("2026-11-27T02:00:00Z")) => sendDueEvents({ ...publishDepsOf(h), ownerIds: [OWNER.id] }, now);
  async function ownerReads(): Promise<string[]> {
    const box = inbox();
    await new BroadcastWorker({ db: h.store.db, dialect: h.store.dialect, api: box.api, ratePerSecond: 200, perChatIntervalMs: 0 }).runUntilIdle();
    return box.of(OWNER.id);
  }

  it("60 withheld after the officer's /hapusdata: the owner gets one notice, in parts under 4096 characters, naming each once", async () => {
    const title = (i: number) => `Terjadwal Sri ${i} ${"Z".repeat(80)}`;
    await scheduleMany(60, title);
    const o = actor(h, SRI);
    await o.say("/hapusdata");
    await o.press("privacy:delete");
    expect(await timer()).toEqual([]);

    const got = await ownerReads();
    // about 190 characters an announcement: 4 full messages, not 60
    expect(got.length).toBe(4);
    got.forEach((part, i) => {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(part).toContain(`60 pengumuman terjadwal ditahan (bagian ${i + 1}/${got.length})`);
    });
    expect(got[0]).toContain("Petugas yang membuatnya menghapus datanya di bot ini");
    expect(got[got.length - 1]).toContain("umumkan lagi dengan /acara_baru");
    const all = got.join("\n");
    for (let i = 0; i < 60; i++) expect(all.split(`«${title(i)}»`).length - 1).toBe(1);
    // nothing went out in the officer's name, and the next tick tells nothing more
    expect(await h.store.db.selectFrom("broadcasts").select("kind").where("kind", "!=", "event_withheld").execute()).toEqual([]);
    expect(await timer()).toEqual([]);
    expect(await ownerReads()).toEqual([]);
    expect(h.transport.violations).toEqual([]);
  });

  it("a few withheld at their send time (rights ended where /petugas did not see it): one notice without parts", async () => {
    await scheduleMany(3, (i) => `Sosialisasi <b>${i}</b> & co`);
    await revokeOfficer(h.store.db, SRI.id);
    await timer(new Date("2026-12-05T03:00:00Z"));
    const got = await ownerReads();
    expect(got).toHaveLength(1);
    expect(got[0]).toContain("3 pengumuman terjadwal ditahan: tidak akan dikirim");
    expect(got[0]).toContain("Hak petugas pembuatnya sudah dicabut:");
    for (let i = 0; i < 3; i++) expect(got[0]).toContain(`«Sosialisasi <b>${i}</b> & co»`);
    // the owner's /siaran names it for what it is
    expect(await actor(h, OWNER).say("/siaran")).toContain("pemberitahuan ke pemilik: beberapa pengumuman terjadwal ditahan");
  });

  it("one withheld: the single notice as before", async () => {
    await scheduleMany(1, () => "Sosialisasi JKM");
    await revokeOfficer(h.store.db, SRI.id);
    await timer(new Date("2026-12-05T03:00:00Z"));
    const got = await ownerReads();
    expect(got).toHaveLength(1);
    expect(got[0]).toContain("Pengumuman terjadwal ditahan: «Sosialisasi JKM»");
  });
});
