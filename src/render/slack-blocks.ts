/**
 * Block Kit building blocks for the Slack renderer: the payload types, Slack's size limits, and
 * the two text rules — escape whatever the bot did not write, and shorten without breaking
 * an entity or a link. Pure and platform-free apart from Slack's formats.
 */
import { formatCite, formatCites, truncate, type CiteLink } from './common.ts';

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
  buttonUrl: 3000,
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
/** A button that opens a web page (Slack still sends the press, which the adapter acknowledges). */
export interface LinkButton {
  type: 'button';
  action_id: string;
  text: PlainText;
  url: string;
}
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText; fields?: MrkdwnText[] }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'actions'; block_id?: string; elements: Array<Button | LinkButton> }
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

/** A mrkdwn text object, cut to `max` (verbatim: Slack must not turn names into links). */
export const mrkdwn = (text: string, max: number = SLACK_LIMITS.sectionText): MrkdwnText => ({ type: 'mrkdwn', text: truncateMrkdwn(text, max), verbatim: true });
/** A section of one mrkdwn text. */
export const section = (text: string): SlackBlock => ({ type: 'section', text: mrkdwn(text) });
/** A context block of up to ten small texts. */
export const context = (...texts: string[]): SlackBlock => ({
  type: 'context',
  elements: texts.slice(0, SLACK_LIMITS.contextElements).map((t) => mrkdwn(t, SLACK_LIMITS.contextText)),
});
/** A header block of plain text. */
export const header = (raw: string): SlackBlock => ({ type: 'header', text: { type: 'plain_text', text: fitEscaped(raw, SLACK_LIMITS.headerText), emoji: false } });
/** A plain http(s) address as Slack takes it inside `<…|…>`, or undefined. */
function slackUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s<>|]+$/i.test(url) ? url.replace(/&/g, '&amp;') : undefined;
}

const slackLink: CiteLink = (target, label) => `<${target}|${label}>`;

/** Citations, each a link to its sentence on `page` when there is one: `[¶1.1 ¶2.3]`. */
export function citeList(ids: readonly string[], max = 4, page?: string): string {
  const url = slackUrl(page);
  return formatCites(ids, max, url ? { url, link: slackLink } : undefined);
}

/** One citation, `¶4.1`, linked to its sentence on `page` when there is one. */
export function citeOne(id: string, page?: string): string {
  const url = slackUrl(page);
  return formatCite(id, url ? { url, link: slackLink } : undefined);
}

/** Citations as a trailing italic run: ` _[¶1.1 ¶2.3]_`, linked to `page` when given. */
export const cites = (ids: readonly string[], max = 4, page?: string): string => {
  const c = citeList(ids, max, page);
  return c ? ` _${c}_` : '';
};

/** A button opening `url`, or undefined when it is not a plain http(s) address within Slack's limit. */
export function linkButton(actionId: string, label: string, url: string): LinkButton | undefined {
  if (!/^https?:\/\/\S+$/i.test(url) || url.length > SLACK_LIMITS.buttonUrl) return undefined;
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: fitEscaped(label, SLACK_LIMITS.buttonText), emoji: false }, url };
}

/** A button, or undefined when its value would pass Slack's limit. */
export function button(actionId: string, label: string, value: string, primary = false): Button | undefined {
  if (value.length > SLACK_LIMITS.buttonValue) return undefined;
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: fitEscaped(label, SLACK_LIMITS.buttonText), emoji: false },
    value,
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

/**
 * Sections titled `title` holding `lines`, split so that no section passes the text limit.
 * Lines are already escaped mrkdwn.
 */
export function listSections(title: string | undefined, lines: string[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  const head = title ? `*${title}*` : '';
  let current = head;
  for (const raw of lines) {
    const line = truncateMrkdwn(raw, SLACK_LIMITS.sectionText - head.length - 1);
    const next = current ? `${current}\n${line}` : line;
    if (next.length > SLACK_LIMITS.sectionText) {
      blocks.push(section(current));
      current = line;
    } else current = next;
  }
  if (current) blocks.push(section(current));
  return blocks;
}

/** Sections of up to ten fields each. Fields are already escaped mrkdwn. */
export function fieldSections(title: string, fields: string[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < Math.max(fields.length, 1); i += SLACK_LIMITS.fields) {
    const chunk = fields.slice(i, i + SLACK_LIMITS.fields).map((f) => mrkdwn(f, SLACK_LIMITS.fieldText));
    blocks.push({ type: 'section', text: mrkdwn(i === 0 ? `*${title}*` : `*${title}* (continued)`), ...(chunk.length ? { fields: chunk } : {}) });
  }
  return blocks;
}

/** A `<url|label>` link when the URL is a plain http(s) address, else the escaped text. */
export function link(url: string | undefined, label: string): string {
  const target = slackUrl(url);
  return target ? `<${target}|${escapeSlack(label.replace(/[|]/g, '/'))}>` : escapeSlack(label);
}

/** A quotation as a mrkdwn block quote, with its attribution. */
export function quoteLines(text: string, attribution: string): string {
  const body = escapeSlack(`“${text}”`)
    .split('\n')
    .map((l) => `>${l}`)
    .join('\n');
  return `${body}\n>— ${attribution}`;
}
