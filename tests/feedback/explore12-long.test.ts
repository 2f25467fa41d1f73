/**
 * Exploratory report 12, M9: a 👎 comment that goes on with a new question ("jawabannya kurang jelas,
 * sy kontrak pkwt abis kontrak dapet jkp ga") is kept as the vote's comment (whole) and the question is answered.
 */
import { describe, expect, it } from "vitest";
import { createHarness, closedAfterEach } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";
import { htmlToPlain } from "../../src/bot/html";
import type { Message } from "grammy/types";
import { commentAndQuestion } from "../../src/bot/features/feedback/index";

const closing = closedAfterEach();

const user: SimUser = { id: 51290, first_name: "Rina", language_code: "id" };

describe("M9: a 👎 comment with a new question in it", () => {
  it("keeps the comment and answers the question in it", async () => {
    const h = await createHarness();
    closing(h);
    const answer = (await h.handle(h.updates.text(user, "apa itu jht"))).find((c) => c.method === "sendMessage")!;
    await h.handle(h.updates.callback(user, "fb:0:jht-apa-itu", answer.result as Message));
    const calls = await h.handle(h.updates.text(user, "jawabannya kurang jelas, sy kontrak pkwt abis kontrak dapet jkp ga"));
    const reply = calls.filter((c) => c.method === "sendMessage").map((c) => htmlToPlain(String(c.payload.text ?? ""))).join("\n");
    expect(reply).toContain("masukan Anda kami catat");
    expect(reply).toMatch(/JKP/);
    expect(reply).toMatch(/PKWT|kontrak/i);
    const fb = await h.store.db.selectFrom("feedback").selectAll().where("helpful", "=", 0).executeTakeFirstOrThrow();
    expect(fb.comment).toBe("jawabannya kurang jelas, sy kontrak pkwt abis kontrak dapet jkp ga");
  });

  it("tells a comment alone and a comment with a question apart", () => {
    expect(commentAndQuestion("syarat pencairannya tidak dijelaskan")).toBeUndefined();
    expect(commentAndQuestion("kurang lengkap, tolong ditambah syaratnya")).toBeUndefined();
    expect(commentAndQuestion("kurang lengkap. kalau phk gimana?")).toEqual({ comment: "kurang lengkap", question: "kalau phk gimana?" });
  });
});
