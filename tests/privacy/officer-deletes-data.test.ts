import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, createTestStore, worker, type Harness } from "../helpers/harness";
import { grantOfficer, getOfficer } from "../../src/store/repos/officers";
import { logAudit } from "../../src/store/repos/audit";
import { DELETED_ACTOR } from "../../src/store/repos/privacy";
import type { Store } from "../../src/store";

const OWNER = 1;
const OFFICER = 500;
let h: Harness;
let store: Store & { path: string };

beforeAll(async () => {
  store = await createTestStore();
  h = await createHarness({ store, env: { OWNER_IDS: String(OWNER) } });
  await grantOfficer(store.db, OFFICER, "73", OWNER);
});
afterAll(async () => {
  await h.close();
  await store.close();
});

describe("an officer deleting their data", () => {
  it("is told their rights end; afterwards the owner is told, and the record of what they viewed stays without their name", async () => {
    await logAudit(store.db, OFFICER, "leads_exported", { count: 3 });
    const officer = chatActor(h, worker(OFFICER));
    expect(await officer.say("/hapusdata")).toContain("hak petugas Anda ikut dicabut");
    const before = h.transport.calls.length;
    await officer.press("privacy:delete");
    const toOwner = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === OWNER);
    expect(toOwner).toHaveLength(1);
    expect(String(toOwner[0]!.payload.text)).toContain(String(OFFICER));
    expect(await getOfficer(store.db, OFFICER)).toBeUndefined();
    const audit = await store.db.selectFrom("audit_log").selectAll().where("action", "=", "leads_exported").execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe(DELETED_ACTOR);
  });

  it("a citizen's confirmation says nothing about officer rights", async () => {
    expect(await chatActor(h, worker(6100)).say("/hapusdata")).not.toContain("hak petugas");
  });
});
