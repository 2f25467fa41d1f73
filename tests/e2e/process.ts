/**
 * Starts the real bot as a child process against the fake Bot API: the same esbuild
 * bundle of `src/main.ts` that `npm start` runs, so the deployed artifact is what is tested.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { bundleForNode } from "../support/bundle";

let bundle: string | undefined;

/** Bundles once per test worker, into its own folder under the git-ignored dist/ (workers run in parallel). */
function productionBundle(): string {
  return (bundle ??= bundleForNode("src/main.ts", join("dist", "e2e", String(process.pid))));
}

export interface BotProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves when the process printed a line matching `pattern` (stdout or stderr). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Resolves when the bot has logged `count` handled updates (the log line comes after state is saved). */
  waitForHandledUpdates(count: number, timeoutMs?: number): Promise<void>;
}

export function startBotProcess(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, [productionBundle()], {
    env: { ...process.env, LOG_LEVEL: "info", DATABASE_URL: "", RATE_LIMIT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of [...waiters]) {
      if (w.pattern.test(output)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const handled = () => (output.match(/"msg":"update"/g) ?? []).length;
  return {
    child,
    output: () => output,
    waitForHandledUpdates(count, timeoutMs = 20_000) {
      return this.waitForOutput(new RegExp(`(?:[\\s\\S]*?"msg":"update"){${count}}`), timeoutMs).then(() => {
        if (handled() < count) throw new Error("miscounted updates");
      });
    },
    waitForOutput(pattern, timeoutMs = 20_000) {
      if (pattern.test(output)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`bot did not print ${pattern} within ${timeoutMs} ms; output:\n${output.slice(-3000)}`)), timeoutMs);
        waiters.push({ pattern, resolve: () => { clearTimeout(timer); resolve(); } });
        child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`bot exited with ${code} before printing ${pattern}:\n${output.slice(-3000)}`)); });
      });
    },
    async kill(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill(signal);
      await exited;
    },
  };
}
