/**
 * The first phase of building the matcher: the alias table and the context
 * signal words as folded keys (variants.ts), one record per distinct key,
 * owner and rules, sorted the way the automaton inserts them. It runs in
 * Node (the command-line tools, tests, and `npm run data`, which writes the
 * content script's copy); the content script never runs it.
 */
import { SIGNAL_WORDS } from '@/lib/matcher/signal-words';
import { halfWidthUnit, isIgnorableUnit, isSeparatorUnit } from '@/lib/matcher/fold';
import type { AliasSpec, AliasTable, OtherSenseRule } from '@/lib/data-types';
import {
  FLAG_AFTER_COUNT,
  FLAG_AI_ONLY,
  FLAG_BESIDE_CHINESE,
  FLAG_BLOCK,
  FLAG_CASE,
  FLAG_DECIDES,
  FLAG_END,
  FLAG_LOCAL_CUE,
  FLAG_MID_SENTENCE,
  FLAG_NAME_PART,
  FLAG_PLURAL,
  FLAG_START,
  type MatcherInput,
} from '@/lib/matcher/types';
import type { PackedMatcherInput } from '@/lib/matcher/packed';
import { matcherTables } from './matcher-tables';
import { aliasKeys } from './variants';

interface PendingRecord {
  key: string;
  owner: number;
  flags: number;
  exact: string;
  seps: number[];
}

/** The alias's non-separator characters, half-width, Traditional folded, case kept. */
function exactForm(alias: string, hantToHans: Record<string, string>): string {
  let out = '';
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    if (isSeparatorUnit(c) || isIgnorableUnit(c)) continue;
    const ch = String.fromCharCode(halfWidthUnit(c));
    out += hantToHans[ch] ?? ch;
  }
  return out;
}

/** The table's records (aliases, blocking phrases, signal words), ready for the automaton. */
export function matcherInput(table: AliasTable): MatcherInput {
  const hantToHans = table.hantToHans ?? {};
  const records: PendingRecord[] = [];
  const byKey = new Map<string, PendingRecord>();
  const add = (key: string, owner: number, flags: number, exact: string, seps: number[]) => {
    // Spellings that fold to one key ("Flash Attention", "FlashAttention") share a record.
    const sig = `${key}\u0000${owner}\u0000${flags}\u0000${exact}`;
    let r = byKey.get(sig);
    if (!r) {
      r = { key, owner, flags, exact, seps };
      byKey.set(sig, r);
      records.push(r);
    } else {
      for (let i = 0; i < seps.length; i++) if (!r.seps.includes(seps[i])) r.seps = r.seps.concat(seps[i]);
    }
  };
  const addAlias = (alias: AliasSpec, owner: number, blocks = false) => {
    const exact = alias.caseSensitive ? exactForm(alias.text, hantToHans) : '';
    for (const k of aliasKeys(alias.text, hantToHans)) {
      let flags = (k.boundaryStart ? FLAG_START : 0) | (k.boundaryEnd ? FLAG_END : 0);
      if (alias.caseSensitive) flags |= FLAG_CASE;
      // A blocking phrase blocks on every page, so it is never aiOnly; only it can decide the document.
      if (blocks) flags |= FLAG_BLOCK | (alias.decidesDocument ? FLAG_DECIDES : 0);
      else {
        if (alias.aiOnly) flags |= FLAG_AI_ONLY;
        if (alias.besideChinese) flags |= FLAG_BESIDE_CHINESE;
        if (alias.localCue) flags |= FLAG_LOCAL_CUE;
        if (alias.afterCount) flags |= FLAG_AFTER_COUNT;
        if (alias.namePart) flags |= FLAG_NAME_PART;
        if (alias.midSentence) flags |= FLAG_MID_SENTENCE;
      }
      if (k.plural) flags |= FLAG_PLURAL;
      add(k.key, owner, flags, exact, k.seps);
    }
  };
  table.concepts.forEach((concept, ci) => {
    for (const alias of concept.aliases) addAlias(alias, ci);
    for (const alias of concept.notAliases ?? []) addAlias(alias, ci, true);
  });
  SIGNAL_WORDS.forEach((s, si) => {
    for (const text of s.forms) addAlias({ text, caseSensitive: s.caseSensitive }, -si - 1);
  });
  // The order the automaton inserts them in, and lists a state's outputs in: by key, then by the order
  // they were added (compared as strings, "key\0index", as the construction always sorted them).
  const order = records
    .map((r, ri) => `${r.key}\u0000${ri}`)
    .sort()
    .map((tagged) => records[Number(tagged.slice(tagged.lastIndexOf('\u0000') + 1))]);
  // Only the fold pairs the keys need: the page's Traditional characters fold through them.
  const keyChars = new Set(order.flatMap((r) => [...r.key]));
  const folds: Record<string, string> = {};
  for (const hant of Object.keys(hantToHans).sort()) {
    if (keyChars.has(hantToHans[hant])) folds[hant] = hantToHans[hant];
  }
  const otherSenses: Record<string, OtherSenseRule[]> = {};
  const cues: Record<string, string> = {};
  const nameAfter: Record<string, string> = {};
  for (const concept of table.concepts) {
    if (concept.otherSenses?.length) otherSenses[concept.id] = concept.otherSenses;
    if (concept.cue) cues[concept.id] = concept.cue;
    if (concept.nameAfter) nameAfter[concept.id] = concept.nameAfter;
  }
  return {
    ...(Object.keys(otherSenses).length > 0 ? { otherSenses } : {}),
    ...(Object.keys(cues).length > 0 ? { cues } : {}),
    ...(Object.keys(nameAfter).length > 0 ? { nameAfter } : {}),
    conceptIds: table.concepts.map((c) => c.id),
    hantToHans: folds,
    signals: SIGNAL_WORDS.length,
    keys: order.map((r) => r.key),
    owners: order.map((r) => r.owner),
    flags: order.map((r) => r.flags),
    exact: order.map((r) => r.exact),
    seps: order.map((r) => r.seps),
  };
}

/**
 * The content script's copy of an input (packed.ts): its tables
 * (matcher-tables.ts) and the concepts' kinds; throws if the JSON the
 * background sends would not give the same tables back.
 */
export function packMatcherInput(input: MatcherInput, kinds: string[]): PackedMatcherInput {
  const { conceptIds, ...tables } = matcherTables(input);
  const packed: PackedMatcherInput = { conceptIds, kinds, ...tables };
  if (JSON.stringify(JSON.parse(JSON.stringify(packed))) !== JSON.stringify(packed)) {
    throw new Error('matcher input: packing does not round-trip');
  }
  return packed;
}
