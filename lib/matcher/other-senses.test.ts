/**
 * More senses the contract keeps out, told by how the word is used: a Chinese
 * compound around a short alias (向量化), what an OS kernel owns (内核模块),
 * a convolution's kernel size, a laptop's brand, a memory product named with
 * nothing of its bandwidth, a network's latency, a package name in an install
 * line. Each rule both ways, in English and both Chinese scripts.
 */
import { describe, expect, it } from 'vitest';
import { AI_LINE as AI, marks } from '@/tests/support/matcher-marks';

describe('向量化 and 矢量化 are vectorization', () => {
  it('the compiler vectorizes; the model is still quantized', () => {
    expect(marks(`${AI}编译器会自动向量化循环，也支持矢量化指令。編譯器自動向量化與流水線。`, 'quantization')).toEqual(
      [],
    );
    // 量化到 4 位 is a bit width too (bare 4位 beside quantization words, round 11).
    expect(marks(`${AI}我们把模型量化到 4 位，向量量化另说。我們把模型量化。`, 'quantization')).toEqual([
      '模型量化',
      '4 位',
      '模型量化',
    ]);
  });
});

describe("an operating system's 内核 by what it owns", () => {
  it('内核模块 and 内核事件 of a driver page are not GPU kernels, "GPU 内核模块" either', () => {
    const driver = `${AI}NVIDIA 以开源形式发布 Linux GPU 内核模块，可查看内核事件调度。開源 GPU 內核模組與內核日誌。`;
    expect(marks(driver, 'gpu-kernels')).toEqual([]);
  });
  it('a page that names a CUDA 内核 keeps its kernels', () => {
    expect(marks(`${AI}这个 CUDA 内核做了融合，GPU 内核的调度更快。這個 CUDA 內核。`, 'gpu-kernels')).toEqual([
      'CUDA 内核',
      'GPU 内核',
      'CUDA 內核',
    ]);
  });
});

describe("a convolution's kernel", () => {
  it('a 3×3 kernel decides a CNN page, in English and Chinese', () => {
    expect(marks(`${AI}一個 3×3 的 kernel 只看局部區域，同一個 kernel 在整張圖上滑動。`, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}A 5x5 kernel slides over the image; each kernel learns an edge.`, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}一个卷积 kernel 只看局部。`, 'gpu-kernels')).toEqual([]);
  });
  it('a GPU page that also convolves keeps its GPU kernels', () => {
    expect(
      marks(`${AI}The CUDA kernel computes a 3x3 kernel convolution; the kernel is memory-bound.`, 'gpu-kernels'),
    ).toEqual(['CUDA kernel', 'kernel']);
  });
});

describe("Acer's Predator Triton", () => {
  it('the laptop is not the kernel language', () => {
    expect(
      marks(`${AI}宏碁推出 Predator Triton Neo 16 與 Predator Triton 500 筆電，三菱 Triton 皮卡。`, 'triton'),
    ).toEqual([]);
    expect(marks(`${AI}Acer Triton laptops ship with an NPU; the Triton keyboard glows.`, 'triton')).toEqual([]);
  });
  it('Triton kernels still are', () => {
    expect(marks(`${AI}We wrote the kernel in Triton; Triton 編譯器自動規劃快取。`, 'triton')).toEqual([
      'Triton',
      'Triton',
    ]);
  });
});

describe('a memory product named alone', () => {
  it("HBM3E in a supplier's news is the product, not the inference bottleneck", () => {
    const news = `${AI}Samsung will supply 12-layer HBM3E to NVIDIA.\nHBM4, the successor, launches later; its High Bandwidth Memory (HBM) line grew.\n三星供應 HBM3E；SK海力士量产高带宽内存。`;
    expect(marks(news, 'memory-bound-inference')).toEqual([]);
  });
  it('HBM beside its bandwidth or inference still is, in both scripts', () => {
    expect(marks(`${AI}Decoding is bound by HBM bandwidth.`, 'memory-bound-inference')).toEqual(['HBM']);
    expect(marks(`${AI}推理时权重从 HBM 读出，受限于内存带宽。`, 'memory-bound-inference')).toEqual([
      'HBM',
      '内存带宽',
    ]);
    expect(marks(`${AI}推論時 HBM3E 的頻寬決定速度。`, 'memory-bound-inference')).toEqual(['HBM3E']);
    expect(marks(`${AI}解码受限于高带宽内存的读取。`, 'memory-bound-inference')).toEqual(['高带宽内存']);
  });
});

describe("a network's latency", () => {
  it('"low-latency communication" of an interconnect is not fast answers', () => {
    expect(
      marks(`${AI}UALink defines high-speed and low-latency communication for scale-up.`, 'low-latency-inference'),
    ).toEqual([]);
    expect(marks(`${AI}Coding assistants need low latency answers.`, 'low-latency-inference')).toEqual(['low latency']);
  });
});

describe('推理延迟 of any model', () => {
  it("a detector's 推理延遲 is not a language model's fast answers", () => {
    expect(marks(`${AI}\nAI 模型雖能提升準確率，但推理延遲過長，無法應對流量激增。`, 'low-latency-inference')).toEqual(
      [],
    );
    expect(marks(`${AI}\n检测模型的推理延迟太高。`, 'low-latency-inference')).toEqual([]);
  });
  it('beside a large model or tokens it is', () => {
    expect(marks(`${AI}\n大模型的推理延迟决定了用户体验。`, 'low-latency-inference')).toEqual(['推理延迟']);
    expect(marks(`${AI}\n大型語言模型的推理延遲與 token 吞吐。`, 'low-latency-inference')).toEqual(['推理延遲']);
  });
});

describe('a scoped package name', () => {
  it('@anthropic-ai/claude-code in an install line is the package; Claude Code in prose is the product', () => {
    expect(marks(`${AI}npm install -g @anthropic-ai/claude-code`, 'claude-code')).toEqual([]);
    expect(marks(`${AI}Install Claude Code, then run claude.`, 'claude-code')).toEqual(['Claude Code']);
  });
});

describe("a machine's or a game's 8 位元", () => {
  it('8位元遊戲 and 8 位元微控制器 are not weights; 量化到 8 位元 is', () => {
    expect(marks(`${AI}8位元遊戲機的畫面，8 位元微控制器，8比特音乐。`, 'quantization')).toEqual([]);
    expect(marks(`${AI}權重量化到 8位元，再到 4比特。`, 'quantization')).toEqual(['權重量化', '8位元', '4比特']);
  });
});

describe("video models beyond the contract's examples (round 10)", () => {
  it('Sora and Veo are not video-generation marks; Pika, Hedra and the words of the sense are', () => {
    expect(
      marks(`${AI}Sora 生成的视频很逼真；Veo 3 產生的影片也是。\nOpenAI has introduced Sora 2.`, 'video-generation'),
    ).toEqual([]);
    expect(
      marks(`${AI}Pika and Hedra do real-time video generation; Sora is text-to-video.`, 'video-generation'),
    ).toEqual(['Pika', 'Hedra', 'real-time video generation', 'text-to-video']);
  });
});

describe('内核 as the core of a work or an idea', () => {
  it('精神内核 and 故事的内核 are not GPU kernels; 融合后的内核 is', () => {
    expect(marks(`${AI}这部小说的精神内核是孤独，故事的内核很简单。這部電影的情感內核。`, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}融合后的内核减少了显存读写。融合後的內核更快。`, 'gpu-kernels')).toEqual(['内核', '內核']);
  });
});

describe('an operating system kernel in Chinese text', () => {
  it('"Kernel 版本 6.8" is the OS; a GPU page\'s kernel is not', () => {
    expect(marks(`${AI}升级到 Linux Kernel 版本 6.8 后驱动正常。`, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}这个 kernel 把 matmul 和 softmax 融合。`, 'gpu-kernels')).toEqual(['kernel']);
  });
});

describe('the latency of a stream or a sound', () => {
  it('低延迟直播 and low-latency audio are not fast answers; 低延迟推理 is', () => {
    expect(
      marks(`${AI}低延迟直播与低延遲音訊；low-latency streaming and low-latency audio.`, 'low-latency-inference'),
    ).toEqual([]);
    expect(
      marks(`${AI}编程助手需要低延迟的回答；coding assistants want low latency.`, 'low-latency-inference'),
    ).toEqual(['低延迟', 'low latency']);
  });
});

describe('the sport of windsurfing', () => {
  it('Windsurf lessons and rentals decide a beach page; the editor still counts', () => {
    expect(
      marks(`${AI}Windsurf lessons at the beach. Windsurf rentals cost $40, and Windsurf is fun.`, 'windsurf'),
    ).toEqual([]);
    expect(marks(`${AI}Windsurf and Cursor are AI code editors.`, 'windsurf')).toEqual(['Windsurf']);
  });
});

describe('the latency of a link between nodes', () => {
  it('low-latency inter-node communication and 节点间的低延迟网络 are the network, past a modifier', () => {
    const net = `${AI}It needs high-speed, low-latency inter-node communication, and a low latency, high-bandwidth interconnect. 需要跨节点的低延迟节点间网络通信。需要低延遲的叢集網路。`;
    expect(marks(net, 'low-latency-inference')).toEqual([]);
  });
  it("a model's low latency still counts beside them", () => {
    expect(
      marks(
        `${AI}Coding assistants want low latency, high-throughput serving too. 编程助手需要低延迟。`,
        'low-latency-inference',
      ),
    ).toEqual(['low latency', '低延迟']);
  });
});

describe('a low-latency mode', () => {
  it("a TV's or headphones' low latency mode is not fast answers", () => {
    expect(
      marks(`${AI}The TV has a low latency mode. 电视的低延迟模式。藍牙耳機的低延遲模式。`, 'low-latency-inference'),
    ).toEqual([]);
    expect(marks(`${AI}聊天应用的低延迟消息推送。低延遲訊息。`, 'low-latency-inference')).toEqual([]);
  });
});

describe("a router's or a trading desk's low latency", () => {
  it('bare low latency in a line about network gear or trading is theirs', () => {
    const gear = `${AI}这款路由器主打低延迟和高带宽。Low latency is critical for high-frequency trading. 電競網卡的低延遲。`;
    expect(marks(gear, 'low-latency-inference')).toEqual([]);
  });
});

describe('a language co-designed with its compiler', () => {
  it('语言与编译器协同设计 and "language and compiler co-design" are software with software', () => {
    const lang = `${AI}技术特点：语言与编译器协同设计。語言與編譯器協同設計。The language and compiler co-design keeps kernels simple.`;
    expect(marks(lang, 'hardware-software-co-design')).toEqual([]);
  });
  it('a model co-designed with the chip still counts', () => {
    expect(
      marks(
        `${AI}模型架构和芯片协同设计。模型架構與硬體協同設計。Model and hardware co-design.`,
        'hardware-software-co-design',
      ),
    ).toEqual(['协同设计', '協同設計', 'co-design']);
  });
});

describe("an application's 内核", () => {
  it("编辑器内核 and VS Code 内核 are an editor's core, not GPU kernels", () => {
    expect(marks(`${AI}背后运行的是针对 AI 优化的编辑器内核，基于 VS Code 内核。編輯器內核。`, 'gpu-kernels')).toEqual(
      [],
    );
    expect(marks(`${AI}我们为注意力写了一个 CUDA 内核。`, 'gpu-kernels')).toEqual(['CUDA 内核']);
  });
});

describe("a gaming card's memory bandwidth", () => {
  it('記憶體頻寬 that raises frame rates, and memory bandwidth for gamers, are a spec for games', () => {
    const games = `${AI}RTX 4090 擁有更高的記憶體頻寬，從而提升遊戲效能。显存带宽更高，游戏帧率更稳。The memory bandwidth gives gamers 120 FPS.`;
    expect(marks(games, 'memory-bound-inference')).toEqual([]);
  });
  it('a line about games, not about a gaming card as a kind, keeps nothing', () => {
    expect(marks(`${AI}顯示卡的記憶體頻寬對遊戲很重要。`, 'memory-bound-inference')).toEqual([]);
    expect(marks(`${AI}游戏显卡的显存带宽也限制大模型解码。`, 'memory-bound-inference')).toEqual(['显存带宽']);
  });
  it('a gaming card in a line about ray tracing and FPS keeps nothing, HBM neither', () => {
    expect(marks(`${AI}The Radeon card's HBM lifts ray tracing and FPS.`, 'memory-bound-inference')).toEqual([]);
  });
  it("decoding's memory bandwidth still counts, beside a gaming GPU too", () => {
    expect(
      marks(`${AI}Decoding needs memory bandwidth; gaming GPUs like the RTX 4090 have less.`, 'memory-bound-inference'),
    ).toEqual(['memory bandwidth']);
    const decode = `${AI}解码受限于内存带宽。解碼受限於記憶體頻寬。Decoding is limited by memory bandwidth.`;
    expect(marks(decode, 'memory-bound-inference')).toEqual(['内存带宽', '記憶體頻寬', 'memory bandwidth']);
  });
});

describe('Triton named as the server it is', () => {
  it('Triton 是企业级推理服务 / 的模型仓库 / "an inference server" decide a page that never writes the full name', () => {
    expect(marks(`${AI}Triton 本质上是一个企业级推理服务。Triton 管理服务和路由。`, 'triton')).toEqual([]);
    expect(marks(`${AI}把模型放进 Triton 的模型倉庫。Triton 負責調度。`, 'triton')).toEqual([]);
    expect(marks(`${AI}Triton is an open-source inference server. Triton handles batching.`, 'triton')).toEqual([]);
  });
  it('so does what only the server does: its dynamic batching, its TensorRT and ONNX backends', () => {
    expect(marks(`${AI}Triton 支持 TensorRT、ONNX 和 PyTorch 后端。Triton 部署在 Kubernetes 上。`, 'triton')).toEqual(
      [],
    );
    expect(marks(`${AI}Triton 的動態批次很好用。Triton's dynamic batching helps too.`, 'triton')).toEqual([]);
    expect(marks(`${AI}Serve it on Triton with the TensorRT-LLM backend. Triton scales.`, 'triton')).toEqual([]);
    expect(marks(`${AI}Triton exposes HTTP and gRPC endpoints. Triton scales.`, 'triton')).toEqual([]);
  });
  it("the language's own backends are no server's", () => {
    expect(marks(`${AI}Triton 的 AMD 后端已经合并，Triton 编译器生成 PTX。`, 'triton')).toEqual(['Triton', 'Triton']);
  });
  it('a page that names the language keeps Triton', () => {
    expect(
      marks(`${AI}Triton 是一个企业级推理服务？不，用 triton.jit 写 Triton kernel。Triton 很好用。`, 'triton'),
    ).toEqual(['triton.jit', 'Triton kernel', 'Triton']);
    expect(marks(`${AI}Triton 生成的算子可用于推理服务。`, 'triton')).toEqual(['Triton']);
  });
});

describe("bare memory access is any program's", () => {
  it('an access pattern or the bytes a step reads are not the bottleneck', () => {
    expect(
      marks(`${AI}FlashAttention 通過重新設計注意力計算的記憶體訪問模式，實現了速度提升。`, 'memory-bound-inference'),
    ).toEqual([]);
    expect(marks(`${AI}- 記憶體訪問: 14GB (讀取所有參數)\n- 内存访问次数: 3 次`, 'memory-bound-inference')).toEqual([]);
  });
  it('memory access named as the bottleneck, or cut, is', () => {
    expect(marks(`${AI}我們意識到內存訪問才是主要瓶頸,于是減少內存訪問。`, 'memory-bound-inference')).toEqual([
      '內存訪問',
      '內存訪問',
    ]);
    expect(marks(`${AI}TokenAttention 以最大限度地减少推理过程中的内存访问。`, 'memory-bound-inference')).toEqual([
      '内存访问',
    ]);
  });
});

describe('precision the metric', () => {
  it('a classifier’s lower precision beside its recall is no number format, in English and Chinese', () => {
    expect(
      marks(`${AI}The classifier has higher recall but lower precision than the baseline.`, 'quantization'),
    ).toEqual([]);
    expect(marks(`${AI}Low precision and recall on rare classes.`, 'quantization')).toEqual([]);
    expect(marks(`${AI}精确率较低而召回率高，低精度的检测结果。`, 'quantization')).toEqual([]);
  });
  it('lower-precision arithmetic is', () => {
    expect(marks(`${AI}We use lower precision arithmetic (FP8) with little accuracy loss.`, 'quantization')).toEqual([
      'lower precision',
      'FP8',
    ]);
    expect(marks(`${AI}用低精度計算加速推理。`, 'quantization')).toEqual(['低精度']);
  });
});

describe('kernel methods of statistics and machine learning', () => {
  it('kernel ridge regression, Kernel SHAP, a Matérn kernel are no GPU kernels', () => {
    const ml = `${AI}Kernel SHAP and kernel ridge regression, kernel machines, a Matérn kernel and an Epanechnikov kernel.`;
    expect(marks(ml, 'gpu-kernels')).toEqual([]);
  });
  it('a fused kernel is', () => {
    expect(marks(`${AI}The fused kernel runs on tensor cores.`, 'gpu-kernels')).toEqual([
      'fused kernel',
      'tensor cores',
    ]);
  });
});

describe('a count of people who are experts', () => {
  it('experts who say, agree or are interviewed, and 专家 who review, are people', () => {
    const people = `${AI}We asked the top 10 experts in AI; 3 of 5 experts said it was fine; top 5 experts to follow.`;
    expect(marks(people, 'mixture-of-experts')).toEqual([]);
    expect(marks(`${AI}我们找了3个专家评审结果。`, 'mixture-of-experts')).toEqual([]);
  });
  it("a router's experts are the model's", () => {
    const moe = `${AI}Each token is routed to the top 2 experts in each layer; 2 of 8 experts are active.`;
    expect(marks(moe, 'mixture-of-experts')).toEqual(['top 2 experts', '2 of 8 experts']);
    expect(marks(`${AI}每个token激活2个专家，8 个专家中选 2 个。`, 'mixture-of-experts')).toEqual([
      '2个专家',
      '8 个专家',
    ]);
  });
});

describe('the internet’s kinds and an SVM’s kernel function', () => {
  it('工业互联, 车载互联 and 万物互联 are the internet; chips’ 互联 stays', () => {
    expect(marks(`${AI}车联网与工业互联，車載互聯与万物互联。`, 'interconnect')).toEqual([]);
    expect(marks(`${AI}GPU 之间的高速互联决定训练速度，NVLink 让 GPU 互联。`, 'interconnect')).toEqual([
      '高速互联',
      'NVLink',
      'GPU 互联',
    ]);
  });
  it('an SVM’s 核函数 is no GPU kernel; a CUDA 核函数 is', () => {
    expect(marks(`${AI}SVM 的核函数决定了特征空间。\n支援向量機的核函數。`, 'gpu-kernels')).toEqual([]);
    expect(marks(`${AI}CUDA 核函数在 GPU 上并行执行。`, 'gpu-kernels')).toEqual(['核函数']);
  });
});

describe('an operating system’s kernels kept up to date by who runs the servers', () => {
  it('"patch kernels", "upgrading the host kernel", "kernel patching" on an on-prem GPU page are no GPU kernels', () => {
    const ops = `${AI}You need a dedicated team to monitor GPU health, patch kernels, and manage network routing.\nUpgrading the host kernel and kernel patching take a maintenance window.`;
    expect(marks(ops, 'gpu-kernels')).toEqual([]);
  });
  it('on a page that names CUDA kernels too: a kernel upgrade, the running kernel, rebooting into the new one', () => {
    const ops = `${AI}We write a CUDA kernel for attention.\nDKMS rebuilds the driver after a kernel upgrade; match the headers to the running kernel, then reboot into the new kernel. The kernel page cache and the kernel command line.`;
    expect(marks(ops, 'gpu-kernels')).toEqual(['CUDA kernel']);
  });
  it('a kernel that is written, fused or monkey-patched stays a GPU kernel', () => {
    const gpu = `${AI}We fuse the kernels and launch one kernel; Liger monkey-patch kernels replace the layers.`;
    expect(marks(gpu, 'gpu-kernels')).toEqual(['kernels', 'kernel', 'kernels']);
  });
});

describe('a repository as owner/name is code (the dev-set guide)', () => {
  it('"Dao-AILab/flash-attention" at a repository page’s head is no FlashAttention mark; the prose is', () => {
    const page = `Dao-AILab/flash-attention\n\nGitHub: Dao-AILab/flash-attention 针对 Transformer 模型注意力机制的 GPU 优化。\n\nflash-attention 很快。`;
    expect(marks(page, 'flash-attention')).toEqual(['flash-attention']);
  });
  it('a list in prose is not a repository: multi-head/flash-attention, INT4/INT8', () => {
    expect(marks(`${AI}Compare multi-head/flash-attention kernels.`, 'flash-attention')).toEqual(['flash-attention']);
    expect(marks(`${AI}Weights in INT4/INT8.`, 'quantization')).toEqual(['INT4', 'INT8']);
  });
});

describe('software robots are not robotics', () => {
  it('a CAPTCHA, chat and trading robots, robots.txt, Robot Framework and the :robot: shortcode stay unmarked', () => {
    expect(
      marks(`${AI}Click to prove you are not a robot. A chat robot answers, a trading robot buys.`, 'robotics'),
    ).toEqual([]);
    expect(marks(`${AI}Crawlers read robots.txt; tests run in Robot Framework.`, 'robotics')).toEqual([]);
    expect(marks(`${AI}* :robot: **strategy**: the alpha module`, 'robotics')).toEqual([]);
    // A person likened to a robot, and the TV show (review of round 10).
    expect(marks(`${AI}\nHe answered like a robot. Don't be a robot. Robot Wars TV show.`, 'robotics')).toEqual([]);
    expect(marks(`${AI}\nShe danced like a robot at the party.`, 'robotics')).toEqual([]);
    expect(marks(`${AI}A humanoid robot folds laundry; the robot arm reacts in 1 ms.`, 'robotics')).toEqual([
      'humanoid robot',
      'robot',
    ]);
  });
});

describe('a Redis key-value cache is not the KV cache (round 10)', () => {
  it('spelled out, it needs attention words in its line', () => {
    expect(
      marks(`${AI}To a standard Key-Value cache, these are three completely different requests.`, 'kv-cache'),
    ).toEqual([]);
    expect(marks(`${AI}Redis 是一種鍵值快取，memcached 也是。`, 'kv-cache')).toEqual([]);
    expect(marks(`${AI}LLMs consume memory for their key-value cache (KV cache).`, 'kv-cache')).toEqual([
      'key-value cache',
      'KV cache',
    ]);
    expect(marks(`${AI}通过基数树来管理和复用键值缓存，减少显存占用。`, 'kv-cache')).toEqual(['键值缓存']);
    // The sequence and context words of attention in Chinese (review of round 10).
    expect(marks(`${AI}\n键值缓存随上下文长度增长。`, 'kv-cache')).toEqual(['键值缓存']);
    expect(marks(`${AI}\n序列越长，鍵值快取越大。`, 'kv-cache')).toEqual(['鍵值快取']);
  });
});

describe('the adjective Modular in a title (round 10)', () => {
  it('Modular before what it describes is not the company', () => {
    expect(marks(`${AI}Why Modular RAG Pipeline Components Are Taking Over`, 'mojo')).toEqual([]);
    expect(marks(`${AI}VW's new car uses a Modular Architecture.`, 'mojo')).toEqual([]);
    // The company's product is named after it: "Modular Platform" is the company (review of round 10).
    expect(marks(`${AI}\nModular Platform 25.4 adds AMD GPU support for MAX.`, 'mojo')).toEqual(['Modular']);
    expect(marks(`${AI}\nToday the Modular Platform ships with Mojo.`, 'mojo')).toEqual(['Modular', 'Mojo']);
    expect(marks(`${AI}\nModular Platform Design for Factories`, 'mojo')).toEqual([]);
    expect(marks(`${AI}The startup Modular released MAX; we use Modular's Mojo.`, 'mojo')).toEqual([
      'Modular',
      'Modular',
      'Mojo',
    ]);
  });
});

describe("signal processing's quantisation (round 10)", () => {
  it('audio sampling and quantisation are not low-bit weights; the same page on LLMs is', () => {
    expect(
      marks(`${AI}Quantisation is integral to all forms of digital audio: sampling and quantisation.`, 'quantization'),
    ).toEqual([]);
    expect(
      marks(
        `${AI}Sound waves become digital audio. Quantisation is now also leveraged in deploying large language models (LLMs).`,
        'quantization',
      ),
    ).toEqual(['Quantisation']);
    expect(marks(`${AI}We quantized the model to INT4 for inference.`, 'quantization')).toEqual(['quantized', 'INT4']);
  });

  it('quantised audio and speech models are quantization; the signal quantised is not (review of round 10)', () => {
    expect(marks(`${AI}\nWe ran a quantised Whisper on podcasts.`, 'quantization')).toEqual(['quantised']);
    expect(marks(`${AI}\nWe quantised MusicGen so music generation fits on a laptop.`, 'quantization')).toEqual([
      'quantised',
    ]);
    expect(marks(`${AI}\nWe quantized the speech recognizer; music still sounds fine.`, 'quantization')).toEqual([
      'quantized',
    ]);
    expect(marks(`${AI}\nQuantisation in audio: each sample is rounded.`, 'quantization')).toEqual([]);
  });
});

describe('a low-latency network with a modifier between (round 10)', () => {
  it('低延遲的專屬網絡 is the network; 低延迟的推理 is inference', () => {
    expect(marks(`${AI}企業轉而尋求更安全、低延遲的專屬網絡解決方案。`, 'low-latency-inference')).toEqual([]);
    expect(marks(`${AI}编程助手需要低延迟的推理服务。`, 'low-latency-inference')).toEqual(['低延迟']);
  });

  it('the modifier gap is for a network only: 低延迟的推理模式 is inference (review of round 10)', () => {
    expect(marks(`${AI}\n低延迟的推理模式。`, 'low-latency-inference')).toEqual(['低延迟']);
    expect(marks(`${AI}\n低延遲的推論模式適合聊天。`, 'low-latency-inference')).toEqual(['低延遲']);
    expect(marks(`${AI}\n低延迟的专用网络，低延迟模式。`, 'low-latency-inference')).toEqual([]);
  });
});

describe('强化 as a verb before 学习 (round 10)', () => {
  it('從而強化學習效果 is strengthening learning; 以强化学习为核心 is RL', () => {
    expect(marks(`${AI}模型透過解決問題獲得獎勵，從而強化學習效果。`, 'rl-rollouts')).toEqual([]);
    expect(marks(`${AI}训练以强化学习为核心，进而强化学习效果。`, 'rl-rollouts')).toEqual(['强化学习']);
  });

  it('有助于 / 进而 before the noun 强化学习 is RL; before 强化学习效果 it strengthens (review of round 10)', () => {
    expect(marks(`${AI}\n这有助于强化学习的训练更稳定。`, 'rl-rollouts')).toEqual(['强化学习']);
    expect(marks(`${AI}\n先做 SFT，进而强化学习，最后蒸馏。`, 'rl-rollouts')).toEqual(['强化学习']);
    expect(marks(`${AI}\n這有助於強化學習效果，用以强化学习兴趣。`, 'rl-rollouts')).toEqual([]);
  });
});

describe('the sport Windsurf and 量化 as quantify (round 10)', () => {
  it('Windsurf on the lake is the sport; Windsurf Wave 3 is the editor', () => {
    expect(marks(`${AI}\nWe windsurf on the lake; Windsurf the waves at the beach.`, 'windsurf')).toEqual([]);
    expect(marks(`${AI}\nWindsurf Wave 3 ships; Windsurf and Cursor compete.`, 'windsurf')).toEqual([
      'Windsurf',
      'Windsurf',
    ]);
  });

  it('waves of features and a Cascade that sails through refactors are the editor (review of round 10)', () => {
    expect(marks(`${AI}\nCursor vs Windsurf: waves of new features.`, 'windsurf')).toEqual(['Windsurf']);
    expect(marks(`${AI}\nWindsurf ships a new agent, and Cascade sails through refactors.`, 'windsurf')).toEqual([
      'Windsurf',
    ]);
    expect(marks(`${AI}\nWindsurf the big waves with a small sail.`, 'windsurf')).toEqual([]);
  });

  it('量化员工的绩效 and 量化 AI 的价值 quantify; 模型量化后 is quantization', () => {
    expect(marks(`${AI}\n我们要量化员工的绩效，量化风险与价值。`, 'quantization')).toEqual([]);
    expect(marks(`${AI}\n模型量化后精度下降，量化后的权重更小。`, 'quantization')).toEqual(['模型量化', '量化']);
  });

  it('量化目标检测 and 量化价值网络 quantize a model; 量化目标 alone quantifies (review of round 10)', () => {
    expect(marks(`${AI}\n我们先量化目标检测网络。`, 'quantization')).toEqual(['量化']);
    expect(marks(`${AI}\n我们量化价值网络和策略网络。`, 'quantization')).toEqual(['量化']);
    expect(marks(`${AI}\n我們量化價值函數後再部署。`, 'quantization')).toEqual(['量化']);
    expect(marks(`${AI}\n我们要量化目标的完成度和价值。`, 'quantization')).toEqual([]);
  });
});

describe('the mamba package manager and low-latency video calls (round 10)', () => {
  it('Mamba beside conda or "package manager" is the installer; Mamba the model elsewhere', () => {
    expect(marks(`${AI}\nMamba is a fast package manager for conda environments.`, 'state-space-models')).toEqual([]);
    expect(marks(`${AI}\nMamba is a selective state space model.`, 'state-space-models')).toEqual([
      'Mamba',
      'selective state space',
    ]);
  });

  it('Mamba the model in a setup line that installs it with conda: its own words keep it (review of round 10)', () => {
    expect(marks(`${AI}\nMamba is a state space model; we install it with conda.`, 'state-space-models')).toEqual([
      'Mamba',
      'state space model',
    ]);
    expect(
      marks(
        `${AI}\nMamba beats Transformers on long sequences; conda users can pip install mamba-ssm.`,
        'state-space-models',
      ),
    ).toEqual(['Mamba']);
    expect(
      marks(`${AI}\nMamba replaces attention with a selective scan; get its kernels with conda.`, 'state-space-models'),
    ).toEqual(['Mamba', 'selective scan']);
    expect(marks(`${AI}\nMamba is a fast package manager.`, 'state-space-models')).toEqual([]);
    expect(marks(`${AI}\nMamba installs a sequence of packages faster than conda.`, 'state-space-models')).toEqual([]);
  });

  it('low-latency video streaming and calls are the network; low-latency video generation is inference', () => {
    expect(marks(`${AI}\nLow-latency video streaming and low latency video calls.`, 'low-latency-inference')).toEqual(
      [],
    );
    expect(marks(`${AI}\nLow-latency video generation is hard.`, 'low-latency-inference')).toEqual(['Low-latency']);
  });
});

describe('a CSS selector o3 (round 10)', () => {
  it('#o3 and .o3 are ids and classes; o3 in prose is the model', () => {
    expect(marks(`${AI}\nStyle #o3 and .o3 { color: red }.`, 'openai-o3')).toEqual([]);
    expect(marks(`${AI}\nI asked o3 and (o3-mini).`, 'openai-o3')).toEqual(['o3', 'o3-mini']);
  });

  it('a hashtag #o3 names the model (review of round 10)', () => {
    expect(marks(`${AI}\nBenchmarks: #o3 beats #o1.`, 'openai-o3')).toEqual(['o3']);
    expect(marks(`${AI}\nJust tried #o3, wow.`, 'openai-o3')).toEqual(['o3']);
    expect(marks(`${AI}\n#o3:hover, #o3 > p { margin: 0 }`, 'openai-o3')).toEqual([]);
  });
});

describe("Milgram's agentic state", () => {
  it('the obedient person of social psychology is not an AI agent', () => {
    expect(
      marks(
        `${AI}In the agentic state a subject defers to the experimenter.\nMilgram called this shift of responsibility agentic.`,
        'ai-agents',
      ),
    ).toEqual([]);
  });
  it('agentic AI, agentic workflows and the agentic shift of software stay', () => {
    expect(
      marks(
        `${AI}Our agentic workflows call a Python interpreter.\nThe agentic shift: tools now act alone.`,
        'ai-agents',
      ),
    ).toEqual(['agentic', 'agentic']);
  });
});

describe('内核 as the core of a field, a trend or a business', () => {
  it('技术内核, 产业热潮的内核, 商業內核 are what a business rests on', () => {
    expect(
      marks(`${AI}本文解析这家公司的技术内核与商业内核，深入这轮产业热潮的内核。這波浪潮的內核。`, 'gpu-kernels'),
    ).toEqual([]);
  });
  it('a kernel rewritten for a GPU stays', () => {
    expect(marks(`${AI}我們為 H100 重寫了注意力內核；这个内核是访存受限的。`, 'gpu-kernels')).toEqual(['內核', '内核']);
  });
});

describe('量化 beside pricing or measuring is "quantified"', () => {
  it('被量化、被定价 and 衡量与量化 are what is bought, sold or measured', () => {
    expect(marks(`${AI}算力能以 Token 方式被量化、被定价；價值可以衡量與量化。`, 'quantization')).toEqual([]);
  });
  it("a model's weights quantized before the service is priced stay", () => {
    expect(marks(`${AI}权重被量化后再定价服务；量化和剪枝都能压缩模型。`, 'quantization')).toEqual(['量化', '量化']);
  });
});

describe('the open source model as a way of doing business', () => {
  it('the open source model for business, beside licences and revenue, is software in general', () => {
    expect(
      marks(
        `${AI}\nHow does the open source model for companies work?\nThe open source model lets vendors sell support and earn revenue.`,
        'open-models',
      ),
    ).toEqual([]);
  });
  it('"What is the open source model?", a heading asking about the way of doing business, is software in general', () => {
    const q = `${AI}\nWhat Is The Open Source Model?\nPrimarily, the open source model for business sells support for free software.`;
    expect(marks(q, 'open-models')).toEqual([]);
  });
  it('an AI page asking what an open-source model is, or which is best, keeps it', () => {
    const q = `${AI}\nWhat is an open-source model? What is the best open-source model for coding? DeepSeek is the open source model I use.`;
    expect(marks(q, 'open-models')).toEqual(['open-source model', 'open-source model', 'open source model']);
  });
  it('an AI word on the other side of it keeps it', () => {
    expect(marks(`${AI}\nIts revenue rests on the open source model Llama 3.`, 'open-models')).toEqual([
      'open source model',
    ]);
  });
  it('an open-source model named beside an AI word stays', () => {
    expect(
      marks(`${AI}\nThe open-source model beats GPT-4o on math, and its licence allows business use.`, 'open-models'),
    ).toEqual(['open-source model']);
  });
});

describe("a machine's word width", () => {
  it('4-bit computing, a 4-bit microprocessor, registers 4 bits wide are computer architecture', () => {
    expect(
      marks(
        `${AI}The Intel 4004 was a 4-bit microprocessor; 4-bit designs lived on in calculators.\nIts registers were 4 bits wide, and an 8-bit CPU followed.`,
        'quantization',
      ),
    ).toEqual([]);
  });
  it('a 4-bit model run on a microcontroller stays (TinyML: the microcontroller runs the model)', () => {
    expect(marks(`${AI}\nThe microcontroller runs a 4-bit model.`, 'quantization')).toEqual(['4-bit']);
  });
  it('4-bit machine learning is quantization, a 4-bit machine is not (round 11b)', () => {
    expect(
      marks(
        `${AI}\nWe trained 4-bit machine learning models.\nThe 4-bit machine of 1971 ran a calculator.`,
        'quantization',
      ),
    ).toEqual(['4-bit']);
  });
  it('a line on the integrated circuits of the time or decimal arithmetic is computer architecture', () => {
    const old = `${AI}\n4-bit designs were used only while integrated circuits were expensive; 4-bit values are still used in decimal-centric roles.`;
    expect(marks(old, 'quantization')).toEqual([]);
  });
  it('4-bit computation on GPUs, 4-bit weights and activations of an LLM stay', () => {
    const llm = `${AI}\n4-bit computation of attention on GPUs keeps quality.\nThe 4-bit weights of the LLM fit on one card, and 4-bit values of activations too.`;
    expect(marks(llm, 'quantization')).toEqual(['4-bit', '4-bit', '4-bit']);
  });
  it('4-bit weights and 4-bit floating point stay', () => {
    expect(marks(`${AI}We store 4-bit weights; 4-bit floating point keeps quality.`, 'quantization')).toEqual([
      '4-bit',
      '4-bit',
    ]);
  });
});

describe("a factor formula's operators", () => {
  it('算子 beside factor mining or stock picking is quant finance', () => {
    expect(marks(`${AI}因子挖掘流程：算子池设计、因子生成；選股公式的算子有 ts_mean 與 rank。`, 'gpu-kernels')).toEqual(
      [],
    );
  });
  it("a quant firm's CUDA operator on a GPU stays (round 11b)", () => {
    expect(marks(`${AI}这家量化交易公司用 CUDA 在 GPU 上手写融合算子。`, 'gpu-kernels')).toEqual(['算子']);
  });
  it("a GPU's fused operator beside a scale factor stays", () => {
    expect(marks(`${AI}我们为 H100 写了融合算子，量化算子里的缩放因子用 FP16 存储。`, 'gpu-kernels')).toEqual([
      '算子',
      '算子',
    ]);
  });
});

describe('multi-agent modelling and simulation', () => {
  it("a world model's or a simulation's many actors are not tool-calling agents", () => {
    expect(
      marks(
        `${AI}The world model shows weak multi-agent modeling; multi-agent simulations of crowds are hard.`,
        'ai-agents',
      ),
    ).toEqual([]);
  });
  it('a multi-agent system of tool-calling agents stays', () => {
    expect(marks(`${AI}Our multi-agent system lets a planner make tool calls.`, 'ai-agents')).toEqual([
      'multi-agent',
      'tool calls',
    ]);
  });
});

describe("a colocation data centre's interconnection", () => {
  it('private links at an Internet exchange are the Internet business, not a cluster fabric', () => {
    expect(
      marks(
        `${AI}香港的互聯網交換流量大增，企業轉向私有互連方案。\nColocation sites sell interconnect to clouds.`,
        'interconnect',
      ),
    ).toEqual([]);
  });
  it("NVLink as NVIDIA's 私有互连 (a proprietary interconnect) stays (round 11b)", () => {
    expect(marks(`${AI}NVLink 是英伟达的私有互连技术，用于 GPU 之间。`, 'interconnect')).toEqual(['NVLink', '互连']);
  });
  it("a GPU cluster's interconnect stays", () => {
    expect(marks(`${AI}72 顆 GPU 之間的互連頻寬達到 130 TB/s。`, 'interconnect')).toEqual(['互連']);
  });
});

describe('推理延迟 as a growing cost or a problem', () => {
  it('a latency whose growth is denied stays (round 11b)', () => {
    expect(marks(`${AI}有了 KV 缓存，大模型的推理延迟不再随输出长度增长。`, 'low-latency-inference')).toEqual([
      '推理延迟',
    ]);
  });
  it("a big model's latency that grows, or a challenge bullet, is plain latency", () => {
    expect(
      marks(
        `${AI}参数越多，大模型的推理延迟和显存占用也随之增长。\n• 推理延遲：大模型生成速度慢，體驗差`,
        'low-latency-inference',
      ),
    ).toEqual([]);
  });
  it('推理延迟 cut by a technique stays', () => {
    expect(marks(`${AI}用投机解码后，大模型的推理延迟降低 50%。`, 'low-latency-inference')).toEqual(['推理延迟']);
  });
});

describe("Taiwan's open-source project and package", () => {
  it('開源專案 and 開源套件 are software, whatever model follows', () => {
    expect(
      marks(`${AI}來自 UC Berkeley 的開源專案 vLLM 支援多種模型；開源套件讓模型部署更快。`, 'open-models'),
    ).toEqual([]);
  });
  it('a model opened by its maker stays', () => {
    expect(marks(`${AI}Meta 開源了 Llama 4 模型。`, 'open-models')).toEqual(['開源']);
  });
});

describe('内存访问 after a label that is cut', () => {
  it('"功耗降低: 内存访问和计算能耗下降" is power: the cut belongs to the label before the colon', () => {
    expect(marks(`${AI}• 功耗降低: 内存访问和计算能耗显著下降`, 'memory-bound-inference')).toEqual([]);
  });
  it('accesses cut by tiling stay', () => {
    expect(marks(`${AI}FlashAttention 通过分块减少内存访问。`, 'memory-bound-inference')).toEqual(['内存访问']);
  });
});

describe("the Triton server's command-line tool", () => {
  it('"Triton CLI" decides bare Triton on the page as the inference server', () => {
    const cli = `${AI}Triton CLI supports two backends for deploying LLMs from a model repository. Triton CLI starts the server for you.`;
    expect(marks(cli, 'triton')).toEqual([]);
  });
  it('a page on the language keeps its Triton', () => {
    expect(
      marks(`${AI}Triton kernels written with triton.jit are compiled by PyTorch. Triton is a Python DSL.`, 'triton'),
    ).toEqual(['Triton kernels', 'triton.jit', 'Triton']);
  });
});

describe('physical and embodied agents are robots', () => {
  it('"physical agents (like robots)" and "embodied agents" are not models calling tools', () => {
    const robots = `${AI}For physical agents (like robots), collecting real-world data is slow. Embodied agents learn from simulated AI models of the world.`;
    expect(marks(robots, 'ai-agents')).toEqual([]);
  });
  it('AI agents, physical AI agents and agents beside prompts stay', () => {
    expect(
      marks(
        `${AI}AI agents call tools such as web search. Physical AI agents use tool calling; the agents run with prompts.`,
        'ai-agents',
      ),
    ).toEqual(['AI agents', 'AI agents', 'tool calling', 'agents']);
  });
});

describe('inference latency is a measure, not low latency (round 13)', () => {
  it('a latency named with no word of its size marks nothing', () => {
    for (const text of [
      'If your inference latency is already acceptable, keep the current server.',
      'We log inference latency for every request and chart it per region.',
      'Inference latency grew with the context length of the prompts.',
    ])
      expect(marks(`${AI}${text}`, 'low-latency-inference')).toEqual([]);
  });
  it('latency said to be low, first tokens and tokens per second stay', () => {
    expect(marks(`${AI}Groq sells low-latency inference for coding assistants.`, 'low-latency-inference')).toEqual([
      'low-latency inference',
    ]);
    expect(
      marks(`${AI}Users pay more for low latency: the time to first token halves.`, 'low-latency-inference'),
    ).toEqual(['low latency', 'time to first token']);
    expect(marks(`${AI}The chip streams 500 tokens per second to each user.`, 'low-latency-inference')).toEqual([
      'tokens per second',
    ]);
  });
});

describe('low latency rated beside high bandwidth is a memory or a link (round 13)', () => {
  it("a memory's or a link's bandwidth and latency are their spec", () => {
    for (const text of [
      'HBM是基於3D堆疊的DRAM，具高頻寬、低延遲等優勢。',
      '片上 SRAM 提供高带宽和低延迟的访问。',
      'NVLink offers high bandwidth and low latency between the GPUs of a node.',
      'The fabric gives low latency, high bandwidth links to every rack.',
    ])
      expect(marks(`${AI}${text}`, 'low-latency-inference')).toEqual([]);
  });
  it("serving's low latency stays, with or without throughput beside it", () => {
    expect(marks(`${AI}SGLang serves with high throughput and low latency.`, 'low-latency-inference')).toEqual([
      'low latency',
    ]);
    expect(marks(`${AI}Groq 以低延迟著称，编程助手的用户愿意多付钱。`, 'low-latency-inference')).toEqual(['低延迟']);
    expect(marks(`${AI}这种架构兼顾高吞吐、低延迟的推理服务。`, 'low-latency-inference')).toEqual(['低延迟']);
  });
});

describe('批处理 as the size of a batch (round 13)', () => {
  it('a bigger batch a memory holds, or a batch size setting, is not batch inference', () => {
    expect(marks(`${AI}192GB 显存可容纳更大批处理数据。`, 'batch-inference')).toEqual([]);
    expect(marks(`${AI}训练时把批处理大小设为 32。`, 'batch-inference')).toEqual([]);
    expect(marks(`${AI}更大的記憶體能放下較大的批處理尺寸。`, 'batch-inference')).toEqual([]);
  });
  it('batch work stays', () => {
    expect(marks(`${AI}模型可满足从实时交互到离线批处理的不同需求。`, 'batch-inference')).toEqual(['批处理']);
    expect(marks(`${AI}未来会有大规模批处理/高吞吐场景。`, 'batch-inference')).toEqual(['批处理', '高吞吐']);
    expect(marks(`${AI}大模型的批處理任務不在乎延遲。`, 'batch-inference')).toEqual(['批處理']);
  });
});

describe('a hardware-aware algorithm is not co-design (round 13)', () => {
  it("an implementation, a scan or kernels tuned to the GPU's memory mark nothing", () => {
    expect(
      marks(
        `${AI}Mamba's other contribution is a hardware-aware implementation of the scan.`,
        'hardware-software-co-design',
      ),
    ).toEqual([]);
    expect(
      marks(`${AI}It keeps linear cost via a hardware-aware parallel scan algorithm.`, 'hardware-software-co-design'),
    ).toEqual([]);
    expect(marks(`${AI}该模型采用硬件感知的并行算法。`, 'hardware-software-co-design')).toEqual([]);
  });
  it('a hardware-aware model, co-design with the chip and 软硬件协同 stay', () => {
    expect(
      marks(`${AI}They ran a hardware-aware neural architecture search for the NPU.`, 'hardware-software-co-design'),
    ).toEqual(['hardware-aware']);
    expect(marks(`${AI}The model architecture was co-designed with the chip.`, 'hardware-software-co-design')).toEqual([
      'co-designed',
    ]);
    expect(
      marks(`${AI}DeepSeek 通过软硬件协同设计降低成本，提出硬件感知的模型架构。`, 'hardware-software-co-design'),
    ).toEqual(['软硬件协同设计', '硬件感知']);
  });
});

describe('an API cost in passing is not inference cost (round 13)', () => {
  it('a cache or a strategy that cuts API costs, with no price named, marks nothing', () => {
    expect(marks(`${AI}Semantic caching can slash API costs by up to 50%.`, 'inference-cost')).toEqual([]);
    expect(marks(`${AI}企业需要强大的AI推理能力,但受限于API调用成本、数据隐私法规。`, 'inference-cost')).toEqual([]);
    expect(marks(`${AI}- API 成本降低 50%+`, 'inference-cost')).toEqual([]);
  });
  it('an API cost beside its price stays, as does inference cost itself', () => {
    expect(marks(`${AI}DeepSeek's API costs $0.28 per million input tokens.`, 'inference-cost')).toEqual([
      'API costs',
      'per million input tokens',
    ]);
    expect(marks(`${AI}如何降低API调用成本?DeepSeek与文心一言实际费用对比`, 'inference-cost')).toEqual(['API调用成本']);
    expect(marks(`${AI}API 成本按 token 计费，推理成本一年降了十倍。`, 'inference-cost')).toEqual([
      'API 成本',
      '推理成本',
    ]);
  });
});

describe('the robots of the Transformers films (round 13)', () => {
  it("a plot's humanoid robot and the franchise's robots are characters", () => {
    expect(marks('原来爱丽丝是受霸天虎操控的、来自迪士尼乐园的人形机器人。', 'robotics')).toEqual([]);
    expect(marks(`${AI}《变形金刚》里的汽车人都是会变形的机器人。`, 'robotics')).toEqual([]);
    expect(marks(`${AI}The Autobots and Decepticons are alien robots; Optimus Prime leads them.`, 'robotics')).toEqual(
      [],
    );
  });
  it("humanoid robots of the field, Tesla's Optimus among them, stay", () => {
    expect(marks('特斯拉的人形机器人擎天柱开始进厂打工。', 'robotics')).toEqual(['人形机器人']);
    expect(marks(`${AI}Tesla's Optimus is a humanoid robot trained with robot learning.`, 'robotics')).toEqual([
      'humanoid robot',
      'robot learning',
    ]);
    expect(marks('家用人形機器人還要五到十年。', 'robotics')).toEqual(['人形機器人']);
  });
});

describe("the compiler's parts beyond the contract's examples (round 13)", () => {
  it('TorchDynamo, the graph capture, marks no PyTorch compiler', () => {
    expect(marks(`${AI}TorchDynamo traces the Python bytecode.`, 'torch-compile')).toEqual([]);
    expect(marks(`${AI}图捕捉由 TorchDynamo 完成。`, 'torch-compile')).toEqual([]);
    expect(marks(`${AI}Graph breaks in TorchDynamo fall back to eager mode.`, 'torch-compile')).toEqual([]);
  });
  it('torch.compile, TorchInductor and the inductor backend stay', () => {
    expect(marks(`${AI}torch.compile = TorchDynamo + Inductor.`, 'torch-compile')).toEqual([
      'torch.compile',
      'Inductor',
    ]);
    expect(marks(`${AI}TorchInductor emits Triton kernels.`, 'torch-compile')).toEqual(['TorchInductor']);
    expect(marks(`${AI}PyTorch 编译器把代码转换成 Triton。`, 'torch-compile')).toEqual(['PyTorch 编译器']);
  });
});

describe("NVIDIA's Transformer Engine (round 13)", () => {
  it('the FP8 unit and its library are a product, not the architecture', () => {
    expect(marks(`${AI}Hopper adds a Transformer Engine for FP8.`, 'transformer')).toEqual([]);
    expect(marks(`${AI}H100 has a transformer engine optimised for FP8 and INT8.`, 'transformer')).toEqual([]);
    expect(marks(`${AI}这种飞跃主要源于第二代Transformer引擎。`, 'transformer')).toEqual([]);
  });
  it('the architecture beside it stays', () => {
    expect(marks(`${AI}The Transformer is the architecture the engine was built for.`, 'transformer')).toEqual([
      'Transformer',
    ]);
    expect(marks(`${AI}Transformer架构的注意力层最耗时。`, 'transformer')).toEqual(['Transformer架构']);
    expect(marks(`${AI}Mamba models match transformers on language modeling.`, 'transformer')).toEqual([
      'transformers',
    ]);
  });
});

describe('embodied AI is the field, not its robots (round 13)', () => {
  it('"embodied AI" and 具身智能 alone mark no robotics', () => {
    expect(marks(`${AI}World models are the missing substrate for embodied AI.`, 'robotics')).toEqual([]);
    expect(marks(`${AI}AI 從「軟體代理人」進化為「具身智慧體」。`, 'robotics')).toEqual([]);
    expect(marks(`${AI}具身智能赛道的融资额创了新高。`, 'robotics')).toEqual([]);
  });
  it('the robots on such pages stay', () => {
    expect(marks(`${AI}In embodied AI, a robot must act at several time scales.`, 'robotics')).toEqual(['robot']);
    expect(marks(`${AI}具身智能让人形机器人学会抓取。`, 'robotics')).toEqual(['人形机器人']);
    expect(marks(`${AI}Embodied AI research moved to robot learning from video.`, 'robotics')).toEqual([
      'robot learning',
    ]);
  });
});

describe('汽车人才 and 汽车人工智能 are no Autobots (round 13)', () => {
  it("a robot beside the car industry's talent or AI stays robotics", () => {
    expect(marks('人形机器人进厂，汽车人才缺口扩大。', 'robotics')).toEqual(['人形机器人']);
    expect(marks('汽车人工智能与人形机器人共用芯片。', 'robotics')).toEqual(['人形机器人']);
    expect(marks('汽車人力短缺，工廠引進人形機器人。', 'robotics')).toEqual(['人形機器人']);
  });
});

describe("a network's own low latency, named before it (round 13)", () => {
  it('网络的低延迟 and 5G 的低延遲 are the link', () => {
    expect(marks(`${AI}5G 網路的低延遲讓遠端手術成為可能。`, 'low-latency-inference')).toEqual([]);
    expect(marks(`${AI}InfiniBand 网络的低延迟让多机训练更快。`, 'low-latency-inference')).toEqual([]);
    expect(marks(`${AI}光纖傳輸的低延遲是交易所的賣點。`, 'low-latency-inference')).toEqual([]);
  });
  it("a model's or a chip's low latency stays", () => {
    expect(marks(`${AI}模型推理的低延迟让编程助手更好用。`, 'low-latency-inference')).toEqual(['低延迟']);
    expect(marks(`${AI}Groq 的低延迟推理每秒输出数百个 token。`, 'low-latency-inference')).toEqual(['低延迟推理']);
    expect(marks(`${AI}用户愿意为極低延遲付更多钱。`, 'low-latency-inference')).toEqual(['極低延遲']);
  });
});

describe('the Transformers films by name in English (round 13)', () => {
  it("the movie's robots are characters, also on an AI page", () => {
    expect(marks(`${AI}The Transformers movie has great robot fights.`, 'robotics')).toEqual([]);
  });
  it('a robot in a line about the architecture stays', () => {
    expect(marks(`${AI}Transformers now drive the robot's planner.`, 'robotics')).toEqual(['robot']);
  });
});

describe('the open-source model of a project, with names between (round 13)', () => {
  it('a way of developing or governing software is no open model, also on an AI page', () => {
    expect(marks(`${AI}The open-source model of Linux development relies on maintainers.`, 'open-models')).toEqual([]);
    expect(marks('The open-source model of community software governance spread.', 'open-models')).toEqual([]);
    expect(marks(`${AI}It follows the open-source model of Apache project collaboration.`, 'open-models')).toEqual([]);
  });
  it('an open-source model of a size or a maker stays', () => {
    expect(marks(`${AI}Qwen3 is an open-source model of 235B parameters.`, 'open-models')).toEqual([
      'open-source model',
    ]);
    expect(marks(`${AI}DeepSeek released an open-source model of its own.`, 'open-models')).toEqual([
      'open-source model',
    ]);
    expect(marks(`${AI}The best open-source model of 2025 is a Qwen.`, 'open-models')).toEqual(['open-source model']);
    expect(marks(`${AI}Qwen3-Coder is an open-source model for agentic software development.`, 'open-models')).toEqual([
      'open-source model',
    ]);
  });
});

describe("retro games' 8-bit and a Kubernetes rollout (round 13)", () => {
  it('the 8-bit Nintendo and its sprites are no weights', () => {
    expect(marks(`${AI}The 8-bit Nintendo had great music.`, 'quantization')).toEqual([]);
    expect(marks(`${AI}Kids of the 8-bit era drew 8-bit sprites.`, 'quantization')).toEqual([]);
    expect(marks(`${AI}8-bit chiptunes are back.`, 'quantization')).toEqual([]);
  });
  it('8-bit weights and activations stay', () => {
    expect(marks(`${AI}We store 8-bit weights and 8-bit activations.`, 'quantization')).toEqual(['8-bit', '8-bit']);
  });
  it('Kubernetes 的 rollout is a deployment, on the whole page', () => {
    expect(marks(`${AI}Kubernetes 的 rollout 策略决定了 Pod 如何替换；rollout 失败就回滚。`, 'rl-rollouts')).toEqual(
      [],
    );
    expect(marks(`${AI}the K8s Deployment rollout paused.`, 'rl-rollouts')).toEqual([]);
  });
  it("a page on RL's rollouts keeps them, all but the one Kubernetes names", () => {
    expect(marks(`${AI}强化学习训练中 rollout 最耗时；Kubernetes 的 rollout 另说。`, 'rl-rollouts')).toEqual([
      '强化学习训练',
      'rollout',
    ]);
    expect(marks(`${AI}强化学习训练中，rollout 阶段最耗时；我们在 Kubernetes 上跑 rollout。`, 'rl-rollouts')).toEqual([
      '强化学习训练',
      'rollout',
      'rollout',
    ]);
  });
});

describe('a person counted by 位, and dies joined in a package (round 13)', () => {
  it('这位 agent and 兩位代理人 are people', () => {
    expect(marks(`${AI}这位 agent 帮我订了机票。`, 'ai-agents')).toEqual([]);
    expect(marks(`${AI}兩位代理人出庭作證。`, 'ai-agents')).toEqual([]);
    expect(marks(`${AI}每位 Agent 都有自己的客户。`, 'ai-agents')).toEqual([]);
  });
  it('an agent counted by 个 stays', () => {
    expect(marks(`${AI}这个 Agent 会自动调用工具。`, 'ai-agents')).toEqual(['Agent', '调用工具']);
    expect(marks(`${AI}多个 Agents 协作完成任务。`, 'ai-agents')).toEqual(['Agents']);
  });
  it('硅通孔 and 封装 互连 join dies, not chips or nodes', () => {
    expect(marks(`${AI}多层 DRAM 通过硅通孔(TSV)互联，带宽更高。`, 'interconnect')).toEqual([]);
    expect(marks(`${AI}芯片的封装互连采用混合键合。`, 'interconnect')).toEqual([]);
  });
  it("GPUs' and nodes' links stay", () => {
    expect(marks(`${AI}GPU 之间的高速互连决定了训练速度。`, 'interconnect')).toEqual(['高速互连']);
    expect(marks(`${AI}节点之间通过 InfiniBand 互联。`, 'interconnect')).toEqual(['InfiniBand', '互联']);
  });
});

describe("a CDN's latency, data moved between buckets, a console's bandwidth (round 13)", () => {
  it('are not inference', () => {
    expect(marks(`${AI}Our CDN offers low latency delivery worldwide.`, 'low-latency-inference')).toEqual([]);
    expect(marks(`${AI}Data movement between S3 buckets costs money.`, 'memory-bound-inference')).toEqual([]);
    expect(marks(`${AI}The memory bandwidth of the Xbox Series X is 560 GB/s.`, 'memory-bound-inference')).toEqual([]);
  });
  it("a model's latency and a decode step's bandwidth stay", () => {
    expect(marks(`${AI}Coding assistants need low latency above all.`, 'low-latency-inference')).toEqual([
      'low latency',
    ]);
    expect(marks(`${AI}Decoding is bound by memory bandwidth, not FLOPs.`, 'memory-bound-inference')).toEqual([
      'memory bandwidth',
    ]);
    expect(marks(`${AI}Data movement between HBM and SRAM dominates attention.`, 'memory-bound-inference')).toEqual([
      'Data movement',
      'HBM',
    ]);
  });
});

describe("a web service's batch API (round 13)", () => {
  it('bundled REST requests off an AI page are no batch inference', () => {
    expect(marks("Microsoft Graph's batch API combines up to 20 requests.", 'batch-inference')).toEqual([]);
    expect(marks('The batch API of our payment processor settles nightly.', 'batch-inference')).toEqual([]);
    expect(marks('Use the Facebook Graph batch API to cut HTTP round trips.', 'batch-inference')).toEqual([]);
  });
  it("a model maker's batch API stays", () => {
    expect(
      marks(
        "OpenAI's Batch API runs GPT-4o requests on tokens at half price; the model answers within 24 hours.",
        'batch-inference',
      ),
    ).toEqual(['Batch API']);
    expect(marks(`${AI}The batch API costs 50% less for offline jobs.`, 'batch-inference')).toEqual(['batch API']);
    expect(marks(`${AI}批量 API 与 Batch API 都打五折。`, 'batch-inference')).toEqual(['批量 API', 'Batch API']);
  });
});

describe('量化 in a line about trading (round 13)', () => {
  it('a quant team, a quant fund or a broker is finance', () => {
    expect(marks(`${AI}這家公司的量化團隊專做程式交易。`, 'quantization')).toEqual([]);
    expect(marks(`${AI}今年量化私募的收益不错。`, 'quantization')).toEqual([]);
    expect(marks(`${AI}他在券商做量化，每天盯着股票。`, 'quantization')).toEqual([]);
  });
  it("a model's quantization stays, also beside a trading word", () => {
    expect(marks(`${AI}量化把权重压到 4 位，显存省一半。`, 'quantization')).toEqual(['量化', '4 位']);
    expect(marks(`${AI}券商的大模型也做了 INT8 量化。`, 'quantization')).toEqual(['INT8', '量化']);
    expect(marks(`${AI}量化后模型推理更快。`, 'quantization')).toEqual(['量化']);
  });
});

describe('the detergent Triton X-100 (round 13)', () => {
  it("a lab protocol's Triton is no kernel language, on the whole page", () => {
    expect(marks(`${AI}Add 0.1% Triton X-100 to the lysis buffer; Triton helps open the cells.`, 'triton')).toEqual([]);
    expect(marks(`${AI}Triton X-100 is a nonionic surfactant.`, 'triton')).toEqual([]);
    expect(marks(`${AI}用 Triton X-100 裂解细胞。`, 'triton')).toEqual([]);
  });
  it('the language stays, also on a page that names the detergent', () => {
    expect(
      marks(`${AI}We wrote the Triton kernel with triton.jit; Triton X-100 was in the other lab.`, 'triton'),
    ).toEqual(['Triton kernel', 'triton.jit']);
    expect(marks(`${AI}Triton 3.0 adds new GPU backends.`, 'triton')).toEqual(['Triton']);
  });
});

describe("control theory's and econometrics' state-space models (round 13)", () => {
  it('a Kalman filter or a macroeconomic model is no Mamba', () => {
    expect(
      marks(`${AI}Kalman filters estimate the hidden state of a state space model.`, 'state-space-models'),
    ).toEqual([]);
    expect(
      marks(`${AI}The state-space model of the economy is a DSGE model in macroeconomics.`, 'state-space-models'),
    ).toEqual([]);
    expect(marks(`${AI}卡尔曼滤波基于状态空间模型。`, 'state-space-models')).toEqual([]);
  });
  it('the deep-learning SSMs stay, also beside a Kalman filter', () => {
    expect(marks(`${AI}Mamba is a selective state space model.`, 'state-space-models')).toEqual([
      'Mamba',
      'selective state space',
    ]);
    expect(
      marks(`${AI}Unlike a Kalman filter, S4 is a deep state space model for long sequences.`, 'state-space-models'),
    ).toEqual(['state space model']);
    expect(marks(`${AI}状态空间模型（SSM）把历史压缩成固定大小的状态。`, 'state-space-models')).toEqual([
      '状态空间模型',
      'SSM',
    ]);
  });
});

describe('视频生成 as a subject and its verb, a robot vacuum (round 13)', () => {
  it('the video that generated something, and a robot vacuum, are no such concepts', () => {
    expect(marks(`${AI}这款视频生成了大量弹幕。`, 'video-generation')).toEqual([]);
    expect(marks(`${AI}那段影片生成過不少討論。`, 'video-generation')).toEqual([]);
    expect(marks(`${AI}这台机器人吸尘器很好用。`, 'robotics')).toEqual([]);
  });
  it('video generation the noun, and robots, stay', () => {
    expect(marks(`${AI}视频生成模型 Sora 需要大量算力。`, 'video-generation')).toEqual(['视频生成模型']);
    expect(marks(`${AI}实时视频生成是消费级的新负载。`, 'video-generation')).toEqual(['实时视频生成']);
    expect(marks(`${AI}影片生成的成本很高；机器人学会了抓取。`, 'video-generation')).toEqual(['影片生成']);
  });
});

describe('工具 as a subject and 调用 its verb (round 13)', () => {
  it('a tool that called something is no tool calling', () => {
    expect(marks(`${AI}该工具调用了系统接口。`, 'ai-agents')).toEqual([]);
    expect(marks(`${AI}這個工具呼叫過外部服務。`, 'ai-agents')).toEqual([]);
  });
  it("an agent's tool calling stays", () => {
    expect(marks(`${AI}工具调用是 Agent 的核心技能。`, 'ai-agents')).toEqual(['工具调用', 'Agent']);
    expect(marks(`${AI}模型支援工具呼叫與結構化輸出。`, 'ai-agents')).toEqual(['工具呼叫']);
  });
});

describe('low latency beside high bandwidth or a network, unless the line names inference (review of eef0ae2, fc30c60)', () => {
  it("an inference service's low latency and high bandwidth is serving's; a memory's is not", () => {
    expect(
      marks(`${AI}Our inference service delivers low latency and high bandwidth.`, 'low-latency-inference'),
    ).toEqual(['low latency']);
    expect(marks(`${AI}HBM3E offers low latency and high bandwidth.`, 'low-latency-inference')).toEqual([]);
  });
  it('edge inference on CDN nodes keeps its 低延迟; a CDN serving web pages does not', () => {
    expect(marks(`${AI}边缘推理在CDN节点上实现低延迟。`, 'low-latency-inference')).toEqual(['低延迟']);
    expect(marks(`${AI}CDN节点让网页加载实现低延迟。`, 'low-latency-inference')).toEqual([]);
  });
  it('推理 before a network keeps 低延迟; a 5G network alone does not', () => {
    expect(marks(`${AI}推理服务经过5G网络的低延迟传到手机。`, 'low-latency-inference')).toEqual(['低延迟']);
    expect(marks(`${AI}5G网络的低延迟让远程手术成为可能。`, 'low-latency-inference')).toEqual([]);
  });
});

describe('hardware-aware blocks only before an algorithm or its code (review of 19b4354)', () => {
  it("DeepSeek-V3's hardware-aware design is co-design; a hardware-aware scan algorithm or 算法 is not", () => {
    expect(
      marks(`${AI}DeepSeek-V3's hardware-aware design lowers training cost.`, 'hardware-software-co-design'),
    ).toEqual(['hardware-aware']);
    expect(marks(`${AI}Mamba uses a hardware-aware parallel scan algorithm.`, 'hardware-software-co-design')).toEqual(
      [],
    );
    expect(marks(`${AI}它采用硬件感知的算法。`, 'hardware-software-co-design')).toEqual([]);
  });
});

describe("bare 量化 in a trading line, unless the line names a model's (review of 2f25642)", () => {
  it('a model name, its size or a bit width on either side keeps 量化', () => {
    expect(marks(`${AI}私募基金经理说，Llama 3 70B 经过量化后可在笔记本运行。`, 'quantization')).toEqual(['量化']);
    expect(marks(`${AI}Llama 3 70B 经过量化后可在笔记本运行，不少私募也在试。`, 'quantization')).toEqual(['量化']);
  });
  it("a fund's 量化 stays out, also beside 3位交易员 (a count of people, not a bit width)", () => {
    expect(marks(`${AI}私募基金经理用量化方法选股。`, 'quantization')).toEqual([]);
    expect(marks(`${AI}这家私募做量化，3位交易员负责选股。`, 'quantization')).toEqual([]);
  });
});

describe('a state space model in a control-theory line, unless it is where the SSM came from (review of 81bad99)', () => {
  it('"SSMs borrow the state space model from control theory" and 源于控制理论 beside 序列 keep their marks', () => {
    expect(marks(`${AI}SSMs borrow the state space model from control theory.`, 'state-space-models')).toEqual([
      'SSMs',
      'state space model',
    ]);
    expect(marks(`${AI}状态空间模型源于控制理论，Mamba 将其用于序列建模。`, 'state-space-models')).toEqual([
      '状态空间模型',
      'Mamba',
    ]);
  });
  it("a Kalman filter's state space model is still control theory's", () => {
    expect(
      marks(`${AI}A Kalman filter estimates the state space model in control systems.`, 'state-space-models'),
    ).toEqual([]);
  });
});

describe('过 and 着 that begin a word are no aspect marker (review of a9268ef, 19eb42b)', () => {
  it('视频生成过程中, 视频生成过后 and 工具调用过程 keep their marks', () => {
    expect(marks(`${AI}视频生成过程中需要大量显存。`, 'video-generation')).toEqual(['视频生成']);
    expect(marks(`${AI}视频生成过后还要剪辑。`, 'video-generation')).toEqual(['视频生成']);
    expect(marks(`${AI}工具调用过程中会返回结果。`, 'ai-agents')).toEqual(['工具调用']);
  });
  it('an aspect marker still makes 视频 and 工具 the subjects', () => {
    expect(marks(`${AI}这款视频生成过不少争议。`, 'video-generation')).toEqual([]);
    expect(marks(`${AI}该工具调用着系统接口。`, 'ai-agents')).toEqual([]);
  });
});

describe("the Transformers films beside Tesla's robot (review of bc6fda8)", () => {
  it("a line setting the films beside Tesla's, a factory's or a humanoid robot keeps robotics", () => {
    expect(marks(`${AI}不同于变形金刚里的汽车人，特斯拉的人形机器人要进工厂干活。`, 'robotics')).toEqual([
      '人形机器人',
    ]);
    expect(
      marks(
        `${AI}Unlike the Autobots of the Transformers films, Tesla's Optimus robot works in a factory.`,
        'robotics',
      ),
    ).toEqual(['robot']);
  });
  it('the films alone, and Optimus Prime (the films’), do not', () => {
    expect(marks(`${AI}变形金刚里的汽车人都是人形机器人。`, 'robotics')).toEqual([]);
    expect(marks(`${AI}Optimus Prime leads the Autobots, robots in disguise.`, 'robotics')).toEqual([]);
  });
});

describe('an alias written with "_" inside it is an identifier (guards.ts rule 1)', () => {
  it('quantized_weights, tool_use and kv_cache_dtype in code mark nothing', () => {
    expect(marks(`${AI}uint8_t quantized_weights[MATRIX_SIZE];`, 'quantization')).toEqual([]);
    expect(marks(`${AI}if (response.stop_reason === "tool_use") { run(); }`, 'ai-agents')).toEqual([]);
    expect(marks(`${AI}Set kv_cache_dtype before the server starts.`, 'kv-cache')).toEqual([]);
    expect(marks(`${AI}Call run("quantized_weights") first.`, 'quantization')).toEqual([]);
  });
  it('the same words in prose still mark, and an alias with "_" and no code beside it (flash_attention alone)', () => {
    expect(marks(`${AI}Install flash_attention for speed.`, 'flash-attention')).toEqual(['flash_attention']);
    expect(marks(`${AI}We store quantized weights in INT4.`, 'quantization')).toContain('quantized weights');
    expect(marks(`${AI}Claude returns a tool use block when it wants a tool.`, 'ai-agents')).toContain('tool use');
  });
});

describe('bare product codes, open-weight and 智能体 in other fields (the nineteenth batch, 2026-12-03)', () => {
  it("a van's H100 and an airliner's B200 on a page about no AI mark nothing; on an AI page, or with GPU, they are NVIDIA's", () => {
    expect(marks('Hyundai replaced its H100 van with the H1. The King Air B200 seats nine.', 'nvidia')).toEqual([]);
    expect(marks(`${AI}We served the model on eight H100s and one B200 node.`, 'nvidia')).toEqual(['H100s', 'B200']);
    expect(marks('The Hopper H100 GPU ships in a new server.', 'nvidia')).toEqual(['Hopper', 'H100 GPU']);
  });
  it("judo's open-weight category is a weight class; an AI page's open-weight models stay", () => {
    expect(marks('He fought in the open-weight category at the All Japan championships.', 'open-models')).toEqual([]);
    expect(marks(`${AI}Meta released open-weight checkpoints.`, 'open-models')).toEqual(['open-weight']);
    expect(marks('Meta released an open-weight model.', 'open-models')).toEqual(['open-weight model']);
  });
  it('control theory’s multi-agent consensus is not AI agents; an LLM agent’s consistency stays', () => {
    expect(marks(`${AI}本文讨论三阶多智能体系统在固定拓扑下的分组一致性。`, 'ai-agents')).toEqual([]);
    expect(marks(`${AI}多智能體系統在有向拓撲下實現一致性。`, 'ai-agents')).toEqual([]);
    expect(marks(`${AI}我们用大模型智能体调用工具，并检查输出的一致性。`, 'ai-agents')).toContain('智能体');
    expect(marks(`${AI}这个智能体会自动订机票。`, 'ai-agents')).toEqual(['智能体']);
  });
});

describe('a training run’s batch processing and a smart bathroom scale (the twentieth batch, 2026-12-03b)', () => {
  it('batch processing of LLM training is not batch inference; of LLM requests it is', () => {
    expect(
      marks(`${AI}The kernels enable larger batch processing and advanced LLM training.`, 'batch-inference'),
    ).toEqual([]);
    expect(marks(`${AI}Batch processing of LLM requests overnight halves the bill.`, 'batch-inference')).toEqual([
      'Batch processing',
    ]);
  });
  it('智能體重秤 is a scale; an agent that re-plans or matters is an agent', () => {
    expect(marks(`${AI}智能體重秤宣稱能測量體脂率，智能体重计也一样。`, 'ai-agents')).toEqual([]);
    expect(marks(`${AI}智能体重新规划任务后再调用工具。`, 'ai-agents')).toEqual(['智能体', '调用工具']);
  });
});

describe('official statistics’ synthetic data and the Open LLM Leaderboard (the twenty-first batch, 2026-12-03c)', () => {
  it('synthetic microdata of a census is not training data; synthetic data to train a model is', () => {
    expect(
      marks('The Census Bureau releases synthetic data to protect respondents’ confidentiality.', 'synthetic-data'),
    ).toEqual([]);
    expect(marks('统计局用合成数据发布人口普查微观数据。', 'synthetic-data')).toEqual([]);
    expect(marks(`${AI}We generate synthetic data to train the model.`, 'synthetic-data')).toEqual(['synthetic data']);
    expect(marks('Synthetic data from census records can train machine learning models.', 'synthetic-data')).toEqual([
      'Synthetic data',
    ]);
  });
  it('a score on the Open LLM Leaderboard is no open model; "open LLMs like Llama" are', () => {
    expect(marks(`${AI}It scores 70.1 percent on the Hugging Face Open LLM Leaderboard.`, 'open-models')).toEqual([]);
    expect(marks(`${AI}Open LLMs like Llama 3 run locally.`, 'open-models')).toEqual(['Open LLMs']);
  });
});

describe('human agency, a PCM sample’s bit depth and “Multi-Agent Systems” (round 18)', () => {
  it('Bandura’s agentic perspective is human agency; an agentic AI stays', () => {
    expect(
      marks(
        `${AI}Bandura's social cognitive theory takes an agentic perspective: self-efficacy shapes human agency.`,
        'ai-agents',
      ),
    ).toEqual([]);
    expect(marks(`${AI}The agentic perspective of this model: it calls tools on its own.`, 'ai-agents')).toEqual([
      'agentic',
    ]);
  });
  it('4位元 of a PCM sample and 4-bit PCM samples are audio; a 4-bit quantized model is quantization', () => {
    expect(marks(`${AI}脈衝編碼調變(PCM)在4位元下所得取樣點，位元深度為4。`, 'quantization')).toEqual([]);
    expect(marks(`${AI}The ADC stores 4bit PCM samples at a 44.1 kHz sample rate.`, 'quantization')).toEqual([]);
    expect(marks(`${AI}模型权重采用4位元量化，取样校准数据只需 128 条。`, 'quantization')).toEqual(['4位元', '量化']);
    expect(
      marks(`${AI}We quantize the model to 4bit weights, sampling 128 calibration texts.`, 'quantization'),
    ).toEqual(['quantize', '4bit']);
  });
  it('多智能体 consensus named “Multi-Agent Systems” stays control theory; an LLM Agent’s consistency is AI', () => {
    expect(marks(`${AI}多智能体系统(Multi-Agent Systems)在固定拓扑下的一致性。`, 'ai-agents')).not.toContain('智能体');
    expect(marks(`${AI}这个智能体(LLM Agent)检查输出的一致性。`, 'ai-agents')).toContain('智能体');
  });
});

describe('the twenty-third batch (2026-12-03e): Asterisk’s AGI, people who answer calls, Grace Hopper’s life, units', () => {
  it('the Asterisk Gateway Interface is telephony; AGI as general intelligence stays', () => {
    expect(marks(`${AI}Building Your AI Gateway: EAGI vs. AGI vs. ARI for an Asterisk PBX.`, 'agi')).toEqual([]);
    expect(marks(`${AI}An AGI script runs from the dialplan.`, 'agi')).toEqual([]);
    expect(marks(`${AI}OpenAI says AGI is near; the path to AGI runs through scaling.`, 'agi')).toEqual(['AGI', 'AGI']);
  });
  it('a human or live agent is a person; the agent that calls tools stays', () => {
    expect(marks(`${AI}How many of those calls reach a human agent? A live agent picks up.`, 'ai-agents')).toEqual([]);
    expect(marks(`${AI}The agent calls tools; our LLM agent loops.`, 'ai-agents')).toEqual(['agent', 'LLM agent']);
  });
  it('Hopper who worked on the Mark I and served in the Navy is the person; Hopper GPUs are the chip', () => {
    expect(
      marks(`${AI}During World War II, Hopper worked on the Mark I computer. Hopper served in the Navy.`, 'nvidia'),
    ).toEqual([]);
    expect(marks(`${AI}Hopper GPUs worked on the job.`, 'nvidia')).toEqual(['Hopper']);
  });
  it('tokens/sec and tokens/second are a figure’s unit (the guide’s decision of 2026-12-03); tokens per second stays', () => {
    expect(
      marks(
        `${AI}Cerebras hits 969 tokens/sec; 200 tokens/second. It runs at 500 tokens per second.`,
        'low-latency-inference',
      ),
    ).toEqual(['tokens per second']);
  });
  it('数据移动 over links is the interconnect’s; 数据移动 waited on by a GPU’s units is the bottleneck', () => {
    expect(marks(`${AI}铜缆无法应对机柜间的数据移动需求。`, 'memory-bound-inference')).toEqual([]);
    expect(marks(`${AI}GPU 的数学单元常常等待数据移动，瓶颈落在内存带宽上。`, 'memory-bound-inference')).toEqual([
      '数据移动',
      '内存带宽',
    ]);
  });
  it('低延时 is 低延迟, with the same network rules: a 5G network’s and a network’s own are not inference', () => {
    expect(
      marks(`${AI}实现高吞吐、低延时的推理体验。\n5G 網路的低延時。\n低延时的网络。`, 'low-latency-inference'),
    ).toEqual(['低延时']);
  });
});

describe('the twenty-fourth batch (2026-12-03f): a link’s latency, and a model’s low-latency mode', () => {
  it('latency-sensitive traffic over InfiniBand is the link’s; a latency-sensitive chatbot is inference', () => {
    expect(
      marks(
        `${AI}Activations move between stages: latency-sensitive operations that must cross InfiniBand.`,
        'low-latency-inference',
      ),
    ).toEqual([]);
    expect(
      marks(`${AI}Latency-sensitive inference for chatbots needs small batches.`, 'low-latency-inference'),
    ).toEqual(['Latency-sensitive']);
  });
  it('低延迟模式 of earbuds is theirs; a quantized model’s 低延迟模式 is inference', () => {
    expect(marks(`${AI}这款耳机支持低延迟模式。`, 'low-latency-inference')).toEqual([]);
    expect(marks(`${AI}原生INT4量化，在低延迟模式下实现无损的2倍加速。`, 'low-latency-inference')).toEqual(['低延迟']);
    expect(marks(`${AI}K2 的 INT4 版本在低延迟模式下提速。`, 'low-latency-inference')).toEqual(['低延迟']);
    expect(marks(`${AI}每秒生成 200 个 tokens 的低延迟模式。`, 'low-latency-inference')).toEqual(['低延迟']);
  });
});
