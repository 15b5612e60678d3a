import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { makeIncoming } from '../../src/answer/incoming.ts';
import { parseIntent, USAGE } from '../../src/commands/index.ts';
import { Responder } from '../../src/commands/responder.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { UserError } from '../../src/errors.ts';
import { renderText } from '../../src/render/text.ts';
import { libraryOf, makeLibrary } from '../helpers/briefings.ts';

const library = await makeLibrary();
const ask = (text: string): Promise<Reply> => {
  const intent = parseIntent(text);
  if (intent.kind !== 'help' && intent.kind !== 'briefing' && intent.kind !== 'who') throw new Error(`not a read intent: ${text}`);
  return answer(intent, library, USAGE);
};

describe('answer', () => {
  it('answers a topic with the card, every statement cited', async () => {
    const reply = await ask('/brief strike');
    expect(reply.kind).toBe('briefing');
    if (reply.kind !== 'briefing') return;
    expect(reply.part).toBe('card');
    expect(reply.briefing.headline).toMatch(/Dockworkers walk out/);
    expect(reply.briefing.actors.map((a) => a.name)).toContain('Søren Kjærgaard');
    for (const item of [...reply.briefing.actors, ...reply.briefing.quotes, ...reply.briefing.questions]) {
      expect(item.cites.length).toBeGreaterThan(0);
    }
  });

  it('answers one part in depth', async () => {
    const reply = await ask('/brief strike quotes');
    expect(reply).toMatchObject({ kind: 'briefing', part: 'quotes' });
  });

  it('answers who-is questions without accents, with role, words and briefings', async () => {
    const reply = await ask('who is soren kjaergaard');
    expect(reply).toMatchObject({
      kind: 'actor',
      name: 'Søren Kjærgaard',
      appearances: [{ slug: 'harbour-strike', role: "general secretary of the Harbour Workers' Union" }],
    });
    if (reply.kind === 'actor') expect(reply.appearances[0]!.quotes[0]!.text).toMatch(/^We will stay out/);
  });

  it('takes a bare name given as a topic to the person', async () => {
    expect(await ask('/brief Kjærgaard')).toMatchObject({ kind: 'actor', name: 'Søren Kjærgaard' });
  });

  it('answers an unknown topic with not-found and what there is, never a guess', async () => {
    const reply = await ask('/brief nonexistent');
    expect(reply).toMatchObject({ kind: 'not-found', subject: 'topic', query: 'nonexistent', suggestionsAre: 'available' });
    if (reply.kind === 'not-found') expect(reply.suggestions.length).toBeGreaterThan(0);
  });

  it('answers an unknown name with not-found and the nearest names', async () => {
    expect(await ask('who is Marta Smith')).toMatchObject({ kind: 'not-found', subject: 'name', suggestions: [{ label: 'Marta Oyelaran' }] });
  });

  it('lists the briefings in help', async () => {
    const reply = await ask('/brief help');
    expect(reply.kind === 'help' && reply.briefings.map((b) => b.ask)).toEqual(['/brief strike', '/brief old-mill-bridge']);
  });
});

describe('answers on a large archive', () => {
  it('lists the briefings that say most about an actor, and counts the rest', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 13 }, (_, i) => [
        `briefings/port-${i}.md`,
        `---\nheadline: Port story ${String(i).padStart(2, '0')}\nactors:\n  - { name: Marta Oyelaran, kind: person, role: maritime economist }\nquotes: []\nquestions: []\nclaims: []\n---\n${'Marta Oyelaran spoke. '.repeat(i % 4 + 1)}\n`,
      ]),
    );
    const big = await libraryOf(files);
    const reply = await answer({ kind: 'who', name: 'Oyelaran', focus: 'profile' }, big);
    expect(reply).toMatchObject({ kind: 'actor', name: 'Marta Oyelaran', moreAppearances: 3 });
    if (reply.kind !== 'actor') return;
    expect(reply.appearances).toHaveLength(10);
    // The heaviest (most-cited) appearances are the ones listed, in headline order: of the four
    // briefings that cite her once, only one makes the ten.
    expect(reply.appearances.filter((a) => a.cites.length === 1)).toHaveLength(1);
    expect(reply.appearances.map((a) => a.headline)).toEqual([...reply.appearances.map((a) => a.headline)].sort());
    expect(renderText(reply)).toContain('…and 3 more briefings name them');
  });
});

describe('Responder', () => {
  it('says a stateful command is unavailable when nothing handles it', async () => {
    const responder = new Responder({ library: () => library });
    expect(await responder.respond(makeIncoming('/brief follow strike'))).toMatchObject({ kind: 'error', code: 'unknown_command' });
  });

  it('routes stateful intents to registered handlers', async () => {
    const responder = new Responder({ library: () => library, handlers: { follow: (intent) => ({ kind: 'notice', title: `following ${intent.topic}`, lines: [] }) } });
    expect(await responder.respond(makeIncoming('/brief follow strike'))).toEqual({ kind: 'notice', title: 'following strike', lines: [] });
  });

  it('answers pasted walls of text and giant words without failing', async () => {
    const responder = new Responder({ library: () => library });
    const wall = Array.from({ length: 3000 }, (_, i) => `word${i % 97}`).join(' ');
    for (const text of [`who is ${wall}`, wall, 'x'.repeat(100_000), `/brief ${'q'.repeat(5000)} actors`]) {
      expect((await responder.respond(makeIncoming(text))).kind).toBe('not-found');
    }
  });

  it('turns a failing handler into an error reply and reports it', async () => {
    const errors: unknown[] = [];
    const responder = new Responder({
      library: () => library,
      onError: (e) => errors.push(e),
      handlers: {
        cancel: () => {
          throw new UserError('bad_argument', 'No reminder 99 here.');
        },
        reminders: () => {
          throw new Error('disk full');
        },
      },
    });
    expect(await responder.respond(makeIncoming('/brief cancel 99'))).toEqual({ kind: 'error', code: 'bad_argument', message: 'No reminder 99 here.' });
    expect(await responder.respond(makeIncoming('/brief reminders'))).toMatchObject({ kind: 'error', code: 'internal' });
    expect(errors).toHaveLength(2);
  });
});
