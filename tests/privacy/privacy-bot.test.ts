import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { createHarness, uploadedFile, type Harness } from "../helpers/harness";
import { logAudit } from "../../src/store/repos/audit";
import { htmlToPlain } from "../../src/bot/html";
import type { ApiCall } from "../../src/bot/local-transport";

const open: Harness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

async function enrolled() {
  const h = await createHarness();
  open.push(h);
  const user = { id: 777, first_name: "Sri", language_code: "id" };
  let last: Message | undefined;
  const text = (calls: ApiCall[]) => {
    for (const c of calls) if (c.method === "sendMessage" || c.method === "editMessageText") last = (c.result as Message) ?? last;
    return calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText").map((c) => htmlToPlain(String(c.payload.text))).join("\n");
  };
  const say = async (s: string) => text(await h.handle(h.updates.text(user, s)));
  const press = async (d: string) => text(await h.handle(h.updates.callback(user, d, last)));
  await say("/daftar");
  await press("enr:consent:yes");
  await press("enr:kind:bpu_fisher");
  await say("sulsel");
  await press("enr:r:skip");
  await press("enr:prog:jkm");
  await press("enr:prog:done");
  await say("0813 1111 2222");
  expect(await press("enr:submit")).toMatch(/TJ-/);
  return { h, user, say, press };
}

const COPIES = "Salinan yang sudah terkirim ke petugas (kartu prospek di chat mereka, file CSV yang sudah diunduh) tidak bisa kami tarik kembali.";

// officer exploratory report 7, item 10
describe("an enrollment withdrawn by its owner", () => {
  it("/hapusdata says copies already sent to officers cannot be pulled back", async () => {
    const { say, press } = await enrolled();
    await say("/hapusdata");
    const done = await press("privacy:delete");
    expect(done).toContain("✅ Data Anda sudah dihapus:");
    expect(done).toContain(COPIES);
  });

  it("/tarikpersetujuan says the same when it deletes a lead, and nothing of it without one", async () => {
    const { say, press } = await enrolled();
    await say("/tarikpersetujuan"); // asks first (explore 11, item 3)
    const withdrawn = await press("privacy:withdraw");
    expect(withdrawn).toContain("Pendaftaran minat Anda dihapus.");
    expect(withdrawn).toContain(COPIES);
    expect(await say("/tarikpersetujuan")).not.toContain(COPIES);
  });
});

describe("privacy commands", () => {
  it("/dataku shows what is stored, including the phone number, and attaches a complete copy", async () => {
    const { h, user, say } = await enrolled();
    await say("/langganan"); // a conversation in progress is part of what is stored
    const calls = await h.handle(h.updates.text(user, "/dataku"));
    const shown = calls.filter((c) => c.method === "sendMessage").map((c) => htmlToPlain(String(c.payload.text))).join("\n");
    expect(shown).toContain("Pendaftaran minat");
    expect(shown).toContain("nomor HP: +6281311112222");
    expect(shown).toContain("Persetujuan");
    // readable: the conversation by name, not the plugin's replay log
    expect(shown).toMatch(/isian yang sedang berjalan: \S+/);
    expect(shown).not.toContain("replay");
    expect(shown).not.toContain("{");
    // codes in words, as the enrollment summary shows them
    expect(shown).toMatch(/: Nelayan/);
    expect(shown).toMatch(/: Baru\b/);
    expect(shown).toContain("JKM");
    expect(shown).not.toMatch(/bpu_fisher|: new\b|: jkm\b/);

    const doc = calls.find((c) => c.method === "sendDocument")!;
    expect(doc.payload.caption).toContain("Salinan lengkap");
    const file = uploadedFile(doc);
    expect(file.filename).toBe("tanyajamsos-data.json");
    const copy = JSON.parse(file.content);
    expect(copy.leads[0].phone).toBe("+6281311112222");
    expect(copy.sessions[0].value.conversation.state).toBeDefined();
  });

  it("/dataku shows the newest rows of a long table and leaves the rest to the file", async () => {
    const { h, user } = await enrolled();
    for (let i = 0; i < 40; i++) await logAudit(h.store.db, user.id, "stats_viewed", { n: i });
    const calls = await h.handle(h.updates.text(user, "/dataku"));
    const messages = calls.filter((c) => c.method === "sendMessage");
    expect(messages.length).toBeLessThanOrEqual(2);
    const shown = messages.map((c) => htmlToPlain(String(c.payload.text))).join("\n");
    expect(shown).toMatch(/\(4\d\)\n/); // the table's full count
    expect(shown).toContain("baris lebih lama, ada di berkas terlampir");
    // the newest, in words; the details (raw JSON) only in the file (explore 11, item 4)
    expect(shown).toContain("tindakan: melihat /statistik");
    expect(shown).not.toContain('"n":');
    const copy = JSON.parse(uploadedFile(calls.find((c) => c.method === "sendDocument")!).content);
    expect(copy.audit_log.filter((r: { action: string }) => r.action === "stats_viewed")).toHaveLength(40);
  });

  it("/hapusdata asks first, then deletes every row about the user and says what went", async () => {
    const { h, user, say, press } = await enrolled();
    expect(await say("/hapusdata")).toContain("tidak bisa dibatalkan");
    const done = await press("privacy:delete");
    expect(done).toContain("sudah dihapus");
    expect(done).toContain("Pendaftaran minat: 1");
    for (const table of ["users", "consents", "leads", "subscriptions", "event_attendees", "tickets"] as const) {
      const rows = await h.store.db.selectFrom(table).selectAll().where("chat_id", "=", user.id).execute();
      expect(rows, table).toEqual([]);
    }
    const sessions = await h.store.db.selectFrom("sessions").selectAll().where("key", "like", `%${user.id}%`).execute();
    expect(sessions).toEqual([]);
    const audit = await h.store.db.selectFrom("audit_log").selectAll().where("action", "=", "user_data_deleted").execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe("anonymous");
    expect(audit[0]!.details).not.toContain(String(user.id));
    expect(await say("/dataku")).toContain("Tidak ada data pribadi");
  });

  it("/hapusdata says that questions already forwarded to officers stay in their chats", async () => {
    const { h, user, say, press } = await enrolled();
    await h.store.db.insertInto("tickets").values({ reference: "TK-2026-000099", chat_id: user.id, province_code: "73", question: "kapan jht cair", status: "open", officer_chat_id: null, officer_message_id: null, answer: null, created_at: new Date().toISOString(), answered_at: null, reraised_at: null }).execute();
    await say("/hapusdata");
    expect(await press("privacy:delete")).toContain("Pertanyaan yang sudah diteruskan ke petugas lewat /tanyapetugas tetap ada di chat mereka");
  });

  it("after /hapusdata no word of a deleted question survives as the group of the next one", async () => {
    const { h, say, press } = await enrolled();
    await say("prakiraan cuaca besok");
    await say("/hapusdata");
    await press("privacy:delete");
    await say("prakiraan cuaca lusa");
    const rows = await h.store.db.selectFrom("unanswered_questions").select(["text", "group_key"]).execute();
    expect(rows.map((r) => r.text)).toEqual(["prakiraan cuaca lusa"]);
    // similar enough to have joined the deleted question's group, whose key is made of its words
    expect(rows[0]!.group_key).not.toContain("besok");
  });

  it("keeping the data is a choice too", async () => {
    const { h, say, press } = await enrolled();
    await say("/hapusdata");
    expect(await press("privacy:keep")).toContain("tidak dihapus");
    expect(await h.store.db.selectFrom("leads").selectAll().execute()).toHaveLength(1);
  });

  it("/tarikpersetujuan withdraws consent and deletes the lead, also one an officer already closed", async () => {
    const { h, user, say, press } = await enrolled();
    await h.store.db.updateTable("leads").set({ status: "registered" }).where("chat_id", "=", user.id).execute();
    expect(await say("/tarikpersetujuan")).toContain("Tarik persetujuan Anda?");
    expect(await press("privacy:withdraw")).toContain("ditarik");
    expect(await h.store.db.selectFrom("leads").selectAll().execute()).toHaveLength(0);
    const consents = await h.store.db.selectFrom("consents").selectAll().where("chat_id", "=", user.id).execute();
    expect(consents.every((c) => c.withdrawn_at !== null)).toBe(true);
  });
});
