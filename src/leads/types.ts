import type { Program, WorkerKind } from "./validate";

export const LEAD_STATUSES = ["new", "contacted", "registered", "not_interested"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/**
 * The status changes an officer may make. "Terdaftar" (registered) is final: the person has
 * joined, so a later "Dihubungi" press is a mis-tap and is refused with a word, not taken (it
 * would move a registered lead back into the contacted count). Every other status may move to
 * any other settable one (someone not interested may change their mind).
 */
export function leadStatusChangeAllowed(from: LeadStatus, to: LeadStatus): boolean {
  if (from === to) return false;
  if (from === "registered") return false;
  return to !== "new";
}

/** What the enrollment flow collects, after consent. */
export interface LeadDraft {
  workerKind: WorkerKind;
  occupation: string;
  provinceCode: string;
  regencyCode?: string;
  districtCode?: string;
  regionLabel: string;
  programs: Program[];
  phone?: string;
  contactViaTelegram: boolean;
}

export interface StoredLead extends LeadDraft {
  id: number;
  reference: string;
  chatId: number;
  status: LeadStatus;
  createdAt: string;
  updatedAt: string;
}

/** Version of the consent text shown before collecting data; stored with each consent. */
export const ENROLLMENT_CONSENT_VERSION = "enrollment-2026-11-v3";

/** How long a lead is kept: the consent text tells the user this many months, and the store deletes older leads. */
export const LEAD_RETENTION_MONTHS = 12;
