/**
 * The example questions the bot itself shows (the greeting, "Tanya program", /bantuan) are the
 * first thing many users type: each must find its entry first, in both languages.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";
import { createI18n } from "../../src/bot/i18n";

const search = createSearch(loadKnowledge());
const i18n = createI18n("id");

/** The example questions in a language's texts: the bullets under the help's examples, and the greeting's <i>…</i>. */
function examples(language: "id" | "en"): string[] {
  const help = i18n.t(language, "help", { commands: "" });
  const bullets = help.split(/<b>(?:Contoh pertanyaan|Example questions)<\/b>/)[1]!.split("<b>")[0]!;
  const listed = bullets.split("\n").filter((l) => l.trim().startsWith("•")).map((l) => l.replace("•", "").trim());
  const inline = ["start-greeting", "menu-ask-prompt"].flatMap((key) => [...i18n.t(language, key, { name: "X" }).matchAll(/<i>([^<]+)<\/i>/g)].map((m) => m[1]!));
  return [...listed, ...inline].filter((q) => !/TanyaJamsos|175/.test(q));
}

const EXPECTED: [RegExp, string][] = [
  [/iuran bpu|bpu contribution/, "bpu-iuran"],
  [/klaim jht|claim jht/, "jht-klaim-resign"],
  [/ahli waris|heirs/, "jkm-santunan"],
  [/dana desa|village funds/, "desa-dana-desa-untuk-iuran"],
];

describe("the bot's own example questions", () => {
  for (const language of ["id", "en"] as const) {
    it(`(${language}) each is answered with its entry`, () => {
      const shown = examples(language);
      expect(shown.length).toBeGreaterThanOrEqual(4);
      for (const question of shown) {
        const expected = EXPECTED.find(([pattern]) => pattern.test(question))?.[1];
        const result = search.search(question);
        // a question the bot itself suggests is answered, not asked back
        expect(result.outcome, question).toBe("answer");
        if (expected) expect(result.candidates[0]?.entry.id, question).toBe(expected);
      }
    });
  }
});
