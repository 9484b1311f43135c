/**
 * The hand-chosen parts of the interview's structure: section slugs, speaker
 * labels and the kinds of the editor's lead lines. They are written out here,
 * not derived, so that transcript anchors (`#s-<slug>`, `#t-<turnId>`) stay
 * the same if the parser changes; the parser fails loudly when the seed does
 * not fit them.
 */
import type { LeadBlock, Speaker } from '@/lib/data-types';

/**
 * The seven section headings of the seed, verbatim, with their stable ASCII
 * slugs, in seed order. A body line equal to one of these texts is a heading.
 */
export const SECTION_SLUGS: readonly { heading: string; slug: string }[] = [
  { heading: 'Nvidia 的主導地位及其競爭者', slug: 'nvidia-dominance' },
  { heading: '芯片設計中的挑戰', slug: 'chip-design-challenges' },
  { heading: '推理優化技術', slug: 'inference-optimization' },
  { heading: '專門化的AI推理', slug: 'specialized-inference' },
  { heading: 'AI工作負載演進與開源工具', slug: 'workloads-open-source' },
  { heading: '架構創新和專家級別的AI', slug: 'architecture-expert-ai' },
  { heading: '學術界與工業界的平衡', slug: 'academia-industry' },
];

/** The last line of the lead: the write-up's own "interview content" heading. */
export const LEAD_END_LINE = '訪談內容';

/**
 * Speaker labels at the start of a line: "Q:", "Jacob Effron:", "Tri Dao:",
 * and the seed's variants "Tri Dao :" and "Tri D:". Group 1 is the name.
 */
export const LINE_LABEL = /^(Q|Jacob Effron|Tri Dao|Tri D)\s*:/;

/**
 * A label the write-up ran into the middle of a paragraph. Only full names
 * right after a sentence end count ("…演化。Jacob Effron:…"), so a bare "Q:"
 * or a name inside a sentence ("出自…的作者——Tri Dao。") never splits text.
 */
export const RUN_IN_LABEL = /(?<=[。?!?!])(Jacob Effron|Tri Dao)\s*:/g;

/** The normalised speaker of a label's name. */
export function speakerOf(name: string): Speaker {
  switch (name) {
    case 'Q':
      return 'Q';
    case 'Jacob Effron':
      return 'Jacob Effron';
    case 'Tri Dao':
    case 'Tri D':
      return 'Tri Dao';
    default:
      throw new Error(`Unknown speaker label "${name}"`);
  }
}

/**
 * How each line of the editor's lead is classified, by its verbatim start.
 * The seed's lead: three headline claims, an intro line, the summary bullets
 * (closed by an elision mark "……"), the bio, and the editor's hand-over to
 * the interview. Every lead line must match exactly one entry.
 */
export const LEAD_KINDS: readonly { startsWith: string; kind: LeadBlock['kind'] }[] = [
  { startsWith: '英偉達還能“猖狂”多久', kind: 'claim' },
  { startsWith: '實現AGI需要新的架構嗎', kind: 'claim' },
  { startsWith: '“近幾年推理成本下降了100倍', kind: 'claim' },
  { startsWith: '這些“暴論”', kind: 'intro' },
  { startsWith: '在最新播客《Unsupervised Learning》中', kind: 'intro' },
  { startsWith: '- ', kind: 'summary' },
  { startsWith: '……', kind: 'summary' },
  { startsWith: 'Tri Dao不僅是', kind: 'bio' },
  { startsWith: '同時,他也是TogetherAI', kind: 'bio' },
  { startsWith: '《Semi Analysis》', kind: 'bio' },
  { startsWith: '可以說,他對硬件市場', kind: 'intro' },
  { startsWith: '接下來,就和我們一起看看吧', kind: 'intro' },
  { startsWith: '訪談全文整理如下', kind: 'intro' },
  { startsWith: '(注:為方便閱讀', kind: 'intro' },
  { startsWith: LEAD_END_LINE, kind: 'intro' },
];

/**
 * The one paragraph where a question and its answer run together with no
 * label for the answer (Jacob Effron asks, Tri Dao's reply follows after the
 * question mark). Located by the text that starts the reply; see
 * `Turn.unlabeledAnswer`.
 */
export const UNLABELED_ANSWERS: readonly { question: string; answerStartsWith: string; speaker: Speaker }[] = [
  {
    question: '你覺得一年后開源模型和閉源模型的質量會更接近還是更遠?',
    answerStartsWith: '我認為會更接近。',
    speaker: 'Tri Dao',
  },
];
