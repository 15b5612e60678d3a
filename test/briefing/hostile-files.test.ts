import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noExtraction } from '../../src/briefing/build.ts';
import { BriefingCatalog } from '../../src/briefing/catalog.ts';
import { loadBriefings } from '../../src/briefing/loader.ts';
import { MAX_BRIEFING_CHARS, parseBriefingFile } from '../../src/briefing/parse.ts';
import { nestingProblem } from '../../src/briefing/yaml-limits.ts';
import { main } from '../../src/cli.ts';
import { memoryIO } from '../../src/cli/io.ts';
import { openStore } from '../../src/store/index.ts';
import { BRIDGE_CLOSURE, HARBOUR_STRIKE, tempDir, testExtractor } from '../helpers/briefings.ts';
import { aliasBombBriefing } from '../helpers/hostile.ts';

describe('a hostile briefing file is that file’s error', () => {
  it('reports a YAML alias bomb at the line of its first alias instead of throwing', () => {
    const parsed = parseBriefingFile('briefings/bomb.md', aliasBombBriefing());
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^briefings\/bomb\.md:4: the front matter repeats values through aliases .* more than 50 times — write the values out/),
    ]);
  });

  it('refuses thousands of nested brackets before the YAML library reads them (they would exhaust memory)', () => {
    const deep = `---\nheadline: Deep\nactors: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\nBody.\n`;
    const parsed = parseBriefingFile('deep.md', deep);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^deep\.md:3: lists or mappings nest deeper than 32 levels/)]);
    const dashes = `---\nheadline: Deep\nactors:\n  ${'- '.repeat(20_000)}x\n---\nBody.\n`;
    expect(parseBriefingFile('dashes.md', dashes).ok).toBe(false);
  });

  it('counts nesting only outside quotes and comments, so ordinary text with brackets still parses', () => {
    expect(nestingProblem(`headline: "[[[[[[[[[[ not a list"\nsummary: it's [fine] # [[[[[[[[\n`, 3)).toBeUndefined();
    expect(nestingProblem('a: [[[[x]]]]', 3)).toMatchObject({ offset: 6 });
  });

  it('refuses a file over the size limit and a front matter over its own', () => {
    const big = `---\nheadline: Big\n---\n${'word '.repeat(MAX_BRIEFING_CHARS / 5 + 10)}`;
    expect(parseBriefingFile('big.md', big)).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringMatching(/over the 1024 KB limit/) }] });
    const fat = `---\nheadline: Fat\nsummary: ${'x'.repeat(600 * 1024)}\n---\nBody.\n`;
    expect(parseBriefingFile('fat.md', fat)).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/front matter is 600 KB, over the 512 KB limit/) }] });
  });

  it('loads the other briefings beside a bomb, and `brief validate` names the bomb with path:line', async () => {
    const dir = tempDir({ 'bomb.md': aliasBombBriefing(), 'harbour-strike.md': HARBOUR_STRIKE });
    const result = await loadBriefings(dir, noExtraction, dir);
    expect(result.briefings.map((b) => b.slug)).toEqual(['harbour-strike']);
    expect(result.problems.map((p) => `${p.path}:${p.line}`)).toEqual(['bomb.md:4']);

    const io = memoryIO({ cwd: dir });
    expect(await main(['validate', dir], io)).toBe(1);
    expect(io.err()).toMatch(/^bomb\.md:4: the front matter repeats values through aliases/m);
    expect(io.err()).toContain('1 briefing valid, 1 problem');
  });

  it('refuses a link that leads out of the briefings folder, and follows one that stays inside', async () => {
    const outside = tempDir({ 'secret.md': '---\nheadline: Not for chat\n---\nThe operator’s private notes.\n' });
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE });
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'bridge.md'), BRIDGE_CLOSURE);
    symlinkSync(join(outside, 'secret.md'), join(dir, 'leak.md'));
    symlinkSync(join(dir, 'drafts', 'bridge.md'), join(dir, 'old-mill-bridge.md'));
    symlinkSync(join(dir, 'missing-target.md'), join(dir, 'dangling.md'));
    const result = await loadBriefings(dir, noExtraction, dir);
    expect(result.briefings.map((b) => b.slug).sort()).toEqual(['harbour-strike', 'old-mill-bridge']);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^dangling\.md: is a link to a file that does not exist/),
      'leak.md: is a link to a file outside the briefings folder, which Brief does not read — copy the file into the folder instead',
    ]);
  });

  it('keeps answering from the good files when a bomb is dropped into the folder of a running catalog', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE });
    const problems: string[] = [];
    const store = openStore({ url: ':memory:' });
    const catalog = new BriefingCatalog({ dir, index: store.briefings, extractor: testExtractor(), watch: false, cwd: dir, onLoad: (load) => problems.push(...load.problems.map((p) => p.message)) });
    await catalog.start();
    writeFileSync(join(dir, 'bomb.md'), aliasBombBriefing());
    writeFileSync(join(dir, 'old-mill-bridge.md'), BRIDGE_CLOSURE);
    await catalog.reload();
    const slugs: string[] = [];
    for await (const outline of catalog.library().everyOutline()) slugs.push(outline.slug);
    expect(slugs.sort()).toEqual(['harbour-strike', 'old-mill-bridge']);
    expect(problems).toEqual([expect.stringMatching(/bomb\.md:4: /)]);
    await catalog.stop();
    await store.stop();
  });

  it('indexes no file a link brings in from outside the folder, and reports it and a dangling link on every start', async () => {
    const outside = tempDir({ 'secret.md': '---\nheadline: Not for chat\n---\nThe operator’s private notes.\n' });
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'leak.md'));
    symlinkSync(join(dir, 'missing-target.md'), join(dir, 'dangling.md'));
    const db = join(tempDir(), 'brief.db');
    for (let start = 0; start < 2; start++) {
      const store = openStore({ url: db });
      const problems: string[] = [];
      const catalog = new BriefingCatalog({ dir, index: store.briefings, extractor: testExtractor(), watch: false, cwd: dir, onLoad: (load) => problems.push(...load.problems.map((p) => p.message)) });
      await catalog.start();
      expect(problems.sort()).toEqual([
        expect.stringMatching(/^dangling\.md: is a link to a file that does not exist/),
        'leak.md: is a link to a file outside the briefings folder, which Brief does not read — copy the file into the folder instead',
      ]);
      expect(await catalog.library().findBriefing('not for chat')).toBeUndefined();
      expect((await catalog.library().findBriefing('harbour strike'))?.slug).toBe('harbour-strike');
      await catalog.stop();
      await store.stop();
    }
  });

  it('keeps a file whose extraction throws as that file’s problem, and indexes the others', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE, 'old-mill-bridge.md': BRIDGE_CLOSURE });
    const store = openStore({ url: ':memory:' });
    const problems: string[] = [];
    const extractor = testExtractor(() => {
      throw new Error('the language model ran out of memory');
    });
    const catalog = new BriefingCatalog({ dir, index: store.briefings, extractor, watch: false, cwd: dir, onLoad: (load) => problems.push(...load.problems.map((p) => p.message)) });
    await catalog.start();
    // The strike is fully curated (nothing to extract); the bridge's body needs extraction.
    expect(problems).toEqual([expect.stringMatching(/^old-mill-bridge\.md:\d+: could not be read: the language model ran out of memory/)]);
    expect((await catalog.library().findBriefing('harbour strike'))?.slug).toBe('harbour-strike');
    await catalog.stop();
    await store.stop();
  });

  it('keeps answering from what is indexed when the index refuses a write, and says which folder and why', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE });
    const store = openStore({ url: ':memory:' });
    let refuse = false;
    // The real index, with one write refused as a full disk would refuse it.
    const index = Object.assign(Object.create(store.briefings) as typeof store.briefings, {
      apply: (change: Parameters<typeof store.briefings.apply>[0]) => (refuse ? Promise.reject(new Error('database or disk is full')) : store.briefings.apply(change)),
    });
    const problems: string[] = [];
    const catalog = new BriefingCatalog({ dir, index, extractor: testExtractor(), watch: false, cwd: dir, onLoad: (load) => problems.push(...load.problems.map((p) => p.message)) });
    await catalog.start();
    refuse = true;
    writeFileSync(join(dir, 'old-mill-bridge.md'), BRIDGE_CLOSURE);
    await expect(catalog.reload()).resolves.toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(/could not be indexed \(the briefings indexed before keep answering\): database or disk is full/)]);
    expect((await catalog.library().findBriefing('harbour strike'))?.slug).toBe('harbour-strike');
    await catalog.stop();
    await store.stop();
  });
});
