/**
 * The one officer check every officer command, button and ticket reply goes through: the
 * caller's role is read from the database on every use (a revoked role ends at once); without
 * one the caller is refused (an alert for buttons), and an `officer_denied` audit entry written.
 * Officer commands work only in a private chat (their answers hold personal data), unless the
 * caller says otherwise (a ticket answered in the officers' group).
 */
import type { Kysely } from "kysely";
import type { BotContext } from "./context";
import type { Database } from "../store/schema";
import { logAudit } from "../store/repos/audit";
import { officerRole, type OfficerRole } from "../officers/roles";

export interface GuardDeps {
  db: Kysely<Database>;
  ownerIds: readonly number[];
}

export interface GuardOptions {
  /** Refuse outside a private chat (default true). */
  privateOnly?: boolean;
  /** The refusal's text key (default "off-only-officers"). */
  deniedKey?: string;
}

export async function requireOfficer(ctx: BotContext, deps: GuardDeps, action: string, options: GuardOptions = {}): Promise<OfficerRole | undefined> {
  const role = await officerRole(deps.db, deps.ownerIds, ctx.from?.id);
  if (!role) {
    ctx.outcome = "officer_denied";
    await logAudit(deps.db, ctx.from?.id ?? "anonymous", "officer_denied", { action });
    const text = ctx.t(options.deniedKey ?? "off-only-officers");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else await ctx.reply(text);
    return undefined;
  }
  if (options.privateOnly !== false && ctx.chat?.type !== "private") {
    ctx.outcome = "officer_not_private";
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("off-private-only"), show_alert: true });
    else await ctx.reply(ctx.t("off-private-only"));
    return undefined;
  }
  return role;
}
