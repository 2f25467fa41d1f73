/**
 * The commands a user sees: in Telegram's command menu (setMyCommands at start) and in
 * /bantuan, from this one list so the two never disagree. Descriptions are the Fluent
 * texts `cmd-<command>`. Officer commands are left out: /petugas lists them to officers.
 */
import type { Language } from "./context";

const MENU_COMMANDS: Record<Language, readonly string[]> = {
  id: ["start", "bantuan", "hitung", "daftar", "tanyapetugas", "acara", "langganan", "berhenti", "bahasa", "dataku", "hapusdata", "tarikpersetujuan", "batal"],
  en: ["start", "help", "hitung", "daftar", "tanyapetugas", "acara", "langganan", "berhenti", "bahasa", "dataku", "hapusdata", "tarikpersetujuan", "batal"],
};

export interface MenuCommand {
  command: string;
  description: string;
}

export function menuCommands(language: Language, t: (key: string) => string): MenuCommand[] {
  return MENU_COMMANDS[language].map((command) => ({ command, description: t(`cmd-${command}`) }));
}

/** The /bantuan lines: "/daftar — Daftar minat kepesertaan". */
export function commandLines(language: Language, t: (key: string) => string): string {
  return menuCommands(language, t).map((c) => `/${c.command} — ${c.description}`).join("\n");
}
