import { describe, expect, it, vi } from 'vitest';
import type { ConceptCard } from '@/lib/messages';
import { renderCard, type CardView } from './render';
import { enTranslate, gptOssCard, kvCacheCard, moeCard } from '@/tests/support/hover-card-fixtures';

const en: CardView = { language: 'en', script: 'hans', expanded: false, quotes: 'zh', both: false };

function render(card: ConceptCard, view: CardView = en) {
  const actions = {
    openTranscript: vi.fn(),
    toggleExpanded: vi.fn(),
    close: vi.fn(),
    setQuotes: vi.fn(),
    followedLink: vi.fn(),
  };
  const root = renderCard(document, card, view, enTranslate, actions);
  document.body.replaceChildren(root);
  return { root, actions };
}

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent ?? null;

describe('hover card content', () => {
  it('shows the English name, the Chinese name and the team gloss, labelled as the team summary', () => {
    const { root } = render(moeCard);
    expect(text(root, '.name')).toBe('Mixture of Experts (MoE) and sparsity');
    expect(text(root, '.other-name')).toBe('混合专家 (MoE) 与稀疏化');
    expect(text(root, '.gloss')).toBe(moeCard.gloss.en);
    expect(root.querySelector('.gloss')?.getAttribute('title')).toBe('Summary by the Tri Dao Lens team');
    expect(root.getAttribute('aria-label')).toBe('Mixture of Experts (MoE) and sparsity');
  });

  it("shows Tri Dao's top quote verbatim in the chosen script, with speaker and section", () => {
    const { root } = render(moeCard);
    const quotes = root.querySelectorAll('.quote');
    expect(quotes).toHaveLength(1);
    const block = quotes[0].querySelector('blockquote')!;
    expect(block.textContent).toBe(moeCard.quotes[0].text.hans);
    expect(block.getAttribute('lang')).toBe('zh-Hans');
    expect(text(quotes[0], '.speaker')).toBe('— Tri Dao');
    expect(text(quotes[0], '.section')).toBe('推理成本下降');
    expect(text(root, '.quote-source')).toMatch(/Chinese write-up/);
  });

  it('uses Traditional text for the Traditional scripts, and Chinese names and glosses for a Chinese reader', () => {
    const { root } = render(kvCacheCard, { ...en, language: 'zh', script: 'twp' });
    expect(text(root, 'blockquote')).toBe(kvCacheCard.quotes[0].text.twp);
    expect(root.querySelector('blockquote')?.getAttribute('lang')).toBe('zh-Hant-TW');
    expect(text(root, '.name')).toBe('KV 快取');
    expect(text(root, '.other-name')).toBe('KV cache');
    expect(text(root, '.gloss')).toBe(kvCacheCard.gloss.twp);
    expect(text(root, '.section')).toBe('推論成本下降');
  });

  it("English first: the team's rendering without quotation marks, labelled, with the English section title", () => {
    const { root } = render(moeCard, { ...en, quotes: 'en' });
    const blocks = root.querySelectorAll('.quote .quote-text');
    expect(blocks).toHaveLength(1);
    expect(blocks[0].localName).toBe('p');
    expect(blocks[0].textContent).toBe(moeCard.quotes[0].text.en);
    expect(blocks[0].getAttribute('lang')).toBe('en');
    expect(root.querySelector('.quote blockquote')).toBeNull();
    expect(text(root, '.quote-source span')).toBe(
      "English rendering by the Tri Dao Lens team of QbitAI's Chinese write-up; the podcast was in English and his exact words may differ.",
    );
    expect(text(root, '.section')).toBe('Inference costs come down');
    expect(root.querySelector('.section')?.getAttribute('lang')).toBe('en');
  });

  it('the language switch offers the other language: the Chinese original from English, English from Chinese', () => {
    const fromEn = render(moeCard, { ...en, quotes: 'en' });
    const toZh = fromEn.root.querySelector<HTMLButtonElement>('button.lang')!;
    expect(toZh.textContent).toBe('Chinese original');
    toZh.click();
    expect(fromEn.actions.setQuotes).toHaveBeenCalledWith('zh');

    const fromZh = render(moeCard);
    expect(text(fromZh.root, '.quote-source span')).toMatch(/Chinese write-up/);
    const toEn = fromZh.root.querySelector<HTMLButtonElement>('button.lang')!;
    expect(toEn.textContent).toBe('English');
    toEn.click();
    expect(fromZh.actions.setQuotes).toHaveBeenCalledWith('en');
  });

  it('both: the first language above, the other below, and both labels', () => {
    const { root } = render(moeCard, { ...en, quotes: 'zh', both: true, script: 'hant' });
    const blocks = [...root.querySelectorAll('.quote .quote-text')];
    expect(blocks.map((b) => [b.localName, b.getAttribute('lang'), b.textContent])).toEqual([
      ['blockquote', 'zh-Hant', moeCard.quotes[0].text.hant],
      ['p', 'en', moeCard.quotes[0].text.en],
    ]);
    expect(text(root, '.quote-source span')).toMatch(
      /Chinese write-up of the podcast\nEnglish rendering by the Tri Dao Lens team/,
    );
  });

  it("labels an editorial note as the team's, not Tri Dao's", () => {
    const { root } = render(moeCard, { ...en, expanded: true });
    const note = root.querySelectorAll('.quote')[1].querySelector('.note')!;
    expect(note.querySelector('.note-label')?.textContent).toBe(
      "Note from the Tri Dao Lens team (not Tri Dao's words)",
    );
    expect(note.querySelector('.note-text')?.textContent).toBe(moeCard.quotes[1].note!.en);
    // The note is outside the quote itself.
    expect(root.querySelectorAll('.quote')[1].querySelector('blockquote')?.textContent).toBe(
      moeCard.quotes[1].text.hans,
    );
  });

  it('"Read in context" asks to open the transcript at exactly that quote', () => {
    const { root, actions } = render(moeCard);
    const read = root.querySelector<HTMLButtonElement>('button.read')!;
    expect(read.textContent).toBe('Read in context');
    read.click();
    expect(actions.openTranscript).toHaveBeenCalledWith('q-mixture-of-experts-1');
  });

  it('links the podcast episode in a new tab without an opener', () => {
    const { root } = render(moeCard);
    const link = root.querySelector<HTMLAnchorElement>('a.episode')!;
    expect(link.textContent).toBe('Listen to the episode');
    expect(link.getAttribute('href')).toBe(moeCard.source.episodeUrl);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('offers the other quotes, counted ("1 more quote"), and lists them when expanded', () => {
    const collapsed = render(moeCard);
    const more = collapsed.root.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent).toBe('1 more quote');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    expect(collapsed.actions.toggleExpanded).toHaveBeenCalledOnce();

    const expanded = render(moeCard, { ...en, expanded: true });
    expect(expanded.root.querySelectorAll('.quote')).toHaveLength(2);
    expect(text(expanded.root, 'button.more')).toBe('Fewer quotes');
    expanded.root.querySelectorAll<HTMLButtonElement>('button.read')[1].click();
    expect(expanded.actions.openTranscript).toHaveBeenCalledWith('q-mixture-of-experts-2');

    expect(render(kvCacheCard).root.querySelector('button.more')).toBeNull();
  });

  it('draws MoE sparsity from the interview: 2 of 8 experts, then 4 of 128', () => {
    const svg = render(moeCard).root.querySelector('svg[data-figure="moe"]')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toMatch(/2 of 8 experts \(25%\).*4 of 128 \(1\/32\)/);
    expect(svg.getAttribute('aria-label')).toBe(svg.querySelector('title')?.textContent);
    const rows = svg.querySelectorAll('g[data-experts]');
    expect([...rows].map((g) => [g.querySelectorAll('rect').length, g.querySelectorAll('rect.fig-on').length])).toEqual(
      [
        [8, 2],
        [128, 4],
      ],
    );
  });

  it('draws gpt-oss in 4-bit: 60 GB against 240 GB at 16 bits, the latter marked as our arithmetic', () => {
    const svg = render(gptOssCard).root.querySelector('svg[data-figure="quant"]')!;
    expect(svg.querySelector('title')?.textContent).toMatch(/120 billion parameters.*60 GB.*240 GB.*our arithmetic/);
    const bars = [...svg.querySelectorAll('rect[data-gb]')];
    expect(bars.map((bar) => bar.getAttribute('data-gb'))).toEqual(['240', '60']);
    expect(Number(bars[1].getAttribute('width')) * 4).toBeCloseTo(Number(bars[0].getAttribute('width')));
    expect(render(kvCacheCard).root.querySelector('svg')).toBeNull();
  });

  it('renders data as text, never as markup', () => {
    const hostile: ConceptCard = {
      ...kvCacheCard,
      name: { ...kvCacheCard.name, en: '<img src=x onerror=alert(1)>' },
      quotes: [{ ...kvCacheCard.quotes[0], text: { ...kvCacheCard.quotes[0].text, hans: '<b>bold</b>' } }],
      source: { ...kvCacheCard.source, episodeUrl: 'javascript:alert(1)' },
    };
    const { root } = render(hostile);
    expect(root.querySelector('img, b')).toBeNull();
    expect(text(root, '.name')).toBe('<img src=x onerror=alert(1)>');
    expect(text(root, 'blockquote')).toBe('<b>bold</b>');
    expect(root.querySelector('a.episode')).toBeNull();
  });
});
