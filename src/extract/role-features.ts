/**
 * Features of one candidate role (role-candidates.ts) for the learned decision "is this the
 * person's role": the pattern that found it, at which mention, its length and head word, and
 * what else was found for the same person.
 */
import { bucketed } from './learned/linear.ts';
import { isPersonNoun, isTitleWord } from './lexicon.ts';
import type { RoleOption } from './role-candidates.ts';

const LEADS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'former', 'who', 'of']);

/** The features of `option`, one of `all` the candidates found for one person. */
export function roleFeatures(option: RoleOption, all: readonly RoleOption[]): string[] {
  const words = option.text.split(/\s+/);
  const f = new Set<string>();
  const first = option.occurrence === 0;
  f.add(`src=${option.source}`);
  f.add(`src=${option.source}&${first ? 'first' : 'later'}`);
  f.add(bucketed('occ', option.occurrence, [0, 1, 3]));
  f.add(bucketed('len', words.length, [1, 2, 4, 8]));
  const head = words[words.length - 1]!.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}\d-]/gu, '');
  const lead = words[0]!.toLowerCase();
  if (isTitleWord(head)) f.add('head:title');
  else if (isPersonNoun(head)) f.add('head:person');
  else f.add('head:other');
  f.add(`head=${head}`);
  if (LEADS.has(lead)) f.add(`lead=${lead}`);
  if (words.some((w) => isTitleWord(w.toLowerCase()))) f.add('hasTitle');
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w))) f.add('hasCap');
  if (/^\p{Lu}/u.test(words[0]!)) f.add('startsCap');
  if (/\d/.test(option.text)) f.add('digit');
  if (option.quoted) f.add('quoted');
  const same = all.filter((o) => o.text === option.text);
  if (new Set(same.map((o) => o.occurrence)).size > 1) f.add('repeated');
  if (all.some((o) => o !== option && o.text.length > option.text.length && o.text.includes(option.text))) f.add('insideLonger');
  if (all.some((o) => o !== option && o.text.length < option.text.length && option.text.includes(o.text))) f.add('holdsShorter');
  f.add(bucketed('options', all.length, [1, 2, 4]));
  return [...f];
}
