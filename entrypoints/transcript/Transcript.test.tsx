import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Concept, Interview } from '@/lib/data-types';
import { chineseScriptItem, quoteLanguageItem } from '@/lib/settings';
import { stubConcepts, stubInterview } from '@/tests/support/search-fixtures';
import interviewJson from '@/data/generated/interview.json';
import conceptsJson from '@/data/generated/concepts.json';
import { Transcript } from './Transcript';

beforeEach(() => {
  fakeBrowser.reset();
  // The Chinese write-up first; the English rendering beside it is tested in its own block below.
  history.replaceState(null, '', '/transcript.html?lang=zh');
});
afterEach(() => cleanup());

const byId = (id: string) => document.getElementById(id);
/** The title in the language shown first. */
const h1Primary = () => screen.getByRole('heading', { level: 1 }).querySelector('.is-primary')!.textContent;

describe('transcript page (stub interview)', () => {
  it('shows the title, the lead as editorial, the contents and every anchor', () => {
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    expect(h1Primary()).toBe(stubInterview.title.hans);
    const lead = screen.getByRole('region', { name: "Editor's lead" });
    expect(within(lead).getByText(/not Tri Dao's words/)).toBeTruthy();
    expect(within(lead).getByText('英伟达还能“猖狂”多久?——不出三年!')).toBeTruthy();
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    expect(
      within(toc)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#s-nvidia-dominance', '#s-inference-optimization']);
    for (const id of [
      's-nvidia-dominance',
      't-t1',
      't-t4',
      'q-kv-cache-1',
      'q-memory-bound-inference-1',
      'q-nvidia-1',
    ]) {
      expect(byId(id), id).not.toBeNull();
    }
    // A quote anchor is the <mark> around exactly the quote's words.
    const mark = byId('q-kv-cache-1')!;
    expect(mark.tagName).toBe('MARK');
    expect(mark.textContent).toBe(stubConcepts[0].quotes[0].text.hans);
  });

  it("tells Tri Dao's turns from the questions, and shows the team's note on a slip", () => {
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    expect(byId('t-t4')!.className).toContain('speaker-tri');
    expect(byId('t-t1')!.className).toContain('speaker-q');
    expect(within(byId('t-t4')!).getByText('Tri Dao')).toBeTruthy();
    const note = within(byId('t-t4')!).getByRole('note');
    expect(note.textContent).toMatch(/Note from the Tri Dao Lens team.*MixtureofExperts/);
  });

  it('adds chips for concepts a turn only mentions, linking to where they are quoted', () => {
    render(<Transcript interview={stubInterview} concepts={stubConcepts} mentions={new Map([['t1', ['nvidia']]])} />);
    const chip = byId('t-t1')!.querySelector('.chip-mentioned[data-concept="nvidia"]')!;
    expect(chip.querySelector('summary')!.textContent).toBe('NVIDIA');
    expect(chip.querySelector('a')!.getAttribute('href')).toBe('#q-nvidia-1');
    expect(byId('t-t2')!.querySelector('.chip-quoted[data-concept="nvidia"]')).not.toBeNull();
  });

  it('links the credits to the podcast episode and the publisher', () => {
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    const credits = screen.getByRole('contentinfo');
    const links = within(credits).getAllByRole('link');
    expect(links[0].getAttribute('href')).toBe(stubInterview.source.episodeUrl);
    expect(links[1].textContent).toContain('量子位');
  });

  it('scrolls to and highlights the quote named in the hash, on load and on hash change', async () => {
    history.replaceState(null, '', '/transcript.html?lang=zh#q-nvidia-1');
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    await waitFor(() => expect(document.activeElement?.id).toBe('q-nvidia-1'));
    expect(byId('q-nvidia-1')!.classList.contains('is-target')).toBe(true);

    location.hash = '#q-kv-cache-1';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(document.activeElement?.id).toBe('q-kv-cache-1'));
    expect(byId('q-kv-cache-1')!.classList.contains('is-target')).toBe(true);
    expect(byId('q-nvidia-1')!.classList.contains('is-target')).toBe(false);
  });

  it('says so when the hash names no place in the interview', async () => {
    history.replaceState(null, '', '/transcript.html?lang=zh#q-nope-9');
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    expect((await screen.findByRole('alert')).textContent).toContain('q-nope-9');
  });

  it('switches 简/繁 at once, keeping the quote anchors (also where twp changes lengths)', async () => {
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    fireEvent.click(screen.getByRole('radio', { name: /Taiwan phrasing/ }));
    await waitFor(() => expect(byId('q-memory-bound-inference-1')!.textContent).toContain('記憶體'));
    expect(byId('q-memory-bound-inference-1')!.textContent).toBe(stubConcepts[1].quotes[0].text.twp);
    expect(h1Primary()).toBe(stubInterview.title.twp);
    expect(await chineseScriptItem.getValue()).toBe('twp');

    await chineseScriptItem.setValue('hant'); // from the popup, say
    await waitFor(() => expect(byId('q-nvidia-1')!.textContent).toBe(stubConcepts[3].quotes[0].text.hant));
  });
});

describe('transcript page in two languages (stub interview)', () => {
  const kv = stubConcepts[0].quotes[0];

  it('with no language asked, follows the interface (English here): the rendering first, labelled as the team’s', () => {
    history.replaceState(null, '', '/transcript.html#q-kv-cache-1');
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    expect(h1Primary()).toBe(stubInterview.title.en);
    expect(screen.getByRole('heading', { level: 1 }).querySelector('.is-secondary')!.textContent).toBe(
      stubInterview.title.hans,
    );
    const notes = screen.getAllByRole('note').map((n) => n.textContent);
    expect(notes).toContain(
      "EN English rendering by the Tri Dao Lens team of QbitAI's Chinese write-up; the podcast was in English and his exact words may differ.",
    );
    expect(document.querySelector('.head-en')!.textContent).toMatch(/English.*rendering, not his exact words/);
    // The editor's lead stays the editor's, in both languages.
    const lead = screen.getByRole('region', { name: "Editor's lead" });
    expect(within(lead).getByText(/not Tri Dao's words/)).toBeTruthy();
    expect(within(lead).getByText(stubInterview.lead[0].text.en)).toBeTruthy();
    expect(within(lead).getByText(stubInterview.lead[0].text.hans)).toBeTruthy();
  });

  it('marks a quote in both languages; the anchor is on the English words, which carry lang="en"', async () => {
    history.replaceState(null, '', '/transcript.html#q-kv-cache-1');
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    await waitFor(() => expect(document.activeElement?.id).toBe('q-kv-cache-1'));
    const anchor = byId('q-kv-cache-1')!;
    expect(anchor.textContent).toBe(kv.text.en);
    expect(anchor.closest('p')!.getAttribute('lang')).toBe('en');
    const marks = [...document.querySelectorAll<HTMLElement>('mark[data-quotes~="kv-cache-1"]')];
    expect(marks.map((m) => m.closest('p')!.getAttribute('lang'))).toEqual(['en', 'zh-Hans']);
    expect(marks.map((m) => m.textContent)).toEqual([kv.text.en, kv.text.hans]);
    expect(marks.every((m) => m.classList.contains('is-target'))).toBe(true);
    // Paragraph beside paragraph: the turn's English and Chinese paragraphs alternate, the English first.
    const paras = [...byId('t-t4')!.querySelectorAll('.para')].map((p) => p.getAttribute('lang'));
    expect(paras).toEqual(['en', 'zh-Hans', 'en', 'zh-Hans', 'en', 'zh-Hans']);
  });

  it('opens in the script the address asks for, without changing the setting', async () => {
    history.replaceState(null, '', '/transcript.html?lang=zh&script=twp#q-memory-bound-inference-1');
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    await waitFor(() => expect(document.activeElement?.id).toBe('q-memory-bound-inference-1'));
    expect(byId('q-memory-bound-inference-1')!.textContent).toBe(stubConcepts[1].quotes[0].text.twp);
    expect(h1Primary()).toBe(stubInterview.title.twp);
    expect(await chineseScriptItem.getValue()).toBe('auto');
  });

  it('the language switch moves the anchors to the other language and puts it in the address', async () => {
    history.replaceState(null, '', '/transcript.html#q-nvidia-1');
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    expect(byId('q-nvidia-1')!.textContent).toBe(stubConcepts[3].quotes[0].text.en);
    fireEvent.click(screen.getByRole('radio', { name: '中文' }));
    await waitFor(() => expect(byId('q-nvidia-1')!.textContent).toBe(stubConcepts[3].quotes[0].text.hans));
    expect(location.search).toBe('?lang=zh');
    expect(location.hash).toBe('#q-nvidia-1');
    fireEvent.click(screen.getByRole('button', { name: 'Show the English' }));
    await waitFor(() => expect(byId('q-nvidia-1')!.textContent).toBe(stubConcepts[3].quotes[0].text.en));
  });
});

describe('transcript page: the quote-language setting', () => {
  it('with no lang in the address, a setting of Chinese opens the Chinese; the address still wins', async () => {
    await quoteLanguageItem.setValue('zh');
    history.replaceState(null, '', '/transcript.html#q-nvidia-1');
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    await waitFor(() => expect(byId('q-nvidia-1')!.textContent).toBe(stubConcepts[3].quotes[0].text.hans));
    cleanup();
    history.replaceState(null, '', '/transcript.html?lang=en#q-nvidia-1');
    render(<Transcript interview={stubInterview} concepts={stubConcepts} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(byId('q-nvidia-1')!.textContent).toBe(stubConcepts[3].quotes[0].text.en);
  });
});

describe('transcript page (the real interview)', () => {
  const interview = interviewJson as unknown as Interview;
  const concepts = conceptsJson as unknown as Concept[];

  it('has seven sections, every turn and every quote at its anchor', () => {
    render(<Transcript interview={interview} concepts={concepts} />);
    expect(within(screen.getByRole('navigation')).getAllByRole('link')).toHaveLength(7);
    for (const turn of interview.turns) expect(byId(`t-${turn.id}`), turn.id).not.toBeNull();
    for (const quote of concepts.flatMap((c) => c.quotes)) {
      const anchor = byId(`q-${quote.id}`);
      expect(anchor, quote.id).not.toBeNull();
      // The quote's words start at its anchor, inside its turn.
      expect(anchor!.closest('article')!.id).toBe(`t-${quote.turnId}`);
      // And the same quote is marked in the other language, in the same turn.
      const marks = [...anchor!.closest('article')!.querySelectorAll(`mark[data-quotes~="${quote.id}"]`)];
      expect(new Set(marks.map((m) => m.closest('p')!.getAttribute('lang'))), quote.id).toEqual(
        new Set(['en', 'zh-Hans']),
      );
    }
  });

  it('in English, every quote’s anchor holds its English words', () => {
    history.replaceState(null, '', '/transcript.html?lang=en');
    render(<Transcript interview={interview} concepts={concepts} />);
    for (const quote of concepts.flatMap((c) => c.quotes)) {
      const anchor = byId(`q-${quote.id}`)!;
      expect(anchor.closest('p')!.getAttribute('lang'), quote.id).toBe('en');
      // Overlapping quotes share marks: the anchor starts the quote's words.
      const words = [...anchor.closest('article')!.querySelectorAll(`p[lang="en"] mark[data-quotes~="${quote.id}"]`)]
        .map((m) => m.textContent)
        .join('');
      expect(quote.text.en, quote.id).toContain(words.split('\n')[0]!.slice(0, 30));
    }
  });

  it('chips on a turn link to the other turns that discuss the concept', () => {
    render(<Transcript interview={interview} concepts={concepts} />);
    const multi = concepts.find((c) => new Set(c.quotes.map((q) => q.turnId)).size > 1)!;
    const turn = byId(`t-${multi.quotes[0].turnId}`)!;
    const chip = turn.querySelector(`.chip[data-concept="${multi.id}"]`)!;
    const hrefs = [...chip.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(byId(href.slice(1))!.closest('article')!.id).not.toBe(turn.id);
  });
});
