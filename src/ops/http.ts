/**
 * Health and metrics over HTTP: `/healthz` (the process is alive), `/readyz` (platforms connected,
 * store open, briefings loaded), `/metrics` (Prometheus). Served by the Slack HTTP receiver when it
 * owns the port, else by a small server of our own.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Metrics } from './metrics.ts';

/** A route: `path` may have `:name` segments (`/briefing/:slug`), as Bolt's custom routes do. */
export interface HttpRoute {
  path: string;
  method: string | string[];
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** Named readiness checks; ready when all are true. A check may also say how it stands in words. */
export class Readiness {
  private readonly checks = new Map<string, { check: () => boolean; detail?: () => string | undefined }>();

  set(name: string, check: () => boolean, detail?: () => string | undefined): void {
    this.checks.set(name, { check, ...(detail ? { detail } : {}) });
  }

  report(): { ready: boolean; checks: Record<string, boolean>; details?: Record<string, string> } {
    const checks: Record<string, boolean> = {};
    const details: Record<string, string> = {};
    for (const [name, { check, detail }] of this.checks) {
      try {
        checks[name] = check();
        const words = detail?.();
        if (words) details[name] = words;
      } catch {
        checks[name] = false;
      }
    }
    return { ready: Object.values(checks).every(Boolean), checks, ...(Object.keys(details).length ? { details } : {}) };
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** The operational routes. */
export function opsRoutes(readiness: Readiness, metrics: Metrics): HttpRoute[] {
  return [
    { path: '/healthz', method: 'GET', handler: (_req, res) => json(res, 200, { status: 'ok' }) },
    {
      path: '/readyz',
      method: 'GET',
      handler: (_req, res) => {
        const report = readiness.report();
        json(res, report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not ready', checks: report.checks, ...(report.details ? { details: report.details } : {}) });
      },
    },
    {
      path: '/metrics',
      method: 'GET',
      handler: (_req, res) => {
        metrics.registry.metrics().then(
          (text) => {
            res.writeHead(200, { 'content-type': metrics.registry.contentType });
            res.end(text);
          },
          () => json(res, 500, { status: 'metrics unavailable' }),
        );
      },
    },
  ];
}

/** True when `path` fits `pattern`, where a `:name` segment stands for any one non-empty segment. */
export function routeMatches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  return want.length === got.length && want.every((segment, i) => (segment.startsWith(':') ? got[i] !== '' : segment === got[i]));
}

/** A minimal HTTP server for the routes, for when no platform listens on the port. */
export class OpsServer {
  private server?: Server;

  constructor(
    private readonly port: number,
    private readonly routes: HttpRoute[],
    private readonly host = '0.0.0.0',
  ) {}

  /** The port actually bound (useful with port 0 in tests). */
  get boundPort(): number | undefined {
    const address = this.server?.address();
    return typeof address === 'object' && address ? address.port : undefined;
  }

  start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const route = this.routes.find((r) => routeMatches(r.path, path) && [r.method].flat().includes(req.method ?? 'GET'));
      if (route) route.handler(req, res);
      else json(res, 404, { status: 'not found', routes: this.routes.map((r) => r.path) });
    });
    return new Promise((resolve, reject) => {
      this.server!.once('error', (error: NodeJS.ErrnoException) =>
        reject(new Error(error.code === 'EADDRINUSE' ? `port ${this.port} is already in use — set PORT to a free port` : error.message)),
      );
      this.server!.listen(this.port, this.host, () => resolve());
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
