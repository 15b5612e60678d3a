/**
 * Word-wraps rendered text to a terminal width, keeping each line's indentation (and a bullet's
 * hanging indent) on the lines it continues onto. ANSI colour codes take no width.
 */

// eslint-disable-next-line no-control-regex -- the colour codes the text renderer writes
const ANSI = /\x1b\[[0-9;]*m/g;

const visible = (s: string) => s.replace(ANSI, '').length;

/** Wraps one line; returns it unchanged when it fits or when width is too small to help. */
function wrapLine(line: string, width: number): string[] {
  if (visible(line) <= width) return [line];
  const plain = line.replace(ANSI, '');
  const lead = /^(\s*(?:[•\-*]\s|\d+[.)]\s)?)/.exec(plain)![1]!;
  const indent = ' '.repeat(lead.length);
  if (indent.length > width / 2) return [line];
  const leadingSpace = /^\s*/.exec(line)![0];
  const words = line.slice(leadingSpace.length).split(' ');
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : `${leadingSpace}${word}`;
    if (current.trim() && visible(candidate) > width) {
      out.push(current);
      current = `${indent}${word}`;
    } else {
      current = candidate;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Wraps every line of `text` to `width` columns. */
export function wrapText(text: string, width: number): string {
  if (!Number.isFinite(width) || width < 20) return text;
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}
