/**
 * Publishing a review: corrections reach the front matter and nothing else — the article stays byte
 * for byte, untouched keys keep their text — an edit made meanwhile is kept or reported, never
 * overwritten, and the library answers with the correction at once.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingCatalog } from '../../src/briefing/catalog.ts';
import { openStore } from '../../src/store/index.ts';
import { noExtraction, type Extractor } from '../../src/briefing/build.ts';
import { extractArticle } from '../../src/extract/index.ts';
import type { Development } from '../../src/feeds/types.ts';
import { publishReview, type PublishDeps } from '../../src/pages/publish.ts';
import { HARBOUR_STRIKE, tempDir, testExtractor } from '../helpers/briefings.ts';

const DRAFT = `---
# DRAFT written by Brief on 2026-03-02 from the feed “Coastal Wire” (autoIngest), from the feed content.
# Review the actors, quotes and questions, then add aliases people will ask for it by.
slug: ferry-fares
aliases: []
headline: Island ferry fares to rise by a fifth
---
The island ferry company will raise fares by a fifth from April, its chief executive Rhona Pellow said on Tuesday.

“We have no other way to keep the winter sailings,” said Rhona Pellow, chief executive of Strait Ferries.

It remains unclear whether the council will subsidise season tickets.
`;

let catalogs: BriefingCatalog[] = [];
afterEach(async () => {
  await Promise.all(catalogs.map((c) => c.stop()));
  catalogs = [];
});

async function setUp(files: Record<string, string>, extract: Extractor = noExtraction, developments: Development[] = []) {
  const dir = tempDir(files);
  const catalog = new BriefingCatalog({ dir, index: openStore({ url: ':memory:' }).briefings, extractor: testExtractor(extract), watch: false });
  catalogs.push(catalog);
  await catalog.start();
  const deps: PublishDeps = {
    briefing: (slug) => catalog.library().briefing(slug),
    developments: async () => developments,
    reload: () => catalog.reload(),
    now: () => new Date('2026-03-06T12:00:00Z'),
  };
  return { dir, catalog, deps };
}

const body = (text: string) => text.slice(text.indexOf('\n---', 4) + 4);
const form = (fields: Record<string, string>) => new URLSearchParams(fields);

const development: Development = {
  id: 'dev-1',
  slug: 'harbour-strike',
  headline: 'Dockworkers walk out',
  title: 'Port talks to resume on Friday',
  link: 'https://news.example.org/talks',
  sources: [{ feed: 'Coastal Wire', title: 'Port talks to resume on Friday' }],
  mentions: [],
  terms: [],
  mayAnswer: ['How long will the strike last?'],
  score: 1,
  at: '2026-03-05T08:00:00.000Z',
  fingerprint: [],
};

describe('publishing a review', () => {
  it('writes the corrections into the front matter, keeps the article byte for byte and shows them at once', async () => {
    const { dir, catalog, deps } = await setUp({ 'harbour-strike.md': HARBOUR_STRIKE }, noExtraction, [development]);
    const before = (await catalog.library().bySlugExact('harbour-strike'))!;
    const outcome = await publishReview(
      'harbour-strike',
      form({
        'actor.0.name': 'Søren Kjærgaard', 'actor.0.kind.was': 'person', 'actor.0.kind': 'person', 'actor.0.role.was': "general secretary of the Harbour Workers' Union", 'actor.0.role': 'leader of the Harbour Workers’ Union',
        'actor.1.name': 'Port Aldermoor Authority', 'actor.1.kind.was': 'org', 'actor.1.kind': 'group', 'actor.1.role.was': 'operator of the port', 'actor.1.role': 'operator of the port',
        'quote.0.text': 'We will stay out until the authority puts a real offer on the table.', 'quote.0.speaker.was': 'Søren Kjærgaard', 'quote.0.speaker': '',
        'question.0.text': 'How long will the strike last?', 'question.0.answeredBy': 'dev-1',
        base: before.hash,
      }),
      'slack:U0EDITOR',
      deps,
    );
    expect(outcome).toEqual({ status: 'published', corrections: 4, path: before.path });
    const text = readFileSync(join(dir, 'harbour-strike.md'), 'utf8');
    expect(body(text)).toBe(body(HARBOUR_STRIKE));
    // Keys the review did not touch keep their text exactly.
    for (const line of ['slug: harbour-strike', 'aliases: [strike, dock strike]', 'source: { name: Coastal Gazette, url: "https://example.org/harbour", published: 2026-03-02 }', '  - text: The authority offered a 2 per cent rise.']) expect(text).toContain(line);
    expect(text).toContain('# Published after review by slack:U0EDITOR on 2026-03-06.');
    expect(text).toContain('# Answered, per slack:U0EDITOR on 2026-03-06: “How long will the strike last?” — by “Port talks to resume on Friday” (Coastal Wire) https://news.example.org/talks');
    expect(text).toContain('questions: []');

    const after = (await catalog.library().bySlugExact('harbour-strike'))!;
    expect(after.actors.find((a) => a.name === 'Søren Kjærgaard')?.role).toBe('leader of the Harbour Workers’ Union');
    expect(after.actors.find((a) => a.name === 'Port Aldermoor Authority')?.kind).toBe('group');
    expect(after.quotes[0]!.speaker).toBeNull();
    expect(after.questions).toEqual([]);
    expect(readdirSync(dir)).toEqual(['harbour-strike.md']);
  });

  it('writes an extracted list out whole when the draft corrects one of its items, and takes the DRAFT note away', async () => {
    const { dir, catalog, deps } = await setUp({ 'ferry-fares.md': DRAFT }, (text, options) => extractArticle(text, options));
    const draft = (await catalog.library().bySlugExact('ferry-fares'))!;
    const pellow = draft.actors.findIndex((a) => a.name === 'Rhona Pellow');
    expect(pellow).toBeGreaterThanOrEqual(0);
    const outcome = await publishReview('ferry-fares', form({ 'actor.0.name': 'Rhona Pellow', 'actor.0.kind.was': draft.actors[pellow]!.kind ?? '', 'actor.0.kind': 'person', 'actor.0.role.was': draft.actors[pellow]!.role ?? '', 'actor.0.role': 'chief executive of Strait Ferries (acting)' }), 'terminal:local', deps);
    expect(outcome.status).toBe('published');
    const text = readFileSync(join(dir, 'ferry-fares.md'), 'utf8');
    expect(body(text)).toBe(body(DRAFT));
    expect(text).not.toContain('DRAFT');
    expect(text).not.toContain('Review the actors');
    expect(text.startsWith('---\n# Published after review by terminal:local on 2026-03-06.\nslug: ferry-fares\n')).toBe(true);
    const published = (await catalog.library().bySlugExact('ferry-fares'))!;
    expect(published.actors.map((a) => a.name)).toEqual(draft.actors.map((a) => a.name));
    expect(published.actors.find((a) => a.name === 'Rhona Pellow')).toMatchObject({ role: 'chief executive of Strait Ferries (acting)', origin: 'curated' });
  });

  it('keeps an edit made meanwhile to something else, and applies the review on top of it', async () => {
    const { dir, deps } = await setUp({ 'harbour-strike.md': HARBOUR_STRIKE });
    // Someone edits the headline in their text editor after the page was opened.
    writeFileSync(join(dir, 'harbour-strike.md'), HARBOUR_STRIKE.replace('as wage talks collapse', 'after wage talks collapse'));
    const outcome = await publishReview('harbour-strike', form({ 'actor.2.name': 'Marta Oyelaran', 'actor.2.kind.was': 'person', 'actor.2.kind': 'person', 'actor.2.role.was': 'maritime economist at Linden University', 'actor.2.role': 'economist' }), 'terminal:local', deps);
    expect(outcome.status).toBe('published');
    const text = readFileSync(join(dir, 'harbour-strike.md'), 'utf8');
    expect(text).toContain('headline: Dockworkers walk out at Port Aldermoor after wage talks collapse');
    expect(text).toContain('role: economist');
  });

  it('writes nothing when the same thing was changed meanwhile, and says what the file says now', async () => {
    const { dir, deps } = await setUp({ 'harbour-strike.md': HARBOUR_STRIKE });
    const edited = HARBOUR_STRIKE.replace('role: maritime economist at Linden University', 'role: professor of economics');
    writeFileSync(join(dir, 'harbour-strike.md'), edited);
    const outcome = await publishReview('harbour-strike', form({ 'actor.2.name': 'Marta Oyelaran', 'actor.2.kind.was': 'person', 'actor.2.kind': 'person', 'actor.2.role.was': 'maritime economist at Linden University', 'actor.2.role': 'economist' }), 'terminal:local', deps);
    expect(outcome).toEqual({ status: 'conflict', conflicts: ['Marta Oyelaran: the role is now “professor of economics” in the file (it was “maritime economist at Linden University” when you opened the page).'] });
    expect(readFileSync(join(dir, 'harbour-strike.md'), 'utf8')).toBe(edited);
  });

  it('keeps Windows line ends and a byte-order mark, and the article with them', async () => {
    const windows = `\uFEFF${HARBOUR_STRIKE.replace(/\n/g, '\r\n')}`;
    const { dir, deps } = await setUp({ 'harbour-strike.md': windows });
    const outcome = await publishReview('harbour-strike', form({ 'quote.0.text': 'We will stay out until the authority puts a real offer on the table.', 'quote.0.speaker.was': 'Søren Kjærgaard', 'quote.0.speaker': 'Marta Oyelaran' }), 'terminal:local', deps);
    expect(outcome.status).toBe('published');
    const text = readFileSync(join(dir, 'harbour-strike.md'), 'utf8');
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text.slice(text.indexOf('\r\n---\r\n', 4))).toBe(windows.slice(windows.indexOf('\r\n---\r\n', 4)));
    expect(text).toContain('speaker: Marta Oyelaran');
  });

  it('refuses a kind that is not one, and a speaker who is not an actor, writing nothing', async () => {
    const { dir, deps } = await setUp({ 'harbour-strike.md': HARBOUR_STRIKE });
    expect(await publishReview('harbour-strike', form({ 'actor.0.name': 'Søren Kjærgaard', 'actor.0.kind.was': 'person', 'actor.0.kind': 'robot', 'actor.0.role.was': '', 'actor.0.role': '' }), 'terminal:local', deps)).toMatchObject({
      status: 'invalid',
      problems: ['Søren Kjærgaard: “robot” is not a kind — choose person, organisation, place or group'],
    });
    expect(await publishReview('harbour-strike', form({ 'quote.0.text': 'We will stay out until the authority puts a real offer on the table.', 'quote.0.speaker.was': 'Søren Kjærgaard', 'quote.0.speaker': 'Somebody Else' }), 'terminal:local', deps)).toMatchObject({ status: 'conflict' });
    expect(readFileSync(join(dir, 'harbour-strike.md'), 'utf8')).toBe(HARBOUR_STRIKE);
  });
});
