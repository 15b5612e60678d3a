/**
 * The page as plain HTML: every untrusted string renders as text, every sentence is addressable,
 * the chart draws who appears where, and review mode carries its controls.
 */
import { parseDocument, DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../src/pages/page.ts';
import type { Development } from '../../src/feeds/types.ts';
import { HARBOUR_STRIKE, makeBriefings } from '../helpers/briefings.ts';

const HOSTILE = `---
slug: hostile-story
headline: "Council <script>alert('h')</script> vote"
source: { name: "Gazette <img src=x onerror=alert(1)>", url: "javascript:alert(2)", published: "2026-03-01" }
summary: "A summary with <b>tags</b> & \\"quotes\\"."
actors:
  - { name: "Mayor <i>Ode</i>", kind: person, role: "mayor <svg onload=alert(3)>" }
quotes:
  - { speaker: "Mayor <i>Ode</i>", text: "We will </blockquote><script>alert(4)</script> win." }
questions:
  - { text: "Who pays <u>now</u>?", why: "Nobody said <em>so</em>." }
claims:
  - { text: "The fund is <b>empty</b>.", sourcing: unnamed, source: "people <close> to it" }
---
The council met on Monday. <script>alert('body')</script> Members argued.

“We will </blockquote><script>alert(4)</script> win,” said Mayor Ode.
`;

const [hostile, harbour] = makeBriefings({ 'briefings/hostile-story.md': HOSTILE, 'briefings/harbour-strike.md': HARBOUR_STRIKE });

const development = (over: Partial<Development>): Development => ({
  id: 'd1',
  slug: 'harbour-strike',
  headline: 'Dockworkers walk out',
  title: 'Talks to resume on Friday',
  link: 'https://news.example.org/talks',
  sources: [{ feed: 'Coastal Wire', title: 'Talks to resume on Friday' }],
  mentions: ['Søren Kjærgaard'],
  terms: [],
  mayAnswer: ['How long will the strike last?'],
  score: 1,
  at: '2026-03-05T08:00:00.000Z',
  fingerprint: [],
  ...over,
});

describe('the briefing page as HTML', () => {
  it('renders every untrusted string as text: no tag, script or handler from the briefing survives', () => {
    const evil = development({ slug: 'hostile-story', title: 'Update <script>alert(5)</script>', link: 'javascript:alert(6)', author: '<b>x</b>', sources: [{ feed: 'Feed <i>', title: 't' }], mayAnswer: ['Who pays <u>now</u>?'] });
    const page = renderPage({ briefing: hostile!, developments: [evil], draft: false });
    for (const raw of ['<script>alert', '<img', '<svg onload', '<b>', '<i>', '<u>', '<em>', '</blockquote><script>', 'javascript:', '<close>']) expect(page).not.toContain(raw);
    expect(page).toContain('&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;');
    expect(page).toContain('Council &lt;script&gt;');
    expect(page).toContain('mayor &lt;svg onload=alert(3)&gt;');
    expect(page).toContain('Update &lt;script&gt;alert(5)&lt;/script&gt;');
    // The only scripts are the page's own file.
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toMatch(/<script src="\/assets\/page\.js\?v=[0-9a-f]{12}" defer><\/script>/);
    // Read by a real HTML parser: the elements and attributes are the page's own, the hostile text is text.
    const dom = parseDocument(page);
    const elements = DomUtils.findAll(() => true, dom.children);
    expect(elements.filter((e) => e.name === 'script').map((e) => e.attribs.src)).toEqual([expect.stringMatching(/^\/assets\/page\.js/)]);
    expect(elements.filter((e) => ['img', 'i', 'b', 'u', 'em', 'close'].includes(e.name))).toEqual([]);
    expect(elements.flatMap((e) => Object.keys(e.attribs)).filter((a) => /^on|^style$/i.test(a))).toEqual([]);
    expect(elements.map((e) => e.attribs.href ?? '').filter((h) => !/^(?:#|\/|https?:)/.test(h) && h !== '')).toEqual([]);
    const text = DomUtils.textContent(dom);
    expect(text).toContain("<script>alert('body')</script>");
    expect(text).toContain('We will </blockquote><script>alert(4)</script> win');
    expect(text).toContain('Gazette <img src=x onerror=alert(1)>');
  });

  it('gives every sentence its id, marks the actors it mentions and links citations to it', () => {
    const page = renderPage({ briefing: harbour!, developments: [], draft: false });
    for (const s of harbour!.sentences) expect(page).toContain(`id="s${s.id.replace('.', '-')}"`);
    expect(page).toMatch(/<span class="s" id="s2-1" tabindex="-1" data-actors="0">“We will stay out/);
    expect(page).toContain('<a class="cite" href="#s2-1" aria-label="sentence 2.1">¶2.1</a>');
    expect(page).toContain('<h1>Dockworkers walk out at Port Aldermoor as wage talks collapse</h1>');
    expect(page).toContain('general secretary of the Harbour Workers&#39; Union');
    for (const landmark of ['<header', '<nav', '<main id="main"', '<footer', 'class="skip" href="#main"']) expect(page).toContain(landmark);
  });

  it('draws who appears where as SVG, with a text equivalent', () => {
    const page = renderPage({ briefing: harbour!, developments: [], draft: false });
    const svg = page.slice(page.indexOf('<svg viewBox="0 0 720'), page.indexOf('</svg>') + 6);
    expect(svg).toContain('Søren Kjærgaard');
    // Kjærgaard is quoted in paragraph 2: a ring there, linking to the sentence.
    expect(svg).toMatch(/<a href="#s2-1"><title>Søren Kjærgaard: mentioned in 1 sentence, quoted in ¶2<\/title><circle class="dot k-person"[^>]*\/><circle class="ring"/);
    expect(page).toContain('<strong>Marta Oyelaran</strong>: mentioned in ¶3');
  });

  it('lists developments on a timeline and under the questions they may answer', () => {
    const page = renderPage({ briefing: harbour!, developments: [development({})], draft: false });
    expect(page).toMatch(/How long will the strike last\?[\s\S]*May be answered by:[\s\S]*Talks to resume on Friday/);
    expect(page).toContain('<ol class="timeline"><li><time datetime="2026-03-05T08:00:00.000Z">2026-03-05 (found)</time>');
    expect(page).toContain('rel="noopener noreferrer nofollow"');
  });

  it('in review mode shows evidence and the editor’s controls, posting to the review link', () => {
    const page = renderPage({ briefing: harbour!, developments: [development({})], draft: true, review: { editor: 'slack:U1', action: '/briefing/harbour-strike/review?exp=1&editor=slack%3AU1&sig=x', token: 'tok' } });
    expect(page).toContain('Draft — not yet published by an editor');
    expect(page).toContain('<form id="review" class="publish" method="post" action="/briefing/harbour-strike/review?exp=1&amp;editor=slack%3AU1&amp;sig=x"');
    expect(page).toContain(`<input type="hidden" name="base" value="${harbour!.hash}">`);
    expect(page).toContain('<select form="review" name="actor.1.kind">');
    expect(page).toContain('<option value="org" selected>organisation</option>');
    expect(page).toContain('<option value="Søren Kjærgaard" selected>Søren Kjærgaard</option>');
    expect(page).toMatch(/<select form="review" name="question\.0\.answeredBy"><option value="" selected>still open<\/option><optgroup label="May answer it"><option value="d1">/);
    expect(page).toContain('<ul class="evidence" aria-label="evidence"><li><a class="cite" href="#s4-1">¶4.1</a> <q>Neither side has said when talks will resume.</q>');
  });
});
