/**
 * Interface strings for the extension pages (popup, transcript, options). The browser
 * picks the `_locales` language from its own UI language; this wrapper adds a
 * fallback to the English messages where `browser.i18n` is unavailable (unit
 * and component tests run with WXT's fake browser, which does not implement it).
 */
import { browser } from 'wxt/browser';
import en from '@/public/_locales/en/messages.json';
import { type CountedMessage, countedKey } from './plural';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const english = en as Record<string, LocaleMessage>;

/** A key of `public/_locales/en/messages.json`, so a typo is a type error. */
export type MessageKey = keyof typeof en;

/** Fills `$NAME$` placeholders the way Chrome does, for the English fallback. */
function fillEnglish(entry: LocaleMessage, subs: string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (!content) return whole;
    return content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** The interface string for `key`, in the browser's language. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  try {
    const message = browser.i18n.getMessage(key, strings);
    if (message) return message;
  } catch {
    // Not available here (tests): fall through to English.
  }
  const entry = english[key];
  return entry ? fillEnglish(entry, strings) : key;
}

/** A counted string ("1 concept", "3 concepts") in the browser's language, by that language's plural rules. */
export function tCount(base: CountedMessage, count: number): string {
  return t(countedKey(base, count, uiLanguage()), count);
}

/** The browser's interface language (BCP 47), e.g. "en-US", "zh-TW". */
export function uiLanguage(): string {
  try {
    const lang = browser.i18n.getUILanguage();
    if (lang) return lang;
  } catch {
    // Not available here (tests).
  }
  return typeof navigator !== 'undefined' ? navigator.language : 'en';
}

/** True when the interface is Chinese: concept names and glosses then show in Chinese first. */
export function isChineseInterface(): boolean {
  return uiLanguage().toLowerCase().startsWith('zh');
}
