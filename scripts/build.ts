/**
 * `npm run build`: compiles src/ to dist/ with tsc (tsconfig.build.json; imports keep working because
 * tsc rewrites `.ts` to `.js`, and the JSON the sources import is emitted beside them), bundles the
 * compiled CLI into dist/bundle/ (esbuild: the project's modules and the small pure-JavaScript
 * packages every command loads become a few files, so a start reads and links a few dozen modules
 * instead of hundreds), then writes dist/build-info.json: the sources it was built from (so
 * bin/brief.js knows whether dist/ is current) and the extractor's version (so a compiled start
 * knows it without loading the language model). Exits non-zero with tsc's or esbuild's messages
 * when the sources do not compile.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { sourcesStamp } from '../bin/runtime.js';

/**
 * Packages bundled with the project's modules: pure JavaScript, no files read beside themselves, and
 * loaded by every command. Every other package stays in node_modules and loads as it is — native
 * addons (better-sqlite3), packages that start threads or read their own files (pino, the language
 * model, undici), and what only `brief start` or extraction loads.
 */
const BUNDLED_PACKAGES = ['zod', 'yaml', 'commander', 'croner', 'node-cron', 'minisearch', 'stemmer', 'fastest-levenshtein', 'ipaddr.js', '@discordjs/formatters', 'entities'];

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
const bundled = await bundle();
const { EXTRACTOR_VERSION } = (await import(join(dist, 'extract', 'index.js'))) as { EXTRACTOR_VERSION: string };
writeFileSync(join(dist, 'build-info.json'), `${JSON.stringify({ extractorVersion: EXTRACTOR_VERSION, sources: stamp, builtAt: new Date().toISOString() }, null, 2)}\n`);
console.log(`build: dist/ from ${stamp.files} source files (${assets} copied as they are; ${bundled} bundled into dist/bundle/) in ${((performance.now() - started) / 1000).toFixed(1)} s (extractor version ${EXTRACTOR_VERSION})`);


/** Bundles dist/cli.js (code-split at its dynamic imports) into dist/bundle/; returns how many modules went in. */
async function bundle(): Promise<number> {
  const out = join(dist, 'bundle');
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const external = Object.keys(packageJson.dependencies).filter((name) => !BUNDLED_PACKAGES.includes(name));
  const result = await build({
    entryPoints: [join(dist, 'cli.js')],
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    metafile: true,
    logLevel: 'warning',
    // CommonJS packages bundled into ES modules still call require() for Node's own modules.
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  });
  // The article reader thread is started by URL from beside html.js: in the bundle, that is here.
  // It loads the compiled html.js it was built beside.
  writeFileSync(join(out, 'html-worker.mjs'), "// The article reader thread of the bundle: the compiled one, beside the html.js it loads.\nimport '../extract/html-worker.mjs';\n");
  return Object.keys(result.metafile.inputs).length;
}

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
