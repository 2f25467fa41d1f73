/**
 * Officers see scheduled announcements in /acara and can cancel an event of their province:
 * a scheduled announcement is then never sent; a sent one is followed by a cancellation
 * notice to those who received it or pressed "Saya hadir".
 * Clock: the exploratory test's, Fri 27 Nov 2026 01:24 WITA.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, audit, officerHarness, OWNER, user, clockAt } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { sendDueEvents, sendReminders } from "../../src/officers/events";
import { createI18n } from "../../src/bot/i18n";

const REPORT_NOW = new Date("2026-11-26T17:24:00Z");

let h: Awaited<ReturnType<typeof officerHarness>>;
beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, sulselOfficer.id, "73", OWNER.id);
});
afterAll(() => h.close());
clockAt(REPORT_NOW);

const sulselOfficer = user(5001, "Petugas Sulsel");
const ani = user(2001, "Ani");
const eka = user(2005, "Eka");
const papuan = user(2006, "Yosef");

type Actor = ReturnType<typeof actor>;
const buttons = (a: Actor) =>
  a.calls.flatMap((c) => ((c.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat());
const i18n = createI18n("id");
const publishDeps = () => ({ db: h.store.db, regions: h.regions, t: (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v) });

async function subscribe(u: typeof ani, province: string) {
  const a = actor(h, u);
  await a.say("/langganan");
  await a.press("sub:consent:yes");
  await a.say(province);
  const asked = a.calls.some((c) => String(c.payload.text ?? "").includes("Kabupaten/kota mana"));
  if (asked) expect(await a.press("sub:r:skip")).toContain("Langganan tersimpan");
  else expect(a.calls.map((c) => String(c.payload.text ?? "")).join("\n")).toContain("Langganan tersimpan");
}

/** The owner walks /acara_baru to the preview. */
async function draft(title: string, provinces: string, when: string) {
  const o = actor(h, OWNER);
  await o.say("/acara_baru");
  await o.say(title);
  await o.say(provinces);
  await o.press("ev:reg:all");
  expect(await o.say(when)).toContain("Di mana tempatnya");
  await o.say("Aula Kantor");
  await o.say("-");
  await o.press("ev:photo:skip");
  return o;
}

const eventNamed = (title: string) => h.store.db.selectFrom("events").selectAll().where("title", "=", title).executeTakeFirst();

describe("cancelling events", () => {
  it("setup: subscribers in Sulsel and Papua", async () => {
    await subscribe(ani, "sulsel");
    await subscribe(eka, "sulsel");
    await subscribe(papuan, "papua");
  });

  it("a scheduled announcement shows in the officer's /acara with its send time, and cancelling it stops it", async () => {
    const o = await draft("Sosialisasi dijadwal", "Sulsel", "lusa 10.00");
    await o.press("ev:dec:schedule");
    expect(await o.say("besok 10.00")).toContain("Dijadwalkan");
    const event = (await eventNamed("Sosialisasi dijadwal"))!;

    const officer = actor(h, sulselOfficer);
    const list = await officer.say("/acara");
    expect(list).toContain("Sosialisasi dijadwal");
    expect(list).toContain("Dijadwalkan");
    expect(list).toContain("Sabtu, 28 November 2026 10.00 WITA");
    // subscribers do not see it before it is announced
    expect(await actor(h, ani).say("/acara")).not.toContain("Sosialisasi dijadwal");

    const cancel = buttons(officer).find((b) => b.callback_data === `ev:cx:${event.id}`);
    expect(cancel?.text).toContain("Batalkan acara");
    expect(await officer.press(cancel!.callback_data)).toContain("tidak akan dikirim");
    expect(await officer.press(`ev:cxn:${event.id}`)).toContain("tidak dibatalkan");
    expect(await eventNamed("Sosialisasi dijadwal")).toBeDefined();

    await officer.say("/acara");
    await officer.press(`ev:cx:${event.id}`);
    expect(await officer.press(`ev:cxy:${event.id}`)).toContain("dibatalkan");
    expect(await eventNamed("Sosialisasi dijadwal")).toBeUndefined();
    // the send time comes and nothing goes out
    expect(await sendDueEvents({ ...publishDeps(), ownerIds: [OWNER.id] }, new Date("2026-11-29T00:00:00Z"))).toEqual([]);
    expect(await h.store.db.selectFrom("broadcasts").selectAll().execute()).toEqual([]);
    expect(await officer.say("/acara")).not.toContain("Sosialisasi dijadwal");
    expect((await audit(h, "event_cancelled")).map((a) => JSON.parse(a.details))).toEqual([
      expect.objectContaining({ event_id: event.id, title: "Sosialisasi dijadwal", status: "scheduled" }),
    ]);
  });

  it("cancelling a sent event stops what is still queued and tells who received it or will attend", async () => {
    const o = await draft("Sosialisasi terkirim", "Sulsel", "senin depan 10.00");
    expect(await o.press("ev:dec:send")).toContain("2 pelanggan");
    const event = (await eventNamed("Sosialisasi terkirim"))!;
    const announcement = await h.store.db.selectFrom("broadcasts").selectAll().where("kind", "=", "event").executeTakeFirstOrThrow();
    // Ani got it (the worker is not running here) and will attend; Eka's copy is still queued
    await h.store.db.updateTable("deliveries").set({ status: "sent" }).where("broadcast_id", "=", announcement.id).where("chat_id", "=", ani.id).execute();
    const a = actor(h, ani);
    expect(await a.say("/acara")).toContain("Sosialisasi terkirim");
    expect(await a.press(`ev:att:${event.id}`)).toContain("Tercatat");

    const officer = actor(h, sulselOfficer);
    expect(await officer.say("/acara")).toContain("1 orang akan hadir");
    expect(await officer.press(`ev:cx:${event.id}`)).toContain("diberi tahu");
    const done = await officer.press(`ev:cxy:${event.id}`);
    expect(done).toContain("1 orang");

    const after = await h.store.db.selectFrom("broadcasts").selectAll().where("id", "=", announcement.id).executeTakeFirstOrThrow();
    expect(after.status).toBe("cancelled");
    const notice = await h.store.db.selectFrom("broadcasts").selectAll().where("kind", "=", "event_cancelled").executeTakeFirstOrThrow();
    expect(JSON.parse(notice.payload).text).toContain("Acara dibatalkan");
    expect(JSON.parse(notice.payload).text).toContain("Sosialisasi terkirim");
    const to = await h.store.db.selectFrom("deliveries").select("chat_id").where("broadcast_id", "=", notice.id).execute();
    expect(to.map((d) => d.chat_id)).toEqual([ani.id]);

    // the old message's button and /acara no longer offer it
    expect(await a.press(`ev:att:${event.id}`)).toContain("dibatalkan");
    expect(await a.say("/acara")).not.toContain("Sosialisasi terkirim");
    expect(h.transport.violations).toEqual([]);
  });

  it("a reminder still queued for a cancelled event is stopped too", async () => {
    const o = await draft("Sosialisasi diingatkan", "Sulsel", "senin depan 14.00");
    await o.press("ev:dec:send");
    const event = (await eventNamed("Sosialisasi diingatkan"))!;
    const e = actor(h, eka);
    expect(await e.say("/acara")).toContain("Sosialisasi diingatkan");
    expect(await e.press(`ev:att:${event.id}`)).toContain("Tercatat");
    // the day before: the reminder is queued (the worker is not running here)
    expect(await sendReminders(publishDeps(), new Date("2026-11-29T08:00:00Z"))).toBe(1);
    const reminder = await h.store.db.selectFrom("broadcasts").selectAll().where("kind", "=", "event_reminder").executeTakeFirstOrThrow();
    expect(JSON.parse(reminder.payload).eventId).toBe(event.id);

    const officer = actor(h, sulselOfficer);
    await officer.say("/acara");
    await officer.press(`ev:cx:${event.id}`);
    await officer.press(`ev:cxy:${event.id}`);
    const after = await h.store.db.selectFrom("broadcasts").select("status").where("id", "=", reminder.id).executeTakeFirstOrThrow();
    expect(after.status).toBe("cancelled");
  });

  it("a province officer cannot see or cancel another province's event, nor one shared with another province", async () => {
    let o = await draft("Acara Papua", "Papua", "besok 10.00");
    await o.press("ev:dec:send");
    o = await draft("Acara bersama", "Sulsel, Papua", "besok 11.00");
    await o.press("ev:dec:send");
    const papua = (await eventNamed("Acara Papua"))!;
    const shared = (await eventNamed("Acara bersama"))!;

    const officer = actor(h, sulselOfficer);
    const list = await officer.say("/acara");
    expect(list).not.toContain("Acara Papua");
    expect(list).toContain("Acara bersama");
    expect(buttons(officer).some((b) => b.callback_data === `ev:cx:${shared.id}`)).toBe(false);

    for (const data of [`ev:cx:${papua.id}`, `ev:cxy:${papua.id}`, `ev:cxy:${shared.id}`]) {
      expect(await officer.press(data)).toContain("di luar wilayah Anda");
    }
    const stranger = actor(h, user(2999));
    await stranger.say("/acara");
    expect(await stranger.press(`ev:cxy:${papua.id}`)).toContain("khusus petugas");
    expect(await eventNamed("Acara Papua")).toBeDefined();
    expect(await eventNamed("Acara bersama")).toBeDefined();

    // the owner may
    const owner = actor(h, OWNER);
    await owner.say("/acara");
    expect(buttons(owner).some((b) => b.callback_data === `ev:cx:${shared.id}`)).toBe(true);
    await owner.press(`ev:cx:${shared.id}`);
    expect(await owner.press(`ev:cxy:${shared.id}`)).toContain("dibatalkan");
    expect(await eventNamed("Acara bersama")).toBeUndefined();
    // pressed twice: nothing left to cancel
    expect(await owner.press(`ev:cxy:${shared.id}`)).toContain("tidak ada lagi");
  });
});
