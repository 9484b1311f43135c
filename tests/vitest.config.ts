import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// `@/x` is the project's `x` everywhere (WXT's alias; WxtVitest() sets it for the components project).
const resolve = { alias: { '@': root } };

// Three kinds of test, one command (`npm test`):
// - unit: DOM-free code in lib/, the data and its generators (data/, data/build/), the Node tools (tests/tools/), in Node;
// - components: Preact UI and content-script DOM code, in happy-dom, with WXT's fake browser;
// - browser: the built extension in real Chromium and Firefox (run after `npm run build`).
export default defineConfig({
  root,
  test: {
    projects: [
      {
        root,
        resolve,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'data/**/*.test.ts', 'tests/tools/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        root,
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'components',
          include: ['entrypoints/**/*.test.{ts,tsx}', 'lib/**/*.test.tsx'],
          environment: 'happy-dom',
        },
      },
      {
        root,
        resolve,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
