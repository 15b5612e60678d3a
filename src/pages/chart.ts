/**
 * The story at a glance, drawn on the server as SVG: one row per key actor, one column per
 * paragraph of the article; a dot where the actor is mentioned (bigger for more sentences) and a
 * ring where they are quoted. Every mark links to its sentence. Colours come from the page's CSS
 * (light, dark and print alike); the same facts follow as text for screen readers and print.
 */
import { viewOf } from '../answer/answer.ts';
import type { Briefing } from '../briefing/model.ts';
import { keyActors } from '../render/common.ts';
import { html, type SafeHtml } from './html.ts';
import { KINDS } from './review-form.ts';
import { sentenceAnchor } from '../briefing/text.ts';

const WIDTH = 720;
const LABEL_WIDTH = 210;
const TOP = 30;
const ROW = 30;
const MAX_ROWS = 8;

/** One row of the chart: an actor, where they are mentioned and where quoted, by paragraph. */
export interface ChartRow {
  /** Index in `briefing.actors`, for hover. */
  actor: number;
  name: string;
  kind: string;
  /** Paragraph → the sentence ids in it that mention the actor. */
  mentions: Map<number, string[]>;
  /** Paragraph → the sentence ids in it that quote the actor. */
  quotes: Map<number, string[]>;
}

const paragraphOf = (id: string) => Number(id.split('.')[0]);

function byParagraph(ids: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const id of ids) {
    const p = paragraphOf(id);
    if (Number.isFinite(p)) map.set(p, [...(map.get(p) ?? []), id]);
  }
  return map;
}

/** The rows the chart draws: the card's key actors, in the card's order. */
export function chartRows(briefing: Briefing): ChartRow[] {
  return keyActors(viewOf(briefing), MAX_ROWS).map((line) => {
    const actor = briefing.actors.findIndex((a) => a.name === line.name);
    const quoted = briefing.quotes.filter((q) => q.speaker === line.name).flatMap((q) => q.cites);
    return { actor, name: line.name, kind: line.kind ?? 'unknown', mentions: byParagraph(line.cites), quotes: byParagraph(quoted) };
  });
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const list = (ps: number[]) => ps.map((p) => `¶${p}`).join(', ');

/** The same facts as the chart, in words. */
function chartText(rows: readonly ChartRow[]): SafeHtml {
  return html`<ul>${rows.map((row) => {
    const mentioned = [...row.mentions.keys()].sort((a, b) => a - b);
    const quoted = [...row.quotes.keys()].sort((a, b) => a - b);
    return html`<li><strong>${row.name}</strong>: ${mentioned.length ? `mentioned in ${list(mentioned)}` : 'not mentioned by name'}${quoted.length ? `; quoted in ${list(quoted)}` : ''}</li>`;
  })}</ul>`;
}

function mark(row: ChartRow, paragraph: number, x: number, y: number, colWidth: number): SafeHtml {
  const mentions = row.mentions.get(paragraph) ?? [];
  const quotes = row.quotes.get(paragraph) ?? [];
  const first = [...quotes, ...mentions].sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))[0];
  if (!first) return html``;
  const radius = Math.max(3, Math.min(colWidth / 2 - 3, 3 + 2 * mentions.length, 9));
  const what = [mentions.length ? `mentioned in ${mentions.length} sentence${mentions.length === 1 ? '' : 's'}` : '', quotes.length ? 'quoted' : ''].filter(Boolean).join(', ');
  return html`<a href="#${sentenceAnchor(first)}"><title>${row.name}: ${what} in ¶${paragraph}</title>${
    mentions.length ? html`<circle class="dot k-${row.kind}" cx="${x}" cy="${y}" r="${radius}"/>` : ''
  }${quotes.length ? html`<circle class="ring" cx="${x}" cy="${y}" r="${radius + 3.5}"/>` : ''}</a>`;
}

function legend(cls: string, radius: number, label: string): SafeHtml {
  return html`<span class="legend"><svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true"><circle class="${cls}" cx="10" cy="10" r="${radius}"/></svg> ${label}</span>`;
}

/** The chart as an SVG figure with a caption and a text equivalent; empty when there is nobody to draw. */
export function actorChart(briefing: Briefing): SafeHtml {
  const rows = chartRows(briefing);
  const paragraphs = briefing.paragraphs.length;
  if (rows.length === 0 || paragraphs === 0) return html`<p>The briefing names no actors to draw.</p>`;
  const colWidth = (WIDTH - LABEL_WIDTH - 12) / paragraphs;
  const height = TOP + rows.length * ROW + 8;
  const step = Math.ceil(paragraphs / 24);
  const xOf = (p: number) => Math.round((LABEL_WIDTH + (p - 0.5) * colWidth) * 10) / 10;
  const axis = Array.from({ length: paragraphs }, (_, i) => i + 1)
    .filter((p) => p === 1 || p % step === 0)
    .map((p) => html`<a href="#p${p}"><text class="axis" x="${xOf(p)}" y="16" text-anchor="middle">¶${p}</text></a>`);
  const body = rows.map((row, r) => {
    const y = TOP + r * ROW + ROW / 2;
    const marks = Array.from({ length: paragraphs }, (_, i) => mark(row, i + 1, xOf(i + 1), y, colWidth));
    return html`<g class="row" data-actor="${row.actor}"><line class="grid" x1="${LABEL_WIDTH}" x2="${WIDTH - 12}" y1="${y}" y2="${y}"/><text class="label" x="${LABEL_WIDTH - 10}" y="${y + 4}" text-anchor="end">${shorten(row.name, 28)}</text>${marks}</g>`;
  });
  return html`<figure class="chart">
<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" aria-labelledby="chart-title" role="group" focusable="false"><title id="chart-title">Who appears where in the article, and who is quoted</title>${axis}${body}</svg>
<figcaption>Each row is a key actor, each column a paragraph (¶1 to ¶${paragraphs}); select a mark to read the sentence.<br>${legend('dot k-unknown', 5, 'mentioned (bigger: more sentences)')}${legend('ring', 7, 'quoted')}${KINDS.map(([kind, label]) => legend(`dot k-${kind}`, 5, label))}</figcaption>
<details class="as-text"><summary>The chart as text</summary>${chartText(rows)}</details>
</figure>`;
}
