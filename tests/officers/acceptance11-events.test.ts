/**
 * Acceptance test 11 (/work/notes/acceptance11-village-officers.md N6): /acara_baru typed while a
 * finished event preview waits (not sent, scheduled or discarded) threw the draft away silently.
 * It now asks first, "Pratinjau «…» belum dikirim. Buang dan mulai yang baru?", with two buttons
 * tied to their own draft as the preview's are.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { actor, audit, clockAt, fillEventForm, officerHarness, OWNER, user } from "./setup";
import type { ApiCall } from "../../src/bot/local-transport";
import { htmlToPlain } from "../../src/bot/html";
import { grantOfficer } from "../../src/store/repos/officers";
import { subscribe } from "../../src/officers/subscriptions";

// Fri 27 Nov 2026, 09.37 WITA
clockAt(new Date("2026-11-27T01:37:00Z"));

let h: Awaited<ReturnType<typeof officerHarness>>;
let nextOfficer = 200_300;
const officer = async (language_code = "id") => {
  const u = { ...user(nextOfficer++, "Andi"), language_code };
  await grantOfficer(h.store.db, u.id, "73", OWNER.id);
  return u;
};

beforeAll(async () => {
  h = await officerHarness();
  await subscribe(h.store.db, 300_301, { provinceCode: "73", topics: ["events"] });
});
afterAll(() => h.close());

type Actor = ReturnType<typeof actor>;
const keyboardOf = (c: ApiCall | undefined) => ((c?.payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] })?.inline_keyboard ?? []).flat();
const toast = (calls: ApiCall[]) => calls.find((c) => c.method === "answerCallbackQuery")?.payload.text;
const withButtons = (a: Actor, prefix: string) => a.calls.find((c) => keyboardOf(c).some((b) => b.callback_data?.startsWith(prefix)));
const dataOf = (call: ApiCall | undefined, prefix: string) => keyboardOf(call).map((b) => b.callback_data ?? "").find((d) => d.startsWith(prefix))!;
const drafts = (title: string) => h.store.db.selectFrom("events").selectAll().where("title", "=", title).execute();
const broadcasts = () => h.store.db.selectFrom("broadcasts").selectAll().orderBy("id").execute();

/** Fills the form to the preview; returns the decision message and its Kirim's data. */
async function preview(a: Actor, title: string) {
  await fillEventForm(a, { title, when: "besok jam 10", place: "Kantor Desa" });
  const call = withButtons(a, "ev:dec:send");
  expect(call).toBeDefined();
  const send = dataOf(call, "ev:dec:send");
  return { message: call!.result as Message, send, schedule: dataOf(call, "ev:dec:schedule"), id: Number(send.split(":").at(-1)) };
}

describe("N6: /acara_baru while a finished preview waits asks before discarding it", () => {
  it("asks with two buttons (≤ 64 bytes); Kembali keeps the draft, whose own Kirim still sends it", async () => {
    const u = await officer();
    const a = actor(h, u);
    const g = await preview(a, "Acara G");
    const reply = await a.say("/acara_baru");
    expect(reply).toBe("Pratinjau «Acara G» belum dikirim. Buang dan mulai yang baru?");
    expect(reply).not.toContain("Acara baru (1/7)");
    const ask = withButtons(a, "ev:new:");
    expect(keyboardOf(ask).map((b) => b.text)).toEqual(["🗑 Buang, mulai baru", "↩️ Kembali ke pratinjau"]);
    for (const b of keyboardOf(ask)) expect(Buffer.byteLength(b.callback_data ?? "")).toBeLessThanOrEqual(64);
    expect(await drafts("Acara G")).toHaveLength(1);

    const kept = await a.press(dataOf(ask, "ev:new:no:"));
    expect(kept).toContain("Pratinjau «Acara G» masih menunggu");
    expect(keyboardOf(withButtons(a, "ev:dec:send")).map((b) => b.callback_data)).toContain(g.send);
    // the preview's own Kirim sends G
    const sent = await h.handle(h.updates.callback(u, g.send, g.message));
    expect(sent.filter((c) => c.method === "sendMessage").map((c) => htmlToPlain(String(c.payload.text))).join("\n")).toContain("antrean siaran");
    expect((await drafts("Acara G"))[0]?.status).toBe("sent");
    expect(JSON.parse((await broadcasts()).at(-1)!.payload).eventTitle).toBe("Acara G");

    // the question's buttons once that form has ended: nothing discarded, no form started
    const stale = await h.handle(h.updates.callback(u, dataOf(ask, "ev:new:yes:"), ask!.result as Message));
    expect(toast(stale)).toContain("Pertanyaan ini sudah tidak berlaku");
    expect(stale.some((c) => c.method === "sendMessage")).toBe(false);
    expect((await drafts("Acara G"))[0]?.status).toBe("sent");
    // crafted by someone who is no officer: refused as the preview's buttons are
    expect(toast(await h.handle(h.updates.callback(user(300_399), dataOf(ask, "ev:new:yes:"), ask!.result as Message)))).toBe("Perintah ini khusus petugas.");
  });

  it("Buang discards the draft (audited), says so and starts a new form; the old preview's Kirim then sends nothing", async () => {
    const u = await officer();
    const a = actor(h, u);
    const g = await preview(a, "Acara H");
    await a.say("/acara_baru");
    const reply = await a.press(dataOf(withButtons(a, "ev:new:"), "ev:new:yes:"));
    expect(reply).toContain("Pratinjau «Acara H» dibuang; tidak ada yang dikirim.");
    expect(reply).toContain("Acara baru (1/7)");
    expect(await drafts("Acara H")).toEqual([]);
    expect((await audit(h, "event_discarded")).some((r) => JSON.parse(String(r.details)).event_id === g.id)).toBe(true);
    const before = (await broadcasts()).length;
    const old = await h.handle(h.updates.callback(u, g.send, g.message));
    expect(old.map((c) => String(c.payload.text ?? "")).join("\n")).not.toContain("antrean siaran");
    expect(await broadcasts()).toHaveLength(before);
    // the new form goes on
    expect(await a.say("Acara H2")).toContain("kabupaten/kota");
  });

  it("at Jadwalkan's time step the draft is still pending: asked too, and Kembali asks the time again", async () => {
    const u = await officer();
    const a = actor(h, u);
    const g = await preview(a, "Acara J");
    await h.handle(h.updates.callback(u, g.schedule, g.message));
    expect(await a.say("/acara_baru")).toBe("Pratinjau «Acara J» belum dikirim. Buang dan mulai yang baru?");
    expect(await a.press(dataOf(withButtons(a, "ev:new:"), "ev:new:no:"))).toContain("Kapan");
    expect(await a.say("besok jam 8")).toContain("Dijadwalkan");
    expect((await drafts("Acara J"))[0]?.status).toBe("scheduled");
  });

  it("a question left under one preview does not discard a newer one", async () => {
    const u = await officer();
    const a = actor(h, u);
    const k = await preview(a, "Acara K");
    await a.say("/acara_baru");
    const askK = withButtons(a, "ev:new:");
    // K discarded with its own Batal, then a new preview L
    expect(toast(await h.handle(h.updates.callback(u, k.send.replace("ev:dec:send", "ev:dec:discard"), k.message)))).toBeUndefined();
    expect(await drafts("Acara K")).toEqual([]);
    await preview(a, "Acara L");
    const stale = await h.handle(h.updates.callback(u, dataOf(askK, "ev:new:yes:"), askK!.result as Message));
    expect(toast(stale)).toContain("Pertanyaan ini sudah tidak berlaku");
    expect(await drafts("Acara L")).toHaveLength(1);
  });

  it("in English", async () => {
    const a = actor(h, await officer("en"));
    await fillEventForm(a, { title: "Event M", when: "besok jam 10", place: "Village hall" });
    expect(await a.say("/acara_baru")).toBe("The preview «Event M» has not been sent. Discard it and start a new one?");
    expect(keyboardOf(withButtons(a, "ev:new:")).map((b) => b.text)).toEqual(["🗑 Discard, start new", "↩️ Back to the preview"]);
    expect(await a.press(dataOf(withButtons(a, "ev:new:"), "ev:new:yes:"))).toContain("New event");
  });

  it("Telegram would have accepted every call (HTML, button data)", () => {
    expect(h.transport.violations).toEqual([]);
  });
});
