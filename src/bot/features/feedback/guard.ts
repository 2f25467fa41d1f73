/** The officer check for /pertanyaan, its buttons and ticket replies (owners count as officers). */
import type { Kysely } from "kysely";
import type { BotContext } from "../../context";
import type { Database } from "../../../store/schema";
import { logAudit } from "../../../store/repos/audit";
import { officerRole, type OfficerRole } from "../../../officers/roles";

/** The caller's role; otherwise refuses ("Perintah ini khusus petugas."), audits, and returns undefined. */
export async function officerOnly(
  ctx: BotContext,
  db: Kysely<Database>,
  ownerIds: readonly number[],
  action: string,
  options: { privateOnly?: boolean } = { privateOnly: true },
): Promise<OfficerRole | undefined> {
  const role = await officerRole(db, ownerIds, ctx.from?.id);
  if (!role) {
    ctx.outcome = "officer_denied";
    await logAudit(db, ctx.from?.id ?? "anonymous", "officer_denied", { action });
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("fb-only-officers"), show_alert: true });
    else await ctx.reply(ctx.t("fb-only-officers"));
    return undefined;
  }
  if (options.privateOnly !== false && ctx.chat?.type !== "private") {
    ctx.outcome = "officer_not_private";
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("fb-private-only"), show_alert: true });
    else await ctx.reply(ctx.t("fb-private-only"));
    return undefined;
  }
  return role;
}
