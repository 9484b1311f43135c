import { describe, expect, it } from 'vitest';
import { marks } from '@/tests/support/matcher-marks';

/**
 * Forms and rules that find what pages plainly discuss (recall), each with
 * the confusable side it must leave alone, in both scripts where the form is
 * Chinese.
 */
const has = (text: string, conceptId: string) => marks(text, conceptId).length > 0;
/** Makes any text an AI page (strong signals), so aiOnly aliases would count. */
const AI = 'We train large language models on GPUs with PyTorch. ';
const AI_ZH = '我们在 GPU 上用 PyTorch 训练大模型。';

describe('hyphenated Transformer–Mamba hybrids', () => {
  it('the pair joined by a hyphen is the hybrid, in English and both Chinese scripts', () => {
    expect(marks(`${AI}Nemotron 3 is a Mamba-Transformer MoE.`, 'hybrid-models')).toEqual(['Mamba-Transformer']);
    expect(marks(`${AI_ZH}采用了一种混合专家的Mamba-Transformer架构。`, 'hybrid-models')).toEqual([
      'Mamba-Transformer',
    ]);
    expect(marks(`${AI_ZH}在 Nemotron 系列中採用混合 Transformer-Mamba 架構。`, 'hybrid-models')).toEqual([
      'Transformer-Mamba',
    ]);
    expect(has(`${AI}Jamba is an SSM-Transformer model.`, 'hybrid-models')).toBe(true);
  });

  it('bare "hybrid" / 混合 is the hybrid with Mamba or a state-space model in its line', () => {
    expect(marks(`${AI}Jamba is a hybrid of Mamba and attention layers.`, 'hybrid-models')).toEqual([
      'Jamba',
      'hybrid',
    ]);
    expect(marks(`${AI_ZH}Mamba 与 Transformer 混合的模型。`, 'hybrid-models')).toEqual(['混合']);
    expect(marks(`${AI_ZH}混合 Transformer-Mamba 架構。`, 'hybrid-models')).toEqual(['Transformer-Mamba']);
    // Other hybrids beside Mamba stay unmarked, and so does a hybrid without a state-space word in its line.
    expect(has(`${AI}Mamba runs on a hybrid cloud with hybrid parallelism.`, 'hybrid-models')).toBe(false);
    expect(has(`${AI_ZH}Mamba 层用混合精度训练，MoE 是混合专家。`, 'hybrid-models')).toBe(false);
    expect(has(`${AI}A hybrid of CNN and attention layers.\nMamba is elsewhere.`, 'hybrid-models')).toBe(false);
    expect(has(`${AI}mamba install a hybrid env`, 'hybrid-models')).toBe(false);
  });

  it('Mamba and Transformer compared, or a hybrid of something else, are not a hybrid', () => {
    expect(has(`${AI}Mamba vs. Transformer: which scales better? Mamba, Transformer and RWKV.`, 'hybrid-models')).toBe(
      false,
    );
    expect(has(`${AI}A CNN-Transformer hybrid model on a hybrid cloud.`, 'hybrid-models')).toBe(false);
  });
});

describe('Chinese agent wording', () => {
  it('子代理 and 多代理 are agents; 子代理商 and 多代理商 are distributors', () => {
    expect(has(`${AI_ZH}可以建立专门的子代理来处理特定任务。`, 'ai-agents')).toBe(true);
    expect(has(`${AI_ZH}專為多代理系統設計。`, 'ai-agents')).toBe(true);
    expect(has(`${AI_ZH}英伟达的子代理商和多代理商都在抢货。`, 'ai-agents')).toBe(false);
  });

  it('bare 代理 / 代理人 counts with an agent word in its line, not without one', () => {
    expect(marks(`${AI_ZH}三大流派：編輯器 (Editor)、代理人 (Agent) 與工作台。`, 'ai-agents')).toEqual([
      '代理人',
      'Agent',
    ]);
    expect(marks(`${AI_ZH}是副驾驶(Copilot)，还是代理员工(Agent)？`, 'ai-agents')).toEqual(['代理', 'Agent']);
    expect(has(`${AI_ZH}请求先经过代理再转发给模型。`, 'ai-agents')).toBe(false);
  });

  it('a proxy, a surrogate model and a legal agent are not agents, even beside an agent word', () => {
    expect(has(`${AI_ZH}Agent 的请求经过反向代理，再由代理服务器转发。`, 'ai-agents')).toBe(true); // the Agent itself
    expect(marks(`${AI_ZH}Agent 的请求经过反向代理，再由代理服务器转发。`, 'ai-agents')).toEqual(['Agent']);
    expect(marks(`${AI_ZH}Agent 评测里用代理模型和代理指标，专利代理人另有其人。`, 'ai-agents')).toEqual(['Agent']);
    // A user-agent page decides the bare agent words, 代理 included.
    expect(has(`${AI_ZH}浏览器的使用者代理字符串。代理人 (Agent) 与代理。`, 'ai-agents')).toBe(false);
  });

  it('a bare "Agent" elsewhere in the line does not make a proxy 代理 an agent', () => {
    expect(marks(`${AI_ZH}推理服务前面放了一个 Nginx 代理，Agent 请求先到这里。`, 'ai-agents')).toEqual(['Agent']);
    expect(marks(`${AI_ZH}HTTP 代理的配置，以及 Agent 代理了用户的请求。`, 'ai-agents')).toEqual(['Agent']);
    expect(marks(`${AI_ZH}这家公司是英伟达的总代理，也代理 AMD 显卡。`, 'ai-agents')).toEqual([]);
  });

  it('工具使用 is tool use; a tool’s 使用说明, or "this tool uses", is not', () => {
    expect(has(`${AI_ZH}模型具备多步工具使用和复杂推理能力。`, 'ai-agents')).toBe(true);
    expect(has(`${AI_ZH}這些模型結合推理能力與完整工具使用。`, 'ai-agents')).toBe(true);
    expect(has(`${AI_ZH}量化工具使用说明：先安装依赖。`, 'ai-agents')).toBe(false);
    expect(has(`${AI_ZH}本工具使用 Python 编写，用于模型量化。`, 'ai-agents')).toBe(false);
  });

  it('compounds only an agent makes: 代理编排, 代理协作, 代理AI (not proxying AI requests)', () => {
    expect(has(`${AI_ZH}前沿代理編排能力。`, 'ai-agents')).toBe(true);
    expect(has(`${AI_ZH}3. 代理AI與邊緣運用。`, 'ai-agents')).toBe(true);
    expect(has(`${AI_ZH}网关负责代理 AI 请求。`, 'ai-agents')).toBe(false);
    expect(has(`${AI_ZH}模型具备强大的代理能力，可以搭建代理工作流。`, 'ai-agents')).toBe(true);
    expect(has(`${AI_ZH}自主代理與編程代理。`, 'ai-agents')).toBe(true);
  });

  it('lower-case "agent" beside Chinese, and an English gloss in brackets, count; English prose without agent words does not', () => {
    expect(marks(`${AI_ZH}適合企業級 agent 系統。Claude Code (CLI Agent) 代表了新做法。`, 'ai-agents')).toEqual([
      'agent',
      'Agent',
    ]);
    // The AI words on a line of their own: since 2026-12-02 English prose counts beside them (below).
    expect(has(`${AI}\nThe Jenkins agent (Agent) runs builds; a travel agent books flights.`, 'ai-agents')).toBe(false);
  });
});

describe('AI context on launch news', () => {
  it('a page about reasoning models is an AI page, so bare o3 and AGI count', () => {
    const text =
      'OpenAI ended its event with o3, a new family of reasoning models, and o3-mini. It says o3 approaches AGI.';
    expect(marks(text, 'openai-o3')).toEqual(['o3', 'o3-mini', 'o3']);
    expect(has(text, 'agi')).toBe(true);
  });

  it('named models of the big labs make launch news an AI page', () => {
    expect(has('Anthropic released Claude Opus 4, a new AI system; the company says the model nears AGI.', 'agi')).toBe(
      true,
    );
    expect(has('百度发布文心一言新版本，称这一 AI 模型离 AGI 更近。', 'agi')).toBe(true);
    // A class guide that allows ChatGPT (GPT-4o) still means the citation style by MLA.
    expect(
      has(
        'Students may use ChatGPT (GPT-4o), an AI model by OpenAI, if they cite it in MLA format. MLA requires a date.',
        'multi-head-latent-attention',
      ),
    ).toBe(false);
  });

  it('without AI words, O3 and AGI keep their other senses', () => {
    expect(has('Ozone (O3) levels rose. Your AGI is your adjusted gross income on the tax return.', 'agi')).toBe(false);
    expect(has('Ozone (O3) levels rose, the o3 sensor said.', 'openai-o3')).toBe(false);
  });
});

describe('Cursor the editor on a page that also has a text cursor', () => {
  const page = `${AI_ZH}它根據你的游標位置預測下一段。\n為什麼 Claude Code 這麼強？反觀 Cursor 卻能預測。\nCursor 的強項在於「預測」。\n`;

  it('a line that names another AI coding tool or the editor keeps "Cursor"', () => {
    expect(marks(page, 'cursor')).toEqual(['Cursor']);
    expect(marks(`${AI}Move the mouse cursor.\nCursor, like Copilot, completes code in the IDE.\n`, 'cursor')).toEqual([
      'Cursor',
    ]);
  });

  it('a database or text cursor page keeps its sense where no such word is near', () => {
    expect(has(`${AI}Open a database cursor.\nCursor objects iterate over rows.\n`, 'cursor')).toBe(false);
    expect(has(`${AI_ZH}資料庫游標。\nCursor 逐行讀取結果。\n`, 'cursor')).toBe(false);
  });
});

describe('contract forms the aliases missed', () => {
  it('high throughput is batch inference beside a batch word, in both scripts; a kernel’s throughput is not', () => {
    expect(marks(`${AI}High-throughput batch inference: for synthetic data.`, 'batch-inference')).toEqual([
      'High-throughput',
      'batch inference',
    ]);
    expect(marks(`${AI_ZH}高吞吐量的批量处理，以及大规模批处理/高吞吐场景。`, 'batch-inference')).toEqual([
      '高吞吐',
      '批处理',
      '高吞吐',
    ]);
    expect(has(`${AI}High-throughput GEMM kernels on Tensor Cores.`, 'batch-inference')).toBe(false);
    expect(has(`${AI_ZH}這款晶片提供高吞吐、低延遲的推論。`, 'batch-inference')).toBe(false);
    // A batch size or a batch deployment is no batch workload.
    expect(has(`${AI_ZH}高吞吐量的 GEMM 内核，批量大小为 64，适合批量部署。`, 'batch-inference')).toBe(false);
  });

  it('Instinct is AMD’s before a model or GPU word; Basic Instinct and a Garmin Instinct are not', () => {
    expect(marks(`${AI_ZH}AMD 預告2027年推出Instinct MI500X系列。`, 'amd')).toEqual(['AMD', 'Instinct']);
    expect(has('Supports the datacenter (CDNA/Instinct) GPU families.', 'amd')).toBe(true);
    expect(has(`${AI}Basic Instinct is a film; the Garmin Instinct 2 is a watch; a killer Instinct.`, 'amd')).toBe(
      false,
    );
  });

  it('lower-case inductor is the PyTorch backend on an AI page, not an electrical part', () => {
    expect(has(`${AI_ZH}model = torch.compile(model)\ninductor 执行过程：捕获图。`, 'torch-compile')).toBe(true);
    expect(has(`${AI}The most important optimization that inductor performs is fusion.`, 'torch-compile')).toBe(true);
    expect(has(`${AI}The GPU board's power inductor and the inductor coils whine.`, 'torch-compile')).toBe(false);
    expect(has('An inductor stores energy in a magnetic field.', 'torch-compile')).toBe(false);
    expect(has(`${AI}The inductor in the VRM whines; power inductors run hot.`, 'torch-compile')).toBe(false);
  });

  it('lower-case cuda on an AI page is CUDA; not inside a longer word or on other pages', () => {
    expect(has(`${AI_ZH}\ncuda linux内核\n`, 'nvidia')).toBe(true);
    expect(has(`${AI}A barracuda swims.`, 'nvidia')).toBe(false);
    expect(has('cuda is a word in some language.', 'nvidia')).toBe(false);
  });

  it('an emoji before a name is no letter: "⚡️⚡️FlashAttention-2", "✔️CUDA"', () => {
    expect(has('## ⚡️⚡️FlashAttention-2 MMA: Write FlashAttention', 'flash-attention')).toBe(true);
    expect(marks('|✔️CUDA/**Tensor Cores**|', 'nvidia')).toEqual(['CUDA']);
  });

  it('bare 开源 / 闭源 is an open or closed model only with a model word close after it in the clause', () => {
    expect(has(`${AI_ZH}其開源和低成本特性，使其對閉源收費模型形成壓力。`, 'open-models')).toBe(true);
    expect(has(`${AI_ZH}阿里开源了 Qwen3 模型。`, 'open-models')).toBe(true);
    expect(has(`${AI_ZH}vLLM 是开源框架，支持多种模型。开源项目中的模型。`, 'open-models')).toBe(false);
    expect(has(`${AI_ZH}NVIDIA 的闭源驱动和开源驱动。`, 'open-models')).toBe(false);
  });

  it('bare Gluon is Triton’s with Triton in the line; MXNet’s Gluon is not', () => {
    expect(has('Gluon: a GPU programming language based on the same compiler stack as Triton', 'gluon')).toBe(true);
    expect(has(`${AI}Gluon is the imperative interface of Apache MXNet for deep learning.`, 'gluon')).toBe(false);
    expect(has(`${AI}Gluon is MXNet's API; Triton Inference Server can serve MXNet models.`, 'gluon')).toBe(false);
  });

  it('prefix reuse and sharing are prefix caching; "non-prefix sharing" is not', () => {
    expect(has(`${AI}Why prefix reuse matters: many requests share a system prompt.`, 'prefix-caching')).toBe(true);
    expect(has(`${AI_ZH}RadixAttention 实现了前缀复用。`, 'prefix-caching')).toBe(true);
    expect(has(`${AI}Non-prefix sharing cannot be matched by the hash.`, 'prefix-caching')).toBe(false);
    expect(has(`${AI}BGP prefix reuse and IPv6 prefix sharing across GPU clusters.`, 'prefix-caching')).toBe(false);
  });
});

describe('more contract forms and their plain spellings', () => {
  it('lower-case triton is the package on an AI page; the server still decides it', () => {
    expect(has(`${AI}The triton middle-end simply cannot keep up.`, 'triton')).toBe(true);
    expect(has(`${AI}Deploy the model with Triton Inference Server; the triton container serves it.`, 'triton')).toBe(
      false,
    );
    expect(has('Neptune’s moon triton is cold.', 'triton')).toBe(false);
  });

  it('FA4 is FlashAttention-4 on an AI page, as FA2 and FA3 are', () => {
    expect(has(`${AI}The FA4 backend runs on B200.`, 'flash-attention')).toBe(true);
    expect(has('The FA4 form is due; the FA Cup final.', 'flash-attention')).toBe(false);
  });

  it('Taiwan phrasings: 資料搬移, 每百萬個 token, 封閉模型, 文字生成影片', () => {
    expect(has(`${AI_ZH}資料搬移是推論的瓶頸。`, 'memory-bound-inference')).toBe(true);
    expect(has(`${AI_ZH}每百萬個 token 的價格。`, 'inference-cost')).toBe(true);
    expect(has(`${AI_ZH}封閉模型與開源模型。`, 'open-models')).toBe(true);
    expect(has(`${AI_ZH}文字生成影片的模型。`, 'video-generation')).toBe(true);
  });

  it('the plural Transformers, paged KV, 访存密集, token 成本, 人工通用智能', () => {
    expect(has(`${AI}Transformers are the dominant architecture.`, 'transformer')).toBe(true);
    expect(has('Transformers: Rise of the Beasts is a film; electrical transformers hum.', 'transformer')).toBe(false);
    expect(
      has(`${AI}Transformers: Rise of the Beasts topped the box office. Transformers are everywhere.`, 'transformer'),
    ).toBe(false);
    expect(has(`${AI}PagedAttention manages paged KV blocks.`, 'kv-cache')).toBe(true);
    expect(has(`${AI_ZH}解码阶段是访存密集型的。`, 'memory-bound-inference')).toBe(true);
    expect(has(`${AI_ZH}每個 token 的成本下降，token 成本只有去年的一成。`, 'inference-cost')).toBe(true);
    expect(has('在 Python 里用 token 成本估算表。', 'inference-cost')).toBe(false);
    expect(has(`${AI_ZH}实现人工通用智能。`, 'agi')).toBe(true);
  });

  it('AMD’s Instinct series by its numbers, MI300 to MI500', () => {
    expect(marks('AMD MI450 and MI500 GPUs; MI355 and MI300.', 'amd')).toEqual([
      'AMD',
      'MI450',
      'MI500',
      'MI355',
      'MI300',
    ]);
    expect(has('MI5 and MI6 are intelligence agencies; Xiaomi Mi 13.', 'amd')).toBe(false);
  });

  it('开源 with a model a few words on: 阿里开源的 Qwen3 系列模型', () => {
    expect(has(`${AI_ZH}阿里开源的 Qwen3 系列模型。`, 'open-models')).toBe(true);
    expect(has(`${AI_ZH}开源社区的 Llama 模型微调工具。`, 'open-models')).toBe(false);
  });
});

describe('a URL is no prose, for decisions too', () => {
  it('a link to the inference server decides nothing; the name in prose still does', () => {
    const thread = `${AI}Is this Triton's reply to tilus? Stay within the Triton ecosystem.\nhttps://github.com/triton-inference-server/server`;
    expect(marks(thread, 'triton').length).toBe(2);
    expect(has(`${AI}Deploy with Triton Inference Server. Triton batches requests.`, 'triton')).toBe(false);
  });

  it('a slash between Chinese words is prose; a path is still code', () => {
    expect(has(`${AI_ZH}大规模批处理/高吞吐场景`, 'batch-inference')).toBe(true);
    expect(has(`${AI}Set the path to /usr/local/cuda/bin.`, 'nvidia')).toBe(false);
  });
});

describe('pages about AI coding tools are AI pages', () => {
  it('Cursor and Windsurf on a page comparing AI editors, in both scripts', () => {
    const hant = '這陣子 AI IDE 百家爭鳴：Windsurf 出來了，它是不是比 Cursor 強？寫 Code 時 Cursor 很順。';
    expect(marks(hant, 'windsurf')).toEqual(['Windsurf']);
    expect(marks(hant, 'cursor')).toEqual(['Cursor', 'Cursor']);
    const hans = '我每天用 AI编程 工具：Windsurf 和 Cursor 都能改代码。';
    expect(has(hans, 'windsurf')).toBe(true);
  });

  it('an English page on Cursor’s AI autocomplete, where the blinking text cursor stays unmarked', () => {
    const post = 'I work in Cursor all day; it is agentic. Tab is Cursor’s AI-powered autocomplete, beside the cursor.';
    expect(marks(post, 'cursor')).toEqual(['Cursor', 'Cursor']);
  });

  it('windsurfing and a text cursor stay unmarked without the coding tools’ words', () => {
    expect(has('週末去海邊 Windsurf，教練說 AI 時代也要運動。', 'windsurf')).toBe(false);
    expect(has('Move the Cursor to the end of the line; AI is not involved.', 'cursor')).toBe(false);
  });
});

describe('量化策略 decides a page only while the page names model quantization nowhere else', () => {
  it('a model quantization page that says 量化策略 keeps its bare 量化, in both scripts', () => {
    expect(
      has(`${AI_ZH}不同场景需要不同的量化策略。训练后量化不需要重新训练。量化技术降低精度。`, 'quantization'),
    ).toBe(true);
    expect(
      marks(`${AI_ZH}不同場景需要不同的量化策略。訓練後量化不需重新訓練。量化技術降低精度。`, 'quantization'),
    ).toContain('量化');
  });

  it('a quant fund’s 量化策略 still decides the page, with or without 量化交易', () => {
    expect(has(`${AI_ZH}我们的量化策略用深度学习选股，量化模型每天调仓。`, 'quantization')).toBe(false);
    expect(has(`${AI_ZH}量化交易平台：量化策略回报率高，量化模型每日調倉。`, 'quantization')).toBe(false);
  });

  it('a bit width said of weights (4位表示, 8位整数), not a count of people (4位专家)', () => {
    expect(marks(`${AI_ZH}每个参数仅用4位表示，激活用8位整数。`, 'quantization')).toEqual(['4位表示', '8位整数']);
    expect(has(`${AI_ZH}会议邀请了4位专家和8位嘉宾。`, 'quantization')).toBe(false);
    // A count of people after 共/有/约/了, also beside quantization words (round 11b).
    expect(marks(`${AI_ZH}本次研讨会的嘉宾共8位，都在研究模型量化；另有4位，约8位。`, 'quantization')).toEqual([
      '模型量化',
    ]);
  });
});

describe('headings, labels and diagrams', () => {
  it('an alias never runs over a blank line: a heading’s last word and the paragraph’s first are apart', () => {
    const post = `${AI}\n\nWriting Fused Kernels with Triton\n\nKernel fusion removes round-trips to HBM.`;
    expect(marks(post, 'gpu-kernels')).toContain('Kernel fusion');
    expect(marks(post, 'triton')).toEqual(['Triton']);
    // A line wrapped inside a paragraph is still one phrase.
    expect(marks(`${AI}Write a Triton\nkernel for it.`, 'triton')).toEqual(['Triton\nkernel']);
  });

  it('a Latin label before a colon in Chinese text is no identifier ("Nsight Systems:NVIDIA 系統級…")', () => {
    expect(has(`${AI_ZH}Nsight Systems:NVIDIA 系統級分析工具，觀察 CPU 與 GPU。`, 'nvidia')).toBe(true);
    expect(has(`${AI_ZH}Nsight Systems:NVIDIA 系统级分析工具。`, 'nvidia')).toBe(true);
    expect(has(`${AI}docker pull nvidia/cuda:NVIDIA-12 here`, 'nvidia')).toBe(false);
  });

  it('bare Agent in a Chinese text diagram, past its arrows and box lines, in both scripts', () => {
    expect(has(`${AI_ZH}\n   Agent ←───┴───→ 插件系统\n`, 'ai-agents')).toBe(true);
    expect(has(`${AI_ZH}\n   Agent ←───┴───→ 插件系統\n`, 'ai-agents')).toBe(true);
    // An English user agent in a diagram stays unmarked.
    expect(has(`${AI}\n   Agent ←───┴───→ Server\n`, 'ai-agents')).toBe(false);
  });
});

describe('more spellings of the contract’s forms', () => {
  it('"Key-Value (KV) caching" is the KV cache; a key-value store is not', () => {
    expect(marks(`${AI}Key-Value (KV) caching is used in LLM decoding.`, 'kv-cache')).toEqual([
      'Key-Value (KV) caching',
    ]);
    expect(has('Redis is a key-value store with TTLs.', 'kv-cache')).toBe(false);
  });

  it('"tool call" of a model is agentic; a call to a hardware tool on a non-AI page is not marked', () => {
    expect(marks(`${AI_ZH}模型输出的 tool call 交给执行器。`, 'ai-agents')).toEqual(['tool call']);
    expect(has(`${AI}The model emits Tool Calls in JSON.`, 'ai-agents')).toBe(true);
    expect(has('Call the tool rental shop: each tool call costs $5.', 'ai-agents')).toBe(false);
  });
});

describe('active parameters and the turn to agents in Chinese', () => {
  it('活躍參數 / 活跃参数 of an MoE, in both scripts; not on a page that is no AI page', () => {
    expect(marks(`${AI_ZH}推理時僅啟用 5.1B 活躍參數。`, 'mixture-of-experts')).toEqual(['活躍參數']);
    expect(marks(`${AI_ZH}推理时仅启用 5.1B 活跃参数。`, 'mixture-of-experts')).toEqual(['活跃参数']);
    expect(has('本周社区的活跃参数统计：发帖人数上升。', 'mixture-of-experts')).toBe(false);
  });

  it('代理化 is the turn to agents, in both scripts; a reverse proxy’s 代理化 is not', () => {
    expect(has(`${AI_ZH}系統商全面轉向代理化。`, 'ai-agents')).toBe(true);
    expect(has(`${AI_ZH}系统商全面转向代理化。`, 'ai-agents')).toBe(true);
    expect(has(`${AI_ZH}把服务反向代理化以后再部署。`, 'ai-agents')).toBe(false);
  });
});

describe('a name before a colon or a question mark in Chinese prose', () => {
  it('a line that is only "Name:Name" is a heading, both names counted, in both scripts', () => {
    expect(marks(`${AI_ZH}\n一、核心原理对比\n\nvLLM:PagedAttention\n\nvLLM 的核心创新是分页。`, 'vllm')).toEqual([
      'vLLM',
      'vLLM',
    ]);
    expect(marks(`${AI_ZH}\n## SGLang:RadixAttention\nSGLang 核心創新是前綴共享。`, 'sglang')).toEqual([
      'SGLang',
      'RadixAttention',
      'SGLang',
    ]);
    // Code keeps its identifiers whole: an image tag, a lower-case scheme, a colon inside a longer token.
    expect(has(`${AI_ZH}\ndocker pull vllm:latest\n`, 'vllm')).toBe(false);
    expect(has(`${AI_ZH}\nimage: repo/vLLM:PagedAttention\n`, 'vllm')).toBe(false);
    expect(has(`${AI_ZH}\nx = ns:vLLM:Engine\n`, 'vllm')).toBe(false);
  });

  it('a question mark after a name ends the question; a URL query stays code', () => {
    expect(marks(`${AI_ZH}\n## 什麼是 KV Cache?LLM 推理的「短期記憶」`, 'kv-cache')).toEqual(['KV Cache']);
    expect(marks(`${AI_ZH}\n什么是 vLLM?SGLang 又是什么?`, 'vllm')).toEqual(['vLLM']);
    expect(has(`${AI_ZH}\n打开 https://example.com/search?vLLM=1 查看`, 'vllm')).toBe(false);
    expect(has(`${AI_ZH}\n请求 /api/run?engine=vLLM&mode=fast`, 'vllm')).toBe(false);
  });
});

describe('number formats and model lines with a space', () => {
  it('MXFP8 and MXFP6 are quantization formats; a longer identifier is not', () => {
    expect(marks(`${AI}| MXFP8 | 8 | Blackwell (2024) |`, 'quantization')).toEqual(['MXFP8']);
    expect(marks(`${AI_ZH}权重以 MXFP6 存储。`, 'quantization')).toEqual(['MXFP6']);
    expect(has(`${AI}call run_mxfp8_gemm(x) here`, 'quantization')).toBe(false);
  });

  it('Instinct before "MI 455X" (a space in the model number) is AMD; other instincts are not', () => {
    expect(has('超微執行長在展會秀出新一代AI加速器Instinct MI 455X。', 'amd')).toBe(true);
    expect(has('超微执行长展示了新一代AI加速器Instinct MI 455X。', 'amd')).toBe(true);
    expect(has('The Garmin Instinct MIGHT be the best watch.', 'amd')).toBe(false);
    expect(has('他靠 Instinct 做決定,而非 MIT 的模型。', 'amd')).toBe(false);
  });
});

describe('high throughput with a workload named right after it', () => {
  it('高吞吐(量)场景 / 的工作负载 is a high-throughput workload, in both scripts', () => {
    expect(marks(`${AI_ZH}实时聊天机器人、大规模内容生成、推荐系统等高吞吐量场景`, 'batch-inference')).toEqual([
      '高吞吐',
    ]);
    expect(marks(`${AI_ZH}適合高吞吐量場景與高吞吐的工作負載。`, 'batch-inference')).toEqual(['高吞吐', '高吞吐']);
  });

  it('a chip, a kernel, a store, a queue or a network with high throughput stays unmarked', () => {
    expect(has(`${AI_ZH}這款晶片提供高吞吐、低延遲的推論。`, 'batch-inference')).toBe(false);
    expect(has(`${AI_ZH}Kafka 适用于高吞吐量场景。`, 'batch-inference')).toBe(false);
    expect(has(`${AI_ZH}分散式儲存的高吞吐量場景。`, 'batch-inference')).toBe(false);
    expect(has(`${AI_ZH}交换机网络的高吞吐场景。`, 'batch-inference')).toBe(false);
  });
});

describe('bare "networking" beside a cluster fabric word', () => {
  it('is the interconnect with InfiniBand, RDMA, a fabric or TCP/IP in its line', () => {
    expect(marks(`${AI}Plugins rely on InfiniBand fabrics or slower TCP/IP networking.`, 'interconnect')).toEqual([
      'InfiniBand',
      'networking',
    ]);
    expect(marks(`${AI}GPU 集群之间以 RDMA networking 相连。`, 'interconnect')).toEqual(['RDMA', 'networking']);
  });

  it('social networking, a networking event or a home network stay unmarked', () => {
    expect(has(`${AI}A social networking site for GPU fans.`, 'interconnect')).toBe(false);
    expect(has(`${AI}Networking events at the LLM summit.`, 'interconnect')).toBe(false);
    expect(has(`${AI}Home networking with a Wi-Fi router.`, 'interconnect')).toBe(false);
  });
});

describe('开源 as a property of the model a sentence is about', () => {
  it('其開源和低成本特性, 它同時具備開源可商用: the model named before is open', () => {
    expect(marks(`${AI_ZH}DeepSeek V3.1 已追平 GPT-5。其開源和低成本特性，使它更受歡迎。`, 'open-models')).toEqual([
      '開源',
    ]);
    expect(marks(`${AI_ZH}GPT-OSS 系列強調它同時具備開源可商用與可落地部署兩大特性。`, 'open-models')).toEqual([
      '開源',
    ]);
  });
  it('not 尤其开源, nor software after 其开源 (社区, 项目), nor 其开源 alone', () => {
    const software = `${AI_ZH}公司宣布其开源社区规模扩大。尤其开源和闭源之争。其开源项目和文档。它开源了代码。`;
    expect(marks(software, 'open-models')).toEqual([]);
  });
});

describe('agentic AI in business writing, and agent capabilities by function calling', () => {
  it('代理型AI counts on a page with few other AI words', () => {
    expect(marks('在由代理型AI驅動的數位轉型浪潮裡，企業投資與發展AI應用。', 'ai-agents')).toEqual(['代理型AI']);
  });
  it('代理功能 beside 功能调用 is an agent capability; a browser’s 代理功能 is a proxy', () => {
    expect(marks(`${AI_ZH}GPT-OSS 系列展现出强大的代理功能，支持功能调用、网页交互。`, 'ai-agents')).toEqual(['代理']);
    expect(marks(`${AI_ZH}浏览器的代理功能可以设置 HTTP 代理。`, 'ai-agents')).toEqual([]);
  });
});

describe('bare 代理 on AI-coding pages', () => {
  it('an AI-coding line makes bare 代理 the agent (Taiwan writes agent so)', () => {
    expect(marks(`${AI_ZH}\nAI 寫程式的三大流派:手感 vs. 代理 vs. 上帝視角。`, 'ai-agents')).toEqual(['代理']);
  });
  it('a proxy set up, switched on or needed to reach the tools is no agent', () => {
    const proxy = `${AI_ZH}\nAI编程工具需要代理才能用，在 Cursor 中配置代理，开启全局代理，代理地址填 127.0.0.1，通过代理访问。`;
    expect(marks(proxy, 'ai-agents')).toEqual([]);
    expect(marks(`${AI_ZH}\nvibe coding 工具的代理設置與系統代理。`, 'ai-agents')).toEqual([]);
  });
});

describe('bare "agent(s)" in English prose about AI agents (the guide’s decision of 2026-12-02)', () => {
  it('counts beside tool calls, a coding tool, a model or agent words', () => {
    expect(marks(`${AI}\nClaude Code is a CLI agent. It runs in your terminal.`, 'ai-agents')).toEqual(['agent']);
    expect(
      marks(`${AI}\nA 200 response does not tell you which tool call failed, or why the agent looped.`, 'ai-agents'),
    ).toEqual(['tool call', 'agent']);
    expect(marks(`${AI}\nThey see HTTP requests. Agent systems create workflows.`, 'ai-agents')).toEqual(['Agent']);
    expect(marks(`${AI}\nRetrying step 11 of an agent workflow is not easy.`, 'ai-agents')).toEqual(['agent']);
  });
  it('not a line without them, nor on a page that is not about AI', () => {
    expect(marks(`${AI}\nThe agent sat at the desk and waited.`, 'ai-agents')).toEqual([]);
    expect(marks('Claude Code is a CLI agent.', 'ai-agents')).toEqual([]);
  });
  it('never a travel, support or Jenkins agent, a chemical agent or agent-based modelling', () => {
    const others = [
      'AI will not replace the travel agent who books your flights.',
      'The AI model helps call-center agents answer tickets; claims agents review them.',
      'The Jenkins agent runs the model tests on a GPU node.',
      'Contrast agents and chemical agents in AI imaging.',
      'An agent-based model of the market, simulated with AI.',
      'Agents of change in AI policy; Agent Orange.',
    ];
    for (const line of others) expect(marks(`${AI}\n${line}`, 'ai-agents')).toEqual([]);
  });
  it('in Chinese text the gloss still counts: 多代理协作 (build your agent team)', () => {
    expect(marks(`${AI_ZH}\n实现多代理协作 (build your agent team)。`, 'ai-agents')).toEqual(['多代理', 'agent']);
  });
});

describe('names joined by "+" in a list are prose', () => {
  it('GPU+NVLink+CUDA names NVIDIA’s stack', () => {
    expect(marks(`${AI_ZH}儘管英偉達目前憑藉GPU+NVlink+CUDA壟斷了AI算力90%的市場。`, 'nvidia')).toEqual([
      '英偉達',
      'CUDA',
    ]);
  });
  it('an expression or a version’s build tag is still code', () => {
    expect(marks(`${AI}pip install torch==2.4.0+cuda121 and x+cuda_home`, 'nvidia')).toEqual([]);
  });
});

describe('the O3 model as Chinese news capitalises it', () => {
  it('"OpenAI全新O3模型" and "the O3 model" are o3; ozone is not, nor a bare O3', () => {
    expect(marks(`${AI_ZH}随着OpenAI全新O3模型的发布，我进行了评测。`, 'openai-o3')).toEqual(['O3模型']);
    expect(marks(`${AI}The O3 model beats o1.`, 'openai-o3')).toEqual(['O3 model']);
    expect(marks('臭氧 O3 模型预测空气质量，O3 浓度升高。', 'openai-o3')).toEqual([]);
    expect(marks(`${AI}Ground-level O3 rises in summer.`, 'openai-o3')).toEqual([]);
  });
});

describe('Cursor beside what only the AI editor does, on a page that also has a 游標', () => {
  it('a model predicting the next tokens keeps "Cursor"; a result set’s cursor stays out', () => {
    const editor = `${AI_ZH}\n它根據你的游標位置補全。\nCursor 的強項在於「預測」：背後有一個輕量級模型，預測你接下來 5 到 10 個 token。`;
    expect(marks(editor, 'cursor')).toEqual(['Cursor']);
    expect(marks(`${AI_ZH}\n数据库游标。\nCursor 指向结果集的当前行。`, 'cursor')).toEqual([]);
  });
});

describe('the seventh round: forms the tuning part showed missed', () => {
  it('bare "rollout" in English counts in a GRPO or RL line, not as a product roll-out', () => {
    const rl = `${AI}\nThe model generates a response or "rollout"; in GRPO it samples several per prompt.`;
    expect(marks(rl, 'rl-rollouts')).toEqual(['rollout']);
    expect(marks(`${AI}\nThe rollout of the new model to all users starts Monday.`, 'rl-rollouts')).toEqual([]);
  });

  it('"128 total experts" is a count of experts; "10 total experts said" is people', () => {
    expect(
      marks(`${AI}\ngpt-oss-120b has 128 total experts and 4 active experts per token.`, 'mixture-of-experts'),
    ).toEqual(['128 total experts', 'active experts']);
    expect(marks(`${AI}\nWe asked 10 total experts who said the plan works.`, 'mixture-of-experts')).toEqual([]);
  });

  it('8位浮点 / 4位浮点 is a number format’s width; 4位专家 are people', () => {
    expect(marks(`${AI_ZH}FP8是一种8位浮点数格式；MXFP4 是4位浮點量化。`, 'quantization')).toEqual([
      'FP8',
      '8位浮点',
      'MXFP4',
      '4位浮點',
      '量化',
    ]);
    expect(marks(`${AI_ZH}我们请了4位专家和8位同学。`, 'quantization')).toEqual([]);
  });

  it('HBM weighed against SRAM is the memory bottleneck; a spec line’s HBM stays out', () => {
    expect(
      marks(`${AI_ZH}\nGroq 的 LPU 做了一個決策：捨棄 HBM（高頻寬記憶體），全用 SRAM。`, 'memory-bound-inference'),
    ).toEqual(['HBM', '高頻寬記憶體']);
    expect(marks(`${AI_ZH}\n規格：80GB HBM，功耗 700W。`, 'memory-bound-inference')).toEqual([]);
  });

  it('a card joined to "GPU" (单个H100GPU) is NVIDIA’s', () => {
    expect(marks(`${AI_ZH}可完美适配单个H100GPU的运算架构。`, 'nvidia')).toEqual(['H100GPU']);
    expect(marks(`${AI_ZH}可完美适配单个H100 GPU。`, 'nvidia')).toEqual(['H100 GPU']);
  });

  it('bare 代理 beside AI 智慧代理, 多重代理 or the language models it runs on is the AI agent', () => {
    const agents = `${AI_ZH}\n從使用單一代理邁向多重代理系統，我們將見證 AI 智慧代理自主性越來越高。`;
    // "AI 智慧代理" is an alias of its own since round 13, so the mark covers the AI too.
    expect(marks(agents, 'ai-agents')).toEqual(['代理', '多重代理', 'AI 智慧代理']);
    expect(marks(`${AI_ZH}\n代理系統可以使用大型語言模型的模式比對能力。`, 'ai-agents')).toEqual(['代理']);
    // A proxy in a line without those words stays out, and so does a proxy server beside an LLM.
    expect(marks(`${AI_ZH}\n这个代理可以转发请求。`, 'ai-agents')).toEqual([]);
    expect(marks(`${AI_ZH}\n用代理服务器访问大型语言模型。`, 'ai-agents')).toEqual([]);
  });
});

describe('Cursor the editor named in its line, on a page that also has other cursors', () => {
  const page = (line: string) => `${AI}\nThe mouse cursor is an arrow; a text cursor blinks.\n${line}`;
  it('the AI coding assistant, or a feature built into or existing in Cursor', () => {
    expect(marks(page('In Programming Tools like Cursor (the AI coding assistant)'), 'cursor')).toEqual(['Cursor']);
    expect(marks(page('We implemented the shadow workspace into Cursor.'), 'cursor')).toEqual(['Cursor']);
    expect(marks(page('The implementation that exists in Cursor today.'), 'cursor')).toEqual(['Cursor']);
  });
  it('a capitalised Cursor that starts a line about the pointer stays out', () => {
    expect(marks(page('Cursor shapes change with the task.'), 'cursor')).toEqual([]);
  });
});

describe('the eighth round: forms the pages plainly use', () => {
  it('Cursor Tab and what it predicts, on a page that also has multiple text cursors', () => {
    const page = (line: string) => `${AI}\nMulti-cursor editing puts a text cursor on every match.\n${line}`;
    expect(marks(page("Cursor's Tab completion goes far beyond one line."), 'cursor')).toEqual(['Cursor']);
    expect(marks(page('How Cursor Tab Reads Intent'), 'cursor')).toEqual(['Cursor']);
    expect(marks(page('When you start editing, Cursor often predicts the next edit.'), 'cursor')).toEqual(['Cursor']);
    expect(marks(page('Cursor blinks at the end of the line.'), 'cursor')).toEqual([]);
  });

  it('生成视频 and 文本转视频 are video generation; a video export on a page about no AI is not', () => {
    expect(marks(`${AI_ZH}\n目前最流行的生成视频模型支持文本转视频 (T2V)。`, 'video-generation')).toEqual([
      '生成视频',
      '文本转视频',
    ]);
    expect(marks(`${AI_ZH}\n目前最流行的生成視頻模型支持文本轉視頻。`, 'video-generation')).toEqual([
      '生成視頻',
      '文本轉視頻',
    ]);
    expect(marks('剪辑完成后点击导出，生成视频文件。', 'video-generation')).toEqual([]);
  });

  it('"state space layers", "open-source large language model", 多专家模型, 批量 API', () => {
    expect(marks(`${AI}It mixes attention layers with Mamba-2 state space layers.`, 'state-space-models')).toEqual([
      'Mamba-2 state space layers',
    ]);
    expect(marks(`${AI}The attention layers use state space layers too.`, 'state-space-models')).toEqual([
      'state space layers',
    ]);
    expect(marks(`${AI}Kimi K2 is an open-source large language model.`, 'open-models')).toEqual([
      'open-source large language model',
    ]);
    expect(marks(`${AI_ZH}超大规模多专家模型 (MoE) 的通信。`, 'mixture-of-experts')).toEqual(['多专家模型', 'MoE']);
    expect(marks(`${AI_ZH}多專家模型很稀疏。`, 'mixture-of-experts')).toEqual(['多專家模型']);
    expect(marks(`${AI_ZH}通过批量 API 发送批量请求，价格降低 50%。`, 'batch-inference')).toEqual(['批量 API']);
    // aiOnly: a shop's bulk endpoints on a page about no AI.
    expect(marks('商品管理支持批量API导入订单。', 'batch-inference')).toEqual([]);
  });

  it('per-million-token pricing is inference cost; optical circuit switching is a cluster interconnect', () => {
    expect(marks(`${AI}Concrete per-million-token pricing for each batch API.`, 'inference-cost')).toEqual([
      'per-million-token pricing',
    ]);
    expect(marks(`${AI}Google rewires TPU pods with optical circuit switching (OCS).`, 'interconnect')).toEqual([
      'optical circuit switching',
    ]);
    expect(marks(`${AI_ZH}\n押在一項名為「光電路交換」的技術上。`, 'interconnect')).toEqual(['光電路交換']);
    expect(marks('The telecom carrier deployed optical circuit switching in its metro ring.', 'interconnect')).toEqual(
      [],
    );
  });

  it('an AI browser page with AI 代理 is AI context; a proxy page is not', () => {
    const browser = '都在卷 AI 浏览器(ChatGPT Atlas 发布)。再叠上 “AI 代理”——能在页面里读、写、点、拖。';
    expect(marks(browser, 'ai-agents')).toEqual(['AI 代理']);
    expect(marks('配置 HTTP 代理后，浏览器通过代理访问网页。', 'ai-agents')).toEqual([]);
  });
});

describe('robots and world models (round 10)', () => {
  it('a world model beside robots counts on a page that names no other ML word; elsewhere it needs an AI page', () => {
    expect(marks('Getting World Models right will enable lots of exciting robots.', 'world-models')).toEqual([
      'World Models',
    ]);
    expect(marks('机器人需要世界模型来理解环境。', 'world-models')).toEqual(['世界模型']);
    // A person's view of the world, with no robot in its line and no AI on the page.
    expect(marks("A child's world model grows with every question she asks.", 'world-models')).toEqual([]);
    // The robot in another clause is no sign (review of round 10).
    expect(marks('Kids learn a world model by knocking over blocks; robot toys help.', 'world-models')).toEqual([]);
    expect(marks('My world model of the city changed. Robots now deliver pizza.', 'world-models')).toEqual([]);
  });

  it('robotics counts on any page; bare robot(s) on an AI page', () => {
    expect(marks('Real-Time Linux for Robotics: PREEMPT_RT in Practice', 'robotics')).toEqual(['Robotics']);
    expect(
      marks(`${AI}To manipulate the world, a robot needs a 3D understanding of it; robots learn.`, 'robotics'),
    ).toEqual(['robot', 'robots']);
    // Not on a page about no AI: the space probe of a moon page.
    expect(marks('From 24,000 miles the robot space probe surveyed the moon.', 'robotics')).toEqual([]);
  });
});

describe('tokens per second with a slash (round 10, undone in round 19)', () => {
  // Round 10 counted tokens/second and tokens/sec as the contract's form; the dev-set guide's decision of 2026-12-03
  // makes "tokens per second" written as a unit no form, and the twenty-third batch's labellers read it so.
  it('tokens/second, tokens/sec and the tables’ tokens/s are units; tokens per second is the form', () => {
    expect(
      marks(
        'A chat assistant that streams at 200 tokens/second feels alive; Groq runs at 476 tokens/sec, 476 tokens per second.',
        'low-latency-inference',
      ),
    ).toEqual(['tokens per second']);
    expect(marks(`${AI}| Decode (tokens/s) | 11.26 |`, 'low-latency-inference')).toEqual([]);
  });
});

describe('prices per million tokens in Chinese, and cost per inference (round 10)', () => {
  it('the English plural after Chinese, and the price unit 元/百万tokens', () => {
    expect(marks(`${AI_ZH}AI 公司按「每百萬 tokens」收費。`, 'inference-cost')).toEqual(['每百萬 tokens']);
    expect(marks(`${AI_ZH}输入价格定为1元/百万tokens，推理成本高达50美元/百万token。`, 'inference-cost')).toEqual([
      '元/百万tokens',
      '推理成本',
      '美元/百万token',
    ]);
    // A shop's price per item is no token price.
    expect(marks(`${AI_ZH}每百万次调用免费，价格 5 元/件。`, 'inference-cost')).toEqual([]);
  });

  it('cost per inference is the cost of inference', () => {
    expect(marks('Companies care less about raw speed and more about cost per inference.', 'inference-cost')).toEqual([
      'cost per inference',
    ]);
  });
});

describe('calling tools in Chinese, and 智能代理 as AI talk (round 10)', () => {
  it('调用工具 / 呼叫工具 is tool calling; a utility class or toolbar is not', () => {
    expect(marks(`${AI_ZH}代理系統的商業價值取決於其調用外部工具的能力。`, 'ai-agents')).toEqual([
      '代理',
      '調用外部工具',
    ]);
    expect(marks(`${AI_ZH}能呼叫工具或系統(Action)。`, 'ai-agents')).toEqual(['呼叫工具']);
    expect(marks(`${AI_ZH}在 Java 里调用工具类的静态方法，调用工具栏按钮。`, 'ai-agents')).toEqual([]);
    // A helper function, method or script is programming too (review of round 10).
    expect(marks(`${AI_ZH}在脚本里调用工具函数格式化日期。调用工具方法前先初始化。`, 'ai-agents')).toEqual([]);
    expect(marks(`${AI_ZH}程序启动时调用工具脚本清理缓存。`, 'ai-agents')).toEqual([]);
  });

  it("a page on 智能代理 with other AI talk is AI context; a VPN client's 智能代理模式 alone is not", () => {
    const agents = '智能代理工具整合。人工智慧的應用典範正在轉變，過去大型語言模型主要扮演知識問答的角色。';
    expect(marks(agents, 'ai-agents')).toEqual(['智能代理']);
    expect(marks('打开客户端，切换到智能代理模式，再选择节点。', 'ai-agents')).toEqual([]);
  });
});

describe('open models with 式 (round 10)', () => {
  it('開放式模型 / 封閉式模型 are open and closed models on an AI page', () => {
    expect(marks(`${AI_ZH}中國新開發的開放式模型下載量攀升，美國多採封閉式模型。`, 'open-models')).toEqual([
      '開放式模型',
      '封閉式模型',
    ]);
    expect(marks('开放式模型的住宅设计很受欢迎。', 'open-models')).toEqual([]);
  });
});

describe('spelling and word-for-word equivalents (round 10)', () => {
  it('warp-specialised, 首 token 时间, 文本到视频 and 混合结构 beside Jamba', () => {
    expect(marks(`${AI}FA3 uses TMA and warp-specialised pipelining.`, 'gpu-kernels')).toEqual(['warp-specialised']);
    expect(marks(`${AI_ZH}首 token 时间(TTFT)缩短 30-50%。`, 'low-latency-inference')).toEqual([
      '首 token 时间',
      'TTFT',
    ]);
    expect(marks(`${AI_ZH}文本到视频(Text-to-Video, T2V)技术正走向大众。`, 'video-generation')).toEqual([
      '文本到视频',
      'Text-to-Video',
    ]);
    expect(marks(`${AI_ZH}Jamba利用混合结构中的MoE层。`, 'hybrid-models')).toEqual(['Jamba', '混合结构']);
    // A hybrid structure of anything else, with no state-space word in its line.
    expect(marks(`${AI_ZH}这座桥采用钢混合结构。`, 'hybrid-models')).toEqual([]);
  });
});

describe('bare agent words beside what agents do (round 10)', () => {
  it('bare 代理 beside AI 系统, 执行任务 or 自动操作; a proxy stays a proxy', () => {
    expect(marks(`${AI_ZH}\n几乎所有的AI系统都是某种形式的代理。`, 'ai-agents')).toEqual(['代理']);
    expect(marks(`${AI_ZH}\n情境資料正是代理有效執行任務最不可或缺的資訊。`, 'ai-agents')).toEqual(['代理']);
    expect(marks(`${AI_ZH}\n当代理可以“自动操作你的电脑/网页”时。`, 'ai-agents')).toEqual(['代理']);
    expect(marks(`${AI_ZH}\nAI系统通过反向代理访问外网，代理服务器执行任务。`, 'ai-agents')).toEqual([]);
  });

  it('bare "agent" before step, mode or capabilities', () => {
    expect(marks(`${AI}\nAcross every user query, agent step, and API call.`, 'ai-agents')).toEqual(['agent']);
    expect(marks(`${AI}\nThe travel agent mode of the booking site.`, 'ai-agents')).toEqual([]);
  });
});

describe('verb forms of contract words (round 10)', () => {
  it('quantise / quantising and co-designed / co-designing, with their rules', () => {
    expect(marks(`${AI}We quantise the weights, quantising to INT4.`, 'quantization')).toEqual([
      'quantise',
      'quantising',
      'INT4',
    ]);
    expect(marks(`${AI}\nSampling and quantising digital audio.`, 'quantization')).toEqual([]);
    expect(marks(`${AI}The architecture was co-designed with the chip.`, 'hardware-software-co-design')).toEqual([
      'co-designed',
    ]);
    expect(marks(`${AI}\nThe clinic co-designed its services with patients.`, 'hardware-software-co-design')).toEqual(
      [],
    );
  });
});

describe('price per token and open LLMs (round 10)', () => {
  it('the price of a token is inference cost; open LLMs are open models', () => {
    expect(marks(`${AI}The price per token fell; per-token pricing now varies.`, 'inference-cost')).toEqual([
      'price per token',
      'per-token pricing',
    ]);
    // A token sale's price per token, on a page not about AI (review of round 10).
    expect(
      marks('The price per token was 0.10 USDT, and per-token pricing rises each round of the ICO.', 'inference-cost'),
    ).toEqual([]);
    expect(marks('Presale: the per-token price of the governance token is $0.02.', 'inference-cost')).toEqual([]);
    expect(marks(`${AI}A high-throughput solution for open LLMs like Llama 3.1 8B.`, 'open-models')).toEqual([
      'open LLMs',
    ]);
  });
});

describe('a hybrid beside Mamba leaves the Mamba to state-space models (round 10)', () => {
  it('"hybrid Mamba-2/Transformer" and "Mamba Hybrid" mark both concepts; "hybrid Mamba-Transformer" stays one name', () => {
    const granite = `${AI}It swaps the transformer for a hybrid Mamba-2/Transformer architecture.`;
    expect(marks(granite, 'hybrid-models')).toEqual(['hybrid']);
    expect(marks(granite, 'state-space-models')).toEqual(['Mamba-2']);
    const jamba = `${AI}Jamba, the First Production-Grade Mamba Hybrid.`;
    expect(marks(jamba, 'state-space-models')).toEqual(['Mamba']);
    expect(marks(jamba, 'hybrid-models')).toEqual(['Jamba', 'Hybrid']);
    expect(marks(`${AI}Nemotron-H is a hybrid Mamba-Transformer model.`, 'hybrid-models')).toEqual([
      'Nemotron-H',
      'Mamba-Transformer',
    ]);
  });
});

describe('the plural Agents beside Chinese (round 10)', () => {
  it('多个 Agents 协作 is agents; English Jenkins Agents are not', () => {
    expect(marks(`${AI_ZH}多个 Agents 协作完成任务。`, 'ai-agents')).toEqual(['Agents']);
    expect(marks(`${AI}\nJenkins Agents run builds; travel Agents book trips.`, 'ai-agents')).toEqual([]);
  });
});

describe('round 10: the remaining new forms', () => {
  it('each listed form is found', () => {
    expect(marks(`${AI_ZH}每百万输出tokens 8 元，每百万输入tokens 2 元。`, 'inference-cost')).toEqual([
      '每百万输出tokens',
      '每百万输入tokens',
    ]);
    expect(marks(`${AI}The per-token price halved.`, 'inference-cost')).toEqual(['per-token price']);
    expect(marks(`${AI}The kernels were codesigned with the accelerator.`, 'hardware-software-co-design')).toEqual([
      'codesigned',
    ]);
    // Bare 代理 with 调用外部工具 in its line (the agent words of its line rule).
    expect(marks(`${AI_ZH}\n代理系統的價值取決於其調用外部工具的能力。`, 'ai-agents')).toEqual([
      '代理',
      '調用外部工具',
    ]);
  });
});

describe('Cursor by what it suggests (round 10)', () => {
  it('on a page that also has a text cursor, "Cursor\'s suggestion" is the editor', () => {
    const page = `${AI}\nMove the text cursor with the arrows.\nAccept word by word when Cursor's suggestion is mostly right.`;
    expect(marks(page, 'cursor')).toEqual(['Cursor']);
    expect(
      marks(`${AI}\nMove the text cursor with the arrows.\nCursor blinks at the end of the line.`, 'cursor'),
    ).toEqual([]);
  });

  it('suggestions elsewhere in the line of a text cursor are no sign of the editor (review of round 10)', () => {
    const text = `${AI}\nMove the text cursor with the arrows.\n`;
    expect(marks(`${text}Click where the Cursor blinks; autocomplete suggests words.`, 'cursor')).toEqual([]);
    expect(marks(`${text}Autocomplete suggestions appear below the Cursor.`, 'cursor')).toEqual([]);
    expect(marks(`${text}Cursor suggests a fix for the failing test.`, 'cursor')).toEqual(['Cursor']);
  });
});

describe('RL rollout by its engine (round 10)', () => {
  it('"the rollout engine" and "rollout workers" are RL; a product roll-out is not', () => {
    expect(marks(`${AI}\nThe rollout engine spends nearly all its time decoding.`, 'rl-rollouts')).toEqual(['rollout']);
    expect(marks(`${AI}\nThe rollout of the new app to all users finished.`, 'rl-rollouts')).toEqual([]);
    // A deployment's roll-out by its kind has engines and workers too (review of round 10).
    expect(
      marks(`${AI}\nThe feature-flag rollout engine at Acme shipped the update to 5% of users.`, 'rl-rollouts'),
    ).toEqual([]);
    expect(marks(`${AI}\nThe vaccine rollout workers were nurses.`, 'rl-rollouts')).toEqual([]);
    expect(marks(`${AI}\nThe canary rollout workers pushed the build.`, 'rl-rollouts')).toEqual([]);
  });
});

describe('the cost of a kind of inference', () => {
  it('"batch inference cost" is a cost: its head noun wins over the batch-inference words inside it', () => {
    expect(marks(`${AI}Batch inference costs are half of real-time.`, 'inference-cost')).toEqual([
      'Batch inference costs',
    ]);
  });
  it('batch inference without a cost stays batch inference', () => {
    expect(marks(`${AI}Batch inference runs overnight at full GPU use.`, 'batch-inference')).toEqual([
      'Batch inference',
    ]);
    expect(marks(`${AI}Batch inference runs overnight at full GPU use.`, 'inference-cost')).toEqual([]);
  });
});

describe('the per-token rate', () => {
  it("a batch API's per-token rate is the price of inference on an AI page", () => {
    expect(marks(`${AI}Batch endpoints cost half the standard per-token rate.`, 'inference-cost')).toEqual([
      'per-token rate',
    ]);
  });
  it("a token sale's per-token rate, on a page not about AI, is not", () => {
    expect(marks('Round two of the presale lifts the per-token rate to 0.05 USDT.', 'inference-cost')).toEqual([]);
  });
});

describe('the batch endpoint', () => {
  it("a model provider's batch endpoint is its batch API", () => {
    expect(marks(`${AI}OpenAI prices its batch endpoints at half the standard rate.`, 'batch-inference')).toEqual([
      'batch endpoints',
    ]);
  });
  it("a REST API's $batch endpoint, on a page not about AI, is not", () => {
    expect(marks('Send 20 requests in one call to the Graph $batch endpoint.', 'batch-inference')).toEqual([]);
  });
});

describe('high throughput for many users at once', () => {
  it('a server configured for high throughput with many concurrent users is batch work', () => {
    expect(
      marks(`${AI}\nConfigured for high throughput, it serves the model to 256 concurrent users.`, 'batch-inference'),
    ).toEqual(['high throughput']);
    expect(marks(`${AI_ZH}\n高吞吐模式下可同時服務大量並發請求。`, 'batch-inference')).toEqual(['高吞吐']);
  });
  it("a database's high throughput with many concurrent users is not (round 11b)", () => {
    expect(
      marks(`${AI}\nThe Redis cluster sustains high throughput with 10,000 concurrent users.`, 'batch-inference'),
    ).toEqual([]);
  });
  it("a kernel's high throughput is not", () => {
    expect(marks(`${AI}\nTensor Cores give high throughput on matmul.`, 'batch-inference')).toEqual([]);
  });
});

describe('首词 is the first token', () => {
  it('首词输出 and its latency are the time to the first token on an AI page, in both scripts', () => {
    expect(marks(`${AI_ZH}首词输出的时延仅有0.2秒；首詞延遲更低。`, 'low-latency-inference')).toEqual([
      '首词输出',
      '首詞延遲',
    ]);
  });
  it('a poem’s first word, on a page not about AI, is not', () => {
    expect(marks('这首词输出了作者的离愁，首词的意境最深。', 'low-latency-inference')).toEqual([]);
    // 这首词 is "this ci poem" on an AI page too.
    expect(marks(`${AI_ZH}大模型写的这首词输出了离愁。`, 'low-latency-inference')).toEqual([]);
  });
});

describe("a bare number of a model's experts", () => {
  it('counts the experts when the active ones are counted after it, or where they sit', () => {
    expect(
      marks(
        `${AI}DBRX has 16 experts with 4 active; one model has 128 experts, 4 of which are active; 64 experts per layer.`,
        'mixture-of-experts',
      ),
    ).toEqual(['16 experts', '128 experts', '64 experts']);
  });
  it("counts them when the line gives the model's size in parameters, or names MoE or its router", () => {
    expect(
      marks(
        `${AI}The smaller one has 21 billion parameters and 32 experts.\nEach MoE layer routes every token to 8 experts.`,
        'mixture-of-experts',
      ),
    ).toEqual(['32 experts', 'MoE', '8 experts']);
  });
  it('a panel of experts beside a model is not: the line names no size, MoE or router', () => {
    expect(
      marks(`${AI}We asked 32 experts to rate the model.\n12 experts reviewed its parameters.`, 'mixture-of-experts'),
    ).toEqual([]);
  });
  it('a panel of people who are experts is not', () => {
    expect(
      marks(
        `${AI}A panel of 32 experts reviewed the essays; 12 experts in total signed it. 30 experts with 4 active members met.`,
        'mixture-of-experts',
      ),
    ).toEqual([]);
  });
  it("Taiwan's 混合式專家模型 is MoE; a hybrid expert system is not", () => {
    expect(
      marks(`${AI_ZH}總參數量32B的混合式專家模型。早期的混合式專家系統用規則推理。`, 'mixture-of-experts'),
    ).toEqual(['混合式專家模型']);
  });
});

describe('the batch discount', () => {
  it("a model provider's batch discount is its batch API's price", () => {
    expect(
      marks(`${AI}A cached prefix earns both the batch discount and the caching discount.`, 'batch-inference'),
    ).toEqual(['batch discount']);
  });
  it("a shop's bulk-order discount, on a page not about AI, is not", () => {
    expect(marks('Order 50 mugs or more and the batch discount applies at checkout.', 'batch-inference')).toEqual([]);
  });
});

describe('bare 4位 as a bit width', () => {
  it('in a line about quantization and before punctuation or a width word, in both scripts', () => {
    expect(
      marks(
        `${AI_ZH}将权重量化到4位(16个可能值)；| INT4 | 4位 |；FP8 是 8位，甚至1位。權重量化到4位，8倍壓縮。`,
        'quantization',
      ),
    ).toEqual(['权重量化', '4位', 'INT4', '4位', 'FP8', '8位', '1位', '權重量化', '4位']);
  });
  it('four people, fourth place and four digits are not, on a quantization page either', () => {
    expect(
      marks(`${AI_ZH}本次 INT4 量化评测请来4位专家，排名第4位，4位数的密码；8位用户参与。`, 'quantization').filter(
        (t) => t.includes('位'),
      ),
    ).toEqual([]);
  });
});

describe('AI agents of a trade', () => {
  it('"AI travel agents" and "LLM-based travel agents" are AI agents doing that work', () => {
    expect(
      marks(
        `${AI}\nAI travel agents book flights; LLM-based travel agents parse a command like plan a trip.`,
        'ai-agents',
      ),
    ).toEqual(['agents', 'agents']);
  });
  it('a verb between AI and agents makes them the people AI helps (round 11b)', () => {
    expect(marks(`${AI}\nAI helps agents close support tickets faster.`, 'ai-agents')).toEqual([]);
  });
  it('a travel agent, an FBI agent or a Jenkins agent is still not', () => {
    expect(
      marks(`${AI}\nOur travel agent booked the hotel. The FBI agent left. A Jenkins agent polls.`, 'ai-agents'),
    ).toEqual([]);
  });
});

describe("bare Adam as Kingma and Ba's optimizer", () => {
  it('the idea from the paper, with its authors or title in the line', () => {
    expect(
      marks(`${AI}\nIn 2014 Diederik Kingma and Jimmy Ba introduced Adam, an optimizer.`, 'academic-origins'),
    ).toEqual(['Jimmy Ba', 'Adam']);
  });
  it('a first name or a training setting is not', () => {
    expect(marks(`${AI}\nAdam Paszke wrote PyTorch; we train with Adam at lr 3e-4.`, 'academic-origins')).toEqual([]);
    // Also in a line that names Kingma (round 11b).
    expect(marks(`${AI}\nKingma cited the work of Adam Smith on markets.`, 'academic-origins')).toEqual([]);
    expect(marks(`${AI}\nKingma and Ba introduced Adam in 2014.`, 'academic-origins')).toEqual(['Adam']);
  });
});

describe('lower-case transformers', () => {
  it('ML prose writes the architecture in lower case', () => {
    expect(
      marks(`${AI}\nMamba is an alternative to transformers; it matches a transformer at equal size.`, 'transformer'),
    ).toEqual(['transformers', 'transformer']);
  });
  it("the architecture's own words keep it in a line about power", () => {
    expect(marks(`${AI}\nA transformer with long attention windows draws gigawatts.`, 'transformer')).toEqual([
      'transformer',
    ]);
  });
  it("a shortage of GPUs is not power equipment's: the architecture stays (round 11b)", () => {
    expect(
      marks(
        `${AI}\nGPU shortages slowed the training of large transformers.\nA shortage of GPUs delayed transformers.`,
        'transformer',
      ),
    ).toEqual(['transformers', 'transformers']);
    expect(marks(`${AI}\nUtilities face transformer shortages this year.`, 'transformer')).toEqual([]);
  });
  it('the electrical device in a line about power equipment is not', () => {
    expect(
      marks(`${AI}\nData centres wait two years for transformers; each transformer steps voltage down.`, 'transformer'),
    ).toEqual([]);
  });
});

describe('the Mojo language named by what only it has, on any page (round 13)', () => {
  it('an encyclopedia title, its designer, MLIR or Modular Inc. keep Mojo off an AI page', () => {
    expect(marks('Mojo (programming language)\n\nDesigned by Chris Lattner.', 'mojo')).toEqual(['Mojo']);
    expect(marks('Mojo is a programming language in the Python family.', 'mojo')).toEqual(['Mojo']);
    expect(marks('I read that Chris Lattner was involved in Mojo.', 'mojo')).toEqual(['Mojo']);
    expect(marks('MLIR allows Mojo to compile down to more than CPUs.', 'mojo')).toEqual(['Mojo']);
  });
  it("Perl's and Chromium's Mojo, and bare Mojo on a page that is not AI, stay unmarked", () => {
    expect(marks('Mojo is a Perl toolkit for real-time web apps; Mojo ships a user agent.', 'mojo')).toEqual([]);
    expect(marks('Chromium uses Mojo for IPC between processes written in C++.', 'mojo')).toEqual([]);
    expect(marks('The team got its Mojo back after the break.', 'mojo')).toEqual([]);
  });
});

describe("the model makers' agent SDKs (round 13)", () => {
  it('Claude Agent SDK and OpenAI Agents SDK are AI agents on any page', () => {
    expect(marks('Build your first tool with the Claude Agent SDK.', 'ai-agents')).toEqual(['Claude Agent SDK']);
    expect(marks('本篇用 Claude Agent SDK 打造四個自動化工具。', 'ai-agents')).toEqual(['Claude Agent SDK']);
    expect(marks('The OpenAI Agents SDK adds handoffs and guardrails.', 'ai-agents')).toEqual(['OpenAI Agents SDK']);
  });
  it("another vendor's agent SDK, or a bare Agent SDK off an AI page, marks nothing", () => {
    expect(marks('The Datadog Agent SDK collects host metrics.', 'ai-agents')).toEqual([]);
    expect(marks('Install the Agent SDK before you configure the collector.', 'ai-agents')).toEqual([]);
    expect(marks('The Jenkins agent SDK runs build steps on remote nodes.', 'ai-agents')).toEqual([]);
  });
});

describe('AI 智能代理 / AI 智慧代理, the AI agent named whole (round 13)', () => {
  it('counts on any page, in both scripts and Taiwan phrasing', () => {
    expect(marks('AI 智慧代理和聊天機器人有什麼不同?', 'ai-agents')).toEqual(['AI 智慧代理']);
    expect(marks('AI 智能代理可以自动完成整个工作流程。', 'ai-agents')).toEqual(['AI 智能代理']);
    expect(marks('AI智慧代理就像內建在工作流程中的數位助理。', 'ai-agents')).toEqual(['AI智慧代理']);
  });
  it('a distributor or a proxy server so named is not', () => {
    expect(marks('诚招 AI 智能代理商，加盟费全免。', 'ai-agents')).toEqual([]);
    expect(marks('本文介绍 AI 智能代理服务器的配置方法。', 'ai-agents')).toEqual([]);
    expect(marks('我們是 AI 智慧代理商，提供在地服務。', 'ai-agents')).toEqual([]);
  });
});

describe("Deep Think beside what only Google's model has (round 13)", () => {
  it('counts off an AI page where its line names DeepMind, a Gemini version or the Olympiad', () => {
    expect(
      marks('An advanced version of Gemini featuring the Deep Think system won gold.', 'gemini-deep-think'),
    ).toEqual(['Deep Think']);
    expect(marks("Google DeepMind's Deep Think solved five of six problems.", 'gemini-deep-think')).toEqual([
      'Deep Think',
    ]);
    expect(
      marks('At the International Mathematical Olympiad, Deep Think scored 35 points.', 'gemini-deep-think'),
    ).toEqual(['Deep Think']);
  });
  it('a zodiac page, a column or a slogan named Deep Think marks nothing', () => {
    expect(marks('Gemini horoscope: Deep Think about your money this week.', 'gemini-deep-think')).toEqual([]);
    expect(marks('Deep Think, our weekly column on philosophy, returns.', 'gemini-deep-think')).toEqual([]);
    expect(marks('Deep Think Labs hosts a retreat for writers.', 'gemini-deep-think')).toEqual([]);
  });
});

describe("a forum's IMO is no Olympiad (round 13)", () => {
  it('"IMO" for "in my opinion" keeps no bare Deep Think off an AI page', () => {
    expect(marks('IMO, Deep Think is the best name for a podcast.', 'gemini-deep-think')).toEqual([]);
  });
  it('the Olympiad by its year or its gold still does', () => {
    expect(marks('At IMO 2025 Deep Think solved five problems.', 'gemini-deep-think')).toEqual(['Deep Think']);
    expect(marks('Deep Think took IMO gold this summer.', 'gemini-deep-think')).toEqual(['Deep Think']);
  });
});

describe("an agency's service is no AI agent (round 13)", () => {
  it('AI 智能代理记账 and 代理报税 are bookkeeping and tax agencies', () => {
    expect(marks('AI智能代理记账，小微企业首选。', 'ai-agents')).toEqual([]);
    expect(marks('我们提供 AI 智能代理报税服务。', 'ai-agents')).toEqual([]);
    expect(marks('AI 智慧代理銷售方案，歡迎洽詢。', 'ai-agents')).toEqual([]);
  });
  it('the AI agent that does the work stays', () => {
    expect(marks('AI 智能代理会自动完成记账以外的工作。', 'ai-agents')).toEqual(['AI 智能代理']);
    expect(marks('多智能体系统里，AI 智能代理注册后即可被发现。', 'ai-agents')).toEqual(['智能体', 'AI 智能代理']);
  });
});

describe("'API cost' beside its fall counts (review of ec1677e)", () => {
  it('API costs fell 100x and API 成本下降到十分之一 are inference cost', () => {
    expect(marks(`${AI}API costs fell 100x in two years.`, 'inference-cost')).toEqual(['API costs']);
    expect(marks(`${AI}DeepSeek 的 API 成本下降到十分之一。`, 'inference-cost')).toEqual(['API 成本']);
  });
  it("a cache's reduction is still not (cut API costs by 50%, API 成本降低 50%)", () => {
    expect(marks(`${AI}A semantic cache can cut API costs by 50%.`, 'inference-cost')).toEqual([]);
    expect(marks(`${AI}语义缓存让 API 成本降低 50%。`, 'inference-cost')).toEqual([]);
  });
});

describe("a model maker's batch API on a weak page (review of 035ca4c)", () => {
  it('OpenAI, Anthropic, GPT, Claude, prompts or tokens in the line keep "batch API"', () => {
    expect(
      marks(
        "Pricing notes\nOpenAI's Batch API takes a file of requests and returns results within 24 hours.",
        'batch-inference',
      ),
    ).toEqual(['Batch API']);
    expect(marks('Send thousands of prompts through the batch API overnight.', 'batch-inference')).toEqual([
      'batch API',
    ]);
  });
  it("a web service's batch API still needs an AI page", () => {
    expect(marks('Pricing notes\nThe Microsoft Graph batch API bundles up to 20 requests.', 'batch-inference')).toEqual(
      [],
    );
  });
});

describe('Gemini and a version, not a year (review of the Deep Think line rule)', () => {
  it('Gemini 2.5 Deep Think keeps its mark; a 2025 horoscope is no version', () => {
    expect(marks('Gemini 2.5 Deep Think solved five problems.', 'gemini-deep-think')).toEqual([
      'Gemini 2.5 Deep Think',
    ]);
    expect(marks('Gemini 2025 horoscope: time for Deep Think about love.', 'gemini-deep-think')).toEqual([]);
  });
});

describe('AI 智能代理 before an agency service (review of d9c0cb2: already covered)', () => {
  it('AI 智能代理记账 with a space is bookkeeping; the agent that keeps the books is an agent', () => {
    expect(marks('AI 智能代理记账，小微企业首选。', 'ai-agents')).toEqual([]);
    expect(marks('AI 智能代理可以自动整理发票并完成任务。', 'ai-agents')).toEqual(['AI 智能代理']);
  });
});

describe('the nineteenth batch’s misses (2026-12-03)', () => {
  it("Anthropic's Message Batches API and decoding called 内存密集型 on an AI page", () => {
    expect(marks(`${AI}The Message Batches API runs requests asynchronously.`, 'batch-inference')).toContain(
      'Batches API',
    );
    expect(marks(`${AI}解码阶段属于内存密集型操作。`, 'memory-bound-inference')).toEqual(['内存密集型']);
    expect(marks('Redis 是内存密集型应用。', 'memory-bound-inference')).toEqual([]);
  });
});

describe('the twentieth batch’s misses (2026-12-03b)', () => {
  it('token pricing on an AI page is the cost of inference; a crypto token sale’s is not', () => {
    expect(marks(`${AI}How token pricing works: every LLM API charges per token.`, 'inference-cost')).toContain(
      'token pricing',
    );
    expect(marks('The ICO set token pricing at $0.10 for early buyers.', 'inference-cost')).toEqual([]);
  });
});

describe('the twenty-third batch’s misses (2026-12-03e)', () => {
  it('an AI-powered or LLM-based agent is an AI agent, on any page', () => {
    expect(
      marks('OpenAI has just introduced Operator, an AI-powered agent that can browse the web.', 'ai-agents'),
    ).toEqual(['AI-powered agent']);
    expect(marks('LLM-based agents and AI-driven agents book travel.', 'ai-agents')).toEqual([
      'LLM-based agents',
      'AI-driven agents',
    ]);
  });
  it('激活的专家 is activated experts, with 的 between', () => {
    expect(marks(`${AI}计算量仅取决于激活的专家数。激活的專家。`, 'mixture-of-experts')).toEqual([
      '激活的专家',
      '激活的專家',
    ]);
  });
});

describe('the twenty-fourth batch’s misses (2026-12-03f)', () => {
  it('选择性扫描 is selective scan, in both scripts', () => {
    expect(
      marks(`${AI}Mamba 通过选择性扫描算法(Selective Scan)实现线性复杂度。選擇性掃描。`, 'state-space-models'),
    ).toEqual(['Mamba', '选择性扫描', 'Selective Scan', '選擇性掃描']);
  });
});

describe('the twenty-fifth batch’s misses (2026-12-03g)', () => {
  it('Hong Kong’s 機械人 is a robot, with 机器人’s rules: a chat group’s 機械人 is a bot', () => {
    expect(marks(`${AI}宇樹科技的四足機械人具備自主導航功能，人形機械人也在展館。`, 'robotics')).toEqual([
      '四足機械人',
      '人形機械人',
    ]);
    expect(marks(`${AI}把聊天機械人加進微信群機械人列表。`, 'robotics')).toEqual([]);
  });
  it('函数调用 / 函數呼叫 is function calling, which the guide counts as tool calling', () => {
    expect(marks(`${AI}代码生成、函数调用、JSON 结构化输出；模型支援函數呼叫。`, 'ai-agents')).toEqual([
      '函数调用',
      '函數呼叫',
    ]);
  });
});

describe('the twenty-sixth batch’s misses (2026-12-03h)', () => {
  it('工业机器人 names a robot unambiguously; a chat bot’s 聊天机器人 still blocks in place', () => {
    expect(
      marks(`${AI}光象科技发布了工业机器人，出错概率比聊天机器人低两个数量级，给机器人装了外壳。`, 'robotics'),
    ).toEqual(['工业机器人', '机器人']);
    expect(marks(`${AI}把聊天机器人加进群，机器人会回复。`, 'robotics')).toEqual([]);
  });
  it('inference prices, NVLink with its generation, and 智慧代理人', () => {
    expect(marks('LLM inference prices have fallen; the inference price of LLMs.', 'inference-cost')).toEqual([
      'inference prices',
      'inference price',
    ]);
    expect(marks(`${AI}260TB/s NVLink6 and 1,800 GB/s (NVLink5).`, 'interconnect')).toEqual(['NVLink6', 'NVLink5']);
    expect(marks(`${AI}會議安排將可交由智慧代理人處理。`, 'ai-agents')).toEqual(['智慧代理人']);
  });
});
