/**
 * What the message that opened the enrollment already said ("sy nelayan di pinrang mau ikut bpjs
 * tk"): the kind of worker, the occupation and the place, so the form does not ask them again.
 * Read only after consent (the form keeps nothing before the user agrees); said back, and
 * changeable at the summary as every answer is.
 */
import { KIND_WORDS } from "./keyboards";
import { kindFromOccupation, WORKER_KINDS, type WorkerKind } from "../../../leads/validate";
import { isNearName, type Area, type Regions } from "../../../regions";

export interface SaidBefore {
  kind: WorkerKind;
  /** The occupation as typed ("pedagang pasar"); undefined when the words only name the kind ("nelayan", "ojol"). */
  occupation?: string;
  /** The province or regency named after "di"/"dari" ("di pinrang"), when it is one area for sure. */
  area?: Area;
}

/** Words that say the wish to join (or ask about it), or join clauses: the self-description stands between them. */
const WISH = /(?:^|\s)(?:mau|mo|mw|ingin|pengen|pgn|pingin|kepengen|hendak|bisa|bs|boleh|minta|tolong|daftar|mendaftar|ikut|ikutan|gabung|join|register|want|would|how|gimana|gmn|bagaimana|cara|yg|yang|dan|and|tapi|tp|but|trus|terus)(?=\s|$)/;
/** Words before an occupation that say nothing of it. */
const LEAD = /^((sy|saya|sya|aku|ak|gue|gw|ane|i am|i'?m|kerja|kerjaan|pekerjaan|profesi|bekerja|sebagai|sbg|jadi|jd|cuma|cm|hanya|seorang|halo|hai|kak|min|pak|bu|permisi|a|an)\s+)+/;
/** Where the place starts: "di pinrang", "dari sidrap". */
const PLACE = /\s+(?:di|dari|asal|tinggal di|in|from)\s+/;

function plain(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}\s']/gu, " ").replace(/\s+/g, " ").trim();
}

/** The kind (and the occupation, if more than the kind's own word) a few words name, if any. */
function occupationOf(words: string): Pick<SaidBefore, "kind" | "occupation"> | undefined {
  const bare = words.replace(LEAD, "").trim();
  if (!bare) return undefined;
  const byWord = KIND_WORDS[bare]?.replace("enr:kind:", "");
  if (byWord && (WORKER_KINDS as readonly string[]).includes(byWord)) return { kind: byWord as WorkerKind };
  const read = kindFromOccupation(words);
  if (!read) return undefined;
  return KIND_WORDS[plain(read.occupation)] ? { kind: read.kind } : read;
}

/** The one area a place name names for sure (a name or short name, a letter away at most), never a guess. */
function areaOf(place: string, regions: Regions): Area | undefined {
  const words = place.split(" ").filter(Boolean);
  for (const n of [words.length, 3, 2, 1]) {
    if (n > words.length || n < 1) continue;
    const q = words.slice(0, n).join(" ");
    const province = regions.namedProvince(q);
    if (province) return province;
    const found = regions.findProvinceOrRegency(q);
    if (found.length === 1 && found[0]!.parent && isNearName(found[0]!, q)) return found[0];
  }
  return undefined;
}

/** The kind, occupation and place the opening message named; undefined when it named no kind of worker. */
export function saidBefore(text: string | undefined, regions: Regions): SaidBefore | undefined {
  if (!text || text.trim().startsWith("/")) return undefined;
  for (const segment of plain(text).split(/[,;]/)) {
    for (const part of segment.split(WISH)) {
      const [who, place] = part.trim().split(PLACE, 2);
      const read = who ? occupationOf(who.trim()) : undefined;
      if (!read) continue;
      const area = place ? areaOf(place.trim(), regions) : undefined;
      return area ? { ...read, area } : read;
    }
  }
  return undefined;
}
