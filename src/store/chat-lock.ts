/**
 * One chat's updates, one at a time across instances (PostgreSQL). grammY's sequentialize
 * orders a chat's updates inside one process; behind a load balancer Telegram may hand two
 * updates of one chat to two instances at once, and both would read the chat's session row
 * (the open form's state) and write it back, the later write wiping the earlier answer.
 *
 * Design: a session-level advisory lock per chat (pg_advisory_lock(namespace, hash of the chat
 * id)) held on a connection of a small pool of its own while the update is handled, from
 * before the session is read until after it is written. A second instance's update of that
 * chat waits for it and then reads the first one's state. The lock lives on its own pool so a
 * handler's queries never wait for a connection a lock holds (no deadlock when many chats are
 * busy); a process that dies drops its connection and with it the lock. The wait is bounded
 * (lock_timeout, and the pool's connection timeout): after `waitMs` the update is handled
 * anyway, with a warning, rather than dropped — an update that slow is already an outage.
 * Two chats whose ids hash alike only wait for each other; nothing is shared between them.
 */
import pg from "pg";

export interface ChatLock {
  /** Runs `fn` holding the chat's lock (waiting at most the configured time for it). */
  run<T>(chatId: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface ChatLockOptions {
  /** Updates handled at once by this instance, each holding one connection (default 10). */
  poolSize?: number;
  /** Longest wait for the lock, in ms (default 10 s). */
  waitMs?: number;
  /** Told when the lock could not be taken in time and the update is handled without it. */
  onTimeout?: (chatId: number, reason: string) => void;
}

/** "TJS1": keeps these locks apart from any other advisory lock on the database. */
const NAMESPACE = 0x544a5331;

/** The chat id folded into PostgreSQL's int4 second key. */
export function chatLockKey(chatId: number): number {
  const id = BigInt(chatId);
  return Number(BigInt.asIntN(32, id ^ (id >> 32n)));
}

export function createPgChatLock(connectionString: string, options: ChatLockOptions = {}): ChatLock {
  const waitMs = options.waitMs ?? 10_000;
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: waitMs,
    // a lock wait longer than this fails with 55P03 instead of hanging the update
    options: `-c lock_timeout=${Math.max(1, Math.round(waitMs))}`,
  });
  pool.on("error", () => undefined);
  return {
    async run(chatId, fn) {
      const key = chatLockKey(chatId);
      let client: pg.PoolClient | undefined;
      try {
        client = await pool.connect();
        await client.query("select pg_advisory_lock($1, $2)", [NAMESPACE, key]);
      } catch (error) {
        client?.release();
        options.onTimeout?.(chatId, (error as Error).message);
        return fn();
      }
      try {
        return await fn();
      } finally {
        try {
          await client.query("select pg_advisory_unlock($1, $2)", [NAMESPACE, key]);
          client.release();
        } catch (error) {
          // the connection is dropped, and the lock with it
          client.release(error as Error);
        }
      }
    },
    close: () => pool.end(),
  };
}
