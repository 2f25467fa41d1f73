/**
 * Exploratory report 14, M3: /tarikpersetujuan while the /daftar summary is open. The consent
 * given in the open form counts: withdrawing closes the form (its phone number dropped) and the
 * old ✅ Kirim sends nothing afterwards; the bot no longer says there was nothing to stop.
 */
import { describe, expect, it } from "vitest";
import { chatActor, closedAfterEach } from "../helpers/harness";
import { officerHarness, OWNER, user } from "../officers/setup";

const closing = closedAfterEach();

describe("/tarikpersetujuan during the /daftar summary", () => {
  it("offers to close the form; after it the old Kirim sends no lead to the officer", async () => {
    const h = await officerHarness();
    closing(h);
    await chatActor(h, OWNER).say("/petugas tambah 50 sulsel");
    const a = chatActor(h, user(2001));
    await a.say("/daftar");
    await a.press("enr:consent:yes");
    await a.press("enr:kind:wage");
    await a.say("buruh pabrik");
    await a.say("kota mks");
    await a.press("enr:d:skip");
    await a.press("enr:prog:unsure");
    await a.press("enr:prog:done");
    const summary = await a.say("081234567890");
    expect(summary).toContain("Periksa lagi data Anda");
    const summaryMessage = h.transport.calls.filter((c) => c.method === "sendMessage").at(-1)!.result;

    const asked = await a.say("/tarikpersetujuan");
    expect(asked).not.toContain("Tidak ada yang perlu dihentikan");
    expect(asked).toContain("ditutup dan jawabannya dibuang, termasuk nomor HP");
    const done = await a.press("privacy:withdraw");
    expect(done).toContain("Persetujuan Anda sudah ditarik");
    expect(done).toContain("tidak ada yang dikirim ke petugas");

    h.transport.calls.length = 0;
    await h.handle(h.updates.callback(user(2001), "enr:submit", summaryMessage as never));
    const toOfficer = h.transport.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === 50);
    expect(toOfficer).toEqual([]);
    expect(await h.store.db.selectFrom("leads").selectAll().execute()).toEqual([]);
    const data = await a.say("/dataku");
    expect(data).not.toContain("7890");
  });

  it("with nothing open and nothing agreed, still says there is nothing to stop", async () => {
    const h = await officerHarness();
    closing(h);
    expect(await chatActor(h, user(2002)).say("/tarikpersetujuan")).toContain("Tidak ada yang perlu dihentikan");
  });
});
