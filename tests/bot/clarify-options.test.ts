import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load";
import { clarifyOptions } from "../../src/bot/features/answer";

const kb = loadKnowledge();
const article = kb.entries.find((e) => e.articleId !== undefined)!;
const [faq1, faq2, faq3] = kb.entries.filter((e) => e.articleId === undefined);

describe("'Maksud Anda…?' options", () => {
  it("a news article is not offered beside program answers", () => {
    expect(clarifyOptions([faq1!, article, faq2!, faq3!])).toEqual([faq1, faq2, faq3]);
  });

  it("when the best match is an article, articles and answers are offered as ranked", () => {
    expect(clarifyOptions([article, faq1!, faq2!, faq3!])).toEqual([article, faq1, faq2]);
  });
});
