/**
 * The 48 concepts of the interview, as the team writes them: names, glosses,
 * the surface forms the matcher looks for (each with its rule) and Tri Dao's
 * verbatim quotes. The generator (`data/build/build-data.ts`) reads this file,
 * locates every quote in its turn and expands every Chinese string into
 * Simplified, Traditional and Taiwan phrasing; `data/concepts.test.ts` checks it.
 *
 * Ids and order follow the contract `../shared/spec/concepts.tsv` exactly.
 *
 * How aliases are chosen (precision first: `npm run eval` reports precision on the
 * labelled dev set and the concept-page pairs on the 130 corpus pages):
 * - The matcher folds case, width, spacing/hyphens/underscores and
 *   Simplified/Traditional, and handles simple English plurals, so we list
 *   singular forms ("KV cache" also finds "KV caches", "AI agent" finds
 *   "AI agents"). Spacing variants are still listed where a reader would
 *   write the word joined ("FlashAttention", "ClaudeCode"): it costs nothing.
 * - `caseSensitive` is set on short forms whose case is what tells them apart
 *   from a word or another acronym: MoE (MOE = Ministry of Education), MLA,
 *   SSI, AGI, ASI, HBM, AMD, o3 (O3 = ozone), Mamba (mamba the package
 *   manager), Triton, Gluon, Mojo, Cursor, Windsurf, Gemini, Pallas...
 * - `aiOnly` is set on every alias that has an ordinary meaning outside AI
 *   (the contract's "confusables" column): it then counts only on a page the
 *   matcher judges to be about AI/ML systems (lib/matcher/).
 * - No alias is a bare generic word ("hybrid", "agent", "rollout",
 *   "networking", "batch", "kernel" in Chinese OS texts...) unless it is
 *   aiOnly and, on an AI page, nearly always means our concept. We prefer
 *   multiword forms ("AI agent", "hybrid model", "RL rollout").
 * - Deliberately NOT aliases: "VLM" (vision-language model, not vLLM),
 *   "Kittens" (cats), bare "Claude" (Claude the model is not Claude Code),
 *   bare "Together" (the word), bare "Adam" (a first name, also on AI pages:
 *   Adam Paszke; it counts only beside Kingma and Ba), bare "MAX" (HBO Max,
 *   737 MAX), "Hetra" (a slip for Hedra), bare "rollout" (product rollouts are AI news too); "4位" (four people) only
 *   as a bit width, aiOnly and beside quantization words, never before a noun it counts (quantization's rules).
 * - Nor the forms the dev-set guide's decisions of 2026-12-02 make `may` (never an expected mark, so a mark there
 *   can only be neutral or wrong): generic "inference chip" / "inference accelerator" / 推理芯片 / 推論晶片 /
 *   推理加速器 (inference-chips is the startups, named by name); a company's products beyond the contract's
 *   examples and its ticker (Groq's LPU, Cerebras's wafer-scale engine, NVIDIA's NVL72, NVDA); named methods
 *   (GPTQ, AWQ for quantization; continuous batching for batch-inference); and Codeium, the maker, for the
 *   Windsurf editor (the company for its product, as the guide's 黄仁勋 is not nvidia).
 * - Nor, since round 13, forms the labellers never expect marked (every such mark in the tuning part optional or
 *   wrong): a compiler's part (TorchDynamo), the wider field of "embodied AI" / 具身智能 for robotics, and bare
 *   "inference latency" (the measure, not latency that is low).
 *
 * `notAliases` (an addition of this file, optional for consumers): phrases
 * that CONTAIN one of the concept's aliases but mean something else
 * ("Triton Inference Server", "量化交易", "聊天机器人"). A matcher that
 * compiles them like aliases lets longest-match-wins swallow the shorter alias
 * inside them, then drops the match. Ignoring them is safe but less precise.
 */
import type { AliasSpec, ConceptSource, OtherSenseRule } from '@/lib/data-types';

/** A concept as written here: a ConceptSource plus optional blocking phrases. */
export interface ConceptEntry extends ConceptSource {
  aliases: AliasRule[];
  /**
   * Phrases that contain one of this concept's aliases but do not mean the
   * concept. Matched like aliases (same folding, same rules), then discarded,
   * so the alias inside them never fires.
   */
  notAliases?: AliasRule[];
  /**
   * Neighbouring words that give a short alias another sense (微内核, "kernel
   * size", 量化评估): a rule on the 24 characters before or after the
   * candidate (lib/matcher/guards.ts, rule 8). Cheaper than blocking phrases:
   * no automaton records, one rule for many compounds.
   */
  otherSenses?: OtherSenseRule[];
  /** The cue words (an expression source, case-insensitive) its `localCue` aliases need in their line. */
  cue?: string;
  /** At a sentence's start, what must follow its `midSentence` aliases for them to count (an expression source). */
  nameAfter?: string;
}

/**
 * An alias plus generator hints (optional for consumers).
 *
 * `noTaiwanPhrasing`: expand this Chinese alias to Traditional CHARACTERS only
 * (OpenCC `cn`→`tw`), not with Taiwan PHRASING (`twp`). OpenCC's Taiwan
 * phrasing turns 内核 (kernel) into 核心, which is the everyday word for "core"
 * (and "CUDA核心" means CUDA cores): as an alias it would fire on almost every
 * Chinese page. data/concepts.test.ts fails if a `twp` expansion of an alias
 * lands on such a word and the alias lacks this flag.
 */
export interface AliasRule extends AliasSpec {
  noTaiwanPhrasing?: boolean;
}

/** Shorthands that keep the table below readable. */
const a = (text: string): AliasRule => ({ text });
/** Case-sensitive: the case is what separates the concept from a word or another acronym. */
const cs = (text: string): AliasRule => ({ text, caseSensitive: true });
/** Counts only on a page about AI/ML systems. */
const ai = (text: string): AliasRule => ({ text, aiOnly: true });
/** Both: an acronym or proper noun that also has a non-AI meaning. */
const csAi = (text: string): AliasRule => ({ text, caseSensitive: true, aiOnly: true });
/**
 * A blocking phrase that decides the concept for the whole document: once it is
 * seen, the concept's aiOnly aliases count nowhere in that document (one sense
 * per discourse, lib/matcher/context.ts): "macular degeneration" for AMD.
 */
const decides = (text: string): AliasRule => ({ text, decidesDocument: true });
/** Traditional characters only, never Taiwan phrasing (内核 would become 核心 = "core"). */
const noTwp = (alias: AliasRule): AliasRule => ({ ...alias, noTaiwanPhrasing: true });

/**
 * The keys of low latency's neighbour rules (folded, as `otherSenses` keys are): the English and the Chinese words,
 * 低延时 read as 低延迟. One list, so that a new spelling reaches every rule that reads the word.
 */
const LOW_LATENCY_ZH_KEYS = ['低延迟', '极低延迟', '低延时'];
const LOW_LATENCY_KEYS = ['lowlatency', 'ultralowlatency', ...LOW_LATENCY_ZH_KEYS];

/** The keys of the Chinese robot words' neighbour rules: 机器人 and Hong Kong's 機械人 (folded). */
const ROBOT_ZH_KEYS = ['机器人', '机械人'];

/**
 * An aspect marker right after a Chinese compound (了, 过, 着 in both scripts): the compound's first half is the
 * subject and its second the verb (这款视频生成了大量弹幕, 该工具调用了系统接口), not the compound noun. Not where 过/着
 * begin a word of their own (过程, 过后, 过渡, 着重, 着实, 著作...): the noun stands before those. One expression for the
 * rules of video-generation and ai-agents that read it.
 */
const ASPECT_MARKER_AFTER =
  '^(?:了|过(?!程|后|渡|滤|去|来|于|度|多|量|热|载|期|敏|往|关|问)|過(?!程|後|渡|濾|去|來|於|度|多|量|熱|載|期|敏|往|關|問)|着(?!重|实|手|眼|想|急|迷|陆|装|落|力|色)|著(?!重|實|手|眼|想|急|迷|陸|裝|落|力|色|作|名|称|稱))';

/**
 * The English words of quantization, both spellings, as the neighbour rules of `quantization` key them (folded:
 * lower case, no separators). One list, so that a rule for the other senses of the word cannot miss a form.
 */
const QUANTIZE_WORDS = [
  'quantization',
  'quantisation',
  'quantized',
  'quantised',
  'quantize',
  'quantizing',
  'quantise',
  'quantising',
];

/**
 * What goes before a person's surname (nvidia's otherSenses: David Blackwell, Grace Murray Hopper): a given name
 * inside a sentence (after a lower-case word, punctuation or Chinese), a given name and a middle name or initial,
 * or a person's calling. `CHIP_WORD`: the capitalised words that name the chip instead (NVIDIA's names and
 * product lines, who sells it, a title's adjectives); `BEFORE_TWO`: those that may also start two of them ("the
 * Jetson Thor Blackwell"), all but Grace (Grace Murray Hopper is the person, "Grace Blackwell" the chip).
 */
const BEFORE_TWO =
  'Nvidia|Google|Cloud|Azure|Oracle|Amazon|Microsoft|Meta|Dell|Lenovo|Supermicro|Gigabyte|Asus|Lambda|Nebius|Crusoe|Modal|Together|Introducing|New|Next|Latest|The|With|Unlike|Both|Jetson|GeForce|Quadro|Tesla|Titan|Ampere|Ada|Hopper|Blackwell|Rubin|Volta|Turing|Pascal|Upcoming|Current|Future|Powerful|Mighty|Flagship|Spectrum|Quantum|Ultra|Pro|Series|Platform|Team|Project|Inference|Training';
const CHIP_WORD = `${BEFORE_TWO}|Grace|Vera|Thor|Spark|Station`;
const IN_SENTENCE = String.raw`(?:(?:^|[^A-Za-z'’])[a-z]+\s+|[(（,，、:：;；"“]\s*|[\u3400-\u9fff]\s*)`;
const PERSON_BEFORE = [
  String.raw`${IN_SENTENCE}(?!(?:${CHIP_WORD})\s)[A-Z][a-z]+\s+`,
  String.raw`${IN_SENTENCE}(?!(?:${BEFORE_TWO})\s)[A-Z][a-z]+\s+(?!(?:${CHIP_WORD})\s)[A-Z][a-z]+\s+`,
  String.raw`(?:^|[^A-Za-z])[A-Z][a-z]+\s+[A-Z]\.\s*`,
  String.raw`(?:statistician|mathematician|professor|Professor|Prof\.|Dr\.|Admiral|数学家|數學家|统计学家|統計學家|科学家|科學家|教授|院士)\s*(?:[A-Z][a-z]+\s+){0,2}(?:[A-Z]\.\s*)?`,
  String.raw`\bRao\s*[-–—]?\s*`,
].join('|');

/** The 48 concepts, in the contract's order. */
export const concepts: ConceptEntry[] = [
  {
    id: 'flash-attention',
    kind: 'techniques',
    name: { en: 'FlashAttention', zh: 'FlashAttention' },
    gloss: {
      en: "IO-aware exact attention kernels that cut memory traffic; Tri Dao's work, also ported to AMD GPUs.",
      zh: '按 IO 感知设计的精确注意力内核，减少显存读写；Tri Dao 的代表作，也有 AMD 版本。',
    },
    aliases: [
      a('FlashAttention'),
      a('Flash Attention'),
      a('FlashAttention-2'),
      a('FlashAttention-3'),
      a('FlashAttention-4'),
      // Written joined to the digit, the word boundary after "FlashAttention" fails: list them.
      a('FlashAttention2'),
      a('FlashAttention3'),
      a('flash-attn'),
      a('flash_attn'),
      a('FlashAttn'),
      // READMEs shorten the versions to FA2 / FA3 ("FA3 backend").
      csAi('FA2'),
      csAi('FA3'),
      csAi('FA4'),
    ],
    quotes: [
      {
        text: '比如Flash Attention就是這樣:我們意識到內存訪問才是主要瓶頸,于是重新設計了注意力的實現方式,減少內存訪問。',
      },
      { text: '比如我們之前和AMD合作過一個版本的Flash Attention,并且把它集成進了公共倉庫。' },
    ],
  },
  {
    id: 'multi-head-latent-attention',
    kind: 'techniques',
    name: { en: 'Multi-head Latent Attention (MLA)', zh: '多头潜在注意力' },
    gloss: {
      en: "DeepSeek's attention that projects the KV cache into a small latent space, with a very large head dimension.",
      zh: 'DeepSeek 提出的注意力机制：把 KV 缓存投影到小的潜在空间，头维度很大。',
    },
    aliases: [
      a('Multi-head Latent Attention'),
      a('multihead latent attention'),
      a('Multi-Latent Attention'),
      a('FlashMLA'),
      csAi('MLA'),
      a('多头潜在注意力'),
      a('多头隐注意力'),
      a('多头隐式注意力'),
      a('多头潜注意力'),
    ],
    notAliases: [
      decides('MLA style'),
      decides('MLA format'),
      decides('MLA citation'),
      decides('MLA Handbook'),
      decides('MLA formatting'),
      // A definition of the other sense decides the bare acronym for the whole page.
      decides('Legislative Assembly'),
      decides('Modern Language Association'),
      decides('Works Cited'),
      // Chinese writing guides' MLA格式 / MLA引用 are told by the neighbours (guards.ts).
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      { keys: ['mla'], after: String.raw`^\s*(?:格式|引用|引文|样式|樣式|风格|風格)`, decides: true },
      // Legislators in Indian and Canadian news: "BJP MLA", "MLAs", "MLA from Bhopal".
      { keys: ['mlas'], after: '^', decides: true },
      {
        keys: ['mla'],
        before: String.raw`\b(?:BJP|Congress|AAP|TMC|DMK|NDP|ruling|opposition|sitting|former|rebel|independent)\s+$`,
        after: String.raw`^\s+(?:from|of)\s+[A-Z]`,
        decides: true,
      },
    ],
    quotes: [
      {
        text: 'DeepSeek的一個例子叫multi-head latent attention。他們發現推理時很多開銷來自于KV緩存的壓縮和傳輸,于是提出通過潛在投影把KV緩存投射到更小的空間,從而大幅減小緩存規模。',
      },
      {
        text: '像DeepSeek就提出了一種multi-head latent attention,它和傳統的attention有些不同。比如他們使用了非常大的head dimension。',
      },
    ],
  },
  {
    id: 'mixture-of-experts',
    kind: 'techniques',
    name: { en: 'Mixture of Experts (MoE) and sparsity', zh: '混合专家（MoE）与稀疏化' },
    gloss: {
      en: 'Sparse models that activate a few experts per token: 2 of 8 (25%) then 4 of 128 (1/32).',
      zh: '每个 token 只激活少数专家的稀疏模型：从 8 选 2（25%）到 128 选 4（1/32）。',
    },
    aliases: [
      a('Mixture of Experts'),
      a('Mixture-of-Experts'),
      // The seed's own spelling (a slip, but unambiguous).
      a('MixtureofExperts'),
      csAi('MoE'),
      a('sparse MoE'),
      cs('MoE model'),
      a('sparse expert'),
      // Writers drop the plural or pluralise the first word; both are the same technique.
      a('Mixture of Expert'),
      a('Mixtures of Experts'),
      // How MoE papers and model cards count experts: "top 8 experts", "2 of 8 experts" (guards.ts).
      { text: 'expert', aiOnly: true, afterCount: true },
      ai('experts per token'),
      ai('routed expert'),
      ai('shared expert'),
      ai('active experts'),
      ai('activated experts'),
      ai('expert routing'),
      ai('experts active'),
      ai('expert parallelism'),
      ai('expert parallel'),
      ai('fine-grained experts'),
      ai('active parameters'),
      ai('activated parameters'),
      ai('experts activated'),
      // A sparse linear model (Lasso) is sparse too: an expert or routing word must be near.
      { text: 'sparse model', aiOnly: true, localCue: true },
      a('混合专家'),
      a('混合专家模型'),
      // With 式, as Taiwan writes it (總參數量32B的混合式專家模型); not bare 混合式专家, which a hybrid expert system is too.
      a('混合式专家模型'),
      a('专家混合'),
      a('混合专家架构'),
      // Chinese writers also spell it MOE; before 架构/模型 it is never the ministry.
      a('MoE架构'),
      a('MoE模型'),
      a('MoE大模型'),
      ai('稀疏激活'),
      ai('激活参数'),
      // Taiwan writes active parameters as 活躍參數 (推理時僅啟用 5.1B 活躍參數).
      ai('活跃参数'),
      a('稀疏专家'),
      a('稀疏混合专家'),
      ai('专家并行'),
      { text: '个专家', aiOnly: true, afterCount: true },
      ai('路由专家'),
      ai('共享专家'),
      ai('专家路由'),
      ai('激活专家'),
      // With 的 between (仅取决于激活的专家数): the same "activated experts" (the guide's decision of 2026-12-02).
      ai('激活的专家'),
      // Chinese vendors' name for an MoE model (超大规模多专家模型 (MoE)).
      a('多专家模型'),
    ],
    notAliases: [decides('Ministry of Education'), decides('Ministry of Education (MoE)')],
    // The ministry, named by what it issues: "MoE scholarships", "MoE guidelines".
    otherSenses: [
      // A count of people who are experts ("3 of 5 experts said", "the top 10 experts in AI", 3个专家评审), told by
      // what people do after it; a router's experts are chosen, activated or run.
      {
        keys: ['expert', 'experts', '个专家'],
        after: String.raw`^(?:s?\s+(?:who|said|say|says|agreed?|agrees|believed?|believes|predict(?:ed|s)?|warn(?:ed|s)?|interviewed|surveyed|polled|consulted|told|to\s+follow|weigh(?:ed)?\s+in|in\s+(?:AI|the\s+(?:field|industry|world)))\b|\s*(?:评审|評審|打分|认为|認為|表示|指出|组成|組成|团队|團隊|委员会|委員會|意见|意見|访谈|訪談))`,
      },
      // A count of things made or judged at an expert's level, not a model's experts: "2,500 expert-level
      // questions", 2500 个专家级问题 (a benchmark's questions), 3 个专家级任务.
      {
        keys: ['expert', 'experts', '个专家'],
        after: String.raw`^(?:(?:\s*[-‐–]\s*|\s+)?(?:level|grade)\b|\s*(?:级|級))`,
      },
      {
        keys: ['moe'],
        after: String.raw`^\s+(?:scholarships?|guidelines|notifications?|officials?|circulars?|schools?|grants?|Singapore|India)\b`,
        decides: true,
        caseSensitive: true,
      },
    ],
    // For "sparse model": a mixture of experts names its experts, routing or tokens near (guards.ts).
    cue: String.raw`\b(?:experts?|MoE|routing|routed|router|gating|tokens?|active parameters)\b|专家|專家|路由`,
    quotes: [
      { text: '最近這兩年最顯著的就是Mixture of Experts(MoE)。它讓模型變得更大,參數更多,但計算是稀疏的。' },
      { text: '我對MoE特別感興趣,尤其是越來越稀疏。我們在探索極限:能稀疏到什么程度?' },
      {
        text: '而DeepSeek和OpenAI的最新模型里,比如GPT-oss,是在128個專家里只激活4個,也就是1/32。這種稀疏化非常適合大規模服務用戶。',
      },
      { text: '比如早期Mistral的開源MoE模型是8個專家里激活2個,也就是25%。' },
    ],
  },
  {
    id: 'gpt-oss',
    kind: 'models',
    name: { en: 'gpt-oss', zh: 'gpt-oss' },
    gloss: {
      en: "OpenAI's open-weight models, most layers in 4-bit: 120B parameters in about 60 GB.",
      zh: 'OpenAI 的开放权重模型，大部分层量化到 4 位：1200 亿参数约 60 GB。',
    },
    aliases: [a('gpt-oss'), a('gpt-oss-120b'), a('gpt-oss-20b')],
    quotes: [
      {
        text: '比如最近OpenAI發布的GPT-oss,大部分層都被量化到4位。他們的模型總共有1200億參數,但因為每個參數只需4位,整個模型可以放進大概60GB的空間里,這直接轉化成了非常好的推理性能。',
      },
      { text: '而DeepSeek和OpenAI的最新模型里,比如GPT-oss,是在128個專家里只激活4個,也就是1/32。' },
    ],
  },
  {
    id: 'quantization',
    kind: 'techniques',
    name: { en: 'Low-bit quantization', zh: '模型量化' },
    gloss: {
      en: 'Storing weights in 16, 8, 4 or even 1–2 bits with little quality loss, so models move less data.',
      zh: '把权重从 16 位降到 8 位、4 位乃至 1–2 位而质量几乎不降，从而减少数据搬运。',
    },
    aliases: [
      ai('quantization'),
      ai('quantisation'),
      ai('quantized'),
      ai('quantised'),
      ai('quantize'),
      ai('quantizing'),
      // British spelling of the verb, as quantisation and quantised are listed.
      ai('quantise'),
      ai('quantising'),
      a('model quantization'),
      a('weight quantization'),
      a('quantized model'),
      a('quantized weights'),
      a('quantization-aware training'),
      a('post-training quantization'),
      a('low-bit quantization'),
      ai('low-bit'),
      ai('4-bit'),
      ai('8-bit'),
      ai('low precision'),
      ai('lower precision'),
      // Any case: docs write int4/int8 kv cache as often as INT4 (int8_t is an identifier, guards.ts).
      ai('INT4'),
      ai('INT8'),
      a('FP8'),
      a('FP4'),
      a('MXFP4'),
      // The other OCP microscaling formats beside MXFP4 in a table of number formats.
      a('MXFP8'),
      a('MXFP6'),
      a('NVFP4'),
      // Weight/activation bit widths of quantization recipes.
      a('W4A16'),
      a('W8A8'),
      a('W4A8'),
      a('W8A16'),
      a('W4A4'),
      a('1.58-bit'),
      ai('2-bit'),
      a('bitsandbytes'),
      ai('量化'),
      a('模型量化'),
      a('权重量化'),
      // Kinds of model quantization (MNN and LMDeploy docs): only ML uses them.
      a('权值量化'),
      a('离线量化'),
      a('在线量化'),
      a('对称量化'),
      a('非对称量化'),
      a('动态量化'),
      a('静态量化'),
      a('低比特量化'),
      a('量化感知训练'),
      a('训练后量化'),
      a('4比特'),
      a('8比特'),
      a('4位量化'),
      a('8位量化'),
      // A bit width said of weights or numbers ("每个参数仅用4位表示"); bare 4位 also counts people (4位专家).
      a('4位表示'),
      a('8位表示'),
      a('4位精度'),
      a('8位精度'),
      a('4位整数'),
      a('8位整数'),
      a('4位权重'),
      a('8位权重'),
      // A number format's width (FP8 是一种8位浮点数格式, MXFP4 4位浮点量化); aiOnly: a computer-architecture page's
      // 8位浮点 is the format, not quantizing a model.
      ai('4位浮点'),
      ai('8位浮点'),
      // Taiwan writes bit as 位元.
      ai('4位元'),
      ai('8位元'),
      a('低位元量化'),
      // Bare 1位 / 2位 / 4位 / 8位 only as a bit width: in a line about quantization or number formats and followed by
      // punctuation or a width's word (INT4:4位,8倍壓縮; | INT4 | 4位 |; 量化到4位(16個可能值); 4位混合精度), the rules
      // below; 4位专家 (four people), 第4位 (fourth place), 4位数 (four digits) never.
      ai('1位'),
      ai('2位'),
      ai('4位'),
      ai('8位'),
      ai('低精度'),
      ai('低比特'),
    ],
    notAliases: [
      // Compounds that contain 量化 but are other words: 轻量化 (lightweight), 可量化 (quantifiable), 定量化.
      a('轻量化'),
      a('可量化'),
      a('定量化'),
      // Quant-finance senses that decide the page.
      decides('量化投研'),
      decides('量化因子'),
      decides('量化交易员'),
      decides('quantitative trading'),
      decides('quantitative investment'),
      decides('量化交易'),
      decides('量化投资'),
      decides('量化基金'),
      decides('量化私募'),
      a('幻方量化'),
      a('量化宽松'),
      a('量化指标'),
      a('量化考核'),
      decides('量化金融'),
      decides('量化对冲'),
      decides('量化回测'),
      a('量化分析师'),
      a('quantitative easing'),
      // 量化 as "quantify" (量化评估, 难以量化), vector and product quantization and 8-bit images are told by
      // their neighbouring word (guards.ts, OTHER_SENSES).
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      {
        keys: ['量化'],
        // 向量化 / 矢量化 (vectorization) hold 量化 after 向 / 矢; 向量量化 is vector quantization.
        before: '(?:难以|難以|无法|無法|向量|向|矢|乘积|乘積)$',
        // Also quantifying what a manager measures (我们要量化员工的绩效, 量化 AI 的价值与影响): the contract's
        // "量化 as quantify in management texts". Not 目标 / 价值 that start a model's name: 目标检测 (object
        // detection) and 价值网络 / 价值函数 (RL's value network) are what gets quantized (量化目标检测模型到 INT8).
        after:
          '^(?:评估|評估|评价|評價|分析|标准|標準|管理|对比|對比|比较|比較|衡量|员工|員工|绩效|績效|(?:目标|目標)(?!检测|檢測|侦测|偵測|识别|識別|跟踪|跟蹤|追踪|追蹤)|风险|風險|影响|影響|(?:价值|價值)(?!网络|網絡|網路|模型|函数|函數|头|頭)|效益|收益|成效|工作量|指标|指標|考核|KPI)',
      },
      // 量化 paired with pricing or measuring (智慧能以 Token 方式被量化、被定價; 可以衡量与量化): "quantified", said of
      // what is bought and sold or measured, not of a model's weights (a model is 量化到 4 位, not 定价).
      {
        keys: ['量化'],
        before: '(?:衡量|定价|定價|计价|計價|计量|計量)(?:、|和|与|與|及|或|并|並)\\s*(?:被)?$',
        after: '^(?:、|和|与|與|及|或|并|並)\\s*(?:被|可)?(?:定价|定價|计价|計價|衡量|计量|計量|货币化|貨幣化)',
      },
      {
        keys: QUANTIZE_WORDS,
        before: String.raw`\b(?:vector|product|residual(?:\s+vector)?|binary)[\s-]+$`,
        after: String.raw`^\s+latents?\b`,
      },
      {
        keys: ['8bit'],
        // Also retro games' and their machines' ("the 8-bit Nintendo", "8-bit era", "8-bit sprites", chiptunes).
        after: String.raw`^\s*(?:images?|colou?rs?|grayscale|RGB|PNG|audio|games?|music|graphics|microcontrollers?|Nintendo|NES|consoles?|era|sprites?|pixel[\s-]art|chiptunes?|sound(?:track)?s?|retro|home\s+computers?)\b`,
      },
      // A machine's word width (computer architecture, not a model's weights): "4-bit computing", "a 4-bit CPU",
      // "the canonical 4-bit microprocessor", "8-bit processors"; and in a line about such machines that names no model
      // or quantization word on that side of it ("4-bit designs were used in calculators", Intel 4004, BCD, nibbles), and
      // what is "4 bits wide" (a data unit's width). Also a line on the chips of the time (integrated circuits) or
      // decimal arithmetic ("4-bit values are still used in decimal-centric roles"). Not "4-bit computation" by itself:
      // AI text says it of FP4 on GPUs.
      {
        keys: ['4bit', '4bits', '8bit', '8bits', '2bit'],
        after: String.raw`^[\s-]*(?:computing|computers?|CPUs?|central\s+processing|processors?|microprocessors?|microcontrollers?|MCUs?|machines?(?![\s-]+learning)|address(?:es|ing)?|data\s+bus(?:es)?|bus(?:es)?\s+width|registers?|wide)\b`,
        line: String.raw`^(?![^\n]*(?:\bLLMs?\b|language\s+models?|\bweights?\b|neural|quanti[sz]|inference|\bmodels?\b|\bGPUs?\b|\bINT\d|\bFP\d|transformers?|activations?|KV))[^\n]*\b(?:microprocessors?|binary[\s-]coded\s+decimal|BCD|nibbles?|Intel\s+400\d|address\s+(?:bus|format|space)|calculators?|instruction\s+sets?|integrated\s+circuits?|decimal(?:[\s-]centric|\s+(?:math|digits?|values?)))\b`,
      },
      // 8位元遊戲, 8 位元微控制器, 8比特音乐: the bit width of a machine, a game's look or a sound, as "8-bit images" above.
      {
        keys: ['4位元', '8位元', '4比特', '8比特'],
        after:
          '^\\s*(?:的\\s*)?(?:遊戲|游戏|音樂|音乐|像素|微控制器|微處理器|微处理器|单片机|單晶片|單片機|處理器|处理器|电脑|電腦|色彩|颜色|顏色|灰階|灰阶|图像|圖像|图片|圖片|音訊|音频|音頻|主機|主机|风格|風格|机|機|CPU|MCU)',
      },
      // The bit depth of sampled sound or a signal (脈衝編碼調變(PCM)在4位元下所得取樣點, 位元深度為4; "4-bit PCM
      // samples"): digital audio's word length, told by that field's own words in the line (PCM, bit depth, sample
      // rate, ADC), not a model's weights. Not bare sampling (取样): a model's calibration samples are sampled too.
      // The exemption reads each side of the candidate on its own (lineSense), so it holds only for its side.
      {
        keys: ['4位元', '8位元', '4比特', '8比特', '4位', '8位', '4bit', '4bits', '8bit', '8bits'],
        line: String.raw`^(?![^\n]*(?:模型|权重|權重|神经|神經|推理|推論|大模型|\bLLMs?\b|\bmodels?\b|\bweights?\b|neural|\bGPUs?\b))[^\n]*(?:\bPCM\b|脈衝編碼|脉冲编码|位元深度|位深度|\bbit\s+depth\b|\bsample\s+rates?\b|\bADCs?\b|\bDACs?\b|模擬訊號|模拟信号|類比訊號|类比信号)`,
      },
      // Image coding's quantization: JPEG's quantization tables and matrices, DCT coefficients, colour palettes.
      // Pages about models name it too, so this decides only while the page names model quantization nowhere.
      {
        keys: QUANTIZE_WORDS,
        before: String.raw`\b(?:JPEG|DCT|colou?r|chroma|luma|palette)[\s-]+$`,
        after: String.raw`^\s+(?:tables?|matri(?:x|ces)|audio|signals?|samples?|pixels?|DCT|colou?rs?)\b`,
        decides: true,
        unlessAffirmed: true,
      },
      // Quantisation OF the signal itself, named right after it ("Quantisation in audio", "quantization of analog
      // signals"): the signal's values made discrete, not a model's (audio models, codecs, tokenizers are models).
      {
        keys: ['quantization', 'quantisation', 'quantized', 'quantised', 'quantize', 'quantizing'],
        after: String.raw`^\s+(?:in|of)\s+(?:(?:digital|analog|analogue|continuous)\s+)?(?:audio|sound|signals?)\b(?!\s+(?:models?|LLMs?|networks?|encoders?|codecs?|tokenizers?|transformers?)\b)`,
      },
      // Signal processing's quantisation: an analogue signal turned into discrete samples, told by that field's own
      // terms (sampling, sample rate, bit depth, ADC, waveform), not by what is recorded (music, podcasts) ("Quantisation is
      // integral to all forms of digital audio", "two core processes – sampling and quantisation"), not low-bit
      // weights, unless that side of the line speaks of models ("Quantisation is now also leveraged in efficient
      // deployment of large language models": the first rule, read on either side, keeps it).
      {
        keys: QUANTIZE_WORDS,
        // Speech and audio models are quantized too ("a quantised Whisper on podcasts"): their names keep it.
        line: String.raw`\bLLMs?\b|language models?|neural networks?|model weights|Whisper|MusicGen|\bspeech\b|\bTTS\b|tokenizers?|\bcodecs?\b`,
        keeps: true,
      },
      {
        keys: QUANTIZE_WORDS,
        line: String.raw`^(?![^\n]*(?:\bLLMs?\b|language models?|\bweights?\b|neural|parameters|inference|\bmodels?\b|\bGPUs?\b|\bINT\d|\bFP\d|-bit))[^\n]*\b(?:digital\s+audio|sound\s+waves?|analogue|analog|continuous\s+signals?|digital\s+signal|signal\s+processing|sampling|sample\s+rates?|bit\s+depth|ADCs?|DACs?|waveforms?)\b`,
      },
      {
        keys: ['1位', '2位', '4位', '8位'],
        // Also a count of people (嘉宾共8位, 有4位, 约8位, 请了4位): 共/有/约/了 before it count, a width is 量化到 4 位.
        before: '(?:第|前|后|後|排名|共|有|约|約|了|[0-9０-９.])$',
        after:
          '^(?!\\s*(?:[,，、|:：)）(（;；。\\n]|$|混合|浮点|浮點|整数|整數|精度|量化|表示|权重|權重|宽|寬|或更|甚至))',
      },
      {
        keys: ['1位', '2位', '4位', '8位'],
        unlessLine: String.raw`\b(?:INT|FP|MXFP|NVFP)\d|\bbits?\b|-bit|量化|精度|比特|位元|浮点|浮點|权重|權重|压缩|壓縮`,
      },
      // Precision the metric, beside recall (a classifier's "higher recall but lower precision", 精确率 / 召回率), is
      // not a number format's precision.
      {
        keys: ['lowprecision', 'lowerprecision', '低精度'],
        line: String.raw`\brecall\b|\bF1\b|F-(?:score|measure)|false positives?|召回|查全|精确率|精確率|准确率与|準確率與`,
      },
      // Bare 量化 in a line about trading (程式交易, 私募, 券商, 对冲基金, 选股, 股票, 期货) is quant finance, where the
      // line names nothing of a model's quantization on either side (模型, 权重, 精度, INT8, bits, 推理; a model's name,
      // Llama, Qwen, DeepSeek, GPT; its size, 70B, 参数; GGUF, AWQ, GPTQ; a bit width, 4-bit, 4位, INT4, FP8: "Llama 3 70B
      // 经过量化后可在笔记本运行" beside a fund manager's line is a model's).
      {
        keys: ['量化'],
        after: String.raw`^(?<!(?:模型|权重|權重|精度|\b(?:INT|FP)\d|bits?\b|-bit|比特|位元|推理|推論|LLM|GPU|显存|顯存|Llama|Qwen|DeepSeek|GPT|Mistral|Gemma|GLM|Baichuan|\b\d+(?:\.\d+)?\s*B\b|参数|參數|GGUF|AWQ|GPTQ|\b(?:2|3|4|5|6|8|16)\s*位(?=量化|整数|整數|精度|权重|權重|模型|[，,。、；;）)\s]|$))[^\n]{0,160})(?![^\n]{0,160}(?:模型|权重|權重|精度|\b(?:INT|FP)\d|bits?\b|-bit|比特|位元|推理|推論|LLM|GPU|显存|顯存|Llama|Qwen|DeepSeek|GPT|Mistral|Gemma|GLM|Baichuan|\b\d+(?:\.\d+)?\s*B\b|参数|參數|GGUF|AWQ|GPTQ|\b(?:2|3|4|5|6|8|16)\s*位(?=量化|整数|整數|精度|权重|權重|模型|[，,。、；;）)\s]|$)))(?:(?<=(?:程式交易|程序化交易|程序交易|高频交易|高頻交易|对冲基金|對沖基金|私募|券商|期货|期貨|选股|選股|炒股|股票|基金经理|基金經理|交易员|交易員)[^\n]{0,160})|(?=[^\n]{0,160}(?:程式交易|程序化交易|程序交易|高频交易|高頻交易|对冲基金|對沖基金|私募|券商|期货|期貨|选股|選股|炒股|股票|基金经理|基金經理|交易员|交易員)))`,
      },
      // 量化策略 is a quant fund's strategy, and also a model's quantization strategy: it decides the page only
      // while the page names model quantization by none of its unambiguous forms (训练后量化, 4位量化).
      { keys: ['量化'], after: '^策略', decides: true, unlessAffirmed: true },
      {
        keys: ['量化'],
        before: String.raw`(?:JPEG|DCT|颜色|顏色|色彩|调色板|調色盤)\s*$`,
        after: '^(?:表|矩阵|矩陣)',
        decides: true,
        unlessAffirmed: true,
      },
    ],
    quotes: [
      {
        text: '兩三年前,通常一個參數需要16位表示。現在8位已經很常見了,新模型里4位也被大量使用,甚至還有1–2位的嘗試,非常激進。',
      },
      { text: '但實驗顯示,在量化過程中,很多情況下質量幾乎沒有損失。當然這需要相當復雜的技術,但效果非常好。' },
      { text: '比如最近OpenAI發布的GPT-oss,大部分層都被量化到4位。' },
    ],
  },
  {
    id: 'kv-cache',
    kind: 'techniques',
    name: { en: 'KV cache', zh: 'KV 缓存' },
    gloss: {
      en: 'The attention history kept for each sequence; moving it around is a main cost of inference.',
      zh: '注意力为每条序列保存的历史；搬运它是推理的主要开销之一。',
    },
    aliases: [
      a('KV cache'),
      a('KV-cache'),
      a('KVCache'),
      ai('key-value cache'),
      a('paged KV cache'),
      // The contract's form; "paged KV blocks", "paged KV memory".
      a('paged KV'),
      a('PagedAttention'),
      a('KV caching'),
      // Papers and docs spell the name out with its acronym inside: "the key-value (KV) cache".
      a('key-value (KV) cache'),
      a('key-value (KV) caching'),
      ai('key-value caching'),
      a('键值（KV）缓存'),
      a('KV缓存'),
      a('KV快取'),
      a('KV 快取'),
      ai('键值缓存'),
      ai('鍵值快取'),
    ],
    // Spelled out, a key-value cache is also Redis's or memcached's (the contract's confusable: "To a standard
    // Key-Value cache, these are three completely different requests" on a semantic-caching page): it counts only
    // with attention's words in its line (KV, tokens, the model, its memory), as every page about the KV cache has.
    otherSenses: [
      {
        keys: ['keyvaluecache', 'keyvaluecaches', 'keyvaluecaching', '键值缓存', '键值快取'],
        unlessLine: String.raw`\bKV\b|attention|\btokens?\b|\bLLMs?\b|language models?|transformer|decod\w*|prefill|autoregressive|\bsequences?\b|\bGPUs?\b|\bHBM\b|VRAM|inference|注意力|显存|顯存|模型|推理|推論|词元|詞元|自回归|自迴歸|解码|解碼|序列|上下文`,
      },
    ],
    quotes: [
      {
        text: 'KV緩存是注意力機制中用于存儲歷史的部分,以便生成下一個預測。所以大量優化都是圍繞如何減少數據搬運展開的。',
      },
      {
        text: 'Google的Gemini Deep Think就是同時探索多路徑的思路,這類場景會讓KV cache成為更大的瓶頸,因此壓縮歷史的方向非常重要。',
      },
      { text: '后來逐漸發現,關鍵問題在于數據傳輸——比如權重在內存之間的搬移,或者KV緩存的搬運。' },
    ],
  },
  {
    id: 'memory-bound-inference',
    kind: 'techniques',
    name: { en: 'Memory-bound inference and data movement', zh: '推理的访存瓶颈' },
    gloss: {
      en: 'Inference is limited by moving weights and KV cache through memory, not by arithmetic (FLOPs).',
      zh: '推理受限于在内存中搬运权重和 KV 缓存，而不是计算量（FLOPs）。',
    },
    aliases: [
      ai('memory-bound'),
      ai('memory bandwidth'),
      ai('memory-bandwidth-bound'),
      ai('bandwidth-bound'),
      ai('memory wall'),
      ai('data movement'),
      ai('arithmetic intensity'),
      csAi('HBM'),
      cs('HBM2e'),
      cs('HBM3'),
      cs('HBM3e'),
      cs('HBM3E'),
      cs('HBM4'),
      ai('high-bandwidth memory'),
      ai('high bandwidth memory'),
      a('内存受限'),
      // Memory-intensive, said of decoding (解码阶段属于内存密集型操作); aiOnly: databases and caches are too.
      ai('内存密集型'),
      a('访存瓶颈'),
      a('访存受限'),
      ai('内存带宽'),
      ai('記憶體頻寬'),
      ai('显存带宽'),
      ai('數據搬運'),
      ai('数据搬运'),
      ai('内存墙'),
      ai('高带宽内存'),
      ai('內存訪問'),
      // 访存密集型 (memory-access bound), the Chinese for memory-bound work; Taiwan's 資料搬移 (data movement).
      ai('访存密集'),
      ai('资料搬移'),
      ai('数据搬移'),
      // 数据移动 / 資料移動, "data movement" word for word (GPU 的数学单元常常等待数据移动).
      ai('数据移动'),
      ai('資料移動'),
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // A memory product's name (HBM3E, "High Bandwidth Memory" in a supplier's news, a kernel note's HBM) names
      // the hardware, not the bottleneck: it counts only in a line that speaks of bandwidth, a bound or inference.
      {
        keys: ['hbm', 'hbm2e', 'hbm3', 'hbm3e', 'hbm4', 'highbandwidthmemory', '高带宽内存'],
        // Also where the line weighs HBM against on-chip SRAM (an inference chip that drops HBM for SRAM) or speaks of
        // moving weights (the guide's decision of 2026-12-02: HBM where the text is about moving weights).
        unlessLine: String.raw`\bSRAM\b|\bweights\b|权重|權重|bandwidth(?![\s-]*memory)|\bbound|bottleneck|inference|decod|\bKV\b|traffic|memory wall|带宽(?!内存)|帶寬(?!內存|記憶體)|頻寬(?!記憶體)|受限|瓶颈|瓶頸|推理|推論|解码|解碼|搬运|搬運|搬移|访存|訪存|内存墙|記憶體牆`,
      },
      // A gaming card's memory bandwidth (更高的記憶體頻寬…提升遊戲效能, a review's frame rates) is a spec for games,
      // not inference's bottleneck.
      {
        // Words of game performance, not bare "gaming" (an AI page compares gaming GPUs' bandwidth with a data centre's).
        keys: ['memorybandwidth', '内存带宽', '记忆体频宽', '显存带宽', 'hbm', 'hbm2e', 'hbm3', 'hbm3e', 'hbm4'],
        line: String.raw`\b(?:gamers?|FPS|frame\s+rates?|ray[\s-]tracing|DLSS|esports|gaming\s+performance|in[\s-]game|Xbox|PlayStation|PS5|Steam\s+Deck|game\s+consoles?)\b|(?:遊戲|游戏)(?!\s*(?:GPU|显卡|顯卡|顯示卡|显示卡|卡|本|筆電|笔记本|電腦|电脑))|遊戲效能|游戏效能|游戏性能|遊戲性能|游戏体验|遊戲體驗|玩家|電競|电竞|光線追蹤|光线追踪|光追|畫質|画质|幀率|帧率`,
      },
      // Bare 内存访问 / 記憶體訪問 (memory access) is any program's: an attention kernel's access pattern (記憶體訪問模式),
      // a step's bytes read (記憶體訪問: 14GB). It is the bottleneck only in a line that says so (內存訪問才是主要瓶頸,
      // bandwidth, memory-bound) or where the accesses are cut (减少内存访问: FlashAttention's IO-awareness).
      {
        keys: ['内存访问', '记忆体访问'],
        // The cut is the accesses' own, not a label's before a colon ("功耗降低: 内存访问和计算能耗显著下降" is power).
        unlessLine: String.raw`瓶颈|瓶頸|受限|\bbound|bottleneck|带宽|帶寬|頻寬|bandwidth|(?:减少|減少|降低|减小|減小|节省|節省)[^，,。；;:：\n]{0,8}$`,
      },
      // Data moved over links, between racks or chips (銅纜…無法應對超大規模的資料搬運需求, optics, co-packaged optics,
      // NVLink, InfiniBand, switches): the interconnect's load, not memory-bound inference. Memory or its bandwidth
      // (記憶體, HBM, 带宽) on the same side of it as the link words keeps it (the line's two sides are read apart):
      // "HBM 頻寬是瓶頸，NVLink 也減少了數據搬運" is about the bottleneck.
      {
        keys: ['数据搬运', '资料搬运', '资料搬移', '数据搬移', '数据移动', '资料移动', 'datamovement'],
        line: String.raw`^(?![^\n]*(?:内存|內存|記憶體|记忆体|显存|顯存|HBM|带宽|帶寬|頻寬|bandwidth|memory))[^\n]*(?:铜缆|銅纜|铜线|銅線|光纤|光纖|光学|光學|光通信|光通訊|光模块|光模組|硅光|矽光|共封装|共封裝|\bCPO\b|传输方案|傳輸方案|机柜|機櫃|机架|機架|交换机|交換機|交換器|互连|互連|链路|鏈路|NVLink|InfiniBand|以太网|乙太網|\bracks?\b|interconnects?|\boptical\b|\bcopper\b|co-packaged)`,
      },
      // Moving data between systems (ETL tools and services), not through a chip's memory.
      {
        keys: ['datamovement'],
        before: String.raw`\b(?:ETL|ELT|cloud|enterprise|secure|automated?s?|managed)\s+$`,
        after: String.raw`^\s+(?:tools?|services?|platforms?|pipelines?|solutions?|jobs?|software|between\s+(?:databases|systems|clouds|applications|apps|SaaS|(?:S3\s+)?buckets|regions|sites|data\s*cent(?:er|re)s|on-prem\w*))\b`,
      },
    ],
    quotes: [
      { text: '比如推理本質上是內存受限問題,關鍵在于如何盡快搬運數據;或者如何最快做矩陣乘法。' },
      { text: '后來逐漸發現,關鍵問題在于數據傳輸——比如權重在內存之間的搬移,或者KV緩存的搬運。' },
      { text: '所以大量優化都是圍繞如何減少數據搬運展開的。' },
    ],
  },
  {
    id: 'inference-cost',
    kind: 'techniques',
    name: { en: 'Inference cost', zh: '推理成本' },
    gloss: {
      en: 'Cost fell about 100x since ChatGPT, ~10x more expected: inference per FLOP times FLOPs per dollar.',
      zh: '自 ChatGPT 以来下降约 100 倍，预计还能再降约 10 倍：每 FLOP 的推理量 × 每美元的 FLOPs。',
    },
    aliases: [
      a('inference cost'),
      // The same as a price ("LLM inference prices have fallen rapidly", "the inference price of LLMs").
      a('inference price'),
      // A kind of inference priced: the head noun is the cost ("Batch inference cost is half of real-time"), which
      // the longer batch-inference alias would otherwise take whole. Also the plural.
      a('batch inference cost'),
      a('batch inference costs'),
      a('cost of inference'),
      // The same with "per": "companies care less about raw speed and more about cost per inference".
      a('cost per inference'),
      a('cost per token'),
      // The contract's "cost per token" and "price per million tokens" crossed: what a token is priced at. On AI
      // pages only: a token sale (an ICO, a crypto token) has its price per token and per-token pricing too.
      ai('price per token'),
      ai('per-token price'),
      ai('per-token pricing'),
      // The same, by its words' other order ("How token pricing works: every LLM API charges per token"); AI pages only,
      // as above (a crypto token's pricing).
      ai('token pricing'),
      // The same price as a rate ("half the standard per-token rate" of a batch API).
      ai('per-token rate'),
      a('cost per million tokens'),
      a('price per million tokens'),
      a('inference per flop'),
      a('推理成本'),
      a('推論成本'),
      a('推理费用'),
      ai('serving cost'),
      ai('API pricing'),
      ai('API price'),
      // What an API costs a business counts only beside what it is priced at (the cue below): "DeepSeek's API costs
      // $0.28 per million tokens", API调用成本 beside 费用对比; not a passing "cut API costs by 50%" of a cache or a
      // strategy page (受限于API调用成本、数据隐私法规), which the labellers never take for inference cost.
      { text: 'API cost', aiOnly: true, localCue: true },
      ai('API价格'),
      { text: 'API成本', aiOnly: true, localCue: true },
      { text: 'API调用成本', aiOnly: true, localCue: true },
      a('per-token cost'),
      a('每词元成本'),
      a('每百万词元成本'),
      a('每token成本'),
      a('每百万token成本'),
      // How API prices are written: "$0.50 per million tokens", "每百万 token 2 元".
      a('per million tokens'),
      // The same price as an adjective: "per-million-token pricing", "per-million-token rates".
      a('per-million-token pricing'),
      a('per-million-token price'),
      a('per-million-token rate'),
      a('per million input tokens'),
      a('per million output tokens'),
      a('per 1M tokens'),
      a('per 1M input tokens'),
      a('per 1M output tokens'),
      a('每百万token'),
      a('每百万输入token'),
      a('每百万输出token'),
      // The plural "s" is added only to English aliases (data/build/variants.ts), and Chinese API pages write the
      // English plural too: 按「每百萬 tokens」收費.
      a('每百万tokens'),
      a('每百万输入tokens'),
      a('每百万输出tokens'),
      a('每百万个tokens'),
      // The price unit itself, yuan or dollars per million tokens: 输入价格定为1元/百万tokens, 50美元/百万token (美元
      // listed so that the mark covers the whole currency, not its last character).
      a('元/百万token'),
      a('元/百万tokens'),
      a('元/百万词元'),
      a('美元/百万token'),
      a('美元/百万tokens'),
      a('每百万词元'),
      a('推理的成本'),
      a('推論的成本'),
      a('推理价格'),
      a('推理服务成本'),
      // What a token costs, as Chinese API news writes it: "token 成本", "每个 token 的成本".
      ai('token成本'),
      ai('token价格'),
      ai('token费用'),
      a('每个token的成本'),
      a('每百万个token'),
      a('每百万个词元'),
    ],
    // The words of a price (rule 3 of guards.ts, for the API-cost aliases): a price, a bill, a rate per token or per
    // million, a sum of money; 费用, 价格, 定价, 计费, 账单, 单价, 美元, 元/百万; or its fall ("API costs fell 100x",
    // cheaper, dropped; 下降, 便宜, 降价, 十分之一, 倍), not a cache's "reduce" (API 成本降低 50%, "cut API costs by 50%").
    cue: String.raw`\b(?:pric(?:e|es|ed|ing)|bills?|billing|invoices?|per[\s-](?:tokens?|million|1M|requests?|calls?|quer(?:y|ies))|USD|cents?|fell|fall(?:s|ing)?|cheaper|dropped|\d+(?:\.\d+)?x)\b|\$\s?\d|费用|費用|价格|價格|定价|定價|计费|計費|账单|帳單|单价|單價|收费|收費|美元|元\s*/|每百万|每百萬|倍|分之一|下降|便宜|降价|降價`,
    // A layer's compute per token ("attention grows with context while SSM layers have roughly constant per-token
    // cost", "linear per-token cost"): an architecture's complexity, not what serving a model costs.
    otherSenses: [
      {
        keys: ['pertokencost'],
        before: String.raw`\b(?:constant|linear|quadratic|sublinear|logarithmic|fixed|growing|O\([^)]{1,12}\))\s+$`,
      },
    ],
    quotes: [
      { text: '這幾年里,推理成本可能下降了大概100倍。' },
      { text: '這意味著可以量化為每浮點操作推理量(inference per flop)和每分錢的FLOPs。' },
      { text: '把這些合起來,短期內一年左右再實現約10倍的整體改進是有可能的。' },
    ],
  },
  {
    id: 'hardware-software-co-design',
    kind: 'techniques',
    name: { en: 'Hardware–software co-design', zh: '软硬件协同设计' },
    gloss: {
      en: 'Designing the model architecture and the inference stack together with the chip they run on.',
      zh: '把模型架构、推理软件栈与芯片放在一起设计。',
    },
    aliases: [
      // Bare co-design is also participatory design with users: a hardware or software word must be near.
      { text: 'co-design', aiOnly: true, localCue: true },
      { text: 'codesign', aiOnly: true, localCue: true },
      // The verb, with the same cue: "the model architecture was co-designed with the chip", "co-designing kernels".
      { text: 'co-designed', aiOnly: true, localCue: true },
      { text: 'co-designing', aiOnly: true, localCue: true },
      { text: 'codesigned', aiOnly: true, localCue: true },
      a('hardware-software co-design'),
      a('hardware/software co-design'),
      a('algorithm-hardware co-design'),
      ai('hardware-aware'),
      // 协同设计 is also collaborative design (BIM 协同设计平台).
      { text: '协同设计', aiOnly: true, localCue: true },
      a('软硬件协同'),
      a('软硬件协同设计'),
      a('软硬协同'),
      ai('硬件感知'),
    ],
    // "Hardware-aware" said of an algorithm or its code (Mamba's "hardware-aware implementation", "a hardware-aware
    // parallel scan algorithm", "hardware-aware kernel dependencies") is an implementation tuned to the GPU's memory,
    // which the labellers never take for co-design (every such mark in the tuning part was optional or wrong); said of
    // anything else (a hardware-aware model, architecture or design: "DeepSeek-V3's hardware-aware design") it is
    // designed with the chip. Only the algorithm, implementation, kernel, scan or code words block (算法, 实现, 内核).
    otherSenses: [
      {
        keys: ['hardwareaware', '硬件感知'],
        after: String.raw`^(?:[\s-]+(?:(?:parallel|selective|associative|efficient|fused|IO-aware)[\s-]+){0,2}(?:algorithms?|implementations?|kernels?|scans?|code|CUDA)\b|\s*的?(?:并行|並行|高效|选择性|選擇性|融合)?(?:算法|演算法|实现|實現|实作|實作|内核|核函数|核函數|扫描|掃描|代码|代碼|程式码|程式碼))`,
      },
      // A language co-designed with its own compiler or runtime (语言与编译器协同设计, "language and compiler
      // co-design") is software with software, not a model or stack designed with the chip.
      {
        keys: ['协同设计', 'codesign', 'codesigned', 'codesigning'],
        before: String.raw`(?:\b(?:language|DSL|API|syntax)\s*(?:and|&|/|-)\s*(?:its\s+)?(?:compiler|runtime|toolchain|type\s+system)s?[\s-]*|(?:语言|語言|语法|語法|DSL|API)\s*(?:与|與|和|及|、|/)\s*(?:其)?(?:编译器|編譯器|运行时|運行時|工具链|工具鏈|类型系统|類型系統)(?:的)?\s*)$`,
      },
    ],
    // Co-design of chips, compilers and models: a hardware or software word in the line (guards.ts).
    cue: String.raw`\b(?:hardware|software|chips?|silicon|GPUs?|TPUs?|NPUs?|accelerators?|kernels?|compilers?|FPGAs?|ASICs?)\b|硬件|软件|硬體|軟體|芯片|晶片|加速器|编译器|編譯器|算子|内核|內核`,
    quotes: [
      { text: '總的來說,大家對推理負載的理解更深,模型架構和推理堆棧是協同設計的,這就是最近性能提升的主要來源。' },
      {
        text: '隨著理解的深入,算法研究人員和硬件專家的溝通變多,大家能結合各自的知識去發現硬件上的瓶頸,并針對性地調整算法。',
      },
      { text: '另一個方向是模型架構和硬件的協同設計。' },
    ],
  },
  {
    id: 'state-space-models',
    kind: 'techniques',
    name: { en: 'Mamba and state space models', zh: 'Mamba 与状态空间模型' },
    gloss: {
      en: 'Models that compress the history into a fixed-size state instead of keeping a full KV cache.',
      zh: '把历史压缩成固定大小的状态，而不保存完整 KV 缓存的模型。',
    },
    aliases: [
      csAi('Mamba'),
      a('Mamba-2'),
      a('Mamba2'),
      a('Mamba-3'),
      a('Mamba3'),
      ai('state space model'),
      ai('state-space model'),
      a('selective state space'),
      ai('selective scan'),
      a('structured state space'),
      // A hybrid's Mamba layers, named by what they are ("Mamba-2 state space layers").
      ai('state space layer'),
      csAi('SSM'),
      ai('状态空间模型'),
      a('选择性状态空间'),
      // Selective scan in Chinese (状态空间模型与选择性扫描算法(Selective Scan)), aiOnly as the English.
      ai('选择性扫描'),
      a('Mamba架构'),
    ],
    notAliases: [
      // The conda package manager.
      decides('micromamba'),
      decides('Mambaforge'),
      decides('Miniforge'),
      decides('libmamba'),
      decides('mamba install'),
      decides('mamba create'),
      a('mamba env'),
      a('mamba activate'),
      a('Black Mamba'),
      a('Mamba Mentality'),
      a('黑曼巴'),
      // AWS Systems Manager on cloud pages (AWS SSM, SSM Parameter Store: guards.ts).
      decides('Systems Manager'),
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // Mamba the model by its own words in the line, first: a setup line that installs it with conda is still
      // about the model ("Mamba is a state space model; we install it with conda", "Mamba beats Transformers on long
      // sequences; conda users can pip install mamba-ssm"). The package manager's own lines name none of these.
      {
        keys: ['mamba'],
        line: String.raw`state[\s-]+space|\bSSMs?\b|\bselective\s+(?:scan|state)|\blong\s+sequences?\b|\bsequence\s+model\w*|\battention\b|\bTransformer\b|\b(?:than|beats?|outperforms?|vs\.?|versus)\s+Transformers\b|mamba[-_]ssm|causal[-_]conv1d|Albert\s+Gu|Tri\s+Dao|\bGu\s*(?:&|and)\s*Dao\b`,
        keeps: true,
      },
      // The package manager by its own words in the line ("Mamba is a fast package manager for conda", "use mamba
      // from conda-forge"), on setup pages that may also install Mamba the model (mamba-ssm, an identifier).
      {
        keys: ['mamba'],
        line: String.raw`\bconda\b|package\s+manager|conda-forge|\bmamba\s+(?:install|create|env|activate|update|search)\b|Miniforge|Mambaforge`,
      },
      // The state-space model of control theory, econometrics and classical time series (a Kalman filter's, a
      // macroeconomic model's), in a line of those fields that names nothing of the deep-learning SSMs on either side
      // (Mamba, S4, selective, neural, deep, LLM, Transformer; sequences, tokens, 序列) and does not say the deep-learning
      // SSM came from that field (borrowed from, inspired by, from control theory, 源于, 借鉴: a Mamba explainer's).
      {
        keys: ['statespacemodel', 'statespacemodels', 'ssm', 'ssms', '状态空间模型'],
        after: String.raw`^(?<!(?:Mamba|\bS[4-6]\b|\bH3\b|selective|neural|\bdeep\b|\bLLMs?\b|language\s+models?|Transformer|attention|深度|神经|神經|大模型|注意力|borrow\w*|inspired\s+by|adapted\s+from|derived\s+from|from\s+(?:classical\s+)?control|源于|源於|源自|借鉴|借鑒|sequences?|\btokens?\b|序列)[^\n]{0,160})(?![^\n]{0,160}(?:Mamba|\bS[4-6]\b|\bH3\b|selective|neural|\bdeep\b|\bLLMs?\b|language\s+models?|Transformer|attention|深度|神经|神經|大模型|注意力|borrow\w*|inspired\s+by|adapted\s+from|derived\s+from|from\s+(?:classical\s+)?control|源于|源於|源自|借鉴|借鑒|sequences?|\btokens?\b|序列))(?:(?<=(?:Kalman|control\s+(?:theory|systems?|engineering)|econometric\w*|macroeconomic\w*|ARIMA|\bDSGE\b|卡尔曼|卡爾曼|控制理论|控制理論|计量经济|計量經濟|宏观经济|宏觀經濟)[^\n]{0,160})|(?=[^\n]{0,160}(?:Kalman|control\s+(?:theory|systems?|engineering)|econometric\w*|macroeconomic\w*|ARIMA|\bDSGE\b|卡尔曼|卡爾曼|控制理论|控制理論|计量经济|計量經濟|宏观经济|宏觀經濟)))`,
      },
      {
        keys: ['ssm'],
        before: String.raw`\bAWS\s*$`,
        after: String.raw`^\s+(?:Parameter|Session Manager|agent|document)`,
        decides: true,
        caseSensitive: true,
      },
    ],
    quotes: [
      {
        text: '舉例我做的Mamba,思路是讓模型把歷史壓縮成更小的狀態向量,而不是保存完整的KV cache——這有代價但在某些大批量推理場景下(例如同時探索多條思路的推理或搜索)效果很好。',
      },
      { text: '我和Albert做的一些狀態空間模型工作也很有趣。' },
    ],
  },
  {
    id: 'hybrid-models',
    kind: 'models',
    name: { en: 'Transformer–Mamba hybrids', zh: 'Transformer 与 Mamba 混合模型' },
    gloss: {
      en: "Architectures mixing attention and Mamba layers: quality at lower inference cost (NVIDIA's models).",
      zh: '混合注意力层与 Mamba 层的架构：以更低推理成本得到高质量模型（如英伟达发布的模型）。',
    },
    aliases: [
      a('Transformer-Mamba hybrid'),
      a('Mamba-Transformer hybrid'),
      // Not "hybrid Mamba", "Mamba(-2) hybrid", "hybrid SSM", "SSM hybrid", "hybrid state space model": one mark over
      // both words left the Mamba or SSM unmarked for state-space-models ("a hybrid Mamba-2/Transformer architecture",
      // "the First Production-Grade Mamba Hybrid"). Bare "hybrid" beside them is the hybrid (the rule below) and the
      // Mamba its own concept.
      // A hybrid of what: only with Mamba or state-space words near (not CNN-Transformer hybrids, hybrid cloud).
      { text: 'hybrid model', aiOnly: true, localCue: true },
      { text: 'hybrid architecture', aiOnly: true, localCue: true },
      a('Nemotron-H'),
      csAi('Jamba'),
      a('Zamba'),
      a('Hymba'),
      a('Falcon-H1'),
      // The pair joined by a hyphen names the hybrid itself: "混合 Transformer-Mamba 架構", "Mamba-Transformer MoE".
      a('Mamba-Transformer'),
      a('Transformer-Mamba'),
      a('SSM-Transformer'),
      a('Transformer-SSM'),
      // Bare "hybrid" / 混合 with Mamba or a state-space model named in its line ("a hybrid of Mamba and attention
      // layers", "Mamba 与 Transformer 混合的模型"), not a hybrid cloud or 混合精度 (the rules below).
      ai('hybrid'),
      ai('混合'),
      a('Transformer与Mamba的混合'),
      a('Transformer-Mamba混合'),
      a('Mamba混合'),
      a('混合Mamba'),
      { text: '混合架构', aiOnly: true, localCue: true },
      // 混合结构 (hybrid structure) likewise, with a state-space word in its line: Jamba利用混合结构中的MoE层.
      { text: '混合结构', aiOnly: true, localCue: true },
    ],
    notAliases: [a('Jamba Juice'), a('hybrid model of work'), a('hybrid working model')],
    // Neighbouring words for bare "hybrid" and 混合 (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      {
        keys: ['hybrid', '混合'],
        unlessLine: String.raw`\bMamba(?:-?\d)?\b|\bSSMs?\b|\b[Ss]tate[\s-][Ss]pace|状态空间|狀態空間`,
        caseSensitive: true,
      },
      // Right before the hybrid's fuller name, which carries the mark: "混合 Transformer-Mamba 架構".
      { keys: ['hybrid'], after: String.raw`^[\s-]*(?:Transformer[\s-]*(?:Mamba|SSM)|(?:Mamba|SSM)[\s-]*Transformer)` },
      { keys: ['混合'], after: String.raw`^[\s-]*(?:Transformer[\s-]*Mamba|Mamba|SSM|state[\s-]space)` },
      // Hybrids of other things: cloud, work, search, parallelism, precision, experts.
      {
        keys: ['hybrid'],
        after: String.raw`^[\s-]+(?:cloud|work|working|cars?|vehicles?|search|retrieval|parallelism|sharding|engines?|electric|quantization|precision|reasoning|thinking|storage|SSDs?|drives?)\b`,
      },
      {
        keys: ['混合'],
        after:
          '^(?:专家|專家|精度|云|雲|检索|檢索|搜索|部署|并行|並行|办公|辦公|动力|動力|现实|現實|推理|量化|训练|訓練|数据|數據|式|型)',
      },
    ],
    // A hybrid of attention and state-space layers: a Mamba or state-space word in the line (guards.ts).
    cue: String.raw`\b(?:Mamba\S*|SSMs?|state[\s-]space|linear attention|(?:Gated )?DeltaNet|RWKV|Jamba|Zamba|Samba|Hymba|Nemotron-H)\b|状态空间|狀態空間|线性注意力|線性注意力`,
    quotes: [
      {
        text: '我們與Nvidia的一些團隊合作訓練模型,他們發布了幾款模型,顯示這種架構——Transformer與Mamba的混合——可以在更低成本或更高推理性能下得到高質量模型。',
      },
    ],
  },
  {
    id: 'transformer',
    kind: 'techniques',
    name: { en: 'Transformer architecture', zh: 'Transformer 架构' },
    gloss: {
      en: 'Stable at the macro level; likely enough to reach AGI, but at what cost?',
      zh: '宏观上已趋于稳定；可能足以实现 AGI，但代价如何？',
    },
    aliases: [
      // Capitalised, and in lower case below: lowercase "transformer" is also the electrical device, which
      // AI-datacenter news does mention (power transformer shortages; the line rule below).
      csAi('Transformer'),
      // The contract's plural ("Transformers are ..."); a capitalised name gets no plural of its own (variants.ts).
      csAi('Transformers'),
      // Lower case too, as ML prose writes the architecture ("an alternative architecture to transformers", "Mamba
      // models match or beat transformers"); aiOnly, and not in a line about power equipment (the rule below).
      { text: 'transformer', caseSensitive: true, aiOnly: true },
      { text: 'transformers', caseSensitive: true, aiOnly: true },
      ai('transformer architecture'),
      ai('transformer model'),
      ai('transformer-based'),
      ai('transformer layer'),
      ai('transformer block'),
      a('decoder-only transformer'),
      a('vision transformer'),
      a('Transformer架构'),
      a('Transformer模型'),
    ],
    // The films and toys by their titles and words; the plural "Transformers" of the architecture otherwise.
    otherSenses: [
      // The electrical device in a line about power equipment and its supply (AI-datacenter news: "transformers step
      // the grid's voltage down", substations, switchgear, "the copper, the transformers", procurement, backlogs,
      // gigawatts, 变压器).
      {
        keys: ['transformer', 'transformers'],
        // That side of the line naming the architecture's own words keeps it ("A transformer with long attention
        // windows draws gigawatts"): each side is read alone. No keeps rule, which would outrank the films' decision.
        // A shortage, backlog or lead time of GPUs, chips or memory is not power equipment's ("GPU shortages slowed
        // the training of large transformers").
        line: String.raw`^(?![^\n]*(?:\battention\b|\bMamba\b|\bSSMs?\b|\bLLMs?\b|language\s+models?|\btokens?\b|KV\s+cache|perplexity|\bBERT\b|\bGPT|decoder|注意力))[^\n]*(?:\b(?:voltages?|kVA|MVA|substations?|windings?|step[\s-](?:up|down)|transmission\s+lines?|utility\s+poles?|coils?|electrical\s+(?:grid|equipment)|power\s+(?:grid|equipment|supply)|switchgear|(?<!\b(?:GPUs?|chips?|HBM|memory|compute|talent|data)\s)(?:lead\s+times?|shortages?|backlogs?|procurement)(?!\s+of\s+(?:GPUs?|chips?|HBM|memory|compute|talent|data)\b)|copper|electrical\s+infrastructure|utilities|power\s+plants?|megawatts?|gigawatts?)\b|变压器|變壓器)`,
      },
      {
        keys: ['transformers'],
        after: String.raw`^\s*(?::\s*[A-Z]|One\b|franchise|toys?\b|films?\b|movies?\b|cartoons?\b|Prime\b|Age of Extinction|Dark of the Moon|Revenge of the Fallen|The Last Knight|Rise of the Beasts)`,
        decides: true,
      },
      // NVIDIA's Transformer Engine (Hopper's and Blackwell's FP8/FP4 unit and its library, "第二代 Transformer 引擎") is a
      // product named after the architecture, as PagedAttention is a technique named after paging: not the architecture.
      { keys: ['transformer'], after: String.raw`^\s*(?:Engines?\b|引擎)` },
      // A pipeline stage by its library or its fellow stage: "Spark ML Transformer", "Transformers and Estimators"
      // (not "a fitted Transformer": a trained model is fitted too; Transformer.transform(df) is code, guards.ts).
      {
        keys: ['transformer', 'transformers'],
        before: String.raw`\b(?:Spark(?:\s+ML(?:lib)?)?|MLlib|PySpark|sklearn|scikit-learn)\s+$`,
        after: String.raw`^\s+(?:and|or|&)\s+Estimators?\b`,
        caseSensitive: true,
        decides: true,
        unlessAffirmed: true,
      },
    ],
    notAliases: [
      a('power transformer'),
      a('electrical transformer'),
      a('distribution transformer'),
      a('Transformers film'),
      a('Transformers movie'),
      a('Transformer shortage'),
      // Spark ML and scikit-learn pipelines: a Transformer is a stage beside Estimators (fit, transform).
      decides('transformers and estimators'),
      decides('estimators and transformers'),
      decides('transformer and estimator'),
      decides('estimator and transformer'),
    ],
    quotes: [
      { text: '我認為在架構層面,從宏觀來看,好像已經在Transformer上趨于穩定。' },
      {
        text: '但我認為,隨著工作負載(work load)逐漸集中在特定架構上,比如Transformer、MoE等,設計適配這種工作負載的芯片會變得更容易。',
      },
      { text: '我認為,要達到AGI或ASI,目前的架構可能已經足夠了。' },
    ],
  },
  {
    id: 'deepseek',
    kind: 'people',
    name: { en: 'DeepSeek', zh: 'DeepSeek（深度求索）' },
    gloss: {
      en: 'The Chinese lab that showed models can be very sparse, and invented multi-head latent attention.',
      zh: '中国 AI 公司，证明了模型可以非常稀疏，并提出了多头潜在注意力。',
    },
    aliases: [a('DeepSeek'), a('DeepSeek-V3'), a('DeepSeek-R1'), a('DeepSeek-V2'), a('深度求索')],
    // The lab's account name in a model id ("model": "deepseek-ai/DeepSeek-V3", deepseek-ai/DeepSeek-R1 on Hugging
    // Face and GitHub) is part of a longer identifier (the guide); the model's name after the slash still counts.
    otherSenses: [{ keys: ['deepseek'], after: String.raw`^-ai\s*/` }],
    quotes: [
      { text: 'DeepSeek做了很重要的工作,證明可以讓模型非常稀疏,DeepMind早期也有相關探索。' },
      { text: 'DeepSeek的一個例子叫multi-head latent attention。' },
    ],
  },
  {
    id: 'nvidia',
    kind: 'hardware',
    name: { en: 'NVIDIA', zh: '英伟达' },
    gloss: {
      en: 'Runs ~90% of AI workloads thanks to great chips and software; rewrites its low-level code each generation.',
      zh: '凭借优秀的芯片和软件承载约 90% 的 AI 工作负载；几乎每代芯片都要重写底层代码。',
    },
    aliases: [
      a('NVIDIA'),
      cs('CUDA'),
      // Written lower case in headings and prose too ("cuda linux内核"); on an AI page that is CUDA.
      { text: 'cuda', caseSensitive: true, aiOnly: true },
      // The bare codes only on an AI page: a code of letters and digits names other things too (Hyundai's H100 van,
      // the Beechcraft King Air B200 airliner); written with GPU (below) they are the cards anywhere.
      ai('H100'),
      ai('H200'),
      ai('B200'),
      ai('B300'),
      ai('GB200'),
      ai('GB300'),
      ai('H800'),
      ai('GH200'),
      // Chinese text joins the card to "GPU" with no space (单个H100GPU), where the word boundary after the name fails.
      a('H100 GPU'),
      a('H200 GPU'),
      a('B200 GPU'),
      a('H800 GPU'),
      ai('A800'),
      a('TensorRT'),
      a('TensorRT-LLM'),
      ai('A100'),
      csAi('Blackwell'),
      csAi('Hopper'),
      a('DGX'),
      a('英伟达'),
      a('英偉達'),
      a('輝達'),
      // Not its CEO (Jensen Huang, 黄仁勋): the contract names the company and its products, not its people.
    ],
    notAliases: [
      a('Grace Hopper Celebration'),
      a('Edward Hopper'),
      a('Dennis Hopper'),
      a('A100 road'),
      // The publisher (Wiley-Blackwell, Blackwell Publishing) is told by the neighbours (guards.ts).
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      {
        keys: ['blackwell'],
        before: String.raw`Wiley[\s-]*$`,
        after: String.raw`^\s+(?:Publishing|Science|Scientific)\b`,
      },
      // Grace Hopper the computer scientist, unless the name goes on as NVIDIA's chip ("Grace Hopper Superchip").
      {
        keys: ['hopper'],
        after: String.raw`^(?<=Grace\s+Hopper)(?!\s+(?:Superchips?|CPUs?|GPUs?|architecture|platforms?|systems?|nodes?|chips?|GH200|200)\b)`,
        caseSensitive: true,
      },
      // A person named like the chip (NVIDIA names architectures after scientists, and pages on the name quote
      // them: the statistician David Blackwell, Grace Murray Hopper), told by what goes before the surname:
      // - one given name inside a sentence (after a lower-case word, a comma, a bracket or Chinese: "named after
      //   David Blackwell", "统计学家 (David Blackwell)"), not a sentence's or a title-case heading's first word
      //   ("Meet Blackwell"), and not a word that names the chip (NVIDIA's names and product lines, the clouds and
      //   server makers that sell it, a title's adjectives: "the New Blackwell", "Nvidia Grace Blackwell");
      // - a given name and a middle name or initial ("David Harold Blackwell", "David H. Blackwell");
      // - a person's title or calling (statistician, Professor, 数学家, 統計學家).
      // The chip's own words after the surname keep it ("… Blackwell GPUs"); "Rao–Blackwell" is the theorem.
      {
        keys: ['blackwell', 'hopper'],
        after: String.raw`^(?<=(?:${PERSON_BEFORE})(?:Blackwell|Hopper))(?!\s*(?:(?:GPUs?|Ultra|architecture|platforms?|systems?|chips?|Superchips?|servers?|nodes?|clusters?|instances?|VMs?|racks?|[BH][123]00|GB[23]00|NVL\d+|HGX|DGX)\b|架构|架構|平台|芯片|晶片|显卡|顯卡|系列|服务器|伺服器))`,
        caseSensitive: true,
      },
      // The bare surname as the subject of what only a person does, a biography's sentences ("Hopper was a computer
      // scientist", "Hopper invented the first compiler", "Hopper died in 1992", "Blackwell was born in 1919"): a chip
      // is not born, does not invent, marry or die, work on the Mark I or serve in the Navy. "Hopper was named after
      // Grace Hopper" (the chip) keeps it.
      {
        keys: ['blackwell', 'hopper'],
        after: String.raw`^\s+(?:(?:was|is)\s+(?:born|awarded|named\s+a|(?:a|an)\s+(?:(?:American|British)\s+)?(?:computer\s+scientist|mathematician|statistician|professor|pioneer|rear\s+admiral|naval\s+officer))|invented|died|married|retired|graduated|studied|earned\s+(?:her|his)|received\s+(?:her|his)|worked\s+(?:on|at|for|as)|taught|served\s+(?:in|as|on)|joined\s+the\s+(?:Navy|Army|faculty))\b`,
        caseSensitive: true,
      },
    ],
    quotes: [
      {
        text: '英偉達之所以占據主導,有幾個原因:他們設計了非常好的芯片,同時也做出了很好的軟件,這形成了一個完整的生態,讓大家在此基礎上開發更多的軟件。',
      },
      {
        text: '我預計未來幾年,部分工作負載會進入“多芯片”時代,不會像現在這樣90%都在英偉達上運行,而是會跑在不同的芯片上。',
      },
      {
        text: '英偉達幾乎每一代芯片都要重寫所有底層代碼,因為提升FLOPS的方式就是增加更多專用組件,支持更低精度,或者改寫芯片內部的同步機制。',
      },
    ],
  },
  {
    id: 'amd',
    kind: 'hardware',
    name: { en: 'AMD', zh: 'AMD' },
    gloss: {
      en: 'Its larger GPU memory helps inference; FlashAttention has an AMD version in the public repository.',
      zh: '更大的显存有利于推理；FlashAttention 已有合入公共仓库的 AMD 版本。',
    },
    aliases: [
      // AMD is also age-related macular degeneration in health news.
      csAi('AMD'),
      a('ROCm'),
      a('MI300X'),
      a('MI325X'),
      a('MI355X'),
      a('MI300A'),
      a('MI250X'),
      a('MI350X'),
      // The series as news names it, and the next generations (MI400, MI450X, MI500).
      a('MI300'),
      a('MI350'),
      a('MI355'),
      a('MI400'),
      a('MI450'),
      a('MI450X'),
      a('MI455X'),
      a('MI500'),
      a('AMD Instinct'),
      // The company's name spelt out: its definition "Advanced Micro Devices (AMD)" is the concept's own (guards.ts).
      a('Advanced Micro Devices'),
      a('超威半导体'),
      a('超微半导体'),
      // Not its CEO (Lisa Su, 苏姿丰): the contract names the company and its products, not its people.
      // Taiwan's press names AMD 超微 (美超微, Supermicro, and 超微结构 are told by the neighbours, guards.ts).
      ai('超微'),
      // The accelerator line, written without "AMD" before it ("推出Instinct MI500X"); the word only with a model after.
      cs('Instinct'),
    ],
    notAliases: [
      // "age-related macular degeneration (AMD)": the page means the eye disease throughout.
      decides('macular degeneration'),
      decides('黄斑变性'),
      decides('黄斑病变'),
      decides('黄斑部病变'),
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      { keys: ['超微'], before: '美$', after: '^(?:电脑|電腦|结构|結構|粒|粉|型|米)' },
      // "Instinct" is AMD's only before a model or GPU word: not Basic Instinct, a Garmin Instinct, killer instinct.
      {
        keys: ['instinct'],
        after: String.raw`^(?![)）]?\s*(?:MI\s?\d|GPUs?\b|accelerators?\b|加速|系列|显卡|顯卡))`,
        caseSensitive: true,
      },
      // The eye disease where a page does not spell it out: "wet AMD", "AMD patients".
      {
        keys: ['amd'],
        before: String.raw`\b(?:wet|dry|neovascular|exudative|atrophic|early|intermediate|late-stage)\s+$`,
        after: String.raw`^\s+(?:patients?|eyes?|progression|lesions?|diagnosis|screening|severity|grading)\b`,
        decides: true,
      },
    ],
    quotes: [
      { text: '在推理端,AMD有一些優勢,比如更大的內存,現在我們已經開始看到一些團隊在嘗試。' },
      { text: '比如我們之前和AMD合作過一個版本的Flash Attention,并且把它集成進了公共倉庫。' },
      { text: '所以他們必須在抽象之外做一些定制化,讓代碼在英偉達芯片上跑得足夠快,然后再做一些AMD的定制化。' },
    ],
  },
  {
    id: 'inference-chips',
    kind: 'hardware',
    name: { en: 'Inference chip startups', zh: '推理芯片创业公司' },
    gloss: {
      en: 'Cerebras, Groq, SambaNova and others: chips built for very low-latency inference.',
      zh: 'Cerebras、Groq、SambaNova 等：为极低延迟推理设计的专用芯片。',
    },
    aliases: [
      a('Cerebras'),
      // Not Grok (xAI's chatbot): a different spelling, never folded together.
      a('Groq'),
      a('SambaNova'),
      a('Tenstorrent'),
      a('d-Matrix'),
    ],
    quotes: [
      { text: '我認為在推理端,會出現多樣化,我們已經開始看到像Cerebras、Groq、SambaNova這樣的公司帶來的挑戰。' },
      { text: '他們強調可以做到極低延遲的推理,這對某些場景非常棒。' },
      {
        text: '但人們已經理解了:打造優秀訓練芯片的挑戰是什么,打造優秀推理芯片的挑戰又是什么。最后比拼的就是執行力。',
      },
    ],
  },
  {
    id: 'interconnect',
    kind: 'hardware',
    name: { en: 'Networking and interconnect', zh: '网络互连' },
    gloss: {
      en: 'Training is bound by networking; an MoE model spread over many chips needs fast links.',
      zh: '训练的瓶颈在网络通信；分布在多块芯片上的 MoE 模型需要高速互连。',
    },
    aliases: [
      a('NVLink'),
      // A generation's number written on (260TB/s NVLink6): the name does not end before a digit, so each is its own.
      a('NVLink4'),
      a('NVLink5'),
      a('NVLink6'),
      a('NVSwitch'),
      a('InfiniBand'),
      cs('RDMA'),
      a('GPUDirect RDMA'),
      ai('interconnect'),
      a('GPU interconnect'),
      a('chip-to-chip interconnect'),
      a('scale-out networking'),
      a('scale-up networking'),
      a('GPU networking'),
      a('AI networking'),
      a('UALink'),
      a('Ultra Ethernet'),
      csAi('NCCL'),
      csAi('RoCE'),
      ai('all-to-all communication'),
      // Optical circuit switches that rewire a cluster's links (Google's TPU pods; 光電路交換 in Taiwan's news);
      // aiOnly: telecom networks switch optical circuits too.
      ai('optical circuit switching'),
      ai('optical circuit switch'),
      ai('光电路交换'),
      ai('网络通信'),
      ai('互连'),
      a('高速互连'),
      a('高速互联'),
      a('芯片互联'),
      a('片间互联'),
      a('GPU互联'),
      // The contract's 互聯; 互联网 (the internet) and 互联互通 are other words (guards.ts).
      ai('互联'),
      // Bare "networking" is the contract's "in a cluster sense" only beside a fabric word (the rule below).
      ai('networking'),
    ],
    notAliases: [a('grid interconnection'), a('interconnector')],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // The internet and its kinds (互联网, 万物互联, 工业互联, 车载互联, 全球互联), not chips' links.
      {
        keys: ['互联'],
        before: '(?:万物|萬物|物|移动|移動|产业|產業|工业|工業|车辆|車輛|车载|車載|车|車|家居|全球|跨境|区域|區域)$',
        after: '^(?:网|網|互通)',
      },
      // A colocation data centre's interconnection: companies' private links to networks and clouds at an Internet
      // exchange (高質素私有互連方案, 互聯網交換流量, carrier-neutral colocation), the Internet's business, not the links
      // between a cluster's chips or nodes. Told by those words in the line, not by 私有 alone: NVLink is NVIDIA's
      // 私有互连 (a proprietary interconnect between GPUs).
      {
        keys: ['互连', '互联', 'interconnect', 'interconnects'],
        line: String.raw`互聯網交換|互联网交换|網際網路交換|\bInternet\s+exchanges?\b|\bIXPs?\b|主機託管|主机托管|托管服务|託管服務|\bcolocation\b|\bco-location\b|carrier[\s-]neutral|電訊商|电信商`,
      },
      // "InfiniBand fabrics or slower TCP/IP networking"; not social networking, a networking event or a home router's.
      {
        keys: ['networking'],
        unlessLine: String.raw`\b(?:InfiniBand|RDMA|RoCE|NVLink|NVSwitch|fabrics?|inter-node|TCP/IP|NICs?|NCCL)\b`,
      },
      // A data centre's connection to the power grid, in AI infrastructure news.
      {
        keys: ['interconnect', 'interconnects'],
        before: String.raw`\b(?:grid|utility|power|transmission|electric)\s+$`,
        after: String.raw`^\s+(?:queues?|requests?|agreements?|applications?)\b`,
      },
      // The same in Chinese: dies joined through silicon vias or bonds (通过硅通孔(TSV)互联, 封装互连, 混合键合互连).
      {
        keys: ['互连', '互联'],
        before: String.raw`(?:硅通孔|矽穿孔|TSV|封装|封裝|键合|鍵合|凸点|凸點|凸块|凸塊|晶粒间|晶粒間|芯粒间|芯粒間)\s*(?:[(（]\s*TSV\s*[)）])?\s*(?:的)?\s*$`,
      },
      // A chip package's interconnects: the bumps, pads and bonds that join stacked dies (HBM's "TSV+Bumping",
      // hybrid bonding "eliminates interconnect bumps"), not links between chips or nodes.
      {
        keys: ['interconnect', 'interconnects'],
        before: String.raw`\b(?:hybrid[\s-]bonding|bumpless|micro[\s-]?bumps?|TSV|through[\s-]silicon|die[\s-]stacking|wafer[\s-]to[\s-]wafer|Cu[\s-]Cu|copper[\s-]to[\s-]copper|on[\s-]die|3D)\s+$`,
        after: String.raw`^\s+(?:bumps?|bumping|pads?|pitch|bonds?|bonding|layers?\s+of\s+the\s+(?:die|package))\b`,
      },
    ],
    quotes: [
      { text: '在訓練端則更困難一些,網絡通信(networking)是主要瓶頸,而英偉達在這方面仍然領先。' },
      {
        text: '特別是在MoE場景下,模型參數增大但每次只激活一部分,模型可能分布在多塊GPU/芯片上,這時網絡就非常關鍵。',
      },
    ],
  },
  {
    id: 'triton',
    kind: 'tools',
    name: { en: 'Triton (GPU language)', zh: 'Triton（GPU 编程语言）' },
    gloss: {
      en: "A portable kernel language PyTorch's compiler emits; trades a little speed for a lot of productivity.",
      zh: '可移植的内核编程语言，PyTorch 编译器会生成它；以少量性能换取大量生产力。',
    },
    aliases: [
      csAi('Triton'),
      // The package's name in prose ("the triton middle-end"); the server pages decide it like "Triton".
      { text: 'triton', caseSensitive: true, aiOnly: true },
      a('OpenAI Triton'),
      a('triton.jit'),
      a('Triton kernel'),
      a('Triton language'),
      a('triton-lang'),
      noTwp(a('Triton内核')),
      a('Triton代码'),
    ],
    notAliases: [
      // The server (and the other Tritons) decide what bare "Triton" means on the page.
      decides('Triton Inference Server'),
      decides('Triton Server'),
      decides('Tritonserver'),
      decides('Triton Digital'),
      decides('Triton DataCenter'),
      decides('Triton Cloud'),
      // The server's command-line tool (triton-inference-server/triton_cli: "Triton CLI supports two backends"); the
      // language ships no tool of that name.
      decides('Triton CLI'),
      // Triton 推理服务器 (the server in Chinese) is told by the neighbours (guards.ts).
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // The detergent Triton X-100 (X-114, N-101, CF-32) of a lab protocol (0.1% Triton X-100 in the lysis buffer): it
      // decides the page's bare Triton, unless the page names the language unambiguously (triton.jit, Triton kernel).
      {
        keys: ['triton'],
        after: String.raw`^[\s-]*(?:X|N|CF)-?\d{2,3}\b`,
        decides: true,
        unlessAffirmed: true,
      },
      {
        keys: ['triton'],
        // Acer's Predator Triton laptops (Predator Triton Neo 16) and Mitsubishi's Triton pickup, named beside their brand.
        before: String.raw`(?:\b(?:Predator|Acer|Mitsubishi)|宏碁|三菱)\s*$`,
        decides: true,
        unlessAffirmed: true,
      },
      {
        keys: ['triton'],
        after: String.raw`^\s*(?:推理服务|推理服務|推論服務|推論伺服器|服务器|服務器|伺服器)`,
        decides: true,
      },
      // Triton named as what the server is or does (它本质上是一个企业级推理服务, Triton 的模型仓库, "Triton is an
      // inference server", its dynamic batching, its TensorRT and ONNX backends, its gRPC endpoint), on a page that never writes the
      // server's full name; a page that names the language (triton.jit, Triton kernel) keeps it.
      {
        keys: ['triton'],
        after: String.raw`^[^。！？!?\n]{0,40}?(?:企业级推理|企業級推理|推理服务框架|推理服務框架|推论服务框架|推理服务平台|推理服務平台|推理网关|推理網關|推论网关|推論閘道|模型仓库|模型倉庫|model\s+repositor(?:y|ies)|\b(?:an?|the)\s+(?:open[\s-]source\s+)?inference\s+server\b|动态批处理|動態批處理|動態批次|dynamic\s+batch(?:ing|er)|model\s+ensembles?|ensemble\s+models?|(?:TensorRT|ONNX|OpenVINO|TensorFlow)[^。\n]{0,30}?(?:后端|後端|backends)|(?:TensorRT(?:-LLM)?|ONNX(?:\s+Runtime)?|OpenVINO|vLLM)\s+backend|\bgRPC\b)`,
        decides: true,
        unlessAffirmed: true,
      },
      // "NVIDIA Triton" is the inference server, not OpenAI's language.
      { keys: ['triton'], before: String.raw`\bNVIDIA\s+$`, decides: true },
      // Neptune's moon and the sea god.
      {
        keys: ['triton'],
        before: String.raw`\b(?:moon|Neptune['’]s)\s+$`,
        after: String.raw`^,?\s+(?:Neptune['’]s|the\s+(?:moon|largest\s+moon|sea\s+god|Greek\s+god|messenger)|is\s+(?:a|the)\s+(?:moon|god))\b`,
        decides: true,
        unlessAffirmed: true,
      },
    ],
    quotes: [
      {
        text: '我覺得Triton其實非常不錯,很多公司都在押注它。比如Meta的PyTorch編譯器,就會直接生成Triton代碼,然后交給Triton去為英偉達或AMD生成底層代碼。',
      },
      { text: '如果你只損失5%的性能,卻能換來3倍的生產力,那完全值得。' },
      { text: '但這就是經典的權衡。比如Triton就很好用,它支持英偉達芯片、AMD GPU、Intel GPU等。' },
    ],
  },
  {
    id: 'gluon',
    kind: 'tools',
    name: { en: 'Gluon (Triton)', zh: 'Gluon（Triton 扩展）' },
    gloss: {
      en: 'A newer, lower-level extension of Triton that exposes more hardware detail at the cost of generality.',
      zh: 'Triton 较新的底层扩展，暴露更多硬件细节，但通用性差一些。',
    },
    // No bare "Gluon": on AI pages it is as often Apache MXNet's Gluon API (the contract's confusable).
    aliases: [
      a('Triton Gluon'),
      a("Triton's Gluon"),
      a('Triton’s Gluon'),
      a('triton.experimental.gluon'),
      a('Gluon kernel'),
      a('Gluon language'),
      a('Gluon DSL'),
      // Bare "Gluon" is Triton's only with Triton (or the GPUs it targets) named in the line (guards.ts, rule 3):
      // "Gluon: a GPU programming language based on the same compiler stack as Triton".
      { text: 'Gluon', caseSensitive: true, aiOnly: true, localCue: true },
    ],
    cue: String.raw`\bTriton\b(?![\s-]*(?:Inference|Server|推理服务|推理服務))|\bBlackwell\b|\bHopper\b|warp[\s-]specializ|\btcgen05\b`,
    notAliases: [a('MXNet Gluon'), a('Gluon API'), a('mxnet.gluon')],
    quotes: [
      {
        text: '他們甚至還有一些更底層的擴展,比如最近很新的Gluon,能暴露更多硬件細節,但代價是通用性會差一些。',
      },
    ],
  },
  {
    id: 'mojo',
    kind: 'tools',
    name: { en: 'Mojo / Modular', zh: 'Mojo / Modular' },
    gloss: {
      en: 'A language from the company Modular with partly right abstractions; it still has to be fast on NVIDIA.',
      zh: 'Modular 公司开发的语言，找到了部分正确的抽象；仍须在英伟达芯片上足够快。',
    },
    aliases: [
      csAi('Mojo'),
      a('Mojo language'),
      a('Mojo语言'),
      // "**Modular**: swap any part", "Modular design": at a sentence's or bullet's start it is the adjective.
      { text: 'Modular', caseSensitive: true, aiOnly: true, midSentence: true },
      a('Modular AI'),
      a('Modular Inc'),
      a('Modular MAX'),
      a('MAX Engine'),
      a('Modular公司'),
    ],
    notAliases: [a('Mojo Nation'), a('Modular Home'), a('Modular Homes'), a('Modular Synth'), a('Modular Design')],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // Capitalised in a title, "Modular" before what it describes is the adjective: "Why Modular RAG Pipeline
      // Components Are...", "Modular Architecture", "Modular Homes": the general nouns a design is built of. The
      // company is named, not modified; "Modular Platform" is its product, so no "platform" here.
      {
        keys: ['modular'],
        after: String.raw`^[\s-]+(?:RAG|pipelines?|architectures?|approach(?:es)?|components?|systems?|frameworks?|structures?|code(?:base)?s?|monoliths?|designs?|buildings?|construction|homes?|houses?|synth\w*|forms?|functions?|blocks?|units?|prompts?|services?|programming|patterns?|layers?|networks?)\b`,
      },
      // Chromium's Mojo, its IPC system: "Chromium's Mojo", "Mojo IPC", "Mojo interfaces", "Mojo message pipes".
      {
        keys: ['mojo'],
        before: String.raw`\b(?:Chromium|Chrome)(?:['’]s)?\s+$`,
        after: String.raw`^\s+(?:IPC|interfaces?|bindings?|message\s+pipes?|mojom)\b`,
        decides: true,
        unlessAffirmed: true,
      },
      // The language named by what only it has in its line (an encyclopedia's "Mojo (programming language)", "Mojo is
      // a programming language", its designer Chris Lattner, the MLIR it compiles through, Modular Inc., "the company
      // behind Mojo"): Mojo there counts on any page, also one the context rule does not read as AI (a language page
      // speaks of Python, compilers and SIMD, not models). Chromium's and Perl's Mojo are no programming language.
      {
        keys: ['mojo'],
        line: String.raw`\bChris\s+Lattner\b|\bMLIR\b|^\s*(?:\(programming\s+language\)|(?:is\s+an?\s+(?:new\s+)?)?programming\s+language\b)|\bModular\s+(?:Inc|AI|MAX)\b|\bthe\s+company\s+behind\s+(?:Mojo\b|$)`,
        keeps: true,
        caseSensitive: true,
      },
    ],
    // What only the company does after its name at a sentence's start ("Modular was founded", "Modular's MAX"), and
    // its products named after it ("Modular Platform 25.4 adds...", "Modular MAX"; not a title's "Modular Platform
    // Design").
    nameAfter: String.raw`^(?:['’]s\b|\s*\(|,?\s+(?:is|was|has|had|says|said|announced|released|launched|raised|introduced|unveiled|open-sourced|builds|built|makes|made|offers|provides|develops|developed|created|founded|acquired|Inc|AI)\b|\s+(?:Platform\b(?!\s+[A-Z][a-z])|MAX\b|Mojo\b))`,
    quotes: [
      { text: '我覺得很酷。他們確實找到了部分正確的抽象。關鍵就在于執行力。' },
      { text: '所以他們必須在抽象之外做一些定制化,讓代碼在英偉達芯片上跑得足夠快,然后再做一些AMD的定制化。' },
      { text: '還有Modular公司在開發Mojo語言。' },
    ],
  },
  {
    id: 'thunderkittens',
    kind: 'tools',
    name: { en: 'ThunderKittens', zh: 'ThunderKittens' },
    gloss: {
      en: "Stanford's tile-based DSL for writing GPU kernels (the write-up calls it “Kittens”).",
      zh: '斯坦福的基于 tile 的 GPU 内核领域专用语言（原文写作“Kittens”）。',
    },
    aliases: [a('ThunderKittens'), a('HipKittens'), a('ThunderMittens')],
    quotes: [
      {
        text: '我們會看到越來越多這樣的庫或領域專用語言出現。比如斯坦福有人在做Kittens來抽象GPU編程,谷歌有MosaicGPU。',
        note: {
          en: 'The write-up says “Kittens”; Stanford’s ThunderKittens is meant.',
          zh: '原文写作“Kittens”，指的是斯坦福的 ThunderKittens。',
        },
      },
    ],
  },
  {
    id: 'mosaic-gpu',
    kind: 'tools',
    name: { en: 'Mosaic GPU', zh: 'Mosaic GPU' },
    gloss: {
      en: "Google's abstraction for writing GPU kernels, used through JAX Pallas.",
      zh: '谷歌编写 GPU 内核的抽象，通过 JAX Pallas 使用。',
    },
    aliases: [a('Mosaic GPU'), a('MosaicGPU'), a('JAX Pallas'), csAi('Pallas'), a('Pallas kernel')],
    notAliases: [a('Pallas cat'), a('Pallas Athena'), a("Pallas's cat")],
    quotes: [
      {
        text: '我們會看到越來越多這樣的庫或領域專用語言出現。比如斯坦福有人在做Kittens來抽象GPU編程,谷歌有MosaicGPU。',
        note: {
          en: 'The write-up says “Kittens”; Stanford’s ThunderKittens is meant.',
          zh: '原文写作“Kittens”，指的是斯坦福的 ThunderKittens。',
        },
      },
      { text: '但大家都意識到一個問題:我們目前還沒有合適的抽象。這導致訓練新人寫高性能GPU內核非常痛苦。' },
    ],
  },
  {
    id: 'torch-compile',
    kind: 'tools',
    name: { en: 'PyTorch compiler', zh: 'PyTorch 编译器' },
    gloss: {
      en: 'torch.compile / TorchInductor: turns PyTorch code into Triton code for NVIDIA and AMD GPUs.',
      zh: 'torch.compile / TorchInductor：把 PyTorch 代码转换成 Triton 代码，供英伟达和 AMD GPU 使用。',
    },
    aliases: [
      a('torch.compile'),
      a('TorchInductor'),
      // Not TorchDynamo, the compiler's graph-capture front end: a part of it beyond the contract's examples, which
      // the labellers leave optional or unlabelled (as the guide makes a company's products and named methods `may`).
      csAi('Inductor'),
      // The backend in lower case ("inductor 执行过程", the "inductor" backend); an electrical one by its neighbours.
      { text: 'inductor', caseSensitive: true, aiOnly: true },
      a('PyTorch compiler'),
      a('PyTorch编译器'),
    ],
    // Neighbouring words that make "inductor" the electrical part (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // The backend is one; inductors are parts.
      { keys: ['inductors'], after: '^' },
      // A circuit named in the line.
      {
        keys: ['inductor'],
        line: String.raw`\b(?:VRMs?|PCBs?|capacitors?|MOSFETs?|voltage|circuits?|ferrite|coils?|henr(?:y|ies)|power suppl(?:y|ies)|converters?)\b|电感|電感|电路|電路`,
      },
      {
        keys: ['inductor'],
        before: String.raw`\b(?:power|ferrite|coupled|toroidal|SMD|output|choke|LC|RL)\s+$`,
        after: String.raw`^\s*(?:coils?|cores?|currents?|values?|windings?|and (?:a )?capacitors?|\(L\)|电感|電感)`,
      },
    ],
    quotes: [
      { text: '他們用編譯器,比如PyTorch編譯器,把PyTorch代碼轉換成Triton代碼,這個Triton就是更底層的內核代碼。' },
      { text: '比如Meta的PyTorch編譯器,就會直接生成Triton代碼,然后交給Triton去為英偉達或AMD生成底層代碼。' },
    ],
  },
  {
    id: 'gpu-kernels',
    kind: 'techniques',
    name: { en: 'GPU kernels and hardware portability', zh: 'GPU 内核与硬件可移植性' },
    gloss: {
      en: 'Portability is “a myth”: kernels are rewritten for each GPU generation, and matmul must overlap the rest.',
      zh: '硬件可移植性“像是个神话”：每代 GPU 都要重写内核，矩阵乘法要与其他计算重叠。',
    },
    aliases: [
      a('GPU kernel'),
      a('CUDA kernel'),
      a('compute kernel'),
      a('kernel fusion'),
      a('fused kernel'),
      // Bare "kernel" on an AI page nearly always means a GPU kernel; OS senses are blocked below.
      ai('kernel'),
      cs('CUTLASS'),
      // Lower case in prose and install lines ("built on cutlass", "pip install nvidia-cutlass").
      ai('cutlass'),
      cs('CuTe'),
      a('CuTe DSL'),
      ai('tensor core'),
      a('warp specialization'),
      a('warp-specialized'),
      // British spelling, as quantisation is listed: "warp-specialised producer/consumer pipelining".
      a('warp specialisation'),
      a('warp-specialised'),
      a('hardware portability'),
      ai('performance portability'),
      // Not "GPU programming" / GPU编程: the field is not the concept (writing, fusing, porting kernels).
      noTwp(ai('内核')),
      ai('算子'),
      noTwp(a('GPU内核')),
      noTwp(a('CUDA内核')),
      a('算子融合'),
      noTwp(a('内核融合')),
      a('硬件可移植性'),
      ai('张量核心'),
      ai('核函数'),
    ],
    notAliases: [
      a('kernel configuration'),
      a('kernel version'),
      a('kernel parameters'),
      a('kernel source'),
      noTwp(a('内核版本')),
      noTwp(a('内核模块')),
      noTwp(a('内核配置')),
      a('Linux kernel'),
      a('OS kernel'),
      a('operating system kernel'),
      a('kernel panic'),
      a('kernel module'),
      a('kernel space'),
      a('kernel mode'),
      a('kernel driver'),
      a('kernel method'),
      a('kernel trick'),
      a('kernel density'),
      a('popcorn kernel'),
      // Other kernels and 算子 on AI pages are told by their neighbouring word (guards.ts, OTHER_SENSES):
      // a notebook's, a convolution's or a kernel method's kernel, 微内核, Sobel 算子. ipykernel is a word of its own.
      decides('ipykernel'),
      noTwp(a('Linux内核')),
      noTwp(a('操作系统内核')),
      noTwp(a('系统内核')),
      noTwp(a('浏览器内核')),
      noTwp(a('内核态')),
      a('核函数估计'),
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // A notebook's kernel, and Microsoft's Semantic Kernel (an agent SDK whose Kernel object runs the prompts).
      { keys: ['kernel', 'kernels'], before: String.raw`\b(?:Jupyter|IPython|notebook|Semantic)\s*$`, decides: true },
      {
        keys: ['kernel', 'kernels'],
        before: String.raw`\b(?:Gaussian|RBF|polynomial|convolution(?:al)?|popcorn|smoothing|Laplacian|Sobel|Mat[eé]rn|Epanechnikov|Mercer|reproducing|positive[\s-]definite|neural\s+tangent)\s*$`,
        after: String.raw`^\s*(?:sizes?|widths?|(?:ridge\s+)?regression|PCA|SVMs?|smoothing|density|estimat\w*|trick|methods?|machines?|SHAP|k-?means|Hilbert)\b`,
      },
      { keys: ['内核'], before: String.raw`(?:Jupyter|IPython)\s*$`, decides: true },
      {
        keys: ['内核'],
        before: String.raw`(?:微|宏|数据库|數據庫|資料庫|安卓|渲染)\s*$`,
        // An operating system's kernel named by what it serves or where it sits (驱动与内核系统调用, 硬件/内核层).
        after:
          '^(?:空间|空間|线程|線程|執行緒|驱动|驅動|源码|源碼|参数|參數|补丁|補丁|升级|升級|级|級|系统调用|系統調用|系統呼叫|层(?!面)|層(?!面))',
      },
      // The operating system's 内核 by what belongs to it: a driver's 内核模块 (also "Linux GPU 内核模块", where the
      // GPU is the driver's), 内核事件, 内核日志, 内核崩溃, 内核态. Driver pages decide it while they name no CUDA 内核.
      {
        keys: ['内核', 'gpu内核', 'kernel', 'kernels', 'gpukernel', 'gpukernels'],
        after: '^\\s*(?:模块|模組|版本|事件|日志|日誌|崩溃|崩潰|态|態|模式|镜像|鏡像|映像|驱动程序|驅動程式)',
        decides: true,
        unlessAffirmed: true,
      },
      // 内核 as "the core, the essence" of a work, a culture or an idea: 精神内核, 文化内核, 故事的内核, 产品的内核;
      // and an application's core: an editor's (编辑器内核, VS Code 内核), an IDE's, an app's.
      {
        keys: ['内核'],
        before:
          '(?:编辑器|編輯器|IDE|VS\\s?Code|VSCode|Electron|软件|軟體|軟件|(?:游戏|遊戲|Unity|Unreal|物理)\\s*引擎|精神|文化|思想|故事|价值|價值|情感|哲学|哲學|叙事|敘事|理念|灵魂|靈魂|审美|審美|品牌|产品|產品|人文|艺术|藝術|美学|美學|情绪|情緒|本质|本質|戏剧|戲劇|剧情|劇情|小说|小說|电影|電影|音乐|音樂|核心)(?:的)?\\s*$',
      },
      // The same figurative core of a field, a trend or a business (技术内核与产业价值, 深入这股产业热潮的内核, 商业内核,
      // 增长逻辑的内核): what an industry or a strategy rests on, not code that runs on a GPU (a GPU's kernel is
      // named by CUDA, GPU, 算子 or what it computes).
      {
        keys: ['内核'],
        before:
          '(?:技术|技術|产业|產業|行业|行業|热潮|熱潮|浪潮|商业|商業|逻辑|邏輯|战略|戰略|竞争力|競爭力|商业模式|商業模式|时代|時代|趋势|趨勢|变革|變革|创新|創新)(?:的)?\\s*$',
      },
      // A convolution's kernel, named by its size or by 卷积 (一个 3×3 的 kernel, a 5x5 kernel, 卷积 kernel): a CNN
      // page's kernels are filters, while it names no GPU kernel unambiguously.
      {
        keys: ['kernel', 'kernels', '内核'],
        before: String.raw`(?:\b\d+\s*[x×*]\s*\d+(?:\s*[x×*]\s*\d+)?|卷积|卷積|convolution(?:al)?)\s*(?:的\s*)?$`,
        decides: true,
        unlessAffirmed: true,
      },
      { keys: ['算子'], before: String.raw`(?:Flink|Spark|RDD)\s*$`, decides: true },
      {
        keys: ['算子'],
        before: String.raw`(?:微分|拉普拉斯|梯度|差分|线性|線性|积分|積分|哈密顿|哈密頓|边缘检测|邊緣檢測|Sobel|Canny|Laplacian|Laplace|Prewitt|Roberts|转换|轉換|行动|行動)\s*$`,
        after: '^(?:理论|理論|代数|代數)',
      },
      // Quant finance's factor formulas are built from operators too (算子池设计、因子生成、因子计算; ts_mean, rank):
      // 算子 in a line about mining or evaluating alpha factors or picking stocks is a formula's operator, not a GPU's.
      // Not a bare 因子: 缩放因子 (a scale factor) is a quantization kernel's word.
      {
        keys: ['算子'],
        // Not where that side of the line names a GPU's own words: a quant firm writes CUDA operators too (这家量化交易公司用
        // CUDA 在 GPU 上手写融合算子).
        line: String.raw`^(?![^\n]*(?:CUDA|\bGPUs?\b|Triton|融合算子|[Kk]ernel|内核|內核|核函数|核函數|显卡|顯卡))[^\n]*(?:因子(?:挖掘|库|庫|池|计算|計算|评价|評價|评估|評估|生成|优化|優化|表达式|表達式|公式|检验|檢驗|回测|回測)|多因子|[Aa]lpha\s*(?:因子|\d{2,3}\b)|选股|選股|量化投资|量化投資|量化交易)`,
      },
      { keys: ['核函数'], before: String.raw`(?:高斯|径向基|徑向基|多项式|多項式|线性|線性|RBF|SVM)\s*$` },
      // A support vector machine's kernel function in its line ("SVM 的核函数决定了特征空间"), not a CUDA 核函数.
      {
        keys: ['核函数'],
        line: 'SVM|支持向量|支援向量|核方法|核技巧|特征空间|特徵空間|再生核|希尔伯特|希爾伯特|高斯核|RBF',
      },
      // The operating system's kernel, named by its kind or by what belongs to it: "Linux and Unix-like kernels",
      // "the Linux 6.8 kernel", "kernel 6.8", "recent kernel history", "kernel-mode", "GPU kernel modules", "the Kernel
      // Fusion Driver" (amdkfd), RDMA's "kernel bypass". GPU pages say these too (a driver's install notes, an
      // interconnect's), so they decide the page only while it names no GPU kernel unambiguously.
      {
        keys: ['kernel', 'kernels', 'gpukernel', 'gpukernels', 'cudakernel', 'cudakernels', 'kernelfusion'],
        before: String.raw`(?:\b(?:Linux|Unix(?:-like)?|BSD|FreeBSD|NetBSD|OpenBSD|Windows(?:\s+NT)?|XNU|Darwin|operating[\s-]system|OS|host|guest|mainline|upstream|vanilla)(?:\s+v?\d+(?:\.\d+)+)?|\bbypass(?:es|ed|ing)?\s+the)\s+$`,
        after: String.raw`^(?:\s+(?:to\s+|version\s+)?v?\d+\.\d+(?![\d.]*\s*[x×%])|[\s-]+(?:modules?|drivers?|history|tree|maintainers?|mailing\s+lists?|panics?|oops|boot(?:s|ing)?|headers|space|mode|upgrades?|patch(?:es|ed)?|live\s+patch(?:es|ing)?|logs?|messages|command\s+line|hackers?|subsystems?|bypass|tracepoints?|kprobes?|syscalls?|system\s+calls?|interrupts?|(?:TCP(?:/IP)?\s+|network(?:ing)?\s+)?stacks?)\b)`,
        decides: true,
        unlessAffirmed: true,
      },
      // An operating system's kernels kept up to date by who runs the servers: "monitor GPU health, patch kernels,
      // and manage network routing", "upgrading the host kernel", "kernel patching", "a kernel upgrade", "reboot
      // into the new kernel", "the running kernel", its page cache and command line; a GPU kernel is written or
      // fused, not patched by an operator (a monkey-patched model's kernels are not these: the hyphen keeps them).
      // Dropped where they stand, also on a page that names CUDA kernels.
      {
        keys: ['kernel', 'kernels'],
        before: String.raw`(?<![\w-])(?:(?:patch|patching|upgrade|upgrading)\s+(?:(?:the|your|our|host|server|node|system)\s+){0,2}|reboot(?:s|ed|ing)?\s+(?:in)?to\s+(?:the|a)\s+(?:new\s+|newer\s+|latest\s+)?|the\s+(?:running|booted)\s+)$`,
        after: String.raw`^[\s-]+(?:patching|hardening|upgrades?|page\s+cache|command[\s-]line|cmdline|sysctls?|CVEs?|security\s+(?:patch(?:es)?|updates?|fix(?:es)?))\b`,
      },
      // "A kernel of truth": the word, not a GPU's.
      { keys: ['kernel'], after: String.raw`^\s+of\s+(?:truth|wisdom|an?\s+idea|the\s+idea|hope|doubt)\b` },
      // A notebook's kernel, by what it does: it restarts, crashes, dies or shuts down; one restarts, interrupts or
      // opens a fresh one. A GPU kernel is launched, not restarted.
      {
        keys: ['kernel', 'kernels'],
        before: String.raw`\b(?:restart(?:s|ed|ing)?|interrupt(?:s|ed|ing)?|fresh|dead|idle)\s+(?:(?:the|your|a|my|this)\s+)?$`,
        after: String.raw`^\s+(?:restart(?:s|ed|ing)?|crash(?:es|ed|ing)?|died|dies|dying|shuts?\s+down|shutting\s+down|is\s+(?:busy|idle|dead|restarting|starting))\b`,
        decides: true,
        unlessAffirmed: true,
      },
      {
        keys: ['内核'],
        before: String.raw`(?:Linux|Unix|UNIX|操作系统|操作系統|作業系統|系统|系統|绕过|繞過|重启|重啟)\s*$`,
        after: '^(?:模块|模組|崩溃|崩潰|态|態|版本|重启|重啟|旁路)',
        decides: true,
        unlessAffirmed: true,
      },
      // A browser's engine (Chromium 内核, 双内核浏览器) decides the page unless it names a GPU kernel.
      {
        keys: ['内核'],
        before: String.raw`(?:Chromium|Chrome|WebKit|Webkit|Blink|Gecko|Trident|IE|浏览器|瀏覽器|双|雙)\s*$`,
        decides: true,
        unlessAffirmed: true,
      },
      // A processor's cores: Cortex-A78 内核, ARM 内核, CPU 内核, and counted CUDA cores (16384 个 CUDA 内核, CUDA 内核数).
      { keys: ['内核'], before: String.raw`(?:CPU|Cortex-?[AMRX]?\d*|ARM|Arm|RISC-V|x86|处理器|處理器)\s*$` },
      { keys: ['cuda内核'], before: String.raw`\d[\d,，]*\s*(?:个|個|颗|顆)?\s*$`, after: '^(?:数|數)' },
      // ...and the bare 内核 inside them, which would otherwise take their place.
      {
        keys: ['内核'],
        before: String.raw`\d[\d,，]*\s*(?:个|個|颗|顆)?\s*CUDA\s*$`,
        after: String.raw`^(?<=CUDA\s*(?:内核|內核))(?:数|數)`,
      },
    ],
    quotes: [
      { text: '所以我會說,人為設計其實非常難。我甚至會說,硬件可移植性有點像是個神話。' },
      {
        text: '就算在英偉達內部,不同代際之間差異也非常大。CPU每年可能性能只提升5%-10%,舊代碼還能跑,但GPU完全不是這樣。',
      },
      { text: '不過,矩陣乘法的速度太快了,反而顯得其他部分很慢。所以更重要的是如何重疊矩陣乘法和其他計算。' },
      { text: '在內核實現層面,越來越多人專注于高性能kernel,很多人才正加入這塊,內核優化也可能再帶來2倍的提升。' },
    ],
  },
  {
    id: 'llm-kernel-generation',
    kind: 'techniques',
    name: { en: 'LLMs writing GPU kernels', zh: '用大模型写内核' },
    gloss: {
      en: 'Models write simple kernels; data is the problem. GPU MODE made ~15k PyTorch–Triton pairs.',
      zh: '模型能写简单内核，难点在训练数据；GPU MODE 社区生成了约 1.5 万对 PyTorch–Triton 程序。',
    },
    aliases: [
      csAi('GPU MODE'),
      csAi('GPU Mode'),
      a('KernelBench'),
      a('KernelBook'),
      a('KernelLLM'),
      // A compiler generates kernels too (FlashInfer's kernel generator): only with an LLM/AI word in the line.
      { text: 'kernel generation', localCue: true },
      a('vibe kernel'),
      a('AI-generated kernel'),
      a('LLM-generated kernel'),
      noTwp({ text: '内核生成', localCue: true }),
      noTwp({ text: '生成内核', localCue: true }),
      noTwp({ text: '内核代码生成', localCue: true }),
    ],
    // Kernels generated by a model, not by a compiler: an LLM or AI word in the line (guards.ts).
    cue: String.raw`\b(?:LLMs?|language models?|AI|agents?|agentic|GPT|Claude|models?)\b|大模型|语言模型|語言模型|模型|人工智能|人工智慧|智能体|智能體`,
    quotes: [
      { text: '有些人已經在嘗試完全自動化的GPU內核編寫:你只要描述問題,LLM就能直接生成內核代碼。' },
      { text: '這樣他們就能生成大概1.5萬對這樣的程序數據——PyTorch和Triton的對應關系。' },
      { text: '這類代碼模型能生成得還算不錯。但一旦變復雜一些,這些模型就寫不出正確的代碼了。' },
      { text: '比如Discord上的GPU Mode社區,他們就在嘗試做這個。' },
    ],
  },
  {
    id: 'vllm',
    kind: 'tools',
    name: { en: 'vLLM', zh: 'vLLM' },
    gloss: {
      en: 'A production-grade open-source LLM serving engine (written “VLM” in the write-up).',
      zh: '达到生产级质量的开源大模型推理引擎（原文误作“VLM”）。',
    },
    // Never "VLM": that is a vision-language model.
    // PagedAttention is the paged-KV-cache technique (kv-cache), not the product.
    aliases: [a('vLLM')],
    quotes: [
      {
        text: '但現在開源工具已經非常成熟了,比如VLM、SGLang等項目,都已經達到生產級別質量。',
        note: {
          en: 'The write-up says “VLM”; the serving engine vLLM is meant.',
          zh: '原文写作“VLM”，指的是推理引擎 vLLM。',
        },
      },
      { text: '我們也會和這些項目合作、貢獻代碼。所以基線水平已經提高很多。' },
    ],
  },
  {
    id: 'sglang',
    kind: 'tools',
    name: { en: 'SGLang', zh: 'SGLang' },
    gloss: {
      en: 'A production-grade open-source LLM serving engine.',
      zh: '达到生产级质量的开源大模型推理引擎。',
    },
    aliases: [a('SGLang'), a('RadixAttention')],
    quotes: [
      {
        text: '但現在開源工具已經非常成熟了,比如VLM、SGLang等項目,都已經達到生產級別質量。',
        note: {
          en: 'The write-up says “VLM”; the serving engine vLLM is meant.',
          zh: '原文写作“VLM”，指的是推理引擎 vLLM。',
        },
      },
    ],
  },
  {
    id: 'prefix-caching',
    kind: 'techniques',
    name: { en: 'Prefix caching', zh: '前缀缓存' },
    gloss: {
      en: 'Reusing the KV cache of a shared prompt prefix across requests; something customers ask for.',
      zh: '在多个请求间复用共同提示前缀的 KV 缓存；客户提出的需求之一。',
    },
    aliases: [
      a('prefix caching'),
      a('prefix cache'),
      a('prompt caching'),
      a('prompt cache'),
      ai('context caching'),
      a('automatic prefix caching'),
      // Serving writing names the technique by what it does: "why prefix reuse matters", "prefix sharing".
      ai('prefix reuse'),
      ai('prefix sharing'),
      a('前缀复用'),
      a('前缀共享'),
      a('前缀缓存'),
      // Chinese writing keeps the English head word: Prompt缓存, Prefix缓存.
      a('Prompt缓存'),
      a('Prefix缓存'),
      a('前綴快取'),
      a('提示词缓存'),
      ai('提示缓存'),
      ai('上下文缓存'),
    ],
    // "Non-prefix sharing" is the sharing of blocks that are not a prefix (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      {
        keys: ['prefixsharing', 'prefixreuse'],
        // A network's address prefixes (BGP, IPv6, a subnet's) are shared and reused too.
        before: String.raw`\b(?:non-|(?:BGP|IPv[46]|IP|CIDR|subnet|address|route|routing)\s+)$`,
      },
    ],
    quotes: [
      {
        text: '客戶會提出新的需求:前綴緩存、低延遲,或者不是文本而是視頻,這些都有不同的性能權衡,我們也在應對這些客戶需求。',
      },
    ],
  },
  {
    id: 'batch-inference',
    kind: 'techniques',
    name: { en: 'Batch and high-throughput inference', zh: '批量推理' },
    gloss: {
      en: 'Large-batch work (synthetic data, RL) that wants throughput, not latency; batch APIs at ~50% off.',
      zh: '只求吞吐、不在乎延迟的大批量任务（合成数据、强化学习）；batch API 约五折。',
    },
    aliases: [
      // aiOnly: a web service's batch API (Microsoft Graph's, Facebook's, a payment processor's) bundles requests of
      // any kind; a model maker's is on a page that speaks of its models and tokens.
      ai('batch API'),
      // The batch API by its endpoint ("price their batch endpoints at half the standard per-token rate"); aiOnly:
      // a REST API's $batch endpoint bundles requests of any kind.
      ai('batch endpoint'),
      // The contract's "batch API at ~50% discount" by its discount ("earns both the batch discount and the
      // prompt-caching discount"); aiOnly: a shop's bulk-order discount is one too.
      ai('batch discount'),
      // The seed's own spelling.
      ai('batchAPI'),
      a('batch inference'),
      a('offline inference'),
      a('high-throughput inference'),
      a('in-flight batching'),
      ai('dynamic batching'),
      a('batched inference'),
      // Cluster schedulers and ETL do batch processing too: only with an inference word in the line (guards.ts).
      { text: 'batch processing', aiOnly: true, localCue: true },
      // Not bare "high throughput": Tensor Cores and kernels are high-throughput too.
      a('high-throughput serving'),
      a('high-throughput workload'),
      ai('large-batch'),
      a('批量推理'),
      a('批次推論'),
      // The batch API in Chinese docs (通过批量 API 发送批量请求); aiOnly: a shop's REST API has bulk endpoints too.
      ai('批量API'),
      ai('批次API'),
      a('批量推論'),
      ai('批处理'),
      // Anthropic's Message Batches API: the plural in the product's name.
      ai('Batches API'),
      // Not bare 高吞吐 (high throughput): any fast system has it, as with the English.
      // Not bare 大批量: chip news says 大批量生产/出货 (mass production).
      a('大批量推理'),
      a('离线推理'),
      a('離線推論'),
      a('高吞吐推理'),
      a('高吞吐量推理'),
      a('连续批处理'),
      a('动态批处理'),
      a('舰队级优化'),
      // Bare high throughput is batch work only with a batch word in its line (the rule below): "高吞吐量的批量处理",
      // "High-throughput batch inference"; not a kernel's or a chip's throughput.
      ai('high-throughput'),
      ai('高吞吐'),
    ],
    notAliases: [
      a('high-throughput sequencing'),
      a('high-throughput screening'),
      a('高通量'),
      // Windows batch files (批处理文件) are told by the neighbours (guards.ts).
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // A batch API beside a model maker or what its requests carry (OpenAI, Anthropic, GPT, Claude, prompts, tokens) is
      // a model maker's, also on a page too weak for aiOnly alone.
      {
        keys: ['batchapi'],
        line: String.raw`\b(?:OpenAI|Anthropic|GPT|Claude|prompts?|tokens?)\b`,
        keeps: true,
      },
      { keys: ['批处理'], after: '^(?:文件|檔案|脚本|腳本|命令|指令)' },
      // 提高吞吐 (raise throughput), 最高吞吐 (top throughput): the 高 belongs to the word before.
      { keys: ['高吞吐'], before: '(?:提|最|更|较|較|很)$' },
      // The batch words that make bare high throughput batch inference, or a workload named right after it
      // (高吞吐量场景, 高吞吐的工作负载: the English "high-throughput workload"); the line is read without the candidate.
      // Also many users or requests served at once, which a server batches ("high throughput ... with 256
      // concurrent users", 大量并发请求); in English when that side of the line names a model or its serving (tokens,
      // LLM, inference): a database's "high throughput with 10,000 concurrent users" is not a model's batch (the
      // Chinese store rule below reads 数据库, Redis...).
      {
        keys: ['highthroughput', '高吞吐'],
        unlessLine: String.raw`\bbatch(?:ed)?[\s-]?(?:inference|API|jobs?|workloads?|processing|mode|queries|requests)\b|\boffline inference|^(?=[^\n]*(?:\btokens?\b|\bLLMs?\b|\bmodels?\b|inference|serving|vLLM|SGLang|TensorRT))[^\n]*\bconcurrent\s+(?:users|requests|sequences)\b|并发(?:用户|请求)|並發(?:用戶|請求)|\bsynthetic data|(?:批量|批次)(?:推理|推論|处理|處理|任务|任務|请求|請求|生成|查询|查詢|作业|作業)|批处理|批處理|离线|離線|合成数据|合成數據|合成資料|^量?的?(?:场景|場景|应用场景|應用場景|负载|負載|工作负载|工作負載)`,
      },
      // The throughput of a store, a queue or a network is not a model's batch workload (Kafka 的高吞吐量场景).
      {
        keys: ['高吞吐'],
        line: 'Kafka|Redis|MySQL|数据库|資料庫|消息队列|訊息佇列|消息隊列|存储|儲存|磁盘|磁碟|网络|網路|網絡|带宽|頻寬',
      },
      // A cluster scheduler's batch jobs and queues (批处理作业, 批次處理佇列), and large-batch TRAINING, are not inference.
      { keys: ['批处理'], after: '^(?:作业|作業|队列|隊列|佇列)' },
      // A batch as the data a step holds, by its size (192GB 可容纳更大批处理数据, 批处理大小设为 32): a memory's capacity or
      // a setting, not a batch workload.
      { keys: ['批处理'], before: '(?:更大|更小|较大|較大|较小|較小)的?$', after: '^(?:大小|尺寸)' },
      { keys: ['largebatch'], after: String.raw`^[\s-]+(?:training|SGD|optimi[sz]ation|optimizers?)\b` },
      // Batch processing in a line about training with no word of inference or serving ("enabling larger batch processing
      // and advanced LLM training"): a training run's batches, which the LLM cue alone does not tell from serving.
      {
        keys: ['batchprocessing'],
        line: String.raw`^(?![^\n]*(?:\binference\b|\bserving\b|\brequests?\b|\bAPI\b|\bqueries\b|推理|推論|请求|請求))[^\n]*\b(?:training|fine-tuning|pre-?training)\b`,
      },
    ],
    // Batch processing of model requests, not of a scheduler's jobs: a model or inference word in the line.
    cue: String.raw`(?<!\b(?:statistical|causal|Bayesian|variational)\s)\binference\b|\b(?:LLMs?|models?|tokens?|prompts?|requests?|API|embeddings?|completions?)\b|推理|推論|模型|请求|請求`,
    quotes: [
      { text: '另一類是非常大批量的工作,我不太在意延遲,只關心盡可能高的吞吐量。這對生成合成數據等場景很重要。' },
      { text: '如果看到集群在處理交互式查詢時不忙,就可以調入批量查詢以充分利用算力。' },
      {
        text: '結果是,我們對batchAPI通常提供約50%折扣,我想OpenAI也是這樣,DeepSeek大概也是。',
        note: {
          en: 'The write-up runs “batch API” together as “batchAPI”.',
          zh: '原文把“batch API”连写成了“batchAPI”。',
        },
      },
      { text: '我覺得這就是大規模運行的好處——我們稱之為“艦隊級優化”。' },
    ],
  },
  {
    id: 'low-latency-inference',
    kind: 'techniques',
    name: { en: 'Ultra-low-latency inference', zh: '极低延迟推理' },
    gloss: {
      en: 'Answers 2–3x faster, which coding-assistant users will pay more for.',
      zh: '响应快 2–3 倍，编程助手的用户愿意为此多付钱。',
    },
    aliases: [
      ai('low latency'),
      a('low-latency inference'),
      ai('ultra-low latency'),
      a('tokens per second'),
      // Not "tokens per second" written as a unit (200 tokens/second, 969 tokens/sec, tokens/s, tok/s): a figure's
      // unit, which the dev-set guide (decided 2026-12-03) does not count as the contract's form.
      a('time to first token'),
      csAi('TTFT'),
      // Not bare "inference latency": the measure, whatever its size ("Skip Triton if your inference latency is
      // already acceptable", "minimizing inference latency for global users"), which the labellers never expect;
      // the concept is latency that is low, and "low-latency inference" says so.
      ai('latency-sensitive'),
      ai('低延迟'),
      ai('極低延遲'),
      // 低延时 / 低延時, the same word with 时 for 迟 (实现高吞吐、低延时的推理体验); the rules below read it as 低延迟.
      ai('低延时'),
      a('低延迟推理'),
      a('首token延迟'),
      // The contract's "time to first token" word for word (首 token 时间(TTFT)), as 首token延迟 is its latency.
      a('首token时间'),
      ai('首字延迟'),
      // 首词 is the first token too (首词输出的时延仅有0.2秒, 首词输出更是以秒计): the time to the first token and its
      // output; aiOnly as 首字延迟.
      ai('首词延迟'),
      ai('首词时延'),
      ai('首词输出'),
      ai('推理延迟'),
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // 首 as a measure word for a poem (这首词, 一首词: a ci poem), not the first token, also on a poem-writing AI page.
      { keys: ['首词输出', '首词延迟', '首词时延'], before: '(?:这|這|那|一|几|幾|每|两|兩|此|该|該|整)$' },
      // 推理延迟 of any model (a detector's, a vision model's) is not the fast answers of a language model: it counts
      // beside a word of generated answers (LLM, token, 大模型, 生成, 编程助手).
      {
        keys: ['推理延迟'],
        unlessLine: String.raw`\b(?:LLMs?|GPT|tokens?|chat\w*|decod\w*)\b|大模型|语言模型|語言模型|词元|詞元|生成|对话|對話|聊天|编程|編程|程式|代码|代碼|首字|吞吐`,
      },
      // 推理延迟 said as a big model's growing cost or a problem (推理延迟和资源消耗也呈指数增长; 推理延迟: 生成速度慢,
      // 体验差): plain latency, which grows with size, not the concept's low latency (fast answers people pay for).
      // Not when it falls (推理延迟降低 50%) or the growth is denied (推理延迟不再随输出长度增长: a KV cache's low latency).
      {
        keys: ['推理延迟'],
        after: String.raw`^\s*(?:[:：]\s*[^。\n]{0,12}?(?:慢|差|过高|過高|很高|较高|較高)|[^。，,；;：:\n不没沒无無]{0,12}?(?:增长|增長|增加|上升|变长|變長|飙升|飆升|激增))`,
      },
      // The latency of a network, memory, storage or a trading system, not of a model's answers.
      {
        keys: ['lowlatency', 'ultralowlatency'],
        // Also past a link's modifier: "low-latency inter-node communication", "low latency, high-bandwidth interconnect".
        after: String.raw`^(?:,?\s*(?:and\s+)?high[\s-](?:bandwidth|speed|throughput),?)?(?:[\s-]+(?:inter|intra|cross)[\s-]?(?:node|rack|chip|GPU|server|host|datacenter|data[\s-]center)|[\s-]+(?:node|GPU|chip|server|host)-to-(?:node|GPU|chip|server|host)|[\s-]+(?:east-west|peer-to-peer|collective|all-to-all|cluster|optical|wired|wireless|5G))?[\s-]+(?:network(?:s|ing)?|interconnects?|links?|fabrics?|switch(?:es|ing)?|Ethernet|RDMA|memory|storage|caches?|disks?|SSDs?|I/O|trading|messaging|communications?|connections?|access|modes?|streaming|live\s+stream\w*|video\s+(?:streaming|calls?|conferenc\w*|chat)|audio|gaming|transmission|broadcast\w*)\b`,
      },
      {
        keys: LOW_LATENCY_ZH_KEYS,
        // 的 may stand between: 低延迟的网络, and after it a short modifier of a network or link only (低延遲的專屬網絡解決方案),
        // not of the other words: 低延迟的推理模式 is inference. A 低延迟模式 is a device's (earbuds, a game) unless
        // the line before it speaks of a model (原生INT4量化…在低延迟模式下实现无损的2倍加速: the model's own mode).
        after:
          '^(?:的[\u3400-\u9fff]{0,2}?(?:网络|網路|網絡|互连|互聯|互联|链路|鏈路|通信|通訊|通讯)|(?:的)?(?:(?:节点间|節點間|跨节点|跨節點|卡间|卡間|机间|機間|集群|叢集)(?:的)?)?(?:网络|網路|網絡|互连|互聯|互联|通信|通訊|通讯|存储|存儲|储存|儲存|内存|記憶體|交易|链路|鏈路|(?<!(?:推理|推論|模型|量化|\\bINT\\d|\\btokens?\\b)[^\\n]{0,40})模式|消息|訊息|直播|音频|音頻|音訊|串流|传输|傳輸|游戏|遊戲|转发|轉發))',
      },
      // A network's or a link's own low latency, named before it (5G 網路的低延遲, InfiniBand 网络的低延迟): the Chinese
      // order of the rule above ("low-latency network"), not a model's answers.
      {
        keys: LOW_LATENCY_ZH_KEYS,
        before: String.raw`(?<!(?:\b(?:inference|serving|models?)\b|推理|推論|模型)[^\n]{0,20})(?:网络|網路|網絡|5G|Wi-?Fi|WiFi|链路|鏈路|通信|通訊|通讯|传输|傳輸)\s*的?\s*$`,
      },
      // Low latency paired with high bandwidth is what a memory or a link is rated by (HBM 具高頻寬、低延遲等優勢,
      // "NVLink offers high bandwidth and low latency"), not a model's fast answers; high THROUGHPUT beside it is
      // serving's ("high throughput and low latency"), and so is a line that names inference, serving or a model
      // ("our inference service delivers low latency and high bandwidth").
      {
        keys: LOW_LATENCY_KEYS,
        before: String.raw`(?<!(?:\b(?:inference|serving|served|serves?|chatbots?|LLMs?|models?)\b|推理|推論|模型)[^\n]{0,24})(?:\bhigh[\s-]bandwidth\s*(?:,|&|/|\band\b)\s*(?:and\s+)?|(?:高带宽|高帶寬|高頻寬|高频宽|大带宽|大帶寬|大頻寬)\s*(?:[、,，/]|和|与|與|及|以及)\s*)$`,
        after: String.raw`^(?<!(?:\b(?:inference|serving|served|serves?|chatbots?|LLMs?|models?)\b|推理|推論|模型)[^\n]{0,60})(?![^\n]{0,60}(?:\b(?:inference|serving|chatbots?|LLMs?)\b|推理|推論|模型))\s*(?:(?:,|&|/|\band\b)\s*(?:and\s+)?high[\s-]bandwidth\b|(?:[、,，/]|和|与|與|及|以及)\s*(?:高带宽|高帶寬|高頻寬|高频宽|大带宽|大帶寬|大頻寬))`,
      },
      // Bare low latency in a line about network gear, a cluster's links, a trading desk or an online game is theirs (a
      // router's 低延迟和高带宽, "low latency for high-frequency trading", "latency-sensitive operations that must cross
      // InfiniBand"), wherever the word stands in the line, unless that side of the line names inference, serving or a
      // model (edge inference on CDN nodes: 边缘推理在CDN节点上实现低延迟).
      {
        keys: [...LOW_LATENCY_KEYS, 'latencysensitive'],
        line: String.raw`^(?![^\n]*(?:\b(?:inference|serving|models?|LLMs?)\b|推理|推論|模型))[^\n]*(?:\b(?:routers?|Wi-?Fi|Ethernet|NICs?|RoCE|InfiniBand|NVLink|RDMA|interconnects?|high[\s-]frequency\s+trading|HFT|online\s+gam\w+|CDNs?|content\s+delivery\s+networks?)\b|内容分发|內容傳遞|內容分發|路由器|交换机|交換機|网卡|網卡|光模块|光模組|高频交易|高頻交易|在线游戏|線上遊戲|網路遊戲|网络游戏|电竞|電競)`,
      },
      // A virtualization platform's low latency (企業渴望高效能、低延遲與彈性的虛擬化架構: VMs and hypervisors), unless
      // that side of the line speaks of inference.
      {
        keys: LOW_LATENCY_KEYS,
        line: String.raw`^(?![^\n]*(?:推理|推論|inference))[^\n]*(?:虚拟化|虛擬化|虚拟机|虛擬機|\bvirtuali[sz]ation\b|\bhypervisors?\b|\bVMs\b)`,
      },
    ],
    quotes: [
      { text: '極低延遲場景:比如代碼輔助,響應快2–3倍能顯著提升用戶效率——我愿意為此付更多錢' },
      { text: '對這種工作負載,人們可能愿意為低延遲付更多錢,這就是低延遲類型的工作負載。' },
      { text: '我們和一些客戶交流時發現,他們非常在乎盡可能低的延遲,并且愿意為此支付更高成本。' },
    ],
  },
  {
    id: 'ai-agents',
    kind: 'techniques',
    name: { en: 'Agentic workloads', zh: '智能体 / 代理型工作负载' },
    gloss: {
      en: 'Models that call tools (a Python interpreter, web search) on their own: the likely killer workload.',
      zh: '会自主调用工具（Python 解释器、网页搜索）的模型：可能是下一个杀手级工作负载。',
    },
    aliases: [
      a('AI agent'),
      // The same with the AI as a modifier ("Operator, an AI-powered agent that can browse the web").
      a('AI-powered agent'),
      a('AI-driven agent'),
      a('AI-based agent'),
      a('LLM-powered agent'),
      a('LLM-based agent'),
      a('agentic'),
      a('LLM agent'),
      a('coding agent'),
      ai('multi-agent'),
      // The agent SDKs of the model makers, named whole: what they build is an AI agent, on any page (a tutorial of
      // Claude Agent SDK projects says Claude, Prompt and MCP, and no word the context rule counts as strong).
      a('Claude Agent SDK'),
      a('OpenAI Agents SDK'),
      ai('tool use'),
      ai('tool calling'),
      // One call of a tool by the model ("the model outputs a tool call"), as agent docs say.
      ai('tool call'),
      ai('tool calls'),
      ai('function calling'),
      // Function calling in Chinese (代码生成、函数调用、JSON 结构化输出), tool calling by the guide's decision.
      ai('函数调用'),
      ai('函數呼叫'),
      ai('函式呼叫'),
      ai('autonomous agent'),
      // Chinese AI writing uses the English word bare: 自动构建 Agent 的桌面级 Agent; in English it is generic.
      { text: 'Agent', caseSensitive: true, aiOnly: true, besideChinese: true },
      // Its plural (多个 Agents 协作): a capitalised word gets no plural of its own (data/build/variants.ts).
      { text: 'Agents', caseSensitive: true, aiOnly: true, besideChinese: true },
      a('智能体'),
      // aiOnly so that a proxy page can decide it (below).
      ai('AI代理'),
      a('AI智能体'),
      // "AI 智能代理" / Taiwan's "AI 智慧代理", the AI agent named whole (a vendor's page on agents and chat bots): no
      // proxy or distributor is called so (AI 智能代理商 is told by the rule on 代理商 below).
      a('AI智能代理'),
      a('AI智慧代理'),
      // Taiwan's 智慧代理人 (intelligent agent: 將可交由智慧代理人處理), the AI agent as a person-like helper.
      ai('智慧代理人'),
      ai('代理型'),
      // 代理型AI is agentic AI on any page (the guide's decision of 2026-12-02): a business page on AI's returns says
      // it with few other AI words, and no proxy is 代理型AI.
      a('代理型AI'),
      a('代理型人工智能'),
      a('代理式AI'),
      ai('代理式'),
      ai('代理性'),
      ai('工具调用'),
      // The same in verb-object order, the agent's defining act ("代理系統的商業價值取決於其調用外部工具的能力", 能呼叫工具或
      // 系統): not a utility class or a toolbar (the rules below).
      ai('调用工具'),
      ai('调用外部工具'),
      ai('呼叫工具'),
      ai('呼叫外部工具'),
      ai('智能代理'),
      // Lower case too beside Chinese: "适合企业级 agent 系统".
      { text: 'agent', caseSensitive: true, aiOnly: true, besideChinese: true },
      // 子代理 (sub-agent) and 多代理 (multi-agent) are agent words in AI writing (not 子代理商, a sub-distributor).
      ai('子代理'),
      ai('多代理'),
      // Taiwan's multi-agent (從單一代理邁向多重代理系統).
      ai('多重代理'),
      // 工具使用 (tool use), not a tool's 使用说明 (instructions).
      ai('工具使用'),
      // Bare 代理 / 代理人 is also a proxy (反向代理, 代理模型 = surrogate model) or a legal agent: it counts only
      // with an agent word in its line (rules below), "代理人 (Agent)", "子代理来处理特定任务，实现多代理协作".
      ai('代理'),
      ai('代理人'),
      // Compounds that only an agent makes: agent orchestration and collaboration, 代理AI (agentic AI).
      ai('代理编排'),
      ai('代理协作'),
      ai('代理AI'),
      ai('代理能力'),
      // A vendor's turn to agents (全面轉向代理化); a proxy is never said so.
      ai('代理化'),
      ai('代理工作流'),
      ai('自主代理'),
      ai('编程代理'),
    ],
    notAliases: [decides('user agent'), decides('用户代理'), decides('使用者代理')],
    // Neighbouring words that give the Chinese agent words another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // AI or LLM right before it, or one word before it, makes it the AI agent too ("AI travel agents", "LLM-based
      // travel agents", "AI agents"); not a verb or a function word between ("AI helps agents close tickets": people).
      // Bare "agent(s)" in English prose (the besideChinese aliases above; the dev-set guide's decision of
      // 2026-12-02: the AI agent on a page about AI agents is expected) counts only beside the words of its own
      // sense: tool and model calls, LLMs, a coding tool's name, agent words ("Claude Code is a CLI agent", "step 11 of
      // an agent workflow", "Agent systems create workflows"); not a Jenkins agent on a build page.
      {
        keys: ['agent', 'agents'],
        orLine: String.raw`agentic|\bAI\s+(?:models?|assistants?)\b|\b(?:AI|LLM(?:-based|-powered)?|AI-(?:based|powered))[\s-]+(?:(?!(?:helps?|gives?|lets?|makes?|replaces?|assists?|supports?|frees?|trains?|tools?|and|or|to|for|with|can|will|may|might|should|could|is|are|was|were|has|have|does|do|now|also|then)\b)[A-Za-z]+[\s-]+)?$|\bLLMs?\b|\blanguage\s+models?\b|\bmodel\s+calls?\b|\btool[\s-]?(?:calls?|calling|use)\b|\bMCP\b|\bprompts?\b|Claude|Cursor|Codex|Copilot|ChatGPT|\bGPT|Gemini|Devin|LangChain|LangGraph|AutoGen|CrewAI|智能体|智能體|代理|^\s*(?:systems?|workflows?|loops?|frameworks?|harness(?:es)?|SDKs?|teams?|orchestration|memory|runtimes?|swarms?)\b|^\s*(?:steps?|modes?|capabilit(?:y|ies))\b|\b(?:CLI|coding|autonomous|research|browser|computer[\s-]use|background|sub|planner|orchestrator|GUI|SWE)[\s-]*$`,
      },
      // Agents of other trades: a travel, real-estate or FBI agent, people who answer customers (support, call-centre
      // agents, whom AI pages say AI helps), a build or monitoring agent (Jenkins, Datadog), a chemical or
      // therapeutic agent, an agent of change, a game's agents (Valorant's duelists), agent-based modelling (not an
      // "agent-based" workflow, built on AI agents). Not after AI or LLM: "AI travel agents", "LLM-based sales
      // agents" are AI agents doing that trade's work. Physical and embodied agents are robots acting in the world
      // (the robotics concept), not models calling tools; "physical AI agents" keeps it.
      {
        keys: ['agent', 'agents'],
        before: String.raw`(?<!\b(?:AI|LLM(?:-based|-powered)?|AI-(?:based|powered))[\s-]+)\b(?:travel|user|secret|foreign|special|FBI|CIA|DEA|federal|double|free|sports|talent|literary|booking|real[\s-]estate|estate|insurance|leasing|shipping|customs|ticket|sales|patent|registered|Jenkins|build|Datadog|monitoring|SSH|SNMP|Puppet|Zabbix|Octopus|Bamboo|TeamCity|GitLab|deployment|collector|logging|Consul|Nomad|chemical|cleaning|reducing|oxidi[sz]ing|nerve|biological|chelating|bonding|blowing|foaming|antimicrobial|infectious|causative|therapeutic|contrast|anticancer|antiviral|imaging|change|call[\s-]?cent(?:er|re)|contact[\s-]cent(?:er|re)|claims|human|live|Valorant|duelist|sentinel|initiator|physical|embodied)\s+$`,
        after: String.raw`^(?:-based\s+(?:model(?:l?ing|s)?|simulations?)\b|\s+(?:of\s+change|Orange|Smith|provocateurs?)\b)`,
      },
      // 工具 the subject and 调用 its verb, told by the aspect marker after it (该工具调用了系统接口: the tool called an
      // interface), not an agent's tool calling. Not where 过/着 begin a word of their own (工具调用过程, 着重).
      {
        keys: ['工具调用', '工具呼叫'],
        after: ASPECT_MARKER_AFTER,
      },
      // Control theory's multi-agent systems: 智能体 that reach consensus on a graph (三阶多智能体系统在固定拓扑下的分组一致性)
      // are a dynamical system's agents, not models that call tools. Told by that field's words in the line (一致性,
      // topology, algebraic graph theory, the Laplacian, Lyapunov, formation control), unless the line names a model,
      // a prompt or a tool (大模型智能体的输出一致性 stays); an English "Multi-Agent Systems" beside it is that field's
      // name for them too, not an AI agent.
      {
        keys: ['智能体'],
        line: String.raw`^(?![^\n]*(?:大模型|大语言模型|大語言模型|语言模型|語言模型|LLM|GPT|提示|工具|(?<!Multi-?)Agent))[^\n]*(?:一致性|编队控制|編隊控制|拓扑|拓撲|代数图论|代數圖論|拉普拉斯矩阵|拉普拉斯矩陣|李雅普诺夫|李雅普諾夫)`,
      },
      // 智能 + 体重 (smart + body weight): 智能體重秤 is a smart bathroom scale, 智能體重測量設備 its meter, not an agent.
      // Not 智能体重新规划 (the agent re-plans) or 智能体重要 (it matters): only the scale's and weighing's words.
      { keys: ['智能体'], after: '^重(?:秤|计|計|仪|儀|测量|測量|管理|体脂|體脂)' },
      // A person counted by 位, the measure word for people (这位 agent 帮我订了机票, 兩位代理人出庭): an AI agent is 一个.
      {
        keys: ['agent', 'agents', '代理', '代理人'],
        before: String.raw`(?:这位|這位|那位|一位|两位|兩位|几位|幾位|各位|该位|該位|每位|多位)\s*$`,
      },
      // Social psychology's "agentic state" (Milgram's obedience studies): a person who defers to an authority, the
      // opposite of self-directed, not a model that calls tools. Told by the phrase "agentic state(s)" or by that
      // field's words in the line (Milgram, obedience, the autonomous state it is set against, social psychology):
      // "the agentic shift" alone stays, as AI business writing says it of agents too.
      {
        keys: ['agentic'],
        after: String.raw`^\s+states?\b`,
        // Also Bandura's social cognitive theory, whose "agentic perspective" is human agency (self-efficacy).
        line: String.raw`\bMilgram|\bobedien(?:ce|t)\b|\bautonomous\s+state\b|\bsocial\s+psycholog|\bBandura\b|\bsocial\s+cognitive\b|\bself-efficacy\b|\bhuman\s+agency\b`,
      },
      // Multi-agent modelling and simulation: the many actors a world model, a traffic or crowd simulation or game
      // theory represents ("weak multi-agent modeling", "multi-agent simulations of traffic", "multi-agent path
      // finding"), as agent-based modelling above, not models that call tools.
      {
        keys: ['multiagent'],
        after: String.raw`^[\s-]+(?:model(?:l?ing)|simulations?|dynamics|path[\s-]?finding|traffic|crowds?|flocking|swarm\s+robotics)\b`,
      },
      // The agent words a bare 代理 needs in its line: its English gloss right after it ("代理人 (Agent)",
      // "代理员工(Agent)"), or a word only agents go with. Not a bare "Agent" elsewhere in the line: a proxy's page
      // says "Agent 请求经过 Nginx 代理" too.
      {
        keys: ['代理', '代理人'],
        // Also the AI agent named in Chinese in the line (AI 智慧代理, 智能代理, 多重代理) or the language models it runs on.
        unlessLine: String.raw`^[\u3400-\u9fff]{0,3}\s*[（(]\s*(?:AI\s*)?[Aa]gent|AI\s*(?:智慧|智能)?代理|智慧代理|智能代理|多重代理|大型語言模型|大型语言模型|agentic|\b(?:AI|LLM)\s*agents?\b|智能体|智能體|子代理|多代理|代理式|代理型|工具调用|工具調用|工具呼叫|调用(?:外部)?工具|調用(?:外部)?工具|呼叫(?:外部)?工具|工具使用|功能调用|功能調用|函数调用|函數調用|函式呼叫|function calling|AI\s*(?:编程|編程|寫程式|写程式|写代码|寫代碼|coding)|vibe\s*coding|编程助手|編程助手|程式助手|coding\s+assistants?|AI\s*IDE|AI\s*(?:系统|系統)|执行任务|執行任務|完成任务|完成任務|自动操作|自動操作|自主(?:地|完成|执行|執行|决策|決策|行动|行動|规划|規劃)`,
      },
      // A distributor (代理商), a proxy server or pool, a surrogate model, task or metric, a proxy war, a fee; an agency's
      // service (代理记账 bookkeeping, 代理报税, 代理销售, 代理加盟), also after "AI 智能" in an advertisement; not 代理注册,
      // which is also a multi-agent system's agent registry (代理注册与发现).
      {
        keys: ['代理', '子代理', '多代理', '多重代理', 'ai智能代理', 'ai智慧代理'],
        after:
          '^(?:商|服务|服務|伺服|IP|池|模式|模型|任务|任務|指标|指標|损失|損失|变量|變量|费|費|权|權|协议|協議|地址|端口|设置|設置|設定|配置|软件|軟體|工具|访问|訪問|上网|上網|连接|連接|連線|转发|轉發|节点|節點|客户端|客戶端|规则|規則|环境变量|環境變數|记账|記帳|记帐|报税|報稅|申报|申報|销售|銷售|加盟|招商)',
      },
      // A proxy set up, switched on or needed to reach a service (在 Cursor 中配置代理, 开启全局代理, 需要代理才能用):
      // AI-coding pages in mainland China say it beside the tools' names.
      {
        keys: ['代理'],
        before: String.raw`(?:设置|設置|設定|配置|开启|開啟|关闭|關閉|挂|掛|走|全局|系统|系統|科学|科學|翻墙|翻牆|需要|本地|添加)\s*$`,
      },
      // A reverse or forward proxy, an HTTP/SOCKS proxy, a patent or legal agent.
      {
        keys: ['代理', '代理人', '代理化'],
        before: String.raw`(?:反向|正向|透明|HTTPS?|SOCKS5?|网络|網路|网页|網頁|专利|專利|商标|商標|法定|诉讼|訴訟|委托|委託)\s*$`,
      },
      { keys: ['代理人'], after: '^(?:战争|戰爭|制度|费|費|权|權)' },
      // People who act for others: a customer-service, sales, insurance or estate agent (客服代理人仍需手動登入 CRM,
      // beside the AI that did not do it), not an AI 客服代理.
      {
        keys: ['代理', '代理人'],
        before: String.raw`(?<!(?:AI|智能|智慧)\s?)(?:客服|客户服务|客戶服務|人工|真人|保险|保險|房产|房產|地产|地產|销售|銷售|业务|業務|律师|律師|法律)\s*$`,
      },
      // 代理 as a verb after a modal ("能够代理人多轮地调用工具": acting for a person), not the noun agent.
      { keys: ['代理', '代理人'], before: String.raw`(?:能够|能夠|可以|得以|替|帮|幫|代替)\s*$` },
      // Proxying AI traffic (an AI gateway's 代理 AI 请求), not agentic AI.
      { keys: ['代理ai'], after: String.raw`^\s*(?:请求|請求|流量|接口|服务|服務|调用|調用|网关|網關|API)` },
      // A utility class, package, library, function, method or script (调用工具类的方法, 调用工具函数格式化日期), a toolbar
      // or toolbox: programming words, not an agent's.
      {
        keys: ['调用工具', '呼叫工具'],
        after: '^(?:类|類|包|库|庫|栏|欄|条|條|箱|函数|函數|函式|方法|脚本|腳本|命令)',
      },
      {
        keys: ['工具使用'],
        after: '^(?:说明|說明|指南|教程|方法|手册|手冊|文档|文檔|介绍|介紹|步骤|步驟|示例|范例|範例|技巧)',
      },
      // "本工具使用 Python 编写" (this tool uses): a determiner makes 工具 a subject and 使用 the verb.
      { keys: ['工具使用'], before: '(?:本|该|該|此|这|這|那|各|每|个|個)$' },
      // 代理 is also a proxy: an "AI 代理" plugin, gateway or server forwards requests to model providers.
      {
        keys: ['ai代理'],
        after: String.raw`^\s*(?:插件|外掛|网关|網關|服务器|服務器|伺服器|转发|轉發)`,
        decides: true,
        unlessAffirmed: true,
      },
    ],
    quotes: [
      { text: '我覺得還是會有聚合。代理型(agentic)工作負載可能是殺手級用例。' },
      { text: '這里說的代理性(agentic)就是指它能很好地調用工具,并且知道什么時候該用工具。' },
      { text: '下一波應用將是代理型:AI能自主采取行動、收集信息。' },
      { text: '這類更接近agent的工作負載,不僅僅是運行模型,還需要調用工具,比如運行Python解釋器、做網頁搜索等等。' },
    ],
  },
  {
    id: 'claude-code',
    kind: 'tools',
    name: { en: 'Claude Code', zh: 'Claude Code' },
    gloss: {
      en: "Anthropic's coding agent: Tri Dao's daily tool, good at Triton kernels, ~1.5x productivity.",
      zh: 'Anthropic 的编程智能体：Tri Dao 的日常工具，擅长写 Triton 内核，约提升 1.5 倍效率。',
    },
    // Never bare "Claude": the model, or a first name, is not Claude Code.
    aliases: [a('Claude Code'), a('ClaudeCode')],
    quotes: [
      { text: '另一個是Claude Code。它居然在寫Triton內核方面表現相當不錯,這點非常棒。' },
      { text: '這時候Claude Code就幫了很大忙。我覺得它能讓我整體生產效率提升大約1.5倍。' },
      {
        text: '我覺得ClaudeCode是個典型的質變案例,因為它變得更具備代理性了。',
        note: {
          en: 'The write-up runs “Claude Code” together as “ClaudeCode”.',
          zh: '原文把“Claude Code”连写成了“ClaudeCode”。',
        },
      },
      {
        text: '我是ClaudeCode的重度用戶。如果讓模型和人類協同工作,而不是指望它們完全自動生成內核,那它們的作用其實非常大。',
        note: {
          en: 'The write-up runs “Claude Code” together as “ClaudeCode”.',
          zh: '原文把“Claude Code”连写成了“ClaudeCode”。',
        },
      },
    ],
  },
  {
    id: 'openai-o3',
    kind: 'models',
    name: { en: 'OpenAI o3', zh: 'OpenAI o3' },
    gloss: {
      en: "OpenAI's reasoning model; its reasoning made it a useful brainstorming partner.",
      zh: 'OpenAI 的推理模型；推理能力进步大，适合一起头脑风暴。',
    },
    aliases: [
      a('OpenAI o3'),
      csAi('o3'),
      a('o3-pro'),
      a('o3-mini'),
      // Chinese news capitalises the name ("OpenAI全新O3模型"); bare "O3" is also ozone, so only as "the O3 model".
      ai('o3模型'),
      ai('o3 model'),
    ],
    // A CSS id or class selector (#o3, .o3 { }), the contract's "CSS/ids containing o3". A class's dot is CSS by
    // itself; "#" also starts a hashtag, which names the model ("#o3 beats #o1"), so #o3 is an id only before what
    // a selector goes on with (a combinator, a pseudo-class, another class) or in a line with a rule's "{ prop:" after
    // it, looked back on from its end.
    otherSenses: [
      { keys: ['o3'], before: String.raw`(?:^|[\s,>+~(])\.$` },
      {
        keys: ['o3'],
        after: String.raw`^(?<=(?:^|[\s,>+~(])#o3)(?=\s*[{>+~[]|:{1,2}[a-z-]+|\.[A-Za-z_-]|[^\n{]{0,160}\{[^}\n]{0,80}:)`,
      },
    ],
    quotes: [
      { text: '我覺得大概有兩個重要節點。一個是o3——o3的推理能力進步很大。' },
      { text: '有時候我會和o3或GPT-5一起頭腦風暴,比如我有個函數,該怎么優化?要注意哪些點?' },
    ],
  },
  {
    id: 'gpt-5',
    kind: 'models',
    name: { en: 'GPT-5', zh: 'GPT-5' },
    gloss: {
      en: "OpenAI's model, a brainstorming partner whose high-level ideas are surprisingly good.",
      zh: 'OpenAI 的模型，头脑风暴的伙伴，给出的高层思路出乎意料地好。',
    },
    aliases: [a('GPT-5'), a('GPT5'), a('GPT-5 Pro')],
    quotes: [
      { text: '有時候我會和o3或GPT-5一起頭腦風暴,比如我有個函數,該怎么優化?要注意哪些點?' },
      { text: '它們給出的高層思路出乎意料地好。' },
    ],
  },
  {
    id: 'cursor',
    kind: 'tools',
    name: { en: 'Cursor (AI editor)', zh: 'Cursor（AI 编辑器）' },
    gloss: {
      en: 'The AI code editor, an example of the new coding workloads.',
      zh: 'AI 代码编辑器，新型编程工作负载的例子。',
    },
    aliases: [csAi('Cursor'), a('Cursor AI'), a('Cursor IDE'), a('Cursor editor')],
    notAliases: [
      a('Cursor position'),
      a('Cursor keys'),
      // A database or pointer cursor decides the page's bare "Cursor".
      decides('database cursor'),
      decides('result cursor'),
      decides('mouse cursor'),
      decides('cursor property'),
      decides('text cursor'),
      // API pagination (LLM providers' list endpoints use it too).
      decides('cursor-based pagination'),
      decides('cursor pagination'),
      decides('游标'),
    ],
    // The editor named in the line keeps a capitalised "Cursor" on a page that also has a text or database
    // cursor (lib/matcher/guards.ts, rule 8): "Claude Code 這麼強…反觀 Cursor", "Cursor … 絕不讓你離開編輯器".
    otherSenses: [
      {
        keys: ['cursor'],
        // Also what only the AI editor does in its line: a model that predicts the next tokens, code completion
        // ("Cursor 的強項在於「預測」…輕量級模型…預測你接下來 5 到 10 個 token", beside the 游標 it predicts at).
        // And the editor as a product a feature is built into or exists in ("we implemented the shadow workspace into
        // Cursor", "the implementation that exists in Cursor"), or named by what it is (the AI coding assistant).
        // And its Tab model: "Cursor Tab", Tab completion, what it predicts ("Cursor often predicts not just the
        // current line"), on a page about it that also speaks of multiple text cursors. And what it suggests, right
        // after the name ("when Cursor's suggestion is mostly right", "Cursor suggests a fix"): a text cursor suggests
        // nothing, but autocomplete's suggestions elsewhere in its line ("suggestions appear below the Cursor") are
        // no sign.
        line: String.raw`^(?:['’]s)?\s+suggest(?:s|ed|ions?)\b|Claude Code|Copilot|Windsurf|Codeium|\bCline\b|\bCodex\b|Gemini CLI|VS ?Code|\bIDE\b|AI (?:code )?editor|code editor|coding assistant|AI[\s-]powered|编辑器|編輯器|vibe coding|模型|\btokens?\b|补全|補全|\b(?:into|inside|in)\s+$|\bTab\s+(?:completions?|predictions?)|^\s*Tab\b|\bpredict(?:s|ed|ions?)\b|\bmulti-line\s+edit`,
        keeps: true,
      },
    ],
    quotes: [{ text: '但現在出現了新的負載,比如編程工作負載——像Cursor、Windsurf這樣的工具。' }],
  },
  {
    id: 'windsurf',
    kind: 'tools',
    name: { en: 'Windsurf (AI editor)', zh: 'Windsurf（AI 编辑器）' },
    gloss: {
      en: 'The AI code editor (formerly Codeium), an example of the new coding workloads.',
      zh: 'AI 代码编辑器（原 Codeium），新型编程工作负载的例子。',
    },
    aliases: [csAi('Windsurf'), a('Windsurf Editor'), a('Windsurf IDE')],
    notAliases: [
      a('Windsurf World Cup'),
      a('Windsurf board'),
      a('Windsurfing'),
      // The sport by what belongs to it: its lessons, rentals, schools, sails, gear and races.
      ...[
        'lesson',
        'rental',
        'school',
        'sail',
        'instructor',
        'gear',
        'spot',
        'competition',
        'championship',
        'club',
      ].map((w) => decides(`Windsurf ${w}`)),
    ],
    // The sport by its water and wind in the line ("Windsurf on the lake", "windsurf at the beach"), in lower case so
    // that the editor's releases (Windsurf Wave 3) are not taken for it. Not "waves" or "sails", which the editor's
    // pages use as plain words ("waves of new features", "Cascade sails through refactors"); the sport's one sail is.
    otherSenses: [
      {
        keys: ['windsurf'],
        line: String.raw`\b(?:lakes?|beach(?:es)?|seas?|ocean|bays?|sail|kitesurf\w*|surf(?:ing|ers?)?|wetsuits?|regattas?|Olympics?|wind\s+speeds?|knots)\b`,
        caseSensitive: true,
      },
    ],
    quotes: [{ text: '但現在出現了新的負載,比如編程工作負載——像Cursor、Windsurf這樣的工具。' }],
  },
  {
    id: 'gemini-deep-think',
    kind: 'models',
    name: { en: 'Gemini Deep Think', zh: 'Gemini Deep Think' },
    gloss: {
      en: "Google's mode that explores many reasoning paths at once, making the KV cache a bigger bottleneck.",
      zh: '谷歌同时探索多条推理路径的模式，使 KV 缓存成为更大的瓶颈。',
    },
    // Bare "Gemini" is the model family, not its Deep Think mode: only a part of "Gemini 2.5 Deep Think".
    aliases: [
      a('Gemini Deep Think'),
      csAi('Deep Think'),
      { text: 'Gemini', caseSensitive: true, aiOnly: true, namePart: true },
      { text: 'Google Gemini', aiOnly: true, namePart: true },
    ],
    notAliases: [
      decides('Gemini protocol'),
      decides('Gemini client'),
      decides('Gemini capsule'),
      decides('gemtext'),
      decides('Gemini exchange'),
      decides('Gemini Trust'),
      a('Gemini Man'),
    ],
    // "Deep Think" beside what only Google's model has in its line (DeepMind, a version or tier of Gemini, Google's
    // Gemini, the Olympiad it took gold at, not a forum's "IMO") counts on any page: general news of the IMO gold says AI, model and
    // chatbots, which the context rule weighs as too weak alone. A zodiac page's Gemini names none of these.
    otherSenses: [
      {
        keys: ['deepthink'],
        line: String.raw`\bDeepMind\b|\bversion\s+of\s+Gemini\b|\bGoogle(?:['’]s)?\s+Gemini\b|\bGemini\s+(?:\d(?:\.\d+)?\b(?![.,]?\d)|Ultra\b|Pro\b|app\b|models?\b)|\bMathematical\s+Olympiad\b|\bIMO\s+(?:20\d\d|gold|problems?)\b`,
        keeps: true,
        caseSensitive: true,
      },
    ],
    quotes: [
      {
        text: 'Google的Gemini Deep Think就是同時探索多路徑的思路,這類場景會讓KV cache成為更大的瓶頸,因此壓縮歷史的方向非常重要。',
      },
    ],
  },
  {
    id: 'synthetic-data',
    kind: 'techniques',
    name: { en: 'Synthetic data', zh: '合成数据' },
    gloss: {
      en: 'Generating lots of training data from a little expert data; underrated, says Tri Dao.',
      zh: '从少量专家数据出发生成大量训练数据；Tri Dao 认为它被低估了。',
    },
    aliases: [
      a('synthetic data'),
      a('synthetic dataset'),
      a('synthetic training data'),
      ai('data synthesis'),
      a('合成数据'),
      a('合成資料'),
      ai('数据合成'),
    ],
    // Official statistics' synthetic data: microdata simulated so that a census or survey can be released without
    // disclosing its respondents (statistical disclosure control), not data made to train a model. Told by that
    // field's words in the line (census, microdata, respondents, confidentiality, disclosure, official statistics,
    // statistical offices), unless the line names training or machine learning.
    otherSenses: [
      {
        keys: ['syntheticdata', '合成数据'],
        line: String.raw`^(?![^\n]*(?:\btrain(?:s|ed|ing)?\b|\bLLMs?\b|language\s+models?|machine\s+learning|deep\s+learning|neural|\bAI\b|训练|訓練|大模型|人工智能|人工智慧))[^\n]*(?:\b(?:census|microdata|respondents?|confidential(?:ity)?|disclosure|official\s+statistics|statistical\s+(?:offices?|agenc(?:y|ies))|NSOs?)\b|人口普查|统计局|統計局|微观数据|微觀數據|统计披露|統計揭露)`,
      },
    ],
    quotes: [
      { text: '數據。數據總是有點被低估。合成數據,用模型重新生成或改寫數據,會產生巨大影響,但關注的人少。' },
      { text: '但更關鍵的是流程:怎么從少量專家數據出發,生成海量的合成數據。' },
      {
        text: '舉個例子,你是一家航空公司,想訓練AI助理來處理客戶投訴,你手里只有少量高質量數據,然后可以從中生成大量合成數據。',
      },
    ],
  },
  {
    id: 'rl-rollouts',
    kind: 'techniques',
    name: { en: 'RL rollouts', zh: '强化学习 rollout' },
    gloss: {
      en: 'RL training samples many completions from the model to score a policy: a high-throughput workload.',
      zh: '强化学习训练要从模型中大量采样结果来评估策略：一种高吞吐的推理负载。',
    },
    aliases: [
      a('RL rollout'),
      // The acronym alone, as AI writing uses it in both languages (强化学习(RL)训练); AI pages only.
      csAi('RL'),
      a('policy rollout'),
      // Specific to ML (psychology says "reinforcement"), so it counts everywhere and tells the matcher the page is AI.
      a('reinforcement learning'),
      a('RL training'),
      csAi('RLHF'),
      csAi('RLVR'),
      // Not GRPO or PPO: named methods of RL, which the guide makes `may` (as GPTQ and AWQ for quantization), and
      // which the labellers leave unlabelled beside "rollouts" and "reinforcement learning".
      // Chinese RL writing uses the English word bare (rollout 阶段); in English it is any roll-out.
      { text: 'rollout', aiOnly: true, besideChinese: true },
      a('强化学习'),
      a('RL训练'),
      a('强化学习训练'),
    ],
    notAliases: [
      // Deployment rollouts of Kubernetes and Argo, written bare in Chinese docs too.
      // (kubectl rollout, Argo Rollouts and "rollout status" are told by the neighbours, guards.ts.)
      decides('滚动更新'),
      decides('灰度发布'),
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      { keys: ['rollout', 'rollouts'], before: String.raw`\b(?:kubectl|Argo|canary|金丝雀)\s*$`, decides: true },
      // A Kubernetes, Helm or Spinnaker rollout by its system named right before it (Kubernetes 的 rollout 策略, "the K8s
      // Deployment rollout"): a deployment's, and the page's, unless it names RL's rollouts unambiguously.
      {
        keys: ['rollout', 'rollouts'],
        before: String.raw`\b(?:Kubernetes|K8s|k8s|Helm|Spinnaker|Flagger|Deployment)\s*(?:的)?\s*$`,
        decides: true,
        unlessAffirmed: true,
      },
      // 强化 the verb and 学习 its object after a word that introduces a verb ("從而強化學習效果": thereby strengthen the
      // learning effect), not reinforcement learning the noun ("以强化学习为核心" stays: 以 also takes a noun).
      { keys: ['强化学习'], before: '(?:从而|從而|藉此|借此|旨在|以期)$' },
      // 进而, 用以 and 有助于 take nouns too ("这有助于强化学习的训练更稳定", "先做 SFT，进而强化学习"): after them, only
      // with what 强化 strengthens right after 学习 (进而强化学习效果), looked back on from the candidate's end.
      {
        keys: ['强化学习'],
        after:
          '^(?<=(?:进而|進而|用以|有助于|有助於)\\s*(?:强化学习|強化學習))(?:效果|成效|能力|兴趣|興趣|动机|動機|体验|體驗|记忆|記憶|积极性|積極性)',
      },
      { keys: ['rollout'], after: String.raw`^\s+(?:restart|status|undo|history|pause|resume)\b`, decides: true },
      // A deployment's roll-out by its kind, right before the word: a feature-flag, canary, staged or phased roll-out,
      // a vaccine's ("The feature-flag rollout engine shipped the update to 5% of users"), not RL's, whatever follows.
      {
        keys: ['rollout', 'rollouts'],
        before: String.raw`\b(?:feature[\s-]flags?|canary|staged|phased|gradual|incremental|vaccines?|vaccination)\s+$`,
      },
      // In English prose bare "rollout" counts only where its line names RL training (a GRPO or PPO line's
      // "response or 'rollout'"); elsewhere it is a product's roll-out.
      {
        keys: ['rollout', 'rollouts'],
        // Also what only RL's rollout has right after it: an engine, workers or a buffer ("The rollout engine spends
        // nearly all its time decoding"); a product roll-out has none.
        orLine: String.raw`\b(?:GRPO|PPO|DAPO|RLHF|RLVR|RL)\b|reinforcement learning|policy\s+(?:optimi[sz]ation|gradients?|models?)|reward\s+(?:models?|functions?|signals?)|强化学习|強化學習|^\s*(?:engines?|workers?|buffers?)\b`,
      },
    ],
    quotes: [
      { text: '這就需要從模型中抽樣大量完成結果,也叫rollout,評估其表現。這里就需要大批量、高吞吐的推理能力。' },
      {
        text: '同時也有客戶特別關注大批量、高吞吐量的推理,比如海量數據處理、合成數據生成、或者強化學習訓練中需要快速rollout、生成大量軌跡的場景。',
      },
      { text: '另一類是強化學習訓練場景。訓練一個智能體執行任務并改變策略時,你需要評估策略的好壞。' },
    ],
  },
  {
    id: 'video-generation',
    kind: 'techniques',
    name: { en: 'Real-time video generation', zh: '实时视频生成' },
    gloss: {
      en: 'The consumer bet: compute-hungry generated video that could change consumption like TikTok did.',
      zh: '面向消费者的押注：极耗算力的生成视频，可能像 TikTok 一样改变内容消费。',
    },
    aliases: [
      a('video generation'),
      a('real-time video generation'),
      a('text-to-video'),
      a('video generation model'),
      a('AI video generation'),
      a('video diffusion model'),
      a('Pika Labs'),
      csAi('Pika'),
      csAi('Hedra'),
      // Not Sora or Veo: video models beyond the contract's examples (Pika, Hedra), which the dev-set labellers leave
      // unlabelled where the page also says text-to-video or 影片生成 (products beyond the examples, as in the guide).
      a('视频生成'),
      a('影片生成'),
      a('視頻生成'),
      a('文生视频'),
      // Taiwan's 文字生成影片 (text to video).
      a('文字生成视频'),
      a('文字生成影片'),
      a('实时视频生成'),
      a('视频生成模型'),
      // The same words the other way round (生成视频模型, 将生成视频集成到您的应用中) and text-to-video in Chinese
      // (文本转视频 (T2V)); aiOnly: a video editor's export button also 生成视频.
      ai('生成视频'),
      a('文本转视频'),
      // Text-to-video word for word: 文本到视频(Text-to-Video, T2V).
      a('文本到视频'),
      a('文本生成视频'),
    ],
    // 视频 the subject and 生成 its verb, told by the aspect marker after it (这款视频生成了大量弹幕: the video drew many
    // comments; 影片生成過), not the compound noun video generation. Not where 过/着 begin a word of their own (视频生成
    // 过程中, 过后, 着重: the compound noun before them).
    otherSenses: [
      {
        keys: ['视频生成', '影片生成'],
        after: ASPECT_MARKER_AFTER,
      },
    ],
    quotes: [
      { text: '在消費端,我的一個預測是實時視頻生成會成為趨勢。' },
      { text: '實時視頻生成也帶來全新挑戰,非常耗算力,這可能會進一步推動芯片發展和推理優化。' },
      {
        text: '我們合作的一些公司,比如Pika Labs和Hetra,正專注于實時視頻生成,這是我們的押注。',
        note: {
          en: 'The write-up says “Hetra”; the video company Hedra is meant.',
          zh: '原文写作“Hetra”，指的是视频公司 Hedra。',
        },
      },
      {
        text: '我們與一些視頻生成公司合作,比如Pika Labs和Hetra,他們用我們訓練的模型生成虛擬的TikTok視頻,效果非常棒。',
        note: {
          en: 'The write-up says “Hetra”; the video company Hedra is meant.',
          zh: '原文写作“Hetra”，指的是视频公司 Hedra。',
        },
      },
    ],
  },
  {
    id: 'world-models',
    kind: 'techniques',
    name: { en: 'World models', zh: '世界模型' },
    gloss: {
      en: 'Models of how the world behaves: a possible future workload, and a way to initialise robots.',
      zh: '模拟世界如何运作的模型：可能的未来工作负载，也可用来初始化机器人。',
    },
    aliases: [ai('world model'), a('world foundation model'), ai('世界模型')],
    otherSenses: [
      // A world model beside robots is the model a robot learns the world with (the contract's "used to initialise
      // robots"), not a person's view of the world: it counts there on any page, which a short robotics essay that
      // names no other ML word needs ("Getting World Models right will enable lots of exciting robots").
      {
        keys: ['worldmodel', 'worldmodels', '世界模型'],
        // In its own sentence (no sentence or clause end between): "Kids learn a world model by knocking over blocks;
        // robot toys help" is a child's.
        line: String.raw`^[^;.!?。；！？]*(?:\b(?:robots?|robotics|humanoids?|embodied)\b|机器人|機器人|具身)|(?:\b(?:robots?|robotics|humanoids?|embodied)\b|机器人|機器人|具身)[^;.!?。；！？]*$`,
        keeps: true,
      },
    ],
    quotes: [
      {
        text: '你可能會賭說,聊天機器人最終會消失,人們真正關心的其實是別的東西,比如視頻模型、視頻生成模型、世界模型,或者機器人之類的。',
      },
      {
        text: '所以我認為最終會是一個復合系統,由語言模型、視覺模型、音頻模型、世界模型初始化,但如何把它們組合在一起,是一個大問題。',
      },
      { text: '模型內部有一套世界模型,它可以基于這些生成大量數據,雖然不如人工數據精準,但量很大。' },
    ],
  },
  {
    id: 'robotics',
    kind: 'techniques',
    name: { en: 'Robotics', zh: '机器人' },
    gloss: {
      en: 'Home humanoids may be 5–10 years away; robots must act at several time scales at once.',
      zh: '家用人形机器人也许还要五到十年；机器人须同时在多个时间尺度上处理信息。',
    },
    aliases: [
      // The field of robots has no other sense (the contract lists no confusable): a real-time Linux guide "for
      // Robotics" is about robots though it names no ML word, so the word counts on any page.
      a('robotics'),
      // Bare robot(s) on an AI page, as 机器人 is in Chinese: the labelling guide expects "a robot needs a 3D
      // understanding of its surroundings" marked. Its other senses are told by the neighbours (below).
      ai('robot'),
      a('humanoid robot'),
      a('robot learning'),
      // Not "embodied AI" / 具身智能, the wider field of AI in a body (agents in simulators, world models): the labellers
      // never expect it marked (tuning part: 0 of 10 marks right, 6 optional, 4 wrong), and the pages that say it name
      // their robots too (机器人, "robots").
      a('robot foundation model'),
      ai('机器人'),
      a('人形机器人'),
      // Hong Kong writes 機械人 (四足機械人 Unitree Go2, 人工智能及機械人技術); the rules below read it as 机器人.
      ai('機械人'),
      a('人形機械人'),
      // Robots named by their kind, unambiguous as 人形机器人 is (工业机器人 on a welding line, 四足機械人): they count
      // on any page, and affirm the concept where a chat bot's neighbours would decide the bare word otherwise.
      a('工业机器人'),
      a('工業機械人'),
      a('四足机器人'),
      a('四足機械人'),
      a('家庭机器人'),
    ],
    notAliases: [
      // A page about a chat bot (QQ, Discord, Telegram, WeChat) means bot by 机器人 throughout.
      decides('QQ机器人'),
      decides('Discord机器人'),
      decides('Telegram机器人'),
      decides('微信机器人'),
      decides('Discord bot'),
      a('聊天机器人'),
      a('扫地机器人'),
      a('机器人流程自动化'),
      a('客服机器人'),
      a('对话机器人'),
      a('问答机器人'),
      a('网络机器人'),
      // Office-chat and web bots and "I am not a robot" are told by the neighbours (guards.ts).
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      {
        keys: ROBOT_ZH_KEYS,
        before: String.raw`(?:钉钉|釘釘|飞书|飛書|企业微信|企業微信|群|QQ|微信|Telegram|Discord|LINE)\s*$`,
        decides: true,
      },
      // Also a robot vacuum named the other way round (机器人吸尘器, as 扫地机器人 is a blocking phrase).
      { keys: ROBOT_ZH_KEYS, before: '(?:爬虫|爬蟲|我不是)$', after: '^(?:协议|協議|验证|驗證|吸尘器|吸塵器)' },
      // English software bots called robots: "I'm not a robot" (a CAPTCHA), chat, trading and Discord robots, the
      // Robot Framework test tool, robots.txt and the robots meta tag (a crawler's rules), spam robots; the emoji
      // shortcode :robot: of a README's bullets; and a person likened to one ("answered like a robot", "don't be a
      // robot") or the Robot Wars TV show.
      {
        keys: ['robot', 'robots'],
        before: String.raw`(?:(?:^|[\s(*]):|(?:\b(?:not|like|be)\s+an?|\b(?:chat|trading|Discord|Telegram|Slack|WeChat|QQ|spam\w*|RPA|software|web|search))\s+)$`,
        after: String.raw`^(?:\s+framework\b|\.txt\b|\s+(?:meta|exclusion|tag|Wars)\b|\s*=)`,
      },
      // The robots of the Transformers films and toys (the contract's confusable of the architecture), in a line that
      // names the franchise or its factions (变形金刚, 霸天虎, 汽车人, Decepticons, Autobots, Optimus Prime): a plot's
      // 人形机器人 is a character, not robotics. Not 擎天柱 or bare Optimus, which also name Tesla's humanoid robot, nor
      // the 汽车人 of 汽车人才 (car-industry talent) and 汽车人工智能 (automotive AI). Nor a line that sets the films
      // beside a real robot maker (Tesla, bare Optimus, Figure AI, Unitree, 宇树, a factory, humanoid, 人形 used apart).
      {
        keys: [...ROBOT_ZH_KEYS, '人形机器人', '人形机械人', 'robot', 'robots', 'humanoidrobot'],
        after: String.raw`^(?<!(?:Tesla|特斯拉|\bOptimus\b(?!\s+Prime)|\bFigure\s+(?:AI|0[1-9])\b|Unitree|宇树|宇樹|工厂|工廠|\bfactor(?:y|ies)\b|humanoid|人形(?!机器人|機器人))[^\n]{0,160})(?![^\n]{0,160}(?:Tesla|特斯拉|\bOptimus\b(?!\s+Prime)|\bFigure\s+(?:AI|0[1-9])\b|Unitree|宇树|宇樹|工厂|工廠|\bfactor(?:y|ies)\b|humanoid|人形(?!机器人|機器人)))(?:(?<=(?:变形金刚|變形金剛|霸天虎|汽[车車]人(?!才|工|力|员|員|口|士|群)|\b(?:Decepticons?|Autobots?|Optimus\s+Prime)\b|\bTransformers\s+(?:movies?|films?|franchise|toys?|cartoons?)\b)[^\n]{0,160})|(?=[^\n]{0,160}(?:变形金刚|變形金剛|霸天虎|汽[车車]人(?!才|工|力|员|員|口|士|群)|\b(?:Decepticons?|Autobots?|Optimus\s+Prime)\b|\bTransformers\s+(?:movies?|films?|franchise|toys?|cartoons?)\b)))`,
      },
      // A software bot by its kind: chat, service and trading bots (聊天机器人 itself is a blocking phrase; the bare
      // word on such a page is the bot too, "Groq 並非機器人/模型"). AI pages name chat bots beside robots, so this
      // decides the page only while it names no robot unambiguously (人形机器人, "humanoid robot").
      {
        keys: ROBOT_ZH_KEYS,
        before: String.raw`(?:聊天|对话|對話|问答|問答|客服|售后|售後|闲聊|閒聊|交易|量化|炒股|喊单|喊單|自动回复|自動回覆|自動回復|RPA)\s*$`,
        decides: true,
        unlessAffirmed: true,
      },
    ],
    quotes: [
      {
        text: '另一點是,機器人必須以多分辨率、多時間尺度的方式處理信息。有些操作,比如控制關節,需要非常快速的響應;但規劃機器人的路徑,則可以慢一些。',
      },
      { text: '比如離真正優秀的家庭人形機器人還有多遠?' },
      { text: '關于機器人,我們可以用已有的基礎模型來初始化控制機器人。你可以用語言模型來做規劃。' },
      { text: '但目前缺失的是在現實世界中進行交互和行動的數據,因為我們沒有這類數據。' },
    ],
  },
  {
    id: 'open-models',
    kind: 'models',
    name: { en: 'Open vs closed models', zh: '开源与闭源模型' },
    gloss: {
      en: 'The quality gap will narrow: scaling now rests on RL and tooling more than raw compute.',
      zh: '开源与闭源模型的差距会缩小：如今的扩展更依赖强化学习与工具链，而非原始算力。',
    },
    aliases: [
      a('open-source model'),
      a('open source LLM'),
      a('open-source large language model'),
      a('open-weight large language model'),
      a('open-weight model'),
      // Bare, only on an AI page: sports have open-weight categories (judo's, with no weight limit).
      ai('open-weight'),
      ai('open weights'),
      ai('open model'),
      // "open LLMs like LLaMA 3.1", the Open LLM Leaderboard: an open model by its other name.
      ai('open LLM'),
      a('closed-source model'),
      ai('closed model'),
      // Taiwan's 封閉模型 (closed model).
      ai('封闭模型'),
      a('开源模型'),
      a('開源模型'),
      a('开放权重'),
      ai('开放模型'),
      // With 式, as news writes it (中國新開發的開放式模型下載量, 美國科技巨人採取的封閉式模型): the same open and closed models.
      ai('开放式模型'),
      ai('封闭式模型'),
      a('闭源模型'),
      a('开源大模型'),
      a('开源大语言模型'),
      a('开源大型语言模型'),
      a('开源LLM'),
      a('开源的大模型'),
      a('开源的模型'),
      a('开源AI模型'),
      a('开源语言模型'),
      a('开源多模态模型'),
      a('开源多模态大模型'),
      a('开源基础模型'),
      a('开源基座模型'),
      a('开源推理模型'),
      a('开源权重'),
      a('闭源大模型'),
      a('闭源的模型'),
      a('闭源LLM'),
      // Bare 开源 / 闭源 is open-source software as often as models: it counts only with a model word a few
      // characters on in the same clause ("闭源收费模型", "开源了 Qwen3 模型"), the rules below.
      ai('开源'),
      ai('闭源'),
    ],
    // Hugging Face's Open LLM Leaderboard is a leaderboard's name, where a model's score is quoted ("70.1 percent on
    // the Open LLM Leaderboard"), not a statement that the model is open.
    notAliases: [a('Open LLM Leaderboard')],
    // Neighbouring words that decide what bare 开源 / 闭源 opens (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // No model word within 8 characters of the clause: software (开源框架, 开源社区, 开源的推理引擎).
      // Unless it is a property of what the sentence is about, listed with others (DeepSeek V3.1…其開源和低成本特性,
      // GPT-OSS…強調它同時具備開源可商用): 其 / 它 before it, 和 / 可商用 / 特性 after it.
      {
        keys: ['开源', '闭源'],
        after: String.raw`^(?!(?<=(?<![尤极極])[其它](?:同时|同時|也)?(?:具备|具備|兼具)?[开開闭閉]源)\s*(?:和|与|與|、|及|以及|可商用|可商業|特性|特点|特點))(?![^，,。；;：:！!？?、\n]{0,12}?(?:模型|model|LLM|权重|權重))`,
      },
      // A software word comes first: 开源项目中的模型, 开源框架训练的模型; also Taiwan's words for a project and a
      // package (開源專案 vLLM, 開源套件), as 項目 and 軟體 already were.
      {
        keys: ['开源', '闭源'],
        after:
          '^[^，,。；;\n]{0,6}?(?:框架|项目|項目|专案|專案|工具|软件|軟體|軟件|代码|代碼|程式|库|庫|套件|平台|社区|社群|引擎|系统|系統|协议|協議|许可|授權|生态|生態|驱动|驅動)',
      },
      // Open-source software for models, not an open model: the head noun is the software ("an open-source LLM
      // serving framework", "open-source model inference engines", 开源大模型推理框架).
      {
        keys: ['opensourcellm', 'opensourcellms', 'opensourcemodel', 'opensourcemodels'],
        after: String.raw`^\s+(?:(?:serving|inference|deployment|fine-?tuning|training|evaluation)\s+)?(?:frameworks?|engines?|servers?|runtimes?|runners?|librar(?:y|ies)|toolkits?|tools|stacks?|SDKs?|gateways?|clients?|apps?)\b`,
      },
      // The open-source model as a way of doing business or making software (the contract's "open-source software in
      // general"): "the open source model for business", "How does the open source model work for companies?", said
      // in a line about revenue, licensing, profit, software products or open-source programs that names no AI model
      // word. Singular only: the development model is one; open models are many.
      // An AI word on either side of it keeps it (the drop rule reads each side alone): "Meta's revenue rests on the
      // open source model Llama 3".
      {
        keys: ['opensourcemodel'],
        line: String.raw`\bLLMs?\b|\bAI\b|\bweights?\b|language\s+models?|parameters|neural|\bGPT|Llama|DeepSeek|Qwen|Mistral|inference|fine-?tun`,
        keeps: true,
      },
      {
        keys: ['opensourcemodel'],
        // Also with a name or two between after "of" ("the open-source model of Linux development"), not after "for"
        // (a coding model is "an open-source model for agentic software development").
        after: String.raw`^\s+(?:(?:for|of)\s+(?:business(?:es)?|software|development|licensing|revenue|monetization|commerce|companies)\b|of\s+(?:[A-Za-z][\w-]*\s+){1,2}?(?:software|development|governance|collaboration)\b)`,
        line: String.raw`^(?![^\n]*(?:\bLLMs?\b|\bAI\b|\bweights?\b|language\s+models?|parameters|neural|\bGPT|Llama|DeepSeek|Qwen|Mistral|inference|fine-?tun))[^\n]*\b(?:business(?:es)?|revenue|monetiz\w*|profit\w*|licens\w+|proprietary\s+software|software\s+(?:vendors?|companies|development|products?)|open[\s-]source\s+(?:software|products?|programs?|projects?|businesses))\b`,
      },
      // The same way of doing business asked about as one thing, a heading's question: "What is the open source
      // model?" (an AI page asks what an open-source model is, what open models are, or which is the best one;
      // those stay, as does "Llama 3 is the open source model ...").
      {
        keys: ['opensourcemodel'],
        after: String.raw`^(?<=\bwhat\s+is\s+the\s+open[\s-]?source\s+model)\s*\?`,
      },
      {
        keys: ['开源大模型', '开源模型', '开源llm', '开源大语言模型'],
        after: '^(?:推理|部署|服务|服務|训练|訓練|微调|微調|评测|評測)?(?:框架|引擎|工具|服务器|伺服器)',
      },
    ],
    quotes: [
      {
        text: '我認為會更接近。現在的擴展更多依賴RL,而這實際上更依賴工具鏈,而不僅僅是原始算力。所以開源在這方面會做得很好。',
        note: {
          en: "The write-up runs this answer into Jacob Effron's question, with no “Tri Dao:” label; it is Tri Dao's answer.",
          zh: '原文把这段回答接在 Jacob Effron 的提问后面，没有标注“Tri Dao:”；这是 Tri Dao 的回答。',
        },
      },
    ],
  },
  {
    id: 'agi',
    kind: 'techniques',
    name: { en: 'AGI and its cost', zh: '通用人工智能及其成本' },
    gloss: {
      en: "Today's architecture may reach AGI/ASI, but a better one could get there 10x cheaper.",
      zh: '现有架构也许足以实现 AGI/ASI，但更好的架构可能让成本降低 10 倍。',
    },
    aliases: [
      // AGI is also adjusted gross income in tax news; ASI has many meanings.
      csAi('AGI'),
      csAi('ASI'),
      a('artificial general intelligence'),
      a('artificial superintelligence'),
      ai('superintelligence'),
      a('通用人工智能'),
      a('人工通用智能'),
      a('人工超级智能'),
      // Taiwan writes 智慧 for intelligence.
      a('通用人工智慧'),
      ai('超级智慧'),
      ai('超级智能'),
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      // The Asterisk Gateway Interface of telephony (EAGI vs. AGI vs. ARI, an AGI script in the dialplan), also on an
      // AI voice-bot page, told by the phone system's words in the line.
      {
        keys: ['agi'],
        line: String.raw`\bAsterisk\b|\bE?AGI\s+scripts?\b|\bEAGI\b|\bFastAGI\b|\bdialplan\b|\bAMI\b|\bPBX\b|\bVoIP\b|\bSIP\s+trunk`,
        caseSensitive: true,
      },
    ],
    quotes: [
      { text: '我認為,要達到AGI或ASI,目前的架構可能已經足夠了。' },
      { text: '但成本如何?如果有更好的架構,也許我們能提前一兩年達到目標,或者用10倍更低的成本實現,這可能很值得。' },
      {
        text: '這就是架構研究的價值所在:能否通過更好架構達到AGI。我認為當前架構具備所有關鍵成分,如果不斷擴展,也可以實現目標,但成本可能是天文數字。',
      },
    ],
  },
  {
    id: 'academic-origins',
    kind: 'techniques',
    name: { en: 'Ideas from academia', zh: '学术界的贡献' },
    gloss: {
      en: 'Attention (Bahdanau, Bengio at Mila), the Adam optimizer and LayerNorm all came from academia.',
      zh: '注意力（Mila 的 Bahdanau、Bengio）、Adam 优化器、LayerNorm 都来自学术界。',
    },
    aliases: [
      a('Bahdanau attention'),
      a('Bahdanau'),
      a('Yoshua Bengio'),
      a('Bengio'),
      csAi('Mila'),
      a('Mila Quebec'),
      a('Adam optimizer'),
      a('Adam optimiser'),
      a('Jimmy Ba'),
      a('Adam优化器'),
      // Bare "Adam" is a first name (Adam Paszke) and a training setting (Adam with lr 3e-4): it counts only as the
      // paper's idea, with its authors or the paper's title in its line (the rule below): "Kingma and Jimmy Ba
      // introduced Adam", "Kingma, D. P., & Ba, J. (2014). Adam: A method for stochastic optimization".
      csAi('Adam'),
    ],
    otherSenses: [
      {
        keys: ['adam'],
        unlessLine: String.raw`\bKingma\b|\bJimmy\s+Ba\b|\bBa,\s*J\.|\bmethod\s+for\s+stochastic\s+optimi[sz]ation\b`,
      },
      // A first name before a surname, also in a line that names Kingma ("Kingma cited Adam Smith", "Adam Paszke
      // and Kingma"): the optimizer is never followed by a capitalised name.
      {
        keys: ['adam'],
        after: String.raw`^\s+(?!(?:Optimi[sz]er|Algorithm|Method|Update)s?\b)[A-Z][a-z]+`,
        caseSensitive: true,
      },
    ],
    // Not "LayerNorm", "layer norm" or "AdamW": pages list them as ops and
    // training settings, not as ideas from academia.
    notAliases: [a('Mila Kunis'), a('Samy Bengio')],
    quotes: [
      {
        text: '很多現在的基礎都是學術探索的結果。大公司和創業公司會把這些想法商業化,快速執行,同時理解市場需求,有更多資金推動大想法落地。',
      },
      {
        text: '一個例子是Attention,它通過Google的論文出名,但最初來自Mila的學術研究,是Dmitry Bahdanau、Yoshua Bengio等人的工作。',
        note: {
          en: 'The write-up says “Dmitry Bahdanau”; the researcher is Dzmitry Bahdanau.',
          zh: '原文写作“Dmitry Bahdanau”，研究者的名字是 Dzmitry Bahdanau。',
        },
      },
      {
        text: '當前架構的其他組成部分,如Adam優化器(JimmieBa等)和LayerNorm,也來自學術界。',
        note: {
          en: 'The write-up says “JimmieBa”; Jimmy Ba, co-author of Adam (and of LayerNorm), is meant.',
          zh: '原文写作“JimmieBa”，指的是 Adam（以及 LayerNorm）的作者之一 Jimmy Ba。',
        },
      },
      { text: '學術更偏向探索,資金通常來自政府,用于探索大量想法,也許只有5-10%的想法會成功。' },
    ],
  },
  {
    id: 'together-ai',
    kind: 'people',
    name: { en: 'Together AI', zh: 'Together AI' },
    gloss: {
      en: 'The company where Tri Dao is chief scientist; it runs inference fleets on thousands of GPUs.',
      zh: 'Tri Dao 任首席科学家的公司，在数千块 GPU 上运营推理集群。',
    },
    // Never bare "Together": the word. Case-sensitive (TogetherAI too: its camel-case step allows a space),
    // so "bringing together AI researchers" is not the company.
    aliases: [cs('Together AI'), cs('TogetherAI'), a('Together.AI'), cs('Together Computer')],
    quotes: [
      { text: '但隨著我們在Together AI的擴張,我們必須考慮:如何讓后來加入的工程師更快上手?' },
      { text: '團隊執行力強,可以快速實現目標,我對團隊在Together做的工作非常自豪。' },
      { text: '在數千GPU上推理時,你可以動態調整集群分配。' },
    ],
  },
  {
    id: 'tri-dao',
    kind: 'people',
    name: { en: 'Tri Dao', zh: 'Tri Dao' },
    gloss: {
      en: 'The interviewee: author of FlashAttention, co-author of Mamba, Princeton professor.',
      zh: '受访者：FlashAttention 作者、Mamba 作者之一、普林斯顿大学教授。',
    },
    aliases: [a('Tri Dao')],
    quotes: [
      { text: '這是個很好的問題,也很個人化。對我來說,我喜歡同時做創業和做教授。' },
      { text: '因為雖然我喜歡寫內核,但我更多的時間其實花在設計上:思考該設計怎樣的架構,才能更好利用硬件。' },
      { text: '學術給你更多自由去深入思考長周期問題。我正好喜歡兩種模式,所以仍然在普林斯頓做教授,同時參與創業。' },
    ],
  },
  {
    id: 'safe-superintelligence',
    kind: 'people',
    name: { en: 'Safe Superintelligence (SSI)', zh: 'Safe Superintelligence（SSI）' },
    gloss: {
      en: "Ilya Sutskever's company, funded without any product because it is Ilya's.",
      zh: 'Ilya Sutskever 的公司，不做任何产品也能融到资，因为创始人是 Ilya。',
    },
    aliases: [
      a('Safe Superintelligence'),
      csAi('SSI'),
      a('Ilya Sutskever'),
      a('Sutskever'),
      csAi('Ilya'),
      a('安全超级智能'),
      a('苏茨克维'),
      a('苏茨克沃'),
    ],
    notAliases: [
      // The US benefit ("SSI payments" and other Ilyas are told by the neighbouring word, guards.ts).
      decides('Supplemental Security Income'),
    ],
    // Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8).
    otherSenses: [
      { keys: ['ilya'], after: String.raw`^[ \u00a0]+(?!Sutskever\b)[A-Z][a-z]`, caseSensitive: true },
      {
        keys: ['ssi'],
        after: String.raw`^\s+(?:benefits?|payments?|recipients?|checks?|eligibility)\b`,
        decides: true,
      },
    ],
    quotes: [{ text: '比如,SSI明確說不做任何產品,但人們愿意投錢,因為他是Ilya。' }],
  },
];
