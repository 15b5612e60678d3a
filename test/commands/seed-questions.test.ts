/**
 * The questions a new user asked of the seed briefing that Brief used to answer with a false
 * "not in any briefing" (issue 17), each answered from the article now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeIncoming } from '../../src/answer/incoming.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { Responder } from '../../src/commands/responder.ts';
import { HARBOUR_STRIKE, libraryOf } from '../helpers/briefings.ts';

const SEED = 'venezuela-el-salvador-prisoner-swap';
const seedText = readFileSync(join(import.meta.dirname, '..', '..', 'briefings', `${SEED}.md`), 'utf8');
const library = await libraryOf({ [`briefings/${SEED}.md`]: seedText, 'briefings/harbour-strike.md': HARBOUR_STRIKE });
const ask = (text: string, thread = 'T1'): Promise<Reply> => new Responder({ library: () => library }).respond(makeIncoming(text, { thread }));
const cites = (reply: Reply) => (reply.kind === 'answer' ? reply.sentences.map((s) => s.cite) : []);

describe('the seed briefing, asked as a new user asks', () => {
  it('"why did they swap prisoners?" — the article says the motives are not known (¶6.1)', async () => {
    const reply = await ask('why did they swap prisoners?');
    expect(reply).toMatchObject({ kind: 'answer', briefing: SEED });
    if (reply.kind !== 'answer') return;
    expect(reply.unknown?.text).toMatch(/^Why did the two governments make the swap/);
    expect(cites(reply)).toContain('6.1');
  });

  it('"is the swap related to the united states?" — the sentences on Washington (¶3.2, ¶5.1)', async () => {
    const reply = await ask('is the swap related to the united states?');
    expect(reply).toMatchObject({ kind: 'answer', briefing: SEED });
    expect(['3.2', '5.1']).toContain(cites(reply)[0]);
  });

  it('"brief me on the prisoner exchange" — the card', async () => {
    const reply = await ask('brief me on the prisoner exchange');
    expect(reply).toMatchObject({ kind: 'briefing', part: 'card', briefing: { slug: SEED } });
  });

  it('"who are the actors in the swap" — the actors', async () => {
    expect(await ask('who are the actors in the swap')).toMatchObject({ kind: 'briefing', part: 'actors', briefing: { slug: SEED } });
  });

  it('"what do we know about Maduro" — Maduro’s card, not the open questions', async () => {
    expect(await ask('what do we know about Maduro')).toMatchObject({ kind: 'actor', name: 'Nicolás Maduro' });
  });

  it('"what\'s the latest on venezuela" — the story, not the government’s card', async () => {
    expect(await ask("what's the latest on venezuela")).toMatchObject({ kind: 'briefing', part: 'card', briefing: { slug: SEED } });
  });

  it('follows up in a thread: "and what did she say?", then "what about the US?"', async () => {
    const r = new Responder({ library: () => library });
    const inThread = (text: string) => r.respond(makeIncoming(text, { platform: 'slack', conversation: 'C9', thread: '1.2' }));
    await inThread('who is the analyst');
    const said = await inThread('and what did she say?');
    expect(cites(said)[0]).toBe('4.1');
    await inThread('why did they swap prisoners?');
    expect(['3.2', '5.1']).toContain(cites(await inThread('what about the US?'))[0]);
  });

  it('says what the article does not say, for the story it is about', async () => {
    const reply = await ask('when did the swap happen?');
    expect(reply).toMatchObject({ kind: 'no-answer', briefing: SEED, asks: 'when' });
  });
});
