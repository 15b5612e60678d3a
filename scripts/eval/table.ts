/** Per-section score tables for `npm run eval` (plain text for the terminal, Markdown for the README). */
import { sumScores, type Score } from './score.ts';

/** The figures of one group of articles, as ratios. */
export interface Figures {
  articles: number;
  peopleRecall: number | null;
  precision: number | null;
  roles: number | null;
  quotes: number | null;
  speakers: number | null;
  questionRecall: number | null;
  /** Articles labelled with no open question, and the open questions raised on them. */
  negatives: number;
  falseQuestions: number;
}

const r = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** Figures of a group of scored articles. */
export function figures(scores: Score[]): Figures {
  const t = sumScores(scores);
  const negatives = scores.filter((s) => s.negative);
  return {
    articles: scores.length,
    peopleRecall: r(t.peopleFound, t.people),
    precision: r(t.predictedCorrect, t.predicted),
    roles: r(t.rolesCorrect, t.roles),
    quotes: r(t.quotesFound, t.quotes),
    speakers: r(t.speakersCorrect, t.quotesFound),
    questionRecall: r(t.questionsFound, t.questions),
    negatives: negatives.length,
    falseQuestions: negatives.reduce((n, s) => n + s.falseQuestions, 0),
  };
}

/** Figures per section, in the given order, then all together under "all". */
export function bySection(rows: Array<{ section: string; score: Score }>, order: readonly string[]): Array<[string, Figures]> {
  const out: Array<[string, Figures]> = [];
  for (const section of order) {
    const scores = rows.filter((x) => x.section === section).map((x) => x.score);
    if (scores.length > 0) out.push([section, figures(scores)]);
  }
  out.push(['all', figures(rows.map((x) => x.score))]);
  return out;
}

const cell = (v: number | null): string => (v === null ? '–' : v.toFixed(2));

/** False open questions per ten articles that have none ("–" when there are no such articles). */
export function falsePerTen(f: Figures): string {
  return f.negatives === 0 ? '–' : `${((10 * f.falseQuestions) / f.negatives).toFixed(1)} (${f.falseQuestions}/${f.negatives})`;
}

const HEAD = ['section', 'articles', 'people recall', 'precision', 'roles', 'quotes', 'speakers', 'open-q recall', 'false open q per 10 negatives'];

function rowCells([section, f]: [string, Figures]): string[] {
  return [section, String(f.articles), cell(f.peopleRecall), cell(f.precision), cell(f.roles), cell(f.quotes), cell(f.speakers), cell(f.questionRecall), falsePerTen(f)];
}

/** A fixed-width table for the terminal. */
export function textTable(rows: Array<[string, Figures]>): string {
  const body = rows.map(rowCells);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(HEAD), '-'.repeat(widths.reduce((a, b) => a + b + 2, -2)), ...body.map(line)].join('\n');
}

/** A Markdown table. */
export function markdownTable(rows: Array<[string, Figures]>): string {
  const body = rows.map(rowCells);
  return [`| ${HEAD.join(' | ')} |`, `|${HEAD.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...body.map((b) => `| ${b.join(' | ')} |`)].join('\n');
}
