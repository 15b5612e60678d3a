/**
 * `brief ask "<text>" [--platform text|slack|discord] [--json]`: one answer, exactly as the bot
 * would give it, then exit 0 — "not found" is an answer too. It builds the same core as
 * `brief start` (the one composition root) and starts the parts answering needs: the briefings
 * and the store, so follow-up commands and "may answer" developments read what the bot reads.
 * It answers in a conversation of its own (`cli`).
 */
import { answeringParts, buildHouse, withParts } from '../app/house.ts';
import { progressReporter } from '../app/index-progress.ts';
import { makeIncoming } from '../answer/incoming.ts';
import { RENDERERS, type RenderTarget } from '../render/index.ts';
import type { CommandContext } from './context.ts';

export interface AskArgs {
  text: string;
  platform: RenderTarget;
  json: boolean;
}

export async function runAsk(args: AskArgs, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const render = RENDERERS[args.platform];
  if (!render) {
    io.stderr.write(`brief ask: the ${args.platform} renderer is not available in this build — use --platform text\n`);
    return 2;
  }
  // A first index of a large folder shows its progress on standard error (a bar on a terminal).
  // With a bot watching the folder, its index is current: answer from it as the bot would.
  const progress = progressReporter({ stream: io.stderr });
  const house = buildHouse(ctx.settings(), ctx.logger('error'), { watch: false, trustWatcher: true, onProgress: progress.onProgress });
  return withParts(answeringParts(house), async () => {
    progress.end();
    const platform = args.platform === 'text' ? 'terminal' : args.platform;
    const reply = await house.responder.respond(makeIncoming(args.text, { platform, conversation: 'cli', user: 'cli' }));
    const output = args.json && args.platform === 'text' ? reply : render(reply);
    io.stdout.write(typeof output === 'string' ? `${output}\n` : `${JSON.stringify(output, null, 2)}\n`);
    return 0;
  });
}
