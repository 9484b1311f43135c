/**
 * `npx tsx tests/tools/add-batch.ts BATCH DIR...`: adds a blind batch to the dev set
 * (tests/fixtures/dev-set/README.md, "Adding a text"), from gatherers' folders that each hold text
 * files and a `labels.json` of `{ file: { source, lang, must, may, reason, occurrences } }`.
 *
 * Why a tool: a batch is 20-40 texts from several people, and by hand its part (the hash rule), its
 * batch name or a file that is not labelled (or a label with no file) slipped through before the
 * eval's checks caught them. This copies each labelled file, gives it `part` by the rule and
 * `batch`, and refuses, before writing anything, a name already in the dev set, a label without its
 * file, a file without its label, an id outside the contract or a surface the text does not hold.
 * It never runs the matcher: labels are written blind, and the first look comes after.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DevLabel } from './eval';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const devSetDir = path.join(projectRoot, 'tests/fixtures/dev-set');
const conceptsTsv = path.resolve(projectRoot, '../shared/spec/concepts.tsv');

/** The split rule (dev-set README): sha1 of the file name, first hex digit 0-9 is test. */
export const partByHash = (file: string): 'test' | 'tuning' =>
  /^[0-9]/.test(createHash('sha1').update(file).digest('hex')) ? 'test' : 'tuning';

type Incoming = Omit<DevLabel, 'part'>;

/** What is wrong with a gatherer's folder, one line each; empty when it can be added. */
export function problems(dir: string, labels: Record<string, Incoming>, ids: Set<string>, taken: Set<string>) {
  const out: string[] = [];
  const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && f !== 'BRIEF.md');
  for (const f of files) if (!(f in labels)) out.push(`${dir}/${f}: no label`);
  for (const [file, l] of Object.entries(labels)) {
    const where = `${dir}/${file}`;
    if (!existsSync(path.join(dir, file))) {
      out.push(`${where}: labelled but no such file`);
      continue;
    }
    if (taken.has(file)) out.push(`${where}: the dev set already has this name`);
    if (!/^(en|zh-Hans|zh-Hant)-[a-z0-9-]+\.(md|txt)$/.test(file)) out.push(`${where}: name is not <lang>-<slug>`);
    if (!file.startsWith(`${l.lang}-`)) out.push(`${where}: lang ${l.lang} is not the name's`);
    if (!l.source || (l.reason?.length ?? 0) <= 10) out.push(`${where}: source or reason missing`);
    for (const id of [...(l.must ?? []), ...(l.may ?? [])]) if (!ids.has(id)) out.push(`${where}: unknown id ${id}`);
    const text = readFileSync(path.join(dir, file), 'utf8').toLowerCase();
    for (const [id, surface] of l.occurrences ?? []) {
      if (!ids.has(id)) out.push(`${where}: unknown occurrence id ${id}`);
      if (!text.includes(surface.toLowerCase())) out.push(`${where}: the text has no "${surface}" (${id})`);
    }
  }
  return out;
}

function main(argv: string[]) {
  const [batch, ...dirs] = argv;
  if (!batch || dirs.length === 0 || !/^\d{4}-\d{2}-\d{2}[a-z]*$/.test(batch)) {
    console.error('usage: npx tsx tests/tools/add-batch.ts BATCH DIR...   (BATCH like 2026-12-03e)');
    process.exit(2);
  }
  const ids = new Set(
    readFileSync(conceptsTsv, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0])
      .filter(Boolean),
  );
  const labelsPath = path.join(devSetDir, 'labels.json');
  const all: Record<string, DevLabel> = JSON.parse(readFileSync(labelsPath, 'utf8'));
  const taken = new Set(Object.keys(all));
  const incoming = dirs.map((dir) => ({
    dir,
    labels: JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, Incoming>,
  }));
  const seen = new Set<string>();
  const found = incoming.flatMap(({ dir, labels }) => {
    const own = problems(dir, labels, ids, taken);
    for (const file of Object.keys(labels)) {
      if (seen.has(file)) own.push(`${dir}/${file}: two folders use this name`);
      seen.add(file);
    }
    return own;
  });
  if (found.length > 0) {
    console.error(`Nothing added; fix these first:\n${found.join('\n')}`);
    process.exit(1);
  }
  let test = 0;
  for (const { dir, labels } of incoming)
    for (const [file, l] of Object.entries(labels)) {
      copyFileSync(path.join(dir, file), path.join(devSetDir, file));
      const part = partByHash(file);
      if (part === 'test') test++;
      all[file] = {
        source: l.source,
        lang: l.lang,
        must: l.must ?? [],
        may: l.may ?? [],
        reason: l.reason,
        occurrences: l.occurrences ?? [],
        part,
        batch,
      };
    }
  // As the file has always been written: two-space JSON, no final newline.
  writeFileSync(labelsPath, JSON.stringify(all, null, 2));
  console.log(`Added ${seen.size} texts as batch ${batch} (${test} test, ${seen.size - test} tuning).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main(process.argv.slice(2));
