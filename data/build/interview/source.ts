/**
 * Where the interview comes from, for the credits and "source" links in the
 * popup and transcript. Facts from `../shared/seed/README.md`; the write-up's
 * title is QbitAI's original (Simplified) headline, converted like every
 * other Chinese string.
 */
import type { Scripts, SourceMeta } from '@/lib/data-types';

/** The write-up's headline as QbitAI published it (Simplified). */
const WRITE_UP_TITLE_ORIG = 'Flash Attention作者最新播客:英伟达GPU统治三年内将终结';

/** The source metadata, with the write-up title converted by `toScripts`. */
export function sourceMeta(toScripts: (orig: string) => Scripts): SourceMeta {
  return {
    podcast: 'Unsupervised Learning',
    publisherOfPodcast: 'Redpoint Ventures',
    episodeTitle:
      "Ep 74: Chief Scientist of Together.AI Tri Dao On The End of Nvidia's Dominance, Why Inference Costs Fell & The Next 10X in Speed",
    host: 'Jacob Effron',
    guest: 'Tri Dao',
    releaseDate: '2025-09-10',
    episodeUrl:
      'https://unsupervised-learning.simplecast.com/episodes/ep-74-chief-scientist-of-togetherai-tri-dao-on-ai-super-researcher-the-end-of-nvidias-dominance-why-inference-costs-fell-the-next-10x-in-speed-hqhgrAYK',
    writeUp: {
      publisher: 'QbitAI',
      publisherZh: '量子位',
      byline: 'henry',
      date: '2025-09-29',
      dateApproximate: true,
      title: toScripts(WRITE_UP_TITLE_ORIG),
    },
  };
}
