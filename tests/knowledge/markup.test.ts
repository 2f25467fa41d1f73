/**
 * Audit 18 (#5, #12): markup typed or pasted into a message is no words of it. "Aula <i>Kantor</i> & Co </a>"
 * had read as English ("i", "a") and turned the officer's commands and buttons English; a question with
 * tags in it was declined.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writtenLanguage } from "../../src/knowledge/language";
import { loadKnowledge } from "../../src/knowledge/load";
import { createSearch } from "../../src/knowledge/search";
import { createHarness, labelPressingActor, worker, type Harness } from "../helpers/harness";

describe("markup in a message", () => {
  it("is not English", () => {
    expect(writtenLanguage("Aula <i>Kantor</i> & Co </a>")).not.toBe("en");
  });

  it("a question with tags is searched for its words", () => {
    const result = createSearch(loadKnowledge()).search("what is jkp <b>bold</b> & who can get it <script>x</script>?");
    expect(result.outcome).not.toBe("decline");
    expect(result.candidates.slice(0, 3).map((c) => c.entry.topic)).toContain("jkp");
  });
});

describe("in the chat", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it("after 'Aula <i>Kantor</i> & Co </a>', /bantuan is still in Indonesian", async () => {
    const a = labelPressingActor(h, worker(131401));
    await a.say("Aula <i>Kantor</i> & Co </a>");
    expect((await a.say("/bantuan")).text).not.toContain("What I can do");
  });

  it("a '<' that is no tag is left alone: 'gaji <5jt iuran bpjs brp' is computed on Rp5.000.000", async () => {
    expect((await labelPressingActor(h, worker(131402)).say("gaji <5jt iuran bpjs brp")).text).toContain("Upah Rp5.000.000");
  });
});
