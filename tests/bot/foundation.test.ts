import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonLabels, createHarness, throwingFeature, worker, type Harness } from "../helpers/harness";
import { ConfigError, parseConfig } from "../../src/config";
import { LOCAL_BOT_INFO } from "../../src/bot/local-transport";
import { menuCommands } from "../../src/bot/commands";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ extraFeatures: [() => throwingFeature()] });
});
afterAll(() => h.close());

describe("/start and the main menu", () => {
  it("greets in Indonesian and shows the six menu items", async () => {
    const calls = await h.handle(h.updates.text(worker(1), "/start"));
    const reply = calls.find((c) => c.method === "sendMessage")!;
    expect(String(reply.payload.text)).toContain("Halo, Budi");
    expect(buttonLabels(reply)).toEqual([
      "❓ Tanya program", "🧮 Hitung iuran", "📝 Daftar minat", "🏡 Dana desa", "📣 Acara & pengumuman", "🙋 Tanya petugas", "ℹ️ Bantuan",
    ]);
  });

  it("greets in English when the Telegram client is English", async () => {
    const calls = await h.handle(h.updates.text(worker(2, "en-US"), "/start"));
    const reply = calls.find((c) => c.method === "sendMessage")!;
    expect(String(reply.payload.text)).toContain("Hello, Budi");
    expect(buttonLabels(reply)).toContain("📝 I want to join");
  });

  it("switches to English with /bahasa and keeps it", async () => {
    const user = worker(3);
    const calls = await h.handle(h.updates.text(user, "/bahasa"));
    const prompt = calls.find((c) => c.method === "sendMessage")!;
    expect(buttonLabels(prompt)).toEqual(["🇮🇩 Bahasa Indonesia", "🇬🇧 English"]);
    await h.handle(h.updates.callback(user, "lang:en", prompt.result as never));
    const [help] = await h.say(user, "/bantuan");
    expect(help).toContain("What I can do");
    // what is sent later (announcements, officers' answers) is worded in the chosen language too
    const row = await h.store.db.selectFrom("users").select("language").where("chat_id", "=", user.id).executeTakeFirstOrThrow();
    expect(row.language).toBe("en");
  });

  it("escapes a name that looks like HTML", async () => {
    const calls = await h.handle(h.updates.text({ id: 4, first_name: "<b>Ani</b> & co", language_code: "id" }, "/start"));
    expect(String(calls[0]!.payload.text)).toContain("&lt;b&gt;Ani&lt;/b&gt; &amp; co");
  });

  it("/help lists example questions", async () => {
    const [help] = await h.say(worker(5), "/help");
    expect(help).toContain("brp iuran bpu sebulan");
  });

  it("/bantuan lists every command of Telegram's menu, and the bot knows each of them", async () => {
    const [help] = await h.say(worker(6), "/bantuan");
    const listed = [...help!.matchAll(/^\/([a-z]+) — /gm)].map((m) => m[1]!);
    const menu = menuCommands("id", (key) => key).map((c) => c.command);
    expect(listed).toEqual(menu);
    // the rights a user has over their data are among them
    expect(listed).toEqual(expect.arrayContaining(["dataku", "hapusdata", "tarikpersetujuan", "berhenti"]));
    for (const [i, command] of listed.entries()) {
      const replies = await h.say(worker(700 + i), `/${command}`);
      expect(replies.join("\n"), command).not.toContain("tidak saya kenal");
      await h.say(worker(700 + i), "/batal");
    }
  });
});

describe("free text", () => {
  it("a photo with a question under it: says the picture is not read, and answers the question", async () => {
    const photo = (caption?: string) =>
      h.updates.raw({ message: { message_id: 7, date: 0, chat: { id: 14, type: "private", first_name: "A" }, from: { id: 14, is_bot: false, first_name: "A" }, photo: [{ file_id: "p", file_unique_id: "q", width: 9, height: 9 }], ...(caption ? { caption } : {}) } } as never);
    const texts = (await h.handle(photo("syarat klaim jkm apa saja"))).filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));
    expect(texts[0]).toContain("belum bisa membaca gambar");
    expect(texts[1]).toContain("akta kematian");
    const bare = (await h.handle(photo())).filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));
    expect(bare).toEqual([expect.stringContaining("hanya bisa membaca pesan teks")]);
  });

  it("a question corrected after it was sent is answered as corrected; in a group an edit says nothing", async () => {
    const edited = (chat: { id: number; type: "private" | "group" }, text: string) =>
      h.updates.raw({ edited_message: { message_id: 8, date: 0, edit_date: 5, chat: { ...chat, first_name: "A", title: "G" }, from: { id: 15, is_bot: false, first_name: "A" }, text } } as never);
    const texts = (await h.handle(edited({ id: 15, type: "private" }, "syarat klaim jkm apa saja"))).filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));
    expect(texts.join("\n")).toContain("akta kematian");
    expect(await h.handle(edited({ id: -15, type: "group" }, "syarat klaim jkm apa saja"))).toEqual([]);
  });

  it("thanks get a 'you're welcome', not a decline, and nothing is recorded as unanswered", async () => {
    const before = await h.store.db.selectFrom("unanswered_questions").selectAll().execute();
    const [reply] = await h.say(worker(12), "makasih ya kak");
    expect(reply).toContain("Sama-sama");
    expect(reply).not.toContain("belum bisa menjawab");
    expect(await h.store.db.selectFrom("unanswered_questions").selectAll().execute()).toHaveLength(before.length);
    // "who are you" is answered with the introduction
    expect((await h.say(worker(12), "kamu siapa"))[0]).toContain("Saya TanyaJamsos");
  });

  it("answers a question from the knowledge base with its source line", async () => {
    const [answer] = await h.say(worker(10), "apa itu jht");
    expect(answer).toMatch(/JHT|Jaminan Hari Tua/);
    expect(answer).toMatch(/Sumber: .*PP 46\/2015/);
  });

  it("understands informal typing: the right answer comes at once or as the first 'Maksud Anda…?' choice", async () => {
    const calls = await h.handle(h.updates.text(worker(11), "gmn klaim jht kl resign"));
    const reply = calls.find((c) => c.method === "sendMessage")!;
    let answer = String(reply.payload.text);
    if (answer.includes("Maksud Anda")) {
      const first = (reply.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard[0]![0]!;
      expect(first.callback_data).toBe("kb:jht-klaim-resign");
      const pressed = await h.handle(h.updates.callback(worker(11), first.callback_data, reply.result as never));
      answer = String(pressed.find((c) => c.method === "sendMessage")!.payload.text);
    }
    expect(answer).toMatch(/JHT/);
    expect(answer).toMatch(/resign/i);
    expect(answer).toContain("Sumber:");
  });

  it("'Maksud Anda…?' offers buttons a reader can tell apart: whole, short and different labels", async () => {
    let clarified = 0;
    for (const [i, question] of ["brp iuran bpu sebulan", "gmn klaim jht kl resign", "iuran ojol 1 bulan berapa", "how much is the jkm benefit", "jht bisa buat beli rumah?"].entries()) {
      const reply = (await h.handle(h.updates.text(worker(30 + i), question))).find((c) => c.method === "sendMessage")!;
      const rows = (reply.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)?.inline_keyboard ?? [];
      const options = rows.flat().filter((b) => b.callback_data.startsWith("kb:") && b.callback_data !== "kb:none").map((b) => b.text);
      if (!String(reply.payload.text).match(/Maksud Anda|Did you mean/)) continue;
      clarified++;
      expect(options.length, question).toBeGreaterThanOrEqual(2);
      expect(new Set(options).size, question).toBe(options.length);
      for (const label of options) {
        expect(label.length, label).toBeLessThanOrEqual(40);
        expect(label, question).not.toMatch(/…$/);
      }
    }
    expect(clarified).toBeGreaterThan(0);
  });

  it("an answer resting on an unconfirmed rule says so and points to 175", async () => {
    const [reply] = await h.say(worker(16), "apakah dana desa 2026 boleh untuk bayar bpjs ketenagakerjaan");
    expect(reply).toContain("Permendesa PDT 16/2025");
    expect(reply).toContain("belum terkonfirmasi resmi");
    expect(reply).toContain("175");
  });

  it("declines a question outside what it knows and points to 175, without offering a follow-up", async () => {
    const replies = await h.say(worker(12), "prakiraan cuaca makassar besok hujan tidak");
    expect(replies[0]).toContain("175");
    expect(replies).toHaveLength(1);
  });

  it("answers an English question in English, source line included", async () => {
    const [reply] = await h.say(worker(14), "how do i claim jht after resigning");
    expect(reply).toContain("Source:");
    expect(reply).toMatch(/waiting period/);
  });

  it("informal Indonesian from a phone set to English is answered in Indonesian, and the forms that follow are too", async () => {
    const phoneInEnglish = worker(19, "en");
    const [answer] = await h.say(phoneInEnglish, "gmn klaim jht kl resign");
    expect(answer).toContain("Sumber:");
    expect(answer).not.toContain("Source:");
    expect((await h.say(phoneInEnglish, "/daftar")).join()).toContain("Daftar minat");
    await h.say(phoneInEnglish, "/batal");
    // an English question is still answered in English
    expect((await h.say(phoneInEnglish, "how do i claim jht after resigning")).join()).toContain("Source:");
  });

  it("short English messages get English replies even from an Indonesian client; 'ok' stays Indonesian", async () => {
    expect((await h.say(worker(16), "thanks")).join()).toContain("You're welcome");
    expect((await h.say(worker(17), "who are you")).join()).toContain("I am TanyaJamsos");
    expect((await h.say(worker(18), "ok")).join()).toContain("Sama-sama");
    // a greeting is no question: "good morning" had got the JHT rules for leaving Indonesia "for good"
    const greeting = (await h.say(worker(71), "good morning")).join();
    expect(greeting).toContain("I am TanyaJamsos");
    expect(greeting).not.toContain("for good");
    expect((await h.say(worker(72), "Good morning, how much is the JKM contribution?")).join()).toContain("Source:");
    expect((await h.say(worker(74), "good night")).join()).toContain("I am TanyaJamsos");
    // a greeting before an Indonesian question does not make it English
    expect((await h.say(worker(75), "hi good morning, iuran bpu brp")).join()).toContain("Sumber:");
    // short English questions on an Indonesian phone are answered in English
    expect((await h.say(worker(73), "who pays JKP")).join()).not.toContain("Sumber:");
    expect((await h.say(worker(76), "can JP be taken as a lump sum?")).join()).not.toMatch(/Sumber:|Maksud Anda/);
    // one English question does not turn an Indonesian phone's next questions English
    const onceEnglish = worker(22);
    await h.say(onceEnglish, "how do I register as an informal worker");
    expect((await h.say(onceEnglish, "bpjs kesehatan perangkat desa bisa dibayar dd?")).join()).toContain("Sumber:");
    expect((await h.say(onceEnglish, "syaratnya apa aja")).join()).toContain("Maksud Anda");
    // a one-word "thanks" does not make the next Indonesian message English
    const mixed = worker(21);
    expect((await h.say(mixed, "thanks")).join()).toContain("You're welcome");
    expect((await h.say(mixed, "ok makasih")).join()).toContain("Sama-sama");
  });

  it("thanks in any order or language get 'Sama-sama', and 'ga jadi' a short reply; neither is recorded as unanswered", async () => {
    for (const [i, text] of ["oke siap makasih min", "matur nuwun", "ok thanks", "terima kasih banyak ya kak"].entries()) {
      expect((await h.say(worker(60 + i), text)).join()).toContain("Sama-sama");
    }
    expect((await h.say(worker(65), "ga jadi deh")).join()).toContain("tidak apa-apa");
    expect((await h.say(worker(67), "sy mau batal aja")).join()).toContain("tidak apa-apa");
    // a question after the thanks is still a question
    expect((await h.say(worker(66), "makasih, trus iuran jkm brp")).join()).not.toContain("Sama-sama");
  });

  it("a number alone that no calculation waits for is asked about, not answered with some entry nor recorded", async () => {
    const reply = (await h.say(worker(68), "8")).join();
    expect(reply).toContain("Angka saja belum bisa saya pahami");
    expect(reply).not.toContain("Sumber:");
  });

  it("points health-care questions to BPJS Kesehatan", async () => {
    const [reply] = await h.say(worker(15), "cara pindah faskes bpjs kesehatan");
    expect(reply).toContain("BPJS Kesehatan");
    expect(reply).toContain("Mobile JKN");
  });

  it("replies to stickers and other non-text politely", async () => {
    const calls = await h.handle(h.updates.raw({ message: { message_id: 1, date: 0, chat: { id: 13, type: "private", first_name: "A" }, from: { id: 13, is_bot: false, first_name: "A" }, sticker: { file_id: "x", file_unique_id: "y", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } } as never }));
    expect(String(calls.find((c) => c.method === "sendMessage")?.payload.text)).toContain("pesan teks");
  });
});

describe("groups", () => {
  const group = { id: -100123, type: "supergroup" as const, title: "Warga" };

  it("stays silent on a group message that does not mention it", async () => {
    const calls = await h.handle(h.updates.text(worker(20), "brp iuran bpu sebulan", { chat: group }));
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);
  });

  const mention = (text: string) => ({ chat: group, entities: [{ type: "mention" as const, offset: 0, length: LOCAL_BOT_INFO.username.length + 1 }] });

  it("answers when mentioned, without the vote buttons that lead to a private conversation", async () => {
    const text = `@${LOCAL_BOT_INFO.username} apa itu jht`;
    const calls = await h.handle(h.updates.text(worker(21), text, mention(text)));
    const sent = calls.filter((c) => c.method === "sendMessage");
    expect(sent).toHaveLength(1);
    expect(buttonLabels(sent[0])).not.toContain("👍");
  });

  it("a bare mention brings the menu", async () => {
    const text = `@${LOCAL_BOT_INFO.username}`;
    const calls = await h.handle(h.updates.text(worker(25), text, mention(text)));
    expect(buttonLabels(calls.find((c) => c.method === "sendMessage"))).toContain("❓ Tanya program");
  });

  it("a question it cannot answer in a group is recorded under the asker, not the group", async () => {
    const text = `@${LOCAL_BOT_INFO.username} prakiraan cuaca makassar besok hujan tidak`;
    const calls = await h.handle(h.updates.text(worker(24), text, mention(text)));
    // no offer follows in a group: the decline itself says the question is kept, why, how long, and how to delete it
    const decline = String(calls.find((c) => c.method === "sendMessage")!.payload.text);
    expect(decline).toContain("Pertanyaan ini disimpan, terhubung ke Anda");
    expect(decline).toContain("12 bulan");
    expect(decline).toContain("/hapusdata");
    const groupUser = await h.store.db.selectFrom("users").select("chat_id").where("chat_id", "=", group.id).executeTakeFirst();
    expect(groupUser).toBeUndefined();
    const asker = await h.store.db.selectFrom("users").select("user_ref").where("chat_id", "=", 24).executeTakeFirstOrThrow();
    const rows = await h.store.db.selectFrom("unanswered_questions").select("text").where("user_ref", "=", asker.user_ref).execute();
    expect(rows.map((r) => r.text)).toEqual(["prakiraan cuaca makassar besok hujan tidak"]);
  });

  it("never asks for or shows personal data in a group: it points to a private chat instead", async () => {
    const me = LOCAL_BOT_INFO.username;
    for (const command of ["daftar", "dataku", "hapusdata", "tarikpersetujuan", "tanyapetugas", "langganan"]) {
      const calls = await h.handle(h.updates.text(worker(23), `/${command}@${me}`, { chat: group }));
      const sent = calls.filter((c) => c.method === "sendMessage");
      expect(sent, command).toHaveLength(1);
      expect(String(sent[0]!.payload.text), command).toContain("chat pribadi");
      const button = (sent[0]!.payload.reply_markup as { inline_keyboard: { url?: string }[][] }).inline_keyboard[0]![0]!;
      expect(button.url, command).toBe(command === "daftar" ? `https://t.me/${me}?start=join` : `https://t.me/${me}`);
    }
    // the deep link opens the enrollment in the private chat
    const [consent] = await h.say(worker(23), "/start join");
    expect(consent).toContain("UU 27/2022");
  });

  it("answers commands addressed to it and ignores other bots' commands", async () => {
    expect((await h.handle(h.updates.text(worker(22), `/start@${LOCAL_BOT_INFO.username}`, { chat: group }))).some((c) => c.method === "sendMessage")).toBe(true);
    expect((await h.handle(h.updates.text(worker(22), "/start@OtherBot", { chat: group }))).some((c) => c.method === "sendMessage")).toBe(false);
  });
});

describe("errors", () => {
  it("a handler that throws yields a short apology, not silence and not a stack trace", async () => {
    const [reply] = await h.say(worker(30), "/boom");
    expect(reply).toContain("Maaf, terjadi gangguan");
    expect(reply).not.toMatch(/exploded|secret|\.ts:\d+|\bat \S+:\d+/);
  });

  it("a stale or forged button gets 'tombol ini sudah tidak berlaku'", async () => {
    const calls = await h.handle(h.updates.callback(worker(31), "kb:does-not-exist"));
    expect(calls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe("Tombol ini sudah tidak berlaku.");
    const forged = await h.handle(h.updates.callback(worker(31), "x".repeat(60)));
    expect(forged.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe("Tombol ini sudah tidak berlaku.");
  });
});

describe("configuration", () => {
  it("reports every bad value by its variable name", () => {
    let error: unknown;
    try {
      parseConfig({ BOT_TOKEN: "not-a-token", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud", OWNER_IDS: "12,abc" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = (error as ConfigError).message;
    for (const name of ["BOT_TOKEN", "DATABASE_URL", "LOG_LEVEL", "OWNER_IDS"]) expect(text).toContain(name);
  });

  it("requires WEBHOOK_SECRET with WEBHOOK_URL", () => {
    expect(() => parseConfig({ WEBHOOK_URL: "https://bot.example.org/hook" })).toThrow(/WEBHOOK_SECRET/);
  });

  it("accepts an empty environment (local mode)", () => {
    const config = parseConfig({});
    expect(config.BOT_TOKEN).toBeUndefined();
    expect(config.DEFAULT_LANGUAGE).toBe("id");
    expect(config.OWNER_IDS).toEqual([]);
  });
});
