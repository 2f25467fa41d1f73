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

  const byId = (id: string) => kb.byId.get(id)!;
  const bpu = byId("bpu-iuran");
  const village = byId("desa-iuran-aparat-siltap");
  const pmi = byId("pmi-iuran");
  const jkm = byId("jkm-iuran");

  it("a village official's entry is not offered beside a worker's when the village is not named", () => {
    expect(clarifyOptions([bpu, village, pmi, jkm], "bpjs tk iuran brp")).toEqual([bpu, pmi, jkm]);
  });

  it("it is when the village is named, was the subject, or matched best", () => {
    expect(clarifyOptions([bpu, village, pmi], "iuran bpjs tk kades brp")).toEqual([bpu, village, pmi]);
    expect(clarifyOptions([bpu, village, pmi], "iurannya brp", true)).toEqual([bpu, village, pmi]);
    expect(clarifyOptions([village, bpu, pmi], "iurannya brp")).toEqual([village, bpu, pmi]);
  });
});
