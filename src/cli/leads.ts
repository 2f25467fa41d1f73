/**
 * `npm run leads [-- --csv] [--status new]`: prints enrollment leads for
 * officers until the officer features notify them in Telegram.
 */
import { stringify } from "csv-stringify/sync";
import { loadConfigOrExit } from "./config-or-exit";
import { openDatabase } from "../store";
import { listLeads } from "../store/repos/leads";
import { LEAD_STATUSES, type LeadStatus } from "../leads/types";

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const args = process.argv.slice(2);
  const statusArg = args[args.indexOf("--status") + 1];
  if (args.includes("--status") && !(LEAD_STATUSES as readonly string[]).includes(statusArg ?? "")) {
    console.error(`--status must be one of: ${LEAD_STATUSES.join(", ")}`);
    process.exit(2);
  }
  const store = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  try {
    const leads = await listLeads(store.db, { status: args.includes("--status") ? (statusArg as LeadStatus) : undefined, limit: 10_000 });
    const header = ["reference", "status", "created_at", "worker_kind", "occupation", "region", "programs", "phone", "contact_via_telegram", "chat_id"];
    const rows = leads.map((l) => [l.reference, l.status, l.created_at, l.worker_kind, l.occupation ?? "", l.region_label ?? "", l.programs, l.phone ?? "", l.contact_via_telegram ? "yes" : "no", String(l.chat_id)]);
    if (args.includes("--csv")) {
      process.stdout.write(stringify([header, ...rows]));
      return;
    }
    if (leads.length === 0) {
      console.log("No leads yet.");
      return;
    }
    for (const l of leads) {
      console.log(`${l.reference}  ${l.status.padEnd(14)} ${l.created_at.slice(0, 16).replace("T", " ")}  ${l.worker_kind}  ${l.occupation ?? "-"}  ${l.region_label ?? "-"}  [${l.programs}]  ${l.phone ?? (l.contact_via_telegram ? "via Telegram" : "-")}`);
    }
    console.log(`\n${leads.length} lead(s).`);
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(`leads failed: ${(error as Error).message}`);
  process.exit(1);
});
