/** Leads as CSV for officers (csv-stringify), with a header row. */
import { stringify } from "csv-stringify/sync";
import type { Lead } from "../store/schema";

export const LEAD_CSV_COLUMNS = [
  "referensi", "status", "dibuat", "diperbarui", "jenis_pekerja", "pekerjaan", "kode_provinsi", "kode_kabkota",
  "kode_kecamatan", "wilayah", "program", "no_hp", "hubungi_via_telegram", "telegram_id",
] as const;

/** Free text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function safeCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function leadsToCsv(leads: readonly Lead[]): string {
  const rows = leads.map((l) => [
    l.reference,
    l.status,
    l.created_at,
    l.updated_at,
    l.worker_kind,
    safeCell(l.occupation),
    l.province_code ?? "",
    l.regency_code ?? "",
    l.district_code ?? "",
    safeCell(l.region_label),
    l.programs,
    l.phone ?? "",
    l.contact_via_telegram ? "ya" : "tidak",
    String(l.chat_id),
  ]);
  // BOM so spreadsheet programs read the file as UTF-8
  return "\uFEFF" + stringify([[...LEAD_CSV_COLUMNS], ...rows]);
}
