/**
 * A work accident denied is an ordinary death, JKM's (/work/notes/audit18-adversarial.md #2): "meninggal bukan
 * karena kecelakaan kerja" was answered with the JKK death entry. JKM pays Rp42.000.000 whatever the wage
 * (benefit.yaml; PP 82/2019); the JKK death benefit is 48 × the wage.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { situationIn } from "../../src/knowledge/situation";
import { detectCalculation } from "../../src/rules/question";
import { chatActor, createHarness, labelPressingActor, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

let nextId = 718500;
const english = () => chatActor(h, worker(nextId++, "en"));
const indonesian = () => chatActor(h, worker(nextId++));

describe("a denied work accident is read as an ordinary death", () => {
  it.each([
    "keluarga dapat berapa kalau saya meninggal bukan karena kecelakaan kerja",
    "suami meninggal tidak karena kecelakaan kerja",
    "my wife died, it was not a work accident",
  ])("%s: a death told, no accident", (text) => {
    expect(situationIn(text).events).toEqual(["death"]);
  });

  it("English 'not from work accident': no accident told", () => {
    expect(situationIn("how much does my family get if i die, not from work accident").events).not.toContain("accident");
  });

  it("a work accident told is still one", () => {
    expect(situationIn("suami meninggal karena kecelakaan kerja").events).toEqual(["death", "accident"]);
  });

  it.each([
    ["gaji 5 juta, kalau saya meninggal bukan karena kecelakaan kerja keluarga dapat berapa", "jkm_death"],
    ["salary 5 million, if i die, not from a work accident, how much does my family get", "jkm_death"],
    ["father died not at work, wage 4 million, how much", "jkm_death"],
    ["gaji 5 juta, kalau saya meninggal karena kecelakaan kerja keluarga dapat berapa", "jkk_death"],
  ])("calculator: %s → %s", (text, kind) => {
    expect(detectCalculation(text, new Date())?.kind).toBe(kind);
  });
});

describe("the replies", () => {
  it("Indonesian: JKM first, never the JKK death answer", async () => {
    const { text, buttons } = await labelPressingActor(h, worker(nextId++)).say("keluarga dapat berapa kalau saya meninggal bukan karena kecelakaan kerja");
    expect(text).not.toContain("ditanggung JKK");
    expect(buttons[0]).toContain("JKM");
    expect(buttons.join(" | ")).not.toMatch(/kecelakaan kerja|meninggal saat kerja/i);
  });

  it("English: JKM options, no work-accident option", async () => {
    const { text, buttons } = await labelPressingActor(h, worker(nextId++, "en")).say("how much does my family get if i die, not from work accident");
    expect(`${text} ${buttons.join(" | ")}`).toContain("JKM");
    expect(buttons.join(" | ")).not.toMatch(/work accident/i);
  });

  it("with a wage: the JKM Rp42,000,000, not 48 × the wage", async () => {
    const reply = await english().say("salary 5 million, if i die, not from a work accident, how much does my family get");
    expect(reply).toContain("Rp42,000,000");
    expect(reply).not.toContain("Rp240,000,000");
  });

  it("after a wage result, 'kalau meninggal bukan karena kecelakaan kerja?' is JKM's", async () => {
    const chat = indonesian();
    await chat.say("gaji 5 juta iuran berapa");
    const reply = await chat.say("kalau saya meninggal bukan karena kecelakaan kerja keluarga dapat berapa");
    expect(reply).toContain("Rp42.000.000");
    expect(reply).not.toContain("Rp240.000.000");
  });
});
