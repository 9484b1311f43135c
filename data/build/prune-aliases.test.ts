import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { AliasTable } from '@/lib/data-types';
import { compileMatcher } from './compile-matcher';
import { pruneFoldedDuplicates, sameMatches } from './prune-aliases';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const table = JSON.parse(readFileSync(path.join(root, 'data/generated/aliases.json'), 'utf8')) as AliasTable;

test('the content script table drops only aliases the matcher cannot tell apart, and matches exactly alike', () => {
  const pruned = pruneFoldedDuplicates(table);
  const count = (t: AliasTable) => t.concepts.reduce((n, c) => n + c.aliases.length + (c.notAliases?.length ?? 0), 0);
  expect(count(pruned)).toBeLessThan(count(table));
  expect(pruned.concepts.map((c) => c.id)).toEqual(table.concepts.map((c) => c.id));
  const pages = ['en-ai-hardware', 'zh-hans-ai-hardware', 'zh-hant-ai-hardware', 'confusables'].map((name) =>
    readFileSync(path.join(root, `tests/fixtures/pages/${name}.html`), 'utf8'),
  );
  expect(sameMatches(table, pruned, pages)).toBe(true);
  // And what the content script does with them (selection under both contexts) is the same too.
  const full = compileMatcher(table);
  const small = compileMatcher(pruned);
  for (const page of pages) {
    expect(small.findAll(page, { context: 'ai' })).toEqual(full.findAll(page, { context: 'ai' }));
    expect(small.findAll(page, { context: 'not-ai' })).toEqual(full.findAll(page, { context: 'not-ai' }));
  }
});

test('a Traditional form of a Simplified alias is a duplicate; a Taiwan-phrasing word is not', () => {
  const t: AliasTable = {
    concepts: [
      {
        id: 'kv-cache',
        kind: 'techniques',
        aliases: [
          { text: 'KV缓存' },
          { text: 'KV緩存' },
          { text: 'KV快取' },
          { text: 'MoE', caseSensitive: true },
          { text: 'moe' },
        ],
      },
    ],
    hantToHans: { 緩: '缓' },
  };
  expect(pruneFoldedDuplicates(t).concepts[0].aliases.map((a) => a.text)).toEqual(['KV缓存', 'KV快取', 'MoE', 'moe']);
});
