/**
 * The pieces every Discord embed is built from: Brief's button ids, colours, citations, block
 * quotes and safe links. Pure; shared by the reply renderer (discord.ts).
 */
import type { APIButtonComponentWithCustomId, APIButtonComponentWithURL, APIEmbed, ButtonStyle, ComponentType } from 'discord.js';
import type { BriefingPart, BriefingView, QuoteLine } from '../answer/reply.ts';
import { formatCite, formatCites, speakerLabel, truncate, type CiteLink } from './common.ts';
import { DISCORD_LIMITS } from './discord-limits.ts';

/** What a button does: show an answer in place of the message, or post it visibly. */
export type ButtonAction = 'show' | 'share';

const BUTTON_PREFIX = 'brief:';

/** A button's custom id carries the message that asks for its answer: `brief:show:<ask>`. */
export function buttonId(action: ButtonAction, ask: string): string | undefined {
  const id = `${BUTTON_PREFIX}${action}:${ask}`;
  return id.length <= DISCORD_LIMITS.customId ? id : undefined;
}

/** Reads a custom id made by `buttonId`; undefined for ids that are not Brief's. */
export function parseButtonId(id: string): { action: ButtonAction; ask: string } | undefined {
  const m = /^brief:(show|share):(.+)$/s.exec(id);
  return m ? { action: m[1] as ButtonAction, ask: m[2]! } : undefined;
}

/** Embed colours by kind of answer. */
export const COLOR = { briefing: 0x2f6f9f, actor: 0x4a7c59, notFound: 0xc98a14, help: 0x5865f2, notice: 0x5b6770, error: 0xc0392b } as const;

/** What a reply renders to before the limits are applied. */
export type Built = { embeds: APIEmbed[]; buttons: Array<APIButtonComponentWithCustomId | undefined>; content?: string; links?: Array<APIButtonComponentWithURL | undefined> };

/** A button, or undefined when its id would pass Discord's limit. */
export function button(label: string, action: ButtonAction, ask: string, style: ButtonStyle = 2 satisfies ButtonStyle.Secondary, disabled = false): APIButtonComponentWithCustomId | undefined {
  const custom_id = buttonId(action, ask);
  if (!custom_id) return undefined;
  return { type: 2 satisfies ComponentType.Button, style: style as ButtonStyle.Secondary, label: truncate(label, DISCORD_LIMITS.buttonLabel), custom_id, ...(disabled ? { disabled } : {}) };
}

/** Citations after a statement: ` [¶1.1 ¶2.3]`, each a masked link to its sentence when the briefing has a page. */
export function cites(ids: readonly string[], max = 4, page?: string): string {
  const url = safeUrl(page);
  const c = formatCites(ids, max, url ? { url, link: maskedLink } : undefined);
  return c ? ` ${c}` : '';
}

const maskedLink: CiteLink = (target, label) => `[${label}](${target})`;

/** One citation, `¶4.1`, as a masked link to its sentence when the briefing has a page, else as code. */
export function citeOne(id: string, page?: string): string {
  const url = safeUrl(page);
  return url ? formatCite(id, { url, link: maskedLink }) : `\`${formatCite(id)}\``;
}

/** A button that opens a web page (Discord opens it without telling the bot), or undefined for an unusable URL. */
export function linkButton(label: string, url: string | undefined): APIButtonComponentWithURL | undefined {
  const target = safeUrl(url);
  return target && target.length <= 512 ? { type: 2 satisfies ComponentType.Button, style: 5 satisfies ButtonStyle.Link, label: truncate(label, DISCORD_LIMITS.buttonLabel), url: target } : undefined;
}

/** A Discord block quote: every line starts with "> ". */
export function blockQuote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

/** A quotation as a block quote with its attribution, within `max` characters. */
export function quoteBlock(view: BriefingView | undefined, q: QuoteLine, max: number): string {
  const attribution = `— ${speakerLabel(view, q)}${cites(q.cites, 4, view?.page)}`;
  return `${blockQuote(`“${truncate(q.text, Math.max(max - attribution.length - 8, 40))}”`)}\n${attribution}`;
}

/** The URL when it is a plain http(s) address Discord accepts, else undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/\S+$/i.test(url) && url.length <= 2048 ? url : undefined;
}

/** How each part of a briefing is titled. */
export const PART_TITLES: Record<BriefingPart, string> = {
  card: 'Briefing',
  actors: 'Actors',
  questions: 'Open questions',
  quotes: 'Quotes',
  claims: 'Claims and their sourcing',
  sources: 'Sources',
  full: 'Full briefing',
};
