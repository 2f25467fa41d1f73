/**
 * Conversation follow-ups from the thirteenth exploration (/work/notes/explore13-workers.md #11,
 * explore13-village.md #4): a death conversation keeps the membership years the family told, and a
 * village question asking permission (or the legal basis) beside a budget gets both answered.
 *
 * Figures from knowledge/rules: benefit.scholarship_min_years 3 (PP 82/2019; Permenaker 5/2021),
 * scholarship_children 2, scholarship_per_child Rp87.000.000; bpu.yaml cheapest package 16.800:
 * 50 × 16.800 × 12 = Rp10.080.000.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatActor, createHarness, worker, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

let nextId = 713700;
const actor = () => chatActor(h, worker(nextId++));

describe("a death conversation keeps the membership years told", () => {
  it("'anak 1 sma dpt beasiswa ga' after 'peserta bpu 2 thn': not met, 2 < 3 years; documents stay on JKM", async () => {
    const a = actor();
    await a.say("bapak sy meninggal kmrn, dia peserta bpu 2 thn");
    const reply = await a.say("anak 1 sma dpt beasiswa ga");
    expect(reply).toContain("Belum memenuhi syarat beasiswa");
    expect(reply).toContain("paling sedikit 3 tahun");
    expect(reply).toContain("yang Anda sebut 2 tahun");
    expect(reply).not.toContain("Maksud Anda");
    const documents = await a.say("dokumennya apa aja");
    expect(documents).toContain("akta kematian");
    expect(documents).not.toContain("Syarat daftar BPU");
  });

  it("'beasiswa anak dpt ga' after 'baru kerja 1 th': not met either", async () => {
    const a = actor();
    await a.say("istri sy meninggal krn sakit, dia karyawan pabrik baru kerja 1 th");
    const reply = await a.say("beasiswa anak dpt ga");
    expect(reply).toContain("Belum memenuhi syarat beasiswa");
    expect(reply).toContain("yang Anda sebut 1 tahun");
  });

  it("5 years told: the condition is met, with the rules' limits (2 children, Rp87.000.000 each)", async () => {
    const a = actor();
    await a.say("suami sy meninggal, sdh ikut bpjs 5 tahun");
    const reply = await a.say("anak sy dpt beasiswa ga");
    expect(reply).toContain("Syarat masa iuran beasiswa terpenuhi");
    expect(reply).toContain("paling banyak 2 anak, paling banyak Rp87.000.000 per anak");
  });

  it("no years told: the scholarship question is searched as before, no verdict", async () => {
    const a = actor();
    await a.say("bapak sy meninggal kmrn");
    const reply = await a.say("anak 1 sma dpt beasiswa ga");
    expect(reply).not.toContain("memenuhi syarat beasiswa");
  });
});

describe("village: permission or legal basis beside a budget, both answered", () => {
  it("'boleh ga dana desa bayar bpjs tk? brp iuran 50 petani setahun': Rp10.080.000 and the dana desa answer", async () => {
    const reply = await actor().say("boleh ga dana desa bayar bpjs tk? brp iuran 50 petani setahun");
    expect(reply).toMatch(/12 bulan\s+Rp10\.080\.000/);
    expect(reply).toContain("Dana Desa");
    expect(reply).toContain("Permendagri 20/2018");
  });

  it("'brp iuran 50 petani setahun, dasar hukumnya apa': the calculation and the legal basis", async () => {
    const reply = await actor().say("brp iuran 50 petani setahun, dasar hukumnya apa");
    expect(reply).toMatch(/12 bulan\s+Rp10\.080\.000/);
    expect(reply).toContain("Permendagri 20/2018");
    expect(reply).not.toContain("Maksud Anda");
  });
});
