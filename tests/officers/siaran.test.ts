import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actor, audit, officerHarness, OWNER, user } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { subscribe } from "../../src/officers/subscriptions";
import { createEventDraft, publishEvent } from "../../src/officers/events";
import { createI18n } from "../../src/bot/i18n";

let h: Awaited<ReturnType<typeof officerHarness>>;
const sulselOfficer = user(610, "Sri");
const papuaOfficer = user(611, "Yan");
let papuaBroadcast: number;
let sulselBroadcast: number;

// Thu 26 Nov 2026 17:24 UTC = Fri 27 Nov 01:24 WITA = 00:24 WIB
const NOW = new Date("2026-11-26T17:24:00Z");

beforeAll(async () => {
  h = await officerHarness();
  const db = h.store.db;
  await grantOfficer(db, sulselOfficer.id, "73", OWNER.id);
  await grantOfficer(db, papuaOfficer.id, "91", OWNER.id);
  await subscribe(db, 8001, { provinceCode: "91", topics: ["events"] });
  await subscribe(db, 8002, { provinceCode: "73", topics: ["events"] });
  const i18n = createI18n("id");
  const deps = { db, regions: h.regions, t: (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v) };
  const draft = (title: string, province: string) => ({
    title, startsAt: new Date(NOW.getTime() + 3 * 24 * 3600_000), zone: "WITA" as const, place: "Kantor Cabang",
    provinceCodes: [province], regencyCodes: [], description: "-",
  });
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  try {
    const papua = await createEventDraft(db, draft("Sosialisasi <Papua>", "91"), OWNER.id, NOW);
    papuaBroadcast = (await publishEvent(deps, papua, { createdBy: OWNER.id })).broadcastId;
    const sulsel = await createEventDraft(db, draft("Sosialisasi Makassar", "73"), sulselOfficer.id, NOW);
    sulselBroadcast = (await publishEvent(deps, sulsel, { createdBy: sulselOfficer.id })).broadcastId;
  } finally {
    vi.useRealTimers();
  }
});
afterAll(() => h.close());

const status = async (id: number) =>
  (await h.store.db.selectFrom("broadcasts").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;

describe("/siaran is limited to the officer's province", () => {
  it("a Sulsel officer sees only Sulsel's broadcast, with its event title, Indonesian status and local time", async () => {
    const o = actor(h, sulselOfficer);
    const text = await o.say("/siaran");
    expect(text).toContain("Sosialisasi Makassar");
    expect(text).not.toContain("Papua");
    expect(text).toContain(`#${sulselBroadcast} · acara «Sosialisasi Makassar» · menunggu · 2026-11-27 01.24 WITA`);
    expect(text).not.toMatch(/queued|event ·/);
    const buttons = (o.calls[0]!.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat();
    expect(buttons.map((b) => b.callback_data)).toEqual([`bc:cancel:${sulselBroadcast}`]);
  });

  it("the owner sees every province, in WIB, and says so", async () => {
    const text = await actor(h, OWNER).say("/siaran");
    expect(text).toContain("semua provinsi");
    expect(text).toContain(`#${papuaBroadcast} · acara «Sosialisasi <Papua>» · menunggu · 2026-11-27 00.24 WIB`);
    expect(text).toContain("Sosialisasi Makassar");
    expect(h.transport.violations).toEqual([]);
  });

  it("a forged or stale stop press for another province is refused and stops nothing", async () => {
    const o = actor(h, sulselOfficer);
    await o.say("/siaran");
    const before = (await audit(h, "officer_denied")).length;
    expect(await o.press(`bc:cancel:${papuaBroadcast}`)).toBe("Siaran ini di luar provinsi tugas Anda.");
    expect(await status(papuaBroadcast)).toBe("queued");
    expect((await audit(h, "officer_denied")).length).toBe(before + 1);
  });

  it("stopping its own broadcast works, and afterwards nothing is reported as still queued", async () => {
    const o = actor(h, sulselOfficer);
    await o.say("/siaran");
    expect(await o.press(`bc:cancel:${sulselBroadcast}`)).toBe(`Siaran #${sulselBroadcast} dihentikan.`);
    expect(await status(sulselBroadcast)).toBe("cancelled");
    const after = await o.say("/siaran");
    expect(after).toContain("dibatalkan");
    expect(after).toContain("tidak dikirim 1");
    expect(after).not.toMatch(/antre [1-9]/);
  });

  it("the Papua officer can stop Papua's broadcast", async () => {
    const o = actor(h, papuaOfficer);
    expect(await o.say("/siaran")).not.toContain("Makassar");
    expect(await o.press(`bc:cancel:${papuaBroadcast}`)).toBe(`Siaran #${papuaBroadcast} dihentikan.`);
  });
});
