/** The command-line entry points as a newcomer runs them: child processes, real stdin and stdout. */
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "tanyajamsos-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, input: string, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    input,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, BOT_TOKEN: "", DATABASE_URL: "", LOG_LEVEL: "silent", SQLITE_PATH: join(dir, "cli.db"), ...env },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe("command line", () => {
  it("npm start builds the bundle, and without a token says so and answers in the terminal", () => {
    const result = spawnSync("npm", ["start", "--silent"], {
      input: "apa itu jht\n/quit\n",
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, BOT_TOKEN: "", DATABASE_URL: "", LOG_LEVEL: "silent", SQLITE_PATH: join(dir, "start.db") },
    });
    expect(result.stdout).toContain("BOT_TOKEN is not set");
    expect(result.stdout).toContain("Jaminan Hari Tua");
    expect(result.stdout).toContain("Sumber:");
    expect(result.status).toBe(0);
  });

  it("the development entry (tsx src/main.ts) starts the terminal chat too", () => {
    const r = run("src/main.ts", "halo\n/quit\n");
    expect(r.stdout).toContain("BOT_TOKEN is not set");
    expect(r.stdout).toContain("Halo");
    expect(r.status).toBe(0);
  });

  it("the terminal chat prints a greeting for 'halo' and numbered buttons", () => {
    const r = run("src/cli/chat.ts", "halo\n/quit\n");
    expect(r.stdout).toContain("Saya TanyaJamsos");
    expect(r.stdout).toContain("[1] ❓ Tanya program");
  });

  it("the piped chat prints the buttons of every message of a reply, numbered on, and #N presses the one printed as [N]", () => {
    const r = run("src/cli/chat.ts", ["/daftar", "#1", "jht itu wajib ga", "/quit"].join("\n") + "\n", { SQLITE_PATH: join(dir, "buttons.db") });
    const reply = r.stdout.slice(r.stdout.indexOf("> jht itu wajib ga"));
    // the first message's buttons start at [1]; the pause note's Continue comes after them, not as [1]
    expect(reply).toMatch(/\n\[1\] (?!▶️)/);
    const resume = /\[(\d+)\] ▶️ Lanjutkan isian/.exec(reply);
    expect(Number(resume?.[1])).toBeGreaterThan(1);
    const again = run("src/cli/chat.ts", ["/daftar", "#1", "jht itu wajib ga", `#${resume![1]}`, "/quit"].join("\n") + "\n", { SQLITE_PATH: join(dir, "buttons2.db") });
    expect(again.stdout.slice(again.stdout.lastIndexOf(`> #${resume![1]}`))).toContain("Anda termasuk pekerja yang mana?");
  });

  it("ask --jsonl prints exactly one JSON line per input and nothing else", () => {
    const r = run("src/cli/ask.ts", '{"id":"a","text":"apa itu jht"}\n{"id":"b","text":"cuaca besok cerah?"}\n', {}, ["--jsonl"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    const a = JSON.parse(lines[0]!);
    expect(a).toMatchObject({ id: "a", matched: "jht-apa-itu" });
    expect(a.reply).toContain("Jaminan Hari Tua");
    expect(a.confidence).toBeGreaterThan(0.5);
    // every button of the reply, by label
    expect(a.buttons).toEqual(expect.arrayContaining(["👍", "👎"]));
    const b = JSON.parse(lines[1]!);
    expect(b.matched).toBeNull();
    expect(b.reply).toContain("175");
  });

  it("a bad configuration stops start-up with every variable named and no stack trace", () => {
    const r = run("src/main.ts", "", { BOT_TOKEN: "nonsense", LOG_LEVEL: "loud" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("BOT_TOKEN");
    expect(r.stderr).toContain("LOG_LEVEL");
    expect(r.stderr).not.toMatch(/\bat \S+:\d+/);
  });

  it("a scripted terminal chat completes an enrollment and npm run leads lists it", () => {
    const db = { SQLITE_PATH: join(dir, "enroll.db") };
    const script = ["saya mau daftar", "#1", "#2", "sulsel", "sidrap", "#1", "#1", "#3", "#5", "0812 3456 7890", "#6", "/quit"].join("\n");
    const chat = run("src/cli/chat.ts", `${script}\n`, db);
    expect(chat.stdout).toMatch(/TJ-\d{4}-000001/);
    const leads = run("src/cli/leads.ts", "", db);
    expect(leads.stdout).toMatch(/TJ-\d{4}-000001\s+new/);
    expect(leads.stdout).toContain("Sidenreng Rappang");
    const csv = run("src/cli/leads.ts", "", db, ["--csv"]);
    expect(csv.stdout.split("\n")[0]).toBe("reference,status,created_at,worker_kind,occupation,region,programs,phone,contact_via_telegram,chat_id");
  });

  it("a scripted BPU calculation and a scripted village budget give the expected figures", () => {
    const r = run("src/cli/chat.ts", ["/hitung", "#1", "3 jt", "/start", "#4", "#3", "10", "2 jt", "#1", "40", "12", "/quit"].join("\n") + "\n", { SQLITE_PATH: join(dir, "calc.db") });
    expect(r.stdout).toMatch(/Total \/ bulan\s+Rp36\.800/);
    expect(r.stdout).toMatch(/12 bulan\s+Rp441\.600/);
    expect(r.stdout).toMatch(/Total \/ bulan\s+Rp780\.000/);
    expect(r.stdout).toMatch(/12 bulan\s+Rp9\.360\.000/);
  });
});
