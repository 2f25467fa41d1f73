/** Officers find their commands: an officer section in /bantuan and a command menu of their own. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, officerHarness, OWNER, user } from "./setup";
import { grantOfficer } from "../../src/store/repos/officers";

let h: Awaited<ReturnType<typeof officerHarness>>;
const sulselOfficer = user(620, "Sri");

beforeAll(async () => {
  h = await officerHarness();
  await grantOfficer(h.store.db, sulselOfficer.id, "73", OWNER.id);
});
afterAll(() => h.close());

const OFFICER_LINES = ["/acara_baru", "/siaran", "/prospek", "/prospek_csv", "/statistik", "/pertanyaan"];

/** setMyCommands / deleteMyCommands calls aimed at one chat. */
const menuCalls = (calls: { method: string; payload: Record<string, unknown> }[], chatId: number) =>
  calls.filter((c) => (c.method === "setMyCommands" || c.method === "deleteMyCommands") && (c.payload.scope as { chat_id?: number } | undefined)?.chat_id === chatId);
const commandsOf = (call: { payload: Record<string, unknown> }) => (call.payload.commands as { command: string }[]).map((c) => c.command);

describe("officer commands in /bantuan and the command menu", () => {
  it("a province officer's /bantuan lists the officer commands (not the owners' /petugas) and sets their menu", async () => {
    const o = actor(h, sulselOfficer);
    const text = await o.say("/bantuan");
    expect(text).toContain("Perintah petugas (Sulawesi Selatan)");
    for (const c of OFFICER_LINES) expect(text).toContain(`${c} — `);
    expect(text).toContain("/pertanyaan — Pertanyaan yang belum terjawab");
    expect(text).not.toContain("/petugas —");
    const menus = menuCalls(o.calls, sulselOfficer.id).filter((c) => c.method === "setMyCommands");
    expect(menus).toHaveLength(2); // Indonesian, and English for English clients
    expect(commandsOf(menus[0]!)).toEqual(expect.arrayContaining(["start", "bantuan", "pertanyaan", "prospek_csv", "acara_baru"]));
    expect(commandsOf(menus[0]!)).not.toContain("petugas");
    for (const m of menus) for (const c of commandsOf(m)) expect(c).toMatch(/^[a-z0-9_]{1,32}$/);
    expect(h.transport.violations).toEqual([]);
  });

  it("an owner also sees /petugas", async () => {
    const text = await actor(h, OWNER).say("/bantuan");
    expect(text).toContain("Perintah petugas (semua provinsi)");
    expect(text).toContain("/petugas — ");
    expect(text).toContain("/pertanyaan — ");
  });

  it("a plain user sees no officer commands and gets no officer menu", async () => {
    const u = actor(h, user(9100));
    const text = await u.say("/bantuan");
    expect(text).toContain("/daftar");
    for (const c of OFFICER_LINES) expect(text).not.toContain(c);
    expect(menuCalls(u.calls, 9100)).toEqual([]);
  });

  it("granting sets the new officer's menu; revoking removes it", async () => {
    const owner = actor(h, OWNER);
    await owner.say("/petugas tambah 9200 Bali");
    const set = menuCalls(owner.calls, 9200);
    expect(set.map((c) => c.method)).toEqual(["setMyCommands", "setMyCommands"]);
    expect(commandsOf(set[0]!)).toContain("siaran");
    await owner.say("/petugas hapus 9200");
    expect(menuCalls(owner.calls, 9200).map((c) => c.method)).toEqual(["deleteMyCommands", "deleteMyCommands"]);
  });
});
