/**
 * A real `SlackChat` in HTTP mode on 127.0.0.1, talking to a fake Web API: what tests that send
 * signed requests need before their first `it`.
 */
import { SlackChat, type SlackChatOptions } from '../../src/chat/slack.ts';
import { MemoryOutbox } from '../../src/delivery/outbox.ts';
import { createLogger } from '../../src/log.ts';
import { FakeSlackApi } from './slack-api.ts';

export interface LoopbackSlack {
  chat: SlackChat;
  api: FakeSlackApi;
  /** `http://127.0.0.1:<port>`, where signed requests go. */
  base: string;
  stop(): Promise<void>;
}

/** Starts a fake Web API and a Slack adapter on loopback with `options` (a silent log and a memory outbox by default). */
export async function startLoopbackSlack(options: Pick<SlackChatOptions, 'signingSecret' | 'responder'> & Partial<SlackChatOptions>): Promise<LoopbackSlack> {
  const api = new FakeSlackApi();
  await api.start();
  const chat = new SlackChat({
    botToken: 'xoxb-1111-loopback-test',
    apiUrl: api.url,
    logger: createLogger({ level: 'silent' }),
    outbox: new MemoryOutbox(),
    listen: { port: 0, host: '127.0.0.1' },
    ...options,
  });
  await chat.start();
  return {
    chat,
    api,
    base: `http://127.0.0.1:${chat.address!.port}`,
    stop: async () => {
      await chat.stop();
      await api.stop();
    },
  };
}
