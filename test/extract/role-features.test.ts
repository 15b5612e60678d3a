import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import type { RoleOption } from '../../src/extract/role-candidates.ts';
import { roleFeatures, summarise } from '../../src/extract/role-features.ts';

function featuresOf(texts: string[], source: RoleOption['source'] = 'phrase'): Map<string, string[]> {
  const options: RoleOption[] = texts.map((text) => ({ source, text, occurrence: 0, quoted: false }));
  const summary = summarise(options);
  return new Map(options.map((o) => [o.text, roleFeatures(o, summary)]));
}

describe('role features', () => {
  it('marks a rank or standing in a competition, not any number', () => {
    const f = featuresOf(['the fourth seed', 'world number two', 'three-time champion', 'number cruncher', 'seeded player']);
    expect(f.get('the fourth seed')).toContain('rank');
    expect(f.get('world number two')).toContain('rank');
    expect(f.get('three-time champion')).toContain('rank');
    expect(f.get('seeded player')).toContain('rank');
    expect(f.get('number cruncher')).not.toContain('rank');
  });

  it('tells a place or a nationality alone from a description that names one', () => {
    const f = featuresOf(['Norway', 'the Norwegian', 'Dane', 'Norwegian striker', 'Oslo']);
    expect(f.get('Norway')).toContain('only:place');
    expect(f.get('Oslo')).toContain('only:place');
    expect(f.get('the Norwegian')).toContain('only:nation');
    expect(f.get('Dane')).toContain('only:nation');
    expect(f.get('Norwegian striker')!.some((x) => x.startsWith('only:'))).toBe(false);
  });

  it('marks a plural person noun as the head, not a singular one or a word ending in -ss', () => {
    const f = featuresOf(['Other winners', 'the winner', 'boss', 'fellow nominees']);
    expect(f.get('Other winners')).toContain('head:plural');
    expect(f.get('fellow nominees')).toContain('head:plural');
    expect(f.get('the winner')).not.toContain('head:plural');
    expect(f.get('boss')).not.toContain('head:plural');
  });
});

describe('descriptions owned by a person', () => {
  const person = (body: string, name: string) => extractArticle(body).actors.find((a) => a.name === name);

  it('names the owner of "his agent", "her coach": the other person named last before', () => {
    expect(person('Oskar Lindqvist was fined on Tuesday. His agent, Petra Holm, said he would appeal.', 'Petra Holm')?.role)
      .toBe("Oskar Lindqvist's agent");
    expect(person('Tilda Varga, the fifth seed, won in straight sets. Her coach, Istvan Marosi, said she had served well.', 'Istvan Marosi')?.role)
      .toBe("Tilda Varga's coach");
  });

  it('leaves the description as it stands when nobody is named before it', () => {
    expect(person('His lawyer, Dominic Ashworth, said the appeal would be lodged on Monday.', 'Dominic Ashworth')?.role).toBe('His lawyer');
  });
});
