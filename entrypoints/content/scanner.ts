/**
 * Collects the text a reader sees, as "runs" the matcher can search.
 *
 * A run is the text of consecutive text nodes inside one block (a paragraph,
 * a list item, a table cell…), joined without separators, so that a term
 * split by inline markup ("Flash<b>Attention</b>", "<a>KV</a> cache") is
 * still one string. Runs break at block elements (by tag name: computing
 * styles for every element would cost too much on large pages), at `<br>`,
 * `<hr>`, table cells and shadow-root boundaries. The known cost of the
 * tag-name rule: two `display:block` spans (e.g. menu items) are joined, which
 * can only fuse two words into one (the matcher's word boundaries then find
 * nothing there) or, rarely, make a term out of two labels.
 *
 * What is skipped, with everything inside: the elements of
 * `SKIPPED_ELEMENTS` (`lib/page-text-rules.ts`, the list the Node side
 * `tests/tools/text-extract.ts` uses too), `[hidden]`, `aria-hidden="true"`,
 * `[contenteditable]` (what the user types is never marked), `display:none`
 * and `visibility:hidden` (through `checkVisibility()` where the browser has
 * it) and the extension's own UI.
 * Open shadow roots are walked too (closed ones cannot be reached).
 *
 * The walk is resumable: {@link TextRunCollector.collect} stops at a deadline
 * and continues on the next call, so a big page is scanned in slices.
 */
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from '@/lib/page-text-rules';

/** Text the matcher searches, and where each character lives in the DOM. */
export interface TextRun {
  /** The text nodes, in document order. */
  nodes: Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]`'s data begins. */
  starts: number[];
  /** The nodes' data, concatenated. */
  text: string;
  /** The block (element or shadow root) the run is in: the highlighter paints by block. */
  block?: Node | null;
}

/** The scanner's line breaks: blocks, and also table cells and `<br>` (the run ends there). */
const BREAKS = new Set([...BLOCK_ELEMENTS, 'td', 'th', 'br']);

/** Tells whether an element is the extension's own UI (its shadow host), which is never scanned. */
export type OwnUiTest = (element: Element) => boolean;

/** Whether the element, by itself, hides its subtree from the reader or must not be touched. */
export function isSkippedElement(element: Element, isOwnUi: OwnUiTest): boolean {
  if (SKIPPED_ELEMENTS.has(element.localName)) return true;
  if (isOwnUi(element)) return true;
  if (element.hasAttribute('hidden')) return true;
  const ariaHidden = element.getAttribute('aria-hidden');
  if (ariaHidden !== null && ariaHidden.trim().toLowerCase() === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.trim().toLowerCase() !== 'false') return true;
  return !isDisplayed(element);
}

/**
 * Whether the element is shown: it generates boxes and is not
 * `visibility: hidden` (closed menus and pop-ups often are; their text would
 * count in the popup while nobody sees it). `checkVisibility()` (Chrome 121+
 * for the option, Firefox 122+) answers from computed style without layout.
 * It also says false for `display: contents`, whose children are shown, so
 * that case is checked again with the computed style (rare, so cheap). A
 * visible child of a `visibility: hidden` element is skipped with it (rare).
 */
function isDisplayed(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean })
    .checkVisibility;
  if (typeof check !== 'function') return true;
  if (check.call(element, { visibilityProperty: true })) return true;
  const view = element.ownerDocument.defaultView;
  if (view === null) return false;
  const style = view.getComputedStyle(element);
  return style.display === 'contents' && style.visibility === 'visible';
}

/**
 * Whether a node sits inside something the scanner skips (used for mutation
 * roots, which are scanned on their own without walking down from the body).
 */
export function isInsideSkipped(node: Node, isOwnUi: OwnUiTest): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el, isOwnUi)) return true;
    if (!el.parentElement) {
      const root = el.getRootNode();
      if (root instanceof ShadowRoot) {
        el = root.host;
        if (isSkippedElement(el, isOwnUi)) return true;
      }
    }
  }
  return false;
}

/**
 * Walks one or more roots (the body, open shadow roots found on the way, or
 * subtrees added later) and hands out {@link TextRun}s in slices.
 */
export class TextRunCollector {
  private readonly roots: Node[] = [];
  private walker: TreeWalker | null = null;
  private current: { nodes: Text[]; starts: number[]; parts: string[]; length: number; block: Node | null } =
    TextRunCollector.emptyRun();
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;

  /**
   * @param isOwnUi tells the extension's own elements apart.
   * @param onShadowRoot is told of every open shadow root met (to observe its mutations and style its highlights).
   */
  constructor(
    private readonly isOwnUi: OwnUiTest,
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => undefined,
  ) {}

  private static emptyRun() {
    return {
      nodes: [] as Text[],
      starts: [] as number[],
      parts: [] as string[],
      length: 0,
      block: null as Node | null,
    };
  }

  /** Queues a subtree (an element, a text node, a document body or a shadow root) for scanning. */
  add(root: Node): void {
    this.roots.push(root);
  }

  /** Whether everything queued has been walked. */
  get done(): boolean {
    return this.walker === null && this.roots.length === 0;
  }

  /** Elements walked so far (for a progress estimate against the page's element count). */
  elementsVisited = 0;

  /**
   * Walks until `deadline` (a `performance.now()` time), handing each
   * completed run to `onRun` as it goes (so matching counts against the same
   * slice), and continues where it stopped on the next call. Time is checked
   * every few dozen nodes or few KB of text. Returns true when everything queued is walked.
   */
  collect(deadline: number, onRun: (run: TextRun) => void): boolean {
    let sinceCheck = 0;
    for (;;) {
      if (!this.walker) {
        const root = this.roots.shift();
        if (root === undefined) break;
        this.flush(onRun);
        if (root instanceof Text) {
          this.append(root, onRun);
          this.flush(onRun);
          continue;
        }
        // The walker visits a root's descendants, not the root: a root that hosts a shadow tree is seen here.
        if (root instanceof Element) this.enterShadow(root);
        this.walker = this.createWalker(root);
      }
      const node = this.nextShown(this.walker);
      if (node === null) {
        this.walker = null;
        this.flush(onRun);
        continue;
      }
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        this.append(text, onRun);
        // Matching costs more than stepping over an element, in proportion to the text.
        sinceCheck += 2 + (text.length >> 7);
      } else {
        const element = node as Element;
        this.elementsVisited++;
        if (BREAKS.has(element.localName)) this.flush(onRun);
        this.enterShadow(element);
      }
      if (++sinceCheck >= 32) {
        sinceCheck = 0;
        if (performance.now() >= deadline) break;
      }
    }
    if (this.done) this.flush(onRun);
    return this.done;
  }

  /** Queues an element's open shadow root (closed ones are out of reach) and reports it. */
  private enterShadow(element: Element): void {
    const shadow = element.shadowRoot;
    if (shadow && !this.isOwnUi(element)) {
      this.roots.push(shadow);
      this.onShadowRoot(shadow);
    }
  }

  /**
   * The walker has no filter: Chromium calling a JS `acceptNode` for every
   * element tripled the walk's cost (22 against 7.5 ms on wikipedia-2, see
   * tests/bench/page-walk-variants.ts). Skipped elements are stepped over here
   * instead, with their subtrees, as FILTER_REJECT would.
   */
  private createWalker(root: Node): TreeWalker {
    return (root.ownerDocument ?? (root as Document)).createTreeWalker(
      root,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    );
  }

  /** The walker's next node that is not skipped nor inside a skipped element, or null at the end. */
  private nextShown(walker: TreeWalker): Node | null {
    let node = walker.nextNode();
    while (node && node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element, this.isOwnUi)) {
      // Past the subtree: the next sibling of the node or of its nearest ancestor that has one (parentNode() is null at the root).
      do node = walker.nextSibling();
      while (!node && walker.parentNode());
    }
    return node;
  }

  /** The nearest block ancestor of a text node: text nodes with the same one may be joined. */
  private blockOf(text: Text): Node | null {
    const parent = text.parentNode;
    if (parent === this.lastParent) return this.lastBlock;
    let block: Node | null = parent;
    while (block && block instanceof Element && !BREAKS.has(block.localName)) block = block.parentNode;
    this.lastParent = parent;
    this.lastBlock = block;
    return block;
  }

  private append(text: Text, out: (run: TextRun) => void): void {
    const block = this.blockOf(text);
    if (this.current.nodes.length > 0 && this.current.block !== block) this.flush(out);
    const data = text.data;
    this.current.block = block;
    this.current.nodes.push(text);
    this.current.starts.push(this.current.length);
    this.current.parts.push(data);
    this.current.length += data.length;
  }

  private flush(out: (run: TextRun) => void): void {
    const run = this.current;
    if (run.nodes.length === 0) return;
    this.current = TextRunCollector.emptyRun();
    // A run of whitespace only (indentation between tags) has nothing to find.
    if (run.parts.length === 1 && run.parts[0].trim() === '') return;
    out({ nodes: run.nodes, starts: run.starts, text: run.parts.join(''), block: run.block });
  }
}

/**
 * Maps an offset in a run's text to a position in one of its nodes. At a
 * boundary between nodes, a start goes to the next node and an end to the
 * previous one, so a range never begins or ends on an empty stretch.
 */
export function positionInRun(run: TextRun, offset: number, isEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = run;
  let lo = 0;
  let hi = starts.length - 1;
  // Find the last node whose start is < offset (for ends) or <= offset (for starts).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid];
    if (isEnd ? s < offset : s <= offset) lo = mid;
    else hi = mid - 1;
  }
  // Skip empty nodes at a start boundary (lengths as scanned: starts[i + 1] - starts[i]).
  while (!isEnd && lo < nodes.length - 1 && offset >= starts[lo + 1]) lo++;
  return { node: nodes[lo], offset: offset - starts[lo] };
}
