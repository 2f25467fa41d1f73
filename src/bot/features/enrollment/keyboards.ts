import { InlineKeyboard, Keyboard } from "grammy";
import type { Area } from "../../../regions";
import { PROGRAMS, type Program, WORKER_KINDS } from "../../../leads/validate";
import type { Translate } from "../../conversation-kit";
import { CANCEL_DATA } from "../../conversation-kit";

export const withCancel = (kb: InlineKeyboard, t: Translate) => kb.row().text(t("flow-cancel-button"), CANCEL_DATA);

export function consentKeyboard(t: Translate) {
  return new InlineKeyboard().text(t("consent-agree"), "enr:consent:yes").text(t("consent-decline"), "enr:consent:no");
}

/**
 * Everyday words for a kind of worker, typed at the kind step instead of pressing its button
 * (the buttons' own labels, in the user's language, are matched besides: "karyawan", "ojol",
 * "ojek", "pedagang", "pmi"). Either language at either locale; a word that could be two
 * kinds ("buruh") is left out.
 */
export const KIND_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ["wage", ["karyawan", "pegawai", "pegawai swasta", "karyawan swasta", "buruh pabrik", "employee", "wage earner", "staff"]],
      ["bpu_ojol", ["ojol", "ojek", "ojek online", "ojek pangkalan", "driver ojol", "driver", "grab", "gojek", "motorbike taxi"]],
      ["bpu_trader", ["pedagang", "dagang", "jualan", "pedagang kaki lima", "pkl", "trader", "seller", "vendor"]],
      ["bpu_farmer", ["petani", "tani", "peternak", "farmer"]],
      ["bpu_fisher", ["nelayan", "fisher", "fisherman"]],
      ["construction", ["konstruksi", "kuli bangunan", "tukang bangunan", "buruh bangunan", "pekerja proyek", "construction", "builder"]],
      ["migrant", ["pmi", "tkw", "tki", "migran", "pekerja migran", "migrant", "migrant worker"]],
      ["village_apparatus", ["aparat desa", "perangkat desa", "kades", "kepala desa", "sekdes", "kadus", "village official", "village apparatus"]],
    ] as const
  ).flatMap(([kind, words]) => words.map((w) => [w, `enr:kind:${kind}`])),
);

export function kindKeyboard(t: Translate) {
  const kb = new InlineKeyboard();
  WORKER_KINDS.forEach((kind, i) => {
    kb.text(t(`kind-${kind}`), `enr:kind:${kind}`);
    if (i % 2 === 1) kb.row();
  });
  return withCancel(kb, t);
}

/** The village official's details step: skippable. */
export function villageDetailsKeyboard(t: Translate) {
  return withCancel(new InlineKeyboard().text(t("area-skip"), "enr:village:skip"), t);
}

export function areaKeyboard(areas: Area[], prefix: string, t: Translate, options: { skip?: boolean } = {}) {
  const kb = new InlineKeyboard();
  for (const a of areas.slice(0, 8)) kb.text(a.name, `${prefix}${a.code}`).row();
  // "Lainnya" means "mine is not in this list": only where there is a list
  if (areas.length) kb.text(t("area-other"), `${prefix}other`);
  if (options.skip) kb.text(t("area-skip"), `${prefix}skip`);
  return withCancel(kb, t);
}

/**
 * Words typed at the program step for its buttons, beside their labels ("jkk", "belum tahu",
 * "selesai"): Done said otherwise, and "not sure" said as people say it.
 */
export const PROGRAM_WORDS: Readonly<Record<string, string>> = Object.fromEntries([
  ...["selesai", "sudah", "udah", "dah", "cukup", "lanjut", "next", "done", "finish", "finished", "ok selesai", "sudah cukup", "itu aja", "itu saja"].map((w) => [w, "enr:prog:done"]),
  ...["belum tau", "blm tau", "blm tahu", "gak tau", "ga tau", "gk tau", "tidak tahu", "tdk tahu", "gatau", "not sure", "don't know", "dont know"].map((w) => [w, "enr:prog:unsure"]),
  ...["kecelakaan", "kematian", "hari tua", "pensiun", "kehilangan pekerjaan"].map((w, i) => [w, `enr:prog:${["jkk", "jkm", "jht", "jp", "jkp"][i]}`]),
]);

/** Words typed at the summary for its buttons, beside their labels ("kirim"): a yes sends, "ubah wilayah" edits. */
export const SUMMARY_WORDS: Readonly<Record<string, string>> = Object.fromEntries([
  ...["kirim", "ya", "iya", "yes", "y", "ok", "oke", "okay", "okey", "sip", "siap", "benar", "betul", "sudah benar", "udah benar", "sudah", "udah", "setuju", "lanjut", "kirimkan", "send", "submit", "confirm"].map((w) => [w, "enr:submit"]),
  ...(["kind", "occupation", "region", "programs", "contact"] as const).flatMap((field) =>
    (({ kind: ["jenis", "jenis pekerja"], occupation: ["pekerjaan"], region: ["wilayah", "alamat", "provinsi", "kabupaten", "kecamatan"], programs: ["program"], contact: ["kontak", "nomor", "no hp", "nomor hp", "hp"] }) as const)[field].flatMap((w) =>
      ["ubah", "ganti", "edit", "koreksi", "salah"].map((verb) => [`${verb} ${w}`, `enr:edit:${field}`]),
    ),
  ),
]);

export function programsKeyboard(selected: ReadonlySet<Program>, t: Translate, programs: readonly Program[] = PROGRAMS) {
  const kb = new InlineKeyboard();
  programs.forEach((p, i) => {
    kb.text(`${selected.has(p) ? "✅" : "▫️"} ${t(`program-${p}`)}`, `enr:prog:${p}`);
    if (i % 2 === 1) kb.row();
  });
  kb.row().text(t("programs-done"), "enr:prog:done");
  return withCancel(kb, t);
}

export function contactKeyboard(t: Translate) {
  return new Keyboard()
    .requestContact(t("contact-share"))
    .row()
    .text(t("contact-telegram-only"))
    .row()
    .text(t("flow-cancel-button"))
    .resized()
    .oneTime();
}

export function summaryKeyboard(t: Translate) {
  return new InlineKeyboard()
    .text(t("edit-kind"), "enr:edit:kind").text(t("edit-occupation"), "enr:edit:occupation").row()
    .text(t("edit-region"), "enr:edit:region").text(t("edit-programs"), "enr:edit:programs").row()
    .text(t("edit-contact"), "enr:edit:contact").row()
    .text(t("submit"), "enr:submit").text(t("flow-cancel-button"), CANCEL_DATA);
}

export function existingLeadKeyboard(t: Translate) {
  return new InlineKeyboard().text(t("lead-update"), "enr:existing:update").text(t("lead-keep"), "enr:existing:keep");
}
