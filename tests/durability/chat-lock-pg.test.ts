/**
 * Audit 13 #12: two webhook instances on one PostgreSQL database, two updates of one chat at
 * once. Instance A is still handling "/hitung" (its prompt is on its way; the form's state is
 * written when the update ends) when instance B gets the press of that prompt's "BPU" button.
 * B waits for A's per-chat lock, then reads the form A saved: the press is taken, and the form
 * goes on. Without the lock B would read no form and the press would be lost (or B's write
 * would wipe A's state). Runs only with TEST_DATABASE_URL.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { dropSchema } from "../helpers/pg-schema";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sql } from "kysely";
import type { Message } from "grammy/types";
import { openDatabase, type Store } from "../../src/store/database";
import { LocalTransport, LOCAL_BOT_INFO } from "../../src/bot/local-transport";
import { htmlToPlain } from "../../src/bot/html";
import { createHarness, type Harness } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";

const url = process.env.TEST_DATABASE_URL?.trim();
if (!url) console.log("chat-lock-pg.test.ts: PostgreSQL tests not run: TEST_DATABASE_URL is unset");
else describe("one chat's updates on two instances (PostgreSQL advisory lock per chat)", () => {
  const schema = `tj_lock_${process.pid}_${randomBytes(4).toString("hex")}`;
  const opened: { h?: Harness; store: Store }[] = [];
  afterEach(async () => {
    for (const o of opened.splice(0)) {
      await o.h?.close();
      await o.store.close();
    }
    await dropSchema(url, schema);
  });

  /** An instance: its own pool on the shared schema; `gate` holds its sends while set. */
  async function instance() {
    const store = await openDatabase({ databaseUrl: url, schema, poolSize: 4 });
    const transport = new LocalTransport(LOCAL_BOT_INFO);
    let gate: Promise<void> | undefined;
    let entered: (() => void) | undefined;
    const fetch = async (u: string | URL, init?: { body?: unknown }) => {
      if (gate && String(u).endsWith("/sendMessage")) {
        entered?.();
        await gate;
      }
      return transport.fetch(u, init);
    };
    const h = await createHarness({ store, overrides: { clientFetch: fetch } });
    opened.push({ h, store });
    return {
      h,
      transport,
      store,
      /** The next sendMessage waits until `open()`; `held` resolves when it is waiting. */
      hold() {
        let open!: () => void;
        gate = new Promise<void>((r) => (open = r));
        const held = new Promise<void>((r) => (entered = r));
        return { held, open: () => ((gate = undefined), open()) };
      },
    };
  }

  it("the second instance waits for the first and takes the button pressed under the first one's prompt", async () => {
    const a = await instance();
    const b = await instance();
    const citizen: SimUser = { id: 8801, first_name: "Ani", language_code: "id" };
    const prompt: Message = { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: citizen.id, type: "private", first_name: "Ani" }, text: "Hitung iuran untuk siapa?" } as Message;

    const slow = a.hold();
    const first = a.h.app.bot.handleUpdate(a.h.updates.text(citizen, "/hitung"));
    await slow.held;
    // B's update of the same chat, while A is mid-update
    const second = b.h.app.bot.handleUpdate(b.h.updates.callback(citizen, "calc:k:bpu", prompt));
    // B is waiting for the chat's lock in PostgreSQL (a condition on the database, not a sleep)
    await vi.waitFor(async () => {
      const r = await sql<{ n: number }>`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`.execute(a.store.db);
      expect(r.rows[0]!.n).toBeGreaterThan(0);
    }, { timeout: 10_000, interval: 20 });
    slow.open();
    await Promise.all([first, second]);

    const said = (t: LocalTransport) => t.calls.filter((c) => c.method === "sendMessage").map((c) => htmlToPlain(String(c.payload.text)));
    expect(said(a.transport).join("\n")).toContain("Hitung iuran untuk siapa");
    // B took the press: it asks for the income, the form's next step
    expect(said(b.transport).join("\n")).toContain("penghasilan");
    // and the form goes on, on either instance
    await a.h.app.bot.handleUpdate(a.h.updates.text(citizen, "Rp 1.000.000"));
    expect(said(a.transport).join("\n")).toContain("Rp16.800");
  });

  it("different chats do not wait for each other", async () => {
    const a = await instance();
    const b = await instance();
    const slow = a.hold();
    const first = a.h.app.bot.handleUpdate(a.h.updates.text({ id: 8811, first_name: "Ani", language_code: "id" }, "/hitung"));
    await slow.held;
    // another chat on B is answered while A still holds its own chat's lock
    await b.h.app.bot.handleUpdate(b.h.updates.text({ id: 8812, first_name: "Budi", language_code: "id" }, "/hitung"));
    expect(b.transport.calls.some((c) => c.method === "sendMessage")).toBe(true);
    slow.open();
    await first;
  });
});
