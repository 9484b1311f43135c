/**
 * The user's settings, as typed storage items. Every context (content script,
 * background, popup, options, transcript) reads them from here so that a
 * change made in one place reaches the others through `watch`.
 *
 * Hardening (validation of damaged values, migrations) lives here too: a
 * value that is missing, of the wrong type or from an unknown version falls
 * back to its default with a console warning.
 */
import { storage } from 'wxt/utils/storage';
import type { ConceptKind } from './data-types';

/** Which Chinese script to show. `auto` follows the browser's language. */
export type ChineseScriptSetting = 'auto' | 'hans' | 'hant' | 'twp';
export type HighlightStyle = 'fill' | 'underline';

export const ALL_KINDS: ConceptKind[] = ['hardware', 'models', 'techniques', 'tools', 'people'];

export const enabledItem = storage.defineItem<boolean>('local:enabled', {
  fallback: true,
  version: 1,
});

/** Hostnames (e.g. "example.com") where the extension stays off. */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

export const shownKindsItem = storage.defineItem<ConceptKind[]>('local:shownKinds', {
  fallback: ALL_KINDS,
  version: 1,
});

export const highlightStyleItem = storage.defineItem<HighlightStyle>('local:highlightStyle', {
  fallback: 'fill',
  version: 1,
});

export const chineseScriptItem = storage.defineItem<ChineseScriptSetting>('local:chineseScript', {
  fallback: 'auto',
  version: 1,
});

export const hoverDelayMsItem = storage.defineItem<number>('local:hoverDelayMs', {
  fallback: 250,
  version: 1,
});

/** Resolves `auto` from a BCP 47 language tag (navigator.language). */
export function resolveChineseScript(
  setting: ChineseScriptSetting,
  language: string,
): 'hans' | 'hant' | 'twp' {
  if (setting !== 'auto') return setting;
  const tag = language.toLowerCase();
  if (tag.startsWith('zh-tw')) return 'twp';
  if (tag.startsWith('zh-hant') || tag.startsWith('zh-hk') || tag.startsWith('zh-mo')) return 'hant';
  return 'hans';
}
