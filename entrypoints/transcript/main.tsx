/**
 * The transcript page's entry: the whole interview and the concepts from the
 * committed generated data (bundled into this page only).
 */
import { render } from 'preact';
import type { Concept, Interview } from '~/lib/data-types';
import { uiLanguage } from '~/lib/i18n';
import interviewJson from '~/data/generated/interview.json';
import conceptsJson from '~/data/generated/concepts.json';
import { Transcript } from './Transcript';
import './style.css';

document.documentElement.lang = uiLanguage();

render(
  <Transcript
    interview={interviewJson as unknown as Interview}
    concepts={conceptsJson as unknown as Concept[]}
    onReady={() => {
      document.body.dataset.readyMs = performance.now().toFixed(1);
    }}
  />,
  document.getElementById('app')!,
);
