/**
 * What an officer reads at /acara_baru's date step (officer exploratory report 7, item 9):
 * examples that are never in the past, "kemarin" said to have passed, a year typo refused.
 * Clock: Fri 27 Nov 2026 03.30 WITA, the report's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, officerHarness, OWNER, user, clockAt } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { parseEventDate } from "../../src/officers/dates";

const REPORT_NOW = new Date("2026-11-26T19:30:00Z");

let h: Awaited<ReturnType<typeof officerHarness>>;
const officer = user(200011, "Sri");

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, officer.id, "73", OWNER.id);
});
afterAll(() => h.close());
clockAt(REPORT_NOW);

describe("the event form's date step", () => {
  it("offers only examples the parser accepts today, and says why a date was refused", async () => {
    const o = actor(h, officer);
    await o.say("/acara_baru");
    await o.say("Sosialisasi BPU");
    const prompt = await o.press("ev:reg:all");
    expect(prompt).toContain("Kapan acaranya?");
    expect(prompt).toContain("• 27 Desember 2026 10:00");
    const examples = [...prompt.matchAll(/^• (.+)$/gm)].map((m) => m[1]!);
    expect(examples.length).toBe(4);
    for (const example of examples) expect(parseEventDate(example, REPORT_NOW, "WITA").ok, example).toBe(true);

    expect(await o.say("kemarin jam 10")).toContain("Waktu itu sudah lewat. Tulis waktu yang akan datang.");
    expect(await o.say("1/12/2126 10.00")).toContain(
      "Itu terbaca Minggu, 1 Desember 2126 10.00 WITA, lebih dari setahun lagi. Periksa tahunnya",
    );
    expect(await o.say("lusa 9")).toContain("Jamnya belum ada.");
    expect(await o.say("3 hari lagi jam 10")).toContain("Di mana tempatnya");
    await o.say("/batal");
  });
});
