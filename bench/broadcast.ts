/**
 * Broadcast engine benchmark: 10,000 recipients on a temporary SQLite file against the fake
 * Bot API (in this process, over loopback HTTP).
 *
 * 1. the configured default rate (25/s): 10,000 messages would take ~7 minutes, so it runs for
 *    a fixed window and reports the throughput reached against the limit;
 * 2. a high configured limit (1000/s, the paid-broadcast maximum): the whole 10,000, showing
 *    the engine's own ceiling;
 * 3. an effectively unlimited rate: what the engine + SQLite + HTTP stack does flat out.
 *
 * Peak RSS / heap are sampled every 50 ms (they include the fake server and its call log).
 *
 *   npx tsx bench/broadcast.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Api } from "grammy";
import { startFakeTelegram, type FakeTelegram } from "../tests/support/fake-telegram";
import { openDatabase, type Store } from "../src/store/database";
import { broadcastProgress, cancelBroadcast, enqueueBroadcast } from "../src/broadcast/queue";
import { BroadcastWorker } from "../src/broadcast/worker";

export interface BroadcastBenchPhase {
  name: string;
  configuredPerSecond: number;
  messages: number;
  seconds: number;
  perSecond: number;
  /** Highest number of sends in any 1000 ms window (as Telegram would count them). */
  peakPerSecond: number;
  /** Share of the configured limit reached (perSecond / configuredPerSecond). */
  utilisation: number;
  complete: boolean;
}

export interface BroadcastBenchResult {
  recipients: number;
  enqueueMs: number;
  phases: BroadcastBenchPhase[];
  peakRssMb: number;
  peakHeapMb: number;
  baselineRssMb: number;
  baselineHeapMb: number;
}

export interface BroadcastBenchOptions {
  recipients?: number;
  /** Window for the default-rate phase (default 8 s). */
  defaultRateWindowMs?: number;
  defaultRate?: number;
  highRate?: number;
  log?: (line: string) => void;
}

const MB = 1024 * 1024;

function peakWindow(ts: number[]): number {
  const sorted = [...ts].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! >= 1000) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

async function seedUsers(store: Store, tg: FakeTelegram, ids: number[]): Promise<void> {
  const now = new Date().toISOString();
  for (const id of ids) tg.user(id, { startedBot: true });
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < ids.length; i += 500) {
      await trx
        .insertInto("users")
        .values(ids.slice(i, i + 500).map((id) => ({ chat_id: id, user_ref: `bench-${id}`, language: "id", first_seen: now, last_seen: now })))
        .execute();
    }
  });
}

export async function runBroadcastBench(options: BroadcastBenchOptions = {}): Promise<BroadcastBenchResult> {
  const log = options.log ?? (() => undefined);
  const n = options.recipients ?? 10_000;
  const defaultRate = options.defaultRate ?? 25;
  const highRate = options.highRate ?? 1000;
  const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-bench-broadcast-"));
  const tg = await startFakeTelegram();
  const store = await openDatabase({ sqlitePath: join(dir, "bench.db") });
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });

  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);

  const phases: BroadcastBenchPhase[] = [];
  let enqueueMs = 0;
  try {
    const ids = Array.from({ length: n }, (_, i) => 8_000_000_000 + i);
    await seedUsers(store, tg, ids);
    const message = { text: "<b>Info BPJS Ketenagakerjaan</b>: iuran BPU bisa dibayar lewat aplikasi JMO.", parseMode: "HTML" as const };

    const enqueue = async () => {
      const t0 = performance.now();
      const id = await enqueueBroadcast(store.db, { createdBy: 1, kind: "bench", message, recipients: ids });
      enqueueMs = Math.max(enqueueMs, performance.now() - t0);
      return id;
    };

    const phase = async (name: string, rate: number, windowMs?: number): Promise<void> => {
      const id = await enqueue();
      const before = tg.sendTimestamps().length;
      const worker = new BroadcastWorker({ db: store.db, dialect: store.dialect, api, ratePerSecond: rate, workerId: `bench-${name}` });
      const t0 = Date.now();
      if (windowMs === undefined) {
        await worker.runUntilIdle();
      } else {
        worker.start();
        await new Promise((r) => setTimeout(r, windowMs));
        await cancelBroadcast(store.db, id);
        await worker.stop();
      }
      const seconds = (Date.now() - t0) / 1000;
      const ts = tg.sendTimestamps().slice(before);
      const progress = await broadcastProgress(store.db, id);
      const perSecond = ts.length / seconds;
      const result: BroadcastBenchPhase = {
        name,
        configuredPerSecond: rate,
        messages: ts.length,
        seconds: Math.round(seconds * 100) / 100,
        perSecond: Math.round(perSecond * 10) / 10,
        peakPerSecond: peakWindow(ts),
        utilisation: Math.round((perSecond / rate) * 1000) / 1000,
        complete: progress?.status === "done" && progress.sent === n,
      };
      phases.push(result);
      log(
        `${name.padEnd(22)} limit ${String(rate).padStart(6)}/s  sent ${String(result.messages).padStart(6)} in ${result.seconds.toFixed(2).padStart(6)} s` +
          `  = ${result.perSecond.toFixed(1).padStart(7)}/s (${(result.utilisation * 100).toFixed(1)}% of limit)  peak 1-s window ${result.peakPerSecond}` +
          (windowMs === undefined ? `  ${result.complete ? "all delivered" : "INCOMPLETE"}` : "  (window, then cancelled)"),
      );
    };

    await phase("default rate", defaultRate, options.defaultRateWindowMs ?? 8000);
    await phase("high limit", highRate);
    await phase("unlimited (ceiling)", 1_000_000);
  } finally {
    clearInterval(sampler);
    await store.close();
    await tg.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const result: BroadcastBenchResult = {
    recipients: n,
    enqueueMs: Math.round(enqueueMs),
    phases,
    peakRssMb: Math.round(peakRss / MB),
    peakHeapMb: Math.round(peakHeap / MB),
    baselineRssMb: Math.round(base.rss / MB),
    baselineHeapMb: Math.round(base.heapUsed / MB),
  };
  log(`enqueue of ${n} deliveries (one transaction): ${result.enqueueMs} ms (slowest of ${phases.length})`);
  log(`memory: peak RSS ${result.peakRssMb} MB (baseline ${result.baselineRssMb} MB), peak heap ${result.peakHeapMb} MB (baseline ${result.baselineHeapMb} MB)`);
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = Date.now();
  await runBroadcastBench({ log: (line) => console.log(line) });
  console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
