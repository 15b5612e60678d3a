/**
 * Text from articles, quotes and feeds is untrusted. Before any renderer draws a reply, the
 * characters that change how text around them looks are taken out: bidirectional controls
 * (U+202E can make "evil.example/gpj.exe" read as "evil.example/exe.jpg" and reorder a quote's
 * attribution) and terminal control codes (an ESC sequence in an article could clear the terminal
 * chat or recolour it). Line breaks and tabs stay. Discord's markdown has its own escaping
 * (discord-safe.ts); Slack's is in slack-blocks.ts.
 */
import type { Reply } from '../answer/reply.ts';

/** Bidirectional embeddings, overrides, isolates and marks, and C0/C1 control codes but tab and newline. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` without bidirectional and terminal control characters. */
export function withoutControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return withoutControls(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
  return value;
}

/** A copy of a reply with every string cleaned by `withoutControls`; what every renderer draws from. */
export function cleanReply<R extends Reply>(reply: R): R {
  return clean(reply) as R;
}
