/**
 * Every open-question cue carries an example sentence it must match and a near miss it must
 * reject. These tests are generated from the cue table, so a cue cannot silently stop working
 * (its example no longer matches) or start over-matching (its near miss now matches) when its
 * pattern is edited, and a new cue cannot be added without both sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/context.ts';
import { ANY_CUE, CHOICE, NOT_OPEN, QUESTION_CUES, cuesIn } from '../../src/extract/question-cues.ts';
import { saysNothingOfKnowing } from '../../src/extract/question-features.ts';
import { listCorpus, readArticle } from '../../scripts/corpus/corpus.ts';

/** True when the quick word check lets sentence `index` through to the cues. */
const passesWordCheck = (article: ReturnType<typeof analyse>, index: number): boolean =>
  article.sentences[index]!.text.trim().endsWith('?') || !saysNothingOfKnowing(article, index);

describe('open-question cues', () => {
  it('have unique ids', () => {
    const ids = QUESTION_CUES.map((cue) => cue.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each carry an example and a near miss', () => {
    const missing = QUESTION_CUES.filter((cue) => cue.example.trim() === '' || cue.negative.trim() === '').map((cue) => cue.id);
    expect(missing).toEqual([]);
  });

  for (const cue of QUESTION_CUES) {
    it(`${cue.id}: matches its example and rejects its near miss`, () => {
      expect(cue.pattern.test(cue.example), `example: ${cue.example}`).toBe(true);
      expect(cuesIn(cue.example).map((found) => found.id)).toContain(cue.id);
      expect(cue.pattern.test(cue.negative), `negative: ${cue.negative}`).toBe(false);
      const article = analyse(cue.example);
      expect(article.sentences.some((_, i) => passesWordCheck(article, i)), 'the quick word check must let the example through').toBe(true);
    });
  }

  it('are never skipped by the quick word check in the project\'s own articles', () => {
    const skipped: string[] = [];
    for (const entry of listCorpus(['train']).filter((e) => e.source === 'own')) {
      const article = analyse(readArticle(entry).body);
      article.sentences.forEach((s, i) => {
        if (ANY_CUE.test(s.text) && !passesWordCheck(article, i)) skipped.push(`${entry.id}: ${s.text}`);
      });
    }
    expect(skipped).toEqual([]);
  });
});

/** What each cue's own pattern finds in `text` (the whether-or cue not where it is a choice): cuesIn's answer, found the slow way. */
function eachCueAlone(text: string): Array<{ id: string; words: string }> {
  return QUESTION_CUES.flatMap((cue) => {
    const m = cue.pattern.exec(text);
    if (!m || (cue.id === 'whether-or' && (NOT_OPEN.test(text) || CHOICE.test(text)))) return [];
    return [{ id: cue.id, words: m[0] }];
  });
}

describe('cuesIn', () => {
  it('finds what each cue\'s pattern finds on its own, whichever alternative of the pattern matches', () => {
    const sentences = [
      ...QUESTION_CUES.flatMap((cue) => [cue.example, cue.negative]),
      // The second alternative of a cue, and cues starting mid-sentence after other words.
      'Speaking on the radio, the chief executive declined to be drawn on reports of merger talks.',
      'Asked about the merger, she would not be drawn into the details, and it is unclear whether talks go on.',
      'It was not immediately clear how many people were hurt; officials said no reason was given.',
    ];
    for (const entry of listCorpus(['train']).filter((e) => e.source === 'own')) {
      sentences.push(...analyse(readArticle(entry).body).sentences.map((s) => s.text));
    }
    const differ = sentences.filter((s) => JSON.stringify(cuesIn(s)) !== JSON.stringify(eachCueAlone(s)));
    expect(differ).toEqual([]);
  });
});
