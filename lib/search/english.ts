/**
 * The word pass for English queries over the team's English rendering: "cheaper chips" or "experts per token"
 * rarely occur as typed, so each word of the query is matched, stemmed ("cheaper" → cheap, "chips" → chip), in any
 * order, against the words of each document's English, with a few synonyms of this interview's subject (cheap ~
 * cost, price; chip ~ GPU, hardware). Documents are ranked by the share of the query they cover, rare words
 * weighing more (idf). DOM-free; used by index.ts.
 */

/** Words that carry no meaning in a query. */
const STOPWORDS = new Set(
  'a an the of per in on at to for from by with and or but is are was were be been it its this that these those what which who how why do does did can could will would should not no as into than then there their they them we our you your i my me he his she her so if about more most very much many'.split(
    ' ',
  ),
);

/** Words that also find other words (by stem), weighed below a match of the word itself. */
const SYNONYM_WORDS: Record<string, string[]> = {
  cheap: ['cost', 'price', 'expensive', 'dollar'],
  expensive: ['cost', 'price', 'cheap'],
  cost: ['price', 'cheap', 'expensive'],
  price: ['cost', 'cheap'],
  chip: ['GPU', 'hardware', 'accelerator', 'silicon'],
  GPU: ['chip'],
  fast: ['latency', 'speed', 'quick'],
  speed: ['fast', 'latency'],
  slow: ['latency'],
};
const SYNONYM_WEIGHT = 0.6;
let synonyms: Map<string, string[]> | undefined;
function synonymsOf(s: string): string[] {
  synonyms ??= new Map(Object.entries(SYNONYM_WORDS).map(([word, others]) => [stem(word), others.map(stem)]));
  return synonyms.get(s) ?? [];
}

/** A light English stemmer: the same word in plural, comparative or past form gets the same stem. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of ['est', 'er', 'ing', 'ed', 'ly', 'ion', 'y', 'e']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // A doubled final consonant left by -er/-ing/-ed (bigger, running): one is enough.
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The words of an English text with where they are (UTF-16 offsets). */
export function words(text: string): { stem: string; start: number; end: number }[] {
  const out: { stem: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g)) {
    const word = m[0];
    const start = m.index;
    // Hyphenated words count whole and by their parts (memory-bound finds memory).
    out.push({ stem: stem(word), start, end: start + word.length });
    if (word.includes('-')) {
      let at = start;
      for (const part of word.split('-')) {
        out.push({ stem: stem(part), start: at, end: at + part.length });
        at += part.length + 1;
      }
    }
  }
  return out;
}

/** The meaningful stems of a query, each once. */
export function queryStems(query: string): string[] {
  const kept = words(query).filter((w) => !STOPWORDS.has(query.slice(w.start, w.end).toLowerCase()));
  return [...new Set(kept.map((w) => w.stem))];
}

/** Where the words of `query` (stemmed, with their synonyms) occur in `text`: inclusive ranges, as Fuse's. */
export function highlightWords(text: string, query: string): [number, number][] {
  const wanted = new Set(queryStems(query).flatMap((s) => [s, ...synonymsOf(s)]));
  return words(text)
    .filter((w) => wanted.has(w.stem))
    .map((w): [number, number] => [w.start, w.end - 1]);
}

/** One English field of a document, weighed. */
export interface WordField {
  text: string;
  weight: number;
}

/** A document found by the word pass, with the ranges of its first field that matched (inclusive, as Fuse's). */
export interface WordHit<D> {
  doc: D;
  /** 0 best, 1 worst, like Fuse's score. */
  score: number;
  /** Per field index: matched ranges, inclusive [start, end]. */
  indices: Map<number, [number, number][]>;
}

/** An index of the documents' English words, built once. */
export function createWordSearch<D>(docs: readonly D[], fieldsOf: (doc: D) => WordField[]) {
  const indexed = docs.map((doc) => ({
    doc,
    fields: fieldsOf(doc).map((f) => ({ ...f, words: words(f.text) })),
  }));
  const docCount = new Map<string, number>();
  for (const d of indexed) {
    for (const s of new Set(d.fields.flatMap((f) => f.words.map((w) => w.stem))))
      docCount.set(s, (docCount.get(s) ?? 0) + 1);
  }
  const idf = (s: string) => Math.log(1 + indexed.length / (1 + (docCount.get(s) ?? 0)));

  return {
    search(query: string): WordHit<D>[] {
      const stems = queryStems(query);
      if (!stems.length) return [];
      const wanted = stems.map((s) => ({
        weight: idf(s),
        forms: new Map<string, number>([[s, 1], ...synonymsOf(s).map((x) => [x, SYNONYM_WEIGHT] as [string, number])]),
      }));
      const total = wanted.reduce((sum, w) => sum + w.weight, 0);
      const hits: (WordHit<D> & { rank: number })[] = [];
      indexed.forEach((d, order) => {
        let covered = 0;
        let best = 0;
        const indices = new Map<number, [number, number][]>();
        for (const want of wanted) {
          let got = 0;
          d.fields.forEach((field, fi) => {
            for (const w of field.words) {
              const strength = want.forms.get(w.stem);
              if (!strength) continue;
              got = Math.max(got, strength);
              best = Math.max(best, field.weight);
              const list = indices.get(fi) ?? [];
              list.push([w.start, w.end - 1]);
              indices.set(fi, list);
            }
          });
          covered += got * want.weight;
        }
        if (covered === 0) return;
        const coverage = covered / total;
        hits.push({ doc: d.doc, score: 1 - coverage, indices, rank: coverage * 10 + best - order / 1e6 });
      });
      return hits.sort((a, b) => b.rank - a.rank).map(({ doc, score, indices }) => ({ doc, score, indices }));
    },
  };
}
