/**
 * A memo per word or short text for the extractor's pure look-ups: names, words and descriptions
 * recur within an article and across articles, so each is worked out once.
 */

/** `fn` with a memo per text (emptied past 50,000 texts). `fn` must not return undefined. */
export function memoised<T>(fn: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let known = memo.get(text);
    if (known === undefined) {
      known = fn(text);
      if (memo.size > 50_000) memo.clear();
      memo.set(text, known);
    }
    return known;
  };
}
