/**
 * The background and content script act only on well-formed messages from
 * the extension itself: these tests throw lookalikes, extra keys, wrong types,
 * hostile strings and foreign senders at the guards.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  acceptBackgroundRequest,
  acceptContentRequest,
  isBackgroundRequest,
  isContentRequest,
  isOwnExtensionSender,
} from './message-guards';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const fromContent = { id: OWN, tab: { id: 7 }, frameId: 0, url: 'https://example.com/' };
const fromPopup = { id: OWN, url: `chrome-extension://${OWN}/popup.html` };

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('background requests', () => {
  const valid = [
    { type: 'get-concept-card', conceptId: 'kv-cache' },
    { type: 'get-concept-card', conceptId: 'flash-attention' },
    { type: 'page-concepts', counts: {} },
    { type: 'page-concepts', counts: { 'kv-cache': 3, 'mixture-of-experts': 1 } },
    { type: 'open-transcript', anchor: 'q-kv-cache-1' },
    { type: 'open-transcript', anchor: 't-12' },
    { type: 'open-transcript', anchor: 's-intro_part' },
    { type: 'open-transcript', anchor: 'q-kv-cache-1', lang: 'en', script: 'hant' },
    { type: 'open-transcript', anchor: 'q-kv-cache-1', lang: 'zh' },
    { type: 'open-transcript', anchor: 'q-kv-cache-1', script: 'twp' },
  ];
  test.each(valid)('accepts %j', (msg) => {
    expect(isBackgroundRequest(msg)).toBe(true);
  });

  const hugeCounts = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`c${i}`, 1]));
  const invalid: [string, unknown][] = [
    ['null', null],
    ['a string', 'get-concept-card'],
    ['an array', [{ type: 'get-concept-card', conceptId: 'kv-cache' }]],
    ['unknown type', { type: 'eval', code: 'alert(1)' }],
    ['a content request', { type: 'get-page-state' }],
    ['missing field', { type: 'get-concept-card' }],
    ['extra key', { type: 'get-concept-card', conceptId: 'kv-cache', html: '<b>x</b>' }],
    ['conceptId not a slug', { type: 'get-concept-card', conceptId: '../../etc' }],
    ['conceptId with markup', { type: 'get-concept-card', conceptId: '<img src=x onerror=alert(1)>' }],
    ['conceptId too long', { type: 'get-concept-card', conceptId: 'a'.repeat(65) }],
    ['conceptId a number', { type: 'get-concept-card', conceptId: 1 }],
    ['anchor a URL', { type: 'open-transcript', anchor: 'https://evil.example/' }],
    ['anchor javascript:', { type: 'open-transcript', anchor: 'javascript:alert(1)' }],
    ['anchor with a path', { type: 'open-transcript', anchor: 'q-x/../../popup.html' }],
    ['anchor with a query', { type: 'open-transcript', anchor: 'q-x?a=1' }],
    ['lang not en or zh', { type: 'open-transcript', anchor: 'q-x', lang: 'fr' }],
    ['lang with a query', { type: 'open-transcript', anchor: 'q-x', lang: 'en&script=x' }],
    ['script unknown', { type: 'open-transcript', anchor: 'q-x', script: 'orig' }],
    ['script a number', { type: 'open-transcript', anchor: 'q-x', script: 1 }],
    ['counts negative', { type: 'page-concepts', counts: { 'kv-cache': -1 } }],
    ['counts not integers', { type: 'page-concepts', counts: { 'kv-cache': 1.5 } }],
    ['counts strings', { type: 'page-concepts', counts: { 'kv-cache': '3' } }],
    ['counts an array', { type: 'page-concepts', counts: [1, 2] }],
    ['counts with bad keys', { type: 'page-concepts', counts: { 'Not A Slug': 1 } }],
    ['counts huge', { type: 'page-concepts', counts: hugeCounts }],
    ['type wrong case', { type: 'GET-CONCEPT-CARD', conceptId: 'kv-cache' }],
  ];
  test.each(invalid)('rejects %s', (_label, msg) => {
    expect(isBackgroundRequest(msg)).toBe(false);
  });

  test('a huge counts object is rejected quickly, before its entries are walked', () => {
    const t0 = performance.now();
    expect(isBackgroundRequest({ type: 'page-concepts', counts: hugeCounts })).toBe(false);
    // Not a timing threshold: printed for the record.
    console.info(`huge counts rejected in ${(performance.now() - t0).toFixed(1)} ms`);
  });
});

describe('content requests', () => {
  test.each([
    { type: 'get-page-state' },
    { type: 'reveal-concept', conceptId: 'kv-cache' },
    { type: 'set-page-enabled', enabled: false },
    { type: 'toggle-page' },
    { type: 'step-concept', direction: 'next' },
    { type: 'step-concept', direction: 'previous' },
  ])('accepts %j', (msg) => expect(isContentRequest(msg)).toBe(true));

  test.each([
    ['enabled as a string', { type: 'set-page-enabled', enabled: 'false' }],
    ['extra key', { type: 'toggle-page', x: 1 }],
    ['a background request', { type: 'get-concept-card', conceptId: 'kv-cache' }],
    ['reveal without id', { type: 'reveal-concept' }],
    ['a step without direction', { type: 'step-concept' }],
    ['a step in another direction', { type: 'step-concept', direction: 'up' }],
    ['undefined', undefined],
  ] as [string, unknown][])('rejects %s', (_l, msg) => expect(isContentRequest(msg)).toBe(false));
});

describe('senders', () => {
  test('own id only', () => {
    expect(isOwnExtensionSender(fromContent, OWN)).toBe(true);
    expect(isOwnExtensionSender(fromPopup, OWN)).toBe(true);
    expect(isOwnExtensionSender({ ...fromContent, id: 'other-extension' }, OWN)).toBe(false);
    expect(isOwnExtensionSender({ url: 'https://evil.example/' }, OWN)).toBe(false);
    expect(isOwnExtensionSender(undefined, OWN)).toBe(false);
    // An invalidated context has no runtime id: nothing is "own" then.
    expect(isOwnExtensionSender(fromContent, undefined)).toBe(false);
  });

  test('requireTab wants a content script in a real tab', () => {
    expect(isOwnExtensionSender(fromContent, OWN, { requireTab: true })).toBe(true);
    expect(isOwnExtensionSender(fromPopup, OWN, { requireTab: true })).toBe(false);
    expect(isOwnExtensionSender({ id: OWN, tab: { id: -1 } }, OWN, { requireTab: true })).toBe(false);
  });

  test('acceptBackgroundRequest returns the request or null with a warning', () => {
    const msg = { type: 'get-concept-card', conceptId: 'kv-cache' };
    expect(acceptBackgroundRequest(msg, fromContent, OWN)).toBe(msg);
    expect(acceptBackgroundRequest(msg, fromPopup, OWN)).toBe(msg);
    expect(warn).not.toHaveBeenCalled();

    expect(acceptBackgroundRequest(msg, { id: 'intruder' }, OWN)).toBeNull();
    expect(acceptBackgroundRequest({ ...msg, conceptId: 7 }, fromContent, OWN)).toBeNull();
    // page-concepts sets a tab's badge: refused from the popup, which has no tab.
    expect(acceptBackgroundRequest({ type: 'page-concepts', counts: {} }, fromPopup, OWN)).toBeNull();
    expect(acceptBackgroundRequest({ type: 'page-concepts', counts: {} }, fromContent, OWN)).not.toBeNull();
    expect(warn).toHaveBeenCalledTimes(3);
  });

  test('acceptContentRequest', () => {
    expect(acceptContentRequest({ type: 'toggle-page' }, fromPopup, OWN)).toEqual({ type: 'toggle-page' });
    expect(acceptContentRequest({ type: 'toggle-page' }, { id: 'x' }, OWN)).toBeNull();
    expect(acceptContentRequest({ type: 'toggle-page', evil: true }, fromPopup, OWN)).toBeNull();
  });

  test('a message that cannot be stringified still gets a warning, not a crash', () => {
    const cyclic: Record<string, unknown> = { type: 'x' };
    cyclic.self = cyclic;
    expect(acceptBackgroundRequest(cyclic, fromPopup, OWN)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
