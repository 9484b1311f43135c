/**
 * Where each quote sits in a turn, in the script being shown, and how to cut
 * the turn's text into paragraphs and segments so every quote can be wrapped
 * in a <mark> even where two quotes overlap. DOM-free (tested in isolation).
 *
 * Why quotes are located by text and not by the generator's offsets: the
 * offsets (`start`/`end`) are into `text.orig`, and the `twp` conversion
 * changes lengths (內存 → 記憶體), so in other scripts the quote's own text is
 * searched for in the turn's text in that script.
 */
import type { Quote, ScriptVariant, Turn } from '@/lib/data-types';

/** A quote's span in the shown text. */
export interface QuoteSpan {
  quoteId: string;
  start: number;
  end: number;
}

/** A run of text covered by the same set of quotes. */
export interface Segment {
  text: string;
  /** Quotes covering this run (empty for plain text). */
  quoteIds: string[];
  /** Quotes that start at this run: their anchors (`#q-<id>`) go here. */
  startsQuotes: string[];
  /** True for the run that starts at the `marker` offset (an unlabeled answer begins). */
  atMarker?: true;
}

/**
 * Where an unlabeled answer starts (`turn.unlabeledAnswer`, an offset into
 * `text.orig`) in the shown script. Same offset where the lengths agree;
 * otherwise the orig-length `hant` text just after the point is looked for in
 * the shown text (shorter and shorter windows, nearest to the scaled offset).
 */
export function markerOffset(turn: Turn, script: ScriptVariant): number | null {
  const point = turn.unlabeledAnswer?.start;
  if (point == null) return null;
  const shown = turn.text[script];
  if (shown.length === turn.text.orig.length) return point;
  const expected = point * (shown.length / turn.text.orig.length);
  const reference = turn.text.hant.length === turn.text.orig.length ? turn.text.hant : turn.text.orig;
  for (const size of [12, 8, 5, 3]) {
    const found = occurrences(shown, reference.slice(point, point + size));
    if (found.length) return found.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected))[0];
  }
  return Math.round(expected);
}

/** Every start index of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Locates each quote in `turn.text[script]`. Where the quote's text occurs more
 * than once, the occurrence nearest to its original position (scaled to the
 * shown text's length) wins. Quotes that can't be found are left out (the
 * turn's own anchor still leads there).
 */
export function locateQuotes(turn: Turn, quotes: readonly Quote[], script: ScriptVariant): QuoteSpan[] {
  const shown = turn.text[script];
  const scale = turn.text.orig.length ? shown.length / turn.text.orig.length : 1;
  const spans: QuoteSpan[] = [];
  for (const quote of quotes) {
    if (script === 'orig') {
      spans.push({ quoteId: quote.id, start: quote.start, end: quote.end });
      continue;
    }
    const needle = quote.text[script];
    const expected = quote.start * scale;
    const best = occurrences(shown, needle).sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected))[0];
    if (best !== undefined) spans.push({ quoteId: quote.id, start: best, end: best + needle.length });
    else if (shown.length === turn.text.orig.length)
      spans.push({ quoteId: quote.id, start: quote.start, end: quote.end });
  }
  return spans;
}

/**
 * Cuts `text` into paragraphs (at "\n") of segments, split wherever a quote
 * starts or ends, so overlapping quotes become consecutive marks.
 */
export function segmentText(text: string, spans: readonly QuoteSpan[], marker: number | null = null): Segment[][] {
  const cuts = new Set<number>([0, text.length]);
  if (marker != null && marker > 0 && marker < text.length) cuts.add(marker);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    cuts.add(i);
    cuts.add(i + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const paragraphs: Segment[][] = [[]];
  const started = new Set<string>();
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k];
    const to = points[k + 1];
    const piece = text.slice(from, to);
    if (piece === '\n') {
      paragraphs.push([]);
      continue;
    }
    const covering = spans.filter((s) => s.start <= from && s.end >= to && s.end > s.start);
    const startsHere = covering.filter((s) => !started.has(s.quoteId)).map((s) => s.quoteId);
    for (const id of startsHere) started.add(id);
    const segment: Segment = { text: piece, quoteIds: covering.map((s) => s.quoteId), startsQuotes: startsHere };
    if (from === marker) segment.atMarker = true;
    paragraphs[paragraphs.length - 1].push(segment);
  }
  return paragraphs;
}
