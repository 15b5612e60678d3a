#!/usr/bin/env node
// The `brief` command. Runs the TypeScript sources directly through tsx so that
// `npm ci && npx brief …` works on a fresh clone without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
