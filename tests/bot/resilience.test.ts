import { afterEach, describe, expect, it } from "vitest";
import { Composer } from "grammy";
import { createHarness, worker, type Harness } from "../helpers/harness";

const open: Harness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

describe("resilience", () => {
  it("answers a flood once, politely, and ignores the rest of it", async () => {
    const h = await createHarness({ env: { RATE_LIMIT: "3" } });
    open.push(h);
    const replies: string[] = [];
    for (let i = 0; i < 12; i++) replies.push(...(await h.say(worker(50), "apa itu jht")));
    expect(replies.filter((r) => r.includes("terlalu cepat"))).toHaveLength(1);
    expect(replies.filter((r) => r.includes("Sumber"))).toHaveLength(3);
    // another user is not affected
    expect((await h.say(worker(51), "apa itu jht"))[0]).toContain("Sumber");
  });

  it("splits a message over 4096 characters into clean parts", async () => {
    const long = new Composer<any>();
    long.command("panjang", (ctx) => ctx.reply(`<b>Daftar</b>\n${"baris dengan <i>teks</i> &amp; angka 123\n".repeat(400)}`, { parse_mode: "HTML", reply_markup: { inline_keyboard: [[{ text: "OK", callback_data: "menu:help" }]] } }));
    const h = await createHarness({ extraFeatures: [() => long] });
    open.push(h);
    const calls = await h.handle(h.updates.text(worker(60), "/panjang"));
    const sent = calls.filter((c) => c.method === "sendMessage");
    expect(sent.length).toBeGreaterThan(3);
    expect(h.transport.violations).toEqual([]);
    expect(sent.at(-1)!.payload.reply_markup).toBeDefined();
    expect(sent[0]!.payload.reply_markup).toBeUndefined();
  });

  it("escapes user text put into HTML replies", async () => {
    const h = await createHarness();
    open.push(h);
    const calls = await h.handle(h.updates.text({ id: 70, first_name: "</b><a href='x'>", language_code: "id" }, "/start"));
    expect(h.transport.violations).toEqual([]);
    expect(String(calls[0]!.payload.text)).toContain("&lt;/b&gt;&lt;a href='x'&gt;");
  });
});
