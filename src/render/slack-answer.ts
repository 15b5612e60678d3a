/**
 * Free-question answers as Block Kit: the question, what the article says is not known, each
 * quoted sentence with its citation, or "does not say" with what the article says nearby. Article
 * text is escaped like every other string the renderer did not write.
 */
import type { AnswerReply, NoAnswerReply } from '../answer/reply.ts';
import { answerSource, nearbyLead, noAnswerLine, questionTitle, unknownLead } from './common.ts';
import { citeOne, cites, context, escapeSlack as esc, link, quoteLines, section, type SlackBlock } from './slack-blocks.ts';

/**
 * The blocks of an answer (body) and its source line (tail). With a page, each citation links to its
 * sentence, and a post without buttons carries the page in its source line.
 */
export function answerBlocks(reply: AnswerReply | NoAnswerReply, withButtons = true): { body: SlackBlock[]; tail: SlackBlock[] } {
  const page = reply.page;
  const open = page && !withButtons ? `${link(page, 'Open briefing')} · ` : '';
  if (reply.kind === 'no-answer') {
    const body: SlackBlock[] = [section(`*${esc(questionTitle(reply))}*\n${esc(noAnswerLine(reply))}`)];
    if (reply.nearby.length) {
      body.push(section(`_${esc(nearbyLead(reply))}_`));
      for (const s of reply.nearby) body.push(section(quoteLines(s.text, citeOne(s.cite, page))));
    } else body.push(section(esc(nearbyLead(reply))));
    return { body, tail: [context(`${open}The story: \`${esc(reply.ask)}\``)] };
  }
  const body: SlackBlock[] = [section(`*${esc(questionTitle(reply))}*`)];
  const lead = unknownLead(reply);
  const leadQuoted = reply.sentences.some((s) => s.text === reply.unknown?.text);
  if (lead) body.push(section(`:grey_question: ${esc(lead)}${leadQuoted ? '' : cites(reply.unknown!.cites, 4, page)}`));
  for (const s of reply.sentences) body.push(section(quoteLines(s.text, citeOne(s.cite, page))));
  return { body, tail: [context(`${open}${esc(answerSource(reply))} · \`${esc(reply.ask)}\` · quoted from the article`)] };
}
