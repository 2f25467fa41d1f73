/**
 * The terminal chat behind `npm run chat` and a token-less `npm start`: talk to the
 * very same bot in the terminal. Type a message,
 * `#N` to press button N of the last reply (its messages' buttons are numbered in
 * one run, so a clarification's options and a note's button under it both count), `/quit` to leave. Works with
 * piped input too: each line's reply is printed before the next line is read.
 */
import { createInterface } from "node:readline";
import { loadConfigOrExit } from "./config-or-exit";
import { createLogger } from "../logger";
import { LocalSession, createLocalApp, formatReplies } from "./local-session";

export async function runTerminalChat(): Promise<void> {
  // one local user typing or a script replaying lines is never a flood
  const config = { ...loadConfigOrExit(), RATE_LIMIT: 0 };
  // logs go to a file-less sink in the terminal so they do not mix with the conversation
  const { app, transport } = await createLocalApp(config, { logger: createLogger(process.env.LOG_LEVEL ?? "silent") });
  const session = new LocalSession(app, transport);
  const user = { id: 100_001, first_name: process.env.USER_NAME ?? "Warga", language_code: process.env.CHAT_LANGUAGE ?? "id" };
  const interactive = process.stdin.isTTY;
  if (interactive) console.log("TanyaJamsos — obrolan lokal. Ketik pertanyaan, #N untuk menekan tombol, /quit untuk keluar.\n");

  const rl = createInterface({ input: process.stdin, terminal: false });
  const prompt = () => interactive && process.stdout.write("> ");
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) { prompt(); continue; }
    if (line === "/quit" || line === "/exit") break;
    if (!interactive) console.log(`> ${line}`);
    const replies = await session.send(user, line);
    console.log(formatReplies(replies));
    prompt();
  }
  rl.close();
  await app.close();
}
