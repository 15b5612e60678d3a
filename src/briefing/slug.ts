/**
 * The one slug rule: a headline → a kebab-case, ASCII slug of at most 60 characters, cut at a word
 * ("Flood walls fail in Leeds" → "flood-walls-fail-in-leeds", "São Tomé’s “new” PM" → "sao-tome-new-pm").
 * Used for briefings without a `slug` and for drafts written by `brief ingest` and auto-ingest,
 * so every slug it makes passes the briefing format's kebab-case check.
 */
import { fold } from './text.ts';

export interface SlugOptions {
  /** Longest slug (default 60). */
  maxLength?: number;
  /** The slug when the text has no ASCII letters or digits at all (default "briefing"). */
  fallback?: string;
}

/** A kebab-case ASCII slug of `text`, at most `maxLength` characters, cut at a word. */
export function slugify(text: string, options: SlugOptions = {}): string {
  const maxLength = options.maxLength ?? 60;
  const words = fold(text).replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than lost.
  return slug || words.join('-').slice(0, maxLength).replace(/-+$/, '') || (options.fallback ?? 'briefing');
}
