/**
 * Exploratory test 11 (officers, owners, citizens' privacy), the officers' items:
 * - 1: "📤 Kirim" under an older event preview sent the draft open now, to its recipients;
 * - 5: a moved (or revoked) officer was not told that their scheduled announcement will not go out;
 * - 6: "semua" typed at the regency step was refused; a typo of a regency already listed was asked about;
 * - 8: all-province officers read leads in WIB, not the lead's local time;
 * - 9: a lead status button pressed twice reported a change;
 * - 10: /siaran listed 38 provinces of a shared broadcast, told the owner only all-province officers
 *   could stop it, and ignored words after the command;
 * - 11: /tanyapetugas took emoji or a province name as the question, and forgot an earlier ticket's province;
 * - 12: a photo at the event form's place step got the same prompt again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { actor, clockAt, fillEventForm, officerHarness, OWNER, user } from "./setup";
import { storeUnanswered, uploadedFile } from "../helpers/harness";
import type { ApiCall } from "../../src/bot/local-transport";
import { htmlToPlain } from "../../src/bot/html";
import { grantOfficer } from "../../src/store/repos/officers";
import { createLead } from "../../src/store/repos/leads";
import { subscribe } from "../../src/officers/subscriptions";

// Fri 27 Nov 2026, 09.37 WITA
clockAt(new Date("2026-11-27T01:37:00Z"));

let h: Awaited<ReturnType<typeof officerHarness>>;
const SULSEL = user(200030, "Andi");
const MOVED = user(200003, "Rina");
const ALL = user(200004, "Sari");

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, SULSEL.id, "73", OWNER.id);
  await grantOfficer(h.store.db, MOVED.id, "73", OWNER.id);
  await grantOfficer(h.store.db, ALL.id, null, OWNER.id);
  await subscribe(h.store.db, 300003, { provinceCode: "73", regencyCode: "73.06", topics: ["events"] }); // Gowa
  await subscribe(h.store.db, 300022, { provinceCode: "73", topics: ["events"] }); // Sulsel, no regency
});
afterAll(() => h.close());

type Actor = ReturnType<typeof actor>;
const sentTo = (calls: ApiCall[], chatId: number) =>
  calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === chatId).map((c) => htmlToPlain(String(c.payload.text)));
const keyboardOf = (c: ApiCall) => ((c.payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] })?.inline_keyboard ?? []).flat();
const toast = (calls: ApiCall[]) => calls.find((c) => c.method === "answerCallbackQuery")?.payload.text;

/** The preview's decision message (Kirim / Jadwalkan / Batal) among the calls of the last step. */
function decisionMessage(a: Actor): { message: Message; send: string; schedule: string } {
  const call = a.calls.find((c) => keyboardOf(c).some((b) => b.callback_data?.startsWith("ev:dec:send")))!;
  const data = keyboardOf(call).map((b) => b.callback_data ?? "");
  return { message: call.result as Message, send: data.find((d) => d.startsWith("ev:dec:send"))!, schedule: data.find((d) => d.startsWith("ev:dec:schedule"))! };
}

/** Walks /acara_baru for a Sulsel officer up to the preview, with the regencies typed. */
async function preview(a: Actor, title: string, regencies: string, when: string, place: string) {
  // a preview still waiting is asked about first (acceptance 11 N6): discard it and start anew
  if ((await a.say("/acara_baru")).includes("belum dikirim")) {
    await a.press(a.calls.flatMap(keyboardOf).find((b) => b.callback_data?.startsWith("ev:new:yes:"))!.callback_data!);
  }
  await a.say(title);
  await a.say(regencies);
  await a.say(when);
  await a.say(place);
  await a.say("-");
  await a.press("ev:photo:skip");
  return decisionMessage(a);
}

const broadcasts = () => h.store.db.selectFrom("broadcasts").selectAll().orderBy("id").execute();

describe("1: each preview's buttons belong to their own draft", () => {
  it("Kirim under an older preview sends nothing and says that preview is no longer current", async () => {
    const o = actor(h, SULSEL);
    const a = await preview(o, "Acara A untuk Bone", "bone", "besok jam 10", "Kantor A");
    expect(o.calls.map((c) => htmlToPlain(String(c.payload.text ?? ""))).join("\n")).toContain("1 pelanggan");
    const b = await preview(o, "Acara B untuk Gowa", "gowa", "besok jam 11", "Kantor B");
    expect(a.send).not.toBe(b.send);
    expect(Buffer.byteLength(b.send)).toBeLessThanOrEqual(64);

    // the old preview's Kirim, pressed while B's form is open
    const stale = await h.handle(h.updates.callback(SULSEL, a.send, a.message));
    expect(toast(stale)).toBe("Pratinjau ini sudah tidak berlaku (ada isian acara yang lebih baru, atau isiannya sudah selesai). Tidak ada yang dikirim.");
    expect(sentTo(stale, SULSEL.id)).toEqual([]);
    // a button of the same old preview from before the draft's id was in its data: judged by its message
    const legacy = await h.handle(h.updates.callback(SULSEL, "ev:dec:send", a.message));
    expect(toast(legacy)).toContain("Pratinjau ini sudah tidak berlaku");
    expect(await broadcasts()).toHaveLength(0);

    // B's own Kirim sends B, to B's recipients
    const sent = await h.handle(h.updates.callback(SULSEL, b.send, b.message));
    expect(sentTo(sent, SULSEL.id).join("\n")).toContain("✅ Acara masuk antrean siaran #1 untuk 2 pelanggan.");
    const queued = await broadcasts();
    expect(queued).toHaveLength(1);
    expect(JSON.parse(queued[0]!.payload).eventTitle).toBe("Acara B untuk Gowa");

    // pressed again once both forms are closed: still nothing
    for (const [data, message] of [[a.send, a.message], [b.send, b.message], [a.schedule, a.message]] as const) {
      const again = await h.handle(h.updates.callback(SULSEL, data, message));
      expect(toast(again)).toContain("Pratinjau ini sudah tidak berlaku");
    }
    expect(await broadcasts()).toHaveLength(1);
    // a crafted press by someone else is still refused as before
    expect(toast(await h.handle(h.updates.callback(user(300099), b.send, b.message)))).toBe("Perintah ini khusus petugas.");
  });
});

describe("5: a moved officer is told their scheduled announcement will not go out", () => {
  it("the officer reads that their Sulsel role was replaced and which announcement is withheld", async () => {
    const o = actor(h, MOVED);
    const d = await preview(o, "Pendaftaran Keliling Gowa", "gowa", "senin jam 10", "Lapangan Syekh Yusuf");
    await h.handle(h.updates.callback(MOVED, d.schedule, d.message));
    expect(await o.say("besok jam 9")).toContain("Dijadwalkan");

    const owner = actor(h, OWNER);
    const before = h.transport.calls.length;
    const reply = await owner.say(`/petugas tambah ${MOVED.id} jabar`);
    expect(reply).toContain("«Pendaftaran Keliling Gowa»");
    const told = sentTo(h.transport.calls.slice(before), MOVED.id).join("\n");
    expect(told).toContain("Anda sekarang petugas TanyaJamsos untuk Jawa Barat");
    expect(told).toContain("Tugas Anda sebelumnya (Sulawesi Selatan) diganti");
    expect(told).toContain("Pengumuman acara yang Anda jadwalkan tidak akan dikirim, karena acaranya di luar tugas Anda sekarang: «Pendaftaran Keliling Gowa».");

    // revoked with another scheduled announcement: told as well
    await grantOfficer(h.store.db, MOVED.id, "73", OWNER.id);
    const again = await preview(o, "Sosialisasi Maros", "maros", "senin jam 13", "Aula Maros");
    await h.handle(h.updates.callback(MOVED, again.schedule, again.message));
    await o.say("besok jam 9");
    const at = h.transport.calls.length;
    await owner.say(`/petugas hapus ${MOVED.id}`);
    const revoked = sentTo(h.transport.calls.slice(at), MOVED.id).join("\n");
    expect(revoked).toContain("Hak petugas TanyaJamsos Anda sudah dicabut");
    expect(revoked).toContain("«Sosialisasi Maros»");
  });
});

describe("6 and 12: the event form's regency and place steps", () => {
  it("takes 'semua' typed as all regencies, and a typo of a listed regency as that one", async () => {
    const o = actor(h, SULSEL);
    await o.say("/acara_baru");
    await o.say("Sosialisasi JKK");
    expect(await o.say("semua")).toContain("Kapan acaranya?");
    await o.say("/acara_baru");
    await o.say("Sosialisasi JKM");
    const reply = await o.say("maros, gowa, makassar, makasar, bone");
    expect(reply).not.toContain("bisa berarti beberapa");
    expect(reply).toContain("Kapan acaranya?");
    await o.say("/batal");
  });

  it("a photo at the place step is told where photos go", async () => {
    const o = actor(h, SULSEL);
    await o.say("/acara_baru");
    await o.say("Sosialisasi JHT");
    await o.press("ev:reg:all");
    await o.say("besok jam 10");
    expect(await o.photo("poster-1")).toBe("Tulis tempatnya dengan teks; foto/poster diminta di langkah berikutnya.");
    await o.say("/batal");
  });
});

describe("8 and 9: leads for an all-province officer", () => {
  it("shows a Sulsel lead in WITA in the list, the card after a status press and the CSV, and a repeated press changes nothing", async () => {
    const lead = await createLead(h.store.db, {
      chat_id: 300001, worker_kind: "bpu_fisher", occupation: "Nelayan", province_code: "73", region_label: "Kota Makassar, Sulawesi Selatan",
      programs: "jkk,jkm", phone: "+6281234567890", contact_via_telegram: 0,
    });
    const o = actor(h, ALL);
    const list = await o.say("/prospek");
    expect(list).toContain(`${lead.reference}`);
    expect(list).toContain("Masuk: 2026-11-27 09.37 WITA");
    expect(list).not.toContain("08.37 WIB");

    const first = await o.press(`lead:st:${lead.id}:contacted`);
    expect(first).toContain("Status diubah: Dihubungi");
    expect(first).toContain("09.37 WITA");
    expect(await o.press(`lead:st:${lead.id}:contacted`)).toBe("Prospek ini sudah berstatus Dihubungi.");

    const calls = await h.handle(h.updates.text(ALL, "/prospek_csv"));
    const doc = calls.find((c) => c.method === "sendDocument")!;
    expect(uploadedFile(doc).content).toContain("2026-11-27 09.37 WITA");
    expect(String(doc.payload.caption)).toContain("waktu dalam WITA");
  });
});

describe("10: /siaran and shared broadcasts", () => {
  it("names a broadcast for every province 'semua provinsi', spares the owner the stop rule, and answers words after the command", async () => {
    const o = actor(h, OWNER);
    await fillEventForm(o, { title: "Sosialisasi nasional", provinces: "semua", when: "besok jam 10", place: "Kantor Pusat" });
    expect(await o.press(decisionMessage(o).send)).toContain("Acara masuk antrean siaran");

    const officer = await actor(h, SULSEL).say("/siaran");
    expect(officer).toContain("↳ Siaran bersama untuk semua provinsi: angkanya untuk semua provinsi itu. Hanya petugas semua provinsi yang dapat menghentikannya.");
    expect(officer).not.toContain("Aceh");

    const owner = await actor(h, OWNER).say("/siaran");
    expect(owner).toContain("↳ Siaran bersama untuk semua provinsi: angkanya untuk semua provinsi itu.");
    expect(owner).not.toContain("Hanya petugas semua provinsi");

    expect(await actor(h, SULSEL).say("/siaran hentikan 1")).toContain("/siaran menampilkan siaran terakhir; hentikan siaran dengan tombol ⏹");
  });
});

describe("11: /tanyapetugas", () => {
  it("asks for words instead of emoji, takes a province typed for the question as the province, and remembers it", async () => {
    const citizen = user(300006, "Dewi");
    const a = actor(h, citizen);
    await a.say("/tanyapetugas");
    expect(await a.say("🙏🙏🙏")).toContain("Mohon tulis pertanyaan Anda dengan kata-kata");
    expect(await a.say("sulsel")).toContain("Provinsi dicatat: Sulawesi Selatan. Sekarang tulis pertanyaan Anda untuk petugas.");
    expect(await a.say("klaim")).toContain("Tulis pertanyaannya sedikit lebih lengkap");
    const before = h.transport.calls.length;
    expect(await a.say("saldo jht saya belum masuk")).toContain("sudah diteruskan ke petugas BPJS Ketenagakerjaan Sulawesi Selatan");
    const forwarded = sentTo(h.transport.calls.slice(before), SULSEL.id).join("\n");
    expect(forwarded).toContain("saldo jht saya belum masuk");
    expect(forwarded).not.toMatch(/🙏|\bsulsel\b/);

    // a second question: the province of the first is known
    await a.say("/tanyapetugas");
    const reply = await a.say("kapan kantor cabang buka hari sabtu");
    expect(reply).not.toContain("Di provinsi mana Anda?");
    expect(reply).toContain("sudah diteruskan ke petugas BPJS Ketenagakerjaan Sulawesi Selatan");
  });

  it("'Ya' under an older offer of a question does not send the question offered now", async () => {
    const citizen = user(300007, "Eko");
    await subscribe(h.store.db, citizen.id, { provinceCode: "73", topics: ["events"] });
    await storeUnanswered(h.store.db, { chatId: citizen.id, text: "iuran nelayan berapa sebulan", groupKey: "iuran nelayan" });
    await h.handle(h.updates.text(citizen, "/tanyapetugas"));
    const offer = (calls: ApiCall[]) => calls.find((c) => keyboardOf(c).some((b) => b.callback_data?.startsWith("tku:yes")))!;
    const first = offer(h.transport.calls.slice(-3));
    await storeUnanswered(h.store.db, { chatId: citizen.id, text: "cara klaim jkk di rumah sakit", groupKey: "klaim jkk" });
    const calls = await h.handle(h.updates.text(citizen, "/tanyapetugas"));
    const second = offer(calls);
    const firstYes = keyboardOf(first).find((b) => b.callback_data?.startsWith("tku:yes"))!.callback_data!;
    const secondYes = keyboardOf(second).find((b) => b.callback_data?.startsWith("tku:yes"))!.callback_data!;
    expect(firstYes).not.toBe(secondYes);

    const stale = await h.handle(h.updates.callback(citizen, firstYes, first.result as Message));
    expect(sentTo(stale, citizen.id).join("\n")).toContain("Tombol itu untuk tawaran pertanyaan sebelumnya dan sudah tidak berlaku.");
    expect(await h.store.db.selectFrom("tickets").selectAll().where("chat_id", "=", citizen.id).execute()).toHaveLength(0);

    // the subscription's province is offered, not assumed (it was given for announcements): confirmed here
    const asked = await h.handle(h.updates.callback(citizen, secondYes, second.result as Message));
    const provinceOffer = asked.find((c) => keyboardOf(c).some((b) => b.callback_data === "tkn:yes:73"))!;
    const sent = await h.handle(h.updates.callback(citizen, "tkn:yes:73", provinceOffer.result as Message));
    expect(sentTo(sent, citizen.id).join("\n")).toContain("sudah diteruskan ke petugas");
    const tickets = await h.store.db.selectFrom("tickets").select("question").where("chat_id", "=", citizen.id).execute();
    expect(tickets.map((t) => t.question)).toEqual(["cara klaim jkk di rumah sakit"]);
  });
});

describe("2: the numbers an officer writes into an announcement reach subscribers as written", () => {
  it("a hotline and a WhatsApp number in the description are neither masked in the preview nor in what is queued", async () => {
    const o = actor(h, SULSEL);
    await o.say("/acara_baru");
    await o.say("Sosialisasi BPU Maros");
    await o.say("maros");
    await o.say("besok jam 10");
    await o.say("Aula Kantor Camat Turikale");
    await o.say("Info: 0411-123456, WA 0812-3456-7890");
    await o.press("ev:photo:skip");
    const previewText = o.calls.map((c) => htmlToPlain(String(c.payload.text ?? c.payload.caption ?? ""))).join("\n");
    expect(previewText).toContain("Info: 0411-123456, WA 0812-3456-7890");
    const d = decisionMessage(o);
    await h.handle(h.updates.callback(SULSEL, d.send, d.message));
    const queued = (await broadcasts()).at(-1)!;
    expect(JSON.parse(queued.payload).text).toContain("0812-3456-7890");
    const stored = await h.store.db.selectFrom("events").select("description").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(stored.description).toBe("Info: 0411-123456, WA 0812-3456-7890");
  });
});
