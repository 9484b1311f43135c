/**
 * Rebuilds the seed text from an `Interview`, following the whitespace rule
 * of parse.ts: elements one per line, `blankLinesBefore` empty lines before
 * an element, a `runIn` turn appended to the previous line with no break,
 * then `seedTail`. The round-trip test uses it to prove the parser loses and
 * invents nothing.
 */
import type { Interview, Scripts, Turn } from '@/lib/data-types';

/** The seed text, byte for byte, from the `orig` script of every part. */
export function reassembleSeed(interview: Interview<Scripts>): string {
  const byId = new Map<string, Turn<Scripts>>(interview.turns.map((t) => [t.id, t]));
  const breakBefore = (blank: number | undefined) => '\n'.repeat(1 + (blank ?? 0));
  let out = interview.title.orig;
  for (const block of interview.lead) out += breakBefore(block.blankLinesBefore) + block.text.orig;
  for (const section of interview.sections) {
    out += breakBefore(section.blankLinesBefore) + section.title.orig;
    for (const id of section.turnIds) {
      const turn = byId.get(id);
      if (!turn) throw new Error(`Section ${section.slug} lists unknown turn ${id}`);
      out += (turn.runIn ? '' : breakBefore(turn.blankLinesBefore)) + turn.label + turn.text.orig;
    }
  }
  return out + (interview.seedTail ?? '');
}
