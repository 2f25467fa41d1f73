/**
 * Through the batch interface (`npm run --silent ask -- --jsonl`), as an
 * evaluator would: questions on each program, BPU amounts, dana desa, each
 * seed article, and questions that carry their own numbers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";

interface Answer { id: string; reply: string; matched: string | null; confidence: number | null; buttons: string[] }

const QUESTIONS: [id: string, text: string, expected: (RegExp | string)[]][] = [
  ["jkk", "apa itu jkk", ["Kecelakaan Kerja", /Sumber: .*PP 44\/2015/]],
  ["jkm", "santunan kematian jkm berapa", ["Rp42.000.000", "Rp20.000.000", "Rp12.000.000", "Rp10.000.000", /Sumber: .*PP 82\/2019/]],
  ["jht", "apa itu jht", ["56 tahun", /Sumber: .*PP 46\/2015/]],
  ["jp", "berapa lama minimal iuran jp supaya dapat pensiun bulanan", ["15 tahun", /Sumber: .*PP 45\/2015/]],
  ["jkp", "berapa persen manfaat uang tunai jkp", ["60%", "Rp5.000.000", /Sumber: .*PP 6\/2025/]],
  ["bpu", "berapa iuran bpu paling murah", ["Rp16.800", "Rp10.000", "Rp6.800", /Sumber: .*PP 44\/2015/]],
  ["desa", "apakah dana desa boleh untuk bayar iuran bpjs ketenagakerjaan", ["Permendagri 20/2018", "Sumber:"]],
  ["desa-biaya", "berapa iuran pekerja rentan per orang setahun dari dana desa", ["Rp16.800", "Rp201.600", "Sumber:"]],
  ["desa-apbdes", "apbdes bisa utk iuran bpjs perangkat desa?", ["APBDes", "Permendagri 20/2018", "Sumber:"]],
  ["sulbar", "kapan mou bpjs ketenagakerjaan dengan pemprov sulbar", ["KabarDesa.co.id", "19 Juli 2024", "Sumber: KabarDesa.co.id, 19 Juli 2024"]],
  ["sidrap", "rapat kso bpjamsostek di sidrap membahas apa", ["Sebaran.com", "2 Oktober 2023", "Inpres 2"]],
  ["makassar-2021", "sosialisasi jamsostek untuk koperasi dan umkm di makassar", ["5 Oktober 2021"]],
  ["safari", "safari ramadan dirut bpjs ketenagakerjaan dengan gubernur sulsel", ["22 Maret 2024", "Anggoro Eko Cahyo"]],
  ["sumsel", "herman deru minta bpjs ketenagakerjaan lindungi pekerja non formal", ["SumselKita.com", "31 Januari 2022"]],
  ["num-bpu", "penghasilan sy 3 jt iuran bpu brp", ["Rp30.000", "Rp36.800", "Rp441.600"]],
  ["num-wage", "gaji 8 juta potongan bpjs tk brp", ["Rp160.000", "Rp80.000", "Rp240.000"]],
  ["num-group", "50 org 6 bulan total iuran brp", ["Rp840.000", "Rp5.040.000"]],
  ["num-jkp", "jkp dapat brp kalau gaji 7 jt", ["Rp3.000.000", "Rp18.000.000"]],
  ["num-desa", "desa kami 10 perangkat siltap 2 jt dan 40 pekerja rentan, anggaran setahun brp", ["Rp108.000", "Rp672.000", "Rp780.000", "Rp9.360.000"]],
];

let answers: Map<string, Answer>;
beforeAll(() => {
  const input = QUESTIONS.map(([id, text]) => JSON.stringify({ id, text })).join("\n");
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/ask.ts", "--jsonl"], {
    input,
    encoding: "utf8",
    env: { ...process.env, BOT_TOKEN: "", LOG_LEVEL: "silent" },
    timeout: 60_000,
  });
  const lines = run.stdout.trim().split("\n");
  expect(lines).toHaveLength(QUESTIONS.length);
  answers = new Map(lines.map((l) => JSON.parse(l) as Answer).map((a) => [a.id, a]));
}, 90_000);

describe("answers carry the right figures and their source", () => {
  it.each(QUESTIONS)("%s: %s", (id, _text, expected) => {
    const reply = answers.get(id)!.reply;
    for (const e of expected) {
      if (typeof e === "string") expect(reply).toContain(e);
      else expect(reply).toMatch(e);
    }
  });

  it("article answers say the figures are as of the report's date", () => {
    expect(answers.get("sulbar")!.reply).toContain("sesuai tanggal pemberitaan");
  });
});
