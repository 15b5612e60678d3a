import { describe, expect, it } from 'vitest';
import { questionOverlap, rolesAgree } from '../../scripts/eval/score.ts';

describe('the scorer compares words by one stem, singular and plural alike', () => {
  it('agrees on a role given in the plural of a word ending in "e"', () => {
    expect(rolesAgree('bandmates', 'Busted bandmate')).toBe(true);
    expect(rolesAgree('nominees', 'best actress nominee')).toBe(false);
    expect(rolesAgree('fellow nominees', 'nominee')).toBe(true);
  });

  it('still refuses a role that shares no word with the label', () => {
    expect(rolesAgree('bandleader', 'Busted bandmate')).toBe(false);
    expect(rolesAgree('judges', 'chief executive')).toBe(false);
  });

  it('finds an open question whose words differ only by ending', () => {
    expect(questionOverlap('What caused the fire', 'Police have not said what the cause of the fire in the warehouse was')).toBe(true);
    expect(questionOverlap('What caused the fire', 'The warehouse reopened on Monday')).toBe(false);
  });
});
