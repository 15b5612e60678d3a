/**
 * Fuzzing the feed decoder and parser: any bytes with any declared charset decode to text, and
 * any text parses to a feed or fails as a feed error with a one-line reason — never another
 * exception, never a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../src/errors.ts';
import { parseFeed } from '../../src/feeds/parse.ts';
import { decodeBody } from '../../src/net/charset.ts';
import { feedBytes, feedText, FUZZ } from './arbitraries.ts';

const HANG_MS = 2000;

describe('the feed decoder and parser under fuzzing', () => {
  it('decodes any bytes under any declared charset to a string', () => {
    fc.assert(
      fc.property(feedBytes, ({ bytes, contentType }) => {
        const decoded = decodeBody(bytes, contentType);
        expect(typeof decoded.text).toBe('string');
        expect(decoded.encoding).toMatch(/\S/);
      }),
      FUZZ,
    );
  });

  it('parses any document to a feed, or fails with a one-line feed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(feedText, feedBytes.map(({ bytes, contentType }) => decodeBody(bytes, contentType).text)), async (text) => {
        const started = performance.now();
        const outcome = await parseFeed(text, { url: 'https://wire.test/feed.xml' }).then(
          (feed) => ({ feed }),
          (error: unknown) => ({ error }),
        );
        expect(performance.now() - started).toBeLessThan(HANG_MS);
        if ('error' in outcome) {
          expect(outcome.error).toBeInstanceOf(FeedError);
          expect((outcome.error as FeedError).message).not.toContain('\n');
        } else {
          for (const item of outcome.feed.items) expect(typeof item.title).toBe('string');
        }
      }),
      FUZZ,
    );
  });
});
