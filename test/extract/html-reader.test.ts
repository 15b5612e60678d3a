/**
 * Reading articles out of hostile pages: nesting that makes Readability super-linear is read
 * without it, and whatever still runs long is cut off in its own thread while the event loop
 * carries on.
 */
import { describe, expect, it } from 'vitest';
import { ArticleReadError, documentDepth, MAX_HTML_DEPTH, readArticle, readArticleFromHtml } from '../../src/extract/html.ts';
import { parseHTML } from 'linkedom';
import { nestedDivs, nestedPage } from '../helpers/hostile.ts';

const STORY = [
  'The Marren Island council voted on Tuesday to buy two electric ferries for the winter crossing.',
  'Councillor Ines Abara said the vote ended a decade of arguments about the ageing fleet and its fuel bills.',
  'The boats are due to enter service in the spring, once crews have finished their training.',
];
const page = `<!doctype html><html><head><title>Council buys ferries | Island Times</title></head><body><nav>Home</nav><article><h1>Council buys ferries</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('reading an article out of a page', () => {
  it('reads an ordinary page in the reader thread, as in process', async () => {
    const article = await readArticle(page, 'https://island.test/ferries');
    expect(article).toEqual(readArticleFromHtml(page, 'https://island.test/ferries'));
    expect(article?.body.split('\n\n')).toEqual(STORY);
  });

  it('measures nesting without recursion, and reads a page nested past the limit without Readability', () => {
    const deep = nestedPage(20 * 1024);
    expect(documentDepth(parseHTML(deep).document)).toBeGreaterThan(1500);
    expect(readArticleFromHtml(deep)?.body).toBe('Deep inside the page a sentence sits on its own.');
    expect(readArticleFromHtml(`<html><body>${nestedDivs(MAX_HTML_DEPTH - 5, STORY[0])}</body></html>`)?.body).toBe(STORY[0]);
  });

  it('cuts off a page that runs past its time, keeps the event loop free meanwhile, and reads the next page', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const slow = readArticle(nestedPage(16 * 1024), undefined, { maxDepth: Infinity, timeoutMs: 400 });
    const failure = await slow.catch((e: unknown) => e);
    clearInterval(ticker);
    expect(failure).toBeInstanceOf(ArticleReadError);
    expect((failure as ArticleReadError).reason).toBe('the page took longer than 0.4 s to read');
    // A blocked loop would have run the ticker once at most; a free one ran it all along.
    expect(ticks).toBeGreaterThan(10);
    expect((await readArticle(page))?.body.split('\n\n')).toEqual(STORY);
  });
});
