/**
 * Every migration, in order. Add a new file `YYYY_MM_DD_NNN_name.ts` exporting a
 * `Migration` and register it here under the same name; names sort in run order.
 * Never edit or rename a migration that has shipped.
 */
import type { Migration } from "kysely";
import { initial } from "./2026_11_24_001_initial";
import { broadcast } from "./2026_11_24_002_broadcast";
import { unansweredIndex } from "./2026_11_24_003_unanswered_index";
import { leadReminders } from "./2026_11_26_004_lead_reminders";
import { erasedDeliveryCounts } from "./2026_11_26_005_erased_delivery_counts";
import { unansweredProvince } from "./2026_11_26_006_unanswered_province";
import { ticketAnswering } from "./2026_11_27_007_ticket_answering";
import { leadNotified } from "./2026_11_27_008_lead_notified";
import { unansweredOpaqueGroups } from "./2026_11_27_009_unanswered_opaque_groups";

export const migrations: Record<string, Migration> = {
  "2026_11_24_001_initial": initial,
  "2026_11_24_002_broadcast": broadcast,
  "2026_11_24_003_unanswered_index": unansweredIndex,
  "2026_11_26_004_lead_reminders": leadReminders,
  "2026_11_26_005_erased_delivery_counts": erasedDeliveryCounts,
  "2026_11_26_006_unanswered_province": unansweredProvince,
  "2026_11_27_007_ticket_answering": ticketAnswering,
  "2026_11_27_008_lead_notified": leadNotified,
  "2026_11_27_009_unanswered_opaque_groups": unansweredOpaqueGroups,
};
