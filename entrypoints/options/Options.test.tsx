/**
 * The options page as a person uses it: what it shows for stored (and
 * damaged) settings, and what each control stores.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options, parseHoverDelay } from './Options';
import { disabledSitesItem } from '@/lib/settings';

function checked(el: HTMLElement): boolean {
  return (el as HTMLInputElement).checked;
}

async function stored(key: string) {
  return (await fakeBrowser.storage.local.get(key))[key];
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  warn.mockRestore();
});

async function renderOptions() {
  render(<Options />);
  return screen.findByRole('heading', { name: 'Tri Dao Lens settings' });
}

describe('options page', () => {
  test('shows the defaults on a fresh install', async () => {
    await renderOptions();
    expect(checked(screen.getByRole('checkbox', { name: /Highlight the interview/ }))).toBe(true);
    expect(screen.getByText('None: it works on every site.')).toBeTruthy();
    for (const name of [
      'Hardware: chips, GPUs, memory',
      'Models',
      'Techniques',
      'Tools and software',
      'People and companies',
    ])
      expect(checked(screen.getByRole('checkbox', { name }))).toBe(true);
    expect(checked(screen.getByRole('radio', { name: 'Coloured background' }))).toBe(true);
    expect(checked(screen.getByRole('radio', { name: /^Follow what you are reading: Simplified text/ }))).toBe(true);
    expect((screen.getByRole('spinbutton', { name: /Wait before showing the card/ }) as HTMLInputElement).value).toBe(
      '250',
    );
  });

  test('damaged storage shows defaults (and warns) instead of garbage', async () => {
    await fakeBrowser.storage.local.set({
      enabled: 'yes',
      disabledSites: ['<script>alert(1)</script>', 42],
      shownKinds: 'everything',
      highlightStyle: 'blink',
      chineseScript: ['hans'],
      quoteLanguage: 'fr',
      hoverDelayMs: -40,
    });
    await renderOptions();
    expect(checked(screen.getByRole('checkbox', { name: /Highlight the interview/ }))).toBe(true);
    expect(screen.getByText('None: it works on every site.')).toBeTruthy();
    expect(screen.queryByText(/alert\(1\)/)).toBeNull();
    expect(checked(screen.getByRole('radio', { name: 'Coloured background' }))).toBe(true);
    expect((screen.getByRole('spinbutton') as HTMLInputElement).value).toBe('250');
    expect(warn).toHaveBeenCalled();
  });

  test('on/off, kinds, style and script are stored as soon as they change', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: /Highlight the interview/ }));
    await waitFor(async () => expect(await stored('enabled')).toBe(false));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Models' }));
    await waitFor(async () =>
      expect(await stored('shownKinds')).toEqual(['hardware', 'techniques', 'tools', 'people']),
    );

    fireEvent.click(screen.getByRole('radio', { name: 'Underline only' }));
    await waitFor(async () => expect(await stored('highlightStyle')).toBe('underline'));

    fireEvent.click(screen.getByRole('radio', { name: /Taiwan phrasing/ }));
    await waitFor(async () => expect(await stored('chineseScript')).toBe('twp'));
    expect((await screen.findByRole('status')).textContent).toContain('Saved');
  });

  test("the language of Tri Dao's words: follow the text by default; English, Chinese or both on request", async () => {
    await renderOptions();
    const group = screen.getByRole('group', { name: /Language of Tri Dao's words/ });
    const follow = screen.getByRole('radio', { name: /Follow what you are reading: English text/ });
    expect(checked(follow)).toBe(true);
    expect(group.getAttribute('aria-describedby')).toBe('quote-language-hint');
    expect(document.getElementById('quote-language-hint')!.textContent).toMatch(/his exact words may differ/);
    fireEvent.click(screen.getByRole('radio', { name: 'Both, one above the other' }));
    await waitFor(async () => expect(await stored('quoteLanguage')).toBe('both'));
    fireEvent.click(screen.getByRole('radio', { name: 'English rendering first' }));
    await waitFor(async () => expect(await stored('quoteLanguage')).toBe('en'));
    // The script's automatic choice follows the text too.
    expect(screen.getByRole('radio', { name: /Simplified text gets Simplified/ })).toBeTruthy();
  });

  test('card text size: normal by default, small or large stored at once', async () => {
    await renderOptions();
    const group = screen.getByRole('group', { name: 'Text size in the card' });
    expect(checked(within(group).getByRole('radio', { name: 'Normal' }))).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: 'Large' }));
    await waitFor(async () => expect(await stored('cardFontSize')).toBe('large'));
    fireEvent.click(within(group).getByRole('radio', { name: 'Small' }));
    await waitFor(async () => expect(await stored('cardFontSize')).toBe('small'));
  });

  test('sites: add (normalised), refuse invalid and duplicates, remove', async () => {
    await renderOptions();
    const input = screen.getByRole('textbox', { name: 'Add a site' });
    fireEvent.input(input, { target: { value: 'https://News.Example.com/article?id=1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect(await stored('disabledSites')).toEqual(['news.example.com']));
    expect(screen.getByText('news.example.com')).toBeTruthy();

    fireEvent.input(input, { target: { value: 'news.example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toContain('already on the list');

    fireEvent.input(input, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Enter a web address');
    expect(await stored('disabledSites')).toEqual(['news.example.com']);

    fireEvent.click(screen.getByRole('button', { name: 'Remove news.example.com' }));
    await waitFor(async () => expect(await stored('disabledSites')).toEqual([]));
    expect(await screen.findByText('None: it works on every site.')).toBeTruthy();
  });

  test('hover delay: saved when in range, explained and not saved when not', async () => {
    await renderOptions();
    const delay = screen.getByRole('spinbutton');
    fireEvent.input(delay, { target: { value: '600' } });
    await waitFor(async () => expect(await stored('hoverDelayMs')).toBe(600));

    fireEvent.input(delay, { target: { value: '5000' } });
    expect((await screen.findByRole('alert')).textContent).toContain('Enter a whole number from 0 to 2000.');
    expect(await stored('hoverDelayMs')).toBe(600);
  });

  test('a change made elsewhere (the popup) shows up without reloading', async () => {
    await renderOptions();
    await disabledSitesItem.setValue(['example.org']);
    expect(await screen.findByText('example.org')).toBeTruthy();
  });

  test('parseHoverDelay', () => {
    expect(parseHoverDelay('0')).toBe(0);
    expect(parseHoverDelay(' 2000 ')).toBe(2000);
    expect(parseHoverDelay('2001')).toBeNull();
    expect(parseHoverDelay('-1')).toBeNull();
    expect(parseHoverDelay('1e3')).toBeNull();
    expect(parseHoverDelay('12.5')).toBeNull();
    expect(parseHoverDelay('')).toBeNull();
  });
});
