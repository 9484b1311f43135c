/**
 * The content script's alias table: `aliases.json` without the aliases the
 * matcher cannot tell apart from another alias of the same concept. Written by
 * `npm run data` as `data/generated/content-aliases.json`, which the content
 * script bundles; the background, the transcript and the Node tools read the
 * full `aliases.json`.
 */
import type { AliasSpec, AliasTable } from '@/lib/data-types';
import { compileMatcher } from './compile-matcher';
import { aliasKeys } from './variants';

/**
 * The alias table without the aliases the matcher cannot tell apart from
 * another alias of the same concept: the generator writes every Chinese
 * alias in Simplified, Traditional and Taiwan forms, but the matcher folds
 * Traditional characters to Simplified (`hantToHans`) before matching, so
 * e.g. 多頭潛在注意力 compiles to exactly the keys of 多头潜在注意力. Two
 * aliases are duplicates when they have the same folded keys (`aliasKeys`,
 * variants.ts), flags and case-sensitive form. About 130 of ~790 aliases,
 * 0.65 KB gzipped of the content script.
 */
export function pruneFoldedDuplicates(table: AliasTable): AliasTable {
  const prune = (aliases: AliasSpec[] | undefined): AliasSpec[] => {
    const seen = new Set<string>();
    return (aliases ?? []).filter((alias) => {
      const signature = JSON.stringify([
        aliasKeys(alias.text, table.hantToHans ?? {}),
        Boolean(alias.caseSensitive),
        Boolean(alias.aiOnly),
        // A case-sensitive alias is compared as written (its case is part of what it matches).
        alias.caseSensitive ? alias.text : '',
        Object.keys(alias).sort(),
      ]);
      if (seen.has(signature)) return false;
      seen.add(signature);
      return true;
    });
  };
  return {
    ...table,
    concepts: table.concepts.map((concept) => ({
      ...concept,
      aliases: prune(concept.aliases),
      ...(concept.notAliases ? { notAliases: prune(concept.notAliases) } : {}),
    })),
  };
}

/**
 * Whether two tables find exactly the same matches on `texts` (every alias
 * written out, plus whatever samples the caller adds): the generator's proof that
 * pruning changed nothing, in case the matcher's folding changes one day.
 */
export function sameMatches(a: AliasTable, b: AliasTable, samples: string[] = []): boolean {
  const texts = [
    ...a.concepts.flatMap((c) => [...c.aliases, ...(c.notAliases ?? [])].map((alias) => `see ${alias.text} here`)),
    a.concepts.flatMap((c) => c.aliases.map((alias) => alias.text)).join(' · '),
    ...samples,
  ];
  const ma = compileMatcher(a);
  const mb = compileMatcher(b);
  const found = (matcher: typeof ma, text: string) =>
    matcher
      .scan(text)
      .map((m) => JSON.stringify(m))
      .sort()
      .join('\n');
  return texts.every((text) => found(ma, text) === found(mb, text));
}

/**
 * The table the content script bundles: the pruned table when it matches
 * exactly like the full one on every alias, otherwise the full table and a
 * warning (in case the matcher's folding changes one day).
 */
export function contentAliasTable(table: AliasTable, warnings: string[]): AliasTable {
  const pruned = pruneFoldedDuplicates(table);
  if (sameMatches(table, pruned)) return pruned;
  warnings.push('the pruned alias table would match differently; content-aliases.json holds the full table');
  return table;
}
