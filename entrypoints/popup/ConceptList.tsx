/**
 * "What on this page did Tri Dao talk about": the concepts the content script
 * found, most occurrences first. Each opens (a disclosure) to its quotes, top
 * quote first, and asks the page to scroll to the concept's next occurrence.
 */
import { browser } from 'wxt/browser';
import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import type { Bilingual, Concept } from '@/lib/data-types';
import type { DisplayScript } from '@/lib/i18n/script';
import { isChineseInterface, t, tCount } from '@/lib/i18n';
import { langOf } from '@/lib/i18n/lang';
import { transcriptPath } from '@/lib/transcript-link';
import { openExtensionPage } from './page-state';

/**
 * The language of Tri Dao's words in the popup: `first` (the team's English
 * rendering or the Chinese write-up), `both` to show the other below, and the
 * popup's switch. The popup provides it (interface language, the setting);
 * the default is the interface language.
 */
export const QuoteViewContext = createContext<{
  first: 'en' | 'zh';
  both: boolean;
  set(first: 'en' | 'zh'): void;
}>({ first: isChineseInterface() ? 'zh' : 'en', both: false, set() {} });

/** A concept's name as a reader of this interface expects it first, and the other form second. */
export function conceptNames(concept: Concept, script: DisplayScript): { primary: string; secondary: string | null } {
  const zh = concept.name[script];
  if (isChineseInterface()) return { primary: zh, secondary: zh === concept.name.en ? null : concept.name.en };
  return { primary: concept.name.en, secondary: zh === concept.name.en ? null : zh };
}

/** Opens an extension link in a new tab; the href stays for copy-and-paste and middle-click. */
function openInNewTab(event: MouseEvent, path: string) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  void openExtensionPage(path);
}

/** One concept's quotes with their section, notes and "Read in context" links. */
export function ConceptQuotes(props: {
  concept: Concept;
  script: DisplayScript;
  sectionTitles: Record<string, Bilingual>;
  id?: string;
}) {
  const { concept, script } = props;
  const zhGloss = isChineseInterface();
  const view = useContext(QuoteViewContext);
  const en = view.first === 'en';
  const langs = view.both ? [view.first, en ? 'zh' : 'en'] : [view.first];
  const other = en ? 'zh' : 'en';
  return (
    <div class="concept-quotes" id={props.id}>
      <p class="gloss">
        <span class="label">{t('cardTeamSummary')}: </span>
        <span lang={zhGloss ? langOf(script) : 'en'}>{zhGloss ? concept.gloss[script] : concept.gloss.en}</span>
      </p>
      <div class="quote-source">
        <span>
          {view.both || !en ? t('cardQuoteSource') : ''}
          {view.both && <br />}
          {view.both || en ? t('cardEnglishRendering') : ''}
        </span>
        <button type="button" class="quote-lang" data-lang={other} onClick={() => view.set(other)}>
          {t(other === 'en' ? 'cardEnglishShowEn' : 'cardEnglishShowZh')}
        </button>
      </div>
      <ol class="quotes">
        {concept.quotes.map((quote) => {
          const title = props.sectionTitles[quote.sectionSlug];
          const section = (en ? title?.en : title?.[script]) ?? '';
          // The transcript opens in the language and script shown here.
          const path = transcriptPath({ anchor: `q-${quote.id}`, lang: view.first, script });
          const href = browser.runtime.getURL(path as '/transcript.html');
          return (
            <li key={quote.id} class="quote">
              {langs.map((lang) =>
                lang === 'en' ? (
                  // The team's rendering: a paragraph, not a quotation (the label above says what it is).
                  <p key="en" class="quote-en" lang="en">
                    {quote.text.en}
                  </p>
                ) : (
                  <blockquote key="zh" lang={langOf(script)} cite={href}>
                    {quote.text[script]}
                  </blockquote>
                ),
              )}
              <p class="quote-meta">
                <span class="speaker">{quote.speaker}</span>
                {section && (
                  <>
                    {' · '}
                    <span class="section" lang={en ? 'en' : langOf(script)}>
                      {section}
                    </span>
                  </>
                )}
                {' · '}
                <a
                  class="read-in-context"
                  href={href}
                  target="_blank"
                  rel="noopener"
                  onClick={(e) => openInNewTab(e, path)}
                >
                  {t('cardReadInContext')}
                </a>
              </p>
              {quote.note && (
                <p class="team-note">
                  <span class="label">{t('cardEditorNote')}: </span>
                  <span lang={zhGloss ? langOf(script) : 'en'}>{zhGloss ? quote.note[script] : quote.note.en}</span>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** The list of concepts found on the page. */
export function ConceptList(props: {
  found: { concept: Concept; count: number }[];
  script: DisplayScript;
  sectionTitles: Record<string, Bilingual>;
  onReveal: (conceptId: string) => void;
}) {
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else {
      next.add(id);
      props.onReveal(id); // choosing a concept shows it on the page too
    }
    setOpen(next);
  };
  return (
    <ul class="concept-list" aria-label={t('popupFoundHeading')}>
      {props.found.map(({ concept, count }) => {
        const names = conceptNames(concept, props.script);
        const isOpen = open.has(concept.id);
        const panelId = `concept-${concept.id}`;
        return (
          <li key={concept.id} class={`concept kind-${concept.kind}`} data-concept={concept.id}>
            <div class="concept-row">
              <button
                type="button"
                class="concept-toggle"
                aria-expanded={isOpen}
                aria-controls={panelId}
                onClick={() => toggle(concept.id)}
              >
                <svg class="chevron" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
                  <path d="M3 1.5 6.5 5 3 8.5" fill="none" stroke="currentColor" stroke-width="1.8" />
                </svg>
                <span class="concept-name">
                  <span class="primary" lang={isChineseInterface() ? langOf(props.script) : 'en'}>
                    {names.primary}
                  </span>
                  {names.secondary && (
                    <span class="secondary" lang={isChineseInterface() ? 'en' : langOf(props.script)}>
                      {names.secondary}
                    </span>
                  )}
                </span>
                {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: kept as it is; moving the words into visually hidden text would change the popup's DOM, which this change does not touch. */}
                <span class="count" aria-label={tCount('countTimesOnPage', count)}>
                  {count}
                </span>
              </button>
              <button
                type="button"
                class="locate"
                aria-label={t('popupShowOnPageLabel', names.primary)}
                title={t('popupShowOnPage')}
                onClick={() => props.onReveal(concept.id)}
              >
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                  <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" stroke-width="1.6" />
                  <circle cx="8" cy="8" r="1.8" fill="currentColor" />
                </svg>
              </button>
            </div>
            {isOpen && (
              <ConceptQuotes id={panelId} concept={concept} script={props.script} sectionTitles={props.sectionTitles} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
