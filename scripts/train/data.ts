/**
 * The training part of the corpus as training sees it, and the matching of traced candidates to
 * labels. Everything is read through a guard that refuses any path under `corpus/vault/`: the
 * vault is never learned or tuned on (a test runs training with a recording reader to prove it).
 */
import { sep } from 'node:path';
import { fold } from '../../src/briefing/text.ts';
import { available, defaultPaths, listCorpus, readArticle, readUtf8, type CorpusArticle, type CorpusPaths, type Reader } from '../corpus/corpus.ts';
import { questionOverlap, rolesAgree } from '../eval/score.ts';
import type { CorpusLabels } from '../corpus/corpus.ts';

/** Wraps a reader so that opening anything in the vault throws. */
export function vaultGuard(read: Reader): Reader {
  return (path) => {
    if (path.split(/[\\/]/).includes('vault') || path.includes(`${sep}vault${sep}`)) {
      throw new Error(`${path}: training must never read the vault`);
    }
    return read(path);
  };
}

/** The training part's articles (BBC ones only when ../shared is beside the repository). */
export function trainingArticles(read: Reader = readUtf8, paths: CorpusPaths = defaultPaths()): CorpusArticle[] {
  const guarded = vaultGuard(read);
  return listCorpus(['train'], paths)
    .filter((e) => available(e, paths))
    .map((e) => readArticle(e, guarded));
}

/** Folded words of a name, for comparing names written differently. */
const words = (s: string): string[] => fold(s).split(' ').filter(Boolean);

/** The labelled person a name refers to (index into labels.people), or -1. */
export function labelledPerson(labels: CorpusLabels, forms: string[]): number {
  const folded = forms.map((f) => fold(f)).filter(Boolean);
  for (const [i, p] of labels.people.entries()) {
    const names = [p.name, ...p.aliases].map((n) => fold(n));
    if (folded.some((f) => names.includes(f))) return i;
  }
  // "Carlos Moya" labelled, "Moya" or "Spaniard Carlos Moya" found: all the words of one side in the other.
  for (const [i, p] of labels.people.entries()) {
    const name = words(p.name);
    for (const f of forms) {
      const w = words(f);
      if (w.length === 0) continue;
      if (name.every((x) => w.includes(x)) || (w.length >= 1 && w.every((x) => name.includes(x)) && w.some((x) => x.length > 2))) return i;
    }
  }
  return -1;
}

/** True when a name is labelled as a place or an organisation. */
export function labelledOther(labels: CorpusLabels, forms: string[]): boolean {
  const others = labels.places_or_orgs.map((o) => fold(o));
  return forms.some((f) => others.includes(fold(f)));
}

/** True when `text` agrees with the labelled role of person `index` (the scorer's rule). */
export function roleMatches(labels: CorpusLabels, index: number, text: string): boolean {
  const role = labels.people[index]?.role;
  return role !== null && role !== undefined && rolesAgree(text, role);
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * True when a sentence states one of the labelled open questions: it holds the label's evidence
 * words, or (for articles labelled before evidence was asked for) overlaps the label as the scorer
 * requires.
 */
export function statesOpenQuestion(labels: CorpusLabels, sentence: string): boolean {
  const text = squash(sentence);
  if (labels.open_question_evidence.some((e) => text.includes(squash(e)) || squash(e).includes(text))) return true;
  if (labels.open_question_evidence.length > 0) return false;
  return labels.open_questions.some((q) => questionOverlap(q, sentence));
}

/** The labelled quotation a traced quotation holds (the scorer's rule: its start occurs in the text), or undefined. */
export function labelledQuote(labels: CorpusLabels, text: string): CorpusLabels['quotes'][number] | undefined {
  const folded = fold(text);
  return labels.quotes.find((q) => {
    const start = fold(q.starts_with);
    return start.length > 0 && folded.includes(start);
  });
}

/** True when a candidate speaker (a name with aliases, or null) is the labelled speaker. */
export function speakerMatches(labels: CorpusLabels, gold: string | null, name: string | null, aliases: string[]): boolean {
  if (gold === null || name === null) return gold === name;
  const candidate = [name, ...aliases].map((n) => fold(n)).filter(Boolean);
  const g = fold(gold);
  if (candidate.includes(g)) return true;
  const person = labels.people.find((p) => fold(p.name) === g);
  if (person) return labelledPerson(labels, [name, ...aliases]) === labels.people.indexOf(person);
  return candidate.some((n) => n.length > 3 && (g.includes(n) || n.includes(g)));
}
