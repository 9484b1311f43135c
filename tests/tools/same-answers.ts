/**
 * Checks that a change leaves the matcher's answers as they were: runs
 * `npm run -s annotate -- --json` over the 130 corpus pages
 * (../shared/corpus/web-pages) and the labelled dev set (tests/fixtures/dev-set),
 * and either saves the lines or compares them with a saved copy.
 *
 *   npx tsx tests/tools/same-answers.ts --save /tmp/answers-before.jsonl   # before the change
 *   npx tsx tests/tools/same-answers.ts --compare /tmp/answers-before.jsonl  # after it: exit 1 on any difference
 *
 * A script rather than a test with a committed snapshot: changes to the
 * aliases or the context rule are meant to change the answers; changes to
 * the automaton's construction, the scanner or the packaging are not.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(projectRoot, '../shared/corpus/web-pages');
const devSetDir = path.join(projectRoot, 'tests/fixtures/dev-set');

function inputs(): string[] {
  const corpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => path.join(corpusDir, f));
  const devSet = readdirSync(devSetDir)
    .filter((f) => /\.(md|txt|html)$/.test(f) && f !== 'README.md')
    .sort()
    .map((f) => path.join(devSetDir, f));
  return [...corpus, ...devSet];
}

/** One annotate --json line per file, with the file named relative to the project (so copies compare). */
function answers(): string[] {
  const files = inputs();
  const out = execFileSync('npx', ['tsx', 'tests/tools/annotate.ts', '--json', ...files], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = out.trim().split('\n');
  if (lines.length !== files.length)
    throw new Error(`annotate printed ${lines.length} lines for ${files.length} files`);
  return lines.map((line, i) =>
    line.replace(JSON.stringify(files[i]), JSON.stringify(path.relative(projectRoot, files[i]))),
  );
}

function main(): void {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== '--save' && mode !== '--compare') || !file) {
    console.error('usage: npx tsx tests/tools/same-answers.ts --save FILE | --compare FILE');
    process.exit(2);
  }
  const now = answers();
  if (mode === '--save') {
    writeFileSync(file, `${now.join('\n')}\n`);
    const matches = now.reduce((n, line) => n + (JSON.parse(line) as { matches: unknown[] }).matches.length, 0);
    console.log(`saved the answers for ${now.length} files (${matches} matches) to ${file}`);
    return;
  }
  const before = readFileSync(file, 'utf8').trim().split('\n');
  let differences = 0;
  const byFile = new Map(before.map((line) => [(JSON.parse(line) as { file: string }).file, line]));
  for (const line of now) {
    const name = (JSON.parse(line) as { file: string }).file;
    if (byFile.get(name) !== line) {
      differences++;
      console.log(`differs: ${name}`);
    }
    byFile.delete(name);
  }
  for (const name of byFile.keys()) {
    differences++;
    console.log(`missing now: ${name}`);
  }
  console.log(differences === 0 ? `same answers on all ${now.length} files` : `${differences} file(s) differ`);
  process.exit(differences === 0 ? 0 : 1);
}

main();
