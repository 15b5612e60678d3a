/**
 * How the SQLite index keeps an identity (one actor across briefings) in step with the batches that
 * add and remove its appearances: what a batch touched, where a briefing sorts among appearances
 * (SQLite's order), and when a batch only moved appearances it put back unchanged.
 */
import type { IndexedActor } from '../briefing/index-store.ts';
import type { AppearanceRow } from './index-rows.ts';

/** Identities a batch changed: those that lost appearances (recomputed), and the appearances each gained. */
export interface TouchedIdentities {
  /** The appearances a batch removed, by identity. */
  lost: Map<number, Lost[]>;
  gained: Map<number, Gained[]>;
  /** The slugs of the briefings removed and written, for the change log. */
  slugs: Set<string>;
}

/** An appearance a batch added, with where its briefing sorts (`at`). */
export type Gained = IndexedActor & { at: string };

/** An appearance a batch removed, as stored, with where its briefing sorted (`at`). */
export type Lost = Pick<AppearanceRow, 'name' | 'names' | 'role' | 'role_text' | 'weight' | 'keys'> & { at: string };

/** The stored form of an appearance's keys. */
export const keysOf = (actor: IndexedActor) => JSON.stringify(actor.keys.map((k) => [k.key, k.exact ? 1 : 0]));

/**
 * True when a batch put back an identity's removed appearances unchanged but for where their
 * briefing sorts (an edit that kept the briefing's actors), none of them the one its name or role
 * comes from: then its words, keys, weight and count stand as they were.
 */
export function sameAppearances(lost: readonly Lost[], gained: readonly Gained[], state: IdentityState | undefined): boolean {
  if (!state || state.name_at === null || lost.length !== gained.length) return false;
  const unmatched = [...gained];
  for (const l of lost) {
    if (l.at === state.name_at || l.at === state.role_at) return false;
    const i = unmatched.findIndex((g) => g.name === l.name && g.names === l.names && g.role === l.role && (g.roleText ?? null) === l.role_text && g.weight === l.weight && keysOf(g) === l.keys);
    if (i < 0) return false;
    unmatched.splice(i, 1);
  }
  return true;
}

/** An identity row as an incremental update reads it. */
export interface IdentityState {
  name: string;
  role: string | null;
  names: string;
  roles: string;
  weight: number;
  appearances: number;
  name_at: string | null;
  role_at: string | null;
}

/**
 * Where a briefing sorts among appearances, as one string: its sort key, then its slug, apart by a
 * character below any a folded sort key holds (it keeps letters, digits and spaces only; and
 * PostgreSQL, to which `brief migrate-store` copies it, takes no NUL). Compared as UTF-8 bytes
 * (`sortsBefore`), which is SQLite's order for `ORDER BY sort_key, slug`.
 */
export function sortPosition(sortKey: string, slug: string): string {
  return `${sortKey}\u0001${slug}`;
}

/** Characters where UTF-16 order (JavaScript's `<`) and UTF-8 byte order (SQLite's) part: surrogates and U+E000–U+FFFF. */
const ORDER_DIFFERS = /[\uD800-\uFFFF]/;

/** Compares two sort positions as SQLite does (UTF-8 bytes). */
export function compareSorted(a: string, b: string): number {
  if (ORDER_DIFFERS.test(a) || ORDER_DIFFERS.test(b)) return Buffer.compare(Buffer.from(a), Buffer.from(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortsBefore(a: string, b: string | null): boolean {
  return b === null || compareSorted(a, b) < 0;
}

/** Where an identity's name and role come from once `appearances` join those it has: the first in headline order, the role from the first that states one. */
export function firstNameAndRole(state: Pick<IdentityState, 'name' | 'role' | 'name_at' | 'role_at'>, appearances: readonly Gained[]) {
  let { name, role, name_at: nameAt, role_at: roleAt } = state;
  for (const actor of appearances) {
    if (sortsBefore(actor.at, nameAt)) [name, nameAt] = [actor.name, actor.at];
    if (actor.roleText && sortsBefore(actor.at, roleAt)) [role, roleAt] = [actor.roleText, actor.at];
  }
  return { name, role, nameAt, roleAt };
}
