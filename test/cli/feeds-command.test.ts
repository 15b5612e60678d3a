import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { memoryIO } from '../../src/cli/io.ts';
import { rss, STORY_FILES } from '../helpers/feed-docs.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

let server: FeedServer;
let cwd: string;
beforeAll(async () => {
  server = await startFeedServer();
  cwd = mkdtempSync(join(tmpdir(), 'brief-feeds-cli-'));
  mkdirSync(join(cwd, 'briefings'));
  for (const [name, text] of Object.entries(STORY_FILES)) writeFileSync(join(cwd, 'briefings', name), text);
});
afterAll(() => server.close());

const io = () => memoryIO({ cwd, env: { DATABASE_URL: join(cwd, 'data', 'brief.db') } });

describe('brief feeds test', () => {
  it('prints each item with the briefings it would be posted under, or none', async () => {
    server.route('/wire.xml', {
      body: rss([
        { title: 'Okafor says Harbour Bridge repairs will take months', link: 'https://wire.test/1', description: 'Engineer Tomasz Brandt said the cracked span needs new bearings.' },
        { title: 'Storm warning for the northern coast', link: 'https://wire.test/2' },
      ]),
    });
    const out = io();
    expect(await main(['feeds', 'test', server.url('/wire.xml')], out)).toBe(0);
    expect(out.out()).toBe(
      [
        'Test wire — 2 items, utf-8',
        '• Okafor says Harbour Bridge repairs will take months',
        '    → harbour-bridge-closure — mentions Ines Okafor and Tomasz Brandt and shares “Harbour”, “Bridge”, “repairs”, “months” and “Engineer”; may answer: Who will pay for the repairs?',
        '• Storm warning for the northern coast',
        '    → matches no briefing',
        '',
      ].join('\n'),
    );
  });

  it('decodes a windows-1251 feed before parsing', async () => {
    server.route('/ru.xml', { body: iconv.encode(rss([{ title: 'Мост закрыт', link: 'http://ru.test/1' }], { encoding: 'windows-1251', title: 'Новости' }), 'windows-1251'), headers: { 'content-type': 'text/xml' } });
    const out = io();
    expect(await main(['feeds', 'test', server.url('/ru.xml')], out)).toBe(0);
    expect(out.out()).toContain('Новости — 1 item, windows-1251\n• Мост закрыт\n');
  });

  it('gives a one-line reason and exit 1 for a feed it cannot read', async () => {
    server.route('/page', { body: '<!DOCTYPE html><html><body>Welcome</body></html>', headers: { 'content-type': 'text/html' } });
    server.route('/broken.xml', { status: 500 });
    for (const [path, reason] of [
      ['/page', 'the address serves an HTML page, not a feed'],
      ['/broken.xml', 'HTTP 500 Internal Server Error'],
    ] as const) {
      const out = io();
      expect(await main(['feeds', 'test', server.url(path)], out)).toBe(1);
      expect(out.err()).toBe(`brief feeds test: ${server.url(path)}: ${reason}\n`);
      expect(out.out()).toBe('');
    }
  });
});

describe('brief feeds add, list and remove', () => {
  it('adds a feed recording its items without posting, lists its state, and removes it', async () => {
    server.route('/desk.xml', { body: rss([{ title: 'One', link: 'https://desk.test/1' }, { title: 'Two', link: 'https://desk.test/2' }], { title: 'City desk' }) });
    // The test server is on loopback: only the operator's --allow-private lets the bot fetch it there.
    const refused = io();
    expect(await main(['feeds', 'add', server.url('/desk.xml'), '--interval', '30m'], refused)).toBe(1);
    expect(refused.err()).toMatch(/^brief feeds add: 127\.0\.0\.1 is a local or private address.*`brief feeds add --allow-private`\)\. Nothing was added\.\n$/);
    expect(existsSync(join(cwd, 'config', 'feeds.yaml'))).toBe(false);
    const add = io();
    expect(await main(['feeds', 'add', server.url('/desk.xml'), '--interval', '30m', '--channel', 'slack:C0123', '--allow-private'], add)).toBe(0);
    expect(add.out()).toContain('Added “City desk”');
    expect(add.out()).toContain('Recorded its 2 current items without posting them');
    const file = readFileSync(join(cwd, 'config', 'feeds.yaml'), 'utf8');
    expect(file).toContain('# Feeds Brief watches');
    expect(file).toContain('interval: 30m');
    expect(file).toContain('allowPrivate: true');

    const list = io();
    expect(await main(['feeds', 'list'], list)).toBe(0);
    expect(list.out()).toContain(`City desk — ${server.url('/desk.xml')}\n    every 30 min, channels slack:C0123\n    ok; last success `);
    expect(list.out()).toMatch(/last error none; next poll \d{4}-\d\d-\d\d \d\d:\d\dZ; 2 items/);

    const again = io();
    expect(await main(['feeds', 'add', server.url('/desk.xml'), '--allow-private'], again)).toBe(1);
    expect(again.err()).toMatch(/feeds\[1\]\.url: the same as feeds\[0\]/);

    const remove = io();
    expect(await main(['feeds', 'remove', 'city desk'], remove)).toBe(0);
    expect(remove.out()).toContain('Removed “City desk”');
    const empty = io();
    await main(['feeds', 'list'], empty);
    expect(empty.out()).toContain('No feeds configured.');
  });
});
