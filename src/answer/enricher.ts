/**
 * A reply enricher: adds what other parts know to a reply after the command answered (e.g. feed
 * developments that may answer a briefing's open questions). Must not fail the answer: errors are
 * reported and the reply goes out as it was.
 */
import type { Incoming } from './incoming.ts';
import type { Reply } from './reply.ts';

export type ReplyEnricher = (reply: Reply, incoming: Incoming) => Promise<Reply>;
