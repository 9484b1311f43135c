/**
 * A small interview and three concepts shaped exactly like the generated data,
 * for component tests that need hand-checkable text (quotes that overlap, a
 * conversion that changes length: 內存 → 記憶體 in `twp`, an editorial note).
 * The real data (`data/generated/*.json`) is tested separately.
 */
import type { Bilingual, Concept, Interview, Scripts } from '@/lib/data-types';

const S = (orig: string, hans: string, hant: string, twp: string): Scripts => ({ orig, hans, hant, twp });
/** A write-up string with its English rendering. */
const B = (scripts: Scripts, en: string): Bilingual => ({ ...scripts, en });

const T1 = B(
  S(
    '在英偉達生態體系,比如芯片層面或者GPU系統整合方面,會看到新的競爭者嗎?',
    '在英伟达生态体系,比如芯片层面或者GPU系统整合方面,会看到新的竞争者吗?',
    '在英偉達生態體系,比如芯片層面或者GPU系統整合方面,會看到新的競爭者嗎?',
    '在輝達生態體系,比如晶片層面或者GPU系統整合方面,會看到新的競爭者嗎?',
  ),
  'In the Nvidia ecosystem, say at the chip level or in GPU system integration, are we going to see new competitors?',
);
const T2 = B(
  S(
    'AMD已經在這里很久了。英偉達之所以占據主導,有幾個原因:他們設計了非常好的芯片,同時也做出了很好的軟件。',
    'AMD已经在这里很久了。英伟达之所以占据主导,有几个原因:他们设计了非常好的芯片,同时也做出了很好的软件。',
    'AMD已經在這裡很久了。英偉達之所以佔據主導,有幾個原因:他們設計了非常好的芯片,同時也做出了很好的軟件。',
    'AMD已經在這裡很久了。輝達之所以佔據主導,有幾個原因:他們設計了非常好的晶片,同時也做出了很好的軟體。',
  ),
  "AMD has been in this space for a long time. There are a few reasons Nvidia is dominant: they design very good chips, and they've also built very good software.",
);
const T3 = B(
  S('在這些方面有哪些優化?', '在这些方面有哪些优化?', '在這些方面有哪些優化?', '在這些方面有哪些最佳化?'),
  'What optimizations are there in these areas?',
);
const T4 = B(
  S(
    '后來逐漸發現,關鍵問題在于數據傳輸——比如權重在內存之間的搬移,或者KV緩存的搬運。\nKV緩存是注意力機制中用于存儲歷史的部分,以便生成下一個預測。所以大量優化都是圍繞如何減少數據搬運展開的。\n還有MixtureofExperts(MoE)。在MoE里,每個token的計算不需要用到模型的所有參數,而是只激活部分專家單元,這就是稀疏化。',
    '后来逐渐发现,关键问题在于数据传输——比如权重在内存之间的搬移,或者KV缓存的搬运。\nKV缓存是注意力机制中用于存储历史的部分,以便生成下一个预测。所以大量优化都是围绕如何减少数据搬运展开的。\n还有MixtureofExperts(MoE)。在MoE里,每个token的计算不需要用到模型的所有参数,而是只激活部分专家单元,这就是稀疏化。',
    '後來逐漸發現,關鍵問題在於數據傳輸——比如權重在內存之間的搬移,或者KV緩存的搬運。\nKV緩存是注意力機制中用於存儲歷史的部分,以便生成下一個預測。所以大量優化都是圍繞如何減少數據搬運展開的。\n還有MixtureofExperts(MoE)。在MoE裡,每個token的計算不需要用到模型的所有參數,而是隻激活部分專家單元,這就是稀疏化。',
    '後來逐漸發現,關鍵問題在於資料傳輸——比如權重在記憶體之間的搬移,或者KV快取的搬運。\nKV快取是注意力機制中用於儲存歷史的部分,以便生成下一個預測。所以大量最佳化都是圍繞如何減少資料搬運展開的。\n還有MixtureofExperts(MoE)。在MoE裡,每個token的計算不需要用到模型的所有引數,而是隻啟用部分專家單元,這就是稀疏化。',
  ),
  [
    'Gradually we found that the key problem is data movement — for example, moving weights between memories, or moving the KV cache.',
    'The KV cache is the part of the attention mechanism that stores the history so the next prediction can be generated. So a lot of the optimization has been about how to reduce data movement.',
    "Then there's Mixture of Experts (MoE). In MoE, the computation for each token doesn't need to use all of the model's parameters; it only activates some of the experts, and that's sparsity.",
  ].join('\n'),
);

/** The stub interview: two sections, four turns. */
export const stubInterview: Interview = {
  source: {
    podcast: 'Unsupervised Learning',
    publisherOfPodcast: 'Redpoint Ventures',
    episodeTitle: "Ep 74: Chief Scientist of Together.AI Tri Dao On The End of Nvidia's Dominance",
    host: 'Jacob Effron',
    guest: 'Tri Dao',
    releaseDate: '2025-09-10',
    episodeUrl: 'https://unsupervised-learning.simplecast.com/episodes/ep-74',
    writeUp: {
      publisher: 'QbitAI',
      publisherZh: '量子位',
      byline: 'henry',
      date: '2025-09-29',
      dateApproximate: true,
      title: S(
        'Flash Attention作者最新播客:英偉達GPU統治三年內將終結',
        'Flash Attention作者最新播客:英伟达GPU统治三年内将终结',
        'Flash Attention作者最新播客:英偉達GPU統治三年內將終結',
        'Flash Attention作者最新播客:輝達GPU統治三年內將終結',
      ),
    },
  },
  title: B(
    S(
      'Flash Attention作者最新播客:英偉達GPU統治三年內將終結',
      'Flash Attention作者最新播客:英伟达GPU统治三年内将终结',
      'Flash Attention作者最新播客:英偉達GPU統治三年內將終結',
      'Flash Attention作者最新播客:輝達GPU統治三年內將終結',
    ),
    "Flash Attention author's latest podcast: Nvidia's GPU dominance will end within three years",
  ),
  lead: [
    {
      kind: 'claim',
      text: B(
        S(
          '英偉達還能“猖狂”多久?——不出三年!',
          '英伟达还能“猖狂”多久?——不出三年!',
          '英偉達還能“猖狂”多久?——不出三年!',
          '輝達還能“猖狂”多久?——不出三年!',
        ),
        'How much longer can Nvidia keep "running wild"? — Less than three years!',
      ),
    },
  ],
  sections: [
    {
      slug: 'nvidia-dominance',
      title: B(
        S(
          'Nvidia 的主導地位及其競爭者',
          'Nvidia 的主导地位及其竞争者',
          'Nvidia 的主導地位及其競爭者',
          'Nvidia 的主導地位及其競爭者',
        ),
        "Nvidia's dominance and its competitors",
      ),
      turnIds: ['t1', 't2'],
    },
    {
      slug: 'inference-optimization',
      title: B(
        S('推理優化技術', '推理优化技术', '推理優化技術', '推理最佳化技術'),
        'Inference optimization techniques',
      ),
      turnIds: ['t3', 't4'],
    },
  ],
  turns: [
    { id: 't1', sectionSlug: 'nvidia-dominance', speaker: 'Q', label: 'Q:', text: T1 },
    { id: 't2', sectionSlug: 'nvidia-dominance', speaker: 'Tri Dao', label: 'Tri Dao:', text: T2 },
    { id: 't3', sectionSlug: 'inference-optimization', speaker: 'Jacob Effron', label: 'Jacob Effron:', text: T3 },
    { id: 't4', sectionSlug: 'inference-optimization', speaker: 'Tri Dao', label: 'Tri Dao:', text: T4 },
  ],
};

/** A quote's text in every script and in English, located in its turn by its original and its English text. */
function quoteIn(
  turn: Bilingual,
  text: Scripts,
  en: string,
): { text: Bilingual; start: number; end: number; enStart: number; enEnd: number } {
  const start = turn.orig.indexOf(text.orig);
  const enStart = turn.en.indexOf(en);
  for (const k of ['orig', 'hans', 'hant', 'twp'] as const) {
    if (!turn[k].includes(text[k])) throw new Error(`stub quote not in its turn (${k}): ${text[k]}`);
  }
  if (enStart < 0) throw new Error(`stub quote's English not in its turn: ${en}`);
  return { text: { ...text, en }, start, end: start + text.orig.length, enStart, enEnd: enStart + en.length };
}

const kv1 = quoteIn(
  T4,
  S(
    'KV緩存是注意力機制中用于存儲歷史的部分,以便生成下一個預測。',
    'KV缓存是注意力机制中用于存储历史的部分,以便生成下一个预测。',
    'KV緩存是注意力機制中用於存儲歷史的部分,以便生成下一個預測。',
    'KV快取是注意力機制中用於儲存歷史的部分,以便生成下一個預測。',
  ),
  'The KV cache is the part of the attention mechanism that stores the history so the next prediction can be generated.',
);
const mem1 = quoteIn(
  T4,
  S(
    '關鍵問題在于數據傳輸——比如權重在內存之間的搬移,或者KV緩存的搬運。',
    '关键问题在于数据传输——比如权重在内存之间的搬移,或者KV缓存的搬运。',
    '關鍵問題在於數據傳輸——比如權重在內存之間的搬移,或者KV緩存的搬運。',
    '關鍵問題在於資料傳輸——比如權重在記憶體之間的搬移,或者KV快取的搬運。',
  ),
  'the key problem is data movement — for example, moving weights between memories, or moving the KV cache.',
);
const moe1 = quoteIn(
  T4,
  S(
    '還有MixtureofExperts(MoE)。在MoE里,每個token的計算不需要用到模型的所有參數,而是只激活部分專家單元,這就是稀疏化。',
    '还有MixtureofExperts(MoE)。在MoE里,每个token的计算不需要用到模型的所有参数,而是只激活部分专家单元,这就是稀疏化。',
    '還有MixtureofExperts(MoE)。在MoE裡,每個token的計算不需要用到模型的所有參數,而是隻激活部分專家單元,這就是稀疏化。',
    '還有MixtureofExperts(MoE)。在MoE裡,每個token的計算不需要用到模型的所有引數,而是隻啟用部分專家單元,這就是稀疏化。',
  ),
  "Then there's Mixture of Experts (MoE). In MoE, the computation for each token doesn't need to use all of the model's parameters; it only activates some of the experts, and that's sparsity.",
);
const nv1 = quoteIn(
  T2,
  S(
    '英偉達之所以占據主導,有幾個原因:他們設計了非常好的芯片,同時也做出了很好的軟件。',
    '英伟达之所以占据主导,有几个原因:他们设计了非常好的芯片,同时也做出了很好的软件。',
    '英偉達之所以佔據主導,有幾個原因:他們設計了非常好的芯片,同時也做出了很好的軟件。',
    '輝達之所以佔據主導,有幾個原因:他們設計了非常好的晶片,同時也做出了很好的軟體。',
  ),
  "There are a few reasons Nvidia is dominant: they design very good chips, and they've also built very good software.",
);

/** Three concepts with located quotes; `kv-cache-1` and `memory-bound-inference-1` sit in the same turn. */
export const stubConcepts: Concept[] = [
  {
    id: 'kv-cache',
    kind: 'techniques',
    name: { en: 'KV cache', hans: 'KV 缓存', hant: 'KV 緩存', twp: 'KV 快取' },
    gloss: {
      en: 'the attention history kept per sequence',
      hans: '注意力机制中存储历史的部分',
      hant: '注意力機制中存儲歷史的部分',
      twp: '注意力機制中儲存歷史的部分',
    },
    aliases: [{ text: 'KV cache' }, { text: 'key-value cache' }, { text: 'KV缓存' }, { text: '鍵值快取' }],
    quotes: [
      {
        id: 'kv-cache-1',
        conceptId: 'kv-cache',
        rank: 1,
        turnId: 't4',
        sectionSlug: 'inference-optimization',
        speaker: 'Tri Dao',
        start: kv1.start,
        end: kv1.end,
        text: kv1.text,
        enStart: kv1.enStart,
        enEnd: kv1.enEnd,
      },
    ],
  },
  {
    id: 'memory-bound-inference',
    kind: 'techniques',
    name: { en: 'Memory-bound inference', hans: '推理的访存瓶颈', hant: '推理的訪存瓶頸', twp: '推理的訪存瓶頸' },
    gloss: {
      en: 'inference is limited by moving weights and KV cache, not by FLOPs',
      hans: '推理受限于搬运权重和 KV 缓存,而非算力',
      hant: '推理受限於搬運權重和 KV 緩存,而非算力',
      twp: '推理受限於搬運權重和 KV 快取,而非算力',
    },
    aliases: [{ text: 'memory-bound' }, { text: 'memory bandwidth' }, { text: '访存瓶颈' }],
    quotes: [
      {
        id: 'memory-bound-inference-1',
        conceptId: 'memory-bound-inference',
        rank: 1,
        turnId: 't4',
        sectionSlug: 'inference-optimization',
        speaker: 'Tri Dao',
        start: mem1.start,
        end: mem1.end,
        text: mem1.text,
        enStart: mem1.enStart,
        enEnd: mem1.enEnd,
      },
    ],
  },
  {
    id: 'mixture-of-experts',
    kind: 'models',
    name: { en: 'Mixture of Experts (MoE)', hans: '混合专家 (MoE)', hant: '混合專家 (MoE)', twp: '混合專家 (MoE)' },
    gloss: {
      en: 'sparse models that activate a few experts per token',
      hans: '每个 token 只激活少数专家的稀疏模型',
      hant: '每個 token 只激活少數專家的稀疏模型',
      twp: '每個 token 只啟用少數專家的稀疏模型',
    },
    aliases: [{ text: 'Mixture of Experts' }, { text: 'MoE', caseSensitive: true }, { text: '混合专家' }],
    quotes: [
      {
        id: 'mixture-of-experts-1',
        conceptId: 'mixture-of-experts',
        rank: 1,
        turnId: 't4',
        sectionSlug: 'inference-optimization',
        speaker: 'Tri Dao',
        start: moe1.start,
        end: moe1.end,
        text: moe1.text,
        enStart: moe1.enStart,
        enEnd: moe1.enEnd,
        note: {
          en: 'The write-up prints "MixtureofExperts" without spaces: Mixture of Experts.',
          hans: '原文写作“MixtureofExperts”,漏了空格:Mixture of Experts。',
          hant: '原文寫作“MixtureofExperts”,漏了空格:Mixture of Experts。',
          twp: '原文寫作“MixtureofExperts”,漏了空格:Mixture of Experts。',
        },
      },
    ],
  },
  {
    id: 'nvidia',
    kind: 'hardware',
    name: { en: 'NVIDIA', hans: '英伟达', hant: '英偉達', twp: '輝達' },
    gloss: {
      en: '~90% of AI workloads; great chips and software',
      hans: '约九成 AI 工作负载;芯片和软件都很好',
      hant: '約九成 AI 工作負載;芯片和軟件都很好',
      twp: '約九成 AI 工作負載;晶片和軟體都很好',
    },
    aliases: [{ text: 'NVIDIA' }, { text: 'CUDA' }, { text: '英伟达' }, { text: '輝達' }],
    quotes: [
      {
        id: 'nvidia-1',
        conceptId: 'nvidia',
        rank: 1,
        turnId: 't2',
        sectionSlug: 'nvidia-dominance',
        speaker: 'Tri Dao',
        start: nv1.start,
        end: nv1.end,
        text: nv1.text,
        enStart: nv1.enStart,
        enEnd: nv1.enEnd,
      },
    ],
  },
];
