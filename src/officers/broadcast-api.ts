/**
 * What the officer features need from the broadcast engine (src/broadcast/queue.ts).
 * Passed in as a dependency, so the features never run their own sending loop and the
 * tests can check the queued deliveries.
 */
import type { Kysely } from "kysely";
import type { Database } from "../store/schema";

export interface BroadcastMessage {
  /** HTML when parseMode is "HTML"; the caption when a photo is given. */
  text: string;
  parseMode?: "HTML";
  photoFileId?: string;
  buttons?: { label: string; data: string }[][];
}

export interface EnqueueRequest {
  createdBy: number | null;
  kind: string;
  message: BroadcastMessage;
  recipients: number[];
  statusChatId?: number;
  statusMessageId?: number;
}

export interface BroadcastProgress {
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  pending: number;
  status: string;
}

export interface BroadcastSummary {
  id: number;
  kind: string;
  status: string;
  created_at?: string;
  createdAt?: string;
}

export interface BroadcastApi {
  enqueueBroadcast(db: Kysely<Database>, request: EnqueueRequest): Promise<number>;
  cancelBroadcast(db: Kysely<Database>, id: number): Promise<unknown>;
  broadcastProgress(db: Kysely<Database>, id: number): Promise<BroadcastProgress>;
  listBroadcasts(db: Kysely<Database>, options: { limit: number }): Promise<readonly BroadcastSummary[]>;
}
