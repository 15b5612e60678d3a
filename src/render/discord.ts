/**
 * Reply → a Discord message payload (the JSON the REST API takes): embeds, buttons and
 * `allowed_mentions` that can never ping anyone. Pure; the adapter only adds flags and sends it.
 *
 * A briefing card is one embed: headline as title, the summary and the key quote (as a block quote)
 * in the description, key actors with their roles and the open questions as fields, and a footer
 * with the source and the sentences the card is built from. Buttons show one part in place
 * (Actors, Open questions, Quotes) or post the answer visibly (Share).
 */
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIButtonComponentWithURL, APIEmbed, APIEmbedField, ButtonStyle, ComponentType } from 'discord.js';
import type { ActorAppearanceView, BriefingPart, BriefingView, Reply } from '../answer/reply.ts';
import {
  claimSourcing,
  formatCites,
  keyActors,
  indexingLine,
  kindLabel,
  moreAppearancesLine,
  leadQuote,
  originNote,
  reaskOf,
  sourceLine,
  sourcingNote,
  truncate,
} from './common.ts';
import { buildAnswer } from './discord-answer.ts';
import { DISCORD_LIMITS, fitContent, fitEmbeds, fitLines } from './discord-limits.ts';
import { blockQuote, button, citeOne, cites, COLOR, linkButton, PART_TITLES, quoteBlock, safeUrl, type Built } from './discord-parts.ts';
import { escapeReply } from './discord-safe.ts';
import { cleanReply } from './safe-text.ts';

/** Mentions Discord may resolve in a message Brief sends: none, ever. */
export interface NoMentions {
  parse: [];
  replied_user: false;
}

/** A message payload as the Discord REST API takes it. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponentWithCustomId | APIButtonComponentWithURL>>;
  allowed_mentions: NoMentions;
}

export interface DiscordRenderOptions {
  /** Add buttons (parts of a briefing, suggestions). Default true; false for posts nobody asked for. */
  interactive?: boolean;
  /** Add a Share button, for replies only the asker sees. Default true. */
  share?: boolean;
}

/** Renders a reply as a Discord message payload within every Discord limit, its untrusted text unable to format, link or ping. */
export function renderDiscord(untrusted: Reply, options: DiscordRenderOptions = {}): DiscordMessage {
  const interactive = options.interactive ?? true;
  const share = interactive && (options.share ?? true);
  const reply = cleanReply(untrusted);
  // Text is drawn from the reply with its untrusted parts escaped.
  const { embeds, content } = build(escapeReply(reply));
  // Buttons and page links (the bot's own URLs) come from the reply as it is.
  const { buttons, links = [] } = build(reply);
  const rowButtons = interactive ? buttons : [];
  const shareButton = share ? shareButtonFor(reply) : undefined;
  if (shareButton) rowButtons.push(shareButton);
  const fitted = rowButtons.filter((b): b is APIButtonComponentWithCustomId => b !== undefined).slice(0, 5);
  // Links open a page without the bot, so they are offered on every post; they get a row of their own.
  const linkRow = links.filter((b): b is APIButtonComponentWithURL => b !== undefined).slice(0, 5);
  const rows = [fitted, linkRow].filter((row) => row.length > 0);
  return {
    ...(content ? { content: fitContent(content) } : {}),
    embeds: fitEmbeds(embeds),
    components: rows.map((components) => ({ type: 1 satisfies ComponentType.ActionRow, components })),
    allowed_mentions: { parse: [], replied_user: false },
  };
}

/** The message that asks for a reply again, for Share. */
function askFor(reply: Reply): string | undefined {
  switch (reply.kind) {
    case 'briefing':
      return reply.part === 'card' ? reply.briefing.slug : `${reply.briefing.slug} ${reply.part}`;
    case 'actor':
      return reply.focus === 'quotes' ? `what did ${reply.name} say` : `who is ${reply.name}`;
    case 'answer':
    case 'no-answer':
      return reaskOf(reply);
    default:
      return undefined;
  }
}

function shareButtonFor(reply: Reply): APIButtonComponentWithCustomId | undefined {
  const ask = askFor(reply);
  return ask ? button('Share', 'share', ask, 1 satisfies ButtonStyle.Primary) : undefined;
}

function build(reply: Reply): Built {
  switch (reply.kind) {
    case 'briefing':
      return buildBriefing(reply.briefing, reply.part);
    case 'actor':
      return buildActor(reply);
    case 'not-found': {
      const what = reply.subject === 'topic' ? 'briefing' : 'person or organisation';
      const indexing = indexingLine(reply.indexing);
      const intro = `No ${what} matches it, so there is nothing to report.${indexing ? `\n_${indexing}_` : ''}`;
      const heading = reply.suggestions.length ? (reply.suggestionsAre === 'close' ? '**Closest matches**' : '**Nothing is close; the briefings are**') : 'Try `/brief help` to see the briefings.';
      const lines = reply.suggestions.map((s) => `• ${s.label} — \`${s.ask}\``);
      return {
        embeds: [{ title: `“${reply.query}” is not in any briefing`, color: COLOR.notFound, description: `${intro}\n\n${heading}\n${fitLines(lines, 3000)}` }],
        buttons: reply.suggestions.slice(0, 4).map((s) => button(s.label, 'show', s.ask)),
      };
    }
    case 'help': {
      if (reply.topicFound) {
        const usage = fitLines(reply.usage.map((u) => `\`${u.ask}\` — ${u.does}`), DISCORD_LIMITS.description);
        return { embeds: [{ title: `How to ask (${reply.topic})`, color: COLOR.help, description: usage }], buttons: [] };
      }
      const fields: APIEmbedField[] = [
        {
          name: 'Briefings',
          value: reply.briefings.length ? fitLines(reply.briefings.map((b) => `• ${b.label} — \`${b.ask}\``), DISCORD_LIMITS.fieldValue) : '(none loaded — add Markdown files to the briefings folder)',
        },
        { name: 'Ask', value: fitLines(reply.usage.map((u) => `\`${u.ask}\` — ${u.does}`), DISCORD_LIMITS.fieldValue) },
      ];
      const description = `${reply.topic && !reply.topicFound ? `There is no help topic “${reply.topic}”; here is everything.\n\n` : ''}Brief answers questions about developing stories, from their briefing documents only.`;
      return { embeds: [{ title: 'Brief', color: COLOR.help, description, fields }], buttons: [] };
    }
    case 'answer':
    case 'no-answer':
      return buildAnswer(reply);
    case 'notice':
      return { embeds: [{ title: reply.title, color: COLOR.notice, description: fitLines(reply.lines, DISCORD_LIMITS.description) }], buttons: [] };
    case 'list':
      return {
        embeds: [
          {
            title: reply.title,
            color: COLOR.notice,
            description: reply.items.length ? fitLines(reply.items.map((i) => `• ${i.text}${i.detail ? ` — ${i.detail}` : ''}`), DISCORD_LIMITS.description) : reply.empty,
          },
        ],
        buttons: [],
      };
    case 'error':
      return { embeds: [{ title: 'That did not work', color: COLOR.error, description: reply.message, footer: { text: `code: ${reply.code}` } }], buttons: [] };
  }
}

/** Article order for sentence ids such as "2.1" and "10.3". */
function byPosition(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.localeCompare(b);
}

function footerFor(view: BriefingView, extra: readonly string[] = []): { text: string } {
  const all = [...new Set([...view.summary.cites, ...extra])].sort(byPosition);
  const built = all.length ? ` · built from ${formatCites(all, 12)}` : '';
  return { text: `Source: ${sourceLine(view)} · ${originNote(view)}${built} · /brief ${view.aliases[0] ?? view.slug}` };
}

function actorFields(view: BriefingView, part: BriefingPart): APIEmbedField[] {
  const actors = part === 'card' ? keyActors(view) : view.actors;
  if (actors.length === 0) return [{ name: 'Actors', value: 'The briefing names no actors.' }];
  return actors.map((a) => {
    const kind = part !== 'card' && a.kind ? ` (${kindLabel(a.kind)})` : '';
    return { name: `${a.name}${kind}`, value: `${a.role ?? 'The article states no role.'}${cites(a.cites, part === 'card' ? 2 : 4, view.page)}`, inline: part === 'card' };
  });
}

function questionLines(view: BriefingView, withWhy: boolean): string[] {
  return view.questions.map((q, i) => `**${i + 1}.** ${q.text}${cites(q.cites, 4, view.page)}${withWhy && q.why ? `\n   _${q.why}_` : ''}${(q.developments ?? []).map((d) => `\n   ↳ ${d}`).join('')}`);
}

function buildBriefing(view: BriefingView, part: BriefingPart): Built {
  const base = { color: COLOR.briefing, ...(safeUrl(view.source.url) ? { url: safeUrl(view.source.url)! } : {}) };
  const title = part === 'card' ? view.headline : `${view.headline} — ${PART_TITLES[part]}`;
  const embeds: APIEmbed[] = [];
  const usedCites: string[] = [];

  if (part === 'card') {
    const quote = leadQuote(view);
    const summary = `${view.summary.text}${cites(view.summary.cites, 4, view.page)}`;
    const description = quote ? `${truncate(summary, 2500)}\n\n${quoteBlock(view, quote, 1500)}` : summary;
    const fields = actorFields(view, part);
    fields.push({
      name: 'Open questions',
      value: view.questions.length ? fitLines(questionLines(view, false), DISCORD_LIMITS.fieldValue) : 'The article leaves nothing explicitly open.',
    });
    const note = sourcingNote(view);
    if (note) fields.push({ name: 'Sourcing', value: note });
    for (const item of [...keyActors(view), ...view.questions, ...(quote ? [quote] : [])]) usedCites.push(...item.cites);
    embeds.push({ ...base, title, description, fields, footer: footerFor(view, usedCites) });
  } else {
    const sections = part === 'full' ? (['actors', 'questions', 'quotes', 'claims', 'sources'] as const) : [part];
    if (part === 'full') embeds.push({ ...base, title, description: `${view.summary.text}${cites(view.summary.cites, 4, view.page)}` });
    for (const section of sections) embeds.push(sectionEmbed(view, section, part === 'full' ? PART_TITLES[section] : title, base));
    embeds[embeds.length - 1]!.footer = footerFor(view);
  }

  const ask = (p: BriefingPart) => (p === 'card' ? view.slug : `${view.slug} ${p}`);
  const buttons = (['card', 'actors', 'questions', 'quotes'] as const).map((p) =>
    button(p === 'card' ? 'Overview' : PART_TITLES[p], 'show', ask(p), 2 satisfies ButtonStyle.Secondary, p === part),
  );
  return { embeds, buttons, links: [linkButton('Open briefing', view.page)] };
}

function sectionEmbed(view: BriefingView, section: Exclude<BriefingPart, 'card' | 'full'>, title: string, base: Pick<APIEmbed, 'color' | 'url'>): APIEmbed {
  switch (section) {
    case 'actors':
      return { ...base, title, fields: actorFields(view, 'actors') };
    case 'questions':
      return { ...base, title, description: view.questions.length ? fitLines(questionLines(view, true), DISCORD_LIMITS.description) : 'The article leaves nothing explicitly open.' };
    case 'quotes':
      return {
        ...base,
        title,
        description: view.quotes.length ? fitLines(view.quotes.map((q) => quoteBlock(view, q, 1500)), DISCORD_LIMITS.description, '\n\n') : 'The article quotes no one directly.',
      };
    case 'claims':
      return {
        ...base,
        title,
        description: view.claims.length
          ? fitLines(view.claims.map((c) => `• ${c.text} — _${claimSourcing(c)}_${cites(c.cites, 4, view.page)}`), DISCORD_LIMITS.description)
          : 'No claims are marked in this briefing.',
      };
    case 'sources': {
      const sentences = (view.sentences ?? []).map((s) => `${citeOne(s.id, view.page)} ${s.text}`);
      return {
        ...base,
        title,
        fields: [
          { name: 'Source', value: sourceLine(view) },
          { name: 'Structure', value: originNote(view) },
        ],
        ...(sentences.length ? { description: fitLines(sentences, DISCORD_LIMITS.description) } : {}),
      };
    }
  }
}

function appearanceField(a: ActorAppearanceView): APIEmbedField {
  const kind = kindLabel(a.kind);
  const role = a.role ?? 'The briefing gives no role.';
  return { name: a.headline, value: `${role}${kind && kind !== 'person' ? ` (${kind})` : ''}${cites(a.cites, 6, a.page)}\n\`/brief ${a.slug}\`` };
}

function buildActor(reply: Extract<Reply, { kind: 'actor' }>): Built {
  const quotes = reply.appearances.flatMap((a) => a.quotes.map((q) => ({ ...q, page: a.page })));
  const parts: string[] = [];
  if (reply.aliases.length) parts.push(`Also called: ${reply.aliases.join(', ')}`);
  if (quotes.length) {
    parts.push(`**${reply.focus === 'quotes' ? `What ${reply.name} said` : 'Said'}**`);
    parts.push(fitLines(quotes.map((q) => `${blockQuote(`“${truncate(q.text, 1200)}”`)}${cites(q.cites, 4, q.page)}`), 3000, '\n\n'));
  } else if (reply.focus === 'quotes') {
    parts.push('The briefings quote no words of theirs.');
  }
  const more = reply.focus === 'profile' ? moreAppearancesLine(reply.moreAppearances) : undefined;
  if (more) parts.push(`_${more}_`);
  if (reply.alsoMatches.length) parts.push(`_Also matches: ${reply.alsoMatches.map((s) => s.label).join(', ')}_`);
  const fields = reply.focus === 'profile' ? reply.appearances.map(appearanceField) : [];
  const mentioned = [...new Set(reply.appearances.flatMap((a) => a.cites))].sort(byPosition);
  const embed: APIEmbed = {
    title: reply.focus === 'quotes' ? `What ${reply.name} said` : reply.name,
    color: COLOR.actor,
    ...(parts.length ? { description: parts.join('\n\n') } : {}),
    ...(fields.length ? { fields } : {}),
    footer: { text: `From the briefings only${mentioned.length ? ` · mentioned in ${formatCites(mentioned, 12)}` : ''}` },
  };
  const first = reply.appearances[0];
  const buttons = [
    reply.focus === 'quotes' ? button('Profile', 'show', `who is ${reply.name}`) : button('Quotes', 'show', `what did ${reply.name} say`),
    first ? button('Briefing', 'show', first.slug) : undefined,
    ...reply.alsoMatches.slice(0, 2).map((s) => button(s.label, 'show', s.ask)),
  ];
  return { embeds: [embed], buttons, links: reply.appearances.slice(0, 1).map((a) => linkButton('Open briefing', a.page)) };
}
