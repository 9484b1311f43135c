/**
 * Node-only: the alias table for tests and benchmarks. Uses the generator's
 * `data/generated/aliases.json` when it exists; until then (and as a stable
 * fallback) derives a development table from the contract's surface-form
 * column in ../shared/spec/concepts.tsv, expanded to Traditional/Taiwan forms
 * with opencc-js. Never imported by the content script.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import type { AliasSpec, AliasTable, ConceptKind } from '../data-types';

/** The project root (two levels above lib/matcher). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Aliases that name something else off AI pages (the contract's confusables). */
const AI_ONLY = new Set(
  [
    'MLA', 'MoE', 'Mamba', 'Mamba-2', 'Triton', 'Gluon', 'Mojo', 'Modular', 'MAX', 'Cursor', 'Windsurf', 'Gemini', 'o3',
    'SSI', 'Claude', 'Together', 'hybrid', 'agent', 'rollout', 'rollouts', '量化', '稀疏', '内核', 'Transformer',
    'Transformers', 'Inductor', 'Hopper', 'Blackwell', 'Instinct', 'Pallas', 'Mila', 'agentic', 'tool use', 'Pika',
    'Hedra', 'Jamba', 'interconnect', 'networking', 'HBM', 'high-throughput', 'low latency', 'co-design', 'codesign',
    'hardware-aware', 'data generation', 'low precision', '4-bit', '8-bit', 'INT4', 'INT8', 'FP8', 'FP4',
    'active parameters', 'experts activated', 'memory bandwidth', 'data movement', 'memory-bound', 'offline inference',
    '互连', '互聯', '批处理', '低延迟', '低精度', '协同设计', '協同設計', '算子', '机器人', '機器人', '学术界', 'Deep Think',
    'SSM', 'ASI', 'superintelligence', 'robotics', 'AMD', 'ROCm', 'Inductor', 'MI300X', 'Adam optimizer', 'LayerNorm',
    'kernel fusion', 'open models', 'open-weight', 'tool calling', '4位', '4比特', '代理型', '智能体', '智能體', '工具调用',
    '混合架构', 'reinforcement learning', 'RL training', '强化学习', '強化學習', 'Nemotron-H', 'world model', '世界模型',
  ].map((s) => s.toLowerCase()),
);
const CASE_SENSITIVE = new Set(['MoE', 'MLA', 'SSI', 'SSM', 'AMD', 'MAX', 'ASI', 'AGI', 'HBM', 'Mojo', 'o3']);

let cached: AliasTable | undefined;

/** The generator's table if present, else the development table from the TSV. */
export function loadAliasTable(): AliasTable {
  if (cached) return cached;
  const generated = path.join(projectRoot, 'data/generated/aliases.json');
  cached = existsSync(generated) ? (JSON.parse(readFileSync(generated, 'utf8')) as AliasTable) : devAliasTable();
  return cached;
}

/** Builds the development table from ../shared/spec/concepts.tsv (column 5, "en | zh"). */
export function devAliasTable(): AliasTable {
  const tsv = readFileSync(path.resolve(projectRoot, '../shared/spec/concepts.tsv'), 'utf8');
  const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toTwp = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const hantToHans: Record<string, string> = {};
  const kinds: ConceptKind[] = ['hardware', 'models', 'techniques', 'tools', 'people'];
  const concepts = tsv
    .trim()
    .split('\n')
    .slice(1)
    .map((line, i) => {
      const cols = line.split('\t');
      const forms = cols[4]
        .split(/[|,]/)
        .map((f) => f.trim())
        .filter(Boolean);
      const aliases: AliasSpec[] = [];
      const seen = new Set<string>();
      const push = (text: string, aiOnly: boolean) => {
        if (seen.has(text)) return;
        seen.add(text);
        const spec: AliasSpec = { text };
        if (CASE_SENSITIVE.has(text)) spec.caseSensitive = true;
        if (aiOnly) spec.aiOnly = true;
        aliases.push(spec);
      };
      for (let form of forms) {
        const qualified = /\(.*\)/.test(form);
        form = form.replace(/\s*\(.*?\)\s*/g, '').trim();
        if (!form) continue;
        const aiOnly = qualified || AI_ONLY.has(form.toLowerCase());
        if (/\p{sc=Han}/u.test(form)) {
          const hans = toHans(form);
          for (const v of [hans, toHant(hans), toTwp(hans), form]) {
            push(v, aiOnly);
            const s = toHans(v);
            if (s.length === v.length) {
              for (let k = 0; k < v.length; k++) if (v[k] !== s[k]) hantToHans[v[k]] = s[k];
            }
          }
        } else push(form, aiOnly);
      }
      return { id: cols[0], kind: kinds[i % kinds.length], aliases };
    });
  return { concepts, hantToHans };
}
