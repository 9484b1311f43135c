/**
 * The text the reader is reading, for lib/i18n/text-script.ts to classify:
 * the paragraph around a term (the hover card's language and script follow
 * it) and the page's title and heading (the popup's script follows them).
 * Both are classified here, in the tab; only the result travels.
 */

/**
 * A guess for Chinese text whose characters are the same in both scripts:
 * Traditional when the element's `lang` (else the browser's language) says so.
 */
function chineseGuess(element: Element | null): 'hans' | 'hant' {
  return /^zh-(hant|tw|hk|mo)/i.test(element?.closest('[lang]')?.getAttribute('lang') || navigator.language)
    ? 'hant'
    : 'hans';
}

/**
 * The text of the term's paragraph (its first 600 characters), and the guess
 * for text that tells nothing. From the term's element up to the first
 * ancestor with 40 characters or more, so a term in its own `<b>`, link or
 * short list item is read with the words around it.
 */
export function textAround(range: Range): { text: string; chinese: 'hans' | 'hant' } {
  let block = range.startContainer.parentElement;
  while (block?.parentElement && (block.textContent ?? '').length < 40) block = block.parentElement;
  return { text: (block?.textContent ?? '').slice(0, 600), chinese: chineseGuess(block) };
}

/** The page's title and first heading, and the guess from the page's `lang`. */
export function pageSample(doc: Document): { text: string; chinese: 'hans' | 'hant' } {
  return {
    text: `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`,
    chinese: chineseGuess(doc.documentElement),
  };
}
