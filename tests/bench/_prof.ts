import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { compileMatcher } from '@/data/build/compile-matcher';
import { loadAliasTable } from '@/tests/tools/read-alias-table';
const seed = readFileSync('/work/shared/seed/000_02d9b6fdf82c4313.txt', 'utf8');
const seedHans = OpenCC.Converter({ from: 'tw', to: 'cn' })(seed);
const t = Array.from({ length: 60 }, () => `${seed}\n${seedHans}`).join('\n');
const m = compileMatcher(loadAliasTable());
const mode = process.argv[2] ?? 'findAll';
for (let k = 0; k < 40; k++) { const s = performance.now(); const r = mode === 'scan' ? m.scan(t) : m.findAll(t); if (k % 10 === 0) console.log(mode, (performance.now() - s).toFixed(1), r.length); }
