/**
 * Reply → plain text for the terminal (and `brief ask --platform text`). Pure; colour is optional
 * ANSI styling and never changes the words.
 */
import type { BriefingPart, BriefingView, Reply } from '../answer/reply.ts';
import { PART_NAMES } from '../answer/intent.ts';
import {
  answerSource,
  claimSourcing,
  formatCites,
  keyActors,
  indexingLine,
  kindLabel,
  moreAppearancesLine,
  leadQuote,
  nearbyLead,
  noAnswerLine,
  originNote,
  questionTitle,
  sourceLine,
  sourcingNote,
  speakerLabel,
  unknownLead,
} from './common.ts';
import { cleanReply } from './safe-text.ts';

export interface TextStyle {
  bold(s: string): string;
  dim(s: string): string;
  accent(s: string): string;
  warn(s: string): string;
}

export const PLAIN: TextStyle = { bold: (s) => s, dim: (s) => s, accent: (s) => s, warn: (s) => s };

export const ANSI: TextStyle = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  accent: (s) => `\x1b[36m${s}\x1b[39m`,
  warn: (s) => `\x1b[33m${s}\x1b[39m`,
};

/** Renders a reply as text lines joined by newlines (no trailing newline). */
// Long on purpose: one exhaustive switch over the reply kinds shows every answer's text layout at once.
export function renderText(untrusted: Reply, style: TextStyle = PLAIN): string {
  const reply = cleanReply(untrusted);
  const cite = (ids: readonly string[]) => {
    const c = formatCites(ids);
    return c ? ` ${style.dim(c)}` : '';
  };
  const lines: string[] = [];
  const heading = (s: string) => {
    if (lines.length) lines.push('');
    lines.push(style.bold(s));
  };

  switch (reply.kind) {
    case 'briefing':
      renderBriefing(reply.briefing, reply.part, lines, heading, cite, style);
      break;
    case 'actor': {
      lines.push(style.bold(reply.name) + (reply.aliases.length ? style.dim(` (also: ${reply.aliases.join(', ')})`) : ''));
      for (const a of reply.appearances) {
        const kind = kindLabel(a.kind);
        lines.push(`${a.role ? a.role : 'The briefing gives no role'}${kind && kind !== 'person' ? ` (${kind})` : ''} — in “${a.headline}”${cite(a.cites.slice(0, 1))}`);
      }
      const quotes = reply.appearances.flatMap((a) => a.quotes);
      if (quotes.length) {
        heading(reply.focus === 'quotes' ? `What ${reply.name} said` : 'Said');
        for (const q of quotes) lines.push(`  “${q.text}”${cite(q.cites)}`);
      } else if (reply.focus === 'quotes') {
        heading(`What ${reply.name} said`);
        lines.push('  The briefings quote no words of theirs.');
      }
      if (reply.focus === 'profile') {
        heading('Appears in');
        for (const a of reply.appearances) {
          lines.push(`  • ${a.headline} ${style.dim(`(${a.ask})`)}${a.cites.length ? ` — mentioned in ${formatCites(a.cites, 8)}` : ''}`);
        }
        const more = moreAppearancesLine(reply.moreAppearances);
        if (more) lines.push(`  ${style.dim(more)}`);
      }
      if (reply.alsoMatches.length) {
        lines.push('');
        lines.push(style.dim(`Also matches: ${reply.alsoMatches.map((s) => s.label).join(', ')}`));
      }
      break;
    }
    case 'not-found': {
      const what = reply.subject === 'topic' ? 'briefing' : 'person or organisation';
      lines.push(style.warn(`“${reply.query}” is not in any briefing.`) + ` No ${what} matches it, so there is nothing to report.`);
      const indexing = indexingLine(reply.indexing);
      if (indexing) lines.push(style.dim(indexing));
      if (reply.suggestions.length) {
        lines.push(reply.suggestionsAre === 'close' ? 'Closest matches:' : 'Nothing is close; the briefings are:');
        for (const s of reply.suggestions) lines.push(`  • ${s.label} — ${style.accent(s.ask)}`);
      } else {
        lines.push(`Try ${style.accent('/brief help')} to see the briefings.`);
      }
      break;
    }
    case 'help': {
      if (reply.topicFound) {
        lines.push(style.bold(`How to ask (${reply.topic})`));
        for (const u of reply.usage) lines.push(`  ${style.accent(u.ask)}  ${style.dim(u.does)}`);
        break;
      }
      if (reply.topic) lines.push(style.warn(`There is no help topic “${reply.topic}”; here is everything.`), '');
      lines.push(style.bold('Brief answers questions about developing stories, from their briefing documents only.'));
      heading('Briefings');
      if (reply.briefings.length === 0) lines.push('  (none loaded — add Markdown files to the briefings folder)');
      for (const b of reply.briefings) lines.push(`  • ${b.label} — ${style.accent(b.ask)}`);
      heading('Ask');
      for (const u of reply.usage) lines.push(`  ${style.accent(u.ask)}  ${style.dim(u.does)}`);
      break;
    }
    case 'answer': {
      lines.push(style.bold(questionTitle(reply)), style.dim(`${answerSource(reply)} (${reply.ask})`), '');
      const lead = unknownLead(reply);
      if (lead) lines.push(`${lead}${reply.sentences.some((s) => s.text === reply.unknown!.text) ? '' : cite(reply.unknown!.cites)}`);
      for (const s of reply.sentences) lines.push(`  “${s.text}”${cite([s.cite])}`);
      if (reply.page) lines.push(`${style.dim('Open briefing:')} ${reply.page}`);
      break;
    }
    case 'no-answer':
      lines.push(style.bold(questionTitle(reply)), style.warn(noAnswerLine(reply)), '', nearbyLead(reply));
      for (const s of reply.nearby) lines.push(`  “${s.text}”${cite([s.cite])}`);
      if (reply.nearby.length) lines.push('', style.dim(`The story: ${reply.ask}`));
      if (reply.page) lines.push(`${style.dim('Open briefing:')} ${reply.page}`);
      break;
    case 'notice':
      lines.push(style.bold(reply.title), ...reply.lines);
      break;
    case 'list':
      lines.push(style.bold(reply.title));
      if (reply.items.length === 0) lines.push(`  ${reply.empty}`);
      for (const item of reply.items) lines.push(`  • ${item.text}${item.detail ? style.dim(` — ${item.detail}`) : ''}`);
      break;
    case 'error':
      lines.push(style.warn(reply.message));
      break;
  }
  return lines.join('\n');
}

// Long on purpose: the card's sections in the order a person reads them; each is a few lines.
function renderBriefing(
  view: BriefingView,
  part: BriefingPart,
  lines: string[],
  heading: (s: string) => void,
  cite: (ids: readonly string[]) => string,
  style: TextStyle,
): void {
  lines.push(style.bold(view.headline));
  lines.push(style.dim(`/brief ${view.aliases[0] ?? view.slug} · ${view.slug}`));
  const show = (p: BriefingPart) => part === p || part === 'full' || (part === 'card' && p !== 'claims' && p !== 'sources');

  if (part === 'card' || part === 'full') {
    lines.push('', `${view.summary.text}${cite(view.summary.cites)}`);
  }
  if (show('actors')) {
    const actors = part === 'card' ? keyActors(view) : view.actors;
    heading(part === 'card' ? 'Key actors' : 'Actors');
    if (actors.length === 0) lines.push('  The briefing names no actors.');
    for (const a of actors) {
      const kind = part !== 'card' && a.kind ? style.dim(` (${kindLabel(a.kind)})`) : '';
      lines.push(`  • ${a.name}${a.role ? ` — ${a.role}` : ''}${kind}${cite(a.cites.slice(0, part === 'card' ? 2 : 4))}`);
    }
  }
  if (show('questions')) {
    heading('Open questions');
    if (view.questions.length === 0) lines.push('  The article leaves nothing explicitly open.');
    for (const q of view.questions) {
      lines.push(`  • ${q.text}${cite(q.cites)}`);
      if (q.why && part !== 'card') lines.push(`    ${style.dim(q.why)}`);
      for (const d of q.developments ?? []) lines.push(`    ${style.accent('↳')} ${d}`);
    }
  }
  if (show('quotes')) {
    const quotes = part === 'card' ? [leadQuote(view)].filter((q) => q !== undefined) : view.quotes;
    heading(part === 'card' ? 'Key quote' : 'Quotes');
    if (quotes.length === 0) lines.push('  The article quotes no one directly.');
    for (const q of quotes) lines.push(`  “${q.text}”`, `    — ${speakerLabel(view, q)}${cite(q.cites)}`);
  }
  if (show('claims')) {
    heading('Claims and their sourcing');
    if (view.claims.length === 0) lines.push('  No claims are marked in this briefing.');
    for (const c of view.claims) lines.push(`  • ${c.text} ${style.dim(`(${claimSourcing(c)})`)}${cite(c.cites)}`);
  }
  if (part === 'card') {
    const note = sourcingNote(view);
    if (note) {
      heading('Sourcing');
      lines.push(`  ${note}`);
    }
  }
  if (show('sources')) {
    heading('Sources');
    lines.push(`  Source: ${sourceLine(view)}`);
    lines.push(`  Structure: ${originNote(view)}`);
    if (part === 'sources' && view.sentences) {
      heading('Article sentences');
      for (const s of view.sentences) lines.push(`  ${style.dim(`¶${s.id}`)} ${s.text}`);
    }
  } else {
    lines.push('', `${style.dim('Source:')} ${sourceLine(view)} ${style.dim(`· ${originNote(view)}`)}`);
  }
  if (part === 'card') {
    lines.push(style.dim(`More: /brief ${view.aliases[0] ?? view.slug} ${PART_NAMES.join('|')}`));
  }
  // A terminal shows the page address; a citation's sentence is the page address plus `#s4-1`.
  if (view.page) lines.push(`${style.dim('Open briefing:')} ${view.page}`);
}
