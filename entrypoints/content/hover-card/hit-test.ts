/**
 * Finds the character under the pointer. Caret APIs answer with the nearest
 * caret position even when the pointer is over blank space (past the end of
 * a line, between paragraphs), so the character on either side of the caret
 * is checked against its own glyph box before it counts as "under the pointer".
 * (The same approach as 10ten-ja-reader's get-cursor-position.ts.)
 */

/** A character under the pointer: its text node and UTF-16 offset. */
export interface TextHit {
  node: Text;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** Open shadow roots on the path to the point, so caretPositionFromPoint may enter them (Chrome 128+). */
function shadowRootsAt(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let el = doc.elementFromPoint(x, y);
  while (el?.shadowRoot && roots.length < 8) {
    const root = el.shadowRoot;
    roots.push(root);
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return roots;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const roots = shadowRootsAt(doc, x, y);
    const pos =
      roots.length > 0 ? d.caretPositionFromPoint(x, y, { shadowRoots: roots }) : d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** True when (x, y) lies in one of the client rects of the character at `offset`. */
function glyphContains(text: Text, offset: number, x: number, y: number): boolean {
  const range = text.ownerDocument.createRange();
  range.setStart(text, offset);
  range.setEnd(text, offset + 1);
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** The character under (x, y) in client coordinates, or null over blank space, images or controls. */
export function textAtPoint(doc: Document, x: number, y: number): TextHit | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const text = caret.node as Text;
  // The caret sits between two characters: the pointer is over the one before it or the one after it.
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (offset >= 0 && offset < text.length && glyphContains(text, offset, x, y)) return { node: text, offset };
  }
  return null;
}
