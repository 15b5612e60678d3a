/**
 * The one binary search the extractor's look-ups share: tokens, sentences, mentions and quotations
 * are each kept in text order, so "the first one at or after" a place is found in log time.
 */

/** The first index in `[0, length)` for which `before(i)` is false (`length` if none); `before` must be true up to some index and false after. */
export function firstNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
