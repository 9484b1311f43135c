/**
 * Hand-made cards for the hover-card component tests: they pin what the card
 * must show (text verbatim, notes labelled) independently of the generated
 * data, which has its own tests. Not imported by the extension.
 */
import enMessages from '@/public/_locales/en/messages.json';
import type { Quote } from '@/lib/data-types';
import type { ConceptCard } from '@/lib/messages';
import type { Translate } from '@/entrypoints/content/hover-card/render';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** browser.i18n.getMessage over the English table, placeholders included. */
export const enTranslate: Translate = (key, substitutions = []) => {
  const entry = (enMessages as Messages)[key];
  if (!entry) throw new Error(`missing en message ${key}`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, index: string) => substitutions[Number(index) - 1] ?? '');
  });
};

const SECTION = 'inference-cost';

function quote(conceptId: string, rank: number, texts: Quote['text'], note?: Quote['note']): Quote {
  return {
    id: `${conceptId}-${rank}`,
    conceptId,
    rank,
    turnId: 'tri-dao-12',
    sectionSlug: SECTION,
    speaker: 'Tri Dao',
    start: 0,
    end: texts.orig.length,
    text: texts,
    // The stub turns are the quotes themselves, in English too.
    enStart: 0,
    enEnd: texts.en.length,
    ...(note ? { note } : {}),
  };
}

const source: ConceptCard['source'] = {
  podcast: 'Unsupervised Learning',
  episodeTitle: "Ep 74: Chief Scientist of Together.AI Tri Dao On The End of Nvidia's Dominance",
  episodeUrl: 'https://unsupervised-learning.simplecast.com/episodes/ep-74',
  host: 'Jacob Effron',
};

const sectionTitles: ConceptCard['sectionTitles'] = {
  [SECTION]: {
    orig: '推理成本下降',
    hans: '推理成本下降',
    hant: '推理成本下降',
    twp: '推論成本下降',
    en: 'Inference costs come down',
  },
};

/** Mixture of experts: two quotes, the second with an editorial note. */
export const moeCard: ConceptCard = {
  id: 'mixture-of-experts',
  kind: 'techniques',
  name: {
    en: 'Mixture of Experts (MoE) and sparsity',
    hans: '混合专家 (MoE) 与稀疏化',
    hant: '混合專家 (MoE) 與稀疏化',
    twp: '混合專家 (MoE) 與稀疏化',
  },
  gloss: {
    en: 'Sparse models that activate a few experts per token.',
    hans: '每个 token 只激活少数专家的稀疏模型。',
    hant: '每個 token 只啟用少數專家的稀疏模型。',
    twp: '每個 token 只啟用少數專家的稀疏模型。',
  },
  quotes: [
    quote('mixture-of-experts', 1, {
      orig: '比如早期Mistral的開源MoE模型是8個專家里激活2個,也就是25%。',
      hans: '比如早期Mistral的开源MoE模型是8个专家里激活2个,也就是25%。',
      hant: '比如早期Mistral的開源MoE模型是8個專家裡激活2個,也就是25%。',
      twp: '比如早期Mistral的開源MoE模型是8個專家裡啟用2個,也就是25%。',
      en: "For example, Mistral's early open-source MoE model activated 2 out of 8 experts, that is, 25%.",
    }),
    quote(
      'mixture-of-experts',
      2,
      {
        orig: '還有MixtureofExperts(MoE)。',
        hans: '还有MixtureofExperts(MoE)。',
        hant: '還有MixtureofExperts(MoE)。',
        twp: '還有MixtureofExperts(MoE)。',
        en: "Then there's Mixture of Experts (MoE).",
      },
      {
        en: 'The write-up runs "Mixture of Experts" together.',
        hans: '整理稿把 Mixture of Experts 连写了。',
        hant: '整理稿把 Mixture of Experts 連寫了。',
        twp: '整理稿把 Mixture of Experts 連寫了。',
      },
    ),
  ],
  sectionTitles,
  source,
};

/** gpt-oss: one quote, the 4-bit figure. */
export const gptOssCard: ConceptCard = {
  ...moeCard,
  id: 'gpt-oss',
  kind: 'models',
  name: { en: 'gpt-oss', hans: 'gpt-oss', hant: 'gpt-oss', twp: 'gpt-oss' },
  quotes: [
    quote('gpt-oss', 1, {
      orig: '他們的模型總共有1200億參數,但因為每個參數只需4位,整個模型可以放進大概60GB的空間里',
      hans: '他们的模型总共有1200亿参数,但因为每个参数只需4位,整个模型可以放进大概60GB的空间里',
      hant: '他們的模型總共有1200億參數,但因為每個參數只需4位,整個模型可以放進大概60GB的空間裡',
      twp: '他們的模型總共有1200億參數,但因為每個參數只需4位,整個模型可以放進大概60GB的空間裡',
      en: 'Their model has 120 billion parameters in total, but because each parameter needs only 4 bits, the whole model fits into about 60 GB',
    }),
  ],
};

/** A concept without a figure. */
export const kvCacheCard: ConceptCard = {
  ...moeCard,
  id: 'kv-cache',
  kind: 'techniques',
  name: { en: 'KV cache', hans: 'KV 缓存', hant: 'KV 快取', twp: 'KV 快取' },
  quotes: [
    quote('kv-cache', 1, {
      orig: 'KV緩存是注意力機制中用于存儲歷史的部分,以便生成下一個預測。',
      hans: 'KV缓存是注意力机制中用于存储历史的部分,以便生成下一个预测。',
      hant: 'KV緩存是注意力機制中用於存儲歷史的部分,以便生成下一個預測。',
      twp: 'KV快取是注意力機制中用於儲存歷史的部分,以便生成下一個預測。',
      en: 'The KV cache is the part of the attention mechanism that stores the history so the next prediction can be generated.',
    }),
  ],
};
