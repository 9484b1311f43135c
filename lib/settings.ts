/**
 * The user's settings, as typed storage items. Every context (content script,
 * background, popup, options, transcript) reads them from here so that a
 * change made in one place reaches the others through `watch`.
 *
 * Storage is input like any other: another version of the extension, a
 * damaged profile, a developer console or a bug may have written anything
 * there. So every exported item is a *safe* item: `getValue()` and `watch()`
 * only ever hand out a value that passes the item's validator. A value that
 * is missing, of the wrong type, out of range, or stored under an unknown
 * (newer or nonsense) version falls back to the item's default with a
 * `console.warn`. `setValue()` refuses invalid values (a programming error)
 * with a TypeError, so nothing invalid is written by the extension itself.
 *
 * Versions: every item is at version 1, the first release. The version is kept
 * in the item's `$` meta key (the @wxt-dev/storage convention, `{ v: 1 }`, so
 * values written by earlier builds, which used that library, read the same).
 * Migrations from older versions go in the item's `migrations` table; they
 * run once per context on first read, and only when the stored version is a
 * known older one. We run them ourselves rather than through @wxt-dev/storage,
 * because that library trusts the stored version: a meta of `{ v: -1e9 }`
 * would make it build a billion-entry array, and `{ v: 99 }` makes it log an
 * error and then hand out the unvalidated value. The items talk to
 * `browser.storage` directly: this file used only four of the library's calls,
 * and the library (with its lock and deep-equal helpers) cost the content
 * script, which every page loads, ~3 KB gzipped.
 */
import { browser } from 'wxt/browser';
import type { DisplayScript } from '@/lib/i18n/lang';
import type { TextScript } from '@/lib/i18n/text-script';
import type { ConceptKind } from './data-types';
import { onAbort } from './listen';

/**
 * Which Chinese script to show. `auto` follows what the reader is reading:
 * the text around the term (hover card), the page (popup), the card that
 * opened it (transcript); English text and pages without a clue follow the
 * browser's language.
 */
export type ChineseScriptSetting = 'auto' | 'hans' | 'hant' | 'twp';
/**
 * Which language the hover card and the popup show Tri Dao's words in first.
 * `auto`: the card follows the text around the term (English text: the
 * team's English rendering; Chinese text: the Chinese write-up), the popup
 * its interface language; `both` shows the Chinese and the English one above
 * the other.
 */
export type QuoteLanguageSetting = 'auto' | 'en' | 'zh' | 'both';
/** `fill` paints a background behind terms; `underline` only underlines them (calmer on busy pages). */
export type HighlightStyle = 'fill' | 'underline';
/** The card's text size: 12, 14 or 17 px for its quotes, whatever the page's own size. */
export type CardFontSize = 'small' | 'normal' | 'large';

/** Every kind of concept, in display order: the default for `shownKindsItem`. */
export const ALL_KINDS: ConceptKind[] = ['hardware', 'models', 'techniques', 'tools', 'people'];
/** The choices of the Chinese-script setting, in display order (options page, validators). */
export const CHINESE_SCRIPT_SETTINGS: readonly ChineseScriptSetting[] = ['auto', 'hans', 'hant', 'twp'];
/** The choices of the quote-language setting, in display order (options page, validators). */
export const QUOTE_LANGUAGE_SETTINGS: readonly QuoteLanguageSetting[] = ['auto', 'en', 'zh', 'both'];
/** The highlight styles, in display order. */
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['fill', 'underline'];
/** The card text sizes, in display order. */
export const CARD_FONT_SIZES: readonly CardFontSize[] = ['small', 'normal', 'large'];

/** Shortest hover delay (ms): 0 shows the card at once. */
export const HOVER_DELAY_MIN_MS = 0;
/** Longest hover delay (ms): above 2 s the card feels broken. */
export const HOVER_DELAY_MAX_MS = 2000;
/** A cap on the off-sites list, so a damaged value can't make every page load parse megabytes. */
export const MAX_DISABLED_SITES = 1000;

/** The version every item is written at. Bump per item when its shape changes, and add a migration. */
export const FIRST_RELEASE_VERSION = 1;

/** One migration step: takes the value stored at version n-1, returns it at version n. */
export type Migration = (old: unknown) => unknown;

/** What it takes to define a safe item (exported for tests of the migration runner). */
export interface SafeItemSpec<T> {
  key: `local:${string}` | `sync:${string}` | `session:${string}`;
  fallback: T;
  version: number;
  /** `migrations[n]` turns a version n-1 value into a version n value. */
  migrations?: Record<number, Migration>;
  /** True when the value is usable as is. Must be cheap and total (never throw). */
  validate: (value: unknown) => value is T;
}

/**
 * A storage item that never hands out an invalid value. Same method names as
 * a @wxt-dev/storage item, so callers use it the same way.
 */
export interface SafeItem<T> {
  readonly key: string;
  readonly version: number;
  /** The default, returned whenever the stored value is missing or invalid. A fresh copy for arrays. */
  readonly fallback: T;
  getValue(): Promise<T>;
  /** Writes the value with the current version. Throws a TypeError for an invalid value. */
  setValue(value: T): Promise<void>;
  /** Back to the default (removes the value and its version). */
  removeValue(): Promise<void>;
  /** Calls back with validated values whenever the stored value changes (in any context), until `signal` aborts. */
  watch(cb: (newValue: T, oldValue: T) => void, signal: AbortSignal): void;
  /** True when `value` would be accepted by `setValue`. */
  isValid(value: unknown): value is T;
}

const LOG_PREFIX = '[tri-dao-lens settings]';

function copy<T>(value: T): T {
  return Array.isArray(value) ? (value.slice() as T) : value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array of ${value.length}`;
  if (typeof value === 'string') return `string of ${value.length} chars`;
  if (typeof value === 'object') return 'object';
  return `${typeof value} ${String(value)}`;
}

/** Reads the stored version from a meta value of any shape: a positive safe integer, 1 when absent, null when nonsense. */
export function readStoredVersion(meta: unknown): number | null {
  if (meta == null) return 1;
  if (typeof meta !== 'object' || Array.isArray(meta)) return null;
  const v = (meta as { v?: unknown }).v;
  if (v == null) return 1;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) return null;
  return v;
}

/**
 * Defines a safe item on one key of a `browser.storage` area. Exported so tests can
 * exercise the migration runner with a made-up version 2; the app's items
 * are the `*Item` exports below.
 */
export function defineSafeItem<T>(spec: SafeItemSpec<T>): SafeItem<T> {
  const colon = spec.key.indexOf(':');
  const areaName = spec.key.slice(0, colon) as 'local' | 'sync' | 'session';
  const name = spec.key.slice(colon + 1);
  const metaName = `${name}$`;
  // Looked up on each use, not at import: tests put their fake browser in place after some imports.
  const area = () => browser.storage[areaName];
  /** The stored value and its version meta, null where absent. */
  const readRaw = async (): Promise<[unknown, unknown]> => {
    const stored = await area().get([name, metaName]);
    return [stored[name] ?? null, stored[metaName] ?? null];
  };
  const write = (value: unknown) => area().set({ [name]: value, [metaName]: { v: spec.version } });
  let migrated: Promise<void> | null = null;

  const warn = (why: string, value: unknown) =>
    console.warn(`${LOG_PREFIX} ${spec.key}: ${why} (${describe(value)}); using the default.`);

  /** Runs known migrations once per context; leaves anything it can't understand untouched. */
  const migrateOnce = (): Promise<void> =>
    (migrated ??= (async () => {
      const [value, meta] = await readRaw();
      if (value == null) return;
      const from = readStoredVersion(meta);
      if (from == null || from >= spec.version) return; // nonsense or newer: getValue falls back, data kept for the newer version
      let next: unknown = value;
      for (let to = from + 1; to <= spec.version; to++) {
        const step = spec.migrations?.[to];
        if (step) next = step(next);
      }
      await write(next);
    })().catch((err) => {
      console.warn(`${LOG_PREFIX} ${spec.key}: migration failed; using the default.`, err);
    }));

  const readValid = async (): Promise<T> => {
    await migrateOnce();
    let value: unknown;
    let meta: unknown;
    try {
      [value, meta] = await readRaw();
    } catch (err) {
      console.warn(`${LOG_PREFIX} ${spec.key}: storage unreadable; using the default.`, err);
      return copy(spec.fallback);
    }
    if (value == null) {
      // Never set is the normal first run (no warning); a version without its value means damage.
      if (meta != null) warn('value missing beside its version', value);
      return copy(spec.fallback);
    }
    const version = readStoredVersion(meta);
    if (version !== spec.version) {
      warn(`stored under unknown version ${JSON.stringify(meta)?.slice(0, 80)}`, value);
      return copy(spec.fallback);
    }
    if (!spec.validate(value)) {
      warn('invalid value', value);
      return copy(spec.fallback);
    }
    return value;
  };

  return {
    key: spec.key,
    version: spec.version,
    get fallback() {
      return copy(spec.fallback);
    },
    getValue: readValid,
    async setValue(value: T) {
      if (!spec.validate(value))
        throw new TypeError(`${LOG_PREFIX} ${spec.key}: refusing invalid value (${describe(value)})`);
      await migrateOnce();
      await write(value);
    },
    async removeValue() {
      await area().remove([name, metaName]);
    },
    watch(cb, signal) {
      if (signal.aborted) return;
      // Re-read through readValid so a change also honours the version meta.
      // Callbacks are chained so they arrive in order even though reads are async.
      let last: Promise<T> = readValid();
      let chain: Promise<unknown> = last;
      const onChanged = area().onChanged;
      const listener = (changes: Record<string, unknown>) => {
        if (!(name in changes)) return;
        chain = chain.then(async () => {
          const oldValue = await last;
          const next = readValid();
          last = next;
          const newValue = await next;
          if (signal.aborted) return;
          if (JSON.stringify(newValue) !== JSON.stringify(oldValue)) cb(newValue, oldValue);
        });
      };
      onChanged.addListener(listener);
      onAbort(signal, () => onChanged.removeListener(listener));
    },
    isValid: spec.validate,
  };
}

// ---- validators (total: they never throw on any input) ----

function isOneOf<T extends string>(choices: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (choices as readonly string[]).includes(value);
}

/** A lower-case hostname as `normalizeSite` produces it (no scheme, port or path). */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** True for a hostname the off-sites list can hold (lower case, punycode, no port). */
export function isValidSite(value: unknown): value is string {
  return typeof value === 'string' && HOSTNAME.test(value);
}

function isSiteList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_DISABLED_SITES &&
    value.every(isValidSite) &&
    new Set(value).size === value.length
  );
}

function isKindList(value: unknown): value is ConceptKind[] {
  return (
    Array.isArray(value) &&
    value.length <= ALL_KINDS.length &&
    value.every(isOneOf(ALL_KINDS)) &&
    new Set(value).size === value.length
  );
}

function isHoverDelay(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= HOVER_DELAY_MIN_MS && value <= HOVER_DELAY_MAX_MS
  );
}

/**
 * Turns what a person types or a tab's URL ("https://Example.com:8080/a",
 * "www.example.com", "例子.中国") into the hostname stored in the off-sites
 * list, or null when it isn't a web host. Used by the options page and the
 * popup's "Off on this site", so both store the same form.
 */
export function normalizeSite(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return isValidSite(host) ? host : null;
}

/**
 * True when the page's hostname is on the off-sites list: the listed site
 * itself, with or without "www.", and its subdomains (turning example.com off
 * also covers news.example.com, the way people mean "this site"). The popup
 * and the content script should both decide with this function so they agree.
 */
export function isSiteDisabled(hostname: string, disabledSites: readonly string[]): boolean {
  const bare = (host: string) =>
    host
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, '');
  const host = bare(hostname);
  return disabledSites.some((entry) => {
    const site = bare(entry);
    return site !== '' && (host === site || host.endsWith(`.${site}`));
  });
}

// ---- the items ----

/** Master switch: false turns highlighting off on every page. */
export const enabledItem: SafeItem<boolean> = defineSafeItem({
  key: 'local:enabled',
  fallback: true,
  version: FIRST_RELEASE_VERSION,
  migrations: {},
  validate: (value): value is boolean => typeof value === 'boolean',
});

/** Hostnames (e.g. "example.com") where the extension stays off. */
export const disabledSitesItem: SafeItem<string[]> = defineSafeItem({
  key: 'local:disabledSites',
  fallback: [],
  version: FIRST_RELEASE_VERSION,
  migrations: {},
  validate: isSiteList,
});

/** Which kinds of concept are highlighted (the popup still lists all). */
export const shownKindsItem: SafeItem<ConceptKind[]> = defineSafeItem({
  key: 'local:shownKinds',
  fallback: ALL_KINDS,
  version: FIRST_RELEASE_VERSION,
  migrations: {},
  validate: isKindList,
});

/** How highlights are painted. */
export const highlightStyleItem: SafeItem<HighlightStyle> = defineSafeItem({
  key: 'local:highlightStyle',
  fallback: 'fill',
  version: FIRST_RELEASE_VERSION,
  migrations: {},
  validate: isOneOf(HIGHLIGHT_STYLES),
});

/** The Chinese script for quotes and names; `auto` follows what the reader is reading (see ChineseScriptSetting). */
export const chineseScriptItem: SafeItem<ChineseScriptSetting> = defineSafeItem({
  key: 'local:chineseScript',
  fallback: 'auto',
  version: FIRST_RELEASE_VERSION,
  migrations: {},
  validate: isOneOf(CHINESE_SCRIPT_SETTINGS),
});

/** The language of Tri Dao's words in the card and the popup (see QuoteLanguageSetting). */
export const quoteLanguageItem: SafeItem<QuoteLanguageSetting> = defineSafeItem({
  key: 'local:quoteLanguage',
  fallback: 'auto',
  version: FIRST_RELEASE_VERSION,
  migrations: {},
  validate: isOneOf(QUOTE_LANGUAGE_SETTINGS),
});

/** How long the pointer rests on a term before the card shows (integer ms, 0–2000). */
export const hoverDelayMsItem: SafeItem<number> = defineSafeItem({
  key: 'local:hoverDelayMs',
  fallback: 250,
  version: FIRST_RELEASE_VERSION,
  migrations: {},
  validate: isHoverDelay,
});

/** The card's text size (the page's zoom still applies on top). */
export const cardFontSizeItem: SafeItem<CardFontSize> = defineSafeItem({
  key: 'local:cardFontSize',
  fallback: 'normal',
  version: FIRST_RELEASE_VERSION,
  migrations: {},
  validate: isOneOf(CARD_FONT_SIZES),
});

/** All settings at once, validated: what a context needs at start-up. */
export interface Settings {
  enabled: boolean;
  disabledSites: string[];
  shownKinds: ConceptKind[];
  highlightStyle: HighlightStyle;
  chineseScript: ChineseScriptSetting;
  quoteLanguage: QuoteLanguageSetting;
  hoverDelayMs: number;
  cardFontSize: CardFontSize;
}

/** Every item by its field in `Settings`, for code that loops over them (options page, tests). */
export const settingItems = {
  enabled: enabledItem,
  disabledSites: disabledSitesItem,
  shownKinds: shownKindsItem,
  highlightStyle: highlightStyleItem,
  chineseScript: chineseScriptItem,
  quoteLanguage: quoteLanguageItem,
  hoverDelayMs: hoverDelayMsItem,
  cardFontSize: cardFontSizeItem,
} as const satisfies { [K in keyof Settings]: SafeItem<Settings[K]> };

/** Reads every setting (each validated, defaults where damaged). */
export async function getSettings(): Promise<Settings> {
  const [enabled, disabledSites, shownKinds, highlightStyle, chineseScript, quoteLanguage, hoverDelayMs, cardFontSize] =
    await Promise.all([
      enabledItem.getValue(),
      disabledSitesItem.getValue(),
      shownKindsItem.getValue(),
      highlightStyleItem.getValue(),
      chineseScriptItem.getValue(),
      quoteLanguageItem.getValue(),
      hoverDelayMsItem.getValue(),
      cardFontSizeItem.getValue(),
    ]);
  return {
    enabled,
    disabledSites,
    shownKinds,
    highlightStyle,
    chineseScript,
    quoteLanguage,
    hoverDelayMs,
    cardFontSize,
  };
}

/** Whether a BCP 47 tag is Taiwan's Chinese (zh-TW, zh-Hant-TW): its readers write 輝達 and 晶片, not 英偉達 and 芯片. */
export function isTaiwanTag(language: string): boolean {
  return /^zh-(hant-)?tw\b/i.test(language);
}

/** Resolves `auto` from a BCP 47 language tag (navigator.language). */
export function resolveChineseScript(setting: ChineseScriptSetting, language: string): 'hans' | 'hant' | 'twp' {
  if (setting !== 'auto') return setting;
  const tag = language.toLowerCase();
  if (isTaiwanTag(tag)) return 'twp';
  if (tag.startsWith('zh-hant') || tag.startsWith('zh-hk') || tag.startsWith('zh-mo')) return 'hant';
  return 'hans';
}

/**
 * The script to show for text classified as `text` (lib/i18n/text-script.ts):
 * a named setting wins; `auto` gives Simplified text Simplified and
 * Traditional text Traditional, with Taiwan phrasing when the browser's
 * language is zh-TW or the text says it is Taiwan's (`taiwan`: its `lang` is
 * zh-TW); English text, or none, resolves as `resolveChineseScript`.
 */
export function scriptForText(
  setting: ChineseScriptSetting,
  text: TextScript | undefined,
  language: string,
  taiwan = false,
): DisplayScript {
  const own = resolveChineseScript(setting, language);
  if (setting !== 'auto' || !text || text === 'en') return own;
  return text === 'hans' ? 'hans' : own === 'twp' || taiwan ? 'twp' : 'hant';
}

/**
 * Which language Tri Dao's words are shown in first, and whether the other
 * follows below: `followed` is what `auto` follows (the text's language in
 * the card, the interface language in the popup).
 */
export function quoteLanguageFor(
  setting: QuoteLanguageSetting,
  followed: 'en' | 'zh',
): { first: 'en' | 'zh'; both: boolean } {
  return { first: setting === 'en' || setting === 'zh' ? setting : followed, both: setting === 'both' };
}
