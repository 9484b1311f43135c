import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/data/build/compile-matcher';
import { insideCode } from './guards';
import { loadAliasTable } from '@/tests/tools/read-alias-table';

const matcher = compileMatcher(loadAliasTable());
const found = (text: string) => matcher.findAll(text).map((m) => `${m.conceptId}:${text.slice(m.start, m.end)}`);
const has = (text: string, conceptId: string) => matcher.findAll(text).some((m) => m.conceptId === conceptId);
/** Makes any text an AI page (strong signals), so aiOnly aliases would count. */
const AI = 'We train large language models on GPUs with PyTorch. ';

describe('one sense per discourse', () => {
  it('a definition of the other sense decides the bare acronym for the whole page, before and after it', () => {
    const text = `${AI}AMD is common after 60. Age-related macular degeneration (AMD) damages the macula; dry AMD is treated with supplements.`;
    expect(has(text, 'amd')).toBe(false);
    expect(has(`${AI}AMD ships the MI300X with 192 GB of HBM.`, 'amd')).toBe(true);
  });

  it('the legislature and the ministry decide MLA and MoE', () => {
    expect(
      has(
        `${AI}Each constituency elects a Member of the Legislative Assembly (MLA). The MLA serves five years.`,
        'multi-head-latent-attention',
      ),
    ).toBe(false);
    expect(
      has(
        `${AI}The Ministry of Education (MoE), Government of India, funds the scheme. MoE grants are annual.`,
        'mixture-of-experts',
      ),
    ).toBe(false);
  });

  it('"Triton Inference Server" decides bare Triton, but not the unambiguous OpenAI Triton', () => {
    const text = `${AI}Triton Inference Server serves models on NVIDIA GPUs. Launch Triton with Docker. Kernels are written in OpenAI Triton.`;
    expect(found(text).filter((f) => f.startsWith('triton:'))).toEqual(['triton:OpenAI Triton']);
  });

  it('a quant-trading page decides bare 量化, but 模型量化 still counts', () => {
    const text = '基于深度学习与神经网络的量化交易平台：量化因子挖掘、量化回测。另外支持模型量化部署。';
    expect(found(text).filter((f) => f.startsWith('quantization:'))).toEqual(['quantization:模型量化']);
  });

  it('a chat-bot page decides 机器人; a user-agent page decides bare agent words', () => {
    expect(has(`${AI}打造一個 Discord 機器人，核心用大模型解析自然語言，機器人自動記帳。`, 'robotics')).toBe(false);
    expect(has(`${AI}人形机器人与具身智能：机器人学习需要世界模型。`, 'robotics')).toBe(true);
  });
});

describe('Chinese compounds', () => {
  it('轻量化 / 輕量化 (lightweight), 可量化 and 定量化 are not quantization; 权重量化 is', () => {
    expect(has(`${AI}系统设计更为轻量化，支持輕量化部署，目标可量化、定量化。`, 'quantization')).toBe(false);
    expect(has(`${AI}支持 4bit 权重量化和推理。`, 'quantization')).toBe(true);
  });
});

describe('text that is not prose', () => {
  it('no match inside URLs, e-mail addresses, paths, flags or longer identifiers', () => {
    const text = `${AI}See https://developer.nvidia.com/cuda and developer.nvidia.com, mail nvidia@example.com, open docs/zh_cn/kv_cache.md, pass --kt-num-gpu-experts or -O3, call use_kernels() or CUDA_VISIBLE_DEVICES.`;
    expect(found(text).filter((f) => !f.startsWith('nvidia:GPU'))).toEqual([]);
  });

  it('a whole alias in code stays, and so do names joined by hyphens or one slash', () => {
    expect(
      found(`${AI}Load openai/gpt-oss-20b, or torch.compile(model); INT4/INT8 on H100/H200; DeepSeek-V3.`),
    ).toEqual([
      'gpt-oss:gpt-oss-20b',
      'torch-compile:torch.compile',
      'quantization:INT4',
      'quantization:INT8',
      'nvidia:H100',
      'nvidia:H200',
      'deepseek:DeepSeek-V3',
    ]);
  });

  it('a directory with its trailing slash is a path, as a source tree lists it', () => {
    expect(has(`${AI}The tree: kernel-open/nvidia/ holds the glue, src/nvidia-uvm/ the rest.`, 'nvidia')).toBe(false);
    expect(has(`${AI}Both NVIDIA/AMD GPUs run it.`, 'nvidia')).toBe(true);
  });

  it('looks at the token only when a joiner touches the candidate', () => {
    const t = 'run use_kernels now';
    expect(insideCode(t, 8, 15)).toBe(true);
    expect(insideCode('GPU kernels. Next', 4, 11)).toBe(false);
    expect(insideCode('GEMM/Tensor Cores/WMMA', 5, 17)).toBe(false);
  });
});

describe('Chinese generic AI wording and local cues', () => {
  it('bare "Agent" counts beside Chinese text, not in English prose without agent words', () => {
    expect(has(`${AI}只需 0.2 元的 Token，即可自动构建 Agent 的桌面级 Agent！`, 'ai-agents')).toBe(true);
    // The AI words on a line of their own: English prose counts beside agent words (rules-recall.test.ts).
    expect(has(`${AI}\nThe SDC Agent runs in the global zone; the Jenkins Agent polls.`, 'ai-agents')).toBe(false);
  });

  it('开源大模型 / 開源大型語言模型 / 开源 LLM are open models', () => {
    for (const t of ['开源大模型食用指南', '這是開源大型語言模型的部署教學', '主流开源 LLM 的部署'])
      expect(has(t, 'open-models'), t).toBe(true);
  });

  it('"kernel generation" is LLM-driven only with an LLM/AI word in the line', () => {
    expect(has(`${AI}\nThe compiler does kernel generation for each shape.`, 'llm-kernel-generation')).toBe(false);
    expect(has(`${AI}\nLLM-driven kernel generation: models write Triton kernels.`, 'llm-kernel-generation')).toBe(
      true,
    );
  });

  it('PagedAttention is the paged KV cache technique, not vLLM', () => {
    expect(found(`${AI}PagedAttention pages the attention state.`)).toEqual(['kv-cache:PagedAttention']);
  });
});

describe('version-tolerant names', () => {
  it('a version or variant inside a name still finds it, as one unambiguous match', () => {
    // Not an AI page: the bare parts (aiOnly) would not count alone.
    expect(found('Google launched Gemini 2.5 Deep Think for subscribers.')).toEqual([
      'gemini-deep-think:Gemini 2.5 Deep Think',
    ]);
    expect(found('Try Gemini 3 Pro Deep Think today.')).toEqual(['gemini-deep-think:Gemini 3 Pro Deep Think']);
  });
});

/** An AI page whose first line is its own, so line-local cues in it do not reach the text under test. */
const AI_LINE = `${AI}\n`;
const ids = (text: string, conceptId: string) =>
  found(text)
    .filter((f) => f.startsWith(`${conceptId}:`))
    .map((f) => f.slice(conceptId.length + 1));

describe('acronyms the page defines otherwise (one sense per discourse, from the definition itself)', () => {
  it('a long form that spells the capitals and names no concept decides the bare acronym for the page', () => {
    expect(
      has(`${AI}Supplemental Security Income (SSI) is paid monthly; SSI rises in January.`, 'safe-superintelligence'),
    ).toBe(false);
    expect(has(`${AI}Your Adjusted Gross Income (AGI) is on line 11. AGI excludes gifts.`, 'agi')).toBe(false);
    expect(
      has(`${AI}The poll's Margin of Error (MoE) is 3 points, and the MoE shrinks with n.`, 'mixture-of-experts'),
    ).toBe(false);
    expect(
      has(`${AI}We fit a Hierarchical Bayesian Model (HBM) per site; the HBM pools them.`, 'memory-bound-inference'),
    ).toBe(false);
    expect(has(`${AI}AMD (acute mountain disease) hits climbers above 3000 m. AMD is treated by descent.`, 'amd')).toBe(
      false,
    );
  });

  it("a long form that holds a concept is the concept's own, and the acronym counts", () => {
    expect(
      ids(
        `${AI}DeepSeek proposed Multi-head Latent Attention (MLA). MLA compresses the KV cache.`,
        'multi-head-latent-attention',
      ),
    ).toEqual(['Multi-head Latent Attention', 'MLA', 'MLA']);
    expect(ids(`${AI}Advanced Micro Devices (AMD) ships the MI300X. AMD also sells CPUs.`, 'amd')).toEqual([
      'Advanced Micro Devices',
      'AMD',
      'MI300X',
      'AMD',
    ]);
    expect(
      ids(
        `${AI}The NVIDIA Collective Communications Library (NCCL) runs all-reduce; NCCL uses NVLink.`,
        'interconnect',
      ),
    ).toEqual(['NCCL', 'NCCL', 'NVLink']);
    expect(ids(`${AI}MoE (Mixture of Experts) layers route tokens. MoE is sparse.`, 'mixture-of-experts')).toEqual([
      'MoE',
      'Mixture of Experts',
      'MoE',
    ]);
    expect(has(`${AI}Mixture-of-Expert (MoE) layers route tokens; MoE is sparse.`, 'mixture-of-experts')).toBe(true);
  });

  it('words that do not spell the acronym are no definition', () => {
    expect(ids(`${AI}Our new sparse design (MoE) beats the dense baseline. MoE wins.`, 'mixture-of-experts')).toEqual([
      'MoE',
      'MoE',
    ]);
  });
});

describe('names with a version inside or after them', () => {
  it('a dotted version stays part of the name; a size or a file name does not', () => {
    expect(found(`${AI}GPT-5.1 beats GPT-4.1, and DeepSeek-V3.2 is out.`)).toEqual([
      'gpt-5:GPT-5',
      'deepseek:DeepSeek-V3',
    ]);
    // mamba-2.8b is Mamba at 2.8B parameters, not Mamba-2; the file is not prose.
    expect(found(`${AI}Load mamba-2.8b or deepseek-v3.2.safetensors.`)).toEqual([]);
  });

  it('bare "Gemini" is the model family, not Deep Think: it counts only inside a versioned Deep Think name', () => {
    expect(has(`${AI}Gemini 2.5 Pro answers questions; Gemini is in Workspace.`, 'gemini-deep-think')).toBe(false);
    expect(found(`${AI}Gemini 2.5 Deep Think explores many ideas in parallel.`)).toEqual([
      'gemini-deep-think:Gemini 2.5 Deep Think',
    ]);
  });
});

describe('counts of experts (mixture of experts)', () => {
  it('"top 8 experts", "top-k experts", "2 of 8 experts" and "8 个专家" are MoE, the count included', () => {
    expect(
      ids(
        `${AI}Each token goes to its top 8 experts, Mixtral picks 2 of 8 experts, and top-k experts vary.`,
        'mixture-of-experts',
      ),
    ).toEqual(['top 8 experts', '2 of 8 experts', 'top-k experts']);
    expect(ids(`${AI}每个 token 激活 8 个专家，另有 1 个共享专家。`, 'mixture-of-experts')).toEqual([
      '8 个专家',
      '共享专家',
    ]);
    expect(ids(`${AI}It uses 8 experts per token and 2 shared experts.`, 'mixture-of-experts')).toEqual([
      'experts per token',
      'shared experts',
    ]);
  });

  it('experts who are people are not', () => {
    expect(
      has(
        `${AI}Experts say the 12 experts on the panel disagree. 每个专家都发言，三个专家表示反对。`,
        'mixture-of-experts',
      ),
    ).toBe(false);
  });
});

describe('cue words in the line', () => {
  it('co-design counts with hardware or software near, not as design with users', () => {
    expect(has(`${AI_LINE}Co-design workshops with patients shaped the app.`, 'hardware-software-co-design')).toBe(
      false,
    );
    expect(has(`${AI_LINE}BIM 协同设计平台支持多方在线审图。`, 'hardware-software-co-design')).toBe(false);
    expect(has(`${AI_LINE}Co-design of the chip and the model cut the cost.`, 'hardware-software-co-design')).toBe(
      true,
    );
    expect(has(`${AI_LINE}模型与芯片的协同设计。`, 'hardware-software-co-design')).toBe(true);
  });

  it('a hybrid model is a Transformer–Mamba hybrid only with state-space words near', () => {
    expect(has(`${AI_LINE}A CNN-Transformer hybrid model for segmentation.`, 'hybrid-models')).toBe(false);
    expect(has(`${AI_LINE}A hybrid model that interleaves Mamba-2 and attention layers.`, 'hybrid-models')).toBe(true);
    expect(has(`${AI_LINE}注意力与线性注意力交替的混合架构。`, 'hybrid-models')).toBe(true);
  });
});

describe('a capitalised plain word at the start of a sentence or bullet', () => {
  it('"Modular" starting a bullet is the adjective, unless it goes on as the company', () => {
    expect(has(`${AI}\n- **Modular**: swap any component.\nModular design keeps it simple.`, 'mojo')).toBe(false);
    expect(ids(`${AI}\n- Modular was founded in 2022. Mojo comes from Modular.`, 'mojo')).toEqual([
      'Modular',
      'Mojo',
      'Modular',
    ]);
  });
});

describe('other senses on AI pages', () => {
  it('notebook, convolution and SVM kernels are not GPU kernels; lower-case cutlass is CUTLASS', () => {
    expect(
      has(`${AI}Restart the kernel in Jupyter. A 3x3 kernel size, a Gaussian kernel. 重启内核。`, 'gpu-kernels'),
    ).toBe(false);
    expect(has(`${AI}使用 Sobel 算子和拉普拉斯算子做边缘检测，SVM 常用高斯核函数。`, 'gpu-kernels')).toBe(false);
    expect(ids(`${AI}The GEMM is built on cutlass.`, 'gpu-kernels')).toEqual(['cutlass']);
  });

  it('vector and product quantization, and 量化 as "quantify", are not low-bit quantization', () => {
    expect(
      has(
        `${AI}FAISS offers product quantization and vector quantization for search. 我们量化评估了检索效果，难以量化。`,
        'quantization',
      ),
    ).toBe(false);
  });

  it('API prices are written per million tokens; open models have many Chinese names', () => {
    expect(ids(`${AI}It costs $0.60 per million input tokens. 每百万 token 输入 2 元。`, 'inference-cost')).toEqual([
      'per million input tokens',
      '每百万 token',
    ]);
    expect(has('我们发布了开源多模态大模型。', 'open-models')).toBe(true);
    expect(has('閉源大模型與開源的模型之爭', 'open-models')).toBe(true);
  });

  it('other Ilyas of AI papers are not Ilya Sutskever', () => {
    expect(
      has(`${AI}Attention Is All You Need, by Ashish Vaswani … and Ilya Polosukhin.`, 'safe-superintelligence'),
    ).toBe(false);
  });
});

describe('more text that is not prose', () => {
  it('C++ namespaces and image references are code; one slash between names is prose', () => {
    expect(found(`${AI}Use cutlass::gemm::device::Gemm and docker run nvidia/cuda:12.4.1-runtime.`)).toEqual([]);
    expect(found(`${AI}INT4/INT8 on H100/H200.`)).toEqual([
      'quantization:INT4',
      'quantization:INT8',
      'nvidia:H100',
      'nvidia:H200',
    ]);
  });
});

describe('more forms of the contract senses', () => {
  it('Chinese RL writing uses bare "rollout"; a Kubernetes page decides it is a deployment', () => {
    expect(has(`${AI}强化学习训练中，rollout 阶段占用大量算力。`, 'rl-rollouts')).toBe(true);
    expect(has(`${AI}The canary rollout shipped to 5% of users.`, 'rl-rollouts')).toBe(false);
    expect(has(`${AI}使用 kubectl rollout 命令查看滚动更新，rollout 失败时回滚。`, 'rl-rollouts')).toBe(false);
  });

  it('Taiwan press names AMD 超微, but 美超微 is Supermicro', () => {
    expect(ids(`${AI}輝達與超微爭搶 HBM，美超微則出貨伺服器。`, 'amd')).toEqual(['超微']);
  });

  it('互聯 is interconnect, 互联网 the internet', () => {
    expect(ids(`${AI}GPU 之間的高速互聯很關鍵，互联网公司也在買卡。`, 'interconnect')).toEqual(['高速互聯']);
    expect(ids(`${AI}芯片之间的互联带宽决定了 MoE 的扩展。`, 'interconnect')).toEqual(['互联']);
  });

  it('quantization recipes and Chinese MOE spellings', () => {
    expect(ids(`${AI}We serve W4A16 and W8A8 checkpoints.`, 'quantization')).toEqual(['W4A16', 'W8A8']);
    expect(has('采用 MOE 架构的大模型', 'mixture-of-experts')).toBe(true);
  });
});

describe('prose punctuation that looks like code', () => {
  it('an ASCII colon that Chinese text runs on from is punctuation; "::" and image tags stay code', () => {
    expect(ids(`${AI}1.2 Triton:GPU原生的编程范式`, 'triton')).toEqual(['Triton']);
    expect(found(`${AI}Call cutlass::gemm and pull nvidia/cuda:12.4.1.`)).toEqual([]);
  });

  it('a quantity after "=" is a value (K=4bit), but a flag stays a flag', () => {
    expect(ids(`${AI}Store K=4bit and V=2bit, or pass --bits=4bit.`, 'quantization')).toEqual(['4bit', '2bit']);
  });

  it('a name spelt out with its acronym inside, and the acronym alone', () => {
    expect(ids(`${AI}The key-value (KV) cache grows with the context.`, 'kv-cache')).toEqual(['key-value (KV) cache']);
    expect(ids(`${AI}DeepSeek 依赖大规模强化学习(RL)训练。`, 'rl-rollouts')).toEqual(['强化学习', 'RL']);
    expect(ids(`${AI}vLLM 的Prompt缓存即 Prefix缓存。`, 'prefix-caching')).toEqual(['Prompt缓存', 'Prefix缓存']);
  });
});

describe('other senses by the neighbouring word', () => {
  it('a neighbour that names the other sense decides the whole page', () => {
    expect(has(`${AI}SSI benefits rose in 2024. SSI is paid monthly.`, 'safe-superintelligence')).toBe(false);
    expect(has(`${AI}Spark 算子分为转换算子和行动算子，算子链会被合并。`, 'gpu-kernels')).toBe(false);
    expect(has(`${AI}Use cursor-based pagination: pass the Cursor from the last page.`, 'cursor')).toBe(false);
    expect(has(`${AI}论文请按 MLA格式引用，MLA 要求列出作者。`, 'multi-head-latent-attention')).toBe(false);
    expect(has(`${AI}部署 Triton 推理服务器，Triton 会加载模型仓库。`, 'triton')).toBe(false);
    expect(has(`${AI}AWS SSM stores parameters; the SSM console lists them.`, 'state-space-models')).toBe(false);
  });

  it('a neighbour that makes another compound drops that place only', () => {
    expect(ids(`${AI}Wiley-Blackwell published it; Blackwell GPUs ship FP4.`, 'nvidia')).toEqual(['Blackwell']);
    expect(ids(`${AI}飞书机器人推送通知。`, 'robotics')).toEqual([]);
    expect(ids(`${AI}人形机器人正在进厂，我不是机器人验证除外。`, 'robotics')).toEqual(['人形机器人']);
    expect(ids(`${AI}编写批处理文件，或用批处理提高吞吐。`, 'batch-inference')).toEqual(['批处理']);
  });
});

describe('acronyms told by their neighbours where the page does not define them', () => {
  it('wet AMD, BJP MLA, MLAs, MoE scholarships decide the page; PPO plans are no RL', () => {
    expect(has(`${AI}Patients with wet AMD were imaged; AMD lesions were segmented by the CNN.`, 'amd')).toBe(false);
    expect(has(`${AI}The BJP MLA from Bhopal spoke; the MLA also asked about AI.`, 'multi-head-latent-attention')).toBe(
      false,
    );
    expect(has(`${AI}Three MLAs resigned on Monday. MLA elections follow.`, 'multi-head-latent-attention')).toBe(false);
    expect(has(`${AI}MoE scholarships open in May; MoE said the portal uses AI.`, 'mixture-of-experts')).toBe(false);
    expect(has(`${AI}Compare PPO plans before enrolling. PPO costs more.`, 'rl-rollouts')).toBe(false);
    // PPO and GRPO are no aliases (round 10: named methods of RL are the guide's `may`); RL itself still counts.
    expect(ids(`${AI}We fine-tune with PPO and GRPO.`, 'rl-rollouts')).toEqual([]);
    expect(ids(`${AI}We fine-tune with RL (PPO, GRPO).`, 'rl-rollouts')).toEqual(['RL']);
  });

  it('a grid interconnect is the power connection, NVLink the interconnect', () => {
    expect(ids(`${AI}The grid interconnect queue is long; the NVLink interconnect is fast.`, 'interconnect')).toEqual([
      'NVLink',
      'interconnect',
    ]);
  });
});

describe('product names and plain senses on AI pages', () => {
  it("Semantic Kernel's kernel and NVIDIA Triton (the server) decide their pages; OpenAI's Triton on NVIDIA GPUs counts", () => {
    expect(
      has(`${AI}Semantic Kernel lets you create a kernel and add plugins; the kernel runs prompts.`, 'gpu-kernels'),
    ).toBe(false);
    expect(has(`${AI}Deploy NVIDIA Triton on Kubernetes; Triton loads the model repository.`, 'triton')).toBe(false);
    expect(ids(`${AI}Kernels written in Triton run on NVIDIA GPUs.`, 'triton')).toEqual(['Triton']);
  });

  it('a sparse model is a mixture of experts only with experts or routing near', () => {
    expect(has(`${AI_LINE}Lasso yields a sparse model with few nonzero coefficients.`, 'mixture-of-experts')).toBe(
      false,
    );
    expect(has(`${AI_LINE}A sparse model routes each token to two experts.`, 'mixture-of-experts')).toBe(true);
  });
});
