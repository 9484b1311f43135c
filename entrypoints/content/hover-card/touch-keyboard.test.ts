/**
 * The card by touch and by keyboard, with a fake hit test: a tap opens a
 * term's card, a tap on a term inside a link stays the link's (a long press
 * opens it instead), a tap elsewhere closes it; the keyboard's `openFor`
 * opens a dialog that takes focus, announces the term, and gives focus back
 * on Escape; the listeners that only matter while a card is open are gone
 * once it closes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enTranslate, kvCacheCard, moeCard } from '@/tests/support/hover-card-fixtures';
import { type CardMatch, createHoverCard, type HoverCardController, LONG_PRESS_MS } from './controller';

// "MoE" (offsets 4..7) in plain text, "KV cache" (0..8) inside a link: one character per 10 px on the line y 0..20
// for the paragraph, y 30..50 for the link.
const PLAIN = 'Why MoE matters';
const LINKED = 'KV cache';
let plain: Text;
let linked: Text;
let card: HoverCardController;

function matchIn(node: Text, offset: number): CardMatch | null {
  const span =
    node === plain && offset >= 4 && offset < 7
      ? { conceptId: 'mixture-of-experts', start: 4, end: 7 }
      : node === linked && offset < 8
        ? { conceptId: 'kv-cache', start: 0, end: 8 }
        : null;
  if (!span) return null;
  const range = document.createRange();
  range.setStart(node, span.start);
  range.setEnd(node, span.end);
  return { conceptId: span.conceptId, range };
}

function pointer(type: string, x: number, y: number, pointerType = 'touch') {
  document.body.dispatchEvent(
    new PointerEvent(type, { clientX: x, clientY: y, pointerType, isPrimary: true, bubbles: true, composed: true }),
  );
}

/** A finger down and up at one point: pointerdown, pointerup, then the click browsers send for a tap. */
async function tapAt(x: number, y: number) {
  pointer('pointerdown', x, y);
  pointer('pointerup', x, y);
  document.body.dispatchEvent(
    new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true }),
  );
  await vi.advanceTimersByTimeAsync(10);
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
  p.textContent = PLAIN;
  const a = document.createElement('a');
  a.href = 'https://example.com/kv';
  a.textContent = LINKED;
  const button = document.createElement('button');
  button.textContent = 'page button';
  document.body.append(p, a, button);
  plain = p.firstChild as Text;
  linked = a.firstChild as Text;
  card = createHoverCard(
    { findAt: (node, offset) => matchIn(node as Text, offset), isActive: () => true },
    {
      doc: document,
      hitTest: (x, y) => {
        const offset = Math.floor(x / 10);
        if (y >= 0 && y <= 20 && offset < PLAIN.length) return { node: plain, offset };
        if (y >= 30 && y <= 50 && offset < LINKED.length) return { node: linked, offset };
        return null;
      },
      loadCard: async (id) => (id === 'kv-cache' ? kvCacheCard : id === 'mixture-of-experts' ? moeCard : null),
      openTranscript: () => {},
      t: enTranslate,
      language: 'en',
      viewFor: () => ({ script: 'hans', quotes: 'zh', both: false }),
      delayMs: 250,
      schedule: (callback) => callback(),
    },
  );
});

afterEach(() => {
  card.destroy();
  vi.useRealTimers();
});

describe('touch', () => {
  it('a tap on a term opens its card at once; a tap on nothing closes it', async () => {
    await tapAt(45, 10);
    expect(visibleName()).toBe('Mixture of Experts (MoE) and sparsity');
    await tapAt(140, 10);
    expect(visibleName()).toBeNull();
  });

  it("a tap on a term inside a link is the link's; a long press on it opens the card", async () => {
    await tapAt(20, 40);
    expect(visibleName()).toBeNull();
    pointer('pointerdown', 20, 40);
    await vi.advanceTimersByTimeAsync(LONG_PRESS_MS + 10);
    expect(visibleName()).toBe('KV cache');
    // The browser's link menu would cover the card: the long press's contextmenu is cancelled.
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(menu);
    expect(menu.defaultPrevented).toBe(true);
    pointer('pointerup', 20, 40);
    expect(visibleName()).toBe('KV cache');
  });

  it('a press that moves (a scroll) opens nothing', async () => {
    pointer('pointerdown', 20, 40);
    pointer('pointermove', 20, 120);
    await vi.advanceTimersByTimeAsync(LONG_PRESS_MS * 2);
    expect(visibleName()).toBeNull();
  });

  it('a tap the page handled itself (preventDefault) opens nothing', async () => {
    const handled = (event: Event) => event.preventDefault();
    document.body.addEventListener('click', handled);
    await tapAt(45, 10);
    expect(visibleName()).toBeNull();
    document.body.removeEventListener('click', handled);
  });

  it('a tap on a phone-wide window lays the card out as a bottom sheet', async () => {
    const width = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 390 });
    const vv = window.visualViewport;
    Object.defineProperty(window, 'visualViewport', { configurable: true, value: null });
    try {
      await tapAt(45, 10);
      expect(card.host()?.dataset.layout).toBe('sheet');
    } finally {
      Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
      Object.defineProperty(window, 'visualViewport', { configurable: true, value: vv });
    }
  });
});

describe('keyboard', () => {
  it('openFor opens a labelled dialog with focus, announces the term, and Escape gives focus back', async () => {
    const button = document.querySelector('button')!;
    button.focus();
    const match = matchIn(plain, 4)!;
    await card.openFor(match, { index: 2, total: 5 });
    expect(visibleName()).toBe('Mixture of Experts (MoE) and sparsity');
    const root = card.host()!.shadowRoot!;
    const dialog = root.querySelector('.card')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-label')).toBe('Mixture of Experts (MoE) and sparsity');
    expect(document.activeElement).toBe(card.host());
    expect(root.activeElement).toBe(dialog);
    await vi.advanceTimersByTimeAsync(200);
    const live = root.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('“MoE”: Mixture of Experts (MoE) and sparsity. 2 of 5 on this page.');
    // The quotes are text a screen reader reads as it is.
    expect(root.querySelector('blockquote')?.textContent).toBe(moeCard.quotes[0].text.hans);

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(visibleName()).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(live.textContent).toBe('');
  });

  it("Tab and Shift+Tab go round the card's controls instead of leaving the page for the browser's toolbar", async () => {
    await card.openFor(matchIn(plain, 4)!);
    const root = card.host()!.shadowRoot!;
    const controls = Array.from(root.querySelectorAll<HTMLElement>('a[href], button'));
    expect(controls.length).toBeGreaterThan(1);
    const tab = (shiftKey = false) => {
      const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    // From the dialog itself, Shift+Tab goes to the last control.
    expect(tab(true)).toBe(true);
    expect(root.activeElement).toBe(controls.at(-1));
    // From the last control, Tab goes to the first; between them the browser's own order applies.
    expect(tab()).toBe(true);
    expect(root.activeElement).toBe(controls[0]);
    expect(tab()).toBe(false);
    expect(tab(true)).toBe(true);
    expect(root.activeElement).toBe(controls.at(-1));
    expect(visibleName()).not.toBeNull();
  });

  it('keeps focus on the same control when the card re-renders ("More quotes")', async () => {
    await card.openFor(matchIn(plain, 4)!);
    const root = card.host()!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button.more')!.focus();
    root.querySelector<HTMLButtonElement>('button.more')!.click();
    expect(root.querySelectorAll('.quote')).toHaveLength(2);
    expect(root.activeElement?.className).toBe('more');
    expect(visibleName()).not.toBeNull();
  });
});

describe('listeners', () => {
  it("adds the open card's listeners with a signal per armed session and drops them when it closes", async () => {
    const add = vi.spyOn(window, 'addEventListener');
    await tapAt(45, 10);
    const scroll = add.mock.calls.find(([type]) => type === 'scroll');
    const signal = (scroll?.[2] as AddEventListenerOptions | undefined)?.signal;
    expect(signal?.aborted).toBe(false);
    card.hide();
    expect(signal?.aborted).toBe(true);
    add.mockRestore();
  });
});
