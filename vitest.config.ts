import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // every file opens its own app and storage; re-importing the bot's modules for each of 120
    // files cost about 100 s of CI (7.4 → 4.5 min for the suite on a 2-core machine)
    isolate: false,
  },
});
