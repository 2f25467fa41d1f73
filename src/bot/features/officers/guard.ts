/** The officer check (one copy, src/bot/officer-guard.ts) and the command-argument helper of the officer commands. */
import type { BotContext } from "../../context";

export { requireOfficer, type GuardDeps, type GuardOptions } from "../../officer-guard";

/** Text after the command, e.g. "tambah 42 sulsel" for "/petugas tambah 42 sulsel". */
export function commandArgs(ctx: BotContext): string {
  return typeof ctx.match === "string" ? ctx.match.trim() : "";
}
