/**
 * Briefing file text → validated front matter and the verbatim body, or problems with
 * `path:line:` positions that say how to fix them.
 */
import { isNode, type Document } from 'yaml';
import type * as z from 'zod';
import { BriefingFormatError } from '../errors.ts';
import { FrontMatterSchema, type FrontMatter } from './schema.ts';
import { parseBoundedYaml } from './yaml-limits.ts';

/** The largest briefing file read, in characters: a long article is a few tens of kilobytes. */
export const MAX_BRIEFING_CHARS = 1024 * 1024;

/** A parsed file: front matter, the body exactly as written, and the line the body starts on. */
export interface ParsedBriefingFile {
  frontMatter: FrontMatter;
  body: string;
  bodyLine: number;
}

const FENCE = /^---[ \t]*\r?$/;

/** A file cut at its front-matter fences: the YAML between them and the body after them. */
export interface FrontMatterSplit {
  yamlText: string;
  body: string;
  /** The line the body starts on (1-based). */
  bodyLine: number;
}

/**
 * Cuts a briefing file at its `---` fences without reading the YAML, so the body can be read
 * cheaply (answers that show sentences read it from the file on demand).
 */
export function splitFrontMatter(source: string): { ok: true; split: FrontMatterSplit } | { ok: false; line: number; problem: string } {
  if (source.length > MAX_BRIEFING_CHARS) {
    return { ok: false, line: 1, problem: `the file is ${Math.round(source.length / 1024)} KB, over the ${MAX_BRIEFING_CHARS / 1024} KB limit for one briefing — trim the article to the story itself` };
  }
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return { ok: false, line: 1, problem: 'no front matter — start the file with a `---` line, then `headline: …`, then `---`, then the article' };
  }
  let closing = -1;
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i]!)) {
      closing = i;
      break;
    }
  }
  if (closing < 0) return { ok: false, line: 1, problem: 'the front matter is never closed — add a `---` line between the front matter and the article' };
  const bodyOffset = lines.slice(0, closing + 1).reduce((n, l) => n + l.length + 1, 0);
  return { ok: true, split: { yamlText: lines.slice(1, closing).join('\n'), body: text.slice(Math.min(bodyOffset, text.length)), bodyLine: closing + 2 } };
}

/**
 * Parses a briefing file. Throws nothing: returns the parsed file or every problem found.
 *
 * @example parseBriefingFile('briefings/x.md', '---\nheadline: Hi\n---\nBody.')
 */
export function parseBriefingFile(
  path: string,
  source: string,
): { ok: true; file: ParsedBriefingFile } | { ok: false; problems: BriefingFormatError[] } {
  const fail = (line: number, problem: string) => ({ ok: false as const, problems: [new BriefingFormatError(path, line, problem)] });
  const cut = splitFrontMatter(source);
  if (!cut.ok) return fail(cut.line, cut.problem);
  const { yamlText, body, bodyLine } = cut.split;

  const yaml = parseBoundedYaml(yamlText);
  const lineOf = (offset: number) => yaml.counter.linePos(offset).line + 1; // +1 for the opening fence
  if (!yaml.ok) return { ok: false, problems: yaml.problems.map((p) => new BriefingFormatError(path, lineOf(p.offset), p.problem)) };
  const { doc } = yaml;
  const data: unknown = yaml.data ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(2, 'the front matter must be `key: value` lines, starting with `headline: …`');
  }
  const result = FrontMatterSchema.safeParse(data);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => issueToError(path, doc, data, lineOf, issue)) };
  }
  if (body.trim().length === 0) {
    return fail(bodyLine, 'the briefing has no article body — paste the article text below the closing `---`');
  }
  return { ok: true, file: { frontMatter: result.data, body, bodyLine } };
}

function issueToError(
  path: string,
  doc: Document,
  data: object,
  lineOf: (offset: number) => number,
  issue: z.core.$ZodIssue,
): BriefingFormatError {
  const keyPath = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  let line = 2;
  for (let depth = keyPath.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(keyPath.slice(0, depth), true);
    if (isNode(node) && node.range) {
      line = lineOf(node.range[0]);
      break;
    }
  }
  const where = keyPath.length ? `\`${formatPath(keyPath)}\`: ` : '';
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')} — check the spelling; allowed keys are listed in the README's briefing format`;
    if (keyPath.length === 0) line = lineOfKey(doc, lineOf, issue.keys[0]!) ?? line;
  } else if (issue.code === 'invalid_type' && valueAt(data, keyPath) === undefined) {
    const key = String(keyPath[keyPath.length - 1] ?? '');
    return new BriefingFormatError(path, line, `\`${formatPath(keyPath)}\` is required — add a \`${key}: …\` line`);
  }
  return new BriefingFormatError(path, line, `${where}${message}`);
}

function valueAt(data: unknown, path: Array<string | number>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function lineOfKey(doc: Document, lineOf: (offset: number) => number, key: string): number | undefined {
  const contents = doc.contents;
  if (contents && 'items' in contents) {
    for (const pair of contents.items as Array<{ key: unknown }>) {
      const k = pair.key;
      if (isNode(k) && 'value' in k && k.value === key && k.range) return lineOf(k.range[0]);
    }
  }
  return undefined;
}

function formatPath(path: Array<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
