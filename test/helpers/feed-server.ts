/**
 * A feed server on 127.0.0.1 for tests and the benchmark: each path answers with a route the test
 * sets (status, headers, body, delay), and every request is recorded with its headers.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long before answering (to test timeouts). */
  delayMs?: number;
  /** Answer 304 when the request's If-None-Match equals this. */
  etag?: string;
  /** Stream this many bytes of filler (to test the size cap). */
  streamBytes?: number;
}

export interface FeedServer {
  url(path: string): string;
  port: number;
  route(path: string, route: FeedRoute | ((headers: IncomingHttpHeaders) => FeedRoute)): void;
  requests: Array<{ path: string; headers: IncomingHttpHeaders }>;
  /** Most requests open at once so far. */
  maxActive(): number;
  resetMaxActive(): void;
  close(): Promise<void>;
}

/** Starts a feed server on `host` (default 127.0.0.1; the egress tests use 127.0.0.2 as a stand-in public address). */
export async function startFeedServer(host = '127.0.0.1'): Promise<FeedServer> {
  const routes = new Map<string, FeedRoute | ((headers: IncomingHttpHeaders) => FeedRoute)>();
  const requests: FeedServer['requests'] = [];
  let active = 0;
  let maxActive = 0;
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    active++;
    maxActive = Math.max(maxActive, active);
    res.on('close', () => active--);
    requests.push({ path, headers: req.headers });
    const found = routes.get(path);
    const route = typeof found === 'function' ? found(req.headers) : found;
    const answer = () => {
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      if (route.etag && req.headers['if-none-match'] === route.etag) {
        res.writeHead(304, { etag: route.etag }).end();
        return;
      }
      const headers = { 'content-type': 'application/rss+xml; charset=utf-8', ...(route.etag ? { etag: route.etag } : {}), ...route.headers };
      if (route.streamBytes) {
        res.writeHead(route.status ?? 200, headers);
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < route.streamBytes!) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => undefined);
        pump();
        return;
      }
      const body = route.body ?? '';
      res.writeHead(route.status ?? 200, { 'content-length': String(Buffer.byteLength(body)), ...headers }).end(body);
    };
    if (route?.delayMs) {
      const timer = setTimeout(answer, route.delayMs);
      res.on('close', () => clearTimeout(timer));
    } else answer();
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://${host}:${port}${path}`,
    port,
    route: (path, route) => void routes.set(path, route),
    requests,
    maxActive: () => maxActive,
    resetMaxActive: () => void (maxActive = active),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
