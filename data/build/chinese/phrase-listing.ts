/**
 * Lists every phrase replacement OpenCC's tables make on the extension's
 * Chinese texts: each string of the generated data that exists in every
 * script (`hans` beside `hant` and `twp`), converted again from its `hans`
 * with OpenCC's tables alone. `npm run data` writes the list to
 * `data/generated/phrase-replacements.tsv` for the team to read, and
 * `phrase-review.test.ts` checks each row has a verdict in `./phrase-review.ts`.
 */
import { openccPhraseReplacements, type PhraseReplacement } from './convert';

/** One row: which text, which replacement, how often in that text. */
export interface PhraseListingRow extends PhraseReplacement {
  /** Where the string sits in the generated data, e.g. `interview.turns[nvidia-dominance-4].text`. */
  text: string;
  count: number;
}

/** Walks generated data (any JSON value) and lists the replacements in each multi-script string. */
export function listPhraseReplacements(data: Record<string, unknown>): PhraseListingRow[] {
  const rows: PhraseListingRow[] = [];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string';
        visit(item, `${where}[${id ? (item as { id: string }).id : i}]`);
      });
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.hans === 'string' && typeof record.hant === 'string' && typeof record.twp === 'string') {
      const counts = new Map<string, PhraseListingRow>();
      for (const r of openccPhraseReplacements(record.hans)) {
        const id = `${r.table}\t${r.key}\t${r.after}`;
        const row = counts.get(id) ?? { ...r, text: where, count: 0 };
        row.count++;
        counts.set(id, row);
      }
      rows.push(...counts.values());
      return;
    }
    for (const [key, child] of Object.entries(record)) visit(child, where ? `${where}.${key}` : key);
  };
  visit(data, '');
  return rows;
}

/** The rows as TSV with a header, in data order: what `data/generated/phrase-replacements.tsv` holds. */
export function phraseListingTsv(rows: PhraseListingRow[]): string {
  const lines = rows.map((r) => [r.table, r.text, r.key, r.before, r.after, r.count].join('\t'));
  return `${['table', 'text', 'key', 'before', 'after', 'count'].join('\t')}\n${lines.join('\n')}\n`;
}
