/**
 * grammY writes a session back whenever it was read, and nearly every update
 * reads it (the language). This adapter skips the write when the value is
 * byte-for-byte what this update read, saving a database write per question.
 */
import type { StorageAdapter } from "grammy";

export function skipUnchangedWrites<T>(storage: StorageAdapter<T>): StorageAdapter<T> {
  const lastRead = new Map<string, string>();
  const remember = (key: string, json: string) => {
    if (lastRead.size > 20_000) lastRead.clear();
    lastRead.set(key, json);
  };
  return {
    async read(key) {
      const value = await storage.read(key);
      if (value !== undefined) remember(key, JSON.stringify(value));
      else lastRead.delete(key);
      return value;
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      if (lastRead.get(key) === json) return;
      await storage.write(key, value);
      remember(key, json);
    },
    async delete(key) {
      lastRead.delete(key);
      await storage.delete(key);
    },
  };
}
