/**
 * A briefing page: headline, summary, the story at a glance (SVG), key actors with roles, quotes
 * with speakers, open questions with the developments that may answer them, claims and their
 * sourcing, the developments timeline from feeds, and the article with every sentence addressable.
 * In review mode the same page carries the editor's controls and the publish bar.
 *
 * Pure: briefing and developments in, a complete HTML document out. Every untrusted string goes
 * through the escaping `html` template; assets come from `/assets/` (the CSP allows nothing inline).
 */
import type { Briefing } from '../briefing/model.ts';
import type { Development } from '../feeds/types.ts';
import { claimSourcing, kindLabel, originNote } from '../render/common.ts';
import { viewOf } from '../answer/answer.ts';
import { articleHtml, citeLinks, evidenceHtml, mentionMap } from './article.ts';
import { assetUrl } from './assets.ts';
import { actorChart } from './chart.ts';
import { externalLink, html, type SafeHtml } from './html.ts';
import { actorControls, developmentDetail, mayAnswer, publishBar, questionControls, quoteControls, type ReviewView } from './review-form.ts';

export type { ReviewView };

/** A message at the top of the page: what a publish did, or why it did not. */
export interface Banner {
  tone: 'ok' | 'bad';
  title: string;
  lines: string[];
}

/** Everything a page shows. */
export interface PageInput {
  briefing: Briefing;
  /** Developments from the feeds for this briefing, newest first. */
  developments: readonly Development[];
  /** True for a draft that no editor has published yet. */
  draft: boolean;
  /** When the link that opened the page stops working. */
  expires?: Date;
  /** Review mode, for an editor. */
  review?: ReviewView;
  banner?: Banner;
}

const day = (iso: string) => iso.slice(0, 10);

function section(id: string, title: string, body: SafeHtml): SafeHtml {
  return html`<section aria-labelledby="h-${id}"><h2 id="h-${id}">${title}</h2>${body}</section>`;
}

function actorsSection(input: PageInput): SafeHtml {
  const { briefing, review } = input;
  if (briefing.actors.length === 0) return html`<p>The briefing names no actors.</p>`;
  const items = briefing.actors.map((actor, i) => {
    const kind = kindLabel(actor.kind);
    return html`<li data-actor="${i}" tabindex="0"><span class="name">${actor.name}</span>${kind ? html`<span class="kind">${kind}</span>` : ''}${
      actor.aliases.length ? html`<span class="kind">also: ${actor.aliases.join(', ')}</span>` : ''
    }<span class="role">${actor.role ?? html`<em>The article states no role.</em>`}${citeLinks(actor.cites)}</span>${
      review ? html`${evidenceHtml(briefing, actor.cites)}${actorControls(briefing, i)}` : ''
    }</li>`;
  });
  return html`<p class="note">Hover over or focus an actor to mark their mentions in the article.</p><ul class="plain actors">${items}</ul>`;
}

function speakerLine(briefing: Briefing, speaker: string | null, description: string | undefined): SafeHtml {
  if (!speaker) return html`${description ? `${description} (unnamed)` : 'unattributed'}`;
  const actor = briefing.actors.find((a) => a.name === speaker);
  return html`<strong>${speaker}</strong>${actor?.role ? `, ${actor.role}` : ''}`;
}

function quotesSection(input: PageInput): SafeHtml {
  const { briefing, review } = input;
  if (briefing.quotes.length === 0) return html`<p>The article quotes no one directly.</p>`;
  const items = briefing.quotes.map(
    (q, i) =>
      html`<li><blockquote><p>“${q.text}”</p></blockquote><span class="speaker">— ${speakerLine(briefing, q.speaker, q.speakerDescription)}${citeLinks(q.cites)}</span>${
        review ? html`${evidenceHtml(briefing, q.cites)}${quoteControls(briefing, i)}` : ''
      }</li>`,
  );
  return html`<ul class="plain quotes">${items}</ul>`;
}

function questionsSection(input: PageInput): SafeHtml {
  const { briefing, review, developments } = input;
  if (briefing.questions.length === 0) return html`<p>The article leaves nothing explicitly open.</p>`;
  const items = briefing.questions.map((q, i) => {
    const may = mayAnswer(developments, q.text);
    return html`<li><strong>${q.text}</strong>${citeLinks(q.cites)}${q.why ? html`<span class="why">${q.why}</span>` : ''}${
      may.length ? html`<div class="may">May be answered by:<ul>${may.map((d) => html`<li>${externalLink(d.link, d.title)} <span class="note">(${developmentDetail(d)})</span></li>`)}</ul></div>` : ''
    }${review ? html`${evidenceHtml(briefing, q.cites)}${questionControls(briefing, i, developments)}` : ''}</li>`;
  });
  return html`<ul class="plain questions">${items}</ul>`;
}

function claimsSection(input: PageInput): SafeHtml {
  const { claims } = input.briefing;
  if (claims.length === 0) return html`<p>No claims are marked in this briefing.</p>`;
  const rows = claims.map(
    (c) => html`<tr><td>${c.text}${citeLinks(c.cites)}</td><td><span class="sourcing ${c.sourcing}">${c.sourcing === 'unnamed' ? 'unnamed' : 'on the record'}</span><br>${claimSourcing(c).replace(/^(unnamed|on the record):? ?/, '') || '—'}</td></tr>`,
  );
  const unnamed = claims.filter((c) => c.sourcing === 'unnamed').length;
  return html`<p>${unnamed} of ${claims.length} claim${claims.length === 1 ? '' : 's'} rest${unnamed === 1 ? 's' : ''} on sources the article does not name.</p>
<table class="claims"><thead><tr><th scope="col">Claim</th><th scope="col">Sourcing</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function developmentsSection(input: PageInput): SafeHtml {
  if (input.developments.length === 0) return html`<p>No development from the feeds yet. Items that concern this story appear here as the feeds bring them.</p>`;
  const ordered = [...input.developments].sort((a, b) => (a.published ?? a.at).localeCompare(b.published ?? b.at));
  const items = ordered.map(
    (d) => html`<li><time datetime="${d.published ?? d.at}">${day(d.published ?? d.at)}${d.published ? '' : ' (found)'}</time>${externalLink(d.link, d.title)} <span class="note">— ${d.sources.map((s) => s.feed).join(', ')}${
      d.author ? `, by ${d.author}` : ''
    }</span>${d.mentions.length ? html`<br><span class="note">mentions ${d.mentions.join(', ')}</span>` : ''}${d.mayAnswer.length ? html`<br><span class="note">may answer: ${d.mayAnswer.join('; ')}</span>` : ''}</li>`,
  );
  return html`<ol class="timeline">${items}</ol>`;
}

function headerHtml(input: PageInput): SafeHtml {
  const { briefing, review, draft } = input;
  const source = briefing.source;
  const meta = [
    source.name || source.url ? html`Source: ${externalLink(source.url, source.name ?? source.url)}` : html`The briefing names no source`,
    source.published ? html`published ${source.published}` : undefined,
    html`${originNote(viewOf(briefing))}`,
  ].filter((m) => m !== undefined);
  return html`<header class="top"><p class="meta">${review ? html`<span class="badge review">Review</span>` : ''}${draft ? html`<span class="badge draft">Draft — not yet published by an editor</span>` : ''}<code>/brief ${briefing.aliases[0] ?? briefing.slug}</code></p>
<h1>${briefing.headline}</h1><p class="meta">${meta.map((m, i) => html`${i ? ' · ' : ''}${m}`)}</p>
<nav class="toc" aria-label="On this page"><ul>${SECTIONS.map(([id, title]) => html`<li><a href="#h-${id}">${title}</a></li>`)}</ul></nav></header>`;
}

const SECTIONS = [
  ['glance', 'At a glance'],
  ['actors', 'Key actors'],
  ['quotes', 'Quotes'],
  ['questions', 'Open questions'],
  ['claims', 'Claims and sourcing'],
  ['developments', 'Developments'],
  ['article', 'The article'],
] as const;

function bannerHtml(banner: Banner | undefined): SafeHtml {
  if (!banner) return html``;
  return html`<div class="banner ${banner.tone}" role="${banner.tone === 'bad' ? 'alert' : 'status'}"><strong>${banner.title}</strong>${
    banner.lines.length ? html`<ul>${banner.lines.map((l) => html`<li>${l}</li>`)}</ul>` : ''
  }</div>`;
}

/** The page as a complete HTML document. */
export function renderPage(input: PageInput): string {
  const { briefing, review } = input;
  const parts: Record<(typeof SECTIONS)[number][0], SafeHtml> = {
    glance: actorChart(briefing),
    actors: actorsSection(input),
    quotes: quotesSection(input),
    questions: questionsSection(input),
    claims: claimsSection(input),
    developments: developmentsSection(input),
    article: html`<article class="text" aria-labelledby="h-article">${articleHtml(briefing, mentionMap(briefing))}</article>`,
  };
  const footer = html`<footer><p>Brief shows only what the briefing document says: the article, and what an editor or automatic extraction found in it. Citations such as ¶4.2 are paragraph 4, sentence 2 of the article.${
    input.expires ? ` This link works until ${input.expires.toISOString().slice(0, 16).replace('T', ' ')} UTC.` : ''
  }</p></footer>`;
  return documentHtml(
    `${review ? 'Review: ' : ''}${briefing.headline}`,
    html`<a class="skip" href="#main">Skip to the briefing</a>${headerHtml(input)}<main id="main">${bannerHtml(input.banner)}<p class="summary">${briefing.summary.text}${citeLinks(briefing.summary.cites)}</p>${SECTIONS.map(
      ([id, title]) => (id === 'article' ? html`<section aria-labelledby="h-article"><h2 id="h-article">${title}</h2>${parts.article}</section>` : section(id, title, parts[id])),
    )}${review ? publishBar(briefing, review) : ''}</main>${footer}`,
  );
}

/** A whole document around `body`: language, viewport, colour schemes, the stylesheet and the script. */
export function documentHtml(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><meta name="referrer" content="no-referrer"><meta name="robots" content="noindex, nofollow">
<title>${title} — Brief</title><link rel="stylesheet" href="${assetUrl('page.css')}"><script src="${assetUrl('page.js')}" defer></script></head>
<body>${body}</body></html>`.value;
}

/** A short page with a message and no briefing content: refusals, not found, errors. */
export function messagePage(title: string, lines: readonly string[]): string {
  return documentHtml(title, html`<main id="main"><h1>${title}</h1>${lines.map((l) => html`<p>${l}</p>`)}</main>`);
}
