/**
 * Slack in many workspaces, end to end: a real Bolt app in OAuth mode on 127.0.0.1, two workspaces
 * installed through `/slack/install` and `/slack/oauth_redirect` against a loopback fake of Slack's
 * `oauth.v2.access`, installations kept in a real SQLite store, follow-ups delivered through the
 * real scheduler — each workspace answered and delivered to with its own token, one workspace's
 * uninstall pausing only its deliveries, and the same channel id in both kept apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackChat } from '../../src/chat/slack.ts';
import type { DeliveryTarget } from '../../src/delivery/target.ts';
import { createLogger } from '../../src/log.ts';
import { libraryOf } from '../helpers/briefings.ts';
import { FakeClock } from '../helpers/clock.ts';
import { LogSink } from '../helpers/log-sink.ts';
import { FakeSlackApi } from '../helpers/slack-api.ts';
import { eventCallback, sendSigned, slashCommand } from '../helpers/slack-signer.ts';
import { makeFollowups, tempDbPath } from '../followup/fixtures.ts';

const SIGNING = 'oauth-test-signing-secret-51c7';
const CLIENT_SECRET = 'oauth-test-client-secret-9d04';
const STATE_SECRET = 'oauth-test-state-secret-3be8';
/** The workspaces the fake `oauth.v2.access` installs, by the code Slack would hand back. */
const WORKSPACES: Record<string, { team: string; token: string }> = {
  'code-north': { team: 'TNORTH', token: 'xoxb-north-0001-installed' },
  'code-south': { team: 'TSOUTH', token: 'xoxb-south-0002-installed' },
};
/** Both workspaces have a channel with this id (Slack Connect shares ids): they must stay apart. */
const CHANNEL = 'C100';

const SWAP = `---
slug: land-swap
aliases: [swap]
headline: Council approves land swap for the riverside depot
questions:
  - text: Will the depot's tenants be moved before the swap completes?
---
The council approved a land swap on Monday that hands the riverside depot to a housing trust.
`;

const api = new FakeSlackApi();
const sink = new LogSink();
const clock = new FakeClock('2026-03-02T09:00:00Z');
const library = await libraryOf({ 'briefings/land-swap.md': SWAP });
let chat: SlackChat | undefined;
let base: string;
const { followups, responder } = makeFollowups({ dbPath: tempDbPath(), library: () => library, channels: () => (chat ? [chat] : []), clock, timeZone: 'UTC' });

const send = (request: Parameters<typeof sendSigned>[1]) => sendSigned(base, request, { secret: SIGNING });

/** Until `check` holds (an event's handler runs after Bolt acks it); fails after two seconds. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not met within 2 s');
}

/** Installs Brief the way a browser does: the install page, then Slack's redirect back with a code and the signed state. */
async function install(code: string): Promise<{ status: number; text: string }> {
  const page = await fetch(`${base}/slack/install`);
  const html = await page.text();
  const state = /[?&;]state=([^&"']+)/.exec(html)?.[1];
  const cookie = page.headers.get('set-cookie')?.split(';')[0];
  if (!state || !cookie) throw new Error(`the install page gave no state or cookie: ${page.status} ${html.slice(0, 200)}`);
  const redirect = await fetch(`${base}/slack/oauth_redirect?code=${code}&state=${state}`, { headers: { cookie } });
  return { status: redirect.status, text: await redirect.text() };
}

/** Queues a post to every channel following the swap story and runs one scheduler tick. */
async function postToFollowers(key: string): Promise<DeliveryTarget[]> {
  const followers = await followups.store.followers('land-swap');
  for (const f of followers) await followups.post(f.target, { kind: 'notice', title: `Update ${key}`, lines: ['The trust signed.'] }, key);
  await followups.tick();
  return followers.map((f) => f.target);
}

/** The tokens posts with this title went out with. */
const tokensOfPosts = (title: string) =>
  api
    .callsTo('chat.postMessage')
    .filter((c) => String(c.args.text).includes(title))
    .map((c) => `${String(c.args.channel)} ${String(c.headers.authorization)}`)
    .sort();

beforeAll(async () => {
  await api.start();
  api.answer('oauth.v2.access', (args) => {
    const w = WORKSPACES[String(args.code)];
    if (!w) return { ok: false, error: 'invalid_code' };
    return { ok: true, app_id: 'A1', access_token: w.token, token_type: 'bot', scope: 'commands,chat:write', bot_user_id: 'UBOT', team: { id: w.team, name: w.team }, enterprise: null, is_enterprise_install: false, authed_user: { id: 'UADMIN' } };
  });
  chat = new SlackChat({
    signingSecret: SIGNING,
    oauth: { clientId: '111.222', clientSecret: CLIENT_SECRET, stateSecret: STATE_SECRET, installations: followups.store.installations },
    apiUrl: api.url,
    responder,
    logger: createLogger({ level: 'debug', destination: sink }),
    outbox: followups.outbox,
    listen: { port: 0, host: '127.0.0.1' },
    ackBudgetMs: 2000,
    retry: { retries: 0, factor: 1, minDelayMs: 1, maxDelayMs: 1 },
  });
  await followups.start();
  await chat.start();
  base = `http://127.0.0.1:${chat.address!.port}`;
});

afterAll(async () => {
  await chat?.stop();
  await followups.stop();
  await api.stop();
});

describe('Slack in many workspaces (OAuth)', () => {
  it('installs two workspaces through /slack/install and /slack/oauth_redirect, keeping each installation in the store', async () => {
    for (const code of Object.keys(WORKSPACES)) expect((await install(code)).status).toBe(200);
    const exchanges = api.callsTo('oauth.v2.access');
    expect(exchanges.map((c) => c.args.code)).toEqual(['code-north', 'code-south']);
    expect(exchanges.every((c) => c.args.client_id === '111.222')).toBe(true);
    const north = JSON.parse((await followups.store.installations.findInstallation('TNORTH'))!);
    expect(north).toMatchObject({ team: { id: 'TNORTH' }, bot: { token: 'xoxb-north-0001-installed', userId: 'UBOT' } });
    expect(JSON.parse((await followups.store.installations.findInstallation('TSOUTH'))!).bot.token).toBe('xoxb-south-0002-installed');
  });

  it('refuses a redirect whose state was not signed by this app, installing nothing', async () => {
    const before = api.callsTo('oauth.v2.access').length;
    const forged = await fetch(`${base}/slack/oauth_redirect?code=code-north&state=forged-state`);
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(api.callsTo('oauth.v2.access').length).toBe(before);
  });

  it('answers /brief swap from each workspace, and @Brief swap with that workspace’s own token', async () => {
    for (const team of ['TNORTH', 'TSOUTH']) {
      const response = await send(slashCommand('swap', { responseUrl: api.responseUrl(`slash-${team}`), team, channel: CHANNEL }));
      expect(response.status).toBe(200);
      expect(JSON.parse(response.text).text).toContain('Council approves land swap');
    }
    await send(eventCallback({ type: 'app_mention', channel: CHANNEL, user: 'U1', text: '<@UBOT> swap', ts: '1700000000.000100' }, 'TNORTH'));
    await send(eventCallback({ type: 'app_mention', channel: CHANNEL, user: 'U2', text: '<@UBOT> swap', ts: '1700000000.000200' }, 'TSOUTH'));
    const north = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === '1700000000.000100');
    const south = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === '1700000000.000200');
    expect(north.headers.authorization).toBe('Bearer xoxb-north-0001-installed');
    expect(south.headers.authorization).toBe('Bearer xoxb-south-0002-installed');
  });

  it('keeps the same channel id in two workspaces apart: each follows on its own, lists only its own, gets only its own posts', async () => {
    const north = await send(slashCommand('follow swap', { responseUrl: api.responseUrl('follow-north'), team: 'TNORTH', channel: CHANNEL }));
    const south = await send(slashCommand('follow swap', { responseUrl: api.responseUrl('follow-south'), team: 'TSOUTH', channel: CHANNEL }));
    // The second follow is new in its own workspace, not "already follows" from the other one.
    expect(JSON.parse(north.text).text).toContain('Following “Council approves land swap');
    expect(JSON.parse(south.text).text).toContain('Following “Council approves land swap');
    const followers = await followups.store.followers('land-swap');
    expect(followers.map((f) => f.target).sort((a, b) => a.team!.localeCompare(b.team!))).toEqual([
      { platform: 'slack', conversation: CHANNEL, team: 'TNORTH' },
      { platform: 'slack', conversation: CHANNEL, team: 'TSOUTH' },
    ]);
    expect(await followups.store.reminders({ platform: 'slack', conversation: CHANNEL, team: 'TSOUTH' })).toHaveLength(1);
    expect(await followups.store.reminders({ platform: 'slack', conversation: CHANNEL })).toHaveLength(0);

    await postToFollowers('one');
    expect(tokensOfPosts('Update one')).toEqual([`${CHANNEL} Bearer xoxb-north-0001-installed`, `${CHANNEL} Bearer xoxb-south-0002-installed`]);
  });

  it('an uninstall (app_uninstalled) removes that workspace’s installation and pauses its deliveries only; a reinstall sends what waited', async () => {
    const response = await send(eventCallback({ type: 'app_uninstalled' }, 'TNORTH'));
    expect(response.status).toBe(200);
    await until(async () => (await followups.store.installations.findInstallation('TNORTH')) === undefined);
    expect(await followups.store.installations.findInstallation('TSOUTH')).toBeDefined();

    await postToFollowers('two');
    expect(tokensOfPosts('Update two')).toEqual([`${CHANNEL} Bearer xoxb-south-0002-installed`]);
    // North's post waits in the delivery log, and its check-in is still scheduled, not lost.
    const waiting = followups.store.db.prepare(`SELECT team, state FROM deliveries WHERE key LIKE '%post:two%' ORDER BY team`).all();
    expect(waiting).toEqual([
      { team: 'TNORTH', state: 'pending' },
      { team: 'TSOUTH', state: 'sent' },
    ]);
    expect(await followups.store.reminders({ platform: 'slack', conversation: CHANNEL, team: 'TNORTH' }, { states: ['scheduled'] })).toHaveLength(1);

    // North's check-in comes due while it is uninstalled: nothing is sent; South's goes out.
    clock.advance('8d');
    await followups.tick();
    const checkins = api.callsTo('chat.postMessage').filter((c) => !String(c.args.text).includes('Update') && !c.args.thread_ts);
    expect(checkins.map((c) => c.headers.authorization)).toEqual(['Bearer xoxb-south-0002-installed']);

    expect((await install('code-north')).status).toBe(200);
    await followups.tick();
    expect(tokensOfPosts('Update two')).toEqual([`${CHANNEL} Bearer xoxb-north-0001-installed`, `${CHANNEL} Bearer xoxb-south-0002-installed`]);
  });

  it('a revoked bot token (tokens_revoked) uninstalls too; a revoked user token changes nothing', async () => {
    await send(eventCallback({ type: 'tokens_revoked', tokens: { oauth: ['UADMIN'] } }, 'TSOUTH'));
    await send(eventCallback({ type: 'tokens_revoked', tokens: { bot: ['UBOT'] } }, 'TNORTH'));
    await until(async () => (await followups.store.installations.findInstallation('TNORTH')) === undefined);
    expect(await followups.store.installations.findInstallation('TSOUTH')).toBeDefined();
  });

  it('refuses, with the fix, a delivery to a channel that names no workspace or a workspace without an installation', async () => {
    const reply = { kind: 'notice' as const, title: 'Nowhere', lines: [] };
    await expect(chat!.deliver({ platform: 'slack', conversation: 'C9' }, reply)).rejects.toThrow(/names no workspace: .*`slack:C…@T…`/);
    await expect(chat!.deliver({ platform: 'slack', conversation: 'C9', team: 'TNEVER' }, reply)).rejects.toThrow(/TNEVER has no installation of Brief .* \/slack\/install/);
    expect(api.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C9')).toEqual([]);
  });

  it('never writes the client secret, the state secret or a workspace token to the log', () => {
    const log = sink.lines.join('');
    expect(log).toContain('slack workspace uninstalled');
    for (const secret of [CLIENT_SECRET, STATE_SECRET, SIGNING, 'xoxb-north-0001-installed', 'xoxb-south-0002-installed']) expect(log).not.toContain(secret);
  });
});
