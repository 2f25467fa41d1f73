/**
 * Audit 18, finding 11: the title, place and description limits counted UTF-16 units, so an
 * emoji counted twice ("Terlalu panjang (108 huruf)" for 68 characters on screen). They now
 * count characters as the officer sees them (graphemes), while a text whose emoji sequences or
 * stacked marks would not fit what Telegram carries is still refused, with a hint saying why.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actor, OWNER, officerHarness, publishDepsOf, sentButtons, user, clockAt } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { createEventDraft, publishEvent, visibleLength } from "../../src/officers/events";

const NOW = new Date("2026-11-27T01:00:00Z");
const SRI = user(613001, "Sri");
const FAMILY = "👨‍👩‍👧‍👦"; // one character on screen, 11 UTF-16 units

describe("length limits count characters as people see them (audit 18 #11)", () => {
  clockAt(NOW);
  let h: Awaited<ReturnType<typeof officerHarness>>;
  beforeEach(async () => {
    h = await officerHarness();
    await grantOfficer(h.store.db, SRI.id, "73", OWNER.id);
  });
  afterEach(async () => h.close());

  it("counts an emoji, a flag or a family as one character", () => {
    expect(visibleLength("🎉🎉")).toBe(2);
    expect(visibleLength(`${FAMILY}🇮🇩é`)).toBe(3);
  });

  /** /acara → ✏️ Ubah → Judul, then `title` typed. */
  async function editTitle(title: string) {
    const e = await createEventDraft(h.store.db, {
      title: "Awal", startsAt: new Date("2026-12-02T02:00:00Z"), zone: "WITA", place: "Aula", provinceCodes: ["73"], regencyCodes: [], description: "x",
    }, SRI.id, NOW);
    await publishEvent(publishDepsOf(h), e, { createdBy: SRI.id });
    const o = actor(h, SRI);
    await o.say("/acara");
    await o.press(`ev:ed:${e.id}`);
    await o.press(sentButtons(o).find((b) => b.callback_data.startsWith("ev:ef:title"))!.callback_data);
    return o.say(title);
  }

  it("a title of 68 characters with 40 emoji is taken (it was refused as 108)", async () => {
    const title = `<b>Judul</b> baru & <script>${"🎉".repeat(40)}`;
    expect(title.length).toBe(108);
    const reply = await editTitle(title);
    expect(reply).not.toContain("Terlalu panjang");
    expect(reply).toContain(`Judul: Awal → ${title}`);
    expect(h.transport.violations).toEqual([]);
  });

  it("over the limit, the count said is the characters the officer sees", async () => {
    expect(await editTitle(`Sosialisasi ${"🎉".repeat(89)}`)).toBe("Terlalu panjang (101 huruf). Maksimal 100 huruf.");
  });

  it("within 100 characters but too large for Telegram (long emoji sequences): refused with why", async () => {
    const reply = await editTitle(`Sosialisasi ${FAMILY.repeat(60)}`);
    expect(reply).toContain("Terlalu panjang untuk dikirim lewat Telegram");
    expect(reply).not.toContain("huruf)");
  });

  it("/acara_baru reads the title by the same count", async () => {
    const o = actor(h, SRI);
    await o.say("/acara_baru");
    expect(await o.say(`Sosialisasi JKK ${"🎉".repeat(80)}`)).toContain("Khusus kabupaten/kota tertentu");
  });
});
