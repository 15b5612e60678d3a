/**
 * `brief` runs the compiled build when it is present and current, and the sources through tsx
 * otherwise — so a fresh clone needs no build step and an edit is never hidden by a stale build.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseRuntime, sourcesStamp } from '../../bin/runtime.js';

function checkout(options: { built?: boolean; sources?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'brief-runtime-'));
  mkdirSync(join(root, 'src', 'briefing'), { recursive: true });
  writeFileSync(join(root, 'src', 'cli.ts'), 'export {};\n');
  writeFileSync(join(root, 'src', 'briefing', 'model.ts'), 'export {};\n');
  utimesSync(join(root, 'src', 'cli.ts'), new Date('2026-01-01'), new Date('2026-01-01'));
  utimesSync(join(root, 'src', 'briefing', 'model.ts'), new Date('2026-01-02'), new Date('2026-01-02'));
  if (options.built) {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'cli.js'), 'export {};\n');
    writeFileSync(join(root, 'dist', 'build-info.json'), JSON.stringify({ extractorVersion: '8', sources: sourcesStamp(join(root, 'src')) }));
  }
  if (options.sources === false) rmSync(join(root, 'src'), { recursive: true });
  return root;
}

describe('choosing what brief runs', () => {
  it('runs the sources in a checkout that was never built', () => {
    expect(chooseRuntime(checkout())).toMatchObject({ runtime: 'src' });
  });

  it('runs the compiled build when it was made from the sources as they are', () => {
    expect(chooseRuntime(checkout({ built: true }))).toEqual({ runtime: 'dist', why: 'dist/ is current' });
  });

  it('runs the sources again once one is edited, added or removed after the build', () => {
    const edited = checkout({ built: true });
    utimesSync(join(edited, 'src', 'cli.ts'), new Date('2026-02-01'), new Date('2026-02-01'));
    expect(chooseRuntime(edited)).toMatchObject({ runtime: 'src', why: 'src/ changed since the last npm run build' });
    const added = checkout({ built: true });
    writeFileSync(join(added, 'src', 'new.ts'), 'export {};\n');
    utimesSync(join(added, 'src', 'new.ts'), new Date('2025-01-01'), new Date('2025-01-01'));
    expect(chooseRuntime(added)).toMatchObject({ runtime: 'src' });
    const removed = checkout({ built: true });
    rmSync(join(removed, 'src', 'cli.ts'));
    expect(chooseRuntime(removed)).toMatchObject({ runtime: 'src' });
  });

  it('runs the compiled build where there are no sources (the Docker image)', () => {
    expect(chooseRuntime(checkout({ built: true, sources: false }))).toEqual({ runtime: 'dist', why: 'no sources: an installed build' });
  });

  it('does not run a build that tsc left without its manifest', () => {
    const root = checkout({ built: true });
    rmSync(join(root, 'dist', 'build-info.json'));
    expect(chooseRuntime(root)).toMatchObject({ runtime: 'src' });
  });
});
