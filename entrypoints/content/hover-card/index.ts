/**
 * The hover card: rest the pointer on a highlighted concept and read what
 * Tri Dao said about it. This module wires the controller to the browser:
 * the real hit test, card data from the background, the i18n strings and the
 * settings (Chinese script, quote language, dwell delay, text size), watched so
 * a change applies live. The card follows what the reader is reading: the text
 * around the term decides, under the `auto` settings, whether Tri Dao's words
 * show in English or Chinese first and in which script.
 */
import { browser } from 'wxt/browser';
import type { TextScriptClassifier } from '@/lib/i18n/text-script';
import {
  cardFontSizeItem,
  chineseScriptItem,
  hoverDelayMsItem,
  quoteLanguageFor,
  quoteLanguageItem,
  scriptForText,
  type ChineseScriptSetting,
  type QuoteLanguageSetting,
} from '@/lib/settings';
import { isDarkPage } from '@/entrypoints/content/highlighter';
import { pageSample, textAround } from '@/entrypoints/content/text-around';
import { createCardLoader } from './card-data';
import { type CardMatch, createHoverCard, type HoverCardOptions, type StepPlace } from './controller';
import { textAtPoint } from './hit-test';
import type { Translate } from './render';

export type { CardMatch, HoverCardOptions, StepPlace } from './controller';
export { HOVER_CARD_HOST_TAG } from './host';

/** Handle returned by installHoverCard so the content script can close or remove the card. */
export interface HoverCardHandle {
  hide(): void;
  destroy(): void;
  /** Opens the card on an occurrence the keyboard or the popup landed on (a dialog with focus, announced). */
  openFor(match: CardMatch, place?: StepPlace): void;
}

const translate: Translate = (key, substitutions) =>
  (browser.i18n.getMessage as (key: string, substitutions?: string[]) => string)(key, substitutions) || key;

/** Installs the pointer/keyboard listeners that show the card; its host element is created on first show. */
export function installHoverCard(options: HoverCardOptions, classify: TextScriptClassifier): HoverCardHandle {
  // The settings items validate what they hand out (lib/settings.ts), so values are used as they come.
  let chinese: ChineseScriptSetting = 'auto';
  let quoteLanguage: QuoteLanguageSetting = 'auto';
  const card = createHoverCard(options, {
    doc: document,
    hitTest: (x, y) => textAtPoint(document, x, y),
    loadCard: createCardLoader((request) => browser.runtime.sendMessage(request)),
    openTranscript(anchor, shown) {
      browser.runtime.sendMessage({ type: 'open-transcript', anchor, ...shown }).catch((error: unknown) => {
        console.warn('[tri-dao-lens] could not open the transcript', error);
      });
    },
    t: translate,
    language: browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en',
    viewFor(match) {
      const around = textAround(match.range, () => {
        const page = pageSample(document);
        const script = classify(page.text, page.chinese);
        return script === 'en' ? null : script;
      });
      const text = classify(around.text, around.chinese);
      const { first, both } = quoteLanguageFor(quoteLanguage, text === 'en' ? 'en' : 'zh');
      // English words on a Chinese page (a code block, a line of product names) show English first, and their
      // Chinese, one click away, in the page's script, as the Chinese words around them do.
      const script = scriptForText(chinese, text === 'en' ? around.chinese : text, navigator.language, around.taiwan);
      return { script, quotes: first, both };
    },
    delayMs: hoverDelayMsItem.fallback,
    schedule: (callback) => requestAnimationFrame(callback),
    acceptPointer: (event) => event.isTrusted,
    pageIsDark: () => isDarkPage(document),
  });

  const onScript = (value: ChineseScriptSetting) => {
    chinese = value;
    card.refresh();
  };
  const onQuoteLanguage = (value: QuoteLanguageSetting) => {
    quoteLanguage = value;
    card.refresh();
  };
  void chineseScriptItem.getValue().then(onScript);
  void quoteLanguageItem.getValue().then(onQuoteLanguage);
  void hoverDelayMsItem.getValue().then((value) => card.setDelayMs(value));
  const watching = new AbortController();
  chineseScriptItem.watch(onScript, watching.signal);
  quoteLanguageItem.watch(onQuoteLanguage, watching.signal);
  hoverDelayMsItem.watch((value) => card.setDelayMs(value), watching.signal);
  void cardFontSizeItem.getValue().then((value) => card.setFontSize(value));
  cardFontSizeItem.watch((value) => card.setFontSize(value), watching.signal);

  return {
    hide: () => card.hide(),
    openFor: (match, place) => void card.openFor(match, place),
    destroy() {
      watching.abort();
      card.destroy();
    },
  };
}
