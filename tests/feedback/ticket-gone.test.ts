/**
 * Exploratory report 3, item 4: an officer replies to a ticket whose asker has since used
 * /hapusdata. The reply must not be searched as a question ("Maksud Anda…?"); the officer
 * is told the ticket is gone and nothing is sent to anyone else.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { createHarness, worker, type Harness } from "../helpers/harness";
import type { ApiCall } from "../../src/bot/local-transport";
import { htmlToPlain } from "../../src/bot/html";
import { grantOfficer } from "../../src/store/repos/officers";
import { deleteUserData } from "../../src/store/repos/privacy";
import { listAudit } from "../../src/store/repos/audit";

const OWNER = 1;
const OFFICER_SULSEL = 200001;
const ASKER = 300050;
let h: Harness;

const sends = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage");

beforeAll(async () => {
  h = await createHarness({ env: { OWNER_IDS: String(OWNER) } });
  await grantOfficer(h.store.db, OFFICER_SULSEL, "73", OWNER);
});
afterAll(() => h.close());

describe("a reply to a ticket whose asker deleted their data", () => {
  it("tells the officer the ticket is gone, and neither searches nor relays the reply", async () => {
    const asker = worker(ASKER);
    await h.say(asker, "/tanyapetugas");
    await h.say(asker, "Pak saya Siti, kenapa saldo JHT saya belum masuk?");
    const before = h.transport.calls.length;
    const done = await h.say(asker, "Makassar");
    const reference = /TK-\d{4}-\d{6}/.exec(done.join("\n"))![0];
    const forward = h.transport.calls.slice(before).find((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === OFFICER_SULSEL)!;
    expect(forward).toBeDefined();

    await deleteUserData(h.store.db, ASKER);
    expect(await h.store.db.selectFrom("tickets").selectAll().execute()).toEqual([]);

    const officer = worker(OFFICER_SULSEL);
    const calls = await h.handle(h.updates.text(officer, "Baik Bu Siti Aminah, nanti kami telepon ya, tunggu sore ini", { replyTo: forward.result as Message }));
    const sent = sends(calls);
    expect(sent.map((c) => Number(c.payload.chat_id))).toEqual([OFFICER_SULSEL]);
    const text = htmlToPlain(String(sent[0]!.payload.text));
    expect(text).toContain(`Tiket ${reference} sudah tidak ada`);
    expect(text).toContain("menghapus datanya");
    expect(text).not.toContain("Maksud Anda");
    expect(sent[0]!.payload.reply_markup).toBeUndefined();

    // not kept as a question in the officer's session, and audited without the text
    const session = await h.store.db.selectFrom("sessions").select("value").where("key", "like", `%${OFFICER_SULSEL}%`).execute();
    expect(JSON.stringify(session)).not.toContain("Siti Aminah");
    const [entry] = await listAudit(h.store.db, { action: "ticket_reply_gone" });
    expect(entry!.actor).toBe(String(OFFICER_SULSEL));
    expect(entry!.details).not.toContain("Siti");
    expect(await h.store.db.selectFrom("unanswered_questions").selectAll().execute()).toEqual([]);
    expect(h.transport.violations).toEqual([]);
  });
});
