/**
 * The hover card: shows what Tri Dao said about the concept under the pointer.
 * (Work in progress: the signature is the contract with entrypoints/content/index.ts.)
 */

/** What the content script tells the card about its matches. */
export interface HoverCardOptions {
  /** The match covering this text position, if any (binary search over the page's ranges). */
  findAt(node: Node, offset: number): { conceptId: string; range: Range } | null;
  /** False while highlights are off on this page: the card then never shows. */
  isActive(): boolean;
}

/** Handle returned by installHoverCard so the content script can close or remove the card. */
export interface HoverCardHandle {
  hide(): void;
  destroy(): void;
}

/** Installs the pointer/keyboard listeners that show the card; lazily creates its host element. */
export function installHoverCard(options: HoverCardOptions): HoverCardHandle {
  void options;
  return { hide() {}, destroy() {} };
}
