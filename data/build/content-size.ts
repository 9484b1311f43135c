/**
 * The content script's size budget (issue 4, point 5): it is injected into
 * every page the reader opens, so it must stay small. The build prints its
 * gzipped size and fails over budget (wxt.config.ts, `build:done` hook); a
 * test checks the same on the built file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AliasSpec, AliasTable } from '../../lib/data-types';
import { compileMatcher } from '../../lib/matcher/index';
import { aliasKeys } from '../../lib/matcher/variants';

/** 35 KB gzipped, the budget. */
export const CONTENT_SCRIPT_BUDGET_BYTES = 35 * 1024;

/** Path of the built content script inside one browser's output folder (e.g. `.output/chrome-mv3`). */
export function contentScriptPath(targetDir: string): string {
  return path.join(targetDir, 'content-scripts', 'content.js');
}

/** Raw and gzipped (level 9, as servers and stores measure) sizes of a file, in bytes. */
function fileSizes(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Measures the built content script of `targetDir`; returns a one-line report
 * and whether it is within budget (null when there is no content script there).
 */
export function checkContentScriptSize(targetDir: string): { ok: boolean; report: string; gzip: number } | null {
  const file = contentScriptPath(targetDir);
  if (!existsSync(file)) return null;
  const { raw, gzip } = fileSizes(file);
  const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
  const ok = gzip <= CONTENT_SCRIPT_BUDGET_BYTES;
  return {
    ok,
    gzip,
    report:
      `content script ${path.basename(targetDir)}: ${kb(raw)} raw, ${kb(gzip)} gzipped ` +
      `(budget ${kb(CONTENT_SCRIPT_BUDGET_BYTES)})${ok ? '' : ' OVER BUDGET'}`,
  };
}

/**
 * Makes `wxt/browser` resolve to WXT's own thin `browser` (the browser's
 * native promise-based API: `browser` in Firefox, `chrome` in Chrome MV3)
 * instead of webextension-polyfill, in the content script's build only. The
 * polyfill costs ~3.5 KB gzipped and the content script needs nothing it
 * adds: every API it calls returns promises natively in MV3, and its
 * `onMessage` listener answers through `sendResponse`, not a returned promise.
 * Other entrypoints keep the polyfill. Mutates the Vite config in place.
 */
export function dropPolyfillAlias(viteConfig: { resolve?: { alias?: unknown } }): void {
  const alias = viteConfig.resolve?.alias;
  if (Array.isArray(alias)) {
    const i = alias.findIndex((a: { find?: unknown }) => a?.find === 'wxt/browser');
    if (i >= 0) alias.splice(i, 1);
  } else if (alias && typeof alias === 'object') {
    delete (alias as Record<string, unknown>)['wxt/browser'];
  }
}

const ALIASES_PATH = 'data/generated/aliases.json';
const PRUNED_ALIASES_ID = '\0tdl-pruned-aliases';

/**
 * The alias table without the aliases the matcher cannot tell apart from
 * another alias of the same concept: the generator writes every Chinese
 * alias in Simplified, Traditional and Taiwan forms, but the matcher folds
 * Traditional characters to Simplified (`hantToHans`) before matching, so
 * e.g. 多頭潛在注意力 compiles to exactly the keys of 多头潜在注意力. Two
 * aliases are duplicates when they have the same folded keys (lib/matcher's
 * `aliasKeys`), flags and case-sensitive form. About 130 of ~790 aliases,
 * 0.65 KB gzipped of the content script.
 */
export function pruneFoldedDuplicates(table: AliasTable): AliasTable {
  const prune = (aliases: AliasSpec[] | undefined): AliasSpec[] => {
    const seen = new Set<string>();
    return (aliases ?? []).filter((alias) => {
      const signature = JSON.stringify([
        aliasKeys(alias.text, table.hantToHans ?? {}),
        Boolean(alias.caseSensitive),
        Boolean(alias.aiOnly),
        // A case-sensitive alias is compared as written (its case is part of what it matches).
        alias.caseSensitive ? alias.text : '',
        Object.keys(alias).sort(),
      ]);
      if (seen.has(signature)) return false;
      seen.add(signature);
      return true;
    });
  };
  return {
    ...table,
    concepts: table.concepts.map((concept) => ({
      ...concept,
      aliases: prune(concept.aliases),
      ...(concept.notAliases ? { notAliases: prune(concept.notAliases) } : {}),
    })),
  };
}

/**
 * Whether two tables find exactly the same matches on `texts` (every alias
 * written out, plus whatever samples the caller adds): the build's proof that
 * pruning changed nothing, in case the matcher's folding changes one day.
 */
export function sameMatches(a: AliasTable, b: AliasTable, samples: string[] = []): boolean {
  const texts = [
    ...a.concepts.flatMap((c) => [...c.aliases, ...(c.notAliases ?? [])].map((alias) => `see ${alias.text} here`)),
    a.concepts.flatMap((c) => c.aliases.map((alias) => alias.text)).join(' · '),
    ...samples,
  ];
  const ma = compileMatcher(a);
  const mb = compileMatcher(b);
  const found = (matcher: typeof ma, text: string) =>
    matcher
      .scan(text)
      .map((m) => JSON.stringify(m))
      .sort()
      .join('\n');
  return texts.every((text) => found(ma, text) === found(mb, text));
}

/**
 * A Vite plugin for the content script's build: bundles the alias table
 * pruned of folded duplicates (above), after checking on every alias that
 * the pruned table matches exactly like the full one; if not, bundles the
 * full table and says so. Other entrypoints and the Node tools read the JSON
 * as it is.
 */
export function prunedAliasesPlugin(projectRoot: string): {
  name: string;
  enforce: 'pre';
  resolveId(source: string): string | null;
  load(id: string): string | null;
} {
  return {
    name: 'tdl-pruned-aliases',
    enforce: 'pre',
    resolveId(source) {
      return source.replace(/\\/g, '/').endsWith(ALIASES_PATH) ? PRUNED_ALIASES_ID : null;
    },
    load(id) {
      if (id !== PRUNED_ALIASES_ID) return null;
      const table = JSON.parse(readFileSync(path.join(projectRoot, ALIASES_PATH), 'utf8')) as AliasTable;
      let bundled = table;
      try {
        const pruned = pruneFoldedDuplicates(table);
        if (sameMatches(table, pruned)) bundled = pruned;
        else console.warn('[content-size] the pruned alias table would match differently; bundling the full table');
      } catch (error) {
        // A matcher that fails here fails in the page too; its own tests say why. The build goes on.
        console.warn('[content-size] could not check the pruned alias table; bundling the full table', error);
      }
      return `export default ${JSON.stringify(bundled)};\n`;
    },
  };
}
