/**
 * Exploratory test 10 (privacy, UU PDP 27/2022): identity numbers however they are written,
 * a stale Cancel button, the enrollment consent's recipients, /dataku in words and consistent,
 * and the wording of declining and deleting.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, storeUnanswered, uploadedFile, worker, type Harness } from "../helpers/harness";
import { grantOfficer } from "../../src/store/repos/officers";
import { requestNotify } from "../../src/feedback/store";
import { ENROLLMENT_CONSENT_VERSION } from "../../src/leads/types";
import { hideIdentityNumbers, maskIdentityNumbers, withoutIdentityNumbers } from "../../src/feedback/identity-numbers";
import { htmlToPlain } from "../../src/bot/html";
import type { Store } from "../../src/store";

const OWNER = 1;
const OFFICER_SULSEL = 500;
let h: Harness;
let store: Store;

beforeAll(async () => {
  h = await createHarness({ env: { OWNER_IDS: String(OWNER) } });
  store = h.store;
  await grantOfficer(store.db, OFFICER_SULSEL, "73", OWNER);
});
afterAll(() => h.close());

/** Every digit of `number` in a row, whatever was between them. */
const digits = (text: string) => text.replace(/[^\d]/g, "");

describe("1. identity numbers are masked however they are written", () => {
  const written = [
    ["phone in digit pairs", "0812 34 56 78 90", "081234567890"],
    ["NIK in digit pairs", "32 01 23 45 67 89 00 01", "3201234567890001"],
    ["NIK with slashes", "3201/2345/6789/0001", "3201234567890001"],
    ["NIK with commas", "3201,2345,6789,0001", "3201234567890001"],
    ["NIK with dots", "3201.2345.6789.0001", "3201234567890001"],
    ["phone with underscores", "0812_3456_7890", "081234567890"],
    ["landline with an area code in brackets", "(0411) 452 1234", "04114521234"],
    ["phone with a country code and brackets", "+62 (812) 3456-7890", "6281234567890"],
    ["full-width digits", "０８１２３４５６７８９０", "081234567890"],
    ["a zero-width space inside a NIK", "3201\u200b2345\u200b67890001", "3201234567890001"],
    ["KPJ with slashes", "1234/5678/901", "12345678901"],
  ] as const;

  it.each(written)("%s: the number is not readable, its last four digits are", (_name, typed, number) => {
    const text = `tolong cek, nomor saya ${typed} ya`;
    for (const out of [maskIdentityNumbers(text), hideIdentityNumbers(text)]) {
      expect(digits(out.normalize("NFKC"))).toBe(number.slice(-4));
      expect(out.startsWith("tolong cek, nomor saya ")).toBe(true);
      expect(out.endsWith(" ya")).toBe(true);
    }
    expect(withoutIdentityNumbers(text)).not.toMatch(/\d{2}/);
  });

  it("hiding keeps lengths and is idempotent, also for the new ways of writing", () => {
    for (const [, typed] of written) {
      const hidden = hideIdentityNumbers(`hp ${typed}.`);
      expect(hidden).toHaveLength(`hp ${typed}.`.length);
      expect(hideIdentityNumbers(hidden)).toBe(hidden);
      expect(maskIdentityNumbers(maskIdentityNumbers(typed))).toBe(maskIdentityNumbers(typed));
    }
  });

  it("normalising for detection leaves the rest of the text as typed", () => {
    const text = "ＨＰ\u3000０８１２\u3000３４５６\u3000７８９０ ｙａ, café\u200b ok";
    const masked = maskIdentityNumbers(text);
    expect(masked.startsWith("ＨＰ\u3000")).toBe(true);
    expect(masked.endsWith(" ｙａ, café\u200b ok")).toBe(true);
    expect(masked).not.toMatch(/０８１２|３４５６/);
    expect(hideIdentityNumbers(text)).toBe("ＨＰ\u3000••••\u3000••••\u3000７８９０ ｙａ, café\u200b ok");
  });

  it("amounts, durations, years and dates stay as typed", () => {
    for (const text of ["gaji Rp 2.500.000 sebulan", "saldo 5 juta", "iuran 12 bulan", "tahun 2026", "gaji 1,5 jt", "tgl 12/03/2026", "tgl 12/03/2026-15/03/2026", "gaji 2.500.000, 3.000.000", "tahun 2020, 2021, 2022", "gaji 4500000 12 bulan", "Rp 4.500.000,00"]) {
      expect(maskIdentityNumbers(text)).toBe(text);
      expect(hideIdentityNumbers(text)).toBe(text);
      expect(withoutIdentityNumbers(text)).toBe(text);
    }
  });

  it("a question to officers reaches the officer and the database without the numbers", async () => {
    const asker = worker(7001);
    await h.say(asker, "/tanyapetugas");
    await h.say(asker, "Klaim JHT saya macet. NIK 73 71 23 45 67 89 00 01, KPJ 1234/5678/901, hubungi saya di 0812 34 56 78 90 atau telp (0411) 452 1234");
    const before = h.transport.calls.length;
    await h.say(asker, "Makassar");
    const toOfficer = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === OFFICER_SULSEL);
    expect(toOfficer).toHaveLength(1);
    const ticket = await store.db.selectFrom("tickets").select("question").where("chat_id", "=", asker.id).executeTakeFirstOrThrow();
    for (const seen of [String(toOfficer[0]!.payload.text), ticket.question]) {
      expect(seen).toContain("Klaim JHT saya macet");
      expect(digits(seen)).not.toMatch(/7371|123456|3456|0411|452/);
    }
  });

  it("the note that numbers are not kept is true: the unanswered question keeps none", async () => {
    const user = worker(7002);
    const a = chatActor(h, user);
    const notice = await a.say("kenapa nama saya salah di sistem, nik 7371234567890001 hp 0812 34 56 78 90 tolong");
    expect(notice).toContain("tidak menyimpan nomor itu");
    const session = await store.db.selectFrom("sessions").select("value").where("key", "=", `s:${user.id}`).executeTakeFirstOrThrow();
    expect(session.value).not.toContain("34 56 78 90");
    await a.press("kb:none");
    const rows = await store.db.selectFrom("unanswered_questions").select(["text", "group_key"]).execute();
    const stored = rows.map((r) => `${r.text} ${r.group_key}`).join("\n");
    expect(stored).toContain("nama saya salah");
    expect(stored).not.toContain("34 56 78 90");
    expect(stored).not.toContain("0812");
  });
});

/** Runs /daftar to its end for `user` (Sulsel unless told), returning the actor. */
async function enrol(user: ReturnType<typeof worker>, province = "sulsel") {
  const a = chatActor(h, user);
  const consent = await a.say("/daftar");
  await a.press("enr:consent:yes");
  await a.press("enr:kind:bpu_fisher");
  await a.say(province);
  await a.press("enr:r:skip");
  await a.press("enr:prog:jkm");
  await a.press("enr:prog:done");
  await a.say("0813 1111 2222");
  expect(await a.press("enr:submit")).toMatch(/TJ-/);
  return { a, consent };
}

describe("3. a Cancel button with no form open", () => {
  it("after a registration was sent, says no form is open and where the data can be seen and removed", async () => {
    const user = worker(7101);
    const { a } = await enrol(user);
    const reply = await a.press("flow:cancel");
    expect(reply).not.toContain("Tidak ada data yang disimpan dari isian ini");
    expect(reply).toContain("Tidak ada isian yang sedang terbuka");
    expect(reply).toContain("/dataku");
    expect(reply).toContain("/hapusdata");
    expect(reply).toContain("/tarikpersetujuan");
    // and the lead is indeed still stored
    expect(await store.db.selectFrom("leads").select("id").where("chat_id", "=", user.id).execute()).toHaveLength(1);
  });

  it("a real cancel of an open form still says nothing from it was stored, and nothing is", async () => {
    const user = worker(7102);
    const a = chatActor(h, user);
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    const reply = await a.press("flow:cancel");
    expect(reply).toContain("Dibatalkan. Tidak ada data yang disimpan dari isian ini.");
    expect(await store.db.selectFrom("leads").select("id").where("chat_id", "=", user.id).execute()).toHaveLength(0);
    expect(await store.db.selectFrom("consents").select("id").where("chat_id", "=", user.id).execute()).toHaveLength(0);
  });
});

describe("4. the enrollment consent names every recipient", () => {
  it("names the province's officers, all-province officers and the bot's administrators, and the stored consent records that text", async () => {
    const user = worker(7201);
    const { consent } = await enrol(user);
    expect(consent).toContain("petugas yang terdaftar untuk semua provinsi");
    expect(consent).toContain("pengelola bot ini");
    const stored = await store.db.selectFrom("consents").select("text_version").where("chat_id", "=", user.id).where("purpose", "=", "enrollment").executeTakeFirstOrThrow();
    expect(stored.text_version).toBe(ENROLLMENT_CONSENT_VERSION);
    expect(ENROLLMENT_CONSENT_VERSION).not.toBe("enrollment-2026-11-v2");
  });

  it("in English too", async () => {
    const a = chatActor(h, worker(7202, "en"));
    const consent = await a.say("/daftar");
    expect(consent).toContain("officers registered for all provinces");
    expect(consent).toContain("administrators of this bot");
  });

  it("/hapusdata of a lead that went to the owners does not say officers received it", async () => {
    const user = worker(7203);
    const before = h.transport.calls.length;
    const { a } = await enrol(user, "Papua Barat Daya"); // no officer there: the owner receives it
    expect(h.transport.calls.slice(before).some((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === OWNER)).toBe(true);
    await a.say("/hapusdata");
    const done = await a.press("privacy:delete");
    expect(done).toContain("Yang menerimanya (petugas, atau pengelola bot ini");
    expect(done).not.toContain("Petugas yang menerimanya");
  });
});

/** /dataku as the user sees it in the chat, and the attached copy. */
async function dataku(user: ReturnType<typeof worker>) {
  const calls = await h.handle(h.updates.text(user, "/dataku"));
  const shown = calls.filter((c) => c.method === "sendMessage").map((c) => htmlToPlain(String(c.payload.text))).join("\n");
  const copy = JSON.parse(uploadedFile(calls.find((c) => c.method === "sendDocument")!).content);
  return { shown, copy };
}

describe("9. /dataku agrees with a notify request", () => {
  it("shows that the user will be told, not 'mau dikabari: tidak'", async () => {
    const user = worker(7301);
    await h.say(user, "halo");
    const id = await storeUnanswered(store.db, { chatId: user.id, text: "cara bayar kucing terbang", groupKey: "bayar kucing terbang" });
    expect(await requestNotify(store.db, user.id, id)).toBe(true);
    const { shown, copy } = await dataku(user);
    expect(shown).toContain("mau dikabari jawaban: ya");
    expect(shown).not.toMatch(/mau dikabari[^:\n]*: tidak/);
    // the copy stays exactly as stored
    expect(copy.users[0].notify_opt_in).toBe(0);
  });
});

describe("11. /dataku in words and local time", () => {
  it("shows purposes, reasons, statuses and session fields in words, times in the user's zone", async () => {
    const user = worker(7401);
    await h.say(user, "/tanyapetugas");
    await h.say(user, "saldo jht saya belum masuk");
    await h.say(user, "Makassar");
    const id = await storeUnanswered(store.db, { chatId: user.id, text: "cara bayar kucing terbang", groupKey: "bayar kucing terbang" });
    await requestNotify(store.db, user.id, id);
    await h.say(user, "apa itu jkm");
    const { shown, copy } = await dataku(user);
    expect(shown).toContain("tujuan: dikabari saat pertanyaan Anda terjawab");
    expect(shown).toContain("alasan: bot belum punya jawabannya");
    expect(shown).toContain("menunggu jawaban petugas");
    expect(shown).toMatch(/versi teks persetujuan: versi teks 1/);
    expect(shown).not.toMatch(/: notify\b|: declined\b|: open\b|notify-v1/);
    expect(shown).not.toMatch(/writtenIn|fbVoted/);
    expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    // Makassar: WITA, the user's province's zone (the ticket's province)
    expect(shown).toMatch(/dibuat: \d{4}-\d{2}-\d{2} \d{2}\.\d{2} WITA/);
    expect(shown).not.toContain("WIB");
    // the copy is exactly as stored
    expect(JSON.stringify(copy)).toMatch(/"purpose":"notify"/);
    expect(JSON.stringify(copy)).toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it("a form's answer is not shown as the last question asked back; a real one is", async () => {
    const user = worker(7403);
    await h.say(user, "/tanyapetugas");
    await h.say(user, "saldo jht saya belum masuk");
    // the form, waiting for the province, holds "Makassar" as typed; the session's clarified question is the same text
    const row = await store.db.selectFrom("sessions").select("value").where("key", "=", `s:${user.id}`).executeTakeFirstOrThrow();
    const value = JSON.parse(row.value);
    expect(JSON.stringify(value.conversation)).toContain("saldo jht saya belum masuk");
    await store.db.updateTable("sessions").set({ value: JSON.stringify({ ...value, clarifiedQuestion: "saldo jht saya belum masuk" }) }).where("key", "=", `s:${user.id}`).execute();
    expect((await dataku(user)).shown).not.toContain("pertanyaan terakhir yang ditanya balik");
    const other = worker(7404);
    await h.say(other, "halo");
    await store.db.updateTable("sessions").set({ value: JSON.stringify({ clarifiedQuestion: "syarat klaim" }) }).where("key", "=", `s:${other.id}`).execute();
    expect((await dataku(other)).shown).toContain("pertanyaan terakhir yang ditanya balik: syarat klaim");
  });

  it("a lead's times are in the province's zone", async () => {
    const user = worker(7402);
    await enrol(user);
    const { shown } = await dataku(user);
    expect(shown).toMatch(/dibuat: \d{4}-\d{2}-\d{2} \d{2}\.\d{2} WITA/);
  });
});

describe("12. wording of declining and deleting", () => {
  it("declining consent says nothing from this form was stored", async () => {
    const a = chatActor(h, worker(7501));
    await a.say("/daftar");
    const reply = await a.press("enr:consent:no");
    expect(reply).toContain("tidak ada data dari isian ini yang disimpan");
    const en = chatActor(h, worker(7502, "en"));
    await en.say("/daftar");
    expect(await en.press("enr:consent:no")).toContain("nothing from this form was stored");
  });

  it("the /hapusdata confirmation lists everything it deletes", async () => {
    const a = chatActor(h, worker(7503));
    const confirm = await a.say("/hapusdata");
    for (const what of ["pendaftaran minat", "langganan", "persetujuan", "pertanyaan yang Anda ajukan", "pertanyaan ke petugas", "penilaian jawaban", "permintaan dikabari", "riwayat percakapan"]) {
      expect(confirm).toContain(what);
    }
  });
});
