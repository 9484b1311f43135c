/**
 * The compiled matcher and the one question the sense-rule tests ask of it
 * (`lib/matcher/senses.test.ts`, `other-senses.test.ts`, `rules-recall.test.ts`):
 * which texts does it mark for a concept. Compiled once from the shipped
 * alias table, as the content script's input is.
 */
import { compileMatcher } from '@/data/build/compile-matcher';
import { loadAliasTable } from '@/tests/tools/read-alias-table';

export const matcher = compileMatcher(loadAliasTable());

/** The texts the matcher marks for one concept, in order. */
export const marks = (text: string, conceptId: string) =>
  matcher
    .findAll(text)
    .filter((m) => m.conceptId === conceptId)
    .map((m) => text.slice(m.start, m.end));

/**
 * A line that makes any text an AI page (strong signals), so aiOnly aliases would count. It ends the line,
 * so it is not in the line that line rules read.
 */
export const AI_LINE = 'We train large language models on GPUs with PyTorch.\n';
