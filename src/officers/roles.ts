/**
 * Who may use officer commands: owners (OWNER_IDS) always, and users with a row in
 * `officers`, scoped to one province or to all. Checked against the database on every
 * command, so a revoked right stops working at once.
 */
import type { Kysely } from "kysely";
import type { Database } from "../store/schema";
import { getOfficer } from "../store/repos/officers";
import type { Regions, TimeZoneName } from "../regions";
import { ZONE_OFFSET_HOURS } from "./dates";

export interface OfficerRole {
  kind: "owner" | "officer";
  userId: number;
  /** null = every province. */
  provinceCode: string | null;
}

export function isOwner(ownerIds: readonly number[], userId: number | undefined): boolean {
  return userId !== undefined && ownerIds.includes(userId);
}

export async function officerRole(db: Kysely<Database>, ownerIds: readonly number[], userId: number | undefined): Promise<OfficerRole | undefined> {
  if (userId === undefined) return undefined;
  if (isOwner(ownerIds, userId)) return { kind: "owner", userId, provinceCode: null };
  const officer = await getOfficer(db, userId);
  return officer ? { kind: "officer", userId, provinceCode: officer.provinceCode } : undefined;
}

/** Whether the role covers a province (an all-province role covers every one, also unknown ones). */
export function coversProvince(role: OfficerRole, provinceCode: string | null | undefined): boolean {
  return role.provinceCode === null || role.provinceCode === provinceCode;
}

/** Whether the role covers every one of the provinces (what publishing for them needs). */
export function coversAll(role: OfficerRole, provinceCodes: readonly string[]): boolean {
  return provinceCodes.every((code) => coversProvince(role, code));
}

/** The province filter for lists: undefined = no filter. */
export function provinceFilter(role: OfficerRole): string | undefined {
  return role.provinceCode ?? undefined;
}

/** The zone an officer's views read in: their province's; WIB (the national reference) for all provinces. */
export function roleZone(role: Pick<OfficerRole, "provinceCode">, regions: Pick<Regions, "zoneOf">): TimeZoneName {
  return role.provinceCode === null ? "WIB" : regions.zoneOf(role.provinceCode);
}

/**
 * Wall-clock date and time of an instant in a zone: { date: "2026-11-27", time: "01.24" }.
 * Stored times are UTC; officers read their own clock (an evening in Makassar is the next day there).
 */
export function localDateTime(instant: Date | string, zone: TimeZoneName): { date: string; time: string } {
  const at = typeof instant === "string" ? new Date(instant) : instant;
  const shifted = new Date(at.getTime() + ZONE_OFFSET_HOURS[zone] * 3_600_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16).replace(":", ".") };
}
