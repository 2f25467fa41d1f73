/**
 * The terminal chat's buttons (acceptance11-workers.md N1): a reply of several messages with
 * buttons ("Maksud Anda…?" and the form-paused note under it) showed only the last message's
 * buttons, so the clarification's options could be neither read nor pressed. Every message's
 * buttons are now printed, numbered in one run across the reply, and `#N` presses that one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalApp, formatReplies, LocalSession, type Reply } from "../../src/cli/local-session";
import { createTestStore, testConfig } from "../helpers/harness";
import { createLogger } from "../../src/logger";
import type { App } from "../../src/app";

let app: App;
let session: LocalSession;
let store: Awaited<ReturnType<typeof createTestStore>>;
beforeAll(async () => {
  store = await createTestStore();
  const local = await createLocalApp(testConfig(), { logger: createLogger("silent"), store });
  app = local.app;
  session = new LocalSession(app, local.transport);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

let nextId = 100_500;
const person = () => ({ id: nextId++, first_name: "Warga", language_code: "id" });

/** /daftar, consent, then a question at the worker-kind step: it is answered (or clarified) and the form paused. */
async function questionInForm(user: ReturnType<typeof person>): Promise<Reply[]> {
  await session.send(user, "/daftar");
  await session.send(user, "#1");
  return session.send(user, "jht itu wajib ga");
}

describe("the terminal chat numbers the buttons of every message of a reply", () => {
  it("the clarification's (or answer's) buttons and the pause note's Continue are all printed, numbered on", async () => {
    const replies = await questionInForm(person());
    const withButtons = replies.filter((r) => r.buttons.length > 0);
    expect(withButtons.length).toBeGreaterThanOrEqual(2);
    const first = withButtons[0]!;
    const note = withButtons.at(-1)!;
    expect(note.text).toContain("Isian tadi saya hentikan sebentar");
    const printed = formatReplies(replies);
    // the first message's buttons from [1], under that message; the note's button numbered after them
    expect(printed).toContain(`${first.text}\n[1] ${first.buttons[0]!.label}`);
    // the note's Continue (first under the note, before the step's own buttons) numbered after the first message's
    const resumeAt = withButtons.slice(0, -1).reduce((n, r) => n + r.buttons.length, 0) + note.buttons.findIndex((b) => b.label.includes("Lanjutkan")) + 1;
    expect(resumeAt).toBeGreaterThan(first.buttons.length);
    expect(printed).toContain(`[${resumeAt}] ▶️ Lanjutkan isian`);
    expect(printed).not.toMatch(/\n\[1\] ▶️ Lanjutkan isian/);
    // what #N presses is what is printed as [N]
    expect(session.buttons.map((b) => b.label)).toEqual(withButtons.flatMap((r) => r.buttons.map((b) => b.label)));
  });

  it("#N of the note's Continue takes the form up; #1 presses the first message's first button", async () => {
    const user = person();
    await questionInForm(user);
    const resumeAt = session.buttons.findIndex((b) => b.label.includes("Lanjutkan")) + 1;
    expect(resumeAt).toBeGreaterThan(1);
    const resumed = formatReplies(await session.send(user, `#${resumeAt}`));
    expect(resumed).toContain("Anda termasuk pekerja yang mana?");

    const other = person();
    const first = (await questionInForm(other)).find((r) => r.buttons.length > 0)!;
    const pressed = await session.send(other, "#1");
    const text = pressed.map((r) => r.text).join("\n");
    expect(text).not.toContain("(no button");
    // the first button is an answer offered (or a follow-up), not the form's Continue nor its step
    expect(first.buttons[0]!.label).not.toContain("Lanjutkan");
    expect(text).not.toContain("Anda termasuk pekerja yang mana?");
    expect(text.length).toBeGreaterThan(40);
  });
});
