import { describe, expect, it } from 'vitest';
import { fold, splitBody, splitSentenceSpans } from '../../src/briefing/text.ts';

const sentences = (text: string) => splitSentenceSpans(text).map(([s, e]) => text.slice(s, e));

describe('sentence splitting', () => {
  it('splits on full stops followed by a capital', () => {
    expect(sentences('The port closed. Ships waited offshore.')).toEqual(['The port closed.', 'Ships waited offshore.']);
  });

  it('keeps abbreviations, titles and initials inside a sentence', () => {
    expect(sentences('Mr. Reeves met Dr. Olu in the U.S. capital. Nelson D. Park said no.')).toEqual([
      'Mr. Reeves met Dr. Olu in the U.S. capital.',
      'Nelson D. Park said no.',
    ]);
  });

  it('keeps a closing quote with its sentence and does not split before a lower-case attribution', () => {
    expect(sentences('“Is it over?” she asked. “No.” He left.')).toEqual(['“Is it over?” she asked.', '“No.”', 'He left.']);
  });
});

describe('paragraphs and ids', () => {
  it('numbers paragraphs separated by blank lines and their sentences', () => {
    const paragraphs = splitBody('First one. Second one.\n\nThird one.\n');
    expect(paragraphs.map((p) => p.sentences.map((s) => s.id))).toEqual([['1.1', '1.2'], ['2.1']]);
  });

  it('treats each line as a paragraph when the body has no blank lines', () => {
    expect(splitBody('Line one.\nLine two.').map((p) => p.text)).toEqual(['Line one.', 'Line two.']);
  });

  it('joins hard-wrapped lines inside a blank-line paragraph', () => {
    const [p] = splitBody('A sentence that\nwraps here.\n\nNext.');
    expect(p!.text).toBe('A sentence that wraps here.');
  });

  it('gives offsets into the original body', () => {
    const body = 'Alpha beta.\n\nGamma delta. Epsilon.';
    for (const s of splitBody(body).flatMap((p) => p.sentences)) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('yields the same ids for the same text', () => {
    const body = 'One. Two.\n\nThree.';
    expect(splitBody(body)).toEqual(splitBody(body));
  });
});

describe('fold', () => {
  it('removes accents, case, possessives and punctuation', () => {
    expect(fold('Ana María Guzmán’s')).toBe('ana maria guzman');
    expect(fold('  Søren   KJÆRGAARD ')).toBe('soren kjaergaard');
  });
});
