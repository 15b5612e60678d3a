/**
 * Per-user and per-channel command limits over a sliding window. A flood gets one polite
 * "slow down"; further messages in the same window are refused quietly, and everyone else is
 * answered as usual.
 */

export interface RateLimitOptions {
  userMessages: number;
  channelMessages: number;
  windowSeconds: number;
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; scope: 'user' | 'channel'; first: boolean; retryAfterSeconds: number };

interface Window {
  hits: number[];
  warned: boolean;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly now: () => number;
  private lastPrune = 0;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Records one command from `user` in `channel` and says whether to answer it. */
  check(user: string, channel: string): RateDecision {
    const now = this.now();
    const windowMs = this.options.windowSeconds * 1000;
    this.prune(now, windowMs);
    const userWindow = this.window(`u:${user}`, now, windowMs);
    const channelWindow = this.window(`c:${channel}`, now, windowMs);
    const over = (w: Window, limit: number) => w.hits.length >= limit;
    const scope = over(userWindow, this.options.userMessages) ? 'user' : over(channelWindow, this.options.channelMessages) ? 'channel' : undefined;
    if (!scope) {
      userWindow.hits.push(now);
      channelWindow.hits.push(now);
      return { allowed: true };
    }
    const w = scope === 'user' ? userWindow : channelWindow;
    const first = !w.warned;
    w.warned = true;
    const retryAfterSeconds = Math.max(1, Math.ceil((w.hits[0]! + windowMs - now) / 1000));
    return { allowed: false, scope, first, retryAfterSeconds };
  }

  private window(key: string, now: number, windowMs: number): Window {
    let w = this.windows.get(key);
    if (!w) this.windows.set(key, (w = { hits: [], warned: false }));
    while (w.hits.length && w.hits[0]! <= now - windowMs) w.hits.shift();
    if (w.hits.length === 0) w.warned = false;
    return w;
  }

  /** Forgets idle keys now and then, so memory stays flat however many users there are. */
  private prune(now: number, windowMs: number): void {
    if (now - this.lastPrune < windowMs) return;
    this.lastPrune = now;
    for (const [key, w] of this.windows) if (!w.hits.length || w.hits[w.hits.length - 1]! <= now - windowMs) this.windows.delete(key);
  }
}
