/** The officer check every officer command and button goes through. */
import type { Kysely } from "kysely";
import type { BotContext } from "../../context";
import type { Database } from "../../../store/schema";
import { logAudit } from "../../../store/repos/audit";
import { officerRole, type OfficerRole } from "../../../officers/roles";

export interface GuardDeps {
  db: Kysely<Database>;
  ownerIds: readonly number[];
}

/**
 * The caller's role, read from the database; otherwise refuses with "Perintah ini khusus
 * petugas." (an alert for buttons), writes an audit entry and returns undefined.
 * Officer commands work only in a private chat: their answers hold personal data.
 */
export async function requireOfficer(ctx: BotContext, deps: GuardDeps, action: string): Promise<OfficerRole | undefined> {
  const role = await officerRole(deps.db, deps.ownerIds, ctx.from?.id);
  if (!role) {
    ctx.outcome = "officer_denied";
    await logAudit(deps.db, ctx.from?.id ?? "anonymous", "officer_denied", { action });
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("off-only-officers"), show_alert: true });
    else await ctx.reply(ctx.t("off-only-officers"));
    return undefined;
  }
  if (ctx.chat?.type !== "private") {
    ctx.outcome = "officer_not_private";
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("off-private-only"), show_alert: true });
    else await ctx.reply(ctx.t("off-private-only"));
    return undefined;
  }
  return role;
}

/** Text after the command, e.g. "tambah 42 sulsel" for "/petugas tambah 42 sulsel". */
export function commandArgs(ctx: BotContext): string {
  return typeof ctx.match === "string" ? ctx.match.trim() : "";
}
