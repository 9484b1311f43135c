/**
 * What the background does, written against the few browser APIs it needs
 * (passed in), so the unit tests run it with WXT's fake browser in Node:
 * - answers `get-concept-card` from the card store;
 * - `open-transcript`: opens the transcript page at a quote/turn/section anchor;
 * - `page-concepts`: the toolbar badge shows how many distinct concepts the tab's page has, and the
 *   button's title says it in words (what a screen reader reads for the button);
 * - clears a tab's badge when it navigates; forwards the keyboard commands to the active tab.
 * Every message is checked (sender is this extension, exact shape) by lib/message-guards.ts.
 */
import { acceptBackgroundRequest, type SenderLike } from '@/lib/message-guards';
import type { ContentRequest } from '@/lib/messages';
import type { PackedMatcherInput } from '@/lib/matcher/packed';
import type { ConceptCardStore } from './concept-cards';
import type { DisplayScript } from '@/lib/i18n/lang';
import { transcriptPath, type TranscriptLang } from '@/lib/transcript-link';

/** The subset of `browser` the background uses. */
export interface BackgroundApi {
  runtime: { id: string; getURL(path: string): string };
  tabs: {
    create(properties: { url: string; active?: boolean; index?: number; openerTabId?: number }): Promise<unknown>;
    query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: ContentRequest): Promise<unknown>;
  };
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
  };
}

/** A sender as runtime.onMessage gives it (tab index for opening the transcript next to the page). */
export type MessageSender = SenderLike & { tab?: { id?: number; index?: number } };

/** The keyboard commands declared in wxt.config.ts, and what each asks of the page's content script. */
const COMMANDS: Record<string, ContentRequest> = {
  'toggle-highlights': { type: 'toggle-page' },
  'next-concept': { type: 'step-concept', direction: 'next' },
  'previous-concept': { type: 'step-concept', direction: 'previous' },
};

/**
 * The transcript page's URL for a request the guards already validated, in the
 * language and script the card was showing (lib/transcript-link.ts):
 * `/transcript.html?lang=en|zh&script=hans|hant|twp#<anchor>`.
 */
export function transcriptUrl(
  api: Pick<BackgroundApi, 'runtime'>,
  request: { anchor: string; lang?: TranscriptLang; script?: DisplayScript },
): string {
  return api.runtime.getURL(transcriptPath(request) as '/transcript.html');
}

/** How many distinct concepts a page's counts hold (seen at least once). */
function distinctConcepts(counts: Record<string, number>): number {
  return Object.values(counts).filter((count) => count > 0).length;
}

/** Badge text for a page's concept counts: distinct concepts seen at least once, empty for none. */
export function badgeText(counts: Record<string, number>): string {
  const distinct = distinctConcepts(counts);
  return distinct > 0 ? String(distinct) : '';
}

/**
 * The background's listeners, ready to register with runtime.onMessage, tabs.onUpdated and commands.onCommand.
 * `badgeTitle` words the toolbar button's tooltip for a page with that many distinct concepts (0: none
 * found yet, or a new page); it is the extension's i18n, passed in so the router stays testable in Node.
 */
export function createBackgroundRouter(
  api: BackgroundApi,
  loadStore: () => ConceptCardStore | null,
  badgeTitle: (distinct: number) => string = () => '',
  matcherInput: () => PackedMatcherInput | null = () => null,
) {
  function warn(what: string, error: unknown) {
    console.warn(`[tri-dao-lens] ${what}`, error);
  }

  return {
    /**
     * runtime.onMessage listener: a Promise for requests it accepts (the
     * polyfill sends its value as the answer), undefined for the rest so
     * other listeners (or none) answer.
     */
    onMessage(message: unknown, sender: MessageSender | undefined): Promise<unknown> | undefined {
      const request = acceptBackgroundRequest(message, sender, api.runtime.id);
      if (!request) return undefined;
      switch (request.type) {
        case 'get-concept-card':
          return Promise.resolve(loadStore()?.get(request.conceptId) ?? null);
        case 'get-matcher-input':
          return Promise.resolve(matcherInput());
        case 'open-transcript': {
          const tab = sender?.tab;
          const placement =
            typeof tab?.id === 'number' && typeof tab.index === 'number'
              ? { openerTabId: tab.id, index: tab.index + 1 }
              : {};
          return api.tabs.create({ url: transcriptUrl(api, request), active: true, ...placement }).then(
            () => undefined,
            (error: unknown) => warn('could not open the transcript', error),
          );
        }
        case 'page-concepts': {
          // Only the top frame's report sets the badge; the guards ensured a tab.
          if (sender?.frameId !== undefined && sender.frameId !== 0) return Promise.resolve(undefined);
          const tabId = sender?.tab?.id as number;
          return Promise.all([
            api.action.setBadgeText({ tabId, text: badgeText(request.counts) }),
            api.action.setTitle({ tabId, title: badgeTitle(distinctConcepts(request.counts)) }),
          ]).then(
            () => undefined,
            (error: unknown) => warn('could not set the badge', error),
          );
        }
      }
    },

    /** tabs.onUpdated listener: a page load starts a new page, whose concepts are not known yet. */
    onTabUpdated(tabId: number, changeInfo: { status?: string }): void {
      if (changeInfo.status !== 'loading') return;
      api.action.setBadgeText({ tabId, text: '' }).catch((error: unknown) => warn('could not clear the badge', error));
      api.action
        .setTitle({ tabId, title: badgeTitle(0) })
        .catch((error: unknown) => warn('could not reset the badge title', error));
    },

    /** commands.onCommand listener: a shortcut flips highlights or steps through concepts on the active tab's page. */
    async onCommand(command: string, tab?: { id?: number }): Promise<void> {
      const request = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
      if (!request) return;
      let tabId = tab?.id;
      if (typeof tabId !== 'number') {
        const [active] = await api.tabs.query({ active: true, currentWindow: true });
        tabId = active?.id;
      }
      if (typeof tabId !== 'number') return;
      // Pages without our content script (browser pages, the web store) just don't answer.
      await api.tabs.sendMessage(tabId, request).catch((error: unknown) => {
        console.debug('[tri-dao-lens] no content script for the shortcut in this tab', error);
      });
    },
  };
}
