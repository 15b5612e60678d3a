/**
 * The `brief` command line (contract in DESIGN.md): start, ask, validate, extract, ingest, and the
 * platform and feed commands as those parts land. `main` returns an exit code and never exits the
 * process itself, so tests run it in process with injected streams.
 */
import { Command, CommanderError, Option } from 'commander';
import { SettingsError } from './config/env.ts';
import { ConfigError, describeError, StoreError } from './errors.ts';
import { makeContext, type CommandContext } from './cli/context.ts';
import { processIO, type CliIO } from './cli/io.ts';
import { runAsk } from './cli/ask-command.ts';
import { runValidate } from './cli/validate-command.ts';
import { loadExtraCommands, type RegisterCommand } from './cli/extra-commands.ts';

/** Builds the commander program; `setExit` records each action's exit code. */
// Long on purpose: one declarative block per command, read top to bottom like `brief --help`.
export function buildProgram(ctx: CommandContext, setExit: (code: number) => void, extra: readonly RegisterCommand[] = []): Command {
  const { io } = ctx;
  const program = new Command('brief')
    .description('Brief — developing news stories as briefings, answered in Slack, Discord and the terminal.')
    .showHelpAfterError('(run `brief --help` for the commands)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command('start')
    .description('run the bot: every platform whose credentials are set; with none, the terminal chat')
    .action(async () => {
      const settings = ctx.settings();
      const platforms = Boolean(settings.slack || settings.discord);
      const level = settings.logLevelExplicit ? settings.logLevel : platforms ? 'info' : 'warn';
      const format = settings.logFormat === 'auto' ? (!platforms && io.stderr.isTTY ? 'pretty' : 'json') : settings.logFormat;
      // Loaded here, not at the top: `brief ask` must not pay for the bot's adapters and servers.
      const { runBot } = await import('./app/run-bot.ts');
      setExit(await runBot(settings, io, ctx.logger(level, format)));
    });

  program
    .command('ask')
    .description('answer one message exactly as the bot would, then exit')
    .argument('<text...>', 'the message, e.g. "/brief swap" or "who is Ana María Guzmán"')
    .addOption(new Option('--platform <platform>', 'render for this platform').choices(['text', 'slack', 'discord']).default('text'))
    .option('--json', 'print the reply as JSON')
    .action(async (words: string[], opts: { platform: 'text' | 'slack' | 'discord'; json?: boolean }) => {
      setExit(await runAsk({ text: words.join(' '), platform: opts.platform, json: Boolean(opts.json) }, ctx));
    });

  program
    .command('validate')
    .description('check briefings (and configuration); exits non-zero with path:line: messages')
    .argument('[dir]', 'the briefings folder (default: BRIEFINGS_DIR or ./briefings)')
    .action(async (dir: string | undefined) => {
      setExit(await runValidate({ dir }, ctx));
    });

  program
    .command('extract')
    .description('extract actors, roles, quotes and open questions from one article (title on the first line)')
    .argument('<file>', 'a text file, or - for standard input')
    .option('--json', 'print {"actors","quotes","questions"} as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { runExtract } = await import('./cli/extract-command.ts');
      setExit(await runExtract({ file, json: Boolean(opts.json) }, io));
    });

  program
    .command('ingest')
    .description('write a draft briefing document from an article file, URL or standard input')
    .argument('<source>', 'a text or HTML file, an http(s) URL, or - for standard input')
    .option('--slug <slug>', 'the briefing slug (default: from the headline)')
    .action(async (source: string, opts: { slug?: string }) => {
      const { runIngest } = await import('./cli/ingest-command.ts');
      const dir = ctx.settings().briefingsDir;
      setExit(await runIngest({ source, dir, ...(opts.slug ? { slug: opts.slug } : {}) }, io));
    });

  program
    .command('open')
    .description("print a link to a briefing's page (signed when BRIEF_LINK_SECRET is set)")
    .argument('<topic...>', 'the briefing: a slug, an alias or words of its headline')
    .option('--review', 'a link to the page in review mode, to correct and publish a draft')
    .action(async (words: string[], opts: { review?: boolean }) => {
      const { runOpen } = await import('./cli/open-command.ts');
      setExit(await runOpen({ topic: words.join(' '), review: Boolean(opts.review) }, ctx));
    });

  for (const register of extra) register(program, ctx, setExit);
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exit = 0;
  const ctx = makeContext(io);
  try {
    const program = buildProgram(ctx, (code) => (exit = code), await loadExtraCommands(argv));
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof SettingsError || error instanceof ConfigError || error instanceof StoreError) {
      // Configuration the operator must fix: one clear message, exit 2 like any usage error.
      io.stderr.write(`brief: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`brief: ${describeError(error)}\n`);
    return 1;
  }
}
