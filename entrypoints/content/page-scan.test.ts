import { beforeAll, expect, test } from 'vitest';
import contentMatcher from '@/data/generated/content-matcher.json';
import type { PackedMatcherInput } from '@/lib/matcher/packed';
import { createPageScan } from './page-scan';

beforeAll(() => {
  // happy-dom has no StaticRange; the annotator only stores and hands them on.
  if (typeof globalThis.StaticRange !== 'function') {
    (globalThis as { StaticRange: unknown }).StaticRange = class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    };
  }
});

const PAGE =
  '<p>Flash<b>Attention</b> keeps the KV cache small on NVIDIA GPUs.</p>' +
  '<p hidden>Hidden: Cerebras.</p><div contenteditable="true">Draft: Mojo</div>' +
  '<p>Split by hidden text: Flash<span hidden>xx</span>Attention, and by a line break: KV<br>cache.</p>';

test('the scan, started as the content script starts it, finds the terms a reader sees', async () => {
  document.body.innerHTML = PAGE;
  let asked = 0;
  const { annotator } = createPageScan(
    document,
    () => undefined,
    async () => {
      asked++;
      return contentMatcher as PackedMatcherInput;
    },
  );
  await annotator.start();
  expect(annotator.status).toBe('done');
  expect(asked).toBe(1);
  expect(Object.fromEntries(annotator.concepts().map((c) => [c.conceptId, c.count]))).toEqual({
    'flash-attention': 2,
    'kv-cache': 1,
    nvidia: 1,
  });
});

test('without the matcher input (no answer from the background) the scan ends with nothing found', async () => {
  document.body.innerHTML = PAGE;
  const { annotator } = createPageScan(
    document,
    () => undefined,
    async () => undefined,
  );
  await annotator.start();
  expect(annotator.status).toBe('done');
  expect(annotator.concepts()).toEqual([]);
}, 10_000);
