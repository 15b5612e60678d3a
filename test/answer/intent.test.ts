import { describe, expect, it } from 'vitest';
import { normalizeMessage } from '../../src/answer/intent.ts';
import { parseIntent } from '../../src/commands/index.ts';

describe('parseIntent', () => {
  it.each([
    ['/brief', { kind: 'help' }],
    ['/brief help', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['/brief swap', { kind: 'briefing', topic: 'swap', part: 'card' }],
    ['brief swap', { kind: 'briefing', topic: 'swap', part: 'card' }],
    ['swap', { kind: 'briefing', topic: 'swap', part: 'card' }],
    ['/brief swap actors', { kind: 'briefing', topic: 'swap', part: 'actors' }],
    ['/brief prisoner swap questions', { kind: 'briefing', topic: 'prisoner swap', part: 'questions' }],
    ['/brief swap quotes', { kind: 'briefing', topic: 'swap', part: 'quotes' }],
    ['/brief swap claims', { kind: 'briefing', topic: 'swap', part: 'claims' }],
    ['/brief swap sources', { kind: 'briefing', topic: 'swap', part: 'sources' }],
    ['/brief swap full', { kind: 'briefing', topic: 'swap', part: 'full' }],
    ['/brief swap sourcez', { kind: 'briefing', topic: 'swap', part: 'sources' }],
    ['/brief swap qestions', { kind: 'briefing', topic: 'swap', part: 'questions' }],
    ['/brief who', { kind: 'help', topic: 'who' }],
    ["who's?", { kind: 'help', topic: 'who' }],
    ['/brief who Ana María Guzmán', { kind: 'who', name: 'Ana María Guzmán', focus: 'profile' }],
    ['who is ana maria guzman', { kind: 'who', name: 'ana maria guzman', focus: 'profile' }],
    ["who's Guzmán?", { kind: 'who', name: 'Guzmán', focus: 'profile' }],
    ['Who’s the analyst?', { kind: 'who', name: 'the analyst', focus: 'profile' }],
    ['what did Guzmán say?', { kind: 'who', name: 'Guzmán', focus: 'quotes' }],
    ["what don't we know about the swap?", { kind: 'briefing', topic: 'the swap', part: 'questions' }],
    ['what is still unknown about the strike', { kind: 'briefing', topic: 'the strike', part: 'questions' }],
    ['open questions on the strike', { kind: 'briefing', topic: 'the strike', part: 'questions' }],
    ['/brief follow swap', { kind: 'follow', topic: 'swap' }],
    ['/brief unfollow swap', { kind: 'unfollow', topic: 'swap' }],
    ['/brief remind swap in 3 days check the terms', { kind: 'remind', text: 'swap in 3 days check the terms' }],
    ['/brief reminders', { kind: 'reminders' }],
    ['/brief cancel 12', { kind: 'cancel', id: '12' }],
    ['/brief digest', { kind: 'digest', action: 'show' }],
    ['/brief digest off', { kind: 'digest', action: 'off' }],
    ['/brief digest every weekday 8:00', { kind: 'digest', action: 'schedule', schedule: 'weekday 8:00' }],
  ])('reads %j', (text, intent) => {
    expect(parseIntent(text)).toEqual(intent);
  });

  it('ignores a leading Slack or Discord mention of the bot', () => {
    expect(parseIntent('<@U123ABC> who is Guzmán?')).toEqual({ kind: 'who', name: 'Guzmán', focus: 'profile' });
    expect(parseIntent('<@!123456789> swap')).toEqual({ kind: 'briefing', topic: 'swap', part: 'card' });
  });

  it('normalises space and trailing punctuation', () => {
    expect(normalizeMessage('  /brief   swap   ?! ')).toBe('swap');
  });
});
