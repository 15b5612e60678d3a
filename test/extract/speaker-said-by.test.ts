import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';
import { genderOf } from '../../src/extract/given-names.ts';
import { anonymityNear } from '../../src/extract/speaker-said-by.ts';

/** The features of each candidate speaker of the quotation starting with `start` (null: nobody). */
function candidates(body: string, start: string): Map<string | null, string[]> {
  const trace = newTrace();
  extractArticle(body, { trace });
  return new Map(trace.speakers.filter((c) => c.quote.startsWith(start)).map((c) => [c.speaker, c.features]));
}

const nobody = (body: string, start: string): string[] => candidates(body, start).get(null) ?? [];

describe('who the words of saying have as subject', () => {
  it('tells nobody that a document speaks, and not when its author is named in it', () => {
    const unnamed = 'Ravi Holt was jailed on Monday. "I still cannot sleep at night," the statement said.';
    expect(nobody(unnamed, 'I still cannot')).toContain('none&saidBy:document');
    const authored = 'Ravi Holt was jailed on Monday. "We welcome the sentence," a Tarrow Water statement said.';
    expect(nobody(authored, 'We welcome')).not.toContain('none&saidBy:document');
  });

  it('tells a legal filing apart from a statement', () => {
    const body = 'Nadia Holt has sued Tarrow Water. "The company hid the leak for two years," the lawsuit states.';
    expect(nobody(body, 'The company hid')).toContain('none&saidBy:filing');
  });

  it('tells nobody that an unnamed person says it, and marks the name that does', () => {
    const unnamed = 'Pia Rusk opened the festival. "People who read come back," said a guesthouse owner.';
    expect(nobody(unnamed, 'People who read')).toContain('none&saidBy:person:indefinite');
    const named = 'Tarrow Water reported a loss. "Costs rose faster than sales," said chief financial officer Pia Rusk.';
    expect(nobody(named, 'Costs rose')).not.toContain('none&saidBy:person:indefinite');
    expect(candidates(named, 'Costs rose').get('Pia Rusk')).toContain('saidByName');
  });

  it("tells someone's lawyer apart from the person", () => {
    const lawyer = "Ko Min-jun was charged with fraud. Ko's lawyer said his client \"deeply regrets the suffering\" of the tenants.";
    expect(nobody(lawyer, 'deeply regrets')).toContain('none&saidBy:person:possessed');
    const self = 'Ko Min-jun was charged with fraud. Ko said he "deeply regrets the suffering" of the tenants.';
    expect(nobody(self, 'deeply regrets')).not.toContain('none&saidBy:person:possessed');
  });

  it('follows a "she said" to the unnamed woman of the sentence before, or to the named one', () => {
    const unnamed = 'Aminata Sow won the vote. Another, a young woman selling phone credit, said she had not voted at all. "They all come when they want something," she said.';
    expect(nobody(unnamed, 'They all come')).toContain('none&saidBy:pronoun:person:indefinite');
    const named = 'Aminata Sow won the vote. Awa Ndiaye, a young woman selling phone credit, said she had not voted at all. "They all come when they want something," she said.';
    const found = candidates(named, 'They all come');
    expect(found.get(null) ?? []).not.toContain('none&saidBy:pronoun:person:indefinite');
    expect(found.get('Awa Ndiaye')).toContain('pronounTakesUp');
    expect(found.get('Aminata Sow') ?? []).not.toContain('pronounTakesUp');
  });

  it('follows a pronoun across a paragraph break and past a passive sentence to the agent', () => {
    const across = 'Kara Benn chairs the board. Dana Reyes, of the tenants group Homefirst, said complaints had risen.\n\n"People have waited long enough," she said.';
    const found = candidates(across, 'People have waited');
    expect(found.get('Dana Reyes')).toContain('pronounTakesUp');
    expect(found.get('Kara Benn') ?? []).not.toContain('pronounTakesUp');
    const passive = 'Kara Benn chairs the board. The report was welcomed by housing campaigner Dana Reyes. "It is long overdue," she said.';
    expect(candidates(passive, 'It is long').get('Dana Reyes')).toContain('pronounTakesUp');
    expect(nobody(passive, 'It is long')).not.toContain('none&saidBy:pronoun:document');
  });

  it('notices a speaker kept unnamed', () => {
    const body = 'Pia Rusk opened the festival. A guesthouse owner, who asked not to be named, said rooms were free. "The festival brings people who read," she said.';
    expect(nobody(body, 'The festival brings')).toContain('none&anonymous');
    expect(anonymityNear('spoke on condition of anonymity')).toBe(true);
    expect(anonymityNear('asked to be named in the report')).toBe(false);
  });

  it("reads a relative's sex from the relation, not from the possessor before it", () => {
    const person = (name: string, role: string) => ({ name, aliases: new Set<string>(), kind: 'person' as const, role, first: 0 });
    expect(genderOf(person('Sian Pugh', "Mr Pugh's mother"))).toBe('f');
    expect(genderOf(person('Ravi Kumar', "Ms Kumar's father"))).toBe('m');
    expect(genderOf(person('Alex Kumar', 'Mr Kumar'))).toBe('m');
    // "Mr Jenkins's mother, Sian Jenkins, told the court …. "…," she said": the mother speaks.
    const body = 'Mr Pugh was beaten outside the pub. Mr Pugh\'s mother, Sian Pugh, told the court she had sat by his bed. "He did not know me for a week," she said.';
    expect(candidates(body, 'He did not know').get('Sian Pugh')).toContain('pronounTakesUp');
  });

  it('copes with a quotation that ends the text', () => {
    expect(() => candidates('Pia Rusk spoke last. "We will be back,"', 'We will')).not.toThrow();
  });
});
