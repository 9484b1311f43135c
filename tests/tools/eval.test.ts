/**
 * The eval tool's scoring and the dev set's labels: the numbers `npm run
 * eval` prints are only as good as these two.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Match } from '@/lib/matcher';
import { scoreDoc, summarize, type DevLabel } from './eval';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const devSet = path.join(projectRoot, 'tests/fixtures/dev-set');
const labels = JSON.parse(readFileSync(path.join(devSet, 'labels.json'), 'utf8')) as Record<string, DevLabel>;
const conceptIds = readFileSync(path.resolve(projectRoot, '../shared/spec/concepts.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t')[0]);

const m = (conceptId: string, start: number, end: number): Match => ({ conceptId, start, end, aiOnly: false });

describe('scoreDoc / summarize', () => {
  const label: DevLabel = { source: 'x', lang: 'en', must: ['kv-cache', 'nvidia'], may: ['amd'] };
  const text = 'KV cache on AMD and MLA';

  it('counts must-found as TP, must-missing as FN, found-unlabelled as FP, may as neither', () => {
    const doc = scoreDoc('a.txt', label, text, [
      m('kv-cache', 0, 8),
      m('amd', 12, 15),
      m('multi-head-latent-attention', 20, 23),
      m('kv-cache', 0, 2),
    ]);
    expect(doc.tp).toEqual(['kv-cache']);
    expect(doc.fn).toEqual(['nvidia']);
    expect(doc.fp.map((f) => [f.concept, f.text])).toEqual([['multi-head-latent-attention', 'MLA']]);
    expect(summarize([doc])).toEqual({ docs: 1, tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
  });

  it('reports n/a (null) instead of dividing by zero', () => {
    const neg = scoreDoc('n.txt', { source: 'x', lang: 'en', must: [], may: [] }, 'nothing', []);
    expect(summarize([neg])).toEqual({ docs: 1, tp: 0, fp: 0, fn: 0, precision: null, recall: null });
  });
});

describe('dev set labels', () => {
  const entries = Object.entries(labels);
  const positives = entries.filter(([, l]) => l.must.length > 0);

  it('label every text with a source, a language and valid, disjoint concept ids', () => {
    for (const [file, l] of entries) {
      expect(existsSync(path.join(devSet, file)), file).toBe(true);
      expect(l.source.length, file).toBeGreaterThan(5);
      expect(['en', 'zh-Hans', 'zh-Hant']).toContain(l.lang);
      for (const id of [...l.must, ...l.may]) expect(conceptIds, `${file}: ${id}`).toContain(id);
      expect(
        l.must.filter((id) => l.may.includes(id)),
        file,
      ).toEqual([]);
    }
  });

  it('hold enough positives (all three scripts), negatives and a held-out third', () => {
    expect(positives.length).toBeGreaterThanOrEqual(25);
    expect(entries.length - positives.length).toBeGreaterThanOrEqual(15);
    for (const lang of ['en', 'zh-Hans', 'zh-Hant'])
      expect(
        positives.some(([, l]) => l.lang === lang),
        lang,
      ).toBe(true);
    const held = positives.filter(([, l]) => l.heldOut).length;
    expect(held).toBeGreaterThanOrEqual(Math.floor(positives.length / 4));
    expect(entries.filter(([, l]) => l.heldOut && l.must.length === 0)).toEqual([]);
  });

  it('list every text file of the folder', () => {
    const onDisk = readdirSync(devSet)
      .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
      .sort();
    expect(onDisk).toEqual(Object.keys(labels).sort());
  });
});
