/**
 * The text the reader is reading, for lib/i18n/text-script.ts to classify:
 * the paragraph around a term (the hover card's language and script follow
 * it) and the page's title and heading (the popup's script follows them).
 * Both are classified here, in the tab; only the result travels.
 */
import { isTaiwanTag } from '@/lib/settings';

/** Traditional or Simplified, as a language tag names them (zh-Hant, zh-TW, zh-HK: Traditional). */
function scriptOfLang(lang: string): 'hans' | 'hant' {
  return /^zh-(hant|tw|hk|mo)/i.test(lang) ? 'hant' : 'hans';
}

/** What the nearest `lang` says about the Chinese script, or null when it names no Chinese. */
function langScript(element: Element | null): 'hans' | 'hant' | null {
  const lang = element?.closest('[lang]')?.getAttribute('lang') ?? '';
  return /^zh/i.test(lang) ? scriptOfLang(lang) : null;
}

/**
 * The text of the term's paragraph (its first 600 characters), and the guess
 * for text that tells nothing (推理模型 is the same in both scripts). From the
 * term's element up to the first ancestor with 40 characters or more, so a
 * term in its own `<b>`, link or short list item is read with the words around
 * it. The guess is the term's nearest Chinese `lang`, else what the page as a whole
 * is written in (`pageScript`: a term in a Traditional page's header or
 * title, among product names, is Traditional), else the browser's language.
 */
export function textAround(
  range: Range,
  pageScript?: () => 'hans' | 'hant' | null,
): { text: string; chinese: 'hans' | 'hant'; taiwan: boolean } {
  const element = range.startContainer.parentElement;
  let block = element;
  while (block?.parentElement && (block.textContent ?? '').length < 40) block = block.parentElement;
  return {
    text: (block?.textContent ?? '').slice(0, 600),
    chinese: langScript(element) ?? pageScript?.() ?? scriptOfLang(navigator.language),
    taiwan: isTaiwanLang(element),
  };
}

/** The nearest `lang` is Taiwan's (zh-TW, zh-Hant-TW). */
export function isTaiwanLang(element: Element | null): boolean {
  return isTaiwanTag(element?.closest('[lang]')?.getAttribute('lang') ?? '');
}

/**
 * The page's title, first heading and the start of its first paragraphs (about
 * 1000 characters), and the guess from the page's `lang`. The paragraphs
 * matter: a title is often product names only ("vLLM") or has none of the
 * characters that tell the scripts apart.
 */
export function pageSample(doc: Document): { text: string; chinese: 'hans' | 'hant' } {
  let text = `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`;
  // A live collection, read only as far as needed: a page of 200 000 nodes is not listed whole.
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && text.length <= 1000; i++) {
    text += ` ${(paragraphs[i].textContent ?? '').slice(0, 400)}`;
  }
  return { text, chinese: langScript(doc.documentElement) ?? scriptOfLang(navigator.language) };
}
