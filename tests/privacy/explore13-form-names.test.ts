/**
 * Exploratory test 13 (workers #5) and audit 18 (#9): /dataku names in words the form a user is in —
 * the province asked after "Beri tahu saya" had shown as a raw text key — and every stored field it
 * shows (a lead's "notified_at" had shown as stored). Every form and every column, in both languages.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, labelPressingActor, worker, type Harness } from "../helpers/harness";
import { registeredFormIds } from "../../src/bot/conversation-kit";
import { INTERNAL_FIELDS } from "../../src/bot/features/privacy";
import { sql } from "kysely";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe("/dataku while a form is open", () => {
  it("the province asked after 'Beri tahu saya' is named in words, not as a text key", async () => {
    const a = labelPressingActor(h, worker(131001));
    const declined = await a.say("petugas di loket bersikap kasar kemarin siang");
    expect(declined.buttons).toContain("🔔 Ya, beri tahu saya");
    await a.press("🔔 Ya, beri tahu saya");
    const data = await a.say("/dataku");
    expect(data.text).toContain("provinsi untuk kabar jawaban");
    expect(data.text).not.toMatch(/\{?data-form-/);
  });

  it("/datasaya, as people also type it, shows the same as /dataku", async () => {
    const a = labelPressingActor(h, worker(131002));
    await a.say("petugas di loket bersikap kasar kemarin siang");
    await a.press("🔔 Ya, beri tahu saya");
    expect((await a.say("/datasaya")).text).toBe((await a.say("/dataku")).text);
  });

  it("every form the bot has is named in Indonesian and in English", () => {
    const ids = registeredFormIds();
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const language of ["id", "en"]) {
      const texts = readFileSync(`src/bot/locales/${language}/privacy.ftl`, "utf8");
      for (const id of ids) expect(texts, `${language}: data-form-${id}`).toMatch(new RegExp(`^data-form-${id} = \\S`, "m"));
    }
  });
});

describe("/dataku's field names", () => {
  // shown under another name (a region's name for its code, the appointment for granted_at) or read apart (a session)
  const SHOWN_OTHERWISE = new Set(["province_code", "regency_code", "district_code", "province_codes", "regency_codes", "granted_at", "value"]);
  const TABLES = ["users", "consents", "subscriptions", "leads", "event_attendees", "tickets", "deliveries", "sessions", "officers", "unanswered_questions", "feedback", "audit_log", "events", "broadcasts"];

  it("every column of a table /dataku shows is named in Indonesian and in English, or left to the file", async () => {
    for (const table of TABLES) {
      const columns = (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(h.store.db)).rows.map((r) => r.name);
      expect(columns.length, table).toBeGreaterThan(0);
      for (const language of ["id", "en"]) {
        const texts = readFileSync(`src/bot/locales/${language}/privacy.ftl`, "utf8");
        for (const column of columns.filter((c) => !INTERNAL_FIELDS.has(c) && !SHOWN_OTHERWISE.has(c))) {
          expect(texts, `${language}: ${table}.${column}`).toMatch(new RegExp(`^\\s+\\[${column}\\] \\S`, "m"));
        }
      }
    }
  });
});
