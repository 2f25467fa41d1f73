/**
 * Audit 18, finding 10: an officer's form paused by a question, then the officer revoked: its
 * ▶️ Continue took the form up and the whole /acara_baru form could be filled, refused only at
 * 📤 Kirim. The role is now read again when a paused officer form is taken up, as for every
 * other officer button: a revoked officer is refused at once with the officer-only text.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actor, OWNER, officerHarness, publishDepsOf, sentButtons, user, clockAt } from "./setup";
import { grantOfficer, revokeOfficer } from "../../src/store/repos/officers";
import { createEventDraft, publishEvent } from "../../src/officers/events";

const NOW = new Date("2026-11-27T01:00:00Z");
const SRI = user(613001, "Sri");
const OFFICER_ONLY = "Perintah ini khusus petugas.";

describe("a revoked officer cannot take up a paused officer form (audit 18 #10)", () => {
  clockAt(NOW);
  let h: Awaited<ReturnType<typeof officerHarness>>;
  beforeEach(async () => {
    h = await officerHarness();
    await grantOfficer(h.store.db, SRI.id, "73", OWNER.id);
  });
  afterEach(async () => h.close());

  it("/acara_baru: Continue after the revocation is refused at once, and the form's steps are not shown", async () => {
    const o = actor(h, SRI);
    await o.say("/acara_baru");
    await o.say("Sosialisasi JKK");
    await o.press("ev:reg:all");
    expect(await o.say("berapa iuran jkm bpu?")).toContain("Lanjutkan isian");
    // still an officer: Continue takes the form up where it stopped
    expect(await o.press("form:resume:new-event")).toContain("Kapan acaranya?");
    await o.say("besok jam 10");
    expect(await o.say("berapa iuran jkk?")).toContain("Lanjutkan isian");

    await revokeOfficer(h.store.db, SRI.id);
    const refused = await o.press("form:resume:new-event");
    expect(refused).toBe(OFFICER_ONLY);
    expect(refused).not.toContain("Di mana tempatnya");
    // typing the next answer anyway does not fill the form: it stays paused, nothing is drafted
    expect(await o.say("Aula")).not.toContain("Tulis keterangan singkat");
    expect(await o.press("form:resume:new-event")).toBe(OFFICER_ONLY);
    expect(await h.store.db.selectFrom("events").selectAll().execute()).toEqual([]);
    expect(h.transport.violations).toEqual([]);
  });

  it("/acara ✏️ Ubah: Continue, or a field button of the paused form, after the revocation is refused", async () => {
    const draft = await createEventDraft(h.store.db, {
      title: "Sosialisasi JKM", startsAt: new Date("2026-12-03T02:00:00Z"), zone: "WITA", place: "Aula", provinceCodes: ["73"], regencyCodes: [], description: "",
    }, SRI.id, NOW);
    await publishEvent(publishDepsOf(h), draft, { createdBy: SRI.id });
    const o = actor(h, SRI);
    await o.say("/acara");
    await o.press(`ev:ed:${draft.id}`);
    const field = sentButtons(o).find((b) => b.callback_data.startsWith("ev:ef:title"))!.callback_data;
    expect(await o.say("berapa iuran jkm bpu?")).toContain("Lanjutkan isian");

    await revokeOfficer(h.store.db, SRI.id);
    expect(await o.press("form:resume:edit-event")).toBe(OFFICER_ONLY);
    expect(await o.press(field)).toBe(OFFICER_ONLY);
    expect((await h.store.db.selectFrom("events").select("title").executeTakeFirstOrThrow()).title).toBe("Sosialisasi JKM");
  });
});
