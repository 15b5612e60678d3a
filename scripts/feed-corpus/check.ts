/**
 * One file's `Expect:` condition checked against what Brief produced: passed, failed (with what
 * was expected and what Brief gave), or skipped with the reason — a field Brief does not keep, or
 * one of the deliberate differences listed in `DIFFERENCES`, each with the standard or product
 * reason for it. A crash or a hang fails the file's check whatever the condition says.
 */
import type { CorpusCase } from './cases.ts';
import { evaluate, truth } from './evaluate.ts';
import type { BriefOutcome } from './outcome.ts';
import { parsePython } from './python-expr.ts';
import { CheckFailure, Unknown } from './values.ts';
import { scopeFor } from './view.ts';

/** A check's result. `none`: the file states no condition. */
export type CheckResult = { result: 'passed' | 'none' } | { result: 'failed'; why: string } | { result: 'skipped'; reason: string };

/** feedparser's test server address, which expected values name; replaced by the evaluation's own. */
const FEEDPARSER_ORIGIN = 'http://127.0.0.1:8097';

interface Difference {
  reason: string;
  applies(entry: CorpusCase, expect: string): boolean;
}

const contentType = (entry: CorpusCase) => entry.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1];

/**
 * Where Brief reads a document differently from feedparser on purpose. Each rule names the
 * standard or the product reason; a check it covers is skipped, never passed.
 */
export const DIFFERENCES: readonly Difference[] = [
  {
    reason: 'RFC 3023 made text/* without a charset us-ascii; RFC 7303 replaced that with the XML declaration, which Brief (like browsers and feed readers) follows',
    applies: (entry, expect) => /encoding == 'us-ascii'|CharacterEncodingOverride/.test(expect) && /^\s*text\//i.test(contentType(entry) ?? '') && !/;\s*charset\s*=\s*["']?[\w.:-]+/i.test(contentType(entry) ?? ''),
  },
  {
    reason: 'feedparser flags a feed served as text/plain as “bozo”; Brief reads what the document is, whatever the label, as feed readers do',
    applies: (entry, expect) => /^\s*bozo\b/.test(expect) && /^\s*text\/plain/i.test(contentType(entry) ?? ''),
  },
  {
    reason: 'feedparser maps &lang; and &rang; as HTML 4 did (U+2329, U+232A); Brief uses the HTML Living Standard’s entity table (U+27E8, U+27E9)',
    applies: (_entry, expect) => /\\u232[9a]/i.test(expect),
  },
];

function describe(outcome: BriefOutcome): string {
  if (outcome.status !== 'parsed') return `${outcome.status}: ${outcome.reason ?? ''}`;
  const item = outcome.items?.[0];
  const parts = [`feed title ${JSON.stringify(outcome.feed?.title ?? null)}`, `${outcome.items?.length ?? 0} items`, `encoding ${outcome.encoding}`];
  if (item) parts.push(`entries[0] ${JSON.stringify({ ...item, text: item.text.slice(0, 160), content: undefined })}`);
  return parts.join('; ');
}

/** Checks one file's condition against Brief's outcome for it. */
export function checkCase(entry: CorpusCase, outcome: BriefOutcome, origin: string): CheckResult {
  if (!entry.expect) return { result: 'none' };
  if (outcome.status === 'crashed' || outcome.status === 'hung') return { result: 'failed', why: describe(outcome) };
  const expect = entry.expect.split(FEEDPARSER_ORIGIN).join(origin);
  const difference = DIFFERENCES.find((d) => d.applies(entry, expect));
  if (difference) return { result: 'skipped', reason: difference.reason };
  let verdict: boolean | Unknown;
  try {
    verdict = truth(evaluate(parsePython(expect), scopeFor(outcome, entry)));
  } catch (error) {
    if (error instanceof SyntaxError) return { result: 'skipped', reason: `the harness cannot read the condition (${error.message})` };
    if (error instanceof CheckFailure) return { result: 'failed', why: `${error.message} — Brief gave ${describe(outcome)}` };
    throw error;
  }
  if (verdict instanceof Unknown) return { result: 'skipped', reason: verdict.reason };
  return verdict ? { result: 'passed' } : { result: 'failed', why: `Brief gave ${describe(outcome)}` };
}
