/**
 * Every control of the hover card, clicked with the real mouse in a real
 * browser (tests/browser/card-controls*.test.ts, Chromium and Firefox), and
 * what the reader should see afterwards: the card still open (and what
 * changed in it) or gone (and what opened instead).
 *
 * The controls are read from the card itself (everything in its shadow root
 * a reader can click or tab to: the `cardControls` probe in `probes.ts`), so
 * a control someone adds later is clicked too; a control that has no row in `CARD_CONTROLS` fails the test, with the
 * key to add. Each control is clicked on a freshly opened card, collapsed and
 * expanded, so one control's effect doesn't hide another's.
 */

import type { CardControl, CardState } from './probes';

export type { CardControl, CardState };

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
    reader:
      'the transcript opens in a new tab at that quote, in the language and script the card showed, and the card closes',
    opens: (href, control) =>
      control.anchor !== null &&
      /\/transcript\.html\?lang=(en|zh)&script=(hans|hant|twp)#/.test(href) &&
      href.endsWith(`#${control.anchor}`),
  },
  'button.lang': {
    card: 'stays',
    reader:
      "Tri Dao's words switch to the other language (the team's English or the Chinese original), the switch keeps focus",
    check(before, after) {
      expectEqual(after.conceptId, before.conceptId, 'same concept');
      expectEqual(after.quotes, before.quotes, 'as many quotes as before');
      expectEqual(after.focused, 'button.lang', 'focus stays on the switch');
    },
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
