/** What officers see in /pertanyaan: masked identity numbers, and linking a question to an answer by picking it. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { buttonData, buttonLabels, createHarness, storeUnanswered, type Harness } from "../helpers/harness";
import type { ApiCall } from "../../src/bot/local-transport";
import { htmlToPlain } from "../../src/bot/html";
import { grantOfficer } from "../../src/store/repos/officers";
import { maskIdentityNumbers } from "../../src/feedback/identity-numbers";

const OWNER = { id: 1, first_name: "Owner", language_code: "id" };
const PAPUA_OFFICER = { id: 700, first_name: "Yan", language_code: "id" };
const IDENTITY_TEXT = "Saya mau tanya apakah saldo JHT bisa dipakai untuk DP rumah, nomor KPJ saya 12345678901 dan NIK 7371010101010001, hp 0812-3456-7890";
let h: Harness;

const sends = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage");
const plain = (c: ApiCall | undefined) => htmlToPlain(String(c?.payload.text ?? ""));

/** An unanswered question as an older version of the bot stored it: unmasked. */
const storeQuestion = (chatId: number, text: string, groupKey: string) => storeUnanswered(h.store.db, { chatId, text, groupKey });

beforeAll(async () => {
  h = await createHarness({ env: { OWNER_IDS: String(OWNER.id) } });
  await grantOfficer(h.store.db, PAPUA_OFFICER.id, "91", OWNER.id);
});
afterAll(() => h.close());

describe("identity numbers are masked in /pertanyaan", () => {
  it("masks NIK, KPJ and phone numbers (also with dashes or spaces), keeping the last four digits", () => {
    expect(maskIdentityNumbers("NIK 7371010101010001")).toBe("NIK ••••••••••••0001");
    expect(maskIdentityNumbers("KPJ 12345678901.")).toBe("KPJ •••••••8901.");
    expect(maskIdentityNumbers("hp 0812-3456-7890 ya")).toBe("hp ••••••••7890 ya");
    expect(maskIdentityNumbers("wa +62 812 3456 7890")).toBe("wa •••••••••7890");
    // amounts, years and short numbers stay readable
    expect(maskIdentityNumbers("gaji Rp 150000000 tahun 2026, iuran 36.800")).toBe("gaji Rp 150000000 tahun 2026, iuran 36.800");
  });

  it("an officer reads the question without the full numbers, in the list and when linking", async () => {
    const id = await storeQuestion(5001, IDENTITY_TEXT, "g-identity");
    // asked by someone in Papua, the officer's province
    await h.store.db.updateTable("unanswered_questions").set({ province_code: "91" }).where("id", "=", id).execute();
    const list = sends(await h.handle(h.updates.text(PAPUA_OFFICER, "/pertanyaan")))[0]!;
    const text = plain(list);
    expect(text).toContain("nomor KPJ saya •••••••8901 dan NIK ••••••••••••0001, hp ••••••••7890");
    for (const full of ["12345678901", "7371010101010001", "0812-3456-7890"]) expect(text).not.toContain(full);

    const prompt = sends(await h.handle(h.updates.callback(PAPUA_OFFICER, buttonData(list)[0]!, list.result as Message)))[0]!;
    expect(plain(prompt)).toContain("NIK ••••••••••••0001");
    expect(plain(prompt)).not.toContain("7371010101010001");
    await h.say(PAPUA_OFFICER, "/batal");
  });
});

describe("Tautkan: the officer picks the answer instead of typing an internal id", () => {
  it("offers the search's best matches for the question as buttons, and searches what the officer types", async () => {
    const questionId = await storeQuestion(5002, "kredit rumah MLT bagaimana caranya", "g-mlt");
    const list = sends(await h.handle(h.updates.text(OWNER, "/pertanyaan")))[0]!;
    const link = buttonData(list).find((d) => d === `fbg:l:${questionId}`)!;
    const prompt = sends(await h.handle(h.updates.callback(OWNER, link, list.result as Message)))[0]!;
    expect(plain(prompt)).toContain("Pilih jawaban yang cocok untuk pertanyaan: kredit rumah MLT bagaimana caranya");
    expect(plain(prompt)).not.toMatch(/ID entri|jht-apa-itu/);
    expect(buttonLabels(prompt)[0]).toBe("Kredit rumah MLT untuk peserta");
    const data = buttonData(prompt);
    expect(data[0]).toBe("fbe:jht-mlt-perumahan");
    for (const d of data) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);

    // typed words are searched, and the matches offered again
    const results = sends(await h.handle(h.updates.text(OWNER, "cek saldo jht")));
    expect(plain(results[0])).toContain("Hasil pencarian untuk «cek saldo jht»");
    expect(buttonLabels(results[0]).length).toBeGreaterThan(0);

    // a forged button naming no entry links nothing
    await h.handle(h.updates.callback(OWNER, "fbe:tidak-ada", prompt.result as Message));
    expect((await h.store.db.selectFrom("unanswered_questions").select("handled").where("id", "=", questionId).executeTakeFirstOrThrow()).handled).toBe(0);

    // the search replaced the first list: its buttons are out of date
    expect(plain(sends(await h.handle(h.updates.callback(OWNER, data[0]!, prompt.result as Message)))[0])).toContain("sudah tidak berlaku");
    expect((await h.store.db.selectFrom("unanswered_questions").select("handled").where("id", "=", questionId).executeTakeFirstOrThrow()).handled).toBe(0);

    const latest = sends(await h.handle(h.updates.text(OWNER, "kredit rumah MLT"))).at(-1)!;
    const confirm = sends(await h.handle(h.updates.callback(OWNER, "fbe:jht-mlt-perumahan", latest.result as Message)))[0];
    expect(plain(confirm)).toContain("Tautkan pertanyaan ini ke jawaban Kredit rumah MLT untuk peserta? Tidak ada penanya yang minta dikabari");
    const done = sends(await h.handle(h.updates.callback(OWNER, "fbk:yes", confirm!.result as Message)));
    expect(plain(done[0])).toContain("Ditautkan ke jawaban Kredit rumah MLT untuk peserta: 1 pertanyaan");
    const row = await h.store.db.selectFrom("unanswered_questions").selectAll().where("id", "=", questionId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ handled: 1, linked_entry_id: "jht-mlt-perumahan" });
    expect(h.transport.violations).toEqual([]);
  });
});

describe("Tautkan: nothing found leaves no live buttons", () => {
  it("a search that finds nothing takes the suggestions away; an old button is refused and links nothing", async () => {
    const questionId = await storeQuestion(5003, "apakah asuransi kucing saya bisa diklaim", "g-kucing");
    const list = sends(await h.handle(h.updates.text(OWNER, "/pertanyaan")))[0]!;
    expect(plain(list)).toContain("semua provinsi");
    const prompt = sends(await h.handle(h.updates.callback(OWNER, `fbg:l:${questionId}`, list.result as Message)))[0]!;
    const old = buttonData(prompt);
    expect(old.length).toBeGreaterThan(0);

    const calls = await h.handle(h.updates.text(OWNER, "zzkucingzz"));
    expect(plain(sends(calls)[0])).toContain("Tidak ada jawaban yang cocok dengan «zzkucingzz»");
    expect(buttonData(sends(calls)[0])).toEqual([]);
    const edit = calls.find((c) => c.method === "editMessageReplyMarkup");
    expect(edit?.payload).toMatchObject({ message_id: (prompt.result as Message).message_id });
    expect(edit?.payload.reply_markup).toBeUndefined();

    const stale = sends(await h.handle(h.updates.callback(OWNER, old[0]!, prompt.result as Message)));
    expect(plain(stale[0])).toContain("Tombol itu sudah tidak berlaku");
    expect(stale.some((c) => Number(c.payload.chat_id) === 5003)).toBe(false);
    expect((await h.store.db.selectFrom("unanswered_questions").select("handled").where("id", "=", questionId).executeTakeFirstOrThrow()).handled).toBe(0);
    await h.say(OWNER, "/batal");
  });
});

