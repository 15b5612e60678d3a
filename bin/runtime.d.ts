/** Types of bin/runtime.js, for the build script that imports it. */
export interface SourcesStamp {
  files: number;
  newestMtimeMs: number;
}
export function sourcesStamp(srcDir: string): SourcesStamp;
export function readBuildInfo(root: string): { extractorVersion: string; sources: SourcesStamp } | undefined;
export function chooseRuntime(root: string): { runtime: 'dist' | 'src'; why: string };
