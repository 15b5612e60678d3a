import { describe, expect, it } from 'vitest';
import { prepareStoryIndex } from '../../src/answer/story-index.ts';
import { rankStories } from '../../src/answer/story-rank.ts';
import { decodeSnapshot, encodeSnapshot } from '../../src/answer/story-snapshot.ts';
import { contentTokens } from '../../src/answer/words.ts';
import { outlineOf } from '../../src/briefing/build.ts';
import { INDEX_FORMAT } from '../../src/briefing/index-file.ts';
import { CHANGE_LOG } from '../../src/briefing/index-store.ts';
import { indexedBriefing } from '../../src/briefing/index-entry.ts';
import { Library } from '../../src/briefing/library.ts';
import type { BriefingOutline } from '../../src/briefing/model.ts';
import { openStore } from '../../src/store/index.ts';
import { engines } from '../helpers/postgres.ts';
import { BRIDGE_CLOSURE, FERRY_FIRE, HARBOUR_STRIKE, makeBriefings } from '../helpers/briefings.ts';

/** A seeded generator, so a failing sequence can be replayed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const BASES = makeBriefings({ 'briefings/harbour-strike.md': HARBOUR_STRIKE, 'briefings/old-mill-bridge.md': BRIDGE_CLOSURE, 'briefings/ferry-fire.md': FERRY_FIRE }).map(outlineOf);
/** Words the changes draw on: the test briefings' own, a few shared by many stories, and countries of more than one word. */
const WORDS = [
  ...new Set(BASES.flatMap((b) => [b.headline, ...b.actors.map((a) => a.name)].join(' ').split(/\s+/))),
  'strike', 'strikes', 'striking', 'talks', 'port', 'council', 'New', 'Zealand', 'South', 'Africa', 'the', 'derailment', 'village', 'flood',
];
const QUESTIONS = [
  'why did the dockworkers strike', 'what happened to the bridge', 'why did the ferry catch fire', 'why are the talks stalled at the port',
  'what did the council say about new zealand', 'why the strikes in south africa', 'who is kjaergaard', 'why the derailmnet', 'why did the village flood',
  'what about girders and inspectors', 'why did the union walk out', 'strike',
];

/** The library, counting its passes over every outline (each a build of the story index). */
function counted(library: Library): { library: Library; passes: () => number } {
  let passes = 0;
  const every = library.everyOutline.bind(library);
  library.everyOutline = (pageSize?: number) => {
    passes++;
    return every(pageSize);
  };
  return { library, passes: () => passes };
}

/** The library as a process that finds no kept story index sees it: it builds one from the outlines (and `built` receives the bytes it would keep). */
function unkept(library: Library, built?: (data: Buffer) => void): Library {
  library.derived = async () => undefined;
  library.keepDerived = async (_name, _revision, data) => built?.(data);
  return library;
}

/** The library, recording the story indexes it keeps for other processes. */
function recording(library: Library, kept: Buffer[]): Library {
  const keep = library.keepDerived.bind(library);
  library.keepDerived = async (name, revision, data) => {
    kept.push(data);
    return keep(name, revision, data);
  };
  return library;
}

describe.each(engines)('the story index after changes, on $engine', ({ open }) => {
  it('ranks as a fresh build does after every step of a seeded run of adds, edits, renames and removals, reading only the changed outlines', async () => {
    const random = seeded(20_261_207);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
    const store = await open();
    const readFile = async () => '';
    const kept: Buffer[] = [];
    const live = counted(recording(new Library(store.briefings, { readFile }), kept));
    const files = new Map<string, BriefingOutline>();
    let next = 0;
    let version = 0;
    const story = (slug: string): BriefingOutline => {
      const base = pick(BASES);
      // Stories copied with the same headline tie, so the tie order is checked too.
      const headline = random() < 0.3 ? base.headline : phrase(3 + Math.floor(random() * 5));
      const actors = base.actors.filter(() => random() < 0.7).map((a) => (random() < 0.3 ? { ...a, name: phrase(2), aliases: [phrase(1)] } : a));
      return { ...base, slug, headline, aliases: random() < 0.5 ? [phrase(2)] : [], actors, hash: `h${version++}` };
    };
    const write = async (put: Array<[string, BriefingOutline]>, remove: string[]) => {
      for (const file of remove) files.delete(file);
      for (const [file, o] of put) files.set(file, o);
      await store.briefings.apply({
        put: put.map(([file, o]) => ({ file: { name: file, size: 0, mtimeMs: 0, hash: o.hash, format: INDEX_FORMAT, slug: o.slug, indexed: true, problems: [] }, briefing: indexedBriefing({ ...o, path: file }) })),
        remove,
      });
      live.library.invalidate();
    };
    const ranks = async (library: Library) => Promise.all(QUESTIONS.map((q) => rankStories(library, contentTokens(q), 30)));

    await write(Array.from({ length: 140 }, () => { const slug = `story-${next++}`; return [`${slug}.md`, story(slug)] as [string, BriefingOutline]; }), []);
    await ranks(live.library);
    expect(live.passes()).toBe(1);
    // The index as first kept: a process that finds it (and keeps nothing) brings it across ever more changes.
    const first = await store.briefings.derived('story-index');
    let steps = 0;
    let tied = 0;
    let comparedBytes = 0;
    for (let step = 0; step < 60; step++) {
      const put: Array<[string, BriefingOutline]> = [];
      const remove: string[] = [];
      for (let op = 1 + Math.floor(random() * 3); op > 0; op--) {
        const file = pick([...files.keys()].filter((f) => !remove.includes(f) && !put.some(([p]) => p === f)));
        const kind = pick(['add', 'edit', 'remove', 'rename']);
        if (kind === 'add') {
          const slug = `story-${next++}`;
          put.push([`${slug}.md`, story(slug)]);
        } else if (kind === 'edit') {
          put.push([file, { ...story(files.get(file)!.slug), actors: random() < 0.5 ? files.get(file)!.actors : story('x').actors }]);
        } else if (kind === 'remove') {
          remove.push(file);
        } else {
          put.push([file, { ...files.get(file)!, slug: `renamed-${next++}`, hash: `h${version++}` }]);
        }
      }
      await write(put, remove);
      // Once, more writes than the change log keeps (each changing no briefing): neither the held
      // index nor the kept one (nor the first) can be brought up to date, and each is built again.
      const trimmed = step === 45;
      if (trimmed) for (let k = 0; k < CHANGE_LOG.revisions; k++) await store.briefings.apply({ put: [], remove: ['no-such-file.md'] });
      kept.length = 0;
      // The next process reads the index kept at some earlier revision, brought up to date with the changed outlines alone.
      const nextProcess = counted(recording(new Library(store.briefings, { readFile }), kept));
      const fromKept = await ranks(nextProcess.library);
      expect(nextProcess.passes(), `step ${step}`).toBe(trimmed ? 1 : 0);
      // The live library (which holds its index) does the same with the index it holds.
      const livePasses = live.passes();
      const got = await ranks(live.library);
      expect(live.passes() - livePasses, `step ${step}`).toBe(trimmed ? 1 : 0);
      const fromFirst = counted(new Library(store.briefings, { readFile }));
      fromFirst.library.derived = async () => first;
      fromFirst.library.keepDerived = async (_name, _revision, data) => void kept.push(data);
      const fromFirstRanks = await ranks(fromFirst.library);
      expect(fromFirst.passes(), `step ${step}`).toBe(step >= 45 ? 1 : 0);
      let built: Buffer | undefined;
      const want = await ranks(unkept(new Library(store.briefings, { readFile }), (data) => (built = data)));
      expect(got, `step ${step}`).toEqual(want);
      expect(fromKept, `step ${step}`).toEqual(want);
      expect(fromFirstRanks, `step ${step}`).toEqual(want);
      // Whatever either kept (brought up to date, or built) is byte for byte what a build from every outline keeps.
      for (const data of kept) expect(data.equals(built!), `step ${step}`).toBe(true);
      if (step < 45) comparedBytes += kept.length;
      steps++;
      tied += want.filter((r) => r.some((a, i) => r[i + 1]?.score === a.score)).length;
    }
    expect(steps).toBe(60);
    // Indexes brought up to date were kept (every `KEEP_AFTER` changed stories) and compared.
    expect(comparedBytes).toBeGreaterThan(0);
    // The run met ties (stories scored alike, ordered by headline) and stories sharing words enough to rank.
    expect(tied).toBeGreaterThan(0);
  });
});

describe('preparing the story index ahead', () => {
  it('builds it once, so the first question reads no outline', async () => {
    const store = openStore({ url: ':memory:' });
    const library = new Library(store.briefings, { readFile: async () => '' });
    await store.briefings.apply({
      put: BASES.map((o) => ({ file: { name: `${o.slug}.md`, size: 0, mtimeMs: 0, hash: o.hash, format: INDEX_FORMAT, slug: o.slug, indexed: true, problems: [] }, briefing: indexedBriefing({ ...o, path: `${o.slug}.md` }) })),
      remove: [],
    });
    library.invalidate();
    const { passes } = counted(library);
    expect(await prepareStoryIndex(library)).toBe(BASES.length);
    expect(passes()).toBe(1);
    expect((await rankStories(library, contentTokens('why did the ferry catch fire'), 3))[0]?.slug).toBe('ferry-fire');
    expect(passes()).toBe(1);
    // After a change the next question reads the changed story alone.
    await store.briefings.apply({
      put: [{ file: { name: 'ferry-fire.md', size: 0, mtimeMs: 0, hash: 'changed', format: INDEX_FORMAT, slug: 'ferry-fire', indexed: true, problems: [] }, briefing: indexedBriefing({ ...BASES[2]!, headline: 'Ferry sinks off the cape', hash: 'changed', path: 'ferry-fire.md' }) }],
      remove: [],
    });
    library.invalidate();
    expect((await rankStories(library, contentTokens('why did the ferry sink off the cape'), 3))[0]?.slug).toBe('ferry-fire');
    expect(passes()).toBe(1);
  });
});

describe('the story index kept for the next process', () => {
  const QUESTION = 'why did the ferry catch fire';
  async function archive() {
    const store = openStore({ url: ':memory:' });
    const put = (outlines: BriefingOutline[]) =>
      store.briefings.apply({
        put: outlines.map((o) => ({ file: { name: `${o.slug}.md`, size: 0, mtimeMs: 0, hash: o.hash, format: INDEX_FORMAT, slug: o.slug, indexed: true, problems: [] }, briefing: indexedBriefing({ ...o, path: `${o.slug}.md` }) })),
        remove: [],
      });
    await put(BASES);
    await prepareStoryIndex(new Library(store.briefings, { readFile: async () => '' }));
    return { store, put, next: () => counted(new Library(store.briefings, { readFile: async () => '' })) };
  }

  it('is read instead of built while no briefing changed', async () => {
    const { next } = await archive();
    const { library, passes } = next();
    expect((await rankStories(library, contentTokens(QUESTION), 3))[0]?.slug).toBe('ferry-fire');
    expect(passes()).toBe(0);
  });

  it('is brought up to date from the briefings changed since it was kept, by any process', async () => {
    const { put, next } = await archive();
    await put([{ ...BASES[2]!, headline: 'Ferry sinks off the cape', hash: 'changed' }]);
    const { library, passes } = next();
    expect((await rankStories(library, contentTokens('why did the ferry sink off the cape'), 3))[0]?.slug).toBe(BASES[2]!.slug);
    expect(passes()).toBe(0);
  });

  it('is built again once the change log no longer reaches back to it', async () => {
    const { store, put, next } = await archive();
    await put([{ ...BASES[2]!, headline: 'Ferry sinks off the cape', hash: 'changed' }]);
    for (let k = 0; k < CHANGE_LOG.revisions; k++) await store.briefings.apply({ put: [], remove: ['no-such-file.md'] });
    const { library, passes } = next();
    expect((await rankStories(library, contentTokens('why did the ferry sink off the cape'), 3))[0]?.slug).toBe(BASES[2]!.slug);
    expect(passes()).toBe(1);
  });

  it('is not trusted when the words of a story it checks tokenize differently now', async () => {
    const { store, next } = await archive();
    const kept = (await store.briefings.derived('story-index'))!;
    const parts = decodeSnapshot(kept.data, { headline: 2, actor: 1.5 })!;
    // As if the tokenizer had read a word of the first story (always checked) otherwise when the index was kept.
    const [term, postings] = [...parts.postings].find(([, p]) => p.stories[0] === 0)!;
    parts.postings.delete(term);
    parts.postings.set(`${term}x`, postings);
    parts.terms = [...parts.postings.keys()].sort();
    await store.briefings.keepDerived('story-index', kept.revision, encodeSnapshot(parts, { headline: 2, actor: 1.5 }));
    const { library, passes } = next();
    const fresh = await rankStories(unkept(new Library(store.briefings, { readFile: async () => '' })), contentTokens(QUESTION), 3);
    expect(await rankStories(library, contentTokens(QUESTION), 3)).toEqual(fresh);
    expect(passes()).toBe(1);
  });

  it('survives its own bytes: what is decoded is what was encoded', async () => {
    const { store } = await archive();
    const kept = (await store.briefings.derived('story-index'))!;
    const parts = decodeSnapshot(kept.data, { headline: 2, actor: 1.5 })!;
    expect(encodeSnapshot(parts, { headline: 2, actor: 1.5 }).equals(kept.data)).toBe(true);
    expect(decodeSnapshot(kept.data.subarray(0, kept.data.length - 1), { headline: 2, actor: 1.5 })).toBeUndefined();
  });
});
