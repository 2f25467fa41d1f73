/**
 * Officer tools: roles (/petugas, owners only), leads (/prospek, /prospek_csv and the
 * status buttons on lead notifications), broadcasts (/siaran) and figures (/statistik).
 * Every command checks the role in the database and writes an audit entry without
 * personal data.
 */
import { Composer, InlineKeyboard, InputFile, type Api } from "grammy";
import type { Kysely } from "kysely";
import type { BotContext, Language } from "../../context";
import type { Feature } from "../../create-bot";
import type { QuestionCounts } from "../../../feedback/question-stats";
import type { Regions } from "../../../regions";
import type { Database, LeadStatus } from "../../../store/schema";
import { logAudit } from "../../../store/repos/audit";
import { allLeads, changeLeadStatus, countLeads, getLead, listLeads } from "../../../store/repos/leads";
import { leadStatusChangeAllowed } from "../../../leads/types";
import { getOfficer, grantOfficer, listOfficers, revokeOfficer } from "../../../store/repos/officers";
import { getUser } from "../../../store/repos/users";
import { cancelBroadcast, getBroadcast, listBroadcasts } from "../../../broadcast/queue";
import { parsePetugasArgs, parseStatusArg, resolveScope, STATUS_WORD } from "../../../officers/commands";
import { leadsCsvFileName, leadsToCsv } from "../../../officers/csv";
import { coversProvince, isOwner, localDateTime, officerRole, provinceFilter, roleZone, type OfficerRole } from "../../../officers/roles";
import { officerCommandLines, officerMenuCommands } from "../../commands";
import { collectStats } from "../../../officers/stats";
import { withholdUncoveredScheduled } from "../../../officers/events";
import { escapeHtml } from "../../html";
import { commandArgs, requireOfficer, type GuardDeps } from "./guard";
import { LEAD_STATUS_RE, leadKeyboard, renderLead } from "./leads";
import { canStopBroadcast, coversBroadcast, eventsOfBroadcasts, renderSiaranLine } from "./broadcasts";

export { notifyOfficersOfLead, remindOverdueLeads, sendUnnotifiedLeads, renderLead, leadKeyboard, leadStatusData } from "./leads";
export { requireOfficer } from "./guard";

export interface OfficersDeps {
  db: Kysely<Database>;
  regions: Regions;
  /** Questions asked since a time, by outcome, when something counts them; /statistik shows "-" otherwise. */
  questionCounts?: (since: Date) => Promise<QuestionCounts>;
  /** Clock (tests). */
  now?: () => Date;
}

export { OFFICER_COMMANDS } from "../../commands";

const LIST_LIMIT = 10;
/** "Berikutnya" / "Sebelumnya" under /prospek: lead:pg:<status word|semua>:<offset> (at most 28 bytes). */
const LEADS_PAGE_DATA = "lead:pg:";
const LEADS_PAGE_RE = /^lead:pg:(semua|baru|dihubungi|terdaftar|tidak_berminat):(\d{1,6})$/;
/** Leads per CSV file of /prospek_csv: a few megabytes, far below what Telegram takes from a bot. */
const CSV_ROWS_PER_FILE = 20_000;

/** The language a user's stored Telegram language code stands for (Indonesian unless English). */
const languageOfUser = (code: string | null | undefined): Language => (code?.startsWith("en") ? "en" : "id");
/** How many recent broadcasts /siaran looks through for the ones an officer may see. */
const SIARAN_SCAN = 200;

export function officersFeature(deps: OfficersDeps): Feature {
  return ({ config, i18n }) => {
    const composer = new Composer<BotContext>();
    const guard: GuardDeps = { db: deps.db, ownerIds: config.OWNER_IDS };
    const now = deps.now ?? (() => new Date());
    const { db, regions } = deps;
    const provinceName = (code: string | null) => (code === null ? undefined : regions.get(code)?.name ?? code);
    /** A lead's times read on its own province's clock (as its province's officers read them); else the reader's. */
    const leadZone = (lead: { province_code: string | null }, role: OfficerRole) =>
      lead.province_code ? regions.zoneOf(lead.province_code) : roleZone(role, regions);

    /**
     * The officer's own command menu (Telegram shows it in their chat only), in both languages.
     * Best effort: a user who never opened the bot cannot get one yet; /bantuan sets it later.
     */
    const setOfficerMenu = async (api: Api, chatId: number, owner: boolean) => {
      for (const language of ["id", "en"] as const) {
        const commands = officerMenuCommands(language, (key) => i18n.t(language, key), { owner });
        await api
          .setMyCommands(commands, { scope: { type: "chat", chat_id: chatId }, ...(language === "en" ? { language_code: "en" } : {}) })
          .catch(() => undefined);
      }
    };
    const clearOfficerMenu = async (api: Api, chatId: number) => {
      for (const language of ["id", "en"] as const) {
        await api.deleteMyCommands({ scope: { type: "chat", chat_id: chatId }, ...(language === "en" ? { language_code: "en" } : {}) }).catch(() => undefined);
      }
    };

    // /bantuan: after everyone's help, officers and owners (only they) get their commands, and their menu is refreshed
    composer.command(["bantuan", "help"], async (ctx, next) => {
      await next();
      if (ctx.chat.type !== "private") return;
      const role = await officerRole(db, config.OWNER_IDS, ctx.from?.id);
      if (!role) return;
      const owner = role.kind === "owner";
      const scope = escapeHtml(provinceName(role.provinceCode) ?? ctx.t("off-scope-all"));
      await ctx.reply(ctx.t("off-help", { scope, commands: officerCommandLines((key) => ctx.t(key), { owner }) }), { parse_mode: "HTML" });
      await setOfficerMenu(ctx.api, ctx.chat.id, owner);
    });

    // Telegram ids go to Fluent as strings everywhere: a number would print as "123.456.789",
    // which cannot be copied back into /petugas.
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

    // /petugas tambah <user_id> <provinsi|semua> · /petugas hapus <user_id> · /petugas (list)
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
        // an owner's scope is OWNER_IDS' (every province), whatever an officers row says
        const officers = (await listOfficers(db)).filter((o) => !isOwner(config.OWNER_IDS, o.userId));
        await logAudit(db, role.userId, "officers_listed", { count: officers.length });
        ctx.outcome = "officers_listed";
        const lines = [
          ...config.OWNER_IDS.map((id) => ctx.t("off-list-owner-line", { id: String(id) })),
          ...officers.map((o) => ctx.t("off-list-line", { id: String(o.userId), scope: escapeHtml(provinceName(o.provinceCode) ?? ctx.t("off-scope-all")) })),
        ];
        if (officers.length === 0) lines.push(ctx.t("off-list-empty"));
        await ctx.reply(`${ctx.t("off-list-title")}\n${lines.join("\n")}`, { parse_mode: "HTML" });
        return;
      }
      // an owner's rights come from OWNER_IDS: a province given here, or a revocation, would not be in force
      if (isOwner(config.OWNER_IDS, args.userId)) {
        ctx.outcome = "owner_scope_refused";
        await logAudit(db, role.userId, "officer_denied", { action: args.action === "add" ? "petugas_add_owner" : "petugas_remove_owner" });
        await ctx.reply(ctx.t(args.action === "add" ? "off-owner-no-scope" : "off-owner-not-revocable", { id: String(args.userId) }), { parse_mode: "HTML" });
        return;
      }
      if (args.action === "add") {
        let provinceCode: string | null = null;
        let via: string | undefined;
        if (args.province) {
          const scope = resolveScope(args.province, regions);
          if (scope.kind === "unknown" || scope.kind === "ambiguous") {
            ctx.outcome = "usage";
            await ctx.reply(
              scope.kind === "unknown"
                ? ctx.t("off-province-unknown", { text: escapeHtml(args.province) })
                : ctx.t("off-province-ambiguous", { options: escapeHtml(scope.options.map((a) => a.name).join(", ")) }),
              { parse_mode: "HTML" },
            );
            return;
          }
          if (scope.kind === "province") {
            provinceCode = scope.province.code;
            via = scope.via?.name;
          }
        }
        // one officer has one scope: a new grant replaces the old one, and the owner is told which
        const previous = await getOfficer(db, args.userId);
        const target = await getUser(db, args.userId);
        // The grant stands even for an id the bot has never seen: officers are often given
        // rights before their first message. The owner is warned instead, since a typo could
        // hand a province's leads to a stranger; the target is told, so a wrong one notices.
        await grantOfficer(db, args.userId, provinceCode, role.userId);
        const changed = !previous || previous.provinceCode !== provinceCode;
        const scopeIn = (language: Language, code: string | null) => escapeHtml(provinceName(code) ?? i18n.t(language, "off-scope-all"));
        const targetLanguage = languageOfUser(target?.language);
        // a move withholds the officer's scheduled announcements the new scope does not cover: they are told too
        const withheld = changed ? await withholdUncoveredScheduled(db, config.OWNER_IDS, args.userId) : [];
        const youGranted = [i18n.t(targetLanguage, "off-you-granted", { scope: scopeIn(targetLanguage, provinceCode) })];
        if (previous && changed) youGranted.push(i18n.t(targetLanguage, "off-you-granted-replaced", { previous: scopeIn(targetLanguage, previous.provinceCode) }));
        if (withheld.length > 0) youGranted.push(withheldNotice(targetLanguage, withheld));
        const told = changed ? await tellTarget(ctx.api, args.userId, youGranted.join("\n\n")) : undefined;
        // the target's opaque user_ref, never the Telegram id
        await logAudit(db, role.userId, "officer_granted", {
          target_ref: target?.user_ref ?? "unknown",
          province_code: provinceCode,
          ...(previous ? { previous_province_code: previous.provinceCode } : {}),
          known_user: target !== undefined,
          ...(told !== undefined ? { told } : {}),
        });
        ctx.outcome = "officer_granted";
        const scopeName = (code: string | null) => escapeHtml(provinceName(code) ?? ctx.t("off-scope-all"));
        const lines = [ctx.t("off-granted", { id: String(args.userId), scope: scopeName(provinceCode) })];
        if (via) lines.push(ctx.t("off-granted-via", { area: escapeHtml(via), scope: scopeName(provinceCode) }));
        if (previous && previous.provinceCode !== provinceCode) lines.push(ctx.t("off-granted-replaced", { previous: scopeName(previous.provinceCode) }));
        if (!target) lines.push(ctx.t("off-granted-unknown-id", { id: String(args.userId) }));
        if (told === true) lines.push(ctx.t("off-granted-told"));
        else if (told === false) lines.push(ctx.t("off-granted-not-told"));
        if (withheld.length > 0) lines.push(withheldLine(ctx, withheld));
        await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
        await setOfficerMenu(ctx.api, args.userId, false);
        return;
      }
      const removed = await revokeOfficer(db, args.userId);
      const target = await getUser(db, args.userId);
      const targetLanguage = languageOfUser(target?.language);
      const withheld = removed ? await withholdUncoveredScheduled(db, config.OWNER_IDS, args.userId) : [];
      const youRevoked = [i18n.t(targetLanguage, "off-you-revoked"), ...(withheld.length > 0 ? [withheldNotice(targetLanguage, withheld)] : [])];
      const told = removed ? await tellTarget(ctx.api, args.userId, youRevoked.join("\n\n")) : undefined;
      await logAudit(db, role.userId, "officer_revoked", { target_ref: target?.user_ref ?? "unknown", removed, ...(told !== undefined ? { told } : {}) });
      ctx.outcome = "officer_revoked";
      if (removed) await clearOfficerMenu(ctx.api, args.userId);
      const lines = [ctx.t(removed ? "off-revoked" : "off-not-officer", { id: String(args.userId) })];
      if (told === true) lines.push(ctx.t("off-revoked-told"));
      else if (told === false) lines.push(ctx.t("off-granted-not-told"));
      if (withheld.length > 0) lines.push(withheldLine(ctx, withheld));
      await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
    });

    /**
     * After a revocation or a move, the officer's scheduled announcements their new scope does
     * not cover are withheld at once (sendDueEvents would withhold them at their send time anyway).
     * The owner is told which, and so is the officer who scheduled them, so that they, or an
     * officer of that province, can create them again: nobody waits for an announcement that will not come.
     */
    const titlesOf = (withheld: readonly { title: string }[]) => withheld.map((e) => `«${escapeHtml(e.title)}»`).join(", ");
    const withheldLine = (ctx: BotContext, withheld: readonly { title: string }[]) =>
      ctx.t("off-events-withheld", { n: withheld.length, titles: titlesOf(withheld) });
    const withheldNotice = (language: Language, withheld: readonly { title: string }[]) =>
      i18n.t(language, "off-your-events-withheld", { n: withheld.length, titles: titlesOf(withheld) });

    /**
     * Tells a new or former officer in their own chat. True when sent; false when Telegram
     * refused (they never opened a chat with the bot, or blocked it): the change stands anyway.
     */
    const tellTarget = async (api: Api, userId: number, text: string): Promise<boolean> => {
      try {
        await api.sendMessage(userId, text, { parse_mode: "HTML" });
        return true;
      } catch {
        return false;
      }
    };

    const leadsFor = async (ctx: BotContext, action: string, raw = commandArgs(ctx)) => {
      const role = await requireOfficer(ctx, guard, action);
      if (!role) return undefined;
      const parsed = parseStatusArg(raw);
      if (!parsed) {
        ctx.outcome = "usage";
        await ctx.reply(ctx.t(action === "prospek" ? "off-prospek-usage" : "off-prospek-csv-usage"), { parse_mode: "HTML" });
        return undefined;
      }
      const province = provinceFilter(role);
      return { role, status: parsed.status, province, filter: { status: parsed.status, provinceCode: province } };
    };

    /**
     * /prospek, or a later page of it: the newest leads first, LIST_LIMIT a page, with the true total
     * and, when there are more, buttons to the older ones (the most overdue are the oldest).
     */
    const showLeads = async (ctx: BotContext, r: NonNullable<Awaited<ReturnType<typeof leadsFor>>>, offset: number) => {
      const total = await countLeads(db, r.filter);
      const start = Math.max(0, Math.min(Math.floor(offset / LIST_LIMIT) * LIST_LIMIT, Math.floor(Math.max(total - 1, 0) / LIST_LIMIT) * LIST_LIMIT));
      const leads = await listLeads(db, { ...r.filter, limit: LIST_LIMIT, offset: start });
      await logAudit(db, r.role.userId, "leads_listed", { status: r.status ?? "all", province_code: r.province ?? null, count: leads.length });
      ctx.outcome = "leads_listed";
      const statusLabel = r.status ? ctx.t(`off-status-${r.status}`) : ctx.t("off-status-all");
      if (leads.length === 0) {
        await ctx.reply(ctx.t("off-prospek-empty", { status: statusLabel }));
        return;
      }
      const all = Math.max(total, start + leads.length);
      await ctx.reply(
        start === 0
          ? ctx.t("off-prospek-title", { status: statusLabel, shown: leads.length, total: all })
          : ctx.t("off-prospek-page-title", { status: statusLabel, from: start + 1, to: start + leads.length, total: all }),
        { parse_mode: "HTML" },
      );
      for (const lead of leads) {
        await ctx.reply(renderLead(lead, ctx.t, leadZone(lead, r.role)), { parse_mode: "HTML", reply_markup: leadKeyboard(lead, ctx.t), link_preview_options: { is_disabled: true } });
      }
      if (all > LIST_LIMIT) {
        const word = r.status ? STATUS_WORD[r.status] : "semua";
        const pages = new InlineKeyboard();
        if (start > 0) pages.text(ctx.t("off-prospek-previous"), `${LEADS_PAGE_DATA}${word}:${start - LIST_LIMIT}`);
        if (start + leads.length < all) pages.text(ctx.t("off-prospek-next"), `${LEADS_PAGE_DATA}${word}:${start + LIST_LIMIT}`);
        await ctx.reply(ctx.t("off-prospek-page", { from: start + 1, to: start + leads.length, total: all, after: all - start - leads.length }), { parse_mode: "HTML", reply_markup: pages });
      }
    };

    composer.command("prospek", async (ctx) => {
      const r = await leadsFor(ctx, "prospek");
      if (r) await showLeads(ctx, r, 0);
    });

    // "Berikutnya" / "Sebelumnya" under /prospek: the role and its province are read again on every press
    composer.callbackQuery(LEADS_PAGE_RE, async (ctx) => {
      const r = await leadsFor(ctx, "prospek", ctx.match[1] === "semua" ? "" : ctx.match[1]!);
      if (!r) return;
      await ctx.answerCallbackQuery().catch(() => undefined);
      await showLeads(ctx, r, Number(ctx.match[2]));
    });

    composer.command("prospek_csv", async (ctx) => {
      const r = await leadsFor(ctx, "prospek_csv");
      if (!r) return;
      // every lead, however many: the oldest, most overdue ones included
      const leads = await allLeads(db, r.filter);
      const zone = roleZone(r.role, regions);
      const zones = new Set(leads.map((lead) => leadZone(lead, r.role)));
      await logAudit(db, r.role.userId, "leads_exported", { status: r.status ?? "all", province_code: r.province ?? null, count: leads.length });
      ctx.outcome = "leads_exported";
      // the officer's calendar day: an export at 01.00 WITA is that day's file, not yesterday's (UTC)
      const stamp = localDateTime(now(), zone).date;
      const zoneNote = zones.size > 1 ? ctx.t("off-csv-zone-each") : [...zones][0] ?? zone;
      // a large province's file in parts, each well under Telegram's 50 MB for a bot's upload
      const parts = Math.max(1, Math.ceil(leads.length / CSV_ROWS_PER_FILE));
      for (let part = 1; part <= parts; part++) {
        const rows = leads.slice((part - 1) * CSV_ROWS_PER_FILE, part * CSV_ROWS_PER_FILE);
        // each lead's times on its province's clock: an all-province officer's file mixes zones, each cell names its own
        const csv = leadsToCsv(rows, { zone, zoneOf: (lead) => leadZone(lead, r.role), t: ctx.t });
        const caption = ctx.t("off-csv-caption", { count: rows.length, zone: zoneNote });
        await ctx.replyWithDocument(new InputFile(Buffer.from(csv, "utf8"), leadsCsvFileName(r.status, stamp, parts > 1 ? part : undefined)), {
          caption: parts > 1 ? `${ctx.t("off-csv-part", { part, parts, total: leads.length })} ${caption}` : caption,
        });
      }
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
      if (lead.status === status) {
        // pressed twice (or by two officers): nothing changed, and the answer says so
        ctx.outcome = "lead_status_unchanged";
        await ctx.answerCallbackQuery({ text: ctx.t("off-lead-status-already", { status: ctx.t(`off-status-${status}`) }) });
        return;
      }
      if (!leadStatusChangeAllowed(lead.status, status)) {
        // "Terdaftar" is final: a later "Dihubungi" is refused with a word, and the card loses its buttons
        ctx.outcome = "lead_status_final";
        await ctx.answerCallbackQuery({ text: ctx.t("off-lead-status-final", { status: ctx.t(`off-status-${status}`) }), show_alert: true });
        await ctx.editMessageReplyMarkup({ reply_markup: leadKeyboard(lead, ctx.t) }).catch(() => undefined);
        return;
      }
      // only from the status just read: another officer's press in between (or the lead's deletion) wins
      const updated = await changeLeadStatus(db, id, lead.status, status);
      if (!updated) {
        const now = await getLead(db, id);
        ctx.outcome = now ? "lead_status_unchanged" : "lead_gone";
        await ctx.answerCallbackQuery({
          text: now ? ctx.t("off-lead-status-already", { status: ctx.t(`off-status-${now.status}`) }) : ctx.t("off-lead-gone"),
          show_alert: true,
        });
        return;
      }
      await logAudit(db, role.userId, "lead_status_set", { lead_id: id, from: lead.status, to: status });
      ctx.outcome = "lead_status_set";
      await ctx.answerCallbackQuery({ text: ctx.t("off-lead-status-set", { status: ctx.t(`off-status-${status}`) }) });
      if (ctx.callbackQuery.message) {
        await ctx
          .editMessageText(renderLead(updated, ctx.t, leadZone(updated, role)), { parse_mode: "HTML", reply_markup: leadKeyboard(updated, ctx.t), link_preview_options: { is_disabled: true } })
          .catch(() => undefined); // "message is not modified" when pressed twice
      }
    });

    composer.command("siaran", async (ctx) => {
      const role = await requireOfficer(ctx, guard, "siaran");
      if (!role) return;
      // "/siaran hentikan 1": the command takes no words; said, rather than ignored
      const note = commandArgs(ctx) ? `${ctx.t("off-siaran-usage")}\n\n` : "";
      // read further back than shown, so a province's own broadcasts are not crowded out by others'
      const recent = await listBroadcasts(db, { limit: SIARAN_SCAN });
      const events = await eventsOfBroadcasts(db, recent);
      const eventOf = (b: (typeof recent)[number]) => events.get(b);
      const list = recent.filter((b) => coversBroadcast(role, eventOf(b))).slice(0, LIST_LIMIT);
      await logAudit(db, role.userId, "broadcasts_listed", { count: list.length, province_code: role.provinceCode });
      ctx.outcome = "broadcasts_listed";
      if (list.length === 0) {
        await ctx.reply(note + ctx.t("off-siaran-empty"));
        return;
      }
      const zone = roleZone(role, regions);
      const kb = new InlineKeyboard();
      const lines = list.map((b) =>
        renderSiaranLine(b, eventOf(b), zone, ctx.t, {
          provinceName: (c) => provinceName(c) ?? c,
          provinceCount: regions.provinces.length,
          readerCanStop: role.provinceCode === null,
        }));
      for (const b of list) {
        // a shared broadcast gets no stop button from a province officer: pressed, it would be refused
        if ((b.status === "queued" || b.status === "running") && canStopBroadcast(role, eventOf(b))) kb.text(ctx.t("off-siaran-cancel", { id: String(b.id) }), `bc:cancel:${b.id}`).row();
      }
      const title = ctx.t(role.provinceCode === null ? "off-siaran-title-all" : "off-siaran-title", { scope: escapeHtml(provinceName(role.provinceCode) ?? ""), zone });
      await ctx.reply(`${note}${title}\n\n${lines.join("\n\n")}`, { parse_mode: "HTML", reply_markup: kb });
    });

    composer.callbackQuery(/^bc:cancel:(\d{1,16})$/, async (ctx) => {
      const role = await requireOfficer(ctx, guard, "broadcast_cancel");
      if (!role) return;
      const id = Number(ctx.match[1]);
      // the button may be stale or forged: the scope is checked again on every press
      const broadcast = await getBroadcast(db, id);
      if (!broadcast) {
        ctx.outcome = "broadcast_not_running";
        await ctx.answerCallbackQuery({ text: ctx.t("off-siaran-not-running", { id: String(id) }) });
        return;
      }
      const event = (await eventsOfBroadcasts(db, [broadcast])).get(broadcast);
      if (!canStopBroadcast(role, event)) {
        ctx.outcome = "officer_denied";
        await logAudit(db, role.userId, "officer_denied", { action: "broadcast_cancel", broadcast_id: id });
        const shared = coversBroadcast(role, event);
        await ctx.answerCallbackQuery({ text: ctx.t(shared ? "off-siaran-shared-denied" : "off-siaran-out-of-scope"), show_alert: true });
        return;
      }
      // cancelBroadcast writes the audit entry (actor = this officer)
      const cancelled = await cancelBroadcast(db, id, role.userId);
      ctx.outcome = cancelled ? "broadcast_cancelled" : "broadcast_not_running";
      await ctx.answerCallbackQuery({ text: ctx.t(cancelled ? "off-siaran-cancelled" : "off-siaran-not-running", { id: String(id) }) });
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
          scoped: province ? "yes" : "no",
        }),
        { parse_mode: "HTML" },
      );
    });

    return composer;
  };
}
