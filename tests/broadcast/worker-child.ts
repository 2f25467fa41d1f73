/**
 * A broadcast worker process for the crash/resume test: drains the queue of a SQLite file
 * (or a PostgreSQL schema) against a (fake) Bot API, then exits 0. Configured by environment
 * variables: BC_SQLITE or BC_DATABASE_URL + BC_SCHEMA, BC_API_ROOT, BC_TOKEN, BC_RATE,
 * BC_WORKER_ID, BC_LEASE_MS, BC_BATCH.
 */
import { Api } from "grammy";
import { openDatabase } from "../../src/store/database";
import { BroadcastWorker } from "../../src/broadcast/worker";

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is unset`);
  return v;
};

const store = process.env.BC_DATABASE_URL
  ? await openDatabase({ databaseUrl: process.env.BC_DATABASE_URL, schema: env("BC_SCHEMA"), poolSize: 2 })
  : await openDatabase({ sqlitePath: env("BC_SQLITE") });
const worker = new BroadcastWorker({
  db: store.db,
  dialect: store.dialect,
  api: new Api(env("BC_TOKEN"), { apiRoot: env("BC_API_ROOT") }),
  ratePerSecond: Number(env("BC_RATE")),
  workerId: env("BC_WORKER_ID"),
  leaseMs: Number(env("BC_LEASE_MS")),
  batchSize: Number(env("BC_BATCH")),
});
process.stdout.write("ready\n");
await worker.runUntilIdle();
await store.close();
process.stdout.write("idle\n");
