/** Shared helpers for the broadcast tests (against the real fake Bot API over HTTP). */
import type { Kysely } from "kysely";
import type { ApiCallRecord, FakeTelegram } from "../support/fake-telegram";
import type { Database, Delivery } from "../../src/store/schema";

const SEND = new Set(["sendMessage", "sendPhoto"]);

export function isSend(call: ApiCallRecord): boolean {
  return SEND.has(call.method);
}

/** Successful sends (messages that reached the chat) per chat id. */
export function okSendsPerChat(tg: FakeTelegram): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of tg.calls) {
    if (!isSend(c) || !c.ok) continue;
    const chat = Number(c.params.chat_id);
    out.set(chat, (out.get(chat) ?? 0) + 1);
  }
  return out;
}

export function okSendCount(tg: FakeTelegram): number {
  return tg.calls.filter((c) => isSend(c) && c.ok).length;
}

/** Resolves once at least n sends have succeeded, driven by the fake's call events (no polling). */
export function waitForOkSends(tg: FakeTelegram, n: number, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let off: () => void = () => undefined;
    const timer = setTimeout(() => {
      off();
      reject(new Error(`only ${okSendCount(tg)} of ${n} sends within ${timeoutMs} ms`));
    }, timeoutMs);
    const check = () => {
      if (okSendCount(tg) >= n) {
        clearTimeout(timer);
        off();
        resolve();
      }
    };
    off = tg.onCall(check);
    check();
  });
}

export async function deliveriesOf(db: Kysely<Database>, broadcastId: number): Promise<Delivery[]> {
  return db.selectFrom("deliveries").selectAll().where("broadcast_id", "=", broadcastId).orderBy("id").execute();
}

export function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}
