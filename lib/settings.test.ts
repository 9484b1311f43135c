/**
 * Storage is input: these tests write garbage where the settings live (wrong
 * types, nulls, huge arrays, nonsense and future version metas) and check that
 * every reader gets the default and a console warning, never the garbage.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// The unit project runs in plain Node; `wxt/browser` picks `globalThis.browser` or `chrome`
// when first imported, so the fake browser must be in place before the import.
const { fakeBrowser } = await vi.hoisted(async () => {
  const mod = await import('wxt/testing/fake-browser');
  vi.stubGlobal('chrome', mod.fakeBrowser);
  vi.stubGlobal('browser', mod.fakeBrowser);
  return mod;
});

const settings = await import('./settings');
const {
  ALL_KINDS,
  defineSafeItem,
  disabledSitesItem,
  enabledItem,
  getSettings,
  hoverDelayMsItem,
  isSiteDisabled,
  normalizeSite,
  readStoredVersion,
  settingItems,
  shownKindsItem,
  chineseScriptItem,
  highlightStyleItem,
  quoteLanguageItem,
  quoteLanguageFor,
  scriptForText,
  cardFontSizeItem,
} = settings;

const DEFAULTS = {
  enabled: true,
  disabledSites: [],
  shownKinds: ALL_KINDS,
  highlightStyle: 'fill',
  chineseScript: 'auto',
  quoteLanguage: 'auto',
  hoverDelayMs: 250,
  cardFontSize: 'normal',
};

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

async function writeRaw(values: Record<string, unknown>) {
  await fakeBrowser.storage.local.set(values);
}

describe('defaults', () => {
  test('empty storage reads as defaults without warnings', async () => {
    expect(await getSettings()).toEqual(DEFAULTS);
    expect(warn).not.toHaveBeenCalled();
  });

  test('values written by the first release (no version meta) are read as version 1', async () => {
    await writeRaw({ enabled: false, hoverDelayMs: 0, disabledSites: ['example.com'] });
    const s = await getSettings();
    expect(s.enabled).toBe(false);
    expect(s.hoverDelayMs).toBe(0);
    expect(s.disabledSites).toEqual(['example.com']);
    expect(warn).not.toHaveBeenCalled();
  });

  test('fallback arrays are fresh copies, so a caller cannot corrupt the default', async () => {
    const a = await shownKindsItem.getValue();
    a.pop();
    expect(await shownKindsItem.getValue()).toEqual(ALL_KINDS);
  });
});

const garbage: Record<keyof typeof DEFAULTS, unknown[]> = {
  enabled: ['true', 0, 1, {}, [], 'yes'],
  disabledSites: [
    'example.com',
    [null],
    [42],
    ['https://example.com/path'],
    ['EXAMPLE.COM'],
    ['a.com', 'a.com'],
    Array.from({ length: 200_000 }, (_, i) => `site${i}.com`),
    { 0: 'example.com', length: 1 },
    ['<img src=x onerror=alert(1)>'],
  ],
  shownKinds: ['hardware', ['hardware', 'aliens'], [null], Array(1e5).fill('hardware'), {}, ['__proto__']],
  highlightStyle: ['FILL', 'blink', 1, ['fill'], { toString: 'fill' }],
  chineseScript: ['zh-TW', 'simplified', '', 3, ['hans']],
  quoteLanguage: ['EN', 'english', 'zh-CN', 'hans', 'follow', '', 0, ['en'], { both: true }],
  hoverDelayMs: ['250', -1, 2001, 1e308, 12.5, '0', [250], true],
  cardFontSize: ['LARGE', 'huge', 17, ['large'], { toString: 'large' }, ''],
};

describe('garbage values fall back to defaults with a warning', () => {
  for (const [field, values] of Object.entries(garbage) as [keyof typeof DEFAULTS, unknown[]][]) {
    for (const value of values) {
      const label = Array.isArray(value) && value.length > 10 ? `array of ${value.length}` : JSON.stringify(value);
      test(`${field} = ${label}`, async () => {
        await writeRaw({ [field]: value });
        const item = settingItems[field];
        expect(await item.getValue()).toEqual(DEFAULTS[field]);
        expect(warn).toHaveBeenCalledTimes(1);
        expect(String(warn.mock.calls[0][0])).toContain(`local:${field}`);
      });
    }
  }

  test('all settings damaged at once: getSettings returns every default', async () => {
    await writeRaw({
      enabled: 'no',
      disabledSites: [1, 2, 3],
      shownKinds: 'all',
      highlightStyle: null,
      chineseScript: { v: 'hans' },
      quoteLanguage: 'klingon',
      hoverDelayMs: -5,
      cardFontSize: 'xxl',
    });
    expect(await getSettings()).toEqual(DEFAULTS);
    // highlightStyle null is simply "missing": 7 warnings, not 8.
    expect(warn).toHaveBeenCalledTimes(7);
  });
});

describe('card text size', () => {
  test('is a versioned item: small, normal or large, written with its version', async () => {
    expect(cardFontSizeItem.version).toBe(1);
    expect(await cardFontSizeItem.getValue()).toBe('normal');
    await cardFontSizeItem.setValue('large');
    expect(await fakeBrowser.storage.local.get(['cardFontSize', 'cardFontSize$'])).toEqual({
      cardFontSize: 'large',
      cardFontSize$: { v: 1 },
    });
    expect(await cardFontSizeItem.getValue()).toBe('large');
    await expect(cardFontSizeItem.setValue('huge' as never)).rejects.toThrow(TypeError);
    expect(await cardFontSizeItem.getValue()).toBe('large');
  });

  test('a value stored under a future version is not trusted', async () => {
    await writeRaw({ cardFontSize: 'small', cardFontSize$: { v: 2 } });
    expect(await cardFontSizeItem.getValue()).toBe('normal');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('version meta', () => {
  const metas: unknown[] = [{ v: 2 }, { v: 99 }, { v: 0 }, { v: -1e9 }, { v: 1.5 }, { v: '1' }, 'v1', [1], 7];
  for (const meta of metas) {
    test(`a valid value under meta ${JSON.stringify(meta)} reads as the default`, async () => {
      await writeRaw({ enabled: false, enabled$: meta });
      expect(await enabledItem.getValue()).toBe(true);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toContain('unknown version');
    });
  }

  test('a future version is not overwritten on read (a downgrade keeps the newer data)', async () => {
    await writeRaw({ enabled: false, enabled$: { v: 2 } });
    await enabledItem.getValue();
    expect(await fakeBrowser.storage.local.get(['enabled', 'enabled$'])).toEqual({
      enabled: false,
      enabled$: { v: 2 },
    });
  });

  test('a version meta without its value (a damaged write) reads as the default, with a warning', async () => {
    await writeRaw({ hoverDelayMs$: { v: 1 } });
    expect(await hoverDelayMsItem.getValue()).toBe(250);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('{ v: 1 } and extra meta fields are accepted', async () => {
    await writeRaw({ hoverDelayMs: 600, hoverDelayMs$: { v: 1, note: 'x' } });
    expect(await hoverDelayMsItem.getValue()).toBe(600);
    expect(warn).not.toHaveBeenCalled();
  });

  test('readStoredVersion handles any meta shape', () => {
    expect(readStoredVersion(undefined)).toBe(1);
    expect(readStoredVersion({})).toBe(1);
    expect(readStoredVersion({ v: 3 })).toBe(3);
    expect(readStoredVersion({ v: -1e9 })).toBeNull();
    expect(readStoredVersion('x')).toBeNull();
  });
});

describe('writes', () => {
  test('setValue stores the value with version 1 and refuses invalid values', async () => {
    await hoverDelayMsItem.setValue(400);
    expect(await fakeBrowser.storage.local.get(['hoverDelayMs', 'hoverDelayMs$'])).toEqual({
      hoverDelayMs: 400,
      hoverDelayMs$: { v: 1 },
    });
    await expect(hoverDelayMsItem.setValue(5000)).rejects.toThrow(TypeError);
    await expect(disabledSitesItem.setValue(['not a host'])).rejects.toThrow(TypeError);
    // @ts-expect-error: the type system refuses it too
    await expect(highlightStyleItem.setValue('blink')).rejects.toThrow(TypeError);
    expect(await hoverDelayMsItem.getValue()).toBe(400);
  });

  test('setValue over a garbage meta repairs the version', async () => {
    await writeRaw({ chineseScript: 'hans', chineseScript$: 'junk' });
    await chineseScriptItem.setValue('twp');
    expect(await chineseScriptItem.getValue()).toBe('twp');
  });

  test('removeValue returns to the default', async () => {
    await enabledItem.setValue(false);
    await enabledItem.removeValue();
    expect(await enabledItem.getValue()).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('watch', () => {
  test('a watcher sees validated values only: garbage arrives as the default', async () => {
    const seen: unknown[] = [];
    const watching = new AbortController();
    highlightStyleItem.watch((v) => seen.push(v), watching.signal);
    await highlightStyleItem.setValue('underline');
    await vi.waitFor(() => expect(seen).toEqual(['underline']));
    await writeRaw({ highlightStyle: { evil: true } });
    await vi.waitFor(() => expect(seen).toEqual(['underline', 'fill']));
    await writeRaw({ highlightStyle: 'nonsense' }); // still invalid -> still 'fill': no callback
    await highlightStyleItem.setValue('underline');
    await vi.waitFor(() => expect(seen).toEqual(['underline', 'fill', 'underline']));
    watching.abort();
    await highlightStyleItem.setValue('fill');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(3);
  });

  test('a watcher is called for its own key only: not for other keys, its version meta or another area', async () => {
    const seen: unknown[] = [];
    const watching = new AbortController();
    highlightStyleItem.watch((v) => seen.push(v), watching.signal);
    await writeRaw({ enabled: false, highlightStyle$: { v: 1, note: 'x' } });
    await fakeBrowser.storage.sync.set({ highlightStyle: 'underline' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);
    await writeRaw({ highlightStyle: 'underline' });
    await vi.waitFor(() => expect(seen).toEqual(['underline']));
    watching.abort();
  });
});

describe('migrations', () => {
  test('a known older version is migrated once and stored at the current version', async () => {
    await writeRaw({ legacyDelay: '300ms' }); // v1 stored a string, no meta
    const item = defineSafeItem<number>({
      key: 'local:legacyDelay',
      fallback: 250,
      version: 2,
      migrations: { 2: (old) => Number.parseInt(String(old), 10) },
      validate: (v): v is number => typeof v === 'number' && Number.isInteger(v),
    });
    expect(await item.getValue()).toBe(300);
    expect(await fakeBrowser.storage.local.get(['legacyDelay', 'legacyDelay$'])).toEqual({
      legacyDelay: 300,
      legacyDelay$: { v: 2 },
    });
    expect(warn).not.toHaveBeenCalled();
  });

  test('a migration that throws or produces garbage leads to the default with a warning', async () => {
    await writeRaw({ legacyA: 'x' });
    const throwing = defineSafeItem<number>({
      key: 'local:legacyA',
      fallback: 1,
      version: 2,
      migrations: {
        2: () => {
          throw new Error('boom');
        },
      },
      validate: (v): v is number => typeof v === 'number',
    });
    expect(await throwing.getValue()).toBe(1);
    expect(warn).toHaveBeenCalled();
  });
});

describe('sites', () => {
  test('normalizeSite turns what people type or a tab URL into a hostname', () => {
    expect(normalizeSite('https://Example.com:8080/a?b#c')).toBe('example.com');
    expect(normalizeSite(' www.example.com ')).toBe('www.example.com');
    expect(normalizeSite('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
    expect(normalizeSite('chrome://extensions')).toBeNull();
    expect(normalizeSite('file:///etc/passwd')).toBeNull();
    expect(normalizeSite('javascript:alert(1)')).toBeNull();
    expect(normalizeSite('')).toBeNull();
    expect(normalizeSite('not a host')).toBeNull();
  });

  test('isSiteDisabled matches the site with or without www., and its subdomains', () => {
    expect(isSiteDisabled('example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('www.example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('example.com', ['www.example.com'])).toBe(true);
    expect(isSiteDisabled('news.example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('example.com', ['news.example.com'])).toBe(false);
    expect(isSiteDisabled('badexample.com', ['example.com'])).toBe(false);
    expect(isSiteDisabled('example.org', ['example.com'])).toBe(false);
  });
});

describe('quote language', () => {
  test('each choice is stored and read back; a future version reads as auto', async () => {
    for (const value of ['en', 'zh', 'both', 'auto'] as const) {
      await quoteLanguageItem.setValue(value);
      expect(await quoteLanguageItem.getValue()).toBe(value);
    }
    await expect(quoteLanguageItem.setValue('fr' as never)).rejects.toThrow(TypeError);
    await writeRaw({ quoteLanguage: 'en', quoteLanguage$: { v: 2 } });
    expect(await quoteLanguageItem.getValue()).toBe('auto');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('auto follows the text (or the popup’s interface language); a choice overrides it', () => {
    expect(quoteLanguageFor('auto', 'en')).toEqual({ first: 'en', both: false });
    expect(quoteLanguageFor('auto', 'zh')).toEqual({ first: 'zh', both: false });
    expect(quoteLanguageFor('zh', 'en')).toEqual({ first: 'zh', both: false });
    expect(quoteLanguageFor('en', 'zh')).toEqual({ first: 'en', both: false });
    expect(quoteLanguageFor('both', 'zh')).toEqual({ first: 'zh', both: true });
    expect(quoteLanguageFor('both', 'en')).toEqual({ first: 'en', both: true });
  });
});

describe('script for the text being read', () => {
  test('auto: Traditional text gets Traditional and Simplified text Simplified, whatever the browser language', () => {
    expect(scriptForText('auto', 'hant', 'en-US')).toBe('hant');
    expect(scriptForText('auto', 'hans', 'en-US')).toBe('hans');
    expect(scriptForText('auto', 'hans', 'zh-TW')).toBe('hans');
    expect(scriptForText('auto', 'hant', 'zh-CN')).toBe('hant');
  });

  test('auto: a zh-TW browser reads Traditional text with Taiwan phrasing', () => {
    expect(scriptForText('auto', 'hant', 'zh-TW')).toBe('twp');
    expect(scriptForText('auto', 'hant', 'zh-HK')).toBe('hant');
    expect(scriptForText('auto', 'hant', 'zh-Hant-TW')).toBe('twp');
  });

  test("auto: Traditional text that says it is Taiwan's (lang zh-TW) gets Taiwan phrasing in any browser", () => {
    expect(scriptForText('auto', 'hant', 'en-US', true)).toBe('twp');
    expect(scriptForText('auto', 'hans', 'en-US', true)).toBe('hans');
    expect(scriptForText('hant', 'hant', 'en-US', true)).toBe('hant');
  });

  test('auto: English text (or no text) follows the browser language', () => {
    expect(scriptForText('auto', 'en', 'en-US')).toBe('hans');
    expect(scriptForText('auto', 'en', 'zh-TW')).toBe('twp');
    expect(scriptForText('auto', undefined, 'zh-HK')).toBe('hant');
  });

  test('a chosen script overrides the text', () => {
    expect(scriptForText('hans', 'hant', 'zh-TW')).toBe('hans');
    expect(scriptForText('twp', 'hans', 'en-US')).toBe('twp');
    expect(scriptForText('hant', 'en', 'en-US')).toBe('hant');
  });
});
