import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withRelativeYears } from "../../src/knowledge/relative-years";
import { createHarness, worker, type Harness } from "../helpers/harness";

const NOV_2026 = new Date("2026-11-26T10:00:00Z");

describe("'tahun ini' is the year it means", () => {
  it("writes this, next and last year as numbers, in WIB", () => {
    expect(withRelativeYears("dd tahun ini boleh buat bpjs tk?", NOV_2026)).toBe("dd 2026 boleh buat bpjs tk?");
    expect(withRelativeYears("aturan thn depan gmn, kalau tahun lalu?", NOV_2026)).toBe("aturan 2027 gmn, kalau 2025?");
    expect(withRelativeYears("village fund rule this year", NOV_2026)).toBe("village fund rule 2026");
    // 31 December 18:00 UTC is already 1 January in WIB
    expect(withRelativeYears("tahun ini", new Date("2026-12-31T18:00:00Z"))).toBe("2027");
    expect(withRelativeYears("tahunan ini")).toBe("tahunan ini");
  });

  describe("through the bot", () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness();
    });
    afterAll(async () => {
      vi.useRealTimers();
      await h.close();
    });

    it("a village head asking about dana desa 'tahun ini' in 2026 is offered the 2026 rule", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(NOV_2026);
      const calls = await h.handle(h.updates.text(worker(7001), "dd tahun ini boleh buat bpjs tk?"));
      vi.useRealTimers();
      const sent = calls.filter((c) => c.method === "sendMessage").map((c) => JSON.stringify(c.payload)).join("\n");
      expect(sent).toContain("2026");
      expect(sent).not.toMatch(/Aturan dana desa 2023/);
    });
  });
});
