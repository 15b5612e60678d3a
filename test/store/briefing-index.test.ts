/**
 * The briefing index, on SQLite and on Postgres alike: identities stay consistent as briefings come and go, anything a
 * person types is safe in a full-text query, and typo candidates come from exact look-ups.
 */
import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../src/briefing/build.ts';
import { INDEX_FORMAT, rowIsCurrent } from '../../src/briefing/index-file.ts';
import { indexedBriefing } from '../../src/briefing/index-entry.ts';
import { CHANGE_LOG, FILE_PROBLEMS, FILE_STALE, FILE_UNINDEXED_SLUG, type IndexedFile, type IndexEntry } from '../../src/briefing/index-store.ts';
import { deletionVariants } from '../../src/briefing/terms.ts';
import { makeBriefings } from '../helpers/briefings.ts';
import { engines } from '../helpers/postgres.ts';
import { openStore } from '../../src/store/index.ts';

const story = (slug: string, headline: string, actor: string, role: string) => `---
slug: ${slug}
headline: ${headline}
actors:
  - { name: ${actor}, kind: person, role: ${role} }
quotes: []
questions: []
claims: []
---
${actor} spoke on Monday. ${actor.split(' ').pop()} said more on Tuesday.
`;

/** Two people of one surname, the second named more often. */
const NAMESAKES = {
  'a.md': story('ferry-fire', 'Ferry fire', 'Inés Castaño', 'harbour master'),
  'b.md': story('dock-vote', 'Dock vote', 'Pablo Castaño', 'port director').replace('Castaño said more', 'Castaño said more. Pablo Castaño left. Castaño returned'),
};

function entries(files: Record<string, string>): IndexEntry[] {
  return makeBriefings(files).map((b) => ({
    file: { name: `${b.slug}.md`, size: 1, mtimeMs: 1, hash: b.hash, format: INDEX_FORMAT, slug: b.slug, indexed: true, problems: [] },
    briefing: indexedBriefing(outlineOf(b)),
  }));
}

describe.each(engines)('the briefing index on $engine', ({ open }) => {
  it('keeps one identity across briefings, weighing every appearance, and drops it with its last briefing', async () => {
    const store = await open();
    const index = store.briefings;
    await index.apply({
      put: entries({
        'a.md': story('ferry-fire', 'Ferry fire', 'Inés Castaño', 'harbour master'),
        'b.md': story('dock-vote', 'Dock vote', 'Ines Castano', 'port director'),
      }),
      remove: [],
    });
    const [identity] = await index.identitiesByKey('castano', { exact: true, limit: 5 });
    expect(identity).toMatchObject({ key: 'ines castano', appearances: 2, name: 'Ines Castano' });
    expect((await index.identityWords(['ines castano'])).get('ines castano')).toEqual({ names: ['ines', 'castano'], roles: ['port', 'director', 'harbour', 'master'] });
    expect((await index.appearancesOf('ines castano', 10)).map((a) => a.briefing.slug).sort()).toEqual(['dock-vote', 'ferry-fire']);

    await index.apply({ put: [], remove: ['dock-vote.md'] });
    expect(await index.identitiesByKey('castano', { exact: true, limit: 5 })).toMatchObject([{ appearances: 1, name: 'Inés Castaño' }]);
    expect((await index.identityWords(['ines castano'])).get('ines castano')?.roles).toEqual(['harbour', 'master']);
    await index.apply({ put: [], remove: ['ferry-fire.md'] });
    expect(await index.identitiesByKey('castano', { exact: true, limit: 5 })).toEqual([]);
    expect(await index.searchIdentities({ words: [[{ term: 'castano' }]], combine: 'all' }, 5)).toEqual([]);
    expect(await index.count()).toBe(0);
    await store.stop();
  });

  it('builds the same identity batch by batch as all at once, whatever order the briefings come in', async () => {
    const files = {
      'a.md': story('ferry-fire', 'Ferry fire', 'Inés Castaño', 'harbour master'),
      'b.md': story('dock-vote', 'Dock vote', 'Ines Castano', 'port director'),
      'c.md': story('ward-count', 'Ward count', 'Inés Castaño', 'returning officer').replace('said more on Tuesday', 'said more on Tuesday. Castaño spoke again'),
    };
    const whole = await open();
    await whole.briefings.apply({ put: entries(files), remove: [] });
    const batched = await open();
    // Last in headline order first, so each batch brings a name and role that sort earlier.
    for (const entry of entries(files).reverse()) await batched.briefings.apply({ put: [entry], remove: [] });
    const seen = async (store: typeof whole) => {
      const [identity] = await store.briefings.identitiesByKey('castano', { exact: true, limit: 5 });
      const words = (await store.briefings.identityWords(['ines castano'])).get('ines castano')!;
      const byRole = await store.briefings.searchIdentities({ words: [[{ term: 'officer' }]], combine: 'all', fields: ['roles'] }, 5);
      const byKey = await store.briefings.identitiesByKey('ines', { limit: 5 });
      return { identity, names: [...words.names].sort(), roles: [...words.roles].sort(), byRole: byRole.map((i) => i.key), byKey: byKey.map((i) => [i.key, i.weight]) };
    };
    const once = await seen(whole);
    expect(once.identity).toMatchObject({ name: 'Ines Castano', role: 'port director', appearances: 3 });
    expect(await seen(batched)).toEqual(once);
    // Losing the appearance that gave the name and role: recomputed from those left.
    await batched.briefings.apply({ put: [], remove: ['dock-vote.md'] });
    expect(await batched.briefings.identitiesByKey('castano', { exact: true, limit: 5 })).toMatchObject([{ name: 'Inés Castaño', role: 'harbour master', appearances: 2, weight: once.identity!.weight - 3 }]);
    await whole.stop();
    await batched.stop();
  });

  it('keeps an identity as a full rebuild has it when an edit moves its briefing in headline order but keeps its actors', async () => {
    const files: Record<string, string> = {
      'a.md': story('ferry-fire', 'Ferry fire', 'Inés Castaño', 'harbour master'),
      'b.md': story('dock-vote', 'Dock vote', 'Ines Castano', 'port director'),
      'c.md': story('ward-count', 'Ward count', 'Inés Castaño', 'returning officer'),
    };
    const edited = await open();
    await edited.briefings.apply({ put: entries(files), remove: [] });
    const identity = async (store: typeof edited) => {
      const [found] = await store.briefings.identitiesByKey('castano', { exact: true, limit: 5 });
      const words = (await store.briefings.identityWords(['ines castano'])).get('ines castano')!;
      return { ...found, names: [...words.names].sort(), roles: [...words.roles].sort() };
    };
    // Each edit: the last one now sorts first (not where the name came from); one moves without
    // passing it; the briefing the name and role come from moves to the end.
    const edits: Array<[string, string]> = [
      ['c.md', 'Alarm at ward count'],
      ['a.md', 'Fire on the ferry'],
      ['c.md', 'Zebra crossing count'],
    ];
    for (const [file, headline] of edits) {
      files[file] = files[file]!.replace(/^headline: .*$/m, `headline: ${headline}`);
      await edited.briefings.apply({ put: entries(files).filter((e) => e.file.name === `${files[file]!.match(/^slug: (.*)$/m)![1]}.md`), remove: [] });
      const rebuilt = await open();
      await rebuilt.briefings.apply({ put: entries(files), remove: [] });
      expect(await identity(edited), `after "${headline}"`).toEqual(await identity(rebuilt));
      await rebuilt.stop();
    }
    expect(await identity(edited)).toMatchObject({ name: 'Ines Castano', role: 'port director', appearances: 3 });
    await edited.stop();
  });

  it('finds namesakes by surname heaviest first, by index, and keeps their keys in step as briefings go', async () => {
    const store = await open();
    const index = store.briefings;
    await index.apply({
      put: entries(NAMESAKES),
      remove: [],
    });
    expect((await index.identitiesByKey('castano', { exact: true, limit: 5 })).map((i) => i.name)).toEqual(['Pablo Castaño', 'Inés Castaño']);
    expect((await index.identitiesByKey('pablo', { limit: 5 })).map((i) => i.name)).toEqual(['Pablo Castaño']);
    expect(await index.identitiesByKey('pablo', { exact: true, limit: 5 })).toEqual([]);
    expect((await index.identitiesByKey('cast', { prefix: true, limit: 5 })).map((i) => i.role)).toEqual(expect.arrayContaining(['harbour master', 'port director']));
    await index.apply({ put: [], remove: ['dock-vote.md'] });
    expect((await index.identitiesByKey('castano', { exact: true, limit: 5 })).map((i) => i.name)).toEqual(['Inés Castaño']);
    expect(await index.identitiesByKey('pablo', { limit: 5 })).toEqual([]);
    await store.stop();
  });

  it('searches identities for every match when no more match than asked, and for the best by rank when more do', async () => {
    const store = await open();
    await store.briefings.apply({
      put: entries({
        'a.md': story('ferry-fire', 'Ferry fire', 'Inés Castaño', 'harbour master'),
        'b.md': story('dock-vote', 'Dock vote', 'Pablo Castaño', 'port director'),
        'c.md': story('estate-sale', 'Estate sale', 'Ana Castaño', 'Castaño estate manager'),
        'd.md': story('ward-count', 'Ward count', 'Luis Castaño', 'returning officer'),
      }),
      remove: [],
    });
    const search = async (limit: number) => (await store.briefings.searchIdentities({ words: [[{ term: 'castano' }]], combine: 'all' }, limit)).map((i) => i.key);
    const all = ['ana castano', 'ines castano', 'luis castano', 'pablo castano'];
    expect((await search(4)).sort()).toEqual(all);
    expect((await search(50)).sort()).toEqual(all);
    // Three of four: ranked, and the one with the word in its names and its role ranks first.
    const best = await search(3);
    expect(best).toHaveLength(3);
    expect(best[0]).toBe('ana castano');
    expect(new Set(best).size).toBe(3);
    expect((await search(1))).toEqual(['ana castano']);
    await store.stop();
  });

  it('merges its full-text indexes, at once or in steps, without changing what a search finds', async () => {
    const store = await open();
    for (const [file, text] of Object.entries(NAMESAKES)) await store.briefings.apply({ put: entries({ [file]: text }), remove: [] });
    const search = async () => ({
      people: (await store.briefings.searchIdentities({ words: [[{ term: 'castano' }]], combine: 'all' }, 5)).map((i) => i.key).sort(),
      stories: (await store.briefings.searchBriefings({ words: [[{ term: 'vote' }, { term: 'fire' }]], combine: 'all' }, 5)).map((b) => b.slug).sort(),
    });
    const before = await search();
    expect(before).toEqual({ people: ['ines castano', 'pablo castano'], stories: ['dock-vote', 'ferry-fire'] });
    // Tidying in steps after a write: each step says whether more is left, and answers never change.
    await store.briefings.apply({ put: entries({ 'a.md': NAMESAKES['a.md'] }), remove: [] });
    let steps = 0;
    while (await store.briefings.tidyText(1)) {
      expect(await search()).toEqual(before);
      expect(++steps).toBeLessThan(100);
    }
    expect(await store.briefings.tidyText(1)).toBe(false);
    await store.briefings.compactText();
    expect(await search()).toEqual(before);
    await store.stop();
  });

  it('looks several keys up at once as it looks each up alone', async () => {
    const store = await open();
    const index = store.briefings;
    await index.apply({
      put: entries({
        ...NAMESAKES,
        'c.md': story('ferry-vote', 'Ferry vote', 'Pablo Ferry', 'ferry captain'),
      }),
      remove: [],
    });
    const keys = ['castano', 'ines', 'pablo', 'ferry', 'nobody'];
    for (const match of [{ limit: 1 }, { limit: 5 }, { exact: true, limit: 5 }]) {
      const alone = async <T>(look: (key: string) => Promise<T[]>) => new Map((await Promise.all(keys.map(async (k) => [k, await look(k)] as const))).filter(([, hits]) => hits.length > 0));
      expect(await index.identitiesByKeys(keys, match)).toEqual(await alone((k) => index.identitiesByKey(k, match)));
      expect(await index.briefingsByKeys(keys, match)).toEqual(await alone((k) => index.briefingsByKey(k, match)));
    }
    expect((await index.identitiesByKeys(keys, { limit: 5 })).get('castano')?.map((i) => i.name)).toEqual(['Pablo Castaño', 'Inés Castaño']);
    expect(await index.identitiesByKeys([], { limit: 5 })).toEqual(new Map());
    await store.stop();
  });

  it('ranks a first name many people share as reading every one of them would, ties at the cut included', async () => {
    const store = await open();
    const index = store.briefings;
    // Thirty people called Jane, named one to four times (so many share a weight), five surnames among them.
    const surnames = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Kowalski'];
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) {
      const name = `Jane ${surnames[i % 5]}${'abcdef'[Math.floor(i / 5)]}`;
      files[`s${i}.md`] = story(`story-${i}`, `Story ${i}`, name, 'witness').replace('said more on Tuesday.', `said more on Tuesday.${` ${name} agreed.`.repeat(i % 4)}`);
    }
    await index.apply({ put: entries(files), remove: [] });
    const keys = ['jane', 'okafora', 'jane okafora', 'nobody'];
    const everyOne = await index.identitiesByKey('jane', { limit: 100 });
    expect(everyOne).toHaveLength(30);
    expect(new Set(everyOne.map((i) => i.weight)).size).toBeLessThan(10);
    for (const exact of [false, true]) {
      for (const limit of [1, 2, 3, 5, 8, 13, 29, 30, 31]) {
        const byKeys = await index.identitiesByKeys(keys, { exact, limit });
        for (const key of keys) {
          const all = await index.identitiesByKey(key, { exact, limit: 100 });
          expect(byKeys.get(key) ?? []).toEqual(all.slice(0, limit));
        }
      }
    }
    // Heaviest first, and among equals by key — the order a full read gives.
    const sorted = [...everyOne].sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
    expect((await index.identitiesByKeys(['jane'], { limit: 7 })).get('jane')).toEqual(sorted.slice(0, 7));
    await store.stop();
  });

  it('counts the writes that change briefings, and keeps a derived value with the revision it was made at', async () => {
    const store = await open();
    const index = store.briefings;
    expect(await index.revision()).toBe(0);
    expect(await index.derived('story-index')).toBeUndefined();
    await index.apply({ put: entries(NAMESAKES), remove: [] });
    expect(await index.revision()).toBe(1);
    await index.apply({ put: [], touch: [{ name: 'ferry-fire.md', size: 2, mtimeMs: 2 }], remove: [] });
    expect(await index.revision()).toBe(1);
    await index.apply({ put: [], remove: ['dock-vote.md'] });
    expect(await index.revision()).toBe(2);
    const data = Buffer.from([0, 1, 2, 255, 254, 0, 10]);
    await index.keepDerived('story-index', 2, data);
    expect(await index.derived('story-index')).toEqual({ revision: 2, data });
    await index.keepDerived('story-index', 3, Buffer.alloc(0));
    expect(await index.derived('story-index')).toEqual({ revision: 3, data: Buffer.alloc(0) });
    await store.stop();
  });

  it('tells which briefings changed since a revision, each where headline order places it now, while its log reaches back', async () => {
    const store = await open();
    const index = store.briefings;
    const headlines = ['Quay', 'Harbour', 'Bridge', 'Ferry', 'Dock', 'Port', 'Canal', 'Lock', 'Pier', 'Tide', 'Wharf', 'Buoy', 'Berth', 'Crane', 'Gate', 'Mole', 'Jetty', 'Slip', 'Dam', 'Weir'];
    const files = (names: string[], suffix = '') => Object.fromEntries(names.map((h, i) => [`${i}.md`, story(`${h.toLowerCase()}-story`, `${h} story${suffix}`, 'Ana Ruiz', 'mayor')]));
    const places = async () => new Map((await index.list(1000)).map((b, i) => [b.slug, i]));
    const summary = (changes: Awaited<ReturnType<typeof index.changesSince>>) =>
      changes && { revision: changes.revision, changed: changes.changed.map((c) => [c.slug, c.now?.position, c.now?.outline.headline]).sort() };

    // Twenty briefings in one write: placed by one pass over the headline order.
    await index.apply({ put: entries(files(headlines)), remove: [] });
    let at = await places();
    expect(summary(await index.changesSince(0, 100))).toEqual({ revision: 1, changed: headlines.map((h) => [`${h.toLowerCase()}-story`, at.get(`${h.toLowerCase()}-story`), `${h} story`]).sort() });
    expect(await index.changesSince(0, 19)).toBeUndefined();
    expect(await index.changesSince(1, 0)).toEqual({ revision: 1, changed: [] });

    // An edit that moves a briefing in headline order, a removal and a rename (its old slug goes, its new one comes).
    const renamed = entries({ 'r.md': story('canal-closure', 'Canal story', 'Ana Ruiz', 'mayor') })[0]!;
    await index.apply({ put: [{ ...entries(files(['Aaa']))[0]!, file: { ...entries(files(['Aaa']))[0]!.file, name: 'quay-story.md' } }], remove: ['dock-story.md'] });
    await index.apply({ put: [{ ...renamed, file: { ...renamed.file, name: 'canal-story.md' } }], remove: [] });
    at = await places();
    expect(summary(await index.changesSince(1, 10))).toEqual({
      revision: 3,
      changed: [
        ['aaa-story', at.get('aaa-story'), 'Aaa story'],
        ['canal-closure', at.get('canal-closure'), 'Canal story'],
        ['canal-story', undefined, undefined],
        ['dock-story', undefined, undefined],
        ['quay-story', undefined, undefined],
      ],
    });
    expect(at.get('aaa-story')).toBe(0);
    expect(summary(await index.changesSince(2, 10))?.changed).toEqual([['canal-closure', at.get('canal-closure'), 'Canal story'], ['canal-story', undefined, undefined]]);
    // A revision ahead of the index's (a kept value from another index) is not brought back.
    expect(await index.changesSince(4, 10)).toBeUndefined();

    // Writes that change no briefing still count, and past the log's length the oldest revisions are no longer told.
    for (let k = 0; k < CHANGE_LOG.revisions; k++) await index.apply({ put: [], remove: ['no-such-file.md'] });
    const last = 3 + CHANGE_LOG.revisions;
    expect(await index.revision()).toBe(last);
    expect(await index.changesSince(2, 100)).toBeUndefined();
    expect(await index.changesSince(3, 100)).toEqual({ revision: last, changed: [] });
    await index.apply({ put: entries({ 'x.md': story('weir-story', 'Weir story, later', 'Ana Ruiz', 'mayor') }), remove: [] });
    expect(summary(await index.changesSince(last, 10))?.changed).toEqual([['weir-story', (await places()).get('weir-story'), 'Weir story, later']]);
    await store.stop();
  });

  it('stamps every file row with its size and time, and flags what a comparison must read whole', async () => {
    const store = await open();
    const index = store.briefings;
    const [a, b] = entries(NAMESAKES);
    const file = (name: string, more: Partial<IndexedFile> = {}): IndexEntry => ({ file: { name, size: 10, mtimeMs: 1_700_000_000_123.456, hash: 'h', format: INDEX_FORMAT, indexed: false, problems: [], ...more } });
    await index.apply({
      put: [
        { ...a!, file: { ...a!.file, name: 'current.md', size: 4321, mtimeMs: 1_765_000_000_000.125, extraction: { key: 'k1', version: 'v2' } } },
        { ...b!, file: { ...b!.file, name: 'old-extractor.md', extraction: { key: 'k2', version: 'v1' } } },
        file('old-format.md', { format: INDEX_FORMAT - 1 }),
        file('bad.md', { problems: [{ line: 2, message: 'no headline' }] }),
        file('waiting.md', { slug: 'ferry-fire', problems: [{ line: 2, message: 'slug taken' }] }),
        file('plain.md'),
      ],
      remove: [],
    });
    const stamps = await index.fileStamps({ format: INDEX_FORMAT, extractor: 'v2' });
    const byName = Object.fromEntries(stamps.map(([name, ...rest]) => [name, rest]));
    expect(byName).toEqual({
      'current.md': [4321, 1_765_000_000_000.125, 0],
      'old-extractor.md': [1, 1, FILE_STALE],
      'old-format.md': [10, 1_700_000_000_123.456, FILE_STALE],
      'bad.md': [10, 1_700_000_000_123.456, FILE_PROBLEMS],
      'waiting.md': [10, 1_700_000_000_123.456, FILE_PROBLEMS | FILE_UNINDEXED_SLUG],
      'plain.md': [10, 1_700_000_000_123.456, 0],
    });
    // The flags say what the whole rows say.
    for (const row of await index.filesNamed(stamps.map(([name]) => name))) {
      const flags = byName[row.name]![2]!;
      expect(Boolean(flags & FILE_STALE)).toBe(!rowIsCurrent(row, 'v2'));
      expect(Boolean(flags & FILE_PROBLEMS)).toBe(row.problems.length > 0);
      expect(Boolean(flags & FILE_UNINDEXED_SLUG)).toBe(Boolean(row.slug) && !row.indexed);
    }
    await store.stop();
  });

  it('takes any words as a full-text query without reading them as query syntax', async () => {
    const store = await open();
    await store.briefings.apply({ put: entries({ 'a.md': story('ferry-fire', 'Ferry fire AND flood', 'Inés Castaño', 'harbour master') }), remove: [] });
    for (const term of ['"', 'AND', 'NEAR(', 'ferry*', '^', 'col:umn', "o'brien", '']) {
      await expect(store.briefings.searchBriefings({ words: [[{ term }]], combine: 'all' }, 5)).resolves.toBeInstanceOf(Array);
      await expect(store.briefings.searchIdentities({ words: [[{ term, prefix: true }]], combine: 'any', fields: ['names'] }, 5)).resolves.toBeInstanceOf(Array);
    }
    expect((await store.briefings.searchBriefings({ words: [[{ term: 'and' }], [{ term: 'ferry' }]], combine: 'all' }, 5)).map((b) => b.slug)).toEqual(['ferry-fire']);
    await store.stop();
  });

  it('finds vocabulary words a letter or two away through their deletion variants', async () => {
    const store = await open();
    await store.briefings.apply({ put: entries({ 'a.md': story('dock-vote', 'Dock vote', 'Søren Kjærgaard', 'union leader') }), remove: [] });
    expect(await store.briefings.similarTerms('actor', deletionVariants('kjaergard', 2))).toContain('kjaergaard');
    expect(await store.briefings.similarTerms('actor', deletionVariants('kjeargaard', 2))).toContain('kjaergaard');
    expect(await store.briefings.similarTerms('topic', deletionVariants('dokc', 1))).toContain('dock');
    expect(await store.briefings.similarTerms('actor', deletionVariants('zebra', 2))).toEqual([]);
    await store.stop();
  });
});

describe('the briefing index on SQLite, written before identities knew where their name came from', () => {
  it('recomputes such an identity in full the first time a batch adds to it', async () => {
    const store = openStore({ url: ':memory:' });
    const files = { 'a.md': story('ferry-fire', 'Ferry fire', 'Inés Castaño', 'harbour master'), 'b.md': story('dock-vote', 'Dock vote', 'Ines Castano', 'port director') };
    const [ferry, dock] = entries(files);
    // The name and role come from "Dock vote", first in headline order; "Ferry fire" comes later.
    await store.briefings.apply({ put: [dock!], remove: [] });
    store.db.exec('UPDATE actor_identities SET name_at = NULL, role_at = NULL');
    await store.briefings.apply({ put: [ferry!], remove: [] });
    expect(await store.briefings.identitiesByKey('castano', { exact: true, limit: 5 })).toMatchObject([{ name: 'Ines Castano', role: 'port director', appearances: 2 }]);
    expect(store.db.prepare('SELECT count(*) AS n FROM actor_identities WHERE name_at IS NULL').get()).toEqual({ n: 0 });
    await store.stop();
  });
});
