/**
 * The transcript page: the whole interview, the source every "Read in
 * context" link lands on. Stable anchors: `#s-<section>`, `#t-<turn>`,
 * `#q-<quote>` (each quote wrapped in <mark>). Arriving at an anchor (on load
 * or through a hash change) scrolls to it, focuses it and flashes it.
 */
import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Concept, Interview, Quote, Turn } from '@/lib/data-types';
import { useChineseScript, type DisplayScript } from '@/lib/i18n/script';
import { isChineseInterface, t } from '@/lib/i18n';
import { ScriptSwitch } from '@/entrypoints/popup/ScriptSwitch';
import { langOf } from '@/lib/i18n/lang';
import { locateQuotes, markerOffset, segmentText } from './segments';

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

/** Which quote a `#q-…` target names, if any. */
function targetQuote(target: string | null): string | null {
  return target?.startsWith('q-') ? target.slice(2) : null;
}

function TurnText(props: {
  turn: Turn;
  quotes: Quote[];
  script: DisplayScript;
  target: string | null;
  conceptOf: Map<string, Concept>;
}) {
  const { turn, script } = props;
  const paragraphs = useMemo(
    () => segmentText(turn.text[script], locateQuotes(turn, props.quotes, script), markerOffset(turn, script)),
    [turn, props.quotes, script],
  );
  const wanted = targetQuote(props.target);
  return (
    <div class="turn-text" lang={langOf(script)}>
      {paragraphs.map((segments, p) => (
        <p key={p}>
          {segments.map((segment, i) => {
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
            const [ownId, ...moreIds] = segment.startsQuotes;
            const names = [
              ...new Set(
                segment.quoteIds.map((id) => props.conceptOf.get(id)).map((c) => (c ? conceptName(c, script) : '')),
              ),
            ].join(', ');
            return (
              <Fragment key={i}>
                {marker}
                {moreIds.map((id) => (
                  <span key={id} id={`q-${id}`} class="anchor" tabIndex={-1} />
                ))}
                <mark
                  id={ownId ? `q-${ownId}` : undefined}
                  tabIndex={ownId ? -1 : undefined}
                  class={`quote-mark${wanted && segment.quoteIds.includes(wanted) ? ' is-target' : ''}`}
                  data-quotes={segment.quoteIds.join(' ')}
                  title={t('transcriptQuotedFor', names)}
                >
                  {segment.text}
                </mark>
              </Fragment>
            );
          })}
        </p>
      ))}
    </div>
  );
}

function ConceptChips(props: {
  turn: Turn;
  quotes: Quote[];
  mentioned: readonly string[];
  concepts: readonly Concept[];
  script: DisplayScript;
  sectionTitle: (slug: string) => string;
}) {
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
                          <span lang={langOf(props.script)}>{props.sectionTitle(q.sectionSlug)}</span>
                          {' · '}
                          <span class="chip-excerpt" lang={langOf(props.script)}>
                            {q.text[props.script].slice(0, 28)}
                            {q.text[props.script].length > 28 ? '…' : ''}
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

/** The page's root component. */
export function Transcript(props: TranscriptProps) {
  const { interview, concepts } = props;
  const { script, setSetting } = useChineseScript();
  const [target, setTarget] = useState<string | null>(() => decodeURIComponent(location.hash.slice(1)) || null);
  const [missing, setMissing] = useState<string | null>(null);
  const { byTurn, conceptOf } = useMemo(() => indexQuotes(concepts), [concepts]);
  const turnById = useMemo(() => new Map(interview.turns.map((turn) => [turn.id, turn])), [interview]);
  const sectionTitle = (slug: string) => interview.sections.find((s) => s.slug === slug)?.title[script] ?? '';

  useEffect(() => {
    const onHash = () => setTarget(decodeURIComponent(location.hash.slice(1)) || null);
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

  useEffect(() => {
    document.title = `${interview.title[script]} — ${t('transcriptPageTitle')}`;
  }, [script]);

  const source = interview.source;
  return (
    <div class="transcript" data-script={script}>
      <a class="skip-link" href="#interview">
        {t('transcriptSkip')}
      </a>
      <header class="page-header">
        <div class="page-header-row">
          <p class="kicker">
            {t('extName')} · {t('transcriptPageTitle')}
          </p>
          <ScriptSwitch script={script} onChange={(s) => void setSetting(s)} />
        </div>
        <h1 lang={langOf(script)}>{interview.title[script]}</h1>
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
              <a href={`#s-${section.slug}`} lang={langOf(script)}>
                {section.title[script]}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <section class="lead editorial" aria-labelledby="lead-heading">
        <h2 id="lead-heading">{t('transcriptLeadHeading')}</h2>
        <p class="editorial-label">{t('transcriptLeadNote')}</p>
        <div lang={langOf(script)}>
          {interview.lead.map((block, i) => (
            <p key={i} class={`lead-${block.kind}`}>
              {block.text[script]}
            </p>
          ))}
        </div>
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
            <h2 id={`h-${section.slug}`} lang={langOf(script)}>
              <a href={`#s-${section.slug}`}>{section.title[script]}</a>
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
                  <TurnText turn={turn} quotes={quotes} script={script} target={target} conceptOf={conceptOf} />
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
          <li>{t('transcriptCreditTeam')}</li>
        </ul>
      </footer>
    </div>
  );
}
