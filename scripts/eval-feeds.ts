/**
 * `npm run eval:feeds -- <dir>`: parses every feed file in a folder the way the watcher would
 * (charset from the XML declaration, rss-parser, phantom items dropped) and prints a table per
 * file: items, dated items, encoding, and errors or notes. Exit 1 when a file could not be read.
 *
 * `npm run eval:feeds -- --corpus <dir> [--only <category>] [--details]`: feedparser's test suite
 * through Brief's fetch → decode → parse path over loopback, checked against each file's
 * `Expect:` condition (scripts/feed-corpus/).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { decodeBody as decodeFeed } from '../src/net/charset.ts';
import { FeedFetchError } from '../src/feeds/fetch.ts';
import { parseFeed } from '../src/feeds/parse.ts';
import { printDatesJson, runCorpus } from './feed-corpus/run.ts';

const FEED_FILE = /\.(rss|atom|xml|rdf|feed)$/i;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  if (option('--dates-json')) return printDatesJson(option('--dates-json')!);
  if (option('--corpus')) return runCorpus(option('--corpus')!, { ...(option('--only') ? { only: option('--only')! } : {}), details: args.includes('--details') });
  const dir = args[0];
  if (!dir || dir.startsWith('--')) {
    console.error('usage: npm run eval:feeds -- <folder of feed files>\n       npm run eval:feeds -- --corpus <feed corpus folder> [--only <category>] [--details]');
    return 2;
  }
  const root = resolve(dir);
  let names: string[];
  try {
    names = (await readdir(root)).filter((n) => FEED_FILE.test(n)).sort();
  } catch (error) {
    console.error(`eval:feeds: cannot read ${root}: ${(error as Error).message}`);
    return 2;
  }
  const rows: string[] = ['| file | items | dated | encoding | title | errors / notes |', '|---|---:|---:|---|---|---|'];
  let failed = 0;
  for (const name of names) {
    const bytes = await readFile(join(root, name));
    const decoded = decodeFeed(bytes);
    const encoding = `${decoded.encoding} (${decoded.from})`;
    try {
      const feed = await parseFeed(decoded.text);
      const dated = feed.items.filter((i) => i.published).length;
      const notes = [...feed.notes];
      const relative = feed.items.filter((i) => i.link && !/^https?:/.test(i.link)).length;
      if (relative) notes.push(`${relative} links left relative`);
      const noId = feed.items.filter((i) => i.key.startsWith('h:')).length;
      if (noId) notes.push(`${noId} identified by title+date`);
      rows.push(`| ${name} | ${feed.items.length} | ${dated} | ${encoding} | ${(feed.title ?? '').slice(0, 40)} | ${notes.join('; ') || '—'} |`);
    } catch (error) {
      failed++;
      const reason = error instanceof FeedFetchError ? error.reason : (error as Error).message.split('\n')[0];
      rows.push(`| ${name} | – | – | ${encoding} | | error: ${reason} |`);
    }
  }
  console.log(rows.join('\n'));
  console.log(`\n${names.length} file${names.length === 1 ? '' : 's'}, ${failed} unreadable`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
