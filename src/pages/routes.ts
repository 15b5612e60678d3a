/**
 * The briefing pages over HTTP, on the bot's port beside `/healthz`:
 *
 * - `GET /briefing/<slug>` — the page;
 * - `GET /briefing/<slug>/review` — the page in review mode, for an editor;
 * - `POST /briefing/<slug>/review` — publish the review;
 * - `GET /assets/page.css|page.js` — the stylesheet and script.
 *
 * Every page answer carries a strict Content-Security-Policy (nothing inline, nothing from elsewhere),
 * no caching, no referrer (links carry signatures) and no framing. A refused link answers 403 with
 * a short page that shows nothing of any briefing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import { isEditor, isLocalRequest } from './access.ts';
import { pageAsset } from './assets.ts';
import type { PageLinks } from './links.ts';
import { messagePage, renderPage, type Banner } from './page.ts';
import { publishReview, type PublishDeps } from './publish.ts';
import { readDraftMark } from './draft-mark.ts';

/** A route as the bot's HTTP servers take it (the shape of Bolt's custom routes). */
export interface PageRoute {
  path: string;
  method: string[];
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** What the page routes use. */
export interface PageServices extends PublishDeps {
  links: PageLinks;
  /** `platform:user` ids of the editors (the terminal always is one). */
  editors: readonly string[];
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
}

/** The policy every page is served with. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** The largest review form read. */
const MAX_FORM_BYTES = 256 * 1024;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...PAGE_HEADERS, ...headers });
  res.end(body);
}

const refuse = (res: ServerResponse, status: number, title: string, lines: string[]) => send(res, status, messagePage(title, lines));

/** Who is asking, once the link or the address allowed it. */
type Allowed = { expires?: Date; editor: string };

/** Checks the link (or, without a secret, the address); answers the refusal itself and returns undefined. */
function allow(services: PageServices, req: IncomingMessage, res: ServerResponse, slug: string, kind: 'read' | 'review', url: URL): Allowed | undefined {
  const { links } = services;
  if (!links.signed) {
    if (isLocalRequest(req)) return { editor: 'terminal:local' };
    refuse(res, 403, 'This page is served on the bot’s own machine only', [
      'Briefing pages are private: until the operator sets BRIEF_LINK_SECRET, they open only on 127.0.0.1.',
    ]);
    return undefined;
  }
  const check = links.check(slug, kind, url.searchParams);
  if (!check.ok) {
    services.logger.warn({ path: url.pathname, why: check.why }, 'refused a briefing page link');
    const lines =
      check.why === 'expired'
        ? [`This link expired on ${check.expired!.toISOString().slice(0, 16).replace('T', ' ')} UTC.`, 'Ask Brief in chat again for a fresh link.']
        : ['This link is not valid: it was changed, cut short, or made for another page.', 'Ask Brief in chat for a link to the briefing.'];
    refuse(res, 403, check.why === 'expired' ? 'This link has expired' : 'This link is not valid', lines);
    return undefined;
  }
  const editor = check.editor ?? '';
  if (kind === 'review' && !isEditor(editor, services.editors)) {
    refuse(res, 403, 'You are not an editor', [`${editor} is not among the editors (pages.editors). Ask the operator to add you.`]);
    return undefined;
  }
  return { editor, ...(check.expires ? { expires: check.expires } : {}) };
}

/** Why a review form was not read. */
type FormRefusal = 'too-large' | 'not-a-form';

/**
 * Reads a review form (`application/x-www-form-urlencoded`, as browsers send one) of at most
 * MAX_FORM_BYTES. A body declared larger is refused before any of it is read; one that grows past
 * the cap is drained unread while the refusal is sent, so memory stays bounded either way.
 */
function readForm(req: IncomingMessage): Promise<URLSearchParams | FormRefusal> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    req.resume();
    return Promise.resolve('not-a-form');
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_FORM_BYTES) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_FORM_BYTES) return void chunks.push(chunk);
      req.off('data', onData);
      chunks.length = 0;
      req.resume();
      resolve('too-large');
    };
    req.on('data', onData);
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** The page (or its review mode) for a request that was allowed. */
async function showPage(services: PageServices, res: ServerResponse, slug: string, who: Allowed, review: { action: string; banner?: Banner } | undefined, status = 200): Promise<void> {
  const briefing = await services.briefing(slug);
  if (!briefing) {
    refuse(res, 404, 'No such briefing', ['This briefing is not in the library any more: it was renamed or removed. Ask Brief in chat for the briefings there are.']);
    return;
  }
  const developments = await services.developments(slug).catch((error: unknown) => {
    services.logger.warn({ slug, err: error }, 'developments unavailable for a briefing page');
    return [];
  });
  const draft = await readDraftMark(briefing.path);
  const page = renderPage({
    briefing,
    developments,
    draft,
    ...(who.expires ? { expires: who.expires } : {}),
    ...(review ? { review: { editor: who.editor, action: review.action, token: services.links.formToken(slug, who.editor, briefing.hash) } } : {}),
    ...(review?.banner ? { banner: review.banner } : {}),
  });
  send(res, status, page);
}

/** The review link itself, without what a redirect added, as the form's action. */
function reviewAction(url: URL): string {
  const params = new URLSearchParams(url.searchParams);
  params.delete('published');
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ''}`;
}

async function publish(services: PageServices, req: IncomingMessage, res: ServerResponse, slug: string, who: Allowed, url: URL): Promise<void> {
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    refuse(res, 403, 'Refused', ['A review can be published only from its own page.']);
    return;
  }
  const form = await readForm(req);
  if (form === 'not-a-form') {
    refuse(res, 415, 'Not a review form', ['Publish from the review page’s Publish button.']);
    return;
  }
  if (form === 'too-large') {
    services.logger.warn({ path: url.pathname, limitBytes: MAX_FORM_BYTES }, 'refused a review form over the size cap');
    send(res, 413, messagePage('The review is too large', [`A review form may be at most ${MAX_FORM_BYTES / 1024} KB. Publish fewer corrections at once.`]), { connection: 'close' });
    return;
  }
  if (!services.links.checkFormToken(slug, who.editor, form.get('base') ?? '', form.get('token') ?? '')) {
    refuse(res, 403, 'This review form is out of date', ['The bot restarted or the link changed since the page was opened. Reload the review page and publish again.']);
    return;
  }
  const outcome = await publishReview(slug, form, who.editor, services);
  const action = reviewAction(url);
  switch (outcome.status) {
    case 'published': {
      services.logger.info({ slug, editor: who.editor, corrections: outcome.corrections, path: outcome.path }, 'review published');
      const next = `${action}${action.includes('?') ? '&' : '?'}published=${outcome.corrections}`;
      res.writeHead(303, { location: next, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
      res.end();
      return;
    }
    case 'missing':
      refuse(res, 404, 'No such briefing', ['The briefing was removed while you reviewed it; nothing was written.']);
      return;
    case 'conflict':
    case 'invalid': {
      const lines = outcome.status === 'conflict' ? outcome.conflicts : outcome.problems;
      const title = outcome.status === 'conflict' ? 'Nothing was written: the file changed since you opened this page' : 'Nothing was written: the review has problems';
      await showPage(services, res, slug, who, { action, banner: { tone: 'bad', title, lines: [...lines, 'The page below shows the file as it is now.'] } }, 409);
      return;
    }
  }
}

function publishedBanner(url: URL): Banner | undefined {
  const count = url.searchParams.get('published');
  if (count === null || !/^\d{1,4}$/.test(count)) return undefined;
  return { tone: 'ok', title: `Published: ${count} correction${count === '1' ? '' : 's'} written to the front matter`, lines: ['Brief answers with them from now on.'] };
}

/** Runs an async handler; a failure answers 500 (logged) instead of leaving the request open. */
function handled(services: PageServices, work: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>): PageRoute['handler'] {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    work(req, res, url).catch((error: unknown) => {
      services.logger.error({ path: url.pathname, err: error }, 'briefing page failed');
      if (!res.headersSent) refuse(res, 500, 'Something went wrong', ['The page could not be shown. Nothing was changed. Try again in a moment.']);
      else res.end();
    });
  };
}

/** The slug in `/briefing/<slug>[/review]`, when it is one. */
function slugOf(url: URL): string | undefined {
  const segment = url.pathname.split('/')[2] ?? '';
  let slug: string;
  try {
    slug = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  return SLUG.test(slug) ? slug : undefined;
}

/** The routes of the briefing pages. */
export function pageRoutes(services: PageServices): PageRoute[] {
  const notFound = (res: ServerResponse) => refuse(res, 404, 'No such page', ['Ask Brief in chat for a link to a briefing.']);
  return [
    {
      path: '/briefing/:slug',
      method: ['GET', 'HEAD'],
      handler: handled(services, async (req, res, url) => {
        const slug = slugOf(url);
        if (!slug) return notFound(res);
        const who = allow(services, req, res, slug, 'read', url);
        if (who) await showPage(services, res, slug, who, undefined);
      }),
    },
    {
      path: '/briefing/:slug/review',
      method: ['GET', 'HEAD', 'POST'],
      handler: handled(services, async (req, res, url) => {
        const slug = slugOf(url);
        if (!slug) return notFound(res);
        const who = allow(services, req, res, slug, 'review', url);
        if (!who) return;
        if (req.method === 'POST') await publish(services, req, res, slug, who, url);
        else await showPage(services, res, slug, who, { action: reviewAction(url), ...(publishedBanner(url) ? { banner: publishedBanner(url)! } : {}) });
      }),
    },
    {
      path: '/assets/:name',
      method: ['GET', 'HEAD'],
      handler: (req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const asset = pageAsset(url.pathname.slice('/assets/'.length));
        if (!asset) return notFound(res);
        const current = url.searchParams.get('v') === asset.version;
        res.writeHead(200, {
          'content-type': asset.type,
          'x-content-type-options': 'nosniff',
          'cache-control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
        res.end(asset.body);
      },
    },
  ];
}
