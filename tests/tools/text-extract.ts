/**
 * DOM-free extraction of the text a reader SEES in an HTML document, in
 * document order. The `annotate` CLI and the eval tool use it so that, in
 * Node, they look at the same words the content script scans in a browser
 * (the content script walks the live DOM's text nodes and skips the same
 * kinds of element).
 *
 * Rules (kept in step with what the content script skips):
 * - Skipped with everything inside: the elements of `SKIPPED_ELEMENTS`
 *   (`lib/page-text-rules.ts`, the content script's list, with the reason
 *   for each), any element with the `hidden` attribute, `aria-hidden="true"`,
 *   an inline style with `display:none` or `visibility:hidden|collapse`,
 *   and `[contenteditable]` (other than `contenteditable="false"`): the
 *   extension never annotates what the user is typing.
 * - Whitespace collapses as in normal HTML flow (runs of ASCII whitespace
 *   become one space, none at a block's start or end), except inside `pre`,
 *   `listing`, `plaintext` and elements whose inline style says
 *   `white-space: pre*`, where it is kept verbatim.
 * - A newline separates block-level elements, `<button>`s and `<br>` (as the
 *   content script does); a tab separates
 *   table cells, so words of adjacent blocks or cells never fuse.
 * - Character references (`&amp;`, `&#x4E2D;`, `&nbsp;`) are decoded;
 *   `&nbsp;` stays U+00A0 (HTML does not collapse it).
 *
 * What it cannot know: rules in style sheets (`.sr-only`, `display:none`
 * set by a class). Those texts are extracted although a browser hides them.
 */
import { Parser } from 'htmlparser2';
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from '@/lib/page-text-rules';

/** Table cells: separated by a tab, like `innerText` does. */
const CELL_ELEMENTS = new Set(['td', 'th']);

/** Elements whose whitespace is significant. */
const PREFORMATTED_ELEMENTS = new Set(['pre', 'listing', 'plaintext']);

const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)/i;
const PRE_STYLE = /(?:^|;)\s*white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\b/i;

/** Whether an element, by its own tag or attributes, hides its subtree. */
function hidesSubtree(name: string, attribs: Record<string, string>): boolean {
  if (SKIPPED_ELEMENTS.has(name)) return true;
  if ('hidden' in attribs) return true;
  if ((attribs['aria-hidden'] ?? '').trim().toLowerCase() === 'true') return true;
  if ('contenteditable' in attribs && attribs.contenteditable.trim().toLowerCase() !== 'false') return true;
  const style = attribs.style;
  return style !== undefined && HIDING_STYLE.test(style);
}

/** Where a separator goes between two runs of text: nothing, a space, a tab or a newline (strongest wins). */
enum Gap {
  None = 0,
  Space = 1,
  Tab = 2,
  Newline = 3,
}
const GAP_TEXT = ['', ' ', '\t', '\n'] as const;

/**
 * Returns the visible text of an HTML document or fragment, in document
 * order, following the rules in this module's header. Never throws on any
 * input string (htmlparser2 is forgiving; malformed markup yields text).
 */
export function extractVisibleText(html: string): string {
  const out: string[] = [];
  let hasOutput = false;
  let gap: Gap = Gap.None;
  /** Depth of open elements inside a skipped subtree (0 = visible). */
  let skipDepth = 0;
  /** Open elements, so implied and stray closing tags stay balanced. */
  const stack: { name: string; skips: boolean; pre: boolean }[] = [];
  let preDepth = 0;

  const addGap = (g: Gap): void => {
    if (g > gap) gap = g;
  };

  const emit = (text: string): void => {
    if (text === '') return;
    if (hasOutput && gap !== Gap.None) out.push(GAP_TEXT[gap]);
    gap = Gap.None;
    out.push(text);
    hasOutput = true;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const skips = skipDepth > 0 || hidesSubtree(name, attribs);
        const pre = PREFORMATTED_ELEMENTS.has(name) || (attribs.style !== undefined && PRE_STYLE.test(attribs.style));
        stack.push({ name, skips, pre });
        if (skips) {
          skipDepth++;
          return;
        }
        if (pre) preDepth++;
        if (name === 'br') addGap(Gap.Newline);
        else if (BLOCK_ELEMENTS.has(name)) addGap(Gap.Newline);
        else if (CELL_ELEMENTS.has(name)) addGap(Gap.Tab);
      },
      onclosetag(name) {
        // htmlparser2 reports implied closes too, so the top of the stack is the element closing.
        const top = stack.pop();
        if (top === undefined) return;
        if (top.skips) {
          skipDepth--;
          // A hidden block still ends a line for its neighbours; a hidden
          // inline element shows nothing, so "a<span hidden>x</span>b" reads "ab".
          if (BLOCK_ELEMENTS.has(name)) addGap(Gap.Newline);
          return;
        }
        if (top.pre) preDepth--;
        if (BLOCK_ELEMENTS.has(name)) addGap(Gap.Newline);
        else if (CELL_ELEMENTS.has(name)) addGap(Gap.Tab);
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (preDepth > 0) {
          emit(data);
          return;
        }
        // Collapse ASCII whitespace (not U+00A0) the way CSS `white-space: normal` does.
        const parts = data.split(/[ \t\n\r\f]+/);
        for (let i = 0; i < parts.length; i++) {
          if (i > 0) addGap(Gap.Space);
          emit(parts[i]);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out.join('');
}
