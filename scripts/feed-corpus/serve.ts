/**
 * The loopback server the corpus is read from: each file at `/tests/<path>`, with exactly the
 * headers its `Header:` lines name and no others (no Content-Type unless the test gives one), as
 * feedparser's own test server serves them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CorpusCase } from './cases.ts';

/** A running corpus server: `origin` is `http://127.0.0.1:<port>`. */
export interface CorpusServer {
  origin: string;
  urlOf(entry: CorpusCase): string;
  close(): Promise<void>;
}

/** Starts the corpus server on an ephemeral loopback port. */
export async function serveCorpus(cases: readonly CorpusCase[]): Promise<CorpusServer> {
  const byPath = new Map(cases.map((entry) => [`/tests/${entry.path}`, entry]));
  const server: Server = createServer((req, res) => {
    const entry = byPath.get(decodeURI((req.url ?? '/').split('?')[0]!));
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    for (const [name, value] of entry.headers) {
      try {
        res.setHeader(name, value);
      } catch {
        // A header Node will not send (a control character) is left out, as a real server would.
      }
    }
    res.setHeader('content-length', entry.bytes.byteLength);
    res.writeHead(200).end(entry.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    urlOf: (entry) => `${origin}/tests/${entry.path.split('/').map(encodeURIComponent).join('/')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
