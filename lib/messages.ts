/**
 * The typed messages between the extension's contexts. The content script
 * keeps only the matcher; everything bulky (quotes, glosses, conversion,
 * search) is asked of the background with these messages.
 *
 * Every receiver checks a message's shape before acting on it (see
 * `isBackgroundRequest` / `isContentRequest`), because a message is input.
 */
import type { Bilingual, ConceptKind, Localized, Quote, SourceMeta } from './data-types';
import type { DisplayScript } from '@/lib/i18n/lang';
import type { TextScript } from '@/lib/i18n/text-script';
import type { PackedMatcherInput } from './matcher/packed';

/** What the hover card and the popup show for one concept. */
export interface ConceptCard {
  id: string;
  kind: ConceptKind;
  name: Localized;
  gloss: Localized;
  /** Ranked quotes, best first (1 to 4). */
  quotes: Quote[];
  /** Section titles by slug, in every script and the team's English, for the quotes' sections. */
  sectionTitles: Record<string, Bilingual>;
  source: Pick<SourceMeta, 'podcast' | 'episodeTitle' | 'episodeUrl' | 'host'>;
}

/** Messages the background answers. */
export type BackgroundRequest =
  | { type: 'get-concept-card'; conceptId: string }
  /** The content script reports what it found, for the toolbar badge. */
  | { type: 'page-concepts'; counts: Record<string, number> }
  /**
   * Opens the transcript page at a quote, turn or section anchor (e.g. "q-kv-cache-1"), in the language
   * and script the card was showing: `/transcript.html?lang=en|zh&script=hans|hant|twp#<anchor>`.
   */
  | { type: 'open-transcript'; anchor: string; lang?: 'en' | 'zh'; script?: DisplayScript }
  /**
   * The content script asks for the matcher's input (the prepared tables of
   * lib/matcher/tables.ts, data/generated/content-matcher.json) once per page,
   * before its first scan: 61 KB that stay out of the content script's bundle.
   */
  | { type: 'get-matcher-input' };

/** What the background answers to each request type, so senders get a typed reply. */
export type BackgroundResponse<T extends BackgroundRequest['type']> = T extends 'get-concept-card'
  ? ConceptCard | null
  : T extends 'get-matcher-input'
    ? PackedMatcherInput
    : undefined;

/** What the content script says about its page. */
export interface PageState {
  /** `scanning` while the first pass runs; `off` when turned off here; `disabled-site` for sites the user turned off. */
  status: 'scanning' | 'done' | 'off' | 'disabled-site';
  /** Concepts found, most occurrences first. */
  concepts: { conceptId: string; count: number }[];
  /** False where the browser lacks CSS.highlights (concepts are still listed). */
  highlightsSupported: boolean;
  /**
   * The page's `location.hostname`, so the popup's "Off on this site" works
   * without the `tabs` permission (without it, `tabs.query` hides tab URLs).
   */
  hostname?: string;
  /**
   * What the page is written in, from its title and first lines
   * (lib/i18n/text-script.ts): the popup's Chinese script follows it.
   */
  textScript?: TextScript;
  /** The page says it is Taiwan's (`lang` zh-TW): its Traditional text gets Taiwan phrasing under `auto`. */
  taiwan?: boolean;
  /** While `scanning`: how far the first pass is, 0 to 1, when known. */
  progress?: number;
  /**
   * The content script's own timing (ms), for tests and benchmarks: the
   * longest slice is the longest task the extension ran on the page.
   */
  scanStats?: {
    /** Compiling the matcher at start-up (one task). */
    compileMs?: number;
    fullScanMs: number;
    busyMs: number;
    longestSliceMs: number;
    slices: number;
    mutationBatches: number;
    mutationBusyMs: number;
    mutationLongestSliceMs: number;
    chars: number;
    /** Occurrences painted, per kind (CSS.highlights sizes). */
    painted?: Record<string, number>;
  };
}

/** Messages the content script answers (sent by the popup with tabs.sendMessage). */
export type ContentRequest =
  | { type: 'get-page-state' }
  /** Scrolls to the next occurrence of the concept and flashes it. */
  | { type: 'reveal-concept'; conceptId: string }
  | { type: 'set-page-enabled'; enabled: boolean }
  /** The keyboard command (Alt+Shift+H): flips highlights on this page. */
  | { type: 'toggle-page' }
  /** The keyboard commands for the next / previous concept occurrence: scroll to it, flash it, open its card. */
  | { type: 'step-concept'; direction: 'next' | 'previous' };
