/**
 * Exploratory test 13 (/work/notes/explore13-workers.md #10, #20, #23): a statement that tells the
 * situation and asks nothing ("dia kerja di pabrik 12 tahun, ikut bpjs tk") is acknowledged with the
 * entries that fit it, never declined nor filed as unanswered, and the answer before it stays what a
 * follow-up leans on; a contribution question that does not say whose offers the wage earners' entry
 * beside the BPU one, and a village official's only when the village is named.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonData, buttonLabels, chatActor, createHarness, worker, type Harness } from "../helpers/harness";
import { getUserRef } from "../../src/store/repos/users";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextUser = 13300;
const lastSent = () => h.transport.calls.filter((c) => c.method === "sendMessage").at(-1);
const CLARIFY = "Maksud Anda";
const DECLINE = "belum bisa menjawab";
const NOTED = "Baik, saya catat";

async function unansweredOf(userId: number) {
  const ref = await getUserRef(h.store.db, userId);
  return h.store.db.selectFrom("unanswered_questions").selectAll().where("user_ref", "=", ref).execute();
}

describe("#20, #23: a statement in the middle of a conversation is acknowledged, not declined", () => {
  it("the widow's 'dia kerja di pabrik 12 tahun, ikut bpjs tk': noted, with entries for heirs and wage earners, nothing filed", async () => {
    const user = worker(nextUser++);
    const a = chatActor(h, user);
    const first = await a.say("assalamualaikum, suami sy meninggal bulan lalu krn serangan jantung");
    expect(first).toContain("Turut berduka");
    expect(first).not.toContain(DECLINE);
    const reply = await a.say("dia kerja di pabrik 12 tahun, ikut bpjs tk");
    expect(reply).toContain(NOTED);
    expect(reply).toContain("karyawan");
    expect(reply).not.toContain(DECLINE);
    expect(reply).not.toContain(CLARIFY);
    const buttons = buttonLabels(lastSent());
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    // nothing for a living participant or a laid-off one
    expect(buttons).not.toContain("Syarat dapat manfaat JKP");
    expect(buttons).not.toContain("Klaim JHT sebagian saat masih bekerja");
    expect(buttonData(lastSent()).every((d) => d.startsWith("kb:") && d !== "kb:none")).toBe(true);
    expect(await unansweredOf(user.id)).toEqual([]);
    // the situation is kept: the death benefit is the heirs' JKM
    expect(await a.say("santunan kematian brp")).toContain("Rp42.000.000");
  });

  it("the laid-off worker's 'sy kerja udah 3 tahun, iuran lancar' after the JKP benefit: noted with JKP entries; 'syaratnya apa' stays with JKP", async () => {
    const user = worker(nextUser++);
    const a = chatActor(h, user);
    await a.say("sy baru di phk dari pabrik sepatu, gaji 4,8 jt");
    expect(await a.say("jkp dapat brp")).toContain("60%");
    const reply = await a.say("sy kerja udah 3 tahun, iuran lancar");
    expect(reply).toContain(NOTED);
    expect(reply).not.toContain(DECLINE);
    expect(buttonData(lastSent())).toContain("kb:jkp-syarat-klaim");
    expect(await unansweredOf(user.id)).toEqual([]);
    const next = await a.say("syaratnya apa");
    expect(next).not.toContain(CLARIFY);
    expect(buttonData(lastSent())).toContain("fb:0:jkp-syarat-klaim");
  });

  it("a statement the search places under another subject does not take the follow-up away from the answer: 'sy karyawan swasta' after 'apa itu jkm'", async () => {
    const a = chatActor(h, worker(nextUser++));
    await a.say("apa itu jkm");
    expect(await a.say("sy karyawan swasta")).toContain(NOTED);
    const reply = await a.say("iurannya brp");
    expect(reply).toContain("JKM");
    expect(buttonData(lastSent())).toContain("fb:0:jkm-iuran");
  });

  it("a statement the answer's own subject covers is still answered: 'sy udah resign 2 bulan' after the JHT claim", async () => {
    const a = chatActor(h, worker(nextUser++));
    await a.say("cara klaim jht");
    await a.say("sy udah resign 2 bulan");
    expect(buttonData(lastSent())).toContain("fb:0:jht-klaim-resign");
  });

  it("in English, in English", async () => {
    const user = worker(nextUser++, "en");
    const a = chatActor(h, user);
    const reply = await a.say("my husband passed away last month");
    expect(reply).toContain("Noted");
    expect(reply).toContain("condolences");
    expect(buttonLabels(lastSent())).toContain("What the family can claim on death");
    expect(await unansweredOf(user.id)).toEqual([]);
  });

  it("a wish is a request, not a statement: 'sy mau klaim jht' is searched", async () => {
    const reply = await chatActor(h, worker(nextUser++)).say("sy mau klaim jht");
    expect(reply).not.toContain(NOTED);
  });
});

describe("#10: 'bpjs tk iuran brp' does not say whose contribution", () => {
  it.each(["bpjs tk iuran brp", "jamsostek iuran brp", "bpjs ketenagakerjaan iuran nya brp"])("%s offers the wage earners' and the BPU contribution, not the village officials'", async (q) => {
    const reply = await chatActor(h, worker(nextUser++)).say(q);
    if (reply.includes(CLARIFY)) {
      const buttons = buttonLabels(lastSent());
      expect(buttons).toContain("Rincian iuran PU per program");
      expect(buttons).toContain("Iuran BPU per bulan");
      expect(buttons).not.toContain("Hitung iuran aparat desa dari siltap");
    } else expect(buttonData(lastSent()).some((d) => d === "fb:0:employer-rincian-iuran" || d === "fb:0:bpu-iuran")).toBe(true);
  });

  it("a village official asking keeps the village's entries", async () => {
    await chatActor(h, worker(nextUser++)).say("iuran bpjs tk perangkat desa brp");
    const data = buttonData(lastSent());
    expect(data.some((d) => d.endsWith("desa-iuran-aparat-siltap"))).toBe(true);
  });

  it("someone who said they are BPU gets the BPU contribution, no wage earners' option added", async () => {
    const a = chatActor(h, worker(nextUser++));
    await a.say("sy ojol");
    await a.say("bpjs tk iuran brp");
    expect(buttonLabels(lastSent())).not.toContain("Rincian iuran PU per program");
  });
});
