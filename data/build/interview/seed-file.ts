/**
 * Where the read-only seed lives, relative to this file (project root is two
 * levels up; the shared inputs sit beside the project in `../shared`). Node
 * only: the extension never reads the seed, it reads data/generated/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the interview seed. */
const SEED_PATH = fileURLToPath(new URL('../../../../shared/seed/000_02d9b6fdf82c4313.txt', import.meta.url));

/** The seed text, exactly as stored (UTF-8). */
export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}
