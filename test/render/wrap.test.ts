import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/render/wrap.ts';

describe('wrapText', () => {
  it('wraps long lines at word boundaries within the width', () => {
    const out = wrapText('one two three four five six seven eight nine ten', 20);
    expect(out.split('\n').every((l) => l.length <= 20)).toBe(true);
    expect(out.replace(/\n/g, ' ')).toBe('one two three four five six seven eight nine ten');
  });

  it('keeps a bullet’s hanging indent on continued lines', () => {
    expect(wrapText('  • alpha beta gamma delta epsilon', 20)).toBe('  • alpha beta gamma\n    delta epsilon');
  });

  it('does not count colour codes as width', () => {
    const coloured = '\x1b[1mbold\x1b[22m words that fit';
    expect(wrapText(coloured, 20)).toBe(coloured);
  });

  it('leaves text alone for an unusable width', () => {
    expect(wrapText('a b c', 5)).toBe('a b c');
  });
});
