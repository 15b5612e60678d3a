import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { DAM_DEAL } from './articles.ts';

describe('claims', () => {
  const claims = extractArticle(DAM_DEAL).claims;

  it('marks claims resting on unnamed sources with the phrase the article uses', () => {
    const unnamed = claims.filter((c) => c.sourcing === 'unnamed');
    expect(unnamed.map((c) => c.source)).toEqual(['sources familiar with the negotiations', 'Officials who asked not to be named']);
    expect(unnamed[0]?.cites).toEqual(['4.1']);
  });

  it('marks claims by a named speaker as on the record', () => {
    const onRecord = claims.filter((c) => c.sourcing === 'on-record');
    expect(onRecord.map((c) => c.source)).toContain('Rui Fontoura');
  });

  it('recognises insiders and analysts as unnamed sources', () => {
    const x = extractArticle('Insiders say the merger is off. Analysts say the shares will fall.');
    expect(x.claims.map((c) => c.sourcing)).toEqual(['unnamed', 'unnamed']);
  });

  it('takes the description before "who asked not to be named" and qualified officials as the source', () => {
    const x = extractArticle(
      'A resident of Weir Street, who asked not to be named, said the barriers failed. According to two officials briefed on the talks, the deal is close. Several EU diplomats said on condition of anonymity that banks were targeted.',
    );
    expect(x.claims.map((c) => c.source)).toEqual([
      'A resident of Weir Street who asked not to be named',
      'two officials briefed on the talks',
      'Several EU diplomats',
    ]);
  });
});
