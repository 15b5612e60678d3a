/**
 * Links to briefing pages, and the check that a request carries a good one.
 *
 * With a secret (`BRIEF_LINK_SECRET`) every link is signed: `?exp=<unix seconds>&sig=<HMAC>`, the
 * HMAC-SHA256 of what the link opens (a page or a review, the slug, the expiry and, for reviews,
 * the editor), cut to 128 bits. A link shared in a channel works for its readers until it expires;
 * a guessed, altered or expired one does not. Without a secret links carry nothing, and the page
 * routes serve them to loopback only (see `access.ts`).
 *
 * Review forms carry a token of their own, signed with the secret or, without one, with a key made
 * when the process starts, so a page on another site can never publish through a person's browser.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a link opens: the page, or the page in review mode for one editor. */
export type LinkScope = { kind: 'read' } | { kind: 'review'; editor: string };

/** Why a link was refused. */
export type LinkRefusal = 'unsigned' | 'invalid' | 'expired';

/** The outcome of checking a link's parameters. */
export type LinkCheck = { ok: true; expires?: Date; editor?: string } | { ok: false; why: LinkRefusal; expired?: Date };

export interface PageLinkOptions {
  /** Where readers reach the bot, without a trailing slash: `https://brief.example.org`. */
  baseUrl: string;
  /** The HMAC key; without it links are unsigned and pages are for this machine only. */
  secret?: string;
  /** How long a read link works, in ms. */
  ttlMs: number;
  /** How long a review link works, in ms (default 24 hours). */
  reviewTtlMs?: number;
  now: () => Date;
}

/** The path of a briefing's page: `/briefing/<slug>`. */
export const pagePath = (slug: string): string => `/briefing/${encodeURIComponent(slug)}`;
/** The path of a briefing's review page. */
export const reviewPath = (slug: string): string => `${pagePath(slug)}/review`;

const DAY_MS = 86_400_000;

/** Makes and checks page links for one configuration. */
export class PageLinks {
  private readonly key?: Buffer;
  private readonly formKey: Buffer;

  constructor(private readonly options: PageLinkOptions) {
    if (options.secret) this.key = createHmac('sha256', options.secret).update('brief page links v1').digest();
    // Without a secret, forms are signed with a key of this process: a page reloaded after a restart asks to reload.
    this.formKey = options.secret ? createHmac('sha256', options.secret).update('brief review forms v1').digest() : randomBytes(32);
  }

  /** True when links are signed (a secret is configured), so pages may be served beyond this machine. */
  get signed(): boolean {
    return this.key !== undefined;
  }

  /** How long review links work, in ms. */
  get reviewTtlMs(): number {
    return this.options.reviewTtlMs ?? DAY_MS;
  }

  /** A link to a briefing's page, signed and expiring when a secret is set. */
  pageUrl(slug: string): string {
    return this.url(pagePath(slug), slug, { kind: 'read' }, this.options.ttlMs);
  }

  /** A link to a briefing's review page for one editor (`slack:U0123`). */
  reviewUrl(slug: string, editor: string): string {
    return this.url(reviewPath(slug), slug, { kind: 'review', editor }, this.reviewTtlMs);
  }

  /**
   * Checks the parameters of a request for `slug` in `scope` (the editor is read from the link).
   * Without a secret there is nothing to check: `unsigned`, and the caller decides by address.
   */
  check(slug: string, kind: LinkScope['kind'], params: URLSearchParams): LinkCheck {
    if (!this.key) return { ok: false, why: 'unsigned' };
    const exp = params.get('exp') ?? '';
    const sig = params.get('sig') ?? '';
    const editor = params.get('editor') ?? '';
    if (!/^\d{1,12}$/.test(exp) || !/^[A-Za-z0-9_-]{22}$/.test(sig)) return { ok: false, why: 'invalid' };
    if (kind === 'review' && !editor) return { ok: false, why: 'invalid' };
    const scope: LinkScope = kind === 'review' ? { kind, editor } : { kind };
    const expected = Buffer.from(this.sign(this.key, slug, scope, exp));
    if (!timingSafeEqual(expected, Buffer.from(sig))) return { ok: false, why: 'invalid' };
    const expires = new Date(Number(exp) * 1000);
    if (expires.getTime() <= this.options.now().getTime()) return { ok: false, why: 'expired', expired: expires };
    return { ok: true, expires, ...(kind === 'review' ? { editor } : {}) };
  }

  /** A token for a review form: ties a publish to this briefing, editor and page view. */
  formToken(slug: string, editor: string, base: string): string {
    return this.sign(this.formKey, slug, { kind: 'review', editor }, base);
  }

  /** True when `token` is what `formToken` gives for these values. */
  checkFormToken(slug: string, editor: string, base: string, token: string): boolean {
    const expected = Buffer.from(this.formToken(slug, editor, base));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(expected, given);
  }

  private url(path: string, slug: string, scope: LinkScope, ttlMs: number): string {
    const url = `${this.options.baseUrl}${path}`;
    if (!this.key) return url;
    const exp = String(Math.floor((this.options.now().getTime() + ttlMs) / 1000));
    const params = new URLSearchParams({ exp, ...(scope.kind === 'review' ? { editor: scope.editor } : {}), sig: this.sign(this.key, slug, scope, exp) });
    return `${url}?${params.toString()}`;
  }

  private sign(key: Buffer, slug: string, scope: LinkScope, stamp: string): string {
    const message = ['brief-page', scope.kind, slug, stamp, scope.kind === 'review' ? scope.editor : ''].join('\n');
    return createHmac('sha256', key).update(message).digest().subarray(0, 16).toString('base64url');
  }
}
