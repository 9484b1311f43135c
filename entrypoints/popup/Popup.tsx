/**
 * The popup: what this page discusses (with Tri Dao's quotes), search over the
 * whole interview, the 简/繁 switch and "Off on this site". Data comes in as
 * props (see data.ts); the tab comes from `page-state.ts`.
 */
import { browser } from 'wxt/browser';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { InterviewSearch } from '@/lib/search';
import { useChineseScript, useQuoteLanguage } from '@/lib/i18n/script';
import { isChineseInterface, t, tCount } from '@/lib/i18n';
import { disabledSitesItem, isSiteDisabled, normalizeSite, quoteLanguageFor } from '@/lib/settings';
import { indexConcepts, type PopupData } from './data';
import { fetchPageInfo, openExtensionPage, tabUrl, targetTabId, tellPage, type PageInfo } from './page-state';
import { ConceptList, QuoteViewContext } from './ConceptList';
import { ScriptSwitch } from './ScriptSwitch';
import { SearchBox } from './SearchBox';

/** How often the popup asks again while the page is still being scanned. */
const SCAN_POLL_MS = 250;

/** Props: the data, and a callback for the first meaningful render (time to content). */
export interface PopupProps extends PopupData {
  onReady?: () => void;
  /** For tests: where `?tabId=` is read from. */
  search?: string;
  /**
   * The page state, already requested by the entry module before this
   * component's first render (so the round trip overlaps with start-up).
   */
  early?: Promise<{ tabId: number | null; info: PageInfo }>;
}

/** True in Firefox for Android, where the popup opens as a page over the tab rather than beside it. */
async function onAndroid(): Promise<boolean> {
  try {
    return (await browser.runtime.getPlatformInfo()).os === 'android';
  } catch {
    return false;
  }
}

/** Finds the tab and asks its content script, in one go (started as early as possible). */
export async function loadPageInfo(search?: string): Promise<{ tabId: number | null; info: PageInfo }> {
  const tabId = await targetTabId(search).catch(() => null);
  return { tabId, info: await fetchPageInfo(tabId) };
}

function PageSection(props: {
  info: PageInfo;
  data: PopupData;
  conceptById: ReturnType<typeof indexConcepts>;
  script: ReturnType<typeof useChineseScript>['script'];
  onReveal: (id: string) => void;
  onTurnOnPage: () => void;
  onToggleSite: () => void;
  hostname: string | null;
}) {
  const { info } = props;
  if (info.kind === 'loading') {
    return (
      <p class="state state-loading" role="status">
        {t('popupLoading')}
      </p>
    );
  }
  if (info.kind === 'unreadable') {
    return (
      <div class="state state-unreadable" role="status">
        <p class="state-title">{t('popupUnreadable')}</p>
        <p>{t('popupUnreadableWhy')}</p>
      </div>
    );
  }
  const { state } = info;
  if (state.status === 'disabled-site') {
    return (
      <div class="state state-disabled-site" role="status">
        <p class="state-title">{t('popupSiteIsOff', props.hostname ?? '')}</p>
        <button type="button" class="primary-button" onClick={props.onToggleSite}>
          {t('popupSiteTurnOn')}
        </button>
      </div>
    );
  }
  const found = state.concepts
    .map(({ conceptId, count }) => ({ concept: props.conceptById.get(conceptId)!, count }))
    .filter((f) => f.concept);
  return (
    <section class="page-concepts" aria-labelledby="found-heading">
      {state.status === 'off' && (
        <div class="state state-off" role="status">
          <p class="state-title">{t('popupPageOff')}</p>
          <button type="button" class="primary-button" onClick={props.onTurnOnPage}>
            {t('popupPageTurnOn')}
          </button>
        </div>
      )}
      {state.status === 'scanning' && (
        <p class="state state-scanning" role="status">
          {t('popupScanning')}
          {typeof state.progress === 'number' && (
            <progress max={1} value={state.progress} aria-label={t('popupScanning')} />
          )}
        </p>
      )}
      {found.length > 0 ? (
        <>
          <h2 id="found-heading" class="section-heading">
            {t('popupFoundHeading')} <span class="found-count">{tCount('countConceptsFound', found.length)}</span>
          </h2>
          {!state.highlightsSupported && <p class="hint">{t('popupHighlightsUnsupported')}</p>}
          <ConceptList
            found={found}
            script={props.script}
            sectionTitles={props.data.sectionTitles}
            onReveal={props.onReveal}
          />
        </>
      ) : state.status === 'scanning' ? null : (
        <div class="state state-nothing" role="status">
          <h2 id="found-heading" class="state-title">
            {t('popupNothingFound')}
          </h2>
          <p>{t('popupNothingFoundHint')}</p>
        </div>
      )}
    </section>
  );
}

/**
 * True when an off-sites entry turns this host off: the entry itself, a parent
 * domain, or the www./bare twin (the content script treats those alike).
 */
function coversHost(site: string, host: string): boolean {
  const bare = (h: string) => h.replace(/^www\./, '');
  return isSiteDisabled(host, [site]) || bare(site) === bare(host);
}

/** The popup's root component. */
export function Popup(props: PopupProps) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [info, setInfo] = useState<PageInfo>({ kind: 'loading' });
  // The script follows the page the popup was opened on (what the content script says it is written in).
  const pageState = info.kind === 'ready' ? info.state : undefined;
  const { script, setting, setSetting } = useChineseScript(pageState?.textScript, pageState?.taiwan === true);
  // Tri Dao's words follow the interface language; the popup's own switch overrides that until it closes.
  const quoteLanguage = useQuoteLanguage();
  const [quotesOverride, setQuotesOverride] = useState<'en' | 'zh' | null>(null);
  const quoteView = quoteLanguageFor(quoteLanguage, isChineseInterface() ? 'zh' : 'en');
  const quotes = { first: quotesOverride ?? quoteView.first, both: quoteView.both, set: setQuotesOverride };
  const [disabledSites, setDisabledSites] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [tabHost, setTabHost] = useState<string | null>(null);
  const conceptById = useMemo(() => indexConcepts(props.concepts), [props.concepts]);

  // The search index is built once, when the browser is idle after the first render or at the
  // first keystroke, whichever comes first; fuse.js loads then too, off the critical path.
  const [search, setSearch] = useState<InterviewSearch | null>(null);
  const searchLoading = useRef<Promise<void> | null>(null);
  // The dynamic import can settle after the popup is gone (a closed popup, or a component test's
  // clean-up: happy-dom's document is torn down by then and the test run reported
  // "document is not defined"), so nothing is done once unmounted.
  const [unmounted] = useState(() => new AbortController());
  useEffect(() => () => unmounted.abort(), [unmounted]);
  const loadSearch = useCallback(() => {
    const started = performance.now();
    searchLoading.current ??= import('@/lib/search').then(({ createInterviewSearch }) => {
      if (unmounted.signal.aborted) return;
      setSearch(createInterviewSearch(props.concepts));
      // Read by the browser test: loading fuse.js and building the index, once.
      document.body.dataset.searchIndexMs = (performance.now() - started).toFixed(1);
    });
  }, [props.concepts, unmounted]);

  const refresh = useCallback(async (id: number | null) => setInfo(await fetchPageInfo(id)), []);

  useEffect(() => {
    const mounted = new AbortController();
    const { signal } = mounted;
    void (props.early ?? loadPageInfo(props.search)).then(({ tabId: id, info: next }) => {
      if (signal.aborted) return;
      setTabId(id);
      setInfo(next);
      void tabUrl(id).then((url) => !signal.aborted && setTabHost(url ? normalizeSite(url) : null));
    });
    void disabledSitesItem.getValue().then((sites) => !signal.aborted && setDisabledSites(sites));
    disabledSitesItem.watch((sites) => setDisabledSites(sites), signal);
    return () => mounted.abort();
  }, []);

  // While the page is being scanned, ask again until it is done.
  useEffect(() => {
    if (info.kind !== 'ready' || info.state.status !== 'scanning') return;
    const timer = setTimeout(() => void refresh(tabId), SCAN_POLL_MS);
    return () => clearTimeout(timer);
  }, [info, tabId, refresh]);

  // First meaningful render: the page's state (or why there is none) is on screen.
  const reported = useRef(false);
  // A layout effect: runs right after the DOM holds the content, not after the next paint.
  useLayoutEffect(() => {
    if (info.kind === 'loading' || reported.current) return;
    reported.current = true;
    props.onReady?.();
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback;
    (idle ?? ((cb: () => void) => setTimeout(cb, 50)))(loadSearch);
  }, [info]);

  const reportedHost = info.kind === 'ready' && info.state.hostname ? normalizeSite(info.state.hostname) : null;
  // Only a page the content script answered for can be turned off (not chrome://, not web stores).
  const hostname = info.kind === 'ready' ? (reportedHost ?? tabHost) : null;
  const siteOff =
    hostname != null &&
    (isSiteDisabled(hostname, disabledSites) || (info.kind === 'ready' && info.state.status === 'disabled-site'));

  const toggleSite = async () => {
    if (!hostname) return;
    const sites = await disabledSitesItem.getValue();
    const next = sites.some((site) => coversHost(site, hostname))
      ? sites.filter((site) => !coversHost(site, hostname))
      : [...sites, hostname];
    await disabledSitesItem.setValue(next);
    setDisabledSites(next);
    // The content script follows the setting; ask again for what it now shows.
    setTimeout(() => void refresh(tabId), 100);
  };

  const reveal = async (conceptId: string) => {
    await tellPage(tabId, { type: 'reveal-concept', conceptId });
    // On Android the popup covers the page it shows the concept on: step aside so the reader lands there.
    if (await onAndroid()) window.close();
  };
  const turnOnPage = async () => {
    await tellPage(tabId, { type: 'set-page-enabled', enabled: true });
    await refresh(tabId);
  };

  return (
    <QuoteViewContext.Provider value={quotes}>
      <div class="popup" data-script={script}>
        <header class="popup-header">
          <h1>{t('extName')}</h1>
          <ScriptSwitch script={script} setting={setting} onChange={(s) => void setSetting(s)} />
        </header>
        <SearchBox
          search={search}
          onNeedSearch={loadSearch}
          conceptById={conceptById}
          script={script}
          sectionTitles={props.sectionTitles}
          onQueryChange={setQuery}
        />
        <main class="popup-main" hidden={query.trim().length > 0}>
          <PageSection
            info={info}
            data={props}
            conceptById={conceptById}
            script={script}
            onReveal={(id) => void reveal(id)}
            onTurnOnPage={() => void turnOnPage()}
            onToggleSite={() => void toggleSite()}
            hostname={hostname}
          />
        </main>
        <footer class="popup-footer">
          {hostname && (
            <button
              type="button"
              class="site-toggle"
              aria-pressed={siteOff}
              onClick={() => void toggleSite()}
              title={hostname}
            >
              <span class="switch" aria-hidden="true" />
              {t('popupSiteOff')}
            </button>
          )}
          <a
            class="open-transcript"
            href={browser.runtime.getURL('/transcript.html')}
            target="_blank"
            rel="noopener"
            onClick={(e) => {
              e.preventDefault();
              void openExtensionPage('/transcript.html');
            }}
          >
            {t('popupOpenTranscript')}
          </a>
        </footer>
      </div>
    </QuoteViewContext.Provider>
  );
}
