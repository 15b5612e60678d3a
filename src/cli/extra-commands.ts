/**
 * Commands contributed by the parts beyond the core (platforms, feeds). Each entry names its
 * command and loads its module only when that command runs (or help lists every command), so
 * `brief ask` does not pay for discord.js or the feed parser. Adding a command is one entry here.
 */
import type { Command } from 'commander';
import type { CommandContext } from './context.ts';

export type RegisterCommand = (program: Command, ctx: CommandContext, setExit: (code: number) => void) => void;

export interface ExtraCommand {
  /** The command word, e.g. `feeds` for `brief feeds …`. */
  name: string;
  load(): Promise<RegisterCommand>;
}

export const EXTRA_COMMANDS: ExtraCommand[] = [
  { name: 'register-commands', load: async () => (await import('./register-commands.ts')).registerCommandsCommand },
  { name: 'feeds', load: async () => (await import('./feeds-command.ts')).registerFeedsCommand },
  { name: 'migrate-store', load: async () => (await import('./migrate-store-command.ts')).migrateStoreCommand },
];

/** The registrars needed for these arguments: the one command named, or all of them for help. */
export async function loadExtraCommands(argv: readonly string[]): Promise<RegisterCommand[]> {
  const word = argv.find((a) => !a.startsWith('-'));
  const wanted = EXTRA_COMMANDS.filter((c) => word === undefined || word === 'help' || c.name === word || !['start', 'ask', 'validate', 'extract', 'ingest', 'open'].includes(word));
  return Promise.all(wanted.map((c) => c.load()));
}
