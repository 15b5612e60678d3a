/**
 * Item identity, so a story is never posted twice: the guid (Atom id, RDF about), else the link,
 * else a hash of title and date. Hash identities also get a title-only key, so a feed that
 * re-dates an item without guid or link is still recognised.
 */
import { createHash } from 'node:crypto';
import { fold } from '../briefing/text.ts';

export function sha(text: string, length = 32): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** The identity of an item: `g:<guid>`, `l:<link>` or `h:<hash of title and date>`. */
export function itemKey(item: { guid?: string; link?: string; title?: string; published?: string; text?: string }): string {
  const guid = item.guid?.trim();
  if (guid) return `g:${guid}`;
  const link = item.link?.trim();
  if (link) return `l:${link}`;
  return `h:${sha(`${fold(item.title ?? '') || fold((item.text ?? '').slice(0, 200))}|${item.published ?? ''}`)}`;
}

/** The title-only key of an item, checked for hash identities (`h:`) only. */
export function titleKey(item: { title?: string; text?: string }): string {
  return `t:${sha(fold(item.title ?? '') || fold((item.text ?? '').slice(0, 200)))}`;
}
