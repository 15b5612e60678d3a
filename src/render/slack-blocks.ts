/**
 * Block Kit building blocks for the Slack renderer: the payload types, Slack's size limits, and
 * the two text rules — escape whatever the bot did not write, and shorten without breaking
 * an entity or a link. Pure and platform-free apart from Slack's formats.
 */
import { truncate } from './common.ts';

/** Block Kit limits this renderer stays inside. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  /** The top-level `text`; Slack allows far more, but a fallback longer than this helps nobody. */
  fallbackText: 3000,
} as const;

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  /** True: Slack does not auto-link URLs, channel names or mentions in this text. */
  verbatim: boolean;
}
export interface Button {
  type: 'button';
  action_id: string;
  text: PlainText;
  value: string;
  style?: 'primary';
}
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText; fields?: MrkdwnText[] }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'actions'; block_id?: string; elements: Button[] }
  | { type: 'divider' };

/** What chat.postMessage, response_url and chat.update are sent. */
export interface SlackMessage {
  /** Plain fallback for notifications and screen readers (mrkdwn, escaped). */
  text: string;
  blocks: SlackBlock[];
}

/**
 * Escapes text that did not come from this renderer, so it displays as written and never becomes
 * a mention, a channel ping or a link.
 *
 * @example escapeSlack('<!channel> @here') → '&lt;!channel&gt; @\u200Bhere'
 */
export function escapeSlack(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=(?:everyone|here|channel)\b)/gi, '@\u200B');
}

/** Escapes `raw` and shortens it (before escaping, so no entity is cut) to at most `max` characters. */
export function fitEscaped(raw: string, max: number): string {
  let budget = max;
  let out = escapeSlack(truncate(raw, budget));
  while (out.length > max && budget > 1) {
    budget = Math.max(1, Math.min(budget - 1, Math.floor((budget * max) / out.length)));
    out = escapeSlack(truncate(raw, budget));
  }
  return out.length > max ? '…' : out;
}

/** Shortens mrkdwn that is already escaped, without leaving half an entity or half a `<link|…>`. */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text
    .slice(0, Math.max(0, max - 1))
    .replace(/&[a-z]{0,4}$/i, '')
    .replace(/<[^>]*$/, '');
  return `${cut}…`;
}
