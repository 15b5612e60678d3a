/**
 * The catalog keeps a persistent index of the briefings folder in a real SQLite file: a start
 * re-reads only what changed, a change while running re-indexes that file alone, an interrupted
 * first index resumes, and a new extractor version re-extracts what it extracted.
 */
import { renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { BriefingCatalog, type CatalogLoad, type CatalogOptions } from '../../src/briefing/catalog.ts';
import type { Extraction } from '../../src/briefing/extraction.ts';
import { renderText } from '../../src/render/text.ts';
import { openStore, type SqliteStore } from '../../src/store/index.ts';
import { BRIDGE_CLOSURE, HARBOUR_STRIKE, tempDir, testExtractor } from '../helpers/briefings.ts';

const open: Array<{ catalog: BriefingCatalog; store: SqliteStore }> = [];
afterEach(async () => {
  for (const { catalog, store } of open.splice(0)) {
    await catalog.stop();
    await store.stop();
  }
});

/** Extraction that finds one person per body, and counts its calls. */
function countingExtractor() {
  const calls: string[] = [];
  const extract = (body: string): Extraction => {
    calls.push(body.slice(0, 20));
    return { actors: [{ name: 'Lena Brightwater', aliases: [], kind: 'person', role: 'harbour master', cites: ['1.1'] }], quotes: [], questions: [], claims: [] };
  };
  return { calls, extract };
}

const PLAIN = (headline: string, body: string) => `---\nheadline: ${headline}\n---\n${body}\n`;

function startCatalog(dir: string, dbPath: string, options: Partial<CatalogOptions> = {}) {
  const store = openStore({ url: dbPath });
  const loads: CatalogLoad[] = [];
  const catalog = new BriefingCatalog({
    dir,
    index: store.briefings,
    extractor: testExtractor(),
    watch: false,
    cwd: dir,
    ...options,
    onLoad: (load) => {
      loads.push(load);
      options.onLoad?.(load);
    },
  });
  open.push({ catalog, store });
  return { catalog, store, loads, library: catalog.library() };
}

async function restart(dir: string, dbPath: string, options: Partial<CatalogOptions> = {}) {
  const started = startCatalog(dir, dbPath, options);
  await started.catalog.start();
  return started;
}

describe('the briefing index', () => {
  it('indexes the folder once, then starts without reading an unchanged file', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE, 'old-mill-bridge.md': BRIDGE_CLOSURE });
    const db = join(tempDir(), 'brief.db');
    const first = await restart(dir, db);
    expect(first.loads[0]).toMatchObject({ count: 2, run: { read: 2, removed: 0 } });
    const second = await restart(dir, db);
    expect(second.loads[0]).toMatchObject({ count: 2, run: { read: 0, extracted: 0 } });
    expect((await second.library.findActor('kjaergaard'))?.identity.name).toBe('Søren Kjærgaard');
    expect((await second.library.findBriefing('cracked girders'))?.slug).toBe('old-mill-bridge');
  });

  it('re-reads only the file that changed, indexes a new one and forgets a removed one', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE, 'old-mill-bridge.md': BRIDGE_CLOSURE });
    const db = join(tempDir(), 'brief.db');
    await restart(dir, db);
    writeFileSync(join(dir, 'old-mill-bridge.md'), BRIDGE_CLOSURE.replaceAll('cracked girders', 'rusted bolts'));
    writeFileSync(join(dir, 'ferry.md'), PLAIN('Night ferry cancelled after engine fire', 'The night ferry to Eastholm was cancelled on Friday.'));
    unlinkSync(join(dir, 'harbour-strike.md'));
    const { loads, library } = await restart(dir, db);
    expect(loads[0]).toMatchObject({ count: 2, run: { read: 2, removed: 1 } });
    expect(await library.findBriefing('harbour strike')).toBeUndefined();
    expect(await library.findActor('Kjærgaard')).toBeUndefined();
    expect((await library.findBriefing('rusted bolts'))?.slug).toBe('old-mill-bridge');
    expect(await library.findBriefing('cracked girders')).toBeUndefined();
    expect((await library.findBriefing('night ferry'))?.slug).toBe('ferry');
  });

  it('sees on the next start an edit in place of the same length, and a renamed file', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE, 'old-mill-bridge.md': BRIDGE_CLOSURE });
    const db = join(tempDir(), 'brief.db');
    await restart(dir, db);
    // Same size, new text; its time set one second on, as a fast editor's save may leave it.
    const path = join(dir, 'old-mill-bridge.md');
    const { mtime, size } = statSync(path);
    writeFileSync(path, BRIDGE_CLOSURE.replaceAll('cracked girders', 'crooked girders'));
    expect(statSync(path).size).toBe(size);
    utimesSync(path, mtime, new Date(mtime.getTime() + 1000));
    renameSync(join(dir, 'harbour-strike.md'), join(dir, 'dock-strike.md'));
    const { loads, library, store } = await restart(dir, db);
    expect(loads[0]).toMatchObject({ count: 2, problems: [], run: { read: 2, removed: 1 } });
    expect((await library.findBriefing('crooked girders'))?.slug).toBe('old-mill-bridge');
    expect(await library.findBriefing('cracked girders')).toBeUndefined();
    expect((await library.bySlugExact('harbour-strike'))?.headline).toMatch(/^Dockworkers walk out/);
    expect((await store.briefings.outline('harbour-strike'))?.file).toBe('dock-strike.md');
    const again = await restart(dir, db);
    expect(again.loads[0]!.run).toMatchObject({ read: 0, removed: 0 });
  });

  it('records a copied or touched file without reading it again when its text is the same', async () => {
    const dir = tempDir({ 'old-mill-bridge.md': BRIDGE_CLOSURE });
    const db = join(tempDir(), 'brief.db');
    const { calls, extract } = countingExtractor();
    await restart(dir, db, { extractor: testExtractor(extract) });
    utimesSync(join(dir, 'old-mill-bridge.md'), new Date('2031-01-01'), new Date('2031-01-01'));
    const again = await restart(dir, db, { extractor: testExtractor(extract) });
    expect(again.loads[0]!.run).toMatchObject({ read: 0, extracted: 0 });
    expect(calls).toHaveLength(1);
    const third = await restart(dir, db, { extractor: testExtractor(extract) });
    expect(third.loads[0]!.run.read).toBe(0);
  });

  it('reuses the stored extraction when only the front matter changes', async () => {
    const dir = tempDir({ 'old-mill-bridge.md': BRIDGE_CLOSURE });
    const db = join(tempDir(), 'brief.db');
    const { calls, extract } = countingExtractor();
    await restart(dir, db, { extractor: testExtractor(extract) });
    writeFileSync(join(dir, 'old-mill-bridge.md'), BRIDGE_CLOSURE.replace('---\nheadline', '---\naliases: [bridge]\nheadline'));
    const { loads, library } = await restart(dir, db, { extractor: testExtractor(extract) });
    expect(loads[0]!.run).toMatchObject({ read: 1, extracted: 0 });
    expect(calls).toHaveLength(1);
    expect((await library.findBriefing('bridge'))?.slug).toBe('old-mill-bridge');
    expect((await library.findActor('Lena Brightwater'))?.identity.name).toBe('Lena Brightwater');
  });

  it('extracts again every file a new extractor version would read differently, and only those', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE, 'old-mill-bridge.md': BRIDGE_CLOSURE });
    const db = join(tempDir(), 'brief.db');
    const { calls, extract } = countingExtractor();
    await restart(dir, db, { extractor: testExtractor(extract, 'v1') });
    expect(calls).toHaveLength(1); // the strike is fully curated: nothing to extract
    const { loads } = await restart(dir, db, { extractor: testExtractor(extract, 'v2') });
    expect(loads[0]!.run).toMatchObject({ read: 1, extracted: 1 });
    expect(calls).toHaveLength(2);
  });

  it('resumes an interrupted first index where it stopped', async () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`story-${i}.md`, PLAIN(`Council story number ${i}`, `Story ${i} happened on Monday.`)]));
    const dir = tempDir(files);
    const db = join(tempDir(), 'brief.db');
    // Stop once the first batch is written, as Ctrl-C or SIGTERM would.
    const first = startCatalog(dir, db, { batchSize: 2, onProgress: (p) => p.done >= 2 && void first.catalog.stop() });
    await first.catalog.start();
    expect(first.loads[0]!.run).toMatchObject({ interrupted: true, read: 2 });
    expect(await first.library.count()).toBe(2);
    const second = await restart(dir, db);
    expect(second.loads[0]!.run).toMatchObject({ interrupted: false, read: 4 });
    expect(second.loads[0]!.count).toBe(6);
  });

  it('reports a bad file on every start and still answers from the others; a fix clears it', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE, 'broken.md': '---\nheadline: [\n---\nx' });
    const db = join(tempDir(), 'brief.db');
    const first = await restart(dir, db);
    expect(first.loads[0]!.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^broken\.md:2: front matter is not valid YAML/)]);
    const second = await restart(dir, db);
    expect(second.loads[0]!.run.read).toBe(0);
    expect(second.loads[0]!.problems.map((p) => p.path)).toEqual(['broken.md']);
    expect(await second.library.count()).toBe(1);
    writeFileSync(join(dir, 'broken.md'), BRIDGE_CLOSURE);
    const third = await restart(dir, db);
    expect(third.loads[0]!.problems).toEqual([]);
    expect(await third.library.count()).toBe(2);
  });

  it('gives a slug to the first file by name, and to the next when that one goes', async () => {
    const dir = tempDir({ 'b.md': HARBOUR_STRIKE, 'a.md': HARBOUR_STRIKE.replace('Dockworkers walk out', 'Dockers walk out') });
    const db = join(tempDir(), 'brief.db');
    const first = await restart(dir, db);
    expect(first.loads[0]!.problems.map((p) => p.message)).toEqual(['b.md:2: slug `harbour-strike` is already used by a.md — give this briefing its own `slug:`']);
    expect((await first.library.bySlugExact('harbour-strike'))?.headline).toMatch(/^Dockers walk out/);
    unlinkSync(join(dir, 'a.md'));
    const second = await restart(dir, db);
    expect(second.loads[0]!.problems).toEqual([]);
    expect((await second.library.bySlugExact('harbour-strike'))?.headline).toMatch(/^Dockworkers walk out/);
  });

  it('takes a slug back from a later file when an earlier one claims it', async () => {
    const dir = tempDir({ 'b.md': HARBOUR_STRIKE });
    const db = join(tempDir(), 'brief.db');
    await restart(dir, db);
    writeFileSync(join(dir, 'a.md'), HARBOUR_STRIKE.replace('Dockworkers walk out', 'Dockers walk out'));
    const { loads, library } = await restart(dir, db);
    expect(loads[0]!.problems.map((p) => p.path)).toEqual(['b.md']);
    expect((await library.bySlugExact('harbour-strike'))?.headline).toMatch(/^Dockers walk out/);
    expect(await library.count()).toBe(1);
  });

  it('says when the folder does not exist, and then has no briefings', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE });
    const db = join(tempDir(), 'brief.db');
    await restart(dir, db);
    rmSync(dir, { recursive: true });
    const { loads, library } = await restart(dir, db);
    expect(loads[0]!.problems[0]!.message).toMatch(/the folder does not exist — create it or set BRIEFINGS_DIR/);
    expect(await library.count()).toBe(0);
  });

  it('reads an article only when an answer shows its sentences', async () => {
    const dir = tempDir({ 'old-mill-bridge.md': BRIDGE_CLOSURE });
    const { library } = await restart(dir, join(tempDir(), 'brief.db'));
    expect((await library.bySlugExact('old-mill-bridge')) as object).not.toHaveProperty('body');
    const briefing = await library.briefing('old-mill-bridge');
    expect(briefing?.sentences.map((s) => s.id)).toEqual(['1.1', '2.1']);
    expect(briefing?.body).toBe(BRIDGE_CLOSURE.split('---\n')[2]);
  });

  it('notices an edit the index has not seen yet when it reads an article, and indexes it first', async () => {
    const dir = tempDir({ 'old-mill-bridge.md': BRIDGE_CLOSURE });
    const db = join(tempDir(), 'brief.db');
    const { library } = await restart(dir, db);
    writeFileSync(join(dir, 'old-mill-bridge.md'), BRIDGE_CLOSURE.replace('six weeks.', 'six weeks. Buses will run every ten minutes.'));
    const fresh = await library.briefing('old-mill-bridge');
    expect(fresh?.sentences.map((s) => s.id)).toEqual(['1.1', '2.1', '2.2']);
    expect(fresh?.hash).toBe((await library.bySlugExact('old-mill-bridge'))?.hash);
  });
});

describe('a one-shot command beside a running bot', () => {
  it('answers from the index a live bot keeps, without comparing the folder; compares it when the bot is gone', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE });
    const db = join(tempDir(), 'brief.db');
    let now = 1_000_000;
    // The bot says it watches when it starts (its next heartbeat is beyond this test).
    const bot = startCatalog(dir, db, { watch: true, heartbeatMs: 600_000, now: () => now });
    await bot.catalog.start();
    writeFileSync(join(dir, 'old-mill-bridge.md'), BRIDGE_CLOSURE);
    now += 2000;
    // Within three heartbeats: trusted, so nothing is read (the bot's watcher indexes the new file).
    const trusting = await restart(dir, db, { trustWatcher: true, heartbeatMs: 1000, now: () => now });
    expect(trusting.loads).toEqual([]);
    expect(trusting.catalog.status().state).toBe('current');
    now += 10_000;
    // The bot fell silent: compare the folder as usual.
    const checking = await restart(dir, db, { trustWatcher: true, heartbeatMs: 1000, now: () => now });
    expect(checking.loads[0]!.run).toMatchObject({ full: true });
    await bot.catalog.stop();
    const after = await restart(dir, db, { trustWatcher: true, heartbeatMs: 1000, now: () => now - 10_000 });
    expect(after.loads[0]!.run.full).toBe(true);
  });
});

describe('while running', () => {
  it('re-indexes a changed file alone and answers from it, keeping the good files answering', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE });
    const db = join(tempDir(), 'brief.db');
    let changed: (load: CatalogLoad) => void = () => undefined;
    const { catalog, library } = startCatalog(dir, db, { watch: true, debounceMs: 20, onLoad: (load) => changed(load) });
    await catalog.start();
    const next = () => new Promise<CatalogLoad>((resolve) => (changed = (load) => !load.run.full && resolve(load)));
    let seen = next();
    writeFileSync(join(dir, 'old-mill-bridge.md'), BRIDGE_CLOSURE);
    let load = await seen;
    expect(load.run).toMatchObject({ full: false, read: 1 });
    expect((await library.findBriefing('old mill bridge'))?.slug).toBe('old-mill-bridge');
    seen = next();
    writeFileSync(join(dir, 'broken.md'), '---\nheadline: [\n---\nx');
    load = await seen;
    expect(load.problems.map((p) => p.path)).toEqual(['broken.md']);
    expect(await library.count()).toBe(2);
  });

  it('answers from what is indexed while a first index runs in the background, and says so', async () => {
    const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE, 'old-mill-bridge.md': BRIDGE_CLOSURE });
    const db = join(tempDir(), 'brief.db');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { extract } = countingExtractor();
    const extractor = { version: async () => 'v1', load: async () => (await gate, extract) };
    const { catalog, library } = startCatalog(dir, db, { background: true, extractor });
    await catalog.start();
    expect(catalog.ready).toBe(true);
    expect(catalog.status().state).toBe('indexing');
    expect(await library.count()).toBe(0);
    // A miss says it may only be early.
    const early = await answer({ kind: 'briefing', topic: 'old mill bridge', part: 'card' }, library);
    expect(early).toMatchObject({ kind: 'not-found', indexing: { done: 0 } });
    expect(renderText(early)).toMatch(/Brief is still indexing the archive \(0 of \d+ files read\), so it may be in one not read yet/);
    release();
    await catalog.reload();
    expect(catalog.status().state).toBe('current');
    expect(await library.count()).toBe(2);
    expect(await answer({ kind: 'briefing', topic: 'volcano', part: 'card' }, library)).not.toHaveProperty('indexing');
  });
});
