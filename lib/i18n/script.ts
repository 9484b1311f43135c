/**
 * The reader's Chinese script (简 / 繁 / 繁 with Taiwan phrasing) as a Preact
 * hook: read once from extension storage and followed through `watch`, so a
 * switch made in the popup reaches an open transcript page (and the other way
 * round) at once, without a reload.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  chineseScriptItem,
  quoteLanguageItem,
  scriptForText,
  type ChineseScriptSetting,
  type QuoteLanguageSetting,
} from '@/lib/settings';
import type { TextScript } from './text-script';
import { uiLanguage } from './index';
import type { DisplayScript } from './lang';

export type { DisplayScript } from './lang';

/** The current setting and what it resolves to, plus a setter that stores it. */
export interface ChineseScriptState {
  setting: ChineseScriptSetting;
  script: DisplayScript;
  /** False until storage has answered (the first render uses the browser's language). */
  loaded: boolean;
  setSetting(setting: ChineseScriptSetting): Promise<void>;
}

/**
 * Follows `chineseScriptItem`; the first render shows the browser language's script, not a blank.
 * `text` is what the reader is reading (the popup: the page it was opened on), which `auto` follows, and
 * `taiwan` whether that page says it is Taiwan's (its Traditional text then gets Taiwan phrasing).
 */
export function useChineseScript(text?: TextScript, taiwan = false): ChineseScriptState {
  const [setting, setLocal] = useState<ChineseScriptSetting>('auto');
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const mounted = new AbortController();
    const { signal } = mounted;
    chineseScriptItem
      .getValue()
      .then((value) => {
        if (signal.aborted) return;
        setLocal(value);
        setLoaded(true);
      })
      .catch(() => !signal.aborted && setLoaded(true));
    chineseScriptItem.watch((value) => setLocal(value), signal);
    return () => mounted.abort();
  }, []);
  const setSetting = useCallback(async (value: ChineseScriptSetting) => {
    setLocal(value); // at once here; other pages follow through watch
    await chineseScriptItem.setValue(value);
  }, []);
  return { setting, script: scriptForText(setting, text, uiLanguage(), taiwan), loaded, setSetting };
}

/** Follows `quoteLanguageItem` (the language of Tri Dao's words; `auto` until storage answers). */
export function useQuoteLanguage(): QuoteLanguageSetting {
  const [setting, setSetting] = useState<QuoteLanguageSetting>('auto');
  useEffect(() => {
    const mounted = new AbortController();
    void quoteLanguageItem.getValue().then((value) => !mounted.signal.aborted && setSetting(value));
    quoteLanguageItem.watch(setSetting, mounted.signal);
    return () => mounted.abort();
  }, []);
  return setting;
}
