/**
 * The README's transcript is real: each `brief> …` block shows exactly what `brief ask` answers
 * from the repository's own briefings today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { memoryIO } from '../src/cli/io.ts';
import { tempDir } from './helpers/briefings.ts';

const ROOT = join(import.meta.dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```text\nbrief> (.+)\n([\s\S]*?)\n```/g)].map((m) => ({ ask: m[1]!, shown: m[2]! }));

describe('the README transcript', () => {
  it('has examples to check', () => {
    expect(blocks.map((b) => b.ask)).toEqual(expect.arrayContaining(['/brief swap', 'who is Ana María Guzmán']));
  });

  it.each(blocks)('shows what `brief ask "$ask"` answers', async ({ ask, shown }) => {
    const io = memoryIO({ env: { BRIEFINGS_DIR: join(ROOT, 'briefings'), NO_COLOR: '1' }, cwd: tempDir() });
    expect(await main(['ask', ask], io)).toBe(0);
    expect(io.out().trimEnd()).toBe(shown);
  });
});
