/**
 * `npm run bench [-- section… [--option value…]]`: runs the benchmark sections and prints each as
 * Markdown. Sections live in scripts/bench/<name>.ts and export a function returning printable
 * lines; adding one is one entry in SECTIONS. With no section named, every section runs.
 *
 * @example npm run bench -- archive --sizes 1000,10000 --runs 5
 */
type Options = Record<string, string>;
type Section = { name: string; load: () => Promise<(options: Options) => string[] | Promise<string[]>> };

const SECTIONS: Section[] = [
  { name: 'extract', load: async () => (await import('./bench/extract.ts')).benchExtract },
  { name: 'archive', load: async () => (await import('./bench/archive.ts')).benchArchive },
  { name: 'feeds', load: async () => (await import('./bench/feeds.ts')).benchFeeds },
  { name: 'feed-parse', load: async () => (await import('./bench/feed-parse.ts')).benchFeedParse },
  { name: 'replicas', load: async () => (await import('./bench/replicas.ts')).benchReplicas },
];

/** Section names, and `--name value` options (a flag with no value is "true"). */
function parseArgs(argv: readonly string[]): { wanted: string[]; options: Options } {
  const wanted: string[] = [];
  const options: Options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) wanted.push(arg);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) options[arg.slice(2)] = argv[++i]!;
    else options[arg.slice(2)] = 'true';
  }
  return { wanted, options };
}

async function main(): Promise<number> {
  const { wanted, options } = parseArgs(process.argv.slice(2));
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
  if (unknown.length > 0) {
    console.error(`unknown bench section: ${unknown.join(', ')} (sections: ${SECTIONS.map((s) => s.name).join(', ')})`);
    return 2;
  }
  for (const section of SECTIONS) {
    if (wanted.length > 0 && !wanted.includes(section.name)) continue;
    try {
      const run = await section.load();
      console.log((await run(options)).join('\n'));
    } catch (err) {
      console.log(`## ${section.name}\n\nfailed: ${(err as Error).message}\n`);
    }
  }
  return 0;
}

process.exitCode = await main();
