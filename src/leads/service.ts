/** Leads over the store: what the enrollment conversation and officers use. */
import type { Kysely } from "kysely";
import type { Database, Lead } from "../store/schema";
import { grantConsent } from "../store/repos/consents";
import { inTransaction } from "../store/repos/counters";
import { createLead, deleteLeadsCreatedBefore, getOpenLeadForChat, updateLead } from "../store/repos/leads";
import { logAudit } from "../store/repos/audit";
import { LEAD_RETENTION_MONTHS, type LeadDraft, type StoredLead } from "./types";
import { PROGRAMS, WORKER_KINDS, type Program, type WorkerKind } from "./validate";

export function toStoredLead(row: Lead): StoredLead {
  return {
    id: row.id,
    reference: row.reference,
    chatId: row.chat_id,
    status: row.status,
    workerKind: (WORKER_KINDS as readonly string[]).includes(row.worker_kind) ? (row.worker_kind as WorkerKind) : "bpu_other",
    occupation: row.occupation ?? "",
    provinceCode: row.province_code ?? "",
    regencyCode: row.regency_code ?? undefined,
    districtCode: row.district_code ?? undefined,
    regionLabel: row.region_label ?? "",
    programs: row.programs.split(",").map((p) => p.trim().toLowerCase()).filter((p): p is Program => (PROGRAMS as readonly string[]).includes(p)),
    phone: row.phone ?? undefined,
    contactViaTelegram: row.contact_via_telegram === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function columns(draft: LeadDraft) {
  return {
    worker_kind: draft.workerKind,
    occupation: draft.occupation,
    province_code: draft.provinceCode,
    regency_code: draft.regencyCode ?? null,
    district_code: draft.districtCode ?? null,
    region_label: draft.regionLabel,
    programs: draft.programs.join(","),
    phone: draft.phone ?? null,
    contact_via_telegram: (draft.contactViaTelegram ? 1 : 0) as 0 | 1,
  };
}

export function createLeadService(db: Kysely<Database>) {
  return {
    async findOpen(chatId: number): Promise<StoredLead | undefined> {
      const row = await getOpenLeadForChat(db, chatId);
      return row && toStoredLead(row);
    },
    /** Consent record and lead in one transaction: either both are stored or neither. */
    async submit(chatId: number, draft: LeadDraft, consentVersion: string): Promise<StoredLead> {
      return inTransaction(db, async (trx) => {
        await grantConsent(trx, chatId, "enrollment", consentVersion);
        const open = await getOpenLeadForChat(trx, chatId);
        const row = open
          ? await updateLead(trx, open.id, columns(draft))
          : await createLead(trx, { chat_id: chatId, ...columns(draft) });
        return toStoredLead(row!);
      });
    },
    /**
     * Keeps the consent's promise ("kept at most N months"): a lead goes LEAD_RETENTION_MONTHS
     * after it was first given, whatever its status; a resubmission does not extend it.
     * Audited with the count only. Returns how many went.
     */
    async deleteExpired(now: Date = new Date()): Promise<number> {
      const cutoff = new Date(now);
      cutoff.setUTCMonth(cutoff.getUTCMonth() - LEAD_RETENTION_MONTHS);
      const deleted = await deleteLeadsCreatedBefore(db, cutoff);
      if (deleted > 0) await logAudit(db, "system", "leads_expired", { count: deleted, months: LEAD_RETENTION_MONTHS });
      return deleted;
    },
  };
}
