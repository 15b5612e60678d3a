import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { DAM_DEAL, RATE_FORECAST, STORM_RECOVERY } from './articles.ts';

const questions = (body: string) => extractArticle(body).questions;

describe('open questions', () => {
  it('finds undisclosed terms, "did not say", "declined to say" and "remains to be seen"', () => {
    const found = questions(DAM_DEAL);
    const cited = found.map((q) => q.cites[0]);
    expect(cited).toEqual(['2.2', '4.1', '6.1', '7.1']);
    expect(found.find((q) => q.cites[0] === '7.1')?.why).toBe('remains to be seen');
  });

  it('finds the unknown figure and the unclear date after a question asked outright', () => {
    const found = questions(STORM_RECOVERY);
    expect(found.map((q) => q.cites[0])).toContain('2.2');
    expect(found.map((q) => q.cites[0])).not.toContain('1.1');
  });

  it('does not take forecasts and hedges for open questions', () => {
    expect(questions(RATE_FORECAST)).toEqual([]);
  });

  it('does not take "whether or not" for an open question', () => {
    expect(questions('The aim, she said, was to see whether or not the rebels return to talks.')).toEqual([]);
  });

  it('finds a "whether … or …" that the article leaves open', () => {
    expect(questions('Whether the mine reopens or closes for good is not clear.').length).toBe(1);
  });

  it('finds unanswered requests for comment and matters under investigation', () => {
    const found = questions('The owners did not respond to a request for comment. The cause of the fire remains under investigation. Police said two people were rescued.');
    expect(found.map((q) => q.cites[0])).toEqual(['1.1', '1.2']);
  });

  it('keeps a clause with no cue with the open clause after it', () => {
    const found = questions('The family paid part of the ransom before the boy was freed, but the amount was not disclosed, and police have not said whether any money was recovered.');
    expect(found.map((q) => q.text)).toEqual([
      'The family paid part of the ransom before the boy was freed, but the amount was not disclosed',
      'police have not said whether any money was recovered',
    ]);
  });
});
