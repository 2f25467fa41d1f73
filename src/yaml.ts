/**
 * YAML as the knowledge files are written: YAML 1.2 core schema, so `reviewed: 2026-11-24`
 * stays a string and only true/false are booleans. js-yaml parses the knowledge base
 * several times faster than the `yaml` package, which is most of the cold start.
 */
import { CORE_SCHEMA, load } from "js-yaml";

export function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}
