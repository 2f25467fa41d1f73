/** A cheap guess whether a question is written in English, to answer in kind. */
const ENGLISH = new Set([
  "how", "what", "when", "where", "who", "why", "which", "much", "many", "is", "are", "do", "does", "can", "the",
  "my", "i", "to", "of", "for", "after", "if", "get", "pay", "claim", "contribution", "contributions", "benefit",
  "benefits", "worker", "workers", "insurance", "pension", "death", "accident", "village", "fund", "funds",
  "register", "join", "month", "monthly", "job", "loss", "old", "age", "savings", "should", "will", "there",
  "and", "with", "without", "need", "documents", "heirs", "scholarship", "employer", "informal", "driver", "about",
  "thank", "thanks", "you", "your", "list", "please", "tell", "me", "explain", "salary", "million", "deduction",
  "deducted", "boss", "earn", "selling",
]);
const INDONESIAN = new Set([
  "apa", "berapa", "brp", "bagaimana", "gimana", "gmn", "cara", "kapan", "siapa", "yang", "yg", "dan", "untuk",
  "utk", "saya", "sy", "kalau", "kl", "klo", "bisa", "bs", "tidak", "gak", "ga", "sudah", "udah", "iuran", "klaim",
  "kerja", "bayar", "dapat", "dapet", "syarat", "daftar", "di", "ke", "dari", "ini", "itu", "ada", "mau", "boleh",
]);

export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  let en = 0;
  let id = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) en++;
    if (INDONESIAN.has(w)) id++;
  }
  // "thanks" alone is English too: every word of it is
  return (en >= 2 && en > id) || (en > 0 && en === words.length);
}
