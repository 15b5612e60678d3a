/**
 * The briefing pages, wired from settings: the link maker (`BRIEF_PUBLIC_URL`, `BRIEF_LINK_SECRET`,
 * `pages.linkTtl`), the routes served on the bot's port, and the services `/brief review` uses.
 */
import type { Platform } from '../answer/incoming.ts';
import type { Reply } from '../answer/reply.ts';
import type { Library } from '../briefing/library.ts';
import type { ReviewServices } from '../commands/review-services.ts';
import type { Settings } from '../config/env.ts';
import type { DeliveryChannel } from '../delivery/channel.ts';
import type { FeedStateStore } from '../feeds/state.ts';
import type { Logger } from '../log.ts';
import { isEditor } from '../pages/access.ts';
import { linksReach, type PageLinkPolicy } from '../pages/enricher.ts';
import { PageLinks } from '../pages/links.ts';
import { pageRoutes, type PageRoute } from '../pages/routes.ts';
import type { Clock } from '../time/clock.ts';

/** How far back the page looks for developments from the feeds. */
const DEVELOPMENTS_SINCE_MS = 365 * 86_400_000;

/** The link maker for these settings. */
export function pageLinksFor(settings: Settings, clock: Clock): PageLinks {
  return new PageLinks({
    baseUrl: settings.pages.publicUrl ?? `http://127.0.0.1:${settings.port ?? 3000}`,
    ...(settings.pages.linkSecret ? { secret: settings.pages.linkSecret } : {}),
    ttlMs: settings.pages.linkTtlMs,
    now: () => clock.now(),
  });
}

/** Everything the page part is given by the composition root. */
export interface PagesWiring {
  links: PageLinks;
  editors: readonly string[];
  policy: PageLinkPolicy;
}

/** What `/brief review` uses: editor checks, review links, and direct messages through the running platforms. */
export function reviewServices(pages: PagesWiring, channels: () => readonly DeliveryChannel[]): ReviewServices {
  return {
    isEditor: (editor) => isEditor(editor, pages.editors),
    reviewLink: (slug, editor) => {
      const platform = editor.split(':')[0] as Platform;
      return linksReach(pages.links, platform, pages.policy) ? pages.links.reviewUrl(slug, editor) : undefined;
    },
    reviewHours: Math.round(pages.links.reviewTtlMs / 3_600_000),
    sendDirect: async (platform: Platform, user: string, reply: Reply) => {
      const channel = channels().find((c) => c.platform === platform);
      if (!channel?.deliverDirect) throw new Error(`direct messages are not available on ${platform} here`);
      await channel.deliverDirect(user, reply);
    },
  };
}

/** The page routes for the running bot. */
export function briefingPageRoutes(input: {
  pages: PagesWiring;
  library: () => Library;
  feedState: Pick<FeedStateStore, 'developmentsFor'>;
  reload: () => Promise<void>;
  clock: Clock;
  logger: Logger;
}): PageRoute[] {
  const { pages, clock } = input;
  return pageRoutes({
    links: pages.links,
    editors: pages.editors,
    logger: input.logger.child({ component: 'pages' }),
    now: () => clock.now(),
    briefing: (slug) => input.library().briefing(slug),
    developments: (slug) => input.feedState.developmentsFor(slug, new Date(clock.now().getTime() - DEVELOPMENTS_SINCE_MS)),
    reload: input.reload,
  });
}
