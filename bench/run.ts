/**
 * `npm run bench`: figures, not assertions.
 * - question updates per second through the full bot, SQLite and PostgreSQL storage,
 *   beside a minimal echo bot with the same storage-backed session (the ratio is what
 *   routing, search and texts cost on top of the persistence every bot pays), first in
 *   process (grammY handed each update, replies captured by the local transport: the bot's
 *   own cost alone), then as deployed (bench/webhook.ts: webhook POSTs in, Bot API calls out
 *   over loopback HTTP, which every bot pays too);
 * - p50/p99 from update in to reply out;
 * - memory with 100,000 users in the database;
 * - cold start to the first answer;
 * - the broadcast engine (bench/broadcast.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import type { Update } from "grammy/types";
import { sql } from "kysely";
import { parseConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { createApp } from "../src/app";
import { openDatabase, type Store } from "../src/store";
import { LocalTransport, LOCAL_BOT_INFO } from "../src/bot/local-transport";
import { UpdateFactory } from "../src/bot/update-factory";
import { runBroadcastBench } from "./broadcast";
import { loadEvalSet } from "../tests/eval/evaluate";
import { bundleForNode } from "../tests/support/bundle";
import { createEchoBot, echoBotOverHttp, fullBotOverHttp } from "./webhook";

// the labelled evaluation questions: how people really type, answered, clarified and declined alike
const QUESTIONS = loadEvalSet().map((i) => i.text);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 3000);
const USERS = 500;

function makeUpdates(): Update[] {
  const f = new UpdateFactory();
  return Array.from({ length: UPDATES }, (_, i) => f.text({ id: 10_000 + (i % USERS), first_name: "U", language_code: "id" }, QUESTIONS[i % QUESTIONS.length]!));
}

function percentile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function drive(handle: (u: Update) => Promise<void>, updates: Update[]) {
  // warm-up: every user once (their rows exist afterwards, as in a running bot), and the JIT
  for (const u of updates.slice(0, Math.max(USERS, 500))) await handle(u);
  const times: number[] = [];
  const t0 = performance.now();
  for (const u of updates) {
    const s = performance.now();
    await handle(u);
    times.push(performance.now() - s);
  }
  const total = performance.now() - t0;
  times.sort((a, b) => a - b);
  return { perSecond: (updates.length / total) * 1000, p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

/** Parts of the full bot left out, to show what the ratio is made of (never in the headline figures). */
interface Without {
  /** The feature composers (enrollment, calculators' flows, officers, subscriptions, events, feedback, tickets, privacy). */
  features?: boolean;
  /** The knowledge search: every question gets the same one entry as its answer (no "Maksud Anda", no decline). */
  search?: boolean;
}

async function fullBot(store: Store, without: Without = {}) {
  const transport = new LocalTransport(LOCAL_BOT_INFO);
  const app = await createApp(parseConfig({ LOG_LEVEL: "silent", RATE_LIMIT: "0" }), {
    logger: createLogger("silent"),
    store,
    overrides: { botInfo: LOCAL_BOT_INFO, clientFetch: transport.fetch, ...(without.features ? { features: [] } : {}) },
  });
  if (without.search) {
    const entry = app.knowledge.entries[0]!;
    const fixed = { outcome: "answer" as const, confidence: 1, candidates: [{ entry, score: 1 }], coverage: 1, aboutHealthInsurance: false, outOfScope: false };
    app.search.search = () => fixed;
  }
  const result = await drive((u) => app.bot.handleUpdate(u), makeUpdates());
  await app.close();
  return result;
}

async function echoBot(store: Store) {
  const transport = new LocalTransport(LOCAL_BOT_INFO);
  const bot = createEchoBot(store, "0:echo", { botInfo: LOCAL_BOT_INFO, client: { fetch: transport.fetch as never } });
  return drive((u) => bot.handleUpdate(u), makeUpdates());
}

async function withSqlite<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-bench-"));
  const store = await openDatabase({ sqlitePath: join(dir, "bench.db") });
  try {
    return await fn(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withPostgres<T>(fn: (store: Store) => Promise<T>): Promise<T | string> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const schema = `bench_${process.pid}`;
  let admin: Store | undefined;
  try {
    admin = await openDatabase({ databaseUrl: url, migrate: false });
    await sql.raw(`create schema if not exists ${schema}`).execute(admin.db);
  } catch (error) {
    await admin?.close();
    return `not run (${(error as Error).message})`;
  }
  const store = await openDatabase({ databaseUrl: url, schema });
  try {
    return await fn(store);
  } finally {
    await store.close();
    await sql.raw(`drop schema if exists ${schema} cascade`).execute(admin.db);
    await admin.close();
  }
}

const fmt = (r: { perSecond: number; p50: number; p99: number }) => `${r.perSecond.toFixed(0).padStart(6)} updates/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`;

console.log(`TanyaJamsos bench — ${UPDATES} question updates (the ${QUESTIONS.length} labelled questions in turn) from ${USERS} users, sequential\n`);
type Result = Awaited<ReturnType<typeof drive>>;

/** The full bot beside the echo bot on each storage, and their throughput ratio. */
async function compare(title: string, full: (store: Store) => Promise<Result>, echo: (store: Store) => Promise<Result>) {
  console.log(title);
  for (const [name, runner] of [["SQLite", withSqlite], ["PostgreSQL", withPostgres]] as const) {
    const f = await runner(full);
    const e = await runner(echo);
    if (typeof f === "string" || typeof e === "string") {
      console.log(`${name}: ${typeof f === "string" ? f : e}`);
      continue;
    }
    console.log(`${name}`);
    console.log(`  full bot   ${fmt(f)}`);
    console.log(`  echo bot   ${fmt(e)}`);
    console.log(`  ratio      full/echo throughput = ${(f.perSecond / e.perSecond).toFixed(2)}`);
  }
}

await compare("In process: updates handed to grammY directly, replies captured by the local transport", fullBot, echoBot);
// the same comparison as deployed: webhook POSTs in, Bot API calls out, both over loopback HTTP
await compare(
  "\nAs deployed: each update POSTed to the webhook server, each reply sent over HTTP to the fake Bot API (same updates)",
  (store) => fullBotOverHttp(store, makeUpdates(), drive),
  (store) => echoBotOverHttp(store, makeUpdates(), drive),
);

// what the SQLite ratio is made of: the same bot with parts left out
{
  const perUpdate = (r: { perSecond: number }) => `${(1000 / r.perSecond).toFixed(3)} ms per update`;
  const echo = await withSqlite(echoBot);
  const full = await withSqlite((s) => fullBot(s));
  const noFeatures = await withSqlite((s) => fullBot(s, { features: true }));
  const bare = await withSqlite((s) => fullBot(s, { features: true, search: true }));
  console.log(`\nWhere the full bot's time goes (SQLite, same updates):`);
  console.log(`  full bot                                        ${perUpdate(full)}`);
  console.log(`  without the feature composers                   ${perUpdate(noFeatures)}`);
  console.log(`  ... and without search (one fixed answer)       ${perUpdate(bare)}`);
  console.log(`  echo bot                                        ${perUpdate(echo)}   (half its throughput = ${(2000 / echo.perSecond).toFixed(3)} ms per update)`);
}

// memory with 100,000 users, in a fresh process (bench/memory.ts)
{
  const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-memory-"));
  const bundle = bundleForNode("bench/memory.ts", "dist/bench", "memory");
  const m = JSON.parse(execFileSync(process.execPath, ["--expose-gc", bundle, join(dir, "memory.db")], { encoding: "utf8" }).trim().split("\n").pop()!);
  rmSync(dir, { recursive: true, force: true });
  console.log(`\nMemory, fresh process, ${m.users.toLocaleString("en")} users in the SQLite file, after ${m.updates.toLocaleString("en")} questions from ${m.updates.toLocaleString("en")} of them (after a full GC):`);
  console.log(`  RSS ${m.rssMiB} MiB, heap used ${m.heapMiB} MiB   (before the app: RSS ${m.rssBeforeAppMiB} MiB, heap ${m.heapBeforeAppMiB} MiB)`);
}

// cold start, in a fresh process: as deployed (`npm start` runs the esbuild bundle with plain node)
// and, for comparison, through tsx as in development
{
  const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-cold-"));
  const bundle = bundleForNode("bench/cold-start.ts", "dist/bench", "cold-start");
  const measure = (args: string[], db: string) => JSON.parse(execFileSync(process.execPath, [...args, join(dir, db)], { encoding: "utf8" }).trim().split("\n").pop()!);
  const bundled = measure([bundle], "bundled.db");
  const dev = measure(["--import", "tsx", "bench/cold-start.ts"], "tsx.db");
  rmSync(dir, { recursive: true, force: true });
  console.log(`\nCold start to first answer (fresh process, fresh SQLite file, knowledge loaded and indexed):`);
  console.log(`  npm start (bundle, node)   ${bundled.processToAnswerMs} ms   (modules ${bundled.moduleLoadMs} ms, createApp ${bundled.createAppMs} ms, first answer ${bundled.firstAnswerMs} ms)`);
  console.log(`  npm run dev (tsx)          ${dev.processToAnswerMs} ms   (modules ${dev.moduleLoadMs} ms, createApp ${dev.createAppMs} ms, first answer ${dev.firstAnswerMs} ms)`);
}

console.log("\nBroadcast engine, 10,000 recipients against the fake Bot API over HTTP (SQLite):");
await runBroadcastBench({ log: (line) => console.log(`  ${line}`) });
