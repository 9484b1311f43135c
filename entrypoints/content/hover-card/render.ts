/**
 * Builds the hover card's DOM from a ConceptCard. Plain DOM and textContent
 * only (never innerHTML with data): the card sits inside arbitrary pages and
 * its data, though ours, is still data. Kept free of browser.* calls so the
 * component tests render it directly.
 */
import type { Quote } from '@/lib/data-types';
import type { ConceptCard } from '@/lib/messages';
import { langOf, type DisplayScript } from '@/lib/i18n/lang';
import { countedKey } from '@/lib/i18n/plural';
import { figureForConcept } from './figures';
import type { Translate } from './translate';

/** How UI strings are read (re-exported for the controller and the card's callers). */
export type { Translate };

/** Which Chinese script the data is shown in (re-exported for the controller). */
export type { DisplayScript };

/** How the reader sees the card: UI language (for names and glosses) and Chinese script (for quotes). */
export interface CardView {
  /** 'en' shows the English name and gloss; 'zh' shows them in `script`. */
  language: 'en' | 'zh';
  script: DisplayScript;
  /** True once the reader asked for the other quotes. */
  expanded: boolean;
  /**
   * The language of Tri Dao's words, first or only: 'en' the team's English
   * rendering (from the background's payload), 'zh' the write-up in `script`.
   */
  quotes: 'en' | 'zh';
  /** Both languages, the other one below. */
  both: boolean;
}

/** What the card's controls do; the controller supplies them. */
export interface CardActions {
  openTranscript(anchor: string): void;
  toggleExpanded(): void;
  close(): void;
  /** The card's language switch: Tri Dao's words in English or in Chinese. */
  setQuotes(language: 'en' | 'zh'): void;
  /** The reader followed a link out of the card (the episode); they have left, so the card goes. */
  followedLink(): void;
}

/**
 * False for a click a page script made up (`el.click()`, `dispatchEvent`):
 * the card's host is on the page's own document, so the page can reach its
 * buttons, and must not be able to press them for the reader. `isTrusted` is
 * `undefined` in happy-dom, where the component tests click.
 */
function byTheReader(event: Event): boolean {
  return event.isTrusted !== false;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only https links from our own data become hrefs; anything else is dropped rather than trusted. */
function safeHttpsUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function renderQuote(
  doc: Document,
  card: ConceptCard,
  quote: Quote,
  view: CardView,
  t: Translate,
  actions: CardActions,
  withFigure: boolean,
): HTMLElement {
  const figure = el(doc, 'figure', 'quote');
  figure.dataset.quoteId = quote.id;

  // The Chinese is the write-up's, verbatim, in quotation marks; the English is the team's
  // rendering of it, a paragraph without them (the card's label says what it is).
  const first = view.quotes;
  for (const language of view.both ? [first, first === 'en' ? 'zh' : 'en'] : [first]) {
    const block =
      language === 'en'
        ? el(doc, 'p', 'quote-text en', quote.text.en)
        : el(doc, 'blockquote', 'quote-text', quote.text[view.script]);
    block.lang = language === 'en' ? 'en' : langOf(view.script);
    figure.append(block);
  }

  const caption = el(doc, 'figcaption', 'quote-caption');
  const speaker = el(doc, 'span', 'speaker', `— ${quote.speaker}`);
  caption.append(speaker);
  const section = card.sectionTitles[quote.sectionSlug];
  if (section) {
    const en = first === 'en';
    const title = el(doc, 'span', 'section', en ? section.en : section[view.script]);
    title.lang = en ? 'en' : langOf(view.script);
    title.title = t('cardSection');
    caption.append(' · ', title);
  }
  figure.append(caption);

  if (withFigure) {
    const svg = figureForConcept(doc, card.id, t);
    if (svg) figure.append(svg);
  }

  if (quote.note) {
    const note = el(doc, 'aside', 'note');
    note.append(el(doc, 'strong', 'note-label', t('cardEditorNote')));
    const noteText = el(doc, 'span', 'note-text', view.language === 'en' ? quote.note.en : quote.note[view.script]);
    if (view.language === 'zh') noteText.lang = langOf(view.script);
    note.append(' ', noteText);
    figure.append(note);
  }

  const read = el(doc, 'button', 'read', t('cardReadInContext'));
  read.type = 'button';
  read.dataset.anchor = `q-${quote.id}`;
  read.addEventListener('click', (event) => byTheReader(event) && actions.openTranscript(`q-${quote.id}`));
  figure.append(read);
  return figure;
}

/** The card body for a loaded concept. */
export function renderCard(
  doc: Document,
  card: ConceptCard,
  view: CardView,
  t: Translate,
  actions: CardActions,
): HTMLElement {
  const zh = view.language === 'zh';
  const name = zh ? card.name[view.script] : card.name.en;
  const root = el(doc, 'div', `card kind-${card.kind}`);
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', name);
  root.dataset.conceptId = card.id;

  const head = el(doc, 'div', 'head');
  const title = el(doc, 'div', 'name', name);
  if (zh) title.lang = langOf(view.script);
  head.append(title);
  // The other language's name helps a bilingual reader connect the terms.
  const otherName = zh ? card.name.en : card.name[view.script];
  if (otherName !== name) {
    const other = el(doc, 'div', 'other-name', otherName);
    other.lang = zh ? 'en' : langOf(view.script);
    head.append(other);
  }
  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.title = t('cardClose');
  close.setAttribute('aria-label', t('cardClose'));
  close.addEventListener('click', (event) => byTheReader(event) && actions.close());
  head.append(close);
  root.append(head);

  const gloss = el(doc, 'p', 'gloss', zh ? card.gloss[view.script] : card.gloss.en);
  if (zh) gloss.lang = langOf(view.script);
  gloss.title = t('cardTeamSummary');
  root.append(gloss);

  const [top, ...rest] = card.quotes;
  if (top) {
    // What the words are, in the interface language: the write-up's Chinese, the team's English, or both;
    // and the switch to the other language, one click away.
    const showsEn = view.both || view.quotes === 'en';
    const source = el(doc, 'div', 'quote-source');
    const labels = [!showsEn || view.both ? t('cardQuoteSource') : '', showsEn ? t('cardEnglishRendering') : ''];
    source.append(el(doc, 'span', '', labels.filter(Boolean).join('\n')));
    const other = view.quotes === 'en' ? 'zh' : 'en';
    const button = el(doc, 'button', 'lang', t(other === 'en' ? 'cardEnglishShowEn' : 'cardEnglishShowZh'));
    button.type = 'button';
    button.dataset.lang = other;
    button.addEventListener('click', (event) => byTheReader(event) && actions.setQuotes(other));
    source.append(button);
    root.append(source);
    root.append(renderQuote(doc, card, top, view, t, actions, true));
    if (rest.length > 0) {
      if (view.expanded) {
        for (const quote of rest) root.append(renderQuote(doc, card, quote, view, t, actions, false));
      }
      const more = el(
        doc,
        'button',
        'more',
        view.expanded
          ? t('cardFewerQuotes')
          : t(countedKey('countMoreQuotes', rest.length, view.language), [String(rest.length)]),
      );
      more.type = 'button';
      more.setAttribute('aria-expanded', String(view.expanded));
      more.addEventListener('click', (event) => byTheReader(event) && actions.toggleExpanded());
      root.append(more);
    }
  } else {
    root.append(el(doc, 'p', 'status', t('cardUnavailable')));
  }

  const href = safeHttpsUrl(card.source.episodeUrl);
  if (href) {
    const footer = el(doc, 'div', 'foot');
    const link = el(doc, 'a', 'episode', t('cardEpisode'));
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.addEventListener('click', (event) => {
      if (!byTheReader(event)) event.preventDefault();
      // A modified click opens the episode in the background: the reader stays, and so does the card.
      else if (!(event.ctrlKey || event.metaKey || event.shiftKey)) actions.followedLink();
    });
    link.title = `${card.source.podcast}: ${card.source.episodeTitle}`;
    footer.append(link);
    root.append(footer);
  }
  return root;
}

/** A placeholder while the background answers, or when it could not. */
export function renderStatus(doc: Document, text: string): HTMLElement {
  const root = el(doc, 'div', 'card');
  root.setAttribute('role', 'status');
  root.append(el(doc, 'p', 'status', text));
  return root;
}
