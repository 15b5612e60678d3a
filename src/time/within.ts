/**
 * The one promise time limit: wait for work at most so long, and let it carry on if it is slower.
 * Used for Slack's ack budget, Discord's defer deadline and the shutdown grace period.
 */

/**
 * The value of `promise` when it settles within `ms`, else `undefined`; the promise keeps running
 * either way. A rejection within the limit is thrown.
 *
 * @example const quick = await settleWithin(pending, 2000); if (quick) await ack(quick); else await ack();
 */
export async function settleWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether `promise` settled (resolved or rejected) within `ms`. */
export async function finishedWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const settled = promise.then(
    () => true,
    () => true,
  );
  return (await settleWithin(settled, ms)) ?? false;
}
