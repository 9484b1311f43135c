/**
 * The content script's size budget, 35 KB gzipped: it is injected into
 * every page the reader opens, so it must stay small. The build prints its
 * gzipped size and fails over budget (wxt.config.ts, `build:done` hook); a
 * test checks the same on the built file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** 35 KB gzipped: the budget the whole team shares; the build fails above it. */
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
