/**
 * The hover card: rest the pointer on a highlighted concept and read what
 * Tri Dao said about it. This module wires the controller to the browser:
 * the real hit test, card data from the background, the i18n strings and the
 * settings (Chinese script, dwell delay), watched so a change applies live.
 */
import { browser } from 'wxt/browser';
import { chineseScriptItem, hoverDelayMsItem, resolveChineseScript, type ChineseScriptSetting } from '@/lib/settings';
import { createCardLoader } from './card-data';
import { createHoverCard, type HoverCardOptions } from './controller';
import { textAtPoint } from './hit-test';
import type { Translate } from './render';

export type { HoverCardOptions } from './controller';
export { HOVER_CARD_HOST_TAG } from './host';

/** Handle returned by installHoverCard so the content script can close or remove the card. */
export interface HoverCardHandle {
  hide(): void;
  destroy(): void;
}

/** Dwell delays outside this range are treated as damaged settings. */
const MAX_DELAY_MS = 5000;

function validDelay(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_DELAY_MS ? value : 250;
}

function scriptFor(setting: ChineseScriptSetting | null | undefined) {
  const valid = setting === 'hans' || setting === 'hant' || setting === 'twp' ? setting : 'auto';
  return resolveChineseScript(valid, navigator.language);
}

const translate: Translate = (key, substitutions) =>
  (browser.i18n.getMessage as (key: string, substitutions?: string[]) => string)(key, substitutions) || key;

/** Installs the pointer/keyboard listeners that show the card; its host element is created on first show. */
export function installHoverCard(options: HoverCardOptions): HoverCardHandle {
  const card = createHoverCard(options, {
    doc: document,
    hitTest: (x, y) => textAtPoint(document, x, y),
    loadCard: createCardLoader((request) => browser.runtime.sendMessage(request)),
    openTranscript(anchor) {
      browser.runtime.sendMessage({ type: 'open-transcript', anchor }).catch((error: unknown) => {
        console.warn('[tri-dao-lens] could not open the transcript', error);
      });
    },
    t: translate,
    language: browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en',
    script: scriptFor('auto'),
    delayMs: 250,
    schedule: (callback) => requestAnimationFrame(callback),
  });

  void chineseScriptItem.getValue().then((value) => card.setScript(scriptFor(value)));
  void hoverDelayMsItem.getValue().then((value) => card.setDelayMs(validDelay(value)));
  const unwatchScript = chineseScriptItem.watch((value) => card.setScript(scriptFor(value)));
  const unwatchDelay = hoverDelayMsItem.watch((value) => card.setDelayMs(validDelay(value)));

  return {
    hide: () => card.hide(),
    destroy() {
      unwatchScript();
      unwatchDelay();
      card.destroy();
    },
  };
}
