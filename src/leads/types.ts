import type { Program, WorkerKind } from "./validate";

export const LEAD_STATUSES = ["new", "contacted", "registered", "not_interested"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

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
