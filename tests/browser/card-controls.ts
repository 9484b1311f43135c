/**
 * Every control of the hover card, clicked with the real mouse in a real
 * browser (tests/browser/card-controls*.test.ts, Chromium and Firefox), and
 * what the reader should see afterwards: the card still open (and what
 * changed in it) or gone (and what opened instead).
 *
 * The controls are read from the card itself (everything in its shadow root
 * a reader can click or tab to), so a control someone adds later is clicked
 * too; a control that has no row in `CARD_CONTROLS` fails the test, with the
 * key to add. Each control is clicked on a freshly opened card, collapsed and
 * expanded, so one control's effect doesn't hide another's.
 */

/** One clickable thing in the card, as the card's DOM describes it. */
export interface CardControl {
  /** `tag.class…` plus its ARIA state, e.g. `button.more[aria-expanded=false]`: the row of `CARD_CONTROLS`. */
  key: string;
  /** What a reader sees or hears: its accessible name. */
  label: string;
  href: string | null;
  /** `data-anchor`: the transcript address a "Read in context" button opens. */
  anchor: string | null;
  /** The control's centre (viewport px) when read; it may be scrolled out of the card's view. */
  x: number;
  y: number;
}

/** What the open card shows, read after a click. */
export interface CardState {
  conceptId: string;
  quotes: number;
  /** The key of the control that has focus inside the card, if any. */
  focused: string | null;
  controls: CardControl[];
}

/** What a reader expects after clicking a control. */
export type ControlExpectation =
  | {
      card: 'stays';
      /** Why, in a reader's words (shows in the test name). */
      reader: string;
      /** Checks the card after the click against the card before it. */
      check(before: CardState, after: CardState, quoteCount: number): void;
    }
  | {
      card: 'closes';
      reader: string;
      /** The tab the control opens: a URL test on the new tab's address. */
      opens?: (href: string, control: CardControl, episodeUrl: string) => boolean;
    };

/** In-page helpers shared by the two sources below: the card's shadow root, its controls and their keys. */
const IN_PAGE_HELPERS = `
  const host = document.querySelector('tri-dao-lens-card');
  const root = host && host.shadowRoot;
  const shown = !!(host && root && getComputedStyle(host).display !== 'none' && root.querySelector('.card[data-concept-id]'));
  const selector = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable=""], [contenteditable=true], ' +
    '[role=button], [role=link], [role=switch], [role=tab], [role=radio], [role=checkbox], [role=menuitem], [role=option]';
  const state = ['aria-expanded', 'aria-pressed', 'aria-checked', 'aria-selected'];
  const keyOf = (el) => {
    let key = el.localName + [...el.classList].sort().map((c) => '.' + c).join('');
    for (const name of state) if (el.hasAttribute(name)) key += '[' + name + '=' + el.getAttribute(name) + ']';
    return key;
  };
  const controlsOf = () => [...root.querySelectorAll(selector)].filter((el) => {
    if (el.closest('[hidden], [inert]') || el.disabled) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  });
  const centre = (el) => { const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; };
`;

/**
 * Runs in the page: the card's controls (or null when no card is shown).
 * Plain JavaScript source, so Playwright and Puppeteer evaluate the same code.
 */
export const READ_CARD_SOURCE = `(() => {${IN_PAGE_HELPERS}
  if (!shown) return null;
  const controls = controlsOf().map((el) => ({
    key: keyOf(el),
    label: (el.getAttribute('aria-label') || el.textContent || '').trim(),
    href: el.getAttribute('href'),
    anchor: el.getAttribute('data-anchor'),
    ...centre(el),
  }));
  const active = root.activeElement;
  return {
    conceptId: root.querySelector('.card').dataset.conceptId,
    quotes: root.querySelectorAll('.quote-text').length,
    focused: active ? keyOf(active) : null,
    controls,
  };
})()`;

/**
 * Runs in the page: scrolls the card (it scrolls inside itself when it is
 * taller than the window allows) until the first control with `key` is in
 * view, as a reader would, and returns where to click it; null if it's gone.
 */
export const pointOfControlSource = (key: string) => `(() => {${IN_PAGE_HELPERS}
  if (!shown) return null;
  const el = controlsOf().find((e) => keyOf(e) === ${JSON.stringify(key)});
  if (!el) return null;
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return centre(el);
})()`;

/**
 * The expectation table: one row per kind of control. A control the card
 * shows that has no row here fails the test: add a row saying what a reader
 * expects when clicking it.
 */
export const CARD_CONTROLS: Record<string, ControlExpectation> = {
  'button.more[aria-expanded=false]': {
    card: 'stays',
    reader: 'the other quotes appear under the first, and the button, still focused, now offers fewer',
    check(before, after, quoteCount) {
      expectEqual(after.conceptId, before.conceptId, 'same concept');
      expectEqual(after.quotes, quoteCount, 'every quote shown');
      expectEqual(after.focused, 'button.more[aria-expanded=true]', 'focus stays on the toggle');
    },
  },
  'button.more[aria-expanded=true]': {
    card: 'stays',
    reader: 'the card folds back to its first quote, the toggle keeps focus',
    check(before, after) {
      expectEqual(after.conceptId, before.conceptId, 'same concept');
      expectEqual(after.quotes, 1, 'one quote shown');
      expectEqual(after.focused, 'button.more[aria-expanded=false]', 'focus stays on the toggle');
    },
  },
  'button.read': {
    card: 'closes',
    reader: 'the transcript opens in a new tab at that quote, and the card closes',
    opens: (href, control) => control.anchor !== null && href.endsWith(`/transcript.html#${control.anchor}`),
  },
  'button.close': { card: 'closes', reader: 'the card closes' },
  'a.episode': {
    card: 'closes',
    reader: 'the episode opens in a new tab, and the card closes (the reader has left for the podcast)',
    opens: (href, _control, episodeUrl) => href === episodeUrl,
  },
};

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** The row for a control, or an error telling the next engineer what to add. */
export function expectationFor(control: CardControl): ControlExpectation {
  const row = CARD_CONTROLS[control.key];
  if (!row) {
    throw new Error(
      `The card has a control nobody said what to expect of: ${control.key} ("${control.label}"). ` +
        `Add a row for it to CARD_CONTROLS in tests/browser/card-controls.ts.`,
    );
  }
  return row;
}

/** One control per key (several "Read in context" buttons behave alike), in the card's order. */
export function distinctControls(controls: CardControl[]): CardControl[] {
  const seen = new Set<string>();
  return controls.filter((c) => !seen.has(c.key) && seen.add(c.key));
}
