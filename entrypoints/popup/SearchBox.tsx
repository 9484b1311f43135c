/**
 * Search over the whole interview, as a combobox with a listbox of results
 * (WAI-ARIA combobox pattern: focus stays in the input, arrow keys move the
 * active option through aria-activedescendant, Enter opens it). Results link
 * to the transcript page's anchors.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Concept, Scripts } from '@/lib/data-types';
import type { DisplayScript } from '@/lib/i18n/script';
import { isChineseInterface, t, tCount } from '@/lib/i18n';
import type { InterviewSearch, SearchHit } from '@/lib/search';
import { englishMatchIndices, matchIndicesFor, QUOTE_SCRIPTS, snippet } from '@/lib/search/snippet';
import { transcriptPath } from '@/lib/transcript-link';
import { langOf } from '@/lib/i18n/lang';
import { conceptNames } from './ConceptList';
import { openExtensionPage } from './page-state';

const LISTBOX_ID = 'search-results';
const optionId = (i: number) => `search-option-${i}`;

/** Where a result leads: the quote, or a concept's top quote. */
function anchorOf(hit: SearchHit, concept: Concept | undefined): string | null {
  if (hit.doc.quoteId) return `q-${hit.doc.quoteId}`;
  const top = concept?.quotes[0];
  return top ? `q-${top.id}` : null;
}

/** True when the hit is shown in English: an English query, and a quote with its English rendering. */
function inEnglish(hit: SearchHit): boolean {
  return hit.lang === 'en' && hit.doc.en.length > 0;
}

function Snippet(props: { hit: SearchHit; script: DisplayScript }) {
  if (inEnglish(props.hit)) {
    const parts = snippet(props.hit.doc.en[0]!, englishMatchIndices(props.hit), 110);
    return (
      <span class="snippet snippet-en" lang="en">
        <span class="rendering-tag" title={t('searchEnglishRendering')}>
          {t('searchEnglishTag')}
        </span>{' '}
        {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
      </span>
    );
  }
  const shown = props.hit.doc.text[QUOTE_SCRIPTS.indexOf(props.script)] ?? '';
  const parts = snippet(shown, matchIndicesFor(props.hit, props.script), 90);
  return (
    <span class="snippet" lang={langOf(props.script)}>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}

/** The search field and its results, over an index built once by the parent (null while it loads). */
export function SearchBox(props: {
  search: InterviewSearch | null;
  /** Asks the parent to load and build the index now (the first keystroke came before idle time). */
  onNeedSearch: () => void;
  conceptById: Map<string, Concept>;
  script: DisplayScript;
  sectionTitles: Record<string, Scripts>;
  onQueryChange?: (query: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => {
    if (!query.trim() || !props.search) return [];
    const started = performance.now();
    const found = props.search.search(query, 30);
    // Read by the browser test, which prints the per-keystroke time.
    document.body.dataset.searchMs = (performance.now() - started).toFixed(2);
    return found;
  }, [query, props.search]);

  const open = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    const anchor = anchorOf(hit, props.conceptById.get(hit.doc.conceptId));
    // The transcript opens in the language the hit is shown in.
    if (anchor) void openExtensionPage(transcriptPath({ anchor, lang: hit.lang }));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setActive((i) => (i + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive((i) => (i - 1 + hits.length) % hits.length);
    } else if (event.key === 'Home' && hits.length && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(active);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      event.stopPropagation(); // first Escape clears; a second one closes the popup as usual
      update('');
    }
  };

  const update = (value: string) => {
    if (!props.search) props.onNeedSearch();
    setQuery(value);
    setActive(0);
    props.onQueryChange?.(value);
  };

  const expanded = query.trim().length > 0;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element needs Chrome 118; the manifest allows Chrome 105.
    <div class="search" role="search">
      <label class="sr-only" for="search-input">
        {t('popupSearchLabel')}
      </label>
      <input
        id="search-input"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('popupSearchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={expanded && hits.length ? optionId(active) : undefined}
        value={query}
        onInput={(e) => update((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      {expanded && props.search && (
        <p class="search-status" role="status">
          {hits.length ? tCount('countSearchResults', hits.length) : t('popupSearchNoResults', query.trim())}
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: combobox pattern: focus stays in the input (aria-activedescendant, Enter opens the option). */}
      <ul id={LISTBOX_ID} role="listbox" aria-label={t('popupSearchLabel')} class="results" hidden={!expanded}>
        {hits.map((hit, i) => {
          const concept = props.conceptById.get(hit.doc.conceptId);
          if (!concept) return null;
          const names = conceptNames(concept, props.script);
          const quote = hit.doc.quoteId ? concept.quotes.find((q) => q.id === hit.doc.quoteId) : undefined;
          const titles = quote ? props.sectionTitles[quote.sectionSlug] : undefined;
          const english = inEnglish(hit);
          // Section titles carry the team's English too (interview.json), shown with an English hit.
          const titleEn = titles && 'en' in titles ? String(titles.en) : undefined;
          const section = english && titleEn ? titleEn : titles?.[props.script];
          return (
            // biome-ignore lint/a11y/useFocusableInteractive: combobox pattern: focus stays in the input (aria-activedescendant, Enter opens the option).
            // biome-ignore lint/a11y/useKeyWithClickEvents: combobox pattern: focus stays in the input (aria-activedescendant, Enter opens the option).
            <li
              key={hit.doc.quoteId ?? hit.doc.conceptId}
              id={optionId(i)}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: combobox pattern: focus stays in the input (aria-activedescendant, Enter opens the option).
              role="option"
              aria-selected={i === active}
              class={`result result-${hit.doc.kind}`}
              data-anchor={anchorOf(hit, concept) ?? undefined}
              onMouseMove={() => i !== active && setActive(i)}
              onClick={() => open(i)}
            >
              <span class="result-kind">
                {hit.doc.kind === 'quote' ? t('popupResultQuote') : t('popupResultConcept')}
              </span>
              <span class="result-title">
                {names.primary}
                {names.secondary && <span class="secondary"> · {names.secondary}</span>}
              </span>
              {hit.doc.kind === 'quote' ? (
                <>
                  <Snippet hit={hit} script={props.script} />
                  {section && (
                    <span class="result-meta" lang={english && titleEn ? 'en' : langOf(props.script)}>
                      {quote?.speaker} · {section}
                    </span>
                  )}
                </>
              ) : (
                <span class="snippet" lang={isChineseInterface() ? langOf(props.script) : 'en'}>
                  {isChineseInterface() ? concept.gloss[props.script] : concept.gloss.en}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
