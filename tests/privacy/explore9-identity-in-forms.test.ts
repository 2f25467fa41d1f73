/**
 * Exploratory report 9, workers item 1: a NIK typed while a form is open was stored unmasked in
 * the sessions table (the conversations plugin keeps the updates it replays), although the bot
 * says it hides such numbers. Now every form's saved state has them hidden, the forms carry on
 * from that state as they would from what was typed, and /dataku's copy shows no NIK.
 * On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterEach, describe, expect, it } from "vitest";
import { chatActor, createHarness, uploadedFile, worker, type Harness } from "../helpers/harness";
import { engines, storePerTest } from "../broadcast/targets";
import { grantOfficer } from "../../src/store/repos/officers";
import { hideIdentityNumbers, maskIdentityNumbers, withoutIdentityNumbers } from "../../src/feedback/identity-numbers";
import { validateOccupation } from "../../src/leads/validate";

const NIK = "7371012345670001";
const SPACED_NIK = "7371 0123 4567 0001";

describe("a hidden identity number reads as the number it was", () => {
  const typed = ["nik 7371 0123 4567 0001 ya", "hp +62 812-3456-7890", "ani@mail.com lahir 12 mei 1990", "buruh pabrik 081234567890", "gaji 5000000 12 bulan"];

  it("keeps the text's length and words, so a step decides the same; hiding twice is hiding once", () => {
    for (const text of typed) {
      const hidden = hideIdentityNumbers(text);
      expect(hidden).toHaveLength(text.length);
      expect(hidden.split(/\s+/)).toHaveLength(text.split(/\s+/).length);
      expect(hideIdentityNumbers(hidden)).toBe(hidden);
      expect(maskIdentityNumbers(hidden)).toBe(hidden);
      // what is searched and computed is the same
      expect(withoutIdentityNumbers(hidden).replace(/\s+/g, " ")).toBe(withoutIdentityNumbers(text).replace(/\s+/g, " "));
      expect(validateOccupation(hidden).ok).toBe(validateOccupation(text).ok);
    }
    expect(hideIdentityNumbers("nik 7371 0123 4567 0001 ya")).toBe("nik •••• •••• •••• 0001 ya");
  });
});

for (const engine of engines("explore9-identity-in-forms.test.ts")) {
  describe(`identity numbers typed into a form are not stored: ${engine.name}`, () => {
    const store = storePerTest(engine);
    let h: Harness | undefined;
    afterEach(async () => {
      await h?.close();
      h = undefined;
    });

    const sessionsText = async () => (await store().db.selectFrom("sessions").select("value").execute()).map((r) => r.value).join("\n");

    it("a question to officers left half-way keeps no NIK in the session, and /dataku's copy shows none", async () => {
      h = await createHarness({ store: store() });
      const user = worker(7101);
      const a = chatActor(h, user);
      await a.say("/tanyapetugas");
      await a.say(`saldo sy hilang, nik ${NIK}, tolong cek`);
      const stored = await sessionsText();
      expect(stored).toContain("saldo sy hilang");
      expect(stored).toContain("••••••••••••0001");
      expect(stored).not.toContain(NIK);

      const calls = await h.handle(h.updates.text(user, "/dataku"));
      const copy = uploadedFile(calls.find((c) => c.method === "sendDocument")!).content;
      expect(copy).toContain("saldo sy hilang");
      expect(copy).not.toContain(NIK);
      expect(copy).not.toContain("1234567");
    });

    it("the ticket made from the stored question is the same one: masked for the officer, sent once", async () => {
      h = await createHarness({ store: store(), env: { OWNER_IDS: "1" } });
      await grantOfficer(store().db, 500, "73", 1);
      const a = chatActor(h, worker(7102));
      await a.say("/tanyapetugas");
      await a.say(`saldo sy hilang, nik ${SPACED_NIK}, tolong cek`);
      expect(await sessionsText()).not.toContain("0123 4567");
      const before = h.transport.calls.length;
      expect(await a.say("sulsel")).toContain("diteruskan");
      const forwarded = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === 500);
      expect(forwarded).toHaveLength(1);
      expect(String(forwarded[0]!.payload.text)).toContain("saldo sy hilang");
      expect(String(forwarded[0]!.payload.text)).not.toContain("0123");
      const [ticket] = await store().db.selectFrom("tickets").select("question").execute();
      expect(ticket!.question).toContain("0001");
      expect(ticket!.question).not.toContain("0123");
    });

    it("an enrollment with a NIK at the occupation step and the phone inside a sentence is completed correctly from the stored state", async () => {
      h = await createHarness({ store: store() });
      const user = worker(7103);
      const a = chatActor(h, user);
      await a.say("mau daftar");
      await a.press("enr:consent:yes");
      await a.press("enr:kind:bpu_other");
      // refused as the occupation; every later update replays this refusal from the stored, masked text
      expect(await a.say(`buruh pabrik nik ${NIK}`)).toContain("tanpa nomor");
      expect(await sessionsText()).not.toContain(NIK);
      expect(await a.say("buruh pabrik")).toContain("provinsi");
      expect(await a.say("makassar")).toContain("Kecamatan");
      await a.press("enr:d:skip");
      await a.press("enr:prog:jht");
      expect(await a.press("enr:prog:done")).toContain("menghubungi Anda");
      const summary = await a.say(`nomor sy 0812 3456 7890 ya kak, nik ${NIK}`);
      expect(summary).toContain("Periksa lagi");
      expect(summary).toContain("+6281234567890");
      expect(summary).toContain("buruh pabrik");
      // the phone is kept for the lead, as the consent says; the NIK is not
      const stored = await sessionsText();
      expect(stored).not.toContain(NIK);
      expect(stored).not.toContain("0812 3456 7890");
      expect(await a.press("enr:submit")).toMatch(/TJ-\d{4}-\d+/);
      const [lead] = await store().db.selectFrom("leads").selectAll().execute();
      expect(lead).toMatchObject({ occupation: "buruh pabrik", province_code: "73", regency_code: "73.71", phone: "+6281234567890", programs: "jkk,jkm,jht" });
      expect(await sessionsText()).not.toContain(NIK);
    });
  });
}
