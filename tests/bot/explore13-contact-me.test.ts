/**
 * Exploratory test 13 (workers #10): "no hp sy … tlg hubungi" was told the number is not kept and then
 * "Baik, saya catat", with no way to reach an officer. Asking to be contacted now says the bot cannot
 * call and offers the two ways an officer gets back: the enrollment interest and a question to officers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, labelPressingActor, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 131200;
const say = (text: string) => labelPressingActor(h, worker(nextId++)).say(text);

describe("asking to be contacted", () => {
  for (const text of ["no hp sy 081298765432 tlg hubungi", "minta ditelpon petugas", "tlg hubungi sy kak", "tolong petugas wa saya", "minta di wa petugas", "bisa tolong hubungi saya?"]) {
    it(`"${text}" → the bot cannot call; Daftar minat and Tanya petugas offered, never 'saya catat'`, async () => {
      const reply = await say(text);
      expect(reply.text).toContain("tidak bisa menelepon");
      expect(reply.text).not.toContain("saya catat");
      expect(reply.buttons).toEqual(["📝 Daftar minat", "🙋 Tanya petugas"]);
    });
  }

  for (const text of ["please call me", "can an officer whatsapp me", "please have an officer text me"]) {
    it(`"${text}" in English, with the English buttons`, async () => {
      const reply = await say(text);
      expect(reply.text).toContain("I cannot call");
      expect(reply.buttons).toEqual(["📝 I want to join", "🙋 Ask an officer"]);
    });
  }

  it("'tolong hubungi sy utk daftar bpu' still opens the enrollment interest", async () => {
    expect((await say("tolong hubungi sy utk daftar bpu")).text).toContain("Daftar minat kepesertaan");
  });

  it("asking how to contact the call center is answered from the knowledge", async () => {
    const reply = await say("tolong hubungi call center dmn");
    expect(reply.text).toContain("175");
    expect(reply.text).not.toContain("tidak bisa menelepon");
  });

  it("pressing Tanya petugas starts the question to officers", async () => {
    const a = labelPressingActor(h, worker(nextId++));
    await a.say("minta ditelpon petugas");
    const next = await a.press("🙋 Tanya petugas");
    // the request itself is no question for officers: they are asked to write one (or to send that one)
    expect(next.text).toMatch(/Tulis pertanyaan Anda untuk petugas|Kirim pertanyaan ini ke petugas\?/);
  });
});
