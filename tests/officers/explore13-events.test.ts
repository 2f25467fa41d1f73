/**
 * /acara_baru from exploratory test 13 (village heads and officers): the officer's form replayed
 * through the real bot, asserting what it says back, the preview and who receives the event.
 * D2 a province typed at the regency step, D3 "toraja", D4 "semua kecuali makassar", D5 a city
 * with "semua", D12 emoji-only title, D13 the zone rule, D21 each zone's reading, D22 the
 * no-hour hint and "tgl 5", D7 how to cancel; workers' #33 "mks" and one-letter typos.
 * Clock: Thu 26 Nov 2026 17:54 UTC = Fri 27 Nov 01:54 WITA.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { actor, officerHarness, OWNER, user, clockAt } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";
import { subscribe, subscribersFor } from "../../src/officers/subscriptions";
import { list } from "../../src/officers/events";

let h: Awaited<ReturnType<typeof officerHarness>>;
const sulsel = user(130001, "Sri");
const englishOfficer = { id: 130002, first_name: "Sam", language_code: "en" };
const MAKASSAR = 330001;
const GOWA = 330002;
const SULSEL_ONLY = 330003;
const BANDUNG = 330004;
const PAPUA = 330005;

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, sulsel.id, "73", OWNER.id);
  await grantOfficer(h.store.db, englishOfficer.id, "73", OWNER.id);
  await subscribe(h.store.db, MAKASSAR, { provinceCode: "73", regencyCode: "73.71", topics: ["events"] });
  await subscribe(h.store.db, GOWA, { provinceCode: "73", regencyCode: "73.06", topics: ["events"] });
  await subscribe(h.store.db, SULSEL_ONLY, { provinceCode: "73", topics: ["events"] });
  await subscribe(h.store.db, BANDUNG, { provinceCode: "32", regencyCode: "32.73", topics: ["events"] });
  await subscribe(h.store.db, PAPUA, { provinceCode: "91", topics: ["events"] });
});
afterAll(() => h.close());
// a form left open by a failed test does not take the next test's messages
afterEach(async () => {
  for (const u of [sulsel, englishOfficer, OWNER]) await actor(h, u).say("/batal");
});
clockAt(new Date("2026-11-26T17:54:00Z"));

type Actor = ReturnType<typeof actor>;
const buttons = (a: Actor) =>
  a.calls.flatMap((c) => ((c.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat());

/** The draft the form saved last, as the preview shows it. */
async function lastDraft() {
  return h.store.db.selectFrom("events").selectAll().orderBy("id", "desc").executeTakeFirstOrThrow();
}
async function recipients() {
  const e = await lastDraft();
  return subscribersFor(h.store.db, { provinceCodes: list(e.province_codes), regencyCodes: list(e.regency_codes), topic: "events" });
}
async function finish(o: Actor, when = "besok jam 9") {
  await o.say(when);
  await o.say("Aula Kantor");
  await o.say("-");
  return o.press("ev:photo:skip");
}

describe("D2: a province typed at the regency step", () => {
  it("is said to be a province, never matched to some regency (jabar ≠ Kabupaten Barru)", async () => {
    const o = actor(h, sulsel);
    await o.say("/acara_baru");
    await o.say("Sosialisasi Jabar");
    const reply = await o.say("jabar");
    expect(reply).toContain('"jabar" adalah provinsi Jawa Barat, di luar sasaran acara ini (Sulawesi Selatan)');
    expect(reply).not.toContain("Barru");
    expect(reply).not.toContain("Kapan acaranya");
    // its own province: the whole province is the button
    expect(await o.say("sulsel")).toContain("Untuk seluruh Sulawesi Selatan, pilih Semua kabupaten/kota");
    await o.say("/batal");
  });

  it("a weak typo guess is asked, even with one candidate, not taken", async () => {
    const o = actor(h, sulsel);
    await o.say("/acara_baru");
    await o.say("Tes tebakan");
    const reply = await o.say("brru");
    expect(reply).toContain('"brru" tidak persis cocok');
    expect(reply).not.toContain("Kapan acaranya");
    expect(buttons(o).map((b) => b.text)).toContain("Kabupaten Barru");
    expect(await o.press(buttons(o).find((b) => b.text === "Kabupaten Barru")!.callback_data)).toContain("Kapan acaranya");
    await o.say("/batal");
  });

  it("a name a letter away from one regency is taken and said back", async () => {
    const o = actor(h, sulsel);
    await o.say("/acara_baru");
    await o.say("Tes ejaan");
    const reply = await o.say("jenepnto");
    expect(reply).toContain('"jenepnto" saya baca Kabupaten Jeneponto');
    expect(reply).toContain("Kapan acaranya");
    await o.say("/batal");
  });
});

describe("D3: a word shared by two regencies", () => {
  it('"toraja" asks between Tana Toraja and Toraja Utara, with both as a button', async () => {
    const o = actor(h, sulsel);
    await o.say("/acara_baru");
    await o.say("Sosialisasi Toraja");
    const reply = await o.say("toraja");
    expect(reply).toContain('"toraja" bisa berarti beberapa kabupaten/kota');
    const offered = buttons(o).map((b) => b.text);
    expect(offered).toEqual(expect.arrayContaining(["Kabupaten Tana Toraja", "Kabupaten Toraja Utara", "Semua yang cocok (2)"]));
    expect(await o.press("ev:rc:all")).toContain("🗺 Sasaran: Sulawesi Selatan (Kabupaten Tana Toraja, Kabupaten Toraja Utara)");
    const preview = await finish(o);
    expect(preview).toContain("🗺 Sulawesi Selatan (Kabupaten Tana Toraja, Kabupaten Toraja Utara)");
    await o.press("ev:dec:discard");
  });
});

describe("D4: exclusions", () => {
  it('"semua kecuali makassar" reaches every regency but Makassar, and says so', async () => {
    const o = actor(h, sulsel);
    await o.say("/acara_baru");
    await o.say("Sosialisasi tanpa Makassar");
    const reply = await o.say("semua kecuali makassar");
    expect(reply).toContain("🗺 Sasaran: Sulawesi Selatan kecuali Kota Makassar (23 kabupaten/kota)");
    expect(reply).toContain("hanya memilih provinsinya");
    await finish(o);
    const to = await recipients();
    expect(to).toContain(GOWA);
    expect(to).toContain(SULSEL_ONLY);
    expect(to).not.toContain(MAKASSAR);
    await o.press("ev:dec:discard");
  });

  it("an exclusion written otherwise is refused with the way to write it, never dropped", async () => {
    const o = actor(h, sulsel);
    await o.say("/acara_baru");
    await o.say("Tes pengecualian");
    const reply = await o.say("gowa tanpa makassar");
    expect(reply).toContain("Pengecualian hanya bisa ditulis begini: semua kecuali Makassar, Gowa");
    expect(reply).not.toContain("Kapan acaranya");
    await o.say("/batal");
  });
});

describe("D5: a city with the provinces", () => {
  it('"semua provinsi, kota makassar" is asked, not half taken', async () => {
    const o = actor(h, OWNER);
    await o.say("/acara_baru");
    await o.say("Acara nasional");
    const reply = await o.say("semua provinsi, kota makassar");
    expect(reply).toContain('"Semua" berarti seluruh 38 provinsi, jadi kota makassar tidak bisa ditambahkan');
    expect(reply).not.toContain("Khusus kabupaten/kota");
    // a city at the province step is its province, kept to the city; the regency step is skipped
    const city = await o.say("mks");
    expect(city).toContain('"mks" saya baca Kota Makassar');
    expect(city).toContain("Kapan acaranya");
    const preview = await finish(o);
    expect(preview).toContain("🗺 Sulawesi Selatan (Kota Makassar)");
    expect(await recipients()).toEqual([MAKASSAR, SULSEL_ONLY]);
    await o.press("ev:dec:discard");
  });

  it("a city typed at the regency step of several provinces asks: only it, or the others too", async () => {
    const o = actor(h, OWNER);
    await o.say("/acara_baru");
    await o.say("Acara dua provinsi");
    await o.say("papua, sulsel");
    const asked = await o.say("makassar");
    expect(asked).toContain("Pengumuman untuk Kota Makassar saja, atau juga untuk seluruh 1 provinsi lain (Papua)?");
    await o.press("ev:rs:only");
    const preview = await finish(o);
    expect(preview).toContain("🗺 Sulawesi Selatan (Kota Makassar)");
    expect(await recipients()).toEqual([MAKASSAR, SULSEL_ONLY]);
    await o.press("ev:dec:discard");
  });
});

describe("D12: letters in the title and the place", () => {
  it("an emoji-only title is refused like an emoji-only place, saying why", async () => {
    const o = actor(h, sulsel);
    await o.say("/acara_baru");
    const title = await o.say("🎉🎉🎉");
    expect(title).toContain("Emoji atau tanda baca saja belum cukup");
    await o.say("Sosialisasi BPU");
    await o.press("ev:reg:all");
    await o.say("besok jam 9");
    expect(await o.say("🏢🏢")).toContain("Emoji atau tanda baca saja belum cukup");
    await o.say("/batal");
  });
});

describe("D13 and D21: targets in several zones", () => {
  it("one rule whatever the order typed (the westernmost zone), and the preview shows each zone's reading", async () => {
    for (const typed of ["sulsel, papua, jabar", "papua, jabar, sulsel"]) {
      const o = actor(h, OWNER);
      await o.say("/acara_baru");
      await o.say("Acara tiga zona");
      await o.say(typed);
      const date = await o.press("ev:reg:all");
      expect(date).toContain("jam dibaca dalam zona paling barat, WIB");
      const preview = await finish(o, "Sabtu, 5 Desember 2026 pukul 01.30 WIT");
      expect(preview).toContain("🗓 Sabtu, 5 Desember 2026 01.30 WIT");
      expect(preview).toContain("Pelanggan membaca jamnya di zona masing-masing:\n• Jumat, 4 Desember 2026 23.30 WIB\n• Sabtu, 5 Desember 2026 00.30 WITA\n• Sabtu, 5 Desember 2026 01.30 WIT");
      await o.press("ev:dec:discard");
    }
  });

  it("a send time typed in another zone is confirmed in the event's zone, as /acara lists it", async () => {
    const o = actor(h, sulsel);
    await o.say("/acara_baru");
    await o.say("Acara terjadwal");
    await o.press("ev:reg:all");
    await finish(o, "5/12 jam 9");
    await o.press("ev:dec:schedule");
    const done = await o.say("besok jam 8 WIB");
    expect(done).toContain("pengumuman dikirim Sabtu, 28 November 2026 09.00 WITA. (Anda menulis 28/11 08.00 WIB.)");
    expect(done).toContain("Batalkan di /acara");
    expect(await o.say("/acara")).toContain("pengumuman dikirim Sabtu, 28 November 2026 09.00 WITA");
  });
});

describe("D22: the date step", () => {
  it("the no-hour hint echoes the day typed, with the hour its part of the day suggests", async () => {
    const o = actor(h, sulsel);
    await o.say("/acara_baru");
    await o.say("Tes jam");
    await o.press("ev:reg:all");
    expect(await o.say("besok sore")).toContain("Jamnya belum ada. Tambahkan jam, misalnya besok 15.00 atau besok jam 3 sore.");
    expect(await o.say("senin pagi")).toContain("misalnya senin 09.00 atau senin jam 9 pagi");
    // "tgl 5" is the next 5th
    expect(await o.say("tgl 5 jam 9")).toContain("🗓 Sabtu, 5 Desember 2026 09.00 WITA");
    await o.say("/batal");
  });

  it("in English too", async () => {
    const o = actor(h, englishOfficer);
    await o.say("/acara_baru");
    await o.say("Test hour");
    await o.press("ev:reg:all");
    expect(await o.say("besok sore")).toContain("The time is missing. Add it, e.g. besok 15.00.");
    await o.say("/batal");
  });
});

describe("D7: how to correct an event", () => {
  it("the sent confirmation says: change it in /acara, or for a wrong area cancel and create again; the officers' help says cancel", async () => {
    const o = actor(h, sulsel);
    await o.say("/acara_baru");
    await o.say("Acara dikirim");
    await o.say("gowa");
    await finish(o);
    expect(await o.press("ev:dec:send")).toContain(
      "Salah judul, jam, tempat, atau keterangan? Ubah di /acara (✏️ Ubah). Salah wilayah? Batalkan di /acara (🗑 Batalkan acara), lalu buat ulang dengan /acara_baru.",
    );
    expect(await o.say("/bantuan")).toContain("Ubah di /acara (✏️ Ubah)");
  });
});

describe("#33: region names people type, in the shared lookup", () => {
  it("city abbreviations and one-letter typos", () => {
    const names = (text: string) => h.regions.findProvinceOrRegency(text).map((a) => a.name);
    expect(names("mks")).toEqual(["Kota Makassar"]);
    expect(names("sby")).toEqual(["Kota Surabaya"]);
    expect(names("bdg")).toEqual(["Kabupaten Bandung", "Kota Bandung"]);
    expect(names("sulawesi selatn")).toEqual(["Sulawesi Selatan"]);
    expect(h.regions.findProvince("sulawesi selatn").map((a) => a.name)).toEqual(["Sulawesi Selatan"]);
    expect(h.regions.findRegency("73", "mks").map((a) => a.name)).toEqual(["Kota Makassar"]);
  });
});
