/**
 * Exploratory test 12 (English-speaking users), the officers' items and /bahasa:
 * - M8: an English officer's /acara_baru said "or semua for all", and its preview was the
 *   Indonesian wording ("Selasa, 15 Desember 2026", "✋ Saya hadir") while /acara showed the same
 *   event in English. The preview is now in the officer's language, and says in which language(s)
 *   the subscribers get it (the bot's words in theirs; the officer's text as written).
 * - L1: the regency step matched "jakarta" to Purwakarta, Surakarta and Yogyakarta beside the
 *   Jakarta cities; and at "which one?" anything typed got the same message quoting the old input.
 * - L2: "/bahasa en" ignored its argument and showed the chooser.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, clockAt, officerHarness, OWNER } from "./setup";
import type { SimUser } from "../../src/bot/update-factory";
import type { ApiCall } from "../../src/bot/local-transport";
import { htmlToPlain } from "../../src/bot/html";
import { grantOfficer } from "../../src/store/repos/officers";
import { touchUser } from "../../src/store/repos/users";
import { subscribe } from "../../src/officers/subscriptions";

// Fri 27 Nov 2026, 08.37 WIB
clockAt(new Date("2026-11-27T01:37:00Z"));

let h: Awaited<ReturnType<typeof officerHarness>>;
const EN_OFFICER: SimUser = { id: 512001, first_name: "Grace", language_code: "en" };
const ID_OFFICER: SimUser = { id: 512002, first_name: "Budi", language_code: "id" };
let jaksel: string;

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, EN_OFFICER.id, null, OWNER.id);
  await grantOfficer(h.store.db, ID_OFFICER.id, null, OWNER.id);
  jaksel = h.regions.findRegency("31", "jakarta selatan")[0]!.code;
  // two subscribers in Jakarta Selatan: one reads Indonesian, one English
  await touchUser(h.store.db, 612001, { language: "id" });
  await touchUser(h.store.db, 612002, { language: "en" });
  await subscribe(h.store.db, 612001, { provinceCode: "31", regencyCode: jaksel, topics: ["events"] });
  await subscribe(h.store.db, 612002, { provinceCode: "31", regencyCode: jaksel, topics: ["events"] });
});
afterAll(() => h.close());

type Actor = ReturnType<typeof actor>;
const keyboardOf = (c: ApiCall) => ((c.payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] })?.inline_keyboard ?? []).flat();
const buttons = (a: Actor) => a.calls.flatMap(keyboardOf).map((b) => b.text);

/** /acara_baru up to the regency step, for every province. */
async function toRegencies(a: Actor, title: string): Promise<string> {
  if ((await a.say("/acara_baru")).match(/not been sent|belum dikirim/)) {
    await a.press(a.calls.flatMap(keyboardOf).find((b) => b.callback_data?.startsWith("ev:new:yes:"))!.callback_data!);
  }
  const provinces = await a.say(title);
  expect(provinces).toMatch(/provinc|provinsi/i);
  return a.say(provinces.includes("For which") ? "all" : "semua");
}

describe("L1: the event's regency picker", () => {
  it("'jakarta' offers the five Jakarta cities only, not Purwakarta, Surakarta or Yogyakarta", async () => {
    const a = actor(h, EN_OFFICER);
    await toRegencies(a, "Jakarta workers' info session");
    const which = await a.say("jakarta");
    expect(which).toContain('"jakarta" could be several regencies/cities');
    const offered = buttons(a);
    expect(offered.filter((b) => b.includes("Jakarta"))).toHaveLength(5);
    expect(offered.join("\n")).not.toMatch(/Purwakarta|Surakarta|Yogyakarta/);
    await a.say("/batal");
  });

  it("at 'which one?', a reply reads what was typed now, and says when it is not a regency", async () => {
    const a = actor(h, EN_OFFICER);
    await toRegencies(a, "Jakarta workers' info session");
    await a.say("jakarta");

    const place = await a.say("Kantor Cabang Jakarta Salemba, Jl. Salemba Raya 1");
    expect(place).toContain('"Kantor Cabang Jakarta Salemba, Jl. Salemba Raya 1" is not a regency/city in the target provinces');
    expect(place).toContain('which one you mean by "jakarta"');
    // the buttons come again with it
    expect(buttons(a).filter((b) => b.includes("Jakarta"))).toHaveLength(5);

    const date = await a.say("15 December 2026 09:00");
    expect(date).toContain('"15 December 2026 09:00" is not a regency/city');

    const other = await a.say("kota bandung");
    expect(other).toContain('Kota Bandung is not one of the places "jakarta" can mean');

    const several = await a.say("jakarta");
    expect(several).toContain('"jakarta" still fits several of them');

    // one of them typed in full is taken, and the form goes on to the date
    // one city of an all-province event: only it, or the other provinces too (asked since exploratory test 13)
    expect(await a.say("jakarta selatan")).toContain("also for all 37 other provinces?");
    expect(await a.press("ev:rs:plus")).toContain("When is it?");
    await a.say("/batal");
  });

  it("an Indonesian officer gets the same answers in Indonesian, with text escaped", async () => {
    const a = actor(h, ID_OFFICER);
    await toRegencies(a, "Sosialisasi Jakarta");
    await a.say("jakarta");
    const reply = await a.say("<b>aula</b> kantor cabang");
    expect(reply).toContain('"<b>aula</b> kantor cabang" bukan kabupaten/kota di provinsi tujuan');
    expect(a.calls.some((c) => String(c.payload.text ?? "").includes("&lt;b&gt;aula&lt;/b&gt;"))).toBe(true);
    await a.say("/batal");
  });
});

describe("M8: an English officer's event form and preview", () => {
  it("asks for the provinces in English ('all', not 'semua')", async () => {
    const a = actor(h, EN_OFFICER);
    await a.say("/acara_baru");
    const provinces = await a.say("Info session");
    expect(provinces).toContain("or all.");
    expect(provinces).not.toContain("semua");
    await a.say("/batal");
  });

  it("shows the preview in English, as /acara does, and says the subscribers get it in Indonesian and English", async () => {
    const a = actor(h, EN_OFFICER);
    await toRegencies(a, "JMO app workshop");
    await a.say("jakarta selatan");
    await a.press("ev:rs:plus");
    await a.say("15 December 2026 09:00");
    await a.say("Kantor Cabang Jakarta Salemba");
    await a.say("-");
    const preview = await a.press("ev:photo:skip");
    expect(preview).toContain("🗓 Tuesday, 15 December 2026 09:00 WIB");
    expect(preview).not.toContain("Selasa");
    expect(preview).toContain("🗺 1 regency/city in 38 provinces");
    expect(buttons(a)).toContain("✋ I'll attend");
    expect(buttons(a)).not.toContain("✋ Saya hadir");
    expect(preview).toContain("this is the message 2 subscribers will receive");
    expect(preview).toContain("🌐 Shown above in your language, English. 1 of them gets it in Indonesian");
    expect(preview).toContain("Your title, place and description go as you wrote them.");

    // the announcement itself still goes to each subscriber in their own language
    const send = a.calls.flatMap(keyboardOf).find((b) => b.callback_data?.startsWith("ev:dec:send"))!.callback_data!;
    expect(await a.press(send)).toContain("queued");
    const b = await h.store.db.selectFrom("broadcasts").select("payload").orderBy("id", "desc").limit(1).executeTakeFirstOrThrow();
    const payload = JSON.parse(b.payload) as { text: string; variants?: { chatIds: number[]; text: string }[] };
    expect(payload.text).toContain("Selasa, 15 Desember 2026");
    expect(payload.variants?.find((v) => v.chatIds.includes(612002))?.text).toContain("Tuesday, 15 December 2026");

    const shown = await a.say("/acara");
    expect(shown).toContain("Tuesday, 15 December 2026 09:00 WIB");
  });

  it("an Indonesian officer's preview is unchanged in Indonesian, and names the English readers", async () => {
    const a = actor(h, ID_OFFICER);
    await toRegencies(a, "Sosialisasi JMO");
    await a.say("jakarta selatan");
    await a.press("ev:rs:plus");
    await a.say("15 Desember 2026 10:00");
    await a.say("Kantor Cabang Jakarta Salemba");
    await a.say("-");
    const preview = await a.press("ev:photo:skip");
    expect(preview).toContain("🗓 Selasa, 15 Desember 2026");
    expect(buttons(a)).toContain("✋ Saya hadir");
    expect(preview).toContain("🌐 Di atas dalam bahasa Anda, Bahasa Indonesia. 1 di antaranya menerimanya dalam bahasa Inggris");
    await a.say("/batal");
  });
});

describe("L2: /bahasa with the language named", () => {
  it("'/bahasa en' sets English straight away, '/bahasa indonesia' back; no word or another word shows the chooser", async () => {
    const u: SimUser = { id: 512010, first_name: "Tono", language_code: "id" };
    const a = actor(h, u);
    expect(await a.say("/bahasa en")).toBe("Language changed to English.");
    expect(await a.say("/bahasa indonesia")).toBe("Bahasa diganti ke Bahasa Indonesia.");
    expect(await a.say("/bahasa English")).toBe("Language changed to English.");
    expect(await a.say("/bahasa id")).toBe("Bahasa diganti ke Bahasa Indonesia.");
    expect(await a.say("/bahasa")).toBe("Pilih bahasa / Choose language:");
    expect(await a.say("/bahasa klingon")).toBe("Pilih bahasa / Choose language:");
    // the choice lasts: the next reply is in English
    await a.say("/language english");
    expect(await a.say("/acara")).not.toMatch(/Anda|Ketik/);
  });
});
