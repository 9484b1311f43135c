/**
 * Node-only: the alias table the extension ships (`data/generated/aliases.json`,
 * written by `npm run data`), read from disk for tests, CLIs and benchmarks so
 * they match exactly what the content script matches. Never imported by the
 * content script, which bundles the same file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AliasTable } from '@/lib/data-types';

/** The project root (two levels above tests/tools). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let cached: AliasTable | undefined;

/** The generated alias table, read once per process (the matcher tests and CLIs ask for it repeatedly). */
export function loadAliasTable(): AliasTable {
  if (cached) return cached;
  const generated = path.join(projectRoot, 'data/generated/aliases.json');
  cached = JSON.parse(readFileSync(generated, 'utf8')) as AliasTable;
  return cached;
}
