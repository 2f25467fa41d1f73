/**
 * Officer tools: roles (/petugas, owners only), leads (/prospek, /prospek_csv and the
 * status buttons on lead notifications), broadcasts (/siaran) and figures (/statistik).
 * Every command checks the role in the database and writes an audit entry without
 * personal data.
 */
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { Kysely } from "kysely";
import type { BotContext } from "../../context";
import type { Feature } from "../../create-bot";
import type { QuestionCounts } from "../../../feedback/question-stats";
import type { Regions } from "../../../regions";
import type { Database, LeadStatus } from "../../../store/schema";
import { logAudit } from "../../../store/repos/audit";
import { getLead, listLeads, setLeadStatus } from "../../../store/repos/leads";
import { grantOfficer, listOfficers, revokeOfficer } from "../../../store/repos/officers";
import { getUser } from "../../../store/repos/users";
import { cancelBroadcast, listBroadcasts } from "../../../broadcast/queue";
import { parsePetugasArgs, parseStatusArg } from "../../../officers/commands";
import { leadsToCsv } from "../../../officers/csv";
import { coversProvince, isOwner, provinceFilter } from "../../../officers/roles";
import { collectStats } from "../../../officers/stats";
import { escapeHtml } from "../../html";
import { commandArgs, requireOfficer, type GuardDeps } from "./guard";
import { LEAD_STATUS_RE, leadKeyboard, renderLead } from "./leads";

export { notifyOfficersOfLead, remindOverdueLeads, renderLead, leadKeyboard, leadStatusData } from "./leads";
export { requireOfficer } from "./guard";

export interface OfficersDeps {
  db: Kysely<Database>;
  regions: Regions;
  /** Questions asked since a time, by outcome, when something counts them; /statistik shows "-" otherwise. */
  questionCounts?: (since: Date) => Promise<QuestionCounts>;
  /** Clock (tests). */
  now?: () => Date;
}

/** Officer commands, shown in the officers' Telegram command menu if the app sets one. */
export const OFFICER_COMMANDS = ["petugas", "prospek", "prospek_csv", "siaran", "statistik", "acara_baru"] as const;

const LIST_LIMIT = 10;

export function officersFeature(deps: OfficersDeps): Feature {
  return ({ config }) => {
    const composer = new Composer<BotContext>();
    const guard: GuardDeps = { db: deps.db, ownerIds: config.OWNER_IDS };
    const now = deps.now ?? (() => new Date());
    const { db, regions } = deps;
    const provinceName = (code: string | null) => (code === null ? undefined : regions.get(code)?.name ?? code);

    // Anyone may learn their own Telegram id: an owner puts it in OWNER_IDS, a new officer gives it to the owner.
    // Only in a private chat: in a group it would show the id to everyone there.
    composer.command(["idsaya", "myid"], async (ctx) => {
      ctx.outcome = "my_id";
      if (ctx.chat.type !== "private" || !ctx.from) {
        await ctx.reply(ctx.t("off-my-id-private"));
        return;
      }
      await ctx.reply(ctx.t("off-my-id", { id: String(ctx.from.id) }), { parse_mode: "HTML" });
    });

    // /petugas tambah <user_id> [provinsi] · /petugas hapus <user_id> · /petugas (list)
    composer.command("petugas", async (ctx) => {
      const role = await requireOfficer(ctx, guard, "petugas");
      if (!role) return;
      if (!isOwner(config.OWNER_IDS, ctx.from?.id)) {
        ctx.outcome = "owner_denied";
        await logAudit(db, role.userId, "officer_denied", { action: "petugas" });
        await ctx.reply(ctx.t("off-only-owners"));
        return;
      }
      const args = parsePetugasArgs(commandArgs(ctx));
      if (!args) {
        ctx.outcome = "usage";
        await ctx.reply(ctx.t("off-petugas-usage"), { parse_mode: "HTML" });
        return;
      }
      if (args.action === "list") {
        const officers = await listOfficers(db);
        await logAudit(db, role.userId, "officers_listed", { count: officers.length });
        ctx.outcome = "officers_listed";
        const lines = officers.map((o) => ctx.t("off-list-line", { id: o.userId, scope: escapeHtml(provinceName(o.provinceCode) ?? ctx.t("off-scope-all")) }));
        await ctx.reply(officers.length ? `${ctx.t("off-list-title")}\n${lines.join("\n")}` : ctx.t("off-list-empty"), { parse_mode: "HTML" });
        return;
      }
      if (args.action === "add") {
        let provinceCode: string | null = null;
        if (args.province) {
          const found = regions.findProvince(args.province);
          const exact = found.length === 1 ? found[0] : undefined;
          if (!exact) {
            ctx.outcome = "usage";
            await ctx.reply(
              found.length === 0
                ? ctx.t("off-province-unknown", { text: escapeHtml(args.province) })
                : ctx.t("off-province-ambiguous", { options: escapeHtml(found.map((a) => a.name).join(", ")) }),
              { parse_mode: "HTML" },
            );
            return;
          }
          provinceCode = exact.code;
        }
        await grantOfficer(db, args.userId, provinceCode, role.userId);
        await logAudit(db, role.userId, "officer_granted", { target_ref: await targetRef(args.userId), province_code: provinceCode });
        ctx.outcome = "officer_granted";
        await ctx.reply(ctx.t("off-granted", { id: args.userId, scope: escapeHtml(provinceName(provinceCode) ?? ctx.t("off-scope-all")) }), { parse_mode: "HTML" });
        return;
      }
      const removed = await revokeOfficer(db, args.userId);
      await logAudit(db, role.userId, "officer_revoked", { target_ref: await targetRef(args.userId), removed });
      ctx.outcome = "officer_revoked";
      await ctx.reply(ctx.t(removed ? "off-revoked" : "off-not-officer", { id: args.userId }), { parse_mode: "HTML" });
    });

    /** The target's opaque user_ref (never the Telegram id) for the audit details. */
    const targetRef = async (userId: number) => (await getUser(db, userId))?.user_ref ?? "unknown";

    const leadsFor = async (ctx: BotContext, action: string) => {
      const role = await requireOfficer(ctx, guard, action);
      if (!role) return undefined;
      const parsed = parseStatusArg(commandArgs(ctx));
      if (!parsed) {
        ctx.outcome = "usage";
        await ctx.reply(ctx.t(action === "prospek" ? "off-prospek-usage" : "off-prospek-csv-usage"), { parse_mode: "HTML" });
        return undefined;
      }
      const province = provinceFilter(role);
      const leads = await listLeads(db, { status: parsed.status, provinceCode: province });
      return { role, status: parsed.status, province, leads };
    };

    composer.command("prospek", async (ctx) => {
      const r = await leadsFor(ctx, "prospek");
      if (!r) return;
      await logAudit(db, r.role.userId, "leads_listed", { status: r.status ?? "all", province_code: r.province ?? null, count: r.leads.length });
      ctx.outcome = "leads_listed";
      const statusLabel = r.status ? ctx.t(`off-status-${r.status}`) : ctx.t("off-status-all");
      if (r.leads.length === 0) {
        await ctx.reply(ctx.t("off-prospek-empty", { status: statusLabel }));
        return;
      }
      await ctx.reply(ctx.t("off-prospek-title", { status: statusLabel, shown: Math.min(LIST_LIMIT, r.leads.length), total: r.leads.length }), { parse_mode: "HTML" });
      for (const lead of r.leads.slice(0, LIST_LIMIT)) {
        await ctx.reply(renderLead(lead, ctx.t), { parse_mode: "HTML", reply_markup: leadKeyboard(lead, ctx.t), link_preview_options: { is_disabled: true } });
      }
    });

    composer.command("prospek_csv", async (ctx) => {
      const r = await leadsFor(ctx, "prospek_csv");
      if (!r) return;
      const csv = leadsToCsv(r.leads);
      await logAudit(db, r.role.userId, "leads_exported", { status: r.status ?? "all", province_code: r.province ?? null, count: r.leads.length });
      ctx.outcome = "leads_exported";
      const stamp = now().toISOString().slice(0, 10);
      await ctx.replyWithDocument(new InputFile(Buffer.from(csv, "utf8"), `prospek-${r.status ?? "semua"}-${stamp}.csv`), {
        caption: ctx.t("off-csv-caption", { count: r.leads.length }),
      });
    });

    composer.callbackQuery(LEAD_STATUS_RE, async (ctx) => {
      const role = await requireOfficer(ctx, guard, "lead_status");
      if (!role) return;
      const id = Number(ctx.match[1]);
      const status = ctx.match[2] as LeadStatus;
      const lead = await getLead(db, id);
      if (!lead) {
        await ctx.answerCallbackQuery({ text: ctx.t("off-lead-gone") });
        return;
      }
      if (!coversProvince(role, lead.province_code)) {
        await logAudit(db, role.userId, "officer_denied", { action: "lead_status", lead_id: id });
        await ctx.answerCallbackQuery({ text: ctx.t("off-lead-out-of-scope"), show_alert: true });
        return;
      }
      const updated = (await setLeadStatus(db, id, status))!;
      await logAudit(db, role.userId, "lead_status_set", { lead_id: id, from: lead.status, to: status });
      ctx.outcome = "lead_status_set";
      await ctx.answerCallbackQuery({ text: ctx.t("off-lead-status-set", { status: ctx.t(`off-status-${status}`) }) });
      if (ctx.callbackQuery.message) {
        await ctx
          .editMessageText(renderLead(updated, ctx.t), { parse_mode: "HTML", reply_markup: leadKeyboard(updated, ctx.t), link_preview_options: { is_disabled: true } })
          .catch(() => undefined); // "message is not modified" when pressed twice
      }
    });

    composer.command("siaran", async (ctx) => {
      const role = await requireOfficer(ctx, guard, "siaran");
      if (!role) return;
      const list = await listBroadcasts(db, { limit: LIST_LIMIT });
      await logAudit(db, role.userId, "broadcasts_listed", { count: list.length });
      ctx.outcome = "broadcasts_listed";
      if (list.length === 0) {
        await ctx.reply(ctx.t("off-siaran-empty"));
        return;
      }
      const kb = new InlineKeyboard();
      const lines: string[] = [];
      for (const b of list) {
        const p = b;
        const created = b.createdAt.slice(0, 16).replace("T", " ");
        lines.push(ctx.t("off-siaran-line", { id: b.id, kind: escapeHtml(b.kind), status: escapeHtml(p.status), created, total: p.total, sent: p.sent, failed: p.failed, blocked: p.blocked, pending: p.pending }));
        if (p.status === "queued" || p.status === "running") kb.text(ctx.t("off-siaran-cancel", { id: b.id }), `bc:cancel:${b.id}`).row();
      }
      await ctx.reply(`${ctx.t("off-siaran-title")}\n\n${lines.join("\n\n")}`, { parse_mode: "HTML", reply_markup: kb });
    });

    composer.callbackQuery(/^bc:cancel:(\d{1,16})$/, async (ctx) => {
      const role = await requireOfficer(ctx, guard, "broadcast_cancel");
      if (!role) return;
      const id = Number(ctx.match[1]);
      // cancelBroadcast writes the audit entry (actor = this officer)
      const cancelled = await cancelBroadcast(db, id, role.userId);
      ctx.outcome = cancelled ? "broadcast_cancelled" : "broadcast_not_running";
      await ctx.answerCallbackQuery({ text: ctx.t(cancelled ? "off-siaran-cancelled" : "off-siaran-not-running", { id }) });
    });

    composer.command("statistik", async (ctx) => {
      const role = await requireOfficer(ctx, guard, "statistik");
      if (!role) return;
      const at = now();
      const province = provinceFilter(role);
      const s = await collectStats(db, at, province);
      // today and the six days before
      const counts = await deps.questionCounts?.(new Date(at.getTime() - 6 * 24 * 3600_000));
      const asked = counts ? ctx.t("off-stats-asked", { ...counts }) : "-";
      await logAudit(db, role.userId, "stats_viewed", { province_code: province ?? null });
      ctx.outcome = "stats_viewed";
      const subs = s.subscribers.length
        ? s.subscribers.map((x) => `• ${escapeHtml(provinceName(x.provinceCode) ?? x.provinceCode)}: ${x.n}`).join("\n")
        : "• -";
      const leads = (["new", "contacted", "registered", "not_interested"] as const)
        .map((st) => `• ${ctx.t(`off-status-${st}`)}: ${s.leads[st] ?? 0}`)
        .join("\n");
      await ctx.reply(
        ctx.t("off-stats", {
          scope: escapeHtml(provinceName(province ?? null) ?? ctx.t("off-scope-all")),
          users: s.users,
          subscribers: subs,
          leads,
          asked,
          unanswered: s.unansweredThisWeek,
          unhandled: s.unhandledThisWeek,
        }),
        { parse_mode: "HTML" },
      );
    });

    return composer;
  };
}
