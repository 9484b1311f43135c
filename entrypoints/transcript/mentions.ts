/**
 * Which concepts each turn names, so a turn's chips also show concepts it
 * mentions without a ranked quote there.
 *
 * Why not the content script's matcher: compiling its automaton (all alias
 * variants) took 80–340 ms on this project's machine, a visible stall on a
 * page that only ever reads one fixed text. The interview is about AI systems
 * throughout, so no context rule is needed, and its Simplified text is
 * already there: a direct search of each alias (Chinese aliases as
 * substrings of the Simplified and original text, Latin ones on word
 * boundaries, case-insensitive unless the alias says otherwise) is enough and
 * takes a few milliseconds.
 */
import type { AliasTable, Interview } from '@/lib/data-types';

const HAS_CJK = /[\u3400-\u9fff]/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One test per alias: a substring test for Chinese, a word-bounded regular expression for Latin. */
function aliasTest(alias: { text: string; caseSensitive?: boolean }): (orig: string, hans: string) => boolean {
  if (HAS_CJK.test(alias.text)) return (orig, hans) => hans.includes(alias.text) || orig.includes(alias.text);
  const re = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(alias.text)}(?![A-Za-z0-9])`, alias.caseSensitive ? '' : 'i');
  return (orig) => re.test(orig);
}

/** Concept ids named in each turn (by turn id), in the table's concept order. */
export function conceptMentions(interview: Interview, table: AliasTable): Map<string, string[]> {
  const tests = table.concepts.map((c) => ({ id: c.id, tests: c.aliases.map(aliasTest) }));
  const byTurn = new Map<string, string[]>();
  for (const turn of interview.turns) {
    const ids = tests.filter((c) => c.tests.some((test) => test(turn.text.orig, turn.text.hans))).map((c) => c.id);
    if (ids.length) byTurn.set(turn.id, ids);
  }
  return byTurn;
}
