/**
 * `brief validate [dir]`: checks every briefing file and the configuration. Prints one
 * `path:line: problem` per problem and exits 1 when there is any.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { noExtraction } from '../briefing/build.ts';
import { loadBriefings } from '../briefing/loader.ts';
import { SettingsError } from '../config/env.ts';
import { ConfigError, describeError } from '../errors.ts';
import type { CommandContext } from './context.ts';

export async function runValidate(args: { dir?: string }, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const problems: string[] = [];
  let configured: string | undefined;
  let configFiles: string[] = [];
  try {
    configured = ctx.settings().briefingsDir;
    configFiles = ctx.settings().configFiles;
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    problems.push(...error.problems);
  }
  // The feeds file is configuration too.
  const feedsFile = resolve(io.cwd, 'config', 'feeds.yaml');
  if (existsSync(feedsFile)) {
    const { loadFeedsConfig } = await import('../feeds/config.ts');
    try {
      await loadFeedsConfig(feedsFile);
      configFiles.push(relative(io.cwd, feedsFile));
    } catch (error) {
      problems.push(...(error instanceof ConfigError ? error.problems : [`${relative(io.cwd, feedsFile)}: ${describeError(error)}`]));
    }
  }
  const dir = args.dir ? resolve(io.cwd, args.dir) : (configured ?? resolve(io.cwd, io.env.BRIEFINGS_DIR ?? 'briefings'));
  // Structure checks need no extraction: validation is about what the files say.
  const result = await loadBriefings(dir, noExtraction, io.cwd);
  problems.push(...result.problems.map((p) => p.message));
  for (const line of problems) io.stderr.write(`${line}\n`);
  const files = result.briefings.length;
  const checked = configFiles.length ? ` (configuration: ${configFiles.join(', ')} and the environment)` : ' (configuration: the environment)';
  const summary = `${files} briefing${files === 1 ? '' : 's'} valid, ${problems.length} problem${problems.length === 1 ? '' : 's'}${checked}`;
  (problems.length ? io.stderr : io.stdout).write(`${summary}\n`);
  return problems.length ? 1 : 0;
}
