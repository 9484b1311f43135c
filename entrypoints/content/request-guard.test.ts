import { expect, test } from 'vitest';
import { isContentRequest } from '@/lib/message-guards';
import { acceptRequest, isContentRequestShape } from './request-guard';

const samples: unknown[] = [
  { type: 'get-page-state' },
  { type: 'toggle-page' },
  { type: 'reveal-concept', conceptId: 'kv-cache' },
  { type: 'set-page-enabled', enabled: true },
  { type: 'set-page-enabled', enabled: false },
  { type: 'step-concept', direction: 'next' },
  { type: 'step-concept', direction: 'previous' },
  { type: 'step-concept', direction: 'down' },
  { type: 'step-concept', direction: 'next', by: 2 },
  { type: 'step-concept' },
  { type: 'get-page-state', extra: 1 },
  { type: 'reveal-concept', conceptId: 'KV cache' },
  { type: 'reveal-concept', conceptId: 'a'.repeat(65) },
  { type: 'reveal-concept', conceptId: `${'x-'.repeat(40)}x` },
  { type: 'reveal-concept' },
  { type: 'set-page-enabled', enabled: 'yes' },
  { type: 'page-concepts', counts: {} },
  { type: 'toString' },
  null,
  'get-page-state',
  [],
  42,
  {},
];

test('the hand-written guard agrees with the shared schema on every sample', () => {
  for (const sample of samples) {
    expect([sample, isContentRequestShape(sample)]).toEqual([sample, isContentRequest(sample)]);
  }
});

test('messages from another sender are ignored', () => {
  expect(acceptRequest({ type: 'toggle-page' }, { id: 'other' }, 'ours')).toBeNull();
  expect(acceptRequest({ type: 'toggle-page' }, undefined, 'ours')).toBeNull();
  expect(acceptRequest({ type: 'toggle-page' }, { id: 'ours' }, 'ours')).toEqual({ type: 'toggle-page' });
});
