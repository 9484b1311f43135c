import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { highlightCss, Highlighter, highlightName, isDarkPage } from './highlighter';

test('one namespaced ::highlight rule per kind, page theme and style, plus the flash; underline-only drops the fill', () => {
  const css = highlightCss();
  for (const kind of ['hardware', 'models', 'techniques', 'tools', 'people'] as const) {
    for (const dark of [false, true]) {
      expect(css).toMatch(
        new RegExp(
          `::highlight\\(${highlightName(kind, dark, 'fill')}\\) \\{ background-color: hsl\\([^)]*\\); text-decoration: underline`,
        ),
      );
      expect(css).toContain(`::highlight(${highlightName(kind, dark, 'underline')}) { text-decoration: underline`);
    }
  }
  expect(highlightName('tools', true, 'underline')).toBe('tdl-tools-dark-underline');
  expect(highlightName('tools', false, 'fill')).toBe('tdl-tools');
  expect(css).toContain('::highlight(tdl-flash)');
  // The page's own text colour is never overridden (only the flash sets one, on its yellow).
  expect(css.split('\n').filter((rule) => /(^|[ ;{])color:/.test(rule))).toEqual([
    expect.stringContaining('tdl-flash'),
  ]);
  // Dark pages get lighter tones.
  const rule = (name: string) =>
    css
      .split('\n')
      .find((r) => r.startsWith(`::highlight(${name})`))!
      .replace(name, '');
  expect(rule('tdl-models-dark')).not.toBe(rule('tdl-models'));
});

test('highlights.css, the sheet the manifest lists, holds exactly the rules the highlighter adopts', () => {
  // Read from the project root (the tests' working directory): this test DOM's import.meta.url is not a file URL.
  const sheetFile = readFileSync(path.resolve('entrypoints/content/highlights.css'), 'utf8');
  // The same rules, however the formatter lays them out.
  const normal = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};]) ?/g, '$1')
      .trim();
  expect(normal(sheetFile)).toBe(normal(highlightCss()));
});

test('a dark page is recognised by its background, or by light text on no background', () => {
  document.body.setAttribute('style', 'background-color: rgb(20, 22, 28); color: rgb(230, 230, 230)');
  expect(isDarkPage(document)).toBe(true);
  document.body.setAttribute('style', 'background-color: rgb(255, 255, 255); color: rgb(20, 20, 20)');
  expect(isDarkPage(document)).toBe(false);
  document.body.setAttribute('style', 'color: rgb(240, 240, 240)');
  expect(isDarkPage(document)).toBe(true);
  document.body.removeAttribute('style');
});

test('without CSS.highlights (older browsers, this test DOM) every call is a harmless no-op', () => {
  const highlighter = new Highlighter(document);
  if (highlighter.supported) return; // a DOM with the API is tested in the browser tests
  const range = document.createRange();
  expect(() => {
    highlighter.activate();
    highlighter.add({ kind: 'hardware', range });
    highlighter.flash(range);
    highlighter.setStyle('underline');
    highlighter.setShownKinds(['models']);
    highlighter.deactivate();
  }).not.toThrow();
});

test('ranges are queued and painted in one batch by flush(); a queued range deleted before is never painted', () => {
  // A stand-in for the API (happy-dom has none): a Highlight is a set of ranges, CSS.highlights a map.
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
  vi.stubGlobal('CSS', { highlights: new Map<string, Set<AbstractRange>>() });
  try {
    const highlighter = new Highlighter(document);
    expect(highlighter.supported).toBe(true);
    highlighter.activate();
    const painted = () => (CSS.highlights.get('tdl-hardware') as unknown as Set<AbstractRange>).size;
    const [a, b, c] = [1, 2, 3].map(() => ({ kind: 'hardware' as const, range: document.createRange() }));
    highlighter.add(a);
    highlighter.add(b);
    expect(painted()).toBe(0); // nothing changes on the page until the batch is flushed
    highlighter.delete(b);
    highlighter.flush();
    expect(painted()).toBe(1);
    highlighter.delete(a); // painted ranges are removed at once
    expect(painted()).toBe(0);
    highlighter.add(c);
    highlighter.clear();
    highlighter.flush();
    expect(highlighter.sizes().hardware).toBe(0);
  } finally {
    vi.unstubAllGlobals();
  }
});

test('the fallback sheet is adopted only once a range is painted, and only where highlights.css does not apply', () => {
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
  vi.stubGlobal('CSS', { highlights: new Map<string, Set<AbstractRange>>() });
  const pageSheets = document.adoptedStyleSheets;
  const ours = () => document.adoptedStyleSheets.filter((sheet) => !pageSheets.includes(sheet));
  try {
    // This test DOM does not apply the manifest's sheet: the highlighter falls back to adopting its own.
    const highlighter = new Highlighter(document);
    highlighter.activate();
    highlighter.flush();
    expect(ours()).toEqual([]);
    highlighter.add({ kind: 'tools', range: document.createRange() });
    expect(ours()).toEqual([]);
    highlighter.flush();
    expect(ours()).toHaveLength(1);
    highlighter.deactivate();
    expect(ours()).toEqual([]);

    // Where the browser applies it (the flash rule's underline colour is computed), nothing is adopted.
    const real = window.getComputedStyle;
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) =>
      pseudo === '::highlight(tdl-flash)'
        ? ({ textDecorationColor: 'rgb(221, 0, 0)' } as CSSStyleDeclaration)
        : real.call(window, element, pseudo),
    );
    const styled = new Highlighter(document);
    styled.activate();
    styled.add({ kind: 'tools', range: document.createRange() });
    styled.flush();
    expect(ours()).toEqual([]);
    expect([...CSS.highlights.keys()]).toContain('tdl-tools');
  } finally {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  }
});

test('the highlight names follow the style and the page theme read at the first paint', () => {
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
  vi.stubGlobal('CSS', { highlights: new Map<string, Set<AbstractRange>>() });
  const names = () => [...CSS.highlights.keys()].sort();
  try {
    const highlighter = new Highlighter(document);
    highlighter.setShownKinds(['hardware', 'people']);
    highlighter.activate();
    expect(names()).toEqual(['tdl-hardware', 'tdl-people']);
    highlighter.setStyle('underline');
    expect(names()).toEqual(['tdl-hardware-underline', 'tdl-people-underline']);
    document.body.setAttribute('style', 'background-color: rgb(20, 22, 28)');
    highlighter.add({ kind: 'people', range: document.createRange() });
    highlighter.flush();
    expect(names()).toEqual(['tdl-hardware-dark-underline', 'tdl-people-dark-underline']);
    expect(highlighter.sizes().people).toBe(1);
    document.body.removeAttribute('style');
    highlighter.refreshTheme();
    highlighter.setStyle('fill');
    expect(names()).toEqual(['tdl-hardware', 'tdl-people']);
    highlighter.deactivate();
    expect(names()).toEqual([]);
  } finally {
    document.body.removeAttribute('style');
    vi.unstubAllGlobals();
  }
});

test('with a block, a range is painted only while its block is near the viewport', () => {
  let report: (entries: Partial<IntersectionObserverEntry>[]) => void = () => undefined;
  const observed = new Set<Element>();
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
  vi.stubGlobal('CSS', { highlights: new Map<string, Set<AbstractRange>>() });
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe = (element: Element) => observed.add(element);
      unobserve = (element: Element) => observed.delete(element);
      disconnect = () => observed.clear();
    },
  );
  try {
    const highlighter = new Highlighter(document);
    highlighter.activate();
    const painted = () => (CSS.highlights.get('tdl-models') as unknown as Set<AbstractRange>).size;
    const [top, bottom] = [document.createElement('p'), document.createElement('p')];
    const [a, b, c] = [top, top, bottom].map((block) => ({
      kind: 'models' as const,
      range: document.createRange(),
      block,
    }));
    highlighter.add(a);
    highlighter.add(b);
    highlighter.add(c);
    highlighter.flush();
    expect(painted()).toBe(0); // nothing is known to be near yet
    expect([...observed]).toEqual([top, bottom]);
    const box = { width: 100, height: 20 } as DOMRectReadOnly;
    report([
      { target: top, isIntersecting: true, boundingClientRect: box },
      { target: bottom, isIntersecting: false, boundingClientRect: box },
    ]);
    expect(painted()).toBe(2);
    report([
      { target: top, isIntersecting: false, boundingClientRect: box },
      { target: bottom, isIntersecting: true, boundingClientRect: box },
    ]);
    expect(painted()).toBe(1);
    highlighter.delete(c); // the block's last range: no longer observed
    expect(painted()).toBe(0);
    expect([...observed]).toEqual([top]);
    // A block still in the page stays observed and near: its rescanned text is painted at the next flush, without a blank frame.
    document.body.append(top);
    report([{ target: top, isIntersecting: true, boundingClientRect: box }]);
    expect(painted()).toBe(2);
    highlighter.delete(a);
    highlighter.delete(b);
    expect([...observed]).toEqual([top]);
    expect(painted()).toBe(0);
    highlighter.add(a);
    highlighter.flush();
    expect(painted()).toBe(1);
    top.remove();
    highlighter.clear();
    expect(observed.size).toBe(0);
  } finally {
    vi.unstubAllGlobals();
  }
});
