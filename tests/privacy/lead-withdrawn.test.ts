/**
 * Leads withdrawn by their owner (officer exploratory report 7, item 10): the responsible
 * officers are told the reference (nothing else) and asked to delete their copies (what the
 * citizen reads is in privacy-bot.test.ts). On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { describe, expect, it } from "vitest";
import { htmlToPlain } from "../../src/bot/html";
import { createLead } from "../../src/store/repos/leads";
import { grantOfficer, revokeOfficer } from "../../src/store/repos/officers";
import { deleteUserData } from "../../src/store/repos/privacy";
import { leadsOfChat, notifyOfficersOfLead, notifyWithdrawnLeads } from "../../src/bot/features/officers/leads";
import { logAudit } from "../../src/store/repos/audit";
import { engines, storePerTest } from "../broadcast/targets";

for (const engine of engines("lead-withdrawn.test.ts")) {
  describe(`officers told of withdrawn leads: ${engine.name}`, () => {
    const store = storePerTest(engine);

    it("the province's and all-province officers get the reference only; others and owners nothing", async () => {
      const db = store().db;
      const CITIZEN = 501;
      await grantOfficer(db, 200, "73", 1);
      await grantOfficer(db, 300, "35", 1);
      await grantOfficer(db, 400, null, 1);
      const sulsel = await createLead(db, { chat_id: CITIZEN, worker_kind: "bpu_fisher", province_code: "73", phone: "+6281234567890", occupation: "Nelayan" });
      const papua = await createLead(db, { chat_id: CITIZEN, worker_kind: "bpu_farmer", province_code: "91" });
      const sent: { to: number; text: string }[] = [];
      const api = { sendMessage: async (to: number | string, text: string) => (sent.push({ to: Number(to), text: htmlToPlain(text) }), {} as never) };

      const leads = await leadsOfChat(db, CITIZEN);
      await deleteUserData(db, CITIZEN);
      expect(await notifyWithdrawnLeads(api, db, leads, { ownerIds: [1] })).toBe(2);

      expect(sent.map((s) => s.to).sort()).toEqual([200, 400]);
      expect(sent.find((s) => s.to === 200)!.text).toBe(
        `🗑 Prospek ditarik oleh pemiliknya: ${sulsel.reference}. Datanya sudah dihapus dari bot. Mohon hapus juga salinan Anda (kartu prospek di chat ini, file CSV yang sudah diunduh) dan jangan menghubunginya lagi.`,
      );
      // the all-province officer gets both in one message (Papua has no officer of its own)
      expect(sent.find((s) => s.to === 400)!.text).toContain(`${sulsel.reference}, ${papua.reference}`);
      for (const s of sent) {
        expect(s.text).not.toContain("6281234567890");
        expect(s.text).not.toContain("Nelayan");
      }
    });

    it("an officer who received the card or exported it, then was moved or removed, is still told; a new officer who never saw it is not", async () => {
      const db = store().db;
      const CITIZEN = 503;
      const api0 = { sendMessage: async () => ({ message_id: 1 }) as never };
      await grantOfficer(db, 210, "73", 1);
      await grantOfficer(db, 220, "73", 1);
      const lead = await createLead(db, { chat_id: CITIZEN, worker_kind: "bpu_fisher", province_code: "73", phone: "+6281234567890" });
      // the card goes to both Sulsel officers; 220 also downloads the province's CSV
      await notifyOfficersOfLead(api0 as never, db, lead);
      await logAudit(db, 220, "leads_exported", { status: "all", province_code: "73", count: 1 });
      // 210 moves to Jawa Timur, 220 loses the role, 230 becomes Sulsel's officer
      await grantOfficer(db, 210, "35", 1);
      await revokeOfficer(db, 220);
      await grantOfficer(db, 230, "73", 1);
      const sent: number[] = [];
      const api = { sendMessage: async (to: number | string) => (sent.push(Number(to)), {} as never) };
      const leads = await leadsOfChat(db, CITIZEN);
      await deleteUserData(db, CITIZEN);
      await notifyWithdrawnLeads(api, db, leads, { ownerIds: [1] });
      expect(sent.sort()).toEqual([210, 220]);
    });

    it("the owners are told when no officer covers the lead's province", async () => {
      const db = store().db;
      const lead = await createLead(db, { chat_id: 502, worker_kind: "pu", province_code: "73" });
      const sent: number[] = [];
      const api = { sendMessage: async (to: number | string) => (sent.push(Number(to)), {} as never) };
      expect(await notifyWithdrawnLeads(api, db, await leadsOfChat(db, 502), { ownerIds: [1] })).toBe(1);
      expect(sent).toEqual([1]);
      expect(lead.reference).toMatch(/^TJ-/);
    });
  });
}
