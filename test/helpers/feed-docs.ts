/**
 * Builders for feed documents and briefings in tests: short RSS 2.0, Atom and RDF documents
 * from item lists, and briefings from front matter written here (stories invented for tests).
 */
import { noExtraction } from '../../src/briefing/build.ts';
import { loadBriefingText } from '../../src/briefing/loader.ts';
import type { Briefing } from '../../src/briefing/model.ts';

export interface DocItem {
  title?: string;
  link?: string;
  guid?: string;
  date?: string;
  description?: string;
  encoded?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(items: DocItem[], options: { title?: string; ttl?: number; encoding?: string; link?: string } = {}): string {
  const body = items
    .map(
      (i) => `<item>${i.title !== undefined ? `<title>${esc(i.title)}</title>` : ''}${i.link ? `<link>${esc(i.link)}</link>` : ''}${i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''}${i.date ? `<pubDate>${i.date}</pubDate>` : ''}${i.description ? `<description>${esc(i.description)}</description>` : ''}${i.encoded ? `<content:encoded><![CDATA[${i.encoded}]]></content:encoded>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${options.encoding ?? 'UTF-8'}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${esc(options.title ?? 'Test wire')}</title><link>${options.link ?? 'https://wire.test/'}</link><description>Test feed</description>${options.ttl ? `<ttl>${options.ttl}</ttl>` : ''}
${body}
</channel></rss>`;
}

export function atom(entries: DocItem[], options: { title?: string } = {}): string {
  const body = entries
    .map(
      (e) => `<entry><title>${esc(e.title ?? '')}</title>${e.link ? `<link rel="alternate" href="${esc(e.link)}"/>` : ''}<id>${esc(e.guid ?? e.link ?? e.title ?? '')}</id><updated>${e.date ?? '2026-03-01T10:00:00Z'}</updated>${e.description ? `<summary type="html">${esc(e.description)}</summary>` : ''}</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(options.title ?? 'Atom desk')}</title><id>urn:test:atom</id><updated>2026-03-01T10:00:00Z</updated>
${body}
</feed>`;
}

export function rdf(items: DocItem[]): string {
  const body = items
    .map((i) => `<item rdf:about="${esc(i.link ?? '')}"><title>${esc(i.title ?? '')}</title><link>${esc(i.link ?? '')}</link>${i.description ? `<description>${esc(i.description)}</description>` : ''}${i.date ? `<dc:date>${i.date}</dc:date>` : ''}</item>`)
    .join('\n');
  return `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.test/"><title>RDF desk</title><link>https://rdf.test/</link><description>RSS 1.0</description></channel>
${body}
</rdf:RDF>`;
}

/** A briefing from front matter YAML and a body. */
export function makeBriefing(frontMatter: string, body: string, path = 'briefings/test.md'): Briefing {
  const { briefing, problems } = loadBriefingText(path, `---\n${frontMatter.trim()}\n---\n${body}\n`, noExtraction);
  if (!briefing) throw new Error(problems.map((p) => p.message).join('\n'));
  return briefing;
}

/** Two invented stories, as briefing files: a bridge closure and a lithium dispute. */
export const STORY_FILES: Record<string, string> = {
  'harbour-bridge-closure.md': `---
slug: harbour-bridge-closure
aliases: [bridge closure, harbour bridge]
headline: Valdera shuts the Harbour Bridge after engineers find cracks in its main span
summary: The port city of Valdera closed its Harbour Bridge after inspectors found cracks in the main span. Mayor Ines Okafor said repairs could take months; the port authority disputes the inspection.
actors:
  - name: Ines Okafor
    aliases: [Okafor, Mayor Okafor]
    kind: person
    role: Mayor of Valdera
  - name: Tomasz Brandt
    aliases: [Brandt]
    kind: person
    role: structural engineer who led the inspection
  - name: Valdera Port Authority
    aliases: [port authority]
    kind: org
  - name: Valdera
    kind: place
questions:
  - text: When will the Harbour Bridge reopen?
  - text: Who will pay for the repairs?
---
Valdera closed its Harbour Bridge on Monday after inspectors found cracks in the main span.

Mayor Ines Okafor said repairs could take months. Engineer Tomasz Brandt led the inspection.
`,
  'lithium-concession-dispute.md': `---
slug: lithium-concession-dispute
aliases: [lithium dispute]
headline: Highland communities block lithium concession granted to Arandel Mining
summary: Communities around the Salar Quemado blocked roads to the lithium concession the province granted to Arandel Mining. Governor Rafael Quispe defended the deal; community leader Marta Huanca demands water guarantees.
actors:
  - name: Rafael Quispe
    aliases: [Quispe, Governor Quispe]
    kind: person
    role: provincial governor
  - name: Marta Huanca
    aliases: [Huanca]
    kind: person
    role: community leader
  - name: Arandel Mining
    aliases: [Arandel]
    kind: org
questions:
  - text: Will the concession's water guarantees be published?
---
Communities around the Salar Quemado blocked roads to the lithium concession.

Governor Rafael Quispe defended the deal. Marta Huanca demanded water guarantees.
`,
};

export function storyBriefings(): Briefing[] {
  return Object.entries(STORY_FILES).map(([name, text]) => {
    const { briefing, problems } = loadBriefingText(`briefings/${name}`, text, noExtraction);
    if (!briefing) throw new Error(problems.map((p) => p.message).join('\n'));
    return briefing;
  });
}
