/** Leads for officers: the notification with status buttons, and how a lead reads to them. */
import { InlineKeyboard, type Api } from "grammy";
import type { Kysely } from "kysely";
import type { I18n } from "@grammyjs/i18n";
import type { BaseContext, Language } from "../../context";
import type { Database, Lead, LeadStatus } from "../../../store/schema";
import { claimLeadReminder, getLead, overdueNewLeads } from "../../../store/repos/leads";
import { logAudit } from "../../../store/repos/audit";
import { followUpCutoff, isOfficeHours } from "../../../leads/follow-up";
import { responsibleFor } from "../../../store/repos/officers";
import { escapeHtml } from "../../html";
import { createI18n } from "../../i18n";
import type { Regions, TimeZoneName } from "../../../regions";
import { localDateTime } from "../../../officers/roles";
import { leadStatusChangeAllowed } from "../../../leads/types";

/** "2026-11-27 01.25 WITA": stored UTC, read on the officer's clock. */
function localStamp(iso: string, zone: TimeZoneName): string {
  const { date, time } = localDateTime(iso, zone);
  return `${date} ${time} ${zone}`;
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Statuses an officer can set with a button. */
export const SETTABLE_STATUSES = ["contacted", "registered", "not_interested"] as const satisfies readonly LeadStatus[];

/** lead:st:<id>:<status> — at most 8 + 16 + 1 + 14 = 39 bytes. */
export const leadStatusData = (id: number, status: LeadStatus) => `lead:st:${id}:${status}`;
export const LEAD_STATUS_RE = /^lead:st:(\d{1,16}):(contacted|registered|not_interested)$/;

export function leadKeyboard(lead: Pick<Lead, "id" | "status">, t: Translate): InlineKeyboard {
  const kb = new InlineKeyboard();
  // a registered lead is final: its card keeps no status buttons (see leadStatusChangeAllowed)
  if (lead.status === "registered") return kb;
  for (const s of SETTABLE_STATUSES) if (lead.status === s || leadStatusChangeAllowed(lead.status, s)) kb.text(t(`off-lead-btn-${s}`), leadStatusData(lead.id, s));
  return kb;
}

/**
 * What an officer reads about a lead (HTML). Personal data is the point here: it goes to the responsible officer only.
 * Times are in `zone` (the reader's; WIB when not known) and name it.
 */
export function renderLead(lead: Lead, t: Translate, zone: TimeZoneName = "WIB"): string {
  const programs = lead.programs
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => t(`program-${p}`))
    .join(", ");
  const contact = [
    lead.phone ? escapeHtml(lead.phone) : undefined,
    lead.contact_via_telegram ? `<a href="tg://user?id=${lead.chat_id}">${t("off-lead-telegram")}</a>` : undefined,
  ].filter(Boolean).join(" · ");
  return t("off-lead-card", {
    reference: escapeHtml(lead.reference),
    kind: t(`kind-${lead.worker_kind}`),
    occupation: escapeHtml(lead.occupation ?? "-"),
    region: escapeHtml(lead.region_label ?? "-"),
    programs: programs || "-",
    contact: contact || "-",
    status: t(`off-status-${lead.status}`),
    created: localStamp(lead.created_at, zone),
  });
}

let defaultI18n: I18n<BaseContext> | undefined;

export interface LeadNoticeOptions {
  i18n?: I18n<BaseContext>;
  /** One language for every officer; without it each reads their own (see officerLanguages). */
  language?: "id" | "en";
  /** Told instead when no officer covers the lead's province (a new deployment has owners before officers). */
  ownerIds?: readonly number[];
  /** When given, times read in the lead's province zone (its officers' clock), WIB otherwise; and provinces are named. */
  regions?: Pick<Regions, "zoneOf" | "get">;
}

const leadZone = (row: Lead, options: LeadNoticeOptions): TimeZoneName =>
  options.regions && row.province_code ? options.regions.zoneOf(row.province_code) : "WIB";

/**
 * Tells every officer responsible for the lead's province (scoped to it, or to all) about
 * a new lead, with buttons to set its status — or the owners when no officer covers the
 * province, and then they read that no officer covers it (not "in your area"). Returns how
 * many were told; a failed send to one does not stop the others. The lead is marked notified
 * once someone has it; until then the minute timer tries again (sendUnnotifiedLeads), so a
 * Telegram error or a crash right after the lead was stored does not leave the officers
 * unaware of it until the two-day reminder.
 */
export async function notifyOfficersOfLead(api: Api, db: Kysely<Database>, lead: { id: number }, options: LeadNoticeOptions = {}): Promise<number> {
  const row = await getLead(db, lead.id);
  if (!row) return 0;
  const { told, recipients } = await sendNewLead(api, db, row, options);
  if (told > 0 || recipients === 0) await db.updateTable("leads").set({ notified_at: new Date().toISOString() }).where("id", "=", row.id).where("notified_at", "is", null).execute();
  return told;
}

/** How long a new lead's own notice is given before the timer sends it instead. */
export const LEAD_NOTICE_GRACE_MS = 2 * 60_000;

/**
 * For the minute timer: tells the officers of every lead whose notice has not reached anyone
 * for LEAD_NOTICE_GRACE_MS (the send failed, or the instance died before it). Each lead is
 * claimed first (notified_at set where it was null), so with several instances one sends it;
 * a claimed lead whose sends all fail is released for the next tick. Returns how many leads
 * were notified.
 */
export async function sendUnnotifiedLeads(api: Api, db: Kysely<Database>, now: Date, options: LeadNoticeOptions = {}): Promise<number> {
  const before = new Date(now.getTime() - LEAD_NOTICE_GRACE_MS).toISOString();
  const rows = await db.selectFrom("leads").selectAll().where("notified_at", "is", null).where("created_at", "<=", before).orderBy("id").limit(100).execute();
  let notified = 0;
  for (const row of rows) {
    const claimed = await db.updateTable("leads").set({ notified_at: now.toISOString() }).where("id", "=", row.id).where("notified_at", "is", null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) continue;
    const { told, recipients } = await sendNewLead(api, db, row, options);
    if (told === 0 && recipients > 0) {
      await db.updateTable("leads").set({ notified_at: null }).where("id", "=", row.id).execute();
      continue;
    }
    notified++;
  }
  return notified;
}

async function sendNewLead(api: Api, db: Kysely<Database>, row: Lead, options: LeadNoticeOptions): Promise<{ told: number; recipients: number }> {
  const { recipients, toOwners } = await responsibleFor(db, row.province_code, options.ownerIds);
  const province = escapeHtml((row.province_code && options.regions?.get(row.province_code)?.name) || row.province_code || "-");
  const translate = await officerTranslators(db, recipients, options);
  const sentTo: number[] = [];
  for (const to of recipients) {
    const t = translate(to);
    const header = toOwners ? t("off-lead-new-no-officer", { province }) : t("off-lead-new");
    if (await sendLead(api, to, header, row, t, leadZone(row, options))) sentTo.push(to);
  }
  // who holds a copy, for the notice should its owner withdraw it (officers' ids only, no citizen data)
  await logAudit(db, "system", "lead_sent", { reference: row.reference, to: sentTo });
  return { told: sentTo.length, recipients: recipients.length };
}

/** Up to this many overdue leads are sent to one officer one by one; more come as one summary. */
const OVERDUE_ONE_BY_ONE = 3;

/**
 * Puts every lead still "new" after the follow-up period in front of its officers again,
 * in office hours of the lead's province only (08.00–17.00 on Monday to Friday there): each
 * with its status buttons, or — when an officer has more than a few waiting (say, on the
 * first day after this reminder existed) — one summary pointing to /prospek baru. A lead due
 * at night or at the weekend is not claimed, so the first tick in office hours reminds about
 * it. The next reminder for the same lead comes a follow-up period later.
 * Returns how many leads were reminded about.
 */
export async function remindOverdueLeads(api: Api, db: Kysely<Database>, now: Date, options: LeadNoticeOptions = {}): Promise<number> {
  // the follow-up period is counted on each zone's calendar; zones outside office hours are left out
  const cutoffs = new Map<TimeZoneName, Date>();
  for (const zone of ZONES) if (isOfficeHours(now, zone)) cutoffs.set(zone, followUpCutoff(now, zone));
  if (cutoffs.size === 0) return 0;
  const latest = new Date(Math.max(...[...cutoffs.values()].map((d) => d.getTime())));
  const byRecipient = new Map<number, Lead[]>();
  // one officers lookup per province, not per lead
  const recipientsOf = new Map<string | null, readonly number[]>();
  let reminded = 0;
  for (const row of await overdueNewLeads(db, latest)) {
    const cutoff = cutoffs.get(leadZone(row, options));
    // night or weekend in the lead's province, or not yet overdue on its calendar: it waits
    if (!cutoff || new Date(row.created_at).getTime() >= cutoff.getTime()) continue;
    // claimed before sending: another instance's timer does not remind about the same lead
    if (!(await claimLeadReminder(db, row.id, cutoff, now))) continue;
    let recipients = recipientsOf.get(row.province_code);
    if (!recipients) recipientsOf.set(row.province_code, (recipients = (await responsibleFor(db, row.province_code, options.ownerIds)).recipients));
    for (const to of recipients) byRecipient.set(to, [...(byRecipient.get(to) ?? []), row]);
    await logAudit(db, "system", "lead_reminded", { reference: row.reference, to: recipients });
    reminded++;
  }
  const translate = await officerTranslators(db, [...byRecipient.keys()], options);
  for (const [to, leads] of byRecipient) {
    const t = translate(to);
    if (leads.length > OVERDUE_ONE_BY_ONE) {
      await api.sendMessage(to, t("off-lead-overdue-summary", { n: leads.length }), { parse_mode: "HTML" }).catch(() => undefined);
      continue;
    }
    for (const row of leads) await sendLead(api, to, t("off-lead-overdue", { since: localStamp(row.created_at, leadZone(row, options)) }), row, t, leadZone(row, options));
  }
  return reminded;
}

const ZONES: readonly TimeZoneName[] = ["WIB", "WITA", "WIT"];

/**
 * The language each officer reads: the one stored for them (chosen with /bahasa, else the one they
 * write in, else their Telegram app's), Indonesian when the bot has none (a group, an officer
 * who never wrote). One query for all of them.
 */
export async function officerLanguages(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, Language>> {
  const languages = new Map<number, Language>();
  if (ids.length === 0) return languages;
  const rows = await db.selectFrom("users").select(["chat_id", "language"]).where("chat_id", "in", [...new Set(ids)]).execute();
  for (const row of rows) languages.set(Number(row.chat_id), row.language?.startsWith("en") ? "en" : "id");
  return languages;
}

/** A translator per recipient, in that officer's language (or options.language for all). */
async function officerTranslators(db: Kysely<Database>, ids: readonly number[], options: LeadNoticeOptions): Promise<(to: number) => Translate> {
  const i18n = options.i18n ?? (defaultI18n ??= createI18n("id"));
  const languages = options.language ? undefined : await officerLanguages(db, ids);
  return (to) => {
    const language = options.language ?? languages?.get(to) ?? "id";
    return (key, vars) => i18n.t(language, key, vars);
  };
}

/** One lead with its status buttons; false when the chat could not be reached (the lead is still in /prospek). */
async function sendLead(api: Api, to: number, header: string, row: Lead, t: Translate, zone: TimeZoneName): Promise<boolean> {
  try {
    await api.sendMessage(to, `${header}\n\n${renderLead(row, t, zone)}`, { parse_mode: "HTML", reply_markup: leadKeyboard(row, t), link_preview_options: { is_disabled: true } });
    return true;
  } catch {
    return false;
  }
}

/** A lead about to be deleted at its owner's request: only what the officers' notice needs. */
export interface WithdrawnLead {
  reference: string;
  province_code: string | null;
  created_at: string;
}

/** The chat's leads, read before /hapusdata or /tarikpersetujuan deletes them. */
export async function leadsOfChat(db: Kysely<Database>, chatId: number): Promise<WithdrawnLead[]> {
  return db.selectFrom("leads").select(["reference", "province_code", "created_at"]).where("chat_id", "=", chatId).orderBy("id").execute();
}

/**
 * Everyone who may hold a copy of the lead, from the audit trail: those its card was sent to
 * (new or as a reminder) and those who listed or exported their province's leads since it
 * was given (an all-province list counts). An officer moved or removed since still holds what
 * they received; one who took over later never saw it.
 */
async function holdersOf(db: Kysely<Database>, lead: WithdrawnLead, ownerIds: readonly number[] | undefined): Promise<Set<number>> {
  const holders = new Set<number>();
  const rows = await db
    .selectFrom("audit_log")
    .select(["actor", "action", "details"])
    .where("action", "in", ["lead_sent", "lead_reminded", "leads_listed", "leads_exported"])
    .where("created_at", ">=", lead.created_at)
    .execute();
  for (const row of rows) {
    const details = JSON.parse(row.details) as { reference?: string; to?: number[]; province_code?: string | null };
    if (row.action === "lead_sent" || row.action === "lead_reminded") {
      if (details.reference === lead.reference) for (const to of details.to ?? []) holders.add(to);
    } else {
      // a list or CSV of the lead's province, or of every province
      const scope = details.province_code ?? null;
      if (/^\d+$/.test(row.actor) && (scope === null || scope === lead.province_code)) holders.add(Number(row.actor));
    }
  }
  // a lead from before its recipients were recorded: its province's officers now (or the owners)
  return holders.size > 0 ? holders : new Set((await responsibleFor(db, lead.province_code, ownerIds)).recipients);
}

/**
 * Tells the officers who may hold copies of these leads (see holdersOf) that
 * their owner withdrew them and their copies (cards, CSV files) should go. Only the reference
 * is named: the notice itself must not spread the data being withdrawn. Returns how many
 * officers were told.
 */
export async function notifyWithdrawnLeads(api: Pick<Api, "sendMessage">, db: Kysely<Database>, leads: readonly WithdrawnLead[], options: LeadNoticeOptions = {}): Promise<number> {
  const byRecipient = new Map<number, string[]>();
  for (const lead of leads) {
    for (const to of await holdersOf(db, lead, options.ownerIds)) byRecipient.set(to, [...(byRecipient.get(to) ?? []), lead.reference]);
  }
  const translate = await officerTranslators(db, [...byRecipient.keys()], options);
  let told = 0;
  for (const [to, references] of byRecipient) {
    const t = translate(to);
    const refs = references.map((r) => `<code>${escapeHtml(r)}</code>`).join(", ");
    // a failed notice never undoes the deletion
    const sent = await api.sendMessage(to, t("off-lead-withdrawn", { refs, n: references.length }), { parse_mode: "HTML" }).then(() => true, () => false);
    if (sent) told++;
  }
  return told;
}
