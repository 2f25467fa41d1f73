/**
 * A ticket from a province with no officer of its own is raised again to the all-province
 * officers on their clock (WIB, the national reference), not the asker's province's
 * (exploratory report 8, officers item 4). SQLite and, with TEST_DATABASE_URL, PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { Regions } from "../../src/regions";
import { reraiseStaleTickets } from "../../src/bot/features/tickets";
import { createTicket } from "../../src/bot/features/tickets/store";
import { grantOfficer } from "../../src/store/repos/officers";
import { engines, storePerTest } from "../broadcast/targets";

for (const engine of engines("ticket-reraise-zone.test.ts")) {
  describe(`re-raised tickets from a province without its own officer: ${engine.name}`, () => {
    const store = storePerTest(engine);

    it("reach the all-province officer in WIB working hours, with the time in WIB", async () => {
      const db = store().db;
      const regions = await Regions.load();
      await grantOfficer(db, 400, null, 1);
      // asked in Papua (WIT) on Friday 4 December 2026, 10.00 WIT = 08.00 WIB
      await createTicket(db, { chatId: 601, provinceCode: "91", question: "jht saya kapan cair" }, new Date("2026-12-04T01:00:00Z"));
      const sent: string[] = [];
      const api = { sendMessage: async (_to: number, text: string) => (sent.push(text), { message_id: sent.length }) };
      // Monday 7 December 06.33 WIB (08.33 WIT): office hours in Papua, not yet for the officer
      expect(await reraiseStaleTickets(db, api, new Date("2026-12-06T23:33:00Z"), 3_600_000, { regions })).toBe(0);
      // Monday 09.00 WIB
      expect(await reraiseStaleTickets(db, api, new Date("2026-12-07T02:00:00Z"), 3_600_000, { regions })).toBe(1);
      expect(sent[0]).toContain("2026-12-04 08.00 WIB");
    });
  });
}
