/**
 * The committed first looks (tests/fixtures/dev-set-first-looks/) are what
 * the README's pooled figure on unseen pages is summed from: each listing
 * must read, and its test part must be the batch's texts the hash rule put
 * there (labels.json), so that no batch is left out or counted twice.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { batchesOf, pool, readFirstLook, readFirstLooks } from './first-looks';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const labels = JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/dev-set/labels.json'), 'utf8')) as Record<
  string,
  { batch?: string }
>;
const byHashRule = (file: string) => /^[0-9]/.test(createHash('sha1').update(file).digest('hex'));

describe('first looks', () => {
  it('reads the batches of a listing from its name', () => {
    expect(batchesOf('2026-12-02d')).toEqual(['2026-12-02d']);
    expect(batchesOf('2026-12-03')).toEqual(['2026-12-03']);
    expect(batchesOf('2026-12-02ijk')).toEqual(['2026-12-02i', '2026-12-02j', '2026-12-02k']);
    expect(() => batchesOf('notes')).toThrow(/cannot read the batches/);
  });

  it('says which batch a listing lacks, rather than counting it as nothing', () => {
    expect(() => readFirstLook('2026-12-09', 'Dev set\nOccurrence level\n')).toThrow(/no test-part line for batch/);
  });

  const looks = readFirstLooks();
  it('every batch since the first committed listing has exactly one first look', () => {
    const first = looks[0].batch;
    const batches = [...new Set(Object.values(labels).map((l) => l.batch))]
      .filter((b): b is string => b !== undefined && b >= first)
      .sort();
    expect(looks.map((l) => l.batch).sort()).toEqual(batches);
  });

  it("each first look's test part is its batch's texts in the test part by the hash rule", () => {
    for (const l of looks) {
      const texts = Object.entries(labels).filter(([f, e]) => e.batch === l.batch && byHashRule(f));
      expect({ batch: l.batch, docs: l.docs }).toEqual({ batch: l.batch, docs: texts.length });
    }
  });

  it('pools counts, not ratios', () => {
    const [a, b] = looks;
    const p = pool([a, b]);
    expect(p.docs).toBe(a.docs + b.docs);
    expect(p.precision).toBeCloseTo((a.tp + b.tp) / (a.tp + b.tp + a.fp + b.fp), 12);
  });
});
