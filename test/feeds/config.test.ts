import { describe, expect, it } from 'vitest';
import { parseFeedsConfig } from '../../src/feeds/config.ts';
import { ConfigError } from '../../src/errors.ts';

function problems(text: string): string[] {
  try {
    parseFeedsConfig(text, 'config/feeds.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('no problems found');
}

describe('config/feeds.yaml', () => {
  it('reads feeds with defaults filled in', () => {
    const feeds = parseFeedsConfig('defaults: { interval: 1h }\nfeeds:\n  - name: Wire\n    url: https://wire.test/rss\n    channels: [slack:C1, discord:22/33]\n  - name: Desk\n    url: http://desk.test/atom\n    interval: 20m\n    autoIngest: true\n', 'f.yaml');
    expect(feeds).toEqual([
      { name: 'Wire', url: 'https://wire.test/rss', intervalMinutes: 60, autoIngest: false, channels: [{ platform: 'slack', conversation: 'C1' }, { platform: 'discord', conversation: '22', thread: '33' }], allowPrivate: false },
      { name: 'Desk', url: 'http://desk.test/atom', intervalMinutes: 20, autoIngest: true, channels: [], allowPrivate: false },
    ]);
    expect(parseFeedsConfig('feeds: []\n', 'f.yaml')).toEqual([]);
    expect(parseFeedsConfig('', 'f.yaml')).toEqual([]);
  });

  it('reports each problem as file: key: what to do', () => {
    expect(
      problems('feeds:\n  - name: Wire\n    url: ftp://wire.test\n    interval: 2s\n  - url: https://x.test\n    channels: [irc:#news]\n    colour: red\n'),
    ).toEqual([
      'config/feeds.yaml: feeds[0].url: must be an http:// or https:// address',
      'config/feeds.yaml: feeds[0].interval: `2s` is not a duration — write it as `15m`, `2h` or `1d`',
      'config/feeds.yaml: feeds[1].name: every feed needs a `name` (text), e.g. `name: Regional wire`',
      'config/feeds.yaml: feeds[1].channels[0]: `irc:#news` is not a channel — write `<platform>:<channel id>` with platform one of terminal, slack, discord',
      'config/feeds.yaml: feeds[1]: unknown key `colour` — a feed takes name, url, interval, autoIngest, channels, allowPrivate',
    ]);
    expect(problems('feeds:\n  - url: https://x.test\n    channels: [irc:#news]\n')).toEqual([
      'config/feeds.yaml: feeds[0].name: every feed needs a `name` (text), e.g. `name: Regional wire`',
      'config/feeds.yaml: feeds[0].channels[0]: `irc:#news` is not a channel — write `<platform>:<channel id>` with platform one of terminal, slack, discord',
    ]);
    expect(problems('feeds:\n  - name: A\n    url: https://a.test\n    interval: 1m\n')).toEqual(['config/feeds.yaml: feeds[0].interval: `1m` is out of range — polls run every 5m to 24h (be polite to publishers)']);
  });

  it('refuses the same feed twice and broken YAML with its line', () => {
    expect(problems('feeds:\n  - { name: A, url: https://a.test/rss }\n  - { name: a, url: https://a.test/rss }\n')).toEqual([
      'config/feeds.yaml: feeds[1].url: the same as feeds[0] — each feed needs its own url',
      'config/feeds.yaml: feeds[1].name: the same as feeds[0] — each feed needs its own name',
    ]);
    expect(problems('feeds:\n  - name: A\n   url: x\n')[0]).toMatch(/^config\/feeds\.yaml:3: /);
  });
});
