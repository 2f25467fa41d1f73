/**
 * Exploratory report 9, item 2: a Sulawesi Selatan officer's /pertanyaan said "none 🎉" while
 * /statistik counted an unhandled question from the province, its asker waiting: the question
 * sat in a group shared with a question of no known province, which only all-province officers
 * and owners may act on. /pertanyaan now says how many of the province's questions wait in
 * such groups, and who handles them.
 * Run on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { engines, harnessPerTest } from "../broadcast/targets";
import type { SimUser } from "../../src/bot/update-factory";
import { createUnansweredRecorder } from "../../src/feedback/store";
import { grantOfficer } from "../../src/store/repos/officers";

const OWNER: SimUser = { id: 100001, first_name: "Owner", language_code: "id" };
const SULSEL_OFFICER: SimUser = { id: 200001, first_name: "Andi", language_code: "id" };
const ENGLISH_SULSEL_OFFICER: SimUser = { id: 200006, first_name: "Sam", language_code: "en" };
const SERVIS = "apakah bpjs ketenagakerjaan bisa dipakai untuk biaya servis motor saya";
const SIM = "bagaimana cara memperpanjang sim di samsat makassar";

for (const engine of engines("explore9-pertanyaan.test.ts")) {
  describe(`/pertanyaan names the province's questions left to all-province officers (${engine.name})`, () => {
    const h = harnessPerTest(engine, { OWNER_IDS: String(OWNER.id) });
    const db = () => h().store.db;
    beforeEach(async () => {
      await grantOfficer(db(), SULSEL_OFFICER.id, "73", OWNER.id);
      await grantOfficer(db(), ENGLISH_SULSEL_OFFICER.id, "73", OWNER.id);
    });

    /** A question the bot could not answer, recorded as the answer feature records it; with the province its asker gave for it (/tanyapetugas). */
    const unanswered = (chatId: number, text: string, provinceCode?: string) =>
      createUnansweredRecorder(db(), h().app.search.normalizer).recordUnanswered({ chatId, text, language: "id", reason: "declined", ...(provinceCode ? { provinceCode } : {}) });
    const reply = async (user: SimUser, text: string) => (await h().say(user, text)).join("\n");

    it("a Makassar asker's question shares a group with an asker of no known province: the officer is told, not 'none'", async () => {
      await unanswered(300001, SERVIS, "73");
      await unanswered(300003, SERVIS); // province unknown
      const rows = await db().selectFrom("unanswered_questions").select(["province_code", "group_key"]).orderBy("id").execute();
      expect(rows.map((r) => r.province_code)).toEqual(["73", null]);
      expect(new Set(rows.map((r) => r.group_key)).size).toBe(1);

      expect(await reply(SULSEL_OFFICER, "/statistik")).toContain("Tak terjawab: 1 (belum ditangani: 1); penanya dari provinsi ini");
      const listed = await reply(SULSEL_OFFICER, "/pertanyaan");
      expect(listed).toBe(
        "Tidak ada kelompok pertanyaan yang bisa Anda tangani. Namun 1 pertanyaan dari warga Sulawesi Selatan dalam 7 hari terakhir belum terjawab: " +
          "pertanyaan itu ada di kelompok yang juga berisi pertanyaan dari provinsi lain (atau yang provinsinya tidak diketahui), " +
          "dan kelompok seperti itu ditangani petugas semua provinsi dan pemilik bot.",
      );
      expect(listed).not.toContain("🎉");
      expect(await reply(ENGLISH_SULSEL_OFFICER, "/pertanyaan")).toContain(
        "Still unanswered from people in Sulawesi Selatan in the last 7 days: 1 question, in groups that also hold questions from other provinces",
      );
      // the owner sees the group itself
      expect(await reply(OWNER, "/pertanyaan")).toContain("2 orang bertanya mirip");
    });

    it("beside a group of their own, the officer reads how many more wait in shared groups", async () => {
      await unanswered(300001, SERVIS, "73");
      await unanswered(300003, SERVIS);
      await unanswered(300002, SIM, "73");
      const listed = await reply(SULSEL_OFFICER, "/pertanyaan");
      expect(listed).toContain("1. 1 orang bertanya mirip: bagaimana cara memperpanjang sim di samsat makassar");
      expect(listed).not.toContain("servis motor");
      expect(listed).toContain("Selain itu, 1 pertanyaan dari warga Sulawesi Selatan ada di kelompok bersama provinsi lain; kelompok itu ditangani petugas semua provinsi dan pemilik bot.");
    });

    it("nothing from the province anywhere: still 'none'", async () => {
      await unanswered(300003, SERVIS);
      expect(await reply(SULSEL_OFFICER, "/pertanyaan")).toBe("Tidak ada pertanyaan yang belum terjawab dari warga Sulawesi Selatan dalam 7 hari terakhir. 🎉");
    });
  });
}
