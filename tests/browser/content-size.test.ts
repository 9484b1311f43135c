import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkContentScriptSize, contentScriptPath, CONTENT_SCRIPT_BUDGET_BYTES } from '@/data/build/content-size';
import { extensionDir, projectRoot } from './harness';

/**
 * The built content script stays under its budget (35 KB gzipped; the build
 * prints the same figure and fails over it) and carries only the matcher and
 * its alias table: no opencc, no fuse.js, no quotes (those stay in the
 * background and reach the page one card at a time).
 */
test('the built content script is under 35 KB gzipped', () => {
  const size = checkContentScriptSize(extensionDir('chrome-mv3'));
  expect(size).not.toBeNull();
  console.log(size!.report);
  expect(size!.gzip).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
});

test('the content script bundles no opencc, no fuse.js and no quote text', () => {
  const code = readFileSync(contentScriptPath(extensionDir('chrome-mv3')), 'utf8');
  expect(code).not.toMatch(/opencc|OpenCC/);
  expect(code).not.toMatch(/fuse\.js|Fuse\.|useExtendedSearch|ignoreLocation/);
  const concepts = JSON.parse(readFileSync(path.join(projectRoot, 'data/generated/concepts.json'), 'utf8')) as {
    quotes: { text: { orig: string; hans: string } }[];
  }[];
  const leaked = concepts
    .flatMap((c) => c.quotes)
    .flatMap((q) => [q.text.orig, q.text.hans])
    .map((text) => text.slice(0, 24))
    .filter((snippet) => snippet.length >= 12 && code.includes(snippet));
  expect(leaked).toEqual([]);
});
