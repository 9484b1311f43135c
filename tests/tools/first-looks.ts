/**
 * `npx tsx tests/tools/first-looks.ts [--since BATCH]`: the blind batches'
 * first looks pooled, from the listings committed in
 * tests/fixtures/dev-set-first-looks/ (each is `npm run eval -- --show-test`
 * as printed once, right after its batch was added and before any rule saw
 * it).
 *
 * Why a tool: the README's table gives each first look on its own, and each
 * test part is 12-40 texts, so one page more or less moves a batch's figure
 * by 0.03-0.08. Summing the counts (TP, FP, FN; marks right and wrong, spans
 * found) over every first look gives the figure on pages nobody had seen
 * that the samples' size does not hide. A later rule round never changes
 * these listings, so the pooled figure is what the matcher scored on each
 * batch before it was tuned on.
 *
 * A listing is named after the batches it measured first: `2026-12-02d` is
 * batch 2026-12-02d; `2026-12-02ijk` is batches 2026-12-02i, j and k.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const firstLooksDir = path.join(projectRoot, 'tests/fixtures/dev-set-first-looks');

export interface FirstLook {
  /** The listing's name (without .txt). */
  look: string;
  batch: string;
  docs: number;
  tp: number;
  fp: number;
  fn: number;
  /** Occurrence level: texts, marks right and wrong, expected spans found, expected spans. */
  occDocs: number;
  right: number;
  wrong: number;
  found: number;
  spans: number;
}

/** The batches a listing measured first, from its name. */
export function batchesOf(look: string): string[] {
  const m = /^(\d{4}-\d{2}-\d{2})([a-z]*)$/.exec(look);
  if (!m) throw new Error(`first-looks: cannot read the batches of ${look}.txt (expected 2026-12-02d, 2026-12-02ijk)`);
  const [, day, letters] = m;
  return letters.length > 1 ? [...letters].map((l) => day + l) : [look];
}

/** The test part of each batch a listing measured first. */
export function readFirstLook(look: string, listing: string): FirstLook[] {
  const split = listing.indexOf('\nOccurrence level');
  if (split < 0) throw new Error(`first-looks: ${look}.txt has no occurrence-level section`);
  const doc = listing.slice(0, split);
  const occ = listing.slice(split);
  return batchesOf(look).map((batch) => {
    const name = batch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const d = new RegExp(
      String.raw`batch ${name} test\s+P [\d.]+\s+R [\d.]+\s+\(docs (\d+), TP (\d+), FP (\d+), FN (\d+)\)`,
    ).exec(doc);
    const o = new RegExp(
      String.raw`batch ${name} test\s+P [\d.]+\s+R [\d.]+\s+\(docs (\d+), marks right (\d+), wrong (\d+); spans found (\d+) of (\d+)\)`,
    ).exec(occ);
    if (!d || !o) throw new Error(`first-looks: ${look}.txt has no test-part line for batch ${batch}`);
    const [docs, tp, fp, fn] = d.slice(1).map(Number);
    const [occDocs, right, wrong, found, spans] = o.slice(1).map(Number);
    return { look, batch, docs, tp, fp, fn, occDocs, right, wrong, found, spans };
  });
}

export function readFirstLooks(dir = firstLooksDir): FirstLook[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFirstLook(f.slice(0, -4), readFileSync(path.join(dir, f), 'utf8')));
}

/** The pooled figures of some first looks. */
export function pool(looks: readonly FirstLook[]) {
  const sum = (k: keyof FirstLook) => looks.reduce((n, l) => n + (l[k] as number), 0);
  const tp = sum('tp');
  const right = sum('right');
  return {
    batches: looks.length,
    docs: sum('docs'),
    precision: tp / (tp + sum('fp')),
    recall: tp / (tp + sum('fn')),
    occurrencePrecision: right / (right + sum('wrong')),
    occurrenceRecall: sum('found') / sum('spans'),
    tp,
    fp: sum('fp'),
    fn: sum('fn'),
    right,
    wrong: sum('wrong'),
    found: sum('found'),
    spans: sum('spans'),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const since = args[0] === '--since' ? args[1] : undefined;
  if (args.length > 0 && since === undefined) {
    console.error('usage: npx tsx tests/tools/first-looks.ts [--since BATCH]');
    process.exit(2);
  }
  const all = readFirstLooks();
  const from = since === undefined ? 0 : all.findIndex((l) => l.batch === since);
  if (from < 0) {
    console.error(`first-looks: no first look of batch ${since}`);
    process.exit(2);
  }
  const looks = all.slice(from);
  const f = (x: number) => x.toFixed(3);
  console.log('first look of each blind batch, its test part (as labelled):');
  for (const l of looks) {
    const p = pool([l]);
    console.log(
      `  ${l.batch.padEnd(13)} ${String(l.docs).padStart(3)} texts  P ${f(p.precision)}  R ${f(p.recall)}  occurrence P ${f(p.occurrencePrecision)}  R ${f(p.occurrenceRecall)}`,
    );
  }
  const p = pool(looks);
  console.log(
    `pooled, ${p.batches} batches, ${p.docs} test texts: P ${f(p.precision)}  R ${f(p.recall)}  (TP ${p.tp}, FP ${p.fp}, FN ${p.fn});` +
      ` occurrence P ${f(p.occurrencePrecision)}  R ${f(p.occurrenceRecall)}  (marks right ${p.right}, wrong ${p.wrong}; spans found ${p.found} of ${p.spans})`,
  );
}
