/**
 * The content script's copy of the matcher input (types.ts), packed small
 * for the bundle: `npm run data` packs it (data/generated/content-matcher.json),
 * the content script unpacks it at start-up (a millisecond or less).
 *
 * One line per record, sorted by key: the key front-coded (one character
 * telling how many leading characters it shares with the key before, then
 * the rest), a tab, then `owner,flags[,seps joined by .][|exact]`. A
 * record's plural ("GPUs" beside "GPU": the same record with an "s", an end
 * boundary and FLAG_PLURAL) is not written out; {@link PLURAL_TOO} in the
 * flags stands for it.
 */
import { FLAG_END, FLAG_PLURAL, type MatcherInput } from './types';

/** Packed flag: the record's plural is a record too. */
export const PLURAL_TOO = 64;

export interface PackedMatcherInput {
  conceptIds: string[];
  /** Concept kinds, in conceptIds order (the content script colours by them). */
  kinds: string[];
  hantToHans: Record<string, string>;
  signals: number;
  records: string;
  /** Passed through (guards.ts). */
  otherSenses?: MatcherInput['otherSenses'];
  cues?: MatcherInput['cues'];
  nameAfter?: MatcherInput['nameAfter'];
}

/** The records of a packed input, in key order (same-key records keep their packed order). */
export function unpackMatcherInput(packed: PackedMatcherInput): MatcherInput {
  const input: MatcherInput = {
    conceptIds: packed.conceptIds,
    hantToHans: packed.hantToHans,
    signals: packed.signals,
    ...(packed.otherSenses ? { otherSenses: packed.otherSenses } : {}),
    ...(packed.cues ? { cues: packed.cues } : {}),
    ...(packed.nameAfter ? { nameAfter: packed.nameAfter } : {}),
    keys: [],
    owners: [],
    flags: [],
    exact: [],
    seps: [],
  };
  const plurals: number[] = [];
  let prev = '';
  for (const line of packed.records.split('\n')) {
    const tab = line.indexOf('\t');
    const key = prev.slice(0, line.charCodeAt(0) - 48) + line.slice(1, tab);
    prev = key;
    const bar = line.indexOf('|', tab);
    const fields = line.slice(tab + 1, bar < 0 ? line.length : bar).split(',');
    let flags = Number(fields[1]);
    if (flags & PLURAL_TOO) {
      flags -= PLURAL_TOO;
      plurals.push(input.keys.length);
    }
    input.keys.push(key);
    input.owners.push(Number(fields[0]));
    input.flags.push(flags);
    input.seps.push(fields.length > 2 ? fields[2].split('.').map(Number) : []);
    input.exact.push(bar < 0 ? '' : line.slice(bar + 1));
  }
  if (plurals.length === 0) return input;
  // Merge the plurals (sorted among themselves first) into the sorted records.
  plurals.sort((a, b) => {
    const ka = input.keys[a];
    const kb = input.keys[b];
    return ka === kb ? a - b : `${ka}s` < `${kb}s` ? -1 : 1;
  });
  const out: MatcherInput = { ...input, keys: [], owners: [], flags: [], exact: [], seps: [] };
  const push = (r: number, plural: boolean) => {
    out.keys.push(plural ? `${input.keys[r]}s` : input.keys[r]);
    out.owners.push(input.owners[r]);
    out.flags.push(plural ? input.flags[r] | FLAG_END | FLAG_PLURAL : input.flags[r]);
    out.exact.push(input.exact[r]);
    out.seps.push(input.seps[r]);
  };
  let p = 0;
  for (let r = 0; r < input.keys.length; r++) {
    // A plural goes before the records whose keys sort after or equal to it (it was made right after its alias).
    while (p < plurals.length && `${input.keys[plurals[p]]}s` <= input.keys[r]) push(plurals[p++], true);
    push(r, false);
  }
  while (p < plurals.length) push(plurals[p++], true);
  return out;
}
