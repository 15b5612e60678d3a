/**
 * Discord's message limits, and the one function that brings a rendered message inside them.
 * Rendering never fails because an article is long: text is shortened with "…", extra fields and
 * embeds are folded into an "…and N more" note, and the whole stays under the 6,000 characters
 * Discord allows across a message's embeds.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { truncate } from './common.ts';

/** The limits Discord documents for a message and its embeds. */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Title, description, field names and values, footer and author of every embed together. */
  total: 6000,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** A citation link Brief made: `[¶4.1](https://…)`. */
const CITE_LINK = /\[(¶\d+\.\d+)\]\(https?:\/\/[^\s)]+\)/g;

/**
 * Shortens Discord markdown to `max` characters without cutting a link in half: when it must be
 * shortened, citation links give way to their plain labels first (`¶4.1`), then the text is cut.
 */
export function fitMarkdown(text: string, max: number): string {
  if (text.length <= max) return text;
  return truncate(text.replace(CITE_LINK, '$1'), max);
}

/** The characters of an embed that count towards Discord's 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Joins lines up to `max` characters; lines that do not fit become "…and N more".
 * A first line longer than the budget is itself shortened, so something is always shown.
 */
export function fitLines(lines: readonly string[], max: number, separator = '\n'): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const more = lines.length - i - 1;
    const tail = more > 0 ? `${separator}…and ${more} more`.length : 0;
    const cost = (out.length ? separator.length : 0) + line.length;
    if (used + cost + tail <= max) {
      out.push(line);
      used += cost;
      continue;
    }
    const rest = lines.length - i;
    const note = `…and ${rest} more`;
    if (out.length === 0) return fitMarkdown(line, max);
    if (used + separator.length + note.length <= max) out.push(note);
    break;
  }
  return out.join(separator);
}

function clampField(field: APIEmbedField): APIEmbedField {
  return {
    ...field,
    name: truncate(field.name.trim() || '—', DISCORD_LIMITS.fieldName),
    value: fitMarkdown(field.value.trim() || '—', DISCORD_LIMITS.fieldValue),
  };
}

/** Each piece of one embed within its own limit; more than 25 fields end in an "…and N more" field. */
function clampEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, DISCORD_LIMITS.title);
  if (out.description !== undefined) {
    out.description = fitMarkdown(out.description, DISCORD_LIMITS.description);
    if (!out.description) delete out.description;
  }
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, DISCORD_LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, DISCORD_LIMITS.author) };
  if (out.fields) {
    let fields = out.fields.map(clampField);
    if (fields.length > DISCORD_LIMITS.fields) {
      const hidden = fields.length - (DISCORD_LIMITS.fields - 1);
      fields = [...fields.slice(0, DISCORD_LIMITS.fields - 1), { name: '…', value: `…and ${hidden} more` }];
    }
    out.fields = fields;
  }
  return out;
}

type Piece = { embed: APIEmbed; kind: 'description' } | { embed: APIEmbed; kind: 'footer' } | { embed: APIEmbed; kind: 'field'; index: number };

function pieceLength(p: Piece): number {
  if (p.kind === 'description') return p.embed.description?.length ?? 0;
  if (p.kind === 'footer') return p.embed.footer?.text.length ?? 0;
  return p.embed.fields![p.index]!.value.length;
}

function shortenPiece(p: Piece, length: number): void {
  if (p.kind === 'description') p.embed.description = fitMarkdown(p.embed.description!, length);
  else if (p.kind === 'footer') p.embed.footer = { ...p.embed.footer!, text: truncate(p.embed.footer!.text, length) };
  else p.embed.fields![p.index] = { ...p.embed.fields![p.index]!, value: fitMarkdown(p.embed.fields![p.index]!.value, length) };
}

/** The smallest a piece is shortened to before whole fields or embeds are dropped instead. */
const MIN_PIECE = 80;

/**
 * Brings embeds within every limit: each piece, at most 10 embeds, and 6,000 characters in all,
 * shortening the longest text first.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const out = embeds.slice(0, DISCORD_LIMITS.embeds).map(clampEmbed);
  const total = () => out.reduce((n, e) => n + embedLength(e), 0);
  for (let excess = total() - DISCORD_LIMITS.total; excess > 0; excess = total() - DISCORD_LIMITS.total) {
    const pieces: Piece[] = out.flatMap((embed): Piece[] => [
      ...(embed.description ? [{ embed, kind: 'description' as const }] : []),
      ...(embed.footer ? [{ embed, kind: 'footer' as const }] : []),
      ...(embed.fields ?? []).map((_, index) => ({ embed, kind: 'field' as const, index })),
    ]);
    const longest = pieces.sort((a, b) => pieceLength(b) - pieceLength(a))[0];
    if (longest && pieceLength(longest) > MIN_PIECE) {
      shortenPiece(longest, Math.max(pieceLength(longest) - excess, MIN_PIECE));
      continue;
    }
    // Everything is already short: drop the last field, or else the last embed.
    const withFields = [...out].reverse().find((e) => e.fields && e.fields.length > 0);
    if (withFields) withFields.fields!.pop();
    else if (out.length > 1) out.pop();
    else {
      out[0] = { ...out[0], title: truncate(out[0]!.title ?? '', MIN_PIECE) };
      delete out[0]!.description;
      delete out[0]!.footer;
    }
  }
  return out;
}

/** Message content within 2,000 characters. */
export function fitContent(content: string): string {
  return truncate(content, DISCORD_LIMITS.content);
}
