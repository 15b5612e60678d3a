/**
 * Builders for test briefings: short articles written for these tests, in news style.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { noExtraction, outlineOf, type Extractor } from '../../src/briefing/build.ts';
import { INDEX_FORMAT, type IndexExtractor } from '../../src/briefing/index-file.ts';
import { indexedBriefing } from '../../src/briefing/index-entry.ts';
import { Library } from '../../src/briefing/library.ts';
import { loadBriefingText } from '../../src/briefing/loader.ts';
import type { Briefing, BriefingOutline } from '../../src/briefing/model.ts';
import { openStore } from '../../src/store/index.ts';

/** A curated briefing about a harbour strike. */
export const HARBOUR_STRIKE = `---
slug: harbour-strike
aliases: [strike, dock strike]
headline: Dockworkers walk out at Port Aldermoor as wage talks collapse
source: { name: Coastal Gazette, url: "https://example.org/harbour", published: 2026-03-02 }
actors:
  - name: Søren Kjærgaard
    aliases: [Kjærgaard]
    kind: person
    role: general secretary of the Harbour Workers' Union
  - name: Port Aldermoor Authority
    aliases: [the port authority]
    kind: org
    role: operator of the port
  - name: Marta Oyelaran
    kind: person
    role: maritime economist at Linden University
quotes:
  - speaker: Søren Kjærgaard
    text: We will stay out until the authority puts a real offer on the table.
questions:
  - text: How long will the strike last?
    why: Neither side has said when talks will resume.
claims:
  - text: The authority offered a 2 per cent rise.
    sourcing: unnamed
    source: people briefed on the talks
---
Dockworkers at Port Aldermoor walked off the job on Monday after wage talks with the port authority collapsed. The stoppage halted container traffic at the region's busiest harbour.

“We will stay out until the authority puts a real offer on the table,” said Søren Kjærgaard, general secretary of the Harbour Workers' Union.

People briefed on the talks said the authority had offered a 2 per cent rise. Marta Oyelaran, a maritime economist at Linden University, said each day of the strike costs shippers millions.

Neither side has said when talks will resume.
`;

/** A briefing with only a headline and a body. */
export const BRIDGE_CLOSURE = `---
headline: Old Mill bridge closed after inspectors find cracked girders
---
Engineers closed the Old Mill bridge on Tuesday after inspectors found cracked girders beneath the main span.

The council said traffic would be diverted through the town centre for at least six weeks.
`;

/** Parses briefing file texts into briefings; throws if any is invalid. */
export function makeBriefings(files: Record<string, string>, extract: Extractor = noExtraction): Briefing[] {
  return Object.entries(files).map(([path, text]) => {
    const result = loadBriefingText(path, text, extract);
    if (!result.briefing) throw new Error(result.problems.map((p) => p.message).join('\n'));
    return result.briefing;
  });
}

/**
 * A library over a real (in-memory) SQLite index of these files, keyed by path; bodies are read
 * from the same texts. Every call has its own index.
 */
export async function libraryOf(files: Record<string, string>, extract: Extractor = noExtraction): Promise<Library> {
  const texts = new Map(Object.entries(files).map(([path, text]) => [basename(path), text]));
  return libraryOfOutlines(makeBriefings(files, extract).map(outlineOf), async (file) => texts.get(file) ?? '');
}

/** A library over a real (in-memory) SQLite index of these outlines, written as one batch. */
export async function libraryOfOutlines(outlines: readonly BriefingOutline[], readFile: (file: string) => Promise<string> = async () => ''): Promise<Library> {
  const store = openStore({ url: ':memory:' });
  const put = outlines.map((o) => ({
    file: { name: basename(o.path), size: 0, mtimeMs: 0, hash: o.hash, format: INDEX_FORMAT, slug: o.slug, indexed: true, problems: [] },
    briefing: indexedBriefing(o),
  }));
  await store.briefings.apply({ put, remove: [] });
  return new Library(store.briefings, { readFile });
}

/** A library of the standard test briefings (plus any extra files). */
export function makeLibrary(extra: Record<string, string> = {}): Promise<Library> {
  return libraryOf({ 'briefings/harbour-strike.md': HARBOUR_STRIKE, 'briefings/old-mill-bridge.md': BRIDGE_CLOSURE, ...extra });
}

/** An index extractor from a plain one (tests: no language model), with its own version. */
export function testExtractor(extract: Extractor = noExtraction, version = 'test-1'): IndexExtractor {
  return { version: async () => version, load: async () => extract };
}

/** Writes files into a fresh temporary folder and returns its path. */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-test-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * A headline-and-body briefing for free questions: a cause, numbers, a date, a named quote and
 * something the article says is not known.
 */
export const FERRY_FIRE = `---
slug: ferry-fire
aliases: [ferry fire]
headline: Fire on Baltic ferry forces 300 passengers into lifeboats off Gotland
actors:
  - name: Maren Lindgren
    aliases: [Lindgren]
    kind: person
    role: chief executive of Baltic Link Ferries
  - name: Baltic Link Ferries
    kind: org
    role: operator of the ferry
quotes:
  - speaker: Maren Lindgren
    text: Nobody will be left out of pocket.
questions:
  - text: When will the Nordlys Star sail again?
    why: The company has not said.
---
A fire broke out in the engine room of the ferry Nordlys Star on Tuesday night, forcing 300 passengers and crew into lifeboats off the Swedish island of Gotland.

The coastguard said everyone was rescued within four hours. Two crew members were treated in hospital for burns.

The operator, Baltic Link Ferries, said the ship had passed an inspection in March. Its chief executive, Maren Lindgren, said the company would pay for passengers' hotels. "Nobody will be left out of pocket," she said.

Investigators believe the fire started because a fuel line split, according to a coastguard report seen by this newspaper.

The company has not said when the ship will sail again.
`;
