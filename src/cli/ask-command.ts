/**
 * `brief ask "<text>" [--platform text|slack|discord] [--json]`: one answer, exactly as the bot
 * would give it, then exit 0 — "not found" is an answer too.
 */
import { makeIncoming } from '../answer/incoming.ts';
import type { Core } from '../app.ts';
import { RENDERERS, type RenderTarget } from '../render/index.ts';
import type { CliIO } from './io.ts';

export interface AskArgs {
  text: string;
  platform: RenderTarget;
  json: boolean;
}

export async function runAsk(args: AskArgs, core: Core, io: CliIO): Promise<number> {
  const render = RENDERERS[args.platform];
  if (!render) {
    io.stderr.write(`brief ask: the ${args.platform} renderer is not available in this build — use --platform text\n`);
    return 2;
  }
  await core.catalog.start();
  try {
    const platform = args.platform === 'text' ? 'terminal' : args.platform;
    const reply = await core.responder.respond(makeIncoming(args.text, { platform, conversation: 'cli', user: 'cli' }));
    const output = args.json && args.platform === 'text' ? reply : render(reply);
    io.stdout.write(typeof output === 'string' ? `${output}\n` : `${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } finally {
    await core.catalog.stop();
  }
}
