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

  it('looks at the token only when a joiner touches the candidate', () => {
    const t = 'run use_kernels now';
    expect(insideCode(t, 8, 15)).toBe(true);
    expect(insideCode('GPU kernels. Next', 4, 11)).toBe(false);
    expect(insideCode('GEMM/Tensor Cores/WMMA', 5, 17)).toBe(false);
  });
});

describe('Chinese generic AI wording and local cues', () => {
  it('bare "Agent" counts beside Chinese text, not in English', () => {
    expect(has(`${AI}只需 0.2 元的 Token，即可自动构建 Agent 的桌面级 Agent！`, 'ai-agents')).toBe(true);
    expect(has(`${AI}The SDC Agent runs in the global zone; the Jenkins Agent polls.`, 'ai-agents')).toBe(false);
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
