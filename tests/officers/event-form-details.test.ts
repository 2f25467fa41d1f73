/**
 * /acara_baru details from the second exploratory report: a time zone typed for another
 * region (item 7), regencies typed for an all-province event (item 11), no blank lines
 * without a description (item 13) and English plurals (item 15).
 * Clock: Thu 26 Nov 2026 17:54 UTC = Fri 27 Nov 01:54 WITA.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, officerHarness, OWNER, user, clockAt } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { subscribe } from "../../src/officers/subscriptions";

const REPORT_NOW = new Date("2026-11-26T17:54:00Z");

let h: Awaited<ReturnType<typeof officerHarness>>;
const sulselOfficer = user(200001, "Sri");
const englishOfficer = { id: 200005, first_name: "Sam", language_code: "en" };

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, sulselOfficer.id, "73", OWNER.id);
  await grantOfficer(h.store.db, englishOfficer.id, "73", OWNER.id);
  await subscribe(h.store.db, 300002, { provinceCode: "73", regencyCode: "73.71", topics: ["events"] });
});
afterAll(() => h.close());
clockAt(REPORT_NOW);

type Actor = ReturnType<typeof actor>;
const buttons = (a: Actor) =>
  a.calls.flatMap((c) => ((c.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat());

async function atDateStep(o: Actor, title = "Tes") {
  await o.say("/acara_baru");
  await o.say(title);
  await o.press("ev:reg:all");
}

describe("a time zone typed that the province does not use", () => {
  it("is pointed out with what subscribers will see; confirming stores the province's zone", async () => {
    const o = actor(h, sulselOfficer);
    await atDateStep(o);
    const warned = await o.say("besok jam 9 WIT");
    expect(warned).toContain("Sulawesi Selatan memakai WITA. 28/11 09.00 WIT sama dengan 28/11 08.00 WITA, dan pelanggan akan melihat 28/11 08.00 WITA. Benar?");
    expect(warned).not.toContain("Di mana tempatnya");
    expect(buttons(o).map((b) => b.text)).toContain("✅ Ya, 28/11 08.00 WITA");
    expect(await o.press("ev:zc:yes")).toContain("🗓 Sabtu, 28 November 2026 08.00 WITA");
    await o.say("/batal");
  });

  it("can be retyped, by the button or straight away", async () => {
    const o = actor(h, sulselOfficer);
    await atDateStep(o);
    await o.say("besok jam 9 WIT");
    expect(await o.press("ev:zc:retype")).toContain("Kapan acaranya");
    expect(await o.say("besok jam 9 WIB")).toContain("memakai WITA");
    expect(await o.say("besok jam 9")).toContain("🗓 Sabtu, 28 November 2026 09.00 WITA");
    await o.say("/batal");
  });

  it("its own zone is taken without a question", async () => {
    const o = actor(h, sulselOfficer);
    await atDateStep(o);
    expect(await o.say("besok jam 9 WITA")).toContain("🗓 Sabtu, 28 November 2026 09.00 WITA");
    await o.say("/batal");
  });
});

describe("regencies typed for an all-province event", () => {
  it("offers only the places of that name, not fuzzy neighbours elsewhere", async () => {
    const o = actor(h, OWNER);
    await o.say("/acara_baru");
    await o.say("Acara nasional");
    await o.say("semua");
    await o.say("bandung");
    const offered = buttons(o).map((b) => b.text);
    expect(offered).toEqual(expect.arrayContaining(["Kabupaten Bandung (Jawa Barat)", "Kota Bandung (Jawa Barat)"]));
    expect(offered.some((t) => t.includes("Badung"))).toBe(false);
    await o.say("/batal");
  });
});

describe("an event without a description", () => {
  it("has no blank lines after its area, in the preview, the broadcast and /acara", async () => {
    const o = actor(h, sulselOfficer);
    await atDateStep(o, "Tanpa keterangan");
    await o.say("besok jam 9");
    await o.say("Aula");
    await o.say("-");
    const preview = await o.press("ev:photo:skip");
    expect(preview).toMatch(/🗺 Sulawesi Selatan\n☝️ Pratinjau/);
    await o.press("ev:dec:send");
    const payload = JSON.parse((await h.store.db.selectFrom("broadcasts").select("payload").orderBy("id", "desc").executeTakeFirstOrThrow()).payload);
    expect(payload.text.endsWith("🗺 Sulawesi Selatan")).toBe(true);
    expect(await o.say("/acara")).toContain("🗺 Sulawesi Selatan\n\n👥 0 orang akan hadir");
  });
});

describe("English officer texts", () => {
  it("use the singular for one", async () => {
    const o = actor(h, englishOfficer);
    await atDateStep(o, "One subscriber");
    await o.say("besok jam 9");
    await o.say("Hall");
    await o.say("-");
    expect(await o.press("ev:photo:skip")).toContain("this is the message 1 subscriber will receive");
    expect(await o.press("ev:dec:send")).toContain("for 1 subscriber.");
    const event = await h.store.db.selectFrom("events").select("id").where("title", "=", "One subscriber").executeTakeFirstOrThrow();
    const citizen = actor(h, user(300002));
    await citizen.say("/acara");
    expect(await citizen.press(`ev:att:${event.id}`)).toContain("Tercatat");
    expect(await o.say("/acara")).toContain("🗺 Sulawesi Selatan\n\n👥 1 person attending");
  });
});

describe("an event for every province, with a poster and a long description", () => {
  // each at the form's own limit: 100, 150 and 600 characters
  const longTitle = "Sosialisasi nasional perlindungan pekerja rentan dan pekerja informal di seluruh wilayah kerja kami ".slice(0, 100).trim();
  const longPlace = "Aula kantor wilayah BPJS Ketenagakerjaan, Jalan Jenderal Sudirman nomor 12, lantai 3, ruang serbaguna utama di sebelah lobi timur gedung kantor pusat kota".slice(0, 150);
  const longDescription = "Sosialisasi ini membahas perlindungan pekerja rentan dan informal: program JKK, JKM dan JHT, cara mendaftar lewat aplikasi JMO, kanal resmi dan pembayaran iuran. ".repeat(4).slice(0, 600);
  const fill = async (o: Actor, provinces: string, regencies?: string) => {
    await o.say("/acara_baru");
    await o.say(longTitle);
    await o.say(provinces);
    if (regencies) await o.say(regencies);
    else await o.press("ev:reg:all");
    await o.say("besok jam 10");
    await o.say(longPlace);
    await o.say(longDescription);
    return o.photo("poster-file-id");
  };

  it("counts the 38 provinces instead of listing them, so the poster's caption fits", async () => {
    const o = actor(h, OWNER);
    const preview = await fill(o, "semua");
    expect(preview).toContain("🗺 38 provinsi");
    expect(o.calls.some((c) => c.method === "sendPhoto")).toBe(true);
    expect(preview).not.toContain("Maaf, terjadi gangguan");
    await o.press("ev:dec:discard");
  });

  it("goes without the poster, saying so, when the announcement is longer than a caption may be", async () => {
    const o = actor(h, OWNER);
    const preview = await fill(o, "sulsel", "makassar, gowa, maros, takalar, jeneponto, bantaeng, bulukumba");
    expect(preview).toContain("Poster tidak bisa dipakai");
    // the preview is a text message, not a photo Telegram would refuse
    expect(o.calls.some((c) => c.method === "sendPhoto")).toBe(false);
    expect(preview).not.toContain("Maaf, terjadi gangguan");
    expect(await o.press("ev:dec:discard")).toContain("tidak disimpan");
  });
});
