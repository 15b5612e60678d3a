// Which code `brief` runs: the compiled JavaScript in dist/ when it is there and current, else the
// TypeScript sources through tsx. "Current" means dist/build-info.json (written by `npm run build`)
// records the same number of source files and no source file newer than it saw; an installation
// with no src/ at all (the Docker image) always runs dist/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** How many files src/ holds and the newest modification time among them. */
export function sourcesStamp(srcDir) {
  let files = 0;
  let newestMtimeMs = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        files++;
        newestMtimeMs = Math.max(newestMtimeMs, statSync(path).mtimeMs);
      }
    }
  };
  walk(srcDir);
  return { files, newestMtimeMs };
}

/** The build manifest in dist/, or undefined when there is none (never built, or a broken build). */
export function readBuildInfo(root) {
  try {
    return JSON.parse(readFileSync(join(root, 'dist', 'build-info.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * `dist` when the compiled output is present and current, `src` otherwise, with the reason.
 *
 * @example chooseRuntime('/app') → { runtime: 'dist', why: 'no sources: an installed build' }
 */
export function chooseRuntime(root) {
  const info = readBuildInfo(root);
  const src = join(root, 'src');
  if (!info || !existsSync(join(root, 'dist', 'cli.js'))) return { runtime: 'src', why: 'no compiled build in dist/ (npm run build makes one)' };
  if (!existsSync(src)) return { runtime: 'dist', why: 'no sources: an installed build' };
  const now = sourcesStamp(src);
  if (now.files !== info.sources.files || now.newestMtimeMs > info.sources.newestMtimeMs) {
    return { runtime: 'src', why: 'src/ changed since the last npm run build' };
  }
  return { runtime: 'dist', why: 'dist/ is current' };
}
