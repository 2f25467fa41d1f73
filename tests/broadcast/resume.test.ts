/**
 * Crash safety (SQLite file and PostgreSQL schema): a worker process is SIGKILLed
 * mid-broadcast; a new one (other worker id)
 * takes over the expired leases and finishes. Every recipient gets the message, none is
 * skipped, and only in-flight messages (at most one claim batch) may arrive twice.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram";
import type { Store } from "../../src/store/database";
import { touchUser } from "../../src/store/repos/users";
import { broadcastProgress, enqueueBroadcast } from "../../src/broadcast/queue";
import { engines, type BroadcastTarget } from "./targets";
import { deliveriesOf, okSendCount, okSendsPerChat, range, waitForOkSends } from "./helpers";

const CHILD = fileURLToPath(new URL("./worker-child.ts", import.meta.url));
const BATCH = 5;

function runChild(env: Record<string, string>): { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exited };
}

for (const engine of engines("resume.test.ts")) {
  describe(`broadcast: resume after SIGKILL of a worker process (${engine.name})`, () => {
    let target: BroadcastTarget;
    let tg: FakeTelegram;
    let store: Store | undefined;

    beforeEach(async () => {
      target = await engine.makeTarget();
      tg = await startFakeTelegram();
      store = undefined;
      store = await target.open();
    });

    afterEach(async () => {
      await store?.close();
      await tg.close();
      await target.dispose();
    });

    it("a killed worker's broadcast is finished by the next one; duplicates ≤ one claim batch", { timeout: 60_000 }, async () => {
      const db = store!.db;
      const ids = range(6_000_000_000, 60);
      for (const id of ids) {
        tg.user(id, { startedBot: true });
        await touchUser(db, id);
      }
      const broadcastId = await enqueueBroadcast(db, {
        createdBy: 1,
        kind: "announcement",
        message: { text: "Pengingat: bayar iuran BPU sebelum tanggal 15." },
        recipients: ids,
      });
      const env = {
        ...target.childEnv,
        BC_API_ROOT: tg.apiRoot,
        BC_TOKEN: tg.token,
        BC_RATE: "20",
        BC_BATCH: String(BATCH),
      };

      const first = runChild({ ...env, BC_WORKER_ID: "first", BC_LEASE_MS: "30000" });
      await waitForOkSends(tg, 17);
      first.child.kill("SIGKILL");
      const killed = await first.exited;
      expect(killed.signal).toBe("SIGKILL");
      const sentBeforeKill = okSendCount(tg);
      expect(sentBeforeKill).toBeLessThan(ids.length);
      const mid = await broadcastProgress(db, broadcastId);
      expect(mid!.status).toBe("running");

      // New process, new worker id: it waits for the dead worker's lease (300 ms) and takes over.
      const second = runChild({ ...env, BC_WORKER_ID: "second", BC_LEASE_MS: "300" });
      const done = await second.exited;
      expect(done.code, done.stderr).toBe(0);

      const perChat = okSendsPerChat(tg);
      for (const id of ids) expect(perChat.get(id) ?? 0, String(id)).toBeGreaterThanOrEqual(1);
      const duplicates = okSendCount(tg) - ids.length;
      console.log(`${engine.name}: ${sentBeforeKill} sent before SIGKILL, ${duplicates} sent twice (claim batch ${BATCH})`);
      expect(duplicates).toBeGreaterThanOrEqual(0);
      expect(duplicates).toBeLessThanOrEqual(BATCH);
      const rows = await deliveriesOf(db, broadcastId);
      expect(rows.every((r) => r.status === "sent" && r.message_id !== null)).toBe(true);
      expect(rows.some((r) => r.claimed_by === "second")).toBe(true);
      expect(await broadcastProgress(db, broadcastId)).toEqual({ total: 60, sent: 60, failed: 0, blocked: 0, pending: 0, status: "done" });
      expect(tg.maxSendsPerSecond()).toBeLessThanOrEqual(20);
    });
  });
}
