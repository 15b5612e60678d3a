/**
 * Generators for the fuzz suite: text that mixes ordinary words with what attackers put in
 * articles, feeds and messages (mentions, masked links, markdown, bidirectional and terminal
 * controls, YAML anchors, XML entities), so each property meets the hostile cases often. Every
 * property runs with a fixed seed and a bounded number of runs (`FUZZ`), so CI is deterministic.
 */
import fc from 'fast-check';
import type { ActorLine, BriefingView, QuestionLine, QuoteLine, Reply } from '../../src/answer/reply.ts';

/** The runs every property makes, and its seed: change the seed to explore, never to make a test pass. */
export const FUZZ = { seed: 20_261_207, numRuns: 150 } as const;

const HOSTILE_FRAGMENTS = [
  '<!channel>', '<!here>', '<!everyone>', '@everyone', '@here', '<@U0123ABC>', '<@&123>', '<#C1>', '<!subteam^S1|@team>',
  '[click](http://evil.example/login)', '[a [b](https://evil.example)', '<http://evil.example|the minutes>', '](', '[', ']',
  '**', '__', '~~', '||', '`', '```', '# ', '- ', '> ', '1. ', '\\', '&', '&amp;', '<', '>', '"', "'", ':', '#', '\n', '\t',
  '\u202E', '\u2066', '\u200F', '\u001b[2J', '\u0007', '\u0000', '\uFEFF', '\u{1F600}', 'é', 'Ǆ', 'ß',
] as const;

/** One untrusted string: words and hostile fragments run together, or any string at all. */
export const untrustedText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ maxLength: 12 }), fc.constantFrom('Okafor', 'said', 'the council', 'bridge', ' ')), { maxLength: 14 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

const YAML_FRAGMENTS = [
  'headline: ', 'slug: ', 'aliases: ', 'summary: ', 'actors:', 'quotes:', 'questions:', 'claims:', 'followups:', 'source: ',
  '  - name: ', '    role: ', '    kind: person', '  - speaker: ', '    text: ', '  - text: ', '    followUpAfter: 7d',
  '&a ', '*a', '&b [*a, *a, *a]', '<<: *a', '[', ']', '{', '}', '- ', '? ', ': ', '"', "'", '|', '>', '!!str ', '!!binary ', '%YAML 1.2', '---', '...', '#',
] as const;

/** A briefing file: a front matter stitched from YAML fragments and untrusted text, a fence, a body. */
export const briefingFile: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.array(fc.oneof(fc.constantFrom(...YAML_FRAGMENTS), untrustedText), { maxLength: 5 }).map((p) => p.join('')), { maxLength: 14 }),
    fc.boolean(),
    untrustedText,
  )
  .map(([lines, closed, body]) => `---\n${lines.join('\n')}\n${closed ? '---\n' : ''}${body}`);

const XML_FRAGMENTS = [
  '<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0">', '</rss>', '<channel>', '</channel>', '<item>', '</item>', '<title>', '</title>',
  '<link>', '</link>', '<guid>', '</guid>', '<pubDate>', '</pubDate>', '<description>', '</description>', '<content:encoded>', '</content:encoded>',
  '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>', '<entry>', '</entry>', '<updated>', '</updated>', '<link href="http://x.test/a"/>',
  '<![CDATA[', ']]>', '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">]>', '&a;', '&amp;', '&#x202E;', '&bogus;', '<div>', '</div>', '<', '>', 'Mon, 02 Mar 2026 08:00:00 GMT',
] as const;

/** A feed document: XML fragments and untrusted text run together. */
export const feedText: fc.Arbitrary<string> = fc.array(fc.oneof(fc.constantFrom(...XML_FRAGMENTS), untrustedText), { maxLength: 40 }).map((parts) => parts.join(''));

/** A feed's bytes and the content type it came with. */
export const feedBytes: fc.Arbitrary<{ bytes: Uint8Array; contentType?: string }> = fc.record(
  {
    bytes: fc.oneof(feedText.map((t) => new TextEncoder().encode(t)), fc.uint8Array({ maxLength: 600 })),
    contentType: fc.constantFrom('application/rss+xml; charset=utf-8', 'text/xml; charset=windows-1252', 'application/xml; charset=utf-16', 'text/html', 'application/atom+xml; charset=bogus-42'),
  },
  { requiredKeys: ['bytes'] },
);

const cites = fc.array(fc.constantFrom('1.1', '1.2', '2.1', '10.3'), { maxLength: 4 });
const actor: fc.Arbitrary<ActorLine> = fc.record({ name: untrustedText, role: untrustedText, cites }, { requiredKeys: ['name', 'cites'] });
const quote: fc.Arbitrary<QuoteLine> = fc.record({ speaker: fc.option(untrustedText, { nil: null }), text: untrustedText, cites });
const question: fc.Arbitrary<QuestionLine> = fc.record({ text: untrustedText, why: untrustedText, cites, developments: fc.array(untrustedText, { maxLength: 3 }) }, { requiredKeys: ['text', 'cites'] });

/** A briefing as answers show it, every text in it untrusted (no source URL: that one is a link on purpose). */
export const briefingView: fc.Arbitrary<BriefingView> = fc.record({
  slug: fc.constantFrom('ferry-vote', 'harbour-strike'),
  aliases: fc.array(fc.constantFrom('ferry', 'strike'), { maxLength: 2 }),
  headline: untrustedText,
  summary: fc.record({ text: untrustedText, cites }),
  actors: fc.array(actor, { maxLength: 12 }),
  questions: fc.array(question, { maxLength: 8 }),
  quotes: fc.array(quote, { maxLength: 6 }),
  claims: fc.array(fc.record({ text: untrustedText, sourcing: fc.constantFrom('unnamed' as const, 'on-record' as const), source: untrustedText, cites }, { requiredKeys: ['text', 'sourcing', 'cites'] }), { maxLength: 5 }),
  source: fc.record({ name: untrustedText, published: fc.constant('2026-03-02') }, { requiredKeys: [] }),
  origins: fc.constant(['curated' as const]),
  sentences: fc.array(fc.record({ id: fc.constantFrom('1.1', '2.1'), text: untrustedText }), { maxLength: 6 }),
});

/** Any reply, its words from untrusted text. */
export const reply: fc.Arbitrary<Reply> = fc.oneof(
  fc.record({ kind: fc.constant('briefing' as const), part: fc.constantFrom('card' as const, 'actors' as const, 'questions' as const, 'quotes' as const, 'claims' as const, 'sources' as const, 'full' as const), briefing: briefingView }),
  fc.record({
    kind: fc.constant('actor' as const),
    focus: fc.constantFrom('profile' as const, 'quotes' as const),
    name: untrustedText,
    aliases: fc.array(untrustedText, { maxLength: 3 }),
    appearances: fc.array(fc.record({ slug: fc.constant('ferry-vote'), headline: untrustedText, ask: fc.constant('ferry-vote'), role: untrustedText, quotes: fc.array(quote, { maxLength: 3 }), cites }, { requiredKeys: ['slug', 'headline', 'ask', 'quotes', 'cites'] }), { maxLength: 3 }),
    alsoMatches: fc.array(fc.record({ label: untrustedText, ask: fc.constant('who is x') }), { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('not-found' as const), subject: fc.constantFrom('topic' as const, 'name' as const), query: untrustedText, suggestions: fc.array(fc.record({ label: untrustedText, ask: fc.constant('ferry') }), { maxLength: 4 }), suggestionsAre: fc.constantFrom('close' as const, 'available' as const) }),
  fc.record({ kind: fc.constant('notice' as const), title: untrustedText, lines: fc.array(untrustedText, { maxLength: 5 }) }),
  fc.record({ kind: fc.constant('list' as const), title: untrustedText, items: fc.array(fc.record({ text: untrustedText, detail: untrustedText }, { requiredKeys: ['text'] }), { maxLength: 6 }), empty: untrustedText }),
);
