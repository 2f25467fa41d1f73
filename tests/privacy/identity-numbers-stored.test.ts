import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, createTestStore, worker, type Harness } from "../helpers/harness";
import { grantOfficer } from "../../src/store/repos/officers";
import { exportUserData } from "../../src/store/repos/privacy";
import type { Store } from "../../src/store";

const OWNER = 1;
const OFFICER_SULSEL = 500;
let h: Harness;
let store: Store & { path: string };

beforeAll(async () => {
  store = await createTestStore();
  h = await createHarness({ store, env: { OWNER_IDS: String(OWNER) } });
  await grantOfficer(store.db, OFFICER_SULSEL, "73", OWNER);
});
afterAll(async () => {
  await h.close();
  await store.close();
});

const NIK = "7371010101010001";
const KPJ = "12345678901";

describe("identity numbers typed into questions are never stored or passed on in full", () => {
  it("a declined question keeps its words for the officers, without the NIK and KPJ", async () => {
    const user = worker(6001);
    const a = chatActor(h, user);
    const notice = await a.say(`tolong cek kenapa nama saya salah di sistem, nik ${NIK} kpj ${KPJ}`);
    const session = await store.db.selectFrom("sessions").select("value").where("key", "=", `s:${user.id}`).executeTakeFirstOrThrow();
    expect(session.value).not.toContain(NIK);
    // "Maksud Anda…?" → none of these: the question is recorded as unanswered
    await a.press("kb:none");
    const rows = await store.db.selectFrom("unanswered_questions").select("text").execute();
    const stored = rows.map((r) => r.text).join("\n");
    expect(stored).toContain("nama saya salah");
    expect(stored).not.toContain(NIK);
    expect(stored).not.toContain(KPJ);
    // the numbers are taken out of what is searched and recorded, and the user is told why
    expect(notice).toContain("tidak menyimpan nomor itu");
  });

  it("a question to an officer (/tanyapetugas) reaches the officer and the database masked", async () => {
    const asker = worker(6002);
    await h.say(asker, "/tanyapetugas");
    await h.say(asker, `saldo jht saya tidak muncul, kpj ${KPJ}, hp 0812-3456-7890`);
    const before = h.transport.calls.length;
    await h.say(asker, "sulsel");
    const toOfficer = h.transport.calls.slice(before).filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === OFFICER_SULSEL);
    expect(toOfficer).toHaveLength(1);
    const forwarded = String(toOfficer[0]!.payload.text);
    expect(forwarded).toContain("saldo jht saya tidak muncul");
    expect(forwarded).not.toContain(KPJ);
    expect(forwarded).not.toContain("3456-7890");
    const ticket = await store.db.selectFrom("tickets").select("question").executeTakeFirstOrThrow();
    expect(ticket.question).not.toContain(KPJ);
  });

  it("the asker's /dataku never shows the account of the officer the ticket went to, nor the officer's the asker's", async () => {
    const asker = (await exportUserData(store.db, 6002)).tickets;
    expect(asker).toHaveLength(1);
    expect(asker[0]).toMatchObject({ chat_id: 6002, officer_chat_id: null, officer_message_id: null });
    const officer = (await exportUserData(store.db, OFFICER_SULSEL)).tickets;
    expect(officer[0]).toMatchObject({ chat_id: null, officer_chat_id: OFFICER_SULSEL });
  });
});
