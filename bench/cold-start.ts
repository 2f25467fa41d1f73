/** Child of bench/run.ts: time from process start to the first answer, with a fresh SQLite file. */
import { parseConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { createLocalApp, LocalSession } from "../src/cli/local-session";

const startedAt = performance.now();
const config = parseConfig({ LOG_LEVEL: "silent", SQLITE_PATH: process.argv[2] ?? "data/bench-cold.db", RATE_LIMIT: "0" });
const { app, transport } = await createLocalApp(config, { logger: createLogger("silent") });
const ready = performance.now();
const session = new LocalSession(app, transport);
const [reply] = await session.send({ id: 1, first_name: "Bench", language_code: "id" }, "apa itu jht");
const answered = performance.now();
if (!reply?.text.includes("Sumber")) throw new Error("no answer");
console.log(JSON.stringify({ processToAnswerMs: Math.round(answered), moduleLoadMs: Math.round(startedAt), createAppMs: Math.round(ready - startedAt), firstAnswerMs: Math.round(answered - ready) }));
await app.close();
