/**
 * `brief migrate-store --to postgres://…`: moves Brief's data from its SQLite file (DATABASE_URL,
 * or `--from`) into an empty Postgres database, then checks that nothing was lost — row counts per
 * table and a sample of rows compared — and prints both. Run it with the bot stopped; afterwards
 * point DATABASE_URL at the Postgres database. The SQLite file is only read.
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { CommandContext } from './context.ts';

export interface MigrateStoreArgs {
  from?: string;
  to?: string;
  sample?: string;
}

/** Runs the copy; returns the exit code: 0 copied and verified, 1 failed or differs, 2 bad arguments. */
export async function runMigrateStore(args: MigrateStoreArgs, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const fail = (code: number, message: string) => {
    io.stderr.write(`brief migrate-store: ${message}\n`);
    return code;
  };
  const { resolveDatabaseUrl, openStore, PostgresStore } = await import('../store/index.ts');
  const { migrateStore } = await import('../store/migrate-store.ts');
  const { redactUrl } = await import('../store/pg-connection.ts');
  if (!args.to) return fail(2, '--to is required: the Postgres database to copy into, e.g. --to postgres://brief:…@db:5432/brief');
  const target = resolveDatabaseUrl(args.to, io.cwd);
  if (target.kind !== 'postgres') return fail(2, `--to must be a postgres:// URL, not ${args.to}`);
  const source = resolveDatabaseUrl(args.from ?? ctx.settings().databaseUrl, io.cwd);
  if (source.kind !== 'sqlite') return fail(2, '--from must be a SQLite file (the store to move), such as ./data/brief.db');
  if (source.path === ':memory:' || !existsSync(source.path)) return fail(2, `there is no SQLite store at ${source.path} — give its path with --from`);
  const sampleSize = args.sample === undefined ? 20 : Number(args.sample);
  if (!Number.isInteger(sampleSize) || sampleSize < 1) return fail(2, `--sample \`${args.sample}\` is not a whole number of rows above 0`);

  const from = openStore({ url: source.path });
  const to = new PostgresStore({ url: target.url });
  try {
    await to.start();
    io.stdout.write(`Copying ${source.path} → ${redactUrl(target.url)}\n`);
    const report = await migrateStore(from, to, { sampleSize });
    io.stdout.write(`${'table'.padEnd(22)}${'sqlite'.padStart(10)}${'postgres'.padStart(10)}  sample\n`);
    for (const t of report.tables) {
      const mark = t.source === t.target && t.sampled === t.sampleEqual ? '' : '  ← differs';
      io.stdout.write(`${t.table.padEnd(22)}${String(t.source).padStart(10)}${String(t.target).padStart(10)}  ${t.sampleEqual}/${t.sampled} equal${mark}\n`);
    }
    if (!report.ok) return fail(1, 'the copy does not match the source (see the rows marked above); the SQLite file is unchanged — keep using it and report this');
    io.stdout.write(`Verified: every table has the same rows on both sides. Point DATABASE_URL at ${redactUrl(target.url)} and start the bot.\n`);
    return 0;
  } catch (error) {
    return fail(1, error instanceof Error ? error.message : String(error));
  } finally {
    await from.close();
    await to.close();
  }
}

/** The `migrate-store` entry for EXTRA_COMMANDS. */
export function migrateStoreCommand(program: Command, ctx: CommandContext, setExit: (code: number) => void): void {
  program
    .command('migrate-store')
    .description('copy the SQLite store into an empty Postgres database (for running several replicas) and verify counts and a sample')
    .requiredOption('--to <url>', 'the Postgres database to copy into: postgres://user:password@host:5432/database')
    .option('--from <path>', 'the SQLite file to copy (default: DATABASE_URL, else ./data/brief.db)')
    .option('--sample <rows>', 'rows per table compared column by column after the copy (default 20)')
    .action(async (opts: MigrateStoreArgs) => {
      setExit(await runMigrateStore(opts, ctx));
    });
}
