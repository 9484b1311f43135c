/**
 * The popup's entry. Start-up order matters for the time to content (the
 * browser test reads `document.body.dataset.readyMs` and prints it):
 * 1. the page state is requested first, so the round trip to the content
 *    script overlaps with rendering;
 * 2. only the concepts are bundled with the popup; the interview (for section
 *    titles, needed once a concept is opened) loads right after, in its own
 *    chunk shared with the transcript page.
 *
 * For tests, `popup.html?tabId=<id>` describes that tab instead of the active
 * one (a popup opened as a tab has no active tab of its own to describe).
 */
import { render } from 'preact';
import type { Bilingual, Concept } from '@/lib/data-types';
import { t, uiLanguage } from '@/lib/i18n';
import conceptsJson from '@/data/generated/concepts.json';
import { loadPageInfo, Popup } from './Popup';
import './style.css';

const early = loadPageInfo();
document.documentElement.lang = uiLanguage();
document.title = t('extName');

const concepts = conceptsJson as unknown as Concept[];
const app = document.getElementById('app')!;
const onReady = () => {
  document.body.dataset.readyMs = performance.now().toFixed(1);
};

function mount(sectionTitles: Record<string, Bilingual>) {
  render(<Popup concepts={concepts} sectionTitles={sectionTitles} early={early} onReady={onReady} />, app);
}

mount({});
void import('@/data/generated/interview.json').then(({ default: interview }) =>
  mount(Object.fromEntries((interview.sections as { slug: string; title: Bilingual }[]).map((s) => [s.slug, s.title]))),
);
