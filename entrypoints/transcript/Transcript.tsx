/**
 * The transcript page: the whole interview, the source every "Read in
 * context" link lands on, in the team's English rendering and QbitAI's Chinese
 * write-up paragraph beside paragraph (side by side on a wide window; on a
 * narrow one the language shown first alone, with a switch). The English is
 * always labelled as the team's rendering. Stable anchors, the same in both
 * languages: `#s-<section>`, `#t-<turn>`, `#q-<quote>` (each quote wrapped in
 * <mark> in both languages; the anchor is on the shown-first language's).
 * Arriving at an anchor (on load or through a hash change) scrolls to it,
 * focuses it and flashes it. The address's `?lang=` and `?script=` choose the
 * language and script (lib/transcript-link.ts).
 */
import { Fragment } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Bilingual, Concept, Interview, Quote, Turn } from '@/lib/data-types';
import type { ChineseScriptSetting } from '@/lib/settings';
import { readTranscriptTarget, type TranscriptLang } from '@/lib/transcript-link';
import { useChineseScript, useQuoteLanguage, type DisplayScript } from '@/lib/i18n/script';
import { isChineseInterface, t } from '@/lib/i18n';
import { ScriptSwitch } from '@/entrypoints/popup/ScriptSwitch';
import { langOf } from '@/lib/i18n/lang';
import { locateQuotes, markerOffset, type Segment, segmentText } from './segments';

/** What the page is built from: the generated interview and concepts. */
export interface TranscriptProps {
  interview: Interview;
  concepts: Concept[];
  /** Called once the page is on screen with its anchors (tests, time to content). */
  onReady?: () => void;
  /** Concepts each turn mentions (by turn id), beyond those quoted there; see mentions.ts. */
  mentions?: Map<string, string[]>;
}

/** The publisher's site, for the credits (the write-up's own address isn't in the seed). */
const QBITAI_URL = 'https://www.qbitai.com/';

/** The quotes of each turn, and each quote's concept, computed once per data set. */
function indexQuotes(concepts: readonly Concept[]) {
  const byTurn = new Map<string, Quote[]>();
  const conceptOf = new Map<string, Concept>();
  for (const concept of concepts) {
    for (const quote of concept.quotes) {
      conceptOf.set(quote.id, concept);
      const list = byTurn.get(quote.turnId) ?? [];
      list.push(quote);
      byTurn.set(quote.turnId, list);
    }
  }
  return { byTurn, conceptOf };
}

function conceptName(concept: Concept, script: DisplayScript): string {
  return isChineseInterface() ? concept.name[script] : concept.name.en;
}

function speakerName(turn: Turn): string {
  return turn.speaker === 'Q' ? t('transcriptQuestion') : turn.speaker;
}

/** The start of a quote for a chip: 28 characters of Chinese, or about as much English (whole words). */
function excerpt(text: string, lang: TranscriptLang): string {
  const max = lang === 'en' ? 60 : 28;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${lang === 'en' ? cut.replace(/\s+\S*$/, '') : cut}…`;
}

/** Which quote a `#q-…` target names, if any. */
function targetQuote(target: string | null): string | null {
  return target?.startsWith('q-') ? target.slice(2) : null;
}

/** The two languages, the one shown first (the only one on a narrow window) first. */
function ordered(lang: TranscriptLang): [TranscriptLang, TranscriptLang] {
  return lang === 'en' ? ['en', 'zh'] : ['zh', 'en'];
}

/** The `lang` attribute of text in one of the transcript's languages. */
function tagOf(lang: TranscriptLang, script: DisplayScript): string {
  return lang === 'en' ? 'en' : langOf(script);
}

/** A write-up string in one of the transcript's languages (Chinese in the chosen script). */
function textIn(text: Bilingual, lang: TranscriptLang, script: DisplayScript): string {
  return lang === 'en' ? text.en : text[script];
}

/**
 * A turn's paragraphs in one language, cut into segments at every quote. The English spans are the generator's
 * offsets into `text.en`; the Chinese ones are found in the shown script (segments.ts says why).
 */
function turnParagraphs(turn: Turn, quotes: readonly Quote[], lang: TranscriptLang, script: DisplayScript) {
  if (lang === 'en') {
    const spans = quotes
      .filter((q) => q.text.en && q.enEnd > q.enStart)
      .map((q) => ({ quoteId: q.id, start: q.enStart, end: q.enEnd }));
    return segmentText(turn.text.en, spans, turn.unlabeledAnswer?.enStart ?? null);
  }
  return segmentText(turn.text[script], locateQuotes(turn, quotes, script), markerOffset(turn, script));
}

/**
 * One paragraph of a turn in one language. Only the language shown first carries the anchors (`id="q-…"`), so an
 * address lands on words the reader can see; the other language's marks name their quotes in `data-quotes` and are
 * marked as the target too.
 */
function Paragraph(props: {
  turn: Turn;
  segments: Segment[];
  lang: TranscriptLang;
  script: DisplayScript;
  primary: boolean;
  wanted: string | null;
  conceptOf: Map<string, Concept>;
}) {
  const { turn, lang, script, primary } = props;
  return (
    <p class={`para para-${lang}${primary ? ' is-primary' : ' is-secondary'}`} lang={tagOf(lang, script)}>
      {props.segments.map((segment, i) => {
        const marker = segment.atMarker && turn.unlabeledAnswer && (
          <span class="unlabeled-answer" role="note" lang={isChineseInterface() ? undefined : 'en'}>
            {t('transcriptUnlabeledAnswer', turn.unlabeledAnswer.speaker)}
          </span>
        );
        if (!segment.quoteIds.length)
          return (
            <Fragment key={i}>
              {marker}
              {segment.text}
            </Fragment>
          );
        const [ownId, ...moreIds] = primary ? segment.startsQuotes : [];
        const names = [
          ...new Set(
            segment.quoteIds.map((id) => props.conceptOf.get(id)).map((c) => (c ? conceptName(c, script) : '')),
          ),
        ].join(', ');
        const target = props.wanted && segment.quoteIds.includes(props.wanted);
        return (
          <Fragment key={i}>
            {marker}
            {moreIds.map((id) => (
              <span key={id} id={`q-${id}`} class="anchor" tabIndex={-1} />
            ))}
            <mark
              id={ownId ? `q-${ownId}` : undefined}
              tabIndex={ownId ? -1 : undefined}
              class={`quote-mark${target ? ' is-target' : ''}`}
              data-quotes={segment.quoteIds.join(' ')}
              title={t('transcriptQuotedFor', names)}
            >
              {segment.text}
            </mark>
          </Fragment>
        );
      })}
    </p>
  );
}

/** A turn in both languages, paragraph beside paragraph (the rendering keeps the write-up's paragraphs). */
function TurnText(props: {
  turn: Turn;
  quotes: Quote[];
  lang: TranscriptLang;
  script: DisplayScript;
  target: string | null;
  conceptOf: Map<string, Concept>;
}) {
  const { turn, script } = props;
  const [first, second] = ordered(props.lang);
  const inFirst = useMemo(() => turnParagraphs(turn, props.quotes, first, script), [turn, props.quotes, first, script]);
  const inSecond = useMemo(
    () => turnParagraphs(turn, props.quotes, second, script),
    [turn, props.quotes, second, script],
  );
  const wanted = targetQuote(props.target);
  const rows = Math.max(inFirst.length, inSecond.length);
  return (
    <div class="turn-text bi">
      {Array.from({ length: rows }, (_, p) => (
        <Fragment key={`${first}-${p}`}>
          <Paragraph
            turn={turn}
            segments={inFirst[p] ?? []}
            lang={first}
            script={script}
            primary
            wanted={wanted}
            conceptOf={props.conceptOf}
          />
          <Paragraph
            turn={turn}
            segments={inSecond[p] ?? []}
            lang={second}
            script={script}
            primary={false}
            wanted={wanted}
            conceptOf={props.conceptOf}
          />
        </Fragment>
      ))}
    </div>
  );
}

/** A short string (title, heading, lead item) in both languages, the first one shown first. */
function BiLine(props: {
  text: Bilingual;
  lang: TranscriptLang;
  script: DisplayScript;
  tag?: 'span' | 'p';
  class?: string;
}) {
  const Tag = props.tag ?? 'span';
  return (
    <>
      {ordered(props.lang).map((lang, i) => (
        <Tag
          key={lang}
          class={`${props.class ?? 'bi-line'} line-${lang}${i === 0 ? ' is-primary' : ' is-secondary'}`}
          lang={tagOf(lang, props.script)}
        >
          {textIn(props.text, lang, props.script)}
        </Tag>
      ))}
    </>
  );
}

/**
 * English / 中文: which language is shown first (side by side on a wide window), or alone (on a narrow one).
 * Native radio buttons, like the 简/繁 switch.
 */
function LangSwitch(props: { lang: TranscriptLang; onChange: (lang: TranscriptLang) => void }) {
  const choices: { value: TranscriptLang; label: string; lang: string }[] = [
    { value: 'en', label: 'English', lang: 'en' },
    { value: 'zh', label: '中文', lang: 'zh' },
  ];
  return (
    <fieldset class="script-switch lang-switch">
      <legend class="sr-only">{t('transcriptEnglishSwitchLabel')}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name="transcript-lang"
            value={choice.value}
            checked={props.lang === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          <span lang={choice.lang}>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ConceptChips(props: {
  turn: Turn;
  quotes: Quote[];
  mentioned: readonly string[];
  concepts: readonly Concept[];
  script: DisplayScript;
  lang: TranscriptLang;
  sectionTitle: (slug: string) => string;
}) {
  const excerptLang = tagOf(props.lang, props.script);
  const quoted = new Set(props.quotes.map((q) => q.conceptId));
  const inTurn = [...new Set([...quoted, ...props.mentioned])]
    .map((id) => props.concepts.find((c) => c.id === id)!)
    .filter(Boolean);
  if (!inTurn.length) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; these are disclosure widgets (details).
    <div class="chips" role="group" aria-label={t('transcriptConceptsInTurn')}>
      {inTurn.map((concept) => {
        // The other turns that discuss this concept: link to the concept's first quote in each.
        const elsewhere = new Map<string, Quote>();
        for (const q of concept.quotes)
          if (q.turnId !== props.turn.id && !elsewhere.has(q.turnId)) elsewhere.set(q.turnId, q);
        return (
          <details
            key={concept.id}
            class={`chip kind-${concept.kind}${quoted.has(concept.id) ? ' chip-quoted' : ' chip-mentioned'}`}
            data-concept={concept.id}
          >
            <summary>{conceptName(concept, props.script)}</summary>
            <div class="chip-body">
              <p class="chip-gloss">
                <span class="label">{t('cardTeamSummary')}: </span>
                {isChineseInterface() ? concept.gloss[props.script] : concept.gloss.en}
              </p>
              {elsewhere.size ? (
                <>
                  <p class="chip-also">{t('transcriptAlsoIn')}:</p>
                  <ul>
                    {[...elsewhere.values()].map((q) => (
                      <li key={q.id}>
                        <a href={`#q-${q.id}`}>
                          <span lang={excerptLang}>{props.sectionTitle(q.sectionSlug)}</span>
                          {' · '}
                          <span class="chip-excerpt" lang={excerptLang}>
                            {excerpt(textIn(q.text, props.lang, props.script), props.lang)}
                          </span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p class="chip-also">{t('transcriptOnlyHere')}</p>
              )}
            </div>
          </details>
        );
      })}
    </div>
  );
}

/**
 * The language a visit starts in: the address's `lang`, else the interface language's. Once storage answers, a
 * quote-language setting of English or Chinese takes the place of the interface language (see `Transcript`).
 */
function initialLang(asked: TranscriptLang | undefined): TranscriptLang {
  return asked ?? (isChineseInterface() ? 'zh' : 'en');
}

/** The turn nearest the top of the window, and where it is, so a switch of language keeps the reader's place. */
function placeOnScreen(): { id: string; top: number } | null {
  for (const el of document.querySelectorAll<HTMLElement>('article.turn')) {
    const r = el.getBoundingClientRect();
    if (r.bottom > 0) return { id: el.id, top: r.top };
  }
  return null;
}

/** The page's root component. */
export function Transcript(props: TranscriptProps) {
  const { interview, concepts } = props;
  const asked = useMemo(() => readTranscriptTarget(location.search, location.hash), []);
  const chinese = useChineseScript();
  // `?script=` holds for this visit until the reader picks a script (here or in the popup).
  const [scriptOverride, setScriptOverride] = useState<DisplayScript | null>(asked.script ?? null);
  const settingOnLoad = useRef<string | null>(null);
  useEffect(() => {
    if (!chinese.loaded) return;
    if (settingOnLoad.current === null) settingOnLoad.current = chinese.setting;
    else if (chinese.setting !== settingOnLoad.current) setScriptOverride(null);
  }, [chinese.loaded, chinese.setting]);
  const script = scriptOverride ?? chinese.script;
  const [lang, setLangState] = useState<TranscriptLang>(() => initialLang(asked.lang));
  // With no `?lang=` and no choice made here yet, the reader's quote-language setting decides (English or
  // Chinese; "auto" and "both" keep the interface language's).
  const quoteLanguage = useQuoteLanguage();
  const langChosen = useRef(asked.lang !== undefined);
  useEffect(() => {
    if (!langChosen.current && (quoteLanguage === 'en' || quoteLanguage === 'zh')) setLangState(quoteLanguage);
  }, [quoteLanguage]);
  const keepPlace = useRef<{ id: string; top: number } | null>(null);
  const [target, setTarget] = useState<string | null>(() => asked.anchor ?? null);
  const [missing, setMissing] = useState<string | null>(null);
  const { byTurn, conceptOf } = useMemo(() => indexQuotes(concepts), [concepts]);
  const turnById = useMemo(() => new Map(interview.turns.map((turn) => [turn.id, turn])), [interview]);
  const sectionTitle = (slug: string) => {
    const title = interview.sections.find((s) => s.slug === slug)?.title;
    return title ? textIn(title, lang, script) : '';
  };

  const setLang = (next: TranscriptLang) => {
    if (next === lang) return;
    langChosen.current = true;
    keepPlace.current = placeOnScreen();
    setLangState(next);
    // The address says what is shown, so a reload or a shared link shows the same.
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(history.state, '', url.href);
  };

  const setScript = (next: ChineseScriptSetting) => {
    setScriptOverride(null);
    void chinese.setSetting(next);
  };

  useEffect(() => {
    const onHash = () => setTarget(readTranscriptTarget('', location.hash).anchor ?? null);
    const mounted = new AbortController();
    window.addEventListener('hashchange', onHash, { signal: mounted.signal });
    props.onReady?.();
    return () => mounted.abort();
  }, []);

  // Arriving at an anchor: scroll it to the middle, focus it (visible ring) and flash it.
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target);
    if (!element) {
      setMissing(target);
      return;
    }
    setMissing(null);
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'instant' });
    element.focus({ preventScroll: true });
    document.body.dataset.target = target;
  }, [target]);

  // After a switch of language: the same turn at the same height (the focus stays on the switch).
  useLayoutEffect(() => {
    const place = keepPlace.current;
    keepPlace.current = null;
    if (!place) return;
    const el = document.getElementById(place.id);
    if (el) window.scrollBy?.(0, el.getBoundingClientRect().top - place.top);
  }, [lang]);

  useEffect(() => {
    document.title = `${textIn(interview.title, lang, script)} — ${t('transcriptPageTitle')}`;
    document.body.dataset.lang = lang;
  }, [script, lang]);

  const source = interview.source;
  const [first] = ordered(lang);
  const heads = {
    en: { name: 'English', label: t('transcriptEnglishHeadEn') },
    zh: { name: '中文', label: t('transcriptEnglishHeadZh') },
  };
  return (
    <div class="transcript" data-script={script} data-lang={lang}>
      <a class="skip-link" href="#interview">
        {t('transcriptSkip')}
      </a>
      <header class="page-header">
        <div class="page-header-row">
          <p class="kicker">
            {t('extName')} · {t('transcriptPageTitle')}
          </p>
          <div class="switches">
            <LangSwitch lang={lang} onChange={setLang} />
            <ScriptSwitch script={script} onChange={setScript} />
          </div>
        </div>
        <h1 class="bi-title">
          <BiLine text={interview.title} lang={lang} script={script} />
        </h1>
        <p class="rendering-note" role="note">
          <span class="rendering-badge" lang="en">
            EN
          </span>{' '}
          {t('transcriptEnglishNote')}
        </p>
        {missing && (
          <p class="missing" role="alert">
            {t('transcriptNotFound', missing)}
          </p>
        )}
      </header>

      <nav class="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">{t('transcriptContents')}</h2>
        <ol>
          {interview.sections.map((section) => (
            <li key={section.slug}>
              <a href={`#s-${section.slug}`}>
                <BiLine text={section.title} lang={lang} script={script} />
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <div class="lang-bar">
        <div class="bi">
          {ordered(lang).map((l, i) => (
            <p key={l} class={`col-head head-${l}${i === 0 ? ' is-primary' : ' is-secondary'}`}>
              <span class="col-name" lang={l === 'en' ? 'en' : langOf(script)}>
                {heads[l].name}
              </span>
              <span class="col-label">{heads[l].label}</span>
            </p>
          ))}
        </div>
        <button type="button" class="lang-toggle" onClick={() => setLang(first === 'en' ? 'zh' : 'en')}>
          {first === 'en' ? t('transcriptEnglishShowZh') : t('transcriptEnglishShowEn')}
        </button>
      </div>

      <section class="lead editorial" aria-labelledby="lead-heading">
        <h2 id="lead-heading">{t('transcriptLeadHeading')}</h2>
        <p class="editorial-label">{t('transcriptLeadNote')}</p>
        {interview.lead.map((block, i) => (
          <div key={i} class={`bi lead-${block.kind}`}>
            <BiLine text={block.text} lang={lang} script={script} tag="p" class="para" />
          </div>
        ))}
      </section>

      <main id="interview" tabIndex={-1} aria-labelledby="interview-heading">
        <h2 id="interview-heading" class="sr-only">
          {t('transcriptInterview')}
        </h2>
        {interview.sections.map((section) => (
          <section
            key={section.slug}
            id={`s-${section.slug}`}
            tabIndex={-1}
            class={`interview-section${target === `s-${section.slug}` ? ' is-target' : ''}`}
            aria-labelledby={`h-${section.slug}`}
          >
            <h2 id={`h-${section.slug}`}>
              <a href={`#s-${section.slug}`} class="bi">
                <BiLine text={section.title} lang={lang} script={script} />
              </a>
            </h2>
            {section.turnIds.map((turnId) => {
              const turn = turnById.get(turnId);
              if (!turn) return null;
              const quotes = byTurn.get(turn.id) ?? [];
              const notes = [...new Map(quotes.filter((q) => q.note).map((q) => [q.note![script], q])).values()];
              const speakerClass =
                turn.speaker === 'Tri Dao' ? 'speaker-tri' : turn.speaker === 'Q' ? 'speaker-q' : 'speaker-host';
              return (
                <article
                  key={turn.id}
                  id={`t-${turn.id}`}
                  tabIndex={-1}
                  class={`turn ${speakerClass}${target === `t-${turn.id}` ? ' is-target' : ''}`}
                  aria-label={speakerName(turn)}
                  data-speaker={turn.speaker}
                >
                  <p class="turn-speaker">
                    <span class="speaker">{speakerName(turn)}</span>
                    <a class="turn-link" href={`#t-${turn.id}`} aria-label={`#t-${turn.id}`}>
                      #
                    </a>
                  </p>
                  <TurnText
                    turn={turn}
                    quotes={quotes}
                    lang={lang}
                    script={script}
                    target={target}
                    conceptOf={conceptOf}
                  />
                  {notes.map((q) => (
                    <aside key={q.id} id={`note-${q.id}`} class="team-note" role="note">
                      <span class="label">{t('cardEditorNote')}: </span>
                      <span lang={isChineseInterface() ? langOf(script) : 'en'}>
                        {isChineseInterface() ? q.note![script] : q.note!.en}
                      </span>
                    </aside>
                  ))}
                  <ConceptChips
                    turn={turn}
                    quotes={quotes}
                    mentioned={props.mentions?.get(turn.id) ?? []}
                    concepts={concepts}
                    script={script}
                    lang={lang}
                    sectionTitle={sectionTitle}
                  />
                </article>
              );
            })}
          </section>
        ))}
      </main>

      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: kept as it is; the footer's heading names it for readers that list landmarks. */}
      <footer class="credits" aria-labelledby="credits-heading">
        <h2 id="credits-heading">{t('transcriptCredits')}</h2>
        <ul>
          <li>
            {t('transcriptCreditPodcast')}:{' '}
            <a href={source.episodeUrl} rel="noopener noreferrer" target="_blank">
              {source.podcast} — {source.episodeTitle}
            </a>{' '}
            ({source.publisherOfPodcast}), {t('transcriptCreditPodcastDetail', source.host, source.releaseDate)}
          </li>
          <li>
            {t('transcriptCreditWriteUp')}:{' '}
            <a href={QBITAI_URL} rel="noopener noreferrer" target="_blank">
              <span lang="zh-Hans">{source.writeUp.publisherZh}</span> {source.writeUp.publisher}
            </a>
            , <span lang={langOf(script)}>「{source.writeUp.title[script]}」</span>{' '}
            {t('transcriptCreditWriteUpDetail', source.writeUp.byline, source.writeUp.date)}
          </li>
          <li>{t('transcriptEnglishCredit')}</li>
          <li>{t('transcriptCreditTeam')}</li>
        </ul>
      </footer>
    </div>
  );
}
