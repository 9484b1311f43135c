import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConceptCard } from '@/lib/messages';
import { createHoverCard, HIDE_GRACE_MS, type HoverCardController, type QuoteView } from './controller';
import { HOVER_CARD_HOST_TAG } from './host';
import { enTranslate, kvCacheCard, moeCard } from '@/tests/support/hover-card-fixtures';

// The page: "MoE" at offsets 4..7 and "KV cache" at 12..20 of one text node.
// The fake hit test maps x (px) to an offset: one character per 10 px on the line y 0..20.
const PAGE_TEXT = 'Why MoE and KV cache matter';
let textNode: Text;
let card: HoverCardController;
let loadCard: ReturnType<typeof vi.fn<(id: string) => Promise<ConceptCard | null>>>;
let openTranscript: ReturnType<typeof vi.fn<(anchor: string, shown: { lang: 'en' | 'zh'; script: string }) => void>>;
let view: QuoteView;
let active = true;

function matchAt(offset: number) {
  const spans = [
    { conceptId: 'mixture-of-experts', start: 4, end: 7 },
    { conceptId: 'kv-cache', start: 12, end: 20 },
  ];
  const span = spans.find((s) => offset >= s.start && offset < s.end);
  if (!span) return null;
  const range = document.createRange();
  range.setStart(textNode, span.start);
  range.setEnd(textNode, span.end);
  return { conceptId: span.conceptId, range };
}

function move(x: number, y = 10, target: EventTarget = document.body, buttons = 0) {
  target.dispatchEvent(
    new PointerEvent('pointermove', {
      clientX: x,
      clientY: y,
      pointerType: 'mouse',
      buttons,
      bubbles: true,
      composed: true,
    }),
  );
}

/** Lets the card's data promise and positioning settle (fake timers don't run microtasks by themselves). */
async function settle(ms = 0) {
  await vi.advanceTimersByTimeAsync(ms);
}

function shadow() {
  const host = document.querySelector(HOVER_CARD_HOST_TAG) as HTMLElement | null;
  return host?.shadowRoot ?? null;
}

function visibleName() {
  const host = card.host();
  if (!host || host.style.display === 'none') return null;
  return host.shadowRoot?.querySelector('.name')?.textContent ?? null;
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.textContent = PAGE_TEXT;
  document.body.append(p);
  textNode = p.firstChild as Text;
  active = true;
  loadCard = vi.fn(async (id: string) =>
    id === 'kv-cache' ? kvCacheCard : id === 'mixture-of-experts' ? moeCard : null,
  );
  openTranscript = vi.fn();
  view = { script: 'hans', quotes: 'zh', both: false };
  card = createHoverCard(
    { findAt: (_node, offset) => matchAt(offset), isActive: () => active },
    {
      doc: document,
      hitTest: (x, y) =>
        y >= 0 && y <= 20 && x >= 0 && x < PAGE_TEXT.length * 10
          ? { node: textNode, offset: Math.floor(x / 10) }
          : null,
      loadCard,
      openTranscript,
      t: enTranslate,
      language: 'en',
      viewFor: () => view,
      delayMs: 250,
      schedule: (callback) => callback(),
    },
  );
});

afterEach(() => {
  card.destroy();
  vi.useRealTimers();
});

describe('hover card behaviour', () => {
  it('creates no host element until a card is first shown', async () => {
    move(1);
    await settle(1000);
    expect(document.querySelector(HOVER_CARD_HOST_TAG)).toBeNull();
  });

  it('shows the concept under the pointer after the dwell, in an open shadow root on <html>', async () => {
    move(45);
    await settle(200);
    expect(visibleName()).toBeNull();
    await settle(60);
    expect(visibleName()).toBe('Mixture of Experts (MoE) and sparsity');
    const host = document.querySelector(HOVER_CARD_HOST_TAG)!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.getAttribute('style')).toMatch(/all: initial/);
    expect(shadow()?.querySelector('blockquote')?.textContent).toBe(moeCard.quotes[0].text.hans);
    expect(loadCard).toHaveBeenCalledWith('mixture-of-experts');
  });

  it('does not show when the pointer passes over a term without resting', async () => {
    move(45);
    await settle(100);
    move(95);
    await settle(400);
    expect(visibleName()).toBeNull();
  });

  it('keeps the card while the pointer travels into it, and hides it after leaving', async () => {
    move(45);
    await settle(300);
    move(95); // blank text between the terms
    await settle(HIDE_GRACE_MS / 2);
    move(0, 0, card.host()!); // into the card
    await settle(HIDE_GRACE_MS * 2);
    expect(visibleName()).toBe('Mixture of Experts (MoE) and sparsity');
    move(95, 100); // out of the card, onto nothing
    await settle(HIDE_GRACE_MS + 10);
    expect(visibleName()).toBeNull();
  });

  it('opens the next term when the pointer travels to it over plain text and rests there', async () => {
    move(45); // MoE
    await settle(300);
    expect(visibleName()).toBe('Mixture of Experts (MoE) and sparsity');
    move(95); // the plain text between the terms: the old card's grace period starts
    await settle(150);
    move(145); // KV cache, before the grace period is over; the pointer then rests here
    await settle(HIDE_GRACE_MS + 300);
    expect(visibleName()).toBe('KV cache');
  });

  it('hides on Escape, and the same term does not reopen until the pointer leaves it', async () => {
    move(45);
    await settle(300);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(visibleName()).toBeNull();
    move(55);
    await settle(500);
    expect(visibleName()).toBeNull();
    move(95);
    move(45);
    await settle(300);
    expect(visibleName()).toBe('Mixture of Experts (MoE) and sparsity');
  });

  it('hides when the page scrolls, but not when the card itself scrolls', async () => {
    move(45);
    await settle(300);
    card.host()!.dispatchEvent(new Event('scroll'));
    expect(visibleName()).not.toBeNull();
    document.dispatchEvent(new Event('scroll'));
    expect(visibleName()).toBeNull();
  });

  it('ignores scrolling elsewhere (a carousel, a ticker) but hides when a scroller holding the term scrolls', async () => {
    const ticker = document.createElement('div');
    document.body.append(ticker);
    move(45);
    await settle(300);
    ticker.dispatchEvent(new Event('scroll'));
    expect(visibleName()).not.toBeNull();
    document.body.dispatchEvent(new Event('scroll'));
    expect(visibleName()).toBeNull();
  });

  it('does not open while a mouse button is held (the reader is selecting text)', async () => {
    move(45, 10, document.body, 1);
    await settle(1000);
    expect(visibleName()).toBeNull();
  });

  it('moves to another term after its own dwell', async () => {
    move(45);
    await settle(300);
    move(135);
    await settle(260);
    expect(visibleName()).toBe('KV cache');
  });

  it('never shows while highlights are off', async () => {
    active = false;
    move(45);
    await settle(1000);
    expect(visibleName()).toBeNull();
  });

  it('re-renders an open card when the Chinese script changes', async () => {
    move(135);
    await settle(300);
    expect(shadow()?.querySelector('blockquote')?.textContent).toBe(kvCacheCard.quotes[0].text.hans);
    view = { ...view, script: 'twp' };
    card.refresh();
    expect(shadow()?.querySelector('blockquote')?.textContent).toBe(kvCacheCard.quotes[0].text.twp);
    expect(shadow()?.querySelector('blockquote')?.getAttribute('lang')).toBe('zh-Hant-TW');
  });

  it('"Read in context" opens the transcript at the quote and closes the card', async () => {
    move(45);
    await settle(300);
    shadow()!.querySelector<HTMLButtonElement>('button.read')!.click();
    expect(openTranscript).toHaveBeenCalledWith('q-mixture-of-experts-1', { lang: 'zh', script: 'hans' });
    expect(visibleName()).toBeNull();
  });

  it('the card follows its view: English first with the label, and its switch shows the Chinese in one click', async () => {
    view = { script: 'hant', quotes: 'en', both: false };
    move(135);
    await settle(300);
    const root = shadow()!;
    expect(root.querySelector('.quote-text')?.textContent).toBe(kvCacheCard.quotes[0].text.en);
    expect(root.querySelector('.quote-source')?.textContent).toMatch(/English rendering by the Tri Dao Lens team/);
    root.querySelector<HTMLButtonElement>('button.lang')!.click();
    expect(shadow()!.querySelector('.quote-text')?.textContent).toBe(kvCacheCard.quotes[0].text.hant);
    expect(visibleName()).toBe('KV cache');
    // "Read in context" opens the transcript in what the card shows now.
    shadow()!.querySelector<HTMLButtonElement>('button.read')!.click();
    expect(openTranscript).toHaveBeenCalledWith('q-kv-cache-1', { lang: 'zh', script: 'hant' });
  });

  it('a settings change re-decides the open card (the switch is reset)', async () => {
    view = { script: 'hans', quotes: 'zh', both: false };
    move(135);
    await settle(300);
    shadow()!.querySelector<HTMLButtonElement>('button.lang')!.click();
    expect(shadow()!.querySelector('.quote-text')?.getAttribute('lang')).toBe('en');
    view = { script: 'hans', quotes: 'zh', both: true };
    card.refresh();
    const blocks = [...shadow()!.querySelectorAll('.quote-text')].map((b) => b.getAttribute('lang'));
    expect(blocks).toEqual(['zh-Hans', 'en']);
  });

  it('"More quotes" expands in the card', async () => {
    move(45);
    await settle(300);
    shadow()!.querySelector<HTMLButtonElement>('button.more')!.click();
    expect(shadow()!.querySelectorAll('.quote')).toHaveLength(2);
  });

  it('"More quotes" keeps the card and the focus when the re-render removes the focused button (its blur is not the window\'s)', async () => {
    move(45);
    await settle(300);
    const more = shadow()!.querySelector<HTMLButtonElement>('button.more')!;
    more.focus();
    more.click();
    // Chromium fires blur at the focused button as the re-render removes it, while it is still in the card;
    // happy-dom doesn't, so the test sends an element's blur (composed, as the browser's are) from inside the card.
    const fewer = shadow()!.querySelector<HTMLButtonElement>('button.more')!;
    fewer.dispatchEvent(new FocusEvent('blur', { composed: true }));
    await settle(HIDE_GRACE_MS + 100);
    expect(visibleName()).toBe('Mixture of Experts (MoE) and sparsity');
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    expect(shadow()!.activeElement).toBe(fewer);
  });

  it('hides when the window itself loses focus (the reader went to another tab or app)', async () => {
    move(45);
    await settle(300);
    window.dispatchEvent(new FocusEvent('blur'));
    expect(visibleName()).toBeNull();
  });

  it('the episode link closes the card after the browser has followed it; a modified click keeps it', async () => {
    move(45);
    await settle(300);
    const link = () => shadow()!.querySelector<HTMLAnchorElement>('a.episode')!;
    link().addEventListener('click', (event) => event.preventDefault()); // no navigation in happy-dom
    link().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    await settle(10);
    expect(visibleName()).toBe('Mixture of Experts (MoE) and sparsity');
    link().click();
    expect(visibleName()).toBe('Mixture of Experts (MoE) and sparsity');
    await settle(10);
    expect(visibleName()).toBeNull();
  });

  it('hide() and destroy() remove the card; destroy removes the host', async () => {
    move(45);
    await settle(300);
    card.hide();
    expect(visibleName()).toBeNull();
    card.destroy();
    expect(document.querySelector(HOVER_CARD_HOST_TAG)).toBeNull();
  });
});
