/**
 * The test gate of extraction: the project's own articles of the corpus's training part
 * (corpus/train/own, written and labelled here; conventions in corpus/README.md), scored with the
 * same scorer as `npm run eval`. It asserts on the training part only: the vault is scored by
 * `npm run eval`, never by a test that could be tuned against. BBC labels need ../shared and are
 * left to `npm run eval`, so this passes on a clone with nothing beside it.
 */
import { describe, expect, it } from 'vitest';
import { listCorpus, readArticle } from '../../scripts/corpus/corpus.ts';
import { extractorPredict } from '../../scripts/eval/predict.ts';
import { scoreArticle, sumScores } from '../../scripts/eval/score.ts';

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

const articles = listCorpus(['train']).filter((e) => e.source === 'own').map((e) => readArticle(e));
const scores = articles.map((a) => ({ id: a.id, score: scoreArticle(a.labels, extractorPredict(a.body, a.title)) }));
const total = sumScores(scores.map((s) => s.score));

describe('extraction on the project-owned training articles', () => {
  it('has at least 45 labelled articles of news length in at least six sections', () => {
    expect(articles.length).toBeGreaterThanOrEqual(45);
    expect(new Set(articles.map((a) => a.section)).size).toBeGreaterThanOrEqual(6);
    for (const a of articles) {
      const words = `${a.title} ${a.body}`.split(/\s+/).filter(Boolean).length;
      expect(words, a.id).toBeGreaterThanOrEqual(450);
      expect(words, a.id).toBeLessThanOrEqual(900);
    }
  });

  it('labels only quotations that occur in the body', () => {
    for (const a of articles) for (const q of a.labels.quotes) expect(a.body, `${a.id}: ${q.starts_with}`).toContain(q.starts_with);
  });

  it('finds at least 95% of the people', () => {
    expect(ratio(total.peopleFound, total.people)).toBeGreaterThanOrEqual(0.95);
  });

  it('lists people with at least 90% precision', () => {
    expect(ratio(total.predictedCorrect, total.predicted)).toBeGreaterThanOrEqual(0.9);
  });

  it('gets at least 85% of roles right', () => {
    expect(ratio(total.rolesCorrect, total.roles)).toBeGreaterThanOrEqual(0.85);
  });

  it('finds at least 95% of quotations and gets at least 90% of speakers right', () => {
    expect(ratio(total.quotesFound, total.quotes)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(total.speakersCorrect, total.quotesFound)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds at least 70% of open questions', () => {
    expect(ratio(total.questionsFound, total.questions)).toBeGreaterThanOrEqual(0.7);
  });

  it('raises at most one false open question on an article that has none', () => {
    const negatives = scores.filter((s) => s.score.negative);
    expect(negatives.length).toBeGreaterThanOrEqual(5);
    for (const s of negatives) expect(s.score.falseQuestions, `${s.id}: ${s.score.details.join('; ')}`).toBeLessThanOrEqual(1);
  });
});
