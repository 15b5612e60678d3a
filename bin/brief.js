#!/usr/bin/env node
// The `brief` command. Runs the TypeScript sources directly through tsx so that
// `npm ci && npx brief …` works on a fresh clone without a build step.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`brief feeds test … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
// The command is over. Whatever a library left running (a retry timer, an open socket) must not
// keep the process past its shutdown grace: give output a moment to flush, then exit.
setTimeout(() => process.exit(), 500).unref();
