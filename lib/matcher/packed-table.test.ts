import { describe, expect, it } from 'vitest';
import { packAliasTable, unpackAliasTable, type PackedAliasTable } from './packed-table';
import { loadAliasTable } from '@/tests/tools/read-alias-table';
import { contentAliasTable } from '@/data/build/prune-aliases';
import contentAliases from '@/data/generated/content-aliases.json';

describe('packed alias table', () => {
  it('unpacks to exactly the table that was packed, flags, blocking phrases and fold pairs included', () => {
    const table = loadAliasTable();
    expect(unpackAliasTable(packAliasTable(table))).toEqual(table);
  });

  it('is what the content script bundles: the pruned table', () => {
    const expected = contentAliasTable(loadAliasTable(), []);
    expect(unpackAliasTable(contentAliases as PackedAliasTable)).toEqual(expected);
  });
});
