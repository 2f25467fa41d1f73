/**
 * Exploratory report 3, item 11: /petugas tambah warns about an id that never used the bot
 * (the grant stands: officers are often given rights before their first message), and the
 * person is told in their own chat when their rights are granted, changed or revoked. A send
 * that fails does not undo the change.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, audit, officerHarness, OWNER, user } from "./setup";
import { htmlToPlain } from "../../src/bot/html";

let h: Awaited<ReturnType<typeof officerHarness>>;
beforeAll(async () => {
  h = await officerHarness();
});
afterAll(() => h.close());

const sentTo = (calls: { method: string; payload: Record<string, unknown> }[], chatId: number) =>
  calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === chatId).map((c) => htmlToPlain(String(c.payload.text)));
const scopeOf = async (id: number) => (await h.store.db.selectFrom("officers").select("province_code").where("user_id", "=", id).executeTakeFirst())?.province_code;

describe("/petugas tambah and hapus tell the people concerned", () => {
  it("warns about an id that never used the bot; the grant stands although the notice cannot be sent", async () => {
    const owner = actor(h, OWNER);
    // Telegram refuses messages to someone who never opened a chat with the bot
    h.transport.blocked.add(999);
    const reply = await owner.say("/petugas tambah 999 Papua");
    expect(reply).toContain("Pengguna 999 sekarang petugas untuk Papua");
    expect(reply).toContain("ID 999 belum pernah memakai bot ini");
    expect(reply).toContain("/idsaya");
    expect(reply).toContain("/petugas hapus 999");
    expect(reply).toContain("Pemberitahuan tidak terkirim");
    expect(await scopeOf(999)).toBe("91");
    const [granted] = await audit(h, "officer_granted");
    expect(JSON.parse(granted!.details)).toMatchObject({ known_user: false, told: false });
    expect(granted!.details).not.toContain("999");
  });

  it("tells a known user in their chat when granted, not again for the same grant, and when revoked", async () => {
    const owner = actor(h, OWNER);
    const future = actor(h, user(200020, "Rudi"));
    await future.say("/start");

    const reply = await owner.say("/petugas tambah 200020 Sulsel");
    expect(reply).not.toContain("belum pernah memakai bot");
    expect(reply).toContain("Ia sudah diberi tahu");
    const notice = sentTo(owner.calls, 200020);
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain("Anda sekarang petugas TanyaJamsos untuk Sulawesi Selatan");
    expect(notice[0]).toContain("/bantuan");

    // the same grant again changes nothing and tells nobody
    await owner.say("/petugas tambah 200020 Sulsel");
    expect(sentTo(owner.calls, 200020)).toEqual([]);
    // a new scope is news
    await owner.say("/petugas tambah 200020 semua");
    expect(sentTo(owner.calls, 200020)[0]).toContain("untuk semua provinsi");

    const revoked = await owner.say("/petugas hapus 200020");
    expect(revoked).toContain("sudah dicabut");
    expect(revoked).toContain("Ia sudah diberi tahu");
    expect(sentTo(owner.calls, 200020)[0]).toContain("Hak petugas TanyaJamsos Anda sudah dicabut");
    for (const entry of [...(await audit(h, "officer_granted")), ...(await audit(h, "officer_revoked"))]) expect(entry.details).not.toContain("200020");
    expect(h.transport.violations).toEqual([]);
  });

  it("speaks the new officer's language", async () => {
    const english = { id: 200022, first_name: "Sam", language_code: "en" };
    await h.say(english, "/start");
    const owner = actor(h, OWNER);
    await owner.say("/petugas tambah 200022 Papua");
    expect(sentTo(owner.calls, 200022)[0]).toContain("You are now a TanyaJamsos officer for Papua");
  });

  it("a failed notice undoes neither a grant nor a revocation", async () => {
    const owner = actor(h, OWNER);
    await actor(h, user(200021, "Tini")).say("/start");
    h.transport.blocked.add(200021);
    const granted = await owner.say("/petugas tambah 200021 Jatim");
    expect(granted).toContain("petugas untuk Jawa Timur");
    expect(granted).toContain("Pemberitahuan tidak terkirim");
    expect(granted).not.toContain("belum pernah memakai bot");
    expect(await scopeOf(200021)).toBe("35");
    const revoked = await owner.say("/petugas hapus 200021");
    expect(revoked).toContain("sudah dicabut");
    expect(revoked).toContain("Pemberitahuan tidak terkirim");
    expect(await scopeOf(200021)).toBeUndefined();
  });
});
