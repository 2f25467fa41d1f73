/**
 * A question the bot declines is kept for officers (linked to the asker, 12 months). In a private
 * chat the offer after the decline says so; where no offer follows — a question outside our
 * programs, or a "Tidak ada yang cocok" press in a group — the decline itself must say it, so no
 * question is kept unsaid (UU PDP 27/2022).
 */
import { afterEach, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

describe("a declined question is never kept unsaid", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const keptRows = async (chatId: number) => {
    const user = await h!.store.db.selectFrom("users").select("user_ref").where("chat_id", "=", chatId).executeTakeFirst();
    if (!user) return [];
    return h!.store.db.selectFrom("unanswered_questions").select("text").where("user_ref", "=", user.user_ref).execute();
  };

  it("an out-of-scope question kept in a private chat: the decline says it is kept, for how long, and how to delete it", async () => {
    h = await createHarness();
    const reply = await chatActor(h, worker(7101)).say("prakiraan cuaca besok hujan angin petir di laut");
    expect(await keptRows(7101)).toHaveLength(1);
    expect(reply).toContain("Pertanyaan ini disimpan, terhubung ke Anda");
    expect(reply).toContain("paling lama 12 bulan");
    expect(reply).toContain("/hapusdata");
  });

  it("in English for an English asker", async () => {
    h = await createHarness();
    const reply = await chatActor(h, worker(7102, "en")).say("does the bpjs pay for my office arisan?");
    expect(await keptRows(7102)).toHaveLength(1);
    expect(reply).toContain("This question is kept, linked to you");
    expect(reply).toContain("12 months");
  });

  it("an in-scope decline in a private chat says it once, in the offer that follows, not twice", async () => {
    h = await createHarness();
    const reply = await chatActor(h, worker(7103)).say("xyzzy qwerty plugh bpjs");
    expect(reply).toContain("Beri tahu saya");
    expect(await keptRows(7103)).toHaveLength(1);
    expect(reply).toContain("tetap disimpan");
    expect(reply).not.toContain("Pertanyaan ini disimpan, terhubung ke Anda");
  });
});
