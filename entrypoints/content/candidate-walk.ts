/**
 * The full scan's first pass: a native walk over the page's text that asks
 * the matcher, node by node, whether anything could be found there
 * (`Matcher.probe`, which allocates nothing), and hands on only the blocks
 * where something could. Most text on most pages matches nothing, and on it
 * this pass costs little more than reading the text: no joining into runs,
 * no visibility, attribute or editability checks, no arrays per node.
 *
 * The blocks it reports are then collected precisely by a
 * {@link TextRunCollector} (visibility, hidden and editable content, block
 * breaks, the context rule), so what is found is exactly what a full
 * precise walk would find:
 * - a candidate or signal inside one text node is seen by the probe there
 *   (an edge of the node counts as a word boundary, so the probe says yes
 *   at least as often as the joined text does);
 * - a term that crosses nodes ("Flash<b>Attention</b>") is seen where it
 *   ends, because the probe carries the automaton's state from node to
 *   node as if the text were joined, and the node it starts in is in the
 *   same block;
 * - a node that ends inside a term in progress (a prefix of an alias) has
 *   its block checked too, because text the precise walk skips (hidden or
 *   editable elements) may sit between it and the rest of the term.
 * Scripts, styles and the other elements of SKIPPED_ELEMENTS are stepped
 * over with their subtrees here already (by tag name, which costs nothing).
 */
import type { Matcher } from '@/lib/matcher';
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from '@/lib/page-text-rules';
import { isSkippedElement, type OwnUiTest } from './scanner';

/** Where runs break, as the scanner has it (blocks, table cells, `<br>` do not matter here: they have no text). */
const BREAKS = new Set([...BLOCK_ELEMENTS, 'td', 'th']);

/** Walks roots in slices and reports the blocks (elements or roots) that need the precise walk. */
export class CandidateWalk {
  private readonly roots: Node[] = [];
  private walker: TreeWalker | null = null;
  /** The walker's next node to look at (already stepped to). */
  private next: Node | null = null;
  private state = 0;
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  private lastReported: Node | null = null;
  /** Where the term in progress (a state other than the root) was: a text node, its parent, its block once looked up. */
  private stateNode: Text | null = null;
  private stateParent: Node | null = null;
  private stateBlock: Node | null = null;
  /** Elements and text nodes stepped over so far (for a progress estimate). */
  elementsVisited = 0;
  /** Characters of text read so far. */
  chars = 0;
  /** Text nodes probed, and how many of them led to a block being reported (figures for the benchmarks). */
  textNodes = 0;
  flaggedNodes = 0;

  constructor(
    private readonly matcher: Matcher,
    private readonly isOwnUi: OwnUiTest,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {}

  add(root: Node): void {
    this.roots.push(root);
  }

  get done(): boolean {
    return this.walker === null && this.roots.length === 0;
  }

  /**
   * Walks until `deadline` (a `performance.now()` time) or until it reported
   * `maxBlocks` blocks, whichever comes first; true when everything is walked.
   */
  walk(deadline: number, onBlock: (block: Node) => void, maxBlocks = 16): boolean {
    const { matcher } = this;
    let sinceCheck = 0;
    let reported = 0;
    for (;;) {
      if (!this.walker) {
        const root = this.roots.shift();
        if (root === undefined) return true;
        this.state = 0;
        this.stateNode = this.stateParent = this.stateBlock = null;
        if (root instanceof Element) this.enterShadow(root);
        const doc = root.ownerDocument ?? (root as Document);
        this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        this.next = this.walker.nextNode();
      }
      const walker = this.walker;
      let node = this.next;
      while (node !== null) {
        if (node.nodeType === 3) {
          const text = node as Text;
          const data = text.data;
          this.textNodes++;
          this.chars += data.length;
          // Runs never join across blocks: a term in progress ends with its block. Blocks are looked up
          // only where that matters (a term in progress, a hit): deep pages make the lookup cost.
          if (this.state !== 0 && text.parentNode !== this.stateParent) {
            this.stateBlock ??= this.blockOf(this.stateNode as Text);
            if (this.blockOf(text) !== this.stateBlock) this.state = 0;
          }
          const found = matcher.probe(data, this.state);
          const state = matcher.probeState;
          if (found !== 0) {
            this.flaggedNodes++;
            const block = this.blockOf(text);
            if (block !== this.lastReported) {
              this.lastReported = block;
              onBlock(block);
              reported++;
            }
          }
          if (state !== 0 && (this.state === 0 || text.parentNode !== this.stateParent)) {
            this.stateNode = text;
            this.stateParent = text.parentNode;
            this.stateBlock = null;
          }
          this.state = state;
          sinceCheck += 1 + (data.length >> 8);
          node = walker.nextNode();
        } else {
          const element = node as Element;
          this.elementsVisited++;
          // With a term in progress, an element the precise walk skips (hidden, editable) is skipped here
          // too, so the term's state carries over it exactly as the joined run does. Otherwise what is
          // inside is probed like the rest: a hit there only costs the precise walk a look at its block.
          if (
            SKIPPED_ELEMENTS.has(element.localName) ||
            (this.state !== 0 && isSkippedElement(element, this.isOwnUi))
          ) {
            // Past the subtree: the next sibling of the node or of its nearest ancestor that has one.
            do node = walker.nextSibling();
            while (!node && walker.parentNode());
          } else {
            if (element.shadowRoot) this.enterShadow(element);
            node = walker.nextNode();
          }
        }
        if (++sinceCheck >= 64) {
          sinceCheck = 0;
          if (reported >= maxBlocks || performance.now() >= deadline) {
            this.next = node;
            if (node === null) this.walker = null;
            return this.done;
          }
        }
      }
      this.walker = null;
    }
  }

  private enterShadow(element: Element): void {
    const shadow = element.shadowRoot;
    if (shadow && !this.isOwnUi(element)) {
      this.roots.push(shadow);
      this.onShadowRoot(shadow);
    }
  }

  /** The nearest block ancestor of a text node (or the root it is in), as the scanner joins runs by. */
  private blockOf(text: Text): Node {
    const parent = text.parentNode;
    if (parent === this.lastParent && this.lastBlock) return this.lastBlock;
    let block: Node | null = parent;
    while (block && block.nodeType === 1 && !BREAKS.has((block as Element).localName)) block = block.parentNode;
    this.lastParent = parent;
    this.lastBlock = block ?? text;
    return this.lastBlock;
  }
}
