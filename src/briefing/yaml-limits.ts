/**
 * Bounds on a briefing's front matter before and while the YAML library reads it. Briefing files
 * come from editors and from feeds (auto-ingested drafts), so one file must not be able to stop
 * the bot: an alias bomb (`b: &b [*a, *a, …]`) makes the library throw, and a few thousand nested
 * brackets make it run out of memory in a way no `try` can catch. These checks keep both to an
 * error on that file's line.
 */
import { LineCounter, parseDocument, visit, type Document } from 'yaml';

/** The largest front matter read, in characters (a curated briefing's is a few kilobytes). */
export const MAX_FRONT_MATTER_CHARS = 512 * 1024;

/** The deepest nesting of lists and mappings on one line (`[[…]]`, `- - - x`); briefings need three or four. */
export const MAX_FRONT_MATTER_NESTING = 32;

/** How many times aliases (`*name`) may be expanded; briefings rarely use any. */
export const MAX_ALIAS_EXPANSIONS = 50;

/** Where a front matter breaks a limit: the offset into its text and what to tell the editor. */
export interface LimitProblem {
  offset: number;
  problem: string;
}

/**
 * The first place where lists or mappings nest deeper than `limit` on one line, counting open
 * `[`/`{` (outside quotes and comments) and leading `- ` items; undefined when none does.
 *
 * @example nestingProblem('a: [[[x]]]', 2) // { offset: 6, problem: 'lists or mappings nest deeper than 2 levels …' }
 */
export function nestingProblem(text: string, limit = MAX_FRONT_MATTER_NESTING): LimitProblem | undefined {
  let depth = 0;
  let quote: '"' | "'" | undefined;
  let lineStart = true;
  let dashes = 0;
  const problem = `lists or mappings nest deeper than ${limit} levels — a briefing needs only a few (\`actors:\` then \`- name: …\`)`;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      lineStart = true;
      dashes = 0;
      if (!quote) continue;
    }
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (lineStart && c === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      if (++dashes + depth > limit) return { offset: i, problem };
      continue;
    }
    if (c !== ' ' && c !== '\t') lineStart = false;
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === '"' || c === "'") {
      // A quote opens a string only where a scalar starts, not inside a word (`O'Neill`).
      if (i === 0 || /[\s[{,:]/.test(text[i - 1]!)) quote = c;
    } else if (c === '[' || c === '{') {
      if (++depth + dashes > limit) return { offset: i, problem };
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

/** The offset of the first alias (`*name`) in a document, to point the editor at it. */
function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** A front matter read within the limits: the document and its values, or where it broke one. */
export type BoundedYaml =
  | { ok: true; doc: Document; data: unknown; counter: LineCounter }
  | { ok: false; problems: LimitProblem[]; counter: LineCounter };

/**
 * Parses front matter under the size, nesting and alias limits. Throws nothing: the YAML
 * library's own errors and a broken limit both come back as problems with offsets.
 */
export function parseBoundedYaml(yamlText: string): BoundedYaml {
  const counter = new LineCounter();
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    counter.addNewLine(0);
    return { ok: false, counter, problems: [{ offset: 0, problem: `the front matter is ${Math.round(yamlText.length / 1024)} KB, over the ${MAX_FRONT_MATTER_CHARS / 1024} KB limit — keep the article below the closing \`---\`, not in the front matter` }] };
  }
  const nesting = nestingProblem(yamlText);
  if (nesting) {
    // The line counter fills while parsing; this text is not parsed, so count its lines here.
    for (let i = 0; i < yamlText.length; i++) if (i === 0 || yamlText[i - 1] === '\n') counter.addNewLine(i);
    return { ok: false, counter, problems: [nesting] };
  }
  let doc: Document;
  try {
    doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { ok: false, counter, problems: [{ offset: 0, problem: `front matter could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }] };
  }
  if (doc.errors.length > 0) return { ok: false, counter, problems: doc.errors.map((e) => ({ offset: e.pos[0], problem: `front matter is not valid YAML: ${firstLine(e.message)}` })) };
  try {
    return { ok: true, doc, counter, data: doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) };
  } catch {
    // The library refuses to expand aliases past the count ("Excessive alias count …").
    return {
      ok: false,
      counter,
      problems: [{ offset: firstAliasOffset(doc), problem: `the front matter repeats values through aliases (\`*name\`) more than ${MAX_ALIAS_EXPANSIONS} times — write the values out instead of using \`&anchors\` and \`*aliases\`` }],
    };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
