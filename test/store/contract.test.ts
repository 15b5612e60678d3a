/**
 * The store's contract, run against both engines: what the follow-ups and the feed watcher rely on
 * reads and behaves the same on SQLite and on Postgres — subscriptions, reminders, digests, the
 * delivery log's claims and idempotency, and the feeds' state and leases.
 */
import { describe, expect, it } from 'vitest';
import { openAnyStore, type BriefStore } from '../../src/store/index.ts';
import { engines } from '../helpers/postgres.ts';

const terminal = { platform: 'terminal' as const, conversation: 'terminal' };
const slack = { platform: 'slack' as const, conversation: 'C1', thread: '1700000000.000100' };
const never = () => Infinity;

function reminders(count: number, dueAt = 1000) {
  return Array.from({ length: count }, (_, i) => ({ target: terminal, slug: 's', kind: 'reminder' as const, note: `n${i}`, dueAt: dueAt + i, timeZone: 'UTC', createdBy: 'u', createdAt: 0 }));
}

async function withStore(open: () => Promise<BriefStore>, run: (store: BriefStore) => Promise<void>): Promise<void> {
  const store = await open();
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

describe.each(engines)('the store on $engine', ({ engine, open }) => {
  it('migrates by the same names on both engines', async () => {
    await withStore(open, async (store) => {
      expect(store.kind).toBe(engine);
      expect(store.applied).toEqual(['followups-001-core', 'followups-002-workspaces', 'feeds-001-core', 'feeds-002-leases', 'briefings-001-index', 'briefings-002-meta', 'briefings-003-identity-sources', 'briefings-004-change-log']);
    });
  });

  it('keeps two Slack workspaces apart, even on the same channel id, and pauses only the one that uninstalled', async () => {
    await withStore(open, async (store) => {
      const north = { platform: 'slack' as const, conversation: 'C7', team: 'TNORTH' };
      const south = { platform: 'slack' as const, conversation: 'C7', team: 'TSOUTH' };
      await store.installations.saveInstallation('TNORTH', '{"team":{"id":"TNORTH"}}', 1);
      await store.installations.saveInstallation('TSOUTH', '{"team":{"id":"TSOUTH"}}', 1);
      expect((await store.follow({ target: north, slug: 'a', createdBy: 'u', createdAt: 1 })).created).toBe(true);
      expect((await store.follow({ target: south, slug: 'a', createdBy: 'v', createdAt: 2 })).created).toBe(true);
      expect((await store.subscriptions(south)).map((s) => s.createdBy)).toEqual(['v']);
      expect(await store.subscriptions({ platform: 'slack', conversation: 'C7' })).toEqual([]);
      await store.setChannelTimeZone(north, 'Europe/Oslo', 1);
      expect(await store.channelTimeZone(south)).toBeUndefined();
      await store.addReminders([north, south].map((target) => ({ target, slug: 'a', kind: 'reminder' as const, dueAt: 100, timeZone: 'UTC', createdBy: 'u', createdAt: 0 })));
      for (const target of [north, south]) expect(await store.enqueuePost({ key: 'feed:1', target, reply: '{}', at: 50, now: 50 })).toBe(true);

      expect(await store.installations.removeInstallation('TNORTH', 60)).toBe(true);
      expect(await store.installations.removeInstallation('TNORTH', 61)).toBe(false);
      expect(await store.installations.findInstallation('TNORTH')).toBeUndefined();
      expect((await store.recordDueWork({ now: 200, graceMs: 0, nextRun: never })).remindersQueued).toBe(1);
      const claimed = await store.claimDeliveries({ now: 200, owner: 'a', leaseMs: 1000, limit: 10, platforms: ['slack'] });
      expect(claimed.map((d) => [d.target.team, d.itemKind]).sort()).toEqual([
        ['TSOUTH', 'post'],
        ['TSOUTH', 'reminder'],
      ]);

      // Installing again resumes the paused workspace: its reminder and post were kept.
      await store.installations.saveInstallation('TNORTH', '{"team":{"id":"TNORTH"}}', 300);
      expect((await store.recordDueWork({ now: 400, graceMs: 0, nextRun: never })).remindersQueued).toBe(1);
      const resumed = await store.claimDeliveries({ now: 400, owner: 'a', leaseMs: 1000, limit: 10, platforms: ['slack'] });
      expect(resumed.map((d) => [d.target.team, d.itemKind]).sort()).toEqual([
        ['TNORTH', 'post'],
        ['TNORTH', 'reminder'],
      ]);
    });
  });

  it('keeps subscriptions, channel time zones, reminders and digests', async () => {
    await withStore(open, async (store) => {
      expect((await store.follow({ target: slack, slug: 'a', createdBy: 'u', createdAt: 1 })).created).toBe(true);
      const again = await store.follow({ target: slack, slug: 'a', createdBy: 'v', createdAt: 2 });
      expect(again).toMatchObject({ created: false, subscription: { target: slack, slug: 'a', createdBy: 'u' } });
      await store.follow({ target: terminal, slug: 'a', createdBy: 'u', createdAt: 3 });
      expect((await store.followers('a')).map((s) => s.target.platform)).toEqual(['slack', 'terminal']);
      expect((await store.unfollow(slack, 'a'))?.slug).toBe('a');
      expect(await store.unfollow(slack, 'a')).toBeUndefined();

      await store.setChannelTimeZone(terminal, 'Europe/Madrid', 1);
      await store.setChannelTimeZone(terminal, 'Asia/Tokyo', 2);
      expect(await store.channelTimeZone(terminal)).toBe('Asia/Tokyo');

      const [r1, r2] = await store.addReminders([
        { ...reminders(1)[0]!, kind: 'checkin', questions: ['Who?'], after: '7d' },
        { ...reminders(1, 500)[0]!, kind: 'followup' },
      ]);
      expect(await store.reminder(r1!.id)).toEqual(r1);
      expect(r1).toMatchObject({ questions: ['Who?'], after: '7d', state: 'scheduled' });
      expect((await store.reminders(terminal)).map((r) => r.id)).toEqual([r2!.id, r1!.id]);
      expect(await store.cancelScheduledFor(terminal, 's', 10)).toBe(2);
      expect(await store.reminders(terminal, { states: ['scheduled'] })).toEqual([]);
      expect(await store.cancelReminder(r1!.id, 11)).toBe(false);

      const chat = await store.setDigest({ target: terminal, schedule: 'daily 8:00', cron: '0 8 * * *', timeZone: 'UTC', origin: 'chat', nextRunAt: 100, createdBy: 'u', createdAt: 1 });
      expect(chat).toMatchObject({ origin: 'chat', enabled: true, nextRunAt: 100 });
      const config = await store.setDigest({ target: terminal, schedule: 'daily 9:00', cron: '0 9 * * *', timeZone: 'UTC', origin: 'config', nextRunAt: 200, createdBy: 'config', createdAt: 2 });
      expect(config.cron).toBe('0 8 * * *');
      expect(await store.disableDigest(terminal, 'u', 3)).toBe(true);
      expect(await store.digest(terminal)).toBeUndefined();
    });
  });

  it('records due work once, claims each delivery for one owner, and finishes, retries and gives claims back', async () => {
    await withStore(open, async (store) => {
      const [first] = await store.addReminders(reminders(5));
      expect(await store.recordDueWork({ now: 5000, graceMs: 0, nextRun: never })).toEqual({ remindersQueued: 5, digestsQueued: 0, digestsSkipped: 0 });
      expect((await store.recordDueWork({ now: 5000, graceMs: 0, nextRun: never })).remindersQueued).toBe(0);
      expect((await store.reminder(first!.id))?.state).toBe('queued');

      const a = await store.claimDeliveries({ now: 5000, owner: 'a', leaseMs: 1000, limit: 2, platforms: ['terminal'] });
      expect(a.map((d) => d.scheduledAt)).toEqual([1000, 1001]);
      expect(a[0]).toMatchObject({ state: 'claimed', attempts: 1, lateMs: 4000, itemKind: 'reminder' });
      const b = await store.claimDeliveries({ now: 5000, owner: 'b', leaseMs: 1000, limit: 10, platforms: ['terminal'] });
      expect(b.map((d) => d.scheduledAt)).toEqual([1002, 1003, 1004]);
      expect(await store.claimDeliveries({ now: 5000, owner: 'c', leaseMs: 1000, limit: 10, platforms: ['slack'] })).toEqual([]);

      expect(await store.finishDelivery(a[0]!.id, 'b', { state: 'sent' }, 5001)).toBe(false);
      expect(await store.finishDelivery(a[0]!.id, 'a', { state: 'sent' }, 5001)).toBe(true);
      expect((await store.reminder(first!.id))?.state).toBe('sent');
      expect(await store.finishDelivery(a[1]!.id, 'a', { state: 'retry', reason: 'rate limited', at: 9000 }, 5001)).toBe(true);
      await store.releaseClaims('b', b.map((d) => d.id));
      // Released claims are free again; the retry waits for its time; an expired lease passes on.
      const c = await store.claimDeliveries({ now: 5002, owner: 'c', leaseMs: 1000, limit: 10, platforms: ['terminal'] });
      expect(c.map((d) => d.scheduledAt)).toEqual([1002, 1003, 1004]);
      expect(c[0]!.attempts).toBe(1);
      const d = await store.claimDeliveries({ now: 9000, owner: 'd', leaseMs: 1000, limit: 10, platforms: ['terminal'] });
      expect(d.map((x) => x.scheduledAt)).toEqual([1001, 1002, 1003, 1004]);
      expect(await store.finishDelivery(c[0]!.id, 'c', { state: 'sent' }, 9001)).toBe(false);
      expect(await store.finishDelivery(d[0]!.id, 'd', { state: 'failed', reason: 'gone' }, 9001)).toBe(true);
      expect(await store.deliveryOf('reminder', a[1]!.itemId!)).toMatchObject({ state: 'failed', reason: 'gone', attempts: 2 });
    });
  });

  it('takes over claims of an owner known to be gone before their lease ends', async () => {
    await withStore(open, async (store) => {
      await store.addReminders(reminders(2));
      await store.recordDueWork({ now: 5000, graceMs: 0, nextRun: never });
      await store.claimDeliveries({ now: 5000, owner: 'dead', leaseMs: 60_000, limit: 10, platforms: ['terminal'] });
      expect(await store.claimDeliveries({ now: 5001, owner: 'b', leaseMs: 60_000, limit: 10, platforms: ['terminal'] })).toEqual([]);
      const taken = await store.claimDeliveries({ now: 5001, owner: 'b', leaseMs: 60_000, limit: 10, platforms: ['terminal'], ownerGone: (o) => o === 'dead' });
      expect(taken).toHaveLength(2);
    });
  });

  it('queues a post once per key, walks missed digest runs, and reports failed posts and the last digest', async () => {
    await withStore(open, async (store) => {
      const post = { key: 'feed:1', target: slack, reply: '{"kind":"notice"}', at: 100, now: 100 };
      expect(await store.enqueuePost(post)).toBe(true);
      expect(await store.enqueuePost(post)).toBe(false);
      await store.setDigest({ target: terminal, schedule: 'hourly', cron: '0 * * * *', timeZone: 'UTC', origin: 'chat', nextRunAt: 1000, createdBy: 'u', createdAt: 0 });
      const hourly = (_: unknown, after: number) => (Math.floor(after / 1000) + 1) * 1000;
      expect(await store.recordDueWork({ now: 3500, graceMs: 1000, nextRun: hourly })).toEqual({ remindersQueued: 0, digestsQueued: 1, digestsSkipped: 2 });
      expect((await store.digest(terminal))?.nextRunAt).toBe(4000);
      const claimed = await store.claimDeliveries({ now: 3500, owner: 'a', leaseMs: 1000, limit: 10, platforms: ['terminal', 'slack'] });
      expect(claimed.map((d) => [d.itemKind, d.scheduledAt])).toEqual([['post', 100], ['digest', 3000]]);
      expect(claimed[0]!.target).toEqual(slack);
      await store.finishDelivery(claimed[0]!.id, 'a', { state: 'failed', reason: 'channel_not_found' }, 3600);
      await store.finishDelivery(claimed[1]!.id, 'a', { state: 'sent' }, 3600);
      expect((await store.failedPosts(slack, 5)).map((d) => d.reason)).toEqual(['channel_not_found']);
      expect(await store.lastDigestSentAt(terminal)).toBe(3000);
    });
  });

  it('keeps feed state, seen items and developments, and leases a feed to one owner at a time', async () => {
    await withStore(open, async (store) => {
      const feeds = store.feeds;
      const url = 'https://news.example/feed.xml';
      await feeds.saveFeed({ url, failures: 0, nextPollAt: new Date(1000).toISOString(), baselined: true, failureReported: false, etag: 'W/"1"' });
      expect(await feeds.getFeed(url)).toMatchObject({ etag: 'W/"1"', baselined: true });
      expect((await feeds.listFeeds()).map((f) => f.url)).toEqual([url]);
      await feeds.rememberKeys(url, ['a', 'b', 'a'], new Date(1000));
      await feeds.rememberKeys(url, ['c'], new Date(3000));
      expect([...(await feeds.seenKeys(url, ['a', 'c', 'z']))].sort()).toEqual(['a', 'c']);
      expect(await feeds.forgetKeysBefore(new Date(2000))).toBe(2);
      const development = { id: 'd1', slug: 'ferry-fire', at: new Date(5000).toISOString(), sources: [], title: 'Ferry fire update' };
      await feeds.saveDevelopment(development as never);
      expect((await feeds.developmentsFor('ferry-fire', new Date(0))).map((d) => d.id)).toEqual(['d1']);
      expect(await feeds.developmentsSince(new Date(6000))).toEqual([]);

      expect(await feeds.leaseFeed!(url, 'a', 1000, 500)).toBe(true);
      expect(await feeds.leaseFeed!(url, 'b', 1200, 500)).toBe(false);
      expect(await feeds.leaseFeed!(url, 'a', 1300, 500)).toBe(true);
      expect(await feeds.leaseFeed!(url, 'b', 1900, 500)).toBe(true);
      await feeds.releaseFeed!(url, 'a');
      expect(await feeds.leaseFeed!(url, 'a', 2000, 500)).toBe(false);
      await feeds.releaseFeed!(url, 'b');
      expect(await feeds.leaseFeed!(url, 'a', 2000, 500)).toBe(true);
      await feeds.removeFeed(url);
      expect(await feeds.getFeed(url)).toBeUndefined();
      expect(await feeds.seenKeys(url, ['c'])).toEqual(new Set());
    });
  });
});

describe.each(engines)('two store instances on one $engine database', ({ newUrl }) => {
  it('never claim the same delivery', async () => {
    const url = await newUrl();
    const a = await openAnyStore({ url });
    const b = await openAnyStore({ url });
    try {
      await a.addReminders(reminders(40));
      await a.recordDueWork({ now: 5000, graceMs: 0, nextRun: never });
      expect((await b.recordDueWork({ now: 5000, graceMs: 0, nextRun: never })).remindersQueued).toBe(0);
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, i) => [a, b].map((store, j) => store.claimDeliveries({ now: 5000, owner: `${i}-${j}`, leaseMs: 60_000, limit: 3, platforms: ['terminal'] }))).flat(),
      );
      const ids = claims.flat().map((d) => d.id);
      expect(ids).toHaveLength(40);
      expect(new Set(ids).size).toBe(40);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('replicas on Postgres wake each other', () => {
  it('a post queued by one instance wakes another listening on the same database (LISTEN/NOTIFY)', async () => {
    const url = await (engines.find((e) => e.engine === 'postgres')!.newUrl)();
    const listening = await openAnyStore({ url });
    const queuing = await openAnyStore({ url });
    try {
      let woken!: () => void;
      const wake = new Promise<void>((resolve) => (woken = resolve));
      const stop = await listening.onWork!(() => woken());
      expect(await queuing.enqueuePost({ key: 'feed:1', target: terminal, reply: '{}', at: 1, now: 1 })).toBe(true);
      await wake;
      stop();
    } finally {
      await listening.close();
      await queuing.close();
    }
  });
});
