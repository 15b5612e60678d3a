/**
 * What the follow-up commands (follow, remind, digest, timezone) need from the follow-ups part.
 */
import type { DeliveryTarget } from '../delivery/target.ts';
import type { FollowupStore } from '../store/types.ts';
import type { Clock } from '../time/clock.ts';
import type { DigestSection } from './digest.ts';

export interface FollowupServices {
  store: FollowupStore;
  clock: Clock;
  /** The zone for channels that set none ("UTC", "Europe/Madrid"). */
  defaultTimeZone: string;
  /** When a question's check-in comes if the briefing gives no `followUpAfter` (default "7d"). */
  defaultCheckinAfter?: string;
  /** Other parts' digest sections (feeds: new developments). */
  sections(): readonly DigestSection[];
}

/** The zone a channel reads times in: its own, else the default. */
export async function zoneOf(services: FollowupServices, target: DeliveryTarget): Promise<string> {
  return (await services.store.channelTimeZone(target)) ?? services.defaultTimeZone;
}
