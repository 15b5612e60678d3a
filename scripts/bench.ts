/**
 * `npm run bench [-- section…]`: runs the benchmark sections and prints each as Markdown.
 * Sections live in scripts/bench/<name>.ts and export a function returning printable lines;
 * adding one is one entry in SECTIONS. With no arguments every section runs.
 */
type Section = { name: string; load: () => Promise<() => string[] | Promise<string[]>> };

const SECTIONS: Section[] = [
  { name: 'extract', load: async () => (await import('./bench/extract.ts')).benchExtract },
  { name: 'feeds', load: async () => (await import('./bench/feeds.ts')).benchFeeds },
  { name: 'feed-parse', load: async () => (await import('./bench/feed-parse.ts')).benchFeedParse },
];

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
  if (unknown.length > 0) {
    console.error(`unknown bench section: ${unknown.join(', ')} (sections: ${SECTIONS.map((s) => s.name).join(', ')})`);
    return 2;
  }
  for (const section of SECTIONS) {
    if (wanted.length > 0 && !wanted.includes(section.name)) continue;
    try {
      const run = await section.load();
      console.log((await run()).join('\n'));
    } catch (err) {
      console.log(`## ${section.name}\n\nfailed: ${(err as Error).message}\n`);
    }
  }
  return 0;
}

process.exitCode = await main();
