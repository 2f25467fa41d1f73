/**
 * /siaran for officers: which broadcasts an officer may see and stop, and how one reads.
 * A broadcast belongs to the event it is about; a province officer sees those whose event
 * targets their province, and stops only those for their province alone (as with
 * cancelling events); an owner or all-province officer sees and stops every one.
 */
import type { Kysely } from "kysely";
import type { BroadcastSummary } from "../../../broadcast/queue";
import type { Database } from "../../../store/schema";
import type { TimeZoneName } from "../../../regions";
import { localDateTime, type OfficerRole } from "../../../officers/roles";
import { actsOnAll } from "../../../officers/events";
import { escapeHtml } from "../../html";
import type { Translate } from "../../conversation-kit";

const ATTEND_DATA = /^ev:att:(\d{1,16})$/;
/** A shared broadcast for more provinces than this is counted, not listed by name. */
const SHARED_NAMES_MAX = 4;

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

/** The event as the broadcast's payload recorded it when queued; undefined for older broadcasts. */
function storedEvent(b: Pick<BroadcastSummary, "message">): BroadcastEvent | undefined {
  const { eventId, eventTitle, eventProvinceCodes } = b.message;
  if (typeof eventId !== "number" || typeof eventTitle !== "string" || !Array.isArray(eventProvinceCodes)) return undefined;
  return { id: eventId, title: eventTitle, provinceCodes: eventProvinceCodes.filter((p): p is string => typeof p === "string") };
}

/**
 * The event of each broadcast: what its payload recorded (it outlives a cancelled event,
 * whose row is deleted), else — for broadcasts queued before payloads carried it — the event row.
 */
export async function eventsOfBroadcasts<B extends Pick<BroadcastSummary, "message">>(db: Kysely<Database>, list: readonly B[]): Promise<Map<B, BroadcastEvent>> {
  const out = new Map<B, BroadcastEvent>();
  const missing = new Map<number, B[]>();
  for (const b of list) {
    const stored = storedEvent(b);
    if (stored) out.set(b, stored);
    else {
      const id = broadcastEventId(b);
      if (id !== undefined) missing.set(id, [...(missing.get(id) ?? []), b]);
    }
  }
  if (missing.size === 0) return out;
  const rows = await db.selectFrom("events").select(["id", "title", "province_codes"]).where("id", "in", [...missing.keys()]).execute();
  for (const r of rows) {
    const event = { id: r.id, title: r.title, provinceCodes: r.province_codes.split(",").map((s) => s.trim()).filter(Boolean) };
    for (const b of missing.get(r.id) ?? []) out.set(b, event);
  }
  return out;
}

/**
 * Whether the role may see the broadcast. A province officer needs an event that targets
 * their province: a broadcast whose event is unknown is left to all-province roles, so
 * nothing leaks across provinces by default.
 */
export function coversBroadcast(role: Pick<OfficerRole, "provinceCode">, event: BroadcastEvent | undefined): boolean {
  if (role.provinceCode === null) return true;
  return event !== undefined && event.provinceCodes.includes(role.provinceCode);
}

/** Whether the role may stop it: a shared broadcast also reaches other provinces, so only all-province roles (the rule for cancelling events). */
export function canStopBroadcast(role: Pick<OfficerRole, "provinceCode">, event: BroadcastEvent | undefined): boolean {
  if (role.provinceCode === null) return true;
  return event !== undefined && actsOnAll(role, event.provinceCodes);
}

/** One /siaran entry (HTML): what it announces, its state in Indonesian, when, and its figures. */
export function renderSiaranLine(
  b: BroadcastSummary,
  event: BroadcastEvent | undefined,
  zone: TimeZoneName,
  t: Translate,
  options: {
    provinceName?: (code: string) => string;
    /** How many provinces there are: a broadcast for every one reads "semua provinsi", not 38 names. */
    provinceCount?: number;
    /** Whether the reader may stop it (an owner or all-province officer): then "only all-province officers…" is not said. */
    readerCanStop?: boolean;
  } = {},
): string {
  const { date, time } = localDateTime(b.createdAt, zone);
  const what = event
    ? t(b.kind === "event_reminder" ? "off-siaran-what-reminder" : "off-siaran-what-event", { title: escapeHtml(event.title) })
    : t(b.kind === "event_reminder" ? "off-siaran-what-reminder-untitled" : "off-siaran-what-other");
  // a cancellation notice, or the owners' notice of a withheld announcement, must not read as the announcement itself
  const what2 = event && b.kind === "event_cancelled"
    ? t("off-siaran-what-cancelled", { title: escapeHtml(event.title) })
    : b.kind === "event_withheld"
      // a grouped notice (several withheld at once) names no single event
      ? (event ? t("off-siaran-what-withheld", { title: escapeHtml(event.title) }) : t("off-siaran-what-withheld-many"))
      : what;
  // a stopped broadcast has nothing waiting: what it never sent is "not sent", not "queued";
  // one replaced by a newer version (an edit) handed what it had not sent to that one
  const stopped = b.status === "cancelled";
  const by = b.message.supersededBy;
  const superseded = stopped && typeof by === "number" && Number.isSafeInteger(by);
  const line = t(superseded ? "off-siaran-line-superseded" : stopped ? "off-siaran-line-stopped" : "off-siaran-line", {
    by: String(by ?? ""),
    id: String(b.id),
    what: what2,
    status: t(`bc-status-${b.status}`),
    created: `${date} ${time} ${zone}`,
    total: b.total,
    sent: b.sent,
    failed: b.failed,
    blocked: b.blocked,
    pending: b.pending,
  });
  // the figures of a shared broadcast are every province's, not the reader's alone
  if (!event || event.provinceCodes.length <= 1 || !options.provinceName) return line;
  const codes = event.provinceCodes;
  const provinces = options.provinceCount !== undefined && codes.length >= options.provinceCount
    ? t("off-siaran-all-provinces")
    : codes.length > SHARED_NAMES_MAX ? t("off-siaran-n-provinces", { n: codes.length }) : escapeHtml(codes.map(options.provinceName).join(", "));
  return `${line}\n${t(options.readerCanStop ? "off-siaran-shared-own" : "off-siaran-shared", { provinces })}`;
}
