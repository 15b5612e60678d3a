/**
 * Free-question answers as one Discord embed: the question as its title, what the article says is
 * not known, each quoted sentence as a block quote with its citation (or "does not say" with what
 * the article says nearby), and a button for the story's card.
 */
import type { APIEmbed } from 'discord.js';
import type { AnswerReply, NoAnswerReply } from '../answer/reply.ts';
import { answerSource, nearbyLead, noAnswerLine, questionTitle, truncate, unknownLead } from './common.ts';
import { DISCORD_LIMITS, fitLines } from './discord-limits.ts';
import { blockQuote, button, citeOne, cites, COLOR, linkButton, type Built } from './discord-parts.ts';

/** The embed and buttons of an answer; with a page, citations are links to their sentences and "Open briefing" a link button. */
export function buildAnswer(reply: AnswerReply | NoAnswerReply): Built {
  const page = reply.page;
  const cite = (id: string) => (page ? citeOne(id, page) : `¶${id}`);
  const quoted = (list: ReadonlyArray<{ cite: string; text: string }>) => fitLines(list.map((s) => `${blockQuote(`“${truncate(s.text, 1200)}”`)} ${cite(s.cite)}`), 3600, '\n\n');
  const parts: string[] = [];
  if (reply.kind === 'answer') {
    const lead = unknownLead(reply);
    if (lead) parts.push(`**${lead}**${reply.sentences.some((s) => s.text === reply.unknown?.text) ? '' : cites(reply.unknown!.cites, 4, page)}`);
    parts.push(quoted(reply.sentences));
  } else {
    parts.push(noAnswerLine(reply), `_${nearbyLead(reply)}_`);
    if (reply.nearby.length) parts.push(quoted(reply.nearby));
  }
  const embed: APIEmbed = {
    title: truncate(questionTitle(reply), DISCORD_LIMITS.title),
    color: reply.kind === 'answer' ? COLOR.briefing : COLOR.notFound,
    description: parts.join('\n\n'),
    footer: { text: `${answerSource(reply)} · ${reply.ask} · quoted from the article` },
  };
  return { embeds: [embed], buttons: [button('The story', 'show', reply.briefing)], links: [linkButton('Open briefing', page)] };
}
