/**
 * Bundles an entry point the way `npm start` does (esbuild, packages left in node_modules,
 * the Fluent texts copied beside the bundle), for tests and benchmarks that must run what
 * is deployed. The folder must sit inside the project so that node_modules resolves.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";

/** Writes `dir/<name>.mjs` and `dir/locales`; returns the bundle's path. */
export function bundleForNode(entry: string, dir: string, name = "main"): string {
  const outfile = join(dir, `${name}.mjs`);
  buildSync({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", outfile, logLevel: "warning" });
  cpSync("src/bot/locales", join(dir, "locales"), { recursive: true });
  return outfile;
}
