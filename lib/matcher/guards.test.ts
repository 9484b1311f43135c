import { describe, expect, it } from 'vitest';
import { endAnchoredSource } from './guards';

const texts = [
  '在 Linux ',
  '在 Linux 系统',
  'the Unix\t',
  'UNIX',
  'Linux kernel ',
  '',
  '  ',
  'a cb',
  'ab',
  'xxab',
  'b here',
];

/** The expression the guards make of a prepared `before` (sticky at the text's end when it is the lookbehind). */
function endAnchored(source: string, flags: string): { re: RegExp; atEnd: boolean } {
  const made = endAnchoredSource(source);
  return { re: new RegExp(made.source, made.atEnd ? `${flags}y` : flags), atEnd: made.atEnd };
}

/** What the expression as written says of each text, and what the made one says. */
function both(source: string, flags: string) {
  const plain = new RegExp(source, flags);
  const made = endAnchored(source, flags);
  return texts.map((t) => {
    made.re.lastIndex = t.length;
    return [plain.test(t), made.re.test(t)];
  });
}

describe('endAnchoredSource (a before rule read back from its end)', () => {
  it('makes an expression that ends with $ a lookbehind that answers as the expression does', () => {
    for (const source of [String.raw`(?:Linux|Unix|UNIX|系统)\s*$`, String.raw`\b(?:Linux)\s+$`, 'a[$|]?b$']) {
      expect(endAnchored(source, 'i').atEnd).toBe(true);
      for (const [plain, made] of both(source, 'i')) expect(made).toBe(plain);
    }
  });

  it('keeps an expression whose $ is not the end of every match as it is', () => {
    for (const source of ['ab$|cb', '(?:ab$|c)', String.raw`(a)\1$`, String.raw`ab\$`, 'b'])
      expect(endAnchored(source, '').atEnd).toBe(false);
    for (const [plain, made] of both('ab$|cb', '')) expect(made).toBe(plain);
  });
});
