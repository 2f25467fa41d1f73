/**
 * The actions the main menu and the routing words lead to. Features register
 * what they implement; an action nobody implements yet answers honestly that
 * it is coming soon.
 */
import type { BotContext } from "./context";

export const ACTIONS = ["start", "ask", "calc", "join", "village", "events", "help"] as const;
export type ActionName = (typeof ACTIONS)[number];
export type ActionHandler = (ctx: BotContext) => Promise<unknown>;

const MENU_KEYS: Record<ActionName, string> = {
  start: "menu-title", ask: "menu-ask", calc: "menu-calc", join: "menu-join", village: "menu-village", events: "menu-events", help: "menu-help",
};

export class ActionRegistry {
  private readonly handlers = new Map<ActionName, ActionHandler>();

  register(name: ActionName, handler: ActionHandler): void {
    this.handlers.set(name, handler);
  }

  async run(name: ActionName, ctx: BotContext): Promise<void> {
    const handler = this.handlers.get(name);
    if (handler) {
      await handler(ctx);
      return;
    }
    ctx.outcome = `coming_soon:${name}`;
    await ctx.reply(ctx.t("coming-soon", { feature: ctx.t(MENU_KEYS[name]).replace(/^\S+\s/, "") }), { parse_mode: "HTML" });
  }

  menuLabelKey(name: ActionName): string {
    return MENU_KEYS[name];
  }
}

export function isActionName(value: string): value is ActionName {
  return (ACTIONS as readonly string[]).includes(value);
}
