/**
 * Every concept occurrence found on the page, and the lookups the rest of the
 * content script needs: the hover card's hit-test (which match is under this
 * caret position?), counts for the popup and the badge, and the occurrences
 * of one concept in document order for "reveal".
 *
 * Occurrences are kept per text node, sorted by offset, so a hit-test is one
 * map lookup and a binary search. A match may span several text nodes
 * ("Flash<b>Attention</b>"); it is then listed under each of them.
 *
 * Ranges are `StaticRange`s: a live `Range` is updated by the browser on
 * every DOM mutation of the page (Chromium walks all live ranges of a
 * document on each node removal), so thousands of them would slow the page's
 * own scripts. Entries of text that changes or leaves the document are
 * dropped and the text rescanned instead (see mutations.ts).
 */
import type { ConceptKind } from '@/lib/data-types';

/** One occurrence of a concept in the page. */
export interface MatchEntry {
  conceptId: string;
  kind: ConceptKind;
  /**
   * When the occurrence counts: `always`; only on a page about AI (`ai`: an
   * aiOnly alias such as "MoE" or "Cursor", or a longer match it makes); or
   * only on a page that is not (`not-ai`: a shorter unambiguous match that an
   * aiOnly one covers on an AI page). The page's context is decided over the
   * whole page, so both readings are kept until it is known.
   */
  when: 'always' | 'ai' | 'not-ai';
  /**
   * Found through an aiOnly alias: it does not count once the page has
   * decided the concept's other sense (lib/matcher/context.ts, one sense per
   * discourse), e.g. "AMD" after "age-related macular degeneration".
   */
  ambiguous?: true;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /**
   * Every text node the occurrence touches, in document order; undefined
   * when that is only `startNode` (nearly always: no array per occurrence,
   * ~4 MB less heap for 70,000 of them).
   */
  nodes: Text[] | undefined;
  range: StaticRange;
  /** The element whose nearness to the viewport decides whether the occurrence is painted. */
  block?: Element | null;
}

const KINDS: readonly ConceptKind[] = ['hardware', 'models', 'techniques', 'tools', 'people'];
const WHENS: readonly MatchEntry['when'][] = ['always', 'ai', 'not-ai'];
/** Occurrence.bits: the kind's index in KINDS, the reading's index in WHENS times 8, and this bit for `ambiguous`. */
const AMBIGUOUS = 32;

/**
 * A {@link MatchEntry} whose StaticRange is made the first time it is asked
 * for (when the occurrence is painted, revealed or hovered): most
 * occurrences on a long page are never near the viewport, and a range is
 * about 100 bytes of heap each (70,000 occurrences on the benchmark's 5 M
 * page, tests/bench). It keeps eight fields: the kind, the reading and
 * `ambiguous` share one small integer, and the end node is the last of
 * `nodes` or the start node (three fields fewer were 0.5 MB of the 5 M page's
 * 41,000 entries).
 */
export class Occurrence implements MatchEntry {
  private readonly bits: number;
  private made: StaticRange | undefined = undefined;

  constructor(
    readonly conceptId: string,
    kind: ConceptKind,
    when: MatchEntry['when'],
    readonly startNode: Text,
    readonly startOffset: number,
    /** An offset in the end node: the last of `nodes`, or the start node. */
    readonly endOffset: number,
    readonly nodes: Text[] | undefined,
    readonly block: Element | null,
    ambiguous: true | undefined = undefined,
  ) {
    this.bits = KINDS.indexOf(kind) | (WHENS.indexOf(when) << 3) | (ambiguous ? AMBIGUOUS : 0);
  }

  get kind(): ConceptKind {
    return KINDS[this.bits & 7];
  }

  get when(): MatchEntry['when'] {
    return WHENS[(this.bits >> 3) & 3];
  }

  get ambiguous(): true | undefined {
    return this.bits & AMBIGUOUS ? true : undefined;
  }

  get endNode(): Text {
    const { nodes } = this;
    return nodes ? nodes[nodes.length - 1] : this.startNode;
  }

  get range(): StaticRange {
    this.made ??= new StaticRange({
      startContainer: this.startNode,
      startOffset: this.startOffset,
      endContainer: this.endNode,
      endOffset: this.endOffset,
    });
    return this.made;
  }

  /** The range if it was made (an occurrence never painted has none to take out of a Highlight). */
  get madeRange(): StaticRange | undefined {
    return this.made;
  }
}

function nodesOf(entry: MatchEntry): Text[] {
  return entry.nodes ?? [entry.startNode];
}

/** The occurrence's extent inside one of its nodes. */
function localStart(entry: MatchEntry, node: Text): number {
  return entry.startNode === node ? entry.startOffset : 0;
}
function localEnd(entry: MatchEntry, node: Text): number {
  return entry.endNode === node ? entry.endOffset : node.length;
}

/** All occurrences on the page, with the lookups described above. */
export class MatchIndex {
  /**
   * Each text node's occurrences, sorted by start; a node with one (nearly all) holds the entry itself, not an
   * array of one: 70,000 arrays were 2.2 MB of the 5 M page's heap (tests/bench/page-heap.ts). This map is
   * the only store: a Set of every entry beside it was another 0.6 MB there.
   */
  private readonly byNode = new Map<Text, MatchEntry | MatchEntry[]>();
  private count = 0;

  /** Number of occurrences (active or not). */
  get size(): number {
    return this.count;
  }

  /** Every occurrence, in no particular order (each once: under the first node it touches). */
  *entries(): IterableIterator<MatchEntry> {
    for (const [node, held] of this.byNode) {
      if (!Array.isArray(held)) {
        if (held.startNode === node) yield held;
        continue;
      }
      for (const entry of held) if (entry.startNode === node) yield entry;
    }
  }

  /** Adds one occurrence. Only occurrences of different readings (`when`) of one node may overlap. */
  add(entry: MatchEntry): void {
    this.count++;
    for (const node of nodesOf(entry)) {
      const held = this.byNode.get(node);
      if (held === undefined) {
        this.byNode.set(node, entry);
        continue;
      }
      const start = localStart(entry, node);
      if (!Array.isArray(held)) {
        // A second occurrence: an array of exactly two (a push onto [] or [x] reserves 17 slots).
        this.byNode.set(node, localStart(held, node) > start ? [entry, held] : [held, entry]);
        continue;
      }
      const list = held;
      // Usually appended in order; otherwise insert at the sorted position.
      let i = list.length;
      while (i > 0 && localStart(list[i - 1], node) > start) i--;
      if (i === list.length) list.push(entry);
      else list.splice(i, 0, entry);
    }
  }

  /** Removes one occurrence from every node it touches (nothing when it is not in the index). */
  remove(entry: MatchEntry): void {
    const first = this.byNode.get(entry.startNode);
    if (first !== entry && !(Array.isArray(first) && first.includes(entry))) return;
    this.count--;
    for (const node of nodesOf(entry)) {
      const held = this.byNode.get(node);
      if (held === entry) this.byNode.delete(node);
      if (!Array.isArray(held)) continue;
      const i = held.indexOf(entry);
      if (i >= 0) held.splice(i, 1);
      if (held.length === 0) this.byNode.delete(node);
    }
  }

  /** Drops the occurrences touching `node` (before it is rescanned, or when it changed). Returns them. */
  removeNode(node: Text): MatchEntry[] {
    const held = this.byNode.get(node);
    if (!held) return [];
    const removed = Array.isArray(held) ? held.slice() : [held];
    for (const entry of removed) this.remove(entry);
    return removed;
  }

  /** Drops the occurrences whose text left the document or changed length since it was scanned. Returns them. */
  sweepStale(): MatchEntry[] {
    const removed: MatchEntry[] = [];
    for (const entry of this.entries()) {
      if (
        !entry.startNode.isConnected ||
        entry.nodes?.some((n) => !n.isConnected) ||
        entry.endOffset > entry.endNode.length
      )
        removed.push(entry);
    }
    for (const entry of removed) this.remove(entry);
    return removed;
  }

  /** Forgets everything (page turned off, or a full rescan). */
  clear(): void {
    this.byNode.clear();
    this.count = 0;
  }

  /**
   * The occurrence at a caret position (`caretPositionFromPoint` gives a node
   * and an offset), or null. `accept` filters out occurrences that are not
   * shown (kinds turned off, AI-only ones on a page that is not about AI).
   * An offset equal to an occurrence's end counts as outside it: the caret
   * sits after its last character.
   */
  findAt(node: Node, offset: number, accept: (entry: MatchEntry) => boolean = () => true): MatchEntry | null {
    const held = this.byNode.get(node as Text);
    if (!held) return null;
    const list = Array.isArray(held) ? held : [held];
    const text = node as Text;
    // Last entry whose start <= offset.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (localStart(list[mid], text) <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    // Occurrences of the two readings (`ai` / `not-ai`) may overlap: look at a few before it too.
    for (let i = found; i >= 0 && i > found - 4; i--) {
      const entry = list[i];
      if (offset < localEnd(entry, text) && accept(entry)) return entry;
    }
    return null;
  }

  /** Occurrences of one concept, in document order (for "reveal next occurrence"). */
  occurrencesOf(conceptId: string, accept: (entry: MatchEntry) => boolean = () => true): MatchEntry[] {
    const list: MatchEntry[] = [];
    for (const entry of this.entries()) if (entry.conceptId === conceptId && accept(entry)) list.push(entry);
    return list.sort(compareDocumentOrder);
  }

  /** Occurrence counts per concept. */
  counts(accept: (entry: MatchEntry) => boolean = () => true): Map<string, number> {
    const counts = new Map<string, number>();
    for (const entry of this.entries()) {
      if (accept(entry)) counts.set(entry.conceptId, (counts.get(entry.conceptId) ?? 0) + 1);
    }
    return counts;
  }
}

/** Orders two occurrences by where they start in the document (shadow-tree text sorts by its host's position). */
export function compareDocumentOrder(a: MatchEntry, b: MatchEntry): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  const position = a.startNode.compareDocumentPosition(b.startNode);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
