/**
 * The signal words of the AI-context rule (context.ts): the spellings the
 * matcher finds (data/build/matcher-input.ts adds them to its keys, owners
 * -1 .. -n in this order) and each one's tier.
 *
 * The list is in tier order, every strong word, then every medium one, then
 * the weak ones, and STRONG_SIGNALS / MEDIUM_SIGNALS below count the first
 * two groups (context.test.ts checks both). The content script's
 * ContextTracker reads a hit's tier from those two numbers only, so the
 * spellings themselves stay out of its bundle (they were ~1.7 KB gzipped of
 * it; the matcher tables it gets from the background already hold them,
 * folded). Adding a word: put it in its tier's group and bump that count.
 */
/** One context signal and its spellings (folded like aliases: case, width, Traditional). */
export interface SignalWord {
  forms: string[];
  /** 'strong': specific to ML systems; 'medium': general AI talk; 'weak': generic. */
  tier: 'strong' | 'medium' | 'weak';
  /** Only this exact case counts ("AI", not Italian/Portuguese "ai"). */
  caseSensitive?: boolean;
}

const strong = (...forms: string[]): SignalWord => ({ forms, tier: 'strong' });
const medium = (...forms: string[]): SignalWord => ({ forms, tier: 'medium' });
const weak = (...forms: string[]): SignalWord => ({ forms, tier: 'weak' });

/**
 * The words that tell an AI/ML-systems text. Strong ones are specific to the
 * field; weak ones are generic. Traditional forms are listed because the
 * alias table's fold map only covers characters of concept aliases.
 */
export const SIGNAL_WORDS: SignalWord[] = [
  strong('GPU', 'GPUs', 'TPU', 'TPUs', '显卡', '顯卡', 'GPU集群'),
  strong(
    'LLM',
    'LLMs',
    'large language model',
    'language model',
    'language models',
    '大模型',
    '大语言模型',
    '大語言模型',
    '语言模型',
    '語言模型',
  ),
  strong('CUDA'),
  // GPU programming as a field: no concept's alias (it is not GPU kernels), still a page about ML systems' hardware.
  strong('GPU programming', 'GPU编程', 'GPU編程'),
  // The chip makers' CEOs: no longer aliases of their companies (the contract names companies), still chip news.
  strong('Jensen Huang', '黄仁勋', '黃仁勳', 'Lisa Su', '苏姿丰', '蘇姿丰', '蘇姿豐'),
  strong('PyTorch', 'TensorFlow', 'Hugging Face'),
  // AI coding tools: pages comparing AI editors talk code, not models, and name no other ML word.
  strong(
    'AI IDE',
    'AI coding',
    'AI autocomplete',
    'AI-powered autocomplete',
    'AI code completion',
    'AI pair programmer',
    'coding assistant',
    'coding assistants',
    'vibe coding',
    'GitHub Copilot',
    'LangChain',
    'LlamaIndex',
    'AI编程',
    'AI 编程',
    'AI程式設計',
    'AI 程式設計',
    'AI寫程式',
    'AI 寫程式',
    'AI写代码',
    'AI 写代码',
    'AI编辑器',
    'AI 编辑器',
    'AI編輯器',
    'AI 編輯器',
    // AI browsers (ChatGPT Atlas, Comet), like the AI editors: a browser whose model reads and clicks pages for you.
    'AI browser',
    'AI browsers',
    'AI浏览器',
    'AI 浏览器',
    'AI瀏覽器',
    'AI 瀏覽器',
  ),
  // The makers of AI code completion, a signal of their own beside the tools' talk (a page on the Cognition-Windsurf
  // deal says "AI IDE" and "formerly known as Codeium"): no concept's alias (Codeium is Windsurf's maker, not the
  // editor, data/concepts.ts), and no other trade has the names.
  strong('Codeium', 'Tabnine'),
  strong('neural network', 'neural networks', 'neural net', '神经网络', '神經網絡', '神經網路'),
  strong('deep learning', '深度学习', '深度學習'),
  strong(
    'self-attention',
    'attention mechanism',
    'attention head',
    'attention heads',
    '注意力机制',
    '注意力機制',
    '自注意力',
  ),
  strong(
    'fine-tuning',
    'fine-tuned',
    'pretraining',
    'pre-training',
    'pretrained model',
    '微调',
    '微調',
    '预训练',
    '預訓練',
  ),
  strong(
    'inference engine',
    'inference server',
    'model inference',
    'LLM inference',
    '模型推理',
    '推理引擎',
    '推理服务',
    '推理服務',
  ),
  strong(
    'model weights',
    'training data',
    'tokenizer',
    'foundation model',
    'frontier model',
    'frontier models',
    'diffusion model',
    '模型训练',
    '模型訓練',
    '训练数据',
    '訓練數據',
    '訓練資料',
  ),
  strong('算力', 'matmul', 'GEMM', 'FLOPs', 'FLOPS', 'TFLOPS', 'petaflops', 'tensor core', 'tensor cores'),
  strong(
    'tokens per second',
    'context window',
    'context length',
    'parameters model',
    'billion parameters',
    '参数量',
    '參數量',
    '上下文窗口',
  ),
  // Model files, model families and accelerators that only ML writing names.
  strong('GGUF', 'safetensors', 'NPU', 'NPUs', 'Qwen', 'ChatGLM', 'ModelScope', 'llama.cpp'),
  { forms: ['LoRA'], tier: 'strong', caseSensitive: true },
  // Decoding and serving talk; "prefill" also fills web forms, so it is not enough alone.
  medium('prefill', 'decoding speed', 'tokens/s', 'token/s'),
  // General AI talk: news, policy and product pages say these without being about AI systems.
  medium('machine learning', '机器学习', '機器學習'),
  medium('ChatGPT', 'OpenAI', 'Anthropic', 'DeepMind'),
  medium('artificial intelligence', 'generative AI', 'GenAI', '人工智能', '人工智慧', '生成式AI', '生成式人工智能'),
  medium('AI model', 'AI models', 'AI模型'),
  // The AI agent in Chinese AI talk (its alias AI代理 is aiOnly so that a proxy page can decide it, so it is no signal).
  medium('AI代理', 'AI 代理'),
  // 智能代理 / 智慧代理 (intelligent agent) likewise: its alias is aiOnly because a VPN client's 智能代理模式 is a proxy
  // mode, so as a medium signal it needs other AI talk on the page (大型語言模型, 人工智慧) to make it AI context.
  medium('智能代理', '智慧代理'),
  // Launch news of o1/o3-style models names them so; psychology's "reasoning model" is rare and this is medium.
  medium('reasoning model', 'reasoning models', '推理模型'),
  // Named models of the big labs: launch and comparison news names them more than it says "LLM".
  medium(
    'GPT-4',
    'GPT-4o',
    'GPT-4.1',
    'GPT-4.5',
    'GPT-3.5',
    'o1-preview',
    'o1-mini',
    'o4-mini',
    'Claude Opus',
    'Claude Sonnet',
    'Claude Haiku',
    'Llama 3',
    'Llama 4',
    'Mixtral',
    '文心一言',
    '通义千问',
    '通義千問',
  ),
  weak('inference', '推理', '推論'),
  weak('attention', '注意力'),
  weak('training', 'trained', '训练', '訓練'),
  weak('model', '模型'),
  weak('token', '词元', '詞元'),
  weak('parameters', '参数', '參數'),
  weak('benchmark', 'benchmarks', '基准测试', '基準測試'),
  weak('latency', 'throughput', '延迟', '延遲', '吞吐'),
  weak('chip', 'chips', 'semiconductor', '芯片', '晶片', '半导体', '半導體'),
  weak('compute', 'datacenter', 'data center', '数据中心', '數據中心', '資料中心'),
  weak('dataset', 'datasets', '数据集', '數據集', '資料集'),
  { forms: ['AI'], tier: 'weak', caseSensitive: true },
];

/** How many of SIGNAL_WORDS are strong: signals 0 .. STRONG_SIGNALS - 1. */
export const STRONG_SIGNALS = 18;
/** How many are medium: the next MEDIUM_SIGNALS signals; the rest are weak. */
export const MEDIUM_SIGNALS = 9;
