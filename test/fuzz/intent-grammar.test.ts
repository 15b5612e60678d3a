/**
 * Fuzzing the command grammar: any message from any platform parses to an intent (an unknown one
 * at worst), quickly and without throwing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIntent } from '../../src/commands/index.ts';
import { FUZZ, untrustedText } from './arbitraries.ts';

const VERBS = ['/brief ', 'who is ', 'who’s ', 'what did ', ' say', 'what don’t we know about ', 'follow ', 'remind ', 'in 3 days ', 'tomorrow 9am ', 'digest every weekday 8:00 ', 'timezone ', 'feeds add ', 'feeds remove ', 'cancel ', ' actors', ' questions', ' full'] as const;

describe('the intent grammar under fuzzing', () => {
  it('parses any message, verbs and hostile text mixed, to an intent without throwing or hanging', () => {
    const message = fc.oneof(untrustedText, fc.array(fc.oneof(fc.constantFrom(...VERBS), untrustedText), { maxLength: 8 }).map((p) => p.join('')), fc.string({ maxLength: 5000 }));
    fc.assert(
      fc.property(message, (text) => {
        const started = performance.now();
        const intent = parseIntent(text);
        expect(performance.now() - started).toBeLessThan(1000);
        expect(typeof intent.kind).toBe('string');
      }),
      { ...FUZZ, numRuns: 400 },
    );
  });
});
