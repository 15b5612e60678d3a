/**
 * `/brief review <topic>`: an editor asks to review a briefing (a draft from `brief ingest` or
 * auto-ingest, or any briefing to correct) and gets a signed review link by direct message — never
 * in the channel, where others could use it. The terminal is always an editor and gets the link
 * in place.
 */
import { topicNotFound } from '../answer/answer.ts';
import type { Incoming } from '../answer/incoming.ts';
import { rule } from '../answer/intent.ts';
import type { Library } from '../briefing/library.ts';
import type { Reply } from '../answer/reply.ts';
import { describeError } from '../errors.ts';
import { defineCommand } from './command.ts';
import { errorReply, notice } from './replies.ts';
import type { ReviewServices } from './review-services.ts';

export type { ReviewServices };

export type ReviewIntent = { kind: 'review'; topic: string };

function linkNotice(headline: string, url: string, hours: number): Reply {
  return notice(`Review “${headline}”`, [url, `Correct actors’ kinds and roles, quotes’ speakers, and open questions a development answered, then publish: the front matter is rewritten, the article never. The link works for ${hours} hours and only for you — do not share it.`]);
}

async function review(intent: ReviewIntent, incoming: Incoming, pages: ReviewServices, library: Library): Promise<Reply> {
  if (!intent.topic) return errorReply('bad_argument', 'Say which briefing to review: `/brief review <topic>`, e.g. the slug of a draft `brief ingest` wrote.');
  const briefing = await library.findBriefing(intent.topic);
  if (!briefing) return topicNotFound(library, intent.topic, 'review');
  const editor = `${incoming.platform}:${incoming.user}`;
  if (!pages.isEditor(editor)) {
    return errorReply('forbidden', `Only editors can review briefings. Ask the operator to add \`${editor}\` to \`pages.editors\` in config/local.yaml (or BRIEF_EDITORS).`);
  }
  const url = pages.reviewLink(briefing.slug, editor);
  if (!url) {
    return errorReply('forbidden', 'Review pages open only on the bot’s own machine until the operator sets BRIEF_LINK_SECRET (and BRIEF_PUBLIC_URL), so a link would not work for you. On that machine: `npx brief open --review <topic>`.');
  }
  const message = linkNotice(briefing.headline, url, pages.reviewHours);
  if (incoming.platform === 'terminal') return message;
  try {
    await pages.sendDirect(incoming.platform, incoming.user, message);
  } catch (error) {
    return errorReply('forbidden', `I could not send you a direct message (${describeError(error)}), and a review link must not be posted here. Allow direct messages from me (or open one with me) and ask again.`);
  }
  return notice('Review link sent', [`I sent you a link to review “${briefing.headline}” in a direct message. It works for ${pages.reviewHours} hours.`]);
}

export const reviewCommand = defineCommand<ReviewIntent>({
  name: 'review',
  kinds: ['review'],
  rules: [rule('review', /^review(?:\s+(.*))?$/i, ([topic]) => ({ kind: 'review', topic: topic ?? '' }))],
  usage: [{ ask: '/brief review <topic>', does: 'editors: a private link (by direct message) to correct a draft briefing and publish it' }],
  handler: (services) => {
    const pages = services.pages;
    return pages ? (intent, incoming) => review(intent, incoming, pages, services.library()) : undefined;
  },
});
