/**
 * Rewrites chosen top-level keys of a front matter and leaves the rest as written: every key the
 * review did not touch keeps its text byte for byte (its folding, quotes, flow lists and comments),
 * and a rewritten key keeps the comment lines above it. Keys the front matter lacked are added at
 * the end. Comment lines can be added above a key and the file's header comment replaced, which is
 * how a review records what it did and takes a draft's "DRAFT" note away.
 */
import { isMap, parseDocument, stringify } from 'yaml';

/** What to write: new values by key, and comment lines. */
export interface FrontMatterEdit {
  /** Top-level keys to (re)write, with their new values. */
  values: ReadonlyMap<string, unknown>;
  /** Comment lines (without `#`) to add above a key. */
  notes?: ReadonlyMap<string, readonly string[]>;
  /** Turns the comment lines above the first key (without `#`) into new ones. */
  header?: (lines: string[]) => string[];
}

const isComment = (line: string) => /^\s*#/.test(line);
const isBlank = (line: string) => line.trim() === '';
const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ').trim()}\n`;
const serialise = (key: string, value: unknown) => stringify({ [key]: value }, { lineWidth: 0 });

/** One top-level key's text: the comment lines above it, then the key and its value. */
interface Chunk {
  key: string | undefined;
  comments: string[];
  text: string;
}

/** Splits YAML into the text before the first key and one chunk per top-level key; undefined if it is not a block mapping. */
function chunks(yaml: string): Chunk[] | undefined {
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) return undefined;
  const lines = yaml.split(/(?<=\n)/);
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length;
  }
  const lineOf = (at: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > at) i--;
    return i;
  };
  const keyLines = doc.contents.items.map((pair) => {
    const range = (pair.key as { range?: [number, number, number] } | null)?.range;
    return { key: String((pair.key as { value?: unknown } | null)?.value ?? ''), line: range ? lineOf(range[0]) : -1 };
  });
  if (keyLines.some((k) => k.line < 0)) return undefined;
  // Comment lines right above a key belong to it; a blank line ends them.
  const tops = keyLines.map(({ line }, i) => {
    const floor = i === 0 ? 0 : keyLines[i - 1]!.line + 1;
    let top = line;
    while (top > floor && isComment(lines[top - 1]!)) top--;
    return top;
  });
  const out: Chunk[] = [];
  if (tops[0]! > 0) out.push({ key: undefined, comments: lines.slice(0, tops[0]), text: '' });
  keyLines.forEach(({ key, line }, i) => {
    const end = i + 1 < keyLines.length ? tops[i + 1]! : lines.length;
    out.push({ key, comments: lines.slice(tops[i], line), text: lines.slice(line, end).join('') });
  });
  return out;
}

/** The YAML with `edit` applied; keys not named keep their text exactly. */
export function editFrontMatter(yaml: string, edit: FrontMatterEdit): string {
  const parts = chunks(yaml);
  if (!parts) {
    // A flow mapping or something unusual: rewrite the whole front matter (comments are lost).
    const data = { ...(parseDocument(yaml).toJS() as Record<string, unknown>), ...Object.fromEntries(edit.values) };
    return stringify(data, { lineWidth: 0 });
  }
  const written = new Set<string>();
  // The header comment: the lines before the first key (a draft's "DRAFT written by Brief…" note).
  const head = parts[0]!.key === undefined && parts[0]!.comments.some(isComment) ? parts[0]! : parts.find((p) => p.key !== undefined);
  if (head && edit.header) {
    const blank = head.comments.filter(isBlank);
    const lines = head.comments.filter(isComment).map((c) => c.replace(/^\s*#\s?/, '').replace(/\r?\n$/, ''));
    head.comments = [...edit.header(lines).map(comment), ...blank];
  }
  const out = parts.map((part) => {
    let comments = part.comments;
    if (part.key === undefined) return comments.join('');
    comments = [...comments, ...(edit.notes?.get(part.key) ?? []).map(comment)];
    if (!edit.values.has(part.key)) return comments.join('') + part.text;
    written.add(part.key);
    const trailing = part.text.match(/(?:\r?\n|^)((?:[ \t]*\r?\n)*)$/)?.[1] ?? '';
    return comments.join('') + serialise(part.key, edit.values.get(part.key)) + trailing;
  });
  let text = out.join('');
  if (text && !text.endsWith('\n')) text += '\n';
  for (const [key, value] of edit.values) {
    if (written.has(key)) continue;
    text += (edit.notes?.get(key) ?? []).map(comment).join('') + serialise(key, value);
  }
  return text;
}
