/**
 * The province prompt (askProvince) shared by "Beri tahu saya" and /tanyapetugas: a province or
 * regency/city said in a sentence is understood, the error names what may be typed, a province
 * without its own officer is told who reads the question, a question typed there is answered with
 * the notify request said to stand, and "akan mengabari" is said once. Real SQLite, grammY updates.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { buttonData, buttonLabels, createHarness, createTestStore, type Harness } from "../helpers/harness";
import type { ApiCall } from "../../src/bot/local-transport";
import type { SimUser } from "../../src/bot/update-factory";
import { grantOfficer, revokeOfficer } from "../../src/store/repos/officers";

import { ALL_OFFICER, citizen, JATIM_OFFICER, OWNER, plain, sends, SULSEL_OFFICER } from "./cast";
const ARISAN = "apakah arisan kantor dapat santunan dari bpjs?";
const PROMISE = "Baik, saya akan mengabari Anda begitu jawabannya tersedia.";

describe("the province prompt", () => {
  let store: Awaited<ReturnType<typeof createTestStore>>;
  let h: Harness;

  beforeEach(async () => {
    store = await createTestStore();
    h = await createHarness({ store, env: { OWNER_IDS: String(OWNER.id) } });
    await grantOfficer(store.db, SULSEL_OFFICER.id, "73", OWNER.id);
    await grantOfficer(store.db, JATIM_OFFICER.id, "35", OWNER.id);
    await grantOfficer(store.db, ALL_OFFICER.id, null, OWNER.id);
  });
  afterEach(async () => {
    await h.close();
    await store.close();
  });

  const press = (user: SimUser, data: string, on: ApiCall) => h.handle(h.updates.callback(user, data, on.result as Message));
  const say = async (user: SimUser, text: string) => sends(await h.handle(h.updates.text(user, text)));
  const question = (id: number) => store.db.selectFrom("unanswered_questions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  /** A citizen asks what the bot cannot answer and presses "🔔 Ya, beri tahu saya": every call of the press, and the question's id. */
  const askAndAgree = async (user: SimUser, text = ARISAN) => {
    let sent = sends(await h.handle(h.updates.text(user, text)));
    const clarify = sent.find((c) => buttonData(c).includes("kb:none"));
    if (clarify) sent = sends(await press(user, "kb:none", clarify));
    const offer = sent.find((c) => buttonData(c).some((d) => d.startsWith("fbn:")))!;
    const data = buttonData(offer).find((d) => d.startsWith("fbn:"))!;
    return { calls: await press(user, data, offer), id: Number(data.slice(4)) };
  };

  it("'Beri tahu saya' says it will tell once, in the chat, not also as a toast", async () => {
    const { calls } = await askAndAgree(citizen(8001));
    const toast = calls.find((c) => c.method === "answerCallbackQuery");
    expect(toast).toBeDefined();
    expect(toast!.payload.text).toBeUndefined();
    const saidTimes = calls.filter((c) => String(c.payload.text ?? "").includes("akan mengabari")).length;
    expect(saidTimes).toBe(1);
    expect(plain(sends(calls)[0])).toBe(PROMISE);
    expect(plain(sends(calls)[1])).toContain("Dari provinsi mana Anda?");
  });

  it("a province or regency/city said in a sentence is understood, typos too", async () => {
    const cases: [string, string, string][] = [
      ["saya di makassar kak", "73", "Sulawesi Selatan"],
      ["dari kab bone", "73", "Sulawesi Selatan"],
      ["jatim kak", "35", "Jawa Timur"],
      ["di surabaya", "35", "Jawa Timur"],
      ["sy tinggal di jawa tmur kak", "35", "Jawa Timur"],
    ];
    let id = 8100;
    for (const [typed, code, name] of cases) {
      const user = citizen(++id);
      const asked = await askAndAgree(user);
      const noted = await say(user, typed);
      expect(plain(noted[0]), typed).toBe(`Baik, pertanyaan Anda juga diteruskan ke petugas provinsi ${name}. Jawabannya saya kirim di chat ini.`);
      expect((await question(asked.id)).province_code, typed).toBe(code);
    }
    expect(h.transport.violations).toEqual([]);
  });

  it("what is not found gets an error naming what may be typed, a province or a regency/city; the prompt still waits", async () => {
    const user = citizen(8201);
    const asked = await askAndAgree(user);
    // "saya" alone names no place: not taken for the nearest province's name
    expect(plain((await say(user, "saya"))[0])).toContain("tidak saya temukan");
    expect((await question(asked.id)).province_code).toBeNull();
    const refused = await say(user, "qwxz");
    expect(plain(refused[0])).toBe("Provinsi atau kabupaten/kota itu tidak saya temukan. Ketik namanya saja, misalnya Jawa Barat atau Makassar.");
    expect(buttonLabels(refused[0])).toEqual(["Lewati"]);
    await say(user, "makassar");
    expect((await question(asked.id)).province_code).toBe("73");

    const english = citizen(8202, "en");
    await say(english, "/bahasa en");
    await askAndAgree(english, "apakah koperasi karyawan dapat santunan dari bpjs?");
    expect(plain((await say(english, "qwxz"))[0])).toBe("I could not find that province or regency/city. Type just its name, e.g. Jawa Barat or Makassar.");
  });

  it("/tanyapetugas reads a place said in a sentence at its province step too", async () => {
    const user = citizen(8301);
    const prompt = await say(user, "/tanyapetugas");
    expect(plain(prompt[0])).toContain("pertanyaan");
    const province = await say(user, ARISAN);
    expect(plain(province[0])).toContain("Di provinsi mana Anda?");
    const created = await say(user, "saya di makassar kak");
    expect(plain(created[0])).toContain("Sulawesi Selatan");
    const ticket = await store.db.selectFrom("tickets").selectAll().where("chat_id", "=", user.id).executeTakeFirstOrThrow();
    expect(ticket.province_code).toBe("73");
  });

  it("a province with no officer of its own: the asker is told who reads the question, not promised the province's officers", async () => {
    const user = citizen(8401);
    const asked = await askAndAgree(user);
    const noted = plain((await say(user, "NTT"))[0]);
    expect(noted).toBe(
      "Baik, provinsi Nusa Tenggara Timur dicatat. Belum ada petugas untuk Nusa Tenggara Timur yang terdaftar di TanyaJamsos, jadi pertanyaan Anda dibaca petugas semua provinsi dan pengelola bot ini. Jawabannya saya kirim di chat ini.",
    );
    expect(noted).not.toContain("diteruskan ke petugas provinsi");
    expect((await question(asked.id)).province_code).toBe("53");

    // /tanyapetugas says the same of its ticket: the all-province officers have it, not "the officers of NTT"
    const asker = citizen(8403);
    await say(asker, "/tanyapetugas");
    await say(asker, ARISAN);
    const created = await h.handle(h.updates.text(asker, "kupang"));
    const told = plain(sends(created).find((c) => Number(c.payload.chat_id) === asker.id));
    expect(told).toContain("sudah diteruskan ke petugas BPJS Ketenagakerjaan yang bertugas untuk semua provinsi: belum ada petugas untuk Nusa Tenggara Timur yang terdaftar di TanyaJamsos.");
    expect(told).not.toContain("petugas BPJS Ketenagakerjaan Nusa Tenggara Timur");
    expect(sends(created).filter((c) => Number(c.payload.chat_id) !== asker.id).map((c) => Number(c.payload.chat_id))).toEqual([ALL_OFFICER.id]);

    // with no all-province officer either, only the administrators read it
    await revokeOfficer(store.db, ALL_OFFICER.id);
    const other = citizen(8402);
    await askAndAgree(other, "bpjs tk bisa bayar kacamata anak sy?");
    expect(plain((await say(other, "kupang"))[0])).toBe(
      "Baik, provinsi Nusa Tenggara Timur dicatat. Belum ada petugas untuk Nusa Tenggara Timur yang terdaftar di TanyaJamsos, jadi pertanyaan Anda dibaca pengelola bot ini. Jawabannya saya kirim di chat ini.",
    );
  });

  it("a question typed at the prompt is answered, and the asker told they will still be told, without a province", async () => {
    const user = citizen(8501);
    const asked = await askAndAgree(user);
    const replies = (await say(user, "berapa iuran bpu sebulan?")).map(plain);
    expect(replies[0]).toContain("Rp16.800");
    expect(replies.at(-1)).toBe("ℹ️ Permintaan Anda tetap berlaku: saya kabari begitu pertanyaan sebelumnya terjawab. Provinsinya tidak dicatat, jadi pertanyaan itu dibaca petugas semua provinsi.");
    expect(replies.join("\n")).not.toContain("tidak disimpan");
    expect(await question(asked.id)).toMatchObject({ province_code: null, notify_chat_id: user.id });
    // the prompt is gone: a province typed now is no answer to it
    await say(user, "sulsel");
    expect((await question(asked.id)).province_code).toBeNull();
  });
});
