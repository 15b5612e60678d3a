/**
 * The architecture rules (.dependency-cruiser.cjs) hold on the real tree, and they do catch what
 * they are for: a core file reaching back into an adapter fails the check.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { describe, expect, it } from 'vitest';

const CONFIG = resolve('.dependency-cruiser.cjs');

async function violations(files: string[], options: ICruiseOptions): Promise<Array<{ rule: string; from: string; to: string }>> {
  const { output } = await cruise(files, options);
  return (output as ICruiseResult).summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

/** A throwaway tree with these files, cruised from its own folder. */
function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'brief-depcruise-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('architecture rules', () => {
  it('hold for src/: no circles, and the core never imports the edge or a platform SDK', async () => {
    const options = await extractDepcruiseOptions(CONFIG);
    expect(await violations(['src'], options)).toEqual([]);
  });

  it('fail when a follow-up file imports from chat/', async () => {
    const root = fixture({
      'src/chat/adapter.ts': 'export interface ChatAdapter { platform: string }\n',
      'src/followup/scheduler.ts': "import type { ChatAdapter } from '../chat/adapter.ts';\nexport const adapters: ChatAdapter[] = [];\n",
    });
    const { tsConfig: _tsConfig, ...options } = await extractDepcruiseOptions(CONFIG);
    expect(await violations(['src'], { ...options, baseDir: root })).toEqual([{ rule: 'core-not-to-edge', from: 'src/followup/scheduler.ts', to: 'src/chat/adapter.ts' }]);
  });

  it('fail when the briefing domain reaches into the store instead of its own index port', async () => {
    const root = fixture({
      'src/store/sqlite-briefing-index.ts': 'export class SqliteBriefingIndex {}\n',
      'src/briefing/library.ts': "import { SqliteBriefingIndex } from '../store/sqlite-briefing-index.ts';\nexport const index = new SqliteBriefingIndex();\n",
    });
    const { tsConfig: _tsConfig, ...options } = await extractDepcruiseOptions(CONFIG);
    expect(await violations(['src'], { ...options, baseDir: root })).toEqual([
      { rule: 'briefing-is-the-domain', from: 'src/briefing/library.ts', to: 'src/store/sqlite-briefing-index.ts' },
    ]);
  });

  it('fail on an import circle', async () => {
    const root = fixture({
      'src/store/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/store/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
    });
    const { tsConfig: _tsConfig, ...options } = await extractDepcruiseOptions(CONFIG);
    expect((await violations(['src'], { ...options, baseDir: root })).map((v) => v.rule)).toContain('no-circular');
  });
});

describe('docs/architecture.md', () => {
  it('names every part under src/', () => {
    const doc = readFileSync('docs/architecture.md', 'utf8');
    const parts = readdirSync('src', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(parts.filter((part) => !doc.includes(`\`src/${part}/\``))).toEqual([]);
  });
});
