/**
 * English questions with figures that the Indonesian twins already computed (/work/notes/audit18-adversarial.md
 * #1, #3, #4). Figures from knowledge/rules: benefit.jkk_death_multiple 48, jkk_funeral Rp10 jt, jkk_periodic
 * Rp12 jt (PP 44/2015 jo. PP 82/2019); JKM Rp42 jt; JKP 60% of a wage capped at Rp5 jt for 6 months;
 * bpu.yaml JKK 1% of the income + JKM Rp6.800; pu.yaml JKK 0,24% + JKM 0,3%; special.yaml pmi_pre Rp37.500.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

let nextId = 718000;
const english = () => chatActor(h, worker(nextId++, "en"));

describe("#1/#3 an English work-accident death with a wage is the JKK death benefit", () => {
  it("father died at work, wage 4 million: 48 × wage + funeral + periodic, not the contribution table", async () => {
    const reply = await english().say("father died at work, wage 4 million, how much compensation");
    expect(reply).toContain("Benefit for death from a work accident");
    expect(reply).toContain("Rp192,000,000");
    expect(reply).toContain("Rp214,000,000");
    expect(reply).not.toContain("Monthly contributions");
    expect(reply).not.toContain("Rp42,000,000");
  });

  it("my husband died in a work accident, salary 5 million (told, not asked): Rp262,000,000", async () => {
    const reply = await english().say("my husband died in a work accident, salary 5 million");
    expect(reply).toContain("Rp240,000,000");
    expect(reply).toContain("Rp262,000,000");
    expect(reply).not.toContain("JKM payout to the heirs");
  });

  it("the funeral cost asked after it stays the work-accident death, never the JKM Rp42,000,000", async () => {
    const chat = english();
    const first = await chat.say("my husband died in a work accident, his salary was 5 million. what do we get?");
    expect(first).toContain("Rp262,000,000");
    const next = await chat.say("and the funeral cost?");
    expect(next).toContain("covered by JKK (not JKM)");
    expect(next).toContain("Rp10,000,000");
    expect(next).not.toContain("Rp42,000,000");
  });

  it("my dad died in a work accident, salary 4 million, what do we get: Rp214,000,000", async () => {
    const reply = await english().say("my dad died in a work accident, salary 4 million, what do we get");
    expect(reply).toContain("Rp214,000,000");
  });
});

describe("#4 English questions with figures are computed like their Indonesian twins", () => {
  it("fired, salary 6 million, unemployment benefit: JKP Rp3,000,000 × 6", async () => {
    const reply = await english().say("i got fired last month, salary 6 million, how much unemployment benefit do i get");
    expect(reply).toContain("Rp3,000,000");
    expect(reply).toContain("Rp18,000,000");
  });

  it("a fisherman earning 1 million, the cheapest: BPU Rp16,800", async () => {
    const reply = await english().say("i am a fisherman earning 1 million, how much is the cheapest");
    expect(reply).toContain("Informal worker (BPU) contributions");
    expect(reply).toContain("Rp16,800");
  });

  it("my mom earns 1.5 million selling food: BPU JKK 1% Rp15,000 + JKM Rp6,800, not a decline", async () => {
    const reply = await english().say("my mom earns 1.5 million selling food, what is the cheapest package");
    expect(reply).toContain("Rp15,000");
    expect(reply).toContain("Rp6,800");
    expect(reply).not.toContain("Sorry, I cannot answer");
  });

  it("a 3 million earner paying JKK and JKM: the wage table", async () => {
    const reply = await english().say("how much would a 3 million earner pay for jkk and jkm");
    expect(reply).toContain("Monthly contributions for an employee");
    expect(reply).toContain("Rp7,200");
    expect(reply).toContain("Rp9,000");
  });

  it("a migrant worker to Malaysia, how much to pay: the PMI table", async () => {
    const reply = await english().say("migrant worker going to malaysia how much to pay");
    expect(reply).toContain("Rp37,500");
    expect(reply).not.toContain("Did you mean");
  });

  it("the JHT payout after resigning, with a wage and years beside it: the JHT-after-resigning answer, not a menu", async () => {
    const reply = await english().say("how much is the jht payout if i resign after 5 years with salary 5 million");
    expect(reply).toContain("After resigning, the JHT balance can be claimed");
    expect(reply).not.toContain("Did you mean");
  });

  it("hey whats the jkm death benefit amount: Rp42,000,000 like the plain wording", async () => {
    const reply = await english().say("hey whats the jkm death benefit amount");
    expect(reply).toContain("Rp42,000,000");
  });
});

describe("an English village budget", () => {
  it("'village fund pay for 10 officials' asks for their siltap, as 'bayar' does", async () => {
    const reply = await english().say("village fund pay for 10 officials");
    expect(reply).toContain("fixed monthly income (siltap)");
  });
});

describe("English price words", () => {
  it("'cheapest bpu contribution' and 'pmi contract 2 years contribution' are answered in English", async () => {
    expect(await english().say("cheapest bpu contribution")).toContain("The cheapest BPU package is Rp16,800");
    expect(await english().say("pmi contract 2 years contribution")).toContain("Migrant worker (PMI)");
  });
});
