import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { partByHash, problems } from './add-batch';

const ids = new Set(['kv-cache', 'nvidia']);
const folder = (files: Record<string, string>) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'batch-'));
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  return dir;
};
const label = (extra: object = {}) => ({
  source: 'https://example.org/a',
  lang: 'en' as const,
  must: ['kv-cache'],
  may: [],
  reason: "kv-cache: 'the KV cache grows'",
  occurrences: [['kv-cache', 'KV cache']] as [string, string][],
  ...extra,
});

describe("a gatherer's folder before it joins the dev set", () => {
  it('passes when every file has a label whose ids and surfaces the contract and the text hold', () => {
    const dir = folder({ 'en-example-kv.md': 'The KV cache grows.' });
    expect(problems(dir, { 'en-example-kv.md': label() }, ids, new Set())).toEqual([]);
  });
  it('names each problem: a taken name, an unknown id, a surface the text lacks, a file or a label missing', () => {
    const dir = folder({ 'en-example-kv.md': 'The KV cache grows.', 'en-unlabelled.txt': 'x' });
    const found = problems(
      dir,
      {
        'en-example-kv.md': label({ must: ['kv-cahce'], occurrences: [['kv-cache', 'paged KV cache']] }),
        'en-missing.md': label(),
      },
      ids,
      new Set(['en-example-kv.md']),
    );
    expect(found.map((p) => p.slice(dir.length + 1))).toEqual([
      'en-unlabelled.txt: no label',
      'en-example-kv.md: the dev set already has this name',
      'en-example-kv.md: unknown id kv-cahce',
      'en-example-kv.md: the text has no "paged KV cache" (kv-cache)',
      'en-missing.md: labelled but no such file',
    ]);
  });
  it('gives the part by the hash rule the eval checks: sha1 e9d7… (b) is tuning, 86f7… (a) and 3c36… (d) are test', () => {
    expect(partByHash('b')).toBe('tuning');
    expect(partByHash('a')).toBe('test');
    expect(partByHash('d')).toBe('test');
  });
});
