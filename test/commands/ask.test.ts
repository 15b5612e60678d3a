/**
 * Free questions through the responder, as every platform asks them: the verbs' paraphrases,
 * questions the grammar does not know, and follow-ups that lean on the previous exchange.
 */
import { describe, expect, it } from 'vitest';
import { makeIncoming, type Incoming } from '../../src/answer/incoming.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { parseIntent } from '../../src/commands/index.ts';
import { ConversationMemory, conversationKey } from '../../src/commands/conversations.ts';
import { Responder } from '../../src/commands/responder.ts';
import { writtenAsName } from '../../src/commands/who.ts';
import { FERRY_FIRE, makeLibrary } from '../helpers/briefings.ts';
import { FakeClock } from '../helpers/clock.ts';

const library = await makeLibrary({ 'briefings/ferry-fire.md': FERRY_FIRE });

function responder(memory?: ConversationMemory): Responder {
  return new Responder({ library: () => library, ...(memory ? { conversations: memory } : {}) });
}

const inThread = (text: string, overrides: Partial<Incoming> = {}) => makeIncoming(text, { platform: 'slack', conversation: 'C1', thread: '1700.1', user: 'U1', ...overrides });
const slugOf = (reply: Reply) => (reply.kind === 'answer' || reply.kind === 'no-answer' ? reply.briefing : reply.kind === 'briefing' ? reply.briefing.slug : undefined);

describe('the grammar and free questions', () => {
  it('reads a message that is no command as a question', () => {
    expect(parseIntent('why did the ferry catch fire?')).toEqual({ kind: 'question', text: 'why did the ferry catch fire' });
    expect(parseIntent('and how many were hurt')).toMatchObject({ kind: 'question' });
    expect(parseIntent('/brief strike')).toMatchObject({ kind: 'briefing', topic: 'strike', part: 'card' });
    expect(parseIntent('who is Kjærgaard')).toMatchObject({ kind: 'who', name: 'Kjærgaard' });
    // "whos", as typed in chat, is "who's": a person or a question, never a story's name.
    expect(parseIntent('whos Kjærgaard')).toMatchObject({ kind: 'who', name: 'Kjærgaard' });
    expect(parseIntent('whos organising the strike')).not.toMatchObject({ kind: 'briefing' });
  });

  it('reads the verbs’ paraphrases as the verbs', () => {
    expect(parseIntent('brief me on the dock strike')).toEqual({ kind: 'briefing', topic: 'the dock strike', part: 'card', prefer: 'story' });
    expect(parseIntent("what's the latest on Aldermoor")).toMatchObject({ kind: 'briefing', topic: 'Aldermoor', prefer: 'story' });
    expect(parseIntent('any news on the ferry fire?')).toMatchObject({ kind: 'briefing', topic: 'the ferry fire', prefer: 'story' });
    expect(parseIntent('who are the players in the strike')).toMatchObject({ kind: 'briefing', topic: 'the strike', part: 'actors' });
    expect(parseIntent('who are the actors in the strike')).toMatchObject({ kind: 'briefing', topic: 'the strike', part: 'actors' });
    expect(parseIntent('what do we know about Oyelaran')).toMatchObject({ kind: 'briefing', topic: 'Oyelaran', part: 'card' });
    expect(parseIntent("what don't we know about the strike")).toMatchObject({ kind: 'briefing', part: 'questions' });
  });

  it('answers "what do we know about <person>" with the person, and "the latest on <place>" with the story', async () => {
    const r = responder();
    expect(await r.respond(makeIncoming('what do we know about Oyelaran'))).toMatchObject({ kind: 'actor', name: 'Marta Oyelaran' });
    const latest = await r.respond(makeIncoming("what's the latest on the port authority"));
    expect(latest.kind === 'briefing' && latest.briefing.slug).toBe('harbour-strike');
  });

  it('answers a who-question about no name from the article, and keeps "not in any briefing" for unknown names', async () => {
    const r = responder();
    expect(await r.respond(makeIncoming('who was treated in hospital after the ferry fire?'))).toMatchObject({ kind: 'answer', briefing: 'ferry-fire' });
    expect(await r.respond(makeIncoming('who is Jane Doe'))).toMatchObject({ kind: 'not-found', subject: 'name' });
  });

  it('reads "who is <doing> …" as a question, not a name, and question words as typed in a hurry', async () => {
    const reply = await responder().respond(makeIncoming('who is rescuing the ferry passengers'));
    expect(reply.kind === 'answer' || reply.kind === 'no-answer' ? reply.briefing : reply.kind).toBe('ferry-fire');
    expect(parseIntent('whens the ferry sailing again')).toMatchObject({ kind: 'question' });
    expect(parseIntent('wher did the ferry dock')).toMatchObject({ kind: 'question' });
    expect(parseIntent('hw many passengers were there')).toMatchObject({ kind: 'question' });
  });

  it('reads a question word after a preposition as a question, and a preposition alone as topic words', () => {
    expect(parseIntent('for how long')).toMatchObject({ kind: 'question', text: 'for how long' });
    expect(parseIntent('since when has the ferry been out')).toMatchObject({ kind: 'question' });
    expect(parseIntent('and over what period')).toMatchObject({ kind: 'question' });
    expect(parseIntent('in which port did it dock')).toMatchObject({ kind: 'question' });
    expect(parseIntent('over the harbour strike')).toMatchObject({ kind: 'briefing', topic: 'over the harbour strike' });
    expect(parseIntent('for whomever')).toMatchObject({ kind: 'briefing' });
  });

  it('reads words written as a name as a name, and other who-words as a question', () => {
    for (const name of ['Jane Doe', 'Ana María de la Cruz', "Seán O'Brien", 'Kjærgaard', 'Jean-Luc van der Berg']) expect(writtenAsName(name), name).toBe(true);
    for (const words of ['the cfo of the port', 'in charge of the port', 'treated in hospital after the ferry fire', 'jane doe', 'de la', 'Bukele’s chief of staff']) expect(writtenAsName(words), words).toBe(false);
  });

  it('answers an unknown name with the nearest names, in a thread as outside one', async () => {
    const r = responder(new ConversationMemory({ clock: new FakeClock('2026-05-01T10:00:00Z') }));
    expect(await r.respond(inThread('/brief ferry fire'))).toMatchObject({ kind: 'briefing' });
    const reply = await r.respond(inThread('who is Maren Lundberg?'));
    expect(reply).toMatchObject({ kind: 'not-found', subject: 'name' });
    expect(reply.kind === 'not-found' && reply.suggestions.map((s) => s.label)).toContain('Maren Lindgren');
    // Not written as a name: still read as a question about the thread's story.
    expect(await r.respond(inThread('who was treated in hospital?'))).toMatchObject({ kind: 'answer', briefing: 'ferry-fire' });
  });

  it('reads topic words that name no story by their article, and still says when nothing matches', async () => {
    const r = responder();
    expect(slugOf(await r.respond(makeIncoming('/brief lifeboats gotland')))).toBe('ferry-fire');
    expect(await r.respond(makeIncoming('/brief nonexistent'))).toMatchObject({ kind: 'not-found', subject: 'topic' });
  });
});

describe('conversation', () => {
  it('answers a follow-up in a thread from the story and the people of the previous exchange', async () => {
    const r = responder(new ConversationMemory({ clock: new FakeClock('2026-05-01T10:00:00Z') }));
    expect(await r.respond(inThread('who is Maren Lindgren?'))).toMatchObject({ kind: 'actor', name: 'Maren Lindgren' });
    const said = await r.respond(inThread('and what did she say?'));
    expect(said).toMatchObject({ kind: 'answer', briefing: 'ferry-fire' });
    expect(said.kind === 'answer' && said.sentences[0]!.text).toContain('Nobody will be left out of pocket');
    expect(await r.respond(inThread('who is she?'))).toMatchObject({ kind: 'actor', name: 'Maren Lindgren' });
    expect(slugOf(await r.respond(inThread('was anyone hurt?')))).toBe('ferry-fire');
  });

  it('reads "who is the … behind it" and "whos the …" in a thread as a question about its story, not an unknown name', async () => {
    const r = responder(new ConversationMemory({ clock: new FakeClock('2026-05-01T10:00:00Z') }));
    expect(slugOf(await r.respond(inThread('why did the ferry catch fire?')))).toBe('ferry-fire');
    const reply = await r.respond(inThread('who is the insurer behind it'));
    expect(reply.kind === 'answer' || reply.kind === 'no-answer').toBe(true);
    expect(slugOf(reply)).toBe('ferry-fire');
    expect(slugOf(await r.respond(inThread('whos the favourite to insure it next')))).toBe('ferry-fire');
    expect(slugOf(await r.respond(inThread('whos the favourite insurer')))).toBe('ferry-fire');
    // Outside a thread the same words name no story.
    expect(await r.respond(makeIncoming('who is the insurer behind it'))).toMatchObject({ kind: 'not-found' });
  });

  it('keeps people apart outside threads, and forgets after the memory’s time', async () => {
    const clock = new FakeClock('2026-05-01T10:00:00Z');
    const memory = new ConversationMemory({ clock, ttlMs: 60_000 });
    const r = responder(memory);
    const inChannel = (text: string, user: string) => makeIncoming(text, { platform: 'discord', conversation: '42', user });
    await r.respond(inChannel('who is Maren Lindgren?', 'ana'));
    expect(memory.recall(inChannel('', 'ana'))?.people).toEqual(['Maren Lindgren']);
    expect(memory.recall(inChannel('', 'ben'))).toBeUndefined();
    expect(await r.respond(inChannel('what did she say?', 'ben'))).toMatchObject({ kind: 'error', code: 'bad_argument' });
    clock.advance(61_000);
    expect(memory.recall(inChannel('', 'ana'))).toBeUndefined();
  });

  it('keys a thread by its thread, shared by everyone in it', () => {
    expect(conversationKey(inThread('x', { user: 'U1' }))).toBe(conversationKey(inThread('y', { user: 'U2' })));
    expect(conversationKey(inThread('x', { thread: '1' }))).not.toBe(conversationKey(inThread('x', { thread: '2' })));
  });

  it('remembers a bounded number of conversations, the oldest forgotten first', async () => {
    const memory = new ConversationMemory({ clock: new FakeClock('2026-05-01T10:00:00Z'), maxConversations: 2 });
    const r = responder(memory);
    for (const user of ['a', 'b', 'c']) await r.respond(makeIncoming('/brief ferry fire', { user }));
    expect(memory.recall(makeIncoming('', { user: 'a' }))).toBeUndefined();
    expect(memory.recall(makeIncoming('', { user: 'c' }))?.slug).toBe('ferry-fire');
  });
});
