/**
 * Child of bench/run.ts: memory of the bot with 100,000 users in its SQLite file, in a fresh
 * process (run with --expose-gc) so that nothing the other benchmarks left behind is counted.
 */
import { parseConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { createApp } from "../src/app";
import { openDatabase } from "../src/store";
import { LocalTransport, LOCAL_BOT_INFO } from "../src/bot/local-transport";
import { UpdateFactory } from "../src/bot/update-factory";

const USERS = 100_000;
const QUESTIONS = [
  "apa itu jht", "brp iuran bpu sebulan", "gmn klaim jht kl resign", "ahli waris dapat berapa", "jkp itu apa",
  "syarat klaim jkm", "dana desa boleh bayar iuran bpjs tk", "usia pensiun jp brp", "kecelakaan kerja ditanggung apa aja",
  "cara daftar bpjs tk ojol", "jht bs cair gk klo msh kerja", "beasiswa anak peserta", "how to claim jht", "halo",
];
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const store = await openDatabase({ sqlitePath: process.argv[2]! });
const now = new Date().toISOString();
for (let start = 0; start < USERS; start += 5_000) {
  await store.db.insertInto("users").values(Array.from({ length: 5_000 }, (_, i) => ({ chat_id: 1_000_000 + start + i, user_ref: `ref${start + i}`, language: "id", first_seen: now, last_seen: now, blocked: 0 as const }))).execute();
}
gc();
const before = process.memoryUsage();
const transport = new LocalTransport(LOCAL_BOT_INFO);
const app = await createApp(parseConfig({ LOG_LEVEL: "silent", RATE_LIMIT: "0" }), { logger: createLogger("silent"), store, overrides: { botInfo: LOCAL_BOT_INFO, clientFetch: transport.fetch } });
const f = new UpdateFactory();
// 20,000 questions from 20,000 different users: sessions, remembered users and follow-up topics all grow
for (let i = 0; i < 20_000; i++) await app.bot.handleUpdate(f.text({ id: 1_000_000 + ((i * 37) % USERS), first_name: "U" }, QUESTIONS[i % QUESTIONS.length]!));
transport.reset(); // the local transport keeps every reply for tests: that log is not the bot's memory
gc();
const after = process.memoryUsage();
console.log(JSON.stringify({ users: USERS, updates: 20_000, rssMiB: mib(after.rss), heapMiB: mib(after.heapUsed), heapBeforeAppMiB: mib(before.heapUsed), rssBeforeAppMiB: mib(before.rss) }));
await app.close();
await store.close();
