/** The officer's one status message per broadcast, edited as it progresses. */
import { InlineKeyboard } from "grammy";
import type { Api } from "grammy";
import type { Kysely } from "kysely";
import type { BroadcastProgress } from "../../../broadcast/queue";
import type { Database } from "../../../store/schema";
import { NOTICE_KINDS } from "../../../feedback/store";
import type { Translate } from "../../conversation-kit";

export function progressBar(done: number, total: number, width = 12): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `${"▓".repeat(filled)}${"░".repeat(width - filled)}`;
}

export function renderBroadcastStatus(id: number, p: BroadcastProgress, t: Translate): string {
  const done = p.sent + p.failed + p.blocked;
  return [
    // ids as strings: Fluent would print a number as "1.234"
    t("bc-status-title", { id: String(id), status: t(`bc-status-${p.status}`) }),
    `${progressBar(done, p.total)} ${done}/${p.total}`,
    // a stopped broadcast's unsent deliveries are not "remaining"
    t(p.status === "cancelled" ? "bc-status-figures-stopped" : "bc-status-figures", { sent: p.sent, failed: p.failed, blocked: p.blocked, pending: p.pending }),
  ].join("\n");
}

/** Notices of an officer's answer: the question is already closed, so stopping them would only leave askers uninformed. */
const UNSTOPPABLE_KINDS: ReadonlySet<string> = new Set(Object.values(NOTICE_KINDS));

/** An onProgress callback for the broadcast worker: edits the status message, never throws. */
export function broadcastStatusUpdater(api: Api, db: Kysely<Database>, t: Translate) {
  return async (broadcastId: number, progress: BroadcastProgress): Promise<void> => {
    const row = await db.selectFrom("broadcasts").select(["status_chat_id", "status_message_id", "kind"]).where("id", "=", broadcastId).executeTakeFirst();
    if (!row?.status_chat_id || !row.status_message_id) return;
    const stoppable = (progress.status === "queued" || progress.status === "running") && !UNSTOPPABLE_KINDS.has(row.kind);
    await api
      .editMessageText(row.status_chat_id, row.status_message_id, renderBroadcastStatus(broadcastId, progress, t), {
        parse_mode: "HTML",
        reply_markup: stoppable ? new InlineKeyboard().text(t("off-siaran-cancel", { id: String(broadcastId) }), `bc:cancel:${broadcastId}`) : undefined,
      })
      .catch(() => undefined); // "message is not modified" or a deleted message: nothing to do
  };
}
