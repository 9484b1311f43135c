/**
 * The eval tool's scoring and the dev set's labels: the numbers `npm run
 * eval` prints are only as good as these two.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Match } from '@/lib/matcher';
import { scoreDoc, summarize, type DevLabel } from './eval';
import { emptyOccurrenceScore, resolveOccurrences, scoreOccurrences } from './occurrences';

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
  const label: DevLabel = { source: 'x', lang: 'en', must: ['kv-cache', 'nvidia'], may: ['amd'], part: 'tuning' };
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
    const neg = scoreDoc('n.txt', { source: 'x', lang: 'en', must: [], may: [], part: 'test' }, 'nothing', []);
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

  it('hold 150+ texts: a third Chinese in both scripts, a third negatives or confusable-heavy pages', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    const chinese = entries.filter(([, l]) => l.lang !== 'en');
    expect(chinese.length).toBeGreaterThanOrEqual(entries.length / 3);
    for (const lang of ['zh-Hans', 'zh-Hant'])
      expect(chinese.filter(([, l]) => l.lang === lang).length, lang).toBeGreaterThanOrEqual(20);
    const confusable = entries.filter(([f, l]) => l.must.length === 0 || /-(neg|mix)-/.test(f));
    expect(confusable.length).toBeGreaterThanOrEqual(entries.length / 3);
    for (const lang of ['en', 'zh-Hans', 'zh-Hant'])
      expect(
        positives.some(([, l]) => l.lang === lang),
        lang,
      ).toBe(true);
  });

  it('split by the fixed rule: a text the earlier tuning saw, or a moved one, is tuning; else sha1(name) 0-9 is test', () => {
    for (const [file, l] of entries) {
      const byHash = /^[0-9]/.test(createHash('sha1').update(file).digest('hex')) ? 'test' : 'tuning';
      const expected = l.tunedBefore || l.movedToTuning ? 'tuning' : byHash;
      expect(l.part, file).toBe(expected);
      if (l.movedToTuning) expect(byHash, `${file} is moved but the rule put it in tuning anyway`).toBe('test');
    }
    const test = entries.filter(([, l]) => l.part === 'test');
    expect(test.length).toBeGreaterThanOrEqual(40);
    expect(test.filter(([, l]) => l.occurrences).length).toBeGreaterThanOrEqual(30);
  });

  it('give every new text a reason for its labels, and occurrence labels only with valid ids', () => {
    for (const [file, l] of entries) {
      if (!l.tunedBefore) expect(l.reason?.length ?? 0, file).toBeGreaterThan(10);
      for (const [id] of l.occurrences ?? []) expect(conceptIds, `${file}: ${id}`).toContain(id);
    }
  });

  it('list every text file of the folder', () => {
    const onDisk = readdirSync(devSet)
      .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
      .sort();
    expect(onDisk).toEqual(Object.keys(labels).sort());
  });
});

describe('occurrence labels', () => {
  it('expect every occurrence of the text, but none in URLs, paths, flags or identifiers; hyphen-joined ones optional', () => {
    const text =
      'See NVIDIA docs at https://developer.nvidia.com, run `--nvidia-smi`, use_nvidia, NVIDIA-SMI and NVIDIA.';
    const spans = resolveOccurrences(text, [['nvidia', 'NVIDIA']]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.optional])).toEqual([
      ['NVIDIA', false],
      ['NVIDIA', true],
      ['NVIDIA', false],
    ]);
  });

  it('expect an occurrence inside a Chinese clause like any other; only a hyphen-joined one is optional', () => {
    const text = '英伟达的H100芯片，以及H100-SXM和H100。量化模型 3.量化';
    const spans = resolveOccurrences(text, [
      ['nvidia', 'H100'],
      ['quantization', '量化'],
    ]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.start, s.optional])).toEqual([
      ['H100', 4, false],
      ['H100', 13, true],
      ['H100', 22, false],
      ['量化', 27, false],
      ['量化', 34, false],
    ]);
  });

  it('scores marks: right on an expected span, neutral on an optional one, wrong elsewhere', () => {
    const text = 'KV cache and kv and MLA';
    const spans = resolveOccurrences(text, [
      ['kv-cache', 'KV cache'],
      ['kv-cache', 'kv', 'o'],
    ]);
    const score = emptyOccurrenceScore();
    scoreOccurrences(
      'a.md',
      text,
      spans,
      [m('kv-cache', 0, 8), m('kv-cache', 13, 15), m('multi-head-latent-attention', 20, 23)],
      score,
    );
    expect([score.right, score.wrong, score.found, score.expected]).toEqual([1, 1, 1, 1]);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(1);
  });
});
