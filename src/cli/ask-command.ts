/**
 * `brief ask "<text>" [--platform text|slack|discord] [--json]`: one answer, exactly as the bot
 * would give it, then exit 0 — "not found" is an answer too. Follow-up commands (follow, remind,
 * reminders…) open the store as the bot does, in a conversation of their own (`cli`).
 */
import { isReadIntent } from '../answer/answer.ts';
import { makeIncoming } from '../answer/incoming.ts';
import { parseIntent } from '../answer/intent.ts';
import type { Core } from '../app.ts';
import type { Settings } from '../config/env.ts';
import type { Logger } from '../log.ts';
import { RENDERERS, type RenderTarget } from '../render/index.ts';
import type { CliIO } from './io.ts';

export interface AskArgs {
  text: string;
  platform: RenderTarget;
  json: boolean;
}

export async function runAsk(args: AskArgs, core: Core, io: CliIO, context: { settings: Settings; logger: Logger }): Promise<number> {
  const render = RENDERERS[args.platform];
  if (!render) {
    io.stderr.write(`brief ask: the ${args.platform} renderer is not available in this build — use --platform text\n`);
    return 2;
  }
  await core.catalog.start();
  const stateful = !isReadIntent(parseIntent(args.text));
  const followups = stateful
    ? (await import('../followup/index.ts')).startFollowups({ settings: context.settings, catalog: core.catalog, responder: core.responder, adapters: [], logger: context.logger })
    : undefined;
  if (followups) core.responder.use((await import('../feeds/index.ts')).feedHandlersFor(context.settings, followups.store.db, context.logger));
  try {
    const platform = args.platform === 'text' ? 'terminal' : args.platform;
    const reply = await core.responder.respond(makeIncoming(args.text, { platform, conversation: 'cli', user: 'cli' }));
    const output = args.json && args.platform === 'text' ? reply : render(reply);
    io.stdout.write(typeof output === 'string' ? `${output}\n` : `${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } finally {
    await followups?.store.close();
    await core.catalog.stop();
  }
}
