/**
 * What each conversation last talked about — the story and the people of the previous exchange —
 * so a follow-up in a thread or DM ("and what did she say?", "what about the US?") leans on it.
 * Kept in memory, bounded in size and age: it is a convenience of the chat, not a record, and a
 * restart simply starts every conversation afresh.
 */
import type { RecentExchange } from '../answer/ask.ts';
import type { Incoming } from '../answer/incoming.ts';
import type { Reply } from '../answer/reply.ts';
import type { Clock } from '../time/clock.ts';

export interface ConversationMemoryOptions {
  clock: Clock;
  /** How long an exchange is remembered. Default 2 hours. */
  ttlMs?: number;
  /** How many conversations are remembered at most (the oldest are forgotten first). Default 10,000. */
  maxConversations?: number;
}

/**
 * The key of a conversation: a thread is shared by everyone in it; outside threads each person's
 * exchanges are their own, so two people asking side by side in a channel do not mix stories.
 */
export function conversationKey(incoming: Incoming): string {
  const where = `${incoming.platform}:${incoming.workspace ?? ''}:${incoming.conversation}`;
  return incoming.thread ? `${where}:thread:${incoming.thread}` : `${where}:user:${incoming.user}`;
}

/** What a reply was about, as the next exchange can use it; undefined for replies about no story. */
export function exchangeOf(reply: Reply, question: string): RecentExchange | undefined {
  switch (reply.kind) {
    case 'answer':
    case 'no-answer':
      return { slug: reply.briefing, people: reply.people, question: reply.question };
    case 'briefing':
      return { slug: reply.briefing.slug, people: [], question };
    case 'actor': {
      const first = reply.appearances[0];
      return first ? { slug: first.slug, people: [reply.name], question } : undefined;
    }
    default:
      return undefined;
  }
}

/** The recent exchange of each conversation. */
export class ConversationMemory {
  private readonly entries = new Map<string, { exchange: RecentExchange; at: number }>();
  private readonly ttlMs: number;
  private readonly max: number;

  constructor(private readonly options: ConversationMemoryOptions) {
    this.ttlMs = options.ttlMs ?? 2 * 3600_000;
    this.max = options.maxConversations ?? 10_000;
  }

  /** The previous exchange of this conversation, while it is fresh. */
  recall(incoming: Incoming): RecentExchange | undefined {
    const key = conversationKey(incoming);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.options.clock.now().getTime() - entry.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.exchange;
  }

  /** Remembers what a reply was about; replies about no story leave the memory as it was. */
  remember(incoming: Incoming, reply: Reply): void {
    const exchange = exchangeOf(reply, incoming.text);
    if (!exchange) return;
    const key = conversationKey(incoming);
    // Re-inserting keeps the Map in recency order, so the first key is the oldest.
    this.entries.delete(key);
    this.entries.set(key, { exchange, at: this.options.clock.now().getTime() });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}
