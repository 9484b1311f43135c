/**
 * Which elements hold text a reader sees, and which start a new line: one
 * list for the content script's scanner (in the page) and for the annotate
 * command's HTML extractor (in Node), so that both find the same words.
 * Names are lower case, as `Element.localName` and htmlparser2 give them.
 */

/**
 * Elements whose whole subtree is never page text a reader sees (or may not
 * be touched). This list is the one statement of it; the scanner, the Node
 * extractor and the README point here. Why each is here:
 * - `head`, `title`, `script`, `style`, `noscript`, `template`: not shown as
 *   page text (a browser with scripts on hides `noscript`);
 * - `iframe`, `object`, `embed`, `canvas`, `video`, `audio`: their content
 *   is fallback markup a browser with support never shows;
 * - `svg`, `math`: icon labels and formula source, not prose (and the CSS
 *   Custom Highlight API cannot paint inside SVG text reliably);
 * - `input`, `textarea`, `select`, `option`, `optgroup`, `datalist`: form
 *   controls, what the reader types or picks is never marked (a `button`'s
 *   label is kept);
 * - `rt`, `rp`: ruby annotations, pronunciation that would fuse with the base text;
 * - `frameset`, `noembed`, `noframes`, `xmp`: obsolete elements (frames,
 *   fallback content, raw source listings).
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'input',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'rt',
  'rp',
  'frameset',
  'noembed',
  'noframes',
  'xmp',
]);

/**
 * Elements that start on a new line, so their text never joins the text
 * around them. By tag name: computing styles for every element would cost
 * too much on large pages. Table cells and `<br>` break lines too; each
 * reader of this list treats them in its own way (a tab, a newline).
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'button',
]);
