/**
 * The article reader thread, started by `readArticle` in html.ts. A thread has no TypeScript loader
 * of its own, so this entry is plain JavaScript: in the compiled build (dist/, where html.js sits
 * beside it) it loads html.js; from the sources it registers tsx (as bin/brief.js does) and loads
 * html.ts. It says `ready`, then reads one page per message with `readArticleFromHtml` and answers
 * with the article, `null` for none, or the error (the `ReaderMessage` shapes in html.ts).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';

if (!parentPort) throw new Error('html-worker.mjs runs as a worker thread, started by readArticle()');
const compiled = new URL('./html.js', import.meta.url);
let reader;
if (existsSync(fileURLToPath(compiled))) {
  reader = await import(compiled.href);
} else {
  // tsx is a development dependency: only a checkout running its sources gets here.
  const { register } = await import('tsx/esm/api');
  register();
  reader = await import('./html.ts');
}
const { readArticleFromHtml } = reader;

parentPort.on('message', ({ html, url, maxDepth }) => {
  let answer;
  try {
    answer = { article: readArticleFromHtml(html, url, maxDepth) ?? null };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
  parentPort.postMessage(answer);
});
parentPort.postMessage({ ready: true });
