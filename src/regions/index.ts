/**
 * Indonesia's administrative areas from idn-area-data (the official codes):
 * provinces, regencies/cities and districts, with typo-tolerant lookup and
 * each province's time zone (WIB, WITA, WIT).
 */
import { getDistricts, getProvinces, getRegencies } from "idn-area-data";
import Fuse from "fuse.js";
import { fromEnglish, provinceAliasMap, REGION_ALIASES } from "./aliases";

export interface Area {
  code: string;
  name: string;
  parent?: string;
}

export type TimeZoneName = "WIB" | "WITA" | "WIT";

const ZONE_OFFSET: Record<TimeZoneName, number> = { WIB: 7, WITA: 8, WIT: 9 };
const ZONE_IANA: Record<TimeZoneName, string> = { WIB: "Asia/Jakarta", WITA: "Asia/Makassar", WIT: "Asia/Jayapura" };

/** Short, old and English names people use for provinces, from knowledge/regions/aliases.json. */
const PROVINCE_ALIASES: Record<string, string> = provinceAliasMap();

/** Short names people use for regencies and cities ("mks", "tangsel", "jaksel"), from the same file. */
const REGENCY_ALIASES: Record<string, string> = REGION_ALIASES.regencies;

/**
 * What a lookup found, and whether it is sure: a name, a short name or a name a letter away is;
 * a looser typo guess is not, and is to be confirmed by the user before it is used
 * ("west java" once became Sulawesi Barat that way, "tangsel" Kalimantan Selatan).
 */
export interface AreaLookup {
  areas: Area[];
  sure: boolean;
}

/** Words the source writes in capitals that stay so: abbreviations ("DKI Jakarta") and roman numerals ("Na IX - X"). */
const KEEP_UPPER = /^(DKI|DI|STM|STL|BTS|[IVX]+)$/;

export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s(/-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase())
    .replace(/\p{L}+/gu, (word) => (KEEP_UPPER.test(word.toUpperCase()) ? word.toUpperCase() : word));
}

export function zoneForProvince(code: string): TimeZoneName {
  const n = Number(code.slice(0, 2));
  if (n >= 81) return "WIT";
  if ((n >= 51 && n <= 53) || (n >= 63 && n <= 76)) return "WITA";
  return "WIB";
}

export class Regions {
  private constructor(
    readonly provinces: Area[],
    private readonly regencies: Map<string, Area[]>,
    private readonly districts: Map<string, Area[]>,
    private readonly byCode: Map<string, Area>,
  ) {
    this.everyRegency = [...regencies.values()].flat();
  }

  /** Every regency and city of the country, for a name typed without its province. */
  private readonly everyRegency: Area[];

  static async load(): Promise<Regions> {
    const [p, r, d] = await Promise.all([getProvinces(), getRegencies(), getDistricts()]);
    const provinces = p.map((x) => ({ code: x.code, name: titleCase(x.name) }));
    const regencies = new Map<string, Area[]>();
    for (const x of r) push(regencies, x.province_code, { code: x.code, name: titleCase(x.name), parent: x.province_code });
    const districts = new Map<string, Area[]>();
    for (const x of d) push(districts, x.regency_code, { code: x.code, name: titleCase(x.name), parent: x.regency_code });
    const byCode = new Map<string, Area>();
    for (const a of [...provinces, ...[...regencies.values()].flat(), ...[...districts.values()].flat()]) byCode.set(a.code, a);
    return new Regions(provinces, regencies, districts, byCode);
  }

  get(code: string): Area | undefined {
    return this.byCode.get(code);
  }

  regenciesOf(provinceCode: string): Area[] {
    return this.regencies.get(provinceCode) ?? [];
  }

  districtsOf(regencyCode: string): Area[] {
    return this.districts.get(regencyCode) ?? [];
  }

  /** "Kec. Maritengngae, Kabupaten Sidenreng Rappang, Sulawesi Selatan" from any level's code. */
  label(code: string): string {
    const parts: string[] = [];
    for (let area = this.get(code); area; area = area.parent ? this.get(area.parent) : undefined) {
      parts.push(code.split(".").length === 3 && parts.length === 0 ? `Kec. ${area.name}` : area.name);
    }
    return parts.join(", ");
  }

  findProvince(text: string): Area[] {
    const q = provinceQuery(text);
    const alias = provinceAlias(text);
    if (alias) return [this.get(alias)!];
    return fuzzy(this.provinces, q);
  }

  /**
   * A province named exactly, by its name or a short name ("jabar", "Jawa Barat"), never a
   * typo's guess: at a regency question it tells a province typed there from a regency.
   */
  namedProvince(text: string): Area | undefined {
    const q = provinceQuery(text);
    const alias = provinceAlias(text);
    if (alias) return this.get(alias);
    return this.provinces.find((a) => normalize(a.name) === q);
  }

  /**
   * What someone typed when asked for their province: the province, or else the regency or
   * city they named instead ("makassar" → Kota Makassar, whose province is then known).
   * Names are tried before typos, provinces before regencies, and regencies count only when
   * every match lies in one province: a guess across the country would put people in the
   * wrong one ("bogor" is Kota or Kabupaten Bogor, not a typo of Gorontalo).
   */
  findProvinceOrRegency(text: string): Area[] {
    return this.lookupProvinceOrRegency(text).areas;
  }

  /** findProvinceOrRegency, telling whether the match is sure (see AreaLookup). */
  lookupProvinceOrRegency(text: string): AreaLookup {
    const alias = provinceAlias(text);
    if (alias) return { areas: [this.get(alias)!], sure: true };
    const q = provinceQuery(text);
    const regency = regencyQuery(text);
    const inOneProvince = (found: Area[]) => (new Set(found.map((a) => a.parent)).size === 1 ? found : []);
    const steps: [() => Area[], boolean][] = [
      [() => byName(this.provinces, q), true],
      [() => inOneProvince(ofKind(regency.kind, byName(this.everyRegency, regency.q, regencyName, { exactOnly: true }))), true],
      [() => nearest(this.provinces, q), true],
      [() => inOneProvince(nearest(this.everyRegency, regency.q, regencyName)), true],
      [() => (q.length >= 4 ? byTypo(this.provinces, q) : []), false],
      [() => inOneProvince(ofKind(regency.kind, regency.q.length >= 5 ? byTypo(this.everyRegency, regency.q, regencyName, 0.15) : [])), false],
    ];
    for (const [found, sure] of steps) {
      const areas = found();
      if (areas.length > 0) return { areas, sure };
    }
    return { areas: [], sure: true };
  }

  /** The province of an area findProvinceOrRegency found, and the regency when one was named. */
  provinceAndRegency(area: Area): { province: Area; regency?: Area } {
    return area.parent ? { province: this.get(area.parent)!, regency: area } : { province: area };
  }

  findRegency(provinceCode: string, text: string): Area[] {
    return this.lookupRegency(provinceCode, text).areas;
  }

  /** findRegency, telling whether the match is sure (see AreaLookup). */
  lookupRegency(provinceCode: string, text: string): AreaLookup {
    // "kota semarang" vs "kab semarang": the name is matched without it, the kind then decides between the two
    const { q, kind } = regencyQuery(text);
    const found = fuzzyLookup(this.regenciesOf(provinceCode), q, regencyName);
    return { areas: ofKind(kind, found.areas), sure: found.sure };
  }

  findDistrict(regencyCode: string, text: string): Area[] {
    return fuzzy(this.districtsOf(regencyCode), normalize(text).replace(/^(kecamatan|kec)\s+/, ""));
  }

  zoneOf(code: string): TimeZoneName {
    return zoneForProvince(code);
  }
}

export function zoneOffsetHours(zone: TimeZoneName): number {
  return ZONE_OFFSET[zone];
}

export function zoneIana(zone: TimeZoneName): string {
  return ZONE_IANA[zone];
}

function push(map: Map<string, Area[]>, key: string, value: Area) {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();
}

/** A regency's name without "Kabupaten"/"Kota" (nor Jakarta's "Administrasi"), as people type it. */
const regencyName = (a: Area) => a.name.replace(/^(Kabupaten|Kota)\s+(Administrasi\s+)?/, "");

/** A typed province: "provinsi" dropped, an English name ("west java") in Indonesian ("jawa barat"). */
function provinceQuery(text: string): string {
  return fromEnglish(normalize(text).replace(/^(provinsi|prov|propinsi)\s+/, ""));
}

/** The province a short or English name stands for, as typed or once put in Indonesian. */
function provinceAlias(text: string): string | undefined {
  const typed = normalize(text).replace(/^(provinsi|prov|propinsi)\s+/, "");
  return PROVINCE_ALIASES[typed] ?? PROVINCE_ALIASES[provinceQuery(text)];
}

const KIND_WORD = /^(kota|kabupaten|kab)\s+/;
const kindOf = (typed: string) => (/^kota\s/.test(typed) ? "Kota " : /^(kabupaten|kab)\s/.test(typed) ? "Kabupaten " : undefined);

/** A typed regency: its name (aliases and English resolved) and the kind it names, if any ("tangsel" is a city). */
function regencyQuery(text: string): { q: string; kind?: "Kota " | "Kabupaten " } {
  const typed = normalize(text).replace(/^(kota|kabupaten|kab)\s+(administrasi|adm)\s+/, "$1 ");
  const bare = typed.replace(KIND_WORD, "");
  const alias = REGENCY_ALIASES[bare] ?? REGENCY_ALIASES[fromEnglish(bare)];
  const resolved = alias ?? fromEnglish(bare);
  return { q: resolved.replace(KIND_WORD, ""), kind: kindOf(typed) ?? kindOf(resolved) };
}

/** Exact names, else (unless `exactOnly`) names that start with or contain the text. */
function byName(areas: Area[], q: string, key: (a: Area) => string = (a) => a.name, options: { exactOnly?: boolean } = {}): Area[] {
  if (!q) return [];
  const exact = areas.filter((a) => normalize(key(a)) === q);
  if (exact.length || options.exactOnly) return exact;
  return q.length >= 3 ? areas.filter((a) => normalize(key(a)).startsWith(q) || normalize(a.name).includes(q)).slice(0, 8) : [];
}

/** Names a typo away; the lower the threshold, the closer. */
function byTypo(areas: Area[], q: string, key: (a: Area) => string = (a) => a.name, threshold = 0.4): Area[] {
  const fuse = new Fuse(areas.map((a) => ({ a, k: normalize(key(a)) })), { keys: ["k"], threshold, includeScore: true });
  return fuse.search(q, { limit: 6 }).map((r) => r.item.a);
}

/** "kota semarang" keeps the city, "kab semarang" the regency, when both are found. */
function ofKind(kind: string | undefined, found: Area[]): Area[] {
  const matching = kind ? found.filter((a) => a.name.startsWith(kind)) : [];
  return matching.length > 0 ? matching : found;
}

/** Exact or prefix matches first; then the one name a letter away; otherwise fuse.js for typos. */
function fuzzy(areas: Area[], q: string, key: (a: Area) => string = (a) => a.name): Area[] {
  return fuzzyLookup(areas, q, key).areas;
}

/** fuzzy, telling whether the match is sure: fuse.js's typo guesses are not. */
function fuzzyLookup(areas: Area[], q: string, key: (a: Area) => string = (a) => a.name): AreaLookup {
  if (!q) return { areas: [], sure: true };
  const named = byName(areas, q, key);
  if (named.length > 0) return { areas: named, sure: true };
  const near = nearest(areas, q, key);
  return near.length > 0 ? { areas: near, sure: true } : { areas: byTypo(areas, q, key), sure: false };
}

/**
 * The one name a single letter away (missing, extra, wrong or two swapped: "sulawesi selatn",
 * "makasar"), for names of five letters or more; none when two names are that close.
 */
export function nearest(areas: Area[], q: string, key: (a: Area) => string = (a) => a.name): Area[] {
  if (q.length < 5) return [];
  const close = areas.filter((a) => editDistance(normalize(key(a)), q) <= 1);
  return close.length === 1 ? close : [];
}

/** Whether `typed` is the area's name (without "Kabupaten"/"Kota") a letter away at most. */
export function isNearName(area: Area, typed: string): boolean {
  const q = regencyQuery(typed).q;
  return q.length >= 5 && editDistance(normalize(regencyName(area)), q) <= 1;
}

/** Letters inserted, deleted, replaced or two neighbours swapped (optimal string alignment distance). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
