/**
 * The page scan as the content script starts it: the matcher's input asked
 * for once (from the background, which bundles it: data/generated/
 * content-matcher.json), the matcher made on the first scan (never on pages
 * where the extension is off), one {@link Highlighter} and one
 * {@link Annotator} on the document. index.ts adds settings, messages and
 * the hover card around it; the page-scan benchmark (tests/bench/) starts
 * the scan through this same function, so it measures what ships.
 */
import type { ConceptKind } from '@/lib/data-types';
import { ruledMatcherFrom } from '@/lib/matcher/rules';
import { isPackedMatcherInput, type PackedMatcherInput } from '@/lib/matcher/packed';
import { Annotator } from './annotator';
import { Highlighter } from './highlighter';

/** The extension's own elements (the hover card's host) are custom elements named tri-dao-lens-*. */
export const isOwnUi = (element: Element): boolean => element.localName.startsWith('tri-dao-lens');

/** The scan's parts, wired; nothing runs until `annotator.start()`. */
export function createPageScan(
  doc: Document,
  onChange: () => void,
  loadInput: () => Promise<PackedMatcherInput | null | undefined>,
): {
  annotator: Annotator;
  highlighter: Highlighter;
  /** The matcher's Traditional-to-Simplified fold table, once the input has come (the card's classifier uses it). */
  hantToHans(): Record<string, string> | null;
} {
  const kinds = new Map<string, ConceptKind>();
  let packed: PackedMatcherInput | null = null;
  const highlighter = new Highlighter(doc);
  const annotator = new Annotator({
    doc,
    prepareMatcher: async () => {
      const ask = () => loadInput().catch(() => null);
      // A background that is still starting (a browser just launched) may miss the first ask: one more, a second later.
      let input = await ask();
      if (!input)
        input = await new Promise<PackedMatcherInput | null | undefined>((resolve) =>
          setTimeout(() => resolve(ask()), 1000),
        );
      if (!isPackedMatcherInput(input)) throw new Error('no matcher input from the background');
      packed = input;
      for (const [i, id] of input.conceptIds.entries()) kinds.set(id, input.kinds[i] as ConceptKind);
    },
    matcher: () => ruledMatcherFrom(packed as PackedMatcherInput),
    kinds,
    isOwnUi,
    highlighter,
    onChange,
  });
  return { annotator, highlighter, hantToHans: () => packed?.hantToHans ?? null };
}
