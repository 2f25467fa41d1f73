/** Leads as CSV for officers (csv-stringify), with a header row. */
import { stringify } from "csv-stringify/sync";
import type { Lead, LeadStatus } from "../store/schema";
import type { TimeZoneName } from "../regions";
import { localDateTime } from "./roles";
import { STATUS_WORD } from "./commands";

/**
 * "prospek-terdaftar-2026-11-27.csv": the status in the word the officer typed for it, "semua" for
 * every status; "…-bagian-2.csv" for a part of an export sent in several files.
 */
export function leadsCsvFileName(status: LeadStatus | undefined, date: string, part?: number): string {
  return `prospek-${status ? STATUS_WORD[status] : "semua"}-${date}${part !== undefined ? `-bagian-${part}` : ""}.csv`;
}

export const LEAD_CSV_COLUMNS = [
  "referensi", "status", "dibuat", "diperbarui", "jenis_pekerja", "pekerjaan", "kode_provinsi", "kode_kabkota",
  "kode_kecamatan", "wilayah", "program", "no_hp", "hubungi_via_telegram", "telegram_id",
] as const;

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/**
 * CSV injection (OWASP): a cell starting with = + - @ (or tab / carriage return) is run as a
 * formula by Excel, Sheets and LibreOffice — and names and occupations are typed by citizens.
 * Such a cell gets a leading apostrophe: every spreadsheet then takes it as text, nothing
 * is evaluated, and the visible value is unchanged in Excel and Sheets (a leading quote
 * is their own "this is text" marker). Stripping the character instead would change data,
 * and quoting alone does not help: the quotes are CSV syntax, gone once the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** What a spreadsheet would turn into a number or date: a phone loses its + and zeros, "73.10" becomes 73.1. */
const NUMBER_LIKE = /^[\d\s.,/()+-]+$/;

/** Free text: neutralised when a spreadsheet would run it as a formula. */
export function safeCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** An identifier made of digits (phone, region code): kept as text, also when it looks like a number. */
export function textCell(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  return FORMULA_START.test(value) || NUMBER_LIKE.test(value) ? `'${value}` : value;
}

export interface LeadCsvOptions {
  /** The officer's zone; times are written in it, e.g. "2026-11-27 01.25 WITA". */
  zone: TimeZoneName;
  /** A lead's own zone (its province's), used instead of `zone` when given. */
  zoneOf?: (lead: Lead) => TimeZoneName;
  /** The labels officers see in /prospek (off-status-*, kind-*, program-*). */
  t: Translate;
}

export function leadsToCsv(leads: readonly Lead[], { zone: readerZone, zoneOf, t }: LeadCsvOptions): string {
  const at = (iso: string, lead: Lead) => {
    const zone = zoneOf?.(lead) ?? readerZone;
    const { date, time } = localDateTime(iso, zone);
    return `${date} ${time} ${zone}`;
  };
  const programs = (csv: string) =>
    csv.split(",").map((p) => p.trim()).filter(Boolean).map((p) => t(`program-${p}`)).join(", ");
  const rows = leads.map((l) => [
    safeCell(l.reference),
    t(`off-status-${l.status}`),
    at(l.created_at, l),
    at(l.updated_at, l),
    t(`kind-${l.worker_kind}`),
    safeCell(l.occupation),
    textCell(l.province_code),
    textCell(l.regency_code),
    textCell(l.district_code),
    safeCell(l.region_label),
    programs(l.programs),
    textCell(l.phone),
    l.contact_via_telegram ? "ya" : "tidak",
    // the consent shares the Telegram account only with those who asked to be contacted there
    l.contact_via_telegram ? String(l.chat_id) : "",
  ]);
  // BOM so spreadsheet programs read the file as UTF-8
  return "\uFEFF" + stringify([[...LEAD_CSV_COLUMNS], ...rows]);
}
