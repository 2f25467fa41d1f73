/**
 * The reminder before an event (second exploratory report, item 3): it says "hari ini" or
 * "besok" as the event's own calendar has it, and goes only to those who pressed
 * "Saya hadir" before the 24-hour reminder window opened.
 * Clock: the report's, Thu 26 Nov 2026 17:54 UTC = Fri 27 Nov 01:54 WITA.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actor, officerHarness, user } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { subscribe } from "../../src/officers/subscriptions";
import { sendReminders } from "../../src/officers/events";
import { createI18n } from "../../src/bot/i18n";
import { OWNER } from "./setup";

const REPORT_NOW = new Date("2026-11-26T17:54:00Z");
const HOUR = 3600_000;

let h: Awaited<ReturnType<typeof officerHarness>>;
const officer = user(200001, "Sri");
const early = user(300021, "Budi");
const late = user(300020, "Ani");

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, officer.id, "73", OWNER.id);
  for (const u of [early, late]) await subscribe(h.store.db, u.id, { provinceCode: "73", regencyCode: "73.71", topics: ["events"] });
});
afterAll(() => h.close());
beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
afterEach(() => vi.useRealTimers());

const i18n = createI18n("id");
const deps = () => ({ db: h.store.db, regions: h.regions, t: (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v) });
const reminders = () => h.store.db.selectFrom("broadcasts").selectAll().where("kind", "=", "event_reminder").orderBy("id").execute();

async function sendEvent(title: string, when: string) {
  const o = actor(h, officer);
  await o.say("/acara_baru");
  await o.say(title);
  await o.press("ev:reg:all");
  await o.say(when);
  await o.say("Aula");
  await o.say("-");
  await o.press("ev:photo:skip");
  await o.press("ev:dec:send");
  return (await h.store.db.selectFrom("events").select("id").where("title", "=", title).executeTakeFirstOrThrow()).id;
}

async function attend(u: typeof early, eventId: number) {
  const a = actor(h, u);
  await a.say("/acara");
  return a.press(`ev:att:${eventId}`);
}

describe("event reminders", () => {
  it("pressing Saya hadir for an event later today brings no reminder a minute later, and says so", async () => {
    vi.setSystemTime(REPORT_NOW);
    const id = await sendEvent("Acara nanti", "hari ini jam 20");
    expect(await attend(late, id)).toBe("Tercatat. Acaranya sudah dekat, jadi tidak ada pengingat lagi. Sampai jumpa!");
    const minuteLater = new Date(REPORT_NOW.getTime() + 70_000);
    expect(await sendReminders(deps(), minuteLater)).toBe(0);
    expect(await sendReminders(deps(), new Date(REPORT_NOW.getTime() + 10 * HOUR))).toBe(0);
    expect(await reminders()).toEqual([]);
  });

  it("who registered days before is reminded once, 'besok' the day before and 'hari ini' on the day", async () => {
    vi.setSystemTime(REPORT_NOW);
    // Sun 29 Nov 09.00 and Mon 30 Nov 20.00 WITA
    const sunday = await sendEvent("Acara Minggu", "29/11 09.00");
    const monday = await sendEvent("Acara Senin", "30/11 20.00");
    expect(await attend(early, sunday)).toBe("Tercatat. Kami ingatkan sehari sebelumnya. Sampai jumpa!");
    expect(await attend(early, monday)).toContain("Kami ingatkan sehari sebelumnya");

    // Sat 28 Nov 10.00 WITA: Sunday's event is within 24 hours, on the next calendar day
    expect(await sendReminders(deps(), new Date("2026-11-28T02:00:00Z"))).toBe(1);
    // Mon 30 Nov 00.30 WITA: Monday's event is the same day
    expect(await sendReminders(deps(), new Date("2026-11-29T16:30:00Z"))).toBe(1);
    expect(await sendReminders(deps(), new Date("2026-11-29T16:31:00Z"))).toBe(0);

    const [sun, mon] = (await reminders()).map((b) => JSON.parse(b.payload) as { eventId: number; text: string });
    expect(sun).toMatchObject({ eventId: sunday });
    expect(sun!.text).toContain("Pengingat: besok");
    expect(sun!.text).toContain("Minggu, 29 November 2026 09.00 WITA");
    expect(mon).toMatchObject({ eventId: monday });
    expect(mon!.text).toContain("Pengingat: hari ini");
    expect(mon!.text).not.toContain("besok");
  });
});
