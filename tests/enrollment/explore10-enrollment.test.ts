/**
 * Exploratory report 10 (workers): a button's label typed out at the enrollment form's button
 * steps is that button (defect 7); a foreign place typed as a migrant worker's occupation is
 * explained, and an occupation the kind implies is shown in the user's language (defect 17).
 */
import { describe, expect, it } from "vitest";
import { chatActor, createHarness, closedAfterEach, type Harness } from "../helpers/harness";
import type { SimUser } from "../../src/bot/update-factory";
import { typedButton } from "../../src/bot/conversation-kit";
import { consentKeyboard, KIND_WORDS, kindKeyboard } from "../../src/bot/features/enrollment/keyboards";

const closing = closedAfterEach();

async function chat(user: SimUser) {
  const h = await createHarness({});
  closing(h);
  return { h, a: chatActor(h, user) };
}

/** From the form's start to the step after the kind (the occupation, or the province when the kind implies it). */
async function pastKind(a: ReturnType<typeof chatActor>, start: string, kind: string) {
  await a.say(start);
  await a.press("enr:consent:yes");
  return a.press(`enr:kind:${kind}`);
}

/** To the summary, for a kind that implies the occupation. */
async function toSummary(a: ReturnType<typeof chatActor>, start: string, kind: string) {
  await pastKind(a, start, kind);
  return afterOccupation(a);
}

/** From the province step to the summary: Jawa Timur, no regency, JKK, a phone number. */
async function afterOccupation(a: ReturnType<typeof chatActor>) {
  await a.say("jatim");
  await a.press("enr:r:skip");
  await a.press("enr:prog:jkk");
  await a.press("enr:prog:done");
  return a.say("0812 3456 7890");
}

async function storedOccupation(h: Harness) {
  const [lead] = await h.store.db.selectFrom("leads").select(["occupation"]).execute();
  return lead?.occupation;
}

const siti: SimUser = { id: 4101, first_name: "Siti", language_code: "id" };
const maria: SimUser = { id: 4102, first_name: "Maria", language_code: "en" };

const ID_LABELS: Record<string, string> = {
  "consent-agree": "✅ Setuju", "consent-decline": "Tidak", "flow-cancel-button": "❌ Batal",
  "kind-wage": "Karyawan (penerima upah)", "kind-bpu_ojol": "Ojol / ojek", "kind-bpu_trader": "Pedagang", "kind-bpu_farmer": "Petani",
  "kind-bpu_fisher": "Nelayan", "kind-bpu_other": "Pekerja mandiri lain", "kind-construction": "Pekerja konstruksi",
  "kind-migrant": "Pekerja migran (PMI)", "kind-village_apparatus": "Aparat desa",
};
const t = (key: string) => ID_LABELS[key] ?? key;

describe("typedButton: a button's label typed out", () => {
  it("matches labels case-insensitively, without emoji, brackets or filler words", () => {
    const kb = kindKeyboard(t);
    expect(typedButton("Karyawan", kb)).toBe("enr:kind:wage");
    expect(typedButton("karyawan (penerima upah)", kb)).toBe("enr:kind:wage");
    expect(typedButton("PMI", kb)).toBe("enr:kind:migrant");
    expect(typedButton("ojek", kb)).toBe("enr:kind:bpu_ojol");
    expect(typedButton("ojol kak", kb)).toBe("enr:kind:bpu_ojol");
    expect(typedButton("✅ setuju", consentKeyboard(t))).toBe("enr:consent:yes");
  });

  it("leaves ambiguous, longer or unrelated texts alone", () => {
    const kb = kindKeyboard(t);
    expect(typedButton("petani dan nelayan", kb, KIND_WORDS)).toBeUndefined();
    expect(typedButton("berapa iuran petani", kb, KIND_WORDS)).toBeUndefined();
    expect(typedButton("pekerja", kb, KIND_WORDS)).toBeUndefined();
    expect(typedButton("batal", kb, KIND_WORDS)).toBeUndefined();
    expect(typedButton(undefined, kb)).toBeUndefined();
  });
});

describe("the consent step takes a typed yes or no (defect 7)", () => {
  for (const word of ["setuju", "Ya", "iya", "ok", "agree", "yes", "iya setuju", "setuju kak"]) {
    it(`"${word}" agrees`, async () => {
      const { a } = await chat(siti);
      await a.say("mau daftar");
      const reply = await a.say(word);
      expect(reply).toContain("Anda termasuk pekerja yang mana?");
      expect(reply).not.toContain("Pilih Setuju atau Tidak");
    });
  }

  for (const word of ["tidak", "no"]) {
    it(`"${word}" declines`, async () => {
      const { h, a } = await chat(siti);
      await a.say("mau daftar");
      expect(await a.say(word)).toContain("tidak ada data dari isian ini yang disimpan");
      expect(await h.store.db.selectFrom("consents").selectAll().execute()).toEqual([]);
    });
  }

  it("an unclear answer still gets the hint, and a question still leaves the form", async () => {
    const { a } = await chat(siti);
    await a.say("mau daftar");
    expect(await a.say("tidak tahu")).toContain("Pilih Setuju atau Tidak");
    expect(await a.say("bpjs tk itu apa sih")).toContain("Isian tadi saya hentikan");
  });
});

describe("the worker-kind step takes the kind typed (defect 7)", () => {
  const cases: [string, RegExp][] = [
    ["Karyawan", /Apa pekerjaan Anda/],
    ["ojol", /provinsi/],
    ["ojek", /provinsi/],
    ["pedagang", /provinsi/],
    ["petani", /provinsi/],
    ["nelayan", /provinsi/],
    ["konstruksi", /Apa pekerjaan Anda/],
    ["kuli bangunan", /Apa pekerjaan Anda/],
    ["pmi", /Apa pekerjaan Anda/],
    ["tkw", /Apa pekerjaan Anda/],
    ["migran", /Apa pekerjaan Anda/],
    ["aparat desa", /provinsi/],
    ["perangkat desa", /provinsi/],
  ];
  for (const [word, next] of cases) {
    it(`"${word}"`, async () => {
      const { a } = await chat(siti);
      await a.say("mau daftar");
      await a.press("enr:consent:yes");
      const reply = await a.say(word);
      expect(reply).toMatch(next);
      expect(reply).not.toContain("Silakan pilih salah satu tombol");
    });
  }

  for (const [word, kind] of [["employee", "Employee"], ["driver", "Ojol"], ["farmer", "Farmer"], ["fisher", "Fisher"], ["trader", "Trader"], ["migrant worker", "Migrant worker"], ["village official", "Village official"]]) {
    it(`in English: "${word}"`, async () => {
      const { a } = await chat(maria);
      await a.say("I want to register");
      await a.say("yes");
      const reply = await a.say(word!);
      expect(reply).toMatch(/occupation|province/i);
      expect(reply).not.toMatch(/choose one of the buttons/i);
      // the kind chosen is the one the summary will show
      if (/province/i.test(reply)) return;
      await a.say("tailor");
      expect(await afterOccupation(a)).toContain(`Kind of worker: ${kind}`);
    });
  }

  it("an ambiguous answer still gets the hint", async () => {
    const { a } = await chat(siti);
    await a.say("mau daftar");
    await a.press("enr:consent:yes");
    expect(await a.say("petani nelayan")).toContain("Silakan pilih salah satu tombol");
  });
});

describe("the occupation step (defect 17)", () => {
  it("a place abroad typed as a migrant worker's occupation asks for the job and is not stored", async () => {
    const { h, a } = await chat(siti);
    await pastKind(a, "mau daftar", "migrant");
    for (const place of ["hong kong", "Taiwan", "kerja di malaysia"]) {
      const reply = await a.say(place);
      expect(reply).toContain("pekerja rumah tangga");
      expect(reply).not.toContain("provinsi");
    }
    // the job, even with the place, is the occupation
    expect(await a.say("pekerja rumah tangga di hong kong")).toContain("provinsi");
    expect(await afterOccupation(a)).toContain("Pekerjaan: pekerja rumah tangga di hong kong");
    await a.press("enr:submit");
    expect(await storedOccupation(h)).toBe("pekerja rumah tangga di hong kong");
  });

  it("in English", async () => {
    const { a } = await chat(maria);
    await pastKind(a, "I want to register", "migrant");
    const reply = await a.say("hong kong");
    expect(reply).toContain("domestic worker");
  });

  it("an ojol's implied occupation is shown in English and stored in Indonesian for the officers", async () => {
    const { h, a } = await chat(maria);
    const summary = await toSummary(a, "I want to register", "bpu_ojol");
    expect(summary).toContain("Occupation: Online motorbike-taxi driver");
    expect(summary).not.toContain("Pengemudi");
    await a.press("enr:submit");
    expect(await storedOccupation(h)).toBe("Pengemudi ojek online");
  });

  it("in Indonesian it reads as stored", async () => {
    const { a } = await chat(siti);
    expect(await toSummary(a, "mau daftar", "bpu_ojol")).toContain("Pekerjaan: Pengemudi ojek online");
  });
});
