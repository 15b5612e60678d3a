/**
 * Discord renders markdown in embed descriptions and field values, masked links among it
 * (`[the council’s statement](http://evil.example)` shows only the words, in the bot's own
 * message). Text from articles, quotes and feeds is escaped with discord.js's own `escapeMarkdown`
 * before it is placed there, so it shows as written and links show their address. Brief's own
 * messages (notices, lists, errors) keep their formatting, with any masked link in them defanged.
 */
import { escapeMarkdown } from '@discordjs/formatters';
import type { ActorAppearanceView, AnswerReply, BriefingView, NoAnswerReply, QuotedSentence, QuoteLine, Reply, Suggestion } from '../answer/reply.ts';

/** Untrusted text as Discord shows it literally: no bold, italics, headings, lists, spoilers or masked links. */
export function md(text: string): string {
  // Every bracket is escaped, not only those escapeMarkdown reads as a link: "[a [b](url)" would keep its inner link.
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true }).replace(/(?<!\\)([[\]])/g, '\\$1');
}

/** Brief's own text with untrusted parts inside: formatting kept, masked links shown as text. */
export function defangLinks(text: string): string {
  return text.replace(/\[([^\]\n]*)\]\(/g, '\\[$1\\](');
}

const quote = (q: QuoteLine): QuoteLine => ({
  ...q,
  text: md(q.text),
  speaker: q.speaker === null ? null : md(q.speaker),
  ...(q.speakerDescription ? { speakerDescription: md(q.speakerDescription) } : {}),
});

/**
 * A briefing with every text that comes from the article or its editor escaped for Discord. The
 * slug, aliases and URL stay as they are: they build buttons and links, not text.
 */
export function escapeView(view: BriefingView): BriefingView {
  return {
    ...view,
    headline: md(view.headline),
    summary: { ...view.summary, text: md(view.summary.text) },
    actors: view.actors.map((a) => ({ ...a, name: md(a.name), ...(a.role ? { role: md(a.role) } : {}) })),
    questions: view.questions.map((q) => ({ ...q, text: md(q.text), ...(q.why ? { why: md(q.why) } : {}), ...(q.developments ? { developments: q.developments.map(md) } : {}) })),
    quotes: view.quotes.map(quote),
    claims: view.claims.map((c) => ({ ...c, text: md(c.text), ...(c.source ? { source: md(c.source) } : {}) })),
    source: { ...view.source, ...(view.source.name ? { name: md(view.source.name) } : {}) },
    ...(view.sentences ? { sentences: view.sentences.map((s) => ({ ...s, text: md(s.text) })) } : {}),
  };
}

const appearance = (a: ActorAppearanceView): ActorAppearanceView => ({ ...a, headline: md(a.headline), ...(a.role ? { role: md(a.role) } : {}), quotes: a.quotes.map(quote) });
const label = (s: Suggestion): Suggestion => ({ ...s, label: md(s.label) });
const sentence = (s: QuotedSentence): QuotedSentence => ({ ...s, text: md(s.text) });
/** A free question's answer: the question as asked and the story's headline are untrusted too. */
const answered = <R extends AnswerReply | NoAnswerReply>(r: R): R => ({ ...r, question: md(r.question), headline: md(r.headline), people: r.people.map(md) });

/**
 * The reply with its untrusted text escaped where Discord would read it as markdown. Asks (what a
 * button sends back) are left alone; the renderer builds buttons from the reply as it was.
 */
export function escapeReply(reply: Reply): Reply {
  switch (reply.kind) {
    case 'briefing':
      return { ...reply, briefing: escapeView(reply.briefing) };
    case 'actor':
      return { ...reply, name: md(reply.name), aliases: reply.aliases.map(md), appearances: reply.appearances.map(appearance), alsoMatches: reply.alsoMatches.map(label) };
    case 'not-found':
      return { ...reply, suggestions: reply.suggestions.map(label) };
    case 'answer':
      return { ...answered(reply), sentences: reply.sentences.map(sentence), ...(reply.unknown ? { unknown: { ...reply.unknown, text: md(reply.unknown.text) } } : {}) };
    case 'no-answer':
      return { ...answered(reply), nearby: reply.nearby.map(sentence) };
    case 'help':
      return { ...reply, briefings: reply.briefings.map(label) };
    case 'notice':
      return { ...reply, lines: reply.lines.map(defangLinks) };
    case 'list':
      return { ...reply, items: reply.items.map((i) => ({ text: defangLinks(i.text), ...(i.detail ? { detail: defangLinks(i.detail) } : {}) })), empty: defangLinks(reply.empty) };
    case 'error':
      return { ...reply, message: defangLinks(reply.message) };
  }
}
