/**
 * Every hand rule that overrides a learned decision (src/extract/hand-rules.ts) applies to the
 * snippet it gives as its example, decides it as it says, and stays silent on its near miss — so
 * a rule cannot quietly stop applying, or start applying where it should not.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { PERSON_RULES, QUESTION_RULES, SPEAKER_RULES, type HandRule } from '../../src/extract/hand-rules.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';

function traced(text: string): { trace: ReturnType<typeof newTrace>; people: string[]; questions: string[] } {
  const trace = newTrace();
  const x = extractArticle(text, { trace });
  return { trace, people: x.actors.filter((a) => a.kind === 'person').map((a) => a.name), questions: x.questions.map((q) => q.text) };
}

const applies = (rule: HandRule, features: string[]): boolean => rule.when(new Set(features));

describe('hand rules for people', () => {
  for (const rule of PERSON_RULES) {
    it(`${rule.id}: applies to its example and decides it, not to its near miss`, () => {
      const example = traced(rule.example);
      const hits = example.trace.persons.filter((c) => applies(rule, c.features));
      expect(hits.length, rule.example).toBeGreaterThan(0);
      for (const hit of hits) expect(example.people.includes(hit.name), `${hit.name} in "${rule.example}"`).toBe(rule.verdict);
      const negative = traced(rule.negative);
      expect(negative.trace.persons.filter((c) => applies(rule, c.features)).map((c) => c.name), rule.negative).toEqual([]);
    });
  }
});

describe('hand rules for speakers', () => {
  for (const rule of SPEAKER_RULES) {
    it(`${rule.id}: applies to its example and decides it, not to its near miss`, () => {
      const trace = newTrace();
      const quotes = extractArticle(rule.example, { trace }).quotes;
      const hits = trace.speakers.filter((c) => c.speaker === null && applies(rule, c.features));
      expect(hits.length, rule.example).toBeGreaterThan(0);
      for (const hit of hits) {
        const quote = quotes.find((q) => q.text === hit.quote);
        expect(quote, hit.quote).toBeDefined();
        expect(quote!.speaker).toBeNull();
      }
      const negative = newTrace();
      extractArticle(rule.negative, { trace: negative });
      expect(negative.speakers.filter((c) => applies(rule, c.features)).map((c) => c.quote)).toEqual([]);
    });
  }
});

describe('hand rules for open questions', () => {
  for (const rule of QUESTION_RULES) {
    it(`${rule.id}: applies to its example and decides it, not to its near miss`, () => {
      const example = traced(rule.example);
      const hits = example.trace.questions.filter((c) => applies(rule, c.features));
      expect(hits.length, rule.example).toBeGreaterThan(0);
      for (const hit of hits) expect(example.questions.some((q) => hit.text.includes(q) || q.includes(hit.text)), hit.text).toBe(rule.verdict);
      const negative = traced(rule.negative);
      expect(negative.trace.questions.filter((c) => applies(rule, c.features)).map((c) => c.text), rule.negative).toEqual([]);
    });
  }

  it('have unique ids', () => {
    const ids = [...PERSON_RULES, ...SPEAKER_RULES, ...QUESTION_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
