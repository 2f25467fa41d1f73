/**
 * Audit 13 and its explorations, privacy findings: what the user sees, and what is left in the
 * database (and the SQLite file), after /hapusdata and elsewhere.
 * - audit 1: /hapusdata after /bahasa wrote the profile again at once.
 * - audit 10: an old calculator result's button still priced the deleted wage.
 * - audit 15: the province given for a subscription or lead routed unanswered questions and
 *   /tanyapetugas without being asked.
 * - audit 16: a 👎 under an English answer was followed up in Indonesian.
 * - village officers D24: the first asker's words were the group key of every later asker's row;
 *   D14: /dataku called handled questions "unanswered" and showed codes.
 * - workers 35: the deleted phone number stayed readable in the SQLite file; /dataku named an
 *   open form but not what it holds.
 * On SQLite (a real file), and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { readFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { buttonData, chatActor, createHarness, uploadedFile, worker, type Harness } from "../helpers/harness";
import { engines, storePerTest } from "../broadcast/targets";
import { openDatabase } from "../../src/store";
import { migrations } from "../../src/store/migrations";
import { getUserRef } from "../../src/store/repos/users";
import { htmlToPlain } from "../../src/bot/html";

const WAGE = "7.654.321";

/** /daftar with consent, a factory hand in Makassar wanting JHT, up to the phone number. */
async function enrolUpToPhone(a: ReturnType<typeof chatActor>): Promise<void> {
  await a.say("mau daftar");
  await a.press("enr:consent:yes");
  await a.press("enr:kind:bpu_other");
  await a.say("buruh pabrik");
  await a.say("makassar");
  await a.press("enr:d:skip");
  await a.press("enr:prog:jht");
  await a.press("enr:prog:done");
}

for (const engine of engines("audit13-privacy.test.ts")) {
  describe(`audit 13 privacy: ${engine.name}`, () => {
    const store = storePerTest(engine);
    let h: Harness | undefined;
    afterEach(async () => {
      await h?.close();
      h = undefined;
    });
    const db = () => store().db;
    const dataku = async (user: ReturnType<typeof worker>) => {
      const calls = await h!.handle(h!.updates.text(user, "/dataku"));
      const chat = calls.filter((c) => c.method === "sendMessage").map((c) => htmlToPlain(String(c.payload.text))).join("\n");
      const doc = calls.find((c) => c.method === "sendDocument");
      return { chat, copy: doc ? uploadedFile(doc).content : "" };
    };

    it("1: /hapusdata after /bahasa leaves no profile behind, and /dataku then finds nothing", async () => {
      h = await createHarness({ store: store() });
      const user = worker(4242);
      const a = chatActor(h, user);
      expect(await a.say("/bahasa en")).toBe("Language changed to English.");
      await a.say("how do I claim my old age savings after resigning?");
      await a.say("/hapusdata");
      expect(await a.press("privacy:delete")).toContain("deleted");
      expect(await db().selectFrom("users").selectAll().where("chat_id", "=", user.id).execute()).toEqual([]);
      expect(await db().selectFrom("sessions").selectAll().execute()).toEqual([]);
      expect((await dataku(user)).chat).toMatch(/No personal data|Tidak ada data pribadi/);
    });

    it("10: after /hapusdata a button under an old calculator result prices nothing", async () => {
      h = await createHarness({ store: store() });
      const user = worker(4243);
      const calls = await h.handle(h.updates.text(user, `gaji sy ${WAGE} potongan bpjs tk brp`));
      const result = calls.find((c) => c.method === "sendMessage" && String(c.payload.text).includes(WAGE) && buttonData(c).some((d) => d.startsWith("calc:")));
      expect(result, "a wage table with buttons").toBeDefined();
      const button = buttonData(result).find((d) => d.startsWith("calc:"))!;
      // before the deletion the button prices the result it is under
      const before = await h.handle(h.updates.callback(user, button, result!.result as Message));
      expect(before.some((c) => String(c.payload.text ?? "").includes(WAGE))).toBe(true);

      const a = chatActor(h, user);
      await a.say("/hapusdata");
      await a.press("privacy:delete");
      const after = await h.handle(h.updates.callback(user, button, result!.result as Message));
      expect(after.some((c) => String(c.payload.text ?? "").includes(WAGE))).toBe(false);
    });

    it("15: a subscription's province goes neither onto an unanswered question nor, unasked, into /tanyapetugas", async () => {
      h = await createHarness({ store: store() });
      const user = worker(4244);
      const now = new Date().toISOString();
      await db().insertInto("consents").values({ chat_id: user.id, purpose: "subscription", text_version: "subscription-v1", granted_at: now, withdrawn_at: null }).execute();
      await db().insertInto("subscriptions").values({ chat_id: user.id, province_code: "73", regency_code: null, topics: "events", created_at: now, updated_at: now }).execute();
      const a = chatActor(h, user);
      await a.say("prakiraan cuaca besok hujan angin petir di laut");
      const rows = await db().selectFrom("unanswered_questions").select(["province_code"]).execute();
      expect(rows).toEqual([{ province_code: null }]);

      // /tanyapetugas offers the province and asks; nothing is sent before the answer
      const offer = await a.say("/tanyapetugas kapan saldo jht saya bisa dicairkan setelah resign?");
      expect(offer).toContain("Kirim pertanyaan ini ke petugas provinsi Sulawesi Selatan?");
      expect(await db().selectFrom("tickets").selectAll().execute()).toEqual([]);
      await a.press("tkn:yes:73");
      expect((await db().selectFrom("tickets").select("province_code").execute()).map((t) => t.province_code)).toEqual(["73"]);
    });

    it("15: a declined question sent on with /tanyapetugas carries the province chosen there, and only then", async () => {
      h = await createHarness({ store: store() });
      const user = worker(4245);
      const a = chatActor(h, user);
      await a.say("prakiraan cuaca besok hujan angin petir di laut");
      await a.say("/tanyapetugas");
      await a.press("tku:yes");
      await a.say("makassar");
      const rows = await db().selectFrom("unanswered_questions").select(["province_code"]).execute();
      expect(rows).toEqual([{ province_code: "73" }]);
    });

    it("16: a 👎 under an English answer is followed up in English, whatever the phone's language", async () => {
      h = await createHarness({ store: store() });
      const user = worker(4246, "id");
      const calls = await h.handle(h.updates.text(user, "how do I claim my old age savings after resigning?"));
      const answer = calls.find((c) => buttonData(c).some((d) => d.startsWith("fb:0:")))!;
      expect(answer, "an answer with vote buttons").toBeDefined();
      const down = buttonData(answer).find((d) => d.startsWith("fb:0:"))!;
      const followUp = await h.handle(h.updates.callback(user, down, answer.result as Message));
      const asked = followUp.filter((c) => c.method === "sendMessage").map((c) => htmlToPlain(String(c.payload.text))).join("\n");
      expect(asked).not.toContain("Apa yang kurang");
      expect(asked).toMatch(/missing/i);
    });

    it("D24: a question group's key carries nobody's words; the first asker's deletion leaves none of theirs", async () => {
      h = await createHarness({ store: store() });
      const first = worker(4247);
      const later = worker(4248);
      await chatActor(h, first).say("prakiraan cuaca besok hujan angin petir kata Andi Rahman Bontomarannu");
      await chatActor(h, later).say("prakiraan cuaca besok hujan angin petir");
      const rows = await db().selectFrom("unanswered_questions").select(["text", "group_key"]).orderBy("id").execute();
      expect(rows).toHaveLength(2);
      // grouped together, under a key that is none of the words
      expect(rows[1]!.group_key).toBe(rows[0]!.group_key);
      for (const word of ["andi", "rahman", "bontomarannu", "cuaca", "petir"]) expect(rows[0]!.group_key.toLowerCase()).not.toContain(word);
      expect((await dataku(later)).copy.toLowerCase()).not.toContain("rahman");

      const a = chatActor(h, first);
      await a.say("/hapusdata");
      await a.press("privacy:delete");
      const left = await db().selectFrom("unanswered_questions").select(["text", "group_key"]).execute();
      expect(left.map((r) => r.text)).toEqual(["prakiraan cuaca besok hujan angin petir"]);
      expect(JSON.stringify(left).toLowerCase()).not.toContain("rahman");
      // the group goes on from the words still stored
      await chatActor(h, worker(4249)).say("prakiraan cuaca besok hujan angin petir ya");
      const now = await db().selectFrom("unanswered_questions").select("group_key").execute();
      expect(new Set(now.map((r) => r.group_key)).size).toBe(1);
    });

    it("D14: /dataku names a handled question's heading, the answer it was linked to, and the notice shown, in words", async () => {
      h = await createHarness({ store: store() });
      const user = worker(4250);
      await chatActor(h, user).say("prakiraan cuaca besok hujan angin petir di laut");
      await db().updateTable("unanswered_questions").set({ handled: 1, linked_entry_id: "jht-klaim-resign" }).execute();
      const { chat } = await dataku(user);
      expect(chat).toContain("Pertanyaan yang tidak bisa dijawab bot (1)");
      expect(chat).not.toContain("belum terjawab");
      expect(chat).not.toContain("jht-klaim-resign");
      expect(chat).toMatch(/jawaban yang ditautkan petugas: \S+/);
      expect(chat).not.toContain("fbKeptToldOn");
    });

    it("35: /dataku lists what an open form holds, masked; after /hapusdata the phone is nowhere in the database", async () => {
      h = await createHarness({ store: store() });
      const user = worker(4251);
      const a = chatActor(h, user);
      await enrolUpToPhone(a);
      expect(await a.say("0812 3456 7890")).toContain("+6281234567890");
      const { chat } = await dataku(user);
      expect(chat).toContain("isi isian sejauh ini");
      expect(chat).toContain("buruh pabrik");
      expect(chat).not.toContain("81234567890");
      expect(chat).toMatch(/pendaftaran minat \(\/daftar\)/);

      await a.say("/hapusdata");
      await a.press("privacy:delete");
      const sessions = await db().selectFrom("sessions").select("value").execute();
      expect(JSON.stringify(sessions)).not.toContain("81234567890");
    });
  });
}

describe("35: on SQLite the deleted phone number is not left in the file's free pages", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("neither the database file nor its write-ahead log holds it after /hapusdata", async () => {
    dir = mkdtempSync(join(tmpdir(), "tanyajamsos-a13-"));
    const path = join(dir, "bot.db");
    const s = await openDatabase({ sqlitePath: path });
    const h = await createHarness({ store: s });
    try {
      const user = worker(4260);
      const a = chatActor(h, user);
      await enrolUpToPhone(a);
      await a.say("0812 3456 7890");
      const files = () => [path, `${path}-wal`].filter(existsSync).map((f) => readFileSync(f).toString("latin1")).join("\n");
      expect(files().includes("81234567890")).toBe(true);
      await a.say("/hapusdata");
      await a.press("privacy:delete");
      // (a boolean: on failure the file itself is not printed)
      expect(files().includes("81234567890")).toBe(false);
    } finally {
      await h.close();
      await s.close();
    }
  });
});

describe("D24 and 15: the migration rewrites stored group keys and drops copied provinces", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("old keys made of a question's words become opaque, one per group; provinces copied from subscriptions go", async () => {
    dir = mkdtempSync(join(tmpdir(), "tanyajamsos-a13m-"));
    const sqlitePath = join(dir, "old.db");
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < "2026_11_27_009"));
    const old = await openDatabase({ sqlitePath, migrations: before });
    const ref = await getUserRef(old.db, 4270);
    const row = (text: string, group_key: string) => ({ user_ref: ref, text, language: "id" as const, reason: "declined" as const, entry_id: null, group_key, handled: 0 as const, linked_entry_id: null, notify_chat_id: null, created_at: new Date().toISOString(), province_code: "73" });
    await old.db.insertInto("unanswered_questions").values([row("a", "andi bontomarannu bumdes"), row("b", "andi bontomarannu bumdes"), row("c", "cuaca besok")]).execute();
    await old.close();

    const migrated = await openDatabase({ sqlitePath });
    try {
      const rows = await migrated.db.selectFrom("unanswered_questions").select(["text", "group_key", "province_code"]).orderBy("id").execute();
      expect(rows.map((r) => r.province_code)).toEqual([null, null, null]);
      expect(rows[0]!.group_key).toBe(rows[1]!.group_key);
      expect(rows[2]!.group_key).not.toBe(rows[0]!.group_key);
      for (const r of rows) expect(r.group_key).toMatch(/^g[0-9a-f]{12}$/);
    } finally {
      await migrated.close();
    }
  });
});
