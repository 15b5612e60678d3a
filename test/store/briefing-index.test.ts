/**
 * The briefing index, on SQLite and on Postgres alike: identities stay consistent as briefings come and go, anything a
 * person types is safe in a full-text query, and typo candidates come from exact look-ups.
 */
import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../src/briefing/build.ts';
import { INDEX_FORMAT } from '../../src/briefing/index-file.ts';
import { indexedBriefing } from '../../src/briefing/index-entry.ts';
import type { IndexEntry } from '../../src/briefing/index-store.ts';
import { deletionVariants } from '../../src/briefing/terms.ts';
import { makeBriefings } from '../helpers/briefings.ts';
import { engines } from '../helpers/postgres.ts';

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

  it('finds namesakes by surname heaviest first, by index, and keeps their keys in step as briefings go', async () => {
    const store = await open();
    const index = store.briefings;
    await index.apply({
      put: entries({
        'a.md': story('ferry-fire', 'Ferry fire', 'Inés Castaño', 'harbour master'),
        'b.md': story('dock-vote', 'Dock vote', 'Pablo Castaño', 'port director').replace('Castaño said more', 'Castaño said more. Pablo Castaño left. Castaño returned'),
      }),
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
