/**
 * Compiles the matcher for the Node tools (`annotate`, `eval`) from the same
 * alias table the extension ships (`data/generated/aliases.json`, read by the
 * matcher's Node loader).
 */
import { compileMatcher } from '@/data/build/compile-matcher';
import type { Matcher } from '@/lib/matcher';
import { loadAliasTable } from './read-alias-table';

/** Loads the alias table and compiles it; throws an Error with a readable message if it cannot. */
export function loadMatcher(): Matcher {
  let table: ReturnType<typeof loadAliasTable>;
  try {
    table = loadAliasTable();
  } catch (error) {
    throw new Error(`cannot load the alias table (run \`npm run data\`): ${(error as Error).message}`);
  }
  return compileMatcher(table);
}
