/**
 * The transcript page's address: `/transcript.html?lang=en|zh&script=hans|hant|twp#<anchor>`. Everything that
 * links to the transcript (the hover card's and the popup's "Read in context", search results) builds it here,
 * and the page reads it here, so both sides agree. `lang` picks the language shown first (on a narrow window the
 * only one), `script` the Chinese script for this visit; both may be left out: the page then follows the interface
 * language and the reader's settings. The anchor is `q-<quote>`, `t-<turn>` or `s-<section>`, the same in both
 * languages. Import-free so the content script can use it.
 */

/** The two languages of the transcript: the team's English rendering and QbitAI's Chinese write-up. */
export type TranscriptLang = 'en' | 'zh';
type Script = 'hans' | 'hant' | 'twp';

/** What a link asks the transcript for. */
export interface TranscriptTarget {
  anchor?: string;
  lang?: TranscriptLang;
  script?: Script;
}

const LANGS: readonly string[] = ['en', 'zh'];
const SCRIPTS: readonly string[] = ['hans', 'hant', 'twp'];

/** The path (from the extension's root) of the transcript at `target`, e.g. `/transcript.html?lang=en#q-kv-cache-1`. */
export function transcriptPath(target: TranscriptTarget = {}): string {
  const params: string[] = [];
  if (target.lang) params.push(`lang=${target.lang}`);
  if (target.script) params.push(`script=${target.script}`);
  const query = params.length ? `?${params.join('&')}` : '';
  return `/transcript.html${query}${target.anchor ? `#${target.anchor}` : ''}`;
}

/** What the page's address asks for (`location.search` and `location.hash`); unknown values are ignored. */
export function readTranscriptTarget(search: string, hash: string): TranscriptTarget {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const script = params.get('script');
  const target: TranscriptTarget = {};
  if (lang && LANGS.includes(lang)) target.lang = lang as TranscriptLang;
  if (script && SCRIPTS.includes(script)) target.script = script as Script;
  const anchor = safeDecode(hash.replace(/^#/, ''));
  if (anchor) target.anchor = anchor;
  return target;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
