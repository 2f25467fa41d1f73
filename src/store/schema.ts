/**
 * Kysely table types shared by SQLite and PostgreSQL.
 *
 * Conventions (one code path for both engines):
 * - timestamps: ISO-8601 UTC strings (`new Date().toISOString()`), stored as text;
 * - booleans: integers 0/1 (`Flag`);
 * - JSON: text, (de)serialised by the repository that owns the column;
 * - Telegram ids: bigint columns, read back as JS numbers (they fit in 2^53).
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** Boolean stored as 0/1. */
export type Flag = 0 | 1;
/** ISO-8601 UTC timestamp, e.g. 2026-11-24T10:00:00.000Z. */
export type Iso = string;
/** Telegram chat/user id. */
export type ChatId = number;
/** Autoincrement id: optional on insert, never updated. */
export type Id = Generated<number>;

export type ConsentPurpose = "enrollment" | "subscription" | "notify";
export type LeadStatus = "new" | "contacted" | "registered" | "not_interested";
export type EventStatus = "draft" | "scheduled" | "sent";
export type BroadcastStatus = "queued" | "running" | "done" | "cancelled";
export type DeliveryStatus = "pending" | "sending" | "sent" | "failed" | "blocked";
export type UnansweredReason = "declined" | "downvoted";
export type TicketStatus = "open" | "answered" | "closed";

export interface UsersTable {
  chat_id: ChatId;
  /** Opaque random id used instead of the chat id in analytics-like tables (unanswered_questions, feedback). */
  user_ref: string;
  language: string | null;
  first_seen: Iso;
  last_seen: Iso;
  blocked: ColumnType<Flag, Flag | undefined, Flag>;
  notify_opt_in: ColumnType<Flag, Flag | undefined, Flag>;
}

export interface ConsentsTable {
  id: Id;
  chat_id: ChatId;
  purpose: ConsentPurpose;
  text_version: string;
  granted_at: Iso;
  withdrawn_at: Iso | null;
}

export interface SubscriptionsTable {
  chat_id: ChatId;
  province_code: string;
  regency_code: string | null;
  /** Comma list, e.g. "events,rules". */
  topics: string;
  created_at: Iso;
  updated_at: Iso;
}

export interface LeadsTable {
  id: Id;
  /** TJ-<year>-<6 digits>, unique. */
  reference: string;
  chat_id: ChatId;
  status: LeadStatus;
  worker_kind: string;
  occupation: string | null;
  province_code: string | null;
  regency_code: string | null;
  district_code: string | null;
  region_label: string | null;
  /** Comma list of programs, e.g. "JKK,JKM". */
  programs: string;
  phone: string | null;
  contact_via_telegram: Flag;
  created_at: Iso;
  updated_at: Iso;
  /** Last time officers were reminded that this new lead waits for a call. */
  reminded_at: ColumnType<Iso | null, Iso | null | undefined, Iso | null>;
  /** When officers (or the owners) were first told of the lead; null while that notice has not reached anyone. */
  notified_at: ColumnType<Iso | null, Iso | null | undefined, Iso | null>;
}

export interface OfficersTable {
  user_id: ChatId;
  /** null = every province. */
  province_code: string | null;
  /** null after the granting user's data was deleted. */
  granted_by: ChatId | null;
  granted_at: Iso;
}

export interface EventsTable {
  id: Id;
  title: string;
  starts_at: Iso;
  timezone: string;
  place: string;
  /** Comma list of province codes. */
  province_codes: string;
  /** Comma list of regency codes (may be empty). */
  regency_codes: string;
  description: string;
  photo_file_id: string | null;
  /** null after the creator's data was deleted. */
  created_by: ChatId | null;
  status: EventStatus;
  send_at: Iso | null;
  created_at: Iso;
}

export interface EventAttendeesTable {
  event_id: number;
  chat_id: ChatId;
  created_at: Iso;
  reminded: ColumnType<Flag, Flag | undefined, Flag>;
}

export interface BroadcastsTable {
  id: Id;
  created_by: ChatId | null;
  kind: string;
  /** JSON text. */
  payload: string;
  status: BroadcastStatus;
  status_chat_id: ChatId | null;
  status_message_id: number | null;
  created_at: Iso;
  finished_at: Iso | null;
  /** Deliveries whose rows went with their recipient's data (/hapusdata), by outcome: counts only. */
  erased_sent: ColumnType<number, number | undefined, number>;
  erased_failed: ColumnType<number, number | undefined, number>;
  erased_blocked: ColumnType<number, number | undefined, number>;
}

export interface DeliveriesTable {
  id: Id;
  broadcast_id: number;
  chat_id: ChatId;
  status: DeliveryStatus;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Iso | null;
  claimed_by: string | null;
  claimed_at: Iso | null;
  message_id: number | null;
  error: string | null;
  updated_at: Iso;
}

export interface UnansweredQuestionsTable {
  id: Id;
  /** users.user_ref, never the chat id. */
  user_ref: string;
  text: string;
  language: string;
  reason: UnansweredReason;
  entry_id: string | null;
  group_key: string;
  handled: ColumnType<Flag, Flag | undefined, Flag>;
  linked_entry_id: string | null;
  /** Set only when the user agreed to be notified once the question is answered. */
  notify_chat_id: ChatId | null;
  created_at: Iso;
  /** The asker's province as their subscription or lead gave it; null when unknown (seen only by all-province officers). */
  province_code: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface FeedbackTable {
  id: Id;
  entry_id: string;
  user_ref: string;
  helpful: Flag;
  comment: string | null;
  created_at: Iso;
}

export interface TicketsTable {
  id: Id;
  reference: string;
  chat_id: ChatId;
  province_code: string | null;
  question: string;
  status: TicketStatus;
  officer_chat_id: ChatId | null;
  officer_message_id: number | null;
  answer: string | null;
  created_at: Iso;
  answered_at: Iso | null;
  reraised_at: Iso | null;
  /** When an officer's answer was claimed for sending; the ticket stays open until it is delivered. */
  answering_at: ColumnType<Iso | null, Iso | null | undefined, Iso | null>;
}

export interface AuditLogTable {
  id: Id;
  /** Telegram user id as text, "system", or "anonymous". */
  actor: string;
  action: string;
  /** JSON text without personal data. */
  details: string;
  created_at: Iso;
}

export interface SessionsTable {
  key: string;
  /** JSON text. */
  value: string;
  updated_at: Iso;
}

/** Named monotonic counters (reference numbers). */
export interface CountersTable {
  name: string;
  value: number;
}

export interface Database {
  users: UsersTable;
  consents: ConsentsTable;
  subscriptions: SubscriptionsTable;
  leads: LeadsTable;
  officers: OfficersTable;
  events: EventsTable;
  event_attendees: EventAttendeesTable;
  broadcasts: BroadcastsTable;
  deliveries: DeliveriesTable;
  unanswered_questions: UnansweredQuestionsTable;
  feedback: FeedbackTable;
  tickets: TicketsTable;
  audit_log: AuditLogTable;
  sessions: SessionsTable;
  counters: CountersTable;
}

export type TableName = keyof Database;

export type User = Selectable<UsersTable>;
export type Consent = Selectable<ConsentsTable>;
export type Subscription = Selectable<SubscriptionsTable>;
export type Lead = Selectable<LeadsTable>;
export type NewLead = Insertable<LeadsTable>;
export type LeadUpdate = Updateable<LeadsTable>;
export type Officer = Selectable<OfficersTable>;
export type Event = Selectable<EventsTable>;
export type Broadcast = Selectable<BroadcastsTable>;
export type Delivery = Selectable<DeliveriesTable>;
export type UnansweredQuestion = Selectable<UnansweredQuestionsTable>;
export type Feedback = Selectable<FeedbackTable>;
export type Ticket = Selectable<TicketsTable>;
export type AuditEntry = Selectable<AuditLogTable>;

/** Current time as an ISO-8601 UTC string. */
export function nowIso(): Iso {
  return new Date().toISOString();
}
