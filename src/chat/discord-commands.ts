/**
 * Brief's Discord application commands (contract: `/brief` with one required, autocompleted string
 * option `query`), and their idempotent registration: compare with what Discord holds, then create
 * or update only what differs.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** `/brief query:<text>` — the same grammar as everywhere else. */
export const BRIEF_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'brief',
  description: 'Ask about a developing story: a briefing, one part of it, or who someone is',
  options: [
    {
      type: 3, // String
      name: 'query',
      description: 'e.g. "swap", "swap actors", "who <name>", "help"',
      required: true,
      autocomplete: true,
    },
  ],
};

/** Every command Brief registers. */
export const COMMANDS: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[] = [BRIEF_COMMAND];

/** What registration did to one command. */
export interface CommandChange {
  name: string;
  change: 'created' | 'updated' | 'unchanged';
}

/** The part of `@discordjs/rest`'s REST client that registration uses. */
export interface CommandsRest {
  get(route: `/${string}`): Promise<unknown>;
  post(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
  patch(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

interface RegisteredCommand {
  id: string;
  name: string;
  type?: number;
  [key: string]: unknown;
}

interface OptionShape {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: unknown[];
  options?: OptionShape[];
  min_length?: number;
  max_length?: number;
}

/** The fields we define, with Discord's defaults filled in, so a fetched command compares equal. */
function comparable(command: Record<string, unknown>, keys: readonly string[]): string {
  const option = (o: OptionShape): unknown => ({
    type: o.type,
    name: o.name,
    description: o.description,
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    choices: o.choices ?? [],
    options: (o.options ?? []).map(option),
    min_length: o.min_length ?? null,
    max_length: o.max_length ?? null,
  });
  const out: Record<string, unknown> = { type: command.type ?? 1 };
  for (const key of [...keys].sort()) {
    if (key === 'options') out.options = ((command.options as OptionShape[] | undefined) ?? []).map(option);
    else if (key !== 'type') out[key] = command[key] ?? null;
  }
  return JSON.stringify(out);
}

/** The route of an application's commands: one guild's (development) or global. */
export function commandsRoute(applicationId: string, guildId?: string): `/${string}` {
  return guildId ? `/applications/${applicationId}/guilds/${guildId}/commands` : `/applications/${applicationId}/commands`;
}

/**
 * Makes the registered commands match `commands`, touching only what differs. Commands registered
 * under other names are left alone.
 */
export async function syncCommands(
  rest: CommandsRest,
  applicationId: string,
  guildId?: string,
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[] = COMMANDS,
): Promise<CommandChange[]> {
  const route = commandsRoute(applicationId, guildId);
  const registered = ((await rest.get(route)) as RegisteredCommand[]) ?? [];
  const changes: CommandChange[] = [];
  for (const wanted of commands) {
    const existing = registered.find((c) => c.name === wanted.name && (c.type ?? 1) === (wanted.type ?? 1));
    const keys = Object.keys(wanted);
    if (!existing) {
      await rest.post(route, { body: wanted });
      changes.push({ name: wanted.name, change: 'created' });
    } else if (comparable(existing, keys) !== comparable(wanted as unknown as Record<string, unknown>, keys)) {
      await rest.patch(`${route}/${existing.id}`, { body: wanted });
      changes.push({ name: wanted.name, change: 'updated' });
    } else {
      changes.push({ name: wanted.name, change: 'unchanged' });
    }
  }
  return changes;
}
