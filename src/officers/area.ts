/**
 * The one rule of who an event's area includes, for every place that asks it: the
 * announcement's recipients (subscribersFor), /acara's list, "Saya hadir", the day-before
 * reminder and the broadcast worker's check at send time. No imports: the worker uses it too.
 */

/** An event's target: provinces, and regencies that narrow their own province (a regency code starts with its province's). */
export interface AreaTarget {
  provinceCodes: readonly string[];
  regencyCodes?: readonly string[];
}

/** Where someone is: a province, and perhaps a regency in it (a subscription, an enrollment). */
export interface Place {
  provinceCode: string;
  regencyCode?: string | null;
}

/**
 * Whether the area includes the place. A province without regencies listed is included whole;
 * with regencies listed ("khusus Makassar", "semua kecuali Makassar" stored as the other 23),
 * only those regencies are, and someone who gave only the province (no regency) is too, as the
 * announcement reaches whole-province subscribers.
 */
export function areaIncludes(target: AreaTarget, place: Place): boolean {
  if (!target.provinceCodes.includes(place.provinceCode)) return false;
  const inside = (target.regencyCodes ?? []).filter((r) => r.startsWith(`${place.provinceCode}.`));
  return inside.length === 0 || !place.regencyCode || inside.includes(place.regencyCode);
}

/** The comma lists an event row stores, as a target. */
export function areaOfRow(row: { province_codes: string; regency_codes: string }): AreaTarget {
  const split = (csv: string) => csv.split(",").map((s) => s.trim()).filter(Boolean);
  return { provinceCodes: split(row.province_codes), regencyCodes: split(row.regency_codes) };
}
