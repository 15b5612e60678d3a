import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { memoryIO } from '../../src/cli/io.ts';
import { BRIDGE_CLOSURE, FERRY_FIRE, HARBOUR_STRIKE, tempDir } from '../helpers/briefings.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'brief.js');

function briefingsDir() {
  return tempDir({ 'harbour-strike.md': HARBOUR_STRIKE, 'old-mill-bridge.md': BRIDGE_CLOSURE });
}

describe('brief validate', () => {
  it('exits non-zero naming each bad file with a line, and counts the good ones', async () => {
    const dir = tempDir({
      'broken.md': '---\nheadline: H\nquotes: [\n---\nBody.',
      'empty.md': '---\nheadline: No body\n---\n',
      'good.md': HARBOUR_STRIKE,
    });
    const io = memoryIO({ cwd: dir });
    expect(await main(['validate', dir], io)).toBe(1);
    expect(io.err()).toMatch(/^broken\.md:3: front matter is not valid YAML/m);
    expect(io.err()).toMatch(/^empty\.md:4: the briefing has no article body/m);
    expect(io.err()).toContain('1 briefing valid, 2 problems');
  });

  it('exits 0 on a clean folder', async () => {
    const io = memoryIO();
    expect(await main(['validate', briefingsDir()], io)).toBe(0);
    expect(io.out()).toContain('2 briefings valid, 0 problems');
  });

  it('checks the feeds file and scheduled digests as configuration', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'config'));
    writeFileSync(join(cwd, 'config', 'feeds.yaml'), 'feeds:\n  - name: Wire\n    url: notaurl\n');
    writeFileSync(join(cwd, 'config', 'local.yaml'), 'digests:\n  - channel: slack:C1\n    schedule: never\n');
    const io = memoryIO({ cwd });
    expect(await main(['validate', briefingsDir()], io)).toBe(1);
    expect(io.err()).toMatch(/feeds\.yaml: feeds\[0\]\.url: must be an http/);
    expect(io.err()).toMatch(/config\/local\.yaml: digests\[0\]\.schedule: `never` is not a schedule/);
  });

  it('reports bad settings as problems too', async () => {
    const io = memoryIO({ env: { PORT: 'abc' } });
    expect(await main(['validate', briefingsDir()], io)).toBe(1);
    expect(io.err()).toContain('environment: PORT: `abc` must be a port number');
  });
});

describe('brief ask (in process)', () => {
  it('answers still from the good briefings when others are broken', async () => {
    const dir = tempDir({ 'broken.md': '---\nheadline: [\n---\nx', 'harbour-strike.md': HARBOUR_STRIKE });
    const io = memoryIO({ env: { BRIEFINGS_DIR: dir }, cwd: tempDir() });
    expect(await main(['ask', 'who is kjaergaard'], io)).toBe(0);
    expect(io.out()).toContain("general secretary of the Harbour Workers' Union");
  });

  it('prints the reply as JSON', async () => {
    const io = memoryIO({ env: { BRIEFINGS_DIR: briefingsDir() }, cwd: tempDir() });
    expect(await main(['ask', '--json', '/brief', 'strike', 'actors'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ kind: 'briefing', part: 'actors', briefing: { slug: 'harbour-strike' } });
  });

  it('prints a free question’s answer as the JSON contract: the slug and the cited sentences', async () => {
    const env = { BRIEFINGS_DIR: tempDir({ 'ferry-fire.md': FERRY_FIRE, 'harbour-strike.md': HARBOUR_STRIKE }) };
    const asked = async (question: string) => {
      const io = memoryIO({ env, cwd: tempDir() });
      expect(await main(['ask', '--json', question], io)).toBe(0);
      return JSON.parse(io.out()) as Record<string, unknown>;
    };
    const answer = await asked('why did the ferry catch fire?');
    expect(answer).toMatchObject({ kind: 'answer', briefing: 'ferry-fire' });
    expect(answer.sentences).toEqual([{ cite: '4.1', text: 'Investigators believe the fire started because a fuel line split, according to a coastguard report seen by this newspaper.' }]);
    expect(await asked('how much did the ferry rescue cost?')).toMatchObject({ kind: 'no-answer', briefing: 'ferry-fire' });
    expect(await asked('why did the volcano erupt?')).toMatchObject({ kind: 'not-found', subject: 'topic' });
  });

  it('rejects an unknown command with usage and exit 2', async () => {
    const io = memoryIO();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err()).toContain("unknown command 'frobnicate'");
  });
});

describe('the brief binary (subprocess)', () => {
  it('answers "not found" with suggestions and exits 0', async () => {
    const { stdout } = await run('node', [BIN, 'ask', '/brief nonexistent'], { env: { ...process.env, BRIEFINGS_DIR: briefingsDir() }, cwd: tempDir() });
    expect(stdout).toContain('“nonexistent” is not in any briefing.');
    expect(stdout).toContain('/brief strike');
  });

  it('runs the chat on piped input: one answer per line, then exits', async () => {
    const child = run('node', [BIN, 'start'], { env: { ...process.env, BRIEFINGS_DIR: briefingsDir(), NO_COLOR: '1' }, cwd: tempDir() });
    child.child.stdin!.end('/brief strike\nwho is the economist\n');
    const { stdout } = await child;
    expect(stdout).toMatch(/^Dockworkers walk out at Port Aldermoor/);
    expect(stdout).toContain('Marta Oyelaran');
    expect(stdout).not.toContain('brief>');
  });

  it('answers every line of a long piped script, with no rate limit on the terminal', async () => {
    const child = run('node', [BIN, 'start'], { env: { ...process.env, BRIEFINGS_DIR: briefingsDir(), NO_COLOR: '1' }, cwd: tempDir() });
    child.child.stdin!.end('who is the economist\n'.repeat(25));
    const { stdout } = await child;
    expect(stdout.match(/^Marta Oyelaran$/gm)).toHaveLength(25);
  });
});
