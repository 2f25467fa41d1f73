/**
 * Exploratory test 13 (workers #15): "berapa lama masa tunggu jht kalo phk" was answered "Bisa. Saldo JHT
 * dibayar …" — the yes its entry's first question asks for. The opener is left out when the question asks
 * how long, how, when or what and no yes or no; a yes/no question keeps it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withoutUnaskedOpener } from "../../src/knowledge/opener";
import { createHarness, labelPressingActor, worker, type Harness } from "../helpers/harness";

const answer = "Bisa. Saldo JHT dibayar penuh sekaligus setelah masa tunggu 1 bulan.";

describe("a yes/no opener", () => {
  it("is left out for a question that asks how long, how or when", () => {
    for (const q of ["berapa lama masa tunggu jht kalo phk", "gmn klaim jht kalo kontrak habis", "kapan jht cair setelah phk", "how long is the jht waiting period"]) {
      expect(withoutUnaskedOpener(answer, q), q).toBe("Saldo JHT dibayar penuh sekaligus setelah masa tunggu 1 bulan.");
    }
  });

  it("stays for a yes/no question, a question of both kinds, a button press and an opener with more after it", () => {
    for (const q of ["jht bisa cair kalo phk?", "kontrak habis jht bs cair ga", "kapan bisa cair jht", "can i claim jht after a layoff"]) {
      expect(withoutUnaskedOpener(answer, q), q).toBe(answer);
    }
    expect(withoutUnaskedOpener(answer, undefined)).toBe(answer);
    expect(withoutUnaskedOpener("Ya, BPJS langsung memotong PPh 21.", "berapa pajak jht")).toBe("Ya, BPJS langsung memotong PPh 21.");
  });
});

describe("in the chat", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it("'berapa lama masa tunggu jht kalo phk' starts with the waiting period, not 'Bisa.'", async () => {
    const reply = await labelPressingActor(h, worker(131301)).say("berapa lama masa tunggu jht kalo phk");
    expect(reply.text).toMatch(/^Saldo JHT dibayar penuh sekaligus setelah masa tunggu 1 bulan/);
  });

  it("'jht bisa cair kalo phk?' is still answered 'Bisa.' first", async () => {
    const reply = await labelPressingActor(h, worker(131302)).say("jht bisa cair kalo phk?");
    expect(reply.text).toMatch(/^Bisa\. Saldo JHT/);
  });
});
