/**
 * Reply → Slack message payload `{ text, blocks }` (Block Kit). Pure: the same reply always gives
 * the same payload, which pastes unchanged into Slack's Block Kit Builder.
 *
 * Two rules hold for every string that did not come from this file: it is escaped (`&`, `<`, `>`,
 * and `@everyone`/`@here`/`@channel` defanged), so article text can never become a mention or a
 * link; and every text is cut to Slack's limits with "…", so a message is never refused for size.
 */
import { PART_NAMES } from '../answer/intent.ts';
import type { BriefingPart, BriefingView, Reply, Suggestion } from '../answer/reply.ts';
import {
  claimSourcing,
  keyActors,
  indexingLine,
  kindLabel,
  moreAppearancesLine,
  leadQuote,
  originNote,
  reaskOf,
  sourcingNote,
  speakerLabel,
} from './common.ts';
import {
  button,
  citeList,
  citeOne,
  cites,
  context,
  escapeSlack,
  fieldSections,
  fitEscaped,
  header,
  link,
  linkButton,
  listSections,
  quoteLines,
  section,
  SLACK_LIMITS,
  truncateMrkdwn,
  type Button,
  type LinkButton,
  type SlackBlock,
  type SlackMessage,
} from './slack-blocks.ts';
import { answerBlocks } from './slack-answer.ts';
import { renderText } from './text.ts';
import { cleanReply } from './safe-text.ts';

export { escapeSlack, fitEscaped, SLACK_LIMITS, truncateMrkdwn, type SlackBlock, type SlackMessage };

const esc = escapeSlack;

/** Action ids of the buttons, so the adapter routes presses without parsing labels. */
export const SLACK_ACTIONS = {
  /** Prefix of "open this part / this suggestion" buttons; the value is the message to ask. */
  askPrefix: 'brief_ask_',
  share: 'brief_share',
  /** The "Open briefing" link button: Slack opens the page and still reports the press, which is only acknowledged. */
  open: 'brief_open',
} as const;

export interface SlackRenderOptions {
  /**
   * Which buttons to add: `private` (an ephemeral answer: parts and "Share in channel"),
   * `public` (a visible post: parts only), `none`. Default `private`.
   */
  actions?: 'private' | 'public' | 'none';
  /** Slack user id of the person who shared this answer into the channel. */
  sharedBy?: string;
}

function topicAsk(view: BriefingView): string {
  return view.aliases[0] ?? view.slug;
}

function sourceContext(view: BriefingView): string {
  const { name, published, url } = view.source;
  const label = name ?? url;
  const parts = label ? [link(url, label), ...(published ? [esc(published)] : [])] : ['the briefing names no source'];
  return `Source: ${parts.join(', ')} · ${originNote(view)}`;
}

const PART_BUTTONS: Array<{ part: BriefingPart; label: string }> = [
  { part: 'card', label: 'Overview' },
  { part: 'actors', label: 'Actors' },
  { part: 'questions', label: 'Open questions' },
  { part: 'quotes', label: 'Quotes' },
];

function briefingBlocks(view: BriefingView, part: BriefingPart, withButtons: boolean): { body: SlackBlock[]; tail: SlackBlock[] } {
  const body: SlackBlock[] = [header(view.headline)];
  const page = view.page;
  const show = (p: BriefingPart) => part === p || part === 'full' || (part === 'card' && p !== 'claims' && p !== 'sources');
  const used: string[] = [];
  const use = (ids: readonly string[]) => used.push(...ids);

  if (part === 'card' || part === 'full') {
    body.push(section(esc(view.summary.text) + (part === 'full' ? cites(view.summary.cites, 4, page) : '')));
    use(view.summary.cites);
  } else {
    body.push(context(`${esc(partTitle(part))} · \`/brief ${esc(topicAsk(view))}\``));
  }
  if (show('actors')) {
    const actors = part === 'card' ? keyActors(view) : view.actors;
    actors.forEach((a) => use(a.cites.slice(0, 2)));
    if (actors.length === 0) body.push(section('*Actors*\nThe briefing names no actors.'));
    else {
      const fields = actors.map((a) => {
        const kind = part !== 'card' && a.kind && a.kind !== 'person' ? ` _(${kindLabel(a.kind)})_` : '';
        return `*${esc(a.name)}*${kind}\n${a.role ? esc(a.role) : '_no role given_'}${part === 'card' ? '' : cites(a.cites, 4, page)}`;
      });
      body.push(...fieldSections(part === 'card' ? 'Key actors' : 'Actors', fields));
    }
  }
  if (show('quotes')) {
    const quotes = part === 'card' ? [leadQuote(view)].filter((q) => q !== undefined) : view.quotes;
    const title = part === 'card' ? 'Key quote' : 'Quotes';
    if (quotes.length === 0) body.push(section(`*${title}*\nThe article quotes no one directly.`));
    quotes.forEach((q, i) => {
      use(q.cites);
      body.push(section(`${i === 0 ? `*${title}*\n` : ''}${quoteLines(q.text, esc(speakerLabel(view, q)) + cites(q.cites, 4, page))}`));
    });
  }
  if (show('questions')) {
    view.questions.forEach((q) => use(q.cites));
    const lines = view.questions.length
      ? view.questions.map((q) => `• ${esc(q.text)}${part === 'card' ? '' : cites(q.cites, 4, page)}${q.why && part !== 'card' ? `\n    _${esc(q.why)}_` : ''}${(q.developments ?? []).map((d) => `\n    ↳ ${esc(d)}`).join('')}`)
      : ['The article leaves nothing explicitly open.'];
    body.push(...listSections('Open questions', lines));
  }
  if (show('claims')) {
    const lines = view.claims.length
      ? view.claims.map((c) => `• ${esc(c.text)} _(${esc(claimSourcing(c))})_${cites(c.cites, 4, page)}`)
      : ['No claims are marked in this briefing.'];
    body.push(...listSections('Claims and their sourcing', lines));
  }
  if (part === 'card') {
    const note = sourcingNote(view);
    if (note) body.push(section(`*Sourcing*\n${esc(note)}`));
  }
  if (part === 'sources' && view.sentences) {
    body.push(...listSections('Article sentences', view.sentences.map((s) => `_${citeOne(s.id, page)}_ ${esc(s.text)}`)));
  }
  const built = part === 'card' ? `Built from ${citeList([...new Set(used)], 8, page) || 'the briefing’s front matter'} · ` : '';
  const more = part === 'card' ? ` · More: \`/brief ${esc(topicAsk(view))} ${PART_NAMES.join('|')}\`` : '';
  // Without buttons (a post nobody asked for) the page is a link in the context line instead.
  const open = page && !withButtons ? `${link(page, 'Open briefing')} · ` : '';
  return { body, tail: [context(`${open}${built}${sourceContext(view)}${more}`)] };
}

function partTitle(part: BriefingPart): string {
  switch (part) {
    case 'card':
      return 'Overview';
    case 'actors':
      return 'Actors';
    case 'questions':
      return 'Open questions';
    case 'quotes':
      return 'Quotes';
    case 'claims':
      return 'Claims and their sourcing';
    case 'sources':
      return 'Sources';
    case 'full':
      return 'Everything in the briefing';
  }
}

function suggestionLines(suggestions: Suggestion[]): string[] {
  return suggestions.map((s) => `• ${esc(s.label)} — \`${esc(s.ask)}\``);
}

function renderBody(reply: Reply, withButtons: boolean): { body: SlackBlock[]; tail: SlackBlock[] } {
  switch (reply.kind) {
    case 'briefing':
      return briefingBlocks(reply.briefing, reply.part, withButtons);
    case 'actor': {
      const body: SlackBlock[] = [header(reply.name)];
      if (reply.aliases.length) body.push(context(`Also: ${esc(reply.aliases.join(', '))}`));
      body.push(
        ...listSections(
          undefined,
          reply.appearances.map((a) => {
            const kind = kindLabel(a.kind);
            return `${a.role ? `*${esc(a.role)}*` : 'The briefing gives no role'}${kind && kind !== 'person' ? ` (${kind})` : ''} — in “${esc(a.headline)}”${cites(a.cites.slice(0, 1), 4, a.page)}`;
          }),
        ),
      );
      const quotes = reply.appearances.flatMap((a) => a.quotes.map((q) => ({ q, page: a.page })));
      const saidTitle = reply.focus === 'quotes' ? `What ${esc(reply.name)} said` : 'Said';
      if (quotes.length) quotes.forEach(({ q, page }, i) => body.push(section(`${i === 0 ? `*${saidTitle}*\n` : ''}${quoteLines(q.text, esc(reply.name) + cites(q.cites, 4, page))}`)));
      else if (reply.focus === 'quotes') body.push(section(`*${saidTitle}*\nThe briefings quote no words of theirs.`));
      if (reply.focus === 'profile') {
        body.push(
          ...listSections(
            'Appears in',
            [
              ...reply.appearances.map((a) => `• ${esc(a.headline)} \`/brief ${esc(a.slug)}\`${a.cites.length ? ` — mentioned in ${citeList(a.cites, 8, a.page)}` : ''}`),
              ...(moreAppearancesLine(reply.moreAppearances) ? [`_${moreAppearancesLine(reply.moreAppearances)}_`] : []),
            ],
          ),
        );
      }
      const tail = reply.alsoMatches.length ? [context(`Also matches: ${esc(reply.alsoMatches.map((s) => s.label).join(', '))}`)] : [];
      return { body, tail };
    }
    case 'not-found': {
      const what = reply.subject === 'topic' ? 'briefing' : 'person or organisation';
      const body = [section(`:mag: *“${esc(reply.query)}” is not in any briefing.* No ${what} matches it, so there is nothing to report.`)];
      const indexing = indexingLine(reply.indexing);
      if (indexing) body.push(context(esc(indexing)));
      if (reply.suggestions.length) body.push(...listSections(reply.suggestionsAre === 'close' ? 'Closest matches' : 'Nothing is close; the briefings are', suggestionLines(reply.suggestions)));
      else body.push(section('Try `/brief help` to see the briefings.'));
      return { body, tail: [] };
    }
    case 'help': {
      if (reply.topicFound) return { body: listSections(`How to ask (${esc(reply.topic ?? '')})`, reply.usage.map((u) => `\`${esc(u.ask)}\` — ${esc(u.does)}`)), tail: [] };
      const body: SlackBlock[] = [];
      if (reply.topic && !reply.topicFound) body.push(context(`There is no help topic “${esc(reply.topic)}”; here is everything.`));
      body.push(section('*Brief answers questions about developing stories, from their briefing documents only.*'));
      body.push(...listSections('Briefings', reply.briefings.length ? suggestionLines(reply.briefings) : ['_(none loaded — add Markdown files to the briefings folder)_']));
      body.push(...listSections('Ask', reply.usage.map((u) => `\`${esc(u.ask)}\` — ${esc(u.does)}`)));
      return { body, tail: [] };
    }
    case 'answer':
    case 'no-answer':
      return answerBlocks(reply, withButtons);
    case 'notice':
      return { body: listSections(esc(reply.title), reply.lines.map(esc)), tail: [] };
    case 'list':
      return {
        body: listSections(esc(reply.title), reply.items.length ? reply.items.map((i) => `• ${esc(i.text)}${i.detail ? ` — _${esc(i.detail)}_` : ''}`) : [esc(reply.empty)]),
        tail: [],
      };
    case 'error':
      return { body: [section(`:warning: ${esc(reply.message)}`)], tail: [] };
  }
}

function actionButtons(reply: Reply, mode: 'private' | 'public'): Array<Button | LinkButton> {
  const buttons: Array<Button | LinkButton | undefined> = [];
  let shareAsk: string | undefined;
  if (reply.kind === 'briefing') {
    const topic = reply.briefing.slug;
    if (reply.briefing.page) buttons.push(linkButton(SLACK_ACTIONS.open, 'Open briefing', reply.briefing.page));
    PART_BUTTONS.filter((b) => b.part !== reply.part && (b.part !== 'card' || reply.part !== 'full')).forEach((b) =>
      buttons.push(button(`${SLACK_ACTIONS.askPrefix}${b.part}`, b.label, b.part === 'card' ? `/brief ${topic}` : `/brief ${topic} ${b.part}`)),
    );
    shareAsk = reply.part === 'card' ? `/brief ${topic}` : `/brief ${topic} ${reply.part}`;
  } else if (reply.kind === 'actor') {
    shareAsk = reply.focus === 'quotes' ? `what did ${reply.name} say` : `who is ${reply.name}`;
  } else if (reply.kind === 'answer' || reply.kind === 'no-answer') {
    if (reply.page) buttons.push(linkButton(SLACK_ACTIONS.open, 'Open briefing', reply.page));
    buttons.push(button(`${SLACK_ACTIONS.askPrefix}story`, 'The story', reply.ask));
    shareAsk = reaskOf(reply);
  } else if (reply.kind === 'not-found') {
    reply.suggestions.slice(0, 5).forEach((s, i) => buttons.push(button(`${SLACK_ACTIONS.askPrefix}suggestion_${i}`, s.label, s.ask)));
  }
  if (mode === 'private' && shareAsk) buttons.push(button(SLACK_ACTIONS.share, 'Share in channel', shareAsk, true));
  return buttons.filter((b) => b !== undefined).slice(0, SLACK_LIMITS.actionsElements);
}

/** The plain fallback: the terminal text of the reply, escaped and shortened. */
function fallbackText(reply: Reply, sharedBy: string | undefined): string {
  const text = fitEscaped(renderText(reply), SLACK_LIMITS.fallbackText - 40);
  return sharedBy ? `<@${sharedBy}> shared: ${text}` : text;
}

/** A Slack user id as Slack sends it; anything else is not rendered as a mention. */
function isUserId(id: string | undefined): id is string {
  return typeof id === 'string' && /^[UW][A-Z0-9]{2,}$/.test(id);
}

/**
 * Renders a reply as a Slack message: header, summary, actors as fields, the quote as a quote,
 * open questions, a context line with citations and the source, and buttons.
 *
 * @example renderSlack(reply, { actions: 'none' }) → { text: 'Dockworkers walk out…', blocks: [{ type: 'header', … }, …] }
 */
export function renderSlack(untrusted: Reply, options: SlackRenderOptions = {}): SlackMessage {
  const reply = cleanReply(untrusted);
  const mode = options.actions ?? 'private';
  const sharedBy = isUserId(options.sharedBy) ? options.sharedBy : undefined;
  const buttons = mode === 'none' ? [] : actionButtons(reply, mode);
  const { body, tail } = renderBody(reply, buttons.length > 0);
  if (sharedBy) tail.push(context(`Shared by <@${sharedBy}>`));
  if (buttons.length) tail.push({ type: 'actions', block_id: 'brief_actions', elements: buttons });

  const room = SLACK_LIMITS.blocks - tail.length;
  let blocks = body;
  if (body.length > room) {
    const kept = body.slice(0, room - 1);
    const ask = reply.kind === 'briefing' ? ` — ask \`/brief ${esc(topicAsk(reply.briefing))} <part>\` for one part at a time` : '';
    blocks = [...kept, context(`…${body.length - kept.length} more sections not shown${ask}.`)];
  }
  return { text: fallbackText(reply, sharedBy), blocks: [...blocks, ...tail] };
}
