import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, audit, officerHarness, OWNER, user } from "./setup";
import { titleCase } from "../../src/regions";

let h: Awaited<ReturnType<typeof officerHarness>>;
beforeAll(async () => {
  h = await officerHarness();
});
afterAll(() => h.close());

describe("non-officers are refused every officer command", () => {
  const commands = ["/petugas tambah 5", "/petugas", "/prospek", "/prospek baru", "/prospek_csv", "/siaran", "/statistik", "/acara_baru"];
  it.each(commands)("%s", async (command) => {
    const stranger = actor(h, user(3000 + commands.indexOf(command)));
    const before = (await audit(h, "officer_denied")).length;
    expect(await stranger.say(command)).toBe("Perintah ini khusus petugas.");
    expect(stranger.calls.some((c) => c.method === "sendDocument")).toBe(false);
    expect((await audit(h, "officer_denied")).length).toBe(before + 1);
  });

  it("a refused /acara_baru does not open the form", async () => {
    const stranger = actor(h, user(3100));
    await stranger.say("/acara_baru");
    // free text is a question again, not the event title
    expect(await stranger.say("apa itu jht")).toMatch(/Sumber/);
  });
});

describe("/petugas (owners)", () => {
  it("anyone learns their own Telegram id with /idsaya, to hand to an owner", async () => {
    const future = actor(h, user(4321, "Calon"));
    const reply = await future.say("/idsaya");
    expect(reply).toContain("4321");
    expect(reply).toContain("/petugas tambah 4321");

    // not in a group, where everyone would see it
    const group = { id: -100777, type: "supergroup" as const, title: "Kantor Cabang" };
    const inGroup = await h.handle(h.updates.text(user(4321, "Calon"), `/idsaya@${h.app.bot.botInfo.username}`, { chat: group }));
    const text = inGroup.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text)).join();
    expect(text).toContain("chat pribadi");
    expect(text).not.toContain("4321");
  });

  it("an owner grants a province-scoped role and revokes it, with audit entries", async () => {
    const owner = actor(h, OWNER);
    const officer = actor(h, user(500, "Petugas"));
    await officer.say("/start"); // the officer has talked to the bot: a users row exists

    expect(await owner.say("/petugas tambah 500 sulsel")).toContain("petugas untuk Sulawesi Selatan");
    const row = await h.store.db.selectFrom("officers").selectAll().where("user_id", "=", 500).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ province_code: "73", granted_by: OWNER.id });
    const [granted] = await audit(h, "officer_granted");
    expect(granted!.actor).toBe(String(OWNER.id));
    expect(granted!.details).not.toContain("500");
    expect(JSON.parse(granted!.details)).toMatchObject({ province_code: "73" });

    expect(await officer.say("/statistik")).toContain("Statistik");
    expect(await officer.say("/petugas hapus 9")).toBe("Perintah ini khusus pemilik bot.");

    expect(await owner.say("/petugas")).toContain("500: Sulawesi Selatan");
    expect(await owner.say("/petugas hapus 500")).toContain("sudah dicabut");
    expect(await h.store.db.selectFrom("officers").selectAll().where("user_id", "=", 500).execute()).toHaveLength(0);
    const [revoked] = await audit(h, "officer_revoked");
    expect(revoked!.details).not.toContain("500");
    expect(await officer.say("/statistik")).toBe("Perintah ini khusus petugas.");
  });

  it("a forgotten province grants nothing: the usage says to name one or write semua", async () => {
    const owner = actor(h, OWNER);
    const usage = await owner.say("/petugas tambah 501");
    expect(usage).toContain("Cara pakai /petugas");
    expect(usage).toContain("/petugas tambah <user_id> semua");
    expect(usage).not.toContain("tanpa provinsi");
    expect(await h.store.db.selectFrom("officers").selectAll().where("user_id", "=", 501).execute()).toEqual([]);
    expect(await owner.say("/petugas tambah 501 semua")).toContain("petugas untuk semua provinsi");
    const row = await h.store.db.selectFrom("officers").selectAll().where("user_id", "=", 501).executeTakeFirstOrThrow();
    expect(row.province_code).toBeNull();
  });

  it("writes area abbreviations in capitals: DKI Jakarta, not Dki Jakarta", async () => {
    const owner = actor(h, OWNER);
    expect(await owner.say("/petugas tambah 503 DKI")).toContain("petugas untuk DKI Jakarta");
    expect(await owner.say("/petugas")).toContain("503: DKI Jakarta");
    expect(h.regions.get("34")?.name).toBe("Daerah Istimewa Yogyakarta");
    expect(titleCase("KOTA ADMINISTRASI JAKARTA PUSAT")).toBe("Kota Administrasi Jakarta Pusat");
    expect(titleCase("NA IX - X")).toBe("Na IX - X");
  });

  it("prints Telegram ids exactly as typed, never as 123.456.789, so they can be copied back", async () => {
    const owner = actor(h, OWNER);
    const granted = await owner.say("/petugas tambah 123456789 Bali");
    expect(granted).toContain("Pengguna 123456789 sekarang petugas untuk Bali");
    const list = await owner.say("/petugas");
    expect(list).toContain("• 123456789: Bali");
    expect(`${granted}\n${list}`).not.toContain("123.456");
    expect(await actor(h, user(987654321)).say("/idsaya")).toContain("ID Telegram Anda: 987654321");
    // an id copied from an older reply, with separators, still works
    // (the former officer is told too, in their own chat: report 3, item 11)
    expect(await owner.say("/petugas hapus 123.456.789")).toContain("✅ Hak petugas pengguna 123456789 sudah dicabut.");
    expect(await owner.say("/petugas hapus 123456789")).toBe("Pengguna 123456789 bukan petugas; tidak ada yang diubah.");
  });

  it("reads the province as owners write it: semua, a one-letter typo, a city; and says when a scope was replaced", async () => {
    const owner = actor(h, OWNER);
    const scopeOf = async (id: number) =>
      (await h.store.db.selectFrom("officers").select("province_code").where("user_id", "=", id).executeTakeFirstOrThrow()).province_code;

    expect(await owner.say("/petugas tambah 510 semua")).toContain("petugas untuk semua provinsi");
    expect(await scopeOf(510)).toBeNull();

    expect(await owner.say("/petugas tambah 511 Sulawesi Selatn")).toContain("petugas untuk Sulawesi Selatan");
    expect(await scopeOf(511)).toBe("73");
    expect(await owner.say("/petugas tambah 512 Sumatra Utara")).toContain("petugas untuk Sumatera Utara");
    expect(await scopeOf(512)).toBe("12");

    const city = await owner.say("/petugas tambah 513 Makassar");
    expect(city).toContain("petugas untuk Sulawesi Selatan");
    expect(city).toContain("Kota Makassar ada di Sulawesi Selatan");
    expect(await scopeOf(513)).toBe("73");

    expect(await owner.say("/petugas tambah 514 jatim")).not.toContain("diganti");
    const replaced = await owner.say("/petugas tambah 514 Sulsel");
    expect(replaced).toContain("petugas untuk Sulawesi Selatan");
    expect(replaced).toContain("Tugas sebelumnya (Jawa Timur) diganti");
    expect(await scopeOf(514)).toBe("73");
    // the same grant again replaces nothing
    expect(await owner.say("/petugas tambah 514 Sulsel")).not.toContain("diganti");
  });

  it("answers wrong input with the usage, and an unknown province by name", async () => {
    const owner = actor(h, OWNER);
    for (const bad of ["/petugas tambah", "/petugas tambah abc", "/petugas hapus 12 13", "/petugas naikkan 12"]) {
      expect(await owner.say(bad)).toContain("Cara pakai /petugas");
    }
    expect(await owner.say("/petugas tambah 502 atlantis")).toContain('Provinsi "atlantis" tidak saya kenal');
    expect(await h.store.db.selectFrom("officers").selectAll().where("user_id", "=", 502).execute()).toHaveLength(0);
  });

  it("/prospek with an unknown status shows its usage", async () => {
    expect(await actor(h, OWNER).say("/prospek entah")).toContain("Cara pakai /prospek");
    expect(await actor(h, OWNER).say("/prospek_csv entah")).toContain("Cara pakai /prospek_csv");
  });

  it("/statistik and /siaran answer owners", async () => {
    const owner = actor(h, OWNER);
    const stats = await owner.say("/statistik");
    expect(stats).toContain("Pelanggan per provinsi");
    expect(stats).toContain("Prospek per status");
    expect(await owner.say("/siaran")).toContain("Belum ada siaran");
    expect((await audit(h, "stats_viewed")).length).toBeGreaterThan(0);
    expect(h.transport.violations).toEqual([]);
  });
});
