/**
 * Scores one prediction against one labelled article. Definitions (all matching is on folded
 * text: lower case, accents and punctuation removed):
 *
 * - people: a labelled person is found when a predicted person's name or any alias equals the
 *   label's name or any alias. Precision is the share of predicted people that match a label.
 * - role: of found people whose label role is not null, the predicted role agrees when, after
 *   cutting the label at its first ";" or "(" (the labels' own notes), either text contains the
 *   other, or at least half of the label's content words (stop words dropped, each word cut to
 *   one stem so that a singular and its plural agree) appear in the prediction.
 * - quotes: a labelled quotation is found when its `starts_with` occurs at the start of or
 *   within a predicted quotation. Speaker accuracy is over found quotations: the predicted
 *   speaker equals the label (null == null), comparing names, aliases and, for organisations,
 *   containment ("Joint Committee on …" within "Parliament’s Joint Committee on …"). A prediction
 *   that joins two halves of a split quotation counts for both.
 * - open questions: labels are paraphrases, so a labelled question is found by an extracted
 *   question whose sentence shares at least 3 content words with the label, or 2 when those are
 *   30% or more of the sentence's content words; each extracted question finds at most one label.
 *   On articles labelled with no open questions, every extracted question is a false positive.
 */
import { fold } from '../../src/briefing/text.ts';
import type { ArticleLabels } from './labels.ts';

/** What a system predicted for one article (the extractor or the baseline). */
export interface Prediction {
  people: Array<{ name: string; aliases: string[]; role: string | null }>;
  quotes: Array<{ speaker: string | null; text: string }>;
  questions: string[];
  /** Aliases of every actor by name, so speaker names can be compared through aliases. */
  actorAliases: Map<string, string[]>;
}

/** Counts for one article; totals are sums of these. */
export interface Score {
  people: number;
  peopleFound: number;
  predicted: number;
  predictedCorrect: number;
  roles: number;
  rolesCorrect: number;
  quotes: number;
  quotesFound: number;
  speakersCorrect: number;
  questions: number;
  questionsFound: number;
  /** Extracted questions on an article labelled with none. */
  falseQuestions: number;
  negative: boolean;
  /** Human-readable misses, printed by `--details`. */
  details: string[];
}

const STOP = new Set('the a an of for at in on and to his her its their with by from as is was who s per text says'.split(' '));

function contentWords(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map(stem);
}

/**
 * A word's stem for comparing roles and questions: plural and verb endings dropped, then a final
 * "e", so that a singular and its plural agree ("bandmate" and "bandmates", "nominee" and
 * "nominees", "judge" and "judges" — the plural's "-es" would otherwise leave "bandmat" beside
 * "bandmate").
 */
function stem(word: string): string {
  return word.replace(/(?:ies)$/, 'y').replace(/(?<=\w{3})(?:ing|ed|es|s)$/, '').replace(/(?<=\w{3})e$/, '');
}

/** Loose role agreement, as documented above. */
export function rolesAgree(predicted: string | null, label: string): boolean {
  if (!predicted) return false;
  const cleanLabel = label.split(/[;(]/)[0]!.replace(/["“”]/g, '');
  const p = fold(predicted);
  const l = fold(cleanLabel);
  if (!l) return false;
  if (p.includes(l) || (l.includes(p) && contentWords(p).length > 0)) return true;
  const lw = new Set(contentWords(cleanLabel));
  const pw = new Set(contentWords(predicted));
  let shared = 0;
  for (const w of lw) if (pw.has(w)) shared++;
  return lw.size > 0 && shared >= Math.max(1, Math.ceil(lw.size / 2));
}

function namesOf(person: { name: string; aliases: string[] }): Set<string> {
  return new Set([person.name, ...person.aliases].map(fold).filter(Boolean));
}

function speakerAgrees(predicted: string | null, label: string | null, prediction: Prediction, labels: ArticleLabels): boolean {
  if (predicted === null || label === null) return predicted === label;
  const p = fold(predicted);
  const l = fold(label);
  if (p === l) return true;
  const predictedNames = new Set([p, ...(prediction.actorAliases.get(predicted) ?? []).map(fold)]);
  const labelPerson = labels.people.find((x) => fold(x.name) === l);
  const labelNames = labelPerson ? namesOf(labelPerson) : new Set([l]);
  for (const n of predictedNames) if (labelNames.has(n)) return true;
  if (!labelPerson) for (const n of predictedNames) if (n.length > 3 && (l.includes(n) || n.includes(l))) return true;
  return false;
}

/** True when an extracted question shares enough content words with a label to count as finding it. */
export function questionOverlap(label: string, sentence: string): boolean {
  const lw = new Set(contentWords(label));
  const sw = new Set(contentWords(sentence));
  let shared = 0;
  for (const w of sw) if (lw.has(w)) shared++;
  return shared >= 3 || (shared >= 2 && sw.size > 0 && shared / sw.size >= 0.3);
}

/** Scores one article. */
export function scoreArticle(labels: ArticleLabels, prediction: Prediction): Score {
  const s: Score = {
    people: labels.people.length, peopleFound: 0, predicted: prediction.people.length, predictedCorrect: 0,
    roles: 0, rolesCorrect: 0, quotes: labels.quotes.length, quotesFound: 0, speakersCorrect: 0,
    questions: labels.open_questions.length, questionsFound: 0, falseQuestions: 0,
    negative: labels.open_questions.length === 0, details: [],
  };
  const labelNames = labels.people.map(namesOf);
  const used = new Set<number>();
  labels.people.forEach((person, i) => {
    const names = labelNames[i]!;
    const match = prediction.people.findIndex((p, j) => !used.has(j) && [...namesOf(p)].some((n) => names.has(n)));
    if (match < 0) {
      s.details.push(`missed person: ${person.name}`);
      return;
    }
    used.add(match);
    s.peopleFound++;
    if (person.role !== null) {
      s.roles++;
      if (rolesAgree(prediction.people[match]!.role, person.role)) s.rolesCorrect++;
      else s.details.push(`role of ${person.name}: got "${prediction.people[match]!.role}", want "${person.role}"`);
    }
  });
  for (const p of prediction.people) {
    if (labelNames.some((names) => [...namesOf(p)].some((n) => names.has(n)))) s.predictedCorrect++;
    else s.details.push(`not a labelled person: ${p.name}`);
  }

  for (const q of labels.quotes) {
    const needle = fold(q.starts_with);
    const hits = prediction.quotes.filter((p) => fold(p.text).includes(needle));
    if (hits.length === 0) {
      s.details.push(`missed quote: ${q.starts_with.slice(0, 50)}`);
      continue;
    }
    s.quotesFound++;
    if (hits.some((h) => speakerAgrees(h.speaker, q.speaker, prediction, labels))) s.speakersCorrect++;
    else s.details.push(`speaker of "${q.starts_with.slice(0, 40)}": got ${hits[0]!.speaker}, want ${q.speaker}`);
  }

  if (s.negative) {
    s.falseQuestions = prediction.questions.length;
    for (const q of prediction.questions) s.details.push(`false open question: ${q.slice(0, 90)}`);
  }
  const taken = new Set<number>();
  for (const label of labels.open_questions) {
    const j = prediction.questions.findIndex((q, k) => !taken.has(k) && questionOverlap(label, q));
    if (j >= 0) {
      taken.add(j);
      s.questionsFound++;
    } else s.details.push(`missed open question: ${label.slice(0, 90)}`);
  }
  return s;
}

/** Adds scores together. */
export function sumScores(scores: Score[]): Score {
  const total: Score = {
    people: 0, peopleFound: 0, predicted: 0, predictedCorrect: 0, roles: 0, rolesCorrect: 0, quotes: 0,
    quotesFound: 0, speakersCorrect: 0, questions: 0, questionsFound: 0, falseQuestions: 0, negative: false, details: [],
  };
  for (const s of scores) {
    for (const key of Object.keys(total) as Array<keyof Score>) {
      if (key === 'negative' || key === 'details') continue;
      total[key] += s[key] as number;
    }
  }
  return total;
}
