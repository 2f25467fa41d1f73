/**
 * End to end: the real bot process talks HTTP to a fake Telegram Bot API
 * (tests/support/fake-telegram.ts), in long polling and in webhook mode, and
 * simulated users play it through.
 */
import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram";
import { startBotProcess, type BotProcess } from "./process";
import { openDatabase } from "../../src/store";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup() {
  const tg = await startFakeTelegram();
  const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-e2e-"));
  cleanups.push(() => tg.close(), () => rmSync(dir, { recursive: true, force: true }));
  const sqlitePath = join(dir, "bot.db");
  const env = { BOT_TOKEN: tg.token, BOT_API_ROOT: tg.apiRoot, SQLITE_PATH: sqlitePath };
  const start = async (extra: Record<string, string> = {}) => {
    const bot = startBotProcess({ ...env, ...extra });
    cleanups.push(() => bot.kill("SIGKILL"));
    return bot;
  };
  return { tg, start, sqlitePath };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

async function startPolling(bot: BotProcess, tg: FakeTelegram) {
  await bot.waitForOutput(/long polling started/);
  await tg.waitForLongPoll();
}

describe("end to end over HTTP", () => {
  it("long polling: registers commands, answers a question with its source", async () => {
    const { tg, start } = await setup();
    const bot = await start();
    await startPolling(bot, tg);
    expect(tg.calls.some((c) => c.method === "setMyCommands")).toBe(true);
    const ani = tg.user(101, { first_name: "Ani", language_code: "id" });
    ani.sendCommand("/start");
    await ani.waitForMessage(/TanyaJamsos/);
    ani.sendText("apa itu jht");
    const answer = await ani.waitForMessage(/Sumber/);
    expect(answer.text).toContain("Jaminan Hari Tua");
  });

  it("an enrollment with buttons survives a hard restart in the middle", async () => {
    const { tg, start, sqlitePath } = await setup();
    let bot = await start();
    await startPolling(bot, tg);
    const budi = tg.user(202, { first_name: "Budi", language_code: "id" });
    budi.sendText("saya mau daftar");
    await budi.waitForMessage(/UU 27\/2022/);
    budi.pressButton("✅ Setuju");
    await budi.waitForMessage(/pekerja yang mana/);
    budi.pressButton("Petani");
    await budi.waitForMessage(/provinsi/);
    // the update is handled (its conversation state written) once it is logged; kill right then
    await bot.waitForHandledUpdates(3);
    await bot.kill("SIGKILL");
    bot = await start();
    await startPolling(bot, tg);

    budi.sendText("sulawesi barat");
    await budi.waitForMessage(/Kabupaten\/kota/);
    budi.sendText("mamuju");
    await budi.waitForMessage(/Kecamatan/);
    budi.pressButton("Lewati");
    await budi.waitForMessage(/Program apa/);
    budi.pressButton("▫️ JKK (kecelakaan kerja)");
    await budi.waitForEdit();
    budi.pressButton("Selesai ➡️");
    await budi.waitForMessage(/menghubungi Anda/);
    budi.pressKeyboardButton("Hubungi lewat Telegram saja");
    await budi.waitForMessage(/Periksa lagi/);
    budi.pressButton("✅ Kirim");
    const done = await budi.waitForMessage(/TJ-\d{4}-\d{6}/);
    // no officer works in Sulawesi Barat here: the confirmation promises no call-back, it points to 175
    expect(done.text).toContain("belum ada petugas untuk provinsi Anda");
    expect(done.text).not.toContain("3 hari kerja");
    // killed the moment the user saw the confirmation: the lead must be there after a restart
    await bot.kill("SIGKILL");
    const reference = /TJ-\d{4}-\d{6}/.exec(done.text!)![0];
    const store = await openDatabase({ sqlitePath, migrate: false });
    const lead = await store.db.selectFrom("leads").selectAll().where("reference", "=", reference).executeTakeFirst();
    await store.close();
    expect(lead).toMatchObject({ chat_id: 202, worker_kind: "bpu_farmer", province_code: "76", contact_via_telegram: 1 });
    bot = await start();
    await startPolling(bot, tg);
    budi.sendCommand("/daftar");
    expect((await budi.waitForMessage(/sudah punya pendaftaran/)).text).toContain(reference);
  });

  it("a user subscribes, an officer announces an event, the broadcast reaches the subscriber", async () => {
    const { tg, start } = await setup();
    const bot = await start({ OWNER_IDS: "900", BROADCAST_RATE_PER_SECOND: "20" });
    await startPolling(bot, tg);
    const ani = tg.user(401, { first_name: "Ani", language_code: "id" });
    ani.sendCommand("/langganan");
    await ani.waitForMessage(/Yang disimpan/);
    ani.pressButton("✅ Setuju");
    await ani.waitForMessage(/Provinsi mana/);
    ani.sendText("sulsel");
    await ani.waitForMessage(/Kabupaten\/kota mana/);
    ani.pressButton("Seluruh provinsi");
    await ani.waitForMessage(/Langganan tersimpan/);

    const officer = tg.user(900, { first_name: "Petugas", language_code: "id" });
    officer.sendCommand("/acara_baru");
    await officer.waitForMessage(/judul/);
    officer.sendText("Sosialisasi BPU di Sidrap");
    await officer.waitForMessage(/provinsi mana/);
    officer.sendText("Sulsel");
    await officer.waitForMessage(/kabupaten\/kota/);
    officer.pressButton("Semua kabupaten/kota");
    await officer.waitForMessage(/WITA/);
    officer.sendText("besok jam 9");
    await officer.waitForMessage(/Di mana tempatnya/);
    officer.sendText("Aula Kantor Bupati");
    await officer.waitForMessage(/keterangan/);
    officer.sendText("Gratis, bawa KTP.");
    await officer.waitForMessage(/foto/);
    officer.pressButton("Tanpa foto");
    await officer.waitForMessage(/1 pelanggan/);
    officer.pressButton("📤 Kirim");

    const announcement = await ani.waitForMessage(/Sosialisasi BPU di Sidrap/, { timeoutMs: 15_000 });
    expect(announcement.text).toContain("WITA");
    const sends = tg.calls.filter((c) => c.method === "sendMessage" && Number(c.params.chat_id) === 401 && String(c.params.text).includes("Sosialisasi BPU"));
    expect(sends).toHaveLength(1);

    ani.sendCommand("/berhenti");
    await ani.waitForMessage(/berhenti|dihentikan/i);
  });

  it("webhook mode: checks the secret header and answers /healthz", async () => {
    const { tg, start } = await setup();
    const port = await freePort();
    const bot = await start({ WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`, WEBHOOK_SECRET: "s3cret-token-123", PORT: String(port) });
    await bot.waitForOutput(/webhook server listening/);
    expect(tg.webhook()?.url).toBe(`http://127.0.0.1:${port}/telegram`);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, database: true });

    const forged = await fetch(`http://127.0.0.1:${port}/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "wrong" },
      body: JSON.stringify({ update_id: 1, message: { message_id: 1, date: 0, chat: { id: 9, type: "private" }, text: "/start" } }),
    });
    expect(forged.status).toBe(401);

    const citra = tg.user(303, { first_name: "Citra", language_code: "en" });
    citra.sendText("how do i claim jht after resigning");
    const reply = await citra.waitForMessage(/Source|Sumber|mean/);
    expect(reply.text!.length).toBeGreaterThan(20);
  });
});
