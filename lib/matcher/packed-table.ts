/**
 * The content script's alias table in a packed form: one line per concept
 * (`id`, `kind`, aliases, blocking phrases, tab-separated; aliases separated
 * by U+001F, each prefixed by one character holding its rule flags) and the
 * fold table as one string of Traditional–Simplified pairs. It is bundled
 * into every page, and packed it is about 1 KB smaller gzipped than the
 * same table as JSON objects (whose keys repeat for each of ~800 aliases).
 * `data/build/` packs it; the content script unpacks it once per page.
 */
import type { AliasSpec, AliasTable, ConceptKind } from '@/lib/data-types';

/** The packed table, as `data/generated/content-aliases.json` holds it. */
export interface PackedAliasTable {
  /** One line per concept. */
  c: string;
  /** Traditional then Simplified character, pair after pair. */
  h: string;
}

/** Flag bits, in this order, added to '@' (0x40) to make the prefix character. */
const FLAGS = ['caseSensitive', 'aiOnly', 'decidesDocument', 'besideChinese', 'localCue'] as const;

function packAlias(alias: AliasSpec): string {
  let bits = 0;
  FLAGS.forEach((flag, i) => {
    if (alias[flag]) bits |= 1 << i;
  });
  return String.fromCharCode(0x40 + bits) + alias.text;
}

function unpackAlias(packed: string): AliasSpec {
  const bits = packed.charCodeAt(0) - 0x40;
  const alias: AliasSpec = { text: packed.slice(1) };
  FLAGS.forEach((flag, i) => {
    if (bits & (1 << i)) alias[flag] = true;
  });
  return alias;
}

/** Packs a table (build time). */
export function packAliasTable(table: AliasTable): PackedAliasTable {
  const c = table.concepts
    .map((concept) =>
      [
        concept.id,
        concept.kind,
        concept.aliases.map(packAlias).join('\u001f'),
        (concept.notAliases ?? []).map(packAlias).join('\u001f'),
      ].join('\t'),
    )
    .join('\n');
  let h = '';
  for (const [hant, hans] of Object.entries(table.hantToHans ?? {})) h += hant + hans;
  return { c, h };
}

/** Unpacks a table packed by packAliasTable. */
export function unpackAliasTable(packed: PackedAliasTable): AliasTable {
  const concepts = packed.c.split('\n').map((line) => {
    const [id, kind, aliases, notAliases] = line.split('\t');
    const concept: AliasTable['concepts'][number] = {
      id,
      kind: kind as ConceptKind,
      aliases: aliases ? aliases.split('\u001f').map(unpackAlias) : [],
    };
    if (notAliases) concept.notAliases = notAliases.split('\u001f').map(unpackAlias);
    return concept;
  });
  const hantToHans: Record<string, string> = {};
  const chars = Array.from(packed.h);
  for (let i = 0; i + 1 < chars.length; i += 2) hantToHans[chars[i]] = chars[i + 1];
  return { concepts, hantToHans };
}
