/**
 * `npm run --silent ask -- --jsonl`: batch interface for evaluation. Each input
 * line {"id","text"} is sent as a private message from a new user through the
 * whole bot; one JSON line per input is written to stdout, nothing else.
 */
import { createInterface } from "node:readline";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { createLogger } from "../logger";
import { loadConfigOrExit } from "./config-or-exit";
import { LocalSession, createLocalApp } from "./local-session";

const InputLine = z.object({ id: z.union([z.string(), z.number()]).transform(String), text: z.string() });

async function main(): Promise<void> {
  if (!process.argv.includes("--jsonl")) {
    console.error('usage: npm run --silent ask -- --jsonl < questions.jsonl   (lines of {"id": "...", "text": "..."})');
    process.exit(2);
  }
  // Every line comes from a new user, so nothing may carry over between runs: a throwaway
  // SQLite file, never the bot's real database. A script is never a flood either.
  const scratch = mkdtempSync(join(tmpdir(), "tanyajamsos-ask-"));
  process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
  const config = { ...loadConfigOrExit(), RATE_LIMIT: 0, DATABASE_URL: undefined, SQLITE_PATH: join(scratch, "ask.db") };
  let last: { matched: string | null; confidence: number | null } = { matched: null, confidence: null };
  const { app, transport } = await createLocalApp(config, {
    logger: createLogger("silent"),
    overrides: {
      observer: {
        onSearch: ({ result, matched }) => {
          last = { matched, confidence: result.candidates.length ? Math.round(result.confidence * 1000) / 1000 : null };
        },
      },
    },
  });
  const session = new LocalSession(app, transport);
  let userId = 500_000_000;
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    let input: z.infer<typeof InputLine>;
    try {
      input = InputLine.parse(JSON.parse(raw));
    } catch {
      process.stdout.write(`${JSON.stringify({ id: null, error: "invalid input line: expected {\"id\": string, \"text\": string}" })}\n`);
      continue;
    }
    last = { matched: null, confidence: null };
    const replies = await session.send({ id: ++userId, first_name: "Eval", language_code: "id" }, input.text);
    const buttons = replies.flatMap((r) => r.buttons.map((b) => b.label));
    process.stdout.write(
      `${JSON.stringify({ id: input.id, reply: replies.map((r) => r.text).join("\n"), buttons, matched: last.matched, confidence: last.confidence })}\n`,
    );
  }
  await app.close();
}

main().catch((error) => {
  console.error(`ask failed: ${(error as Error).message}`);
  process.exit(1);
});
