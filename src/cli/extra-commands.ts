/**
 * Commands contributed by the parts beyond the core (extraction, platforms, feeds). Each entry
 * registers one command on the program; adding a command is one line here.
 */
import type { Command } from 'commander';
import type { CommandContext } from '../cli.ts';
import { registerCommandsCommand } from './register-commands.ts';
import { registerFeedsCommand } from '../feeds/cli.ts';

export type RegisterCommand = (program: Command, ctx: CommandContext, setExit: (code: number) => void) => void;

export const EXTRA_COMMANDS: RegisterCommand[] = [registerCommandsCommand, registerFeedsCommand];
