/**
 * Broadcast worker: drains the `deliveries` queue at a global send rate shared by every
 * worker and instance (slots reserved in the database), with per-chat spacing, 429 pauses,
 * 403 → blocked, bounded retries, and crash recovery (leases on claimed rows).
 *
 * Delivery lifecycle: pending → sending (claimed by one worker, lease = claimed_at) →
 * sent | blocked | failed, or back to pending (429, retryable error with next_attempt_at,
 * released on stop/cancel/pause, or lease expired after a crash).
 *
 * Guarantees: every recipient is sent at most once, except the messages whose request was in
 * flight when a worker process died (at most one claim batch): those go back to pending when
 * the lease runs out and are sent again. A slow request does not lose its claim: while a
 * request is in flight the worker renews its lease (every third of leaseMs), so another
 * worker reclaims a row only from a worker that stopped renewing (dead, or its event loop
 * stalled for longer than the lease). A chat that ended its subscription (or withdrew consent)
 * after an announcement was queued is skipped at send time: its delivery row is dropped.
 * Time-based parts (rate slots, leases, backoff) use the wall clock, so instances on several
 * hosts need synchronised clocks (NTP).
 */
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { GrammyError, HttpError } from "grammy";
import type { DialectName } from "../store/database";
import { setBlocked } from "../store/repos/users";
import type { Database } from "../store/schema";
import { areaIncludes, areaOfRow, type AreaTarget } from "../officers/area";
import { broadcastProgress, parseBroadcastMessage, recipientMessage, type BroadcastMessage, type BroadcastProgress, type RecipientMessage } from "./queue";

/** The two Bot API methods the worker needs; grammY's `bot.api` satisfies it. */
export interface BroadcastApi {
  sendMessage(chatId: number, text: string, other?: object): Promise<{ message_id: number }>;
  sendPhoto(chatId: number, photo: string, other?: object): Promise<{ message_id: number }>;
}

/** pino-compatible subset. Never given chat ids, names or message texts. */
export interface BroadcastLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface BroadcastWorkerOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  api: BroadcastApi;
  /** Global limit across all workers and instances sharing the database (default 25/s). */
  ratePerSecond?: number;
  /** Minimum spacing of two messages to one chat, in this process (default 1000 ms). */
  perChatIntervalMs?: number;
  /** Unique per worker (default host:pid:random). */
  workerId?: string;
  /** Attempts for network errors / 5xx before a delivery is `failed` (default 5). */
  maxAttempts?: number;
  /** Pass allow_paid_broadcast: true (paid, up to 1000 msg/s). Default false. */
  allowPaidBroadcast?: boolean;
  /** Progress of a broadcast, at most every progressIntervalMs, and once when it is done. */
  onProgress?: (broadcastId: number, progress: BroadcastProgress) => Promise<void>;
  progressIntervalMs?: number;
  logger?: BroadcastLogger;
  /** A `sending` row whose claim is older than this goes back to pending (default 30 s); renewed while its request is in flight. */
  leaseMs?: number;
  /** Deliveries claimed at once (default: about 200 ms worth of the rate, 1-200); also the most a crash can send twice. */
  batchSize?: number;
  /** First retry delay for network errors / 5xx, doubled per attempt (default 1000 ms, max backoffMaxMs). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** start(): how often to look for new work when idle (default 1000 ms). */
  idlePollMs?: number;
  /** Concurrent API requests of this worker (default 100). */
  maxInFlight?: number;
  /**
   * Fraction of the rate kept free so clock/timer jitter cannot push a 1-second window over
   * the limit (default 0.05: slots are spaced 5% wider than 1/rate).
   */
  rateHeadroom?: number;
}

interface Claimed {
  id: number;
  broadcast_id: number;
  chat_id: number;
  attempts: number;
}

type Outcome =
  | { kind: "rate"; retryAfter: number }
  | { kind: "blocked"; description: string }
  | { kind: "retry"; description: string }
  | { kind: "fatal"; description: string };

const SLOT_COUNTER = "broadcast:next_slot_ms";
const PAUSE_COUNTER = "broadcast:paused_until_ms";
const PAUSE_REFRESH_MS = 200;
const STATUS_REFRESH_MS = 250;
const BUSY_POLL_MS = 100;

const iso = (ms: number) => new Date(ms).toISOString();
const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 197)}...` : s);

/** Maps an API error to what the worker does with the delivery. */
export function classifyError(error: unknown): Outcome {
  const e = error as { error_code?: unknown; description?: unknown; parameters?: { retry_after?: unknown } };
  if (error instanceof GrammyError || (typeof e?.error_code === "number" && typeof e.description === "string")) {
    const code = Number(e.error_code);
    const description = clip(String(e.description ?? `error ${code}`));
    if (code === 429) {
      const retryAfter = Number(e.parameters?.retry_after);
      return { kind: "rate", retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 5 };
    }
    if (code === 403) return { kind: "blocked", description };
    if (code >= 500) return { kind: "retry", description };
    return { kind: "fatal", description };
  }
  if (error instanceof HttpError) return { kind: "retry", description: "network error" };
  return { kind: "retry", description: clip(error instanceof Error ? `${error.name}: ${error.message}` : "unknown error") };
}

export class BroadcastWorker {
  readonly workerId: string;
  private readonly db: Kysely<Database>;
  private readonly pg: boolean;
  private readonly api: BroadcastApi;
  private readonly intervalMs: number;
  private readonly perChatIntervalMs: number;
  private readonly maxAttempts: number;
  private readonly allowPaidBroadcast: boolean;
  private readonly onProgress?: BroadcastWorkerOptions["onProgress"];
  private readonly progressIntervalMs: number;
  private readonly logger?: BroadcastLogger;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  private readonly idlePollMs: number;
  private readonly maxInFlight: number;
  private readonly lagBudgetMs: number;

  private loop?: Promise<void>;
  private stopping = false;
  private readonly sleepers = new Set<() => void>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly lastChatSend = new Map<number, number>();
  private lastDispatch = 0;
  private pausedUntil = 0;
  private pauseCheckedAt = 0;
  private lastReclaim = 0;
  private readonly payloads = new Map<number, RecipientMessage>();
  /** Broadcasts that go to subscribers only (an event's announcement): checked at send time. */
  private readonly subscribersOnly = new Set<number>();
  /** The event each announcement broadcast is about (subscribersOnly's ids), to check its area at send time. */
  private readonly announcedEvent = new Map<number, number>();
  /** Each announced event's area (null: the event is gone), read once per event: the area cannot be edited. */
  private readonly eventAreas = new Map<number, AreaTarget | null>();
  /** Deliveries whose request is in flight: their lease is renewed until they finish. */
  private readonly requesting = new Set<number>();
  private renewing = false;
  private readonly cancelled = new Set<number>();
  private statusCheckedAt = 0;
  private readonly touched = new Set<number>();
  private readonly lastProgress = new Map<number, number>();
  private readonly progressBusy = new Set<number>();

  constructor(options: BroadcastWorkerOptions) {
    const rate = options.ratePerSecond ?? 25;
    if (!(rate > 0)) throw new Error("ratePerSecond must be positive");
    const headroom = options.rateHeadroom ?? 0.05;
    this.db = options.db;
    this.pg = options.dialect === "postgres";
    this.api = options.api;
    this.intervalMs = 1000 / (rate * (1 - headroom));
    this.perChatIntervalMs = options.perChatIntervalMs ?? 1000;
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.allowPaidBroadcast = options.allowPaidBroadcast ?? false;
    this.onProgress = options.onProgress;
    this.progressIntervalMs = options.progressIntervalMs ?? 3000;
    this.logger = options.logger;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.batchSize = options.batchSize ?? Math.max(1, Math.min(200, Math.ceil(rate / 5)));
    this.backoffBaseMs = options.backoffBaseMs ?? 1000;
    this.backoffMaxMs = options.backoffMaxMs ?? 60_000;
    this.idlePollMs = options.idlePollMs ?? 1000;
    this.maxInFlight = options.maxInFlight ?? 100;
    // Half of the headroom's worth of one second: sends delayed by less than this may catch up.
    this.lagBudgetMs = (headroom * 1000) / 2;
  }

  /** Runs until stop(); errors (e.g. database down) are logged and retried. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run(false).finally(() => {
      this.loop = undefined;
    });
  }

  /** Stops claiming; releases claimed-but-unsent deliveries and waits for the requests in flight. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const wake of [...this.sleepers]) wake();
    await this.loop;
    await this.drain();
  }

  /** Works until no delivery of a queued/running broadcast is pending or being sent (waits for retries). */
  async runUntilIdle(): Promise<void> {
    if (this.loop) throw new Error("worker is already running");
    this.stopping = false;
    this.loop = this.run(true).finally(() => {
      this.loop = undefined;
    });
    await this.loop;
  }

  // ───────────────────────────── loop ─────────────────────────────

  private async run(untilIdle: boolean): Promise<void> {
    const renewal = setInterval(() => void this.renewLeases(), Math.max(10, Math.floor(this.leaseMs / 3)));
    renewal.unref?.();
    try {
      await this.work(untilIdle);
    } finally {
      clearInterval(renewal);
    }
  }

  /**
   * Renews the lease of every delivery whose request is in flight, so a request slower than
   * the lease is not reclaimed and sent again by another worker. Called by a timer while the
   * worker runs; public so tests can drive it.
   */
  async renewLeases(): Promise<number> {
    if (this.renewing || this.requesting.size === 0) return 0;
    this.renewing = true;
    try {
      const r = await this.db
        .updateTable("deliveries")
        .set({ claimed_at: iso(Date.now()) })
        .where("id", "in", [...this.requesting])
        .where("status", "=", "sending")
        .where("claimed_by", "=", this.workerId)
        .where("claimed_at", "<", iso(Date.now()))
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    } catch (error) {
      this.logger?.warn({ worker: this.workerId, err: (error as Error)?.message }, "renewing broadcast leases failed");
      return 0;
    } finally {
      this.renewing = false;
    }
  }

  private async work(untilIdle: boolean): Promise<void> {
    let recovered = false;
    while (!this.stopping) {
      try {
        if (!recovered) {
          await this.recover();
          recovered = true;
        }
        if ((await this.pass()) > 0) continue;
        await this.drain();
        await this.finishTouched();
        const wait = await this.nextWorkInMs();
        if (wait === undefined) {
          if (untilIdle) break;
          await this.sleep(this.idlePollMs);
        } else if (wait > 0) {
          await this.sleep(Math.min(wait, untilIdle ? BUSY_POLL_MS : this.idlePollMs));
        }
      } catch (error) {
        await this.drain();
        if (untilIdle) throw error;
        this.logger?.error({ worker: this.workerId, err: (error as Error)?.message }, "broadcast worker pass failed");
        await this.sleep(1000);
      }
    }
    await this.drain();
    await this.finishTouched().catch(() => undefined);
  }

  /**
   * At start: rows still held under this worker id (only a fixed `workerId` given in the options
   * can match a previous run; the default id is new per process), and rows of any worker whose
   * lease ran out. A restarted process's own rows are otherwise freed when their lease expires.
   */
  private async recover(): Promise<void> {
    const now = iso(Date.now());
    const own = await this.db
      .updateTable("deliveries")
      .set({ status: "pending", claimed_by: null, claimed_at: null, updated_at: now })
      .where("status", "=", "sending")
      .where("claimed_by", "=", this.workerId)
      .executeTakeFirst();
    const n = Number(own.numUpdatedRows) + (await this.reclaimStale());
    if (n > 0) this.logger?.info({ worker: this.workerId, released: n }, "broadcast deliveries recovered");
  }

  private async reclaimStale(): Promise<number> {
    const now = Date.now();
    this.lastReclaim = now;
    const r = await this.db
      .updateTable("deliveries")
      .set({ status: "pending", claimed_by: null, claimed_at: null, updated_at: iso(now) })
      .where("status", "=", "sending")
      .where("claimed_at", "<", iso(now - this.leaseMs))
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** Claims one batch and dispatches it at its reserved slots; returns how many rows were claimed. */
  private async pass(): Promise<number> {
    if (Date.now() - this.lastReclaim > this.leaseMs / 2) await this.reclaimStale();
    await this.refreshPause(true);
    while (!this.stopping && Date.now() < this.pausedUntil) await this.sleep(this.pausedUntil - Date.now());
    if (this.stopping) return 0;

    const rows = await this.claim(this.batchSize);
    if (rows.length === 0) return 0;
    const bids = [...new Set(rows.map((r) => r.broadcast_id))];
    for (const b of bids) this.touched.add(b);
    await this.db.updateTable("broadcasts").set({ status: "running" }).where("id", "in", bids).where("status", "=", "queued").execute();
    await this.loadBroadcasts(bids);

    // Users known to have blocked the bot: no send.
    const blocked = new Set(
      (
        await this.db
          .selectFrom("users")
          .select("chat_id")
          .where("chat_id", "in", [...new Set(rows.map((r) => r.chat_id))])
          .where("blocked", "=", 1)
          .execute()
      ).map((u) => Number(u.chat_id)),
    );
    // Announcements go to subscribers only: one who ended the subscription (or withdrew consent)
    // after it was queued is skipped, and the row dropped, as /berhenti drops what is pending.
    const announcementChats = [...new Set(rows.filter((r) => this.subscribersOnly.has(r.broadcast_id)).map((r) => r.chat_id))];
    // ... and one whose subscription moved out of the event's area since (areaIncludes, the rule that chose them)
    const subscriptions = new Map(
      announcementChats.length === 0
        ? []
        : (await this.db.selectFrom("subscriptions").select(["chat_id", "province_code", "regency_code"]).where("chat_id", "in", announcementChats).execute())
          .map((s) => [Number(s.chat_id), { provinceCode: s.province_code, regencyCode: s.regency_code }] as const),
    );
    await this.loadEventAreas(rows.map((r) => r.broadcast_id));
    const stillIncluded = (row: Claimed) => {
      const place = subscriptions.get(row.chat_id);
      if (!place) return false;
      const eventId = this.announcedEvent.get(row.broadcast_id);
      const area = eventId === undefined ? undefined : this.eventAreas.get(eventId);
      return !area || areaIncludes(area, place);
    };
    const now = Date.now();
    const ready: Claimed[] = [];
    const inBatch = new Set<number>();
    for (const row of rows) {
      if (blocked.has(row.chat_id)) {
        await this.finish(row, { status: "blocked", error: "user had blocked the bot", attempted: false });
        continue;
      }
      if (this.subscribersOnly.has(row.broadcast_id) && !stillIncluded(row)) {
        await this.db.deleteFrom("deliveries").where("id", "=", row.id).where("status", "=", "sending").where("claimed_by", "=", this.workerId).execute();
        continue;
      }
      const last = this.lastChatSend.get(row.chat_id);
      if (inBatch.has(row.chat_id) || (last !== undefined && now - last < this.perChatIntervalMs)) {
        await this.release(row, iso((last ?? now) + this.perChatIntervalMs));
        continue;
      }
      inBatch.add(row.chat_id);
      ready.push(row);
    }
    if (ready.length === 0) return rows.length;

    let start = await this.reserveSlots(ready.length);
    await this.extendLease(ready, start + (ready.length - 1) * this.intervalMs);

    let rereserved = 0;
    for (let i = 0; i < ready.length; i++) {
      const row = ready[i]!;
      // Local spacing: one interval after the previous send; when timers or a busy event loop
      // made us late by less than the lag budget, catch up at up to twice the rate (the rate
      // headroom covers it).
      const slot = start + i * this.intervalMs;
      const late = Date.now() - slot;
      const spacing = late > 0 && late < this.lagBudgetMs ? this.intervalMs / 2 : this.intervalMs;
      const at = Math.max(slot, this.lastDispatch + spacing);
      // Timers are ~1 ms coarse: a send due within the next millisecond goes now (the rate
      // headroom absorbs it) instead of paying a timer tick per message at high rates.
      if (at - Date.now() > 1) await this.sleep(at - Date.now());
      while (this.inFlight.size >= this.maxInFlight) await Promise.race(this.inFlight);
      if (this.stopping || Date.now() < this.pausedUntil || (await this.isCancelled(row.broadcast_id))) {
        await this.release(row, null);
        continue;
      }
      await this.refreshPause(false);
      if (Date.now() < this.pausedUntil) {
        await this.release(row, null);
        continue;
      }
      // Much later than the slot (stalled event loop, slow database): sending now could crowd
      // the next slots of other workers into one second, so take fresh slots for the rest
      // (at most 3 times in a row, so a starved host still makes progress).
      if (Date.now() - slot > this.lagBudgetMs && rereserved < 3) {
        rereserved++;
        start = (await this.reserveSlots(ready.length - i)) - i * this.intervalMs;
        await this.extendLease(ready.slice(i), start + (ready.length - 1) * this.intervalMs);
        i--;
        continue;
      }
      rereserved = 0;
      this.lastDispatch = Math.max(at, Date.now());
      this.lastChatSend.set(row.chat_id, Date.now());
      this.requesting.add(row.id);
      const p: Promise<void> = this.sendOne(row)
        .catch((error: unknown) => {
          this.logger?.error({ worker: this.workerId, delivery: row.id, err: (error as Error)?.message }, "recording a delivery failed");
        })
        .finally(() => {
          this.requesting.delete(row.id);
          this.inFlight.delete(p);
        });
      this.inFlight.add(p);
    }
    this.pruneChatMap();
    return rows.length;
  }

  /** The lease counts from the moment the rows are due to be sent. */
  private async extendLease(rows: Claimed[], dueMs: number): Promise<void> {
    await this.db
      .updateTable("deliveries")
      .set({ claimed_at: iso(Math.max(Date.now(), dueMs)) })
      .where("id", "in", rows.map((r) => r.id))
      .where("claimed_by", "=", this.workerId)
      .execute();
  }

  private async claim(n: number): Promise<Claimed[]> {
    const now = iso(Date.now());
    const lock = this.pg ? sql`for update of d skip locked` : sql``;
    const result = await sql<Claimed>`
      update deliveries
         set status = 'sending', claimed_by = ${this.workerId}, claimed_at = ${now}, updated_at = ${now}
       where status = 'pending'
         and id in (
           select d.id
             from deliveries d
             join broadcasts b on b.id = d.broadcast_id
            where d.status = 'pending'
              and (d.next_attempt_at is null or d.next_attempt_at <= ${now})
              and b.status in ('queued', 'running')
            order by d.id
            limit ${n}
            ${lock}
         )
      returning id, broadcast_id, chat_id, attempts`.execute(this.db);
    return result.rows
      .map((r) => ({ id: Number(r.id), broadcast_id: Number(r.broadcast_id), chat_id: Number(r.chat_id), attempts: Number(r.attempts) }))
      .sort((a, b) => a.id - b.id);
  }

  /**
   * Reserves n consecutive send slots in the shared counter: next = max(next, now) + n·interval.
   * Returns the time of the first slot. One atomic upsert (row lock on PostgreSQL).
   */
  private async reserveSlots(n: number): Promise<number> {
    const span = Math.ceil(n * this.intervalMs);
    const now = Date.now();
    const result = await sql<{ value: number | string }>`
      insert into counters (name, value) values (${SLOT_COUNTER}, ${now + span})
      on conflict (name) do update
        set value = (case when counters.value > ${now} then counters.value else ${now} end) + ${span}
      returning value`.execute(this.db);
    return Number(result.rows[0]!.value) - span;
  }

  /** Pushes the shared next slot and pause marker to `untilMs` (never backwards). */
  private async pauseQueue(untilMs: number): Promise<void> {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
    for (const name of [SLOT_COUNTER, PAUSE_COUNTER]) {
      await sql`
        insert into counters (name, value) values (${name}, ${untilMs})
        on conflict (name) do update
          set value = case when counters.value > ${untilMs} then counters.value else ${untilMs} end`.execute(this.db);
    }
  }

  private async refreshPause(force: boolean): Promise<void> {
    const now = Date.now();
    if (!force && now - this.pauseCheckedAt < PAUSE_REFRESH_MS) return;
    this.pauseCheckedAt = now;
    const row = await this.db.selectFrom("counters").select("value").where("name", "=", PAUSE_COUNTER).executeTakeFirst();
    if (row) this.pausedUntil = Math.max(this.pausedUntil, Number(row.value));
  }

  private async loadBroadcasts(ids: number[]): Promise<void> {
    const missing = ids.filter((id) => !this.payloads.has(id));
    if (missing.length === 0) return;
    const rows = await this.db.selectFrom("broadcasts").select(["id", "kind", "payload", "status"]).where("id", "in", missing).execute();
    for (const r of rows) {
      const message = parseBroadcastMessage(r.payload);
      this.payloads.set(r.id, recipientMessage(message));
      // an event's announcement (publishEvent: kind "event", with its event id) goes to subscribers only
      if (r.kind === "event" && message.eventId !== undefined) {
        this.subscribersOnly.add(r.id);
        this.announcedEvent.set(r.id, message.eventId);
      }
      if (r.status === "cancelled") this.cancelled.add(r.id);
    }
  }

  private forgetAnnouncedEvent(broadcastId: number): void {
    const eventId = this.announcedEvent.get(broadcastId);
    this.announcedEvent.delete(broadcastId);
    if (eventId !== undefined) this.eventAreas.delete(eventId);
  }

  private async loadEventAreas(broadcastIds: readonly number[]): Promise<void> {
    const missing = [...new Set(broadcastIds.map((b) => this.announcedEvent.get(b)).filter((e): e is number => e !== undefined && !this.eventAreas.has(e)))];
    if (missing.length === 0) return;
    const rows = await this.db.selectFrom("events").select(["id", "province_codes", "regency_codes"]).where("id", "in", missing).execute();
    for (const id of missing) {
      const row = rows.find((r) => r.id === id);
      this.eventAreas.set(id, row ? areaOfRow(row) : null);
    }
  }

  private async isCancelled(id: number): Promise<boolean> {
    if (Date.now() - this.statusCheckedAt >= STATUS_REFRESH_MS) {
      this.statusCheckedAt = Date.now();
      const ids = [...this.touched];
      if (ids.length > 0) {
        const rows = await this.db.selectFrom("broadcasts").select(["id", "status"]).where("id", "in", ids).execute();
        for (const r of rows) if (r.status === "cancelled") this.cancelled.add(r.id);
      }
    }
    return this.cancelled.has(id);
  }

  // ───────────────────────────── sending ─────────────────────────────

  private buildRequest(message: BroadcastMessage): object {
    const other: Record<string, unknown> = {};
    if (message.parseMode) other.parse_mode = message.parseMode;
    if (message.buttons && message.buttons.length > 0) {
      other.reply_markup = {
        inline_keyboard: message.buttons.map((row) => row.map((b) => ({ text: b.label, callback_data: b.data }))),
      };
    }
    if (message.disableLinkPreview && !message.photoFileId) other.link_preview_options = { is_disabled: true };
    if (this.allowPaidBroadcast) other.allow_paid_broadcast = true;
    return other;
  }

  private async sendOne(row: Claimed): Promise<void> {
    const message = this.payloads.get(row.broadcast_id)?.(row.chat_id);
    if (!message) {
      await this.finish(row, { status: "failed", error: "broadcast payload missing", attempted: false });
      return;
    }
    const other = this.buildRequest(message);
    let outcome: Outcome;
    try {
      const sent = message.photoFileId
        ? await this.api.sendPhoto(row.chat_id, message.photoFileId, { ...other, caption: message.text })
        : await this.api.sendMessage(row.chat_id, message.text, other);
      await this.finish(row, { status: "sent", message_id: sent.message_id });
      await this.maybeProgress(row.broadcast_id);
      return;
    } catch (error) {
      outcome = classifyError(error);
    }
    switch (outcome.kind) {
      case "rate":
        this.logger?.warn({ worker: this.workerId, broadcast: row.broadcast_id, retry_after: outcome.retryAfter }, "429: broadcast queue paused");
        await this.pauseQueue(Date.now() + outcome.retryAfter * 1000);
        await this.release(row, null);
        break;
      case "blocked":
        await this.finish(row, { status: "blocked", error: outcome.description });
        await setBlocked(this.db, row.chat_id, true);
        break;
      case "retry": {
        const attempts = row.attempts + 1;
        if (attempts >= this.maxAttempts) {
          await this.finish(row, { status: "failed", error: outcome.description });
          this.logger?.warn({ worker: this.workerId, broadcast: row.broadcast_id, delivery: row.id, error: outcome.description }, "delivery failed after retries");
        } else {
          const delay = Math.min(this.backoffMaxMs, this.backoffBaseMs * 2 ** (attempts - 1));
          await this.db
            .updateTable("deliveries")
            .set({
              status: "pending",
              attempts,
              error: outcome.description,
              next_attempt_at: iso(Date.now() + delay),
              claimed_by: null,
              claimed_at: null,
              updated_at: iso(Date.now()),
            })
            .where("id", "=", row.id)
            .where("status", "=", "sending")
            .where("claimed_by", "=", this.workerId)
            .execute();
        }
        break;
      }
      case "fatal":
        await this.finish(row, { status: "failed", error: outcome.description });
        this.logger?.warn({ worker: this.workerId, broadcast: row.broadcast_id, delivery: row.id, error: outcome.description }, "delivery failed");
        break;
    }
    await this.maybeProgress(row.broadcast_id);
  }

  /** Final state for a claimed delivery (only if this worker still holds it). */
  private async finish(
    row: Claimed,
    result: { status: "sent" | "blocked" | "failed"; message_id?: number; error?: string; attempted?: boolean },
  ): Promise<void> {
    await this.db
      .updateTable("deliveries")
      .set({
        status: result.status,
        attempts: row.attempts + (result.attempted === false ? 0 : 1),
        message_id: result.message_id ?? null,
        error: result.error ?? null,
        next_attempt_at: null,
        updated_at: iso(Date.now()),
      })
      .where("id", "=", row.id)
      .where("status", "=", "sending")
      .where("claimed_by", "=", this.workerId)
      .execute();
  }

  /** Back to pending without counting an attempt. */
  private async release(row: Claimed, nextAttemptAt: string | null): Promise<void> {
    await this.db
      .updateTable("deliveries")
      .set({ status: "pending", claimed_by: null, claimed_at: null, next_attempt_at: nextAttemptAt, updated_at: iso(Date.now()) })
      .where("id", "=", row.id)
      .where("status", "=", "sending")
      .where("claimed_by", "=", this.workerId)
      .execute();
  }

  // ───────────────────────────── completion & progress ─────────────────────────────

  /** Marks touched broadcasts done when nothing is pending or being sent any more. */
  private async finishTouched(): Promise<void> {
    for (const id of [...this.touched]) {
      const now = iso(Date.now());
      const r = await this.db
        .updateTable("broadcasts")
        .set({ status: "done", finished_at: now })
        .where("id", "=", id)
        .where("status", "in", ["queued", "running"])
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom("deliveries")
                .select("deliveries.id")
                .where("deliveries.broadcast_id", "=", id)
                .where("deliveries.status", "in", ["pending", "sending"]),
            ),
          ),
        )
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) > 0) {
        this.touched.delete(id);
        this.payloads.delete(id);
        this.subscribersOnly.delete(id);
        this.forgetAnnouncedEvent(id);
        this.logger?.info({ worker: this.workerId, broadcast: id }, "broadcast done");
        await this.maybeProgress(id, true);
        this.lastProgress.delete(id);
        continue;
      }
      const b = await this.db.selectFrom("broadcasts").select("status").where("id", "=", id).executeTakeFirst();
      if (!b || b.status === "done" || b.status === "cancelled") {
        this.touched.delete(id);
        this.payloads.delete(id);
        this.subscribersOnly.delete(id);
        this.forgetAnnouncedEvent(id);
        this.lastProgress.delete(id);
      }
    }
  }

  private async maybeProgress(id: number, final = false): Promise<void> {
    if (!this.onProgress) return;
    const now = Date.now();
    if (!final && (this.progressBusy.has(id) || now - (this.lastProgress.get(id) ?? 0) < this.progressIntervalMs)) return;
    this.lastProgress.set(id, now);
    this.progressBusy.add(id);
    try {
      const progress = await broadcastProgress(this.db, id);
      if (progress) await this.onProgress(id, progress);
    } catch (error) {
      this.logger?.warn({ worker: this.workerId, broadcast: id, err: (error as Error)?.message }, "onProgress failed");
    } finally {
      this.progressBusy.delete(id);
    }
  }

  /** ms until more work may be claimable; 0 = now; undefined = nothing left in active broadcasts. */
  private async nextWorkInMs(): Promise<number | undefined> {
    const result = await sql<{ n: number | string; sending: number | string | null; ready: number | string | null; next_at: string | null }>`
      select count(*) as n,
             sum(case when d.status = 'sending' then 1 else 0 end) as sending,
             sum(case when d.status = 'pending' and d.next_attempt_at is null then 1 else 0 end) as ready,
             min(case when d.status = 'pending' then d.next_attempt_at end) as next_at
        from deliveries d
        join broadcasts b on b.id = d.broadcast_id
       where d.status in ('pending', 'sending')
         and b.status in ('queued', 'running')`.execute(this.db);
    const row = result.rows[0];
    if (!row || Number(row.n) === 0) return undefined;
    if (Number(row.ready ?? 0) > 0) return 0;
    let wait = Number(row.sending ?? 0) > 0 ? BUSY_POLL_MS : Infinity;
    if (row.next_at) wait = Math.min(wait, Math.max(0, Date.parse(row.next_at) - Date.now()));
    return wait === Infinity ? BUSY_POLL_MS : wait;
  }

  // ───────────────────────────── helpers ─────────────────────────────

  private async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0 || this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  private pruneChatMap(): void {
    if (this.lastChatSend.size < 10_000) return;
    const cutoff = Date.now() - this.perChatIntervalMs;
    for (const [chat, at] of this.lastChatSend) if (at < cutoff) this.lastChatSend.delete(chat);
  }
}
