/**
 * `brief register-commands [--guild ID]`: registers Brief's Discord application commands — in one
 * guild with `--guild` (applies at once; for development) or globally (for production). Idempotent:
 * it compares with what Discord holds and says per command whether it was created, updated or
 * unchanged. Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (DISCORD_API_URL optional).
 */
import type { Command } from 'commander';
import type { CommandContext } from './context.ts';
import { syncCommands, type CommandsRest } from '../chat/discord-commands.ts';
import { describeDiscordFailure, restBase } from '../chat/discord-rest.ts';

export interface RegisterArgs {
  guild?: string;
}

/** Runs the registration and returns the exit code: 0 done, 1 Discord refused, 2 missing settings. */
export async function runRegisterCommands(args: RegisterArgs, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const fail = (code: number, message: string) => {
    io.stderr.write(`brief register-commands: ${message}\n`);
    return code;
  };
  const discord = ctx.settings().discord;
  if (!discord) return fail(2, 'DISCORD_TOKEN is not set — set it to the bot token (Developer Portal → your application → Bot → Reset Token)');
  if (!discord.applicationId) return fail(2, 'DISCORD_APPLICATION_ID is not set — set it to the Application ID (Developer Portal → your application → General Information)');
  if (args.guild !== undefined && !/^\d{15,22}$/.test(args.guild)) return fail(2, `--guild \`${args.guild}\` is not a server id — copy it with Developer Mode on (right-click the server → Copy Server ID)`);

  // Loaded here so that other commands do not pay for discord.js.
  const { REST } = await import('discord.js');
  const rest = new REST({ ...restBase(discord.apiUrl), rejectOnRateLimit: (limit) => limit.retryAfter > 60_000 }).setToken(discord.token);
  const scope = args.guild ? `guild ${args.guild}` : 'global';
  try {
    const changes = await syncCommands(rest as unknown as CommandsRest, discord.applicationId, args.guild);
    for (const { name, change } of changes) io.stdout.write(`/${name}: ${change} (${scope})\n`);
    if (!args.guild && changes.some((c) => c.change !== 'unchanged')) io.stdout.write('Global commands can take up to an hour to appear in every server; use --guild ID while developing.\n');
    return 0;
  } catch (error) {
    return fail(1, `Discord refused the ${scope} registration: ${describeDiscordFailure(error)}`);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** The `register-commands` entry for EXTRA_COMMANDS. */
export function registerCommandsCommand(program: Command, ctx: CommandContext, setExit: (code: number) => void): void {
  program
    .command('register-commands')
    .description('register the Discord /brief command: in one server with --guild (instant, for development), else globally')
    .option('--guild <id>', 'the server (guild) id to register in')
    .action(async (opts: { guild?: string }) => {
      setExit(await runRegisterCommands({ ...(opts.guild !== undefined ? { guild: opts.guild } : {}) }, ctx));
    });
}
