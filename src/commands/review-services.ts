/**
 * The port `/brief review` uses, implemented by the composition root from the briefing pages and
 * the running platforms (src/app/pages.ts).
 */
import type { Platform } from '../answer/incoming.ts';
import type { Reply } from '../answer/reply.ts';

/** What `/brief review` needs from the briefing pages and the platforms. */
export interface ReviewServices {
  /** True when `platform:user` may review (the terminal always may). */
  isEditor(editor: string): boolean;
  /** A review link for the editor, or undefined when pages cannot reach them (no secret: this machine only). */
  reviewLink(slug: string, editor: string): string | undefined;
  /** How long a review link works, in hours. */
  reviewHours: number;
  /** Sends a reply to one person by direct message; throws when the platform refuses. */
  sendDirect(platform: Platform, user: string, reply: Reply): Promise<void>;
}
