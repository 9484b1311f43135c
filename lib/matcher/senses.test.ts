/**
 * The senses the contract keeps out, told by how the word is used: the words
 * beside it (the kernel that restarts, the bot that trades), the head noun of
 * the compound (an open-source LLM serving framework), the other stage of a
 * pipeline (transformers and estimators). Each rule in both directions: the
 * other sense is not marked, ours still is, in English and both Chinese scripts.
 */
import { describe, expect, it } from 'vitest';
import { AI_LINE as AI, marks, matcher } from '@/tests/support/matcher-marks';
import { ContextTracker } from './context';
import type { Match } from './types';

describe("a company's people are not the company", () => {
  it('but they still say the page is about AI hardware, as the aliases did', () => {
    expect(matcher.isAiContext('黃仁勳今日表示，GPU 需求強勁。')).toBe(true);
    expect(matcher.isAiContext('苏姿丰说，GPU 需求强劲。')).toBe(true);
    expect(matcher.isAiContext('Lisa Su said demand is strong.')).toBe(false);
  });

  it('CEOs are not marked for NVIDIA or AMD; the companies still are', () => {
    const text = `${AI}Jensen Huang and Lisa Su spoke. 黄仁勋、黃仁勳、苏姿丰、蘇姿丰都来了。`;
    expect(marks(text, 'nvidia')).toEqual([]);
    expect(marks(text, 'amd')).toEqual([]);
    expect(marks(`${AI}NVIDIA CEO Jensen Huang; 輝達執行長黃仁勳；AMD 的苏姿丰。`, 'nvidia')).toEqual([
      'NVIDIA',
      '輝達',
    ]);
  });
});

describe('GPU programming as a field is not gpu-kernels', () => {
  it('but it still says the page is about ML systems, as the alias did', () => {
    const text = 'Gluon: a GPU programming language based on the same compiler stack as Triton.';
    expect(matcher.isAiContext(text)).toBe(true);
    expect(marks(text, 'triton')).toEqual(['Triton']);
  });

  it('"GPU programming" and GPU编程 are not marked; kernels are', () => {
    expect(marks(`${AI}GPU programming is hard. 降低GPU编程门槛，GPU編程很難。`, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}GPU programming means writing a CUDA kernel. 写一个 GPU 内核。`, 'gpu-kernels')).toEqual([
      'CUDA kernel',
      'GPU 内核',
    ]);
  });
});

describe("the operating system's and a driver's kernel", () => {
  it('"Unix-like kernels", "kernel history", GPU kernel modules and drivers are not GPU kernels', () => {
    expect(marks(`${AI}Slurm is a job scheduler for Linux and Unix-like kernels.`, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}One of the largest pull requests in recent kernel history.`, 'gpu-kernels')).toEqual([]);
    const driver = `${AI}NVIDIA open-sources its GPU kernel modules. The Linux GPU kernel driver is R515. Developers can view kernel event schedules.`;
    expect(marks(driver, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}amdkfd (the Kernel Fusion Driver) provides the compute interfaces.`, 'gpu-kernels')).toEqual([]);
  });

  it('a page that also names a GPU kernel keeps its bare kernels, whichever comes first', () => {
    const linux = 'The driver ships as Linux kernel modules.';
    const gpu = 'We fuse softmax into one CUDA kernel; the kernel reads Q once.';
    expect(marks(`${AI}${linux} ${gpu}`, 'gpu-kernels')).toEqual(['CUDA kernel', 'kernel']);
    expect(marks(`${AI}${gpu} ${linux}`, 'gpu-kernels')).toEqual(['CUDA kernel', 'kernel']);
    expect(marks(`${AI}Kernel fusion cuts memory traffic.`, 'gpu-kernels')).toEqual(['Kernel fusion']);
  });

  it('内核 of Linux or an operating system in both scripts; a CUDA 内核 on the same page keeps bare 内核', () => {
    expect(marks(`${AI}加载 Linux 内核模块后系统内核崩溃。`, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}作業系統內核的版本要新。內核崩潰了。`, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}需要 Linux 内核 6.8。注意力写成一个 CUDA 内核，内核只读一次 Q。`, 'gpu-kernels')).toEqual([
      'CUDA 内核',
      '内核',
    ]);
  });
});

describe("a notebook's kernel", () => {
  it("a kernel that restarts, crashes or shuts down, or a fresh one, is Jupyter's", () => {
    const text = `${AI}Notebooks restart, kernels crash. Outputs survive kernel restarts. Restarting your kernel is cheap. When the kernel shuts down, load the model in a fresh kernel.`;
    expect(marks(text, 'gpu-kernels')).toEqual([]);
  });

  it('a kernel that launches, fuses or reads is a GPU kernel', () => {
    expect(marks(`${AI}Each kernel launches 128 blocks; the kernel reads the tile once.`, 'gpu-kernels')).toEqual([
      'kernel',
      'kernel',
    ]);
  });
});

describe('software bots are not robotics', () => {
  it('chat, service and trading bots decide bare 机器人 on a page that names no robot', () => {
    expect(marks(`${AI}Groq 並不是聊天機器人。Groq 的核心並非機器人/模型。`, 'robotics')).toEqual([]);
    expect(marks(`${AI}打造你的 AI 交易机器人。纪律执行：机器人不会恐慌杀低。`, 'robotics')).toEqual([]);
    expect(marks(`${AI}垂直行业助手，如海尔售后机器人；售後機器人也是。`, 'robotics')).toEqual([]);
    expect(marks(`${AI}用 RPA 机器人自动填表，机器人每天跑一次。`, 'robotics')).toEqual([]);
  });

  it('a page that names a robot unambiguously keeps bare 机器人, wherever it stands', () => {
    const text = `${AI}聊天机器人最终会消失，人们关心的是世界模型或者机器人。家庭人形机器人还有多远？`;
    expect(marks(text, 'robotics')).toEqual(['机器人', '人形机器人']);
    // 具身智能 is no alias since round 13 (the field, not its robots); 人形機器人 still keeps bare 機器人.
    expect(marks(`${AI}人形機器人與具身智能。聊天機器人之後，機器人學會抓取。`, 'robotics')).toEqual([
      '人形機器人',
      '機器人',
    ]);
  });
});

describe('AI 代理 as a proxy', () => {
  it('an AI 代理 plugin, gateway or server is a proxy, and decides the page', () => {
    const text = `${AI}AI 代理\n功能说明\nAI 代理\n插件实现了基于 OpenAI API 契约的 AI 代理功能。`;
    expect(marks(text, 'ai-agents')).toEqual([]);
    expect(marks(`${AI}AI 代理網關轉發請求到模型供應商。`, 'ai-agents')).toEqual([]);
  });

  it('AI 代理 as agents still counts, and a page with an agent beside a proxy keeps it', () => {
    expect(marks(`${AI}企業加速導入AI代理等工具，推論需求升溫。`, 'ai-agents')).toEqual(['AI代理']);
    // 调用工具 is tool calling itself (round 10).
    expect(marks(`${AI}智能体调用工具。AI 代理网关转发请求。AI代理自动执行任务。`, 'ai-agents')).toEqual([
      '智能体',
      '调用工具',
      'AI代理',
    ]);
  });
});

describe('batch processing needs inference', () => {
  it("a scheduler's batch processing is not batch inference; batch processing of prompts is", () => {
    expect(marks(`${AI}\nThe compute nodes are reserved for batch processing.`, 'batch-inference')).toEqual([]);
    expect(marks(`${AI}\nUse batch processing for 10,000 prompts at half the price.`, 'batch-inference')).toEqual([
      'batch processing',
    ]);
  });
});

describe('open-source software for models is not an open model', () => {
  it('the head noun decides: an open-source LLM serving framework, 开源大模型推理框架', () => {
    expect(marks(`${AI}SGLang is an open-source LLM serving framework.`, 'open-models')).toEqual([]);
    expect(marks(`${AI}vLLM 是开源大模型推理框架，開源模型部署工具也多。`, 'open-models')).toEqual([]);
  });

  it('open models themselves still count', () => {
    expect(marks(`${AI}Open-source LLMs such as Llama close the gap.`, 'open-models')).toEqual(['Open-source LLMs']);
    expect(marks(`${AI}开源大模型的能力追上了闭源模型。`, 'open-models')).toEqual(['开源大模型', '闭源模型']);
  });
});

describe('a pipeline stage is not the Transformer architecture', () => {
  it('transformers beside estimators decide bare Transformer for the page', () => {
    const text = `${AI}A pipeline is a sequence of transformers and estimators.\nTransformer\nTakes a DataFrame. An Estimator produces a Transformer.`;
    expect(marks(text, 'transformer')).toEqual([]);
    expect(marks(`${AI}Estimators and transformers. A vision transformer is not a stage.`, 'transformer')).toEqual([
      'vision transformer',
    ]);
  });

  it('the architecture still counts', () => {
    expect(marks(`${AI}The Transformer architecture uses self-attention.`, 'transformer')).toEqual([
      'Transformer architecture',
    ]);
    expect(marks(`${AI}The Transformer is stable at the macro level.`, 'transformer')).toEqual(['Transformer']);
  });
});

describe('ContextTracker: decisions that wait for our sense', () => {
  const decision: Match = {
    conceptId: 'robotics',
    start: 0,
    end: 3,
    aiOnly: true,
    blocked: true,
    decides: true,
    unlessAffirmed: true,
  };
  const ours: Match = { conceptId: 'robotics', start: 10, end: 15, aiOnly: false };

  it('holds until an unambiguous match of the concept, before or after, and says each change', () => {
    const t = new ContextTracker();
    t.add({ candidates: [decision], signals: [] });
    expect([t.decided.has('robotics'), t.decidedChanges]).toEqual([true, 1]);
    t.add({ candidates: [ours], signals: [] });
    expect([t.decided.has('robotics'), t.decidedChanges]).toEqual([false, 2]);
    const before = new ContextTracker();
    before.add({ candidates: [ours, decision], signals: [] });
    expect(before.decided.has('robotics')).toBe(false);
  });

  it('a firm decision holds whatever else the page says', () => {
    const t = new ContextTracker();
    t.add({ candidates: [{ ...decision, unlessAffirmed: undefined }, ours, decision], signals: [] });
    expect(t.decided.has('robotics')).toBe(true);
  });
});

describe("more of the operating system's kernel", () => {
  it('versions, kernel-mode, kernel bypass and the network stack are the OS kernel; a kernel of truth is a word', () => {
    for (const t of [
      'It needs the Linux 6.8 kernel, or kernel 6.1 at least.',
      'The kernel-mode driver loads first.',
      'RDMA bypasses the kernel: kernel bypass keeps the kernel network stack out of the path.',
      'There is a kernel of truth in the hype.',
      'RDMA 绕过内核，內核旁路减少拷贝。',
    ])
      expect(marks(`${AI}${t}`, 'gpu-kernels'), t).toEqual([]);
  });

  it('an RDMA page that also names a CUDA kernel keeps bare kernels', () => {
    expect(
      marks(`${AI}RDMA bypasses the kernel. The CUDA kernel then reads the buffer; the kernel is fast.`, 'gpu-kernels'),
    ).toEqual(['CUDA kernel', 'kernel']);
  });
});

describe('more pipeline stages, IPC systems, jobs and training', () => {
  it('a Spark ML Transformer, Transformer.transform(): a pipeline stage; the architecture still counts', () => {
    expect(marks(`${AI}Fit the pipeline. Call Transformer.transform(df) on each batch.`, 'transformer')).toEqual([]);
    expect(marks(`${AI}Spark ML Transformer stages run in order.`, 'transformer')).toEqual([]);
    expect(marks(`${AI}Transformers and Estimators are stages. A Transformer adds a column.`, 'transformer')).toEqual(
      [],
    );
    expect(marks(`${AI}A decoder-only Transformer beside a PySpark Transformer.`, 'transformer')).toEqual([
      'decoder-only Transformer',
    ]);
    // A trained model is fitted too.
    expect(marks(`${AI}We fitted Transformer models to the data.`, 'transformer')).toEqual(['Transformer models']);
  });

  it("Chromium's Mojo is its IPC system; Modular's Mojo is the language", () => {
    expect(marks(`${AI}Chromium's Mojo carries the IPC. Mojo interfaces are defined in .mojom files.`, 'mojo')).toEqual(
      [],
    );
    expect(marks(`${AI}Mojo compiles GPU kernels; Modular's MAX runs them.`, 'mojo')).toEqual(['Mojo', 'Modular']);
  });

  it('批处理作业 and large-batch training are not batch inference; 批处理 of a workload is', () => {
    expect(marks(`${AI}Slurm 把批处理作业放进批次處理佇列。`, 'batch-inference')).toEqual([]);
    expect(marks(`${AI}\nLarge-batch training needs the LAMB optimizer.`, 'batch-inference')).toEqual([]);
    expect(marks(`${AI}\n三类工作负载：极低延迟场景、大规模批处理/高吞吐场景。`, 'batch-inference')).toContain(
      '批处理',
    );
    expect(marks(`${AI}\nLarge-batch workloads such as synthetic data want throughput.`, 'batch-inference')).toEqual([
      'Large-batch',
    ]);
  });
});

describe('image coding, networks and notebooks', () => {
  it("JPEG's quantization tables and colour quantization are image coding, unless the page quantizes a model", () => {
    for (const t of [
      'The JPEG quantization table divides each DCT coefficient; a coarser quantization matrix loses detail.',
      'Color quantization reduces the palette to 256 colours.',
      'JPEG 量化表决定压缩率，量化矩阵越粗，量化后细节越少。',
    ])
      expect(marks(`${AI}${t}`, 'quantization'), t).toEqual([]);
    expect(marks(`${AI}JPEG quantization tables differ from FP8 quantization of weights.`, 'quantization')).toEqual([
      'FP8',
      'quantization',
    ]);
  });

  it('low latency of a network, memory or trading system is not low-latency inference; of answers it is', () => {
    for (const t of [
      'InfiniBand offers low latency networking between nodes.',
      'Ultra-low latency trading needs FPGAs; low-latency memory access matters.',
      '低延迟网络和低延迟的存储。',
    ])
      expect(marks(`${AI}${t}`, 'low-latency-inference'), t).toEqual([]);
    expect(marks(`${AI}Coding assistants need low latency; 用户愿意为低延迟付费。`, 'low-latency-inference')).toEqual([
      'low latency',
      '低延迟',
    ]);
  });

  it("restarting a notebook's kernel decides the page, in both languages", () => {
    expect(marks(`${AI}Restart the kernel, then the kernel loses its variables.`, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}在 Jupyter 中重启内核，内核会丢失变量。`, 'gpu-kernels')).toEqual([]);
  });

  it('statistical inference is no cue for batch processing; an open-source LLM runner is software', () => {
    expect(marks(`${AI}\nStatistical inference and batch processing of survey data.`, 'batch-inference')).toEqual([]);
    expect(marks(`${AI}Ollama is an open-source LLM runner and client.`, 'open-models')).toEqual([]);
  });
});

describe('engines, cores and data pipelines', () => {
  it("a browser's engine, a CPU's cores and counted CUDA cores are not GPU kernels", () => {
    for (const t of [
      '基于 Chromium 内核的浏览器，双内核切换到 IE 内核。',
      'RTX 4090 拥有 16384 个 CUDA 内核，CUDA 内核数比上代多。',
      '这颗芯片有 8 个 Cortex-A78 内核和 ARM 内核，CPU 内核频率 3GHz。',
    ])
      expect(marks(`${AI}${t}`, 'gpu-kernels'), t).toEqual([]);
  });

  it('a kernel written in Triton or CUDA is one, on a page that also names a browser engine', () => {
    expect(marks(`${AI}我们写了一个 CUDA 内核，内核只读一次显存。`, 'gpu-kernels')).toEqual(['CUDA 内核', '内核']);
    expect(marks(`${AI}Chromium 内核的浏览器里，用 WebGPU 写的 GPU 内核，内核融合减少访存。`, 'gpu-kernels')).toEqual([
      'GPU 内核',
      '内核融合',
    ]);
  });

  it('data movement between systems is ETL; through a chip it is the memory bound', () => {
    expect(
      marks(
        `${AI}Fivetran automates data movement between databases; data movement tools and ETL.`,
        'memory-bound-inference',
      ),
    ).toEqual([]);
    expect(marks(`${AI}Inference is bound by data movement between HBM and SRAM.`, 'memory-bound-inference')).toEqual([
      'data movement',
      'HBM',
    ]);
  });
});

describe('hosts, tracepoints, moons and sampled signals', () => {
  it('a host kernel, "kernel to 5.15", live patching and tracepoints are the OS kernel; a kernel 1.5x faster is not', () => {
    for (const t of [
      'Upgrade the host kernel to 5.15 first.',
      'Kernel live patching avoids reboots.',
      'eBPF programs attach to kernel tracepoints and kprobes.',
    ])
      expect(marks(`${AI}${t}`, 'gpu-kernels'), t).toEqual([]);
    expect(marks(`${AI}Tiling speeds the kernel to 1.5x of cuBLAS.`, 'gpu-kernels')).toEqual(['kernel']);
  });

  it("Neptune's moon is not the GPU language; OpenAI's Triton still is", () => {
    expect(
      marks(`${AI}Triton, Neptune's largest moon, is geologically active. Triton orbits backwards.`, 'triton'),
    ).toEqual([]);
    expect(marks(`${AI}Triton compiles Python to GPU code.`, 'triton')).toEqual(['Triton']);
  });

  it('quantized audio and pixels are signal processing; quantized weights are not', () => {
    expect(marks(`${AI}Quantized audio at 16 bits per sample.`, 'quantization')).toEqual([]);
    // GPTQ is a named method, not itself a mark (dev-set guide: named methods are `may`).
    expect(marks(`${AI}The model was quantized to 4-bit with GPTQ.`, 'quantization')).toEqual(['quantized', '4-bit']);
  });
});

describe('kernel developers are either', () => {
  it('内核开发者 and "kernel developers" decide nothing: GPU writing says them too', () => {
    expect(marks(`${AI}高性能内核开发者很稀缺，内核优化还能带来 2 倍提升。`, 'gpu-kernels')).toEqual(['内核', '内核']);
    expect(marks(`${AI}Kernel developers are scarce; a good kernel doubles throughput.`, 'gpu-kernels')).toEqual([
      'Kernel',
      'kernel',
    ]);
  });
});

describe('Grace Hopper', () => {
  it('the computer scientist is not NVIDIA; the Grace Hopper Superchip and the Hopper architecture are', () => {
    expect(
      marks(`${AI}Grace Hopper wrote the first compiler; Rear Admiral Grace Hopper retired in 1986.`, 'nvidia'),
    ).toEqual([]);
    expect(marks(`${AI}The Grace Hopper Superchip pairs a Grace CPU with a Hopper GPU.`, 'nvidia')).toEqual([
      'Hopper',
      'Hopper',
    ]);
  });
});

describe('a person named like the chip', () => {
  it('the statistician David Blackwell and Grace Murray Hopper are not NVIDIA, in English and Chinese', () => {
    const en = `${AI}The chip is named after the statistician David Blackwell, who proved the Rao-Blackwell theorem.`;
    expect(marks(en, 'nvidia')).toEqual([]);
    expect(
      marks(`${AI}Admiral Grace Murray Hopper wrote COBOL; David H. Blackwell taught at Berkeley.`, 'nvidia'),
    ).toEqual([]);
    const hans = `${AI}资料显示,David Harold Blackwell(戴维布莱克维尔)是美国科学院首位黑人院士,一位数学家、统计学家 Blackwell。`;
    expect(marks(hans, 'nvidia')).toEqual([]);
    expect(marks(`${AI}Blackwell則是美國著名數理統計學家布萊克韋爾(David Harold Blackwell)。`, 'nvidia')).toEqual([
      'Blackwell',
    ]);
  });
  it('the bare surname doing what only a person does (born, invented, died) is the person', () => {
    const bio = `${AI}Hopper was a computer scientist who worked on UNIVAC. Hopper invented the first compiler. In 1973, Hopper was named a distinguished fellow. Hopper died in 1992. Blackwell was born in 1919.`;
    expect(marks(bio, 'nvidia')).toEqual([]);
  });
  it('the chip doing what a chip does keeps its name, also "named after" the person', () => {
    const chip = `${AI}Hopper was named after the scientist. Hopper was a huge leap for AI; Blackwell is faster. Hopper introduced FP8.`;
    expect(marks(chip, 'nvidia')).toEqual(['Hopper', 'Hopper', 'Blackwell', 'Hopper']);
  });
  it("the chip keeps its name: after NVIDIA's and its sellers' names, a title's words, or with its own words after", () => {
    const chip = `${AI}Nvidia Blackwell, the New Blackwell, Nvidia Grace Blackwell, Microsoft Azure Blackwell and Azure Blackwell.`;
    expect(marks(chip, 'nvidia')).toEqual([
      'Nvidia',
      'Blackwell',
      'Blackwell',
      'Nvidia',
      'Blackwell',
      'Blackwell',
      'Blackwell',
    ]);
    expect(
      marks(`${AI}Jensen Huang Unveils Blackwell. Meet Blackwell.\nUnlike Hopper, Blackwell runs FP4.`, 'nvidia'),
    ).toEqual(['Blackwell', 'Blackwell', 'Hopper', 'Blackwell']);
    expect(marks(`${AI}The Jetson Thor Blackwell module and the DGX Spark Blackwell.`, 'nvidia')).toEqual([
      'Blackwell',
      'DGX',
      'Blackwell',
    ]);
    expect(marks(`${AI}英伟达发布 Grace Blackwell 与统计学家 Blackwell 架构，数学家 Hopper GPU。`, 'nvidia')).toEqual([
      '英伟达',
      'Blackwell',
      'Blackwell',
      'Hopper',
    ]);
  });
});

describe('the seventh round: senses the tuning part showed marked', () => {
  it('a customer-service or sales 代理人 is a person, not an AI agent; an AI 客服代理 is an agent', () => {
    const human = `${AI}\nAI 回答完畢後，客服代理人仍需手動登入 CRM 查詢訂單，這就是 Agentic AI 與工具調用的差別。`;
    expect(marks(human, 'ai-agents')).toEqual(['Agentic', '工具調用']);
    expect(marks(`${AI}\n銷售代理人與工具使用無關。`, 'ai-agents')).toEqual(['工具使用']);
    expect(marks(`${AI}\nAI客服代理可以自动调用工具完成退款。`, 'ai-agents')).toEqual(['代理', '调用工具']);
  });

  it('代理 as a verb after a modal (能够代理人多轮地调用工具) is acting for someone', () => {
    expect(marks(`${AI}\n我们可以给Agent下个定义：能够代理人多轮地调用工具完成任务。`, 'ai-agents')).toEqual([
      'Agent',
      '调用工具',
    ]);
    expect(marks(`${AI}\n代理人（Agent）会多轮地调用工具完成任务。`, 'ai-agents')).toEqual([
      '代理人',
      'Agent',
      '调用工具',
    ]);
  });

  it('data moved over copper or optics, between racks, is the interconnect’s; through memory it is the bottleneck', () => {
    const links = `${AI}\n使用銅纜的傳統電氣傳輸方案無法應對超大規模的資料搬運需求，光學傳輸方案因此獲得發展空間。`;
    expect(marks(links, 'memory-bound-inference')).toEqual([]);
    expect(
      marks(`${AI}\nData movement between racks over copper links limits scale-out.`, 'memory-bound-inference'),
    ).toEqual([]);
    expect(marks(`${AI}\n推理的瓶頸在於資料搬運：權重從記憶體讀出。`, 'memory-bound-inference')).toEqual(['資料搬運']);
    expect(marks(`${AI}\nHBM 頻寬是瓶頸，NVLink 也減少了數據搬運。`, 'memory-bound-inference')).toEqual([
      'HBM',
      '數據搬運',
    ]);
  });
});

describe('a layer’s per-token cost is its complexity', () => {
  it('"roughly constant per-token cost" of SSM layers is not inference cost; an API’s per-token cost is', () => {
    const layers = `${AI}Attention grows with context while SSM layers have roughly constant per-token cost.`;
    expect(marks(layers, 'inference-cost')).toEqual([]);
    expect(marks(`${AI}The per-token cost of the API fell tenfold.`, 'inference-cost')).toEqual(['per-token cost']);
  });
});

describe('the eighth round: other senses', () => {
  it('a count of expert-level questions is no MoE model’s experts; a count of experts still is', () => {
    expect(marks(`${AI}The test has 2,500 expert-level questions.`, 'mixture-of-experts')).toEqual([]);
    expect(marks(`${AI}该测试包含 2500 个专家级问题。該測試包含 2500 個專家級問題。`, 'mixture-of-experts')).toEqual(
      [],
    );
    expect(marks(`${AI}Each token activates 2 of 8 experts. 每token激活8个专家。`, 'mixture-of-experts')).toEqual([
      '2 of 8 experts',
      '8个专家',
    ]);
  });

  it('a chip package’s interconnect bumps and bonds are no cluster interconnect', () => {
    const hbm = `${AI}Hybrid bonding eliminates interconnect bumps. TSV interconnects join the stacked dies.`;
    expect(marks(hbm, 'interconnect')).toEqual([]);
    expect(marks(`${AI}Training is bound by the interconnect between GPU nodes.`, 'interconnect')).toEqual([
      'interconnect',
    ]);
  });

  it('the deepseek-ai account in a model id is part of an identifier; the model name is not', () => {
    expect(marks(`${AI}{"model": "deepseek-ai/DeepSeek-V3"}`, 'deepseek')).toEqual(['DeepSeek-V3']);
    expect(marks(`${AI}DeepSeek released DeepSeek-R1.`, 'deepseek')).toEqual(['DeepSeek', 'DeepSeek-R1']);
  });

  it('an operating system’s 内核 by its system calls or layer, on an AI page; a kernel level of GPU code stays', () => {
    const os = `${AI}浏览器不治理驱动与内核系统调用，不是硬件/内核层的仲裁者。`;
    expect(marks(os, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}在 CUDA 内核层面融合算子，写一个 GPU 内核。`, 'gpu-kernels').length).toBeGreaterThan(0);
  });
});

describe('a virtualization platform’s low latency is not low-latency inference', () => {
  it('in a line about VMs and hypervisors; with inference on that side it still counts', () => {
    expect(marks(`${AI}企業渴望高效能、低延遲與彈性的虛擬化架構。`, 'low-latency-inference')).toEqual([]);
    expect(marks(`${AI}Hypervisors promise low latency for every VM.`, 'low-latency-inference')).toEqual([]);
    expect(
      marks(`${AI}虚拟化的 GPU 集群也要做到低延迟推理，低延迟是关键。`, 'low-latency-inference').length,
    ).toBeGreaterThan(0);
  });
});
