/**
 * The commands a user sees: in Telegram's command menu (setMyCommands at start) and in
 * /bantuan, from this one list so the two never disagree. Descriptions are the Fluent
 * texts `cmd-<command>`. Officers and owners get their own commands on top: in /bantuan
 * and in a command menu set for their chat alone (officerMenuCommands).
 */
import type { Language } from "./context";

const MENU_COMMANDS: Record<Language, readonly string[]> = {
  id: ["start", "bantuan", "hitung", "daftar", "tanyapetugas", "acara", "langganan", "berhenti", "bahasa", "dataku", "hapusdata", "tarikpersetujuan", "batal"],
  en: ["start", "help", "hitung", "daftar", "tanyapetugas", "acara", "langganan", "berhenti", "bahasa", "dataku", "hapusdata", "tarikpersetujuan", "batal"],
};

/** Every officer's commands (the same in both languages); /petugas is the owners' alone. */
export const OFFICER_COMMANDS = ["acara_baru", "siaran", "prospek", "prospek_csv", "statistik", "pertanyaan"] as const;
export const OWNER_COMMANDS = ["petugas"] as const;

export interface MenuCommand {
  command: string;
  description: string;
}

export function menuCommands(language: Language, t: (key: string) => string): MenuCommand[] {
  return MENU_COMMANDS[language].map((command) => ({ command, description: t(`cmd-${command}`) }));
}

/** The commands an officer (or, with `owner`, an owner) has beyond everyone's. */
export function officerCommands(t: (key: string) => string, options: { owner: boolean }): MenuCommand[] {
  const names = [...OFFICER_COMMANDS, ...(options.owner ? OWNER_COMMANDS : [])];
  return names.map((command) => ({ command, description: t(`cmd-${command}`) }));
}

/** An officer's whole command menu: everyone's commands, then theirs. */
export function officerMenuCommands(language: Language, t: (key: string) => string, options: { owner: boolean }): MenuCommand[] {
  return [...menuCommands(language, t), ...officerCommands(t, options)];
}

const lines = (commands: MenuCommand[]) => commands.map((c) => `/${c.command} — ${c.description}`).join("\n");

/** The /bantuan lines: "/daftar — Daftar minat kepesertaan". */
export function commandLines(language: Language, t: (key: string) => string): string {
  return lines(menuCommands(language, t));
}

/** The officer section's lines of /bantuan. */
export function officerCommandLines(t: (key: string) => string, options: { owner: boolean }): string {
  return lines(officerCommands(t, options));
}
