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
 *
 * It walks text nodes only. A walk over every element too, with a tag-name
 * and shadow-root check on each, cost 3x the plain text walk (4.4 against
 * 1.5 ms on yahoo-2, 11.1 against 5.2 on wikipedia-2, idle machine,
 * 2026-12-01; tests/bench/README.md). What that walk did is done where it
 * matters instead:
 * - text whose parent is a script, a style or another element of
 *   SKIPPED_ELEMENTS (where such text sits) is not read; text deeper inside
 *   a skipped element (an `<svg>` label, an `<option>`) is probed, and
 *   dropped if it flags;
 * - with a term in progress, a text node under another parent has its
 *   ancestors looked up as the precise walk skips them (hidden, editable,
 *   skipped by tag), and a skipped node is stepped over, so the term's
 *   state carries over it exactly as the joined run does;
 * - whitespace-only text between tags (half the text nodes of wikipedia-2)
 *   is not handed to the probe when no term is in progress: no alias starts
 *   with a space, so starting the next node from the root misses nothing;
 * - open shadow roots are found by a walk over the elements alone, before
 *   each root's text (1.5 ms on yahoo-2's 2,500 elements, 2.3 ms on
 *   wikipedia-2's 9,900, at a load average of 5).
 */
import type { Matcher } from '@/lib/matcher';
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from '@/lib/page-text-rules';
import { isSkippedElement, type OwnUiTest } from './scanner';

/** Where runs break, as the scanner has it (blocks, table cells, `<br>` do not matter here: they have no text). */
const BREAKS = new Set([...BLOCK_ELEMENTS, 'td', 'th']);

/** Walks roots in slices and reports the blocks (elements or roots) that need the precise walk. */
export class CandidateWalk {
  private readonly roots: Node[] = [];
  /** The root being walked: its elements first (for shadow roots), then its text. */
  private root: Node | null = null;
  private sweeper: TreeWalker | null = null;
  private walker: TreeWalker | null = null;
  /** The text node the walk stopped at, not looked at yet. */
  private resume: Node | null = null;
  private state = 0;
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  private lastReported: Node | null = null;
  /** The parent of the last text node looked at, and whether its text is stepped over (a script, a style...). */
  private textParent: Node | null = null;
  private parentSkipped = false;
  /** Where the term in progress (a state other than the root) was: a text node, its parent, its block once looked up. */
  private stateNode: Text | null = null;
  private stateParent: Node | null = null;
  private stateBlock: Node | null = null;
  /** Whether an element is skipped as the precise walk skips it (isSkippedElement), per element asked about. */
  private readonly skipped = new Map<Element, boolean>();
  /** Parents of the text read so far (for a progress estimate against the page's element count). */
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
    return this.root === null && this.roots.length === 0;
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
      if (!this.root) {
        const root = this.roots.shift();
        if (root === undefined) {
          this.skipped.clear();
          return true;
        }
        this.root = root;
        this.state = 0;
        this.stateNode = this.stateParent = this.stateBlock = null;
        this.textParent = null;
        this.parentSkipped = false;
        if (root instanceof Element) this.enterShadow(root);
        const doc = root.ownerDocument ?? (root as Document);
        this.sweeper = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
        this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      }
      const sweeper = this.sweeper;
      if (sweeper) {
        for (let node = sweeper.nextNode(); node !== null; node = sweeper.nextNode()) {
          if ((node as Element).shadowRoot) this.enterShadow(node as Element);
          if (++sinceCheck >= 64) {
            sinceCheck = 0;
            if (performance.now() >= deadline) return false;
          }
        }
        this.sweeper = null;
      }
      // The loop keeps its figures in locals (written back when it stops): it runs once per text node of
      // every page, mostly before the JIT has optimized it, where each property access is a lookup.
      const walker = this.walker as TreeWalker;
      let { state, textParent, parentSkipped, stateParent, chars } = this;
      let node = this.resume ?? walker.nextNode();
      for (; node !== null; node = walker.nextNode()) {
        if (++sinceCheck >= 64) {
          sinceCheck = 0;
          if (reported >= maxBlocks || performance.now() >= deadline) break;
        }
        const text = node as Text;
        const parent = text.parentNode;
        if (parent !== textParent) {
          textParent = parent;
          this.elementsVisited++;
          parentSkipped = parent !== null && SKIPPED_ELEMENTS.has((parent as Element).localName);
        }
        if (parentSkipped) continue;
        const data = text.data;
        chars += data.length;
        sinceCheck += data.length >> 8;
        if (state === 0) {
          // Indentation between tags: nothing to find from the root, and no call into the probe.
          if (data.charCodeAt(0) <= 32 && data.trim() === '') continue;
        } else if (parent !== stateParent) {
          // Runs never join across blocks: a term in progress ends with its block. Blocks are looked up
          // only where that matters (a term in progress, a hit): deep pages make the lookup cost.
          this.stateBlock ??= this.blockOf(this.stateNode as Text);
          const block = this.blockOf(text);
          if (block !== this.stateBlock) state = 0;
          // Text the precise walk leaves out (hidden, editable, skipped by tag) is stepped over, so the
          // term's state carries over it exactly as the joined run does.
          else if (this.isSkippedBelow(parent, block, this.stateNode as Text)) continue;
        }
        this.textNodes++;
        const found = matcher.probe(data, state);
        const next = matcher.probeState;
        if (found !== 0 && !this.isInsideSkippedTag(parent)) {
          this.flaggedNodes++;
          const block = this.blockOf(text);
          if (block !== this.lastReported) {
            this.lastReported = block;
            onBlock(block);
            reported++;
          }
        }
        if (next !== 0 && (state === 0 || parent !== stateParent)) {
          this.stateNode = text;
          stateParent = parent;
          this.stateBlock = null;
        }
        state = next;
      }
      this.state = state;
      this.textParent = textParent;
      this.parentSkipped = parentSkipped;
      this.stateParent = stateParent;
      this.chars = chars;
      this.resume = node;
      if (node !== null) return false;
      this.root = this.walker = null;
    }
  }

  /** Queues an element's open shadow root (closed ones are out of reach), unless it is ours or inside a skipped element. */
  private enterShadow(element: Element): void {
    const shadow = element.shadowRoot;
    if (shadow && !this.isOwnUi(element) && !this.isInsideSkippedTag(element.parentNode)) {
      this.roots.push(shadow);
      this.onShadowRoot(shadow);
    }
  }

  /** Whether `node` or an ancestor of it in its tree is one of SKIPPED_ELEMENTS (what an element walk never enters). */
  private isInsideSkippedTag(node: Node | null): boolean {
    for (let up = node; up !== null && up.nodeType === 1; up = up.parentNode) {
      if (SKIPPED_ELEMENTS.has((up as Element).localName)) return true;
    }
    return false;
  }

  /**
   * Whether the precise walk skips `parent` or one of its ancestors below `block` that do not hold `since` (the
   * text the term in progress started in: the ancestors they share were entered before the term, and an element
   * walk looked at none of them). Remembered per element: checkVisibility() is the walk's costliest call.
   */
  private isSkippedBelow(parent: Node | null, block: Node, since: Text): boolean {
    for (let up = parent; up !== null && up !== block && up.nodeType === 1 && !up.contains(since); up = up.parentNode) {
      const element = up as Element;
      let skipped = this.skipped.get(element);
      if (skipped === undefined) {
        skipped = isSkippedElement(element, this.isOwnUi);
        this.skipped.set(element, skipped);
      }
      if (skipped) return true;
    }
    return false;
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
