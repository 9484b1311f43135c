/**
 * In-page probes for the touch, keyboard and accessibility tests, written
 * once for Playwright (Chromium) and Puppeteer (Firefox): both evaluate a
 * function in the page, and the card's shadow root is open, so the page's
 * own world can read it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** What the open card shows and how it is laid out, read in the page. */
export interface CardProbe {
  name: string;
  quote: string;
  /** `sheet` on a phone-wide window, `anchored` next to the term otherwise. */
  layout: string;
  rect: { left: number; top: number; width: number; height: number };
  viewport: { width: number; height: number };
  /** The card's buttons and links: class and box, for the touch-target check. */
  targets: { what: string; width: number; height: number }[];
  role: string | null;
  label: string | null;
  /** What has focus: `page:<id or tag>` outside the card, `card:<class>` inside it. */
  focus: string;
  /** What the polite live region says. */
  live: string;
}

/** Reads the open card (null when none is shown). Pass to `page.evaluate`. */
export function probeCard(): CardProbe | null {
  const host = document.querySelector('tri-dao-lens-card') as HTMLElement | null;
  const root = host?.shadowRoot;
  if (!host || !root || getComputedStyle(host).display === 'none') return null;
  const card = root.querySelector('.card');
  if (!card) return null;
  const r = card.getBoundingClientRect();
  const active = document.activeElement;
  const inner = root.activeElement;
  const focus =
    active === host ? `card:${inner?.className ?? ''}` : `page:${active?.id || active?.localName || 'none'}`;
  return {
    name: root.querySelector('.name')?.textContent ?? '',
    quote: root.querySelector('.quote-text')?.textContent ?? '',
    layout: host.dataset.layout ?? '',
    rect: { left: r.left, top: r.top, width: r.width, height: r.height },
    viewport: { width: innerWidth, height: innerHeight },
    targets: Array.from(root.querySelectorAll('button, a[href]'), (el) => {
      const b = el.getBoundingClientRect();
      return { what: el.className, width: b.width, height: b.height };
    }),
    role: card.getAttribute('role'),
    label: card.getAttribute('aria-label'),
    focus,
    live: root.querySelector('[aria-live]')?.textContent ?? '',
  };
}

/** Where focus is when no card is open: `page:<id or tag>`. Pass to `page.evaluate`. */
export function probeFocus(): string {
  const active = document.activeElement;
  return active?.localName === 'tri-dao-lens-card'
    ? `card:${active.shadowRoot?.activeElement?.className ?? ''}`
    : `page:${active?.id || active?.localName || 'none'}`;
}

/** The middle of the first occurrence of `word` inside the element with `id`. Pass to `page.evaluate`. */
export function probeWordPoint({ id, word }: { id: string; word: string }): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const i = n.data.indexOf(word);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + word.length);
    const r = range.getClientRects()[0];
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }
  return null;
}

/** The page's own DOM as markup, without the extension's host (which sits on <html>). Pass to `page.evaluate`. */
export function probePageDom(): string {
  return document.body.outerHTML + document.head.outerHTML;
}

/** Number of ranges in the extension's flash highlight (the occurrence a step landed on). Pass to `page.evaluate`. */
export function probeFlashed(): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const flash = registry?.get('tdl-flash');
  return flash
    ? Array.from(flash, (r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      })
    : [];
}

/** The open card's style sheet, markup and host attributes, to rebuild it on a page of its own. Pass to `page.evaluate`. */
export function probeCardCopy(): { css: string; html: string; layout: string; size: string } | null {
  const host = document.querySelector('tri-dao-lens-card') as HTMLElement | null;
  const root = host?.shadowRoot;
  if (!host || !root) return null;
  return {
    css: root.querySelector('style')?.textContent ?? '',
    html: root.querySelector('.mount')?.innerHTML ?? '',
    layout: host.dataset.layout ?? '',
    size: host.dataset.size ?? '',
  };
}

/**
 * Rebuilds a copied card in a shadow root on an empty page, in normal flow
 * (no top layer, nothing behind it), where axe can work out every colour.
 * Pass to `page.evaluate`.
 */
export function probeRebuildCard(copy: { css: string; html: string; layout: string; size: string }): void {
  const host = document.createElement('tri-dao-lens-card');
  host.dataset.layout = copy.layout;
  host.dataset.size = copy.size;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = copy.css;
  const mount = document.createElement('div');
  mount.className = 'mount';
  mount.innerHTML = copy.html;
  root.append(style, mount);
  document.body.append(host);
}

/** axe-core's own source, to be evaluated in a page (it defines `window.axe`). */
export function axeSource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
}

/** The WCAG 2 A and AA rules (2.0, 2.1 and 2.2), as axe tags them. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One axe finding, as a line a person can act on. */
export type AxeFinding = string;

/**
 * Runs axe in the page on `selector` (the whole document when null) and
 * returns its violations as lines. Pass to `page.evaluate` after the source.
 */
export async function probeAxe({
  selector,
  tags,
  strict,
}: {
  selector: string | null;
  tags: string[];
  /** Also report colours axe could not decide (where nothing stands behind the element, it must decide them). */
  strict?: boolean;
}): Promise<string[]> {
  const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
  const context = selector ? { include: [[selector]] } : document;
  const result = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
  const line = (v: any, n: any, what: string) =>
    `${v.id} (${what}): ${JSON.stringify(n.target)} — ${n.failureSummary?.split('\n')[1]?.trim() ?? n.any?.[0]?.message ?? ''}`;
  return [
    ...result.violations.flatMap((v: any) => v.nodes.map((n: any) => line(v, n, v.impact))),
    ...(strict
      ? result.incomplete
          .filter((v: any) => v.id === 'color-contrast')
          .flatMap((v: any) => v.nodes.map((n: any) => line(v, n, 'undecided')))
      : []),
  ];
}
