/**
 * The transcript page's entry: the whole interview and the concepts from the
 * committed generated data (bundled into this page only).
 */
import { render } from 'preact';
import type { Concept, Interview } from '@/lib/data-types';
import { uiLanguage } from '@/lib/i18n';
import interviewJson from '@/data/generated/interview.json';
import conceptsJson from '@/data/generated/concepts.json';
import aliasTable from '@/data/generated/aliases.json';
import type { AliasTable } from '@/lib/data-types';
import { conceptMentions } from './mentions';
import { Transcript } from './Transcript';
import './style.css';

document.documentElement.lang = uiLanguage();

const interview = interviewJson as unknown as Interview;
const concepts = conceptsJson as unknown as Concept[];
const app = document.getElementById('app')!;
const onReady = () => {
  document.body.dataset.readyMs = performance.now().toFixed(1);
};

function mount(mentions?: Map<string, string[]>) {
  render(<Transcript interview={interview} concepts={concepts} mentions={mentions} onReady={onReady} />, app);
}

// The interview first; the chips for concepts a turn merely mentions follow when the page is idle.
mount();
const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? setTimeout;
idle(() => {
  mount(conceptMentions(interview, aliasTable as unknown as AliasTable));
  document.body.dataset.mentions = 'ready';
});
