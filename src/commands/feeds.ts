/**
 * `/brief feeds` · `/brief feeds add <url> [name] [every 30m]` · `/brief feeds remove <url|name>`:
 * the watched news feeds (adding and removing: channel admins). The handler is the feeds part's
 * (src/feeds/chat.ts).
 */
import { rule, unwrapLink } from '../answer/intent.ts';
import { feedsHandler, type FeedsIntent } from '../feeds/chat.ts';
import { defineCommand } from './command.ts';

export const feedsCommand = defineCommand<FeedsIntent>({
  name: 'feeds',
  kinds: ['feeds'],
  rules: [
    rule('feeds', /^feeds?(?:\s+list)?$/i, () => ({ kind: 'feeds', action: 'list' })),
    rule('feeds-add', /^feeds?\s+add(?:\s+(\S+))?(?:\s+(?!every\s)(.+?))?(?:\s+every\s+(.+))?$/i, ([url, name, every]) => ({
      kind: 'feeds',
      action: 'add',
      url: unwrapLink(url!),
      ...(name ? { name } : {}),
      ...(every ? { every } : {}),
    })),
    rule('feeds-remove', /^feeds?\s+(?:remove|delete|rm)(?:\s+(.+))?$/i, ([feed]) => ({ kind: 'feeds', action: 'remove', feed: unwrapLink(feed!) })),
  ],
  usage: [{ ask: '/brief feeds · /brief feeds add <url> [name] [every 30m] · /brief feeds remove <url|name>', does: 'the watched news feeds (adding and removing: channel admins)' }],
  handler: (services) => (services.feeds ? feedsHandler(services.feeds) : undefined),
});
