/**
 * Page links: a signed link opens its own page until it expires; a changed slug, expiry, editor or
 * signature, or another secret, does not.
 */
import { describe, expect, it } from 'vitest';
import { PageLinks } from '../../src/pages/links.ts';

const SECRET = 'a-test-secret-that-is-long-enough-0123';
const at = (iso: string) => () => new Date(iso);

function params(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

describe('page links', () => {
  const links = new PageLinks({ baseUrl: 'https://brief.example.org', secret: SECRET, ttlMs: 7 * 86_400_000, now: at('2026-03-01T10:00:00Z') });

  it('signs a page link that opens its page until it expires', () => {
    const url = links.pageUrl('harbour-strike');
    expect(url).toMatch(/^https:\/\/brief\.example\.org\/briefing\/harbour-strike\?exp=\d+&sig=[A-Za-z0-9_-]{22}$/);
    expect(links.check('harbour-strike', 'read', params(url))).toMatchObject({ ok: true, expires: new Date('2026-03-08T10:00:00Z') });
    const later = new PageLinks({ baseUrl: 'https://brief.example.org', secret: SECRET, ttlMs: 1, now: at('2026-03-08T10:00:01Z') });
    expect(later.check('harbour-strike', 'read', params(url))).toEqual({ ok: false, why: 'expired', expired: new Date('2026-03-08T10:00:00Z') });
  });

  it('refuses a link for another briefing, a changed expiry, a changed signature or another secret', () => {
    const url = links.pageUrl('harbour-strike');
    expect(links.check('old-mill-bridge', 'read', params(url))).toEqual({ ok: false, why: 'invalid' });
    const later = params(url);
    later.set('exp', String(Number(later.get('exp')) + 86_400));
    expect(links.check('harbour-strike', 'read', later)).toEqual({ ok: false, why: 'invalid' });
    const forged = params(url);
    forged.set('sig', `${forged.get('sig')!.slice(0, 21)}${forged.get('sig')!.endsWith('A') ? 'B' : 'A'}`);
    expect(links.check('harbour-strike', 'read', forged)).toEqual({ ok: false, why: 'invalid' });
    const other = new PageLinks({ baseUrl: 'https://brief.example.org', secret: `${SECRET}-other`, ttlMs: 1000, now: at('2026-03-01T10:00:00Z') });
    expect(other.check('harbour-strike', 'read', params(url))).toEqual({ ok: false, why: 'invalid' });
    expect(links.check('harbour-strike', 'read', new URLSearchParams())).toEqual({ ok: false, why: 'invalid' });
  });

  it('ties a review link to its editor and keeps it apart from page links', () => {
    const url = links.reviewUrl('harbour-strike', 'slack:U0123');
    expect(links.check('harbour-strike', 'review', params(url))).toMatchObject({ ok: true, editor: 'slack:U0123' });
    const someoneElse = params(url);
    someoneElse.set('editor', 'slack:U9999');
    expect(links.check('harbour-strike', 'review', someoneElse)).toEqual({ ok: false, why: 'invalid' });
    // A page link does not open the review, nor a review link the page under another scope.
    expect(links.check('harbour-strike', 'review', params(links.pageUrl('harbour-strike')))).toEqual({ ok: false, why: 'invalid' });
    expect(links.check('harbour-strike', 'read', params(url))).toEqual({ ok: false, why: 'invalid' });
  });

  it('makes plain links without a secret, and says there is nothing to check', () => {
    const local = new PageLinks({ baseUrl: 'http://127.0.0.1:3000', ttlMs: 1000, now: at('2026-03-01T10:00:00Z') });
    expect(local.signed).toBe(false);
    expect(local.pageUrl('harbour-strike')).toBe('http://127.0.0.1:3000/briefing/harbour-strike');
    expect(local.check('harbour-strike', 'read', new URLSearchParams())).toEqual({ ok: false, why: 'unsigned' });
  });

  it('signs review forms for one briefing, editor and version, also without a secret', () => {
    const local = new PageLinks({ baseUrl: 'http://127.0.0.1:3000', ttlMs: 1000, now: at('2026-03-01T10:00:00Z') });
    const token = local.formToken('harbour-strike', 'terminal:local', 'abc');
    expect(local.checkFormToken('harbour-strike', 'terminal:local', 'abc', token)).toBe(true);
    expect(local.checkFormToken('harbour-strike', 'terminal:local', 'abd', token)).toBe(false);
    expect(local.checkFormToken('old-mill-bridge', 'terminal:local', 'abc', token)).toBe(false);
    // Another process without a secret has another key: its forms are not accepted here.
    const other = new PageLinks({ baseUrl: 'http://127.0.0.1:3000', ttlMs: 1000, now: at('2026-03-01T10:00:00Z') });
    expect(other.checkFormToken('harbour-strike', 'terminal:local', 'abc', token)).toBe(false);
  });
});
