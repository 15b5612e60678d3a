/**
 * `npm run build`: compiles src/ to dist/ with tsc (tsconfig.build.json; imports keep working because
 * tsc rewrites `.ts` to `.js`, and the JSON the sources import is emitted beside them), then writes
 * dist/build-info.json: the sources it was built from (so bin/brief.js knows whether dist/ is
 * current) and the extractor's version (so a compiled start knows it without loading the language
 * model). Exits non-zero with tsc's messages when the sources do not compile.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { sourcesStamp } from '../bin/runtime.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const started = performance.now();
// A clean folder: a source removed since the last build must not linger as JavaScript.
rmSync(dist, { recursive: true, force: true });
const stamp = sourcesStamp(join(root, 'src'));
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('build: tsc failed — dist/ is incomplete and will not be used; fix the errors above and run npm run build again');
  rmSync(join(dist, 'build-info.json'), { force: true });
  process.exit(tsc.status ?? 1);
}
// tsc emits JavaScript for .ts and the JSON they import; plain JavaScript entries the sources load
// by URL (the article reader thread, html-worker.mjs) are copied beside their compiled neighbours.
const assets = copyAssets(join(root, 'src'), dist);
const { EXTRACTOR_VERSION } = (await import(join(dist, 'extract', 'index.js'))) as { EXTRACTOR_VERSION: string };
writeFileSync(join(dist, 'build-info.json'), `${JSON.stringify({ extractorVersion: EXTRACTOR_VERSION, sources: stamp, builtAt: new Date().toISOString() }, null, 2)}\n`);
console.log(`build: dist/ from ${stamp.files} source files (${assets} copied as they are) in ${((performance.now() - started) / 1000).toFixed(1)} s (extractor version ${EXTRACTOR_VERSION})`);

/** Copies every .mjs/.js/.cjs file under `from` to the same place under `to`; returns how many. */
function copyAssets(from: string, to: string): number {
  let copied = 0;
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.[cm]?js$/.test(entry.name)) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
    copied++;
  }
  return copied;
}
