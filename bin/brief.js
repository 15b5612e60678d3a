#!/usr/bin/env node
// The `brief` command. Runs the compiled JavaScript in dist/ when it is present and current
// (`npm run build`; the Docker image) — its bundle, dist/bundle/, when the build made one — and
// otherwise the TypeScript sources through tsx, so that `npm ci && npm start` works on a fresh
// clone with no build step. BRIEF_RUNTIME=dist|src forces one.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { chooseRuntime } from './runtime.js';

// Node 22.1+ keeps compiled code between runs (in the system's temporary folder): later starts
// skip most of the parsing. Node 20 has no such cache and runs as before.
module.enableCompileCache?.();

// A reader that stops early (`brief feeds test … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const root = fileURLToPath(new URL('../', import.meta.url));
const forced = process.env.BRIEF_RUNTIME;
const runtime = forced === 'dist' || forced === 'src' ? forced : chooseRuntime(root).runtime;
let main;
if (runtime === 'dist') {
  const bundle = new URL('../dist/bundle/cli.js', import.meta.url);
  ({ main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli.js'));
} else {
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    console.error('brief: there is no current compiled build in dist/ and tsx is not installed to run the sources — run `npm ci` (with the dev dependencies), or `npm run build`');
    process.exit(2);
  }
  ({ main } = await import('../src/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
// The command is over. Whatever a library left running (a retry timer, an open socket) must not
// keep the process past its shutdown grace: give output a moment to flush, then exit.
setTimeout(() => process.exit(), 500).unref();
