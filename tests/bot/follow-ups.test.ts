/**
 * A short question right after an answer leans on that answer: "kalau jkp" after the JKM
 * claim documents is about the JKP claim documents. Only for that user, only for a while,
 * and forgotten with /hapusdata.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonData, buttonLabels, chatActor, createHarness, later, worker, type Harness } from "../helpers/harness";
import { RecentTopics } from "../../src/knowledge/follow-up";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const actor = (id: number) => chatActor(h, worker(id));
// words of the answers, not of the questions
const JKM_DOCUMENTS = "akta kematian";
const JKP_DOCUMENTS = "bersedia bekerja kembali";

describe("follow-up questions in the chat", () => {
  it("'kalau jkp' after the JKM claim documents answers with the JKP claim documents", async () => {
    const a = actor(40);
    expect(await a.say("syarat klaim jkm apa saja")).toContain(JKM_DOCUMENTS);
    expect(await a.say("kalau jkp")).toContain(JKP_DOCUMENTS);
    // and the program stays when the follow-up asks something else about it
    expect(await a.say("iurannya siapa yg bayar")).toContain("0,36%");
  });

  it("a follow-up that would switch to a program the previous answer did not name is offered, not stated", async () => {
    const a = actor(45);
    await a.say("kalau jht?");
    await a.press("kb:bpu-berobat-kecelakaan");
    // "klaimnya gmn" after a BPU work accident: the BPU JHT claim is not stated as the answer
    const reply = await a.say("klaimnya gmn");
    expect(reply).not.toContain("Saldo JHT");
    // a work accident is JKK's: its claim is offered first
    const offered = buttonLabels(h.transport.calls.filter((c) => c.method === "sendMessage").at(-1));
    expect(offered[0]).toBe("Cara klaim JKK setelah kecelakaan");
  });

  it("a follow-up that would lead back to the answer just given offers the other matches instead of repeating it", async () => {
    const a = actor(46);
    const first = await a.say("boleh dana desa bayar iuran bpjs tk");
    expect(first).toContain("APBDes/ADD");
    const reply = await a.say("kalau untuk bpd?");
    expect(reply).not.toBe(first);
    expect(reply).toContain("Maksud Anda");
    const offered = buttonLabels(h.transport.calls.filter((c) => c.method === "sendMessage").at(-1));
    expect(offered).toContain("Hak jaminan sosial di UU Desa 2024");
    expect(offered).not.toContain("Dana desa dan APBDes untuk iuran BPJS");
  });

  it("a follow-up typed instead of picking an option leans on the first option, and is offered, not stated", async () => {
    const a = actor(47);
    // (a factory worker who resigned is now answered at once: the situation he tells decides it)
    expect(await a.say("sy kerja 3 thn trus berhenti bulan lalu, mau cairin jht")).toContain("Maksud Anda");
    const reply = await a.say("syaratnya apa");
    expect(reply).toContain("Maksud Anda");
    const offered = buttonLabels(h.transport.calls.filter((c) => c.method === "sendMessage").at(-1));
    expect(offered[0]).toBe("Dokumen klaim JHT");
    // without that question before it, the same words are not about JHT at all
    await actor(48).say("syaratnya apa");
    expect(buttonLabels(h.transport.calls.filter((c) => c.method === "sendMessage").at(-1))).not.toContain("Dokumen klaim JHT");
  });

  it("'ngurusnya dmn' after a JKM answer is about claiming JKM, never a BPJS Kesehatan card", async () => {
    const a = actor(49);
    await a.say("brp santunan jkm");
    await a.press("kb:jkm-santunan");
    const reply = await a.say("ngurusnya dmn");
    expect(reply).not.toContain("BPJS Kesehatan");
    expect(reply).toContain("ahli waris");
  });

  it("after a death answer, 'jht nya gmn' and 'kl jp nya?' are about what the heirs get", async () => {
    const a = actor(50);
    await a.say("suami sy meninggal krn sakit, dpt apa aja");
    await a.press("kb:jkm-meninggal-sakit");
    const jht = await a.say("jht nya gmn");
    const lastOffered = () => buttonLabels(h.transport.calls.filter((c) => c.method === "sendMessage").at(-1));
    // the one real option is answered rather than offered beside "none of these" (explore 13 #20)
    if (jht.includes("Maksud Anda")) expect(lastOffered()[0]).toBe("Klaim JHT oleh ahli waris");
    else expect(jht).toContain("ahli waris");
    const jp = await a.say("kl jp nya?");
    if (jp.includes("Maksud Anda")) expect(lastOffered()[0]).toBe("Pensiun JP untuk ahli waris");
    else expect(buttonData(h.transport.calls.filter((c) => c.method === "sendMessage").at(-1))).toContain("fb:0:jp-ahli-waris");
  });

  it("an option picked from 'Maksud Anda…?' is a subject too", async () => {
    const a = actor(41);
    expect(await a.say("kalau jht?")).toContain("Maksud Anda");
    await a.press("kb:jkm-dokumen");
    expect(await a.say("kalau jkp")).toContain(JKP_DOCUMENTS);
  });

  it("without an answer before it, or for another user, the same words are only asked back", async () => {
    await actor(42).say("syarat klaim jkm apa saja");
    const other = await actor(43).say("kalau jkp");
    expect(other).not.toContain(JKP_DOCUMENTS);
    expect(other).toContain("Maksud Anda");
  });

  it("half an hour later the previous answer no longer counts", async () => {
    const a = actor(44);
    await a.say("syarat klaim jkm apa saja");
    expect(await later(31 * 60_000, () => a.say("kalau jkp"))).not.toContain(JKP_DOCUMENTS);
  });

  it("/hapusdata forgets it", async () => {
    const a = actor(45);
    await a.say("syarat klaim jkm apa saja");
    await a.say("/hapusdata");
    expect(await a.press("privacy:delete")).toContain("sudah dihapus");
    expect(await a.say("kalau jkp")).not.toContain(JKP_DOCUMENTS);
  });
});

describe("RecentTopics", () => {
  it("recalls a user's last entry within the window, then forgets it", () => {
    let now = 0;
    const topics = new RecentTopics(1000, 10, () => now);
    topics.remember(1, { entryId: "jkm-dokumen" });
    topics.remember(1, { entryId: "jht-dokumen" });
    now = 1000;
    expect(topics.recall(1)).toEqual({ entryId: "jht-dokumen" });
    expect(topics.recall(2)).toBeUndefined();
    now = 1001;
    expect(topics.recall(1)).toBeUndefined();
  });

  it("holds a bounded number of users, dropping the one who asked longest ago", () => {
    const topics = new RecentTopics(60_000, 2);
    topics.remember(1, { entryId: "a" });
    topics.remember(2, { entryId: "b" });
    topics.remember(1, { entryId: "c" }); // 1 asked again: 2 is now the oldest
    topics.remember(3, { entryId: "d" });
    expect(topics.recall(2)).toBeUndefined();
    expect(topics.recall(1)).toEqual({ entryId: "c" });
    expect(topics.recall(3)).toEqual({ entryId: "d" });
    topics.forget(3);
    expect(topics.recall(3)).toBeUndefined();
  });
});
