/**
 * The data generator (`npm run data`): seed + `data/concepts.ts` + the team's English
 * rendering (`data/interview-en/`) ->
 * `data/generated/interview.json`, `concepts.json`, `aliases.json` and the
 * content script's smaller `content-aliases.json`.
 * The generated files are committed, so the extension builds without
 * `../shared`; `build-data.test.ts` checks they equal what this produces now.
 *
 * `buildData()` is pure (inputs in, file contents out) so the test can run it
 * without writing; the CLI at the bottom loads the inputs and writes the files.
 * Output is deterministic: objects keep construction order, arrays keep
 * source order, `hantToHans` is sorted, JSON ends with a newline.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AliasTable } from '@/lib/data-types';
import { matcherInput, packMatcherInput } from './matcher-input';
import { toScripts } from '@/data/build/chinese/convert';
import { listPhraseReplacements, phraseListingTsv } from '@/data/build/chinese/phrase-listing';
import { parseInterview } from '@/data/build/interview/parse';
import { readSeed } from '@/data/build/interview/seed-file';
import { concepts } from '@/data/concepts';
import { english, type EnglishRendering } from '@/data/interview-en';
import { buildAliasTable, buildConcepts, type ConceptInput } from './build-concepts';
import { contentAliasTable } from './prune-aliases';
import { joinEnglish } from './join-english';
import { buildSearchFold } from './build-search-fold';

/** The project root (two levels above data/build). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Generated files, relative to the project root. */
export const GENERATED_FILES = {
  interview: 'data/generated/interview.json',
  concepts: 'data/generated/concepts.json',
  aliases: 'data/generated/aliases.json',
  /** The alias table the content script bundles: `aliases` without folded duplicates (prune-aliases.ts). */
  contentAliases: 'data/generated/content-aliases.json',
  /**
   * What the background hands the content script: the content alias table's
   * matcher, prepared (matcher-input.ts, matcher-tables.ts: the class table,
   * the trie and the record tables), so no page spends time making it.
   */
  contentMatcher: 'data/generated/content-matcher.json',
  /** Every phrase replacement OpenCC's tables make on these texts, for review (chinese/phrase-review.ts). */
  phraseReplacements: 'data/generated/phrase-replacements.tsv',
  /** Per-character script folds for the popup's search (build-search-fold.ts). */
  searchFold: 'data/generated/search-fold.json',
} as const;

/** What the generator reads. */
export interface BuildInputs {
  seed: string;
  concepts: readonly ConceptInput[];
  /** The team's English rendering (`data/interview-en/`); absent in the generator's own tests (empty English). */
  english?: EnglishRendering;
}

/** What the generator produces: file contents by relative path, plus things worth a look. */
export interface BuildOutput {
  files: Record<string, string>;
  warnings: string[];
}

/** Generates every data file from the seed and the team's concepts. Throws on a quote that is not verbatim. */
export function buildData(inputs: BuildInputs): BuildOutput {
  const warnings: string[] = [];
  const interview = joinEnglish(parseInterview(inputs.seed, toScripts), inputs.english, warnings);
  const concepts = buildConcepts(inputs.concepts, interview, warnings, inputs.english);
  const aliases = buildAliasTable(inputs.concepts);
  const contentTable = contentAliasTable(aliases, warnings);
  return {
    files: {
      [GENERATED_FILES.interview]: pretty(interview),
      [GENERATED_FILES.concepts]: pretty(concepts),
      [GENERATED_FILES.aliases]: compactAliasTable(aliases),
      [GENERATED_FILES.contentAliases]: compactAliasTable(contentTable),
      [GENERATED_FILES.contentMatcher]: compactMatcherInput(contentTable),
      [GENERATED_FILES.phraseReplacements]: phraseListingTsv(listPhraseReplacements({ interview, concepts })),
      [GENERATED_FILES.searchFold]: compactFold(buildSearchFold(interview, concepts)),
    },
    warnings,
  };
}

/** The real inputs: the seed from ../shared and the team's concept list in `data/concepts.ts`. */
export function loadInputs(): BuildInputs {
  return { seed: readSeed(), concepts, english };
}

function pretty(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The alias table as compact, still diffable JSON: one line per concept, the
 * fold table on one line. It is bundled into the content script, so no
 * indentation inside entries.
 */
function compactAliasTable(table: AliasTable): string {
  const concepts = table.concepts.map((c) => `    ${JSON.stringify(c)}`).join(',\n');
  return `{\n  "concepts": [\n${concepts}\n  ],\n  "hantToHans": ${JSON.stringify(table.hantToHans)}\n}\n`;
}

/** The content script's matcher tables (lib/matcher/packed.ts, tables.ts), one field per line. */
function compactMatcherInput(table: AliasTable): string {
  const packed = packMatcherInput(
    matcherInput(table),
    table.concepts.map((c) => c.kind),
  );
  const lines = Object.entries(packed).map(([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** The fold tables, one line each (they ship in the popup's search chunk). */
function compactFold(fold: ReturnType<typeof buildSearchFold>): string {
  return `{\n  "toHans": ${JSON.stringify(fold.toHans)},\n  "toHant": ${JSON.stringify(fold.toHant)}\n}\n`;
}

/** CLI: writes the generated files and prints warnings and sizes. */
async function main(): Promise<void> {
  const started = performance.now();
  const inputs = loadInputs();
  const { files, warnings } = buildData(inputs);
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(PROJECT_ROOT, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${rel} (${Buffer.byteLength(content)} bytes)`);
  }
  for (const w of warnings) console.warn(`warning: ${w}`);
  console.log(`${inputs.concepts.length} concepts, done in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
