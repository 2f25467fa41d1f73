/**
 * /siaran for officers: which broadcasts an officer may see and stop, and how one reads.
 * A broadcast belongs to the event it announces; a province officer gets only those whose
 * event targets their province, an owner or all-province officer every one.
 */
import type { Kysely } from "kysely";
import type { BroadcastSummary } from "../../../broadcast/queue";
import type { Database } from "../../../store/schema";
import type { TimeZoneName } from "../../../regions";
import { localDateTime, type OfficerRole } from "../../../officers/roles";
import { escapeHtml } from "../../html";
import type { Translate } from "../../conversation-kit";

const ATTEND_DATA = /^ev:att:(\d{1,16})$/;

export interface BroadcastEvent {
  id: number;
  title: string;
  provinceCodes: string[];
}

/**
 * The event a broadcast announces: an `eventId` in its payload when the sender stored one,
 * else the event of its "Saya hadir" button. Undefined for broadcasts tied to no event
 * (e.g. reminders, which carry no button).
 */
export function broadcastEventId(b: Pick<BroadcastSummary, "message">): number | undefined {
  const stored = (b.message as { eventId?: unknown }).eventId;
  if (typeof stored === "number" && Number.isSafeInteger(stored)) return stored;
  for (const button of (b.message.buttons ?? []).flat()) {
    const m = ATTEND_DATA.exec(button.data);
    if (m) return Number(m[1]);
  }
  return undefined;
}

export async function eventsOfBroadcasts(db: Kysely<Database>, list: readonly Pick<BroadcastSummary, "message">[]): Promise<Map<number, BroadcastEvent>> {
  const ids = [...new Set(list.map(broadcastEventId).filter((id): id is number => id !== undefined))];
  const out = new Map<number, BroadcastEvent>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom("events").select(["id", "title", "province_codes"]).where("id", "in", ids).execute();
  for (const r of rows) out.set(r.id, { id: r.id, title: r.title, provinceCodes: r.province_codes.split(",").map((s) => s.trim()).filter(Boolean) });
  return out;
}

/**
 * Whether the role may see and stop the broadcast. A province officer needs an event that
 * targets their province: a broadcast whose event is unknown is left to all-province roles,
 * so nothing leaks across provinces by default.
 */
export function coversBroadcast(role: Pick<OfficerRole, "provinceCode">, event: BroadcastEvent | undefined): boolean {
  if (role.provinceCode === null) return true;
  return event !== undefined && event.provinceCodes.includes(role.provinceCode);
}

/** One /siaran entry (HTML): what it announces, its state in Indonesian, when, and its figures. */
export function renderSiaranLine(b: BroadcastSummary, event: BroadcastEvent | undefined, zone: TimeZoneName, t: Translate): string {
  const { date, time } = localDateTime(b.createdAt, zone);
  const what = event
    ? t(b.kind === "event_reminder" ? "off-siaran-what-reminder" : "off-siaran-what-event", { title: escapeHtml(event.title) })
    : t(b.kind === "event_reminder" ? "off-siaran-what-reminder-untitled" : "off-siaran-what-other");
  // a stopped broadcast has nothing waiting: what it never sent is "not sent", not "queued"
  const stopped = b.status === "cancelled";
  return t(stopped ? "off-siaran-line-stopped" : "off-siaran-line", {
    id: String(b.id),
    what,
    status: t(`bc-status-${b.status}`),
    created: `${date} ${time} ${zone}`,
    total: b.total,
    sent: b.sent,
    failed: b.failed,
    blocked: b.blocked,
    pending: b.pending,
  });
}
