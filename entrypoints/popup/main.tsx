/**
 * The popup's entry: the committed generated data (bundled into this page's
 * chunk, never into the content script) and the time to content, which the
 * browser test reads from `document.body.dataset.readyMs` and prints.
 *
 * For tests, `popup.html?tabId=<id>` describes that tab instead of the active
 * one (a popup opened as a tab has no active tab of its own to describe).
 */
import { render } from 'preact';
import type { Concept, Scripts } from '~/lib/data-types';
import { t, uiLanguage } from '~/lib/i18n';
import conceptsJson from '~/data/generated/concepts.json';
// A named import: Vite keeps only the sections (titles and turn ids), not every turn's text.
import { sections } from '~/data/generated/interview.json';
import { Popup } from './Popup';
import './style.css';

const concepts = conceptsJson as unknown as Concept[];
const sectionTitles: Record<string, Scripts> = Object.fromEntries(
  (sections as { slug: string; title: Scripts }[]).map((s) => [s.slug, s.title]),
);

document.documentElement.lang = uiLanguage();
document.title = t('extName');

render(
  <Popup
    concepts={concepts}
    sectionTitles={sectionTitles}
    onReady={() => {
      document.body.dataset.readyMs = performance.now().toFixed(1);
    }}
  />,
  document.getElementById('app')!,
);
