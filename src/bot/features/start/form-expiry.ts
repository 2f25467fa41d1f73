/**
 * Whether an open form has run past its time limit, read before the update reaches it: the
 * conversations plugin then ends it silently and the text goes on as a question, which the
 * user would take for an answer to the form ("kab kendal" → a village-fund rule) and be told the
 * form was stopped "so the question could be answered". Read from the form's saved replay log:
 * the time taken (conversation.now(), an "external" result) just before the form's last wait.
 */
interface ReplayLike {
  replay?: { send?: { payload?: unknown }[]; receive?: { send?: number; returnValue?: unknown }[] };
}

/** Epoch milliseconds as the form took them (years 2017–2065), not some other number it kept. */
const isInstant = (v: unknown): v is number => typeof v === "number" && v > 1.5e12 && v < 3e12;

/** When the form began waiting for the answer it still waits for; undefined when unknown. */
export function waitingSince(conversationState: unknown, id: string): number | undefined {
  const runs = (conversationState as { state?: Record<string, ReplayLike[]> } | undefined)?.state?.[id];
  const replay = runs?.at(-1)?.replay;
  const sends = replay?.send ?? [];
  let lastWait = -1;
  sends.forEach((s, i) => {
    if (s.payload === "wait") lastWait = i;
  });
  if (lastWait < 0) return undefined;
  let since: number | undefined;
  let at = -1;
  for (const r of replay?.receive ?? []) {
    if (typeof r.send === "number" && r.send < lastWait && r.send > at && sends[r.send]?.payload === "external" && isInstant(r.returnValue)) {
      at = r.send;
      since = r.returnValue;
    }
  }
  return since;
}

/**
 * The form among `open` that this update finds past its limit (`limitMs` of each), if any; a
 * paused form is left alone (it waits for its Continue button, not for this text).
 */
export function expiredForm(conversationState: unknown, open: readonly string[], paused: string | undefined, limitMs: (id: string) => number, now = Date.now()): string | undefined {
  return open.find((id) => {
    if (id === paused) return false;
    const since = waitingSince(conversationState, id);
    return since !== undefined && now - since >= limitMs(id);
  });
}
