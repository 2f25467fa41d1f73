/**
 * Exploratory report 7, item 1: /pertanyaan showed every province's unanswered questions
 * (names and family details in the text) to any province officer, who could also close or
 * link them; buttons of a closed group still worked. A question carries the province the asker
 * gave for it (sending it on with /tanyapetugas, giveQuestionProvince) — never the one given for a
 * subscription or lead (audit 13 #15): a province officer sees and acts on only groups whose
 * questions all come from their province; the rest is for all-province officers.
 * Run on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { buttonData, chatActor, createHarness, type Harness } from "../helpers/harness";
import { engines, type BroadcastTarget } from "../broadcast/targets";
import type { Store } from "../../src/store/database";
import type { ApiCall } from "../../src/bot/local-transport";
import type { SimUser } from "../../src/bot/update-factory";
import { htmlToPlain } from "../../src/bot/html";
import { grantOfficer } from "../../src/store/repos/officers";
import { createLead } from "../../src/store/repos/leads";
import { giveQuestionProvince } from "../../src/feedback/store";
import { deleteUserData, exportUserData } from "../../src/store/repos/privacy";

const OWNER: SimUser = { id: 1, first_name: "Owner", language_code: "id" };
const SULSEL_OFFICER: SimUser = { id: 200, first_name: "Andi", language_code: "id" };
const JATIM_OFFICER: SimUser = { id: 300, first_name: "Eko", language_code: "id" };
const ALL_OFFICER: SimUser = { id: 400, first_name: "Rina", language_code: "id" };
const ENGLISH_JATIM_OFFICER: SimUser = { id: 301, first_name: "Sam", language_code: "en" };
const SITI = "Saya Siti dari Gowa, suami saya Budi Santoso meninggal, bagaimana mengurus sertifikat tanah warisan di BPN?";

const sends = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage");
const plain = (c: ApiCall | undefined) => htmlToPlain(String(c?.payload.text ?? ""));
const callbackAnswer = (calls: ApiCall[]) => calls.find((c) => c.method === "answerCallbackQuery")?.payload;

for (const engine of engines("province-scope.test.ts")) {
  describe(`/pertanyaan by the officer's province (${engine.name})`, () => {
    let target: BroadcastTarget;
    let store: Store;
    let h: Harness;

    beforeEach(async () => {
      target = await engine.makeTarget();
      store = await target.open();
      h = await createHarness({ store, env: { OWNER_IDS: String(OWNER.id) } });
      await grantOfficer(store.db, SULSEL_OFFICER.id, "73", OWNER.id);
      await grantOfficer(store.db, JATIM_OFFICER.id, "35", OWNER.id);
      await grantOfficer(store.db, ENGLISH_JATIM_OFFICER.id, "35", OWNER.id);
      await grantOfficer(store.db, ALL_OFFICER.id, null, OWNER.id);
    });
    afterEach(async () => {
      await h.close();
      await store.close();
      await target.dispose();
    });

    /** The province each asker gives for their question (as when sending it on with /tanyapetugas). */
    const given = new Map<number, string>();
    beforeEach(() => given.clear());
    const givesProvince = (chatId: number, provinceCode: string) => given.set(chatId, provinceCode);
    /** A citizen asks something the bot cannot answer ("Bukan semuanya" if it asks back); resolves to the stored question's id. */
    const askUnanswered = async (chatId: number, text: string) => {
      const citizen: SimUser = { id: chatId, first_name: "Warga", language_code: "id" };
      const reply = sends(await h.handle(h.updates.text(citizen, text)));
      const clarify = reply.find((c) => buttonData(c).includes("kb:none"));
      if (clarify) await h.handle(h.updates.callback(citizen, "kb:none", clarify.result as Message));
      const row = await store.db.selectFrom("unanswered_questions").selectAll().where("text", "=", text).orderBy("id", "desc").executeTakeFirstOrThrow();
      const province = given.get(chatId);
      if (province) await store.db.updateTable("unanswered_questions").set({ province_code: province }).where("id", "=", row.id).execute();
      return row.id;
    };
    const questionRow = (id: number) => store.db.selectFrom("unanswered_questions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    const list = async (officer: SimUser) => sends(await h.handle(h.updates.text(officer, "/pertanyaan")))[0]!;
    const press = (officer: SimUser, data: string, on: ApiCall) => h.handle(h.updates.callback(officer, data, on.result as Message));

    it("a Jawa Timur officer neither sees nor closes nor links a Sulawesi Selatan subscriber's question; a Sulawesi Selatan officer does", async () => {
      givesProvince(502, "73");
      const id = await askUnanswered(502, SITI);
      expect((await questionRow(id)).province_code).toBe("73");

      const jatimList = await list(JATIM_OFFICER);
      expect(plain(jatimList)).toBe("Tidak ada pertanyaan yang belum terjawab dari warga Jawa Timur dalam 7 hari terakhir. 🎉");
      expect(buttonData(jatimList)).toEqual([]);
      const englishList = await list(ENGLISH_JATIM_OFFICER);
      expect(plain(englishList)).toBe("No unanswered questions from people in Jawa Timur in the last 7 days. 🎉");

      // the buttons a Sulsel list carries, pressed by the Jatim officer: refused, nothing closed, nobody told
      const sulselList = await list(SULSEL_OFFICER);
      for (const data of [`fbg:r:${id}`, `fbg:rc:${id}`, `fbg:l:${id}`]) {
        const calls = await press(JATIM_OFFICER, data, sulselList);
        expect(callbackAnswer(calls)).toMatchObject({
          text: "Kelompok pertanyaan ini (juga) berisi pertanyaan dari luar provinsi tugas Anda. Hanya petugas semua provinsi yang dapat menanganinya.",
          show_alert: true,
        });
        expect(sends(calls)).toEqual([]);
      }
      expect((await questionRow(id)).handled).toBe(0);
      expect(callbackAnswer(await press(ENGLISH_JATIM_OFFICER, `fbg:r:${id}`, englishList))?.text).toBe(
        "This group of questions (also) holds questions from outside your province. Only all-province officers can handle it.",
      );

      // the Sulsel officer sees it under their province's header, and closes it
      const text = plain(sulselList);
      expect(text).toContain("Pertanyaan yang belum terjawab (7 hari terakhir, Sulawesi Selatan)");
      expect(text).not.toContain("7 hari terakhir, semua provinsi");
      expect(text).toContain("1. 1 orang bertanya mirip: Saya Siti dari Gowa");
      expect(buttonData(sulselList)).toEqual([`fbg:l:${id}`, `fbg:r:${id}`]);
      const closed = await press(SULSEL_OFFICER, `fbg:r:${id}`, sulselList);
      expect(plain(sends(closed)[0])).toBe("Ditandai selesai: 1 pertanyaan.");
      expect((await questionRow(id)).handled).toBe(1);
      expect(h.transport.violations).toEqual([]);
    });

    it("/statistik counts a province officer's unanswered questions from their province only, and says so", async () => {
      givesProvince(504, "73");
      await askUnanswered(504, SITI);
      await askUnanswered(505, "bagaimana cara memperpanjang sim di samsat"); // province unknown
      const stats = async (officer: SimUser) => plain(sends(await h.handle(h.updates.text(officer, "/statistik")))[0]);
      expect(await stats(SULSEL_OFFICER)).toContain("Tak terjawab: 1 (belum ditangani: 1); penanya dari provinsi ini");
      expect(await stats(JATIM_OFFICER)).toContain("Tak terjawab: 0 (belum ditangani: 0); penanya dari provinsi ini");
      expect(await stats(ENGLISH_JATIM_OFFICER)).toContain("Unanswered: 0 (not handled yet: 0); askers from this province");
      const all = await stats(ALL_OFFICER);
      expect(all).toMatch(/Tak terjawab: 2 \(belum ditangani: 2\)$/m);
      expect(all).not.toContain("penanya dari provinsi ini");
    });

    it("a closed group's buttons are refused, 'Selesai' and 'Tautkan' alike, for every officer", async () => {
      givesProvince(503, "73");
      const id = await askUnanswered(503, SITI);
      const sulselList = await list(SULSEL_OFFICER);
      await press(SULSEL_OFFICER, `fbg:r:${id}`, sulselList);

      // a new question with the same words must not be closed by the old list's buttons (it starts a
      // group of its own: keys are opaque, so a closed group's key is not found again from the words)
      const later = await askUnanswered(503, SITI);
      expect((await questionRow(later)).handled).toBe(0);

      for (const officer of [SULSEL_OFFICER, ALL_OFFICER, OWNER]) {
        for (const data of [`fbg:r:${id}`, `fbg:rc:${id}`, `fbg:l:${id}`]) {
          const calls = await press(officer, data, sulselList);
          expect(callbackAnswer(calls)?.text).toBe(
            "Kelompok pertanyaan ini sudah ditandai selesai (atau sudah ditautkan ke jawaban), jadi tombolnya tidak berlaku lagi. Lihat daftar terbaru dengan /pertanyaan.",
          );
          // no link form opened, nothing sent to anyone
          expect(sends(calls)).toEqual([]);
        }
      }
      expect((await questionRow(later)).handled).toBe(0);
      expect(h.transport.violations).toEqual([]);
    });

    it("a question from someone whose province is unknown is seen only by all-province officers and owners", async () => {
      const id = await askUnanswered(504, "bagaimana mengurus sertifikat tanah warisan di BPN?");
      expect((await questionRow(id)).province_code).toBeNull();

      const sulselList = await list(SULSEL_OFFICER);
      expect(plain(sulselList)).toContain("Tidak ada pertanyaan yang belum terjawab dari warga Sulawesi Selatan");
      expect(String(callbackAnswer(await press(SULSEL_OFFICER, `fbg:r:${id}`, sulselList))?.text)).toContain("dari luar provinsi tugas Anda");

      for (const officer of [ALL_OFFICER, OWNER]) {
        const text = plain(await list(officer));
        expect(text).toContain("Pertanyaan yang belum terjawab (7 hari terakhir, semua provinsi)");
        expect(text).toContain("1 orang bertanya mirip: bagaimana mengurus sertifikat tanah warisan di BPN?");
      }
      expect((await questionRow(id)).handled).toBe(0);
    });

    it("a lead's province does not go onto a question; one given for it does; a group mixing provinces is left to all-province officers", async () => {
      // the province given for a lead is for being contacted about joining, not for questions
      await createLead(store.db, { chat_id: 509, worker_kind: "bpu_ojol", province_code: "35", programs: "JKK,JKM" });
      expect((await questionRow(await askUnanswered(509, "bagaimana cara memperpanjang sim di samsat"))).province_code).toBeNull();
      await createLead(store.db, { chat_id: 505, worker_kind: "bpu_ojol", province_code: "35", programs: "JKK,JKM" });
      givesProvince(505, "35");
      expect(await giveQuestionProvince(store.db, 505, "nothing asked", "35", 60_000)).toBe(0);
      givesProvince(501, "73");
      const jatim = await askUnanswered(505, "apakah ada bantuan modal usaha untuk ojol dari pemerintah?");
      expect((await questionRow(jatim)).province_code).toBe("35");
      expect(plain(await list(JATIM_OFFICER))).toContain("1 orang bertanya mirip: apakah ada bantuan modal usaha untuk ojol dari pemerintah?");

      // a Sulsel subscriber asks the same: the group now holds both provinces' questions
      const sulsel = await askUnanswered(501, "apakah ada bantuan modal usaha untuk ojol dari pemerintah?");
      expect((await questionRow(sulsel)).group_key).toBe((await questionRow(jatim)).group_key);
      for (const officer of [JATIM_OFFICER, SULSEL_OFFICER]) {
        const own = await list(officer);
        // nothing they can act on, but their province's question is waiting in the shared group: said, with who has it
        expect(plain(own)).toMatch(/^Tidak ada kelompok pertanyaan yang bisa Anda tangani\. Namun 1 pertanyaan dari warga .* ditangani petugas semua provinsi dan pemilik bot\.$/);
        const refused = await press(officer, `fbg:r:${jatim}`, own);
        expect(String(callbackAnswer(refused)?.text)).toContain("dari luar provinsi tugas Anda");
      }
      expect(plain(await list(ALL_OFFICER))).toContain("2 orang bertanya mirip: apakah ada bantuan modal usaha");
      const allList = await list(ALL_OFFICER);
      expect(plain(sends(await press(ALL_OFFICER, `fbg:r:${sulsel}`, allList))[0])).toBe("Ditandai selesai: 2 pertanyaan.");
    });

    it("'Tautkan' links nothing when the group took in another province's question while the form was open", async () => {
      givesProvince(506, "73");
      const id = await askUnanswered(506, SITI);
      const officer = chatActor(h, SULSEL_OFFICER);
      await officer.say("/pertanyaan");
      expect(await officer.press(`fbg:l:${id}`)).toContain("Saya Siti dari Gowa");
      expect(await officer.say("ahli waris jkm")).toContain("Hasil pencarian untuk «ahli waris jkm»");
      const results = sends(h.transport.calls).at(-1)!;
      expect(await officer.press(buttonData(results)[0]!)).toContain("Tautkan pertanyaan ini ke jawaban");

      givesProvince(507, "35");
      await askUnanswered(507, SITI);
      expect(await officer.press("fbk:yes")).toContain(
        "Kelompok pertanyaan ini (juga) berisi pertanyaan dari luar provinsi tugas Anda. Hanya petugas semua provinsi yang dapat menanganinya.",
      );
      expect((await questionRow(id)).handled).toBe(0);
      expect((await questionRow(id)).linked_entry_id).toBeNull();
    });

    it("/dataku's export carries the stored province with the question; /hapusdata takes both away", async () => {
      givesProvince(508, "73");
      const id = await askUnanswered(508, SITI);
      const exported = await exportUserData(store.db, 508);
      expect(exported.unanswered_questions).toEqual([expect.objectContaining({ text: SITI, province_code: "73" })]);
      await deleteUserData(store.db, 508);
      expect(await store.db.selectFrom("unanswered_questions").select("id").where("id", "=", id).executeTakeFirst()).toBeUndefined();
    });
  });
}
