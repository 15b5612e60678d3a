/**
 * `brief open <topic> [--review]`: prints the link to a briefing's page — signed and expiring when
 * `BRIEF_LINK_SECRET` is set, else a local link that opens on this machine while the bot serves
 * pages (`brief start` with `PORT` set, or with a platform). `--review` prints a review link for the
 * person at the terminal, who is always an editor.
 */
import { answeringParts, buildHouse, withParts } from '../app/house.ts';
import { systemClock } from '../time/clock.ts';
import type { CommandContext } from './context.ts';

export interface OpenArgs {
  topic: string;
  review: boolean;
}

/** Runs `brief open`: exit 0 with the link on stdout, 1 when no briefing matches the topic. */
export async function runOpen(args: OpenArgs, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const settings = ctx.settings();
  // With a bot watching the folder, its index is current: look the topic up in it as the bot would.
  const house = buildHouse(settings, ctx.logger('error'), { watch: false, trustWatcher: true, clock: systemClock });
  // The store (which holds the briefing index) and the briefings; nothing here reaches the network.
  const parts = answeringParts(house).filter((part) => part.name === 'store' || part.name === 'briefings');
  return withParts(parts, async () => {
    const library = house.catalog.library();
    const briefing = await library.findBriefing(args.topic);
    if (!briefing) {
      const near = (await library.suggestBriefings(args.topic)).map((b) => b.ask);
      io.stderr.write(`brief open: “${args.topic}” is not in any briefing${near.length ? ` — closest: ${near.join(', ')}` : ''}\n`);
      return 1;
    }
    const links = house.pages.links;
    io.stdout.write(`${args.review ? links.reviewUrl(briefing.slug, 'terminal:local') : links.pageUrl(briefing.slug)}\n`);
    if (!links.signed) {
      const served = settings.port !== undefined || settings.slack || settings.discord;
      io.stderr.write(
        `brief open: a local link (no BRIEF_LINK_SECRET): it opens on this machine only${served ? '' : ', while `brief start` runs with PORT set'}\n`,
      );
    }
    return 0;
  });
}
