/**
 * Exploratory report 14, the region readings: English province names ("west java" was read as
 * Sulawesi Barat and the lead with the phone went to Sulbar's officer), common abbreviations
 * ("tangsel" was Kalimantan Selatan, "jaksel" never Jakarta), a typo guess asked back instead of
 * taken, and the province chosen named above the next question so a wrong match is seen.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buttonLabels, chatActor, closedAfterEach, type Harness } from "../helpers/harness";
import { Regions } from "../../src/regions";
import { RegionAliasesSchema } from "../../src/regions/aliases";
import raw from "../../knowledge/regions/aliases.json";
import { officerHarness, OWNER, user } from "../officers/setup";
import type { SimUser } from "../../src/bot/update-factory";

let regions: Regions;
beforeAll(async () => {
  regions = await Regions.load();
});

const closing = closedAfterEach();
async function harness() {
  const h = await officerHarness();
  closing(h);
  return h;
}
const lastButtons = (h: Harness) => buttonLabels(h.transport.calls.filter((c) => c.method === "sendMessage").at(-1));
const sentTo = (h: Harness, chatId: number) =>
  h.transport.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === chatId).map((c) => String(c.payload.text ?? ""));

describe("the alias data", () => {
  it("is valid, and no alias names two provinces", () => {
    expect(RegionAliasesSchema.safeParse(raw).success).toBe(true);
    const seen = new Map<string, string>();
    for (const [code, names] of Object.entries(raw.provinces)) for (const n of names) expect(seen.get(n) ?? code, n).toBe(code), seen.set(n, code);
  });
});

describe("reading a region as people type it", () => {
  const one = (text: string) => {
    const found = regions.lookupProvinceOrRegency(text);
    return { names: found.areas.map((a) => a.name), sure: found.sure };
  };

  it("takes English province names, in English word order", () => {
    const cases: Record<string, string> = {
      "west java": "Jawa Barat", "East Java": "Jawa Timur", "central java": "Jawa Tengah", "south sulawesi": "Sulawesi Selatan",
      "north sulawesi": "Sulawesi Utara", "north sumatra": "Sumatera Utara", "west sumatra": "Sumatera Barat", "east kalimantan": "Kalimantan Timur",
      "west nusa tenggara": "Nusa Tenggara Barat", "east nusa tenggara": "Nusa Tenggara Timur", "west papua": "Papua Barat",
      "southwest papua": "Papua Barat Daya", "north maluku": "Maluku Utara", "riau islands": "Kepulauan Riau", "west java province": "Jawa Barat",
      "special region of yogyakarta": "Daerah Istimewa Yogyakarta",
    };
    for (const [typed, name] of Object.entries(cases)) expect(one(typed), typed).toEqual({ names: [name], sure: true });
  });

  it("takes the common abbreviations of cities, Jakarta's among them", () => {
    const cases: Record<string, string> = {
      tangsel: "Kota Tangerang Selatan", jaksel: "Kota Administrasi Jakarta Selatan", "jakarta selatan": "Kota Administrasi Jakarta Selatan",
      "south jakarta": "Kota Administrasi Jakarta Selatan", jakbar: "Kota Administrasi Jakarta Barat", jaktim: "Kota Administrasi Jakarta Timur",
      jakut: "Kota Administrasi Jakarta Utara", jakpus: "Kota Administrasi Jakarta Pusat", mks: "Kota Makassar", sby: "Kota Surabaya", "kota mks": "Kota Makassar",
    };
    for (const [typed, name] of Object.entries(cases)) expect(one(typed), typed).toEqual({ names: [name], sure: true });
    expect(one("jogja").names).toEqual(["Daerah Istimewa Yogyakarta"]);
    expect(one("bdg").names.sort()).toEqual(["Kabupaten Bandung", "Kota Bandung"]); // still asked which
  });

  it("says a loose typo guess is not sure, a name a letter away is", () => {
    expect(one("gorontalooo")).toEqual({ names: ["Gorontalo"], sure: false });
    expect(one("sulawesi selatn")).toEqual({ names: ["Sulawesi Selatan"], sure: true });
    expect(regions.findProvinceOrRegency("tangsel").map((a) => a.name)).toEqual(["Kota Tangerang Selatan"]);
  });
});

const toRegion = async (a: ReturnType<typeof chatActor>, kind: string) => {
  await a.say("/daftar");
  await a.press("enr:consent:yes");
  return a.press(`enr:kind:${kind}`);
};

describe("/daftar region step", () => {
  it("'west java' in English is Jawa Barat: the lead goes to Jabar's officer, not Sulbar's", async () => {
    const h = await harness();
    const owner = chatActor(h, OWNER);
    await owner.say("/petugas tambah 51 sulbar");
    await owner.say("/petugas tambah 52 jabar");
    const cindy: SimUser = { id: 2003, first_name: "Cindy", language_code: "en" };
    const a = chatActor(h, cindy);
    await toRegion(a, "bpu_trader");
    const regency = await a.say("west java");
    expect(regency).toContain("📍 Jawa Barat");
    expect(lastButtons(h)).not.toContain("Kabupaten Mamuju");
    await a.press("enr:r:skip");
    await a.press("enr:prog:unsure");
    await a.press("enr:prog:done");
    const summary = await a.say("0812 3456 7890");
    expect(summary).toContain("Region: Jawa Barat");
    h.transport.calls.length = 0;
    await a.press("enr:submit");
    expect(sentTo(h, 52).join("\n")).toContain("Jawa Barat");
    expect(sentTo(h, 51)).toEqual([]);
  });

  it("'tangsel' is Kota Tangerang Selatan, Banten, named above the next question", async () => {
    const h = await harness();
    const a = chatActor(h, user(2001));
    await toRegion(a, "bpu_ojol");
    const next = await a.say("tangsel");
    expect(next).toContain("Kota Tangerang Selatan, Banten");
    expect(next).toContain("Kecamatan apa?");
    expect(next).not.toContain("Kalimantan");
  });

  it("names the province above the regency question, so a wrong reading shows", async () => {
    const h = await harness();
    const a = chatActor(h, user(2002));
    await toRegion(a, "bpu_ojol");
    const next = await a.say("sulsel");
    expect(next).toContain("📍 Sulawesi Selatan");
    expect(next).toContain("Kabupaten/kota apa?");
  });

  it("'jaksel' is Jakarta Selatan, not Papua Selatan or Sumatera Selatan", async () => {
    const h = await harness();
    const a = chatActor(h, user(2004));
    await toRegion(a, "bpu_fisher");
    const next = await a.say("jaksel");
    expect(next).toContain("Kota Administrasi Jakarta Selatan, DKI Jakarta");
    expect(next).not.toContain("Papua");
  });

  it("a typo guess is asked back with buttons: 'No' asks again, 'Yes' goes on", async () => {
    const h = await harness();
    const a = chatActor(h, user(2005));
    await toRegion(a, "bpu_farmer");
    const asked = await a.say("gorontalooo");
    expect(asked).toContain("Maksud Anda Gorontalo?");
    expect(lastButtons(h)).toEqual(["✅ Ya, Gorontalo", "✏️ Bukan, ketik lagi"]);
    const again = await a.press("enr:p:ok:no");
    expect(again).toContain("Di provinsi mana");
    await a.say("gorontalooo");
    const next = await a.press("enr:p:ok:yes");
    expect(next).toContain("📍 Gorontalo");
    expect(next).toContain("Kabupaten/kota apa?");
  });

  it("in English, 'south sulawesi' is found", async () => {
    const h = await harness();
    const a = chatActor(h, { id: 2006, first_name: "Dan", language_code: "en" });
    await toRegion(a, "bpu_fisher");
    const next = await a.say("south sulawesi");
    expect(next).toContain("📍 Sulawesi Selatan");
    expect(next).not.toContain("could not find");
  });
});

describe("/langganan", () => {
  it("'west java' asks for a regency in Jawa Barat; 'tangsel' is saved as Kota Tangerang Selatan", async () => {
    const h = await harness();
    const a = chatActor(h, user(2007));
    await a.say("/langganan");
    await a.press("sub:consent:yes");
    expect(await a.say("west java")).toContain("Kabupaten/kota mana di Jawa Barat?");
    await a.say("/batal");
    await a.say("/langganan");
    await a.press("sub:consent:yes"); // the form was cancelled before anything was stored, consent included
    expect(await a.say("tangsel")).toContain("Langganan tersimpan: Kota Tangerang Selatan, Banten");
  });

  it("a second /langganan shows the current one and says it is replaced", async () => {
    const h = await harness();
    const a = chatActor(h, user(2008));
    await a.say("/langganan");
    await a.press("sub:consent:yes");
    await a.say("kota mks");
    const second = await a.say("/langganan");
    expect(second).toContain("Langganan Anda sekarang: Kota Makassar, Sulawesi Selatan");
    expect(second).toContain("menggantikannya");
    const saved = await a.say("tangsel");
    expect(saved).toContain("Langganan tersimpan: Kota Tangerang Selatan, Banten");
    expect(saved).toContain("Langganan sebelumnya (Kota Makassar, Sulawesi Selatan) diganti");
  });
});

describe("/tanyapetugas province step", () => {
  it("a typo guess is offered as a button, not taken; 'west java' is taken as Jawa Barat", async () => {
    const h = await harness();
    const a = chatActor(h, user(2009));
    await a.say("/tanyapetugas kapan kantor cabang buka hari sabtu");
    const guess = await a.say("gorontalooo");
    expect(guess).toContain("Pilih provinsi Anda");
    expect(lastButtons(h)).toEqual(["Gorontalo"]);
    expect(await h.store.db.selectFrom("tickets").selectAll().execute()).toHaveLength(0);
    const english = await a.say("west java");
    expect(english).not.toContain("Pilih provinsi Anda");
    expect(english).toContain("Jawa Barat");
  });
});
