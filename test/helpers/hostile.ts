/**
 * Hostile inputs for the hardening tests, built here from a few parameters: a YAML alias bomb,
 * deeply nested HTML, and the like. Nothing here is a real article or feed.
 */

/** A front matter whose aliases expand nine-fold per level (`x0: &a [x,…]`, `x1: &b [*a,…]`, …, `actors: *i`). */
export function aliasBombBriefing(levels = 9, width = 9): string {
  const names = 'abcdefghijklmnop';
  const lines = [`x0: &a [${Array(width).fill('lol').join(', ')}]`];
  for (let i = 1; i < levels; i++) lines.push(`x${i}: &${names[i]} [${Array(width).fill(`*${names[i - 1]}`).join(', ')}]`);
  return `---\nheadline: Nothing to see\n${lines.join('\n')}\nactors: *${names[levels - 1]}\n---\nA body.\n`;
}

/** `depth` nested `<div>`s around one paragraph of text: Readability is super-linear in the depth. */
export function nestedDivs(depth: number, text = 'Deep inside the page a sentence sits on its own.'): string {
  return `${'<div>'.repeat(depth)}<p>${text}</p>${'</div>'.repeat(depth)}`;
}

/** A whole page of nested divs, about `bytes` long. */
export function nestedPage(bytes: number): string {
  const depth = Math.floor(bytes / 11);
  return `<!doctype html><html><head><title>Deep</title></head><body>${nestedDivs(depth)}</body></html>`;
}
