/**
 * The article reader thread, started by `readArticle` in html.ts. A thread has no TypeScript loader
 * of its own, so this entry is plain JavaScript: it registers tsx (as bin/brief.js does), loads
 * html.ts, says `ready`, then reads one page per message with `readArticleFromHtml` and answers
 * with the article, `null` for none, or the error (the `ReaderMessage` shapes in html.ts).
 */
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

if (!parentPort) throw new Error('html-worker.mjs runs as a worker thread, started by readArticle()');
register();
const { readArticleFromHtml } = await import('./html.ts');

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
