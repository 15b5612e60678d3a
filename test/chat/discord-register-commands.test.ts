/**
 * `brief register-commands` against the fake Discord REST API: the command set is sent once, a
 * second run changes nothing, and missing settings are named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { memoryIO } from '../../src/cli/io.ts';
import { BRIEF_COMMAND } from '../../src/chat/discord-commands.ts';
import { FakeDiscord, IDS } from '../helpers/discord-fake.ts';

const TOKEN = 'MTIz.fake-registration-token';
const GUILD = '300000000000000555';

async function run(args: string[], env: Record<string, string>) {
  const io = memoryIO({ env });
  const code = await main(['register-commands', ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('brief register-commands', () => {
  const fake = new FakeDiscord(TOKEN);
  let env: Record<string, string>;

  beforeAll(async () => {
    await fake.start();
    env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_API_URL: fake.apiUrl };
  });
  afterAll(() => fake.stop());

  const writes = () => fake.requests.filter((r) => r.path.startsWith('/applications/') && r.method !== 'GET');

  it('creates /brief in a guild once, then reports it unchanged', async () => {
    const first = await run(['--guild', GUILD], env);
    expect(first).toMatchObject({ code: 0, stdout: `/brief: created (guild ${GUILD})\n` });
    expect(writes()).toHaveLength(1);
    expect(writes()[0]).toMatchObject({ method: 'POST', path: `/applications/${IDS.application}/guilds/${GUILD}/commands`, body: BRIEF_COMMAND });
    const option = writes()[0]!.body.options[0];
    expect(option).toMatchObject({ name: 'query', type: 3, required: true, autocomplete: true });

    const second = await run(['--guild', GUILD], env);
    expect(second).toMatchObject({ code: 0, stdout: `/brief: unchanged (guild ${GUILD})\n` });
    expect(writes()).toHaveLength(1);
  });

  it('updates a command whose definition drifted, and registers globally without --guild', async () => {
    fake.commands.get(GUILD)![0]!.description = 'an older description';
    const updated = await run(['--guild', GUILD], env);
    expect(updated.stdout).toBe(`/brief: updated (guild ${GUILD})\n`);
    expect(writes().at(-1)).toMatchObject({ method: 'PATCH', body: BRIEF_COMMAND });

    const global = await run([], env);
    expect(global.stdout).toContain('/brief: created (global)');
    expect((await run([], env)).stdout).toBe('/brief: unchanged (global)\n');
  });

  it('names the missing variable and exits 2', async () => {
    const noToken = await run([], { DISCORD_APPLICATION_ID: IDS.application });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr.trim().split('\n')).toHaveLength(1);
    expect(noToken.stderr).toContain('DISCORD_TOKEN is not set');
    const noApp = await run([], { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
    expect(noApp.code).toBe(2);
    expect(noApp.stderr).toContain('DISCORD_APPLICATION_ID is not set');
    expect(noApp.stderr).not.toContain(TOKEN);
  });

  it('says in one line when Discord refuses the token', async () => {
    const refused = await run(['--guild', GUILD], { ...env, DISCORD_TOKEN: 'wrong-token' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^brief register-commands: Discord refused the guild \d+ registration: HTTP 401 .*\n$/);
  });
});
