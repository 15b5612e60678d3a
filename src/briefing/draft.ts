/**
 * A draft briefing from an article: the front matter `brief ingest` and feed auto-ingest write —
 * slug, aliases, headline, source, and the extraction's actors, quotes, questions and claims — in
 * the briefing document format. Domain code, so both paths write the same drafts.
 */
import type { Extraction } from './extraction.ts';
import { fold } from './text.ts';

/** The article to turn into a briefing, with what is known of its source. */
export interface DraftArticle {
  title: string;
  body: string;
  source: { name?: string; url?: string; published?: string };
}

const ALIAS_STOP = new Set(
  'about above after again against amid also among been before being below between both could does down during each from further have having here into itself just more most much need only other over same says said should some such than that their them then there these they this those through under until very were what when where which while will with would your year years week over latest news report reports amid after says told'.split(' '),
);

/** What `/brief` should accept besides the slug: the headline's salient words, most used in the body first. */
export function salientAliases(title: string, body: string, slug: string): string[] {
  const words = fold(title).split(' ').filter((w) => w.length >= 4 && !ALIAS_STOP.has(w) && !/^\d+$/.test(w));
  const bodyText = ` ${fold(body)} `;
  const count = (w: string): number => bodyText.split(` ${w} `).length - 1;
  const ranked = [...new Set(words)].sort((a, b) => count(b) - count(a));
  const aliases: string[] = [];
  for (const w of ranked.slice(0, 2)) if (w !== slug) aliases.push(w);
  const titleWords = fold(title).split(' ');
  for (let i = 0; i + 1 < titleWords.length; i++) {
    const pair = `${titleWords[i]} ${titleWords[i + 1]}`;
    if (ranked.includes(titleWords[i]!) && ranked.includes(titleWords[i + 1]!) && count(pair) >= 1) {
      aliases.push(pair);
      break;
    }
  }
  return [...new Set(aliases)];
}

/** The front matter of a draft briefing, in the briefing document format. */
export function draftFrontMatter(slug: string, article: DraftArticle, x: Extraction): Record<string, unknown> {
  const fm: Record<string, unknown> = { slug };
  const aliases = salientAliases(article.title, article.body, slug);
  if (aliases.length > 0) fm.aliases = aliases;
  fm.headline = article.title;
  if (Object.keys(article.source).length > 0) fm.source = article.source;
  if (x.actors.length > 0) {
    fm.actors = x.actors.map((a) => ({
      name: a.name,
      ...(a.aliases.length > 0 ? { aliases: a.aliases } : {}),
      kind: a.kind,
      ...(a.role ? { role: a.role } : {}),
    }));
  }
  if (x.quotes.length > 0) {
    fm.quotes = x.quotes.map((q) => ({ speaker: q.speaker, ...(q.speakerDescription ? { speakerDescription: q.speakerDescription } : {}), text: q.text }));
  }
  if (x.questions.length > 0) fm.questions = x.questions.map((q) => ({ text: q.text, ...(q.why ? { why: q.why } : {}) }));
  if (x.claims.length > 0) fm.claims = x.claims.map((c) => ({ text: c.text, sourcing: c.sourcing, ...(c.source ? { source: c.source } : {}) }));
  return fm;
}
