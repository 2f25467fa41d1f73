/**
 * Exploratory test 13 (workers #5): /dataku names the form a user is in, in words — the province
 * asked after "Beri tahu saya" had shown as a raw text key. Every form the bot registers has a name
 * in both languages.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, labelPressingActor, worker, type Harness } from "../helpers/harness";
import { registeredFormIds } from "../../src/bot/conversation-kit";

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
