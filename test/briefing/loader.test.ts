import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noExtraction } from '../../src/briefing/build.ts';
import { loadBriefings } from '../../src/briefing/loader.ts';
import { BRIDGE_CLOSURE, HARBOUR_STRIKE, makeBriefings, tempDir } from '../helpers/briefings.ts';

describe('loadBriefings', () => {
  it('loads good files and reports each bad one with a line, in one pass', async () => {
    const dir = tempDir({
      'a-broken.md': '---\nheadline: H\nactors: [x\n---\nBody.',
      'b-empty.md': '---\nheadline: Nothing here\n---\n',
      'harbour-strike.md': HARBOUR_STRIKE,
      'notes.txt': 'not a briefing',
    });
    const result = await loadBriefings(dir, noExtraction, dir);
    expect(result.briefings.map((b) => b.slug)).toEqual(['harbour-strike']);
    expect(result.problems.map((p) => `${p.path}:${p.line}`)).toEqual(['a-broken.md:3', 'b-empty.md:4']);
  });

  it('reports a duplicate slug and keeps the first', async () => {
    const dir = tempDir({ 'a.md': HARBOUR_STRIKE, 'b.md': HARBOUR_STRIKE });
    const result = await loadBriefings(dir, noExtraction, dir);
    expect(result.briefings).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/slug `harbour-strike` is already used by a\.md/);
  });

  it('reports a missing folder instead of throwing', async () => {
    const result = await loadBriefings(join(tempDir(), 'nope'), noExtraction);
    expect(result.briefings).toEqual([]);
    expect(result.problems[0]!.message).toMatch(/does not exist/);
  });
});

describe('building a briefing', () => {
  const [strike, bridge] = makeBriefings({ 'briefings/harbour-strike.md': HARBOUR_STRIKE, 'briefings/old-mill-bridge.md': BRIDGE_CLOSURE });

  it('takes the slug from the file name when the front matter has none', () => {
    expect(bridge!.slug).toBe('old-mill-bridge');
  });

  it('derives a summary from the lede, citing its sentences', () => {
    expect(bridge!.summary.cites).toEqual(['1.1', '2.1']);
    expect(bridge!.summary.text).toMatch(/^Engineers closed the Old Mill bridge/);
  });

  it('cites the sentences that mention a curated actor, by name, alias or surname', () => {
    const actor = strike!.actors.find((a) => a.name === 'Søren Kjærgaard')!;
    expect(actor.cites).toEqual(['2.1']);
  });

  it('cites the sentence a curated quote comes from', () => {
    expect(strike!.quotes[0]!.cites).toEqual(['2.1']);
  });

  it('cites the sentence a curated question rests on', () => {
    expect(strike!.questions[0]!.cites).toEqual(['4.1']);
  });

  it('fills only the fields the front matter leaves out from extraction', () => {
    const [b] = makeBriefings({ 'x.md': HARBOUR_STRIKE }, () => ({
      actors: [{ name: 'Someone Else', aliases: [], kind: 'person', role: 'extra', cites: [] }],
      quotes: [],
      questions: [{ text: 'extracted question', cites: ['1.1'] }],
      claims: [],
    }));
    expect(b!.actors.map((a) => a.name)).not.toContain('Someone Else');
    expect(b!.questions.map((q) => q.text)).toEqual(['How long will the strike last?']);
    const [plain] = makeBriefings({ 'y.md': BRIDGE_CLOSURE }, () => ({
      actors: [{ name: 'Old Mill', aliases: [], kind: 'place', role: null, cites: ['1.1'] }],
      quotes: [],
      questions: [],
      claims: [],
    }));
    expect(plain!.actors).toEqual([{ name: 'Old Mill', aliases: [], kind: 'place', cites: ['1.1'], origin: 'extracted' }]);
  });
});
