/**
 * Front matter + body (+ extraction) → a complete `Briefing`. Curated fields always win; whatever
 * the front matter leaves out is filled from extraction, and every item cites its sentences.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Extraction, ExtractedActor } from './extraction.ts';
import { citeCover, citeMentions, citeParaphrase, citeQuote, indexSentences, type SentenceIndex } from './cite.ts';
import type { Actor, Briefing, BriefingOutline, Claim, OpenQuestion, Quote } from './model.ts';
import type { ParsedBriefingFile } from './parse.ts';
import { slugify } from './slug.ts';
import { fold, splitBody } from './text.ts';

/** Extracts structure from an article body. Injected so the loader can use a cached extractor. */
export type Extractor = (body: string, options?: { title?: string }) => Extraction;

/** An extractor that finds nothing: briefings then answer from their front matter alone. */
export const noExtraction: Extractor = () => ({ actors: [], quotes: [], questions: [], claims: [] });

/** Whether a file's front matter leaves anything for extraction to fill (curated fields always win). */
export function needsExtraction(file: ParsedBriefingFile): boolean {
  const fm = file.frontMatter;
  return !fm.actors || !fm.quotes || !fm.questions || !fm.claims || fm.actors.some((a) => !a.role || !a.kind);
}

/** Builds a briefing from a parsed file, extracting from its body when the front matter leaves fields out. */
export function buildBriefing(path: string, source: string, file: ParsedBriefingFile, extract: Extractor): Briefing {
  const extracted = needsExtraction(file) ? extract(file.body, { title: file.frontMatter.headline }) : noExtraction('');
  return buildBriefingFrom(path, source, file, extracted);
}

/** Builds a briefing from a parsed file and an extraction already made (or stored) for its body. */
export function buildBriefingFrom(path: string, source: string, file: ParsedBriefingFile, extracted: Extraction): Briefing {
  const fm = file.frontMatter;
  const paragraphs = splitBody(file.body);
  const sentences = paragraphs.flatMap((p) => p.sentences);
  // Folding every sentence is only needed to cite curated items; briefings without any skip it.
  let folded: SentenceIndex | undefined;
  const index = () => (folded ??= indexSentences(sentences));
  const fileSlug = basename(path).replace(/\.md$/i, '');

  return {
    slug: fm.slug ?? (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(fileSlug) ? fileSlug : slugify(fm.headline)),
    aliases: fm.aliases ?? [],
    headline: fm.headline,
    source: fm.source ?? {},
    summary: fm.summary
      ? { text: fm.summary, cites: summaryCites(index(), fm.summary), origin: 'curated' }
      : deriveSummary(paragraphs),
    actors: fm.actors ? fm.actors.map((a) => curatedActor(index(), a, extracted.actors)) : extracted.actors.map(extractedActor),
    quotes: fm.quotes
      ? fm.quotes.map((q): Quote => ({ speaker: q.speaker ?? null, ...(q.speakerDescription ? { speakerDescription: q.speakerDescription } : {}), text: q.text, cites: citeQuote(index(), q.text), origin: 'curated' }))
      : extracted.quotes.map((q): Quote => ({ speaker: q.speaker, ...(q.speakerDescription ? { speakerDescription: q.speakerDescription } : {}), text: q.text, cites: q.cites, origin: 'extracted' })),
    questions: fm.questions
      ? fm.questions.map((q): OpenQuestion => ({ ...q, cites: citeParaphrase(index(), `${q.text} ${q.why ?? ''}`), origin: 'curated' }))
      : extracted.questions.map((q): OpenQuestion => ({ text: q.text, ...(q.why ? { why: q.why } : {}), cites: q.cites, origin: 'extracted' })),
    claims: fm.claims
      ? fm.claims.map((c): Claim => ({ ...c, cites: citeParaphrase(index(), `${c.text} ${c.source ?? ''}`), origin: 'curated' }))
      : extracted.claims.map((c): Claim => ({ ...c, origin: 'extracted' })),
    followups: fm.followups ?? [],
    body: file.body,
    paragraphs,
    sentences,
    path,
    hash: hashOf(source),
  };
}

/** The content hash a briefing and the index know a file by. */
export function hashOf(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** A briefing without its article: what the index keeps. */
export function outlineOf(briefing: Briefing): BriefingOutline {
  const { body: _body, paragraphs: _paragraphs, sentences: _sentences, ...outline } = briefing;
  return outline;
}

function summaryCites(index: SentenceIndex, summary: string): string[] {
  const ids = summary.split(/(?<=[.!?])\s+/).flatMap((sentence) => citeCover(index, sentence, 3));
  const order = new Map(index.sentences.map((s, i) => [s.id, i]));
  return [...new Set(ids)].sort((a, b) => order.get(a)! - order.get(b)!);
}

function deriveSummary(paragraphs: ReturnType<typeof splitBody>): Briefing['summary'] {
  const lede = paragraphs.flatMap((p) => p.sentences).slice(0, 2);
  return { text: lede.map((s) => s.text).join(' '), cites: lede.map((s) => s.id), origin: 'extracted' };
}

type CuratedActorInput = NonNullable<ParsedBriefingFile['frontMatter']['actors']>[number];

function curatedActor(index: SentenceIndex, actor: CuratedActorInput, extracted: ExtractedActor[]): Actor {
  const key = fold(actor.name);
  const match = extracted.find((e) => fold(e.name) === key || e.aliases.some((a) => fold(a) === key));
  const aliases = actor.aliases ?? match?.aliases ?? [];
  const kind = actor.kind ?? match?.kind;
  const role = actor.role ?? match?.role ?? undefined;
  const names = [actor.name, ...aliases];
  if (kind === 'person' || kind === undefined) {
    const surname = actor.name.split(/\s+/).pop();
    if (surname && surname.length > 2 && surname !== actor.name) names.push(surname);
  }
  return {
    name: actor.name,
    aliases,
    ...(kind ? { kind } : {}),
    ...(role ? { role } : {}),
    cites: citeMentions(index, names),
    origin: 'curated',
  };
}

function extractedActor(actor: ExtractedActor): Actor {
  return {
    name: actor.name,
    aliases: actor.aliases,
    kind: actor.kind,
    ...(actor.role ? { role: actor.role } : {}),
    cites: actor.cites,
    origin: 'extracted',
  };
}
